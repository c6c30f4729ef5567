"""Lines of scraped plain text, each classified (prose, heading, page furniture) and scored."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from corroborate.ingest.metadata import find_date
from corroborate.lexicon.ingest import (
    AUTHOR_BIO,
    BOILERPLATE_LINES,
    BOILERPLATE_PREFIXES,
    BY_AUTHOR,
    BYLINE,
    CAPTION_START,
    COUNTER,
    PHOTO_CREDIT,
    SECTION_END_LINES,
)

# prose counts for the body; headings, noise (menus, widgets, captions, bios), meta (bylines,
# dates, counters) and section openers ("Related articles") count against it.
LineKind = Literal["prose", "heading", "noise", "meta", "section"]

# How much a line of each kind outweighs its own length when it is not prose: a fixed cost so
# that even a two-word "Menu" line separates, and a large one for lines that open the part of
# the page after the article, which no teaser text can pay back.
_NOISE_COST = 25
_SECTION_COST = 2_000
# Headings inside an article (subheads) are common, so they cost only half their length.
_HEADING_WEIGHT = 0.5
# Characters looked at from each end of a line (see _line_kind).
_SAMPLE = 1_000

# A line's visible content: Python's \s is every character str.isspace() accepts; a BOM and
# zero-width spaces are invisible too, so they must not start or end a line or the body.
_INVISIBLE = r"\s\u200b\u2060\ufeff"
_LINE = re.compile(rf"[^{_INVISIBLE}](?:[^\r\n]*[^{_INVISIBLE}])?")
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’»)\]]*$")
_TRUNCATED = re.compile(r"[\w,;’'\"”]\s?(?:\.{3}|…)$")
_CAMEL_JOIN = re.compile(r"[a-z][A-Z]")
_BREADCRUMB = re.compile(r"^home\s*[>»/|›]", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s[|•·»›]\s|\s{3,}")
_COUNT_SUFFIX = re.compile(r"\s*\(\d+\)$")  # "Comments (12)"
# A list item: a bullet or a number, then words ("- Jean-Baptiste-Camille Corot, ...", "2) ...").
_LIST_ITEM = re.compile(r"^(?:[-–•*·▪]|\d{1,2}[.)])\s+\w")
_LETTER = re.compile(r"[^\W\d_]")
_SPACE = re.compile(r"\s")
# A word as the line rules count them: a letter, then letters, digits and inner punctuation.
WORD = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass(frozen=True, slots=True)
class Line:
    """One line: its character range in the text, its content, kind and body score."""

    start: int
    end: int
    text: str
    kind: LineKind
    score: float


def _split_lines(text: str) -> Iterator[tuple[int, int, str]]:
    for match in _LINE.finditer(text):
        yield match.start(), match.end(), match.group()


def classify_lines(text: str) -> list[Line]:
    """The text's non-blank lines, each with its kind and its score for the body search."""
    raw = list(_split_lines(text))
    lines: list[Line] = []
    listing = False  # inside a list that a line of prose introduced ("The stolen works are:")
    for index, (start, end, content) in enumerate(raw):
        following = raw[index + 1][2] if index + 1 < len(raw) else ""
        kind = _line_kind(content, following)
        length = len(content)
        listing = bool(_LIST_ITEM.match(content)) and (listing or (
            bool(lines) and lines[-1].kind == "prose" and lines[-1].text.endswith(":")))
        if listing and kind in ("heading", "noise"):
            # the article's own list: it neither pays for the body nor cuts it (a menu's
            # items follow no sentence that announces them)
            lines.append(Line(start, end, content, kind, 0.0))
            continue
        if kind == "prose":
            score = float(length)
        elif kind == "heading":
            score = -_HEADING_WEIGHT * length
        elif kind == "section":
            score = -float(length + _SECTION_COST)
        else:
            score = -float(length + _NOISE_COST)
        lines.append(Line(start, end, content, kind, score))
    return lines


def _normalise_line(line: str) -> str:
    flat = " ".join(line.lower().split())
    flat = _COUNT_SUFFIX.sub("", flat)
    return flat.rstrip(" :!?.|-–—»›").strip()


def _line_kind(line: str, following: str) -> LineKind:
    # Every cue sits at a line's start or end or is about short lines, so long lines are only
    # sampled there: a 50 MB one-line file must not cost a scan per rule.
    head, tail = line[:_SAMPLE], line[-_SAMPLE:]
    flat = _normalise_line(line[:200])
    if flat in SECTION_END_LINES or flat.startswith("how useful was this post"):
        return "section"
    if flat in BOILERPLATE_LINES or flat.startswith(BOILERPLATE_PREFIXES):
        return "noise"
    if CAPTION_START.match(head) or PHOTO_CREDIT.search(tail):
        return "noise"
    if AUTHOR_BIO.match(head):
        return "noise"
    words = WORD.findall(head)
    short = len(words) <= 12
    ends_sentence = bool(_SENTENCE_END.search(tail[-8:]))
    if BYLINE.match(head) and len(words) <= 25:
        return "meta"
    if BY_AUTHOR.match(head) and not ends_sentence and short:
        return "meta"
    if short and (_is_date_line(line) or COUNTER.search(line)):
        return "meta"
    letters = len(_LETTER.findall(head))
    visible = len(head) - len(_SPACE.findall(head))
    if letters < 0.5 * visible:
        return "noise"  # numbers and symbols: weather, scores, rating widgets
    if len(line) < 400 and _TRUNCATED.search(tail[-8:]):
        return "noise"  # a teaser cut off mid-sentence
    if _BREADCRUMB.match(head) or any(len(_CAMEL_JOIN.findall(word)) >= 2 for word in words[:3]):
        return "noise"  # "Home > World" or "HomeWorldRussia..." with the separators lost
    if not ends_sentence and len(_SEPARATORS.findall(head)) >= 2:
        return "noise"  # a menu or metadata strip
    if short and letters and sum(map(str.isupper, head)) > 0.8 * letters:
        return "heading"  # "RECOMMENDED FOR YOU", "OUR CHANNELS:"
    if ends_sentence:
        return "prose"
    # A line without sentence punctuation is a headline unless it is long, or the next line
    # carries on its sentence (text wrapped at a fixed width).
    if len(words) > 15 or following[:1].islower():
        return "prose"
    return "heading"


def _is_date_line(line: str) -> bool:
    match = find_date(line)
    if match is None:
        return False
    rest = line[: match[1]] + line[match[2] :]
    return len(WORD.findall(rest)) <= 2
