"""The layout family: constructions the page's layout makes, not the sentence's syntax.

"NAME: ..." line openers (headlines, transcript turns), "“Quote.” ― Name" dash signatures and
"Said NAME: “...”" inverted cues. They read the text's lines and marks; the parse only says
whether the name is a name. Each is tested on a hand-built Doc, on parsed text, and on a
look-alike it must leave alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.attribution import find_attributions
from corroborate.components import attributions_of
from tests.attribution.helpers import Roles, assert_rule, attributions, roles

COLON_NAME = "layout.colon_name"
DASH_SIGNATURE = "layout.dash_signature"
SAID_NAME = "layout.said_name"




def only(doc: Doc, rule: str) -> Roles:
    """The roles of the one attribution found in a hand-built Doc, built by `rule`."""
    (att,) = find_attributions(doc)
    assert_rule(att, rule)
    return roles(doc.text, att)


# ------------------------------------------------------------------ "NAME: ..."
def test_colon_name_tagged_as_a_name(make_doc: Callable[..., Doc]) -> None:
    doc = make_doc(
        ["Mayor", "Lindqvist", ":", "Harbour", "tolls", "must", "rise", "to", "pay", "for", "the", "quay"],
        [1, 6, 1, 4, 6, 6, 6, 8, 6, 8, 11, 9],
        ["compound", "nsubj", "punct", "compound", "nsubj", "aux", "ROOT", "aux", "advcl", "prep", "det",
         "pobj"],
        pos=["PROPN", "PROPN", "PUNCT", "PROPN", "NOUN", "AUX", "VERB", "PART", "VERB", "ADP", "DET",
             "NOUN"],
        tags=["NNP", "NNP", ":", "NNP", "NNS", "MD", "VB", "TO", "VB", "IN", "DT", "NN"],
        lemmas=["Mayor", "Lindqvist", ":", "Harbour", "toll", "must", "rise", "to", "pay", "for", "the",
                "quay"],
        ents=["O", "B-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"],
    )
    assert only(doc, COLON_NAME) == (
        "Mayor Lindqvist", ":", "Harbour tolls must rise to pay for the quay")


def test_colon_name_the_tagger_misses_but_named_below(make_doc: Callable[..., Doc]) -> None:
    # the misparse the rule survives: a headline's name tagged a common noun; a person's name
    # below holding the word makes it a name
    doc = make_doc(
        ["Lindqvist", ":", "Harbour", "tolls", "must", "rise", "\n", "Mayor", "Ann", "Lindqvist", "spoke",
         "."],
        [5, 0, 3, 5, 5, 5, 5, 9, 9, 10, 10, 10],
        ["nsubj", "punct", "compound", "nsubj", "aux", "ROOT", "dep", "compound", "compound", "nsubj",
         "ROOT", "punct"],
        pos=["NOUN", "PUNCT", "PROPN", "NOUN", "AUX", "VERB", "SPACE", "PROPN", "PROPN", "PROPN", "VERB",
             "PUNCT"],
        tags=["NN", ":", "NNP", "NNS", "MD", "VB", "_SP", "NNP", "NNP", "NNP", "VBD", "."],
        lemmas=["lindqvist", ":", "Harbour", "toll", "must", "rise", "\n", "Mayor", "Ann", "Lindqvist",
                "speak", "."],
        ents=["O", "O", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"],
        spaces=[False, True, True, True, True, False, False, True, True, True, False, False],
    )
    assert only(doc, COLON_NAME) == ("Lindqvist", ":", "Harbour tolls must rise")


def test_colon_word_the_tagger_misses_and_nobody_is_named(make_doc: Callable[..., Doc]) -> None:
    # ... without the name anywhere else, a capitalised word before a colon is no source
    doc = make_doc(
        ["Lindqvist", ":", "Harbour", "tolls", "must", "rise", "\n", "The", "mayor", "spoke", "."],
        [5, 0, 3, 5, 5, 5, 5, 8, 9, 9, 9],
        ["nsubj", "punct", "compound", "nsubj", "aux", "ROOT", "dep", "det", "nsubj", "ROOT", "punct"],
        pos=["NOUN", "PUNCT", "PROPN", "NOUN", "AUX", "VERB", "SPACE", "DET", "NOUN", "VERB", "PUNCT"],
        tags=["NN", ":", "NNP", "NNS", "MD", "VB", "_SP", "DT", "NN", "VBD", "."],
        lemmas=["lindqvist", ":", "Harbour", "toll", "must", "rise", "\n", "the", "mayor", "speak", "."],
        spaces=[False, True, True, True, True, False, False, True, True, False, False],
    )
    assert find_attributions(doc) == []


def test_colon_name_of_a_transcript_turn(make_doc: Callable[..., Doc]) -> None:
    # '"HALVORSEN: Well, ...': a transcript line may open with a stray quote mark
    doc = make_doc(
        ["\"", "HALVORSEN", ":", "Well", ",", "we", "never", "saw", "the", "invoices", "from", "the",
         "contractor", "."],
        [1, 7, 1, 7, 7, 7, 7, 7, 9, 7, 9, 12, 10, 7],
        ["punct", "dep", "punct", "intj", "punct", "nsubj", "neg", "ROOT", "det", "dobj", "prep", "det",
         "pobj", "punct"],
        pos=["PUNCT", "PROPN", "PUNCT", "INTJ", "PUNCT", "PRON", "ADV", "VERB", "DET", "NOUN", "ADP",
             "DET", "NOUN", "PUNCT"],
        tags=["``", "NNP", ":", "UH", ",", "PRP", "RB", "VBD", "DT", "NNS", "IN", "DT", "NN", "."],
        lemmas=["\"", "HALVORSEN", ":", "well", ",", "we", "never", "see", "the", "invoice", "from", "the",
                "contractor", "."],
        spaces=[False, False, True, False, True, True, True, True, True, True, True, True, False, False],
    )
    assert only(doc, COLON_NAME) == (
        "HALVORSEN", ":", "Well, we never saw the invoices from the contractor")


def test_colon_label_is_no_name(make_doc: Callable[..., Doc]) -> None:
    # "Analysis: ...": a common noun before the colon, and no name elsewhere holds it
    doc = make_doc(
        ["Analysis", ":", "The", "governor", "needs", "a", "new", "plan", "before", "the", "vote", "."],
        [0, 0, 3, 4, 0, 7, 7, 4, 4, 10, 8, 4],
        ["ROOT", "punct", "det", "nsubj", "acl", "det", "amod", "dobj", "prep", "det", "pobj", "punct"],
        pos=["NOUN", "PUNCT", "DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
        tags=["NN", ":", "DT", "NN", "VBZ", "DT", "JJ", "NN", "IN", "DT", "NN", "."],
        lemmas=["analysis", ":", "the", "governor", "need", "a", "new", "plan", "before", "the", "vote",
                "."],
    )
    assert find_attributions(doc) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Mayor Lindqvist: Harbour tolls must rise to pay for the new quay\n"
         "The port authority met on Monday.",
         ("Mayor Lindqvist", ":", "Harbour tolls must rise to pay for the new quay")),
        ("Lindqvist: Harbour tolls must rise\nMayor Ann Lindqvist spoke.",
         ("Lindqvist", ":", "Harbour tolls must rise")),
        ('"HALVORSEN: Well, we never saw the invoices from the contractor.\nThe hearing went on.',
         ("HALVORSEN", ":", "Well, we never saw the invoices from the contractor")),
    ],
)
def test_colon_name_parsed(nlp: Language, text: str, expected: Roles) -> None:
    (att,) = attributions(nlp, text)
    assert roles(text, att) == expected
    assert_rule(att, COLON_NAME)


def test_headline_colon_with_a_name_the_tagger_misses(nlp: Language) -> None:
    # copied from tests/test_extract.py (test_extract_headline_colon_with_a_name_the_tagger_misses)
    text = ("Ortiz: Roe needs to 'get away from all of this noise' with Smith.\n\n"
            "Maria Ortiz offered advice to the campaign on Sunday.\n")
    colon = [a for a in attributions(nlp, text) if roles(text, a)[1] == ":"]
    assert len(colon) == 1
    assert roles(text, colon[0])[0] == "Ortiz"
    assert_rule(colon[0], COLON_NAME)
    # without the name anywhere else, a capitalised word before a colon is no source
    text = "Analysis: Clinton needs to change her approach before the debate.\n"
    assert [a for a in attributions(nlp, text) if roles(text, a)[1] == ":"] == []


@pytest.mark.parametrize("text", [
    # a release's section labels are no speakers, though the tagger reads them as names
    "Advisory: People in shelters are requested not to return home until further notice.\n",
    "Background: The Honourable Minister visited the coast on Tuesday with officials.\n",
])
def test_section_label_before_a_colon_is_no_source(nlp: Language, text: str) -> None:
    assert [a for a in attributions(nlp, text) if roles(text, a)[1] == ":"] == []


@pytest.mark.parametrize(
    "text",
    [
        # labels and section heads
        "Analysis: The governor needs a new plan before the vote.",
        "UPDATE: The road has reopened after the storm this morning.",
        "Photo: Mayor Ann Lindqvist speaks at the harbour on Monday.",
        # a number in the name: a heading, not a speaker
        "Day 3: The jury heard from the last witness of the trial.",
        # too little after the colon to be a statement
        "Ann Lindqvist: Yes.",
        # more than four words before the colon
        "The Harbour Master Of The Port Authority: Tolls must rise to pay for the quay.",
    ],
)
def test_colon_look_alikes(nlp: Language, text: str) -> None:
    assert [a for a in attributions(nlp, text) if roles(text, a)[1] == ":"] == []


def test_colon_after_a_lead_in_is_no_attribution(nlp: Language) -> None:
    # copied from tests/test_extract.py (test_extract_more_misparsed_constructions): the
    # writer's lead-in before a colon is not what the cue clause after it says, and no name
    # opens the line
    text = ("The vacancy rate is a common measure with a precise meaning: It refers to the share "
            "of homes left empty.")
    assert attributions(nlp, text) == []


# ------------------------------------------------------------------ "“Quote.” ― Name"
def test_dash_signature(make_doc: Callable[..., Doc]) -> None:
    # the parser makes the dash a verb with the name its subject; only the name's tag counts
    doc = make_doc(
        ["Readers", "wrote", "in", ".", "\n", "“", "Too", "short", ".", "”", "―", "Clara", "Mendez", "\n"],
        [1, 1, 1, 1, 3, 7, 7, 7, 7, 7, 10, 12, 10, 12],
        ["nsubj", "ROOT", "prt", "punct", "dep", "punct", "advmod", "ROOT", "punct", "punct", "ROOT",
         "compound", "nsubj", "dep"],
        pos=["NOUN", "VERB", "ADP", "PUNCT", "SPACE", "PUNCT", "ADV", "ADJ", "PUNCT", "PUNCT", "VERB",
             "PROPN", "PROPN", "SPACE"],
        tags=["NNS", "VBD", "IN", ".", "_SP", "``", "RB", "JJ", ".", "''", "VB", "NNP", "NNP", "_SP"],
        lemmas=["reader", "write", "in", ".", "\n", "\"", "too", "short", ".", "\"", "―", "Clara",
                "Mendez", "\n"],
        ents=["O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"],
        spaces=[True, True, False, False, False, False, True, False, False, True, True, True, False, False],
    )
    assert only(doc, DASH_SIGNATURE) == ("Clara Mendez", "―", "“Too short.”")


def test_dash_signature_opening_with_a_stray_closing_mark(make_doc: Callable[..., Doc]) -> None:
    # readers' quotes often open with ”: the quote runs from the line's first quote mark
    doc = make_doc(
        ["Letters", ".", "\n", "”", "Our", "library", "must", "stay", "open", ".", "”", "―", "Clara",
         "Mendez", "\n"],
        [0, 0, 1, 7, 5, 7, 7, 7, 7, 7, 7, 11, 13, 11, 13],
        ["ROOT", "punct", "dep", "punct", "poss", "nsubj", "aux", "ROOT", "acomp", "punct", "punct",
         "ROOT", "compound", "nsubj", "dep"],
        pos=["NOUN", "PUNCT", "SPACE", "PUNCT", "PRON", "NOUN", "AUX", "VERB", "ADJ", "PUNCT", "PUNCT",
             "VERB", "PROPN", "PROPN", "SPACE"],
        tags=["NNS", ".", "_SP", "``", "PRP$", "NN", "MD", "VB", "JJ", ".", "''", "VB", "NNP", "NNP",
              "_SP"],
        lemmas=["letter", ".", "\n", "\"", "our", "library", "must", "stay", "open", ".", "\"", "―",
                "Clara", "Mendez", "\n"],
        spaces=[False, False, False, False, True, True, True, True, False, False, True, True, True, False,
                False],
    )
    assert only(doc, DASH_SIGNATURE) == ("Clara Mendez", "―", "”Our library must stay open.”")


def test_dash_signature_on_a_quote_too_short(make_doc: Callable[..., Doc]) -> None:
    # “No.” is under ten characters: no statement to sign
    doc = make_doc(
        ["Readers", "wrote", "in", ".", "\n", "“", "No", ".", "”", "―", "Clara", "Mendez", "\n"],
        [1, 1, 1, 1, 3, 9, 9, 9, 9, 9, 11, 9, 11],
        ["nsubj", "ROOT", "prt", "punct", "dep", "punct", "intj", "punct", "punct", "ROOT", "compound",
         "nsubj", "dep"],
        pos=["NOUN", "VERB", "ADP", "PUNCT", "SPACE", "PUNCT", "INTJ", "PUNCT", "PUNCT", "VERB", "PROPN",
             "PROPN", "SPACE"],
        tags=["NNS", "VBD", "IN", ".", "_SP", "``", "UH", ".", "''", "VBP", "NNP", "NNP", "_SP"],
        lemmas=["reader", "write", "in", ".", "\n", "\"", "no", ".", "\"", "―", "Clara", "Mendez", "\n"],
        spaces=[True, True, False, False, False, False, False, False, True, True, True, False, False],
    )
    assert find_attributions(doc) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Readers wrote in.\n“The library is the heart of our town and it must stay open.” ― Clara "
         "Mendez\n",
         ("Clara Mendez", "―", "“The library is the heart of our town and it must stay open.”")),
        ("Readers wrote in.\n“The new bus lanes have made my commute twice as long.” — Tomas Weber\n",
         ("Tomas Weber", "—", "“The new bus lanes have made my commute twice as long.”")),
    ],
)
def test_dash_signature_parsed(nlp: Language, text: str, expected: Roles) -> None:
    (att,) = attributions(nlp, text)
    assert roles(text, att) == expected
    assert_rule(att, DASH_SIGNATURE)


def test_dash_signed_quote_holding_a_nested_attribution(nlp: Language) -> None:
    # copied from tests/test_extract.py (test_extract_dash_signed_quote_holding_a_nested_attribution):
    # a quote that is not taken whole by another attribution is still the signer's
    text = ("Readers wrote in.\n“During the debate Smith said farmers live in fear. He is "
            "ignorant of our culture.”\u00a0― Paula Reyes\n")
    atts = attributions_of(nlp(text))
    signed = [a for a in atts if roles(text, a)[1] == "―"]
    assert len(signed) == 1
    source, _, content = roles(text, signed[0])
    assert source == "Paula Reyes"
    assert content.startswith("“During the debate") and content.endswith("culture.”")
    assert_rule(signed[0], DASH_SIGNATURE)


@pytest.mark.parametrize(
    "text",
    [
        "Readers wrote in.\n“No.” ― Clara Mendez\n",
        # a lower-case word after the dash is no signature
        "Readers wrote in.\n“Our library must stay open,” ― said a reader\n",
        # a dash inside a line that does not open with a quote
        "The vote ― held on Monday ― went to Clara Mendez.\n",
    ],
)
def test_dash_look_alikes(nlp: Language, text: str) -> None:
    assert [a for a in attributions(nlp, text) if roles(text, a)[1] in "―—–"] == []


# ------------------------------------------------------------------ "Said NAME: “...”"
def test_said_name(make_doc: Callable[..., Doc]) -> None:
    # the misparse the rule survives: the tagger takes "Said" for the first word of a name
    doc = make_doc(
        ["Votes", "loom", ".", "Said", "Lindqvist", ":", "“", "We", "can", "not", "raise", "tolls", ".",
         "”"],
        [1, 1, 1, 4, 4, 4, 4, 10, 10, 10, 4, 10, 4, 4],
        ["nsubj", "ROOT", "punct", "compound", "ROOT", "punct", "punct", "nsubj", "aux", "neg", "acl",
         "dobj", "punct", "punct"],
        pos=["NOUN", "VERB", "PUNCT", "PROPN", "PROPN", "PUNCT", "PUNCT", "PRON", "AUX", "PART", "VERB",
             "NOUN", "PUNCT", "PUNCT"],
        tags=["NNS", "VBP", ".", "NNP", "NNP", ":", "``", "PRP", "MD", "RB", "VB", "NNS", ".", "''"],
        lemmas=["vote", "loom", ".", "Said", "Lindqvist", ":", "\"", "we", "can", "not", "raise", "toll",
                ".", "\""],
        ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O"],
        spaces=[True, False, True, True, False, True, False, True, False, True, True, False, False, False],
    )
    assert only(doc, SAID_NAME) == ("Lindqvist", "Said", "“We cannot raise tolls.”")


def test_said_name_without_a_quote(make_doc: Callable[..., Doc]) -> None:
    # the construction needs the quote to open right after the colon
    doc = make_doc(
        ["Votes", "loom", ".", "Said", "Lindqvist", ":", "we", "can", "not", "raise", "tolls", "."],
        [1, 1, 1, 4, 4, 4, 9, 9, 9, 4, 9, 4],
        ["nsubj", "ROOT", "punct", "compound", "ROOT", "punct", "nsubj", "aux", "neg", "acl", "dobj",
         "punct"],
        pos=["NOUN", "VERB", "PUNCT", "PROPN", "PROPN", "PUNCT", "PRON", "AUX", "PART", "VERB", "NOUN",
             "PUNCT"],
        tags=["NNS", "VBP", ".", "NNP", "NNP", ":", "PRP", "MD", "RB", "VB", "NNS", "."],
        lemmas=["vote", "loom", ".", "Said", "Lindqvist", ":", "we", "can", "not", "raise", "toll", "."],
        spaces=[True, False, True, True, False, True, True, False, True, True, False, False],
    )
    assert find_attributions(doc) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The council met on Monday. Said Lindqvist: “We cannot keep raising the tolls.”",
         ("Lindqvist", "Said", "“We cannot keep raising the tolls.”")),
        ("The council met on Monday. Said Lindqvist, “We cannot keep raising the tolls.”",
         ("Lindqvist", "Said", "“We cannot keep raising the tolls.”")),
        ("The council met on Monday. Added Ortega: “The quay will be finished in May.”",
         ("Ortega", "Added", "“The quay will be finished in May.”")),
    ],
)
def test_said_name_parsed(nlp: Language, text: str, expected: Roles) -> None:
    (att,) = attributions(nlp, text)
    assert roles(text, att) == expected
    assert_rule(att, SAID_NAME)


# copied from tests/test_extract.py (test_extract_more_misparsed_constructions)
@pytest.mark.parametrize(
    "text,expected",
    [
        # an inverted cue opening the sentence; the tagger reads "Said" as part of a name
        # (here it reads it as a verb with "Moreno" its subject: the verb rule builds the
        # attribution, and the layout rule's reading of the same cue is a repeat)
        ("The changes would make the code more complicated. Said Moreno: “I don’t get the sense "
         "he’s interested in zoning reform.”",
         [("Moreno", "Said", "“I don’t get the sense he’s interested in zoning reform.”")]),
    ],
)
def test_said_name_opening_a_sentence(nlp: Language, text: str, expected: list[Roles]) -> None:
    atts = attributions(nlp, text)
    assert [roles(text, a) for a in atts] == expected
    for att in atts:
        assert_rule(att, "verbs.cue_verb")


def test_said_name_without_a_quote_parsed(nlp: Language) -> None:
    assert attributions(nlp, "Votes loom. Said Lindqvist: we cannot raise tolls.") == []
