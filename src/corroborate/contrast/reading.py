"""One reading of a text (tokens, dates, numbers, names, modality, negation), computed once."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from corroborate.contrast.dates import date_items
from corroborate.contrast.entities import entity_items
from corroborate.contrast.modality import has_relative_clause, modal_classes
from corroborate.contrast.negation import negated_words, negation_cues
from corroborate.contrast.quantities import number_items
from corroborate.contrast.tokens import Item, Tok, is_word, tokenize


class Reading(NamedTuple):
    """Everything the contrast check needs from one text, computed once."""

    toks: list[Tok]
    dates: dict[str, list[Item]]
    numbers: list[Item]
    entities: list[Item]
    modality: tuple[tuple[int, ...], tuple[int, ...]]
    # the modality of the text less its relative clauses, and whether it has any
    main_modality: tuple[tuple[int, ...], tuple[int, ...]]
    relative: bool
    negated: bool
    # the stems of the words the negations deny (`negation.negated_words`)
    denied: frozenset[str]


# Sized for a whole run: at scale each content meets dozens of neighbours, and a small cache
# re-read them all (4,096 entries: 100k-claim clustering spent most of its time here).
@lru_cache(maxsize=131072)
def read(text: str) -> Reading:
    """Read a text once: its tokens, dates, numbers, names, modality and negation."""
    # Cached: clustering compares each claim's content with many others.
    toks = tokenize(text)
    dates, used = date_items(toks)
    cues = negation_cues(toks)
    modality, relative = modal_classes(toks), has_relative_clause(toks)
    return Reading(
        toks=toks,
        dates=dates,
        numbers=number_items(toks, used),
        entities=entity_items(toks, used),
        modality=modality,
        # read again only where a relative clause may hold a hedge
        main_modality=modal_classes(toks, relative=False) if relative else modality,
        relative=relative,
        negated=bool(cues),
        denied=negated_words(toks, cues),
    )


@lru_cache(maxsize=131072)
def word_tokens(text: str) -> tuple[Tok, ...]:
    """A text's word tokens (no punctuation or numbers), for the word-level alignments."""
    return tuple(t for t in read(text).toks if is_word(t))


def polarity(text: str) -> bool:
    """Tell whether a text is affirmative.

    Args:
        text: A claim's content.

    Returns:
        False when the text carries a negation cue (not, no, never, n't, neither/nor,
        deny-type verbs, "failed/refused/declined to", ...), True otherwise.

    Notes:
        Any cue negates: "not ... and not ..." is one negated text, and "did not deny"
        is read as negated too. Scope is not resolved. "without" is no cue: "set out without a
        partner" says what was missing, it does not deny that he set out.
    """
    return not read(text).negated


def numbers(text: str) -> list[str]:
    """Find the numbers in a text, normalised, in text order.

    Args:
        text: A claim's content.

    Returns:
        One string per number: "20000" for "20,000", "20 000" or "twenty thousand";
        "65%" for "sixty-five per cent"; "$2600000" for "$2.6 million"; "1st" for "first";
        "20%~" for "a fifth of" (a share written as a fraction, rounded); "48h" for "two
        days" or "48 hours"; "KSh17.2" for "Sh17.20". Dates, years and clock times are left
        out (they are dates).
    """
    return [item.value for item in read(text).numbers]
