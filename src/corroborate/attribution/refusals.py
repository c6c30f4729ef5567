"""Refusals: "declined to comment", "refused to release X", attributed with the stance "declines"."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from corroborate import lexicon as lx
from corroborate.attribution.model import Attribution, CharSpan, RuleContext
from corroborate.attribution.spans import content_from_clause, is_inside, overlaps, source_chars, tok_span
from corroborate.attribution.syntax import cue_tokens, source_range, subject_of


def refusal_attributions(verbs: Sequence[Token], found: Sequence[Attribution], quotes: Sequence[CharSpan]
              ) -> list[Attribution]:
    """"He declined to comment", "The campaign refused to release his tax returns": a refusal
    is itself attributed (PolNeAR annotates it, with the infinitive as content), and a reader
    weighing a claim wants to know who would not confirm it. Its stance is "declines", so it
    never counts as support. "declined to confirm that ..." is left to the rules of its verb.
    """
    taken = {a.cue[0] for a in found}
    out: list[Attribution] = []
    for verb in verbs:
        doc = verb.doc
        comp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
        if comp is None or any(overlaps((verb.idx, verb.idx + len(verb)), c) for c in taken):
            continue
        subj = subject_of(verb)
        content = content_from_clause(doc, comp, [], quotes)
        if subj is None or content is None or subj.lower_ in lx.NON_SOURCES:
            continue
        cue = cue_tokens(verb)
        src = source_chars(doc, *source_range(subj, [verb]))
        if src is None or is_inside(tok_span(cue), content):
            continue
        out.append(Attribution(
            source=(src,), cue=(tok_span(cue),), content=content, cue_lemma=verb.lemma_.lower(),
            kind="verb", stance="declines", source_token=subj.i, cue_token=verb.i, confidence=0.6,
        ))
    return out


def is_refusal_verb(tok: Token) -> bool:
    """"declined", "refused": the verbs `refusals.declined` reads after the token rules."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in ("decline", "refuse")


def build_refusals(ctx: RuleContext, found: Sequence[Attribution]) -> list[Attribution]:
    """`refusals.declined`: the refusal verbs the token loop collected, not yet a cue."""
    return refusal_attributions(ctx.refusals, found, ctx.quotes)
