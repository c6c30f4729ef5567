"""Dates and times in a text, by class (weekday, month, day, year, time, relative day...)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from corroborate.contrast.tokens import Item, Tok, token_at
from corroborate.lexicon.contrast import (
    CURRENCY_SIGNS,
    DAY_PARTS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    OPENERS,
    PERIODS,
    RELATIVE_ANCHORS,
    RELATIVE_DAYS,
    SENTENCE_END,
    TIME_ZONES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)

# A date expression found at a token: (class, item) pairs, the first the expression itself.
_Hits = list[tuple[str, Item]]


def _bare(tok: Tok) -> tuple[str, str]:
    """The token's lower-case form and text without a possessive: "Monday's earthquake",
    "today's release" are still dates."""
    return tok.low.removesuffix("'s"), tok.text.removesuffix("'s")


def _small_int(toks: Sequence[Tok], i: int) -> int | None:
    """A one- or two-digit number at i (a day of the month), else None."""
    if 0 <= i < len(toks) and toks[i].text.isdigit() and len(toks[i].text) <= 2:
        return int(toks[i].text)
    return None


def _weekday(toks: Sequence[Tok], i: int) -> _Hits:
    """"Monday", or "Tues." with its full stop (as "Sun" and "Wed" are words)."""
    low, text = _bare(toks[i])
    if not text[:1].isupper():
        return []
    full_stop = token_at(toks, i + 1) == "."
    weekday = WEEKDAYS.get(low) or (WEEKDAY_ABBREVIATIONS.get(low) if full_stop else None)
    return [("weekday", Item(weekday, i, i + 1))] if weekday else []


def _month_number(toks: Sequence[Tok], i: int) -> int | None:
    """The month a capitalised token names ("July", "Sept."), else None."""
    low, text = _bare(toks[i])
    if not (text[:1].isupper() and (text.istitle() or text.isupper())):
        return None
    month = MONTHS.get(low)
    initial = i == 0 or toks[i - 1].text in SENTENCE_END | OPENERS
    if low == "may" and initial and _small_int(toks, i + 1) is None:
        month = None  # sentence-initial "May" with no day after it is the modal
    if month is None and low in MONTH_ABBREVIATIONS:
        month = MONTH_ABBREVIATIONS[low]
    return month


def _days_around(toks: Sequence[Tok], i: int, hi: int) -> tuple[list[tuple[int, int]], int]:
    """The days of a month at i: one before it ("24 July"), then after it up to `hi` ("July
    24", "September 10-13"); (day, position) pairs, and the index after the last day."""
    days: list[tuple[int, int]] = []
    before = _small_int(toks, i - 1)
    if before is not None and 1 <= before <= 31:
        days.append((before, i - 1))
    k = hi
    while (day := _small_int(toks, k)) is not None and 1 <= day <= 31:
        days.append((day, k))
        k += 1
        if token_at(toks, k) in {"-", "to", "and"} and _small_int(toks, k + 1) is not None:
            k += 1  # a range: "September 10-13"
        else:
            break
    return days, k


def _month_date(toks: Sequence[Tok], i: int) -> _Hits:
    """A month, with a day before or after it and a year after ("July 24, 2014")."""
    month = _month_number(toks, i)
    if not month:
        return []
    hi = i + 1 + (1 if token_at(toks, i + 1) == "." else 0)
    hits: _Hits = [("month", Item(f"{month:02d}", i, hi))]
    days, k = _days_around(toks, i, hi)
    hits += [("day", Item(f"{month:02d}-{day:02d}", pos, pos + 1)) for day, pos in days]
    if token_at(toks, k) == ",":
        k += 1
    if k < len(toks) and re.fullmatch(r"(19|20)\d\d", toks[k].text):
        hits.append(("year", Item(toks[k].text, k, k + 1)))
    return hits


def _clock_time(toks: Sequence[Tok], i: int) -> _Hits:
    """Clock times: "3:33 a.m.", "11.42 pm", "4 p.m.", "18:38", "(1200 GMT)"; a time is its
    24-hour reading, so "11.42 pm" and "23:42" are one."""
    _low, text = _bare(toks[i])
    # "11.42" is a time only with "am" or "pm" after it; else it is a decimal
    clock = re.fullmatch(r"(\d{1,2})(?:([:.])(\d\d))?", text)
    meridiem = token_at(toks, i + 1).replace(".", "")
    if clock and meridiem in {"am", "pm"}:
        hour, minute = int(clock.group(1)) % 12, int(clock.group(3) or 0)
        hour += 12 if meridiem == "pm" else 0
        return [("time", Item(f"{hour:02d}:{minute:02d}", i, i + 2))]
    if clock and clock.group(2) == ":" and int(clock.group(1)) < 24:
        return [("time", Item(f"{int(clock.group(1)):02d}:{clock.group(3)}", i, i + 1))]
    if re.fullmatch(r"\d{4}", text) and token_at(toks, i + 1) in TIME_ZONES:
        return [("time", Item(f"{text[:2]}:{text[2:]}", i, i + 2))]
    return []


def _year(toks: Sequence[Tok], i: int) -> _Hits:
    """Years and decades ("2014", "1940s"), but not an amount of money ("$2014")."""
    _low, text = _bare(toks[i])
    if re.fullmatch(r"(?:19|20)\d\ds?", text) and token_at(toks, i - 1) not in CURRENCY_SIGNS:
        hits: _Hits = [("year", Item(text, i, i + 1))]
        # a split year ("the 2023-24 financial year", "the 2025/26 harvest") is both years, so
        # it agrees with "the year ended 30 June 2024"
        after = token_at(toks, i + 2)
        if token_at(toks, i + 1) in {"-", "/", "–"} and text.isdigit() and after in {
                str(int(text) + 1)[2:], str(int(text) + 1)}:
            hits.append(("year", Item(str(int(text) + 1), i + 2, i + 3)))
        return hits
    return []


def _relative_date(toks: Sequence[Tok], i: int) -> _Hits:
    """Relative days and periods: "yesterday", "last week", "this morning", "later this month"."""
    low, _text = _bare(toks[i])
    if low in RELATIVE_DAYS:
        hits: _Hits = [("relday", Item(f"{RELATIVE_DAYS[low]:+d}", i, i + 1))]
        if low in DAY_PARTS:
            hits.append(("part", Item(DAY_PARTS[low], i, i + 1)))
        return hits
    if low in RELATIVE_ANCHORS and token_at(toks, i + 1) in PERIODS:
        return [("period", Item(f"{token_at(toks, i + 1)}{RELATIVE_ANCHORS[low]:+d}", i, i + 2))]
    if low in {"this", "last"} and token_at(toks, i + 1) in DAY_PARTS:
        return [("relday", Item("+0" if low == "this" else "-1", i, i + 1))]
    if low in DAY_PARTS:
        return [("part", Item(DAY_PARTS[low], i, i + 1))]
    return []


# Tried in this order at each token; the first that finds a date there wins.
_DATE_FINDERS = (_weekday, _month_date, _clock_time, _year, _relative_date)


def date_items(toks: Sequence[Tok]) -> tuple[dict[str, list[Item]], set[int]]:
    """Date and time expressions, by class, and the token indices they use."""
    found: dict[str, list[Item]] = {}
    used: set[int] = set()
    for i in range(len(toks)):
        if i in used:
            continue  # already part of a date, e.g. the year after "July 24,"
        for finder in _DATE_FINDERS:
            hits = finder(toks, i)
            if hits:
                for cls, item in hits:
                    found.setdefault(cls, []).append(item)
                    used.update(range(item.lo, item.hi))
                break
    return found, used


def date_conflict(a: dict[str, list[Item]], b: dict[str, list[Item]]) -> bool:
    """Whether two texts name different dates or times of one class."""
    # Within a class only: "Monday" against "yesterday" may be the same day, but "Monday"
    # against "Tuesday" cannot be. Dates are slot-fillers of their own, so no context check.
    for cls in a.keys() & b.keys():
        a_values = {item.value for item in a[cls]}
        b_values = {item.value for item in b[cls]}
        if a_values - b_values and b_values - a_values:
            return True
    return False
