"""Quote finding: which marks pair into quotes (straight, curly, two apostrophes, per
paragraph), which apostrophes are no quote, and how the quotes found shape contents."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.attribution import find_attributions, find_quotes
from tests.attribution.helpers import assert_rule, attributions, roles

CUE_VERB = "verbs.cue_verb"




def quoted(text: str) -> list[str]:
    """The quotes found in `text`, as text."""
    return [text[s:e] for s, e in find_quotes(text)]


# copied from tests/test_extract.py (test_find_quotes_pairs_marks)
@pytest.mark.parametrize(
    "text,expected",
    [
        ('He said "yes" and "no".', [(8, 13), (18, 22)]),
        ("“Too short\nand on", []),
        ("“Opened and never closed but long enough to count as a quote paragraph\nnext", [(0, 70)]),
        # two apostrophes are a double quote (some wire copy); a possessive is not a quote
        ("He said, ''We will win,'' at Jones' rally.", [(9, 25)]),
    ],
)
def test_find_quotes_pairs_marks(text: str, expected: list[tuple[int, int]]) -> None:
    assert find_quotes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # straight double quotes pair by alternation
        ('He said "a" and "b" and "c', ['"a"', '"b"']),
        ('""', ['""']),
        # curly quotes pair by shape; a stray closing mark opens nothing
        ("“Yes,” she said, “and no.”", ["“Yes,”", "“and no.”"]),
        ("”Stray close, then “a quote”", ["“a quote”"]),
        # guillemets
        ("«Oui» et «non»", ["«Oui»", "«non»"]),
        # a single quote inside a double one is part of it, never a quote of its own
        ("“Outer ‘inner’ text” and more", ["“Outer ‘inner’ text”"]),
        ("She said: ‘Single curly quotes are not paired’ here.", []),
        # two apostrophes open and close a quote; one is an apostrophe
        ("''It's the council's fault,'' he said.", ["''It's the council's fault,''"]),
    ],
)
def test_find_quotes_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # apostrophes in contractions, possessives and plurals' possessives
        "It’s the 1990s’ boom, don’t you see",
        "The Joneses' house and the Smiths' car",
        "Rock 'n' roll never died",
        # a straight quote left open in a short paragraph
        'He said, "no.',
    ],
)
def test_find_quotes_apostrophes_are_no_quotes(text: str) -> None:
    assert find_quotes(text) == []


def test_find_quotes_closes_a_long_quote_at_its_paragraph_end() -> None:
    # news style opens each paragraph of a long quote anew: the first closes where its
    # paragraph ends (trailing spaces left out), the second pairs on its own line
    text = "“A long first paragraph of a quote runs on   \n“The second one closes here.”"
    assert quoted(text) == ["“A long first paragraph of a quote runs on", "“The second one closes here.”"]


def test_find_quotes_never_pairs_across_paragraphs() -> None:
    # a short unclosed opener is dropped; the mark on the next line opens its own quote
    text = '"No\n"Yes," she said.'
    assert quoted(text) == ['"Yes,"']


def test_find_quotes_offsets_are_in_the_whole_text() -> None:
    text = "First line.\nSecond line with “a quote” in it.\n\nThird, “another.”"
    assert [text[s:e] for s, e in find_quotes(text)] == ["“a quote”", "“another.”"]
    assert find_quotes(text)[0][0] == text.index("“a quote”")


def test_two_apostrophes_quote_a_content(make_doc: Callable[..., Doc]) -> None:
    # the wire's '' quotes are quote marks: the content keeps them, as it keeps curly ones
    doc = make_doc(
        ["''", "Come", "with", "us", ",", "''", "Ms.", "Vega", "said", "."],
        [8, 8, 1, 2, 8, 8, 7, 8, 8, 8],
        ["punct", "ccomp", "prep", "pobj", "punct", "punct", "compound", "nsubj", "ROOT", "punct"],
        pos=["PUNCT", "VERB", "ADP", "PRON", "PUNCT", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"],
        tags=["``", "VB", "IN", "PRP", ",", "''", "NNP", "NNP", "VBD", "."],
        lemmas=["''", "come", "with", "we", ",", "''", "Ms.", "Vega", "say", "."],
        spaces=[False, True, True, False, False, True, True, True, False, False],
    )
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == ("Ms. Vega", "said", "''Come with us,''")
    assert_rule(att, CUE_VERB)


def test_a_possessive_apostrophe_opens_no_quote(make_doc: Callable[..., Doc]) -> None:
    # "Jones' plan": the apostrophe after a word is no quote, so the content is the clause
    doc = make_doc(
        ["Jones", "'", "aides", "said", "the", "plan", "was", "dead", "."],
        [2, 0, 3, 3, 5, 6, 3, 6, 3],
        ["poss", "case", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"],
        pos=["PROPN", "PART", "NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
        tags=["NNP", "POS", "NNS", "VBD", "DT", "NN", "VBD", "JJ", "."],
        lemmas=["Jones", "'", "aide", "say", "the", "plan", "be", "dead", "."],
        spaces=[False, True, True, True, True, True, True, False, False],
    )
    assert find_quotes(doc.text) == []
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == ("Jones' aides", "said", "the plan was dead")
    assert_rule(att, CUE_VERB)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a content that reaches into a quote grows over all of it
        ('The plan, she said, is "a gift to the rich."',
         ("she", "said", 'The plan is "a gift to the rich."')),
        # a quote that closes with a comma after the content keeps its mark
        ("“The ferry will run on Sundays,” the captain said.",
         ("the captain", "said", "“The ferry will run on Sundays,”")),
        ("''Come with us,'' Ms. Vega said, and the girls walked behind.",
         ("Ms. Vega", "said", "''Come with us,''")),
    ],
)
def test_contents_take_their_quote_marks(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    atts = attributions(nlp, text)
    assert [roles(text, a) for a in atts] == [expected]
    assert_rule(atts[0], CUE_VERB)
