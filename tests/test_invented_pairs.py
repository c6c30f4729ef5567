"""The shipped decision (`judge_pair`: the judge, the static evidence and the contrast rules)
on invented news pairs: changed details a paraphrase hides, and paraphrases.

Written in session 14 to look for gaps in the rules, so not held out: three of the rule
changes of that session (`contrast.changed_count` with round plurals, `MatchConfig.swap_same`)
came from the failures here. The two still failing are kept as strict xfails.
"""

from __future__ import annotations

import pytest

from corroborate.match import judge_pair

STILL_MERGED = pytest.mark.xfail(strict=True, reason="a changed detail no rule reads yet")

CHANGED = [
    ("The Kremlin confirmed that Putin will meet Kim next week",
     "The Kremlin denied that Putin will meet Kim next week"),
    ("The senate approved the bill on Tuesday", "The senate rejected the bill on Tuesday"),
    ("Oil prices rose sharply after the announcement", "Oil prices fell sharply after the announcement"),
    ("The meeting will take place in Vladivostok", "The meeting will take place in Moscow"),
    ("Police said the suspect was arrested in Paris", "Police said the suspect was arrested in Lyon"),
    ("The company said profits increased last quarter", "The company said profits decreased last quarter"),
    ("Kim will travel to Russia by train", "Kim will travel to Russia by plane"),
    ("The minister resigned on Monday", "The minister was fired on Monday"),
    ("All passengers survived the crash", "Some passengers survived the crash"),
    ("The court acquitted the former president", "The court convicted the former president"),
    ("Smith won the election with 52% of the vote", "Smith lost the election with 48% of the vote"),
    ("The vaccine is safe for children, the agency said",
     "The vaccine is unsafe for children, the agency said"),
    ("Russia agreed to supply the weapons", "Russia refused to supply the weapons"),
    ("Apple sued Samsung over the patents", "Samsung sued Apple over the patents"),
    ("The mayor supports the new stadium", "The mayor opposes the new stadium"),
    ("The storm killed dozens of people", "The storm killed hundreds of people"),
    ("The shooter was a former employee", "The shooter was a current employee"),
    ("The hospital said his condition was stable", "The hospital said his condition was critical"),
    ("The fire destroyed 40 homes", "Fifty houses were destroyed by the blaze"),
    pytest.param("The strike will end on Friday", "The strike will continue after Friday",
                 marks=STILL_MERGED),
    pytest.param("The bridge collapsed during rush hour",
                 "The bridge collapsed overnight when traffic was light", marks=STILL_MERGED),
]

SAME = [
    ("Putin will meet Kim next week, the Kremlin confirmed",
     "The Kremlin confirmed that Kim and Putin will meet next week"),
    ("The senate approved the bill on Tuesday", "On Tuesday the bill was passed by the senate"),
    ("Oil prices rose sharply after the announcement", "The announcement sent oil prices sharply higher"),
    ("The suspect was arrested in Paris on Sunday", "French police detained the suspect in Paris on Sunday"),
    ("The minister resigned on Monday", "The minister stepped down on Monday"),
    ("The storm killed at least 30 people", "At least 30 people died in the storm"),
    ("The company will cut 4,000 jobs", "The firm plans to eliminate 4,000 positions"),
    ("The hospital said his condition was stable", "He is in stable condition, according to the hospital"),
    ("Russia is seeking artillery shells from North Korea",
     "Moscow wants to buy artillery ammunition from Pyongyang"),
    ("The shooter was a former employee of the firm", "The gunman had previously worked at the company"),
    ("The fire destroyed 40 homes", "Forty houses were destroyed by the blaze"),
]


@pytest.mark.parametrize(("a", "b"), CHANGED)
def test_invented_changed_detail_is_kept_apart(a: str, b: str) -> None:
    j = judge_pair(a, b)
    assert not j.same and j.label == "conflict", j


@pytest.mark.parametrize(("a", "b"), SAME)
def test_invented_paraphrase_is_one_claim(a: str, b: str) -> None:
    j = judge_pair(a, b)
    assert j.same and j.label == "same", j
