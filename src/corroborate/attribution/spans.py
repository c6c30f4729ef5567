"""Span helpers: token ranges to character spans, trimming, containment and quote growth."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from corroborate import lexicon as lx
from corroborate.attribution.model import CharSpan
from corroborate.lexicon.attribution import DATELINE_DASHES

_last: tuple[Doc | None, str] = (None, "")


def doc_text(doc: Doc) -> str:
    """`doc.text`, which spaCy rebuilds from the tokens on every access, cached for one Doc
    (one tuple, read and replaced whole, so threads never mix one Doc's text with another)."""
    global _last
    cached_doc, text = _last
    if cached_doc is not doc:
        text = str(doc.text)
        _last = (doc, text)
    return text


def tok_span(tokens: Sequence[Token]) -> CharSpan:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


# Punctuation that belongs to the word before it: "exports rose 5%" ends with its "%".
KEPT_SYMBOLS = frozenset({"%", "‰"})


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range [start, end) without edge punctuation other than quote marks."""
    while start < end and doc[start].is_punct and doc[start].text not in lx.QUOTE_CHARS:
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and (
        doc[end - 1].text not in lx.QUOTE_CHARS and doc[end - 1].text not in KEPT_SYMBOLS
    ):
        # keep a closing bracket whose opener is inside: "Council (NSC)"
        if doc[end - 1].text == ")" and "(" in doc[start : end - 1].text:
            break
        end -= 1
    while start < end and doc[start].is_space:
        start += 1
    return start, end


def char_range(doc: Doc, start: int, end: int) -> CharSpan | None:
    start, end = _trim(doc, start, end)
    if start >= end:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def subtree_range(tok: Token, exclude: Iterable[Token] = ()) -> tuple[int, int]:
    """The contiguous token range of `tok`'s subtree, cut short before any excluded subtree."""
    lo, hi = tok.left_edge.i, tok.right_edge.i + 1
    for ex in exclude:
        a, b = ex.left_edge.i, ex.right_edge.i + 1
        if a <= tok.i < b:
            continue
        if b <= tok.i and b > lo:
            lo = max(lo, b)
        elif a > tok.i and a < hi:
            hi = min(hi, a)
    return lo, hi


def content_from_clause(doc: Doc, head: Token, exclude: Sequence[Token],
                         quotes: Sequence[CharSpan]) -> tuple[CharSpan, ...] | None:
    lo, hi = subtree_range(head, exclude)
    for t in head.children:  # "X was not intentional; they only learned ...": a new clause
        if t.i > head.i and t.text == ";" and t.i < hi:
            hi = t.i
            break
    span = char_range(doc, lo, hi)
    if span is None:
        return None
    return (expand_to_quotes(span, quotes, doc),)


def expand_to_quotes(span: CharSpan, quotes: Sequence[CharSpan], doc: Doc) -> CharSpan:
    """Grow a content span over the quotes it overlaps, within the same sentence region."""
    s, e = span
    for qs, qe in quotes:
        if qs < e and qe > s and (qe - qs) < 4 * max(1, e - s) + 400:
            s, e = min(s, qs), max(e, qe)
    # a closing quote right after the content ("... Russia,”) belongs to it
    text = doc_text(doc)
    while e < len(text) and text[e] in ",.;:" and e + 1 < len(text) and text[e + 1] in "”\"":
        e += 2
    return s, e


def source_chars(doc: Doc, lo: int, hi: int) -> CharSpan | None:
    """A source's token range in characters, without a dateline ("WASHINGTON -- President
    Obama said", which the parser hangs on the subject)."""
    for k in range(lo, min(hi - 1, lo + 4)):
        if doc[k].text in DATELINE_DASHES:
            if all(t.is_upper or t.is_punct for t in doc[lo:k]):
                lo = k + 1
            break
    return char_range(doc, lo, hi)


def overlaps_quote(tok: Token, quotes: Sequence[CharSpan]) -> bool:
    s, e = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    return any(qs < e and qe > s for qs, qe in quotes)


def is_inside(span: CharSpan, spans: Sequence[CharSpan]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def overlaps(a: CharSpan, b: CharSpan) -> bool:
    return a[0] < b[1] and b[0] < a[1]
