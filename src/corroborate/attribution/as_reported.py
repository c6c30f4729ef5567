""""As X reported" clauses and "as X put it"."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from corroborate import lexicon as lx
from corroborate.attribution.content import clause_around
from corroborate.attribution.model import Attribution, CharSpan, RuleContext
from corroborate.attribution.spans import (
    char_range,
    content_from_clause,
    expand_to_quotes,
    source_chars,
    subtree_range,
    tok_span,
)
from corroborate.attribution.syntax import cue_tokens, is_cue_verb, source_range


def as_attribution(verb: Token, quotes: Sequence[CharSpan]) -> Attribution | None:
    """"..., as reported by the official KCNA" / "as confirmed by Peskov"."""
    doc = verb.doc
    if verb.lemma_.lower() not in lx.CUE_VERBS or any(
            c.dep_ in lx.OBJECT_DEPS or (c.dep_ == "prep" and c.i == verb.i + 1 and (c.lower_ in (
                "for", "against", "on", "with", "over") or (c.lower_ == "about" and verb.lemma_ != "say"))
                and not any(
                g.ent_type_ in ("DATE", "TIME") for g in c.children))
            for c in verb.children):
        # "as Russia seeks more weapons", "as she called for X": no "as reported" ("as The
        # Times reported on Saturday" and "As they say about him, “...”" are)
        return None
    head = verb.head
    if any(c.lower_ == "as" and c.dep_ == "advmod" and c.i < head.i for c in head.children):
        return None  # "not as rich as he says he is": a comparison, not "as reported"
    agent = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    subj = [c for c in verb.children if c.dep_ in ("nsubj",)]
    src = agent[0] if agent else (subj[0] if subj else None)
    content = content_from_clause(doc, verb.head, [verb], quotes)
    if not content or src is None:
        return None
    # "as reported by KCNA": "as" is part of the cue; "as The Times reported", "as one user
    # pointed out": the cue is the verb group only, as PolNeAR has it (260 of 270 train cues
    # with a source between "as" and the verb leave "as" out)
    mark = [] if subj and not agent else [c for c in verb.children if c.dep_ == "mark"]
    cue_toks = sorted([*mark, verb, *[c for c in verb.children if c.dep_ in (
        "auxpass", "aux", "agent", "prt")]], key=lambda t: t.i)
    cue = (tok_span(cue_toks),)
    sp = char_range(doc, *subtree_range(src))
    if sp is None:
        return None
    return Attribution(
        source=(sp,), cue=cue, content=content, cue_lemma=verb.lemma_.lower(), kind="as",
        rule="as_reported.as_clause", source_token=src.i, cue_token=verb.i, confidence=0.8,
    )


def put_it_attribution(verb: Token, quotes: Sequence[CharSpan]) -> Attribution | None:
    """"As a tax lawyer recently put it, “...”", "Ms. Roe put it this way: “...”": the
    content is the quote after the cue, or else the clause "as ... put it" qualifies.

    PolNeAR annotates these with "put it" as the cue (12 times in train), the source the
    subject, the quote the content.
    """
    doc = verb.doc
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj or subj[0].lower_ in lx.RELATIVE_PRONOUNS:
        return None
    cue = sorted([*cue_tokens(verb), *(c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "it")],
                 key=lambda t: t.i)
    end = cue[-1].idx + len(cue[-1].text)
    content: tuple[CharSpan, ...] | None = None
    # what may stand between "put it" and its quote: punctuation, and the verb's adverbs and
    # prepositional phrases ("put it this way: “...”", "put it in a long profile, “...”")
    adjuncts = {t.i for c in verb.children if c.dep_ in ("prep", "advmod", "npadvmod")
                and c.i > cue[-1].i for t in c.subtree}
    for qs, qe in quotes:
        if qs < end or qe > verb.sent.end_char + 2:
            continue
        between = doc.char_span(end, qs, alignment_mode="expand")
        if between is not None and all(t.is_punct or t.is_space or t.i in adjuncts
                                       for t in between if t.idx < qs):
            content = ((qs, qe),)
        break
    if content is None and is_cue_verb(verb.head):
        return None  # "promises to ''fix the roads ...,'' as she put it": the promise is the claim
    if content is None and verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        # the clause "as ... put it" qualifies, on both sides of the cue clause if it is medial
        content = clause_around(verb, quotes)
    if not content:
        return None
    lo, hi = source_range(subj[0], [verb])
    sp = source_chars(doc, lo, hi)
    if sp is None:
        return None
    return Attribution(
        source=(sp,), cue=(tok_span(cue),), content=content, cue_lemma="put it", kind="verb",
        source_token=subj[0].i, cue_token=verb.i, confidence=0.8,
    )


# `as_reported.put_it`: "put" with the object "it" (a DependencyMatcher pattern; the lemma
# matched in any case, as `lemma_.lower()` did).
PUT_IT_PATTERN: list[dict[str, object]] = [
    {"RIGHT_ID": "put", "RIGHT_ATTRS": {"LEMMA": {"REGEX": "(?i)^put$"}}},
    {"LEFT_ID": "put", "REL_OP": ">", "RIGHT_ID": "it", "RIGHT_ATTRS": {"DEP": "dobj", "LOWER": "it"}},
]


def build_put_it(tok: Token, ctx: RuleContext) -> Attribution | None:
    """`as_reported.put_it`: "As one voter put it, “...”"."""
    return put_it_attribution(tok, ctx.quotes)


# `as_reported.put_at`: "The coast guard put the death toll at 38", "Indeci now puts the
# figure at 11": an estimate given as a figure is a statement of its source
PUT_AT_PATTERN: list[dict[str, object]] = [
    {"RIGHT_ID": "put", "RIGHT_ATTRS": {"LEMMA": {"REGEX": "(?i)^put$"}}},
    {"LEFT_ID": "put", "REL_OP": ">", "RIGHT_ID": "what", "RIGHT_ATTRS": {"DEP": "dobj"}},
    # "at" on "put", or inside the object (`build_put_at`)
    {"LEFT_ID": "put", "REL_OP": ">>", "RIGHT_ID": "at", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "at"}},
]
# the figure an estimate puts a thing at: a number, an amount or a measure
_FIGURE_ENTS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})


def build_put_at(tok: Token, ctx: RuleContext) -> Attribution | None:
    """`as_reported.put_at`: the subject puts a thing at a figure; the content is the thing
    and the figure ("the death toll at 38"), the cue "put". Not a place ("put the book at
    the door") nor a time: the "at" phrase must hold a number."""
    doc = tok.doc
    what = next((c for c in tok.children if c.dep_ == "dobj"), None)
    at = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    if at is None and what is not None:
        # "put the number of passengers stranded at about 34,000": the parser hangs the
        # figure on the participle inside the object; it still ends the object's phrase
        at = next((t for t in what.subtree if t.dep_ == "prep" and t.lower_ == "at"
                   and t.right_edge.i == what.right_edge.i), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.pos_ != "VERB" or what is None or at is None or subj is None or at.i < what.i or not any(
            t.like_num or t.ent_type_ in _FIGURE_ENTS for t in at.subtree):
        return None
    content = char_range(doc, what.left_edge.i, at.right_edge.i + 1)
    source = source_chars(doc, *source_range(subj, [tok]))
    if content is None or source is None:
        return None
    return Attribution(
        # the verb group, as any reporting verb's: "had initially put", "now puts"
        source=(source,), cue=(tok_span(cue_tokens(tok)),),
        content=(expand_to_quotes(content, ctx.quotes, doc),), cue_lemma="put", kind="verb",
        source_token=subj.i, cue_token=tok.i, confidence=0.7,
    )
