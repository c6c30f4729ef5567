"""Outlets as speakers: the display name of an outlet mention, and whether a name is an outlet's."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from corroborate import lexicon as lx
from corroborate.lexicon import gazetteer as gz
from corroborate.lexicon.speakers import MEDIA_NAME_WORDS, NEWS_AGENCY_NAMES, NEWS_AGENCY_WORDS, WEB_SUFFIXES
from corroborate.outlets import OUTLETS, domain_of, normalize_outlet, registered_domain
from corroborate.schema import SpeakerKind
from corroborate.speakers.names import clean_name, strip_det

_MEDIA_WORDS = re.compile(r"\b(" + "|".join(MEDIA_NAME_WORDS) + r")\b")
# what a writer puts before an outlet's name to say what it is: "the newspaper Diário
# Nacional", "the state news agency KCNA", "Portuguese broadcaster RTP"; the noun is lower case
# and a capitalised name follows it
_KIND_BEFORE_NAME = re.compile(
    r"^(?:\S+\s+){0,3}?(?:" + "|".join(sorted(lx.MEDIA_NOUNS - {"times", "post", "journal", "report",
                                                                  "story", "press", "wire", "media"}))
    + r")\s+(?=[A-Z])")
_KINDS_AFTER = lx.MEDIA_NOUNS - {"times", "post", "journal", "press", "media", "wire"}
_STATE_WORDS = frozenset(n.lower() for names in gz.STATES.values() for n in names)


def _without_kind(text: str) -> str:
    """An outlet mention without the words that say what the outlet is: before its name ("the
    newspaper Diário Nacional"), after it set off by a comma ("Channel North, a UK
    broadcaster") or right after it ("the Dhaka Chronicle newspaper"; only after two words or
    one in capitals: "the Kenyan newspaper" and "the US daily" name no outlet)."""
    text = re.sub(r",\s+(?:a|an|the)\s[^,]*,?$", "", _KIND_BEFORE_NAME.sub("", text.strip()))
    words = text.split()
    named = [w for w in words[:-1] if w.lower() != "the"]
    if named and words[-1] in _KINDS_AFTER and all(w[:1].isupper() for w in named) and (
            len(named) > 1 or named[0].isupper()) and " ".join(named).lower() not in _STATE_WORDS:
        return " ".join(words[:-1])
    return text


def media_canonical(text: str, known: Iterable[str] = ()) -> str:
    """The display name of an outlet mention, as `corroborate.outlets` writes outlet names.

    "NYT" and "the New York Times" -> "The New York Times"; "the Times" -> the one "...
    Times" among `known` (the article's other outlets and its own), else The Times of
    London; "the official Korean Central News Agency (KCNA)" -> "KCNA"; a name neither the
    outlet table nor the lexicon knows keeps its words ("the Journal" -> "The Journal", "the
    Roper Center" -> "Roper Center", "state media").
    """
    text = _without_kind(text)
    bare = re.sub(r"[’']s$", "", text)
    direct = normalize_outlet(bare, known=known)
    if direct in OUTLETS:
        return direct
    low = clean_name(text).lower()
    if low in lx.MEDIA_OUTLETS:
        return normalize_outlet(lx.MEDIA_OUTLETS[low], known=known)
    for key, pattern in _outlet_key_patterns():
        if pattern.search(low):
            return normalize_outlet(lx.MEDIA_OUTLETS[key], known=known)
    name = clean_name(text)
    if re.match(r"[Tt]he\s+[A-Z]", bare) and name[:1].isupper() and " " not in name:
        return "The " + name  # a paper's short name: "the Journal", "the Globe"
    return strip_det(name)


def web_source(word: str) -> tuple[str, SpeakerKind] | None:
    """A source named by its web address, as the name it stands for; None for other words.

    "TMZ.com" is TMZ and "nytimes.com" The New York Times (outlets the table knows);
    "RadarOnline.com" is "RadarOnline" and "Amazon.com" "Amazon": a site's address and its
    name are one source, but only the table can say it is an outlet, so those stay
    organisations. Only a word whose last label is written in lower case ("TMZ.com", not
    "U.S.A") and is a common web suffix (`WEB_SUFFIXES`: not "report.pdf") counts.
    """
    tld = word.rsplit(".", 1)[-1] if "." in word else ""
    if not (tld.isalpha() and tld.islower() and tld in WEB_SUFFIXES):
        return None
    host = domain_of(word)
    if host is None:
        return None
    known = normalize_outlet(host)
    if known in OUTLETS:
        return known, "media"
    label = registered_domain(host).split(".")[0]
    at = word.lower().find(label)
    return (word[at:at + len(label)] if at >= 0 else label), "organization"


def names_an_outlet(name: str) -> bool:
    """Whether a media speaker's name names one outlet ("Yonhap", "The Journal", "state
    media"), not only a kind of one ("newspaper", "influential US daily"): only a named outlet
    can be the `via` that tells two claims came through the same place."""
    return name != name.lower() or name.lower().endswith("state media")


def media_name(name: str) -> bool:
    """Whether an organisation's name is an outlet's: a known outlet, or "... News", "... Times"."""
    low = name.lower()
    return low in lx.MEDIA_OUTLETS or any(
        p.search(low) for _, p in _outlet_key_patterns()) or bool(_MEDIA_WORDS.search(low))


@lru_cache(maxsize=1)
def outlet_pattern() -> re.Pattern[str]:
    """One pattern for every outlet name in the lexicon, longest first, as whole words."""
    keys = sorted(lx.MEDIA_OUTLETS, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b", flags=re.IGNORECASE)


@lru_cache(maxsize=1)
def _outlet_key_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Outlet names longer than three letters, longest first, as whole-word patterns."""
    keys = sorted((k for k in lx.MEDIA_OUTLETS if len(k) > 3), key=len, reverse=True)
    return tuple((k, re.compile(rf"\b{re.escape(k)}\b")) for k in keys)


def is_news_agency(name: str) -> bool:
    """Whether an outlet's name is a news agency's ("Reuters", "Agence France-Presse", "Press
    Trust of India", "Philippine News Agency"), which "the agency" may mean; a newspaper or a
    broadcaster ("Bayline News", "The New York Times") is not, whatever it reports."""
    words = re.findall(r"[a-z]+", name.lower())
    return bool(set(words) & NEWS_AGENCY_WORDS) or any(
        " ".join(words[i : i + n]) in NEWS_AGENCY_NAMES for n in (1, 2) for i in range(len(words)))
