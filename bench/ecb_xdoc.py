"""Cross-article claim clustering on ECB+: do the matcher's clusters follow the gold links?

ECB+ (EventCorefBank+) holds, per topic, two sub-topics ("seminal events"), each reported by
many web outlets, with gold event coreference across documents. Among the events are the
reporting acts themselves (`ACTION_REPORTING`: "said", "announced", "told"), and their
`CROSS_DOC_COREF` chains say which reporting acts in different articles are the same
statement. That is the closest openly licensed gold for "the same claim reported in several
articles", which is what `corroborate.match` clusters.

What it does, for every test topic (36-45 by default) and each of its two sub-topics
(A: the `<topic>_<n>ecb.xml` files, B: the `<topic>_<n>ecbplus.xml` files):

1. rebuilds each document's text from its tokens (one sentence a line, no space before
   closing punctuation and clitics, none after opening brackets and quotes, hyphens and
   slashes glued; for ECB+ documents sentence 0, the source URL, is put back together as the
   first line) and records the character offsets of every token;
2. writes the sub-topic's texts as `.txt` files into one folder and runs
   `corroborate.api.corroborate([folder])` on it (one call per folder; nothing about the gold
   topic is used beyond the folder);
3. aligns each predicted claim to the gold reporting mention its cue overlaps most (character
   overlap of `claim.cue.spans` with the mention's tokens); claims that overlap none are
   unaligned and left out of the pair scores (they are counted); when several claims align to
   one mention, the best-overlapping (then earliest) one stands for it;
4. scores, over the aligned mentions only, cross-document pairwise precision / recall / F1
   (pairs of aligned mentions in different documents: same predicted cluster vs same gold
   chain) and B-cubed precision / recall / F1 (every aligned mention, its predicted cluster
   and gold chain restricted to the aligned mentions of its sub-topic). Gold chains are the
   `CROSS_DOC_COREF` instances (the relation's `note`) joined with `INTRA_DOC_COREF` groups;
   a reporting mention in neither is a singleton.

It also prints the recall ceiling (the share of all gold cross-document reporting pairs whose
two mentions both got aligned to a claim: recall over all gold pairs cannot exceed it), the
oracle that puts each gold chain in one cluster over the aligned mentions (pair F1 and B-cubed
over all gold mentions), end-to-end pair recall over all gold pairs, how many predicted
multi-article clusters hold no aligned claim, and the wall time. `--misses N` counts the
missed gold pairs by the first of the matcher's checks they fail, and prints N gold pairs the
matcher kept apart and N predicted pairs the gold separates, with the matcher's view of each
pair (speakers, cosine, word containment, contrast); `--clusters` prints the
multi-article clusters and `-v` one line per document. Those printouts quote the corpus and
are never saved.

    PYTHONPATH=src .venv/bin/python bench/ecb_xdoc.py                      # topics 36-45
    PYTHONPATH=src .venv/bin/python bench/ecb_xdoc.py --topics 43 -v --clusters
    PYTHONPATH=src .venv/bin/python bench/ecb_xdoc.py --misses 5 --json bench/out/ecb.json

Figures are deterministic (same inputs, same numbers); only the timings vary. `--workdir DIR`
keeps the rebuilt texts in DIR: put it outside the repository or in the git-ignored
`bench/out/`.

Data and license: ECB+ (`../shared/corpora/ecbplus/ECB+`, or `--ecb DIR`), read at run time;
no ECB+ text is written into the repository. The ECB+ annotation is licensed under Creative
Commons Attribution 3.0 Unported (CC BY 3.0), copyright Agata Cybulska, Piek Vossen and VU
University Amsterdam; the news texts themselves are not copyrighted by the corpus. Citation:
Agata Cybulska and Piek Vossen. 2014. Using a sledgehammer to crack a nut? Lexical diversity
and event coreference resolution. In Proceedings of LREC 2014. ECB, which ECB+ extends: Bejan
and Harabagiu, ACL 2010. Test split (topics 36-45) as in Cybulska and Vossen 2015.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree

if TYPE_CHECKING:  # the heavy imports wait until a run needs them (the tests do not)
    from corroborate.schema import Claim, Report

REPO_ROOT = Path(__file__).resolve().parents[1]
# shared/ sits inside the checkout on some machines and beside it on others.
ECB_CANDIDATES = (
    REPO_ROOT / "shared" / "corpora" / "ecbplus" / "ECB+",
    REPO_ROOT.parent / "shared" / "corpora" / "ecbplus" / "ECB+",
)
TEST_TOPICS = "36-45"
REPORTING = "ACTION_REPORTING"
# `--acts`: score the claims of kind "act" (`corroborate.acts`: "the Commission fined X")
# against the gold chains of the other actions ("ACTION_OCCURRENCE", ...) instead; the acts
# were written on invented stories, not on ECB+, so this is a measure they were not tuned on
ACT_TAGS = frozenset({"ACTION_OCCURRENCE", "ACTION_STATE", "ACTION_ASPECTUAL",
                      "ACTION_CAUSATIVE", "ACTION_GENERIC"})
MENTION_TAGS: frozenset[str] = frozenset({REPORTING})
CLAIM_KINDS: frozenset[str] | None = None  # None: every claim

Span = tuple[int, int]

# ------------------------------------------------------------------ text from tokens
_NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "''", "”", "’", "'", "...", "…"}
)
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "``", "“", "‘", "#"})
_JOINERS = frozenset({"-", "/", "_"})  # glued to both neighbours: "energy-efficient", "2/29"
_CLITICS = frozenset({"s", "t", "re", "ll", "ve", "d", "m"})
_APOSTROPHES = frozenset({"'", "’"})
# Penn Treebank quote tokens as the quotation marks they stand for (the extractor reads “ ”)
_DISPLAY = {"``": "“", "''": "”"}


def _space_before(tok: str, quote_open: bool) -> bool:
    low = tok.lower()
    if tok in _NO_SPACE_BEFORE or tok in _JOINERS or low in ("n't", "n’t"):
        return False
    if tok == '"':
        return not quote_open  # a closing quote sticks to the word before it
    return not (len(tok) > 1 and tok[0] in _APOSTROPHES and tok[1:].lower() in _CLITICS)


def _space_after(tok: str, prev: str | None, nxt: str | None, quote_open: bool) -> bool:
    if tok in _NO_SPACE_AFTER or tok in _JOINERS:
        return False
    if tok == '"':
        return quote_open  # after a closing quote a space, after an opening one none
    if tok in _APOSTROPHES and nxt is not None and nxt.lower() in _CLITICS:
        return False  # "haven ’ t" -> "haven’t", "AMD ’ s" -> "AMD’s"
    if tok == "." and prev is not None and nxt is not None and (
        len(prev) == len(nxt) == 1 and prev.isalpha() and nxt.isalpha()
    ):
        return False  # initials: "U . S ." -> "U.S.", "a . m ." -> "a.m."
    if prev is not None and prev[-1:].isdigit() and nxt is not None:
        if tok == ":" and re.fullmatch(r"\d\d", nxt):
            return False  # a time: "4 : 59" -> "4:59"
        if tok == "," and re.fullmatch(r"\d\d\d", nxt):
            return False  # thousands: "1 , 199" -> "1,199" (not "29 , 2012")
        if tok == "." and nxt[:1].isdigit():
            return False  # a decimal point: "1 . 7GHz" -> "1.7GHz"
    return True


def join_tokens(tokens: Sequence[str]) -> tuple[str, list[Span]]:
    """One sentence's tokens as text with sensible spacing, and each token's span in it.

    Penn Treebank quotes (``, '') are written as the curly quotes they stand for.
    """
    parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    glue = True  # no space before the first token
    quote_open = False
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if not glue and _space_before(tok, quote_open):
            parts.append(" ")
            pos += 1
        shown = _DISPLAY.get(tok, tok)
        parts.append(shown)
        spans.append((pos, pos + len(shown)))
        pos += len(shown)
        glue = not _space_after(tok, prev, nxt, quote_open)
        if tok == '"':
            quote_open = not quote_open
    return "".join(parts), spans


def join_url(tokens: Sequence[str]) -> tuple[str, list[Span]]:
    """The tokenized source URL of an ECB+ document, put back together without spaces."""
    spans: list[Span] = []
    pos = 0
    for tok in tokens:
        spans.append((pos, pos + len(tok)))
        pos += len(tok)
    return "".join(tokens), spans


def _looks_like_url(tokens: Sequence[str]) -> bool:
    return bool(tokens) and (tokens[0].lower() in ("http", "https", "www") or "/" in tokens)


# ------------------------------------------------------------------ documents
@dataclass(frozen=True)
class Mention:
    """A gold ACTION_REPORTING mention: its tokens' character spans and its chain labels."""

    key: str  # "<doc>#<m_id>"
    doc: str
    m_id: str
    spans: tuple[Span, ...]
    sentence: int
    labels: tuple[str, ...]  # CROSS_DOC_COREF notes and doc-qualified INTRA_DOC_COREF groups


@dataclass(frozen=True)
class EcbDoc:
    """One ECB+ document rebuilt as text, with its gold reporting mentions."""

    name: str  # file stem, e.g. "43_1ecbplus"
    text: str
    url: str | None
    token_spans: Mapping[int, Span]  # t_id -> character span in `text`
    token_sentence: Mapping[int, int]  # t_id -> sentence number
    mentions: tuple[Mention, ...]

    def sentence_at(self, offset: int) -> int | None:
        """The sentence number of the token that holds (or starts at) a character offset."""
        for t_id, (s, e) in self.token_spans.items():
            if s <= offset < e:
                return self.token_sentence[t_id]
        return None


def parse_document(xml_text: str, name: str) -> EcbDoc:
    """Rebuild an ECB+ document's text from its tokens and read its reporting mentions.

    Args:
        xml_text: The CAT XML of one document.
        name: Its file stem ("43_1ecbplus"); an ECB+ document ("...ecbplus") has its sentence
            0, the source URL, put back together as the first line.

    Returns:
        The document: text (one sentence a line, ending in a newline), URL, every token's
        span and sentence, and the ACTION_REPORTING mentions with their chain labels.
    """
    root = ElementTree.fromstring(xml_text)
    by_sentence: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for tok in root.iter("token"):
        sentence = int(tok.get("sentence", "0"))
        by_sentence[sentence].append((int(tok.get("t_id", "0")), tok.text or ""))
    lines: list[str] = []
    token_spans: dict[int, Span] = {}
    token_sentence: dict[int, int] = {}
    url: str | None = None
    pos = 0
    for sentence in sorted(by_sentence):
        toks = sorted(by_sentence[sentence])
        words = [t for _i, t in toks]
        if sentence == 0 and name.endswith("ecbplus") and _looks_like_url(words):
            line, spans = join_url(words)
            url = line
        else:
            line, spans = join_tokens(words)
        for (t_id, _t), (s, e) in zip(toks, spans, strict=True):
            token_spans[t_id] = (pos + s, pos + e)
            token_sentence[t_id] = sentence
        lines.append(line)
        pos += len(line) + 1
    text = "\n".join(lines) + "\n"

    labels: dict[str, list[str]] = defaultdict(list)
    relations = root.find("Relations")
    for rel in relations if relations is not None else ():
        sources = [s.get("m_id", "") for s in rel.findall("source")]
        if rel.tag == "CROSS_DOC_COREF":
            label = f"x:{rel.get('note', '')}"
        elif rel.tag == "INTRA_DOC_COREF":
            targets = [t.get("m_id", "") for t in rel.findall("target")]
            label = f"i:{name}:{targets[0] if targets else rel.get('r_id', '')}"
        else:
            continue
        for m_id in sources:
            labels[m_id].append(label)

    mentions: list[Mention] = []
    markables = root.find("Markables")
    for mark in markables if markables is not None else ():
        anchors = [int(a.get("t_id", "0")) for a in mark.findall("token_anchor")]
        if mark.tag not in MENTION_TAGS or not anchors:
            continue
        m_id = mark.get("m_id", "")
        anchor_spans = tuple(sorted(token_spans[t] for t in anchors if t in token_spans))
        if not anchor_spans:
            continue
        mentions.append(Mention(
            key=f"{name}#{m_id}", doc=name, m_id=m_id, spans=anchor_spans,
            sentence=token_sentence[min(anchors)], labels=tuple(sorted(set(labels.get(m_id, ())))),
        ))
    mentions.sort(key=lambda m: (m.spans[0], m.m_id))
    return EcbDoc(name=name, text=text, url=url, token_spans=token_spans,
                  token_sentence=token_sentence, mentions=tuple(mentions))


def gold_chains(mentions: Iterable[Mention]) -> dict[str, str]:
    """Mention key -> gold chain id: mentions sharing any label are one chain (union-find).

    A mention with no label is a chain of its own. The chain id is the smallest label (or the
    mention key), so it does not depend on the order of the mentions.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    items = list(mentions)
    for m in items:
        find(m.key)
        for label in m.labels:
            a, b = find(m.key), find(label)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[str, list[str]] = defaultdict(list)
    for m in items:
        groups[find(m.key)].append(m.key)
    chain: dict[str, str] = {}
    for root, keys in groups.items():
        labels = sorted({lab for m in items if m.key in keys for lab in m.labels})
        cid = labels[0] if labels else root
        for k in keys:
            chain[k] = cid
    return chain


# ------------------------------------------------------------------ scoring
def overlap(a: Sequence[Span], b: Sequence[Span]) -> int:
    """Characters two span lists share."""
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


@dataclass(frozen=True)
class ClaimInfo:
    """What the scorer needs of a predicted claim."""

    id: str
    doc: str
    cue: tuple[Span, ...]
    cluster: str
    spans: tuple[Span, ...] = ()  # source, cue and content together (diagnostics only)


def align(
    claims: Sequence[ClaimInfo], mentions: Sequence[Mention]
) -> tuple[dict[str, str], dict[str, str]]:
    """Align claims to gold reporting mentions by cue overlap.

    Returns:
        (claim id -> mention key) for every claim whose cue overlaps a mention of its
        document (the largest overlap, then the earliest mention), and (mention key -> claim
        id) with, for each aligned mention, the claim that stands for it (the largest overlap,
        then the earliest cue, then the smallest id).
    """
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.doc].append(m)
    claim_to: dict[str, str] = {}
    best: dict[str, tuple[int, Span, str]] = {}
    for c in claims:
        scored = [(overlap(c.cue, m.spans), m) for m in by_doc.get(c.doc, ())]
        scored = [(o, m) for o, m in scored if o > 0]
        if not scored:
            continue
        o, m = min(scored, key=lambda t: (-t[0], t[1].spans[0], t[1].m_id))
        claim_to[c.id] = m.key
        rank = (-o, min(c.cue) if c.cue else (0, 0), c.id)
        if m.key not in best or rank < (-best[m.key][0], best[m.key][1], best[m.key][2]):
            best[m.key] = (o, rank[1], c.id)
    return claim_to, {k: v[2] for k, v in sorted(best.items())}


@dataclass
class PairCounts:
    """Cross-document pairs: predicted together, gold together, and both."""

    both: int = 0
    pred: int = 0
    gold: int = 0

    def __add__(self, other: PairCounts) -> PairCounts:
        return PairCounts(self.both + other.both, self.pred + other.pred, self.gold + other.gold)

    @property
    def precision(self) -> float:
        return self.both / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.both / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


@dataclass
class BCubed:
    """B-cubed sums over items (divide by n for precision and recall)."""

    p_sum: float = 0.0
    r_sum: float = 0.0
    n: int = 0

    def __add__(self, other: BCubed) -> BCubed:
        return BCubed(self.p_sum + other.p_sum, self.r_sum + other.r_sum, self.n + other.n)

    @property
    def precision(self) -> float:
        return self.p_sum / self.n if self.n else 0.0

    @property
    def recall(self) -> float:
        return self.r_sum / self.n if self.n else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def cross_doc_pairs(
    pred: Mapping[str, str], gold: Mapping[str, str], doc_of: Mapping[str, str]
) -> PairCounts:
    """Pairs of items in different documents: same predicted cluster, same gold chain, both.

    Every item of `gold` is counted; an item missing from `pred` is never predicted with any
    other (so recall over items that were not aligned comes out as a miss).
    """
    keys = sorted(gold)
    counts = PairCounts()
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if doc_of[a] == doc_of[b]:
                continue
            same_pred = a in pred and b in pred and pred[a] == pred[b]
            same_gold = gold[a] == gold[b]
            counts.pred += same_pred
            counts.gold += same_gold
            counts.both += same_pred and same_gold
    return counts


def bcubed(pred: Mapping[str, str], gold: Mapping[str, str]) -> BCubed:
    """B-cubed over the items of `gold`; an item missing from `pred` is a singleton."""
    keys = sorted(gold)
    pred_of = {k: pred.get(k, f"#single:{k}") for k in keys}
    pc: dict[str, set[str]] = defaultdict(set)
    gc: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        pc[pred_of[k]].add(k)
        gc[gold[k]].add(k)
    out = BCubed()
    for k in keys:
        p, g = pc[pred_of[k]], gc[gold[k]]
        inter = len(p & g)
        out.p_sum += inter / len(p)
        out.r_sum += inter / len(g)
        out.n += 1
    return out


@dataclass
class UnitResult:
    """Every count of one sub-topic run; results add up field by field for topics and pools."""

    docs: int = 0
    claims: int = 0
    aligned_claims: int = 0  # claims whose cue overlaps a gold reporting mention
    shadowed_claims: int = 0  # ... of which another claim stands for the same mention
    unaligned_claims: int = 0
    unaligned_in_annotated: int = 0  # unaligned claims in a fully annotated sentence
    gold_mentions: int = 0
    aligned_mentions: int = 0
    unaligned_mentions_in_claim: int = 0  # no cue on it, but inside a claim's source/content
    unaligned_mentions_out_of_body: int = 0  # outside the body the ingest kept
    gold_chains_multi_doc: int = 0  # gold chains with mentions in 2+ documents
    gold_chains_reachable: int = 0  # ... with aligned mentions in 2+ documents
    pairs: PairCounts = field(default_factory=PairCounts)  # over aligned mentions
    # ... over aligned mentions that take part in some CROSS_DOC_COREF chain: about half the
    # gold reporting mentions have no coreference label at all, and a singleton can be the
    # same statement as another article's (unannotated), which the main precision counts wrong
    pairs_linked: PairCounts = field(default_factory=PairCounts)
    gold_pairs_all: int = 0  # gold cross-document pairs over all reporting mentions
    b3: BCubed = field(default_factory=BCubed)  # over aligned mentions
    # over all gold mentions, the unaligned ones as predicted singletons
    b3_all: BCubed = field(default_factory=BCubed)
    b3_oracle: BCubed = field(default_factory=BCubed)  # ... if each gold chain were one cluster
    clusters_multi: int = 0  # predicted clusters with claims from 2+ documents
    clusters_multi_unaligned: int = 0  # ... none of whose claims is aligned

    def __add__(self, other: UnitResult) -> UnitResult:
        return UnitResult(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )

    @property
    def ceiling(self) -> float:
        """Share of all gold cross-document pairs whose two mentions are both aligned."""
        return self.pairs.gold / self.gold_pairs_all if self.gold_pairs_all else 0.0

    @property
    def recall_all(self) -> float:
        """Pair recall over all gold cross-document pairs, aligned or not."""
        return self.pairs.both / self.gold_pairs_all if self.gold_pairs_all else 0.0

    def figures(self) -> dict[str, Any]:
        def r4(x: float) -> float:
            return round(x, 4)

        return {
            "docs": self.docs,
            "claims": self.claims,
            "aligned_claims": self.aligned_claims,
            "shadowed_claims": self.shadowed_claims,
            "unaligned_claims": self.unaligned_claims,
            "unaligned_claims_in_annotated_sentences": self.unaligned_in_annotated,
            "gold_reporting_mentions": self.gold_mentions,
            "aligned_mentions": self.aligned_mentions,
            "unaligned_mentions_inside_a_claim": self.unaligned_mentions_in_claim,
            "unaligned_mentions_outside_body": self.unaligned_mentions_out_of_body,
            "gold_chains_multi_doc": self.gold_chains_multi_doc,
            "gold_chains_reachable": self.gold_chains_reachable,
            "pairs": {"tp": self.pairs.both, "predicted": self.pairs.pred, "gold": self.pairs.gold,
                      "precision": r4(self.pairs.precision), "recall": r4(self.pairs.recall),
                      "f1": r4(self.pairs.f1)},
            "pairs_linked_mentions_only": {
                "tp": self.pairs_linked.both, "predicted": self.pairs_linked.pred,
                "gold": self.pairs_linked.gold, "precision": r4(self.pairs_linked.precision),
                "recall": r4(self.pairs_linked.recall), "f1": r4(self.pairs_linked.f1)},
            "bcubed": {"precision": r4(self.b3.precision), "recall": r4(self.b3.recall),
                       "f1": r4(self.b3.f1), "n": self.b3.n},
            "gold_pairs_all": self.gold_pairs_all,
            "recall_ceiling": r4(self.ceiling),
            "oracle_pair_f1_all": r4(_f1(1.0, self.ceiling) if self.pairs.gold else 0.0),
            "recall_all_pairs": r4(self.recall_all),
            "bcubed_all_mentions": {"precision": r4(self.b3_all.precision),
                                    "recall": r4(self.b3_all.recall), "f1": r4(self.b3_all.f1)},
            "bcubed_oracle_all_mentions": {"recall": r4(self.b3_oracle.recall),
                                           "f1": r4(self.b3_oracle.f1)},
            "clusters_multi_doc": self.clusters_multi,
            "clusters_multi_doc_without_aligned_claim": self.clusters_multi_unaligned,
        }


def score_unit(
    docs: Sequence[EcbDoc],
    claims: Sequence[ClaimInfo],
    *,
    annotated: set[tuple[str, int]] | None = None,
    bodies: Mapping[str, Span | None] | None = None,
) -> UnitResult:
    """Score one sub-topic run: its documents and the claims (with clusters) predicted on them.

    Args:
        docs: The sub-topic's documents.
        claims: The predicted claims, each with its cluster id.
        annotated: (document, sentence) pairs fully annotated in ECB+ (for the counts of
            unaligned claims only).
        bodies: document -> the body span the ingest kept (for the counts only).
    """
    mentions = [m for d in docs for m in d.mentions]
    chain = gold_chains(mentions)
    doc_of = {m.key: m.doc for m in mentions}
    claim_to, rep = align(claims, mentions)
    claim_by_id = {c.id: c for c in claims}
    pred = {mk: claim_by_id[cid].cluster for mk, cid in rep.items()}
    gold_aligned = {mk: chain[mk] for mk in rep}
    res = UnitResult(docs=len(docs), claims=len(claims))
    res.aligned_claims = len(claim_to)
    res.shadowed_claims = len(claim_to) - len(rep)
    res.unaligned_claims = len(claims) - len(claim_to)
    if annotated is not None:
        doc_by = {d.name: d for d in docs}
        for c in claims:
            if c.id not in claim_to and c.cue and c.doc in doc_by:
                sentence = doc_by[c.doc].sentence_at(min(c.cue)[0])
                res.unaligned_in_annotated += (c.doc, sentence) in annotated
    res.gold_mentions = len(mentions)
    res.aligned_mentions = len(rep)
    claims_of_doc: dict[str, list[ClaimInfo]] = defaultdict(list)
    for c in claims:
        claims_of_doc[c.doc].append(c)
    for m in mentions:
        if m.key in rep:
            continue
        if any(overlap(c.spans, m.spans) for c in claims_of_doc[m.doc]):
            res.unaligned_mentions_in_claim += 1
        if bodies is not None and m.doc in bodies:
            body = bodies[m.doc]
            if body is None or not overlap([body], m.spans):
                res.unaligned_mentions_out_of_body += 1
    docs_of_chain: dict[str, set[str]] = defaultdict(set)
    aligned_docs_of_chain: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        docs_of_chain[chain[m.key]].add(m.doc)
        if m.key in rep:
            aligned_docs_of_chain[chain[m.key]].add(m.doc)
    res.gold_chains_multi_doc = sum(len(v) > 1 for v in docs_of_chain.values())
    res.gold_chains_reachable = sum(
        len(aligned_docs_of_chain[k]) > 1 for k, v in docs_of_chain.items() if len(v) > 1
    )
    res.pairs = cross_doc_pairs(pred, gold_aligned, doc_of)
    linked = {m.key for m in mentions if any(lab.startswith("x:") for lab in m.labels)}
    res.pairs_linked = cross_doc_pairs(
        pred, {k: v for k, v in gold_aligned.items() if k in linked}, doc_of
    )
    res.gold_pairs_all = cross_doc_pairs({}, chain, doc_of).gold
    res.b3 = bcubed(pred, gold_aligned)
    res.b3_all = bcubed(pred, chain)
    res.b3_oracle = bcubed(gold_aligned, chain)
    aligned_ids = set(claim_to)
    members: dict[str, list[ClaimInfo]] = defaultdict(list)
    for c in claims:
        members[c.cluster].append(c)
    for group in members.values():
        if len({c.doc for c in group}) > 1:
            res.clusters_multi += 1
            res.clusters_multi_unaligned += not any(c.id in aligned_ids for c in group)
    return res


# ------------------------------------------------------------------ corpus and runs
def ecb_root(explicit: Path | None = None) -> Path:
    """The ECB+ XML folder (the one holding the numbered topic folders)."""
    candidates = [explicit] if explicit else list(ECB_CANDIDATES)
    for path in candidates:
        if path is not None and (path / "36").is_dir():
            return path
    raise SystemExit(f"ECB+ not found (looked in {[str(c) for c in candidates]}); use --ecb DIR")


def parse_topics(spec: str) -> list[int]:
    """ "36-45", "43", "36,38-40" -> sorted topic numbers."""
    topics: set[int] = set()
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            lo, hi = part.split("-", 1)
            topics.update(range(int(lo), int(hi) + 1))
        else:
            topics.add(int(part))
    return sorted(topics)


def _doc_number(name: str) -> int:
    match = re.match(r"\d+_(\d+)", name)
    return int(match.group(1)) if match else 0


def subtopics(root: Path, topic: int) -> dict[str, list[Path]]:
    """The sub-topic folders of a topic: "A" the ECB documents, "B" the ECB+ documents."""
    folder = root / str(topic)
    if not folder.is_dir():
        return {}
    files = sorted(folder.glob(f"{topic}_*.xml"), key=lambda p: (_doc_number(p.stem), p.name))
    out = {
        "A": [p for p in files if p.stem.endswith("ecb")],
        "B": [p for p in files if p.stem.endswith("ecbplus")],
    }
    return {k: v for k, v in out.items() if v}


def annotated_sentences(root: Path) -> set[tuple[str, int]]:
    """(document stem, sentence) pairs listed in ECBplus_coreference_sentences.csv."""
    path = root.parent / "ECBplus_coreference_sentences.csv"
    if not path.is_file():
        return set()
    out: set[tuple[str, int]] = set()
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                doc = f"{row['Topic'].strip()}_{row['File'].strip()}"
                out.add((doc, int(row["Sentence Number"])))
            except (KeyError, ValueError):
                continue
    return out


@dataclass
class UnitRun:
    """One sub-topic folder run: its documents, the report, and the claim records."""

    topic: int
    sub: str
    docs: list[EcbDoc]
    report: Report
    infos: list[ClaimInfo]
    seconds: float
    result: UnitResult


def run_unit(
    topic: int, sub: str, paths: Sequence[Path], workdir: Path, annotated: set[tuple[str, int]]
) -> UnitRun:
    """Write one sub-topic's texts to a folder, run corroborate on it, and score the result."""
    from corroborate.api import corroborate

    docs = [parse_document(p.read_text(encoding="utf-8"), p.stem) for p in paths]
    folder = workdir / f"{topic}{sub}"
    folder.mkdir(parents=True, exist_ok=True)
    for d in docs:
        (folder / f"{d.name}.txt").write_text(d.text, encoding="utf-8", newline="")
    start = time.perf_counter()
    report = corroborate([folder])
    seconds = time.perf_counter() - start
    name_of = {doc.doc_id: Path(doc.path).stem for doc in report.documents}
    text_of = {d.name: d.text for d in docs}
    cluster_of = {cid: k.id for k in report.clusters for cid in k.claim_ids}
    infos: list[ClaimInfo] = []
    for c in report.claims:
        if CLAIM_KINDS is not None and c.kind not in CLAIM_KINDS:
            continue
        name = name_of.get(c.doc_id, c.doc_id)
        for s, e in c.cue.spans:
            if name in text_of and text_of[name][s:e] not in c.cue.text:
                print(f"warning: {name}: cue span {s}-{e} does not hold {c.cue.text!r}",
                      file=sys.stderr)
        infos.append(ClaimInfo(
            id=c.id, doc=name, cue=tuple((s, e) for s, e in c.cue.spans),
            cluster=cluster_of.get(c.id, f"#single:{c.id}"),
            spans=tuple((s, e) for s, e in (*c.source.spans, *c.cue.spans, *c.content.spans)),
        ))
    bodies = {name_of.get(doc.doc_id, doc.doc_id): doc.body for doc in report.documents}
    for document in report.documents:
        if document.status != "ok":
            print(f"warning: {document.path}: {document.status} ({document.reason})",
                  file=sys.stderr)
    result = score_unit(docs, infos, annotated=annotated, bodies=bodies)
    return UnitRun(topic, sub, docs, report, infos, seconds, result)


# ------------------------------------------------------------------ printing
HEADER = (
    f"{'topic':<7}{'docs':>5}{'claims':>7}{'align':>6}{'gold-m':>7}{'al-m':>5}"
    f"{'goldxp':>7}{'al-xp':>6}{'ceil':>6}{'predxp':>7}{'tp':>5}{'P':>7}{'R':>7}{'F1':>7}"
    f"{'B3-P':>7}{'B3-R':>7}{'B3-F1':>7}{'multi':>6}{'no-al':>6}"
)


def row(label: str, r: UnitResult) -> str:
    return (
        f"{label:<7}{r.docs:>5}{r.claims:>7}{r.aligned_claims:>6}{r.gold_mentions:>7}"
        f"{r.aligned_mentions:>5}{r.gold_pairs_all:>7}{r.pairs.gold:>6}{r.ceiling:>6.2f}"
        f"{r.pairs.pred:>7}{r.pairs.both:>5}{r.pairs.precision:>7.3f}{r.pairs.recall:>7.3f}"
        f"{r.pairs.f1:>7.3f}{r.b3.precision:>7.3f}{r.b3.recall:>7.3f}{r.b3.f1:>7.3f}"
        f"{r.clusters_multi:>6}{r.clusters_multi_unaligned:>6}"
    )


def summary(r: UnitResult) -> list[str]:
    def pct(a: int, b: int) -> str:
        return f"{a / b:.1%}" if b else "n/a"

    return [
        (f"claims: {r.claims}; aligned to a gold reporting mention {r.aligned_claims} "
         f"({pct(r.aligned_claims, r.claims)}), of which {r.shadowed_claims} share a mention with "
         f"a better-aligned claim; unaligned (ignored in pair scores) {r.unaligned_claims}, of "
         f"which {r.unaligned_in_annotated} in fully annotated sentences"),
        (f"gold reporting mentions: {r.gold_mentions}; aligned {r.aligned_mentions} "
         f"({pct(r.aligned_mentions, r.gold_mentions)}); of the unaligned, "
         f"{r.unaligned_mentions_in_claim} lie inside some claim's source/content (no cue on "
         f"them) and {r.unaligned_mentions_out_of_body} outside the body the ingest kept"),
        (f"cross-document pairs over aligned mentions: predicted {r.pairs.pred}, gold "
         f"{r.pairs.gold}, both {r.pairs.both}: P {r.pairs.precision:.3f} R {r.pairs.recall:.3f} "
         f"F1 {r.pairs.f1:.3f}"),
        (f"... only mentions in some gold cross-doc chain (unlinked singletons left out): "
         f"predicted {r.pairs_linked.pred}, both {r.pairs_linked.both}: P "
         f"{r.pairs_linked.precision:.3f} R {r.pairs_linked.recall:.3f} F1 {r.pairs_linked.f1:.3f}"),
        (f"B-cubed over {r.b3.n} aligned mentions: P {r.b3.precision:.3f} R {r.b3.recall:.3f} "
         f"F1 {r.b3.f1:.3f}"),
        (f"recall ceiling: {r.pairs.gold} of {r.gold_pairs_all} gold cross-document reporting "
         f"pairs have both mentions aligned ({pct(r.pairs.gold, r.gold_pairs_all)}); "
         f"{r.gold_chains_reachable} of {r.gold_chains_multi_doc} multi-document gold chains "
         f"have aligned mentions in 2+ documents"),
        (f"oracle (each gold chain one cluster over the aligned mentions): pair P 1.000 "
         f"R {r.ceiling:.3f} F1 {_f1(1.0, r.ceiling):.3f} over all gold pairs; B-cubed over all "
         f"{r.b3_oracle.n} gold mentions R {r.b3_oracle.recall:.3f} F1 {r.b3_oracle.f1:.3f}"),
        (f"end to end (all gold pairs / mentions): pair R {r.recall_all:.3f}; B-cubed P "
         f"{r.b3_all.precision:.3f} R {r.b3_all.recall:.3f} F1 {r.b3_all.f1:.3f}"),
        (f"predicted multi-article clusters: {r.clusters_multi}, of which "
         f"{r.clusters_multi_unaligned} hold no aligned claim"),
    ]


def _short(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _claim_line(c: Claim, doc: str, mention: str | None, chain: str | None) -> str:
    return (f"    {doc} [{c.speaker or c.source.text}] {c.cue.text!r} -> {_short(c.content.text)}"
            f"  (mention {mention or '-'}, chain {chain or '-'})")


@dataclass(frozen=True)
class PairView:
    """How the matcher's public checks see a pair of claims."""

    compatible: bool
    similarity: float
    containment: float
    same_content: bool
    differences: tuple[str, ...]
    quotes: tuple[int, int]

    @property
    def reason(self) -> str:
        """Why a pair might stay apart, by the first check it fails."""
        if not self.compatible:
            return ("speakers incompatible, contents judged the same" if self.same_content
                    and not self.differences else "speakers incompatible, contents differ")
        if self.differences:
            return "contrast (" + ",".join(self.differences) + ")"
        if not self.same_content:
            return "contents not similar enough"
        return "compatible and similar, still apart (clustering veto or no candidate)"


def pair_view(a: Claim, b: Claim) -> PairView:
    from corroborate.match import containment, judge_pair, quoted_parts, speakers_compatible

    judged = judge_pair(a.content.text, b.content.text, stance_a=a.stance, stance_b=b.stance)
    return PairView(
        compatible=speakers_compatible(a, b, {}),
        similarity=judged.similarity,
        containment=containment(a.content.text, b.content.text),
        same_content=judged.same,
        differences=tuple(judged.differences),
        quotes=(len(quoted_parts(a)), len(quoted_parts(b))),
    )


def _pair_view(a: Claim, b: Claim) -> str:
    """How the matcher sees a pair: speakers, cosine, containment, contrast, quotes."""
    v = pair_view(a, b)
    parts = [
        (f"speakers {'compatible' if v.compatible else 'INCOMPATIBLE'} "
         f"({a.speaker or '-'} / {b.speaker or '-'})"),
        f"cos {v.similarity:.2f}",
        f"containment {v.containment:.2f}",
        f"same content by judge_pair: {v.same_content}",
    ]
    if v.differences:
        parts.append(f"contrast {','.join(v.differences)}")
    if any(v.quotes):
        parts.append(f"quoted parts {v.quotes[0]}/{v.quotes[1]}")
    return "; ".join(parts)


def _spread(items: Sequence[Any], n: int) -> list[Any]:
    if n <= 0 or not items:
        return []
    if len(items) <= n:
        return list(items)
    return [items[round(i * (len(items) - 1) / (n - 1))] if n > 1 else items[0] for i in range(n)]


def cross_unit_pairs(runs: Sequence[UnitRun]) -> int:
    """Gold reporting pairs whose mentions sit in different sub-topic folders (never scored)."""
    tagged = [(f"{r.topic}{r.sub}", m) for r in runs for d in r.docs for m in d.mentions]
    chain = gold_chains(m for _u, m in tagged)
    count = 0
    for i, (u1, m1) in enumerate(tagged):
        for u2, m2 in tagged[i + 1 :]:
            count += u1 != u2 and chain[m1.key] == chain[m2.key]
    return count


def print_pairs(runs: Sequence[UnitRun], n: int) -> None:
    """N missed gold pairs and N false pairs, spread over the list, with the matcher's view."""
    missed: list[tuple[UnitRun, str, str]] = []
    wrong: list[tuple[UnitRun, str, str]] = []
    for run in runs:
        mentions = [m for d in run.docs for m in d.mentions]
        chain = gold_chains(mentions)
        _claim_to, rep = align(run.infos, mentions)
        by_id = {c.id: c for c in run.infos}
        doc_of = {m.key: m.doc for m in mentions}
        keys = sorted(rep)
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if doc_of[a] == doc_of[b]:
                    continue
                same_pred = by_id[rep[a]].cluster == by_id[rep[b]].cluster
                same_gold = chain[a] == chain[b]
                if same_gold and not same_pred:
                    missed.append((run, a, b))
                elif same_pred and not same_gold:
                    wrong.append((run, a, b))
    tally: dict[str, int] = defaultdict(int)
    for run, a, b in missed:
        claims = {c.id: c for c in run.report.claims}
        _c, rep = align(run.infos, [m for d in run.docs for m in d.mentions])
        tally[pair_view(claims[rep[a]], claims[rep[b]]).reason] += 1
    print(f"\nmissed gold pairs by the first check they fail ({len(missed)}):")
    for reason, count in sorted(tally.items(), key=lambda t: (-t[1], t[0])):
        print(f"  {count:>4}  {reason}")
    for title, items in (("missed gold pairs (same gold chain, different clusters)", missed),
                         ("false pairs (same cluster, different gold chains)", wrong)):
        print(f"\n{title}: {len(items)}; {min(n, len(items))} shown")
        for run, a, b in _spread(items, n):
            by_key = {m.key: m for d in run.docs for m in d.mentions}
            chain = gold_chains(by_key.values())
            _c, rep = align(run.infos, list(by_key.values()))
            claims = {c.id: c for c in run.report.claims}
            ca, cb = claims[rep[a]], claims[rep[b]]
            print(f"  topic {run.topic}{run.sub}:")
            print(_claim_line(ca, by_key[a].doc, a, chain[a]))
            print(_claim_line(cb, by_key[b].doc, b, chain[b]))
            print(f"    matcher: {_pair_view(ca, cb)}")


def print_unaligned(runs: Sequence[UnitRun], n: int) -> None:
    """N gold reporting mentions of multi-document chains that no claim's cue covers."""
    items: list[tuple[UnitRun, EcbDoc, Mention]] = []
    for run in runs:
        mentions = [m for d in run.docs for m in d.mentions]
        chain = gold_chains(mentions)
        _c, rep = align(run.infos, mentions)
        docs_of: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            docs_of[chain[m.key]].add(m.doc)
        for d in run.docs:
            items.extend((run, d, m) for m in d.mentions
                         if m.key not in rep and len(docs_of[chain[m.key]]) > 1)
    print(f"\nunaligned gold mentions of multi-document chains: {len(items)}; "
          f"{min(n, len(items))} shown")
    for run, d, m in _spread(items, n):
        s, e = m.spans[0][0], m.spans[-1][1]
        start = d.text.rfind("\n", 0, s) + 1
        end = d.text.find("\n", e)
        line = d.text[start:end]
        marked = f"{line[: s - start]}[[{line[s - start : e - start]}]]{line[e - start :]}"
        near = [c for c in run.infos if c.doc == d.name and overlap(c.spans, [(start, end)])]
        cues = ", ".join(sorted({d.text[a:b] for c in near for a, b in c.cue})) or "none"
        body = next(
            (doc.body for doc in run.report.documents if Path(doc.path).stem == d.name), None
        )
        inside = body is not None and overlap([body], m.spans)
        where = "in the body" if inside else "OUTSIDE the body"
        print(f"  {m.key}: {_short(marked, 220)}\n    {where}; claim cues in this line: {cues}")


def print_clusters(run: UnitRun) -> None:
    mentions = [m for d in run.docs for m in d.mentions]
    chain = gold_chains(mentions)
    claim_to, _rep = align(run.infos, mentions)
    name_of = {doc.doc_id: Path(doc.path).stem for doc in run.report.documents}
    claims = {c.id: c for c in run.report.claims}
    print(f"\nmulti-article clusters, topic {run.topic}{run.sub}:")
    for k in run.report.clusters:
        if len(k.doc_ids) < 2:
            continue
        print(f"  {k.id} speaker={k.speaker!r} docs={len(k.doc_ids)} "
              f"independent={k.independent_sources}"
              f" gist={_short(k.gist, 90)!r}")
        for cid in k.claim_ids:
            mk = claim_to.get(cid)
            print(_claim_line(claims[cid], name_of.get(claims[cid].doc_id, claims[cid].doc_id), mk,
                              chain.get(mk) if mk else None))


def print_docs(run: UnitRun) -> None:
    mentions = [m for d in run.docs for m in d.mentions]
    claim_to, rep = align(run.infos, mentions)
    multi = {k.id for k in run.report.clusters if len(k.doc_ids) > 1}
    print(f"\ndocuments, topic {run.topic}{run.sub}:")
    for d in run.docs:
        mine = [c for c in run.infos if c.doc == d.name]
        n_aligned = sum(c.id in claim_to for c in mine)
        print(f"  {d.name:<14} claims {len(mine):>3} aligned {n_aligned:>3}"
              f" gold-m {len(d.mentions):>3} al-m {sum(m.key in rep for m in d.mentions):>3}"
              f" in-multi {sum(c.cluster in multi for c in mine):>3}  {d.url or ''}")


# ------------------------------------------------------------------ main
def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--topics", default=TEST_TOPICS, help="e.g. 36-45 (default), 43, 36,40-42")
    parser.add_argument("--ecb", type=Path, default=None, help="the ECB+ XML folder")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="write the rebuilt texts here (kept) instead of a temporary folder")
    parser.add_argument("--json", type=Path, default=None, help="write the figures to this file")
    parser.add_argument("--misses", type=int, default=0,
                        help="print N missed gold pairs and N false pairs (quotes the corpus)")
    parser.add_argument("--clusters", action="store_true", help="print the multi-article clusters")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per document")
    parser.add_argument("--acts", action="store_true",
                        help="score acts reported as fact against the gold action chains")
    args = parser.parse_args(argv)
    if args.acts:
        global MENTION_TAGS, CLAIM_KINDS
        MENTION_TAGS, CLAIM_KINDS = ACT_TAGS, frozenset({"act"})

    root = ecb_root(args.ecb)
    topics = parse_topics(args.topics)
    annotated = annotated_sentences(root)
    start = time.perf_counter()
    runs: list[UnitRun] = []
    with tempfile.TemporaryDirectory(prefix="ecb_xdoc_") as tmp:
        workdir = args.workdir or Path(tmp)
        for topic in topics:
            for sub, paths in subtopics(root, topic).items():
                runs.append(run_unit(topic, sub, paths, workdir, annotated))
                print(f"  ran {topic}{sub}: {len(paths)} documents in {runs[-1].seconds:.1f}s",
                      file=sys.stderr)
    wall = time.perf_counter() - start
    if not runs:
        raise SystemExit(f"no ECB+ documents for topics {args.topics} in {root}")

    per_topic: dict[int, UnitResult] = {}
    for run in runs:
        per_topic[run.topic] = per_topic.get(run.topic, UnitResult()) + run.result
    pooled = sum((r.result for r in runs), UnitResult())
    n_docs = sum(len(r.docs) for r in runs)
    print(f"ECB+ cross-article claim clustering: topics {args.topics} ({len(runs)} sub-topic "
          f"folders, {n_docs} documents; one corroborate() call per folder)")
    print(HEADER)
    for topic, res in per_topic.items():
        print(row(str(topic), res))
    print(row("pooled", pooled))
    print("columns: align = claims aligned to a gold reporting mention; gold-m / al-m = gold "
          "reporting mentions / aligned; goldxp = gold cross-doc pairs, al-xp = those with both "
          "mentions aligned, ceil = al-xp/goldxp; predxp, tp, P, R, F1 = cross-doc pairs over "
          "aligned mentions; multi = predicted multi-article clusters, no-al = those without an "
          "aligned claim")
    print("pooled:")
    for line in summary(pooled):
        print(f"  {line}")
    across = cross_unit_pairs(runs)
    print(f"  gold reporting pairs across sub-topic folders (not scored: one run per folder): "
          f"{across}")
    print(f"wall time: {wall:.1f}s (corroborate calls {sum(r.seconds for r in runs):.1f}s)")

    for run in runs:
        if args.verbose:
            print_docs(run)
        if args.clusters:
            print_clusters(run)
    if args.misses:
        print_pairs(runs, args.misses)
        print_unaligned(runs, args.misses)

    if args.json:
        out = {
            "topics": args.topics,
            "pooled": pooled.figures(),
            "gold_pairs_across_folders": across,
            "per_topic": {str(t): r.figures() for t, r in per_topic.items()},
            "per_subtopic": {f"{r.topic}{r.sub}": r.result.figures() for r in runs},
            "timing": {"wall_s": round(wall, 1),
                       "corroborate_s": round(sum(r.seconds for r in runs), 1)},
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
