"""The "according to" family: "according to X", "per X" and "in a new poll, ..." adjuncts.

Each construction is tested on a hand-built Doc that encodes the parse it handles (and the
misparses its code survives), on parsed sentences, and on a look-alike it must leave alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.attribution import find_attributions
from tests.attribution.helpers import Roles, assert_rule, attributions, claims_of, roles

ACCORDING_TO = "according.according_to"
PER = "according.per"
POLL = "according.poll"




def only(doc: Doc, rule: str) -> Roles:
    """The roles of the one attribution found in a hand-built Doc, built by `rule`."""
    (att,) = find_attributions(doc)
    assert_rule(att, rule)
    return roles(doc.text, att)


def nothing(doc: Doc) -> None:
    """No rule fires on a hand-built Doc."""
    assert find_attributions(doc) == []


# ------------------------------------------------------------------ "according to X"
def test_according_to_after_its_clause(make_doc: Callable[..., Doc]) -> None:
    # a sentence-final phrase after a comma: the sentence before the comma is the content
    doc = make_doc(
        ["The", "depot", "will", "close", "in", "June", ",", "according", "to", "two", "officials", "."],
        [1, 3, 3, 3, 3, 4, 3, 3, 7, 10, 8, 3],
        ["det", "nsubj", "aux", "ROOT", "prep", "pobj", "punct", "prep", "prep", "nummod", "pobj", "punct"],
        pos=["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "ADP", "NUM", "NOUN", "PUNCT"],
        tags=["DT", "NN", "MD", "VB", "IN", "NNP", ",", "VBG", "IN", "CD", "NNS", "."],
        lemmas=["the", "depot", "will", "close", "in", "June", ",", "accord", "to", "two", "official", "."],
    )
    assert only(doc, ACCORDING_TO) == ("two officials", "according to", "The depot will close in June")


def test_according_to_opening_its_clause(make_doc: Callable[..., Doc]) -> None:
    # the phrase hangs on the clause's verb: the clause, less the phrase, is the content
    doc = make_doc(
        ["According", "to", "the", "fire", "chief", ",", "the", "blaze", "started", "in", "a", "kitchen",
         "."],
        [8, 0, 4, 4, 1, 8, 7, 8, 8, 8, 11, 9, 8],
        ["prep", "prep", "det", "compound", "pobj", "punct", "det", "nsubj", "ROOT", "prep", "det", "pobj",
         "punct"],
        pos=["VERB", "ADP", "DET", "NOUN", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "ADP", "DET", "NOUN",
             "PUNCT"],
        tags=["VBG", "IN", "DT", "NN", "NN", ",", "DT", "NN", "VBD", "IN", "DT", "NN", "."],
        lemmas=["accord", "to", "the", "fire", "chief", ",", "the", "blaze", "start", "in", "a", "kitchen",
                "."],
    )
    assert only(doc, ACCORDING_TO) == ("the fire chief", "According to", "the blaze started in a kitchen")


def test_according_to_parsed_as_the_root(make_doc: Callable[..., Doc]) -> None:
    # the misparse the rule survives: "According" is the root and the clause it qualifies an
    # apposition of the source; the source ends at the first comma, the content follows it
    doc = make_doc(
        ["According", "to", "the", "fire", "chief", ",", "the", "blaze", "started", "in", "a", "kitchen",
         "."],
        [0, 0, 4, 4, 1, 4, 7, 8, 4, 8, 11, 9, 0],
        ["ROOT", "prep", "det", "compound", "pobj", "punct", "det", "nsubj", "appos", "prep", "det", "pobj",
         "punct"],
        pos=["VERB", "ADP", "DET", "NOUN", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "ADP", "DET", "NOUN",
             "PUNCT"],
        tags=["VBG", "IN", "DT", "NN", "NN", ",", "DT", "NN", "VBD", "IN", "DT", "NN", "."],
        lemmas=["accord", "to", "the", "fire", "chief", ",", "the", "blaze", "start", "in", "a", "kitchen",
                "."],
    )
    assert only(doc, ACCORDING_TO) == ("the fire chief", "According to", "the blaze started in a kitchen")


def test_according_to_final_when_the_clause_hangs_on_the_source(make_doc: Callable[..., Doc]) -> None:
    # the misparse the words overrule: "according" the root and the clause before it a
    # relative clause on the source's name; a sentence-final phrase takes the sentence before
    # its comma as content and everything after "to" as source
    doc = make_doc(
        ["The", "ferry", "will", "stop", "running", ",", "according", "to", "Ann", "Berg", "."],
        [1, 3, 3, 9, 3, 6, 6, 6, 9, 7, 6],
        ["det", "nsubj", "aux", "relcl", "xcomp", "punct", "ROOT", "prep", "compound", "pobj", "punct"],
        pos=["DET", "NOUN", "AUX", "VERB", "VERB", "PUNCT", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
        tags=["DT", "NN", "MD", "VB", "VBG", ",", "VBG", "IN", "NNP", "NNP", "."],
        lemmas=["the", "ferry", "will", "stop", "run", ",", "accord", "to", "Ann", "Berg", "."],
        ents=["O", "O", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"],
    )
    assert only(doc, ACCORDING_TO) == ("Ann Berg", "according to", "The ferry will stop running")


def test_according_to_a_source_the_tagger_reads_as_a_verb(make_doc: Callable[..., Doc]) -> None:
    # "according to show insiders": "show" tagged a verb, the complement of "to" (pcomp)
    doc = make_doc(
        ["The", "singer", "mocked", "the", "crew", ",", "according", "to", "show", "insiders", "."],
        [1, 2, 2, 4, 2, 2, 2, 6, 7, 8, 2],
        ["det", "nsubj", "ROOT", "det", "dobj", "punct", "prep", "prep", "pcomp", "dobj", "punct"],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADP", "VERB", "NOUN", "PUNCT"],
        tags=["DT", "NN", "VBD", "DT", "NN", ",", "VBG", "IN", "VB", "NNS", "."],
        lemmas=["the", "singer", "mock", "the", "crew", ",", "accord", "to", "show", "insider", "."],
    )
    # (without the cue finder, which scores it low, "show" is also read as a cue verb of its own)
    according = [a for a in find_attributions(doc) if a.cue_lemma == "according to"]
    assert [roles(doc.text, a) for a in according] == [
        ("show insiders", "according to", "The singer mocked the crew")]
    assert_rule(according[0], ACCORDING_TO)


def test_according_to_stops_before_a_coordinated_clause(make_doc: Callable[..., Doc]) -> None:
    # ", according to town records, and was never rebuilt": the source ends at ", and"
    doc = make_doc(
        ["The", "mill", "burned", "down", "in", "1952", ",", "according", "to", "town", "records", ",",
         "and", "was", "never", "rebuilt", "."],
        [1, 2, 2, 2, 2, 4, 2, 2, 7, 10, 8, 2, 2, 15, 15, 2, 2],
        ["det", "nsubj", "ROOT", "prt", "prep", "pobj", "punct", "prep", "prep", "compound", "pobj",
         "punct", "cc", "auxpass", "neg", "conj", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "ADP", "NUM", "PUNCT", "VERB", "ADP", "NOUN", "NOUN", "PUNCT",
             "CCONJ", "AUX", "ADV", "VERB", "PUNCT"],
        tags=["DT", "NN", "VBD", "RP", "IN", "CD", ",", "VBG", "IN", "NN", "NNS", ",", "CC", "VBD", "RB",
              "VBN", "."],
        lemmas=["the", "mill", "burn", "down", "in", "1952", ",", "accord", "to", "town", "record", ",",
                "and", "be", "never", "rebuild", "."],
    )
    assert only(doc, ACCORDING_TO) == ("town records", "according to", "The mill burned down in 1952")


def test_according_to_inside_its_clause(make_doc: Callable[..., Doc]) -> None:
    # not sentence-final (the root comes after the phrase): the clause the phrase hangs on,
    # from after the phrase
    doc = make_doc(
        ["Nearly", "60", "percent", "of", "them", ",", "according", "to", "the", "poll", ",", "have",
         "never", "visited", "the", "park", "."],
        [1, 2, 13, 2, 3, 2, 13, 6, 9, 7, 6, 13, 13, 13, 15, 13, 13],
        ["advmod", "nummod", "nsubj", "prep", "pobj", "punct", "prep", "prep", "det", "pobj", "punct",
         "aux", "neg", "ROOT", "det", "dobj", "punct"],
        pos=["ADV", "NUM", "NOUN", "ADP", "PRON", "PUNCT", "VERB", "ADP", "DET", "NOUN", "PUNCT", "AUX",
             "ADV", "VERB", "DET", "NOUN", "PUNCT"],
        tags=["RB", "CD", "NN", "IN", "PRP", ",", "VBG", "IN", "DT", "NN", ",", "VBP", "RB", "VBN", "DT",
              "NN", "."],
        lemmas=["nearly", "60", "percent", "of", "they", ",", "accord", "to", "the", "poll", ",", "have",
                "never", "visit", "the", "park", "."],
    )
    assert only(doc, ACCORDING_TO) == ("the poll", "according to", "have never visited the park")


def test_according_to_with_the_clause_subject_read_as_its_apposition(
        make_doc: Callable[..., Doc]) -> None:
    # the misparse: the clause's conjoined subject hangs on the source as an apposition and the
    # clause has no subject; the source ends at the comma, the content starts at the subject
    doc = make_doc(
        ["According", "to", "Marsh", ",", "300", "operations", "and", "2,000", "appointments", "have",
         "been", "called", "off", "."],
        [11, 0, 1, 2, 5, 2, 5, 8, 5, 11, 11, 11, 11, 11],
        ["prep", "prep", "pobj", "punct", "nummod", "appos", "cc", "nummod", "conj", "aux", "auxpass",
         "ROOT", "prt", "punct"],
        pos=["VERB", "ADP", "PROPN", "PUNCT", "NUM", "NOUN", "CCONJ", "NUM", "NOUN", "AUX", "AUX", "VERB",
             "ADP", "PUNCT"],
        tags=["VBG", "IN", "NNP", ",", "CD", "NNS", "CC", "CD", "NNS", "VBP", "VBN", "VBN", "RP", "."],
        lemmas=["accord", "to", "Marsh", ",", "300", "operation", "and", "2,000", "appointment", "have",
                "be", "call", "off", "."],
    )
    assert only(doc, ACCORDING_TO) == (
        "Marsh", "According to", "300 operations and 2,000 appointments have been called off")


def test_according_to_keeps_an_apposition_when_the_clause_has_its_subject(
        make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        ["According", "to", "Marsh", ",", "the", "chief", ",", "300", "operations", "were", "called",
         "off", "."],
        [10, 0, 1, 2, 5, 2, 2, 8, 10, 10, 10, 10, 10],
        ["prep", "prep", "pobj", "punct", "det", "appos", "punct", "nummod", "nsubjpass", "auxpass",
         "ROOT", "prt", "punct"],
        pos=["VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "NUM", "NOUN", "AUX", "VERB", "ADP",
             "PUNCT"],
        tags=["VBG", "IN", "NNP", ",", "DT", "NN", ",", "CD", "NNS", "VBD", "VBN", "RP", "."],
        lemmas=["accord", "to", "Marsh", ",", "the", "chief", ",", "300", "operation", "be", "call", "off",
                "."],
    )
    assert only(doc, ACCORDING_TO) == ("Marsh, the chief", "According to", "300 operations were called off")


def test_according_without_to_is_no_cue(make_doc: Callable[..., Doc]) -> None:
    # "accordingly"-like uses: "according" with no "to" child anchors nothing
    doc = make_doc(
        ["They", "acted", "according", "."],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "advmod", "punct"],
        pos=["PRON", "VERB", "VERB", "PUNCT"],
        tags=["PRP", "VBD", "VBG", "."],
        lemmas=["they", "act", "accord", "."],
    )
    nothing(doc)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Voters are tired of the delays, according to a survey by the county.",
         ("a survey by the county", "according to", "Voters are tired of the delays")),
        ("The depot will close in June, according to two people familiar with the plan.",
         ("two people familiar with the plan", "according to", "The depot will close in June")),
        ("According to the fire chief, the blaze started in a kitchen.",
         ("the fire chief", "According to", "the blaze started in a kitchen")),
        ("The mill burned down in 1952, according to town records, and was never rebuilt.",
         ("town records", "according to", "The mill burned down in 1952")),
        ("Nearly 60 percent of them, according to the poll, have never visited the park.",
         ("the poll", "according to", "have never visited the park")),
        # the parser reads the conjoined subject as the source's apposition
        ("According to Marsh, nearly 300 operations and around 2,000 outpatient appointments have "
         "been called off.",
         ("Marsh", "According to", "nearly 300 operations and around 2,000 outpatient appointments "
                                   "have been called off")),
    ],
)
def test_according_to_parsed(nlp: Language, text: str, expected: Roles) -> None:
    (att,) = attributions(nlp, text)
    assert roles(text, att) == expected
    assert_rule(att, ACCORDING_TO)


# copied from tests/test_extract.py (test_extract_according_and_told, its "according to" cases)
@pytest.mark.parametrize(
    "text,expected",
    [
        # a sentence-final "according to": the words decide, not a parse that hangs the clause
        # before on the source
        ("First-year students with no savings might not be so lucky, according to "
         "Mark Dole, who was an adviser to the board.",
         [("Mark Dole, who was an adviser to the board", "according to",
           "First-year students with no savings might not be so lucky")]),
        # ... also when the tagger reads a word of the source as a verb ("show")
        ("During the tour, the singer often mocked the crew with crude jokes, according to show "
         "insiders.",
         [("show insiders", "according to",
           "During the tour, the singer often mocked the crew with crude jokes")]),
        # ... and its source stops before a coordinated clause
        ("The parents watched the footage on Monday, according to their lawyers, and said "
         "they came away with more doubts.",
         [("their lawyers", "according to", "The parents watched the footage on Monday")]),
    ],
)
def test_according_final_phrase(nlp: Language, text: str, expected: list[Roles]) -> None:
    atts = [a for a in attributions(nlp, text) if roles(text, a)[1] == "according to"]
    assert [roles(text, a) for a in atts] == expected
    for att in atts:
        assert_rule(att, ACCORDING_TO)


# copied from tests/test_extract.py (test_extract_more_misparsed_constructions)
@pytest.mark.parametrize(
    "text,expected",
    [
        # "According" parsed as the root: the phrase itself is no content
        ("According to the network, basically.", []),
        ("According to veteran talk show host Jane Roe, the plan smells of “fear” and haste.",
         [("veteran talk show host Jane Roe", "According to", "the plan smells of “fear” and haste")]),
        # a title in quotes before a verb with its own object is not what the verb says
        ("As the station chief at “The Night Desk,” John Doe repeatedly demeaned callers with "
         "crude remarks, according to former staff.",
         [("former staff", "according to", "As the station chief at “The Night Desk,” John Doe "
                                           "repeatedly demeaned callers with crude remarks")]),
    ],
)
def test_according_to_misparsed(nlp: Language, text: str, expected: list[Roles]) -> None:
    atts = attributions(nlp, text)
    assert [roles(text, a) for a in atts] == expected
    for att in atts:
        assert_rule(att, ACCORDING_TO)


def test_according_to_alone(nlp: Language) -> None:
    # copied from tests/test_extract.py (test_extract_according_to_alone)
    text = "Kim will travel in an armored train to Russia, according to U.S. and allied officials."
    (claim,) = claims_of(nlp, text)
    assert claim.cue.text == "according to"
    assert claim.source.text == "U.S. and allied officials"
    assert claim.content.text == "Kim will travel in an armored train to Russia"
    (att,) = attributions(nlp, text)
    assert_rule(att, ACCORDING_TO)


def test_according_to_makes_the_outlet_via(nlp: Language) -> None:
    # copied from tests/test_extract.py (test_extract_according_to_makes_the_outlet_via): the
    # claim inside the phrase's content is the officials'; the outlet is how it came
    text = ("Privately, officials believe the meeting could happen as soon as next week, "
            "according to the New York Times.")
    (claim,) = claims_of(nlp, text)
    assert claim.source.text == "officials"
    assert claim.speaker_kind == "collective"
    assert claim.content.text == "the meeting could happen as soon as next week"
    assert claim.via == "The New York Times"


# ------------------------------------------------------------------ "per X"
def test_per_the_report(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        ["The", "talks", "collapsed", "on", "Monday", ",", "per", "the", "report", "."],
        [1, 2, 2, 2, 3, 2, 2, 8, 6, 2],
        ["det", "nsubj", "ROOT", "prep", "pobj", "punct", "prep", "det", "pobj", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "ADP", "DET", "NOUN", "PUNCT"],
        tags=["DT", "NNS", "VBD", "IN", "NNP", ",", "IN", "DT", "NN", "."],
        lemmas=["the", "talk", "collapse", "on", "Monday", ",", "per", "the", "report", "."],
    )
    assert only(doc, PER) == ("the report", "per", "The talks collapsed on Monday")


def test_per_a_name(make_doc: Callable[..., Doc]) -> None:
    # a proper noun after "per" names a source even without a determiner
    doc = make_doc(
        ["The", "budget", "will", "be", "cut", "by", "a", "third", ",", "per", "Reuters", "."],
        [1, 4, 4, 4, 4, 4, 7, 5, 7, 7, 9, 4],
        ["det", "nsubjpass", "aux", "auxpass", "ROOT", "agent", "det", "pobj", "punct", "prep", "pobj",
         "punct"],
        pos=["DET", "NOUN", "AUX", "AUX", "VERB", "ADP", "DET", "ADJ", "PUNCT", "ADP", "PROPN", "PUNCT"],
        tags=["DT", "NN", "MD", "VB", "VBN", "IN", "DT", "JJ", ",", "IN", "NNP", "."],
        lemmas=["the", "budget", "will", "be", "cut", "by", "a", "third", ",", "per", "Reuters", "."],
        ents=["O", "O", "O", "O", "O", "O", "O", "B-ORDINAL", "O", "O", "B-ORG", "O"],
    )
    assert only(doc, PER) == ("Reuters", "per", "The budget will be cut by a third")


def test_per_a_plural(make_doc: Callable[..., Doc]) -> None:
    # a plural common noun ("per county officials") names a source too
    doc = make_doc(
        ["The", "budget", "will", "be", "cut", "by", "a", "third", ",", "per", "county", "officials", "."],
        [1, 4, 4, 4, 4, 4, 7, 5, 7, 7, 11, 9, 4],
        ["det", "nsubjpass", "aux", "auxpass", "ROOT", "agent", "det", "pobj", "punct", "prep", "compound",
         "pobj", "punct"],
        pos=["DET", "NOUN", "AUX", "AUX", "VERB", "ADP", "DET", "ADJ", "PUNCT", "ADP", "NOUN", "NOUN",
             "PUNCT"],
        tags=["DT", "NN", "MD", "VB", "VBN", "IN", "DT", "JJ", ",", "IN", "NN", "NNS", "."],
        lemmas=["the", "budget", "will", "be", "cut", "by", "a", "third", ",", "per", "county", "official",
                "."],
    )
    assert only(doc, PER) == ("county officials", "per", "The budget will be cut by a third")


def test_per_a_unit_is_a_rate(make_doc: Callable[..., Doc]) -> None:
    # "$9,000 per pupil": a bare singular common noun after "per" is a unit
    doc = make_doc(
        ["The", "program", "costs", "$", "9,000", "per", "pupil", "."],
        [1, 2, 2, 4, 2, 4, 5, 2],
        ["det", "nsubj", "ROOT", "nmod", "dobj", "prep", "pobj", "punct"],
        pos=["DET", "NOUN", "VERB", "SYM", "NUM", "ADP", "NOUN", "PUNCT"],
        tags=["DT", "NN", "VBZ", "$", "CD", "IN", "NN", "."],
        lemmas=["the", "program", "cost", "$", "9,000", "per", "pupil", "."],
        spaces=[True, True, True, False, True, True, False, False],
    )
    nothing(doc)


def test_per_cent_is_a_rate(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        ["Rents", "rose", "4", "per", "cent", "last", "year", "."],
        [1, 1, 1, 1, 3, 6, 1, 1],
        ["nsubj", "ROOT", "npadvmod", "prep", "pobj", "amod", "npadvmod", "punct"],
        pos=["NOUN", "VERB", "NUM", "ADP", "NOUN", "ADJ", "NOUN", "PUNCT"],
        tags=["NNS", "VBD", "CD", "IN", "NN", "JJ", "NN", "."],
        lemmas=["rent", "rise", "4", "per", "cent", "last", "year", "."],
    )
    nothing(doc)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The budget will be cut by a third, per county officials.",
         ("county officials", "per", "The budget will be cut by a third")),
        ("The budget will be cut by a third, per Reuters.",
         ("Reuters", "per", "The budget will be cut by a third")),
        ("The budget will be cut by a third, per the mayor's office.",
         ("the mayor's office", "per", "The budget will be cut by a third")),
    ],
)
def test_per_parsed(nlp: Language, text: str, expected: Roles) -> None:
    (att,) = attributions(nlp, text)
    assert roles(text, att) == expected
    assert_rule(att, PER)


# copied from tests/test_extract.py (test_extract_more_misparsed_constructions)
@pytest.mark.parametrize(
    "text,expected",
    [
        # "per student" is a rate, "per the report" a source
        ("The program costs $9,000 per pupil.", []),
        ("The talks collapsed on Monday, per the report.",
         [("the report", "per", "The talks collapsed on Monday")]),
    ],
)
def test_per_rate_or_source(nlp: Language, text: str, expected: list[Roles]) -> None:
    atts = attributions(nlp, text)
    assert [roles(text, a) for a in atts] == expected
    for att in atts:
        assert_rule(att, PER)


@pytest.mark.parametrize(
    "text",
    [
        "Rents rose 4 per cent last year.",
        "Tickets cost ten dollars per person.",
        "The bus runs twice per hour.",
        "The bus runs twice per year.",
    ],
)
def test_per_rates_are_no_sources(nlp: Language, text: str) -> None:
    assert attributions(nlp, text) == []


def test_per_the_report_names_the_last_outlet(nlp: Language) -> None:
    # copied from tests/test_extract.py (test_extract_per_the_report_names_the_last_outlet):
    # "per the report" is the outlet named before, and it is the via of the claim inside
    text = ("The lawmaker had been briefed by the spy agency Monday, according to the Associated "
            "Press. Russia’s Ambassador to North Korea, Alexander Matsegora recently mused that "
            "such joint exercises “seems appropriate,” per the report.")
    claims = claims_of(nlp, text)
    mused = [c for c in claims if "mused" in c.cue.text]
    assert len(mused) == 1
    assert mused[0].speaker == "Alexander Matsegora"
    assert mused[0].via == "Associated Press"
    assert "per the report" not in mused[0].content.text


# ------------------------------------------------------------------ "in a new poll, ..."
def test_in_a_poll(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        ["In", "the", "latest", "poll", ",", "the", "governor", "trails", "by", "three", "points", "."],
        [7, 3, 3, 0, 7, 6, 7, 7, 7, 10, 8, 7],
        ["prep", "det", "amod", "pobj", "punct", "det", "nsubj", "ROOT", "prep", "nummod", "pobj", "punct"],
        pos=["ADP", "DET", "ADJ", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "ADP", "NUM", "NOUN", "PUNCT"],
        tags=["IN", "DT", "JJS", "NN", ",", "DT", "NN", "VBZ", "IN", "CD", "NNS", "."],
        lemmas=["in", "the", "late", "poll", ",", "the", "governor", "trail", "by", "three", "point", "."],
    )
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == ("the latest poll", "In", "the governor trails by three points")
    assert (att.cue_lemma, att.kind, att.confidence) == ("in", "in", 0.6)
    assert_rule(att, POLL)


def test_in_polls_inside_a_subject_is_no_poll(make_doc: Callable[..., Doc]) -> None:
    # "The senator's lead in recent polls has narrowed": "in" hangs on the subject noun
    doc = make_doc(
        ["The", "senator", "'s", "lead", "in", "recent", "polls", "has", "narrowed", "."],
        [1, 3, 1, 8, 3, 6, 4, 8, 8, 8],
        ["det", "poss", "case", "nsubj", "prep", "amod", "pobj", "aux", "ROOT", "punct"],
        pos=["DET", "NOUN", "PART", "NOUN", "ADP", "ADJ", "NOUN", "AUX", "VERB", "PUNCT"],
        tags=["DT", "NN", "POS", "NN", "IN", "JJ", "NNS", "VBZ", "VBN", "."],
        lemmas=["the", "senator", "'s", "lead", "in", "recent", "poll", "have", "narrow", "."],
    )
    nothing(doc)


def test_in_a_study_under_a_subject_is_no_study(make_doc: Callable[..., Doc]) -> None:
    # "Patients receiving the drug in the study will keep it": "in" hangs on a participle
    # of the subject, below the subject noun
    doc = make_doc(
        ["Patients", "receiving", "the", "drug", "in", "the", "study", "will", "keep", "it", "."],
        [8, 0, 3, 1, 1, 6, 4, 8, 8, 8, 8],
        ["nsubj", "acl", "det", "dobj", "prep", "det", "pobj", "aux", "ROOT", "dobj", "punct"],
        pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "AUX", "VERB", "PRON", "PUNCT"],
        tags=["NNS", "VBG", "DT", "NN", "IN", "DT", "NN", "MD", "VB", "PRP", "."],
        lemmas=["patient", "receive", "the", "drug", "in", "the", "study", "will", "keep", "it", "."],
    )
    nothing(doc)


def test_than_in_polls_is_no_poll(make_doc: Callable[..., Doc]) -> None:
    # "better than in earlier polls" compares; no poll says anything
    doc = make_doc(
        ["He", "did", "better", "than", "in", "earlier", "polls", "."],
        [1, 1, 1, 2, 3, 6, 4, 1],
        ["nsubj", "ROOT", "advmod", "prep", "prep", "amod", "pobj", "punct"],
        pos=["PRON", "VERB", "ADV", "ADP", "ADP", "ADJ", "NOUN", "PUNCT"],
        tags=["PRP", "VBD", "RBR", "IN", "IN", "JJR", "NNS", "."],
        lemmas=["he", "do", "well", "than", "in", "early", "poll", "."],
    )
    nothing(doc)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In a new Gallup poll, the senator leads by six points.",
         ("a new Gallup poll", "In", "the senator leads by six points")),
        ("In the latest poll, the governor trails by three points.",
         ("the latest poll", "In", "the governor trails by three points")),
        ("In a new study, dentists found fewer cavities in children.",
         ("a new study", "In", "dentists found fewer cavities in children")),
    ],
)
def test_in_a_poll_parsed(nlp: Language, text: str, expected: Roles) -> None:
    (att,) = attributions(nlp, text)
    assert roles(text, att) == expected
    assert_rule(att, POLL)


def test_in_a_survey_with_a_cue_of_its_own(nlp: Language) -> None:
    # "In a recent survey, most tenants said ...": the tenants' statement is the claim
    text = "In a recent survey, most tenants said the rent was too high."
    (att,) = attributions(nlp, text)
    assert roles(text, att) == ("most tenants", "said", "the rent was too high")
    assert_rule(att, "verbs.cue_verb")


# copied from tests/test_extract.py (test_extract_more_misparsed_constructions)
@pytest.mark.parametrize(
    "text,expected,rule",
    [
        # "in some polls" inside a subject is no "in a new poll, X leads" attribution
        ("The mayor's rise in some polls in the north may prove to be a passing phase.", [], None),
        ("In a new poll, the mayor leads by five points.",
         [("a new poll", "In", "the mayor leads by five points")], POLL),
        ("The new poll showed the mayor doing better than in other polls.",
         [("The new poll", "showed", "the mayor doing better than in other polls")], "verbs.cue_verb"),
    ],
)
def test_in_polls_or_not(nlp: Language, text: str, expected: list[Roles], rule: str | None) -> None:
    atts = attributions(nlp, text)
    assert [roles(text, a) for a in atts] == expected
    for att in atts:
        assert rule is not None
        assert_rule(att, rule)


@pytest.mark.parametrize(
    "text",
    [
        "The senator's lead in recent polls has narrowed.",
        "He did better than in earlier polls.",
        "The river rose in the storm.",
    ],
)
def test_in_without_a_poll_is_no_source(nlp: Language, text: str) -> None:
    assert attributions(nlp, text) == []


def test_in_a_study_under_a_subject_parsed(nlp: Language) -> None:
    text = ("Participants currently receiving the drug in the open-label extension study will keep "
            "access to it.")
    assert attributions(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The case was being handled according to law, the ministry said.",
    "The work went according to plan.",
])
def test_according_to_a_bare_noun_names_no_source(nlp: Language, text: str) -> None:
    atts = attributions(nlp, text)
    assert not any(roles(text, a)[1].lower() == "according to" for a in atts)
    assert not any(a.via_text for a in atts)


# ------------------------------------------------------------------ "by X's count"
BY_COUNT = "according.by_count"


def test_by_a_named_count(make_doc: Callable[..., Doc]) -> None:
    # "by" with a count its owner is named for: the owner is the source, the clause the content
    doc = make_doc(
        ["By", "the", "carrier", "'s", "own", "count", ",", "262", "flights", "were", "cancelled", "."],
        [10, 2, 5, 2, 5, 0, 10, 8, 10, 10, 10, 10],
        ["prep", "det", "poss", "case", "amod", "pobj", "punct", "nummod", "nsubjpass", "auxpass", "ROOT",
         "punct"],
        pos=["ADP", "DET", "NOUN", "PART", "ADJ", "NOUN", "PUNCT", "NUM", "NOUN", "AUX", "VERB", "PUNCT"],
        tags=["IN", "DT", "NN", "POS", "JJ", "NN", ",", "CD", "NNS", "VBD", "VBN", "."],
        lemmas=["by", "the", "carrier", "'s", "own", "count", ",", "262", "flight", "be", "cancel", "."],
    )
    assert only(doc, BY_COUNT) == ("the carrier", "By", "262 flights were cancelled")


def test_by_a_count_of_no_one(make_doc: Callable[..., Doc]) -> None:
    # "By one count": no owner, no source
    doc = make_doc(
        ["By", "one", "count", ",", "300", "people", "died", "."],
        [6, 2, 0, 6, 5, 6, 6, 6],
        ["prep", "nummod", "pobj", "punct", "nummod", "nsubj", "ROOT", "punct"],
        pos=["ADP", "NUM", "NOUN", "PUNCT", "NUM", "NOUN", "VERB", "PUNCT"],
        tags=["IN", "CD", "NN", ",", "CD", "NNS", "VBD", "."],
        lemmas=["by", "one", "count", ",", "300", "people", "die", "."],
    )
    nothing(doc)


@pytest.mark.parametrize(("text", "expected"), [
    ("By the carrier's own count, 262 flights were cancelled on Monday.",
     [("the carrier", "By", "262 flights were cancelled on Monday")]),
    ("By police estimates, some 5,000 people attended the rally.",
     [("police", "By", "some 5,000 people attended the rally")]),
    ("By one count, more than 300 people have died.", []),
    # a noun before the count that names no one who counts
    ("By a rough head count, about 500 people attended the rally.", []),
    # after its clause, where the parser reads "by" as the passive's agent
    ("262 flights were cancelled, by the carrier's own count.",
     [("the carrier", "by", "262 flights were cancelled")]),
    ("He was appointed by UN figures to the panel.", []),
])
def test_by_count_parsed(nlp: Language, text: str, expected: list[Roles]) -> None:
    atts = attributions(nlp, text)
    assert [roles(text, a) for a in atts] == expected
    for att in atts:
        assert_rule(att, BY_COUNT)
