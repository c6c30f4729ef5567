""""According to X", "per X" and "in a new poll" adjuncts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from corroborate import lexicon as lx
from corroborate.attribution.model import Attribution, CharSpan, RuleContext
from corroborate.attribution.spans import (
    char_range,
    content_from_clause,
    expand_to_quotes,
    subtree_range,
    tok_span,
)
from corroborate.lexicon.attribution import COUNT_NOUNS, POLL_NOUNS


def names_a_source(per: Token) -> bool:
    """"per the report", "per CNN", "per sources" name a source; "$9,000 per pupil", "per
    year" are rates: a bare singular common noun after "per" is a unit. After "according to"
    a lone singular noun is a norm, not a source: "according to law", "according to plan"
    ("according to former staff", "according to show insiders" have more words)."""
    if per.lower_ == "according":
        to = next((c for c in per.children if c.lower_ == "to"), per)
        obj = next((c for c in to.children if c.dep_ in ("pobj", "pcomp")), None)
        return obj is None or obj.pos_ != "NOUN" or obj.tag_ != "NN" or sum(1 for _ in obj.subtree) > 1
    obj = next((c for c in per.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    return obj.pos_ == "PROPN" or obj.tag_ in ("NNS", "NNPS") or any(
        c.dep_ in ("det", "poss") for c in obj.children)


def according_attribution(tok: Token, quotes: Sequence[CharSpan]) -> Attribution | None:
    """"..., according to X" and "..., per the report": the content is the modified clause."""
    doc = tok.doc
    to = [c for c in tok.children if c.lower_ == "to"]
    pobj_parent = to[0] if to else tok
    # "according to show insiders": the tagger may read a noun of the source as a verb
    objs = [c for c in pobj_parent.children if c.dep_ in ("pobj", "pcomp")]
    if not objs:
        return None
    src = objs[0]
    if to and not names_a_source(tok):
        return None  # "was being handled according to law"
    final = _final_according(tok, to)
    if final is not None:
        return Attribution(
            source=(final[1],), cue=(tok_span([tok, *to]),), content=final[0],
            cue_lemma="according to" if to else "per", kind="according" if to else "per",
            source_token=src.i, cue_token=tok.i, confidence=0.85 if to else 0.7,
        )
    head = tok.head
    # climb from a noun or preposition to the clause the phrase qualifies
    while head.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl") and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX"):
            break
        head = head.head
    src_range = subtree_range(src)
    content: tuple[CharSpan, ...] | None
    if head.i == tok.i:
        # The parser made "According" the sentence's root and hung the clause it qualifies
        # under it, often under the source ("According to X, the plan smells of ..." with
        # "reeks" an apposition of X): the source ends at the first comma, the content is
        # what follows ("According to the network, basically." leaves one adverb: no substance).
        first = (to[-1].i if to else tok.i) + 1
        comma = next((t.i for t in doc[first : tok.right_edge.i + 1] if t.text == ","), None)
        src_end = comma if comma is not None else src.right_edge.i + 1
        src_range = (first, src_end)
        rest = char_range(doc, src_end + 1, tok.right_edge.i + 1)
        content = (expand_to_quotes(rest, quotes, doc),) if rest is not None else None
    else:
        content = content_from_clause(doc, head, [tok], quotes)
        subject = _swallowed_subject(src, head)
        if subject is not None and content:
            # the source stops before the comma; the content starts at the subject
            src_range = (src.left_edge.i, subject.left_edge.i - 1)
            content = ((subject.left_edge.idx, content[0][1]), *content[1:])
    if not content:
        return None
    cue_toks = [tok, *to]
    sp = char_range(doc, *src_range)
    if sp is None:
        return None
    return Attribution(
        source=(sp,), cue=(tok_span(cue_toks),), content=content,
        cue_lemma="according to" if to else "per", kind="according" if to else "per",
        source_token=src.i, cue_token=tok.i, confidence=0.85 if to else 0.7,
    )


def _swallowed_subject(src: Token, head: Token) -> Token | None:
    """"According to Marsh, nearly 300 operations and 2,000 appointments have been called
    off": the parser read the clause's subject as an apposition of the source (a conjoined
    subject after a name looks like a list of descriptions). The tell is a clause left with
    no subject of its own; "According to Helen Marsh, the chief executive, 300 operations
    have been ..." keeps its apposition, as the clause has its subject."""
    if head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in lx.SUBJECT_DEPS | {"expl", "csubjpass"} for c in head.children):
        return None
    return next((c for c in src.children if c.dep_ == "appos" and c.i > src.i
                 and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
                 and c.right_edge.i < head.i), None)


def _final_according(tok: Token, to: Sequence[Token]
                     ) -> tuple[tuple[CharSpan, ...], CharSpan] | None:
    """"First-year students ... might not be so lucky, according to Mark Dole, who was an
    adviser to the board.": a phrase that closes its sentence after a comma. Its words and
    commas say more than the parse, which often hangs the clause before on a word of the
    source or the source's relative clause on the main verb. The content is the sentence up
    to the comma, the source everything after "according to".

    Returns:
        (content, source) in characters, or None when the phrase is not sentence-final (the
        sentence's root comes after it: "82 percent of whom, according to the poll, have ...").
    """
    doc = tok.doc
    sent = tok.sent
    if tok.i == sent.start or sent.root.i > tok.i:
        return None
    k = tok.i - 1
    while k > sent.start and doc[k].is_space:
        k -= 1
    if doc[k].text != "," or k <= sent.start:
        return None
    content = char_range(doc, sent.start, k)
    first = (to[-1].i if to else tok.i) + 1
    last = sent.end
    for j in range(first + 1, sent.end - 1):  # "..., according to their lawyers, and said ..."
        if doc[j].text == "," and doc[j + 1].dep_ == "cc":
            last = j
            break
    source = char_range(doc, first, last)
    if content is None or source is None:
        return None
    return (content,), source


# `according.according_to`: "according" with its "to" (a DependencyMatcher pattern: the tree
# shape is the rule; its first node is the anchor token).
ACCORDING_TO_PATTERN: list[dict[str, object]] = [
    {"RIGHT_ID": "according", "RIGHT_ATTRS": {"LOWER": "according"}},
    {"LEFT_ID": "according", "REL_OP": ">", "RIGHT_ID": "to", "RIGHT_ATTRS": {"LOWER": "to"}},
]


def per_anchor(tok: Token, ctx: RuleContext) -> bool:
    """`according.per`: "per" as a preposition naming a source, not a rate."""
    return tok.lower_ == "per" and tok.dep_ == "prep" and names_a_source(tok)


def build_according(tok: Token, ctx: RuleContext) -> Attribution | None:
    """`according.according_to` and `according.per`: "..., according to X", "per the report"."""
    return according_attribution(tok, ctx.quotes)


def poll_anchor(tok: Token, ctx: RuleContext) -> bool:
    """`according.poll`: "in" with a poll or survey as its object."""
    doc = tok.doc
    # not inside a subject: "his rise in some polls [has ...]", "participants receiving the
    # drug in the study [will ...]" say where the subject is, not who says the rest
    return tok.lower_ == "in" and tok.dep_ == "prep" and not any(
        a.dep_ in ("nsubj", "nsubjpass") for a in tok.ancestors) and (
        tok.i == 0 or doc[tok.i - 1].lower_ != "than") and any(  # "better than in polls"
        c.dep_ == "pobj" and c.lemma_.lower() in POLL_NOUNS for c in tok.children)


def build_poll(tok: Token, ctx: RuleContext) -> Attribution | None:
    """`according.poll`: "in a new Fox News poll, Trump leads", read as "according to" it."""
    att = according_attribution(tok, ctx.quotes)
    return None if att is None else replace(att, cue_lemma="in", kind="in", confidence=0.6)


def by_count_anchor(tok: Token, ctx: RuleContext) -> bool:
    """`according.by_count`: "by" with a count or estimate whose owner is named ("by the
    carrier's own count", "by police estimates"; not "by one count", "by most accounts")."""
    # ("agent" too: "262 flights were cancelled, by the carrier's own count" hangs it on the
    # passive as its agent; the count noun and its owner say otherwise)
    if tok.lower_ != "by" or tok.dep_ not in ("prep", "agent") or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ == "agent" and (tok.i == 0 or tok.doc[tok.i - 1].text != ","):
        return False  # "appointed by UN figures": the passive's agent, set off by no comma
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.lemma_.lower() in COUNT_NOUNS and _count_owner(obj) is not None


def _count_owner(obj: Token) -> Token | None:
    """Whose count it is: the possessor ("the carrier's", "its"), a name before it ("UN
    figures") or a noun of a group that counts ("police estimates"); not "a rough head
    count", "the final vote count"."""
    return next((c for c in obj.children if c.dep_ == "poss" or (c.dep_ == "compound" and (
        c.pos_ == "PROPN" or c.lower_ in lx.COLLECTIVE_NOUNS or c.lower_ in lx.GOVERNMENT_WORDS))), None)


def build_by_count(tok: Token, ctx: RuleContext) -> Attribution | None:
    """`according.by_count`: read as "according to" the count's owner, who is the source."""
    att = according_attribution(tok, ctx.quotes)
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    owner = None if obj is None else _count_owner(obj)
    if att is None or owner is None:
        return None
    lo, hi = subtree_range(owner)
    if tok.doc[hi - 1].tag_ == "POS":
        hi -= 1  # "the carrier" of "the carrier's"
    source = char_range(tok.doc, lo, hi)
    if source is None:
        return None
    return replace(att, source=(source,), source_token=owner.i, cue_lemma="by", kind="by",
                   confidence=0.6)
