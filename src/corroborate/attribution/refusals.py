"""Refusals: "declined to comment", "refused to release X", attributed with the stance "declines"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from corroborate import lexicon as lx
from corroborate.attribution.model import Attribution, CharSpan, RuleContext
from corroborate.attribution.spans import content_from_clause, is_inside, overlaps, source_chars, tok_span
from corroborate.attribution.syntax import cue_tokens, source_range, subject_of
from corroborate.lexicon.attribution import REFUSAL_CONTENT_PATTERNS, REFUSAL_GOES_ON, REFUSAL_MAX_WORDS


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


@lru_cache(maxsize=1)
def _refusal_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The refusal patterns and what may not follow them, compiled once."""
    return (re.compile(r"^(?:" + "|".join(REFUSAL_CONTENT_PATTERNS) + r")", re.IGNORECASE),
            re.compile(REFUSAL_GOES_ON, re.IGNORECASE))


def says_nothing(text: str) -> bool:
    """Whether a content is itself a refusal to say: "its inability to confirm the summit",
    "“We have nothing to say on this.”", "No comment." (`lexicon.REFUSAL_CONTENT_PATTERNS`)."""
    core = text.strip().strip("\"“”‘’'").strip().replace("’", "'")
    refusal, goes_on = _refusal_patterns()
    found = refusal.match(core)
    if found is None or len(core.split()) > REFUSAL_MAX_WORDS:
        return False
    # what follows the refusal must not go on to say something
    return not goes_on.search(core, found.end())


def refusal_stance(ctx: RuleContext, atts: list[Attribution]) -> list[Attribution]:
    """Pass: an attribution whose content is a refusal to say ("stating its inability to
    confirm ...", "remarked: “We have nothing to say on this”") declines, like "declined to
    confirm": it backs nothing, and the matcher takes one source's refusals in a story as one
    (`MatchConfig.refusals_of_one_source`)."""
    text = ctx.doc.text
    return [replace(a, stance="declines") if a.stance == "asserts" and a.content
            and says_nothing(text[a.content[0][0]:a.content[0][1]]) else a for a in atts]
