"""Where each claim comes from: the upstream report it traces to, and why.

Two articles are not two independent sources when the text shows one upstream:

- a relay chain or `via` ("according to the Times, officials said"): the innermost relay, the
  outlet that first published it, is the origin ("Reuters reported that state media published
  ..." traces to state media);
- an outlet's report: a claim whose speaker is a news outlet ("The Clarion reported that
  ..."), or an outlet of the folder by name, is that outlet's, in every article repeating it;
- a wire credit ("The Associated Press contributed to this report", or a credit line under
  the headline: "By Jenna Lavallee, Westman Herald, with files from The Associated Press",
  "Reuters in Lima"; `claims.wire_credits`);
- a written statement or press release: the release itself and every article quoting "a
  statement" or "today's news release" of that speaker share one origin; so do, within one
  cluster, the speaker's own publication in the folder (a press release, or a page of a
  speaker's own site: amd.com for AMD, with every statement on it, its chief executive's too)
  and the articles carrying the same statement of that speaker;
- copies: near-identical paragraphs in two documents (syndication, a rewrite of the same wire
  copy) are found with MinHash over word shingles (datasketch's LSH), and the claims in those
  paragraphs share the origin of the earliest copy;
- two pages of one outlet: the outlet (normalised: "nytimes.com" and "The New York Times" are one).

Otherwise the article's outlet, else the article itself, is the origin. Works on Articles and
Claims only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from corroborate.lexicon.speakers import HOUSE_NAME_ENDINGS, MASTHEAD_WORDS
from corroborate.outlets import OUTLETS, normalize_outlet
from corroborate.releases import is_release
from corroborate.schema import Article, Claim
from corroborate.source_names import acronym, org_name

# MinHash settings: 5-word shingles; paragraphs of 20+ words; Jaccard 0.7 and above is a copy
# (a wire story lightly edited by two outlets keeps most 5-word runs; two reports of one event
# in their own words share almost none).
SHINGLE = 5
MIN_WORDS = 20
COPY_THRESHOLD = 0.7
NUM_PERM = 128
SEED = 1

_RELEASE_DOC = re.compile(
    r"\b(?:for immediate release|press release|news release|media contact|prnewswire|"
    r"business wire|globe newswire)\b",
    re.IGNORECASE,
)
_RELEASE_END = re.compile(r"\b(?:for immediate release|media contact|contact:|about\s+[A-Z])", re.IGNORECASE)
# the words around a cue that say the source spoke in writing, once, to everyone
_STATEMENT_CUE = re.compile(
    r"\b(?:in|according to|from|issued|released|published)\s+(?:a|an|the|its|his|her|their|today's|"
    r"monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's)?\s*"
    r"(?:written\s+|joint\s+|official\s+)?(?:press release|news release|statement|release|"
    r"communiqu[eé]|announcement)\b"
    # a post on the speaker's own channel is written once, to everyone, as a statement is:
    # "said on its Telegram channel", "in a post on X", "tweeted", "wrote on Facebook"
    r"|\b(?:in|on|from)\s+(?:a|an|the|its|his|her|their)?\s*(?:fresh\s+|new\s+|later\s+|"
    r"social[- ]media\s+|official\s+|blog\s+)?(?:post|tweet|posting)s?\b"
    r"|\bon\s+(?:its|his|her|their|the)?\s*(?:official\s+)?(?:Telegram|Twitter|Facebook|Instagram|"
    r"LinkedIn|Weibo|WeChat|Truth Social|Bluesky|X|website|web site)\b"
    r"|\b(?:tweeted|posted)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class OriginOf:
    """A claim's origin and the reasons for it."""

    name: str
    reasons: tuple[str, ...]
    # the speaker's own publication (a press release, the speaker's own site): within one
    # cluster, the coverage of the same speaker's statement traces to it (`report.count_origins`)
    published: bool = False
    # said live on an occasion of its own: an interview ("Speaking to the Courier, Riddick
    # said"), a briefing or news conference ("told reporters in Bern"); never traced to the
    # speaker's publication, whatever else the speaker published
    spoken: bool = False


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        spans.append((m.start(), m.end()))
    return spans


def copy_groups(articles: Sequence[Article]) -> dict[tuple[str, int], str]:
    """(doc_id, paragraph start) -> the doc_id of the first document holding a near-copy.

    Only paragraphs with a copy in another document appear. "First" is the earliest published,
    then the first by doc_id, so the result does not depend on input order.
    """
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=COPY_THRESHOLD, num_perm=NUM_PERM)
    # the seed's permutations, drawn once: a MinHash made with them is the same as one made
    # with the seed (datasketch draws them on every construction otherwise: 11 s of a
    # 10,000-article run)
    first = MinHash(num_perm=NUM_PERM, seed=SEED)
    permutations, scheme = first.permutations, first.scheme
    items: dict[str, tuple[str, int]] = {}
    hashes: dict[str, MinHash] = {}
    for article in sorted(articles, key=lambda a: a.doc_id):
        if article.status != "ok":
            continue
        lo, hi = article.body or (0, len(article.text))
        for start, end in _paragraphs(article.text):
            if end <= lo or start >= hi:
                continue
            words = _words(article.text[start:end])
            if len(words) < MIN_WORDS:
                continue
            m = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=permutations, scheme=scheme)
            m.update_batch(
                [" ".join(words[k : k + SHINGLE]).encode("utf-8") for k in range(len(words) - SHINGLE + 1)]
            )
            key = f"{article.doc_id}\x00{start}"
            items[key] = (article.doc_id, start)
            hashes[key] = m
            lsh.insert(key, m)
    published = {a.doc_id: a.published or "9999" for a in articles}
    out: dict[tuple[str, int], str] = {}
    for key in sorted(items):
        doc, start = items[key]
        others = [items[k] for k in lsh.query(hashes[key]) if items[k][0] != doc]
        # LSH is a filter: confirm with the estimated Jaccard itself
        others = [o for o in others if hashes[f"{o[0]}\x00{o[1]}"].jaccard(hashes[key]) >= COPY_THRESHOLD]
        if others:
            docs = {doc, *(o[0] for o in others)}
            out[(doc, start)] = min(docs, key=lambda d: (published[d], d))
    return out


def release_docs(articles: Sequence[Article]) -> set[str]:
    """Documents that are themselves press releases: release furniture near the top and at
    the end, or a release's head (`corroborate.releases`: a marker line, a "Statement by"
    title, a dated lead), as the extraction reads it."""
    out = set()
    for a in articles:
        furniture = _RELEASE_DOC.search(a.text[:3000] + a.text[-1500:])
        if a.status == "ok" and ((furniture and _RELEASE_END.search(a.text)) or is_release(a.text, a.body)):
            out.add(a.doc_id)
    return out


def own_outlet(speaker: str, outlet: str) -> bool:
    """Whether an outlet is the speaker's own site: "amd.com" (or "sites.amd.com") for "AMD"
    or "Advanced Micro Devices", "apple.com" for "Apple". Only a domain: a news outlet's name
    is nobody's own voice."""
    if "." not in outlet or " " in outlet:
        return False
    labels = outlet.lower().split(".")[:-1]
    names = {"".join(re.findall(r"[a-z0-9]+", speaker.lower())), acronym(speaker).lower()}
    return any(label in names for label in labels if len(label) >= 3)


def own_site_docs(
    articles: Sequence[Article], claims: Sequence[Claim], speaker_of: dict[str, str] | None = None,
) -> dict[str, str]:
    """doc_id -> owner, for the documents on the own site of a speaker they quote (amd.com
    quoting AMD).

    Such a page is the owner's publication as a press release is: every statement on it is
    published by the owner, its chief executive's quote and a partner's alike, so the articles
    repeating one of them trace to the page whoever speaks in it.
    """
    outlets = {a.doc_id: normalize_outlet(a.outlet) for a in articles if a.outlet}
    out: dict[str, str] = {}
    for claim in claims:
        outlet = outlets.get(claim.doc_id)
        speaker = (speaker_of or {}).get(claim.speaker or "", claim.speaker or "")
        if outlet and speaker and own_outlet(speaker, outlet):
            # the first name in order, not in the claims' order: one owner for any input order
            out[claim.doc_id] = min(out.get(claim.doc_id, speaker), speaker)
    return out


def one_name(a: str, b: str) -> bool:
    """Two speaker names of one organisation as the report gives them: equal, one the
    initials of the other ("AMD" / "Advanced Micro Devices", `source_names.acronym`), or one
    the other's leading words once a corporate suffix is off ("Ford" / "Ford Motor Company").
    Asked only of the members of one cluster, whose sources the graph already made one."""
    if a == b or (a.isupper() and a == acronym(b)) or (b.isupper() and b == acronym(a)):
        return True
    wa, wb = org_name(a).split(), org_name(b).split()
    short, long = sorted((wa, wb), key=len)
    return bool(short) and short[0][:1].isupper() and long[: len(short)] == short


def claim_origins(
    articles: Sequence[Article], claims: Sequence[Claim], wires: dict[str, str],
    speaker_of: dict[str, str] | None = None,
) -> dict[str, OriginOf]:
    """The origin of every claim, by claim id (module docstring for the order of evidence)."""
    by_doc = {a.doc_id: a for a in articles}
    copies = copy_groups(articles)
    releases = release_docs(articles)
    paragraph_starts = {a.doc_id: sorted(s for s, _ in _paragraphs(a.text))
                        for a in articles if a.status == "ok"}
    own_sites = own_site_docs(articles, claims, speaker_of)
    houses = {normalize_outlet(a.outlet) for a in articles if a.outlet}
    out: dict[str, OriginOf] = {}
    for claim in claims:
        article = by_doc.get(claim.doc_id)
        outlet = normalize_outlet(article.outlet) if article and article.outlet else None
        speaker = (speaker_of or {}).get(claim.speaker or "", claim.speaker or "")
        content_at = claim.content.spans[0][0] if claim.content.spans else 0
        cue_at = claim.cue.spans[0][0] if claim.cue.spans else content_at
        window = _attribution_sentence(article.text, claim) if article else ""
        relayed = _act_origin(claim, speaker) or _relayed_origin(claim, speaker, houses)
        if relayed is not None:
            out[claim.id] = relayed
            continue
        if claim.doc_id in releases and speaker:
            out[claim.id] = OriginOf(f"statement of {speaker}", (f"{claim.doc_id} is a press release",),
                                     published=True)
            continue
        if speaker and claim.doc_id in own_sites:
            owner = own_sites[claim.doc_id]
            out[claim.id] = OriginOf(f"statement of {speaker}",
                                     (f"{outlet} is {owner}'s own publication",), published=True)
            continue
        if speaker and _STATEMENT_CUE.search(window):
            out[claim.id] = OriginOf(
                f"statement of {speaker}", (f"quotes a written statement of {speaker}",)
            )
            continue
        if claim.doc_id in wires:
            out[claim.id] = OriginOf(normalize_outlet(wires[claim.doc_id]),
                                     (f"wire credit: {wires[claim.doc_id]}",))
            continue
        # the paragraph the cue stands in: the last start at or before it (by bisection: a
        # scan of every start for every claim took 136 s for one 10 MB text's 39,890 claims)
        starts = paragraph_starts.get(claim.doc_id, [])
        k = bisect_right(starts, cue_at) - 1
        para = starts[k] if k >= 0 else None
        first = copies.get((claim.doc_id, para)) if para is not None else None
        if first is not None and first != claim.doc_id:
            src = by_doc[first]
            name = normalize_outlet(src.outlet) if src.outlet else f"doc:{first}"
            out[claim.id] = OriginOf(name, (f"near-identical paragraph in {first} (a copy)",))
            continue
        if first == claim.doc_id:
            out[claim.id] = OriginOf(outlet or f"doc:{claim.doc_id}",
                                     ("outlet" if outlet else "article",
                                      "its paragraph was copied by other documents"))
            continue
        out[claim.id] = OriginOf(outlet or f"doc:{claim.doc_id}", ("outlet" if outlet else "article",))
    return _spoken(by_doc, claims, _credited_quotes(by_doc, claims, out))


def _spoken(by_doc: dict[str, Article], claims: Sequence[Claim], out: dict[str, OriginOf]
            ) -> dict[str, OriginOf]:
    """`out` with the origins of statements made live (`_occasion`) marked `spoken`."""
    for claim in claims:
        article, origin = by_doc.get(claim.doc_id), out.get(claim.id)
        occasion = _occasion(article, claim) if article and origin and not origin.published else None
        if occasion is not None and origin is not None:
            out[claim.id] = replace(origin, reasons=(*origin.reasons, f"said {occasion}"), spoken=True)
    return out


# a run of this many words quoted word for word in two articles is one quote
QUOTE_RUN = 6
_QUOTED = re.compile(r"[“\"]([^”\"]{20,})[”\"]")


def _quote_runs(claim: Claim) -> set[tuple[str, ...]]:
    """The QUOTE_RUN-word runs of a claim's quoted words, lowercased, without punctuation."""
    runs: set[tuple[str, ...]] = set()
    for m in _QUOTED.finditer(claim.content.text):
        words = _words(m.group(1))
        runs.update(tuple(words[k : k + QUOTE_RUN]) for k in range(len(words) - QUOTE_RUN + 1))
    return runs


def _credited_quotes(by_doc: dict[str, Article], claims: Sequence[Claim], out: dict[str, OriginOf]
                     ) -> dict[str, OriginOf]:
    """A quote an article shares word for word with another article, whose outlet it names
    ("Reuters reported", "told Reuters"; a rewrite "by staff and agencies"), was taken from
    there: it has that article's origin. Only where the claim's own origin is its article or
    outlet, not a relay, a release or a written statement, which say more."""
    runs = {c.id: _quote_runs(c) for c in claims if c.quote_type != "indirect"}
    index: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for c in claims:
        for run in sorted(runs.get(c.id, ())):
            index[run].append(c)
    for c in claims:
        mine = out.get(c.id)
        if mine is None or mine.reasons[0] not in ("outlet", "article") or c.doc_id not in by_doc:
            continue
        text = by_doc[c.doc_id].text
        for run in sorted(runs.get(c.id, ())):
            other = next((o for o in index[run] if o.doc_id != c.doc_id and out[o.id].name != mine.name
                          and not out[o.id].name.startswith("doc:")
                          and _names_outlet(text, out[o.id].name)), None)
            if other is not None:
                origin = out[other.id]
                out[c.id] = OriginOf(origin.name, (f"the quote as in {other.doc_id}, whose outlet "
                                                   f"{origin.name} {c.doc_id} names",))
                break
    return out


def _names_outlet(text: str, outlet: str) -> bool:
    """Whether a text names an outlet, by its display name or an alias ("AFP")."""
    names = [outlet, *(a for a in OUTLETS.get(outlet, ()) if "." not in a and len(a) > 2)]
    return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text) for n in names)


_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s)|\n")


def _attribution_sentence(text: str, claim: Claim) -> str:
    """The text of the sentence(s) a claim's source, cue and content stand in.

    Where the claim says "in a statement" is this sentence, not a fixed window around the
    cue: "Macklem told reporters. The bank said in a statement that ..." gives Macklem's words
    no written statement.
    """
    spans = [s for part in (claim.source, claim.cue, claim.content) for s in part.spans]
    if not spans:
        return ""
    lo, hi = min(s[0] for s in spans), max(s[1] for s in spans)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, lo - 400), lo)]
    start = ends[-1] if ends else max(0, lo - 400)
    after = _SENTENCE_END.search(text, hi, hi + 400)
    return text[start : after.end() if after else min(len(text), hi + 400)]


# the words that say a statement was made live, on an occasion of its own: to an outlet
# ("Speaking to the Courier", "told Reuters", "in an interview with the Herald"), or to the
# press at large ("told reporters in Bern", "at a news conference", "at a briefing")
_OCCASION = re.compile(
    r"\b(?i:in\s+an?\s+(?:telephone\s+|phone\s+|exclusive\s+|television\s+|radio\s+)?"
    r"interview(?:\s+with)?|speaking\s+to|spoke\s+to|talking\s+to|told)\s+(?:the\s+)?"
    r"(?P<outlet>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
    r"|\b(?P<press>(?:told|briefed|addressed)\s+(?:reporters|journalists|the\s+press|a\s+news\s+conference)"
    r"|at\s+an?\s+(?:news|press)\s+(?:conference|briefing)|at\s+an?\s+(?:\w+\s+)?briefing)\b")


# how far back from a claim its paragraph is looked for, in characters
OCCASION_REACH = 2000


def _occasion(article: Article, claim: Claim) -> str | None:
    """How the claim's paragraph, up to the end of its attribution's sentence, says the
    statement was made live ("to the Courier", "told reporters in Bern"), or None: such a
    statement is the occasion's,
    not the speaker's release, though the speaker published one the same day. An outlet
    named is taken only for the article's own outlet (with the outlet unknown, any name of
    an outlet's kind: "the Courier"); another outlet is a relay, which `via` holds."""
    if not claim.content.spans or claim.via or claim.chain:
        return None
    text, outlet = article.text, article.outlet
    spans = [sp for part in (claim.source, claim.cue, claim.content) for sp in part.spans]
    last = max(e for _, e in spans)
    first = min(s for s, _ in spans)
    # back to the paragraph's start, within `OCCASION_REACH` characters: a text with no blank
    # line (a 50 MB file of one paragraph) must not be scanned back to its start for each claim
    lo = max(0, first - OCCASION_REACH)
    start = max(lo, text.rfind("\n\n", lo, first) + 1)
    after = _SENTENCE_END.search(text, last)
    end = after.end() if after else len(text)
    own = {w.lower() for w in re.findall(r"\w+", outlet or "") if len(w) > 2} - MASTHEAD_WORDS
    own_name = normalize_outlet(outlet) if outlet else None
    for m in _OCCASION.finditer(text, start, end):
        if m.group("press"):
            return m.group("press")
        name = m.group("outlet")
        words = [w.lower() for w in re.findall(r"\w+", name)]
        ours = own_name is not None and (set(words) & own or normalize_outlet(name) == own_name)
        if ours or (outlet is None and words[-1] in MASTHEAD_WORDS):
            return f"to {name}"
    return None


def _act_origin(claim: Claim, speaker: str) -> OriginOf | None:
    """An act reported as fact (`corroborate.acts`) names no channel: whoever retells it,
    it is the actor's."""
    if claim.kind != "act" or not speaker:
        return None
    return OriginOf(f"act of {speaker}", (f"{claim.doc_id} reports an act of {speaker} as fact",))


def _relayed_origin(claim: Claim, speaker: str, houses: set[str]) -> OriginOf | None:
    """The innermost relay of a claim's chain or via; else, for a claim whose speaker is a news
    outlet or an outlet of the folder by name ("The Clarion reported that ..."), that outlet,
    however many articles repeat its report (and its own article with them)."""
    chain = [_house_of(normalize_outlet(c), houses)
             for c in (claim.chain or ([claim.via] if claim.via else []))]
    if chain:
        why = (f"relayed by {' then '.join(chain)}" if len(chain) > 1 else f"via {chain[0]}")
        return OriginOf(chain[-1], (why,))
    if speaker and (claim.speaker_kind == "media" or normalize_outlet(speaker) in houses):
        return OriginOf(normalize_outlet(speaker), (f"reported by {speaker}",))
    return None


def _house_of(name: str, houses: set[str]) -> str:
    """The folder's outlet a relay's words open with ("NorthStar News report on Sunday", the
    via of "A NorthStar News report on Sunday had quoted ..."), or that the words name without
    its last media word ("Channel North" for a page of "Channel North News"), else the words
    as they are."""
    if name in houses:
        return name
    return next((h for h in sorted(houses) if name.startswith(f"{h} ") or (
        h.startswith(f"{name} ") and h[len(name) + 1 :].lower() in HOUSE_NAME_ENDINGS)), name)



def group_by_origin(members: Sequence[Claim], origins: dict[str, OriginOf]) -> dict[str, list[Claim]]:
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in members:
        if c.id in origins:
            groups[origins[c.id].name].append(c)
    return groups
