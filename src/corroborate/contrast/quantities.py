"""Numbers in a text, normalised: "20,000", "20 000" and "twenty thousand" are one value."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from corroborate.contrast.tokens import Item, Tok, bounded, rounded, share_as_count, token_at
from corroborate.lexicon.contrast import (
    CURRENCY_CODES,
    CURRENCY_SCALE_SUFFIXES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    DURATION_HOURS,
    ESTIMATES,
    FRACTIONS,
    MEASURE_WORDS,
    ONE_PRONOUN_BEFORE,
    ORDINAL_SUFFIXES,
    ORDINALS,
    REPLACED_BEFORE,
    REPLACED_FROM,
    SCALE_SUFFIXES,
    SCALES,
    SENTENCE_END,
    UNITS,
    VAGUE_COUNTS,
)

# a plain figure's value, no sign, unit or mark: "20", "4.6" (not "20%", "3rd", "48h", "$5")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")
# the amount that ends a sum of money's value, after its sign or code ("$5000000", "€15.2")
_AMOUNT = re.compile(r"[\d.]+$")
# how many tokens before a replaced figure its replacement may stand ("three of the 38
# sampling locations, not two": 7)
_REPLACING_REACH = 12


def _format_number(value: Decimal) -> str:
    # Fixed-point, without trailing zeros: "2000000" (not "2E+6"), "4.6", "20" for "20.0".
    return format(value.normalize(), "f")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _digits_at(toks: Sequence[Tok], i: int, skip: set[int]) -> tuple[Decimal, str, int] | None:
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


def _words_at(toks: Sequence[Tok], i: int) -> tuple[Decimal, int] | None:
    """The number written in words at i ("twenty-five", "two hundred and fifty")."""
    low = toks[i].low
    if low == "one" and (token_at(toks, i - 1) in ONE_PRONOUN_BEFORE or token_at(toks, i + 1) == "another"):
        return None  # "no one", "the one", "one another"
    if low in {"a", "an"}:
        # "a dozen", "a million"; a bare "a" is no count.
        return (Decimal(1), i + 1) if token_at(toks, i + 1) in SCALES else None
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
            low in {"-", "and"} and (token_at(toks, i + 1) in UNITS or token_at(toks, i + 1) in SCALES)
        ):
            break
        i += 1
    return value + current, i


def _code_before(toks: Sequence[Tok], lo: int) -> str:
    """The currency a code before an amount names ("USD 20", "RM10,099", "Rs. 500"), or ""."""
    k = lo - 2 if token_at(toks, lo - 1) == "." else lo - 1
    return CURRENCY_CODES.get(toks[k].text, "") if k >= 0 else ""


def number_items(toks: Sequence[Tok], skip: set[int]) -> list[Item]:
    """Numbers, normalised: "20,000", "20 000" and "twenty thousand" all give "20000"; a share
    written as a fraction is its percentage marked as rounded ("a fifth of" gives "20%~", which
    `settle_shares` reads against the other text's shares), a duration its hours ("48 hours"
    and "two days" give "48h")."""
    items: list[Item] = []
    i = 0
    while i < len(toks):
        found = None if i in skip else _share_at(toks, i) or _number_at(toks, i, skip)
        if found is None:
            i += 1
            continue
        items.append(found)
        i = found.hi
    return items


def _number_at(toks: Sequence[Tok], lo: int, skip: set[int]) -> Item | None:
    """The number that starts at token `lo`, with its scale, currency, percent sign or unit of
    time, or None."""
    low = toks[lo].low
    if low in ORDINALS:
        return Item(_ordinal(ORDINALS[low]), lo, lo + 1)
    suffix = ""
    if low[0].isdigit():
        parsed = _digits_at(toks, lo, skip)
        if parsed is None:
            return None
        value, suffix, i = parsed
    elif low in {"a", "an"} and token_at(toks, lo + 1) in DURATION_HOURS:
        value, i = Decimal(1), lo + 1  # "a day", "an hour": one unit of time
    elif low == "half" and token_at(toks, lo + 1) in {"a", "an"} and token_at(toks, lo + 2) in DURATION_HOURS:
        value, i = Decimal("0.5"), lo + 2  # "half an hour"
    elif low == "half" and token_at(toks, lo + 1) in {"a", "an"} and token_at(toks, lo + 2) in SCALES:
        value, i = Decimal("0.5"), lo + 2  # "half a billion dollars": the scale is read below
    else:
        words = _words_at(toks, lo)
        if words is None:
            return None
        value, i = words
    # A scale word after: "2.6 million", "$2.6-million", "two dozen".
    k = i + 1 if token_at(toks, i) == "-" and token_at(toks, i + 1) in SCALES else i
    if token_at(toks, k) in SCALES:
        value, i = value * SCALES[token_at(toks, k)], k + 1
    if suffix in ORDINAL_SUFFIXES:
        return Item(_ordinal(int(value)), lo, i)
    # Currency before ("$20", "£5m") or after ("two-million-euro"), and percentages.
    currency = CURRENCY_SIGNS.get(token_at(toks, lo - 1), "") or _code_before(toks, lo)
    if currency:
        value *= CURRENCY_SCALE_SUFFIXES.get(suffix, 1)
    k = i + 1 if token_at(toks, i) == "-" else i
    if not currency and token_at(toks, k) in CURRENCY_WORDS:
        currency, i = CURRENCY_WORDS[token_at(toks, k)], k + 1
    elif not currency and token_at(toks, k) in DURATION_HOURS:
        # a duration in hours, with its unit in the span ("48 hours", "two days", "48-hour")
        hours = value * Decimal(DURATION_HOURS[token_at(toks, k)])
        return Item(f"{_format_number(round(hours, 2))}h", lo, k + 1)
    percent = ""
    if token_at(toks, i) in {"%", "percent"}:
        percent, i = "%", i + 1
    elif token_at(toks, i) == "per" and token_at(toks, i + 1) == "cent":
        percent, i = "%", i + 2
    return Item(f"{currency}{_format_number(value)}{percent}", lo, i)


# "half" a share where a noun phrase follows it ("half of the flights", "half the homes"),
# not "half an hour" or "half-time"
_HALF_BEFORE = frozenset({"of", "the", "its", "their", "his", "her", "our", "all", "those", "these"})
# "one in four", "two out of five": denominators read as a share, not as a count
_SHARE_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 100})


def _share_at(toks: Sequence[Tok], i: int) -> Item | None:
    """A share written as a fraction at token i, as its percentage: "a fifth of" and "one in
    five" are "20%", "two-thirds" "67%", "half the homes" "50%". A lone ordinal ("a third
    party", "the fifth day") is no share, nor a count of things in a count of others
    ("killed 2 in 12 attacks": only the denominators of `_SHARE_DENOMINATORS`)."""
    low = toks[i].low
    if low == "half" and token_at(toks, i + 1) in _HALF_BEFORE and not _period_half(toks, i):
        return Item("50%~", i, i + 1)
    top = _small_count(toks, i)
    if top is None:
        return None
    k = i + 2 if token_at(toks, i + 1) == "-" else i + 1
    word = token_at(toks, k)
    if word == "half" and top == 1 and token_at(toks, k + 1) == "of":
        return Item("50%~", i, k + 1)
    if word in FRACTIONS and (word.endswith("s") if top > 1 else not word.endswith("s")) and (
            k > i + 1 or top > 1 or token_at(toks, k + 1) == "of"):
        return Item(f"{round(top * FRACTIONS[word])}%~", i, k + 1)
    of = 2 if token_at(toks, i + 1) == "out" and token_at(toks, i + 2) == "of" else 0
    if of or token_at(toks, i + 1) == "in":
        k = i + 2 + (of and 1)
        bottom = _small_count(toks, k)
        if bottom in _SHARE_DENOMINATORS and top < bottom and token_at(toks, k + 1) not in MEASURE_WORDS:
            return Item(f"{_format_number(round(Decimal(100 * top) / bottom, 1))}%~", i, k + 1)
    return None


def _period_half(toks: Sequence[Tok], i: int) -> bool:
    """"the first half of 2026", "the second half of the season": a period, not a share."""
    return token_at(toks, i - 1) in ORDINALS or token_at(toks, i - 1) in {"latter", "former", "back"}


def settle_shares(items: Sequence[Item], others: Sequence[Item]) -> list[Item]:
    """`items` with each share written as a fraction ("almost a third", read "33%~": rounded)
    read as the share in `others` it may round, within an eighth of itself ("30%"), else as its
    own value ("33%"): "about 18% of the deposits" / "nearly a fifth of the money" give one
    share, "a third" / "a quarter" two."""
    shares = (o.value.rstrip("~") for o in others)
    exact = [Decimal(v[:-1]) for v in shares if v.endswith("%") and _PLAIN.fullmatch(v[:-1])]
    settled: list[Item] = []
    for item in items:
        if item.value.endswith("%~"):
            share = Decimal(item.value[:-2])
            near = next((e for e in exact if abs(e - share) <= share / 8), share)
            item = item._replace(value=f"{_format_number(near)}%")
        settled.append(item)
    return settled


def _small_count(toks: Sequence[Tok], i: int) -> int | None:
    """A numerator or denominator at token i: "a", "one" to "ninety", or a whole number in
    digits up to 100."""
    low = token_at(toks, i)
    if low in {"a", "an"}:
        return 1
    if low in UNITS and UNITS[low] > 0:
        return int(UNITS[low])
    return int(low) if low.isascii() and low.isdigit() and 0 < int(low) <= 100 else None


def _is_money(item: Item) -> bool:
    return not item.value[:1].isdigit() and not item.value.endswith("%")


def without_conversions(toks: Sequence[Tok], items: Sequence[Item]) -> list[Item]:
    """The figures less a sum in brackets right after another figure, which is the writer's
    conversion of it: "fined 1 million lei ($217,000)" / "(about 200,000 euros)", "A$120
    million ($78 million)". Outlets convert at their own rates into their readers' currency,
    so two retellings of one fine differ there and nowhere in the claim; a changed figure
    still differs in the figure it converts."""
    ends = {item.hi for item in items}
    out = []
    for item in items:
        k = item.lo - 1
        while k > 0 and (toks[k].low in ESTIMATES or toks[k].text in CURRENCY_SIGNS):
            k -= 1
        # the figure it converts ends right before the bracket, or one currency word before
        if not (_is_money(item) and k >= 0 and toks[k].text == "(" and (k in ends or k - 1 in ends)):
            out.append(item)
    return out


def money_conflict(a_items: Sequence[Item], b_items: Sequence[Item]) -> bool:
    """Whether two texts each name one sum of money and the sums differ ("for $2,799" /
    "for RM10,099", "a $3 million reward" / "a $5 million reward").

    A sum is the price, fine or reward the claim is about wherever it stands, so it needs no
    shared slot. Until session 35 a text with two sums (a conversion, a range) was left to
    `slot_conflict`, which missed a changed sum that moved to another word.
    """
    a_money = [item.value for item in a_items if _is_money(item)]
    b_money = [item.value for item in b_items if _is_money(item)]
    if len(a_money) == 1 and len(b_money) == 1:
        return a_money != b_money
    # where a text gives more than one sum, as with shares (`percent_conflict`): each gives
    # one in a currency both use that the other lacks ("15.20 euros in 2028 and then 15.90" /
    # "14.60 euros now, 15.20 in 2028 and 15.80 in 2029"); a conversion ("15.20 euros
    # ($17.70)") or a sum in a currency the other never names only adds detail
    # of like size (a half to twice): "$41.20, down from $44" / "fell $2.80 to $41.20" give a
    # change beside a level, "$25 million, plus $3 million in fees" a part beside the sum
    a_by, b_by = _by_currency(a_money), _by_currency(b_money)
    return any(_alike_sums(a_by[sign] - b_by[sign], b_by[sign] - a_by[sign])
               for sign in a_by.keys() & b_by.keys())


def _alike_sums(a_sums: set[str], b_sums: set[str]) -> bool:
    """Whether a sum of one set is within a half to twice a sum of the other."""
    def amount(value: str) -> Decimal:
        try:
            return Decimal(value[len(_AMOUNT.sub("", value)):])
        except InvalidOperation:
            return Decimal(0)

    return any(x and y and Decimal("0.5") <= x / y <= 2
               for x in map(amount, a_sums) for y in map(amount, b_sums))


def _by_currency(sums: Sequence[str]) -> dict[str, set[str]]:
    """Sums of money by the currency they are written in (their value's sign or code: "$",
    "CN¥", "KSh")."""
    found: dict[str, set[str]] = {}
    for value in sums:
        found.setdefault(_AMOUNT.sub("", value), set()).add(value)
    return found


def percent_conflict(a_items: Sequence[Item], b_items: Sequence[Item],
                     a_toks: Sequence[Tok] = (), b_toks: Sequence[Tok] = ()) -> bool:
    """Whether two texts give percentages and each gives one the other lacks ("cut 40% of
    flights at Orly" / "cancel 35% of their Orly flights", "40% at Orly, 50% at Marseille" /
    "35% at Orly and 30% at Nice").

    Like a sum of money, a share is what the claim is about wherever it stands, so the
    paraphrase that moves it to another word still changes it (`slot_conflict` needs one
    slot); a text that gives fewer of the same shares ("40% at Orly" / "40% at Orly and 30%
    at Nice") only leaves detail out. With the texts' tokens, a share inside the other's
    bound is the same ("38% of the average" / "less than 40 percent of the average", as
    `tokens.bounded` reads a count's bound)."""
    a_share = {item.value for item in a_items if item.value.endswith("%")}
    b_share = {item.value for item in b_items if item.value.endswith("%")}
    a_only = [item for item in a_items if item.value in a_share - b_share]
    b_only = [item for item in b_items if item.value in b_share - a_share]
    if not a_only or not b_only:
        return False
    if not a_toks or not b_toks:
        return True

    def span(toks: Sequence[Tok], item: Item) -> tuple[Decimal, Decimal] | None:
        try:
            return bounded(toks, share_as_count(item))
        except InvalidOperation:
            return None

    def within(x: tuple[Decimal, Decimal] | None, y: tuple[Decimal, Decimal] | None) -> bool:
        return x is not None and y is not None and x[0] <= y[1] and y[0] <= x[1]

    a_spans = [span(a_toks, item) for item in a_only]
    b_spans = [span(b_toks, item) for item in b_only]
    a_left = [x for x in a_spans if not any(within(x, y) for y in b_spans)]
    b_left = [y for y in b_spans if not any(within(x, y) for x in a_spans)]
    return bool(a_left) and bool(b_left)


def _replaced(toks: Sequence[Tok], item: Item) -> bool:
    """Whether a text sets the figure at `item` against its own as the value it replaces:
    "not two", "not the seven first disclosed", "rather than five", "down from 21"."""
    before = tuple(t.low for t in toks[max(0, item.lo - 3):item.lo])
    if any(before[len(before) - len(words):] == words for words in REPLACED_BEFORE):
        return True
    return token_at(toks, item.lo - 1) == "from" and token_at(toks, item.lo - 2) in REPLACED_FROM


def corrected_conflict(a_toks: Sequence[Tok], a_items: Sequence[Item],
                       b_toks: Sequence[Tok], b_items: Sequence[Item]) -> bool:
    """Whether one text corrects a figure the other gives: it sets the other's value against a
    value of its own, just before it, that the other lacks ("E. coli was detected at two of
    the 38 sites" / "... confirmed at three of the 38 locations, not two"; "the toll rose to
    21" / "now stands at 18, down from 21"; "seven papers" / "11 of his papers, not the
    seven disclosed").

    The correction names what it changes, so it needs no shared slot, and it holds however
    many figures the texts give; a text that gives both values as the other does ("rose to
    30 from 21" / "30, up from 21"), or whose own value the other gives too ("11 routes, not
    six" / "11 routes, almost twice the six cited"), corrects nothing.
    """
    for x_toks, x_items, y_toks, y_items in ((a_toks, a_items, b_toks, b_items),
                                             (b_toks, b_items, a_toks, a_items)):
        # the other's own values: one it too sets aside, or gives as where a change starts
        # ("dropped 0.2 points in May from 4.1 percent"), is not what it states
        other = {item.value for item in y_items
                 if not _replaced(y_toks, item) and token_at(y_toks, item.lo - 1) != "from"}
        for item in x_items:
            if item.value not in other or not _replaced(x_toks, item):
                continue
            own = {o.value for o in x_items
                   if item.lo - _REPLACING_REACH <= o.lo and o.hi <= item.lo
                   and not _replaced(x_toks, o)
                   and not any(t.text in SENTENCE_END for t in x_toks[o.hi:item.lo])}
            if own - other:
                return True
    return False


def _code(toks: Sequence[Tok], lo: int) -> bool:
    """Whether the number at token `lo` ends a code written as one word with letters before
    it ("batch VR4471", "NVP-311", "flight BA-117"): a name, not a count."""
    k = lo
    if k >= 2 and toks[k - 1].text == "-" and toks[k - 1].end == toks[k].start:
        k -= 1
    return k >= 1 and toks[k - 1].end == toks[k].start and toks[k - 1].text.isalpha()


def _counts(toks: Sequence[Tok], items: Sequence[Item]) -> list[tuple[Decimal, Decimal]]:
    """The counts a text gives, each as the range of values it allows: a plain number ("40
    homes", "fifty houses", "a 4.6 quake") is its value; a round plural ("dozens", "hundreds",
    "tens of thousands": `VAGUE_COUNTS`) the values it can mean. No sum of money,
    percentage or ordinal, no measure, duration or age ("10 km", "Sixteen-year-old",
    "hundreds of miles": `MEASURE_WORDS`), no code ("batch VR4471"), no age set off by
    commas ("Williams, 91,"), and no earlier value or another's set against it ("18, down
    from 21", "127, more than the 112 reported by the ministry", "compared with 112")."""
    def count(item: Item) -> bool:
        after = item.hi + 1 if token_at(toks, item.hi) == "-" else item.hi
        return (_PLAIN.fullmatch(item.value) is not None
                and not _code(toks, item.lo)
                and token_at(toks, after) not in MEASURE_WORDS
                # "now stands at 18, down from 21": the count it was, not the count it gives
                and not (token_at(toks, item.lo - 1) == "from"
                         and token_at(toks, item.lo - 2) in ("up", "down", "revised", "lowered", "raised"))
                # "127 had died, more than the 112 reported by the ministry", "compared with
                # 112": another's count it is set against (not "more than 30 died", a bound)
                and not (token_at(toks, item.lo - 1) == "the" and token_at(toks, item.lo - 2) == "than")
                and not (token_at(toks, item.lo - 1) in ("with", "to")
                         and token_at(toks, item.lo - 2) == "compared")
                and not (token_at(toks, item.lo - 1) == "," and token_at(toks, item.hi) == ","))

    found = [rounded(toks, item) or bounded(toks, item) for item in items if count(item)]
    i = 0
    while i < len(toks):
        low, span = toks[i].low, 1
        # "tens of thousands", "hundreds of millions": one vague count of two words
        if token_at(toks, i + 1) == "of" and f"{low} of {token_at(toks, i + 2)}" in VAGUE_COUNTS:
            low, span = f"{low} of {token_at(toks, i + 2)}", 3
        if low in VAGUE_COUNTS and not (token_at(toks, i + span) == "of"
                                        and token_at(toks, i + span + 1) in MEASURE_WORDS):
            lo, hi = VAGUE_COUNTS[low]
            found.append((Decimal(lo), Decimal(hi)))
        i += span
    return found


def count_conflict(a_toks: Sequence[Tok], a_items: Sequence[Item],
                   b_toks: Sequence[Tok], b_items: Sequence[Item]) -> bool:
    """Whether two texts each give one count and the counts cannot agree ("The fire
    destroyed 40 homes" / "Fifty houses were destroyed by the blaze", "killed 12 people" /
    "left 15 dead", "dozens" / "hundreds"; "dozens" and "at least 30" can).

    As with `money_conflict`, a single count is what the claim counts wherever it stands, so
    a paraphrase that moves it to another word ("homes" / "houses", which `slot_conflict`
    reads as two slots) still changes it; a text with two counts is left to `slot_conflict`.
    """
    a_counts, b_counts = _counts(a_toks, a_items), _counts(b_toks, b_items)
    if len(a_counts) != 1 or len(b_counts) != 1:
        return False
    (a_lo, a_hi), (b_lo, b_hi) = a_counts[0], b_counts[0]
    return a_hi < b_lo or b_hi < a_lo
