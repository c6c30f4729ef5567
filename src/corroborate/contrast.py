"""Rule-based contrast check: the ways two near-identical claim contents differ in meaning."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Final, NamedTuple

__all__ = [
    "KINDS", "differences", "excerpt", "levenshtein", "numbers", "polarity",
    "word_order_similarity",
]

#: Every name `differences` can return, sorted.
KINDS: Final = ("antonym", "date", "entity", "modality", "negation", "number")

# --------------------------------------------------------------------------- lexicons

# Function words: never a slot's context word, and a name only inside a capitalised run
# ("Most Valuable Player", "The Hague").
STOPWORDS: Final = frozenset(
    {
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "for", "of", "to", "in", "on",
        "at", "by", "from", "with", "without", "into", "onto", "upon", "about", "above", "across",
        "after", "against", "along", "amid", "among", "around", "as", "before", "behind", "below",
        "beneath", "beside", "between", "beyond", "during", "except", "inside", "near", "off",
        "out", "outside", "over", "past", "since", "than", "through", "throughout", "till",
        "toward", "towards", "under", "until", "up", "via", "within", "is", "are", "was", "were",
        "be", "been", "being", "am", "'s", "'re", "have", "has", "had", "having", "do", "does",
        "did", "doing", "will", "would", "shall", "should", "may", "might", "must", "can", "could",
        "it", "its", "it's", "this", "that", "these", "those", "there", "here", "he", "she", "they",
        "we", "you", "i", "me", "him", "her", "us", "them", "my", "his", "their", "our", "your",
        "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "if", "then",
        "also", "just", "only", "even", "still", "very", "too", "more", "most", "much", "many",
        "some", "any", "all", "each", "every", "both", "either", "neither", "other", "another",
        "such", "same", "own", "not", "no", "never"
    }
)  # fmt: skip

# Capitalised at the start of a sentence, these are ordinary words, not names.
COMMON_CAPS: Final = STOPWORDS | frozenset(
    {
        "according", "additionally", "afterwards", "although", "among", "analysts", "authorities",
        "because", "breaking", "critics", "despite", "earlier", "experts", "finally", "following",
        "furthermore", "however", "initial", "initially", "instead", "investigators", "last",
        "later", "lawmakers", "let", "meanwhile", "moreover", "next", "now", "officers",
        "officials", "once", "people", "police", "privately", "prosecutors", "recently",
        "reports", "residents", "several", "sources", "therefore", "thus", "today", "tomorrow",
        "update", "updated", "posted", "published", "witnesses", "yesterday", "yes", "while",
        "whereas"
    }
)  # fmt: skip

# Polarity cues: any one of them makes a text negated. "fail/refuse/decline" count only
# before "to" ("failed to evade"); deny-type verbs count on their own.
NEGATION_WORDS: Final = frozenset(
    {
        "not", "no", "never", "neither", "nor", "none", "nobody", "nothing", "nowhere", "without",
        "cannot", "cant", "dont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent", "wont",
        "couldnt", "shouldnt", "wouldnt", "hasnt", "havent", "hadnt", "unable", "inability",
        "unlikely", "deny", "denies", "denied", "denying", "refute", "refutes", "refuted", "rebut",
        "rebuts", "rebutted"
    }
)  # fmt: skip
NEGATION_BEFORE_TO: Final = frozenset(
    {
        "fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "refusing", "decline",
        "declines", "declined", "declining"
    }
)  # fmt: skip

# Epistemic hedges, by class: 1 possible, 2 probable. "will", "would", "is going to" and
# "is expected to" carry no hedge, so a plain assertion, a future and a reported-speech
# "would" (the backshift of "will") agree; "can" is ability, not likelihood, and is left out.
HEDGES: Final = MappingProxyType({
    "may": 1, "might": 1, "could": 1, "possibly": 1, "perhaps": 1, "maybe": 1,
    "potentially": 1, "conceivably": 1,
    "likely": 2, "unlikely": 2, "probably": 2, "presumably": 2,
})  # fmt: skip
# Deontic strength: 2 obligation ("must", "has to"), 1 advice ("should", "ought to"). Past
# "had to"/"needed to" narrate what happened ("police had to evacuate"), so they are left out.
DEONTIC: Final = MappingProxyType({"must": 2, "should": 1})
DEONTIC_BEFORE_TO: Final = MappingProxyType({
    "have": 2, "has": 2, "need": 2, "needs": 2, "required": 2, "obliged": 2, "ought": 1,
})  # fmt: skip

UNITS: Final = MappingProxyType({
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
})  # fmt: skip
SCALES: Final = MappingProxyType({
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "dozen": 12,
})  # fmt: skip
ORDINALS: Final = MappingProxyType({
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
})  # fmt: skip
# "one" is a pronoun after these ("no one", "the one"), not a count.
ONE_PRONOUN_BEFORE: Final = frozenset(
    {"no", "any", "every", "some", "each", "the", "this", "that", "which", "another", "anyone"}
)
CURRENCY_SIGNS: Final = MappingProxyType({"$": "$", "€": "€", "£": "£", "¥": "¥"})
CURRENCY_WORDS: Final = MappingProxyType({
    "dollar": "$", "dollars": "$", "euro": "€", "euros": "€", "pound": "£", "pounds": "£",
    "yen": "¥", "yuan": "CN¥", "rupee": "₹", "rupees": "₹",
})  # fmt: skip
# "600m" is metres unless money: "m" and "k" scale only after a currency sign; "bn" always.
CURRENCY_SCALE_SUFFIXES: Final = MappingProxyType({"m": 1_000_000, "mn": 1_000_000, "k": 1_000})
SCALE_SUFFIXES: Final = MappingProxyType({"bn": 1_000_000_000})
ORDINAL_SUFFIXES: Final = frozenset({"st", "nd", "rd", "th"})

WEEKDAYS: Final = MappingProxyType({
    "monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu",
    "friday": "fri", "saturday": "sat", "sunday": "sun",
})  # fmt: skip
# Abbreviations count only with their full stop ("Tues."), as "Sun" and "Wed" are words.
WEEKDAY_ABBREVIATIONS: Final = MappingProxyType({
    "mon": "mon", "tue": "tue", "tues": "tue", "wed": "wed", "thu": "thu", "thur": "thu",
    "thurs": "thu", "fri": "fri", "sat": "sat",
})  # fmt: skip
MONTHS: Final = MappingProxyType({
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
})  # fmt: skip
MONTH_ABBREVIATIONS: Final = MappingProxyType({
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
})  # fmt: skip
RELATIVE_DAYS: Final = MappingProxyType({"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1})
RELATIVE_ANCHORS: Final = MappingProxyType({
    "last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1,
})  # fmt: skip
PERIODS: Final = frozenset({"week", "weekend", "month", "year"})
DAY_PARTS: Final = MappingProxyType({
    "morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night",
    "overnight": "night", "tonight": "night",
})  # fmt: skip
TIME_ZONES: Final = frozenset(
    {"gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt", "cst", "cdt"}
)

# Name tokens that say what someone is, not who: dropped before names are compared, so
# "President Vladimir Putin" and "Putin" match.
TITLES: Final = frozenset(
    {
        "president", "elect", "vice", "prime", "minister", "ministry", "defense", "defence",
        "foreign", "interior", "secretary", "spokesman", "spokeswoman", "spokesperson", "chief",
        "general", "gov", "governor", "sen", "senator", "rep", "representative", "mr", "mrs", "ms",
        "miss", "dr", "lt", "sgt", "const", "constable", "capt", "captain", "cmdr", "commander",
        "col", "gen", "officer", "inspector", "sheriff", "undersheriff", "deputy", "judge",
        "justice", "coach", "director", "manager", "leader", "king", "queen", "prince", "princess",
        "pope", "premier", "chancellor", "ambassador", "rev", "reverend", "father", "sir", "lord",
        "lady", "professor", "prof", "det", "detective"
    }
)  # fmt: skip
# A name that differs from another only by one of these is a different place.
DIRECTIONAL: Final = frozenset(
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast",
        "northwest", "southeast", "southwest"
    }
)  # fmt: skip
# Demonyms, so that "Russian officials" and "Russia" name the same country.
DEMONYMS: Final = MappingProxyType({
    "russian": "russia", "korean": "korea", "chinese": "china", "american": "united states",
    "british": "united kingdom", "english": "england", "englishman": "england",
    "ukrainian": "ukraine", "iranian": "iran", "iraqi": "iraq", "syrian": "syria",
    "israeli": "israel", "palestinian": "palestine", "egyptian": "egypt",
    "sudanese": "sudan", "somali": "somalia", "yemeni": "yemen", "indian": "india",
    "pakistani": "pakistan", "afghan": "afghanistan", "japanese": "japan",
    "french": "france", "german": "germany", "italian": "italy", "spanish": "spain",
    "greek": "greece", "turkish": "turkey", "canadian": "canada", "mexican": "mexico",
    "australian": "australia", "indonesian": "indonesia", "ethiopian": "ethiopia",
    "thai": "thailand", "saudi": "saudi arabia", "taiwanese": "taiwan",
    "european": "europe", "african": "africa", "soviet": "soviet union",
})  # fmt: skip
# Spellings and abbreviations of one name, and the seat of a government standing for the
# state ("Moscow said", "the Kremlin said", "Russia said" are one source of one claim).
# So Moscow and the Kremlin are treated as Russia: a claim moved from "Moscow" to "the
# Kremlin" is a paraphrase, while "Moscow" against "Vladivostok" still differs.
ALIASES: Final = MappingProxyType({
    "us": "united states", "usa": "united states", "united states of america": "united states",
    "white house": "united states", "washington": "united states",
    "uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "downing street": "united kingdom",
    "un": "united nations", "eu": "european union",
    "dprk": "north korea", "pyongyang": "north korea",
    "democratic people's republic of korea": "north korea",
    "rok": "south korea", "seoul": "south korea",
    "moscow": "russia", "kremlin": "russia", "russian federation": "russia",
    "beijing": "china", "prc": "china", "kyiv": "ukraine", "kiev": "ukraine",
    "tehran": "iran", "tokyo": "japan", "khartoum": "sudan", "damascus": "syria",
    "baghdad": "iraq", "kabul": "afghanistan", "islamabad": "pakistan", "ankara": "turkey",
    "riyadh": "saudi arabia",
    "g20": "group of 20", "g 20": "group of 20", "group of twenty": "group of 20",
})  # fmt: skip
# Abbreviations inside names ("Aoraki-Mt Cook").
NAME_ABBREVIATIONS: Final = MappingProxyType({"mt": "mount", "ft": "fort", "pt": "point"})
# AP-style state abbreviations, as datelines write them ("Springfield, Mo."); "Miss." is
# left out because it is also a title.
STATES: Final = MappingProxyType({
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california",
    "colo": "colorado", "conn": "connecticut", "fla": "florida", "ga": "georgia",
    "ill": "illinois", "ind": "indiana", "kan": "kansas", "ky": "kentucky", "la": "louisiana",
    "md": "maryland", "mass": "massachusetts", "mich": "michigan", "minn": "minnesota",
    "mo": "missouri", "mont": "montana", "neb": "nebraska", "nev": "nevada",
    "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico", "ny": "new york",
    "nc": "north carolina", "nd": "north dakota", "okla": "oklahoma", "ore": "oregon",
    "pa": "pennsylvania", "ri": "rhode island", "sc": "south carolina", "sd": "south dakota",
    "tenn": "tennessee", "vt": "vermont", "va": "virginia", "wash": "washington state",
    "wva": "west virginia", "wis": "wisconsin", "wyo": "wyoming",
})  # fmt: skip
# Multi-word names whose inner possessive or "of" would otherwise split them.
ALIAS_PHRASES: Final = (
    (
        re.compile(r"\bDemocratic\s+People'?s\s+Republic\s+of\s+Korea\b", re.IGNORECASE),
        "North Korea",
    ),
    (re.compile(r"\bUnited\s+States\s+of\s+America\b", re.IGNORECASE), "United States"),
)
PLACE_WORDS: Final = frozenset(
    {w for name in (*DEMONYMS.values(), *ALIASES.values(), *ALIASES) for w in name.split()}
    | set(DEMONYMS)
)

# --------------------------------------------------------------------------- tokens

_TOKEN_RE: Final = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., a.m., U.N.: one token, so the full stops don't split it
    r"|\d+(?:[.,:]\d+)*[A-Za-z]*"  # 2,000 4.6 3:33 11th 600m 1940s
    r"|[A-Za-z]+(?:'[A-Za-z]+)*"  # words, with don't and Russia's kept whole
    r"|\S"
)
_SENTENCE_END: Final = frozenset({".", "!", "?", ":", ";"})
# A full stop after these ends an abbreviation, not a sentence.
_ABBREVIATIONS: Final = frozenset(
    {
        "mr", "mrs", "ms", "dr", "st", "mt", "ft", "gov", "sen", "rep", "lt", "sgt", "const",
        "capt", "cmdr", "col", "gen", "det", "prof", "rev", "jr", "sr", "inc", "co", "corp",
        "ltd", "no", "vs",
    }
)  # fmt: skip
_OPENERS: Final = frozenset({'"', "'", "(", "["})


class _Tok(NamedTuple):
    text: str
    low: str
    start: int
    end: int


class _Item(NamedTuple):
    """Something found in a text, with the token span it covers."""

    value: str
    lo: int
    hi: int


# Curly quotes and dashes, written as escapes as they look like their ASCII forms.
_PUNCTUATION: Final = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)


def _normalise(text: str) -> str:
    # Fold accents, so "Vendôme" and "Vendome" are one name.
    text = unicodedata.normalize("NFKD", text)
    text = unicodedata.normalize("NFKC", "".join(c for c in text if not unicodedata.combining(c)))
    text = text.translate(_PUNCTUATION)
    for pattern, name in ALIAS_PHRASES:
        text = pattern.sub(name, text)
    return text


def _tokens(text: str) -> list[_Tok]:
    return [
        _Tok(m.group(), m.group().lower(), m.start(), m.end())
        for m in _TOKEN_RE.finditer(_normalise(text))
    ]


def _is_word(tok: _Tok) -> bool:
    return tok.text[0].isalpha()


def _at(toks: Sequence[_Tok], i: int) -> str:
    return toks[i].low if 0 <= i < len(toks) else ""


def _stem(word: str) -> str:
    word = word.removesuffix("'s").rstrip("'")
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


def _neighbours(toks: Sequence[_Tok], lo: int, hi: int) -> tuple[str | None, str | None]:
    """The nearest content word on each side of a span: the slot the span fills."""

    def scan(indices: Iterable[int]) -> str | None:
        # Look past punctuation, numbers and function words ("The Jaguars (5-10) lost"),
        # but not far: a word three function words away is another slot's.
        skipped = 0
        for k in indices:
            tok = toks[k]
            if not _is_word(tok):
                continue
            if tok.low not in STOPWORDS and tok.low not in UNITS:
                return _stem(tok.low)
            skipped += 1
            if skipped > 3:
                break
        return None

    return scan(range(lo - 1, -1, -1)), scan(range(hi, len(toks)))


def _same_slot(a_toks: Sequence[_Tok], a: _Item, b_toks: Sequence[_Tok], b: _Item) -> bool:
    a_left, a_right = _neighbours(a_toks, a.lo, a.hi)
    b_left, b_right = _neighbours(b_toks, b.lo, b.hi)
    return (a_left is not None and a_left == b_left) or (a_right is not None and a_right == b_right)


def _slot_conflict(
    a_toks: Sequence[_Tok],
    a_items: Sequence[_Item],
    b_toks: Sequence[_Tok],
    b_items: Sequence[_Item],
) -> bool:
    """Whether a value only in a and a value only in b fill the same slot.

    A value found on one side only is extra detail, not a contradiction: only values that
    replace one another in the same slot (same neighbouring word) count.
    """
    a_count = Counter(item.value for item in a_items)
    b_count = Counter(item.value for item in b_items)
    a_only = a_count - b_count
    b_only = b_count - a_count
    if not a_only or not b_only:
        return False
    a_left = [item for item in a_items if item.value in a_only]
    b_left = [item for item in b_items if item.value in b_only]
    return any(_same_slot(a_toks, x, b_toks, y) for x in a_left for y in b_left)


# --------------------------------------------------------------------------- negation


def _negated(toks: Sequence[_Tok]) -> bool:
    for i, tok in enumerate(toks):
        low = tok.low
        if (
            low == "no"
            and _at(toks, i + 1) == "."
            and i + 2 < len(toks)
            and toks[i + 2].low[:1].isdigit()
        ):
            continue  # "No. 5" is a rank
        if low == "not" and _at(toks, i + 1) == "only":
            continue  # "not only ... but also" adds, it does not deny
        if low in NEGATION_WORDS or low.endswith("n't"):
            return True
        if low in NEGATION_BEFORE_TO and _at(toks, i + 1) == "to":
            return True
    return False


def polarity(text: str) -> bool:
    """Tell whether a text is affirmative.

    Args:
        text: A claim's content.

    Returns:
        False when the text carries a negation cue (not, no, never, n't, neither/nor,
        without, deny-type verbs, "failed/refused/declined to", ...), True otherwise.

    Notes:
        Any cue negates: "not ... and not ..." is one negated text, and "did not deny"
        is read as negated too. Scope is not resolved.
    """
    return not _read(text).negated


# --------------------------------------------------------------------------- antonyms

#: WordNet 3.0 antonym pairs and irregular forms (scripts/wordnet_antonyms.py builds them).
ANTONYM_DIR: Final = Path(__file__).resolve().parent / "_models" / "antonyms"
# A swap of this many words or fewer on each side is one edit in one slot; longer
# replacements are rewordings, where an opposite word may stand in another clause.
_SWAP_WORDS: Final = 2


_COUNT_WORDS: Final = frozenset(UNITS) | frozenset(ORDINALS) | frozenset(SCALES) | {"last"}


@lru_cache(maxsize=1)
def _antonym_table() -> tuple[frozenset[tuple[str, str]], dict[str, str]]:
    """The antonym pairs (both orders) and irregular forms, read once; empty if absent."""
    pairs: set[tuple[str, str]] = set()
    forms: dict[str, str] = {}
    table, irregular = ANTONYM_DIR / "antonyms.tsv", ANTONYM_DIR / "forms.tsv"
    if table.exists():
        for line in table.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                _pos, x, y, _how = line.split("\t")
                pairs.update(((x, y), (y, x)))
    if irregular.exists():
        for line in irregular.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                form, lemma = line.split("\t")
                forms[form] = lemma
    return frozenset(pairs), forms


def _lemmas(word: str, forms: dict[str, str]) -> set[str]:
    """The word and the lemmas WordNet's suffix rules (its "morphy") could give it."""
    found = {word}
    if word in forms:
        found.add(forms[word])
    for suffix, ending in (
        ("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"),
        ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""), ("er", "e"), ("est", ""),
        ("est", "e"), ("ly", ""),
    ):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)] + ending
            found.add(stem)
            if ending == "" and len(stem) > 2 and stem[-1] == stem[-2]:
                found.add(stem[:-1])  # "stopped" -> "stopp" -> "stop"
    return found


@lru_cache(maxsize=131072)
def _words(text: str) -> tuple[_Tok, ...]:
    """A text's word tokens (no punctuation or numbers), for the word-level alignments."""
    return tuple(t for t in _read(text).toks if _is_word(t))


@lru_cache(maxsize=131072)
def _swap_words(text: str) -> tuple[str, ...]:
    """A text's words for the antonym check: lower case, but capitalised words inside a
    sentence keep their case, as they are names ("North Korea" / "South Korea": the entity
    rule's, not opposites)."""
    return tuple(t.low if i == 0 or not t.text[0].isupper() else t.text
                 for i, t in enumerate(_words(text)))


@lru_cache(maxsize=65536)
def _word_lemmas(word: str) -> frozenset[str]:
    return frozenset(_lemmas(word, _antonym_table()[1]))


@lru_cache(maxsize=1)
def _opposite_index() -> dict[str, frozenset[str]]:
    """Lemma -> the lemmas of opposite meaning (the antonym table, both ways)."""
    index: dict[str, set[str]] = {}
    for x, y in _antonym_table()[0]:
        index.setdefault(x, set()).add(y)
    return {k: frozenset(v) for k, v in index.items()}


@lru_cache(maxsize=65536)
def _word_opposites(word: str) -> frozenset[str]:
    """The lemmas of opposite meaning to any lemma of a word (none for number words:
    "first" / "second" is the number rule's)."""
    if word in _COUNT_WORDS:
        return frozenset()
    index = _opposite_index()
    found: set[str] = set()
    for lemma in _word_lemmas(word):
        found |= index.get(lemma, frozenset())
    return frozenset(found)


def _opposites(x: str, y: str) -> bool:
    if y in _COUNT_WORDS or _word_lemmas(x) & _word_lemmas(y):
        return False
    return bool(_word_opposites(x) & _word_lemmas(y))


def _antonym_swap(a: str, b: str) -> bool:
    """Whether one text swaps a word of the other for its opposite, in the same place.

    The words are aligned (a longest-matching-blocks diff of the lower-cased words); a
    replaced run of at most `_SWAP_WORDS` words on each side that holds a WordNet antonym
    pair ("valid"/"invalid", "rose"/"plunged", "praised"/"criticized") is a swap. Only
    aligned replacements count, so an opposite word elsewhere in a free rewording does not.
    The alignment runs only when the words one text has and the other lacks hold a pair of
    opposites at all: at scale most compared pairs hold none, and the diff is the cost.
    """
    if not _antonym_table()[0]:
        return False
    a_words, b_words = _swap_words(a), _swap_words(b)
    only_a, only_b = set(a_words) - set(b_words), set(b_words) - set(a_words)
    if not only_a or not only_b:
        return False
    opposite = frozenset().union(*(_word_opposites(x) for x in only_a))
    if not opposite or not opposite & frozenset().union(*(_word_lemmas(y) for y in only_b)):
        return False
    matcher = SequenceMatcher(None, a_words, b_words, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace" or i2 - i1 > _SWAP_WORDS or j2 - j1 > _SWAP_WORDS:
            continue
        if any(_opposites(x, y) for x in a_words[i1:i2] for y in b_words[j1:j2]):
            return True
    return False


@lru_cache(maxsize=131072)
def word_swap(a: str, b: str) -> tuple[str, str] | None:
    """The one content word (or two) one text has where the other has another, if that is all.

    Both texts must be the same words in the same order but for one replaced run of at most
    `_SWAP_WORDS` lower-case words on each side, with a content word on each ("the Chamber
    welcomed the rule" / "the Chamber opposed the rule", "agreed to a deal" / "rejected a
    deal"). Names and numbers do not count (the entity and number rules read those), nor do
    spellings ("jewellery" / "jewelry"), inflections, or WordNet synonyms ("bail" / "bond",
    "died" / "passed away").

    Returns:
        The content words of the replaced run on each side, or None.
    """
    a_words, b_words = _words(a), _words(b)
    matcher = SequenceMatcher(None, [t.low for t in a_words], [t.low for t in b_words], autojunk=False)
    ops = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if len(ops) != 1 or ops[0][0] != "replace":
        return None
    _op, i1, i2, j1, j2 = ops[0]
    if i2 - i1 > _SWAP_WORDS or j2 - j1 > _SWAP_WORDS:
        return None
    run = [*a_words[i1:i2], *b_words[j1:j2]]
    if any(t.low in _COUNT_WORDS or t.text[0].isupper() for t in run):
        return None
    # the content words of each side ("agreed to" / "rejected": "agreed" / "rejected")
    xs = [t.low for t in a_words[i1:i2] if t.low not in STOPWORDS]
    ys = [t.low for t in b_words[j1:j2] if t.low not in STOPWORDS]
    if not xs or not ys:
        return None
    x, y = " ".join(xs), " ".join(ys)
    if len(xs) == len(ys) == 1 and min(len(x), len(y)) >= 5 and levenshtein(x, y) <= 2:
        return None  # a spelling ("jewellery" / "jewelry", "realised" / "realized")
    if _synonyms(xs, ys):
        return None  # one word inflected otherwise, or a synonym ("bail" / "bond")
    return x, y


@lru_cache(maxsize=1)
def _synset_table() -> dict[str, frozenset[int]]:
    """Lemma -> the WordNet synsets it shares with other lemmas; empty if the file is absent."""
    table: dict[str, frozenset[int]] = {}
    path = ANTONYM_DIR / "synsets.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                lemma, ids = line.split("\t")
                table[lemma] = frozenset(int(i) for i in ids.split())
    return table


def _run_lemmas(words: Sequence[str]) -> set[str]:
    """Lemmas of a run of one or two words ("passed away" -> "pass away")."""
    if len(words) == 1:
        return set(_word_lemmas(words[0]))
    first, *rest = words
    tail = " ".join(rest)
    return {f"{lemma} {tail}" for lemma in _word_lemmas(first)} | {
        f"{first} {lemma}" for lemma in _word_lemmas(words[-1])
    }


def _synonyms(xs: Sequence[str], ys: Sequence[str]) -> bool:
    """Whether two runs are one lemma, or share a WordNet synset in some sense."""
    lx, ly = _run_lemmas(xs), _run_lemmas(ys)
    if lx & ly:
        return True
    table = _synset_table()
    senses_x = set().union(*(table.get(lemma, frozenset()) for lemma in lx))
    return any(senses_x & table.get(lemma, frozenset()) for lemma in ly)


# --------------------------------------------------------------------------- dates


def _date_items(toks: Sequence[_Tok]) -> tuple[dict[str, list[_Item]], set[int]]:
    """Date and time expressions, by class, and the token indices they use."""
    found: dict[str, list[_Item]] = {}
    used: set[int] = set()

    def add(cls: str, value: str, lo: int, hi: int) -> None:
        found.setdefault(cls, []).append(_Item(value, lo, hi))
        used.update(range(lo, hi))

    def small_int(i: int) -> int | None:
        if 0 <= i < len(toks) and toks[i].text.isdigit() and len(toks[i].text) <= 2:
            return int(toks[i].text)
        return None

    n = len(toks)
    for i, tok in enumerate(toks):
        if i in used:
            continue  # already part of a date, e.g. the year after "July 24,"
        # "Monday's earthquake", "today's release": the possessive is still the date.
        low, text = tok.low.removesuffix("'s"), tok.text.removesuffix("'s")
        full_stop = _at(toks, i + 1) == "."
        # Weekdays.
        if text[:1].isupper():
            weekday = WEEKDAYS.get(low) or (WEEKDAY_ABBREVIATIONS.get(low) if full_stop else None)
            if weekday:
                add("weekday", weekday, i, i + 1)
                continue
        # Months, with a day before or after and a year after.
        month = None
        if text[:1].isupper() and (text.istitle() or text.isupper()):
            month = MONTHS.get(low)
            initial = i == 0 or toks[i - 1].text in _SENTENCE_END | _OPENERS
            if low == "may" and initial and small_int(i + 1) is None:
                month = None  # sentence-initial "May" with no day after it is the modal
            if month is None and low in MONTH_ABBREVIATIONS:
                month = MONTH_ABBREVIATIONS[low]
        if month:
            hi = i + 1 + (1 if full_stop else 0)
            add("month", f"{month:02d}", i, hi)
            days: list[tuple[int, int]] = []
            before = small_int(i - 1)
            if before is not None and 1 <= before <= 31:
                days.append((before, i - 1))
            k = hi
            while (day := small_int(k)) is not None and 1 <= day <= 31:
                days.append((day, k))
                k += 1
                if _at(toks, k) in {"-", "to", "and"} and small_int(k + 1) is not None:
                    k += 1  # a range: "September 10-13"
                else:
                    break
            for day, pos in days:
                add("day", f"{month:02d}-{day:02d}", pos, pos + 1)
            if _at(toks, k) == ",":
                k += 1
            if k < n and re.fullmatch(r"(19|20)\d\d", toks[k].text):
                add("year", toks[k].text, k, k + 1)
            continue
        # Clock times: "3:33 a.m.", "4 p.m.", "18:38", "(1200 GMT)".
        clock = re.fullmatch(r"(\d{1,2})(?::(\d\d))?", text)
        meridiem = _at(toks, i + 1).replace(".", "")
        if clock and meridiem in {"am", "pm"}:
            hour, minute = int(clock.group(1)) % 12, int(clock.group(2) or 0)
            hour += 12 if meridiem == "pm" else 0
            add("time", f"{hour:02d}:{minute:02d}", i, i + 2)
            continue
        if clock and clock.group(2) and int(clock.group(1)) < 24:
            add("time", f"{int(clock.group(1)):02d}:{clock.group(2)}", i, i + 1)
            continue
        if re.fullmatch(r"\d{4}", text) and _at(toks, i + 1) in TIME_ZONES:
            add("time", f"{text[:2]}:{text[2:]}", i, i + 2)
            continue
        # Years (and decades: "1940s").
        if re.fullmatch(r"(?:19|20)\d\ds?", text) and _at(toks, i - 1) not in CURRENCY_SIGNS:
            add("year", text, i, i + 1)
            continue
        # Relative days and periods: "yesterday", "last week", "this morning", "later this month".
        if low in RELATIVE_DAYS:
            add("relday", f"{RELATIVE_DAYS[low]:+d}", i, i + 1)
            if low in DAY_PARTS:
                add("part", DAY_PARTS[low], i, i + 1)
            continue
        if low in RELATIVE_ANCHORS and _at(toks, i + 1) in PERIODS:
            add("period", f"{_at(toks, i + 1)}{RELATIVE_ANCHORS[low]:+d}", i, i + 2)
            continue
        if low in {"this", "last"} and _at(toks, i + 1) in DAY_PARTS:
            add("relday", "+0" if low == "this" else "-1", i, i + 1)
            continue
        if low in DAY_PARTS:
            add("part", DAY_PARTS[low], i, i + 1)
    return found, used


def _date_conflict(a: dict[str, list[_Item]], b: dict[str, list[_Item]]) -> bool:
    # Within a class only: "Monday" against "yesterday" may be the same day, but "Monday"
    # against "Tuesday" cannot be. Dates are slot-fillers of their own, so no context check.
    for cls in a.keys() & b.keys():
        a_values = {item.value for item in a[cls]}
        b_values = {item.value for item in b[cls]}
        if a_values - b_values and b_values - a_values:
            return True
    return False


# --------------------------------------------------------------------------- numbers


def _format_number(value: Decimal) -> str:
    # Fixed-point, without trailing zeros: "2000000" (not "2E+6"), "4.6", "20" for "20.0".
    return format(value.normalize(), "f")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _digits_at(toks: Sequence[_Tok], i: int, skip: set[int]) -> tuple[Decimal, str, int] | None:
    """The number written in digits at i: (value, letter suffix, next index), or None."""
    m = re.fullmatch(r"(\d+(?:[.,]\d+)*)([A-Za-z]*)", toks[i].text)
    if m is None:
        return None  # "3:33" and the like are clock times or scores, not amounts
    digits, suffix = m.group(1), m.group(2).lower()
    # "20 000": groups of three digits set apart by a single space.
    while (
        len(digits) <= 3
        and i + 1 < len(toks)
        and i + 1 not in skip
        and re.fullmatch(r"\d{3}", toks[i + 1].text)
        and toks[i + 1].start == toks[i].end + 1
    ):
        digits += toks[i + 1].text
        i += 1
    try:
        value = Decimal(digits.replace(",", ""))
    except InvalidOperation:
        return None
    return value * SCALE_SUFFIXES.get(suffix, 1), suffix, i + 1


def _words_at(toks: Sequence[_Tok], i: int) -> tuple[Decimal, int] | None:
    """The number written in words at i ("twenty-five", "two hundred and fifty")."""
    low = toks[i].low
    if low == "one" and (_at(toks, i - 1) in ONE_PRONOUN_BEFORE or _at(toks, i + 1) == "another"):
        return None  # "no one", "the one", "one another"
    if low in {"a", "an"}:
        # "a dozen", "a million"; a bare "a" is no count.
        return (Decimal(1), i + 1) if _at(toks, i + 1) in SCALES else None
    if low not in UNITS:
        return None  # a bare "hundreds" or "thousands" is vague, not a count
    value, current = Decimal(0), Decimal(0)
    while i < len(toks):
        low = toks[i].low
        if low in UNITS:
            current += UNITS[low]
        elif low in SCALES:
            current = (current or Decimal(1)) * SCALES[low]
            if SCALES[low] >= 1000:
                value, current = value + current, Decimal(0)
        elif not (
            low in {"-", "and"} and (_at(toks, i + 1) in UNITS or _at(toks, i + 1) in SCALES)
        ):
            break
        i += 1
    return value + current, i


def _number_items(toks: Sequence[_Tok], skip: set[int]) -> list[_Item]:
    """Numbers, normalised: "20,000", "20 000" and "twenty thousand" all give "20000"."""
    items: list[_Item] = []
    i = 0
    while i < len(toks):
        lo, low = i, toks[i].low
        if i in skip:
            i += 1
            continue
        if low in ORDINALS:
            items.append(_Item(_ordinal(ORDINALS[low]), i, i + 1))
            i += 1
            continue
        suffix = ""
        if low[0].isdigit():
            parsed = _digits_at(toks, i, skip)
            if parsed is None:
                i += 1
                continue
            value, suffix, i = parsed
        else:
            words = _words_at(toks, i)
            if words is None:
                i += 1
                continue
            value, i = words
        # A scale word after: "2.6 million", "$2.6-million", "two dozen".
        k = i + 1 if _at(toks, i) == "-" and _at(toks, i + 1) in SCALES else i
        if _at(toks, k) in SCALES:
            value, i = value * SCALES[_at(toks, k)], k + 1
        # Currency before ("$20", "£5m") or after ("two-million-euro"), and percentages.
        currency = CURRENCY_SIGNS.get(_at(toks, lo - 1), "")
        if currency:
            value *= CURRENCY_SCALE_SUFFIXES.get(suffix, 1)
        k = i + 1 if _at(toks, i) == "-" else i
        if not currency and _at(toks, k) in CURRENCY_WORDS:
            currency, i = CURRENCY_WORDS[_at(toks, k)], k + 1
        percent = ""
        if _at(toks, i) in {"%", "percent"}:
            percent, i = "%", i + 1
        elif _at(toks, i) == "per" and _at(toks, i + 1) == "cent":
            percent, i = "%", i + 2
        if suffix in ORDINAL_SUFFIXES:
            text = _ordinal(int(value))
        else:
            text = f"{currency}{_format_number(value)}{percent}"
        items.append(_Item(text, lo, i))
    return items


def numbers(text: str) -> list[str]:
    """Find the numbers in a text, normalised, in text order.

    Args:
        text: A claim's content.

    Returns:
        One string per number: "20000" for "20,000", "20 000" or "twenty thousand";
        "65%" for "sixty-five per cent"; "$2600000" for "$2.6 million"; "1st" for "first".
        Dates, years and clock times are left out (they are dates).
    """
    return [item.value for item in _read(text).numbers]


# --------------------------------------------------------------------------- modality


def _modality(toks: Sequence[_Tok]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The epistemic hedges and the deontic markers of a text, as sorted class tuples.

    Markers within two tokens of each other are one marker, the most hedged (epistemic) or
    the strongest (deontic): "could possibly" is one hedge, and "will likely" is "likely".
    Unhedged texts give empty tuples, so "will", "would" and a plain assertion agree.
    Comparing the whole tuples, not only the strongest marker, catches a hedge changed in
    one clause while another clause keeps its own ("will take days and could ...").
    """
    epistemic: list[tuple[int, int]] = []  # (position, class)
    deontic: list[tuple[int, int]] = []

    def mark(found: list[tuple[int, int]], i: int, value: int, pick: int) -> None:
        if found and i - found[-1][0] <= 2:
            found[-1] = (i, min(found[-1][1], value) if pick < 0 else max(found[-1][1], value))
        else:
            found.append((i, value))

    for i, tok in enumerate(toks):
        # "couldn't" hedges as "could" does, and "might've" as "might".
        low = tok.low.removesuffix("n't").removesuffix("'ve")
        if low in HEDGES and tok.text != "May":  # capitalised "May" is the month
            mark(epistemic, i, HEDGES[low], -1)
        if low in DEONTIC:
            mark(deontic, i, DEONTIC[low], 1)
        if low in DEONTIC_BEFORE_TO and _at(toks, i + 1) == "to":
            mark(deontic, i, DEONTIC_BEFORE_TO[low], 1)
    return tuple(sorted(c for _, c in epistemic)), tuple(sorted(c for _, c in deontic))


# --------------------------------------------------------------------------- entities


def levenshtein(a: str, b: str) -> int:
    """Edit distance between two strings (insertions, deletions, substitutions)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


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


def _abbreviation_stop(toks: Sequence[_Tok], k: int) -> bool:
    """Whether the token at k is the full stop of an abbreviation or an initial ("G.")."""
    if toks[k].text != "." or k == 0:
        return False
    before = toks[k - 1].text
    return before.lower() in _ABBREVIATIONS or (len(before) == 1 and before.isupper())


def _name_part(tok: _Tok) -> str:
    # A plural acronym is the acronym: "24 KOs", "24 KO".
    return tok.low[:-1] if re.fullmatch(r"[A-Z]{2,}s", tok.text) else tok.low


def _is_cap(tok: _Tok) -> bool:
    return (
        tok.text[0].isupper()
        and _is_word(tok)
        and tok.text != "I"
        and not tok.text.startswith("I'")
    )


def _entity_items(toks: Sequence[_Tok], skip: set[int]) -> list[_Item]:
    """Capitalised name sequences, as canonical space-joined token strings."""
    items: list[_Item] = []
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        if i in skip or not _is_cap(tok) or tok.low in UNITS:
            i += 1
            continue
        j = i - 1
        while j >= 0 and toks[j].text in _OPENERS:
            j -= 1
        initial = j < 0 or (toks[j].text in _SENTENCE_END and not _abbreviation_stop(toks, j))
        next_is_cap = i + 1 < n and _is_cap(toks[i + 1]) and i + 1 not in skip
        # A capitalised function word starts a name only inside a sentence and before
        # another capital ("Most Valuable Player", "The Hague"); a common word only
        # inside a sentence or before another capital ("Police Constable Tim Fanning").
        if tok.low in STOPWORDS and (initial or not next_is_cap):
            i += 1
            continue
        if initial and (tok.low in COMMON_CAPS or tok.low.endswith("ly")) and not next_is_cap:
            i += 1
            continue
        parts = [_name_part(tok)]
        k = i + 1
        while k < n and not parts[-1].endswith("'s"):
            nxt = toks[k]
            if k not in skip and _is_cap(nxt):
                parts.append(_name_part(nxt))
                k += 1
            elif (
                _abbreviation_stop(toks, k)
                and k + 1 < n
                and k + 1 not in skip
                and _is_cap(toks[k + 1])
            ):
                k += 1  # "James G. Bodiford", "Dr. Sanjay Gupta"
            elif nxt.text == "-" and k + 1 < n and _is_word(toks[k + 1]) and k + 1 not in skip:
                after = toks[k + 1]
                # "Jong-un", "Soviet-era" continue a name; "U.S.-China" and
                # "North Korea-Russia" join two.
                if after.text[0].isupper() and (
                    parts[-1] in PLACE_WORDS
                    or "." in parts[-1]
                    or after.low in PLACE_WORDS
                    or after.low in DEMONYMS
                ):
                    break
                parts.append(after.low)
                k += 2
            elif nxt.low in {"of", "de", "del", "da", "di", "van", "von", "bin", "al", "&"} and (
                k + 1 < n and _is_cap(toks[k + 1]) and k + 1 not in skip
            ):
                parts.append(nxt.low)
                k += 1
            else:
                break
        name = _canonical_name([p for p in parts if p not in {"the", "of", "de", "&"}])
        if name and not all(w in COMMON_CAPS for w in name):
            items.append(_Item(" ".join(name), i, k))
        i = k
    return items


def _orphans(items: Sequence[_Item], others: Sequence[_Item]) -> list[_Item]:
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


# --------------------------------------------------------------------------- API


class _Reading(NamedTuple):
    """Everything the contrast check needs from one text, computed once."""

    toks: list[_Tok]
    dates: dict[str, list[_Item]]
    numbers: list[_Item]
    entities: list[_Item]
    modality: tuple[tuple[int, ...], tuple[int, ...]]
    negated: bool


# Sized for a whole run: at scale each content meets dozens of neighbours, and a small cache
# re-read them all (4,096 entries: 100k-claim clustering spent most of its time here).
@lru_cache(maxsize=131072)
def _read(text: str) -> _Reading:
    # Cached: clustering compares each claim's content with many others.
    toks = _tokens(text)
    dates, used = _date_items(toks)
    return _Reading(
        toks=toks,
        dates=dates,
        numbers=_number_items(toks, used),
        entities=_entity_items(toks, used),
        modality=_modality(toks),
        negated=_negated(toks),
    )


@lru_cache(maxsize=131072)
def word_order_similarity(a: str, b: str) -> float:
    """How much of two texts is the same words in the same order (0-1).

    Twice the words of the matching blocks over the words of both (difflib's ratio over the
    lower-cased words, punctuation left out): 1.0 for one text, about 0.9 for a sentence of
    ten words with one word swapped, under 0.5 for a free rewording of one fact.
    """
    a_words = [t.low for t in _words(a)]
    b_words = [t.low for t in _words(b)]
    if not a_words and not b_words:
        return 1.0
    return SequenceMatcher(None, a_words, b_words, autojunk=False).ratio()


#: An excerpt has at least this many words: shorter runs ("we are very happy") recur in
#: different statements.
EXCERPT_MIN_WORDS: Final = 5


@lru_cache(maxsize=131072)
def excerpt(a: str, b: str) -> tuple[str, str] | None:
    """The shorter text and the part of the longer it was cut from, if it is an excerpt.

    An outlet that quotes part of a statement ("I felt like there was a lot of pressure")
    reports the statement another outlet quotes whole ("I'm usually not nervous before
    games, ... just because I felt like there was a lot of pressure"). The shorter text is an
    excerpt when it has at least `EXCERPT_MIN_WORDS` words, three in four of them and every
    one that is not a function word are found in the longer in the same order, and the found
    words lie in one run of the longer at most two words longer than the excerpt ("It's a
    dream come true for me" in "... is a dream come true for me").

    Returns:
        (shorter text, the longer text's run from its first to its last matched word), or
        None. The contrast rules compare these two, so a "not" in the rest of the longer
        text is extra detail, not a difference.
    """
    a_words, b_words = _words(a), _words(b)
    if len(a_words) <= len(b_words):
        short, long_, shorter, long_text = a_words, b_words, a, b
    else:
        short, long_, shorter, long_text = b_words, a_words, b, a
    if len(short) < EXCERPT_MIN_WORDS or len(short) == len(long_):
        return None
    matcher = SequenceMatcher(None, [t.low for t in short], [t.low for t in long_], autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size]
    matched = sum(m.size for m in blocks)
    found = {k for m in blocks for k in range(m.a, m.a + m.size)}
    missing = [t.low for k, t in enumerate(short) if k not in found]
    if not blocks or matched < 0.75 * len(short) or any(w not in STOPWORDS for w in missing):
        return None
    first, last = blocks[0].b, blocks[-1].b + blocks[-1].size - 1
    if last - first + 1 > len(short) + 2:
        return None
    return shorter, _normalise(long_text)[long_[first].start : long_[last].end]


def differences(a: str, b: str) -> list[str]:
    """Name the ways two near-identical claim contents differ in meaning.

    Args:
        a: One claim's content.
        b: Another claim's content, already judged similar to `a`.

    Returns:
        Sorted names from `KINDS`: "negation" (one side negated, the other not),
        "antonym" (a word swapped for its WordNet opposite in the same place: "rose" /
        "fell", "valid" / "invalid"; only when neither side is negated),
        "number" (different numbers in the same slot), "date" (different dates or times of
        the same kind), "modality" (different certainty or obligation), "entity" (different
        names in the same slot). Empty when none is found.

    Notes:
        A value found on one side only is extra detail, not a difference: "20 officials"
        against "officials", or "Kim" against "Kim and Putin". A slot is the nearest
        content word either side of the value. Dates compare within a class only
        (weekday, month, day, year, time, relative day, relative period, part of day), so
        "Monday" against "yesterday" passes. Names match across titles ("President
        Putin"/"Putin"), hyphens ("Kim Jong-un"), transliterations ("Shoigu"/"Shoygu"),
        aliases ("DPRK"/"North Korea", "U.S."/"United States") and seats of government
        ("the Kremlin"/"Moscow"/"Russia"); "North Korea" and "Korea" do not match.
        Polarity fires only when one side is negated and the other is not. Modality compares
        hedges ("may", "likely") and obligations ("must", "should"); "will", "would" and no
        modal at all are the same certainty, and "can" (ability) is ignored.
    """
    ra, rb = _read(a), _read(b)
    found: list[str] = []
    if _date_conflict(ra.dates, rb.dates):
        found.append("date")
    a_names, b_names = _orphans(ra.entities, rb.entities), _orphans(rb.entities, ra.entities)
    if any(_same_slot(ra.toks, x, rb.toks, y) for x in a_names for y in b_names):
        found.append("entity")
    if ra.modality != rb.modality:
        found.append("modality")
    if ra.negated != rb.negated:
        found.append("negation")
    elif _antonym_swap(a, b):
        found.append("antonym")
    if _slot_conflict(ra.toks, ra.numbers, rb.toks, rb.numbers):
        found.append("number")
    return sorted(found)
