"""Negation: whether a text carries a negation cue (not, never, n't, "failed to", deny...)."""

from __future__ import annotations

from collections.abc import Sequence

from corroborate.contrast.tokens import Tok, token_at
from corroborate.lexicon.contrast import (
    BOUND_COMPARATIVES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NEGATION_BEFORE_TO,
    NEGATION_WORDS,
    UNITS,
    WEEKDAYS,
)


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
        if low in ("no", "not") and token_at(toks, i + 2) == "than" and (
                token_at(toks, i + 1) in BOUND_COMPARATIVES) and _figure(token_at(toks, i + 3)):
            # "no later than Aug. 15", "no more than 20": a bound on a date or figure, not a
            # denial ("no higher than they would have been" still compares and denies)
            continue
        if low in NEGATION_WORDS or low.endswith("n't"):
            return True
        if low in NEGATION_BEFORE_TO and token_at(toks, i + 1) == "to":
            return True
    return False


def _figure(word: str) -> bool:
    """A number, a date's or a time's word: what a bound ("no later than") bounds."""
    return (word[:1].isdigit() or word in MONTHS or word in MONTH_ABBREVIATIONS
            or word in WEEKDAYS or word in UNITS or word in ("a", "an"))  # "no more than a dozen"
