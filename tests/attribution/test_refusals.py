"""refusals.declined: "declined to comment", "refused to release X", with a declining stance.

A refusal is itself attributed (PolNeAR annotates it, with the infinitive as content) and never
counts as support; "declined to confirm that ..." is left to the verb rule of its infinitive
(tests/attribution/test_chained.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.attribution import find_attributions
from tests.attribution.helpers import assert_rule, attributions, roles
from tests.attribution.support import Found, Row, assert_found, build

# ------------------------------------------------------------------ hand-built parses


def test_declined_to_comment(make_doc: Callable[..., Doc]) -> None:
    # "declined to comment": the refusal is attributed, the infinitive is its content.
    text = "The clinic declined to comment on the report."
    rows: list[Row] = [
        ("The",      1, "det",   "DET",   "DT",  "the"),  # 0
        ("clinic",   2, "nsubj", "NOUN",  "NN",  "clinic"),  # 1
        ("declined", 2, "ROOT",  "VERB",  "VBD", "decline"),  # 2
        ("to",       4, "aux",   "PART",  "TO",  "to"),  # 3
        ("comment",  2, "xcomp", "VERB",  "VB",  "comment"),  # 4
        ("on",       4, "prep",  "ADP",   "IN",  "on"),  # 5
        ("the",      7, "det",   "DET",   "DT",  "the"),  # 6
        ("report",   5, "pobj",  "NOUN",  "NN",  "report"),  # 7
        (".",        2, "punct", "PUNCT", ".",   "."),  # 8
    ]
    doc = build(make_doc, text, rows)
    atts = find_attributions(doc)
    assert_found(text, atts, [
        ("The clinic", "declined", "to comment on the report", "refusals.declined"),
    ])
    assert atts[0].stance == "declines"


def test_refused_to_release(make_doc: Callable[..., Doc]) -> None:
    # "refused to X": any infinitive.
    text = "The landlord refused to repair the roof."
    rows: list[Row] = [
        ("The",      1, "det",   "DET",   "DT",  "the"),  # 0
        ("landlord", 2, "nsubj", "NOUN",  "NN",  "landlord"),  # 1
        ("refused",  2, "ROOT",  "VERB",  "VBD", "refuse"),  # 2
        ("to",       4, "aux",   "PART",  "TO",  "to"),  # 3
        ("repair",   2, "xcomp", "VERB",  "VB",  "repair"),  # 4
        ("the",      6, "det",   "DET",   "DT",  "the"),  # 5
        ("roof",     4, "dobj",  "NOUN",  "NN",  "roof"),  # 6
        (".",        2, "punct", "PUNCT", ".",   "."),  # 7
    ]
    doc = build(make_doc, text, rows)
    atts = find_attributions(doc)
    assert_found(text, atts, [
        ("The landlord", "refused", "to repair the roof", "refusals.declined"),
    ])
    assert atts[0].stance == "declines"


def test_declined_an_object(make_doc: Callable[..., Doc]) -> None:
    # "declined the offer": no infinitive, no refusal.
    text = "She declined the offer."
    rows: list[Row] = [
        ("She",      1, "nsubj", "PRON",  "PRP", "she"),  # 0
        ("declined", 1, "ROOT",  "VERB",  "VBD", "decline"),  # 1
        ("the",      3, "det",   "DET",   "DT",  "the"),  # 2
        ("offer",    1, "dobj",  "NOUN",  "NN",  "offer"),  # 3
        (".",        1, "punct", "PUNCT", ".",   "."),  # 4
    ]
    doc = build(make_doc, text, rows)
    assert find_attributions(doc) == []


def test_declined_to_a_level(make_doc: Callable[..., Doc]) -> None:
    # "declined to a record low": a fall, with a prepositional phrase.
    text = "Prices declined to a record low."
    rows: list[Row] = [
        ("Prices",   1, "nsubj",    "NOUN",  "NNS", "price"),  # 0
        ("declined", 1, "ROOT",     "VERB",  "VBD", "decline"),  # 1
        ("to",       1, "prep",     "ADP",   "IN",  "to"),  # 2
        ("a",        5, "det",      "DET",   "DT",  "a"),  # 3
        ("record",   5, "compound", "NOUN",  "NN",  "record"),  # 4
        ("low",      2, "pobj",     "NOUN",  "NN",  "low"),  # 5
        (".",        1, "punct",    "PUNCT", ".",   "."),  # 6
    ]
    doc = build(make_doc, text, rows)
    assert find_attributions(doc) == []


def test_non_source_subject(make_doc: Callable[..., Doc]) -> None:
    # "It declined to comment": "it" is no source.
    text = "It declined to comment."
    rows: list[Row] = [
        ("It",       1, "nsubj", "PRON",  "PRP", "it"),  # 0
        ("declined", 1, "ROOT",  "VERB",  "VBD", "decline"),  # 1
        ("to",       3, "aux",   "PART",  "TO",  "to"),  # 2
        ("comment",  1, "xcomp", "VERB",  "VB",  "comment"),  # 3
        (".",        1, "punct", "PUNCT", ".",   "."),  # 4
    ]
    doc = build(make_doc, text, rows)
    assert find_attributions(doc) == []


def test_refusal_to_say_a_quote(make_doc: Callable[..., Doc]) -> None:
    # "refused to say, “...”": the verb rule of "say" takes it, with the refusal in
    # its cue; the refusal rule leaves a cue already taken.
    text = "The board refused to say, “We have no comment.”"
    rows: list[Row] = [
        ("The",     1,  "det",   "DET",   "DT",  "the"),  # 0
        ("board",   2,  "nsubj", "NOUN",  "NN",  "board"),  # 1
        ("refused", 2,  "ROOT",  "VERB",  "VBD", "refuse"),  # 2
        ("to",      4,  "aux",   "PART",  "TO",  "to"),  # 3
        ("say",     2,  "xcomp", "VERB",  "VB",  "say"),  # 4
        (",",       4,  "punct", "PUNCT", ",",   ","),  # 5
        ("“",       4,  "punct", "PUNCT", "``",  '"'),  # 6
        ("We",      8,  "nsubj", "PRON",  "PRP", "we"),  # 7
        ("have",    4,  "ccomp", "VERB",  "VBP", "have"),  # 8
        ("no",      10, "det",   "DET",   "DT",  "no"),  # 9
        ("comment", 8,  "dobj",  "NOUN",  "NN",  "comment"),  # 10
        (".",       2,  "punct", "PUNCT", ".",   "."),  # 11
        ("”",       2,  "punct", "PUNCT", "''",  '"'),  # 12
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("The board", "refused to say", "“We have no comment.”", "verbs.cue_verb"),
    ])


# ------------------------------------------------------------------ parsed sentences


def test_extract_refusals_are_attributed_with_a_declining_stance(nlp: Language) -> None:
    text = "Through a spokeswoman, she declined to comment. The company refused to release its audit."
    atts = find_attributions(nlp(text))
    assert [roles(text, a) for a in atts] == [("she", "declined", "to comment"),
                                              ("The company", "refused", "to release its audit")]
    assert {a.stance for a in atts} == {"declines"}
    for att in atts:
        assert_rule(att, "refusals.declined")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The clinic declined to comment on the report.",
         [("The clinic", "declined", "to comment on the report", "refusals.declined")]),
        ("The ministry has repeatedly refused to publish the contract.",
         [("The ministry", "has repeatedly refused", "to publish the contract", "refusals.declined")]),
        # not refusals: no infinitive, a fall, a non-source, or a cue the verb rule took
        ("The minister declined the invitation.", []),
        ("Sales declined to their lowest level in a decade.", []),
        ("It refused to start.", []),
        ("The agency declined to confirm that the dam had failed.",
         [("The agency", "declined to confirm", "that the dam had failed", "verbs.cue_verb")]),
    ],
)
def test_refusals_parsed(nlp: Language, text: str, expected: list[Found]) -> None:
    atts = attributions(nlp, text)
    assert_found(text, atts, expected)
    assert all(a.stance == "declines" for a in atts)


# ------------------------------------------------------------------ contents that refuse
def _said(make_doc: Callable[..., Doc], obj: str) -> Doc:
    # "Peskov said we have OBJ to say on this."
    text = f"Peskov said we have {obj} to say on this."
    rows: list[Row] = [
        ("Peskov", 1, "nsubj", "PROPN", "NNP", "Peskov"),  # 0
        ("said",   1, "ROOT",  "VERB",  "VBD", "say"),  # 1
        ("we",     3, "nsubj", "PRON",  "PRP", "we"),  # 2
        ("have",   1, "ccomp", "VERB",  "VBP", "have"),  # 3
        (obj,      3, "dobj",  "PRON",  "NN",  obj),  # 4
        ("to",     6, "aux",   "PART",  "TO",  "to"),  # 5
        ("say",    4, "relcl", "VERB",  "VB",  "say"),  # 6
        ("on",     6, "prep",  "ADP",   "IN",  "on"),  # 7
        ("this",   7, "pobj",  "PRON",  "DT",  "this"),  # 8
        (".",      1, "punct", "PUNCT", ".",   "."),  # 9
    ]
    return build(make_doc, text, rows, ents={0: "PERSON"})


def test_content_that_says_nothing_declines(make_doc: Callable[..., Doc]) -> None:
    (att,) = find_attributions(_said(make_doc, "nothing"))
    assert att.stance == "declines"
    (att,) = find_attributions(_said(make_doc, "plenty"))
    assert att.stance == "asserts"


@pytest.mark.parametrize(("text", "refuses"), [
    ("its inability to confirm the Putin-Kim summit", True),
    ("“We have nothing to say on this.”", True),
    ("No comment.", True),
    ("we cannot confirm the date", True),
    ("the ministry's refusal to comment", False),  # a possessor other than a pronoun: a fact about it
    ("we have nothing against the plan", False),
    ("We've got nothing to say", True),
    ("the refusal to comment was unacceptable", False),
    ("We cannot confirm the identity of the victims yet, but three people died", False),
    ("I can't say anything bad about him; he is a great coach", False),
    ("Their unwillingness to answer questions is telling", False),
    ("No comment was needed, the results speak", False),
    ("the inability of the army to hold the city", False),
])
def test_says_nothing(text: str, refuses: bool) -> None:
    from corroborate.attribution.refusals import says_nothing

    assert says_nothing(text) is refuses


@pytest.mark.parametrize(("text", "content"), [
    ("On Wednesday, the ministry answered the questions by stating its inability to confirm the "
     "troop movements.", "its inability to confirm the troop movements"),
    ('The army spokesman told reporters: "We have nothing to say about this."',
     '"We have nothing to say about this."'),
    ("The company replied to the emails by stating its unwillingness to comment on the layoffs.",
     "its unwillingness to comment on the layoffs"),
])
def test_statement_of_inability_to_confirm_declines(nlp: Language, text: str, content: str) -> None:
    (att,) = attributions(nlp, text)
    assert roles(text, att)[2] == content
    assert att.stance == "declines"
