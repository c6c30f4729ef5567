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
    return bool(negation_cues(toks))


def negated_words(toks: Sequence[Tok]) -> frozenset[str]:
    """The words of each negated clause, as stems (`stem`): the content words before the cue
    back to the clause's start ("fares would be no higher" -> fares), and the first
    `SCOPE_WORDS` after it ("was not materially affected" -> materially, affected; "no
    evidence of a cyberattack" -> evidence, cyberattack; "denied that its update was to
    blame" -> update, blame). A clause starts after punctuation or a word that joins clauses
    ("and would not materially affect", "which are not to be revealed")."""
    out: set[str] = set()
    for i in negation_cues(toks):
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
        if low in NEGATION_WORDS or low.endswith("n't") or (
                low in NEGATION_BEFORE_TO and token_at(toks, i + 1) == "to"):
            found.append(i)
    return found


# how many content words after a negation cue it denies, and how far it reaches for them
SCOPE_WORDS = 2
SCOPE_REACH = 6
# words that open a clause of their own, where a cue's clause starts going back
CLAUSE_JOINERS = frozenset(
    "and but or which who whom whose that while whereas although though because since if when as".split()
)
# words between a cue and what it denies: auxiliaries, articles, "to", "that", pronouns
SCOPE_SKIP = frozenset(
    """be been being is are was were am have has had do does did will would shall should can could
    may might must a an the any to that this these those it its they them their he him his she her
    we us our i me my you your there yet ever even also so just only at all""".split()
)


def _figure(word: str) -> bool:
    """A number, a date's or a time's word: what a bound ("no later than") bounds."""
    return (word[:1].isdigit() or word in MONTHS or word in MONTH_ABBREVIATIONS
            or word in WEEKDAYS or word in UNITS or word in ("a", "an"))  # "no more than a dozen"
