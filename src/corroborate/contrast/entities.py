"""Names in a text (capitalised runs, canonicalised) and when two names are one entity."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from corroborate.contrast.tokens import Item, Tok, is_word
from corroborate.lexicon.contrast import (
    ABBREVIATIONS,
    ALIASES,
    COMMON_CAPS,
    CURRENCY_CODES,
    DEMONYMS,
    DIRECTIONAL,
    NAME_ABBREVIATIONS,
    OPENERS,
    PLACE_WORDS,
    SENTENCE_END,
    STATES,
    STOPWORDS,
    TITLES,
    UNITS,
)


def levenshtein(a: str, b: str) -> int:
    """Edit distance between two strings (insertions, deletions, substitutions)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@lru_cache(maxsize=1 << 18)
def _same_name_token(a: str, b: str) -> bool:
    if a == b:
        return True
    # Transliterations: Shoigu/Shoygu, Sergei/Sergey. Only on long tokens with the same
    # initial, as Iran/Iraq are different countries.
    shorter = min(len(a), len(b))
    if a[0] != b[0] or shorter < 4:
        return False
    if shorter == 4:  # "Rait"/"Raite", but not "Iran"/"Iraq"
        return abs(len(a) - len(b)) == 1 and (a.startswith(b) or b.startswith(a))
    return levenshtein(a, b) <= 1  # two edits already join Medicare and Medicaid


@lru_cache(maxsize=1 << 18)
def _covers(small: tuple[str, ...], big: tuple[str, ...]) -> bool:
    """Whether every token of `small` is in `big`, and what `big` adds is not a direction."""
    unmatched = list(big)
    for token in small:
        match = next((t for t in unmatched if _same_name_token(token, t)), None)
        if match is None:
            return False
        unmatched.remove(match)
    if big[:1] == ("new",) and big[1:] == small:
        return False  # "New Mexico" is not "Mexico"; "New Orleans Saints" is the "Saints"
    return not any(token in DIRECTIONAL for token in unmatched)


def _abbreviates(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether `short` is `long` with a run of words written as initials.

    "IE" and "Internet Explorer", "MVP Award" and "Most Valuable Player Award".
    """
    for token in short:
        if not 2 <= len(token) <= 6:
            continue
        for start in range(len(long) - len(token) + 1):
            run = long[start : start + len(token)]
            if "".join(word[0] for word in run) == token:
                contracted = (*long[:start], token, *long[start + len(token) :])
                if _covers(short, contracted) and _covers(contracted, short):
                    return True
    return False


def _canonical_name(parts: Sequence[str]) -> tuple[str, ...]:
    words: list[str] = []
    for part in parts:
        part = part.removesuffix("'s").strip("'").replace(".", "")
        if not part:
            continue
        part = NAME_ABBREVIATIONS.get(part, part)
        words.extend(DEMONYMS.get(part, part).split())
    name = " ".join(w for w in words if w not in TITLES)
    name = STATES.get(name, name) if " " not in name else name
    name = ALIASES.get(name, name)
    return tuple(name.split())


def _abbreviation_stop(toks: Sequence[Tok], k: int) -> bool:
    """Whether the token at k is the full stop of an abbreviation or an initial ("G.")."""
    if toks[k].text != "." or k == 0:
        return False
    before = toks[k - 1].text
    return before.lower() in ABBREVIATIONS or (len(before) == 1 and before.isupper())


def _name_part(tok: Tok) -> str:
    # A plural acronym is the acronym: "24 KOs", "24 KO".
    return tok.low[:-1] if re.fullmatch(r"[A-Z]{2,}s", tok.text) else tok.low


def _is_cap(tok: Tok) -> bool:
    return (
        tok.text[0].isupper()
        and is_word(tok)
        and tok.text != "I"
        and not tok.text.startswith("I'")
    )


def _starts_name(toks: Sequence[Tok], i: int, skip: set[int]) -> bool:
    """Whether a name starts at i: a capitalised word, not a number word, and not an
    ordinary word capitalised at the start of a sentence."""
    tok = toks[i]
    if i in skip or not _is_cap(tok) or tok.low in UNITS:
        return False
    if tok.text in CURRENCY_CODES and i + 1 < len(toks) and toks[i + 1].text[:1].isdigit():
        return False  # a currency before its amount ("KSh 10.00", "Sh10"): the number rules read it
    j = i - 1
    while j >= 0 and toks[j].text in OPENERS:
        j -= 1
    initial = j < 0 or (toks[j].text in SENTENCE_END and not _abbreviation_stop(toks, j))
    next_is_cap = i + 1 < len(toks) and _is_cap(toks[i + 1]) and i + 1 not in skip
    # A capitalised function word starts a name only inside a sentence and before
    # another capital ("Most Valuable Player", "The Hague"); a common word only
    # inside a sentence or before another capital ("Police Constable Tim Fanning").
    if tok.low in STOPWORDS and (initial or not next_is_cap):
        return False
    return not (initial and (tok.low in COMMON_CAPS or tok.low.endswith("ly")) and not next_is_cap)


def _joins_two_names(last: str, after: Tok) -> bool:
    """Whether a hyphen between a name's last part and a capitalised word joins two names
    ("U.S.-China", "North Korea-Russia") rather than continuing one ("Jong-un", "Soviet-era")."""
    return after.text[0].isupper() and (
        last in PLACE_WORDS or "." in last or after.low in PLACE_WORDS or after.low in DEMONYMS
    )


def _name_parts(toks: Sequence[Tok], i: int, skip: set[int]) -> tuple[list[str], int]:
    """The parts of the name that starts at i, and the index after it."""
    n = len(toks)

    def cap_at(k: int) -> bool:
        return k < n and k not in skip and _is_cap(toks[k])

    parts = [_name_part(toks[i])]
    k = i + 1
    while k < n and not parts[-1].endswith("'s"):
        nxt = toks[k]
        if cap_at(k):
            parts.append(_name_part(nxt))
            k += 1
        elif _abbreviation_stop(toks, k) and cap_at(k + 1):
            k += 1  # "James G. Bodiford", "Dr. Sanjay Gupta"
        elif nxt.text == "-" and k + 1 < n and is_word(toks[k + 1]) and k + 1 not in skip:
            if _joins_two_names(parts[-1], toks[k + 1]):
                break
            parts.append(toks[k + 1].low)
            k += 2
        elif nxt.low in {"of", "de", "del", "da", "di", "van", "von", "bin", "al", "&"} and cap_at(k + 1):
            parts.append(nxt.low)
            k += 1
        else:
            break
    return parts, k


def entity_items(toks: Sequence[Tok], skip: set[int]) -> list[Item]:
    """Capitalised name sequences, as canonical space-joined token strings."""
    items: list[Item] = []
    i = 0
    while i < len(toks):
        if not _starts_name(toks, i, skip):
            i += 1
            continue
        parts, k = _name_parts(toks, i, skip)
        name = _canonical_name([p for p in parts if p not in {"the", "of", "de", "&"}])
        if name and not all(w in COMMON_CAPS for w in name):
            items.append(Item(" ".join(name), i, k))
        i = k
    return items


def orphans(items: Sequence[Item], others: Sequence[Item]) -> list[Item]:
    """The names in `items` that no name in `others` covers or is covered by."""
    other_names = [tuple(o.value.split()) for o in others]
    left = []
    for item in items:
        name = tuple(item.value.split())
        if not any(
            _covers(name, o) or _covers(o, name) or _abbreviates(name, o) or _abbreviates(o, name)
            for o in other_names
        ):
            left.append(item)
    return left
