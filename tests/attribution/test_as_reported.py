"""as_reported.as_clause and as_reported.put_it: "as X reported", "as reported by X", "as X put it".

An "as" clause with a cue verb names the source of the clause it qualifies; "as X put it" names
the source of a quote after it, or else of that clause. An "as" that compares ("not as rich as
he says") or marks a time ("as prices rose") attributes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.attribution import find_attributions
from tests.attribution.helpers import assert_rule, attributions, claims_of, roles
from tests.attribution.support import Found, Row, assert_found, build

# ------------------------------------------------------------------ hand-built parses


def test_as_reported_by(make_doc: Callable[..., Doc]) -> None:
    # "as reported by X": "as" and the agent belong to the cue; the content is the
    # clause the "as" clause qualifies, without it.
    text = "The ferry sank on Sunday, as reported by the local paper."
    rows: list[Row] = [
        ("The",      1,  "det",   "DET",   "DT",  "the"),  # 0
        ("ferry",    2,  "nsubj", "NOUN",  "NN",  "ferry"),  # 1
        ("sank",     2,  "ROOT",  "VERB",  "VBD", "sink"),  # 2
        ("on",       2,  "prep",  "ADP",   "IN",  "on"),  # 3
        ("Sunday",   3,  "pobj",  "PROPN", "NNP", "Sunday"),  # 4
        (",",        2,  "punct", "PUNCT", ",",   ","),  # 5
        ("as",       7,  "mark",  "SCONJ", "IN",  "as"),  # 6
        ("reported", 2,  "advcl", "VERB",  "VBN", "report"),  # 7
        ("by",       7,  "agent", "ADP",   "IN",  "by"),  # 8
        ("the",      11, "det",   "DET",   "DT",  "the"),  # 9
        ("local",    11, "amod",  "ADJ",   "JJ",  "local"),  # 10
        ("paper",    8,  "pobj",  "NOUN",  "NN",  "paper"),  # 11
        (".",        2,  "punct", "PUNCT", ".",   "."),  # 12
    ]
    doc = build(make_doc, text, rows, ents={4: "DATE"})
    assert_found(text, find_attributions(doc), [
        ("the local paper", "as reported by", "The ferry sank on Sunday", "as_reported.as_clause"),
    ])


def test_as_subject_and_verb(make_doc: Callable[..., Doc]) -> None:
    # "as X confirmed": with the source as subject, the cue is the verb group only.
    text = "The ferry sank in 2009, as the coroner confirmed at the inquest."
    rows: list[Row] = [
        ("The",       1,  "det",   "DET",   "DT",  "the"),  # 0
        ("ferry",     2,  "nsubj", "NOUN",  "NN",  "ferry"),  # 1
        ("sank",      2,  "ROOT",  "VERB",  "VBD", "sink"),  # 2
        ("in",        2,  "prep",  "ADP",   "IN",  "in"),  # 3
        ("2009",      3,  "pobj",  "NUM",   "CD",  "2009"),  # 4
        (",",         2,  "punct", "PUNCT", ",",   ","),  # 5
        ("as",        9,  "mark",  "SCONJ", "IN",  "as"),  # 6
        ("the",       8,  "det",   "DET",   "DT",  "the"),  # 7
        ("coroner",   9,  "nsubj", "NOUN",  "NN",  "coroner"),  # 8
        ("confirmed", 2,  "advcl", "VERB",  "VBD", "confirm"),  # 9
        ("at",        9,  "prep",  "ADP",   "IN",  "at"),  # 10
        ("the",       12, "det",   "DET",   "DT",  "the"),  # 11
        ("inquest",   10, "pobj",  "NOUN",  "NN",  "inquest"),  # 12
        (".",         2,  "punct", "PUNCT", ".",   "."),  # 13
    ]
    doc = build(make_doc, text, rows, ents={4: "DATE"})
    assert_found(text, find_attributions(doc), [
        ("the coroner", "confirmed", "The ferry sank in 2009", "as_reported.as_clause"),
    ])


def test_as_source_pointed_out(make_doc: Callable[..., Doc]) -> None:
    # "As X pointed out, Y": the particle joins the cue.
    text = "As the coach pointed out, the team has lost four games in a row."
    rows: list[Row] = [
        ("As",      3,  "mark",   "SCONJ", "IN",  "as"),  # 0
        ("the",     2,  "det",    "DET",   "DT",  "the"),  # 1
        ("coach",   3,  "nsubj",  "NOUN",  "NN",  "coach"),  # 2
        ("pointed", 9,  "advcl",  "VERB",  "VBD", "point"),  # 3
        ("out",     3,  "prt",    "ADP",   "RP",  "out"),  # 4
        (",",       9,  "punct",  "PUNCT", ",",   ","),  # 5
        ("the",     7,  "det",    "DET",   "DT",  "the"),  # 6
        ("team",    9,  "nsubj",  "NOUN",  "NN",  "team"),  # 7
        ("has",     9,  "aux",    "AUX",   "VBZ", "have"),  # 8
        ("lost",    9,  "ROOT",   "VERB",  "VBN", "lose"),  # 9
        ("four",    11, "nummod", "NUM",   "CD",  "four"),  # 10
        ("games",   9,  "dobj",   "NOUN",  "NNS", "game"),  # 11
        ("in",      9,  "prep",   "ADP",   "IN",  "in"),  # 12
        ("a",       14, "det",    "DET",   "DT",  "a"),  # 13
        ("row",     12, "pobj",   "NOUN",  "NN",  "row"),  # 14
        (".",       9,  "punct",  "PUNCT", ".",   "."),  # 15
    ]
    doc = build(make_doc, text, rows, ents={10: "CARDINAL"})
    assert_found(text, find_attributions(doc), [
        ("the coach", "pointed out", "the team has lost four games in a row", "as_reported.as_clause"),
    ])


def test_as_after_a_comparison(make_doc: Callable[..., Doc]) -> None:
    # "as high as X warned" compares; it makes X the source of nothing.
    text = "The tax is as high as the minister warned."
    rows: list[Row] = [
        ("The",      1, "det",    "DET",   "DT",  "the"),  # 0
        ("tax",      2, "nsubj",  "NOUN",  "NN",  "tax"),  # 1
        ("is",       2, "ROOT",   "AUX",   "VBZ", "be"),  # 2
        ("as",       4, "advmod", "ADV",   "RB",  "as"),  # 3
        ("high",     2, "acomp",  "ADJ",   "JJ",  "high"),  # 4
        ("as",       8, "mark",   "SCONJ", "IN",  "as"),  # 5
        ("the",      7, "det",    "DET",   "DT",  "the"),  # 6
        ("minister", 8, "nsubj",  "NOUN",  "NN",  "minister"),  # 7
        ("warned",   4, "advcl",  "VERB",  "VBD", "warn"),  # 8
        (".",        2, "punct",  "PUNCT", ".",   "."),  # 9
    ]
    doc = build(make_doc, text, rows)
    assert find_attributions(doc) == []


def test_as_without_the_comparison(make_doc: Callable[..., Doc]) -> None:
    # The same words without the comparison: "as X warned" qualifies the clause.
    text = "The tax is high, as the minister warned."
    rows: list[Row] = [
        ("The",      1, "det",   "DET",   "DT",  "the"),  # 0
        ("tax",      2, "nsubj", "NOUN",  "NN",  "tax"),  # 1
        ("is",       2, "ROOT",  "AUX",   "VBZ", "be"),  # 2
        ("high",     2, "acomp", "ADJ",   "JJ",  "high"),  # 3
        (",",        2, "punct", "PUNCT", ",",   ","),  # 4
        ("as",       8, "mark",  "SCONJ", "IN",  "as"),  # 5
        ("the",      7, "det",   "DET",   "DT",  "the"),  # 6
        ("minister", 8, "nsubj", "NOUN",  "NN",  "minister"),  # 7
        ("warned",   2, "advcl", "VERB",  "VBD", "warn"),  # 8
        (".",        2, "punct", "PUNCT", ".",   "."),  # 9
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("the minister", "warned", "The tax is high", "as_reported.as_clause"),
    ])


def test_as_with_a_verb_that_is_no_cue(make_doc: Callable[..., Doc]) -> None:
    # "As prices rose": a time clause; "rise" is no cue.
    text = "As prices rose, the bank raised its rates."
    rows: list[Row] = [
        ("As",     2, "mark",  "SCONJ", "IN",   "as"),  # 0
        ("prices", 2, "nsubj", "NOUN",  "NNS",  "price"),  # 1
        ("rose",   6, "advcl", "VERB",  "VBD",  "rise"),  # 2
        (",",      6, "punct", "PUNCT", ",",    ","),  # 3
        ("the",    5, "det",   "DET",   "DT",   "the"),  # 4
        ("bank",   6, "nsubj", "NOUN",  "NN",   "bank"),  # 5
        ("raised", 6, "ROOT",  "VERB",  "VBD",  "raise"),  # 6
        ("its",    8, "poss",  "PRON",  "PRP$", "its"),  # 7
        ("rates",  6, "dobj",  "NOUN",  "NNS",  "rate"),  # 8
        (".",      6, "punct", "PUNCT", ".",    "."),  # 9
    ]
    doc = build(make_doc, text, rows)
    assert find_attributions(doc) == []


def test_put_it_before_a_quote(make_doc: Callable[..., Doc]) -> None:
    # "As X put it, “...”": the quote after the cue is the content.
    text = "As Ms. Lin put it, “The rent is the whole story.”"
    rows: list[Row] = [
        ("As",    3,  "mark",     "SCONJ", "IN",  "as"),  # 0
        ("Ms.",   2,  "compound", "PROPN", "NNP", "Ms."),  # 1
        ("Lin",   3,  "nsubj",    "PROPN", "NNP", "Lin"),  # 2
        ("put",   9,  "advcl",    "VERB",  "VBD", "put"),  # 3
        ("it",    3,  "dobj",     "PRON",  "PRP", "it"),  # 4
        (",",     9,  "punct",    "PUNCT", ",",   ","),  # 5
        ("“",     9,  "punct",    "PUNCT", "``",  '"'),  # 6
        ("The",   8,  "det",      "DET",   "DT",  "the"),  # 7
        ("rent",  9,  "nsubj",    "NOUN",  "NN",  "rent"),  # 8
        ("is",    9,  "ROOT",     "AUX",   "VBZ", "be"),  # 9
        ("the",   12, "det",      "DET",   "DT",  "the"),  # 10
        ("whole", 12, "amod",     "ADJ",   "JJ",  "whole"),  # 11
        ("story", 9,  "attr",     "NOUN",  "NN",  "story"),  # 12
        (".",     9,  "punct",    "PUNCT", ".",   "."),  # 13
        ("”",     9,  "punct",    "PUNCT", "''",  '"'),  # 14
    ]
    doc = build(make_doc, text, rows, ents={2: "PERSON"})
    assert_found(text, find_attributions(doc), [
        ("Ms. Lin", "put it", "“The rent is the whole story.”", "as_reported.put_it"),
    ])


def test_put_it_after_its_clause(make_doc: Callable[..., Doc]) -> None:
    # "..., as X put it": without a quote, the clause it qualifies.
    text = "Voters are tired, as one farmer put it."
    rows: list[Row] = [
        ("Voters", 1, "nsubj",  "NOUN",  "NNS", "voter"),  # 0
        ("are",    1, "ROOT",   "AUX",   "VBP", "be"),  # 1
        ("tired",  1, "acomp",  "ADJ",   "JJ",  "tired"),  # 2
        (",",      1, "punct",  "PUNCT", ",",   ","),  # 3
        ("as",     7, "mark",   "SCONJ", "IN",  "as"),  # 4
        ("one",    6, "nummod", "NUM",   "CD",  "one"),  # 5
        ("farmer", 7, "nsubj",  "NOUN",  "NN",  "farmer"),  # 6
        ("put",    1, "advcl",  "VERB",  "VBD", "put"),  # 7
        ("it",     7, "dobj",   "PRON",  "PRP", "it"),  # 8
        (".",      1, "punct",  "PUNCT", ".",   "."),  # 9
    ]
    doc = build(make_doc, text, rows, ents={5: "CARDINAL"})
    assert_found(text, find_attributions(doc), [
        ("one farmer", "put it", "Voters are tired", "as_reported.put_it"),
    ])


def test_put_it_somewhere(make_doc: Callable[..., Doc]) -> None:
    # "put it in the drawer": no quote, no "as" clause.
    text = "He put it in the drawer."
    rows: list[Row] = [
        ("He",     1, "nsubj", "PRON",  "PRP", "he"),  # 0
        ("put",    1, "ROOT",  "VERB",  "VBD", "put"),  # 1
        ("it",     1, "dobj",  "PRON",  "PRP", "it"),  # 2
        ("in",     1, "prep",  "ADP",   "IN",  "in"),  # 3
        ("the",    5, "det",   "DET",   "DT",  "the"),  # 4
        ("drawer", 3, "pobj",  "NOUN",  "NN",  "drawer"),  # 5
        (".",      1, "punct", "PUNCT", ".",   "."),  # 6
    ]
    doc = build(make_doc, text, rows)
    assert find_attributions(doc) == []


# ------------------------------------------------------------------ parsed sentences


def test_extract_passive_as_reported_by(nlp: Language) -> None:
    text = ("Despite these warnings, Kim departed North Korea for Russia on Sunday, as reported "
            "by the official Korean Central News Agency (KCNA).")
    (claim,) = claims_of(nlp, text)
    assert claim.cue.text == "as reported by"
    assert claim.via == "KCNA"  # the display name corroborate.outlets gives the agency
    assert claim.content.text == "Despite these warnings, Kim departed North Korea for Russia on Sunday"
    (att,) = attributions(nlp, text)
    assert_rule(att, "as_reported.as_clause")


def test_extract_comparison_with_as_is_no_as_reported(nlp: Language) -> None:
    # "as solvent as its owner claims to be" compares; it does not make the owner the source
    # of the quote, which continues the auditor's statement
    text = ("“Why does the firm hide its books? There may be two reasons,” the auditor said. "
            "“First, maybe it is not as solvent as its owner claims to be. Second, maybe the "
            "loans are bigger.”")
    (claim,) = claims_of(nlp, text)
    assert claim.source.text == "the auditor"
    assert text[claim.content.spans[-1][0]:].startswith("“First, maybe it is not as solvent")
    (att,) = attributions(nlp, text)
    assert_rule(att, "verbs.cue_verb")


@pytest.mark.parametrize(
    "text,expected",
    [
        # from test_extract.py's grab-bag: "as X put it"
        ('As Jane Roe, a tax lawyer at a Boston firm, recently put it, "Did the mayor cut his '
         'taxes legally or not?"',
         [("Jane Roe, a tax lawyer at a Boston firm", "recently put it",
           '"Did the mayor cut his taxes legally or not?"', "as_reported.put_it")]),
        ('Ms. Roe put it this way: "We are out of money."',
         [("Ms. Roe", "put it", '"We are out of money."', "as_reported.put_it")]),
        ("As the governor put it, the state cannot afford another year like this.",
         [("the governor", "put it", "the state cannot afford another year like this",
           "as_reported.put_it")]),
        ('The plan, as one voter put it, is "a gift to the rich."',
         [("one voter", "put it", 'The plan is "a gift to the rich."', "as_reported.put_it")]),
        ('Her résumé has not kept her from being seen, as The Atlantic put it in a long profile, '
         '"the closer."',
         [("The Atlantic", "put it", '"the closer."', "as_reported.put_it")]),
        # "as she put it" after a claim of her own only restates who said it
        ("On the stump, Ms. Roe often promises to ''fix the roads, not just the bridges,'' as "
         "she put it on Monday in Dayton.",
         [("Ms. Roe", "often promises", "to ''fix the roads, not just the bridges,''",
           "verbs.cue_verb")]),
        ("She put it on the table.", []),
        # new
        ("As one nurse put it, “We are running on empty.”",
         [("one nurse", "put it", "“We are running on empty.”", "as_reported.put_it")]),
        ("She put it bluntly: “The plan is dead.”",
         [("She", "put it", "“The plan is dead.”", "as_reported.put_it")]),
    ],
)
def test_put_it(nlp: Language, text: str, expected: list[Found]) -> None:
    assert_found(text, attributions(nlp, text), expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # from test_extract.py's grab-bag: "as The Times reported on Saturday" is a source of
        # the clause it qualifies
        ("Given that, as The Globe reported on Sunday, she has quietly become a key donor, the "
         "question matters.",
         [("The Globe", "reported", "she has quietly become a key donor", "as_reported.as_clause")]),
        # "as one user pointed out": the cue is the verb group, the source between
        ("As one user pointed out, the gap is wide.",
         [("one user", "pointed out", "the gap is wide", "as_reported.as_clause")]),
        # "as she called for X" is a demand of hers, not "as reported by" for the clause before
        ("Her guest, the singer and organizer Jane Roe, was visibly moved as she called for the "
         "repeal of the curfew.",
         [("she", "called for", "the repeal of the curfew", "verbs.cue_verb")]),
        # new
        ("The deal collapsed, as the Herald reported on Friday.",
         [("the Herald", "reported", "The deal collapsed", "as_reported.as_clause")]),
        ("The bridge was closed, as confirmed by the council.",
         [("the council", "as confirmed by", "The bridge was closed", "as_reported.as_clause")]),
        # comparisons and time clauses with "as" attribute nothing
        ("The shop is not as busy as the owner says.", []),
        ("The stadium was as full as the organizers had hoped.", []),
        ("As the storm grew, the ferry stayed in port.", []),
    ],
)
def test_as_clause(nlp: Language, text: str, expected: list[Found]) -> None:
    assert_found(text, attributions(nlp, text), expected)


def test_as_reported_by_is_in_the_cue(nlp: Language) -> None:
    # "as reported by X": "as" and "by" are part of the cue; "as X reported": the verb only
    text = "The mine will close, as confirmed by the owners. The pit flooded, as the owners confirmed."
    assert [roles(text, a)[1] for a in attributions(nlp, text)] == ["as confirmed by", "confirmed"]


def test_put_a_thing_at_a_figure(make_doc: Callable[..., Doc]) -> None:
    # "X put the toll at 38": an estimate given as a figure
    text = "The coast guard put the toll at 38."
    rows: list[Row] = [
        ("The",   2, "det",      "DET",   "DT",  "the"),  # 0
        ("coast", 2, "compound", "NOUN",  "NN",  "coast"),  # 1
        ("guard", 3, "nsubj",    "NOUN",  "NN",  "guard"),  # 2
        ("put",   3, "ROOT",     "VERB",  "VBD", "put"),  # 3
        ("the",   5, "det",      "DET",   "DT",  "the"),  # 4
        ("toll",  3, "dobj",     "NOUN",  "NN",  "toll"),  # 5
        ("at",    3, "prep",     "ADP",   "IN",  "at"),  # 6
        ("38",    6, "pobj",     "NUM",   "CD",  "38"),  # 7
        (".",     3, "punct",    "PUNCT", ".",   "."),  # 8
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("The coast guard", "put", "the toll at 38", "as_reported.put_at"),
    ])


def test_put_a_thing_at_a_figure_hung_inside_the_object(make_doc: Callable[..., Doc]) -> None:
    # "AP put the number stranded at 34,000" with "at" on the participle "stranded"
    text = "AP put the number stranded at 34,000."
    rows: list[Row] = [
        ("AP",       1, "nsubj", "PROPN", "NNP", "AP"),  # 0
        ("put",      1, "ROOT",  "VERB",  "VBD", "put"),  # 1
        ("the",      3, "det",   "DET",   "DT",  "the"),  # 2
        ("number",   1, "dobj",  "NOUN",  "NN",  "number"),  # 3
        ("stranded", 3, "acl",   "VERB",  "VBN", "strand"),  # 4
        ("at",       4, "prep",  "ADP",   "IN",  "at"),  # 5
        ("34,000",   5, "pobj",  "NUM",   "CD",  "34,000"),  # 6
        (".",        1, "punct", "PUNCT", ".",   "."),  # 7
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("AP", "put", "the number stranded at 34,000", "as_reported.put_at"),
    ])


@pytest.mark.parametrize(("text", "want"), [
    ("The U.S. Geological Survey put the magnitude at 6.7.",
     [("The U.S. Geological Survey", "put", "the magnitude at 6.7")]),
    ("Indeci, the national civil defence agency, now puts the figure at 11.",
     [("Indeci, the national civil defence agency", "now puts", "the figure at 11")]),
    # the cue is the verb group, as any reporting verb's
    ("On Tuesday the inspectorate had put the cull at 1.2 million birds.",
     [("the inspectorate", "had put", "the cull at 1.2 million birds")]),
    ("The Associated Press put the number of passengers stranded in the first wave at about 34,000.",
     [("The Associated Press", "put",
       "the number of passengers stranded in the first wave at about 34,000")]),
    # a place is no figure
    ("She put the book at the door.", []),
])
def test_put_at_parsed(nlp: Language, text: str, want: list[tuple[str, str, str]]) -> None:
    assert [roles(text, a) for a in attributions(nlp, text)] == want
