"""Negation: whether a text carries a negation cue (not, never, n't, "failed to", deny...)."""

from __future__ import annotations

from collections.abc import Sequence

from corroborate.contrast.tokens import Tok, token_at
from corroborate.lexicon.contrast import NEGATION_BEFORE_TO, NEGATION_WORDS


def is_negated(toks: Sequence[Tok]) -> bool:
    """Whether the tokens carry a negation cue (`polarity` says what counts)."""
    for i, tok in enumerate(toks):
        low = tok.low
        if (
            low == "no"
            and token_at(toks, i + 1) == "."
            and i + 2 < len(toks)
            and toks[i + 2].low[:1].isdigit()
        ):
            continue  # "No. 5" is a rank
        if low == "not" and token_at(toks, i + 1) == "only":
            continue  # "not only ... but also" adds, it does not deny
        if low in NEGATION_WORDS or low.endswith("n't"):
            return True
        if low in NEGATION_BEFORE_TO and token_at(toks, i + 1) == "to":
            return True
    return False
