"""Outlet names: one display name for the domains, aliases and "the X" forms of a publisher."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

__all__ = ["OUTLETS", "domain_of", "normalize_outlet", "outlet_key", "registered_domain"]

# Display name -> the other ways articles, metadata and URLs name it (domains included).
# Kept to major outlets and the agencies that news on one story is most often traced to;
# any other name passes through with only its spacing and a leading "the" tidied.
OUTLETS: dict[str, tuple[str, ...]] = {
    "The New York Times": ("New York Times", "NYT", "NY Times", "N.Y. Times", "nytimes.com",
                           "nyti.ms"),
    "Reuters": ("Reuters News", "Thomson Reuters", "reuters.com", "reut.rs"),
    "Associated Press": ("AP", "The AP", "AP News", "A.P.", "apnews.com", "ap.org"),
    "Agence France-Presse": ("AFP", "Agence France Presse", "France-Presse", "afp.com"),
    "BBC": ("BBC News", "British Broadcasting Corporation", "bbc.co.uk", "bbc.com"),
    "CNN": ("Cable News Network", "CNN International", "cnn.com", "edition.cnn.com"),
    "The Washington Post": ("Washington Post", "WaPo", "washingtonpost.com", "wapo.st"),
    "The Wall Street Journal": ("Wall Street Journal", "WSJ", "wsj.com"),
    "The Guardian": ("Guardian", "theguardian.com", "guardian.co.uk"),
    "Yonhap": ("Yonhap News Agency", "Yonhap News", "yna.co.kr", "en.yna.co.kr"),
    "TASS": ("ITAR-TASS", "TASS news agency", "Tass", "tass.com", "tass.ru"),
    "RIA Novosti": ("RIA", "RIA news agency", "ria.ru"),
    "KCNA": ("Korean Central News Agency", "North Korea's Korean Central News Agency",
             "kcna.kp", "kcnawatch.org"),
    "Interfax": ("interfax.com", "interfax.ru"),
    "Xinhua": ("Xinhua News Agency", "xinhuanet.com", "news.cn"),
    "Kyodo News": ("Kyodo", "english.kyodonews.net", "kyodonews.net"),
    "Bloomberg": ("Bloomberg News", "bloomberg.com"),
    "Financial Times": ("FT", "The Financial Times", "ft.com"),
    "The Times": ("The Times of London", "thetimes.co.uk"),
    "Los Angeles Times": ("LA Times", "L.A. Times", "latimes.com"),
    "New York Post": ("NY Post", "The New York Post", "nypost.com"),
    "New York Daily News": ("Daily News", "NY Daily News", "nydailynews.com"),
    "USA Today": ("USA TODAY", "usatoday.com"),
    "NPR": ("National Public Radio", "npr.org"),
    "NBC News": ("NBC", "nbcnews.com"),
    "CBS News": ("CBS", "cbsnews.com"),
    "ABC News": ("ABC", "abcnews.go.com", "abcnews.com"),
    "Fox News": ("Fox", "Fox News Channel", "foxnews.com"),
    "CNBC": ("cnbc.com",),
    "MSNBC": ("msnbc.com",),
    "Politico": ("POLITICO", "politico.com", "politico.eu"),
    "The Hill": ("thehill.com",),
    "Axios": ("axios.com",),
    "HuffPost": ("Huffington Post", "The Huffington Post", "huffingtonpost.com",
                 "huffpost.com", "huffingtonpost.co.uk"),
    "National Review": ("nationalreview.com",),
    "Newsweek": ("newsweek.com",),
    "Time": ("TIME", "Time magazine", "time.com"),
    "The Atlantic": ("theatlantic.com",),
    "The Economist": ("economist.com",),
    "The Independent": ("Independent", "independent.co.uk"),
    "The Telegraph": ("Telegraph", "The Daily Telegraph", "telegraph.co.uk"),
    "Daily Mail": ("The Daily Mail", "Mail Online", "MailOnline", "dailymail.co.uk"),
    "Sky News": ("news.sky.com", "sky.com"),
    "Al Jazeera": ("Al Jazeera English", "aljazeera.com", "aljazeera.net"),
    "Deutsche Welle": ("DW", "dw.com"),
    "France 24": ("France24", "france24.com"),
    "Euronews": ("euronews.com",),
    "Voice of America": ("VOA", "VOA News", "voanews.com"),
    "Radio Free Europe/Radio Liberty": ("RFE/RL", "Radio Free Europe", "rferl.org"),
    "RT": ("Russia Today", "rt.com"),
    "Sputnik": ("Sputnik News", "sputniknews.com"),
    "Kyiv Independent": ("The Kyiv Independent", "kyivindependent.com"),
    "Ukrinform": ("ukrinform.net", "ukrinform.ua"),
    "South China Morning Post": ("SCMP", "scmp.com"),
    "Global Times": ("globaltimes.cn",),
    "China Daily": ("chinadaily.com.cn",),
    "The Korea Herald": ("Korea Herald", "koreaherald.com"),
    "The Korea Times": ("Korea Times", "koreatimes.co.kr"),
    "NK News": ("nknews.org",),
    "The Japan Times": ("Japan Times", "japantimes.co.jp"),
    "NHK": ("NHK World", "nhk.or.jp"),
    "The Times of India": ("Times of India", "timesofindia.indiatimes.com", "indiatimes.com"),
    "Business Insider": ("Insider", "businessinsider.com"),
    "Forbes": ("forbes.com",),
    "Vox": ("vox.com",),
    "E! News": ("E! Online", "eonline.com"),
    "People": ("People magazine", "people.com"),
    "TMZ": ("tmz.com",),
    "Us Weekly": ("usmagazine.com",),
    "Entertainment Weekly": ("EW", "ew.com"),
    "Variety": ("variety.com",),
    "The Hollywood Reporter": ("Hollywood Reporter", "hollywoodreporter.com"),
    "Chicago Tribune": ("chicagotribune.com",),
    "Boston Globe": ("The Boston Globe", "bostonglobe.com"),
    "San Francisco Chronicle": ("sfgate.com", "sfchronicle.com"),
    "Yahoo News": ("news.yahoo.com", "yahoo.com"),
    "MarketWatch": ("marketwatch.com",),
}

# Second-level labels under which a country's registered domains sit ("bbc.co.uk").
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "or", "ne", "go", "edu"})

_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_PUNCT = re.compile(r"[^\w&]+")
_THE = re.compile(r"^the\s+", re.IGNORECASE)


def _key(name: str) -> str:
    flat = _PUNCT.sub(" ", name.casefold().replace("’", "'").replace("'s ", "s ")).strip()
    return " ".join(flat.split())


def _build_aliases() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    for display, aliases in OUTLETS.items():
        for alias in (display, *aliases):
            if _DOMAIN.match(alias):
                domains[alias] = display
                continue
            names[_key(alias)] = display
            # "The Guardian" is also "Guardian", and "Reuters" also "the Reuters"
            names[_key(_THE.sub("", alias))] = display
    return names, domains


_NAMES, _DOMAINS = _build_aliases()
# Names too short or too common to be safe alone: they need their "the"-less form spelled out.
_AMBIGUOUS_TIMES = frozenset({"times", "the times"})


def domain_of(value: str) -> str | None:
    """The host name of a URL or bare domain, lower-cased and without "www."; None if none.

    Args:
        value: "https://www.nytimes.com/2023/...", "nytimes.com" or any other text.

    Returns:
        The host ("nytimes.com"), or None when the value is not a URL or domain.
    """
    text = value.strip()
    if not text or " " in text:
        return None
    host = urlsplit(text if _SCHEME.match(text) else f"//{text}").hostname or ""
    host = host.rstrip(".")
    if not _DOMAIN.match(host):
        return None
    return host.removeprefix("www.")


def registered_domain(host: str) -> str:
    """The registered part of a host: "edition.cnn.com" -> "cnn.com", "bbc.co.uk" stays."""
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


# Outlets named by an ordinary word: written in lower case, the word is only the word
# ("according to people familiar ...", "at the time").
ORDINARY_WORD_OUTLETS = frozenset({"people", "time", "fortune", "money", "slate", "vice", "wired"})


def normalize_outlet(name_or_domain: str, *, known: Iterable[str] = ()) -> str:
    """One display name for an outlet, however an article, page or URL names it.

    Args:
        name_or_domain: An outlet name ("the New York Times", "NYT"), a domain
            ("www.nytimes.com") or a URL ("https://nytimes.com/2023/09/04/...").
        known: Display names of the other outlets in the same set of articles. "The Times"
            alone is read as the one outlet among them whose name ends in "Times" when there
            is exactly one (The New York Times in a folder of NYT pickups), and as The Times
            of London otherwise.

    Returns:
        The display name: "The New York Times" for all the forms above. A domain the alias
        table does not know gives its registered domain ("example-news.com"); a name it does
        not know keeps its words, with spacing tidied and a lower-case "the" capitalised.
    """
    text = " ".join(name_or_domain.split()).strip(" .,;:-–—|")
    if not text:
        return ""
    host = domain_of(text)
    if host is not None:
        labels = host.split(".")
        # the longest known suffix: "edition.cnn.com", then "cnn.com"
        for start in range(len(labels) - 1):
            found = _DOMAINS.get(".".join(labels[start:]))
            if found is not None:
                return found
        return registered_domain(host)
    key = _key(text)
    if text.islower() and key in ORDINARY_WORD_OUTLETS:
        return text  # "people familiar with the matter" is no People magazine
    if key in _AMBIGUOUS_TIMES:
        times = sorted({k for k in known if k.endswith("Times") and k != "The Times"})
        if len(times) == 1:
            return times[0]
    found = _NAMES.get(key) or _NAMES.get(_key(_THE.sub("", text)))
    if found is not None:
        return found
    if text[:4] == "the ":
        text = "The " + text[4:]
    return text


def outlet_key(name_or_domain: str) -> str:
    """A key under which every form of one outlet compares equal ("the X" and "X" included).

    Args:
        name_or_domain: Anything `normalize_outlet` accepts.

    Returns:
        The case-folded display name without a leading "the" and punctuation.
    """
    return _key(_THE.sub("", normalize_outlet(name_or_domain)))
