"""The pair judge's training and held-out data, built from ../shared/corpora in one place.

Used by ``scripts/train_judge.py`` (training, calibration) and ``bench/judge.py`` (held-out
evaluation), so both see one definition of every split. Labels are the judge's three outcomes:

    0 same         the two texts state one proposition (NLI entailment, a PAWS paraphrase,
                   a tweet and the fact-check claim it makes)
    1 conflict     a contradiction or a changed detail (NLI contradiction, a PAWS pair whose
                   swapped words change the meaning, a news sentence with a number, date,
                   name, polarity or antonym changed)
    2 different    another claim on the same topic (NLI neutral, another sentence of the story)

What is held out and never trained on:
- MultiNLI gold samples (2 x 1,000, TextFooler's copy) and every pair of the one-annotator
  dev files that matches one of them after normalisation;
- PAWS-Wiki test (8,000); SNLI test sample; CAD-NLI dev and test;
- CheckThat! 2020 dev and test;
- ECB+ topics 5-9 and 11 (the contrast set's new pairs), 29, 31, 32 (held-out annotated
  clusters), 33-45 (the cross-article benchmark and earlier contrast pairs), and every ECB+
  sentence the contrast set uses.
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_CANDIDATES = (REPO_ROOT / "shared", REPO_ROOT.parent / "shared")

SAME, CONFLICT, DIFFERENT = 0, 1, 2
LABELS = ("same", "conflict", "different")
NLI = {"entailment": SAME, "contradiction": CONFLICT, "neutral": DIFFERENT}
# ECB+ topics the judge may learn from; everything else is evaluation (module docstring).
ECB_TRAIN_TOPICS = (1, 2, 3, 4, 10, 12, 13, 14, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 30)

csv.field_size_limit(sys.maxsize)


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    label: int
    origin: str


def shared_dir() -> Path:
    for path in SHARED_CANDIDATES:
        if (path / "corpora").is_dir():
            return path
    raise SystemExit(f"../shared/corpora not found (looked in {SHARED_CANDIDATES})")


def _tsv(path: Path, header: bool = True) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        if header:
            next(rows, None)
        yield from rows


def _norm(text: str) -> str:
    """Tokenisation-blind key: PTB-tokenised gold samples against the raw dev files."""
    text = text.replace("-LRB-", "(").replace("-RRB-", ")").replace("``", '"').replace("''", '"')
    return re.sub(r"[^a-z0-9]", "", text.lower())


_DETOK = [(re.compile(r" ([,.;:!?%)\]])"), r"\1"), (re.compile(r"([(\[$]) "), r"\1"),
          (re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)\b"), r"\1"), (re.compile(r"`` | ''"), '"')]


def detokenize(text: str) -> str:
    """Undo PTB/PAWS spacing so held-out text looks like the text the judge meets."""
    text = text.replace("-LRB-", "(").replace("-RRB-", ")")
    text = re.sub(r"(\w) - (?=\w)", r"\1-", text)
    for pattern, repl in _DETOK:
        text = pattern.sub(repl, text)
    return text.strip()


# ------------------------------------------------------------------ held-out sets
def mnli_gold() -> list[Pair]:
    base = shared_dir() / "corpora" / "nli-pairs" / "mnli"
    out = []
    for name in ("dev_matched", "dev_mismatched"):
        for row in _tsv(base / f"{name}.gold_sample1000_tokenized.tsv"):
            if len(row) >= 3 and row[2] in NLI:
                out.append(Pair(detokenize(row[0]), detokenize(row[1]), NLI[row[2]], f"mnli-gold/{name}"))
    return out


def paws_test() -> list[Pair]:
    path = shared_dir() / "corpora" / "nli-pairs" / "paws_wiki" / "test.tsv"
    return [Pair(detokenize(r[0]), detokenize(r[1]), SAME if r[2] == "1" else CONFLICT, "paws/test")
            for r in _tsv(path) if len(r) >= 3 and r[2] in ("0", "1")]


# ------------------------------------------------------------------ training pool
def _nli_file(path: Path, origin: str, skip: set[tuple[str, str]] | None = None) -> list[Pair]:
    out = []
    for row in _tsv(path):
        if len(row) < 3 or row[2] not in NLI or not row[0].strip() or not row[1].strip():
            continue
        if skip and (_norm(row[0]), _norm(row[1])) in skip:
            continue
        out.append(Pair(row[0].strip(), row[1].strip(), NLI[row[2]], origin))
    return out


def nli_training() -> list[Pair]:
    corpora = shared_dir() / "corpora" / "nli-pairs"
    gold = {(_norm(p.a), _norm(p.b)) for p in mnli_gold()}
    pairs = []
    for name in ("dev_matched", "dev_mismatched"):
        pairs += _nli_file(corpora / "mnli" / f"{name}.annotator_labels_NOT_GOLD.tsv", f"mnli/{name}", gold)
    pairs += _nli_file(corpora / "snli" / "dev.tsv", "snli/dev")
    pairs += _nli_file(corpora / "cad_nli" / "all_combined" / "train.tsv", "cad/train")
    for r in _tsv(corpora / "paws_wiki" / "dev.tsv"):
        if len(r) >= 3 and r[2] in ("0", "1"):
            label = SAME if r[2] == "1" else CONFLICT
            pairs.append(Pair(detokenize(r[0]), detokenize(r[1]), label, "paws/dev"))
    return pairs


def checkthat_split(split: str) -> tuple[dict[str, str], dict[str, set[str]], dict[str, str]]:
    """Tweets, their gold verified-claim ids, and all verified claims (id -> text)."""
    base = shared_dir() / "corpora" / "checkthat2020-task2"
    claims = {r[0]: r[1] for r in _tsv(base / "verified_claims.docs.tsv") if len(r) >= 2}
    tweets = {r[0]: r[1] for r in _tsv(base / split / "tweets.queries.tsv") if len(r) >= 2}
    gold: dict[str, set[str]] = defaultdict(set)
    for r in _tsv(base / split / "tweet-vclaim-pairs.qrels", header=False):
        if len(r) >= 4 and r[3] == "1":
            gold[r[0]].add(r[2])
    return tweets, gold, claims


_TRAILER = re.compile(r"\s+[—–-]+\s+(?:[^—–()\n]{0,80}?)\s*\(@\w+\)\s+[A-Z][a-z]+ \d{1,2}, \d{4}\s*$")
_URL = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")


def clean_tweet(text: str) -> str:
    return re.sub(r"\s+", " ", _URL.sub("", _TRAILER.sub("", text))).strip()


def checkthat_training(rng: random.Random, negatives: int = 2) -> list[Pair]:
    """Tweet -> its verified claim (same); tweet -> a lexically close other claim (different)."""
    import bm25s

    tweets, gold, claims = checkthat_split("train")
    ids = sorted(claims)
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize([claims[i] for i in ids], stopwords="en", show_progress=False),
                    show_progress=False)
    out = []
    for tid in sorted(tweets):
        if tid not in gold:
            continue
        text = clean_tweet(tweets[tid])
        for cid in sorted(gold[tid]):
            out.append(Pair(text, claims[cid], SAME, "checkthat/train"))
        docs, _ = retriever.retrieve(bm25s.tokenize([text], stopwords="en", show_progress=False),
                                     k=8, show_progress=False)
        hard = [ids[int(d)] for d in docs[0] if ids[int(d)] not in gold[tid]]
        for cid in hard[:negatives]:
            out.append(Pair(text, claims[cid], DIFFERENT, "checkthat/train"))
    return out


# ------------------------------------------------------------------ ECB+ news pairs
def ecb_sentences(topics: tuple[int, ...]) -> dict[int, list[tuple[str, int, str]]]:
    """Per topic: (doc, sentence number, text) of sentences of 6-50 tokens (no URL lines)."""
    root = shared_dir() / "corpora" / "ecbplus" / "ECB+"
    used = _contrast_sentences()
    out: dict[int, list[tuple[str, int, str]]] = {}
    for topic in topics:
        folder = root / str(topic)
        if not folder.is_dir():
            continue
        rows = []
        for path in sorted(folder.glob("*.xml")):
            sentences: dict[int, list[str]] = defaultdict(list)
            for tok in ET.parse(path).getroot().iter("token"):
                sentences[int(tok.get("sentence", "0"))].append(tok.text or "")
            for num, toks in sorted(sentences.items()):
                if path.name.endswith("ecbplus.xml") and num == 0:
                    continue
                if not 6 <= len(toks) <= 50 or f"{path.name}:{num}" in used:
                    continue
                rows.append((path.name, num, detokenize(" ".join(toks))))
        out[topic] = rows
    return out


def _contrast_sentences() -> set[str]:
    path = REPO_ROOT / "tests" / "data" / "contrast_pairs.jsonl"
    used: set[str] = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                for ref in str(json.loads(line).get("source", "")).split(";"):
                    used.add(ref.split("/", 1)[-1])
    return used


ANTONYMS = [
    ("confirmed", "denied"), ("rose", "fell"), ("increased", "decreased"), ("approved", "rejected"),
    ("won", "lost"), ("accepted", "refused"), ("opened", "closed"), ("arrested", "released"),
    ("agreed", "refused"), ("supports", "opposes"), ("supported", "opposed"), ("raised", "lowered"),
    ("higher", "lower"), ("more", "fewer"), ("before", "after"), ("guilty", "innocent"),
    ("alive", "dead"), ("survived", "died"), ("hired", "fired"), ("joined", "left"),
    ("started", "ended"), ("began", "ended"), ("entered", "left"), ("allowed", "banned"),
    ("acquired", "sold"), ("bought", "sold"), ("gained", "lost"), ("success", "failure"),
    ("increase", "decrease"), ("strong", "weak"), ("first", "last"), ("largest", "smallest"),
    ("early", "late"), ("legal", "illegal"), ("injured", "unharmed"), ("will", "will not"),
    ("has been", "has not been"), ("was", "was not"), ("is", "is not"), ("did", "did not"),
    ("can", "cannot"), ("would", "would not"), ("are", "are not"), ("were", "were not"),
]
MODALS = [("will", "may"), ("has", "may have"), ("is", "could be"), ("was", "might have been"),
          ("would", "might"), ("plans to", "may"), ("confirmed", "suggested")]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SAME_SWAPS = [("said", "stated"), ("said", "told reporters"), ("announced", "said"),
              ("died", "passed away"), ("killed", "left dead"), ("about", "around"),
              ("U.S.", "United States"), ("percent", "per cent"), ("Tuesday", "on Tuesday"),
              # reported speech shifts tense: "will" in a quote is "would" in its retelling
              ("will", "would"), ("is", "was"), ("has", "had"), ("are", "were")]
_NUM = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b")
_CAPNAME = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)\b")


def _swap_word(text: str, pairs: list[tuple[str, str]], rng: random.Random) -> str | None:
    options = []
    for x, y in pairs:
        for src, dst in ((x, y), (y, x)):
            for m in re.finditer(rf"\b{re.escape(src)}\b", text):
                options.append((m.start(), m.end(), dst))
    if not options:
        return None
    s, e, dst = rng.choice(sorted(options))
    return text[:s] + dst + text[e:]


def distort(text: str, names: list[str], rng: random.Random) -> tuple[str, str] | None:
    """A minimal edit that changes the meaning, and its kind; None when nothing applies."""
    kinds = ["antonym", "number", "date", "entity", "modality"]
    rng.shuffle(kinds)
    for kind in kinds:
        if kind == "antonym":
            out = _swap_word(text, ANTONYMS, rng)
        elif kind == "modality":
            out = _swap_word(text, MODALS, rng)
        elif kind == "number":
            nums = list(_NUM.finditer(text))
            if not nums:
                continue
            m = rng.choice(nums)
            digits = m.group(0).replace(",", "")
            try:
                value = float(digits)
            except ValueError:
                continue
            new = value + rng.choice([1, 2, 3, 10]) if value < 100 else value * rng.choice([2, 0.5, 1.5])
            new_text = str(int(new)) if float(new).is_integer() else f"{new:.1f}"
            out = text[: m.start()] + new_text + text[m.end():]
        elif kind == "date":
            pool = [d for d in DAYS + MONTHS if re.search(rf"\b{d}\b", text)]
            if not pool:
                continue
            old = rng.choice(pool)
            new = rng.choice([d for d in (DAYS if old in DAYS else MONTHS) if d != old])
            out = re.sub(rf"\b{old}\b", new, text, count=1)
        else:
            found = sorted({m.group(1) for m in _CAPNAME.finditer(text)})
            others = [n for n in names if n not in found and n not in text]
            if not found or not others:
                continue
            old = rng.choice(found)
            out = text.replace(old, rng.choice(others), 1)
        if out and out != text:
            return out, kind
    return None


def light_paraphrase(text: str, rng: random.Random) -> str | None:
    out = _swap_word(text, SAME_SWAPS, rng)
    return out if out and out != text else None


def ecb_training(rng: random.Random) -> list[Pair]:
    """News-shaped pairs from the training topics: distortions, light rewordings, other claims."""
    out = []
    for _topic, rows in sorted(ecb_sentences(ECB_TRAIN_TOPICS).items()):
        names = sorted({m.group(1) for _, _, t in rows for m in _CAPNAME.finditer(t)})
        for doc, num, text in rows:
            roll = rng.random()
            if roll < 0.45:
                got = distort(text, names, rng)
                if got:
                    out.append(Pair(text, got[0], CONFLICT, f"ecb/{got[1]}"))
            elif roll < 0.65:
                para = light_paraphrase(text, rng)
                if para:
                    out.append(Pair(text, para, SAME, "ecb/reword"))
            elif roll < 0.9:
                other = rng.choice(rows)
                if other[0] != doc or other[1] != num:
                    out.append(Pair(text, other[2], DIFFERENT, "ecb/other"))
    return out


def _coref_sentences(path: Path) -> dict[int, tuple[str, frozenset[str], frozenset[str]]]:
    """Per sentence of one ECB+ file: its text, and the cross-document chains it mentions
    (events, and all chains: events, participants, times, places)."""
    root = ET.parse(path).getroot()
    words: dict[int, list[tuple[int, str]]] = defaultdict(list)
    sentence_of: dict[str, int] = {}
    for tok in root.iter("token"):
        t_id, num = tok.get("t_id", "0"), int(tok.get("sentence", "0"))
        words[num].append((int(t_id), tok.text or ""))
        sentence_of[t_id] = num
    tag_of: dict[str, tuple[str, int]] = {}
    for mark in root.find("Markables") or ():
        anchors = [a.get("t_id", "") for a in mark.findall("token_anchor")]
        if anchors and anchors[0] in sentence_of:
            tag_of[mark.get("m_id", "")] = (mark.tag, sentence_of[anchors[0]])
    events: dict[int, set[str]] = defaultdict(set)
    chains: dict[int, set[str]] = defaultdict(set)
    for rel in root.find("Relations") or ():
        if rel.tag != "CROSS_DOC_COREF":
            continue
        for src in rel.findall("source"):
            tag, num = tag_of.get(src.get("m_id", ""), ("", -1))
            if num < 0:
                continue
            chains[num].add(rel.get("note", ""))
            if "ACTION" in tag:
                events[num].add(rel.get("note", ""))
    out = {}
    for num in chains:
        toks = [t for _, t in sorted(words[num])]
        if (path.name.endswith("ecbplus.xml") and num == 0) or not 6 <= len(toks) <= 50:
            continue
        out[num] = (detokenize(" ".join(toks)), frozenset(events[num]), frozenset(chains[num]))
    return out


def ecb_coref_training(rng: random.Random, per_topic: int = 300) -> list[Pair]:
    """Real cross-outlet pairs from the training topics' gold cross-document coreference.

    Two sentences of different articles that mention the same event chains (all of them)
    and share nearly all their chains (participants, time, place: Jaccard >= 0.6, at least three) and the same
    numbers state one proposition in other words: ``same``. The same pair with one detail of
    the second changed (``distort``) is ``conflict``: a paraphrase with a changed number,
    date, name or polarity. Two sentences sharing a participant but no event are
    ``different``: the hard negatives a story's articles are full of. The synthetic
    rewordings of ``ecb_training`` teach only near-copies; these teach rewordings.
    """
    root = shared_dir() / "corpora" / "ecbplus" / "ECB+"
    used = _contrast_sentences()
    out: list[Pair] = []
    for topic in ECB_TRAIN_TOPICS:
        rows = []
        for path in sorted((root / str(topic)).glob("*.xml")):
            for num, (text, ev, ch) in sorted(_coref_sentences(path).items()):
                if f"{path.name}:{num}" not in used:
                    rows.append((path.name, text, ev, ch))
        names = sorted({m.group(1) for _, t, _, _ in rows for m in _CAPNAME.finditer(t)})
        same, different = [], []
        for i, (doc_a, text_a, ev_a, ch_a) in enumerate(rows):
            for doc_b, text_b, ev_b, ch_b in rows[i + 1 :]:
                if doc_a == doc_b or text_a == text_b:
                    continue
                shared = ch_a & ch_b
                if ev_a and ev_a == ev_b and len(shared) >= 3 and len(shared) / len(ch_a | ch_b) >= 0.6:
                    if set(_NUM.findall(text_a)) == set(_NUM.findall(text_b)):
                        same.append((text_a, text_b))
                elif shared and not ev_a & ev_b:
                    different.append((text_a, text_b))
        rng.shuffle(same)
        rng.shuffle(different)
        for a, b in same[:per_topic]:
            if rng.random() < 0.35:
                got = distort(b, names, rng)
                if got:
                    out.append(Pair(a, got[0], CONFLICT, f"ecbx/{got[1]}"))
                    continue
            out.append(Pair(a, b, SAME, "ecbx/same"))
        out += [Pair(a, b, DIFFERENT, "ecbx/different") for a, b in different[: per_topic // 5]]
    return out


def training_pool(seed: int = 13) -> list[Pair]:
    rng = random.Random(seed)
    pairs = nli_training() + checkthat_training(rng) + ecb_training(rng) + ecb_coref_training(rng)
    return pairs
