"""Rule-based contrast check: the ways two near-identical claim contents differ in meaning.

One module per kind of evidence: `tokens` (tokens and slots), `dates`, `quantities`,
`entities`, `modality`, `negation`, `antonyms`, `roles` (names that trade roles, on a parse);
`reading` reads a text once for all of them,
`wording` aligns two texts word by word (minimal pairs, excerpts, one-word swaps), and `check`
names the differences. The word lists live in `corroborate.lexicon.contrast`.
"""

from __future__ import annotations

from corroborate.contrast.antonyms import ANTONYM_DIR, opposed_words
from corroborate.contrast.check import KINDS, changed_count, differences
from corroborate.contrast.entities import levenshtein
from corroborate.contrast.reading import numbers, polarity
from corroborate.contrast.wording import (
    EXCERPT_MIN_WORDS,
    excerpt,
    figures_alike,
    word_order_similarity,
    word_swap,
)

__all__ = [
    "clear_caches",
    "ANTONYM_DIR", "EXCERPT_MIN_WORDS", "KINDS", "changed_count", "differences", "excerpt",
    "figures_alike", "levenshtein", "numbers", "opposed_words", "polarity", "word_order_similarity",
    "word_swap",
]


def clear_caches() -> None:
    """Forget the readings the rules cached per text and per pair.

    They are pure functions of their texts, so only time is lost; the matcher calls this once
    it has decided every candidate pair, so that at corpus scale the later stages reuse that
    memory instead of adding to it (the tables read from `models/antonyms` stay loaded).
    """
    from corroborate.contrast import entities, reading, roles, wording

    for cached in (reading.read, reading.word_tokens, roles._words, roles._parsed_roles,
                   wording.word_order_similarity, wording.excerpt, wording.word_swap,
                   wording.figures_alike,
                   entities._same_name_token, entities._covers):
        cached.cache_clear()
