"""Dates, addresses and outlet names, normalised as Article fields."""

from __future__ import annotations

import re
from datetime import date

from corroborate.lexicon.ingest import DATE_PATTERNS, MONTHS
from corroborate.outlets import domain_of, normalize_outlet

# The address paths of many news sites carry the date: /2023/09/04/ or /2013/may/03/.
_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})/(?P<month>\d{1,2}|[a-z]{3,9})/(?P<day>\d{1,2})(?:/|$|[-_])",
    re.IGNORECASE,
)


def outlet_name(outlet: str | None, url: str | None) -> str | None:
    """The outlet's display name: as stated, else from the URL's domain."""
    if outlet and (name := normalize_outlet(outlet)):
        return name
    if url and domain_of(url) is not None:
        return normalize_outlet(url) or None
    return None


def url_date(url: str | None) -> str | None:
    """The date many sites put in their article paths: /2023/09/04/ or /2013/may/03/."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if match is None:
        return None
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text[:3].lower(), 0)
    try:
        return date(int(match.group("year")), month, int(match.group("day"))).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> tuple[str, int, int] | None:
    """The earliest valid calendar date in the text, as (ISO date, start, end)."""
    found: list[tuple[int, int, str]] = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            month_text = match.group("month")
            month = int(month_text) if month_text.isdigit() else MONTHS[month_text[:3].lower()]
            try:
                day = date(int(match.group("year")), month, int(match.group("day")))
            except ValueError:
                continue
            found.append((match.start(), match.end(), day.isoformat()))
            break
    if not found:
        return None
    start, end, iso = min(found)
    return iso, start, end


def normalise_date(value: str) -> str | None:
    """An ISO 8601 date from a stated date or timestamp, or None when none can be told."""
    found = find_date(value)
    return found[0] if found is not None else None
