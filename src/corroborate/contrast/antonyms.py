"""Opposite words: WordNet antonym pairs swapped in one place, and synonyms that are no swap."""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Final

from corroborate.contrast.reading import word_tokens
from corroborate.lexicon.contrast import COUNT_WORDS, FUNCTION_OPPOSITES, NOT_OPPOSED_ANYWHERE, OPPOSED_VERBS

#: WordNet 3.0 antonym pairs and irregular forms (scripts/wordnet_antonyms.py builds them).
ANTONYM_DIR: Final = Path(__file__).resolve().parents[1] / "_models" / "antonyms"
# A swap of this many words or fewer on each side is one edit in one slot; longer
# replacements are rewordings, where an opposite word may stand in another clause.
SWAP_WORDS: Final = 3
# An opposite word may also stand in a longer replaced run ("Hamas has accepted an
# Egyptian-Qatari ceasefire proposal" / "Hamas rejected the ceasefire proposal") when that run
# is the only edit between the two texts.
ANTONYM_RUN: Final = 5


@lru_cache(maxsize=1)
def _antonym_table() -> tuple[frozenset[tuple[str, str]], dict[str, str]]:
    """The antonym pairs (both orders): WordNet's, empty if its table is absent,
    `FUNCTION_OPPOSITES` and `OPPOSED_VERBS`; and the irregular forms. Read
    once."""
    pairs: set[tuple[str, str]] = set()
    forms: dict[str, str] = {}
    table, irregular = ANTONYM_DIR / "antonyms.tsv", ANTONYM_DIR / "forms.tsv"
    if table.exists():
        for line in table.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                _pos, x, y, _how = line.split("\t")
                pairs.update(((x, y), (y, x)))
    pairs.update(FUNCTION_OPPOSITES)
    pairs.update((y, x) for x, y in FUNCTION_OPPOSITES)
    for one, other in OPPOSED_VERBS:
        pairs.update((x, y) for x in one for y in other)
        pairs.update((y, x) for x in one for y in other)
    if irregular.exists():
        for line in irregular.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                form, lemma = line.split("\t")
                forms[form] = lemma
    return frozenset(pairs), forms


def _lemmas(word: str, forms: dict[str, str]) -> set[str]:
    """The word and the lemmas WordNet's suffix rules (its "morphy") could give it."""
    found = {word}
    if word in forms:
        found.add(forms[word])
    for suffix, ending in (
        ("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"),
        ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""), ("er", "e"), ("est", ""),
        ("est", "e"), ("ly", ""),
    ):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)] + ending
            found.add(stem)
            if ending == "" and len(stem) > 2 and stem[-1] == stem[-2]:
                found.add(stem[:-1])  # "stopped" -> "stopp" -> "stop"
    return found


@lru_cache(maxsize=131072)
def _swap_words(text: str) -> tuple[str, ...]:
    """A text's words for the antonym check: lower case, but capitalised words inside a
    sentence keep their case, as they are names ("North Korea" / "South Korea": the entity
    rule's, not opposites)."""
    return tuple(t.low if i == 0 or not t.text[0].isupper() else t.text
                 for i, t in enumerate(word_tokens(text)))


@lru_cache(maxsize=65536)
def _word_lemmas(word: str) -> frozenset[str]:
    return frozenset(_lemmas(word, _antonym_table()[1]))


@lru_cache(maxsize=1)
def _opposite_index() -> dict[str, frozenset[str]]:
    """Lemma -> the lemmas of opposite meaning (the antonym table, both ways)."""
    index: dict[str, set[str]] = {}
    for x, y in _antonym_table()[0]:
        index.setdefault(x, set()).add(y)
    return {k: frozenset(v) for k, v in index.items()}


@lru_cache(maxsize=65536)
def _word_opposites(word: str) -> frozenset[str]:
    """The lemmas of opposite meaning to any lemma of a word (none for number words:
    "first" / "second" is the number rule's)."""
    if word in COUNT_WORDS:
        return frozenset()
    index = _opposite_index()
    found: set[str] = set()
    for lemma in _word_lemmas(word):
        found |= index.get(lemma, frozenset())
    return frozenset(found)


def _opposites(x: str, y: str) -> bool:
    if y in COUNT_WORDS or _word_lemmas(x) & _word_lemmas(y):
        return False
    return bool(_word_opposites(x) & _word_lemmas(y))


def opposed_words(a: str, b: str) -> bool:
    """Whether a word only one text has and a word only the other has are opposites, in any
    place ("UAW members rejected the Ford contract" / "Members of the United Auto Workers
    voted to ratify a new contract with Ford"): weaker than `antonym_swap`, as an opposite
    may stand in another clause of a free rewording, so only the judge's lean makes it a
    contradiction (`match.pairs`). Of the verbs of opposite outcome only."""
    # by base form: "cutting ... raising" / "cut ... raised" adds no opposite either way
    a_lemmas = frozenset().union(*(_word_lemmas(x) for x in _swap_words(a))) - NOT_OPPOSED_ANYWHERE
    b_lemmas = frozenset().union(*(_word_lemmas(y) for y in _swap_words(b))) - NOT_OPPOSED_ANYWHERE
    only_a, only_b = a_lemmas - b_lemmas, b_lemmas - a_lemmas
    # only the verbs of opposite outcome (`OPPOSED_VERBS`): WordNet's pointers join words in
    # senses a free rewording does not mean ("with" / "without", "on" / "off", "adds" /
    # "marked"), which an aligned slot rules out and "anywhere" does not
    return any((only_a & one and only_b & other) or (only_a & other and only_b & one)
               for one, other in OPPOSED_VERBS)


def antonym_swap(a: str, b: str) -> bool:
    """Whether one text swaps a word of the other for its opposite, in the same place.

    The words are aligned (a longest-matching-blocks diff of the lower-cased words); a
    replaced run of at most `SWAP_WORDS` words on each side that holds a WordNet antonym
    pair ("valid"/"invalid", "rose"/"plunged", "praised"/"criticized") is a swap, and so is
    a run of up to `ANTONYM_RUN` words that is the only edit between the two. Only
    aligned replacements count, so an opposite word elsewhere in a free rewording does not.
    The alignment runs only when the words one text has and the other lacks hold a pair of
    opposites at all: at scale most compared pairs hold none, and the diff is the cost.
    """
    a_words, b_words = _swap_words(a), _swap_words(b)
    only_a, only_b = set(a_words) - set(b_words), set(b_words) - set(a_words)
    if not only_a or not only_b:
        return False
    opposite = frozenset().union(*(_word_opposites(x) for x in only_a))
    if not opposite or not opposite & frozenset().union(*(_word_lemmas(y) for y in only_b)):
        return False
    matcher = SequenceMatcher(None, a_words, b_words, autojunk=False)
    opcodes = matcher.get_opcodes()
    edits = sum(op != "equal" for op, *_ in opcodes)
    for k, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op == "replace" and k == 1 and opcodes[0][0] == "equal" and _opposites(a_words[i1], b_words[j1]):
            # the first words after the words both texts open with, however long the rest:
            # "UAW members approved a new labor agreement with Ford" / "UAW members rejected
            # the Ford contract" (one subject, opposite predicates)
            return True
        if op != "replace" or max(i2 - i1, j2 - j1) > ANTONYM_RUN:
            continue
        if max(i2 - i1, j2 - j1) > SWAP_WORDS and edits > 1:
            continue  # a longer run counts only as the one edit between the two
        if any(_opposites(x, y) for x in a_words[i1:i2] for y in b_words[j1:j2]):
            return True
    return False


@lru_cache(maxsize=1)
def _synset_table() -> dict[str, frozenset[int]]:
    """Lemma -> the WordNet synsets it shares with other lemmas; empty if the file is absent."""
    table: dict[str, frozenset[int]] = {}
    path = ANTONYM_DIR / "synsets.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                lemma, ids = line.split("\t")
                table[lemma] = frozenset(int(i) for i in ids.split())
    return table


def _run_lemmas(words: Sequence[str]) -> set[str]:
    """Lemmas of a run of one or two words ("passed away" -> "pass away")."""
    if len(words) == 1:
        return set(_word_lemmas(words[0]))
    first, *rest = words
    tail = " ".join(rest)
    return {f"{lemma} {tail}" for lemma in _word_lemmas(first)} | {
        f"{first} {lemma}" for lemma in _word_lemmas(words[-1])
    }


def synonyms(xs: Sequence[str], ys: Sequence[str]) -> bool:
    """Whether two runs are one lemma, or share a WordNet synset in some sense."""
    lx, ly = _run_lemmas(xs), _run_lemmas(ys)
    if lx & ly:
        return True
    table = _synset_table()
    senses_x = set().union(*(table.get(lemma, frozenset()) for lemma in lx))
    return any(senses_x & table.get(lemma, frozenset()) for lemma in ly)
