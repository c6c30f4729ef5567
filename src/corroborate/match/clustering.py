"""Clustering claims across articles, in named steps: candidate pairs the sources allow, the
pair judge's verdicts within its budget, a decision per pair (accepted, contrasted, related),
agglomerative linking, and the clusters built from the groups."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import numpy.typing as npt

from corroborate.contrast import changed_count, clear_caches
from corroborate.contrast.roles import parsed_ahead
from corroborate.lexicon.match import PLACEHOLDER_WORDS, STATE_BODY_WORDS
from corroborate.match.building import make_cluster, with_relations
from corroborate.match.canon import canonical_speakers
from corroborate.match.config import DEFAULT_CONFIG, Encoder, Judge, MatchConfig
from corroborate.match.linkage import Clusters
from corroborate.match.pairs import (
    HARD_DIFFERENCES,
    decide,
    judge_threshold,
    one_wording,
    rule_differences,
    speech_act,
)
from corroborate.match.similarity import (
    containment,
    content_words,
    propositions,
    same_source_figure,
    same_upstream,
    similar,
    wording,
)
from corroborate.schema import Claim, ClaimCluster
from corroborate.sources import Link, SourceGraph

if TYPE_CHECKING:
    from corroborate.judge import Verdict


def cluster_claims(
    claims: Sequence[Claim],
    *,
    outlets: dict[str, str | None] | None = None,
    wires: dict[str, str] | None = None,
    config: MatchConfig = DEFAULT_CONFIG,
    encode: Encoder | None = None,
    judge: Judge | None = None,
    notes: list[str] | None = None,
) -> tuple[list[ClaimCluster], dict[str, str]]:
    """Group claims that state the same proposition from one source.

    Args:
        claims: Claims from any number of articles.
        outlets: doc_id -> outlet name (None where unknown), for the clusters' outlets.
        wires: doc_id -> the one wire agency the article credits ("(AFP) -"): with the
            outlets, whose own report each article is, for the source graph's relays.
        config: Thresholds and the judge's budget.
        encode: Sentence encoder; the bundled embedder by default.
        judge: Pair judge; the bundled cross-encoder by default.
        notes: Appended to when the run could not judge every candidate pair.

    Returns:
        The clusters (every claim in exactly one), those spanning most articles first, and
        the canonical speaker for every speaker name. Their origins and independent sources
        are counted by `corroborate.report.build_report`.
    """
    outlets = outlets or {}
    claims = sorted(claims, key=lambda c: (c.doc_id, c.content.spans[0] if c.content.spans else (0, 0), c.id))
    canon = canonical_speakers(claims)
    if not claims:
        return [], canon
    if encode is None:
        from corroborate.embed import load_embedder

        encode = load_embedder().encode
    houses = {**(wires or {}), **{d: o for d, o in outlets.items() if o}}
    graph = _Links(SourceGraph(claims, canon, houses=houses))
    embedded = _embed(claims, encode)
    pending = _candidate_pairs(claims, embedded, graph, config)
    verdicts = _judge_pairs(pending, embedded, config, judge, notes)
    decided = _decide_pairs(claims, pending, verdicts, config)
    clear_caches()  # the contrast rules' per-pair readings: the rest of the run reuses the memory
    _refusals_of_one_source(claims, graph, decided, config)
    consult = None
    if len(claims) <= config.linkage_consult_claims:
        consult = _Consult(claims, pending, embedded, graph, config, judge, decided)
    elif notes is not None and config.linkage_consult:
        notes.append(
            f"clusters were joined on the pairs compared before linking only ({len(claims)} "
            f"claims; cross pairs are read at linking up to {config.linkage_consult_claims})")
    groups = _link_groups(claims, decided, graph, config, consult)
    clusters = _build_clusters(claims, groups, decided, embedded.vec, canon, outlets)
    final = with_relations(clusters, claims, decided.related)
    final.sort(key=lambda c: (-len(c.doc_ids), -len(c.claim_ids), c.id))
    return final, canon


class _Links:
    """The story's source graph, with `link` remembered per pair (clustering asks again).

    At corpus scale this memo holds about 18 pairs a claim, so it is kept lean: one int a
    pair for the key (not a tuple of two) and one shared object for equal links (most are
    `Link("same", name)` of one speaker's claims): about 300 MB less at 100,000 claims.
    """

    def __init__(self, graph: SourceGraph) -> None:
        self.graph = graph
        self._links: dict[int, Link | None] = {}
        self._shared: dict[Link, Link] = {}

    def link(self, x: int, y: int) -> Link | None:
        if x > y:
            x, y = y, x
        key = x << 32 | y
        if key not in self._links:
            found = self.graph.link(x, y)
            self._links[key] = None if found is None else self._shared.setdefault(found, found)
        return self._links[key]

    def linkable(self, x: int, y: int) -> bool:
        return self.link(x, y) is not None


@dataclass(frozen=True)
class _Embedded:
    """The contents' embeddings and their parts' (`qindex[i]`: rows of claim i's parts): the
    quoted parts and, in a content of several propositions, each sentence or "that" clause
    (`similarity.propositions`; "quote" below names all of them)."""

    contents: list[str]
    vec: npt.NDArray[np.float32]
    qvec: npt.NDArray[np.float32]
    qindex: list[list[int]]
    quotes: list[str]

    def quote_texts(self, i: int, j: int) -> tuple[str, str] | None:
        """The two texts closest among a quoted part of one claim and the other claim's
        content or quoted part; None if no quoted part has `QUOTE_MIN_WORDS` words (a quoted
        word or two, "advancing", states no proposition of its own)."""
        vec, qvec = self.vec, self.qvec
        best, pair = -2.0, None
        full_j = [qj for qj in self.qindex[j] if len(self.quotes[qj].split()) >= QUOTE_MIN_WORDS]
        for qi in self.qindex[i]:
            if len(self.quotes[qi].split()) < QUOTE_MIN_WORDS:
                continue
            others = [(self.contents[j], vec[j])] + [(self.quotes[qj], qvec[qj]) for qj in full_j]
            for other, v in others:
                if (cos := float(np.dot(qvec[qi], v))) > best:
                    best, pair = cos, (self.quotes[qi], other)
        for qj in full_j:
            if (cos := float(np.dot(vec[i], qvec[qj]))) > best:
                best, pair = cos, (self.contents[i], self.quotes[qj])
        return pair

    def quote_best(self, i: int, j: int) -> float:
        """The best cosine between a quoted part of one claim and the other or its quotes."""
        vec, qvec = self.vec, self.qvec
        quote_best = -1.0
        for qi in self.qindex[i]:
            quote_best = max(quote_best, float(np.dot(qvec[qi], vec[j])))
            for qj in self.qindex[j]:
                quote_best = max(quote_best, float(np.dot(qvec[qi], qvec[qj])))
        for qj in self.qindex[j]:
            quote_best = max(quote_best, float(np.dot(vec[i], qvec[qj])))
        return quote_best


def _embed(claims: Sequence[Claim], encode: Encoder) -> _Embedded:
    """The contents and their quoted parts embedded, each claim's quotes indexed."""
    contents = [c.content.text for c in claims]
    quotes = [propositions(c) for c in claims]
    vec = encode(contents)
    flat_quotes = [q for qs in quotes for q in qs]
    qvec = encode(flat_quotes) if flat_quotes else np.zeros((0, vec.shape[1]), dtype=np.float32)
    qindex: list[list[int]] = []
    k = 0
    for qs in quotes:
        qindex.append(list(range(k, k + len(qs))))
        k += len(qs)
    return _Embedded(contents, vec, qvec, qindex, flat_quotes)


# the fewest words a quoted part needs to be judged on its own against another claim
QUOTE_MIN_WORDS = 3


class _Pair(NamedTuple):
    """A candidate pair with its static evidence: the best of cosine and word overlap, the
    contents' cosine, the best quote cosine (-1 without quotes) and how the sources are one."""

    score: float
    i: int
    j: int
    sim: float
    quote_best: float
    link: Link
    # one named voice: a non-strict "same" or "member" link between two named sources (no
    # anonymous group; `SourceGraph.named`). Such a pair needs less of the judge
    # (`judge_one_source`). Not `SourceGraph.one_voice`, which also keeps apart two bodies
    # linked through a shared parent, and lost story pairs that way
    one_voice: bool = False


# ------------------------------------------------------------------ 1. candidates
def _candidate_pairs(
    claims: Sequence[Claim], embedded: _Embedded, graph: _Links, config: MatchConfig,
) -> list[_Pair]:
    """Candidate pairs the sources allow and the evidence makes worth judging."""
    pending: list[_Pair] = []
    # a content that is only a pronoun or a number ("it", "One" in "One was charged") states
    # nothing two articles could corroborate: such claims are their own clusters
    said = [bool(content_words(c.content.text) - PLACEHOLDER_WORDS) and not _passive_subject(c)
            for c in claims]
    for i, j, sim in _candidates(embedded.vec, claims, graph.graph, config):
        a, b = claims[i], claims[j]
        if not (said[i] and said[j]):
            continue
        if a.doc_id == b.doc_id and a.content.spans == b.content.spans:
            continue
        found = graph.link(i, j)
        if found is None:
            continue
        quote_best = embedded.quote_best(i, j)
        best = max(sim, quote_best)
        lex = containment(a.content.text, b.content.text)
        voice = (not found.strict and found.kind in ("same", "member")
                 and graph.graph.named(i) and graph.graph.named(j))
        by_one = (voice and best >= config.same_voice_similarity and _one_speaker(graph.graph, i, j)
                  and not (_state_voice(a) or _state_voice(b)))
        if (best < config.judge_min_similarity and lex < config.overlap
                and not same_upstream(a, b, best, config)
                and not by_one and not (voice and same_source_figure(a, b, best, config))):
            continue
        if a.doc_id == b.doc_id and max(best, lex) < config.judge_min_similarity_same_article:
            continue
        pending.append(_Pair(max(best, lex), i, j, sim, quote_best, found, voice))
    # the most similar first: the judge's budget goes to them
    pending.sort(key=lambda t: (-t[0], t[1], t[2]))
    return pending


def _one_speaker(graph: SourceGraph, i: int, j: int) -> bool:
    """Whether claims i and j have one speaker: one entity, or one speaking for the other (a
    spokesperson and the ministry). Not two people of one body (two White House spokespeople),
    who say different things on one day."""
    a, b = graph.entities[i], graph.entities[j]
    return a.key == b.key or a.key in graph.ancestors(b.key) or b.key in graph.ancestors(a.key)


def _state_voice(claim: Claim) -> bool:
    """Whether a claim's speaker is a state or its government as a whole ("United States",
    "the government", "the Kremlin"), not one body of it (`STATE_BODY_WORDS`)."""
    words = set((claim.speaker or "").lower().split())
    return claim.speaker_kind == "government" and not words & STATE_BODY_WORDS


_PASSIVE_CUE = re.compile(
    r"^(?:was|were|is|are|be|been|being|(?:has|have|had|will|would|may|might|could|can)\s+been?)\b",
    re.IGNORECASE)


def _passive_subject(claim: Claim) -> bool:
    """Whether a claim is only the subject of a passive cue with no source: "Subryan [was
    charged]", "The driver [has been charged]". Such a content names what the verb is about
    and states nothing (on ECB+ dev topic 21 they were "corroborated" rows with five
    independent sources); "It was reported that the driver fled" and "The ship is said to
    be carrying weapons" have content after the cue and are claims like any other."""
    if claim.source.spans or not claim.cue.spans or not claim.content.spans:
        return False
    return (claim.content.spans[-1][1] <= claim.cue.spans[0][0]
            and _PASSIVE_CUE.match(claim.cue.text) is not None)


def _candidates(
    vec: npt.NDArray[np.float32], claims: Sequence[Claim], graph: SourceGraph,
    config: MatchConfig,
) -> Iterator[tuple[int, int, float]]:
    """Candidate pairs: nearest neighbours overall, within one source, and within one relay.

    In a story every claim is on one topic, so a claim's global neighbours can crowd out the
    one retelling that matters; blocking by the source's entity (and the state or office it
    speaks for) and by relay keeps those pairs in view.
    """
    from corroborate.index import candidate_pairs

    k, low = config.neighbours, config.min_candidate
    # one int a pair (i << 32 | j sorts as (i, j) does), and the pairs yielded rather than
    # listed: at 100,000 claims this holds about 1.8 million pairs, the matcher's peak
    found: dict[int, float] = {}
    entity_keys = [e.key if e.kind not in ("none",) else f"#{i}" for i, e in enumerate(graph.entities)]
    root_keys = []
    for i, e in enumerate(graph.entities):
        tops = [a for a in graph.ancestors(e.key) if a.startswith("state:")]
        root_keys.append(min(tops) if tops else f"#{i}")
    via_keys = [graph.relays(i)[-1] if graph.relays(i) else f"#{i}" for i in range(len(claims))]
    for blocks in (None, entity_keys, root_keys, via_keys):
        for i, j, sim in candidate_pairs(vec, k=k, min_similarity=low, blocks=blocks):
            found[i << 32 | j] = sim
    for key in sorted(found):
        yield key >> 32, key & 0xFFFFFFFF, found[key]


# ------------------------------------------------------------------ 2. the judge
def _within_budget(pending: Sequence[_Pair], config: MatchConfig) -> list[int]:
    """The pairs (indices into `pending`, most similar first) the judge may score: the most
    similar pairs of each claim first, at most `judge_per_claim` a claim and
    `judge_max_pairs` in all."""
    per_claim: Counter[int] = Counter()
    to_judge: list[int] = []
    for idx, pair in enumerate(pending):
        if len(to_judge) >= config.judge_max_pairs:
            break
        i, j = pair.i, pair.j
        if per_claim[i] < config.judge_per_claim and per_claim[j] < config.judge_per_claim:
            per_claim[i] += 1
            per_claim[j] += 1
            to_judge.append(idx)
    return to_judge


def _judge_pairs(
    pending: Sequence[_Pair], embedded: _Embedded, config: MatchConfig, judge: Judge | None,
    notes: list[str] | None,
) -> dict[int, Verdict]:
    """The judge's verdicts on the pairs within its budget, by index into `pending`.

    Where a quoted part of one claim is closer to the other than the whole content is (a
    quote inside a longer sentence: "Kim arrived ... for talks on 'sensitive spheres, which
    should not be publicly revealed'" against "would collaborate on sensitive matters not
    meant for public disclosure"), the judge also reads the quote against the other, and the
    pair's verdict is the reading more sure they are one statement: the quote is the
    speaker's own words, and the rest of the sentence the writer's.
    """
    contents = embedded.contents
    to_judge = _within_budget(pending, config)
    judged = len(to_judge)
    verdicts: dict[int, Verdict] = {}
    # one wording, give or take case and punctuation, needs no judge
    from corroborate.judge import Verdict as _Verdict

    for x in to_judge:
        if wording(contents[pending[x].i]) == wording(contents[pending[x].j]):
            verdicts[x] = _Verdict(1.0, 0.0, 0.0)
    to_judge = [x for x in to_judge if x not in verdicts]
    if to_judge:
        if judge is None:
            from corroborate.judge import load_judge

            judge = load_judge()
        if hasattr(judge, "clear"):
            judge.clear()
        texts = [(contents[pending[x].i], contents[pending[x].j]) for x in to_judge]
        by_quote: list[int] = []
        for x in to_judge:
            pair = pending[x]
            if len(texts) >= config.judge_max_pairs:
                break  # the quotes' readings count against the judge's budget too
            # not for a pair that needs the judge's strong agreement (anonymous sources): a
            # stock phrase two different claims quote ("a total disaster for America") is no
            # evidence that their sources are one
            if pair.quote_best >= config.quote_similarity and pair.quote_best > pair.sim \
                    and not pair.link.strict:
                quoted = embedded.quote_texts(pair.i, pair.j)
                if quoted is not None:
                    by_quote.append(x)
                    texts.append(quoted)
        scored = judge.score(texts)
        verdicts.update(zip(to_judge, scored[:len(to_judge)], strict=True))
        for x, on_quote in zip(by_quote, scored[len(to_judge):], strict=True):
            if on_quote.same > verdicts[x].same:
                verdicts[x] = on_quote
    skipped = len(pending) - judged
    if skipped and notes is not None:
        notes.append(
            f"the pair judge ran on {judged} of {len(pending)} candidate pairs (budget: "
            f"{config.judge_per_claim} a claim, {config.judge_max_pairs} in all); the other "
            f"{skipped} were decided by embedding similarity and the contrast rules alone"
        )
    return verdicts


# ------------------------------------------------------------------ 3. decisions
@dataclass
class _Decisions:
    """What the pairs decided: accepted pairs (strength, i, j) and their source links, the
    contrasted pairs (cannot-links), and the near-matches a contrast keeps apart."""

    accepted: list[tuple[float, int, int]] = field(default_factory=list)
    pair_link: dict[tuple[int, int], Link] = field(default_factory=dict)
    contrasted: set[tuple[int, int]] = field(default_factory=set)
    related: dict[int, list[tuple[int, list[str]]]] = field(default_factory=lambda: defaultdict(list))
    # pairs the judge read as two different claims (P(different) >= `judge_apart`)
    apart: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))


def _decide_pairs(
    claims: Sequence[Claim], pending: Sequence[_Pair], verdicts: dict[int, Verdict],
    config: MatchConfig,
) -> _Decisions:
    """Every candidate pair decided: one claim, kept apart by a contrast, or neither."""
    out = _Decisions()
    # the contrast rules parse the pairs whose words could hold a role exchange: in one batch
    with parsed_ahead((claims[p.i].content.text, claims[p.j].content.text) for p in pending):
        for idx, pair in enumerate(pending):
            _decide_one(claims, pair, verdicts.get(idx), config, out)
    return out


def _decide_one(
    claims: Sequence[Claim], pair: _Pair, verdict: Verdict | None, config: MatchConfig, out: _Decisions,
) -> None:
    """One candidate pair decided, into `out`."""
    a, b = claims[pair.i], claims[pair.j]
    if verdict is not None:
        same, diffs, strength = _judged(pair, a, b, verdict, config)
    elif pair.link.strict or a.doc_id == b.doc_id:
        return  # an unnamed or same-article pair needs the judge's strong agreement
    else:
        same, diffs, strength = _unjudged(pair, a, b, config)
    if diffs:
        out.contrasted.add((pair.i, pair.j))
        noted = _noted_differences(pair, a, b, verdict, diffs, config)
        if noted:
            out.related[pair.i].append((pair.j, noted))
            out.related[pair.j].append((pair.i, noted))
        return
    if same:
        out.accepted.append((strength, pair.i, pair.j))
        out.pair_link[(pair.i, pair.j)] = pair.link
    elif verdict is not None and verdict.different >= config.judge_apart:
        out.apart[pair.i].add(pair.j)
        out.apart[pair.j].add(pair.i)


def _judged(
    pair: _Pair, a: Claim, b: Claim, verdict: Verdict, config: MatchConfig,
) -> tuple[bool, list[str], float]:
    """A judged pair: (same, differences, strength), by `decide` with the judge's threshold for
    the pair's sources and the static rules where they may let it in."""
    same_doc = a.doc_id == b.doc_id
    # one entity's two retellings: the judge's lean to "different" does not overrule them;
    # a body and its spokesperson need the judge not to (`MatchConfig.judge_one_source`)
    threshold = judge_threshold(pair.link.kind, pair.link.strict, verdict, config,
                                one_voice=pair.one_voice, same_doc=same_doc)
    lex = containment(a.content.text, b.content.text)
    static = (similar(pair.sim, pair.quote_best, lex, config)
              or same_upstream(a, b, max(pair.sim, pair.quote_best), config)
              or (pair.one_voice and same_source_figure(a, b, max(pair.sim, pair.quote_best), config))) \
        and not pair.link.strict and not same_doc
    same, diffs = decide(a.content.text, b.content.text, _act(a), _act(b),
                         verdict, threshold, config, similar=static)
    # accepted pairs join strongest first, and a claim that matches two statements of one
    # article can join only the first: order by the judge and the embedding together, two
    # independent readings, since near P(same) 0.5 the judge alone cannot rank (the seeds'
    # 004 venue report: P 0.50 with Peskov's venue statement, 0.54 with another of his
    # claims, cosines 0.69 and 0.55). ECB+ dev pair F1 and B-cubed unchanged (one more false
    # pair), test 0.346 -> 0.349, held-out identical (bench/README.md, session 11)
    strength = (verdict.same + max(pair.sim, pair.quote_best)) / 2
    if same and one_wording(a.content.text, b.content.text, config):
        strength = 1.0  # one wording or an excerpt of it: the strongest evidence, joined first
    return same, diffs, strength


def _act(claim: Claim) -> str:
    """The claim's stance for matching: "urges" where its cue calls on someone to act."""
    return speech_act(claim.content.text, claim.stance, claim.cue.text)


def _unjudged(pair: _Pair, a: Claim, b: Claim, config: MatchConfig) -> tuple[bool, list[str], float]:
    """A pair past the judge's budget: (same, differences, strength) by the static similarity
    rules and the contrast rules alone."""
    lex = containment(a.content.text, b.content.text)
    alike = similar(pair.sim, pair.quote_best, lex, config) or same_upstream(
        a, b, max(pair.sim, pair.quote_best), config)
    if not alike and max(pair.sim, pair.quote_best) < config.related:
        # neither one claim nor a near-match worth a note: the contrast rules, written for
        # near-identical contents, would only name noise (and cost most of a large run's
        # matching: 160,311 of 168,316 decided pairs at 30,000 claims)
        return False, [], pair.score
    diffs = rule_differences(a.content.text, b.content.text, _act(a), _act(b), config)
    if alike and not diffs and changed_count(a.content.text, b.content.text):
        diffs = ["number"]  # taken for one claim but for its count (see `pairs.decide`)
    return alike and not diffs, diffs, pair.score


def _noted_differences(
    pair: _Pair, a: Claim, b: Claim, verdict: Verdict | None, diffs: list[str], config: MatchConfig,
) -> list[str]:
    """What a "differs" note between a contrasted pair names; empty when it is no near-match
    worth a note.

    A near-match is a close wording, unless the judge reads two different claims. A "not", a
    hedge or a name the rules find between two free rewordings may sit in a part the other
    does not say at all: such differences are named only between one wording and its edit (a
    minimal pair or an excerpt) or where the judge reads a conflict; otherwise only the hard
    ones (a number, a date, a stance, roles) are. A call to act beside a report of the fact
    it is about ("We urge the DPRK to cease ... and not to provide arms" / "arms negotiations
    are advancing") is kept apart but gets no note: the two are different claims, and the
    "not" only one of them says is no difference between them.
    """
    conflict = verdict is not None and verdict.conflict >= config.judge_conflict
    near = max(pair.sim, pair.quote_best) >= config.related or conflict
    if not near or (verdict is not None and verdict.different >= 0.5):
        return []
    # (checked last: only near pairs pay for the word alignments)
    if conflict or one_wording(a.content.text, b.content.text, config):
        return diffs
    # a call to act beside another statement is a different claim, not a changed one
    return [d for d in diffs if d in HARD_DIFFERENCES]


def _refusals_of_one_source(
    claims: Sequence[Claim], graph: _Links, decided: _Decisions, config: MatchConfig,
) -> None:
    """Accept every pair of refusals whose sources are one (see
    `MatchConfig.refusals_of_one_source`), into `decided`."""
    refusals = [i for i, c in enumerate(claims) if c.stance == "declines" and c.kind == "statement"]
    if not config.refusals_of_one_source or len(refusals) > config.refusals_max:
        return
    for n, x in enumerate(refusals):
        for y in refusals[n + 1:]:
            link = graph.link(x, y)
            if link is None or link.strict or (x, y) in decided.contrasted or not (
                    graph.graph.one_voice(x, y)):
                continue
            if (x, y) not in decided.pair_link:
                decided.accepted.append((config.judge_same, x, y))
                decided.pair_link[(x, y)] = link


# ------------------------------------------------------------------ 4. linking
class _Consult:
    """Decides, while clusters join, the cross pairs no earlier stage compared.

    Average linkage counts a cross pair that was never a candidate (its cosine under
    `judge_min_similarity`, or outside every neighbour list) as no match, so a retelling
    judged one with two members of a cluster could not join it for want of a third reading
    ("Hugh Jackman will be the host of the 81st annual Oscars" / "... will be hosting the 81st
    Annual Academy Awards, instantly upping ..." at P(same) 0.60). Such pairs are read by the
    judge when a join needs them, decided as any candidate pair is, and remembered: at most
    `linkage_consult` pairs for one join and `linkage_consult_total` in a run, so a corpus
    pays little for it.
    """

    def __init__(self, claims: Sequence[Claim], pending: Sequence[_Pair], embedded: _Embedded,
                 graph: _Links, config: MatchConfig, judge: Judge | None,
                 decided: _Decisions) -> None:
        self.claims, self.embedded, self.graph = claims, embedded, graph
        self.config, self.judge, self.decided = config, judge, decided
        # a pair the embedding put far apart needs the judge's strong agreement
        self.strict = replace(config, judge_same=max(config.judge_same, config.judge_strict),
                              judge_one_source=max(config.judge_one_source, config.judge_strict))
        n = len(claims)
        self.n = n
        self.compared = {p.i * n + p.j for p in pending}
        self.left = config.linkage_consult_total
        self.matched: dict[int, set[int]] = defaultdict(set)
        self.cannot: dict[int, set[int]] = defaultdict(set)

    def seen(self, x: int, y: int) -> bool:
        x, y = (x, y) if x < y else (y, x)
        return x * self.n + y in self.compared

    def __call__(self, pairs: list[tuple[int, int]]) -> None:
        if len(pairs) > self.left:
            return
        self.left -= len(pairs)
        new: list[_Pair] = []
        for x, y in sorted((min(p), max(p)) for p in pairs):
            self.compared.add(x * self.n + y)
            link = self.graph.link(x, y)
            a, b = self.claims[x], self.claims[y]
            if link is None or (a.doc_id == b.doc_id and a.content.spans == b.content.spans):
                continue
            sim = float(np.dot(self.embedded.vec[x], self.embedded.vec[y]))
            quote_best = self.embedded.quote_best(x, y)
            new.append(_Pair(max(sim, quote_best), x, y, sim, quote_best, link))
        if not new:
            return
        verdicts = _judge_pairs(new, self.embedded, self.config, self.judge, None)
        before = len(self.decided.accepted)
        for idx, pair in enumerate(new):
            _decide_one(self.claims, pair, verdicts.get(idx), self.strict, self.decided)
        for _s, x, y in self.decided.accepted[before:]:
            self.matched[x].add(y)
            self.matched[y].add(x)
        for pair in new:  # the pairs read here were in no set before
            if (pair.i, pair.j) in self.decided.contrasted:
                self.cannot[pair.i].add(pair.j)
                self.cannot[pair.j].add(pair.i)


def _link_groups(
    claims: Sequence[Claim], decided: _Decisions, graph: _Links, config: MatchConfig,
    consult: _Consult | None = None,
) -> Clusters:
    """Agglomerate the accepted pairs, strongest first, under the cannot-links."""
    cannot: dict[int, set[int]] = consult.cannot if consult is not None else defaultdict(set)
    for x, y in decided.contrasted:
        cannot[x].add(y)
        cannot[y].add(x)
    matched: dict[int, set[int]] = consult.matched if consult is not None else defaultdict(set)
    for _s, x, y in decided.accepted:
        matched[x].add(y)
        matched[y].add(x)
    order = sorted(decided.accepted, key=lambda t: (-t[0], t[1], t[2]))
    groups = Clusters(len(claims), cannot, matched, graph.linkable, config.linkage,
                      [c.doc_id for c in claims], apart=decided.apart,
                      unopposed=config.linkage_unopposed, consult=consult,
                      seen=consult.seen if consult is not None else None,
                      consult_max=config.linkage_consult)
    # what sources said clusters first, as if no act were there; then each act reported as
    # fact (`corroborate.acts`) joins a cluster or other acts, and never joins two clusters
    # of statements: an act retells one statement, it is no evidence that two are one
    acts = [c.kind == "act" for c in claims]
    for _score, i, j in order:
        if not (acts[i] or acts[j]):
            groups.union(i, j)
    groups.kept_apart = [not a for a in acts]
    for _score, i, j in order:
        if acts[i] or acts[j]:
            groups.union(i, j)
    return groups


# ------------------------------------------------------------------ 5. clusters
def _build_clusters(
    claims: Sequence[Claim], groups: Clusters, decided: _Decisions, vec: npt.NDArray[np.float32],
    canon: dict[str, str], outlets: dict[str, str | None],
) -> list[ClaimCluster]:
    """One `ClaimCluster` per group, with the source links of its accepted pairs."""
    roots: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        roots[groups.find(i)].append(i)
    # each cluster's source links, in one pass over the accepted pairs (a pass per cluster
    # was quadratic: at 10,000 claims it took 190 of the matcher's 250 s)
    links_of: dict[int, list[tuple[Claim, Claim, Link]]] = defaultdict(list)
    for (x, y), lk in sorted(decided.pair_link.items()):
        root = groups.find(x)
        if lk.kind != "same" and root == groups.find(y):
            links_of[root].append((claims[x], claims[y], lk))
    return [make_cluster([claims[i] for i in members], members, vec, canon, outlets,
                         links_of.get(root, []))
            for root, members in roots.items()]
