"""Tests for the contrast check: hand-written pairs per kind, and the labelled contrast set."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corroborate.contrast import (
    ANTONYM_DIR,
    KINDS,
    changed_count,
    differences,
    excerpt,
    figures_alike,
    numbers,
    polarity,
    word_order_similarity,
    word_swap,
)
from corroborate.schema import Stance

CONTRAST_SET = Path(__file__).parent / "data" / "contrast_pairs.jsonl"
LABELS = {"paraphrase", "different", "distorted"}
DISTORTIONS = {"negation", "number", "date", "modality", "entity", "stance", "roles"}
# Words that exercise every rule, to build random claim-like texts from.
VOCABULARY = (
    "Kim", "Putin", "Xi", "Russia", "North", "South", "Korea", "DPRK", "the", "U.S.", "Kremlin",
    "Moscow", "said", "will", "may", "might", "likely", "must", "should", "not", "no", "never",
    "failed", "to", "denied", "20", "twenty", "200", "$2.6", "million", "per", "cent", "%",
    "first", "Tuesday", "Wednesday", "July", "June", "2004", "last", "next", "week",
    "yesterday", "3:33", "a.m.", "arms", "talks", "met", "in", "on", "of", "and", ",", ".",
    "'s", "-", "Jong-un"
)  # fmt: skip


# Words that write figures the ways `contrast.quantities` reads (fractions, durations, codes).
FIGURE_WORDS = (
    "a", "fifth", "third", "thirds", "half", "in", "five", "out", "hours", "days", "an", "hour",
    "Sh", "17.20", "shillings", "11.42", "pm", "23:42", "percent", "$", "two", "48",
)  # fmt: skip


def _load_contrast_set() -> list[dict[str, Any]]:
    with CONTRAST_SET.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Russia will supply arms.", "Russia will not supply arms.", ["negation"]),
        (
            "Kim will travel in an armored train.",
            "Kim won't travel in an armored train.",
            ["negation"],
        ),
        (
            "He fled and managed to evade the police.",
            "He fled and failed to evade the police.",
            ["negation"],
        ),
        ("No one was injured in the fire.", "People were injured in the fire.", ["negation"]),
        (
            "They are from Somalia and Yemen.",
            "They are neither from Somalia nor Yemen.",
            ["negation"],
        ),
        (
            "Peskov confirmed the talks took place.",
            "Peskov denied the talks took place.",
            ["negation"],
        ),
        # a "not" or "no" that bounds a figure or names a price denies nothing (session 31)
        ("Homes face power cuts not exceeding two hours a day.",
         "Homes face power cuts of up to two hours a day.", []),
        ("Dealers will replace the modules free of charge.",
         "Dealers will replace the modules at no charge.", []),
        ("There is no doubt that Russia was behind the attack.", "Russia was behind the attack.", []),
        ("The fee will not exceed the cap.", "The fee will exceed the cap.", ["negation"]),
        ("Dealers will replace the modules at no charge.",
         "Dealers will not replace the modules.", ["negation"]),
    ],
)
def test_differences_negation(a: str, b: str, expected: list[str]) -> None:
    assert differences(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("A delegation of 20 officials left.", "A delegation of 200 officials left.", ["number"]),
        (
            "Twenty officials traveled to Russia.",
            "Thirty officials traveled to Russia.",
            ["number"],
        ),
        ("Sixty-five per cent of traffic was down.", "45% of traffic was down.", ["number"]),
        ("Damage was estimated at $1 million.", "Damage was estimated at $10 million.", ["number"]),
        (
            "The quake measured 4.6 near Healdsburg.",
            "The quake measured 6.4 near Healdsburg.",
            ["number"],
        ),
        ("It is his first trip abroad.", "It is his second trip abroad.", ["number"]),
        # one sum of money each: a different sum in any place is another claim
        ("Apple will ship the laptop at the end of the month for $2,799.",
         "The laptop will retail in Malaysia for RM10,099.", ["number"]),
        ("The FBI offered a $25,000 reward.", "A reward of $35,000 was offered by the FBI.", ["number"]),
        # one sum, written two ways; two sums against one (a conversion) is no conflict
        ("The FBI offered a $25,000 reward.", "A reward of 25,000 dollars was offered by the FBI.", []),
        ("The laptop costs RM10,099 ($2,799).", "The laptop costs RM10,099 in Malaysia.", []),
        # a code read only as written: "Rm 101" is a room
        ("The meeting was held in Rm 101.", "The meeting was held in room 101.", []),
        ("The ticket costs Rs. 500.", "The ticket costs Rs 500.", []),
        # a figure rounded to the decimals it is written with is the same figure ("1.35
        # million" of 1,352,400 people, "13.5 lakh" the same in South Asian English); one
        # significant digit, or a figure the rounding does not reach, is another
        ("About 1.35 million people spent the night in shelters.",
         "A total of 1,352,400 people spent the night in shelters.", []),
        ("The storm drove 13.5 lakh people into shelters.",
         "The storm drove 1.35 million people into shelters.", []),
        ("About 1.3 million people spent the night in shelters.",
         "A total of 1,352,400 people spent the night in shelters.", ["number"]),
        ("About 2 million people spent the night in shelters.",
         "A total of 2,350,000 people spent the night in shelters.", ["number"]),
        # a share moved to another word is still another share; fewer of the same shares,
        # or one share written two ways, is none (session 26)
        ("Airlines must cut 40% of flights at Orly.", "Airlines must cancel 35% of their Orly flights.",
         ["number"]),
        ("Airlines must cut 40% of flights at Orly and 30% at Nice.",
         "Airlines must cut 40% of their Orly flights.", []),
        ("Turnout was 60 per cent, up from 55 per cent.", "Turnout reached 60%.", []),
        # a share written as a fraction is a rounded percentage: the share it may round is
        # one share, another fraction or a share it cannot round is another (session 31)
        ("20% of the capital gain was owed to the club.",
         "The club was owed a fifth of the capital gain.", []),
        ("Customers withdrew about 18% of the bank's deposits.",
         "Customers withdrew nearly a fifth of the bank's deposits.", []),
        ("Airlines must cancel 40% of their flights at Orly.",
         "Airlines must cut two in five flights at Orly.", []),
        ("The fire destroyed a third of the homes.", "The fire destroyed half of the homes.", ["number"]),
        ("The fire destroyed a third of the homes.", "The fire destroyed 45% of the homes.", ["number"]),
        # "the first half of 2026" is a period, not a share
        ("Talks resume in the first half of 2026.", "Talks resume within the first six months of 2026.", []),
        # a duration is its hours: one duration in two units, or two durations
        ("Sites must contact every participant within 48 hours.",
         "Sites must contact every participant within two days.", []),
        ("Drivers should allow up to 30 minutes of extra time.",
         "Drivers should allow up to half an hour of extra time.", []),
        ("The schools will stay closed for three weeks.", "The schools will stay closed for three days.",
         ["number"]),
        # East African shillings written before or after the amount
        ("Petrol rose by 17.20 shillings.", "Petrol rose by Sh17.20.", []),
        ("Petrol rose by 17.20 shillings.", "Petrol rose by Sh19.80.", ["number"]),
    ],
)
def test_differences_number(a: str, b: str, expected: list[str]) -> None:
    assert differences(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b", "changed"),
    [
        # one count each, moved to another word by the paraphrase
        ("The fire destroyed 40 homes", "Fifty houses were destroyed by the blaze", True),
        ("The fire destroyed 40 homes", "Forty houses were destroyed by the blaze", False),
        ("The earthquake killed 12 people in the province", "The quake left 15 dead", True),
        ("The storm left 300,000 customers without power", "About 250,000 homes lost power", True),
        # a measure or an age is no count: only the magnitudes are counts here, and they agree
        ("A 4.6 quake struck 10 km from Cobb", "A magnitude 4.6 quake hit 3 miles from Cobb", False),
        ("Sixteen-year-old Kimani Gray was shot", "two plainclothes officers shot the teenager", False),
        ("Ms Williams, 91, was found by 2 nurses", "Ms Williams was found by three nurses", True),
        # round plurals are counts of the values they can mean
        ("The storm killed dozens of people", "The storm killed hundreds of people", True),
        ("The storm killed dozens of people", "The storm killed at least 30 people", False),
        ("Tens of thousands marched", "Hundreds of thousands marched", True),
        ("Tens of thousands marched", "About 50,000 people marched", False),
        ("Thousands fled, hundreds of miles from the coast", "Dozens fled", True),
        # "down from 21" is the count it was: the count given is 18
        ("The death toll rose to 21", "The death toll now stands at 18, down from 21", True),
        ("The death toll rose to 21", "The toll rose to 21, up from 18", False),
        # another's count set against the one given is no count of the claim's
        ("127 people had died, more than the 112 reported by the ministry", "112 people were killed", True),
        ("The toll reached 40, compared with 35 a day earlier", "The toll reached 40", False),
        # "more than 30" is a bound, not another's count
        ("More than 30 people died in the fire", "Fifty people died in the fire", True),
        # two counts on one side: which one changed is `slot_conflict`'s to say
        ("The quake killed 12 people and injured 30", "The quake left 15 dead", False),
        # sums of money and percentages are other rules' (`money_conflict`, the slots)
        ("The FBI offered a $25,000 reward", "A reward of $35,000 was offered", False),
        # a code written with its letters ("VR4471", "BA-117") names a thing: it is no count
        ("it had received 14 reports linked to batch VR4471", "Reports linked to the batch have risen to 19",
         True),
        ("Flight BA-117 carried 40 passengers", "Forty passengers were on board", False),
        # a rounded figure is the range it rounds ("1.35 million" / "1,352,400")
        ("around 1.35 million people took refuge", "1,352,400 people were accommodated", False),
        ("around 1.3 million people took refuge", "1,352,400 people were accommodated", True),
    ],
)
def test_changed_count(a: str, b: str, changed: bool) -> None:
    assert changed_count(a, b) is changed
    assert changed_count(b, a) is changed
    assert "number" not in differences("Sixteen-year-old Kimani Gray was shot",
                                       "two plainclothes officers shot the teenager")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Kim arrived in Russia on Tuesday.", "Kim arrived in Russia on Wednesday.", ["date"]),
        ("Shoigu visited North Korea in July.", "Shoigu visited North Korea in June.", ["date"]),
        ("LaRue died on July 24, 2004.", "LaRue died on July 24, 2003.", ["date"]),
        ("The forum runs from September 10-13.", "The forum runs from September 12-15.", ["date"]),
        ("The first call came at 3:33 a.m.", "The first call came at 5:33 a.m.", ["date"]),
        ("Kim will meet Putin next week.", "Kim will meet Putin last week.", ["date"]),
        ("Monday's earthquake hit Qeshm.", "Tuesday's earthquake hit Qeshm.", ["date"]),
        ("The talks ended yesterday.", "The talks ended tomorrow.", ["date"]),
        # a time is its 24-hour reading, "11.42 pm" with a full stop as with a colon
        ("The reactor tripped at 11.42 pm.", "The reactor tripped at 23:42.", []),
        ("The reactor tripped at 11.42 pm.", "The reactor tripped at 22:42.", ["date"]),
    ],
)
def test_differences_date(a: str, b: str, expected: list[str]) -> None:
    assert differences(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Kim will travel to Russia.", "Kim may travel to Russia.", ["modality"]),
        ("Kim would likely travel to Russia.", "Kim will travel to Russia.", ["modality"]),
        ("Moscow is likely to seek shells.", "Moscow might seek shells.", ["modality"]),
        (
            "Climbers must use extreme caution.",
            "Climbers should use extreme caution.",
            ["modality"],
        ),
        (
            "It will take days and could cost more.",
            "It may take days and could cost more.",
            ["modality"],
        ),
        # an appeal tells someone what to do; a statement says what is
        ("We urge the DPRK to cease its arms negotiations with Russia.",
         "The DPRK has ceased its arms negotiations with Russia.", ["modality"]),
        ("We urge the DPRK to cease its arms negotiations.",
         "The DPRK should cease its arms negotiations.", []),
        # the noun is no appeal
        ("He resisted the urge to reply to the letter.", "He did not reply to the letter.", ["negation"]),
        # a "not" denies its own clause: one the other text does not say is detail it leaves
        # out, which the judge reads (session 26); the clause's subject counts as said
        ("The recall would cost Rs 30 crore and would not materially affect its finances.",
         "The recall would cost roughly Rs 30 crore.", []),
        ("Fares would be no higher than they would have been.", "Fares would rise.", ["negation"]),
        ("The ship was not overloaded.", "The ship was overloaded, survivors said.", ["negation"]),
        # reported speech shifts "needs to" back to "needed to": the same obligation as "must"
        ("The country needed to invest more in its bridges.", "The country must invest more in its bridges.",
         []),
        ("The country needed to invest more in its bridges.", "The country invested more in its bridges.",
         ["modality"]),
    ],
)
def test_differences_modality(a: str, b: str, expected: list[str]) -> None:
    assert differences(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Kim met Putin in Vladivostok.", "Kim met Xi in Vladivostok.", ["entity"]),
        ("Shoygu went to North Korea.", "Shoygu went to South Korea.", ["entity"]),
        (
            "Salva Kiir talked of Sudan's invasion.",
            "Salva Kiir talked of Uganda's invasion.",
            ["entity"],
        ),
        (
            "They were arrested by RCMP on Tuesday.",
            "They were arrested by the FBI on Tuesday.",
            ["entity"],
        ),
        ("Putin will host the talks.", "Xi will host the talks.", ["entity"]),
    ],
)
def test_differences_entity(a: str, b: str, expected: list[str]) -> None:
    assert differences(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Reordered words and reported speech.
        (
            "Kim arrived in Russia on Tuesday to meet Putin.",
            "On Tuesday, Kim arrived in Russia to meet Putin.",
        ),
        ("Kim will travel to Russia by train.", "Kim would travel to Russia by train."),
        # Number spellings, and a number only one side gives.
        ("Twenty officials traveled to Russia.", "20 officials traveled to Russia."),
        ("A delegation of 20,000 traveled.", "A delegation of 20 000 traveled."),
        ("A delegation of 20 officials traveled.", "A delegation of officials traveled."),
        ("Sixty-five per cent of traffic was down.", "65% of traffic was down."),
        ("The robbers took a two-million-euro booty.", "The robbers took a €2 million booty."),
        # Name spellings, titles, aliases and seats of government.
        ("Kim Jong Un expects talks to continue.", "Kim Jong-un expects talks to continue."),
        ("Sergey Shoygu visited Pyongyang.", "Minister Sergei Shoigu visited North Korea."),
        (
            "We urge the DPRK to cease.",
            "We urge the Democratic People's Republic of Korea to cease.",
        ),
        ("The U.S. imposed sanctions.", "The United States imposed sanctions."),
        ("The Kremlin was not interested in warnings.", "Moscow was not interested in warnings."),
        ("President Vladimir Putin met Kim.", "Putin met Kim."),
        ("Microsoft patched IE.", "Microsoft patched Internet Explorer."),
        # Dates of different kinds may name the same day; extra detail on one side.
        ("Shoygu went to North Korea last month.", "Shoygu went to North Korea in July."),
        ("His body was discovered Tuesday.", "His body was discovered Tuesday, July 27, 2004."),
        ("The call came at 3 p.m.", "The call came at 3:00 pm."),
        # Both negated, in different words.
        ("The results won't be known for weeks.", "The results are not yet known."),
        # Not a negation, not a modal.
        ("Not only Russia but China came.", "Not only Russia but China came to the forum."),
        ("The battery can run for eight hours.", "The battery will run for eight hours."),
    ],
)
def test_differences_paraphrase_is_empty(a: str, b: str) -> None:
    assert differences(a, b) == []


@given(st.lists(st.sampled_from(VOCABULARY), max_size=25).map(" ".join))
def test_differences_of_a_text_with_itself_is_empty(text: str) -> None:
    assert differences(text, text) == []


# no deadline: the first pair that may exchange roles loads the parser (2 s), which
# hypothesis took for a flaky test when that pair came first
@settings(deadline=None)
@given(
    st.lists(st.sampled_from(VOCABULARY), max_size=25).map(" ".join),
    st.lists(st.sampled_from(VOCABULARY), max_size=25).map(" ".join),
)
def test_differences_is_symmetric_and_sorted(a: str, b: str) -> None:
    found = differences(a, b)
    assert found == differences(b, a)
    assert found == sorted(found)
    assert set(found) <= set(KINDS)


@given(st.text(max_size=80), st.text(max_size=80))
def test_differences_accepts_any_text(a: str, b: str) -> None:
    assert set(differences(a, b)) <= set(KINDS)


@given(
    st.lists(st.sampled_from(VOCABULARY + FIGURE_WORDS), max_size=25).map(" ".join),
    st.lists(st.sampled_from(VOCABULARY + FIGURE_WORDS), max_size=25).map(" ".join),
)
def test_figures_alike_is_symmetric_on_any_figures(a: str, b: str) -> None:
    assert figures_alike(a, b) is figures_alike(b, a)
    assert figures_alike(a, a)


def test_differences_is_sorted_and_uses_known_kinds() -> None:
    found = differences("Kim will meet Putin on Tuesday.", "Kim may not meet Xi on Friday.")
    assert found == sorted(found)
    assert set(found) == {"date", "entity", "modality", "negation"} <= set(KINDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia will supply arms.", True),
        ("Russia will not supply arms.", False),
        ("Russia won't supply arms.", False),
        ("Russia refused to supply arms.", False),
        ("Russia denied supplying arms.", False),
        ("Not only Russia supplies arms.", True),
        ("Bowe was ranked No. 5.", True),
        # "without" marks what went missing, it does not deny the claim
        ("He set out without a partner.", True),
    ],
)
def test_polarity(text: str, expected: bool) -> None:
    assert polarity(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20 officials and twenty officials", ["20", "20"]),
        ("20,000 or 20 000 or twenty thousand", ["20000", "20000", "20000"]),
        ("two hundred and fifty", ["250"]),
        ("Sixty-five per cent, or 65%", ["65%", "65%"]),
        ("$2.6 million, €2 million and two million euros", ["$2600000", "€2000000", "€2000000"]),
        ("RM10,099, Rs 500 and USD 20", ["RM10099", "₹500", "$20"]),
        ("HK$10 billion, HKD 10 billion, Rs. 500, Audi RS 5", ["$10000000000", "$10000000000", "₹500", "5"]),
        ("his first trip, the 11th Doctor", ["1st", "11th"]),
        ("no one came, but one person left", ["1"]),
        ("on July 24, 2004 at 3:33 a.m.", []),
        # shares as fractions (marked "~": rounded), durations in hours, shillings
        ("a fifth of the gain, two-thirds of voters, one in four, half the homes, a third party",
         ["20%~", "67%~", "25%~", "50%~", "3rd"]),
        ("48 hours, two days, a 48-hour strike, half an hour, a week", ["48h", "48h", "48h", "0.5h", "168h"]),
        ("Sh17.20 and 17.20 shillings", ["KSh17.2", "KSh17.2"]),
        # "11.42" is a decimal unless "am" or "pm" follows it
        ("It rose 11.42 points at 11.42 pm", ["11.42"]),
    ],
)
def test_numbers(text: str, expected: list[str]) -> None:
    assert numbers(text) == expected


# ----------------------------------------------------------------- antonyms (WordNet)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Shares of the company rose 5 percent on Monday.",
         "Shares of the company plunged 5 percent on Monday."),
        ("The court declared the contract valid.", "The court declared the contract invalid."),
        ("The defender said the striker was very hard to stop.",
         "The defender said the striker was very easy to stop."),
        ("The council accepted the proposal on Tuesday.", "The council rejected the proposal on Tuesday."),
        ("The new rules leave fewer loopholes for lenders.",
         "The new rules leave more loopholes for lenders."),
        ("The mayor praised the police response.", "The mayor criticized the police response."),
        ("The team won the final in Madrid.", "The team lost the final in Madrid."),
        # function words of opposite meaning (lexicon FUNCTION_OPPOSITES), which WordNet lacks
        ("The senator voted for the measure.", "The senator voted against the measure."),
        ("Most residents were evacuated before the flood.", "Few residents were evacuated before the flood."),
        ("The ship sailed before the storm.", "The ship sailed after the storm."),
        # a longer replaced run, when it is the only edit between the two (session 16)
        ("Hamas has accepted an Egyptian-Qatari ceasefire proposal",
         "Hamas rejected the ceasefire proposal"),
        ("The city had opened additional cooling centers", "The city would close several cooling centers"),
        # opposite first words right after the shared subject, however the rest differs
        # (session 27: one union's vote told both ways)
        ("UAW members approved a new labor agreement with Ford Motor Co.",
         "UAW members rejected the Ford contract"),
        # verbs of opposite outcome WordNet does not oppose (lexicon OPPOSED_VERBS;
        # session 32: the judge read the first as one claim, P(same) 0.78)
        ("The company will cut 200 jobs next year.", "The company will add 200 jobs next year."),
        ("The carrier slashed fares on Monday.", "The carrier hiked fares on Monday."),
        ("Police arrested the two suspects on Monday.", "Police released the two suspects on Monday."),
        ("The government imposed sanctions on the bank.", "The government lifted sanctions on the bank."),
        ("The airline resumed flights to Beirut.", "The airline suspended flights to Beirut."),
        ("The pilot survived the crash.", "The pilot died in the crash."),
        ("The Senate passed the bill on Tuesday.", "The Senate rejected the bill on Tuesday."),
    ],
)
def test_differences_antonym_swap(a: str, b: str) -> None:
    assert differences(a, b) == ["antonym"]
    assert differences(b, a) == ["antonym"]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # Names are the entity rule's, number words the number rule's.
        ("Shoygu flew to North Korea on Monday.", "Shoygu flew to South Korea on Monday.", ["entity"]),
        ("It is his first trip abroad.", "It is his second trip abroad.", ["number"]),
        # A "not" already makes the pair a negation; the swap is not named twice.
        ("The council did not accept the proposal.", "The council rejected the proposal.", []),
        # Opposite words in different places of a free rewording are no swap.
        (
            "Prices rose in the north while wages stayed flat, the report said.",
            "The report found wages flat and prices in the south falling for a second year.",
            [],
        ),
        # Words that are not opposites.
        ("The mayor praised the police response.", "The mayor commended the police response.", []),
        ("The company will cut 200 jobs next year.", "The company will shed 200 jobs next year.", []),
        # a long run with an opposite word is no swap when the texts differ elsewhere too
        ("Hamas said it had accepted a proposal put forward by Egypt and Qatar last week",
         "Hamas rejected the ceasefire proposal, a Hamas official told Al Jazeera", []),
    ],
)
def test_differences_antonym_not_named(a: str, b: str, expected: list[str]) -> None:
    assert "antonym" not in differences(a, b)
    if expected:
        assert expected[0] in differences(a, b)


@pytest.mark.parametrize(
    ("a", "b", "swap"),
    [
        ("The Chamber of Commerce welcomed the rule change.",
         "The Chamber of Commerce opposed the rule change.",
         ("welcomed", "opposed")),
        ("Dalembert agreed to a six year deal on Saturday.",
         "Dalembert rejected a six year deal on Saturday.",
         ("agreed", "rejected")),
        # synonyms in some WordNet sense, spellings, inflections: no swap
        ("The judge held him without bond until the hearing.",
         "The judge held him without bail until the hearing.", None),
        ("Williams died early Thursday in her sleep.",
         "Williams, 91, passed away early Thursday in her sleep.", None),
        ("Four men rammed an upmarket jewellery store.", "Four men rammed an upmarket jewelry store.", None),
        ("The police arrested the man.", "The police arrest the man.", None),
        # names, numbers and function words are other rules' business; two edits are no swap
        ("Kim met Putin in Vladivostok.", "Kim met Xi in Vladivostok.", None),
        ("Kim will meet Putin.", "Kim may meet Putin.", None),
        ("The mayor praised the quick police response.",
         "The governor criticized the police response.", None),
    ],
)
def test_word_swap(a: str, b: str, swap: tuple[str, str] | None) -> None:
    assert word_swap(a, b) == swap
    assert word_swap(b, a) == (swap and (swap[1], swap[0]))


def test_antonym_table_is_shipped_with_its_licence() -> None:
    antonyms = (ANTONYM_DIR / "antonyms.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in antonyms.splitlines()
            if not line.startswith("#")]
    assert len(rows) > 30_000 and all(len(r) == 4 for r in rows)
    assert {r[3] for r in rows} == {"direct", "synset", "similar", "kind-of"}
    assert "Princeton University" in (ANTONYM_DIR / "LICENSE").read_text(encoding="utf-8")
    synset_lines = (ANTONYM_DIR / "synsets.tsv").read_text(encoding="utf-8").splitlines()
    synsets = dict(line.split("\t") for line in synset_lines
                   if not line.startswith("#"))
    assert len(synsets) > 100_000 and set(synsets["bail"].split()) & set(synsets["bond"].split())


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("increasing petrol by 17.20 shillings to 201.50 shillings a liter",
         "increasing petrol by Sh17.20 to Sh201.50 a litre", True),
        ("The reactor tripped at 11.42 pm after a pump failed.",
         "The reactor tripped at 23:42 after a pump failed.", True),
        ("The club was owed 20% of the gain.", "The club was owed a fifth of the gain.", True),
        # another value, or another word, is not one wording
        ("The reactor tripped at 11.42 pm after a pump failed.",
         "The reactor tripped at 22:42 after a pump failed.", False),
        ("increasing petrol by 17.20 shillings", "cutting petrol by Sh17.20", False),
        # a bound or a rate written two ways is one; another bound or period is not, and a
        # bound word before no figure stays a word
        ("Rainfall was less than 40% of the average.", "Rainfall was below 40 percent of the average.", True),
        ("Homes lose power for up to two hours a day.", "Homes lose power for up to two hours daily.", True),
        ("Homes lose power for two hours a day.", "Homes lose power for two hours per day.", True),
        ("Rainfall was less than 40% of the average.", "Rainfall was more than 40% of the average.", False),
        ("Homes lose power for two hours a day.", "Homes lose power for two hours a week.", False),
        ("The children were under supervision.", "The children were below supervision.", False),
    ],
)
def test_figures_alike(a: str, b: str, alike: bool) -> None:
    assert figures_alike(a, b) is alike
    assert figures_alike(b, a) is alike


def test_word_order_similarity() -> None:
    text = "Kim will travel to Russia via armored train."
    assert word_order_similarity(text, text) == 1.0
    assert word_order_similarity(text, "Kim may travel to Russia via armored train.") == pytest.approx(7 / 8)
    assert word_order_similarity(text, "Putin welcomed the guest at a Far East spaceport.") < 0.2
    assert word_order_similarity("", "") == 1.0


@pytest.mark.parametrize(
    ("whole", "part", "run"),
    [
        (
            "I'm usually not nervous before games, and I was a little nervous tonight just because "
            "I felt the pressure,",
            "I felt the pressure, he said, and I was a little nervous",
            None,  # words found, but not in one run: two parts glued, no excerpt
        ),
        (
            "I'm usually not nervous before games, and I was a little nervous tonight because "
            "I felt a lot of pressure.",
            "“I felt a lot of pressure,”",
            "I felt a lot of pressure",
        ),
        (
            "To be a small part of this moment for Tyler is a dream come true for me.",
            "It's a dream come true for me.",  # "It's" is a function word: left out
            "a dream come true for me",
        ),
        ("The talks will continue next week in Moscow, the ministry said.",
         "The talks will continue", None),  # 4 words
        ("Kim will meet Putin in Vladivostok next week.",
         "Kim will meet Putin in Moscow next week.", None),  # same length
        ("Kim said the plant was closed on Monday after the blast.",
         "the plant was reopened on Monday", None),
        # the alignment skips figures: the run takes in the figure beside its edge, so the
        # rules see "25%" against "33%" (it had been cut at "by", and the pair merged)
        ("The deal raises wages by 25% over four and a half years, according to the union.",
         "The deal raises wages by 33%", "The deal raises wages by 25%"),
        ("Unions said 25% of staff joined the strike on Monday in Paris.",
         "33% of staff joined the strike on Monday", "25% of staff joined the strike on Monday"),
    ],
)
def test_excerpt(whole: str, part: str, run: str | None) -> None:
    found = excerpt(whole, part)
    assert (found and found[1]) == run
    if found:
        assert found[0] == part and excerpt(part, whole) == found


def test_antonym_swaps_in_contrast_set_are_caught_and_paraphrases_spared() -> None:
    pairs = _load_contrast_set()
    swaps = [p for p in pairs if p.get("antonym")]
    caught = [p["id"] for p in swaps if set(differences(p["a"], p["b"])) & {"antonym", "negation"}]
    # 6 of 12 (5 antonym, 1 negation) when the table was built (WordNet has no "welcomed" /
    # "opposed"); fewer is a regression
    assert len(caught) >= 6, caught
    wrong = [p["id"] for p in pairs if p["label"] != "distorted" and "antonym" in differences(p["a"], p["b"])]
    assert wrong == []


# ----------------------------------------------------------------- the contrast set


def test_contrast_set_is_well_formed() -> None:
    pairs = _load_contrast_set()
    stances = set(get_args(Stance))
    assert len({p["id"] for p in pairs}) == len(pairs)
    for pair in pairs:
        assert {"id", "a", "b", "label", "kind", "source"} <= pair.keys(), pair["id"]
        assert pair["label"] in LABELS, pair["id"]
        assert pair["a"].strip() and pair["b"].strip() and pair["source"], pair["id"]
        if pair["label"] == "distorted":
            assert pair["kind"] in DISTORTIONS, pair["id"]
        else:
            assert pair["kind"] is None, pair["id"]
        if pair["kind"] == "stance":
            assert pair["stance_a"] in stances and pair["stance_b"] in stances, pair["id"]
            assert pair["stance_a"] != pair["stance_b"], pair["id"]


def test_contrast_set_has_enough_of_each() -> None:
    pairs = _load_contrast_set()
    labels = Counter(p["label"] for p in pairs)
    kinds = Counter(p["kind"] for p in pairs if p["label"] == "distorted")
    assert len(pairs) >= 100
    assert labels["paraphrase"] >= 30
    assert labels["different"] >= 20
    assert labels["distorted"] >= 40
    assert all(kinds[kind] >= 5 for kind in DISTORTIONS), kinds


def _rule_distortions() -> list[dict[str, Any]]:
    # Stance is judged from the claims' stance field, not from the text; an antonym with no
    # "not" ("confirmed" / "denied") is the pair judge's to see, not the rules' (test_judge.py).
    return [p for p in _load_contrast_set()
            if p["label"] == "distorted" and p["kind"] != "stance" and not p.get("antonym")]


def test_differences_catches_distortions_in_contrast_set() -> None:
    pairs = _rule_distortions()
    missed = [p["id"] for p in pairs if not differences(p["a"], p["b"])]
    assert len(missed) <= 0.05 * len(pairs), missed


def test_differences_names_the_distortion_kind_in_contrast_set() -> None:
    pairs = _rule_distortions()
    wrong = [p["id"] for p in pairs if p["kind"] not in differences(p["a"], p["b"])]
    assert len(wrong) <= 0.05 * len(pairs), wrong


def test_differences_spares_paraphrases_in_contrast_set() -> None:
    pairs = [p for p in _load_contrast_set() if p["label"] == "paraphrase"]
    split = {p["id"]: differences(p["a"], p["b"]) for p in pairs}
    split = {k: v for k, v in split.items() if v}
    assert len(split) <= 0.10 * len(pairs), split


def test_contrast_clear_caches_forgets_readings_and_keeps_results() -> None:
    from corroborate.contrast import clear_caches
    from corroborate.contrast.reading import read

    a = "The company said it will cut 300 jobs on Monday."
    b = "The firm said it will cut 500 jobs on Monday."
    found, order = differences(a, b), word_order_similarity(a, b)
    assert "number" in found and 0.8 < order < 1.0
    assert read.cache_info().currsize > 0 and word_order_similarity.cache_info().currsize > 0
    clear_caches()
    assert read.cache_info().currsize == 0 and word_order_similarity.cache_info().currsize == 0
    assert differences(a, b) == found and word_order_similarity(a, b) == order


def test_negated_words_are_the_clause_a_cue_denies() -> None:
    from corroborate.contrast.negation import negated_words
    from corroborate.contrast.tokens import tokenize

    def words(text: str) -> set[str]:
        return set(negated_words(tokenize(text)))

    # the subject before the cue, and two content words after it, within the clause
    assert words("Fares would be no higher than before") == {"fares", "highe", "than"}
    assert words("The recall would cost Rs 30 crore and would not materially affect it") == {
        "mater", "affec"}
    assert words("They met in Russia, which is not to be revealed") == {"revea"}
    assert words("The company denied that its update was to blame") == {"compa", "updat", "blame"}
    assert words("The talks went well") == set()


def test_not_any_is_no_where_the_texts_differ_elsewhere_too() -> None:
    # session 30: with other words changed too, `negated_alike` does not apply, and the
    # antonym rule took "any" / "no" for opposites; the rules now read "not ... any" as "no"
    from corroborate.match.pairs import rule_differences

    a = ("it had not received any reports of patients being harmed, and advised patients not to "
         "stop taking the medicine without first speaking to a doctor")
    b = ("it had received no reports of patients being harmed, and advised patients not to stop "
         "the medicine without first consulting a doctor")
    assert rule_differences(a, b, "asserts", "asserts") == []
    # a comma between the verb and "any", and the reading made on one side only where it
    # brings the two closer
    assert rule_differences("has not paid, and will not pay, any ransom",
                            "had not paid and would not pay any ransom", "asserts", "asserts") == []
    # a "no" against a plain "any" is still a difference
    assert rule_differences("it had received no reports of harm, and advised patients to rest",
                            "it had received many reports of harm, and advised patients to rest",
                            "asserts", "asserts") != []


def test_a_hedge_in_a_relative_clause_only_one_text_has_is_no_modality() -> None:
    from corroborate.match.pairs import rule_differences

    # "whose information may have been accessed" narrows "every patient"
    assert rule_differences("We will write to every patient whose information may have been accessed",
                            "it will write to every affected patient", "asserts", "asserts") == []
    # where both texts have the clause, its hedge is compared as before
    assert rule_differences("the patients, who may be infected, were isolated",
                            "the patients, who are infected, were isolated",
                            "asserts", "asserts") == ["modality"]
    # and a hedge of the claim itself always is
    assert rule_differences("the reactor may restart in April", "the reactor will restart in April",
                            "asserts", "asserts") == ["modality"]


def test_relative_clause_hedges_on_tokens() -> None:
    from corroborate.contrast.modality import has_relative_clause, modal_classes
    from corroborate.contrast.tokens import tokenize

    toks = tokenize("residents who could be affected will be told")
    assert has_relative_clause(toks)
    assert modal_classes(toks) != modal_classes(toks, relative=False) == ((), ())
    # punctuation ends the reach back to the relative word
    far = tokenize("residents who live there; officials could act")
    assert modal_classes(far, relative=False) == modal_classes(far)


def test_opposed_verbs_in_any_place() -> None:
    # the weaker test `match.pairs` asks only where the judge leans to a conflict: a verb of
    # opposite outcome anywhere in the words one text adds
    from corroborate.contrast import opposed_words

    assert opposed_words("UAW members rejected the Ford contract",
                         "Members of the United Auto Workers voted to ratify a new contract with Ford")
    # WordNet's other opposites do not count in any place, only in an aligned slot
    assert not opposed_words("The minister met the union with an offer",
                             "The union left the meeting without a deal, the minister said")
    assert not opposed_words("The board approved the merger", "The board approved the merger on Monday")
    # words of the table that are more often no verb of outcome count only in an aligned slot
    assert not opposed_words("The union rejected the offer",
                             "The union voted down the offer, sending negotiators back to the table")
    assert not opposed_words("The lower house raised the debt ceiling",
                             "The House voted to raise the debt limit")
    # base forms: the same verbs in other forms add no opposite
    assert not opposed_words("cutting jobs and raising prices", "it cut jobs and raised prices")
