"""Negation: the cues a text carries (not, never, n't, "failed to", deny...) and the words they deny."""

from __future__ import annotations

from collections.abc import Sequence

from corroborate.contrast.tokens import Tok, token_at
from corroborate.lexicon.contrast import (
    BOUND_COMPARATIVES,
    BOUND_VERBS,
    CLAUSE_JOINERS,
    FREE_OF,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NEGATION_BEFORE_TO,
    NEGATION_WORDS,
    SCOPE_SKIP,
    UNITS,
    WEEKDAYS,
)


def negated_words(toks: Sequence[Tok], cues: Sequence[int] | None = None) -> frozenset[str]:
    """The words of each negated clause, as stems (`stem`): the content words before the cue
    back to the clause's start ("fares would be no higher" -> fares), and the first
    `SCOPE_WORDS` after it ("was not materially affected" -> materially, affected; "no
    evidence of a cyberattack" -> evidence, cyberattack; "denied that its update was to
    blame" -> update, blame). A clause starts after punctuation or a word that joins clauses
    ("and would not materially affect", "which are not to be revealed"). `cues`: the
    positions `negation_cues` gives, where the caller has them."""
    out: set[str] = set()
    for i in negation_cues(toks) if cues is None else cues:
        for tok in reversed(toks[max(0, i - SCOPE_REACH) : i]):
            if not tok.text[:1].isalnum() or tok.low in CLAUSE_JOINERS:
                break
            if tok.low not in SCOPE_SKIP:
                out.add(stem(tok.low))
        taken = 0
        for tok in toks[i + 1 : i + 1 + SCOPE_REACH]:
            if not tok.text[:1].isalnum():
                break  # the clause ends at a comma, a dash or a quote
            if tok.low in SCOPE_SKIP or tok.low.endswith("n't"):
                continue
            out.add(stem(tok.low))
            taken += 1
            if taken == SCOPE_WORDS:
                break
    return frozenset(out)


def stem(word: str) -> str:
    """A crude stem: the first five letters ("affected" and "affect" agree)."""
    return word[:5]


def negation_cues(toks: Sequence[Tok]) -> list[int]:
    """The positions of the negation cues (`polarity` says what counts)."""
    found = []
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
        if low == "not" and _bound_verb(toks, i):
            continue  # "not exceeding two hours", "not to exceed 5%": up to
        if low == "no" and (token_at(toks, i - 1) == "at" and token_at(toks, i + 1) in FREE_OF
                            or token_at(toks, i + 1) == "doubt"):
            continue  # "at no charge" is "free of charge"; "no doubt" asserts
        if low in NEGATION_WORDS or low.endswith("n't") or (
                low in NEGATION_BEFORE_TO and token_at(toks, i + 1) == "to"):
            found.append(i)
    return found


# how many content words after a negation cue it denies, and how far it reaches for them
SCOPE_WORDS = 2
SCOPE_REACH = 6


def _bound_verb(toks: Sequence[Tok], i: int) -> bool:
    """"not exceeding two hours", "not to exceed 5%": a bound on the figure after it."""
    k = i + 2 if token_at(toks, i + 1) == "to" else i + 1
    return token_at(toks, k) in BOUND_VERBS and _figure(token_at(toks, k + 1))


def _figure(word: str) -> bool:
    """A number, a date's or a time's word: what a bound ("no later than") bounds."""
    return (word[:1].isdigit() or word in MONTHS or word in MONTH_ABBREVIATIONS
            or word in WEEKDAYS or word in UNITS or word in ("a", "an"))  # "no more than a dozen"
