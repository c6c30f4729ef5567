"""Held-out claim clusters on ECB+ topics 29, 31, 32: does the matcher group what people did?

`tests/data/ecb_heldout_claims.jsonl` holds hand-annotated attributed claims for every
document of ECB+ topics 29, 31 and 32, each with a cluster id (one proposition from one
source), and `tests/data/ecb_heldout_negatives.jsonl` pairs of claims in two articles that
look alike but are different claims (see `tests/data/README.md`). Unlike `bench/ecb_xdoc.py`,
whose gold is ECB+'s event coreference of reporting verbs, this gold is claim identity itself.

What it does:

1. rebuilds the texts of the topics' documents exactly as `bench/ecb_xdoc.py` does (its
   functions, imported), writes one folder per sub-topic (A: `<t>_<n>ecb`, B:
   `<t>_<n>ecbplus`) and runs `corroborate.api.corroborate([folder])` once per folder;
2. locates each annotated claim's content in the rebuilt text of its sentence (whitespace
   ignored, so "It 's" matches "It's"; straight, curly and PTB quotes and apostrophes are
   read alike);
3. aligns each annotated claim to the predicted claim of the same document whose content
   spans overlap that character span most (then the earliest content, then the smallest id);
   one predicted claim can stand for several annotated claims (a quote the extractor kept as
   one claim over two sentences);
4. scores, over the aligned annotated claims, cross-document pairwise precision / recall / F1
   (pairs of claims in different documents: same predicted cluster vs same gold cluster),
   B-cubed, and the gold multi-article clusters found (two members from different articles
   in one predicted cluster) and found whole (every member aligned, all in one predicted
   cluster); and counts the annotated hard negative pairs the matcher merges (both claims
   aligned, one predicted cluster).

Selection: annotated claims with `continues` (the further sentences of a quote that runs over
several sentences, whose attribution sits in another sentence) are left out of the main
scores: the extractor is not asked to produce them as claims of their own, and more than
half of the gold multi-article clusters consist of them alone, so including them mostly
measures extraction. A second pooled line scores every annotated claim, continuations
included. The hard negatives are scored on every annotated claim they name (some name a
continuation).

Figures are deterministic; only the timings vary.

    PYTHONPATH=src .venv/bin/python bench/ecb_heldout.py
    PYTHONPATH=src .venv/bin/python bench/ecb_heldout.py --json bench/out/ecb_heldout.json -v

Data and license: ECB+ (`../shared/corpora/ecbplus/ECB+`, or `--ecb DIR`), read at run time;
the annotation files are the project's own (`tests/data/README.md`). ECB+ annotation CC BY 3.0,
Agata Cybulska, Piek Vossen and VU University Amsterdam (Cybulska and Vossen, LREC 2014).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO_ROOT = BENCH.parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import ecb_xdoc as ecb  # (the text rebuilding, the corpus walk and the arithmetic)

CLAIMS = REPO_ROOT / "tests" / "data" / "ecb_heldout_claims.jsonl"
NEGATIVES = REPO_ROOT / "tests" / "data" / "ecb_heldout_negatives.jsonl"

Span = tuple[int, int]


# ------------------------------------------------------------------ annotations
@dataclass(frozen=True)
class Gold:
    """One annotated claim."""

    key: str  # "<doc>:<sentence>#<line number in the file>"
    topic: int
    doc: str  # file stem, "29_1ecbplus"
    sentence: int
    content: str
    cluster: str
    continues: bool = False


@dataclass(frozen=True)
class Negative:
    """An annotated hard negative: two claims, in two articles, that must stay apart."""

    topic: int
    a: tuple[str, int, str]  # (doc stem, sentence, cluster id)
    b: tuple[str, int, str]


def _stem(doc: str) -> str:
    return doc.removesuffix(".xml")


def _where(ref: str) -> tuple[str, int]:
    doc, sentence = ref.rsplit(":", 1)
    return _stem(doc), int(sentence)


def load_claims(path: Path) -> list[Gold]:
    out: list[Gold] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        r = json.loads(line)
        doc = _stem(r["doc"])
        out.append(Gold(
            key=f"{doc}:{r['sentence']}#{n}", topic=int(r["topic"]), doc=doc,
            sentence=int(r["sentence"]), content=r["content"], cluster=r["cluster"],
            continues=bool(r.get("continues")),
        ))
    return out


def load_negatives(path: Path) -> list[Negative]:
    out: list[Negative] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        out.append(Negative(topic=int(r["topic"]), a=(*_where(r["a"]), r["a_cluster"]),
                            b=(*_where(r["b"]), r["b_cluster"])))
    return out


# ------------------------------------------------------------------ locating the content
_SINGLE = frozenset("'’‘`´")
_DOUBLE = frozenset('"“”„″')


def normalise(text: str) -> list[tuple[str, int, int]]:
    """The characters of `text` that matter for matching, each with its span in `text`.

    Whitespace is dropped; every double quote (straight, curly, „) is '"' and every single
    quote, apostrophe or backtick is "'"; two single quotes in a row (PTB `` and '') are one
    '"'.
    """
    chars: list[tuple[str, int, int]] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        c = '"' if ch in _DOUBLE else "'" if ch in _SINGLE else ch
        if c == "'" and chars and chars[-1][0] == "'" and chars[-1][2] == i:
            chars[-1] = ('"', chars[-1][1], i + 1)
            continue
        chars.append((c, i, i + 1))
    return chars


def find_span(haystack: str, needle: str) -> Span | None:
    """The span in `haystack` of the first occurrence of `needle`, as `normalise` reads both.

    Falls back to a case-insensitive match; None when neither finds it (or `needle` is empty).
    """
    hay = normalise(haystack)
    pat = "".join(c for c, _s, _e in normalise(needle))
    if not pat:
        return None
    flat = "".join(c for c, _s, _e in hay)
    i = flat.find(pat)
    if i < 0:
        i = flat.lower().find(pat.lower())
    if i < 0:
        return None
    return hay[i][1], hay[i + len(pat) - 1][2]


def sentence_span(doc: ecb.EcbDoc, sentence: int) -> Span | None:
    """The character span of one sentence (its tokens, first to last) in the rebuilt text."""
    spans = [doc.token_spans[t] for t, s in doc.token_sentence.items() if s == sentence]
    if not spans:
        return None
    return min(s for s, _e in spans), max(e for _s, e in spans)


def locate(docs: Iterable[ecb.EcbDoc], golds: Iterable[Gold]) -> dict[str, Span]:
    """Annotated claim key -> the character span of its content in its rebuilt document."""
    by_name = {d.name: d for d in docs}
    out: dict[str, Span] = {}
    for g in golds:
        doc = by_name.get(g.doc)
        line = sentence_span(doc, g.sentence) if doc is not None else None
        if doc is None or line is None:
            continue
        found = find_span(doc.text[line[0] : line[1]], g.content)
        if found is not None:
            out[g.key] = (line[0] + found[0], line[0] + found[1])
    return out


# ------------------------------------------------------------------ alignment
@dataclass(frozen=True)
class Pred:
    """What the scorer needs of a predicted claim."""

    id: str
    doc: str
    content: tuple[Span, ...]
    cluster: str


@dataclass(frozen=True)
class Link:
    """An annotated claim's aligned predicted claim, and how well their contents agree."""

    pred: str
    overlap: int  # characters shared
    jaccard: float  # shared characters / characters of either


def _union(a: Sequence[Span]) -> int:
    total, end = 0, -1
    for s, e in sorted(a):
        if e <= end:
            continue
        total += e - max(s, end)
        end = e
    return total


def align(golds: Iterable[Gold], located: Mapping[str, Span],
          preds: Sequence[Pred]) -> dict[str, Link]:
    """Annotated claim key -> the predicted claim of its document whose content overlaps most.

    Ties go to the earliest content, then the smallest id. Claims not located, or overlapping
    no predicted content, are left out.
    """
    by_doc: dict[str, list[Pred]] = defaultdict(list)
    for p in preds:
        by_doc[p.doc].append(p)
    out: dict[str, Link] = {}
    for g in golds:
        span = located.get(g.key)
        if span is None:
            continue
        scored = [(ecb.overlap(p.content, [span]), p) for p in by_doc.get(g.doc, ())]
        scored = [(o, p) for o, p in scored if o > 0]
        if not scored:
            continue
        o, p = min(scored, key=lambda t: (-t[0], min(t[1].content), t[1].id))
        union = _union([*p.content, span])
        out[g.key] = Link(pred=p.id, overlap=o, jaccard=o / union if union else 0.0)
    return out


# ------------------------------------------------------------------ scoring
def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


def is_copy(a: str, b: str) -> bool:
    """Whether one content holds the other word for word (case and punctuation ignored)."""
    wa, wb = _words(a), _words(b)
    return bool(wa.strip() and wb.strip()) and (wa in wb or wb in wa)


@dataclass
class Result:
    """Every count of one sub-topic run; results add up field by field."""

    docs: int = 0
    pred_claims: int = 0
    annotated: int = 0  # annotated claims in the selection
    located: int = 0  # ... whose content was found in the rebuilt sentence
    aligned: int = 0  # ... with a predicted claim overlapping the content
    aligned_close: int = 0  # ... whose character Jaccard with it is at least 0.5
    shared: int = 0  # aligned claims whose predicted claim stands for another one too
    unaligned_out_of_body: int = 0  # located, unaligned, outside the body the ingest kept
    unaligned_no_claim_in_sentence: int = 0  # ... no predicted content touches the sentence
    unaligned_other_part: int = 0  # ... predicted content in the sentence, not on this one
    gold_pairs_all: int = 0  # gold cross-document pairs over the whole selection
    pairs: ecb.PairCounts = field(default_factory=ecb.PairCounts)  # over aligned claims
    copy_gold: int = 0  # gold pairs over aligned claims where one content holds the other
    copy_both: int = 0  # ... predicted together
    b3: ecb.BCubed = field(default_factory=ecb.BCubed)
    clusters_multi: int = 0  # gold clusters with members in 2+ articles (in the selection)
    clusters_reachable: int = 0  # ... with aligned members in 2+ articles
    clusters_found: int = 0  # ... two members of different articles in one predicted cluster
    clusters_whole: int = 0  # ... every member aligned, all in one predicted cluster
    negatives: int = 0
    negatives_aligned: int = 0  # both claims aligned
    negatives_merged: int = 0  # ... and in one predicted cluster

    def __add__(self, other: Result) -> Result:
        return Result(**{f.name: getattr(self, f.name) + getattr(other, f.name)
                         for f in fields(self)})

    def figures(self) -> dict[str, Any]:
        def r4(x: float) -> float:
            return round(x, 4)

        p = self.pairs
        return {
            "docs": self.docs, "predicted_claims": self.pred_claims,
            "annotated_claims": self.annotated, "located": self.located,
            "aligned": self.aligned, "aligned_jaccard_0.5": self.aligned_close,
            "aligned_sharing_a_predicted_claim": self.shared,
            "unaligned": {"outside_body": self.unaligned_out_of_body,
                          "no_claim_in_sentence": self.unaligned_no_claim_in_sentence,
                          "claim_on_another_part_of_sentence": self.unaligned_other_part},
            "gold_pairs_all": self.gold_pairs_all,
            "pairs": {"tp": p.both, "predicted": p.pred, "gold": p.gold,
                      "precision": r4(p.precision), "recall": r4(p.recall), "f1": r4(p.f1)},
            "copy_pairs": {"gold": self.copy_gold, "tp": self.copy_both},
            "reworded_pairs": {"gold": p.gold - self.copy_gold, "tp": p.both - self.copy_both},
            "bcubed": {"precision": r4(self.b3.precision), "recall": r4(self.b3.recall),
                       "f1": r4(self.b3.f1), "n": self.b3.n},
            "clusters": {"multi_article": self.clusters_multi,
                         "reachable": self.clusters_reachable, "found": self.clusters_found,
                         "found_whole": self.clusters_whole},
            "negatives": {"total": self.negatives, "both_aligned": self.negatives_aligned,
                          "merged": self.negatives_merged},
        }


def resolve_negative(neg: Negative, golds: Iterable[Gold]) -> tuple[str, str] | None:
    """The keys of the two annotated claims a negative names (the first of each), or None."""
    keys: dict[tuple[str, int, str], str] = {}
    for g in sorted(golds, key=lambda g: g.key):
        keys.setdefault((g.doc, g.sentence, g.cluster), g.key)
    a, b = keys.get(neg.a), keys.get(neg.b)
    return (a, b) if a and b else None


def _count_unaligned(
    res: Result,
    unaligned: Sequence[Gold],
    located: Mapping[str, Span],
    preds: Sequence[Pred],
    docs: Sequence[ecb.EcbDoc],
    bodies: Mapping[str, Span | None] | None,
) -> None:
    """Count why each located but unaligned claim found no predicted claim: outside the body
    the ingest kept, no claim in its sentence, or a claim of another part of the sentence."""
    by_name = {d.name: d for d in docs}
    preds_of: dict[str, list[Pred]] = defaultdict(list)
    for p in preds:
        preds_of[p.doc].append(p)
    for g in unaligned:
        known = bodies is not None and g.doc in bodies
        body = bodies[g.doc] if bodies is not None and known else None
        line = sentence_span(by_name[g.doc], g.sentence) if g.doc in by_name else None
        if known and (body is None or not ecb.overlap([body], [located[g.key]])):
            res.unaligned_out_of_body += 1
        elif line is not None and not any(ecb.overlap(p.content, [line])
                                          for p in preds_of[g.doc]):
            res.unaligned_no_claim_in_sentence += 1
        else:
            res.unaligned_other_part += 1


def score(
    golds: Sequence[Gold],
    located: Mapping[str, Span],
    preds: Sequence[Pred],
    negatives: Sequence[Negative] = (),
    *,
    continues: bool = False,
    docs: Sequence[ecb.EcbDoc] = (),
    bodies: Mapping[str, Span | None] | None = None,
) -> Result:
    """Score one sub-topic: its annotated claims against the predicted claims and clusters.

    Args:
        golds: The annotated claims of the sub-topic's documents (continuations included).
        located: Annotated claim key -> its content's span in the rebuilt text.
        preds: The predicted claims, each with its cluster id.
        negatives: The hard negatives whose claims lie in these documents (scored on every
            annotated claim, whatever the selection).
        continues: Whether the cluster scores include the continuation claims.
        docs: The rebuilt documents (for the reasons a claim is unaligned; optional).
        bodies: Document -> the body span the ingest kept (for those reasons; optional).
    """
    links = align(golds, located, preds)
    cluster_of = {p.id: p.cluster for p in preds}
    chosen = [g for g in golds if continues or not g.continues]
    res = Result(docs=len(docs), pred_claims=len(preds), annotated=len(chosen))
    res.located = sum(g.key in located for g in chosen)
    aligned = [g for g in chosen if g.key in links]
    res.aligned = len(aligned)
    res.aligned_close = sum(links[g.key].jaccard >= 0.5 for g in aligned)
    uses: dict[str, int] = defaultdict(int)
    for g in aligned:
        uses[links[g.key].pred] += 1
    res.shared = sum(uses[links[g.key].pred] > 1 for g in aligned)

    _count_unaligned(res, [g for g in chosen if g.key not in links and g.key in located],
                     located, preds, docs, bodies)

    gold_all = {g.key: g.cluster for g in chosen}
    doc_of = {g.key: g.doc for g in golds}
    res.gold_pairs_all = ecb.cross_doc_pairs({}, gold_all, doc_of).gold
    pred = {g.key: cluster_of[links[g.key].pred] for g in aligned}
    gold = {g.key: g.cluster for g in aligned}
    res.pairs = ecb.cross_doc_pairs(pred, gold, doc_of)
    res.b3 = ecb.bcubed(pred, gold)
    for i, a in enumerate(aligned):
        for b in aligned[i + 1 :]:
            if a.doc != b.doc and a.cluster == b.cluster and is_copy(a.content, b.content):
                res.copy_gold += 1
                res.copy_both += pred[a.key] == pred[b.key]

    members: dict[str, list[Gold]] = defaultdict(list)
    for g in chosen:
        members[g.cluster].append(g)
    for group in members.values():
        if len({g.doc for g in group}) < 2:
            continue
        res.clusters_multi += 1
        on = [g for g in group if g.key in pred]
        res.clusters_reachable += len({g.doc for g in on}) > 1
        docs_by_cluster: dict[str, set[str]] = defaultdict(set)
        for g in on:
            docs_by_cluster[pred[g.key]].add(g.doc)
        res.clusters_found += any(len(v) > 1 for v in docs_by_cluster.values())
        res.clusters_whole += len(on) == len(group) and len(docs_by_cluster) == 1

    for neg in negatives:
        res.negatives += 1
        pair = resolve_negative(neg, golds)
        if pair is None or pair[0] not in links or pair[1] not in links:
            continue
        res.negatives_aligned += 1
        res.negatives_merged += (cluster_of[links[pair[0]].pred]
                                 == cluster_of[links[pair[1]].pred])
    return res


# ------------------------------------------------------------------ runs
@dataclass
class Unit:
    """One sub-topic folder: its documents, annotated claims, predictions and results."""

    topic: int
    sub: str
    docs: list[ecb.EcbDoc]
    golds: list[Gold]
    located: dict[str, Span]
    preds: list[Pred]
    seconds: float
    result: Result  # continuations left out
    result_all: Result  # continuations included


def predictions(report: Any) -> list[Pred]:
    """The report's claims as `Pred`s: document stem, content spans, cluster id."""
    name_of = {doc.doc_id: Path(doc.path).stem for doc in report.documents}
    cluster_of = {cid: k.id for k in report.clusters for cid in k.claim_ids}
    return [Pred(id=c.id, doc=name_of.get(c.doc_id, c.doc_id),
                 content=tuple((s, e) for s, e in c.content.spans),
                 cluster=cluster_of.get(c.id, f"#single:{c.id}"))
            for c in report.claims]


def run_unit(topic: int, sub: str, paths: Sequence[Path], workdir: Path,
             golds: Sequence[Gold], negatives: Sequence[Negative]) -> Unit:
    """Rebuild and run one sub-topic folder (through `ecb_xdoc.run_unit`) and score it."""
    run = ecb.run_unit(topic, sub, paths, workdir, set())
    names = {d.name for d in run.docs}
    mine = [g for g in golds if g.doc in names]
    negs = [n for n in negatives if n.a[0] in names and n.b[0] in names]
    located = locate(run.docs, mine)
    preds = predictions(run.report)
    bodies = {Path(doc.path).stem: doc.body for doc in run.report.documents}
    kw: dict[str, Any] = {"docs": run.docs, "bodies": bodies}
    return Unit(topic, sub, run.docs, mine, located, preds, run.seconds,
                score(mine, located, preds, negs, continues=False, **kw),
                score(mine, located, preds, negs, continues=True, **kw))


# ------------------------------------------------------------------ printing
HEADER = (
    f"{'topic':<7}{'docs':>5}{'pred':>6}{'annot':>6}{'align':>6}{'J.5':>5}"
    f"{'multi':>6}{'reach':>6}{'found':>6}{'whole':>6}{'goldxp':>7}{'al-xp':>6}{'predxp':>7}"
    f"{'tp':>4}{'P':>7}{'R':>7}{'F1':>7}{'B3-P':>7}{'B3-R':>7}{'B3-F1':>7}{'neg':>9}"
)


def row(label: str, r: Result) -> str:
    p = r.pairs
    neg = f"{r.negatives_merged}/{r.negatives_aligned}/{r.negatives}"
    return (
        f"{label:<7}{r.docs:>5}{r.pred_claims:>6}{r.annotated:>6}{r.aligned:>6}"
        f"{r.aligned_close:>5}{r.clusters_multi:>6}{r.clusters_reachable:>6}"
        f"{r.clusters_found:>6}{r.clusters_whole:>6}{r.gold_pairs_all:>7}{p.gold:>6}{p.pred:>7}"
        f"{p.both:>4}{p.precision:>7.3f}{p.recall:>7.3f}{p.f1:>7.3f}{r.b3.precision:>7.3f}"
        f"{r.b3.recall:>7.3f}{r.b3.f1:>7.3f}{neg:>9}"
    )


def summary(r: Result) -> list[str]:
    p = r.pairs
    unaligned = r.located - r.aligned
    return [
        (f"annotated claims {r.annotated}: located in the rebuilt text {r.located}, aligned "
         f"{r.aligned} ({r.aligned_close} with content Jaccard >= 0.5; {r.shared} share their "
         f"predicted claim with another annotated claim)"),
        (f"unaligned {unaligned}: outside the body the ingest kept {r.unaligned_out_of_body}, "
         f"no predicted claim content in the sentence {r.unaligned_no_claim_in_sentence}, "
         f"predicted content on another part of the sentence {r.unaligned_other_part}"),
        (f"cross-document pairs over aligned claims: predicted {p.pred}, gold {p.gold} (of "
         f"{r.gold_pairs_all} over all annotated claims), both {p.both}: P {p.precision:.3f} "
         f"R {p.recall:.3f} F1 {p.f1:.3f}"),
        (f"... recall on copies (one content holds the other word for word) {r.copy_both}/"
         f"{r.copy_gold}, on rewordings {p.both - r.copy_both}/{p.gold - r.copy_gold}"),
        (f"B-cubed over {r.b3.n} aligned claims: P {r.b3.precision:.3f} R {r.b3.recall:.3f} "
         f"F1 {r.b3.f1:.3f}"),
        (f"gold multi-article clusters {r.clusters_multi}: with aligned members in 2+ articles "
         f"{r.clusters_reachable}, found {r.clusters_found}, found whole {r.clusters_whole}"),
        (f"hard negatives {r.negatives}: both claims aligned {r.negatives_aligned}, wrongly "
         f"merged {r.negatives_merged}"),
    ]


def print_docs(unit: Unit, links: Mapping[str, Link]) -> None:
    print(f"\ndocuments, topic {unit.topic}{unit.sub} (counts; continuations included):")
    for d in unit.docs:
        mine = [g for g in unit.golds if g.doc == d.name]
        print(f"  {d.name:<14} pred {sum(p.doc == d.name for p in unit.preds):>3}"
              f" annotated {len(mine):>3} located {sum(g.key in unit.located for g in mine):>3}"
              f" aligned {sum(g.key in links for g in mine):>3}")


# ------------------------------------------------------------------ main
def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ecb", type=Path, default=None, help="the ECB+ XML folder")
    parser.add_argument("--claims", type=Path, default=CLAIMS)
    parser.add_argument("--negatives", type=Path, default=NEGATIVES)
    parser.add_argument("--workdir", type=Path, default=None,
                        help="write the rebuilt texts here (kept) instead of a temporary folder")
    parser.add_argument("--json", type=Path, default=None, help="write the figures to this file")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="one line of counts per document")
    args = parser.parse_args(argv)

    golds = load_claims(args.claims)
    negatives = load_negatives(args.negatives)
    topics = sorted({g.topic for g in golds})
    root = ecb.ecb_root(args.ecb)
    start = time.perf_counter()
    units: list[Unit] = []
    with tempfile.TemporaryDirectory(prefix="ecb_heldout_") as tmp:
        workdir = args.workdir or Path(tmp)
        for topic in topics:
            for sub, paths in ecb.subtopics(root, topic).items():
                units.append(run_unit(topic, sub, paths, workdir, golds, negatives))
                print(f"  ran {topic}{sub}: {len(paths)} documents in "
                      f"{units[-1].seconds:.1f}s", file=sys.stderr)
    wall = time.perf_counter() - start
    missing = {g.doc for g in golds} - {d.name for u in units for d in u.docs}
    if missing:
        print(f"warning: {len(missing)} annotated documents not in the corpus", file=sys.stderr)
    folder_of = {d.name: (u.topic, u.sub) for u in units for d in u.docs}
    across = sum(folder_of.get(n.a[0]) != folder_of.get(n.b[0]) for n in negatives)

    def by_topic(pick: str) -> dict[int, Result]:
        out: dict[int, Result] = {}
        for u in units:
            out[u.topic] = out.get(u.topic, Result()) + getattr(u, pick)
        return out

    per_topic, per_topic_all = by_topic("result"), by_topic("result_all")
    pooled = sum((u.result for u in units), Result())
    pooled_all = sum((u.result_all for u in units), Result())
    n_docs = sum(len(u.docs) for u in units)
    print(f"ECB+ held-out claim clusters: topics {','.join(map(str, topics))} ({len(units)} "
          f"sub-topic folders, {n_docs} documents; one corroborate() call per folder); "
          f"continuation claims left out")
    print(HEADER)
    for topic, res in per_topic.items():
        print(row(str(topic), res))
    print(row("pooled", pooled))
    print("columns: pred = predicted claims; annot = annotated claims scored; align = those "
          "aligned to a predicted claim, J.5 = with content Jaccard >= 0.5; multi = gold "
          "multi-article clusters, reach = with aligned members in 2+ articles, found = 2 of "
          "them from different articles in one predicted cluster, whole = all members aligned "
          "in one predicted cluster; goldxp = gold cross-doc pairs, al-xp = those with both "
          "claims aligned; predxp, tp, P, R, F1 = cross-doc pairs over aligned claims; "
          "neg = hard negatives merged / both aligned / all")
    print("pooled:")
    for line in summary(pooled):
        print(f"  {line}")
    print(f"  hard negatives whose two claims lie in different sub-topic folders (never run "
          f"together, not scored): {across}")
    print("continuation claims included:")
    for topic, res in per_topic_all.items():
        print(row(str(topic), res))
    print(row("pooled", pooled_all))
    print(f"wall time: {wall:.1f}s (corroborate calls {sum(u.seconds for u in units):.1f}s)")

    if args.verbose:
        for u in units:
            print_docs(u, align(u.golds, u.located, u.preds))

    if args.json:
        out = {
            "topics": topics,
            "pooled": pooled.figures(),
            "per_topic": {str(t): r.figures() for t, r in per_topic.items()},
            "per_subtopic": {f"{u.topic}{u.sub}": u.result.figures() for u in units},
            "negatives_across_folders": across,
            "with_continuations": {
                "pooled": pooled_all.figures(),
                "per_topic": {str(t): r.figures() for t, r in per_topic_all.items()},
            },
            "timing": {"wall_s": round(wall, 1),
                       "corroborate_s": round(sum(u.seconds for u in units), 1)},
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
