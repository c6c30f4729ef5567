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


def modal_classes(toks: Sequence[Tok]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The epistemic hedges and the deontic markers of a text, as sorted class tuples.

    Markers within two tokens of each other are one marker, the most hedged (epistemic) or
    the strongest (deontic): "could possibly" is one hedge, and "will likely" is "likely".
    Unhedged texts give empty tuples, so "will", "would" and a plain assertion agree.
    Comparing the whole tuples, not only the strongest marker, catches a hedge changed in
    one clause while another clause keeps its own ("will take days and could ...").
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
        if low in HEDGES and tok.text != "May":  # capitalised "May" is the month
            mark(epistemic, i, HEDGES[low], -1)
        if low in DEONTIC and not _conditional(toks, i):
            mark(deontic, i, DEONTIC[low], 1)
        if low in DEONTIC_BEFORE_TO and token_at(toks, i + 1) == "to":
            mark(deontic, i, DEONTIC_BEFORE_TO[low], 1)
        if (low in APPEALS and token_at(toks, i - 1) not in DETERMINERS
                and "to" in (token_at(toks, k) for k in range(i + 1, i + 9))):
            mark(deontic, i, 1, 1)  # "we urge X to ...": advice, as "should" is
    return tuple(sorted(c for _, c in epistemic)), tuple(sorted(c for _, c in deontic))


def _conditional(toks: Sequence[Tok], i: int) -> bool:
    """"should the bans drag on", "Should it fail": "should" before its own subject opens a
    condition (an "if"), and obliges nobody; as a modal it stands before its verb."""
    nxt = token_at(toks, i + 1)
    return toks[i].low == "should" and (nxt in DETERMINERS or nxt in SUBJECT_PRONOUNS)
