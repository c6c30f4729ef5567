"""Clean-up passes over a Doc's attributions, in order (`PASSES`): substance, univocal nesting,
publishers and claim kinds, interrupted quotes, continuations."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from corroborate import lexicon as lx
from corroborate.attribution.complements import is_misparsed_complement
from corroborate.attribution.content import before_the_mark
from corroborate.attribution.model import Attribution, CharSpan, Relay, RuleContext
from corroborate.attribution.quotes import QUOTE_RE, ends_with_comma_quote, find_quotes, paragraph_index
from corroborate.attribution.refusals import refusal_stance
from corroborate.attribution.spans import char_range, doc_text, is_inside, overlaps, tok_span
from corroborate.attribution.syntax import (
    cue_tokens,
    in_adjunct_clause,
    is_cue_verb,
    looks_media,
    relay_at,
    source_range,
    verb_forms,
)
from corroborate.lexicon.attribution import (
    ANONYMITY_VERBS,
    CONCESSIVE_MARKS,
    DATELINE,
    SELF_PRONOUNS,
    THAT_CLAUSES,
)
from corroborate.schema import (
    ClaimKind,
)
from corroborate.speakers import (
    document_owner,
    document_publisher,
)


def claim_kind(doc: Doc, att: Attribution, quotes: Sequence[CharSpan]) -> ClaimKind:
    """What sort of attribution this is: a statement, or the writer's prediction, an
    intention reported as fact, a perception or the writer's own opinion.

    The criteria are lexical and syntactic (see `lexicon.FORECAST_MODALS`): who the source
    is (first person outside quotes, an image or a record), the class of the cue's lemma,
    and the modals and hedges of its verb group. First match wins, in that order; a refusal
    stays a statement whatever its modal ("would not say").
    """
    if att.cue_token is None:
        return "statement"
    src = doc[att.source_token] if att.source_token is not None else None
    if src is not None and src.tag_ in ("WDT", "WP") and src.head.dep_ == "relcl":
        src = src.head.head  # "the video, which shows ..."
    if src is not None and src.lower_ in lx.FIRST_PERSON and not is_inside(
            (src.idx, src.idx + len(src)), quotes):
        return "opinion"
    cue = doc[att.cue_token]
    lemma = cue.lemma_.lower()
    if src is not None and (src.lower_ in lx.PERCEPTION_SOURCES or (
            src.pos_ == "NOUN" and src.lemma_.lower() in lx.PERCEPTION_SOURCES)) and (
            lemma in lx.PERCEPTION_CUES or lemma not in lx.SPEECH_CUES) and not _published_by(src):
        return "perception"
    if att.stance == "declines":
        return "statement"
    group = {doc[i] for s, e in att.cue if (span := doc.char_span(s, e, alignment_mode="expand"))
             is not None for i in range(span.start, span.end)}
    modals = {t.lower_ for t in group if t.tag_ == "MD"}
    hedged = any(t.lower_ in lx.HEDGE_ADVERBS for t in group)
    speech = lemma in lx.SPEECH_CUES
    if "would" in modals and lemma in lx.WISH_VERBS:
        return "intention"  # "would like to buy the plant"
    if (modals & lx.FORECAST_MODALS or hedged) and not speech:
        return "prediction"  # "would also likely seek food supplies", "will request X"
    if modals & lx.FUTURE_MODALS and speech:
        return "prediction"  # "will argue that X": nobody has argued it yet
    if att.kind == "object" and cue.pos_ == "ADJ" and cue.lower_ in lx.INTENTION_ADJS and not any(
            g.lower_ in ("have", "be") for c in cue.children if c.dep_ == "xcomp" for g in c.children
            if g.dep_ in ("aux", "auxpass")):
        return "intention"  # "is willing to negotiate", not "was determined to have been"
    if cue.pos_ == "NOUN" and cue.lower_ in lx.INTENTION_NOUNS:
        return "intention"  # "the mayor's plan to cut fares"
    # "hopes to win", not "expects Kim to be" (a belief) nor "to have been" (a finding)
    infinitive = any(c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) and not any(
        g.dep_ in ("nsubj", "aux") and g.lower_ != "to" for g in c.children) for c in cue.children)
    forms = verb_forms(cue)  # "hopes" is lemmatised "hop"
    if cue.pos_ in ("VERB", "AUX") and (forms & lx.INTENTION_CUES or (
            infinitive and forms & lx.INFINITIVE_INTENTION_CUES)):
        return "intention"  # "plans to cut 300 jobs", "decided to sell", "hopes to finish"
    return "statement"


def _published_by(noun: Token) -> bool:
    """Whether a record names who published it ("official results announced by the electoral
    board", "figures released by the ministry"): then it is that publisher's statement, not
    what an image or a record shows."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in lx.PUBLISH_VERBS and any(
        g.dep_ == "agent" for g in c.children) for c in noun.children)


def make_univocal(doc: Doc, atts: list[Attribution], relays: bool = True) -> list[Attribution]:
    """Drop attributions nested in another's content; a nested one under a media source wins.

    "officials believe X, according to the New York Times" keeps the officials' claim with
    the Times as `via`; "He said the Kremlin was not interested, saying ..." keeps the outer.
    """
    atts = sorted(_objects_yield(atts),
                  key=lambda a: (a.content[0][0], -(a.content[-1][1] - a.content[0][0])))
    drop: set[int] = set()
    result = list(atts)
    for i, j in _nesting_candidates(doc, atts):
        if i == j or i in drop or j in drop:
            continue
        _resolve_nesting(doc, i, j, atts, result, drop, relays)
    return _one_per_content(result, drop)


def _objects_yield(atts: list[Attribution]) -> list[Attribution]:
    """An object-rule reading ("criticized X for ...") yields to every other rule it overlaps
    (letting it cut the other's content instead, as verb cues do in `_split_off`, cost 0.003
    lenient F1 on PolNeAR dev: "he rated contestants ... and talked about ..." is one content)."""
    strong = [a for a in atts if a.kind not in ("object", "passive")]
    return strong + [
        a for a in atts if a.kind in ("object", "passive") and not any(
            overlaps(a.content[0], c) or overlaps(a.cue[0], c)
            or any(overlaps(s, b.cue[0]) for s in a.content)
            for b in strong for c in b.content
        )
    ]


def _nesting_candidates(doc: Doc, atts: Sequence[Attribution]) -> list[tuple[int, int]]:
    """The pairs (outer, inner) of `_resolve_nesting` that may do something, in the order of a
    full double loop (outer, then inner, by index), found by a sweep over sorted starts.

    A pair does something only when the inner attribution's content or cue starts inside the
    outer's content, or its cue token lies in the outer cue token's subtree; every other pair
    of the double loop leaves all as it is, so skipping it changes nothing.
    """
    by_content = sorted((a.content[0][0], j) for j, a in enumerate(atts))
    by_cue = sorted((a.cue[0][0], j) for j, a in enumerate(atts) if a.cue)
    by_token = sorted((a.cue_token, j) for j, a in enumerate(atts) if a.cue_token is not None)
    pairs: list[tuple[int, int]] = []
    for i, outer in enumerate(atts):
        lo = min(s for s, _ in outer.content)
        hi = max(e for _, e in outer.content)
        inner = {j for _, j in _between(by_content, lo, hi)} | {j for _, j in _between(by_cue, lo, hi)}
        if outer.cue_token is not None:
            head = doc[outer.cue_token]
            inner.update(j for _, j in _between(by_token, head.left_edge.i, head.right_edge.i))
        pairs.extend((i, j) for j in sorted(inner))
    return pairs


def _between(items: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The items of a list sorted by key whose key lies in [lo, hi]."""
    return items[bisect_left(items, (lo, -1)) : bisect_right(items, (hi, len(items) + 1))]


def _resolve_nesting(doc: Doc, i: int, j: int, atts: Sequence[Attribution], result: list[Attribution],
                     drop: set[int], relays: bool) -> None:
    """One outer attribution against one inner: the inner becomes the outer's `via`, is relayed
    by a media source, splits the outer's content, or is dropped (or the outer is)."""
    outer, inner = atts[i], atts[j]
    if outer.rule == "verbs.learned_cue" and inner.rule == "verbs.cue_verb" and inner.cue and (
            is_inside(inner.cue[0], outer.content)):
        # "Sky News has reported, citing people ..., that CMA officials are leaning towards
        # ...": a verb only the cue finder reads as a cue ("are leaning") yields to a cue of
        # the lexicon inside what it would have said
        drop.add(i)
        return
    if inner.kind in ("according", "per") and all(
        is_inside(c, outer.content) for c in inner.content
    ) and outer.via_text:
        drop.add(j)  # already taken as the outer claim's `via`
        return
    text = doc_text(doc)
    if (
        inner.cue_token is not None and outer.cue_token is not None
        and inner.cue_token != outer.cue_token and outer.kind == "verb"
        and doc[outer.cue_token].is_ancestor(doc[inner.cue_token])
        and not is_inside(inner.cue[0], outer.content) and outer.source
        and looks_media(text[outer.source[0][0] : outer.source[0][1]])
        and not _set_against(doc, inner)
    ):
        # "the Times reported, citing officials that noted ...": learned via the Times
        result[j] = replace(inner, via_text=inner.via_text or text[outer.source[0][0] : outer.source[0][1]],
                            via_token=outer.source_token, chain=_relayed(result[i], result[j]))
        return
    if not inner.cue or not is_inside(inner.cue[0], outer.content):
        return
    outer_src = text[outer.source[0][0] : outer.source[0][1]] if outer.source else ""
    media = outer.kind in ("according", "per", "as", "in") or looks_media(outer_src)
    if media and claim_kind(doc, inner, find_quotes(text)) in ("intention", "prediction", "perception"):
        # "The Journal reported that Xi plans to call Zelensky": the Journal's report of a
        # plan, not a statement of Xi's the Journal passes on (a plan said by nobody is kept
        # out of corroboration); a speech act inside ("reported that Xi told aides") is relayed
        drop.add(j)
        return
    if media and _set_against(doc, inner) and (cut := _split_off(doc, result[i], inner)) is not None:
        result[i] = cut  # "Reuters reported that X, while the Chronicle said Y": two reports
        return
    if media:
        result[j] = replace(inner, via_text=inner.via_text or outer_src or None,
                            via_token=inner.via_token or outer.source_token,
                            chain=_relayed(result[i], result[j]))
        if not in_adjunct_clause(doc, inner.cue_token, outer.cue_token):  # else a part of the report
            drop.add(i)
        return
    split = _split_off(doc, result[i], inner)
    if split is not None:
        result[i] = split  # "said X, adding Y": two attributions, as PolNeAR has
    elif relays and _relays(doc, outer, inner):
        # "The Journal reported that an official told aides that X": the official's
        # claim, passed on by the Journal; the Journal's own claim would repeat it
        result[j] = replace(inner, chain=_relayed(result[i], result[j]))
        drop.add(i)
    else:
        drop.add(j)


def _set_against(doc: Doc, inner: Attribution) -> bool:
    """Whether an inner cue heads a clause set against the outer content by "while" or
    "whereas", with a subject of its own: "Reuters reported that 14 had died, while the
    Chronicle said the toll had risen to 21" is two reports, not the Chronicle's relayed by
    Reuters (the parser hangs the clause on the content's verb)."""
    if inner.cue_token is None:
        return False
    verb = doc[inner.cue_token]
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children) and any(
        c.dep_ in lx.SUBJECT_DEPS for c in verb.children)


def _one_per_content(result: list[Attribution], drop: set[int]) -> list[Attribution]:
    """The attributions not dropped, one per cue and one per content."""
    # "X scolded him: “...,” she said": one quote introduced by a cue before it and closed by
    # another after it is one attribution, the first (PolNeAR never gives one content twice)
    introduced = {a.content for a in result if a.cue and a.cue[0][1] <= a.content[0][0]}
    # two rules firing on one cue (ccomp and parataxis readings): keep the first
    seen: set[CharSpan] = set()
    # "Asked to describe X": the chained cue and the infinitive's own give one content; the
    # longer cue is the one PolNeAR has
    widest: dict[tuple[CharSpan, ...], CharSpan] = {}
    for a in result:
        if a.cue and (a.content not in widest or (
                a.cue[0][1] - a.cue[0][0] > widest[a.content][1] - widest[a.content][0])):
            widest[a.content] = a.cue[0]
    out = []
    for k, a in enumerate(result):
        if k in drop:
            continue
        if a.cue[0] in seen or (a.content in introduced and a.cue[0][0] >= a.content[-1][1]):
            continue
        if widest.get(a.content, a.cue[0]) != a.cue[0] and is_inside(a.cue[0], [widest[a.content]]):
            continue
        seen.add(a.cue[0])
        out.append(a)
    return out


def _relays(doc: Doc, outer: Attribution, inner: Attribution) -> bool:
    """Whether an attribution nested in another's content is a speech act the outer source
    passes on: "X reported that Y told aides that Z", "X said Y had announced Z".

    The inner cue must head what the outer cue says (its complement clause, outside quotes),
    the outer cue must assert (a denial of "Y told aides" passes nothing on), the inner cue
    must be a speech or publication act (Y's belief or a chart's showing is X's own account
    of them), and the inner source must be someone other than the outer speaker.
    """
    if outer.cue_token is None or inner.cue_token is None or not inner.source or (
            inner.source_token is None) or outer.stance != "asserts" or inner.stance != "asserts":
        return False  # nor a telling denied: "said the railroad had not told firefighters what"
    if outer.kind not in ("verb", "noun") or inner.kind not in ("verb", "object", "noun"):
        return False
    out_lemma = doc[outer.cue_token].lemma_.lower()
    in_lemma = doc[inner.cue_token].lemma_.lower()
    if out_lemma not in lx.RELAY_CUES or in_lemma not in lx.RELAY_CUES | lx.PUBLISH_VERBS:
        return False
    verb = doc[inner.cue_token]
    if verb.head.i != outer.cue_token or verb.dep_ not in ("ccomp", "parataxis"):
        return False  # "would pledge X if the Chinese pledged Y": not what the outer said
    if not all(is_inside(c, outer.content) for c in inner.content) or any(
            overlaps(inner.cue[0], q) for q in find_quotes(doc_text(doc))):
        return False  # a cue in a quote is the quoted speaker's own words ('is "telling X')
    src = doc[inner.source_token]
    if src.lower_ in SELF_PRONOUNS or src.lower_.endswith(("self", "selves")) or not _may_speak(src):
        return False  # "Roe said she told aides", "said the vote signals X": no relay
    text = doc_text(doc)
    inner_src = text[inner.source[0][0] : inner.source[0][1]].lower()
    return not outer.source or inner_src != text[outer.source[0][0] : outer.source[0][1]].lower()


def _cited_party(tok: Token) -> bool:
    """A cited object that names a party: a person, a body, or a word for a source ("two
    people familiar with the matter", "officials", "a spokesman")."""
    return tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PROPN" or (
        tok.lemma_.lower() in lx.CITED_PARTY_NOUNS)


def _may_speak(tok: Token) -> bool:
    """Whether a source token can name someone who speaks or a text that does: not an image
    or a record, which show ("the footage showed"), nor a word of amount or event."""
    if tok.tag_ in ("WDT", "WP") or tok.pos_ == "PROPN" or tok.ent_type_ in (
            "PERSON", "ORG", "NORP", "GPE"):
        return True
    return tok.pos_ in ("NOUN", "PRON") and not (
        {tok.lemma_.lower(), tok.lower_} & (lx.PERCEPTION_SOURCES | lx.NON_SOURCES))


def _relayed(outer: Attribution, inner: Attribution) -> tuple[Relay, ...]:
    """The inner attribution's chain once the outer one relays it: the outer's own relays,
    the outer source, then the inner's relays (an addressee outlet: "told state media")."""
    own: tuple[Relay, ...] = ((outer.source[0], outer.source_token),) if outer.source else ()
    chain = [*outer.chain, *own]
    return tuple(chain + [r for r in inner.chain if r not in chain])


def with_publisher(doc: Doc, att: Attribution) -> Attribution:
    """"The minister's statement, published by state media, read: ..." and "state media
    published the minister's statement, which read: ...": the statement is the minister's
    (`corroborate.speakers` names its owner the speaker); the outlet that published it is a
    relay, the last of the chain. A statement with no owner is its publisher's own."""
    if att.source_token is None:
        return att
    noun = doc[att.source_token]
    if noun.tag_ in ("WDT", "WP") and noun.dep_ in lx.SUBJECT_DEPS:
        head = noun.head
        noun = head.head if head.dep_ == "relcl" else noun  # "..., which read"
    if noun.lemma_.lower() not in lx.DOCUMENT_NOUNS or document_owner(noun) is None:
        return att
    publisher = document_publisher(noun)
    relay = relay_at(doc, publisher.i) if publisher is not None else None
    if relay is None or relay in att.chain:
        return att
    return replace(att, chain=(*att.chain, relay))


def _split_off(doc: Doc, outer: Attribution, inner: Attribution) -> Attribution | None:
    """The outer attribution without the clause of an inner cue that closes its content, or
    None when the inner cue's clause does not close it.

    "said X, adding Y", "claimed that X, although he once more declined to Y", "said X, which he
    said were Y", "said X and Democrats accused Y": PolNeAR never lets two contents overlap
    (not once in dev), and neither does a reader: the second clause is another attribution.
    """
    if outer.kind not in ("verb", "object") or inner.kind not in ("verb", "object") or (
            inner.cue_token is None):
        return None
    s0, e0 = outer.content[-1]
    whole = doc.char_span(s0, e0, alignment_mode="expand")
    v = doc[inner.cue_token]
    if whole is None or not whole.start <= v.i < whole.end:
        return None
    # the clause the inner cue heads or sits in, as a unit joined to the outer content
    top = v
    while top.dep_ not in ("conj", "advcl", "relcl", "parataxis", "acl") and (
            whole.start <= top.head.i < whole.end and top.head.i != top.i):
        top = top.head
    if top.dep_ not in ("conj", "advcl", "relcl", "parataxis", "acl"):
        return None
    if not is_cue_verb(v) and (v.i != top.i or v.dep_ not in ("advcl", "conj") or any(
            c.dep_ in lx.SUBJECT_DEPS for c in v.children)):
        return None  # a cue only the trained finder knows cuts a content only as a participle
        # or conjunct of the same speaker ("..., contradicting police's earlier claim")
    if top.dep_ in ("relcl", "acl") and (v.lemma_.lower() not in lx.SPEECH_CUES or not any(
            c.dep_ == "nsubj" and c.lower_ not in lx.RELATIVE_PRONOUNS for c in v.children)):
        return None  # "photos that showed more damage": a noun's modifier, not a new speaker
    if v.lemma_.lower() in lx.MENTAL_CUES | lx.EVIDENCE_CUES | lx.OBJECT_CUES_EXTRA and v.tag_ != "VBG":
        return None  # "she asked for it because she wanted to ...": a reason, part of what was said
    if top.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in CONCESSIVE_MARKS
                                   for c in top.children):
        return None  # "until Haley said ...", "when she claimed ...": inside the content
    lo = top.left_edge.i
    if top.dep_ in ("relcl", "acl") and doc[lo - 1].text != ",":
        return None  # "the $18 million he says he raised": a restrictive clause stays
    if top.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in top.children):
        return None  # "said the videos were X and that the footage did not show Y": both said
    tail = top.right_edge.i + 1
    while tail < whole.end and (doc[tail].is_punct or doc[tail].is_space):
        tail += 1
    if lo <= whole.start + 2 or tail < whole.end:
        return None
    hi = lo
    while hi > whole.start and (doc[hi - 1].is_punct or doc[hi - 1].dep_ in ("cc", "mark")) and (
            doc[hi - 1].text not in lx.QUOTE_CHARS):
        hi -= 1
    cut = char_range(doc, whole.start, hi)
    if cut is None:
        return None
    return replace(outer, content=(*outer.content[:-1], cut))


def has_substance(doc: Doc, content: Sequence[CharSpan]) -> bool:
    """Content must name something: "as far as the outside world knows" gives "at least as
    far", which has no noun, verb or number and is no claim."""
    text = doc_text(doc)
    for s, e in content:
        if QUOTE_RE.match(text[s:e]) and any(ch.isalpha() for ch in text[s:e]):
            return True  # “No, no, no, no,” he said
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and any(t.pos_ in ("NOUN", "PROPN", "VERB", "NUM", "PRON") for t in span):
            return True
    return False


def continuations(doc: Doc, atts: list[Attribution], quotes: Sequence[CharSpan]) -> list[Attribution]:
    """Quotes without a cue of their own that continue the last direct quote's speaker.

    Returns:
        `atts` with the continuations added. A quote in the same paragraph as a direct
        attribution ("'A,' she said. 'B.'") is another content span of that attribution, as
        PolNeAR annotates it (one statement, one relation: 271 of the 301 multi-span
        contents in PolNeAR dev are quotes around their cue). A paragraph that is a quote
        and follows a paragraph whose last attribution was a direct quote becomes a claim
        of its own, with the same source and cue.
    """
    text = doc_text(doc)
    covered = [s for a in atts for s in a.content]
    lines = paragraph_index(text)
    out: list[Attribution] = []
    extra: dict[int, list[CharSpan]] = {}
    by_end = sorted(atts, key=lambda a: a.content[-1][1])
    for qs, qe in quotes:
        if any(overlaps((qs, qe), c) for c in covered):
            continue
        inner = text[qs + 1 : qe - 1].strip()
        if not inner or not _is_sentence_quote(text, qs, qe):
            continue
        prev = [a for a in by_end if a.content[-1][1] <= qs and a.cue]
        if not prev:
            continue
        last = prev[-1]
        qtext = " ".join(text[s:e] for s, e in last.content)
        if not QUOTE_RE.search(qtext):
            continue
        para_q = _para_of(lines, qs)
        para_last = _para_of(lines, last.content[-1][0])
        between = text[last.content[-1][1] : qs]
        if para_q - para_last > 2 or (para_q != para_last and not _line_is_quote(text, lines, para_q)):
            continue
        if re.search(r"[.!?][\"”]?\s+\S", between) and para_q == para_last and len(between) > 200:
            continue
        if para_q == para_last:
            extra.setdefault(id(last), []).append((qs, qe))
            covered.append((qs, qe))
            continue
        if len(inner.split()) < 5:
            continue  # too short to stand as a claim of its own
        covered.append((qs, qe))
        out.append(replace(last, content=((qs, qe),), kind="continuation", rule="passes.continuation",
                           confidence=round(min(last.confidence, 0.8) - 0.1, 2)))
    merged = [replace(a, content=(*a.content, *extra[id(a)])) if id(a) in extra else a for a in atts]
    return merged + out


def merge_interrupted(doc: Doc, atts: list[Attribution], quotes: Sequence[CharSpan]) -> list[Attribution]:
    """"“A,” Traynor said, “B.”": one statement interrupted by its cue, so one attribution with
    two content spans (PolNeAR's convention); a quote after a full stop stays a continuation.

    Either half may be the one a rule found: "“A,” she said, “B.”" with A as the cue's content
    takes B after it, and with B as the content (A a fragment no rule reads as a clause,
    "“Hopefully,” the mayor said, “...”") takes A before it.
    """
    text = doc_text(doc)
    covered = [s for a in atts for s in (*a.content, *a.cue, *a.source)]
    out = []
    for a in atts:
        if not a.cue:
            out.append(a)
            continue
        roles = sorted([*a.cue, *a.source])
        first, last = roles[0][0], max(e for _, e in roles)
        end, start = a.content[-1][1], a.content[0][0]
        merged: CharSpan | None = None
        if first >= end and ends_with_comma_quote(text, end):
            # the content is the first half: the second opens just after the cue
            nxt = next(((qs, qe) for qs, qe in quotes if last <= qs <= last + 100), None)
            if nxt is not None and _interruption(text, end, nxt[0], roles):
                merged = nxt
        elif last <= start and any(qs == start for qs, _ in quotes):
            # the content is the second half: the first closes with a comma just before the cue
            prv = next(((qs, qe) for qs, qe in quotes if first - 3 <= qe <= first), None)
            if prv is not None and ends_with_comma_quote(text, prv[1]) and (
                    _interruption(text, prv[1], start, roles)):
                merged = prv
        if merged is None or any(overlaps(merged, c) for c in covered):
            out.append(a)
            continue
        out.append(replace(a, content=tuple(sorted((*a.content, merged)))))
        covered.append(merged)
    return out


def _interruption(text: str, start: int, end: int, roles: Sequence[CharSpan]) -> bool:
    """Whether text[start:end], less the source and cue, is only what interrupts one quote:
    commas and spaces, or a short phrase on the cue ("Tester said, referring to the excuse,")."""
    gap = text[start:end]
    for s, e in roles:
        if start <= s and e <= end:
            gap = gap.replace(text[s:e], "")
    rest = gap.strip(" ,")
    return not rest or (len(rest) <= 80 and gap.rstrip(" ").endswith(",")
                        and not re.search(r'[.!?;:"“”\n]', rest))


def _para_of(lines: Sequence[int], offset: int) -> int:
    lo, hi = 0, len(lines)
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if lines[mid] <= offset:
            lo = mid
        else:
            hi = mid
    return lo


def _line_is_quote(text: str, lines: Sequence[int], idx: int) -> bool:
    start = lines[idx]
    end = lines[idx + 1] if idx + 1 < len(lines) else len(text)
    line = text[start:end].strip()
    return bool(line) and line[0] in lx.OPEN_QUOTES


def _is_sentence_quote(text: str, qs: int, qe: int) -> bool:
    """A quote that stands as a sentence: preceded by a sentence end or a paragraph start."""
    before = text[max(0, qs - 3) : qs].strip()
    return before == "" or before[-1] in ".!?:”\"\n"


def anonymity_request(doc: Doc, content: Sequence[CharSpan]) -> bool:
    """Whether a content only asks that its speaker stay unnamed: "who declined [to be
    named]", "who asked [not to be identified because ...]". Such a phrase says how a source
    is kept anonymous and is no claim (nor a refusal to confirm anything)."""
    if len(content) != 1:
        return False
    span = doc.char_span(*content[0], alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct]
    if words and words[0].lower_ == "not":
        words = words[1:]
    return len(words) >= 3 and [t.lower_ for t in words[:2]] == ["to", "be"] and (
        words[2].lemma_.lower() in ANONYMITY_VERBS)




def dateline_at(text: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """The wire dateline that opens `text` at `start`, if any (`lexicon.attribution.DATELINE`):
    one that opens with a place in capitals ("NEW YORK", "BEIRUT"), not an abbreviation
    ("U.S. - China talks"), or a date with its wire ("March 9 (Reuters) - ")."""
    m = DATELINE.match(text, start, len(text) if end is None else end)
    if m is None:
        return None
    place = re.match(r"[A-Z]{3}", text[start : start + 3]) is not None
    return m if place or m.group(0).rstrip(" -–—").endswith(")") else None


def without_dateline(ctx: RuleContext, atts: list[Attribution]) -> list[Attribution]:
    """Pass 1b: a content's opening dateline is cut off (the source's already is,
    `spans.source_chars`); the wire it credits is read by `claims.wire_credits`."""
    text = doc_text(ctx.doc)
    out = []
    for att in atts:
        (s, e), *rest = att.content
        m = dateline_at(text, s, e)  # the parser ran a dateline into the content
        if m is not None and m.end() < e:
            att = replace(att, content=((m.end(), e), *rest))
        out.append(att)
    return out


def drop_without_substance(ctx: RuleContext, atts: list[Attribution]) -> list[Attribution]:
    """Pass 1: attributions whose content names nothing, or only asks for anonymity, are dropped."""
    return [a for a in atts
            if has_substance(ctx.doc, a.content) and not anonymity_request(ctx.doc, a.content)]


def univocal(ctx: RuleContext, atts: list[Attribution]) -> list[Attribution]:
    """Pass 2: nested attributions become one (`make_univocal`; `relays` from the config)."""
    return make_univocal(ctx.doc, atts, relays=ctx.config.relays)


def cited_sources(ctx: RuleContext, atts: list[Attribution]) -> list[Attribution]:
    """Pass 2b (with `relays`): "The Journal, citing people familiar with the matter, reported
    that X" and "The newspaper quoted a police spokesman as saying X" are the cited party's
    claims, relayed by the outlet, as "the Journal reported that an official told aides that
    X" is the official's (`_relays`). The participle's own reading ("citing" -> "people
    familiar with the matter") is dropped: it names a source, not a claim. Off in PolNeAR's
    convention (`relays` false), which keeps the outlet's relation."""
    if not ctx.config.relays:
        return atts
    doc = ctx.doc
    out: list[Attribution] = []
    citing: set[int] = set()
    for att in atts:
        found = _cited(doc, att)
        if found is not None:
            att, participle = found
            citing.add(participle)
        out.append(att)
    return [a for a in out if a.cue_token not in citing]


def _cited(doc: Doc, att: Attribution) -> tuple[Attribution, int] | None:
    """The attribution re-sourced to the party its outlet cites or quotes, with the token of
    the citing participle (or the quoting verb), or None."""
    if att.kind != "verb" or att.cue_token is None or att.source_token is None or not att.source:
        return None
    verb, src = doc[att.cue_token], doc[att.source_token]
    outer = doc_text(doc)[att.source[0][0] : att.source[0][1]]
    cited: Token | None = None
    participle: Token | None = None
    if verb.lemma_.lower() == "say" and verb.dep_ == "pcomp" and verb.head.lower_ == "as" and (
            verb.head.head.lemma_.lower() == "quote"):
        participle = verb.head.head  # "quoted a police spokesman as saying X"
        cited = next((c for c in participle.children if c.dep_ == "dobj"), None)
    elif verb.lemma_.lower() == "cite" and verb.tag_ == "VBG" and verb.dep_ == "advcl" and (
            verb.head.lemma_.lower() == "report" or looks_media(outer)) and is_cue_verb(verb.head):
        # "The Ilbo reported, citing unnamed officials, that ...", the clause hung on "citing":
        # the report is the cue, the cited party the source
        return _recued(doc, att, verb.head, verb, outer)
    elif looks_media(outer) or verb.lemma_.lower() == "report":
        # a report that cites someone is an outlet's, whether or not the lexicon knows the
        # outlet ("The JoongAng Ilbo reported, citing unnamed officials, that ...")
        # the participle hangs on the cue or its subject, or on the content's verb where the
        # parser hung the cue there ("reported, citing officials, that ...")
        hung = verb.head.children if verb.dep_ in ("ccomp", "parataxis") and verb.head.i > verb.i else ()
        # or on the content's own verb, before its "that" ("reported on Tuesday, citing
        # officials, that ..." hung "citing" on the clause's verb)
        ahead = [t for c in verb.children if c.dep_ == "ccomp" or is_misparsed_complement(verb, c)
                 for t in before_the_mark(verb, c)]
        # or on it after the content, set off by a comma ("reported that the fault had
        # followed an update, citing two people familiar with the matter")
        # (only a cited party who can be a source: "citing falling demand" is a reason)
        behind = [t for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i for t in c.children
                  if t.dep_ == "advcl" and t.i > c.i and doc[t.i - 1].text == "," and any(
                      o.dep_ == "dobj" and _cited_party(o) for o in t.children)]
        for tok in (*verb.children, *src.children, *(t for t in hung if verb.i < t.i), *ahead, *behind):
            if tok.lemma_.lower() == "cite" and tok.tag_ == "VBG" and tok.i != verb.i:
                participle = tok
                cited = next((c for c in tok.children if c.dep_ == "dobj"), None)
                break
    if cited is None or participle is None or not _may_speak(cited):
        return None
    return _resourced(doc, att, cited, participle, verb, outer)


def _recued(doc: Doc, att: Attribution, cue: Token, participle: Token, outer: str
            ) -> tuple[Attribution, int] | None:
    """The attribution whose cue the parser made the citing participle, re-cued to the
    report and re-sourced to the cited party (no other reading to drop: -1)."""
    cited = next((c for c in participle.children if c.dep_ == "dobj"), None)
    if cited is None or not _may_speak(cited):
        return None
    att = replace(att, cue=(tok_span(cue_tokens(cue)),), cue_token=cue.i, cue_lemma=cue.lemma_.lower())
    found = _resourced(doc, att, cited, participle, cue, outer)
    return None if found is None else (found[0], -1)


def _resourced(doc: Doc, att: Attribution, cited: Token, participle: Token, verb: Token,
               outer: str) -> tuple[Attribution, int] | None:
    """`att` with the party its outlet cites (`cited`, named by `participle`) as its source."""
    lo, hi = source_range(cited, [participle, verb])
    # the cited party without the clause that says what else it said: "officials [that noted
    # he could also go to Moscow]" (that clause is an attribution of its own)
    clauses = [c.left_edge.i for c in cited.children if c.dep_ in ("relcl", "acl") and c.i > cited.i]
    hi = min([hi, *clauses])
    while hi > lo + 1 and doc[hi - 1].is_punct:
        hi -= 1
    span = char_range(doc, lo, hi)
    if span is None or any(overlaps(span, c) for c in att.content):
        return None
    relay: Relay = (att.source[0], att.source_token)
    chain = att.chain if relay in att.chain else (*att.chain, relay)
    return replace(att, source=(span,), source_token=cited.i, via_text=att.via_text or outer,
                   via_token=att.via_token if att.via_token is not None else att.source_token,
                   chain=chain), participle.i


def add_publisher_and_claim_kind(ctx: RuleContext, atts: list[Attribution]) -> list[Attribution]:
    """Pass 3: the publisher of an owned statement joins the chain; each gets its claim kind."""
    doc, quotes = ctx.doc, ctx.quotes
    return [replace(with_publisher(doc, a), claim_kind=claim_kind(doc, a, quotes)) for a in atts]


def merge_interrupted_quotes(ctx: RuleContext, atts: list[Attribution]) -> list[Attribution]:
    """Pass 4: "“A,” she said, “B.”" is one attribution with two content spans."""
    return merge_interrupted(ctx.doc, atts, ctx.quotes)


def add_continuations(ctx: RuleContext, atts: list[Attribution]) -> list[Attribution]:
    """Pass 5: quotes that continue the last speaker (rule `passes.continuation`)."""
    return continuations(ctx.doc, atts, ctx.quotes)


# the fewest words a clause needs to be a claim of its own
CLAUSE_MIN_WORDS = 4


def split_propositions(ctx: RuleContext, atts: list[Attribution]) -> list[Attribution]:
    """Pass 5b (with `propositions`): "The FDIC said that the bank would assume every deposit,
    and that the branches would open on Monday" is two claims, one a clause, with one source
    and cue: other articles carry either alone, and one claim can be in one cluster only. A
    content with a quote in it is the speaker's words and stays whole. Off in PolNeAR's
    convention, which annotates one attribution a cue."""
    if not ctx.config.propositions:
        return atts
    text = doc_text(ctx.doc)
    out: list[Attribution] = []
    for att in atts:
        if len(att.content) != 1 or att.quoted or any(overlaps(att.content[0], q) for q in ctx.quotes):
            out.append(att)
            continue
        (s, e), = att.content
        cuts = [(m.start(), m.end()) for m in THAT_CLAUSES.finditer(text, s, e)]
        bounds = [s] + [x for cut in cuts for x in cut] + [e]
        parts = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
        if len(parts) < 2 or any(len(text[a:b].split()) < CLAUSE_MIN_WORDS for a, b in parts):
            out.append(att)
            continue
        out.extend(replace(att, content=(part,)) for part in parts)
    return out


def sort_by_content(ctx: RuleContext, atts: list[Attribution]) -> list[Attribution]:
    """Pass 6: by content start, then cue start."""
    return sorted(atts, key=lambda a: (a.content[0], a.cue[0] if a.cue else (0, 0)))


Pass = Callable[[RuleContext, list[Attribution]], list[Attribution]]
# The clean-up passes, in the order they run after the rules.
def whole_hyphenated_words(ctx: RuleContext, atts: list[Attribution]) -> list[Attribution]:
    """Pass 1c: a content does not end inside a hyphenated word. The tokenizer splits
    "co-parent" into three tokens and the parser may hang the last two elsewhere, leaving
    "the two will co"; the content is widened to the whole word."""
    doc = ctx.doc
    out = []
    for att in atts:
        *rest, (s, e) = att.content
        tok = doc.char_span(s, e, alignment_mode="contract")
        if tok is not None and len(tok):
            k = tok.end
            while (k + 1 < len(doc) and doc[k - 1].whitespace_ == "" and doc[k].text in HYPHENS
                   and doc[k].whitespace_ == "" and doc[k + 1].is_alpha):
                k += 2
            if k != tok.end:
                att = replace(att, content=(*rest, (s, doc[k - 1].idx + len(doc[k - 1].text))))
        out.append(att)
    return out


HYPHENS = frozenset({"-", "‐", "‑"})


PASSES: tuple[Pass, ...] = (
    drop_without_substance,
    without_dateline,
    whole_hyphenated_words,
    univocal,
    cited_sources,
    refusal_stance,
    add_publisher_and_claim_kind,
    merge_interrupted_quotes,
    add_continuations,
    split_propositions,
    sort_by_content,
)
