"""Speaker resolution on pronoun sources of PolNeAR articles, against hand labels.

Two measures. End to end: a labelled pronoun counts only if the extractor found a claim with
that source and resolved it right, so extraction misses count too. Resolution alone: the
gold relations of each article are handed to `SpeakerResolver` as the attributions the
extractor would have found, in the order `extract_claims` resolves them, so only the
resolver is measured. The dev fixture (20 dev articles) is what the rules were tuned on;
the train fixture (10 train articles) was labelled before that and serves as a held-out
check (see tests/data/README.md for how far it is held out).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.api import extract_claims_from_texts
from corroborate.attribution import Attribution
from corroborate.speakers import SpeakerResolver

REPO_ROOT = Path(__file__).resolve().parents[1]
FIXTURE = REPO_ROOT / "tests" / "data" / "polnear_pronoun_speakers.jsonl"
TRAIN_FIXTURE = REPO_ROOT / "tests" / "data" / "polnear_pronoun_speakers_train.jsonl"
# Issue 3 asks for 0.90 on these labels. End to end the figure also counts relations the
# extractor does not find at all (most of the misses), so its floor guards what is reached
# (0.755 when it was set, 0.798 now): a change that makes extraction or resolution worse
# fails; raise it as they improve. (A new attribution that made Clinton more salient than
# the voter quoted right after "McLenney said ..." once brought it to 0.723.)
TARGET_ACCURACY = 0.90
MIN_ACCURACY = 0.79
# The resolver alone, given the gold relations: 86 of 94 on the dev labels it was tuned on.
MIN_RESOLUTION_ACCURACY = 0.90
# The resolver alone on the held-out train labels: 30 of 36 when the rules were written.
MIN_HELD_OUT_RESOLUTION_ACCURACY = 0.80

CharSpan = tuple[int, int]


@dataclass(frozen=True)
class PronounSource:
    """One gold relation whose source is a pronoun, with our label for who it refers to."""

    article: str
    start: int
    end: int
    source_text: str
    speaker: str | None


@dataclass(frozen=True)
class GoldRelation:
    """One attribution relation of a PolNeAR annotation file, as character spans."""

    source: tuple[CharSpan, ...]
    cue: tuple[CharSpan, ...]
    content: tuple[CharSpan, ...]


def polnear_root() -> Path:
    """The PolNeAR folder: ``$CORROBORATE_POLNEAR``, else ``shared/`` beside the repository."""
    env = os.environ.get("CORROBORATE_POLNEAR")
    return Path(env) if env else REPO_ROOT.parent / "shared" / "corpora" / "polnear"


def normalise(name: str) -> str:
    """Case and whitespace folded, so "Donald  Trump" matches "donald trump" but not "Trump"."""
    return " ".join(name.split()).casefold()


def read_fixture(path: Path = FIXTURE) -> list[PronounSource]:
    """The labelled pronoun sources of one fixture file, in file order."""
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                start, end = row["source_span"]
                rows.append(PronounSource(row["article"], start, end, row["source_text"],
                                          row["speaker"]))
    return rows


def read_texts(split: str, rows: Sequence[PronounSource]) -> dict[str, str]:
    """Texts of the rows' articles, read as the corpus offsets expect (no newline mapping)."""
    text_dir = polnear_root() / "data" / split / "text"
    if not text_dir.is_dir():
        message = (f"PolNeAR {split} texts not found at {text_dir}: put the corpus at "
                   "../shared/corpora/polnear or set CORROBORATE_POLNEAR")
        # The corpus may not be redistributed, so it cannot ship with the repo; CI must have it.
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    texts = {}
    for article in sorted({row.article for row in rows}):
        with open(text_dir / f"{article}.txt", encoding="utf-8", newline="") as f:
            texts[article] = f.read()
    return texts


def read_relations(split: str, article: str) -> list[GoldRelation]:
    """The relations of an article's first annotation file (the one the labels were made on)."""
    ann = min((polnear_root() / "data" / split / "attributions").glob(f"{article}_*.ann"))
    lines = [line.rstrip("\n").split("\t") for line in ann.read_text(encoding="utf-8").splitlines()]
    spans: dict[str, tuple[CharSpan, ...]] = {}
    for fields in lines:
        if fields[0].startswith("T") and len(fields) > 1 and " " in fields[1]:
            offsets = fields[1].split(" ", 1)[1]
            spans[fields[0]] = tuple(
                (int(a), int(b)) for a, b in (part.split() for part in offsets.split(";")))
    relations = []
    for fields in lines:
        if fields[0].startswith("E") and len(fields) > 1:
            roles = dict(arg.split(":", 1) for arg in fields[1].split()[1:])
            if roles.get("Source") in spans and roles.get("Content") in spans:
                relations.append(GoldRelation(spans[roles["Source"]],
                                              spans.get(roles.get("Cue", ""), ()),
                                              spans[roles["Content"]]))
    return relations


def gold_attributions(doc: Doc, relations: Sequence[GoldRelation]) -> Iterator[Attribution]:
    """The gold relations as the Attributions the extractor would give the resolver."""
    for rel in relations:
        source = doc.char_span(*rel.source[0], alignment_mode="expand")
        if source is None:
            continue
        cue = doc.char_span(*rel.cue[0], alignment_mode="expand") if rel.cue else None
        yield Attribution(source=rel.source, cue=rel.cue, content=rel.content,
                          cue_lemma=cue.root.lemma_ if cue is not None else "",
                          kind="verb", source_token=source.root.i,
                          cue_token=cue.root.i if cue is not None else None)


def resolve_gold(doc: Doc, relations: Sequence[GoldRelation]) -> dict[CharSpan, str | None]:
    """Each gold source's resolved speaker, resolved as `extract_claims` does it.

    Attributions go in content order, and each resolved speaker is appended to the
    resolver's `speakers`, so later pronouns see earlier speakers.
    """
    resolver = SpeakerResolver(doc)
    found: dict[CharSpan, str | None] = {}
    for att in sorted(gold_attributions(doc, relations), key=lambda a: a.content[0]):
        speaker, kind = resolver.resolve(att.source, att.source_token, att.content)
        if att.source_token is not None and speaker:
            resolver.speakers.append((att.source_token, speaker, kind))
        found.setdefault(att.source[0], speaker)
    return found


def resolution_misses(nlp: Language, split: str, rows: Sequence[PronounSource],
                      texts: dict[str, str]) -> list[str]:
    """The labelled rows the resolver gets wrong when handed the gold relations."""
    misses = []
    docs = dict(zip(sorted(texts), nlp.pipe(texts[a] for a in sorted(texts)), strict=True))
    for article, doc in docs.items():
        found = resolve_gold(doc, read_relations(split, article))
        for row in rows:
            if row.article != article or row.speaker is None:
                continue
            got = found.get((row.start, row.end), "no gold relation with this source")
            if got is None or normalise(got) != normalise(row.speaker):
                misses.append(f"{article} [{row.start},{row.end}] {row.source_text!r}: "
                              f"want {row.speaker!r}, got {got!r}")
    return misses


def overlaps(spans: Sequence[Sequence[int]], start: int, end: int) -> bool:
    """Whether any ``[s, e)`` of ``spans`` shares a character with ``[start, end)``."""
    return any(s < end and start < e for s, e in spans)


@pytest.fixture(scope="module")
def dev_texts() -> dict[str, str]:
    return read_texts("dev", read_fixture())


@pytest.fixture(scope="module")
def train_texts() -> dict[str, str]:
    return read_texts("train", read_fixture(TRAIN_FIXTURE))


def test_pronoun_fixture_matches_corpus(dev_texts: dict[str, str]) -> None:
    rows = read_fixture()
    assert len({row.article for row in rows}) == 20
    for row in rows:
        assert dev_texts[row.article][row.start:row.end] == row.source_text, row


def test_held_out_fixture_matches_corpus(train_texts: dict[str, str]) -> None:
    rows = read_fixture(TRAIN_FIXTURE)
    assert len({row.article for row in rows}) == 10
    for row in rows:
        assert train_texts[row.article][row.start:row.end] == row.source_text, row


def test_speaker_resolution_on_polnear_pronoun_sources(dev_texts: dict[str, str]) -> None:
    rows = [row for row in read_fixture() if row.speaker is not None]
    claims = extract_claims_from_texts(dev_texts)
    by_doc: dict[str, list[tuple[list[list[int]], str | None]]] = {}
    for claim in claims:
        spans = [list(span) for span in claim.source.spans]
        by_doc.setdefault(claim.doc_id, []).append((spans, claim.speaker))

    misses = []
    for row in rows:
        assert row.speaker is not None
        found = [speaker for spans, speaker in by_doc.get(row.article, [])
                 if overlaps(spans, row.start, row.end)]
        if not any(s is not None and normalise(s) == normalise(row.speaker) for s in found):
            got = ", ".join(repr(s) for s in found) if found else "no claim with this source"
            misses.append(f"{row.article} [{row.start},{row.end}] {row.source_text!r}: "
                          f"want {row.speaker!r}, got {got}")
    accuracy = 1 - len(misses) / len(rows)
    print(f"end-to-end speaker accuracy {accuracy:.3f} on {len(rows)} pronoun sources")
    assert accuracy >= MIN_ACCURACY, (
        f"speaker accuracy {accuracy:.3f} < {MIN_ACCURACY} on {len(rows)} pronoun sources; "
        f"{len(misses)} wrong:\n" + "\n".join(misses))


@pytest.mark.parametrize(("split", "fixture", "floor"), [
    ("dev", FIXTURE, MIN_RESOLUTION_ACCURACY),
    ("train", TRAIN_FIXTURE, MIN_HELD_OUT_RESOLUTION_ACCURACY),
])
def test_resolver_on_gold_pronoun_sources(nlp: Language, split: str, fixture: Path,
                                          floor: float) -> None:
    rows = [row for row in read_fixture(fixture) if row.speaker is not None]
    texts = read_texts(split, rows)
    misses = resolution_misses(nlp, split, rows, texts)
    accuracy = 1 - len(misses) / len(rows)
    print(f"{split}: resolution accuracy {accuracy:.3f} on {len(rows)} pronoun sources")
    assert accuracy >= floor, (
        f"{split}: resolution accuracy {accuracy:.3f} < {floor} on {len(rows)} pronoun "
        f"sources; {len(misses)} wrong:\n" + "\n".join(misses))
