"""Speaker resolution on pronoun sources in 20 PolNeAR dev articles, against hand labels."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from corroborate.api import extract_claims_from_texts

REPO_ROOT = Path(__file__).resolve().parents[1]
FIXTURE = REPO_ROOT / "tests" / "data" / "polnear_pronoun_speakers.jsonl"
# Issue 3 asks for 0.90 on these labels; the rules reach 0.50 today (half of the misses are
# relations the extractor does not find at all). This floor guards what is reached, so a
# change that makes resolution worse fails; raise it as resolution improves.
TARGET_ACCURACY = 0.90
MIN_ACCURACY = 0.48


@dataclass(frozen=True)
class PronounSource:
    """One gold relation whose source is a pronoun, with our label for who it refers to."""

    article: str
    start: int
    end: int
    source_text: str
    speaker: str | None


def polnear_root() -> Path:
    """The PolNeAR folder: ``$CORROBORATE_POLNEAR``, else ``shared/`` beside the repository."""
    env = os.environ.get("CORROBORATE_POLNEAR")
    return Path(env) if env else REPO_ROOT.parent / "shared" / "corpora" / "polnear"


def normalise(name: str) -> str:
    """Case and whitespace folded, so "Donald  Trump" matches "donald trump" but not "Trump"."""
    return " ".join(name.split()).casefold()


def read_fixture() -> list[PronounSource]:
    """The labelled pronoun sources, in file order."""
    rows = []
    with FIXTURE.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                start, end = row["source_span"]
                rows.append(PronounSource(row["article"], start, end, row["source_text"],
                                          row["speaker"]))
    return rows


@pytest.fixture(scope="module")
def dev_texts() -> dict[str, str]:
    """Texts of the fixture's articles, read as the corpus offsets expect (no newline mapping)."""
    text_dir = polnear_root() / "data" / "dev" / "text"
    if not text_dir.is_dir():
        message = (f"PolNeAR dev texts not found at {text_dir}: put the corpus at "
                   "../shared/corpora/polnear or set CORROBORATE_POLNEAR")
        # The corpus may not be redistributed, so it cannot ship with the repo; CI must have it.
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    texts = {}
    for article in sorted({row.article for row in read_fixture()}):
        with open(text_dir / f"{article}.txt", encoding="utf-8", newline="") as f:
            texts[article] = f.read()
    return texts


def overlaps(spans: Sequence[Sequence[int]], start: int, end: int) -> bool:
    """Whether any ``[s, e)`` of ``spans`` shares a character with ``[start, end)``."""
    return any(s < end and start < e for s, e in spans)


def test_pronoun_fixture_matches_corpus(dev_texts: dict[str, str]) -> None:
    rows = read_fixture()
    assert len({row.article for row in rows}) == 20
    for row in rows:
        assert dev_texts[row.article][row.start:row.end] == row.source_text, row


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
    assert accuracy >= MIN_ACCURACY, (
        f"speaker accuracy {accuracy:.3f} < {MIN_ACCURACY} on {len(rows)} pronoun sources; "
        f"{len(misses)} wrong:\n" + "\n".join(misses))
