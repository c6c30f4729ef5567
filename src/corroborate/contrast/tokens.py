"""Tokens of a claim text, and the slot (the neighbouring content words) a found value fills."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Final, NamedTuple

from corroborate.lexicon.contrast import (
    ALIAS_PHRASES,
    ESTIMATE_SHARE,
    ESTIMATES,
    ESTIMATES_FROM_BELOW,
    LOWER_BOUNDS,
    SCALES,
    STOPWORDS,
    UNITS,
    UPPER_BOUNDS,
)

_TOKEN_RE: Final = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., a.m., U.N.: one token, so the full stops don't split it
    r"|\d+(?:[.,:]\d+)*[A-Za-z]*"  # 2,000 4.6 3:33 11th 600m 1940s
    r"|[A-Za-z]+(?:'[A-Za-z]+)*"  # words, with don't and Russia's kept whole
    r"|\S"
)


class Tok(NamedTuple):
    """A token: its text, lower-case form and character span in the normalised text."""

    text: str
    low: str
    start: int
    end: int


class Item(NamedTuple):
    """Something found in a text, with the token span it covers."""

    value: str
    lo: int
    hi: int


# Curly quotes and dashes, written as escapes as they look like their ASCII forms.
_PUNCTUATION: Final = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)


def normalise(text: str) -> str:
    """Accents folded, curly quotes and dashes made plain, multi-word names joined."""
    # Fold accents, so "Vendôme" and "Vendome" are one name.
    text = unicodedata.normalize("NFKD", text)
    text = unicodedata.normalize("NFKC", "".join(c for c in text if not unicodedata.combining(c)))
    text = text.translate(_PUNCTUATION)
    for pattern, name in ALIAS_PHRASES:
        text = pattern.sub(name, text)
    return text


def tokenize(text: str) -> list[Tok]:
    """The tokens of a text, normalised (`normalise`)."""
    return [_tok(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(normalise(text))]


def _tok(word: str, start: int, end: int) -> Tok:
    # Interned: the contrast rules keep a whole run's readings cached, and a story's claims
    # share most of their words; one string per distinct word, not one per occurrence,
    # takes a cached reading from about 4.9 to 2.9 KB (tracemalloc, 5,000 ECB+ sentences).
    word = sys.intern(word)
    low = word.lower()
    return Tok(word, word if low == word else sys.intern(low), start, end)


def is_word(tok: Tok) -> bool:
    """Whether a token is a word (starts with a letter)."""
    return tok.text[0].isalpha()


def token_at(toks: Sequence[Tok], i: int) -> str:
    """The lower-case token at i, or "" outside the text."""
    return toks[i].low if 0 <= i < len(toks) else ""


def _stem(word: str) -> str:
    word = word.removesuffix("'s").rstrip("'")
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


def _neighbours(toks: Sequence[Tok], lo: int, hi: int) -> tuple[str | None, str | None]:
    """The nearest content word on each side of a span: the slot the span fills."""

    def scan(indices: Iterable[int]) -> str | None:
        # Look past punctuation, numbers and function words ("The Jaguars (5-10) lost"),
        # but not far: a word three function words away is another slot's.
        skipped = 0
        for k in indices:
            tok = toks[k]
            if not is_word(tok):
                continue
            if tok.low not in STOPWORDS and tok.low not in UNITS:
                return _stem(tok.low)
            skipped += 1
            if skipped > 3:
                break
        return None

    return scan(range(lo - 1, -1, -1)), scan(range(hi, len(toks)))


def same_slot(a_toks: Sequence[Tok], a: Item, b_toks: Sequence[Tok], b: Item) -> bool:
    """Whether two found values share a neighbouring content word: one fills the other's slot."""
    a_left, a_right = _neighbours(a_toks, a.lo, a.hi)
    b_left, b_right = _neighbours(b_toks, b.lo, b.hi)
    return (a_left is not None and a_left == b_left) or (a_right is not None and a_right == b_right)


def rounded(toks: Sequence[Tok], item: Item) -> tuple[Decimal, Decimal] | None:
    """The values a figure written with decimals and a scale word stands for when it was
    rounded: "1.35 million" is any of 1,345,000 to 1,355,000 ("1,352,400 people" rounded to
    three figures), "13.5 lakh" the same. None for a figure written out in full, or with one
    significant digit ("2 million" is no rounding of 2,350,000)."""
    mantissa = toks[item.lo].text.replace(",", "") if item.lo < len(toks) else ""
    if not re.fullmatch(r"\d+\.\d+", mantissa) or not any(
            t.low in SCALES for t in toks[item.lo + 1 : item.hi]):
        return None
    digits = len(mantissa.replace(".", "").lstrip("0"))
    value = _value(item)
    if value is None or digits < 2 or value <= 0:
        return None
    half = Decimal(5).scaleb(value.adjusted() - digits)
    return value - half, value + half


def _value(item: Item) -> Decimal | None:
    try:
        return Decimal(item.value)
    except InvalidOperation:
        return None  # a sum of money, a percentage, an ordinal


def rounded_alike(a_toks: Sequence[Tok], a: Item, b_toks: Sequence[Tok], b: Item) -> bool:
    """Whether one figure is the other rounded ("1.35 million" / "1,352,400")."""
    for toks, item, other in ((a_toks, a, b), (b_toks, b, a)):
        span, value = rounded(toks, item), _value(other)
        if span is not None and value is not None and span[0] <= value < span[1]:
            return True
    return False


def bounded(toks: Sequence[Tok], item: Item) -> tuple[Decimal, Decimal]:
    """A count's values with the bound before it, up to the next step of the figure as
    written: "more than a dozen" allows 12 to 21 (14, not 9), "more than 30" 30 to 39 (not
    fifty: a writer who knew of fifty would not say so), "up to 20" 10 to 20, "over 1.2
    million" 1.2 to 1.3 million; an estimate a few per cent around it ("about 150": 145.5
    to 154.5; "nearly 300": 291 to 300); a bare count is its value."""
    value = Decimal(item.value)
    before = f"{token_at(toks, item.lo - 2)} {token_at(toks, item.lo - 1)}"
    last = token_at(toks, item.lo - 1)
    lower = before in LOWER_BOUNDS or last in LOWER_BOUNDS
    if before in ESTIMATES or last in ESTIMATES:
        spread = (value * ESTIMATE_SHARE).copy_abs()
        below = before in ESTIMATES_FROM_BELOW or last in ESTIMATES_FROM_BELOW
        return value - spread, value if below else value + spread
    if not lower and before not in UPPER_BOUNDS and last not in UPPER_BOUNDS:
        return value, value
    written = toks[item.lo].text.replace(",", "") if item.lo < len(toks) else ""
    if re.fullmatch(r"\d+(\.\d+)?", written):  # its precision: "30" one digit, "1.2" two
        step = Decimal(1).scaleb(value.adjusted() - len(written.replace(".", "").strip("0")) + 1)
    else:  # a number word: "a dozen"
        step = Decimal(1).scaleb(value.adjusted())
    return (value, value + step - 1) if lower else (value - step, value)


def slot_conflict(
    a_toks: Sequence[Tok],
    a_items: Sequence[Item],
    b_toks: Sequence[Tok],
    b_items: Sequence[Item],
) -> bool:
    """Whether a value only in a and a value only in b fill the same slot.

    A value found on one side only is extra detail, not a contradiction: only values that
    replace one another in the same slot (same neighbouring word) count.
    """
    a_count = Counter(item.value for item in a_items)
    b_count = Counter(item.value for item in b_items)
    a_only = a_count - b_count
    b_only = b_count - a_count
    if not a_only or not b_only:
        return False
    a_left = [item for item in a_items if item.value in a_only]
    b_left = [item for item in b_items if item.value in b_only]
    return any(same_slot(a_toks, x, b_toks, y) and not rounded_alike(a_toks, x, b_toks, y)
               and not _bound_holds(a_toks, x, b_toks, y) for x in a_left for y in b_left)


def share_as_count(item: Item) -> Item:
    """A share read as the count of its per cent ("40%" -> "40"), for `bounded`."""
    return Item(item.value[:-1], item.lo, item.hi)


def _bound_holds(a_toks: Sequence[Tok], a: Item, b_toks: Sequence[Tok], b: Item) -> bool:
    """Whether one count or share is a bound the other lies in ("more than a dozen" / "14",
    "less than 40 percent" / "38%")."""
    if a.value.endswith("%") and b.value.endswith("%"):
        a, b = share_as_count(a), share_as_count(b)
    for toks, item, other_toks, other in ((a_toks, a, b_toks, b), (b_toks, b, a_toks, a)):
        value = _value(other)
        if _value(item) is None or value is None:
            continue  # a sum of money, a percentage: no count to bound
        lo, hi = bounded(toks, item)
        if lo != hi and lo <= value <= hi and bounded(other_toks, other) == (value, value):
            return True
    return False
