"""Word alignments of two texts: word-order similarity, excerpts and one-word swaps."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Final

from corroborate.contrast.antonyms import SWAP_WORDS, synonyms
from corroborate.contrast.entities import levenshtein
from corroborate.contrast.quantities import settle_shares
from corroborate.contrast.reading import Reading, read, word_tokens
from corroborate.contrast.tokens import Item, normalise
from corroborate.lexicon.contrast import (
    BOUND_FORMS,
    COUNT_WORDS,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    RATE_FORMS,
    SCALES,
    STOPWORDS,
)


@lru_cache(maxsize=131072)
def word_order_similarity(a: str, b: str) -> float:
    """How much of two texts is the same words in the same order (0-1).

    Twice the words of the matching blocks over the words of both (difflib's ratio over the
    lower-cased words, punctuation left out): 1.0 for one text, about 0.9 for a sentence of
    ten words with one word swapped, under 0.5 for a free rewording of one fact.
    """
    a_words = [t.low for t in word_tokens(a)]
    b_words = [t.low for t in word_tokens(b)]
    if not a_words and not b_words:
        return 1.0
    return SequenceMatcher(None, a_words, b_words, autojunk=False).ratio()


#: An excerpt has at least this many words: shorter runs ("we are very happy") recur in
#: different statements.
EXCERPT_MIN_WORDS: Final = 5


@lru_cache(maxsize=131072)
def excerpt(a: str, b: str) -> tuple[str, str] | None:
    """The shorter text and the part of the longer it was cut from, if it is an excerpt.

    An outlet that quotes part of a statement ("I felt like there was a lot of pressure")
    reports the statement another outlet quotes whole ("I'm usually not nervous before
    games, ... just because I felt like there was a lot of pressure"). The shorter text is an
    excerpt when it has at least `EXCERPT_MIN_WORDS` words, three in four of them and every
    one that is not a function word are found in the longer in the same order, and the found
    words lie in one run of the longer at most two words longer than the excerpt ("It's a
    dream come true for me" in "... is a dream come true for me").

    Returns:
        (shorter text, the longer text's run from its first to its last matched word), or
        None. The contrast rules compare these two, so a "not" in the rest of the longer
        text is extra detail, not a difference.
    """
    a_words, b_words = word_tokens(a), word_tokens(b)
    if len(a_words) <= len(b_words):
        short, long_, shorter, long_text = a_words, b_words, a, b
    else:
        short, long_, shorter, long_text = b_words, a_words, b, a
    if len(short) < EXCERPT_MIN_WORDS or len(short) == len(long_):
        return None
    matcher = SequenceMatcher(None, [t.low for t in short], [t.low for t in long_], autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size]
    matched = sum(m.size for m in blocks)
    found = {k for m in blocks for k in range(m.a, m.a + m.size)}
    missing = [t.low for k, t in enumerate(short) if k not in found]
    if not blocks or matched < 0.75 * len(short) or any(w not in STOPWORDS for w in missing):
        return None
    first, last = blocks[0].b, blocks[-1].b + blocks[-1].size - 1
    if last - first + 1 > len(short) + 2:
        return None
    # never cut an amount in two: "... worth an estimated two million" read without the
    # "euros" after it is another sum than "€2 million" (only when the excerpt names a
    # currency: "a fine of 300 million" is not compared with "300 million dollars")
    if any(t.low in CURRENCY_WORDS for t in short) or any(c in shorter for c in CURRENCY_SIGNS):
        while last + 1 < len(long_) and (long_[last + 1].low in CURRENCY_WORDS
                                         or long_[last + 1].low in SCALES):
            last += 1
    text = normalise(long_text)
    start, end = long_[first].start, long_[last].end
    if any(c.isdigit() for c in shorter):
        # the word alignment skips figures, so a run cut at a word would drop a figure
        # beside it: "wages by 33%" is no excerpt of "wages by 25% over four years" that the
        # rules may compare with "wages by" (they must see "25%" to name the change)
        before = _FIGURE_BEFORE.search(text, 0, start)
        after = _FIGURE_AFTER.match(text, end)
        start = before.start() if before else start
        end = after.end() if after else end
    return shorter, text[start:end]


# a figure (with its sign or per cent) right before or after a run of words
_FIGURE = r"(?:[$€£¥]\s*)?\d[\d.,]*(?:\s*(?:%|percent\b|per cent\b))?"
_FIGURE_BEFORE: Final = re.compile(_FIGURE + r"\s*$")
_FIGURE_AFTER: Final = re.compile(r"\s*" + _FIGURE)


@lru_cache(maxsize=131072)
def word_swap(a: str, b: str) -> tuple[str, str] | None:
    """The one content word (or two) one text has where the other has another, if that is all.

    Both texts must be the same words in the same order but for one replaced run of at most
    `SWAP_WORDS` lower-case words on each side, with a content word on each ("the Chamber
    welcomed the rule" / "the Chamber opposed the rule", "agreed to a deal" / "rejected a
    deal"). Names and numbers do not count (the entity and number rules read those), nor do
    spellings ("jewellery" / "jewelry"), inflections, or WordNet synonyms ("bail" / "bond",
    "died" / "passed away").

    Returns:
        The content words of the replaced run on each side, or None.
    """
    a_words, b_words = word_tokens(a), word_tokens(b)
    matcher = SequenceMatcher(None, [t.low for t in a_words], [t.low for t in b_words], autojunk=False)
    ops = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if len(ops) != 1 or ops[0][0] != "replace":
        return None
    _op, i1, i2, j1, j2 = ops[0]
    if i2 - i1 > SWAP_WORDS or j2 - j1 > SWAP_WORDS:
        return None
    run = [*a_words[i1:i2], *b_words[j1:j2]]
    if any(t.low in COUNT_WORDS or t.text[0].isupper() for t in run):
        return None
    # the content words of each side ("agreed to" / "rejected": "agreed" / "rejected")
    xs = [t.low for t in a_words[i1:i2] if t.low not in STOPWORDS]
    ys = [t.low for t in b_words[j1:j2] if t.low not in STOPWORDS]
    if not xs or not ys:
        return None
    x, y = " ".join(xs), " ".join(ys)
    if len(xs) == len(ys) == 1 and _close_spelling(x, y):
        return None  # a spelling ("jewellery" / "jewelry", "realised" / "realized")
    if synonyms(xs, ys):
        return None  # one word inflected otherwise, or a synonym ("bail" / "bond")
    full_x, full_y = [t.low for t in a_words[i1:i2]], [t.low for t in b_words[j1:j2]]
    if (full_x, full_y) != (xs, ys) and synonyms(full_x, full_y):
        return None  # with its particle, a phrasal verb's synonym ("intervene" / "step in")
    return x, y


@lru_cache(maxsize=65536)
def figures_alike(a: str, b: str) -> bool:
    """Whether two texts are one wording once each figure, time and date is read as its value
    ("increasing petrol by 17.20 shillings to 201.50 shillings a liter" / "increasing petrol
    by Sh17.20 to Sh201.50 a litre", "tripped at 11.42 pm" / "tripped at 23:42"), a word
    spelt otherwise ("liter" / "litre") left as one word. The judge, trained on changed
    figures, reads such a pair as a changed detail; the rules, which read the values, see
    none."""
    ra, rb = read(a), read(b)
    xs = _valued_words(ra, settle_shares(ra.numbers, rb.numbers))
    ys = _valued_words(rb, settle_shares(rb.numbers, ra.numbers))
    if xs == ys:
        return True
    for op, i1, i2, j1, j2 in SequenceMatcher(None, xs, ys, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if op != "replace" or i2 - i1 != j2 - j1:
            return False
        if not all(_spelt_otherwise(x, y) for x, y in zip(xs[i1:i2], ys[j1:j2], strict=True)):
            return False
    return True


def _close_spelling(x: str, y: str) -> bool:
    """Two words of five letters or more at most two edits apart: one word spelt two ways."""
    return min(len(x), len(y)) >= 5 and levenshtein(x, y) <= 2


def _spelt_otherwise(x: str, y: str) -> bool:
    """"liter" / "litre", "realised" / "realized": one word in two spellings (`_close_spelling`),
    words only and the same first letter, as a figure's value ("23:42" / "22:42") is no word."""
    return x.isalpha() and y.isalpha() and x[0] == y[0] and _close_spelling(x, y)


def _valued_words(reading: Reading, numbers: Sequence[Item]) -> tuple[str, ...]:
    """A text's words, lower-cased, with each figure (`numbers`, its shares settled against
    the other text's), time or date in the place of the tokens it is written with (a currency
    code before a sum with them: "Sh17.20" is "KSh17.2")."""
    toks = reading.toks
    items = [*numbers, *(item for found in reading.dates.values() for item in found)]
    at: dict[int, str] = {}
    covered: set[int] = set()
    for item in items:
        lo = item.lo
        if not item.value[:1].isdigit() and lo > 0 and toks[lo - 1].text in CURRENCY_CODES:
            lo -= 1
        at[lo] = item.value
        covered.update(range(lo, item.hi))
    words: list[tuple[str, bool]] = []  # (word or value, whether a value)
    for k, tok in enumerate(toks):
        if k in at:
            words.append((at[k], True))
        elif k not in covered and tok.text[:1].isalnum():
            words.append((tok.low, False))
    return _bounds_and_rates(words)


def _bounds_and_rates(words: list[tuple[str, bool]]) -> tuple[str, ...]:
    """The words with a bound before a value written as its comparison ("less than 40%" and
    "below 40%" are "< 40%") and a rate after one as its period ("two hours a day", "two hours
    daily" and "two hours per day" are "2h daily")."""
    out: list[str] = []
    k = 0
    while k < len(words):
        form = None
        for phrase, name, before_value in _forms_by_first().get(words[k][0], ()):
            end = k + len(phrase)
            if tuple(w for w, _ in words[k:end]) == phrase and (
                    words[end][1] if before_value and end < len(words)
                    else not before_value and k > 0 and words[k - 1][1]):
                form = (name, end)
                break
        out.append(words[k][0] if form is None else form[0])
        k = k + 1 if form is None else form[1]
    return tuple(out)


@lru_cache(maxsize=1)
def _forms_by_first() -> dict[str, list[tuple[tuple[str, ...], str, bool]]]:
    """The bound and rate phrases by their first word: (phrase, its form, whether it stands
    before a value)."""
    index: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    for table, before in ((BOUND_FORMS, True), (RATE_FORMS, False)):
        for phrase, name in table.items():
            index.setdefault(phrase[0], []).append((phrase, name, before))
    return index
