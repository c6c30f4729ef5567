"""Word lists of the contrast rules (`corroborate.contrast`): function words, negators, hedges,
number, date and time words, titles, place names and their aliases, as frozen constants."""

from __future__ import annotations

import re
from decimal import Decimal
from types import MappingProxyType
from typing import Final

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
        "not", "no", "never", "neither", "nor", "none", "nobody", "nothing", "nowhere",
        "cannot", "cant", "dont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent", "wont",
        "couldnt", "shouldnt", "wouldnt", "hasnt", "havent", "hadnt", "unable", "inability",
        "unlikely", "deny", "denies", "denied", "denying", "refute", "refutes", "refuted", "rebut",
        "rebuts", "rebutted"
    }
)  # fmt: skip
# Verbs that negate only before "to" ("failed to evade", "refused to comment").
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
# An appeal in the present is advice too: "We urge the DPRK to cease ..." tells someone what
# to do, where "negotiations are advancing" states what is. Counted only with a "to" a few
# words on ("urge X to"), so "the urge to reply" is no appeal; past "urged" narrates, as
# "had to" does, and is left out.
APPEALS: Final = frozenset({"urge", "urges", "urging"})
# Words before which "urge" is the noun ("the urge to reply").
DETERMINERS: Final = frozenset({
    "a", "an", "the", "this", "that", "his", "her", "its", "their", "my", "our", "your", "no",
})  # fmt: skip
# Pronouns that stand as a clause's subject: after "should" they make it a condition ("should
# they refuse" is "if they refuse"), not an obligation (`contrast.modality`).
SUBJECT_PRONOUNS: Final = frozenset({"i", "you", "he", "she", "it", "we", "they", "there"})
# Verbs whose subject and object can change places and say the same ("Kim met Putin" /
# "Putin met Kim"), for the role-exchange check (`contrast.roles`), by lemma.
# Not "host", "visit", "call" or "beat": who hosted or called whom is the claim.
SYMMETRIC_VERBS: Final = frozenset({
    "meet", "marry", "wed", "divorce", "date", "border", "neighbour", "neighbor", "face",
    "play", "tie", "draw", "fight", "battle", "clash", "debate", "kiss", "hug", "resemble",
    "equal", "match", "merge", "partner",
})  # fmt: skip
# Deontic verbs that count only before "to" ("has to", "ought to"), by strength. "needed to"
# too: reported speech shifts "needs to" back ("the country needed to invest more" retells
# "the country must invest more"); past "had to" mostly narrates a fact ("we had to cancel 262
# flights") and is left out.
DEONTIC_BEFORE_TO: Final = MappingProxyType({
    "have": 2, "has": 2, "need": 2, "needs": 2, "needed": 2, "required": 2, "obliged": 2, "ought": 1,
})  # fmt: skip

# Number words below a hundred, by value.
UNITS: Final = MappingProxyType({
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
})  # fmt: skip
# Number words that multiply ("two hundred", "a dozen", "2.6 million").
SCALES: Final = MappingProxyType({
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "dozen": 12,
    # South Asian English ("13.5 lakh people", "Tk 25 crore")
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
})  # fmt: skip
# Ordinal words, by the number they rank ("first" is 1st).
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
# Currency signs written before an amount ("$20"), by the sign they normalise to.
CURRENCY_SIGNS: Final = MappingProxyType({
    "$": "$", "€": "€", "£": "£", "¥": "¥", "₹": "₹", "₽": "₽", "₩": "₩", "₦": "₦", "₱": "₱",
})  # fmt: skip
# ISO 4217 codes and local signs written before an amount ("RM10,099", "Rs. 500", "USD 20"),
# read only as written here (capitals; "Rs"), so "rm 5" or "the cad" stay words. The dollar
# currencies are "$", as "HK$" and "A$" read as their "$" sign.
CURRENCY_CODES: Final = MappingProxyType({
    "USD": "$", "AUD": "$", "CAD": "$", "NZD": "$", "HKD": "$", "SGD": "$", "MXN": "$",
    "BRL": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "RMB": "CN¥", "INR": "₹",
    "Rs": "₹", "RUB": "₽", "KRW": "₩", "CHF": "CHF", "MYR": "RM", "RM": "RM",
    "ZAR": "ZAR", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK",
    "KES": "KSh", "KSh": "KSh", "Ksh": "KSh", "Sh": "KSh", "UGX": "USh", "USh": "USh",
    "TZS": "TSh", "TSh": "TSh", "NGN": "₦", "PHP": "₱",
})  # fmt: skip
# Currency words written after an amount ("20 dollars", "two-million-euro"), by sign.
CURRENCY_WORDS: Final = MappingProxyType({
    "dollar": "$", "dollars": "$", "euro": "€", "euros": "€", "pound": "£", "pounds": "£",
    "yen": "¥", "yuan": "CN¥", "rupee": "₹", "rupees": "₹",
    # East African shillings, written "Sh17.20" as often as "17.20 shillings" (`CURRENCY_CODES`)
    "shilling": "KSh", "shillings": "KSh", "naira": "₦", "rand": "ZAR", "ringgit": "RM",
    "rouble": "₽", "roubles": "₽", "ruble": "₽", "rubles": "₽",
})  # fmt: skip
# Shares written as fractions: the denominator words ("a fifth of", "two-thirds",
# "three quarters of") by the share one of them is, in percent, rounded as news rounds
# them ("a third" is "33%"); "half" is read on its own (`quantities._fraction_at`).
FRACTIONS: Final = MappingProxyType({
    "third": 100 / 3, "thirds": 100 / 3, "quarter": 25, "quarters": 25, "fourth": 25,
    "fourths": 25, "fifth": 20, "fifths": 20, "sixth": 100 / 6, "sixths": 100 / 6,
    "eighth": 12.5, "eighths": 12.5, "tenth": 10, "tenths": 10,
})  # fmt: skip
# Bounds before a figure, by the one comparison each writes: "less than 40%" and "below 40
# percent" are one bound (`contrast.wording.figures_alike`).
BOUND_FORMS: Final = MappingProxyType({
    ("less", "than"): "<", ("fewer", "than"): "<", ("below",): "<", ("under",): "<",
    ("more", "than"): ">", ("over",): ">", ("above",): ">", ("in", "excess", "of"): ">",
    ("upwards", "of"): ">", ("up", "to"): "<=", ("at", "most"): "<=", ("no", "more", "than"): "<=",
    ("not", "more", "than"): "<=", ("not", "exceeding"): "<=", ("at", "least"): ">=",
    ("no", "fewer", "than"): ">=", ("no", "less", "than"): ">=",
})  # fmt: skip
# Rates after a figure, by the one period each writes: "two hours a day", "two hours daily"
# and "two hours per day" are one rate ("a day" reads as the duration "24h").
RATE_FORMS: Final = MappingProxyType({
    ("24h",): "daily", ("daily",): "daily", ("per", "day"): "daily", ("each", "day"): "daily",
    ("every", "day"): "daily", ("168h",): "weekly", ("weekly",): "weekly", ("per", "week"): "weekly",
    ("each", "week"): "weekly", ("every", "week"): "weekly",
})  # fmt: skip
# Units of time a duration is counted in, by their length in hours: "48 hours" and "two
# days" are one duration ("48h"), "three days" and "three weeks" are not. Months and years
# are left as they are written: their length varies.
DURATION_HOURS: Final = MappingProxyType({
    "minute": 1 / 60, "minutes": 1 / 60, "hour": 1, "hours": 1, "day": 24, "days": 24,
    "week": 168, "weeks": 168, "fortnight": 336, "fortnights": 336,
})  # fmt: skip
# "600m" is metres unless money: "m" and "k" scale only after a currency sign; "bn" always.
CURRENCY_SCALE_SUFFIXES: Final = MappingProxyType({"m": 1_000_000, "mn": 1_000_000, "k": 1_000})
# Suffixes that scale a figure whatever comes before it ("2bn"), the scale words too when
# written on ("at least £40million")
SCALE_SUFFIXES: Final = MappingProxyType({"bn": 1_000_000_000, "million": 1_000_000, "billion": 1_000_000_000,
                                          "trillion": 1_000_000_000_000})
# Suffixes that make a figure an ordinal ("11th").
ORDINAL_SUFFIXES: Final = frozenset({"st", "nd", "rd", "th"})

# Weekday names, by a short key: two texts naming one day agree.
WEEKDAYS: Final = MappingProxyType({
    "monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu",
    "friday": "fri", "saturday": "sat", "sunday": "sun",
})  # fmt: skip
# Abbreviations count only with their full stop ("Tues."), as "Sun" and "Wed" are words.
WEEKDAY_ABBREVIATIONS: Final = MappingProxyType({
    "mon": "mon", "tue": "tue", "tues": "tue", "wed": "wed", "thu": "thu", "thur": "thu",
    "thurs": "thu", "fri": "fri", "sat": "sat",
})  # fmt: skip
# Month names, by number.
MONTHS: Final = MappingProxyType({
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
})  # fmt: skip
# Month abbreviations, by number ("may" is no abbreviation: it is a modal).
MONTH_ABBREVIATIONS: Final = MappingProxyType({
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
})  # fmt: skip
# Days named relative to the report's day, by offset.
RELATIVE_DAYS: Final = MappingProxyType({"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1})
# Words that anchor a period relative to now ("last week", "next year"), by offset.
RELATIVE_ANCHORS: Final = MappingProxyType({
    "last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1,
})  # fmt: skip
# The periods those anchors name.
PERIODS: Final = frozenset({"week", "weekend", "month", "year"})
# Parts of a day, by the part they name ("overnight" is the night). Evening and night are
# one part: the hours overlap, and "this evening" / "tonight" or "last night" / "on Wednesday
# evening" are one time told two ways.
DAY_PARTS: Final = MappingProxyType({
    "morning": "morning", "afternoon": "afternoon", "evening": "night", "night": "night",
    "overnight": "night", "tonight": "night",
})  # fmt: skip
# Time zones written after a 24-hour time ("1200 GMT").
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
# Words of place names and demonyms: a hyphen next to one joins two names ("U.S.-China").
PLACE_WORDS: Final = frozenset(
    {w for name in (*DEMONYMS.values(), *ALIASES.values(), *ALIASES) for w in name.split()}
    | set(DEMONYMS)
)

# Punctuation that ends a sentence: a capital after it may be an ordinary word.
SENTENCE_END: Final = frozenset({".", "!", "?", ":", ";"})
# A full stop after these ends an abbreviation, not a sentence.
ABBREVIATIONS: Final = frozenset(
    {
        "mr", "mrs", "ms", "dr", "st", "mt", "ft", "gov", "sen", "rep", "lt", "sgt", "const",
        "capt", "cmdr", "col", "gen", "det", "prof", "rev", "jr", "sr", "inc", "co", "corp",
        "ltd", "no", "vs",
    }
)  # fmt: skip
# Opening quotes and brackets, looked past to find where a sentence starts.
OPENERS: Final = frozenset({'"', "'", "(", "["})
# Number words ("first", "dozen", "last"): the number rule's, never a swapped word or antonym.
COUNT_WORDS: Final = frozenset(UNITS) | frozenset(ORDINALS) | frozenset(SCALES) | {"last"}
# Words after a number that make it a measure, a duration or an age rather than a count of
# things ("10 km", "3 miles", "Sixteen-year-old", "two days"): `quantities.count_conflict`
# compares counts only.
MEASURE_WORDS: Final = frozenset({
    "year", "years", "yr", "old", "month", "months", "week", "weeks", "day", "days", "hour",
    "hours", "minute", "minutes", "second", "seconds", "km", "kilometer", "kilometers",
    "kilometre", "kilometres", "mile", "miles", "m", "meter", "meters", "metre", "metres",
    "cm", "mm", "ft", "foot", "feet", "inch", "inches", "yard", "yards", "kg", "kilogram",
    "kilograms", "g", "gram", "grams", "lb", "lbs", "pound", "pounds", "ton", "tons",
    "tonne", "tonnes", "degree", "degrees", "mph", "kph", "knots", "acre", "acres",
    "hectare", "hectares", "gallon", "gallons", "liter", "liters", "litre", "litres",
    "barrel", "barrels", "caliber", "calibre", "point", "points", "storey", "story",
})  # fmt: skip
# Comparatives that, after "no" or "not" and before "than", make a bound, not a denial: "no
# later than Aug. 15" is "by Aug. 15 at the latest", "no more than 20" is "up to 20"
# (`contrast.negation`).
BOUND_COMPARATIVES: Final = frozenset({"later", "earlier", "sooner", "more", "less", "fewer",
                                       "greater", "higher", "lower", "longer", "shorter"})
# Verbs that, after "not" and before a figure, make an upper bound: "interruptions not
# exceeding two hours" are "of up to two hours" (`contrast.negation`).
BOUND_VERBS: Final = frozenset({"exceeding", "exceed", "surpassing", "surpass"})
# Nouns after "at no" that make a price, not a denial: "at no charge" is "free of charge";
# and "no doubt", which asserts what follows ("there is no doubt Russia was behind it").
FREE_OF: Final = frozenset({"charge", "cost", "extra", "additional", "expense"})
# Words before a count that make it a bound (`contrast.quantities`): "more than a dozen" is
# any count from 12 up, "up to 20" any to 20. A bound agrees with a count inside it; an
# estimate ("about", "nearly") is not read as a range, since outlets change details so.
LOWER_BOUNDS: Final = frozenset({"more than", "over", "at least", "upwards of", "in excess of", "above"})
# ... except within a few per cent: "almost 150mm of rain" is a rounding of "148 millimetres",
# "nearly 300 operations" of "297 operations" (an estimate from below), "about 2,000" of
# "1,980"; "about 40" and "45" still differ (`tokens.bounded`, `ESTIMATE_SHARE`)
ESTIMATES_FROM_BELOW: Final = frozenset({"almost", "nearly", "close to", "just under"})
ESTIMATES: Final = frozenset({"about", "around", "roughly", "approximately", "some", "an estimated",
                              "estimated", "circa", "approx"}) | ESTIMATES_FROM_BELOW
ESTIMATE_SHARE: Final = Decimal("0.03")
UPPER_BOUNDS: Final = frozenset({"fewer than", "less than", "up to", "at most", "under", "below",
                                 "not exceeding", "not exceed", "no more than", "not more than"})
# Round plurals as counts, with the values each can mean: "dozens" of people are more than
# two dozen and fewer than a hundred.
VAGUE_COUNTS: Final = MappingProxyType({
    "dozens": (24, 99), "hundreds": (200, 999), "thousands": (2_000, 999_999),
    "millions": (2_000_000, 999_999_999), "billions": (2_000_000_000, 999_999_999_999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "tens of millions": (20_000_000, 99_999_999), "hundreds of millions": (200_000_000, 999_999_999),
})  # fmt: skip
# Function words of opposite meaning, which WordNet (content words only) lacks: swapped in
# one place they reverse a claim ("voted for" / "against", "ended with an agreement" /
# "without", "most residents" / "few", "before the flood" / "after"). Read with the WordNet
# pairs by `contrast.antonyms`.
FUNCTION_OPPOSITES: Final = (
    ("for", "against"), ("with", "without"), ("most", "few"), ("most", "least"),
    ("more", "less"), ("more", "fewer"), ("before", "after"), ("above", "below"),
    ("all", "none"), ("many", "few"), ("always", "never"), ("inside", "outside"),
)  # fmt: skip
# Verbs of opposite outcome, opposed across the two sets of each pair where WordNet has no
# antonym pointer between them: a change's direction ("cut 200 jobs" / "add 200 jobs",
# "slash prices" / "hike prices": the judge read the first as one claim, P(same) 0.78), and
# events news reports both ways ("arrested" / "released" the suspects 0.69, "imposed" /
# "lifted" sanctions 0.84, "resumed" / "suspended" flights 0.65, "survived" / "died" 0.83).
# Not "drop", which removes a ban as "lift" does, nor "extend", which may lengthen a cut.
OPPOSED_VERBS: Final = (
    (frozenset("raise increase boost add hire create expand grow gain rise climb hike double triple".split()),
     frozenset("cut reduce lower slash shed eliminate trim lose fall decline shrink halve axe scrap curb"
               .split())),
    (frozenset("arrest detain capture jail imprison".split()), frozenset("release free".split())),
    (frozenset("impose introduce".split()), frozenset("lift remove ease scrap".split())),
    (frozenset("resume restart reopen".split()), frozenset("suspend halt pause stop".split())),
    (frozenset({"survive"}), frozenset("die perish".split())),
    (frozenset({"hire"}), frozenset({"fire"})),
    (frozenset("join enter".split()), frozenset("leave quit exit".split())),
    (frozenset("allow permit authorise authorize".split()), frozenset("ban prohibit forbid block".split())),
    (frozenset("approve ratify endorse adopt pass back support".split()),
     frozenset("reject veto oppose".split())),
)
# Of those, the words that are more often no verb of outcome in news ("back in 2016", "the
# lower house", "had support", "free of charge", "a press release", "bus stop", "he added"):
# an opposite only in an aligned slot, never in any place (`contrast.opposed_words`).
NOT_OPPOSED_ANYWHERE: Final = frozenset(
    "back support lower free release stop exit leave add pass fall lose gain rise double".split())
# Words that open a clause of their own, where a negation cue's clause starts going back
# (`contrast.negation.negated_words`).
CLAUSE_JOINERS: Final = frozenset(
    "and but or which who whom whose that while whereas although though because since if when as".split()
)
# Words between a negation cue and what it denies: auxiliaries, articles, "to", "that", pronouns.
SCOPE_SKIP: Final = frozenset(
    """be been being is are was were am have has had do does did will would shall should can could
    may might must a an the any to that this these those it its they them their he him his she her
    we us our i me my you your there yet ever even also so just only at all""".split()
)

# Words before "from" that make the figure after it the value a text replaces ("now stands at
# 18, down from 21", "revised from 47 million", "lowered from 3.5%"): the old value, set
# against the text's own (`quantities.corrected_conflict`). "rose to 30 from 21" has a figure
# before "from" and is no such phrase; the rule needs the new value too.
REPLACED_FROM: Final = frozenset({
    "up", "down", "revised", "lowered", "raised", "cut", "reduced", "increased", "decreased",
    "rose", "risen", "fell", "fallen", "climbed", "jumped", "dropped", "corrected", "changed",
})
# Words before a figure that set it against the text's own: "three sites, not two", "11
# papers, not the seven disclosed", "six rather than five", "instead of the 40 first given"
REPLACED_BEFORE: Final = (("not",), ("not", "the"), ("rather", "than"), ("rather", "than", "the"),
                          ("instead", "of"), ("instead", "of", "the"))
