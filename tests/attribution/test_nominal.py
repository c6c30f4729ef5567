"""The nominal family: cue nouns ("Trump's claim that ..."), stance adjectives ("has been
critical of X") and light verbs with their object ("made the case that", "made it clear that").

Each construction is tested on a hand-built Doc that encodes the parse it handles, on parsed
sentences, and on a look-alike it must leave alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.attribution import find_attributions
from tests.attribution.helpers import Roles, assert_rule, attributions, roles

CUE_NOUN = "nominal.cue_noun"
STANCE_ADJECTIVE = "nominal.stance_adjective"
MADE_CASE = "nominal.made_case"
CHAINED = "chained.cue"
CUE_VERB = "verbs.cue_verb"




def only(doc: Doc, rule: str) -> Roles:
    """The roles of the one attribution found in a hand-built Doc, built by `rule`."""
    (att,) = find_attributions(doc)
    assert_rule(att, rule)
    return roles(doc.text, att)


# ------------------------------------------------------------------ cue nouns
def test_cue_noun_with_a_that_clause(make_doc: Callable[..., Doc]) -> None:
    # the that-clause an acl of the noun, the owner (poss) the source
    doc = make_doc(
        ["Her", "warning", "that", "the", "dam", "could", "fail", "went", "unheeded", "."],
        [1, 7, 6, 4, 6, 6, 1, 7, 7, 7],
        ["poss", "nsubj", "mark", "det", "nsubj", "aux", "acl", "ROOT", "acomp", "punct"],
        pos=["PRON", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB", "VERB", "ADJ", "PUNCT"],
        tags=["PRP$", "NN", "IN", "DT", "NN", "MD", "VB", "VBD", "JJ", "."],
        lemmas=["her", "warning", "that", "the", "dam", "could", "fail", "go", "unheeded", "."],
    )
    assert only(doc, CUE_NOUN) == ("Her", "warning", "that the dam could fail")


def test_cue_noun_without_an_owner(make_doc: Callable[..., Doc]) -> None:
    # a that-noun needs no owner: the attribution has no source
    doc = make_doc(
        ["The", "warning", "that", "the", "dam", "could", "fail", "went", "unheeded", "."],
        [1, 7, 6, 4, 6, 6, 1, 7, 7, 7],
        ["det", "nsubj", "mark", "det", "nsubj", "aux", "acl", "ROOT", "acomp", "punct"],
        pos=["DET", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB", "VERB", "ADJ", "PUNCT"],
        tags=["DT", "NN", "IN", "DT", "NN", "MD", "VB", "VBD", "JJ", "."],
        lemmas=["the", "warning", "that", "the", "dam", "could", "fail", "go", "unheeded", "."],
    )
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == ("", "warning", "that the dam could fail")
    assert att.source == () and att.source_token is None
    assert_rule(att, CUE_NOUN)


def test_cue_noun_with_a_relative_clause_is_no_cue(make_doc: Callable[..., Doc]) -> None:
    # "the warning that the board ignored": a relative "that" is no complementizer
    doc = make_doc(
        ["The", "warning", "that", "the", "board", "ignored", "was", "right", "."],
        [1, 6, 5, 4, 5, 1, 6, 6, 6],
        ["det", "nsubj", "dobj", "det", "nsubj", "relcl", "ROOT", "acomp", "punct"],
        pos=["DET", "NOUN", "PRON", "DET", "NOUN", "VERB", "AUX", "ADJ", "PUNCT"],
        tags=["DT", "NN", "WDT", "DT", "NN", "VBD", "VBD", "JJ", "."],
        lemmas=["the", "warning", "that", "the", "board", "ignore", "be", "right", "."],
    )
    assert find_attributions(doc) == []


def test_commitment_noun_with_its_owner(make_doc: Callable[..., Doc]) -> None:
    # "the board's pledge to freeze fares": the owner without its "'s" is the source
    doc = make_doc(
        ["The", "board", "'s", "pledge", "to", "freeze", "fares", "won", "praise", "."],
        [1, 3, 1, 7, 5, 3, 5, 7, 7, 7],
        ["det", "poss", "case", "nsubj", "aux", "acl", "dobj", "ROOT", "dobj", "punct"],
        pos=["DET", "NOUN", "PART", "NOUN", "PART", "VERB", "NOUN", "VERB", "NOUN", "PUNCT"],
        tags=["DT", "NN", "POS", "NN", "TO", "VB", "NNS", "VBD", "NN", "."],
        lemmas=["the", "board", "'s", "pledge", "to", "freeze", "fare", "win", "praise", "."],
    )
    assert only(doc, CUE_NOUN) == ("The board", "pledge", "to freeze fares")


def test_commitment_noun_without_an_owner_is_no_cue(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        ["The", "plan", "to", "widen", "the", "road", "was", "shelved", "."],
        [1, 7, 3, 1, 5, 3, 7, 7, 7],
        ["det", "nsubjpass", "aux", "acl", "det", "dobj", "auxpass", "ROOT", "punct"],
        pos=["DET", "NOUN", "PART", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
        tags=["DT", "NN", "TO", "VB", "DT", "NN", "VBD", "VBN", "."],
        lemmas=["the", "plan", "to", "widen", "the", "road", "be", "shelve", "."],
    )
    assert find_attributions(doc) == []


def test_decision_is_an_event_not_a_cue(make_doc: Callable[..., Doc]) -> None:
    # "the firm's decision to close the mill": owned, but a decision is not said
    doc = make_doc(
        ["The", "firm", "'s", "decision", "to", "close", "the", "mill", "upset", "workers", "."],
        [1, 3, 1, 8, 5, 3, 7, 5, 8, 8, 8],
        ["det", "poss", "case", "nsubj", "aux", "acl", "det", "dobj", "ROOT", "dobj", "punct"],
        pos=["DET", "NOUN", "PART", "NOUN", "PART", "VERB", "DET", "NOUN", "VERB", "NOUN", "PUNCT"],
        tags=["DT", "NN", "POS", "NN", "TO", "VB", "DT", "NN", "VBD", "NNS", "."],
        lemmas=["the", "firm", "'s", "decision", "to", "close", "the", "mill", "upset", "worker", "."],
    )
    assert find_attributions(doc) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Her warning that the dam could fail went unheeded.",
         ("Her", "warning", "that the dam could fail")),
        ("The governor's vow to veto the bill surprised nobody.",
         ("The governor", "vow", "to veto the bill")),
        ("The board's pledge to freeze fares won praise.",
         ("The board", "pledge", "to freeze fares")),
    ],
)
def test_cue_noun_parsed(nlp: Language, text: str, expected: Roles) -> None:
    (att,) = attributions(nlp, text)
    assert roles(text, att) == expected
    assert_rule(att, CUE_NOUN)


# copied from tests/test_extract.py (test_extract_commitment_nouns)
@pytest.mark.parametrize(
    "text,expected",
    [
        # a commitment noun with its owner and its infinitive
        ("The mayor's pledge to cut bus fares won applause.",
         [("The mayor", "pledge", "to cut bus fares")]),
        ("Her promise to reopen the library helped her win the ward.",
         [("Her", "promise", "to reopen the library")]),
        # without an owner, or for a decision (an event), no claim
        ("The plan to build a ring road was dropped in May.", []),
        ("The club's decision to move the match angered fans.", []),
    ],
)
def test_commitment_nouns(nlp: Language, text: str, expected: list[Roles]) -> None:
    atts = attributions(nlp, text)
    assert [roles(text, a) for a in atts] == expected
    for att in atts:
        assert_rule(att, CUE_NOUN)


@pytest.mark.parametrize(
    "text",
    [
        "The plan to widen the road was shelved.",
        "The firm's decision to close the mill upset workers.",
    ],
)
def test_cue_noun_look_alikes(nlp: Language, text: str) -> None:
    assert attributions(nlp, text) == []


# ------------------------------------------------------------------ stance adjectives
def test_stance_adjective_with_of(make_doc: Callable[..., Doc]) -> None:
    # the copula's group and the preposition are the cue, the preposition's object the content
    doc = make_doc(
        ["The", "governor", "has", "long", "been", "critical", "of", "the", "new", "pipeline", "."],
        [1, 4, 4, 4, 4, 4, 5, 9, 9, 6, 4],
        ["det", "nsubj", "aux", "advmod", "ROOT", "acomp", "prep", "det", "amod", "pobj", "punct"],
        pos=["DET", "NOUN", "AUX", "ADV", "AUX", "ADJ", "ADP", "DET", "ADJ", "NOUN", "PUNCT"],
        tags=["DT", "NN", "VBZ", "RB", "VBN", "JJ", "IN", "DT", "JJ", "NN", "."],
        lemmas=["the", "governor", "have", "long", "be", "critical", "of", "the", "new", "pipeline", "."],
    )
    assert only(doc, STANCE_ADJECTIVE) == ("The governor", "has long been critical of", "the new pipeline")


def test_stance_adjective_with_a_that_clause(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        ["Farmers", "were", "skeptical", "that", "the", "rain", "would", "come", "."],
        [1, 1, 1, 7, 5, 7, 7, 2, 1],
        ["nsubj", "ROOT", "acomp", "mark", "det", "nsubj", "aux", "ccomp", "punct"],
        pos=["NOUN", "AUX", "ADJ", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
        tags=["NNS", "VBD", "JJ", "IN", "DT", "NN", "MD", "VB", "."],
        lemmas=["farmer", "be", "skeptical", "that", "the", "rain", "would", "come", "."],
    )
    assert only(doc, STANCE_ADJECTIVE) == ("Farmers", "were skeptical", "that the rain would come")


def test_stance_adjective_with_an_infinitive(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        ["The", "board", "was", "reluctant", "to", "raise", "fees", "."],
        [1, 2, 2, 2, 5, 3, 5, 2],
        ["det", "nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj", "punct"],
        pos=["DET", "NOUN", "AUX", "ADJ", "PART", "VERB", "NOUN", "PUNCT"],
        tags=["DT", "NN", "VBD", "JJ", "TO", "VB", "NNS", "."],
        lemmas=["the", "board", "be", "reluctant", "to", "raise", "fee", "."],
    )
    assert only(doc, STANCE_ADJECTIVE) == ("The board", "was reluctant", "to raise fees")


def test_stance_adjective_chained_to_a_speech_verb(make_doc: Callable[..., Doc]) -> None:
    # "were quick to point out that ...": the cue runs from the copula to the speech verb,
    # built by the chained-cue rule the adjective hands over to
    doc = make_doc(
        ["Officials", "were", "quick", "to", "point", "out", "that", "the", "road", "was", "open", "."],
        [1, 1, 1, 4, 2, 4, 9, 8, 9, 4, 9, 1],
        ["nsubj", "ROOT", "acomp", "aux", "xcomp", "prt", "mark", "det", "nsubj", "ccomp", "acomp",
         "punct"],
        pos=["NOUN", "AUX", "ADJ", "PART", "VERB", "ADP", "SCONJ", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
        tags=["NNS", "VBD", "JJ", "TO", "VB", "RP", "IN", "DT", "NN", "VBD", "JJ", "."],
        lemmas=["official", "be", "quick", "to", "point", "out", "that", "the", "road", "be", "open", "."],
    )
    assert only(doc, CHAINED) == ("Officials", "were quick to point out", "that the road was open")


def test_adjective_with_another_preposition_is_no_stance(make_doc: Callable[..., Doc]) -> None:
    # "critical to the economy" is importance, not a stance
    doc = make_doc(
        ["The", "bridge", "is", "critical", "to", "the", "economy", "."],
        [1, 2, 2, 2, 3, 6, 4, 2],
        ["det", "nsubj", "ROOT", "acomp", "prep", "det", "pobj", "punct"],
        pos=["DET", "NOUN", "AUX", "ADJ", "ADP", "DET", "NOUN", "PUNCT"],
        tags=["DT", "NN", "VBZ", "JJ", "IN", "DT", "NN", "."],
        lemmas=["the", "bridge", "be", "critical", "to", "the", "economy", "."],
    )
    assert find_attributions(doc) == []


def test_stance_adjective_inside_a_quote_is_the_quoted_speakers(make_doc: Callable[..., Doc]) -> None:
    # the quote is the minister's statement; the stance inside it builds nothing of its own
    doc = make_doc(
        ["\"", "We", "are", "confident", "that", "the", "deal", "will", "hold", ",", "\"", "the",
         "minister", "said", "."],
        [13, 2, 13, 2, 8, 6, 8, 8, 3, 13, 13, 12, 13, 13, 13],
        ["punct", "nsubj", "ccomp", "acomp", "mark", "det", "nsubj", "aux", "ccomp", "punct", "punct",
         "det", "nsubj", "ROOT", "punct"],
        pos=["PUNCT", "PRON", "AUX", "ADJ", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT", "PUNCT", "DET",
             "NOUN", "VERB", "PUNCT"],
        tags=["``", "PRP", "VBP", "JJ", "IN", "DT", "NN", "MD", "VB", ",", "''", "DT", "NN", "VBD", "."],
        lemmas=["\"", "we", "be", "confident", "that", "the", "deal", "will", "hold", ",", "\"", "the",
                "minister", "say", "."],
        spaces=[False, True, True, True, True, True, True, True, False, False, True, True, True, False,
                False],
    )
    assert only(doc, CUE_VERB) == (
        "the minister", "said", '"We are confident that the deal will hold,"')


@pytest.mark.parametrize(
    "text,expected,rule",
    [
        ("The governor has long been critical of the new pipeline.",
         ("The governor", "has long been critical of", "the new pipeline"), STANCE_ADJECTIVE),
        ("Residents are worried about the noise from the airport.",
         ("Residents", "are worried about", "the noise from the airport"), STANCE_ADJECTIVE),
        ("Farmers were skeptical that the rain would come.",
         ("Farmers", "were skeptical", "that the rain would come"), STANCE_ADJECTIVE),
        ("The board was reluctant to raise fees.",
         ("The board", "was reluctant", "to raise fees"), STANCE_ADJECTIVE),
        ("Officials were quick to point out that the road was open.",
         ("Officials", "were quick to point out", "that the road was open"), CHAINED),
    ],
)
def test_stance_adjective_parsed(nlp: Language, text: str, expected: Roles, rule: str) -> None:
    (att,) = attributions(nlp, text)
    assert roles(text, att) == expected
    assert_rule(att, rule)


# copied from tests/test_extract.py (test_extract_more_misparsed_constructions)
@pytest.mark.parametrize(
    "text,expected,rule",
    [
        # stance adjectives with a clause; inside a quote the stance is the quoted speaker's
        ("Many Democrats are confident that Clinton will win the state.",
         [("Many Democrats", "are confident", "that Clinton will win the state")], STANCE_ADJECTIVE),
        ("Republicans were eager to move on from the fight.",
         [("Republicans", "were eager", "to move on from the fight")], STANCE_ADJECTIVE),
        # inside a quote the stance is the quoted speaker's, and the quote stays theirs
        ('"I am skeptical he can pull it off," said Peter Morgan, a lawyer for the club.',
         [("Peter Morgan, a lawyer for the club", "said", '"I am skeptical he can pull it off,"')],
         CUE_VERB),
    ],
)
def test_stance_adjectives(nlp: Language, text: str, expected: list[Roles], rule: str) -> None:
    atts = attributions(nlp, text)
    assert [roles(text, a) for a in atts] == expected
    for att in atts:
        assert_rule(att, rule)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge is critical to the economy.",
        "It is critical of nothing.",
    ],
)
def test_stance_adjective_look_alikes(nlp: Language, text: str) -> None:
    assert attributions(nlp, text) == []


# ------------------------------------------------------------------ "made the case that"
def test_made_the_case_that(make_doc: Callable[..., Doc]) -> None:
    # the that-clause an acl of the object noun: the verb and its object are the cue
    doc = make_doc(
        ["The", "mayor", "made", "the", "case", "that", "the", "stadium", "would", "pay", "for", "itself",
         "."],
        [1, 2, 2, 4, 2, 9, 7, 9, 9, 4, 9, 10, 2],
        ["det", "nsubj", "ROOT", "det", "dobj", "mark", "det", "nsubj", "aux", "acl", "prep", "pobj",
         "punct"],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB", "ADP", "PRON",
             "PUNCT"],
        tags=["DT", "NN", "VBD", "DT", "NN", "IN", "DT", "NN", "MD", "VB", "IN", "PRP", "."],
        lemmas=["the", "mayor", "make", "the", "case", "that", "the", "stadium", "would", "pay", "for",
                "itself", "."],
    )
    assert only(doc, MADE_CASE) == ("The mayor", "made the case", "that the stadium would pay for itself")


def test_made_the_argument_with_an_adjunct_between(make_doc: Callable[..., Doc]) -> None:
    # the clause hangs on the verb after the object; "for years" between them is no cue
    doc = make_doc(
        ["The", "chief", "has", "made", "the", "argument", "for", "years", "that", "the", "station", "is",
         "too", "small", "."],
        [1, 3, 3, 3, 5, 3, 3, 6, 11, 10, 11, 3, 13, 11, 3],
        ["det", "nsubj", "aux", "ROOT", "det", "dobj", "prep", "pobj", "mark", "det", "nsubj", "ccomp",
         "advmod", "acomp", "punct"],
        pos=["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "ADP", "NOUN", "SCONJ", "DET", "NOUN", "AUX",
             "ADV", "ADJ", "PUNCT"],
        tags=["DT", "NN", "VBZ", "VBN", "DT", "NN", "IN", "NNS", "IN", "DT", "NN", "VBZ", "RB", "JJ", "."],
        lemmas=["the", "chief", "have", "make", "the", "argument", "for", "year", "that", "the", "station",
                "be", "too", "small", "."],
    )
    assert only(doc, MADE_CASE) == ("The chief", "has made the argument", "that the station is too small")


def test_made_it_clear_that(make_doc: Callable[..., Doc]) -> None:
    # "clear" a ccomp of "made", the that-clause an advcl of "clear"
    doc = make_doc(
        ["She", "made", "it", "clear", "that", "she", "would", "not", "run", "again", "."],
        [1, 1, 3, 1, 8, 8, 8, 8, 3, 8, 1],
        ["nsubj", "ROOT", "nsubj", "ccomp", "mark", "nsubj", "aux", "neg", "advcl", "advmod", "punct"],
        pos=["PRON", "VERB", "PRON", "ADJ", "SCONJ", "PRON", "AUX", "PART", "VERB", "ADV", "PUNCT"],
        tags=["PRP", "VBD", "PRP", "JJ", "IN", "PRP", "MD", "RB", "VB", "RB", "."],
        lemmas=["she", "make", "it", "clear", "that", "she", "would", "not", "run", "again", "."],
    )
    assert only(doc, MADE_CASE) == ("She", "made it clear", "that she would not run again")


def test_made_it_clear_with_a_bare_clause(make_doc: Callable[..., Doc]) -> None:
    # after "clear" a clause with its own subject and no opener is what was made clear
    doc = make_doc(
        ["The", "admiral", "made", "it", "clear", "he", "had", "doubts", "."],
        [1, 2, 2, 4, 2, 6, 4, 6, 2],
        ["det", "nsubj", "ROOT", "nsubj", "ccomp", "nsubj", "advcl", "dobj", "punct"],
        pos=["DET", "NOUN", "VERB", "PRON", "ADJ", "PRON", "VERB", "NOUN", "PUNCT"],
        tags=["DT", "NN", "VBD", "PRP", "JJ", "PRP", "VBD", "NNS", "."],
        lemmas=["the", "admiral", "make", "it", "clear", "he", "have", "doubt", "."],
    )
    assert only(doc, MADE_CASE) == ("The admiral", "made it clear", "he had doubts")


def test_made_clear_that(make_doc: Callable[..., Doc]) -> None:
    # "made clear that ...", the that-clause a complement of "clear"
    doc = make_doc(
        ["The", "lawyers", "made", "clear", "that", "they", "would", "appeal", "."],
        [1, 2, 2, 2, 7, 7, 7, 3, 2],
        ["det", "nsubj", "ROOT", "ccomp", "mark", "nsubj", "aux", "ccomp", "punct"],
        pos=["DET", "NOUN", "VERB", "ADJ", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"],
        tags=["DT", "NNS", "VBD", "JJ", "IN", "PRP", "MD", "VB", "."],
        lemmas=["the", "lawyer", "make", "clear", "that", "they", "would", "appeal", "."],
    )
    assert only(doc, MADE_CASE) == ("The lawyers", "made clear", "that they would appeal")


def test_to_make_the_case_takes_the_subject_of_its_head(make_doc: Callable[..., Doc]) -> None:
    # an infinitive with no subject of its own: the subject of "try"; "to" is not in the cue
    doc = make_doc(
        ["The", "council", "will", "try", "to", "make", "the", "case", "that", "the", "levy", "is", "too",
         "low", "."],
        [1, 3, 3, 3, 5, 3, 7, 5, 11, 10, 11, 7, 13, 11, 3],
        ["det", "nsubj", "aux", "ROOT", "aux", "xcomp", "det", "dobj", "mark", "det", "nsubj", "acl",
         "advmod", "acomp", "punct"],
        pos=["DET", "NOUN", "AUX", "VERB", "PART", "VERB", "DET", "NOUN", "SCONJ", "DET", "NOUN", "AUX",
             "ADV", "ADJ", "PUNCT"],
        tags=["DT", "NN", "MD", "VB", "TO", "VB", "DT", "NN", "IN", "DT", "NN", "VBZ", "RB", "JJ", "."],
        lemmas=["the", "council", "will", "try", "to", "make", "the", "case", "that", "the", "levy", "be",
                "too", "low", "."],
    )
    assert only(doc, MADE_CASE) == ("The council", "make the case", "that the levy is too low")


def test_made_something_that_is_no_cue(make_doc: Callable[..., Doc]) -> None:
    # "made a cake that everyone liked": the object is no cue noun, the clause relative
    doc = make_doc(
        ["She", "made", "a", "cake", "that", "everyone", "liked", "."],
        [1, 1, 3, 1, 6, 6, 3, 1],
        ["nsubj", "ROOT", "det", "dobj", "dobj", "nsubj", "relcl", "punct"],
        pos=["PRON", "VERB", "DET", "NOUN", "PRON", "PRON", "VERB", "PUNCT"],
        tags=["PRP", "VBD", "DT", "NN", "WDT", "NN", "VBD", "."],
        lemmas=["she", "make", "a", "cake", "that", "everyone", "like", "."],
    )
    assert find_attributions(doc) == []


def test_made_it_clear_when_is_no_statement(make_doc: Callable[..., Doc]) -> None:
    # a bare clause opened by "when" is a question, not what was made clear
    doc = make_doc(
        ["The", "judge", "made", "it", "clear", "when", "the", "trial", "would", "start", "."],
        [1, 2, 2, 4, 2, 9, 7, 9, 9, 4, 2],
        ["det", "nsubj", "ROOT", "nsubj", "ccomp", "advmod", "det", "nsubj", "aux", "advcl", "punct"],
        pos=["DET", "NOUN", "VERB", "PRON", "ADJ", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
        tags=["DT", "NN", "VBD", "PRP", "JJ", "WRB", "DT", "NN", "MD", "VB", "."],
        lemmas=["the", "judge", "make", "it", "clear", "when", "the", "trial", "would", "start", "."],
    )
    assert find_attributions(doc) == []


def test_made_the_case_with_a_relative_pronoun_subject(make_doc: Callable[..., Doc]) -> None:
    # "The mayor, who made the case that ...": a relative pronoun is no source for this rule
    doc = make_doc(
        ["The", "mayor", ",", "who", "made", "the", "case", "that", "fares", "were", "too", "high", ",",
         "resigned", "."],
        [1, 13, 1, 4, 1, 6, 4, 9, 9, 6, 11, 9, 1, 13, 13],
        ["det", "nsubj", "punct", "nsubj", "relcl", "det", "dobj", "mark", "nsubj", "acl", "advmod",
         "acomp", "punct", "ROOT", "punct"],
        pos=["DET", "NOUN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "SCONJ", "NOUN", "AUX", "ADV", "ADJ",
             "PUNCT", "VERB", "PUNCT"],
        tags=["DT", "NN", ",", "WP", "VBD", "DT", "NN", "IN", "NNS", "VBD", "RB", "JJ", ",", "VBD", "."],
        lemmas=["the", "mayor", ",", "who", "make", "the", "case", "that", "fare", "be", "too", "high",
                ",", "resign", "."],
    )
    assert find_attributions(doc) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The mayor made the case that the stadium would pay for itself.",
         ("The mayor", "made the case", "that the stadium would pay for itself")),
        ("She made it clear that she would not run again.",
         ("She", "made it clear", "that she would not run again")),
        ("He is making an impassioned case that the tax is unfair.",
         ("He", "is making an impassioned case", "that the tax is unfair")),
        ("The council will try to make the case that the levy is too low.",
         ("The council", "make the case", "that the levy is too low")),
    ],
)
def test_made_the_case_parsed(nlp: Language, text: str, expected: Roles) -> None:
    (att,) = attributions(nlp, text)
    assert roles(text, att) == expected
    assert_rule(att, MADE_CASE)


# copied from tests/test_extract.py (test_extract_verb_cue, its light-verb cases)
@pytest.mark.parametrize(
    "text,source,cue,content",
    [
        # a light verb and its object are the cue: "made the case that", "made it clear that"
        ("The council will make the case that the levy is too low to fund the ferry.",
         "The council", "will make the case", "that the levy is too low to fund the ferry"),
        ("The governor has made it clear that she opposes the new toll.",
         "The governor", "has made it clear", "that she opposes the new toll"),
        ("The admiral made it clear he had grave doubts about the new frigates.",
         "The admiral", "made it clear", "he had grave doubts about the new frigates"),
        ("Critics have made the point for months that the old dam is unsafe.",
         "Critics", "have made the point", "that the old dam is unsafe"),
    ],
)
def test_made_the_case(nlp: Language, text: str, source: str, cue: str, content: str) -> None:
    atts = attributions(nlp, text)
    assert [roles(text, a) for a in atts] == [(source, cue, content)]
    assert_rule(atts[0], MADE_CASE)


def test_made_clear_in_a_clause_of_another_subject(nlp: Language) -> None:
    # copied from tests/test_extract.py (test_extract_made_clear_in_a_clause_of_another_subject):
    # "for failing to make clear that ...": the failure is the board's, not the unions'; the
    # unions' criticism is the one claim
    text = ("The unions criticized the board for failing to make clear on Monday that the "
            "pension cut was only temporary.")
    atts = attributions(nlp, text)
    assert [roles(text, a)[:2] for a in atts] == [("The unions", "criticized")]
    assert_rule(atts[0], CUE_VERB)


@pytest.mark.parametrize(
    "text",
    [
        "She made a cake that everyone liked.",
        "The judge made a ruling that the law was void.",
    ],
)
def test_made_the_case_look_alikes(nlp: Language, text: str) -> None:
    assert attributions(nlp, text) == []
