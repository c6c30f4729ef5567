"""Quotation marks paired into spans, and the paragraph offsets of a text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from corroborate.attribution.model import CharSpan

# A quote mark that opens a word: straight quotes pair by position, curly ones by shape.
QUOTE_RE = re.compile(r"[\"“”„«»‘]|''|(?:^|(?<=[\s(\[—–-]))['’](?=\w)")


def find_quotes(text: str) -> list[CharSpan]:
    """Pair quotation marks into [start, end) spans that include the marks.

    Curly quotes pair by shape, straight double quotes by alternation; two apostrophes
    ('') are a straight double quote, as in some wire copy. A quote left open at a paragraph
    break is closed there: news style opens each paragraph of a long quote anew.
    """
    spans: list[CharSpan] = []
    for para_start, para in _paragraphs(text):
        open_at: int | None = None
        skip = False
        for i, ch in enumerate(para):
            if skip:
                skip = False
                continue
            if ch == "'" and para[i + 1 : i + 2] == "'":
                skip = True
                if open_at is None:
                    open_at = i
                else:
                    spans.append((para_start + open_at, para_start + i + 2))
                    open_at = None
            elif ch in "“«„":
                if open_at is None:
                    open_at = i
            elif ch in "”»":
                if open_at is not None:
                    spans.append((para_start + open_at, para_start + i + 1))
                    open_at = None
            elif ch == '"':
                if open_at is None:
                    open_at = i
                else:
                    spans.append((para_start + open_at, para_start + i + 1))
                    open_at = None
        if open_at is not None:
            end = len(para.rstrip())
            if end - open_at > 20:  # an unclosed opener at the start of a long quote
                spans.append((para_start + open_at, para_start + end))
    return spans


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for m in re.finditer(r"\n", text):
        yield start, text[start : m.start()]
        start = m.end()
    yield start, text[start:]


def paragraph_index(text: str) -> list[int]:
    """Start offsets of the text's lines: one paragraph a line in scraped news text."""
    return [0] + [m.end() for m in re.finditer(r"\n", text)]


def closes_with_comma(text: str, end: int) -> bool:
    """Whether the quote ending at ``end`` ends with ",", "?" or "!" before its closing mark
    (one character, or two for the NYT's ``''``)."""
    mark = 2 if text[end - 2 : end] == "''" else 1
    return end - mark - 1 >= 0 and text[end - mark - 1] in ",?!"


def ends_with_comma_quote(text: str, end: int) -> bool:
    """Whether a quote closing at `end` closes with a comma: ',”', ',"', ",’" or ",''"."""
    return text[end - 2 : end] in (",”", ',"', ",’") or text[end - 3 : end] == ",''"
