"""Speaker canonicalisation across articles, claim similarity, contrast and clustering.

Works on `Claim`s only, never on spaCy Docs. A pair of claims is the same claim when

1. their speakers are compatible: one canonical person across spelling variants (Shoigu /
   Shoygu, Kim Jong Un / Kim Jong-un), an office and its spokesperson ("the White House" and
   "White House spokesman John Kirby"), or one upstream report (`via`);
2. their contents are similar: the best cosine of the offline sentence embeddings of the
   contents and of their quoted parts, or a high word overlap;
3. nothing contrasts them: no difference in polarity, numbers, dates, modality or entities
   (`corroborate.contrast`), and no opposite stance (a denial never merges with an
   assertion). Contrasted near-matches are linked as `related` with the difference named.

Clustering is agglomerative over the accepted pairs, best pair first, and refuses a merge
that would put a contrasted pair in one cluster, so chains cannot smuggle a distortion in.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

from corroborate.contrast import differences as contrast_differences
from corroborate.contrast import levenshtein
from corroborate.schema import Claim, ClaimCluster, Relation, Variant, hash_record


@dataclass(frozen=True)
class MatchConfig:
    """Every threshold the matcher uses, in one place.

    The similarity thresholds were set on the labelled contrast set's paraphrase and
    same-topic pairs and on the seeds (see bench/contrast.py); the README gives the figures.
    """

    # Thresholds set on the contrast set (tests/data/contrast_pairs.jsonl) and the seeds with
    # the bundled embedder. Whole contents must reach `similarity`, or
    # `similarity_with_overlap` together with `overlap` word containment; quoted parts, the
    # speaker's own words, need `quote_similarity`. The margin is thin: the hardest
    # contrast-set paraphrases score 0.64, the worst same-speaker different claim in the
    # seeds (Kirby's letters / "pay a price") 0.624; 0.60 merges that one, 0.65 loses two
    # paraphrases (bench/contrast.py prints the figures).
    similarity: float = 0.63
    similarity_with_overlap: float = 0.55
    overlap: float = 0.5
    quote_similarity: float = 0.60
    # claims traced to one upstream report (same `via`) that share a date or number anchor
    # need only this much: outlets retelling one report reword it freely
    same_upstream: float = 0.25
    # modal words are compared only between close rewordings (content-word containment at
    # least this): across free paraphrases a subordinate clause's modal is not the claim's
    modality_containment: float = 0.5
    # word-overlap (containment of content words) that also counts as the same wording
    lexical: float = 0.6
    # pairs below this cosine, with no quoted words and no shared upstream, are not judged:
    # they cannot reach any rule above except word containment, which they practically never
    # do; it keeps the per-pair Python work off the bulk of candidates at scale
    prefilter: float = 0.45
    # candidate generation: neighbours per claim and the least cosine worth judging
    # (15, not 30: at 25,000 claims it halves the pairs judged, 30 s -> 21 s, and the
    # speaker and upstream blocks still bring every same-source pair into view)
    neighbours: int = 15
    min_candidate: float = 0.2
    # near-matches kept apart only by a contrast are reported as related above this cosine
    related: float = 0.6


DEFAULT_CONFIG = MatchConfig()

Encoder = Callable[[Sequence[str]], npt.NDArray[np.float32]]


# ------------------------------------------------------------------ speakers
@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A spelling-insensitive key: no accents, hyphens or case ("Kim Jong-un" -> "kim jong un")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[‐‑‒–—\-]", " ", text.lower())
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _edit(a: str, b: str) -> int:
    # only "close or not" matters here: skip the table for clearly different lengths
    return 3 if abs(len(a) - len(b)) > 2 else levenshtein(a, b)


def _same_person(a: str, b: str) -> bool:
    """Transliteration variants: Sergey Shoygu / Sergei Shoigu, Kim Jong Un / Kim Jong-un."""
    ta, tb = a.split(), b.split()
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    la, lb = ta[-1], tb[-1]
    if la != lb and not (min(len(la), len(lb)) >= 5 and _edit(la, lb) <= 1):
        return False
    # first names: absent on one side, or close ("Sergey"/"Sergei", "Jong"/"Jong")
    fa, fb = ta[:-1], tb[:-1]
    if not fa or not fb:
        return True
    return all(
        any(x == y or (len(x) >= 4 and _edit(x, y) <= 1) for y in fb) for x in fa
    ) or all(any(x == y or (len(x) >= 4 and _edit(x, y) <= 1) for y in fa) for x in fb)


def canonical_speakers(claims: Sequence[Claim]) -> dict[str, str]:
    """Map every speaker name in the claims to one canonical spelling across articles.

    Person names that are spelling variants of one another join; the canonical form is the
    fullest, then most frequent, then alphabetically first spelling.
    """
    counts = Counter(c.speaker for c in claims if c.speaker)
    kinds = {c.speaker: c.speaker_kind for c in claims if c.speaker}
    names = sorted(counts, key=lambda n: (-len(name_key(n).split()), -counts[n], n))
    canon: dict[str, str] = {}
    reps: list[str] = []
    for name in names:
        key = name_key(name)
        match = None
        for rep in reps:
            rkey = name_key(rep)
            if key == rkey or (
                kinds.get(name) == "person" == kinds.get(rep) and _same_person(key, rkey)
            ):
                match = rep
                break
        if match is None:
            reps.append(name)
            match = name
        canon[name] = match
    return canon


def speakers_compatible(a: Claim, b: Claim, canon: dict[str, str]) -> bool:
    return _compatible(a.speaker, b.speaker, a.via, b.via, a.source.text, b.source.text,
                       a.speaker_kind, b.speaker_kind, canon.get(a.speaker or "", a.speaker),
                       canon.get(b.speaker or "", b.speaker))


@lru_cache(maxsize=262144)
def _compatible(
    speaker_a: str | None, speaker_b: str | None, via_a: str | None, via_b: str | None,
    source_a: str, source_b: str, kind_a: str, kind_b: str, sa: str | None, sb: str | None,
) -> bool:
    """Whether two claims can come from one source (or one upstream report)."""
    if sa and sb and sa == sb:
        return True
    if via_a and via_b and via_a == via_b:
        return True
    if (via_a and via_a == sb) or (via_b and via_b == sa):
        return True
    # an office and its spokesperson: "the White House" / "White House spokesman John Kirby"
    for source, kind, other in ((source_a, kind_a, sb), (source_b, kind_b, sa)):
        if other and len(other) > 3 and name_key(other) in name_key(source) and kind in (
            "person", "government", "organization"
        ):
            return True
    # an unnamed source can stand with anyone saying the same words; contrast still applies
    return not sa or not sb


def _origin(claim: Claim, outlets: dict[str, str | None], wires: dict[str, str] | None = None) -> str:
    """The report a claim traces back to: its `via`, else the wire agency the article
    credits, else the article's outlet, else the article itself."""
    if claim.via:
        return claim.via
    if wires and claim.doc_id in wires:
        return wires[claim.doc_id]
    outlet = outlets.get(claim.doc_id)
    return outlet if outlet else f"doc:{claim.doc_id}"


# ------------------------------------------------------------------ similarity
_WORD_RE = re.compile(r"[\w’']+")
_STOP = frozenset(
    """a an the and or of to in on at by for with from that this these those is are was were be
    been being it its as which who will would has have had not no their his her they he she we
    our us there said says""".split()
)


@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """Lowercased content words, for the lexical overlap check."""
    return frozenset({w for w in (m.group(0).lower().strip("’'") for m in _WORD_RE.finditer(text))
            if w and w not in _STOP})


def containment(a: str, b: str) -> float:
    """Share of the shorter text's content words found in the longer one."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


_QUOTE_STRIP = "\"“”‘’'«» ,.;:"


def quoted_parts(claim: Claim) -> list[str]:
    """The words a claim puts in quotation marks, without the marks."""
    parts: list[str] = []
    content = claim.content
    if not claim.quoted:
        return parts
    base = content.spans[0][0] if content.spans else 0
    joined = content.text
    for qs, qe in claim.quoted:
        # content.text joins the spans with one space; map a quote inside the first span
        if content.spans and content.spans[0][0] <= qs and qe <= content.spans[0][1]:
            parts.append(joined[qs - base : qe - base].strip(_QUOTE_STRIP))
        else:
            offset = 0
            for s, e in content.spans:
                if s <= qs and qe <= e:
                    parts.append(joined[offset + qs - s : offset + qe - s].strip(_QUOTE_STRIP))
                    break
                offset += (e - s) + 1
    return [p for p in parts if p]


@dataclass(frozen=True)
class PairJudgement:
    """Whether two claim contents state the same claim, how similar they are, and why not."""

    same: bool
    similarity: float
    differences: list[str]


def judge_pair(
    a: str,
    b: str,
    *,
    speaker_a: str | None = None,
    speaker_b: str | None = None,
    stance_a: str = "asserts",
    stance_b: str = "asserts",
    config: MatchConfig = DEFAULT_CONFIG,
    encode: Encoder | None = None,
) -> PairJudgement:
    """Judge two claim contents on their own (the benchmark's and the library's entry point).

    Args:
        a: One claim's content.
        b: The other claim's content.
        speaker_a: Canonical speaker of `a`, if known.
        speaker_b: Canonical speaker of `b`, if known.
        stance_a: Stance of `a` ("asserts", "denies", "declines", "questions").
        stance_b: Stance of `b`.
        config: Thresholds.
        encode: Sentence encoder; the bundled embedder by default.

    Returns:
        The judgement.
    """
    if encode is None:
        from corroborate.embed import load_embedder

        encode = load_embedder().encode
    vec = encode([a, b])
    sim = float(np.dot(vec[0], vec[1]))
    diffs = _differences(a, b, stance_a, stance_b, config)
    speakers_ok = True
    if speaker_a and speaker_b:
        ka, kb = name_key(speaker_a), name_key(speaker_b)
        speakers_ok = ka == kb or _same_person(ka, kb) or ka in kb or kb in ka
    similar = _similar(sim, None, containment(a, b), config)
    return PairJudgement(same=similar and speakers_ok and not diffs, similarity=sim,
                         differences=diffs)


_ANCHOR_RE = re.compile(
    r"\b(?:(?:next|last|this|later this|earlier this)\s+(?:week|month|year)|today|tomorrow|yesterday|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"june|july|august|september|october|november|december|\d[\d,.]*)\b",
    re.IGNORECASE,
)


def anchors(text: str) -> set[str]:
    """Dates and numbers in a text, lowercased: what two retellings of one report share."""
    return {re.sub(r"\s+", " ", m.group(0).lower()) for m in _ANCHOR_RE.finditer(text)}


def _similar(sim: float, quote_sim: float | None, lex: float, config: MatchConfig) -> bool:
    """The similarity rule of `MatchConfig`, in one place."""
    return (
        sim >= config.similarity
        or (sim >= config.similarity_with_overlap and lex >= config.overlap)
        or lex >= config.lexical
        or (quote_sim is not None and quote_sim >= config.quote_similarity)
    )


def _differences(
    a: str, b: str, stance_a: str, stance_b: str, config: MatchConfig = DEFAULT_CONFIG
) -> list[str]:
    diffs = list(contrast_differences(a, b))
    if "modality" in diffs and containment(a, b) < config.modality_containment:
        diffs.remove("modality")
    if stance_a != stance_b:
        diffs.append("stance")
    return sorted(diffs)


# ------------------------------------------------------------------ clustering
class _Clusters:
    """Union-find with a veto: two groups never join if a contrasted pair spans them, if
    they share an article, or if they hold named speakers who cannot be one source.

    Each group keeps its articles, its members as a set, and one representative claim per
    distinct speaker signature, so a veto costs the size of the smaller group, not the
    product of both (clusters at scale hold hundreds of claims).
    """

    def __init__(self, claims: Sequence[Claim], contrasted: dict[int, set[int]],
                 compatible: Callable[[int, int], bool]) -> None:
        n = len(claims)
        self.parent = list(range(n))
        self.members: dict[int, set[int]] = {i: {i} for i in range(n)}
        self.docs: dict[int, set[str]] = {i: {claims[i].doc_id} for i in range(n)}
        self.signs: dict[int, dict[tuple[str | None, ...], int]] = {
            i: ({(c.speaker, c.via, c.source.text, c.speaker_kind): i} if c.speaker else {})
            for i, c in enumerate(claims)
        }
        self.contrasted = contrasted
        self.compatible = compatible

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        if self.docs[ri] & self.docs[rj]:
            return False
        small, big = (ri, rj) if len(self.members[ri]) <= len(self.members[rj]) else (rj, ri)
        other = self.members[big]
        if any(self.contrasted.get(x, set()) & other for x in self.members[small]):
            return False
        if any(not self.compatible(x, y) for x in self.signs[ri].values()
               for y in self.signs[rj].values()):
            return False
        keep, gone = min(ri, rj), max(ri, rj)
        self.parent[gone] = keep
        self.members[keep] |= self.members.pop(gone)
        self.docs[keep] |= self.docs.pop(gone)
        merged = self.signs.pop(gone)
        for sig, idx in merged.items():
            self.signs[keep].setdefault(sig, idx)
        return True


def cluster_claims(
    claims: Sequence[Claim],
    *,
    outlets: dict[str, str | None] | None = None,
    wires: dict[str, str] | None = None,
    config: MatchConfig = DEFAULT_CONFIG,
    encode: Encoder | None = None,
) -> tuple[list[ClaimCluster], dict[str, str]]:
    """Group claims that state the same proposition from compatible sources.

    Args:
        claims: Claims from any number of articles.
        outlets: doc_id -> outlet name (None where unknown), for origins and outlets.
        wires: doc_id -> the wire agency an article credits, an origin for claims with no via.
        config: Thresholds.
        encode: Sentence encoder; the bundled embedder by default.

    Returns:
        The clusters (every claim in exactly one), sorted with the best-corroborated first,
        and the canonical speaker for every speaker name.
    """
    outlets = outlets or {}
    claims = sorted(claims, key=lambda c: (c.doc_id, c.content.spans[0] if c.content.spans else (0, 0), c.id))
    n = len(claims)
    canon = canonical_speakers(claims)
    if n == 0:
        return [], canon
    if encode is None:
        from corroborate.embed import load_embedder

        encode = load_embedder().encode
    contents = [c.content.text for c in claims]
    quotes = [quoted_parts(c) for c in claims]
    vec = encode(contents)
    flat_quotes = [q for qs in quotes for q in qs]
    qvec = encode(flat_quotes) if flat_quotes else np.zeros((0, vec.shape[1]), dtype=np.float32)
    qindex: list[list[int]] = []
    k = 0
    for qs in quotes:
        qindex.append(list(range(k, k + len(qs))))
        k += len(qs)

    pairs = _candidates(vec, claims, canon, config)
    accepted: list[tuple[float, int, int]] = []
    contrasted: set[tuple[int, int]] = set()
    related: dict[int, list[tuple[int, list[str]]]] = defaultdict(list)
    for i, j, sim in pairs:
        a, b = claims[i], claims[j]
        if sim < config.prefilter and not qindex[i] and not qindex[j] and (
            a.via is None or a.via != b.via
        ):
            continue  # far apart, no quotes to compare and no shared upstream: skip cheaply
        if a.doc_id == b.doc_id and a.content.spans == b.content.spans:
            continue
        if not speakers_compatible(a, b, canon):
            continue
        quote_best = -1.0
        for qi in qindex[i]:
            quote_best = max(quote_best, float(np.dot(qvec[qi], vec[j])))
            for qj in qindex[j]:
                quote_best = max(quote_best, float(np.dot(qvec[qi], qvec[qj])))
        for qj in qindex[j]:
            quote_best = max(quote_best, float(np.dot(vec[i], qvec[qj])))
        best = max(sim, quote_best)
        lex = containment(a.content.text, b.content.text)
        similar = _similar(sim, quote_best, lex, config) or (
            a.via is not None and a.via == b.via and best >= config.same_upstream
            and bool(anchors(a.content.text) & anchors(b.content.text))
        )
        if not similar and best < config.related:
            continue
        diffs = _differences(a.content.text, b.content.text, a.stance, b.stance, config)
        if diffs:
            contrasted.add((i, j))
            if best >= config.related or lex >= config.lexical:
                related[i].append((j, diffs))
                related[j].append((i, diffs))
            continue
        if similar and a.doc_id != b.doc_id:
            accepted.append((max(best, lex), i, j))

    adjacency: dict[int, set[int]] = defaultdict(set)
    for x, y in contrasted:
        adjacency[x].add(y)
        adjacency[y].add(x)
    groups = _Clusters(
        claims, adjacency, lambda x, y: speakers_compatible(claims[x], claims[y], canon)
    )
    for _score, i, j in sorted(accepted, key=lambda t: (-t[0], t[1], t[2])):
        groups.union(i, j)

    roots: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        roots[groups.find(i)].append(i)
    clusters = [
        _make_cluster([claims[i] for i in members], members, vec, canon, outlets, wires or {})
        for members in roots.values()
    ]
    cluster_of = {cid: cl.id for cl in clusters for cid in cl.claim_ids}
    index_of = {c.id: i for i, c in enumerate(claims)}
    final = []
    for cl in clusters:
        rel: dict[str, set[str]] = defaultdict(set)
        for cid in cl.claim_ids:
            i = index_of[cid]
            for j, diffs in related.get(i, []):
                other = cluster_of[claims[j].id]
                if other != cl.id:
                    rel[other].update(diffs)
        relations = [Relation(cluster_id=k, differences=sorted(v)) for k, v in sorted(rel.items())]
        final.append(cl.model_copy(update={"related": relations}))
    final.sort(key=lambda c: (-c.independent_sources, -len(c.doc_ids), -len(c.claim_ids), c.id))
    return final, canon


def _candidates(
    vec: npt.NDArray[np.float32], claims: Sequence[Claim], canon: dict[str, str],
    config: MatchConfig,
) -> list[tuple[int, int, float]]:
    """Candidate pairs: nearest neighbours overall, within one speaker, and within one upstream.

    In a story every claim is on one topic, so a claim's global neighbours can crowd out the
    one retelling that matters; blocking by speaker and by `via` keeps those pairs in view.
    """
    from corroborate.index import candidate_pairs

    k, low = config.neighbours, config.min_candidate
    found: dict[tuple[int, int], float] = {}
    speaker_keys = [name_key(canon.get(c.speaker, c.speaker)) if c.speaker else f"#{i}"
                    for i, c in enumerate(claims)]
    via_keys = [c.via if c.via else f"#{i}" for i, c in enumerate(claims)]
    for blocks in (None, speaker_keys, via_keys):
        for i, j, sim in candidate_pairs(vec, k=k, min_similarity=low, blocks=blocks):
            found[(i, j)] = sim
    return [(i, j, sim) for (i, j), sim in sorted(found.items())]


def _make_cluster(
    members: Sequence[Claim],
    idx: Sequence[int],
    vec: npt.NDArray[np.float32],
    canon: dict[str, str],
    outlets: dict[str, str | None],
    wires: dict[str, str],
) -> ClaimCluster:
    pos = {c.id: i for c, i in zip(members, idx)}
    members = sorted(members, key=lambda c: c.id)
    claim_ids = [c.id for c in members]
    doc_ids = sorted({c.doc_id for c in members})
    kinds_rank = {"person": 0, "government": 1, "organization": 2, "media": 3, "collective": 4,
                  "unknown": 5}
    speakers = Counter(
        (kinds_rank[c.speaker_kind], canon.get(c.speaker, c.speaker)) for c in members if c.speaker
    )
    speaker = min(speakers, key=lambda s: (s[0], -speakers[s], s[1]))[1] if speakers else None
    # the gist: the member closest to all others (medoid), ties to the surer, then the id
    sub = vec[[pos[c.id] for c in members]]
    centrality = (sub @ sub.T).sum(axis=1)
    gist_claim = min(
        zip(centrality.tolist(), members),
        key=lambda t: (-round(t[0], 5), -t[1].confidence, t[1].id),
    )[1]
    asserting = [c for c in members if c.stance == "asserts"]
    origins = sorted({_origin(c, outlets, wires) for c in asserting})
    vias = {c.via for c in members}
    upstream = next(iter(vias)) if len(vias) == 1 and None not in vias else None
    outlet_names = sorted({o for c in members if (o := outlets.get(c.doc_id))})
    variants = _variants(members)
    record: dict[str, Any] = {"claims": claim_ids}
    return ClaimCluster(
        id=hash_record("k", record),
        speaker=speaker,
        gist=gist_claim.content.text,
        claim_ids=claim_ids,
        doc_ids=doc_ids,
        outlets=outlet_names,
        independent_sources=len(origins),
        single_sourced=len(origins) <= 1,
        upstream=upstream,
        origins=origins,
        variants=variants,
        stances=sorted({c.stance for c in members}),
    )


def _variants(members: Sequence[Claim]) -> list[Variant]:
    """Wordings of a quoted statement that differ between articles, with who carries each."""
    quoted = [(c, quoted_parts(c)) for c in members]
    quoted = [(c, q) for c, q in quoted if q]
    if len({c.doc_id for c, _ in quoted}) < 2:
        return []
    by_text: dict[str, list[Claim]] = defaultdict(list)
    for c, parts in quoted:
        by_text[" … ".join(parts)].append(c)
    keys = {re.sub(r"\W+", " ", t.lower()).strip() for t in by_text}
    if len(keys) < 2:
        return []
    return [
        Variant(text=t, claim_ids=sorted(c.id for c in cs), doc_ids=sorted({c.doc_id for c in cs}))
        for t, cs in sorted(by_text.items())
    ]
