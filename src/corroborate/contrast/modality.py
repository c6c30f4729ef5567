"""Modality: the epistemic hedges ("may", "likely") and deontic markers ("must") of a text."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from corroborate.contrast.tokens import Tok, token_at
from corroborate.lexicon.contrast import (
    APPEALS,
    DEONTIC,
    DEONTIC_BEFORE_TO,
    DETERMINERS,
    HEDGES,
    SCOPE_SKIP,
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

    for i, epistemic_mark, value in _markers(toks, relative):
        if epistemic_mark:
            mark(epistemic, i, value, -1)
        else:
            mark(deontic, i, value, 1)
    return tuple(sorted(c for _, c in epistemic)), tuple(sorted(c for _, c in deontic))


def modal_verbs(toks: Sequence[Tok]) -> frozenset[str] | None:
    """The words the text's modal markers govern, as roots (`modal_root`): the first word
    after each marker that is no auxiliary, function word, negation or other marker ("all
    poultry must be kept indoors" -> "kept", "may not meet" -> "meet", "should have used" ->
    "use"). None where a marker governs no word it can read (a marker at the end: "It
    might."): then a caller cannot tell which clause the marker bears on."""
    out: set[str] = set()
    for i, _, _ in _markers(toks, True):
        word = next((t.low for t in toks[i + 1 : i + 5] if t.low not in SCOPE_SKIP
                     and t.low not in _NEGATIONS and t.low not in HEDGES and t.low not in DEONTIC), None)
        if word is None or not word[:1].isalpha():
            return None
        out.add(modal_root(word))
    return frozenset(out)


_NEGATIONS = frozenset({"not", "n't", "never", "no"})


def modal_root(word: str) -> str:
    """A crude root for matching a governed verb across texts: an inflection's ending off,
    then four letters ("used" and "use", "closes" and "close", "kept" and "keeping")."""
    for ending in ("ing", "ed", "es", "s", "d"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return word[:4]


def _markers(toks: Sequence[Tok], relative: bool) -> Iterator[tuple[int, bool, int]]:
    """Each modal marker of a text as (position, epistemic?, class): hedges ("may",
    "likely"), and deontic markers ("must", "have to", "we urge X to")."""
    for i, tok in enumerate(toks):
        # "couldn't" hedges as "could" does, and "might've" as "might".
        low = tok.low.removesuffix("n't").removesuffix("'ve")
        if low in HEDGES and tok.text != "May" and (relative or not _in_relative_clause(toks, i)):
            yield i, True, HEDGES[low]  # (capitalised "May" is the month)
        if low in DEONTIC and not _conditional(toks, i):
            yield i, False, DEONTIC[low]
        if low in DEONTIC_BEFORE_TO and token_at(toks, i + 1) == "to":
            yield i, False, DEONTIC_BEFORE_TO[low]
        if (low in APPEALS and token_at(toks, i - 1) not in DETERMINERS
                and "to" in (token_at(toks, k) for k in range(i + 1, i + 9))):
            yield i, False, 1  # "we urge X to ...": advice, as "should" is


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
