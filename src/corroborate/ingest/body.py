"""The layout of a scraped page in plain text: its body range, headline, date, address, outlet."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from corroborate.ingest.lines import WORD, Line, classify_lines
from corroborate.ingest.metadata import find_date
from corroborate.lexicon.ingest import AUTHOR_BIO, BYLINE_OUTLET, BYLINE_ROLE_WORDS, MASTHEAD_WORDS, URL_LINE
from corroborate.lexicon.releases import RELEASE_MARKERS
from corroborate.outlets import OUTLETS
from corroborate.schema import Span

# A scraped page flattened to text is a column of lines: navigation and the headline, the
# article's paragraphs, then teasers, widgets and footers. Following Finn, Kushmerick and Smyth's
# Body Text Extraction ("Fact or fiction", 2001), each line gets a score, positive for prose
# (its length in characters) and negative for page furniture, and the body is the contiguous
# run of lines with the largest total. Short furniture inside the article (a subheading, a
# bullet list's heading) costs less than the prose around it and stays in; a block of teasers
# after the article never adds enough to be worth joining.

_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_ABBREVIATION_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")
_HEADLINE_STOP = re.compile(r"(?<=[\w?!])\.(?=[’'”\"]?$)")
# "MOSCOW, " or "SEOUL, South Korea, " before the date of a dateline.
_DATELINE_PLACE = re.compile(r"^[A-Z][A-Z .'’-]{1,30}(?:,\s+[A-Z][A-Za-z .'’-]{1,30})?,\s+")

# lower-case words an outlet's name may hold: "Voice of America", "El Diario de Hoy"
_NAME_JOINERS = ("of", "the", "and", "de")


@dataclass(frozen=True, slots=True)
class Layout:
    """What the lines of a page say: where its body is, and its title, date, outlet, URL."""

    body: Span | None
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None = None


def find_body(text: str) -> Span | None:
    """Find the article body in plain text scraped from a web page.

    Args:
        text: The document text.

    Returns:
        The ``[start, end)`` character range of the body, from the first character of its
        first paragraph to the last character of its last one, or None when the text holds no
        prose at all (only headings, menus or widgets).

    Notes:
        Lines are scored as in Body Text Extraction (Finn, Kushmerick and Smyth, 2001): prose
        lines count their length, headings half their length against, page furniture (menus,
        breadcrumbs, captions and photo credits, bylines, author bios, teasers, widgets, the
        phrases in ``BOILERPLATE_LINES``, ``BOILERPLATE_PREFIXES`` and ``SECTION_END_LINES``
        of `corroborate.lexicon.ingest`) its length and a fixed cost against. The body is the
        run of lines with the largest total. On clean text it is the whole text, less a
        headline without sentence punctuation.
    """
    return page_layout(text).body


def page_layout(text: str) -> Layout:
    """The body of plain text (see `find_body`), and what the lines around it tell about it."""
    lines = classify_lines(text)
    best = _best_run([line.score for line in lines])
    if best is None:
        return Layout(None, None, _published(lines), _outlet(lines), _source_url(lines))
    first, last = best
    body = (lines[first].start, lines[last].end)
    title = _title(text, lines, first, last)
    # a URL inside the body is a link the article cites, not its own address
    url = _source_url(lines[:first]) or _source_url(lines[last + 1 :])
    published = _published(lines[:first]) or _dateline(lines[first].text)
    outlet = _outlet(lines[last + 1 :]) or _byline_outlet(lines[: first + 1]) or _masthead_outlet(
        lines[:first])
    return Layout(body, title, published, outlet, url)


def _best_run(scores: Sequence[float]) -> tuple[int, int] | None:
    """The first contiguous run with the largest positive total (Kadane)."""
    best: tuple[int, int] | None = None
    best_total = 0.0
    start, total = 0, 0.0
    for index, score in enumerate(scores):
        if total <= 0:
            start, total = index, 0.0
        total += score
        if total > best_total:
            best, best_total = (start, index), total
    return best


def _title(text: str, lines: Sequence[Line], first: int, last: int) -> str | None:
    """The headline: the nearest heading before the body, or a headline-like first line."""
    for line in reversed(lines[:first]):
        count = len(WORD.findall(line.text))
        if line.kind == "heading" and 2 <= count <= 30 and not line.text.isupper():
            return line.text
    # Clean articles often open with the headline as a paragraph of its own, punctuated like a
    # sentence ("Poll: Mayor and challenger tied heading into first debate."). It stays in
    # the body, since headlines carry attributions too, and is reported as the title.
    if first > 0 or first >= last:
        return None
    opener, after = lines[first], lines[first + 1]
    words = WORD.findall(opener.text)
    capitalised = sum(word[0].isupper() for word in words) / max(len(words), 1)
    # Headlines are short; a one-sentence lede of 20-odd words is not one. Title-case lines
    # may run longer.
    if not (3 <= len(words) <= (25 if capitalised >= 0.5 else 18) and len(opener.text) <= 200):
        return None
    if _paragraph_break(text, opener.end, after.start):
        return _headline(opener.text)
    # "Headline; " on one line and its subheading on the next, as some wire feeds set them.
    if (
        opener.text.endswith(";")
        and first + 2 <= last
        and len(WORD.findall(after.text)) <= 30
        and _paragraph_break(text, after.end, lines[first + 2].start)
    ):
        return _headline(f"{opener.text} {after.text}")
    return None


def _paragraph_break(text: str, start: int, end: int) -> bool:
    return _BLANK_LINE.search(text, start, end) is not None


def _headline(line: str) -> str:
    # Drop the full stop a headline gets when it is set as a paragraph, but not one that ends
    # an abbreviation ("U.S.").
    line = line.rstrip(" ;")
    if _ABBREVIATION_END.search(line):
        return line
    return _HEADLINE_STOP.sub("", line)


def _published(lines: Sequence[Line]) -> str | None:
    """The date a byline or dateline before the body gives."""
    for line in lines:
        if line.kind == "meta":
            found = find_date(line.text)
            if found is not None:
                return found[0]
    return None


def _source_url(lines: Sequence[Line]) -> str | None:
    """The article's address, from a line that holds only it ("Source: https://...")."""
    for line in lines:
        match = URL_LINE.match(line.text[:2_000])
        if match is not None:
            return match.group("url").rstrip(".,;)")
    return None


def _dateline(line: str) -> str | None:
    """The date of a dateline that opens the body: "MOSCOW, Sept. 13, 2023 (Reuters) -"."""
    place = _DATELINE_PLACE.match(line[:80])
    if place is None:
        return None
    found = find_date(line[place.end() : place.end() + 40])
    return found[0] if found is not None and found[1] == 0 else None


def _byline_outlet(lines: Sequence[Line]) -> str | None:
    """The outlet a byline at the head names after its author ("By Jenna Lavallee, Westman
    Herald"): capitalised words only, and no role ("Staff Writer", "Business Reporter")."""
    for line in lines[:6]:
        match = BYLINE_OUTLET.match(line.text.strip())
        if match is None:
            continue
        outlet = match.group("outlet").strip()
        words = outlet.split()
        named = len(words) > 1 or outlet in OUTLETS or any(outlet in a for a in OUTLETS.values())
        if named and all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words) and not (
                {w.lower() for w in words} & BYLINE_ROLE_WORDS):
            return outlet
    return None


def _outlet(lines: Sequence[Line]) -> str | None:
    """The publisher an author bio after the body names ("... is a news writer for X.").

    A copyright line is not used: on a syndicated story it names the wire service, not the
    site that published the page.
    """
    for line in lines:
        match = AUTHOR_BIO.match(line.text) if line.kind == "noise" else None
        if match is not None and match.group("outlet"):
            return match.group("outlet").strip(" .,;:-&") or None
    return None


# a part of a masthead line that is no outlet's name: a byline, a date or time, a credit, a
# release's marker ("NEWS RELEASE | For Immediate Release | Thunder Bay, ON": an issuer's
# release, which `releases` reads, not an outlet's page)
_NOT_A_MASTHEAD_NAME = re.compile(
    r"^(?:" + "|".join(m.replace(" ", r"\s+") for m in RELEASE_MARKERS) + r")\b|"
    r"^(?:by\b|source\b|with\b|updated\b|posted\b|published\b|\d|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)", re.IGNORECASE)


def _masthead_outlet(lines: Sequence[Line]) -> str | None:
    """The outlet a masthead line before the body names: "Channel North News | Business and
    Travel | Monday 20:15", "7 October, 14:20 GMT | Atlas World News", "By Chronicle Reporters
    | The Nairobi Chronicle | Thursday": its first part that is no byline, date or credit,
    written in capitalised words, with an outlet's word in it or an outlet the table knows
    ("Club statement | Thursday", "Nairobi | Thursday", "Photo: AP | Nairobi" name none)."""
    for line in lines[:4]:
        parts = [p.strip() for p in line.text.split(" | ")]
        if len(parts) < 2:
            continue
        for part in parts:
            if _NOT_A_MASTHEAD_NAME.match(part):
                continue
            name = re.sub(r"\s*\([^)]*\)$", "", part)  # "The Coast Observer (Mombasa)"
            words = name.split()
            if 1 <= len(words) <= 6 and ":" not in name and all(
                    w[:1].isupper() or w[:1].isdigit() or w in (*_NAME_JOINERS, "&", "-")
                    for w in words) and (name in OUTLETS or {w.lower() for w in words} & MASTHEAD_WORDS):
                return name
    return None
