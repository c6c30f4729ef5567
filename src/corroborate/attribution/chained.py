"""Chained cues: a speech verb as the infinitive of another cue ("went on to say", "was quick to note")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from corroborate import lexicon as lx
from corroborate.attribution.model import Attribution, CharSpan, VerbReader
from corroborate.attribution.syntax import cue_tokens
from corroborate.lexicon.attribution import CHAINED_CUES


def chained_cue(head: Token, comp: Token, quotes: Sequence[CharSpan], read_verb: VerbReader
                ) -> Attribution | None:
    """The attribution of a speech verb that is the infinitive complement of another cue,
    with the cue widened back to the first cue's verb group.

    Args:
        read_verb: The verb rule's reading (`verbs.verb_attribution`), passed in because the
            verb rule calls this one: the recursion would otherwise be an import cycle.
    """
    if comp.dep_ != "xcomp" or comp.i < head.i or comp.lemma_.lower() not in CHAINED_CUES or (
            head.lemma_.lower() in lx.DECLINE_PHRASES) or comp.pos_ != "VERB":
        return None
    inner = read_verb(comp, quotes) or read_verb(comp, quotes, learned=True)
    if inner is None or not inner.cue:
        return None
    start = min(t.idx for t in cue_tokens(head)) if head.pos_ in ("VERB", "AUX") else head.idx
    return replace(inner, cue=((start, inner.cue[0][1]), *inner.cue[1:]), rule="chained.cue")
