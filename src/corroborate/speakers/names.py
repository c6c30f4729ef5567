"""Names as text: tidying, the fullest form of a person's name in an article, and gender."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from corroborate.lexicon import GOVERNMENT_WORDS
from corroborate.lexicon.speakers import AGENCY_HEADS, DETERMINERS, ORGANISATION_NOUNS
from corroborate.source_names import acronym

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A PERSON mention as the full-name table reads it: (name, first token, in a headline).
PersonMention = tuple[str, int, bool]


def clean_name(text: str) -> str:
    """A mention's text as a name: no possessive "'s", no article before a capital, no edges."""
    text = re.sub(r"[’']s$", "", text.strip())
    # a parenthesis the name's end cut open ("National Institute of Civil Defence (Indeci"):
    # the initials go with the rest of the parenthesis
    text = re.sub(r"\s*\([^()]*$", "", text)
    text = re.sub(r"^(the|The|a|A|an|An)\s+(?=[A-Z])", "", text)
    return re.sub(r"\s+", " ", text).strip(" ,.;:\"“”")


def strip_det(text: str) -> str:
    """A phrase without its leading determiners: "some U.S. officials" -> "U.S. officials"."""
    words = text.split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words).strip(" ,")


def full_names(persons: Sequence[PersonMention], doc_length: int) -> dict[str, str]:
    """Surnames, first names and short forms -> the fullest form of that PERSON.

    Of two forms with the same first and last word the longer wins ("Donald J. Trump"
    over "Donald Trump"), and so does a form that ends with another ("Ildefonso Guajardo
    Villarreal" over "Guajardo Villarreal"). Names in a title-case headline ("Black
    Lawmakers Rip Donald Trump") count only where the body has no name with that surname.
    A surname two people share goes to the one the article names first (news introduces
    its main person first: "Trump" is Donald, not Ivanka); a first name only when one
    person has it.

    Args:
        persons: The article's PERSON mentions, in text order.
        doc_length: The article's length in tokens: headline-only names rank after the body's.
    """
    first_at = _first_mentions(persons, doc_length)
    canonical = _fullest_forms(first_at)
    ranked = sorted(set(canonical.values()), key=lambda n: (first_at[n], n))
    names = {name.lower(): full for name, full in canonical.items()}
    surnames = _add_surnames(names, ranked)
    _add_first_names(names, ranked, surnames)
    return names


def _first_mentions(persons: Sequence[PersonMention], doc_length: int) -> dict[str, int]:
    """Names of two words or more -> the token of their first mention in the body.

    A headline's names count, after all of the body's, only where the body has no name
    with their surname and they open with a given name: in a title-case headline the NER
    takes a verb for one ("AMD Buys SeaMicro" giving the person "Buys SeaMicro").
    """
    first_at: dict[str, int] = {}
    headline: set[str] = set()
    body_surnames: set[str] = set()
    for name, start, in_headline in persons:
        if not in_headline:
            body_surnames.add(name.split()[-1])
        if len(name.split()) >= 2:
            if in_headline:
                headline.add(name)
            else:
                first_at.setdefault(name, start)
    for name in headline:
        if name.split()[-1] not in body_surnames and known_given_name(name):
            first_at.setdefault(name, doc_length)
    return first_at


def _fullest_forms(first_at: dict[str, int]) -> dict[str, str]:
    """Each name -> its longest form in the article; a longer form inherits the first mention."""
    canonical = {name: name for name in first_at}
    for name in first_at:
        for other in first_at:
            if _extends(other, name) and len(other.split()) > len(canonical[name].split()):
                canonical[name] = other
    for name, full in canonical.items():
        first_at[full] = min(first_at[full], first_at[name])
    return canonical


def _add_surnames(names: dict[str, str], ranked: list[str]) -> set[str]:
    """Add each full name's surname (and two-word surname) unless an earlier person has it."""
    surnames: set[str] = set()
    for full in ranked:
        parts = full.split()
        keys = {parts[-1].lower()}
        if len(parts) >= 3:
            keys.add(" ".join(parts[-2:]).lower())
        surnames |= keys
        for key in keys:
            names.setdefault(key, full)
    return surnames


def _add_first_names(names: dict[str, str], ranked: list[str], surnames: set[str]) -> None:
    """Add the first names that one person only has and that are nobody's surname."""
    first_names: dict[str, set[str]] = {}
    for full in ranked:
        first = full.split()[0].strip(".").lower()
        if len(first) > 1:
            first_names.setdefault(first, set()).add(full)
    for first, fulls in first_names.items():
        if len(fulls) == 1 and first not in surnames:
            names.setdefault(first, next(iter(fulls)))


def _extends(longer: str, shorter: str) -> bool:
    """Whether a name is a longer form of another.

    A middle name or initial added ("Donald J. Trump" of "Donald Trump"), or a given name
    before a two-word surname ("Ildefonso Guajardo Villarreal" of "Guajardo Villarreal").
    """
    long, short = longer.split(), shorter.split()
    if len(long) <= len(short):
        return False
    return (long[0] == short[0] and long[-1] == short[-1]) or long[-len(short):] == short


def in_headline(text: str, at: int) -> bool:
    """Whether a character offset lies in a title-case line: "City Council Members Rip The Mayor"."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    words = [w for w in re.findall(r"[A-Za-z][\w’']*", line) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def one_edit_apart(a: str, b: str) -> bool:
    """Whether two words differ by one insertion, deletion or substitution."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


@lru_cache(maxsize=1)
def _gender_detector() -> Any:
    # gender-guesser ships its name list in the package (no network); loaded once, lazily
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def known_given_name(name: str) -> bool:
    """Whether a name of two words or more opens with a given name the name list knows, of
    either gender or both ("Donald Trump", "Xi Jinping"; not "Buys SeaMicro")."""
    parts = name.split()
    return len(parts) >= 2 and _gender_detector().get_gender(parts[0].strip(".,")) != "unknown"


@lru_cache(maxsize=4096)
def has_first_name(name: str) -> bool:
    """Whether a name of two words or more opens with a known first name of either gender
    ("Claudia Ferrada", not "Civic Watch Sarvenia")."""
    parts = name.split()
    return len(parts) >= 2 and _gender_detector().get_gender(parts[0].strip(".,")) != "unknown"


def first_name_gender(name: str) -> str | None:
    """"m" or "f" when a full name's first name is unambiguously male or female, else None.

    Only clear answers count: "mostly" and unisex names (Kim, Leslie) say nothing, and a
    one-word name has no first name to read.
    """
    parts = name.split()
    if len(parts) < 2:
        return None
    guess = _gender_detector().get_gender(parts[0].strip(".,"))
    return {"male": "m", "female": "f"}.get(guess)


def agency_name(doc: Doc, start: int, name: str) -> bool:
    """Whether an organisation's name (at token `start`) is an agency's: its last word says
    so ("the Food and Drug Administration"), or it is initials ("FDA", "FBI") that the
    article does not spell out as something else: "exit the Philippine Area of
    Responsibility (PAR)" names a region."""
    if name.split()[-1].lower() in AGENCY_HEADS:
        return True
    if not (2 <= len(name) <= 5 and name.isalpha() and name.isupper()):
        return False
    spelled = spelled_out(doc, start, name)
    # spelt out as a body it is one ("the Department of Homeland Security (DHS)", "the
    # Federal Bureau of Investigation (FBI)"); as a region or a thing it is none
    return spelled is None or bool(
        {w.lower() for w in spelled.split()} & (AGENCY_HEADS | ORGANISATION_NOUNS | GOVERNMENT_WORDS))


def spelled_out(doc: Doc, start: int, initials: str) -> str | None:
    """The words a parenthesised set of initials at token `start` abbreviates, when the
    words just before the parenthesis spell them: "the Philippine Area of Responsibility
    (PAR)" -> "Philippine Area of Responsibility"."""
    if start < 2 or doc[start - 1].text != "(":
        return None
    for first in range(start - 2, max(-1, start - 2 - 3 * len(initials)), -1):
        words = doc[first : start - 1].text
        if doc[first].is_title and acronym(words) == initials:
            return words
    return None


def body_like(name: str, full_names: dict[str, str]) -> bool:
    """Whether a speaker the recogniser gave no kind reads as a body's name, so that "the
    company" after it may be it ("Rietvlei Platinum said ... The company said"): capitalised
    words, no known first name, no person of the article's (`full_names`: surname -> name)."""
    words = name.split()
    return bool(words) and all(w[:1].isupper() for w in words) and not has_first_name(name) and (
        name.lower() not in full_names and name not in full_names.values())
