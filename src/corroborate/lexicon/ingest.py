"""Ingest's word lists and patterns: file kinds, sources.csv columns, page furniture, dates."""

from __future__ import annotations

import re

# sources.csv: the header names (lower-cased) each field's column may go by; the first found wins.
SOURCES_COLUMNS = {
    "file": ("file", "path", "filename"),
    "outlet": ("outlet", "publisher", "source", "site"),
    "url": ("url", "link"),
    "published": ("published", "date"),
    "title": ("title", "headline"),
}

# File name suffixes (lower-cased) that say a file is plain text, HTML, one JSON value, or JSON
# Lines; "" (no suffix) counts as plain text.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".rst", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})

# File signatures of formats people drop into article folders by mistake. Checked before any
# decoding so that, say, a PNG is reported as a PNG and not as text in a strange encoding.
FILE_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "PNG image"),
    (b"\xff\xd8\xff", 0, "JPEG image"),
    (b"GIF87a", 0, "GIF image"),
    (b"GIF89a", 0, "GIF image"),
    (b"%PDF-", 0, "PDF document"),
    (b"PK\x03\x04", 0, "ZIP archive, or a Word/Excel/EPUB document"),
    (b"\x1f\x8b", 0, "gzip archive"),
    (b"\xfd7zXZ\x00", 0, "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "old Microsoft Office document"),
    (b"{\\rtf", 0, "RTF document"),
    (b"SQLite format 3\x00", 0, "SQLite database"),
    (b"\x7fELF", 0, "program (ELF executable)"),
    (b"ID3", 0, "MP3 audio"),
    (b"OggS", 0, "Ogg audio/video"),
    (b"fLaC", 0, "FLAC audio"),
    (b"ftyp", 4, "MP4/MOV video"),
    (b"RIFF", 0, "WAV, AVI or WebP media file"),
)

# ---------------------------------------------------------------------------------------------
# Page furniture in scraped plain text (see ingest.lines)
# ---------------------------------------------------------------------------------------------

# Whole lines (lower-cased, trailing punctuation and counts dropped) that are page furniture.
BOILERPLATE_LINES = frozenset(
    {
        "advertisement",
        "back to top",
        "continue reading",
        "email",
        "follow us",
        "home",
        "log in",
        "menu",
        "print",
        "read more",
        "search",
        "share",
        "share this",
        "share this article",
        "share on facebook",
        "share on twitter",
        "sign in",
        "sign up",
        "skip to content",
        "skip to main content",
        "subscribe",
        "toggle navigation",
        "tweet",
    }
)

# Lines that open a part of the page after the article (teasers, lists, comments, ratings).
SECTION_END_LINES = frozenset(
    {
        "about the author",
        "comments",
        "editor picks",
        "editor's picks",
        "editors' picks",
        "editor’s picks",
        "exit mobile version",
        "how useful was this post",
        "latest news",
        "leave a comment",
        "leave a reply",
        "more from",
        "more stories",
        "most popular",
        "most read",
        "other articles",
        "our channels",
        "popular posts",
        "recent posts",
        "recommended",
        "recommended for you",
        "related",
        "related articles",
        "related posts",
        "related stories",
        "trending",
        "trending now",
        "you may also like",
        "you might also like",
    }
)

# Beginnings of lines that are widgets, prompts and legal footers rather than prose.
BOILERPLATE_PREFIXES = (
    "skip to main content",
    "skip to content",
    "would you like to receive notifications",
    "allow notifications",
    "we value your privacy",
    "we use cookies",
    "this site uses cookies",
    "click on a star",
    "average rating",
    "vote count",
    "no votes so far",
    "be the first to rate",
    "we are sorry that this post",
    "let us improve this post",
    "how useful was this post",
    "all rights reserved",
    "copyright ©",
    "copyright (c)",
    "©",
    "sign up for our",
    "subscribe to our",
    "follow us on",
    "click here to",
    "exit mobile version",
    "read more:",
    "related:",
    "also read:",
    "recommended:",
    "advertisement",
)

# Lines that open an image caption or credit: "Pictured: ...", "Photo | ...".
CAPTION_START = re.compile(
    r"^(?:left|right|top|above|below|bottom|centre|center|inset|pictured|photo|image|picture|"
    r"file photo|caption|credit)(?:\s+(?:photo|image|picture))?\s*[:|]",
    re.IGNORECASE,
)
# A photo credit in parentheses at the end of a line: "(Photo: Jane Doe/Getty Images)".
PHOTO_CREDIT = re.compile(
    r"\((?=[^()]*[A-Z])[^()]*(?:\bvia\s+[A-Z]|\w/\w|Getty|Shutterstock|[Pp]hoto\b|[Pp]hotograph|"
    r"Images\b|[Cc]redit:|[Cc]ourtesy\b)[^()]*\)\W*$"
)
# An author bio ("Jane Smith is a reporter for The Daily Example"), naming the outlet when it can.
AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,4}(?:is|was)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:writer|reporter|correspondent|editor|columnist|journalist|contributor|producer|"
    r"fellow|analyst|intern|author|host|blogger)s?\b"
    r"(?:\s+(?:for|at|with|of)\s+(?:the\s+)?(?P<outlet>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|&))*))?"
)
# A publication stamp: "Posted ...", "Last updated ...".
BYLINE = re.compile(r"^(?:posted|published|updated|last updated|first published)\b", re.IGNORECASE)
# A byline: "By Jane Smith", "Written by: ...".
BY_AUTHOR = re.compile(r"^(?:written\s+)?by[\s:]+[A-Z]", re.IGNORECASE)
# A byline that names its outlet after the author: "By Jenna Lavallee, Westman Herald, with
# files from The Associated Press", "By Anna Berglund, Västra Nyheter". Not a role ("By Aya
# Kurokawa, Staff Writer": `BYLINE_ROLE_WORDS`), nor one word that is no outlet we know ("By
# Eirik Dahl, Oslo", "By Rocío Minaya Torres, HUARAZ": the place the author files from).
BYLINE_OUTLET = re.compile(
    r"^by\s+[^\W\d_][^,|\d]{1,50},\s+(?P<outlet>(?:the\s+)?[^\W\d_][^,|\d]{1,50}?)\s*(?:,\s+with\b.*)?$",
    re.IGNORECASE)
BYLINE_ROLE_WORDS = frozenset(
    """staff writer writers reporter reporters editor correspondent columnist contributor
    bureau chief producer desk team""".split())
# View, comment and share counters, and reading times: "Views: 120", "4 min read".
COUNTER = re.compile(
    r"\b(?:views?|comments?|shares?)\s*:?\s*\d+\b|\b\d+\s*min(?:ute)?s?\s+read\b", re.IGNORECASE
)

# ---------------------------------------------------------------------------------------------
# Dates and addresses (see ingest.metadata)
# ---------------------------------------------------------------------------------------------

# Month numbers by the first three letters of their English names.
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# An English month name or abbreviation, with an optional full stop ("Sept.").
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# Dates as news pages write them: 2023-09-04, September 4, 2023, 4th of September 2023.
DATE_PATTERNS = (
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),
    re.compile(
        rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.IGNORECASE
    ),
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b",
        re.IGNORECASE,
    ),
)
# A line that is only an address, perhaps labelled: how saved pages and corpora keep the URL.
URL_LINE = re.compile(
    r"^(?:(?:source|url|link|original(?:ly published)?(?: at)?|read (?:more|it) at|from)"
    r"\s*:?\s*)?<?(?P<url>https?://[^\s<>\"]+)>?\s*$",
    re.IGNORECASE,
)

# Words that make a part of a masthead line an outlet's name ("Channel North News | Business",
# "Poultry Markets Weekly | Disease & Trade"), not a section or a place ("World | Atlas World
# News", "Nairobi | Thursday")
MASTHEAD_WORDS = frozenset(
    """news times post herald chronicle observer journal gazette tribune standard weekly daily
    insider dispatch radio tv television rundfunk online press express telegraph mirror
    sentinel ledger review courier record monitor today wire sera nacional broadcasting channel
    network magazine digest bulletin 24""".split())
