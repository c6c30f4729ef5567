"""The shipped decision (`judge_pair`: the judge, the static evidence and the contrast rules)
on invented news pairs: changed details a paraphrase hides, and paraphrases.

Written in session 14 to look for gaps in the rules, so not held out: the rule changes of
that session (`contrast.changed_count` with round plurals, `MatchConfig.swap_same`, the
function-word opposites) came from the failures here. A second batch (`CHANGED_2`, `SAME_2`)
was written before any of it was run: 8 of 15 changes kept apart and 9 of 10 paraphrases
merged at first, 10 of 15 after the function-word opposites, 12 of 15 after session 16's
veto of an aligned opposite word the judge is not sure of (`MatchConfig.antonym_same`). What
still fails is kept as strict xfails.
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


CHANGED_2 = [
    ("The talks will resume next week", "The talks resumed last week"),
    ("Most residents were evacuated before the flood", "Few residents were evacuated before the flood"),
    ("The president will attend the summit", "The president could attend the summit"),
    ("Turnout was higher than in 2016", "Turnout was lower than in 2016"),
    ("Israel said the strike targeted a weapons depot", "Israel said the strike targeted a hospital"),
    ("The ship was carrying grain to Egypt", "The ship was carrying weapons to Egypt"),
    ("The senator voted for the measure", "The senator voted against the measure"),
    ("Prices are expected to rise next year", "Prices are expected to stay flat next year"),
    ("The victim was a 34-year-old man", "The victim was a 34-year-old woman"),
    ("The protest was peaceful, police said", "The protest turned violent, police said"),
    # the static evidence merges these though the judge leans to a conflict; on ECB+ dev
    # topics every such veto tried cost true retellings (bench/README.md, session 14)
    pytest.param("The suspect surrendered to police on Friday", "Police shot the suspect on Friday",
                 marks=STILL_MERGED),
    # an opposite word in the same place ("without" / "with", "close" / "open"), which the
    # judge read as one claim (P(same) 0.46-0.69): kept apart since session 16 (`antonym_same`)
    ("The talks collapsed without agreement", "The talks ended with an agreement"),
    ("The plant will close in March", "The plant will stay open until March"),
    # one verb for another the judge reads as one claim
    pytest.param("The airline cancelled 300 flights on Monday",
                 "The airline delayed 300 flights on Monday", marks=STILL_MERGED),
    pytest.param("The government lifted the curfew", "The government extended the curfew",
                 marks=STILL_MERGED),
]

SAME_2 = [
    ("Kim arrived in Russia on Tuesday for talks with Putin",
     "The North Korean leader reached Russia on Tuesday to hold talks with the Russian president"),
    ("The two leaders discussed military cooperation",
     "Military cooperation was on the agenda when the two leaders met"),
    ("The flood forced thousands of people from their homes", "Thousands were displaced by the flooding"),
    ("Officials said the fire was started deliberately",
     "The blaze was set on purpose, according to officials"),
    ("The government will raise the minimum wage in January",
     "Starting in January, the minimum wage will go up, the government said"),
    ("The striker signed a three-year contract with the club",
     "The club has signed the striker to a three-year deal"),
    ("Police are searching for a man who fled the scene",
     "A man who ran from the scene is being sought by police"),
    ("The bill passed the House by a vote of 220 to 210", "The House approved the bill 220-210"),
    ("The central bank left interest rates unchanged", "The central bank kept rates on hold"),
    pytest.param("The company denied any wrongdoing", "The firm said it had done nothing wrong",
                 marks=pytest.mark.xfail(strict=True, reason="the judge reads a conflict (P(same) 0.15)")),
]


# A third batch, written blind after the rule changes: retellings of one statement as outlets
# word them (10 of 15 merged), and other statements of the same story (6 of 6 apart). The
# misses are the judge's: it reads them as different claims (P(same) 0.06-0.28).
JUDGE_MISSES = pytest.mark.xfail(strict=True, reason="the judge reads a loose retelling as another claim")

SAME_3 = [
    ("the meeting would take place later this month in the far eastern city of Vladivostok",
     "Kim and Putin are expected to meet in Vladivostok in the coming weeks"),
    ("the company would cut about 5,000 jobs as part of a restructuring",
     "about 5,000 positions will be eliminated in the restructuring"),
    ("the suspect had been arrested on Sunday night at his home in Lyon",
     "a suspect was detained at his Lyon home late Sunday"),
    ("the ceasefire would take effect at midnight", "a truce will begin at midnight"),
    ("the drug reduced deaths by 30 percent in the trial",
     "in the trial, deaths fell 30 percent among patients who took the drug"),
    ("no one was injured in the blast", "the explosion caused no injuries"),
    ("the plane lost contact with air traffic control shortly after takeoff",
     "contact with the aircraft was lost minutes after it took off"),
    ("the border crossing would remain closed until further notice",
     "the crossing stays shut indefinitely"),
    ("Kim would likely travel by armored train", "Kim is expected to make the trip in his armored train"),
    ("the fire was caused by an electrical fault", "an electrical fault sparked the blaze"),
    pytest.param("Russia was not interested in White House warnings",
                 "the Kremlin dismissed warnings from Washington", marks=JUDGE_MISSES),
    pytest.param("the two leaders would discuss weapons supplies",
                 "arms deliveries are expected to be on the agenda of the talks between the two leaders",
                 marks=JUDGE_MISSES),
    pytest.param("the rescue operation would continue through the night",
                 "rescuers will keep searching overnight", marks=JUDGE_MISSES),
    pytest.param("the minister had no plans to resign", "the minister said he would not step down",
                 marks=JUDGE_MISSES),
    # one since session 28: judge_pair reads "he expected" as the attribution it is and
    # judges the content ("the talks to continue, ...") against the other text
    ("he expected the talks to continue, including a leader-level meeting in Russia",
     "there will be a rare meeting between the two leaders in Russia"),
]

OTHER_3 = [
    ("the meeting would take place later this month in Vladivostok",
     "the two leaders would discuss weapons supplies"),
    ("the suspect had been arrested on Sunday night", "the suspect will appear in court on Tuesday"),
    ("no one was injured in the blast", "the blast shattered windows across the neighbourhood"),
    ("the company would cut about 5,000 jobs", "the company's shares rose 4 percent after the announcement"),
    ("the ceasefire would take effect at midnight", "both sides accused each other of violating the truce"),
    ("Kim would likely travel by armored train", "Kim last visited Russia in 2019"),
]

# Session 31: one figure written two ways (a fraction and a percentage, hours and days, a
# shilling sign and the word, a 12- and a 24-hour time) and a figure changed in another unit.
# Written after the story sets showed such pairs kept apart, so not held out.
SAME_FIGURES = [
    ("Fuel prices rose by 17.20 shillings a litre in Nairobi",
     "Fuel prices rose by Sh17.20 a liter in Nairobi"),
    ("The strike will last 48 hours, the union said", "The strike will last two days, the union said"),
    ("A fifth of the flights were cancelled on Thursday", "20% of the flights were cancelled on Thursday"),
    ("The reactor shut down automatically at 11.42 pm", "The reactor shut down automatically at 23:42"),
]
CHANGED_FIGURES = [
    ("The strike will last three days, the union said", "The strike will last three weeks, the union said"),
    ("A third of the flights were cancelled on Thursday", "Half of the flights were cancelled on Thursday"),
    ("Fuel prices rose by 17.20 shillings a litre", "Fuel prices rose by Sh19.80 a litre"),
]


@pytest.mark.parametrize(("a", "b"), OTHER_3)
def test_invented_other_statement_of_the_story_stays_apart(a: str, b: str) -> None:
    assert not judge_pair(a, b).same


@pytest.mark.parametrize(("a", "b"), CHANGED + CHANGED_2 + CHANGED_FIGURES)
def test_invented_changed_detail_is_kept_apart(a: str, b: str) -> None:
    j = judge_pair(a, b)
    assert not j.same and j.label == "conflict", j


@pytest.mark.parametrize(("a", "b"), SAME + SAME_2 + SAME_3 + SAME_FIGURES)
def test_invented_paraphrase_is_one_claim(a: str, b: str) -> None:
    j = judge_pair(a, b)
    assert j.same and j.label == "same", j
