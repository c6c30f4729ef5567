"""Modality: the epistemic hedges ("may", "likely") and deontic markers ("must") of a text."""

from __future__ import annotations

from collections.abc import Sequence

from corroborate.contrast.tokens import Tok, token_at
from corroborate.lexicon.contrast import (
    APPEALS,
    DEONTIC,
    DEONTIC_BEFORE_TO,
    DETERMINERS,
    HEDGES,
    SUBJECT_PRONOUNS,
)


def modal_classes(toks: Sequence[Tok], *, relative: bool = True
                  ) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The epistemic hedges and the deontic markers of a text, as sorted class tuples.

    Markers within two tokens of each other are one marker, the most hedged (epistemic) or
    the strongest (deontic): "could possibly" is one hedge, and "will likely" is "likely".
    Unhedged texts give empty tuples, so "will", "would" and a plain assertion agree.
    Comparing the whole tuples, not only the strongest marker, catches a hedge changed in
    one clause while another clause keeps its own ("will take days and could ...").
    `relative=False` leaves out the hedges of relative clauses (`_in_relative_clause`).
    """
    epistemic: list[tuple[int, int]] = []  # (position, class)
    deontic: list[tuple[int, int]] = []

    def mark(found: list[tuple[int, int]], i: int, value: int, pick: int) -> None:
        if found and i - found[-1][0] <= 2:
            found[-1] = (i, min(found[-1][1], value) if pick < 0 else max(found[-1][1], value))
        else:
            found.append((i, value))

    for i, tok in enumerate(toks):
        # "couldn't" hedges as "could" does, and "might've" as "might".
        low = tok.low.removesuffix("n't").removesuffix("'ve")
        if low in HEDGES and tok.text != "May" and (relative or not _in_relative_clause(toks, i)):
            mark(epistemic, i, HEDGES[low], -1)  # (capitalised "May" is the month)
        if low in DEONTIC and not _conditional(toks, i):
            mark(deontic, i, DEONTIC[low], 1)
        if low in DEONTIC_BEFORE_TO and token_at(toks, i + 1) == "to":
            mark(deontic, i, DEONTIC_BEFORE_TO[low], 1)
        if (low in APPEALS and token_at(toks, i - 1) not in DETERMINERS
                and "to" in (token_at(toks, k) for k in range(i + 1, i + 9))):
            mark(deontic, i, 1, 1)  # "we urge X to ...": advice, as "should" is
    return tuple(sorted(c for _, c in epistemic)), tuple(sorted(c for _, c in deontic))


# words that open a relative clause (not "that", which as often opens what was said)
_RELATIVE_WORDS = frozenset({"who", "whose", "which", "whom"})


def has_relative_clause(toks: Sequence[Tok]) -> bool:
    """Whether a text has a word that opens a relative clause ("who", "whose", "which")."""
    return any(t.low in _RELATIVE_WORDS for t in toks)


def _in_relative_clause(toks: Sequence[Tok], i: int) -> bool:
    """"every patient whose information may have been accessed", "residents who could be
    affected": a hedge a few words after a relative word, with no punctuation between,
    narrows a noun; it does not hedge the claim, so against a text with no relative clause
    ("We will write to every patient ..." / "it will write to every affected patient") it is
    no difference of modality (`contrast.check`)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if toks[k].low in _RELATIVE_WORDS:
            return True
        if not toks[k].text[:1].isalnum():
            return False
    return False


def _conditional(toks: Sequence[Tok], i: int) -> bool:
    """"should the bans drag on", "Should it fail": "should" before its own subject opens a
    condition (an "if"), and obliges nobody; as a modal it stands before its verb."""
    nxt = token_at(toks, i + 1)
    return toks[i].low == "should" and (nxt in DETERMINERS or nxt in SUBJECT_PRONOUNS)
