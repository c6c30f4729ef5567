"""Session 23's repairs, each on parsed invented text and, for the rules that read a parse, on
hand-built Docs with the parse the pipeline gives."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from corroborate.api import extract_claims_from_texts
from corroborate.attribution import find_attributions
from tests.attribution.helpers import roles
from tests.attribution.support import Row, build

STATEMENT = "\n".join([
    "Statement on research integrity investigation",
    "",
    "UNIVERSITY OF DALMOOR — NEWS AND ANNOUNCEMENTS",
    "Published Wednesday, 10:00",
    "",
    ("The University of Dalmoor has opened a formal investigation into concerns raised about "
     "papers from the laboratory of Professor Ruth Enfield. The investigation panel will be "
     "chaired by a senior academic from outside the University."),
    "",
])


def test_a_statements_own_sentences_are_its_issuers_claims() -> None:
    claims = extract_claims_from_texts({"s": STATEMENT})
    said = {c.content.text: c.speaker for c in claims}
    assert said == {
        ("The University of Dalmoor has opened a formal investigation into concerns raised about "
         "papers from the laboratory of Professor Ruth Enfield"): "University of Dalmoor",
        ("The investigation panel will be chaired by a senior academic from outside the "
         "University"): "University of Dalmoor",
    }


# -- a "that" clause the parser coordinated with its report
_PAPER = "The paper later reported, citing a source, that four people had been detained."
_PAPER_ROWS: list[Row] = [
    ("The",      1,  "det",       "DET",   "DT",  "the"),  # 0
    ("paper",    3,  "nsubj",     "NOUN",  "NN",  "paper"),  # 1
    ("later",    3,  "advmod",    "ADV",   "RB",  "later"),  # 2
    ("reported", 3,  "ROOT",      "VERB",  "VBD", "report"),  # 3
    (",",        3,  "punct",     "PUNCT", ",",   ","),  # 4
    ("citing",   14, "advcl",     "VERB",  "VBG", "cite"),  # 5
    ("a",        7,  "det",       "DET",   "DT",  "a"),  # 6
    ("source",   5,  "dobj",      "NOUN",  "NN",  "source"),  # 7
    (",",        14, "punct",     "PUNCT", ",",   ","),  # 8
    ("that",     14, "mark",      "SCONJ", "IN",  "that"),  # 9
    ("four",     11, "nummod",    "NUM",   "CD",  "four"),  # 10
    ("people",   14, "nsubjpass", "NOUN",  "NNS", "people"),  # 11
    ("had",      14, "aux",       "AUX",   "VBD", "have"),  # 12
    ("been",     14, "auxpass",   "AUX",   "VBN", "be"),  # 13
    ("detained", 3,  "conj",      "VERB",  "VBN", "detain"),  # 14
    (".",        3,  "punct",     "PUNCT", ".",   "."),  # 15
]


def test_a_that_clause_coordinated_with_its_report_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    doc = build(make_doc, _PAPER, _PAPER_ROWS)
    found = [roles(_PAPER, a) for a in find_attributions(doc)]
    # the cited source says it, through the paper; "citing" names a source and is no claim
    assert found == [("a source", "later reported", "that four people had been detained")]
    # a coordinated verb with no "that" is the writer's next sentence part, not the report's
    text = "The paper later reported, citing a source, four people had been detained."
    rows = [r for k, r in enumerate(_PAPER_ROWS) if k != 9]
    rows = [(w, h - 1 if h > 9 else h, *rest) for w, h, *rest in rows]  # type: ignore[misc]
    doc = build(make_doc, text, rows)
    assert not [a for a in find_attributions(doc) if "detained" in roles(text, a)[2]]


def test_a_that_clause_coordinated_with_its_report_parsed(nlp: Language) -> None:
    claims = extract_claims_from_texts({"t": (
        "Headline\n\nThe newspaper Diário Nacional later reported, citing a source close to the "
        "investigation, that four people had been detained, including Reis.")})
    assert [(c.source.text, c.content.text, c.via) for c in claims] == [
        ("a source close to the investigation", "that four people had been detained, including Reis",
         "Diário Nacional")]
    # a second "that" clause after "and" is the report's second content, not the first one's
    claims = extract_claims_from_texts({"t": (
        "Headline\n\nThe JoongAng Ilbo reported Tuesday, citing two government officials, that "
        "Indonesia has agreed to pay 600 billion won toward the fighter program, and that a "
        "revised contract could be signed as early as December.")})
    assert [(c.source.text, c.cue.text, c.content.text) for c in claims] == [
        ("two government officials", "reported Tuesday",
         "that Indonesia has agreed to pay 600 billion won toward the fighter program"),
        ("two government officials", "reported Tuesday",
         "that a revised contract could be signed as early as December")]


# -- a finite verb the parser joined to an infinitive relative
_CONCEAL = "Valente said he had nothing to conceal and promised to help the inquiry."
_CONCEAL_ROWS: list[Row] = [
    ("Valente",  1,  "nsubj", "PROPN", "NNP", "Valente"),  # 0
    ("said",     1,  "ROOT",  "VERB",  "VBD", "say"),  # 1
    ("he",       3,  "nsubj", "PRON",  "PRP", "he"),  # 2
    ("had",      1,  "ccomp", "VERB",  "VBD", "have"),  # 3
    ("nothing",  3,  "dobj",  "PRON",  "NN",  "nothing"),  # 4
    ("to",       6,  "aux",   "PART",  "TO",  "to"),  # 5
    ("conceal",  4,  "relcl", "VERB",  "VB",  "conceal"),  # 6
    ("and",      6,  "cc",    "CCONJ", "CC",  "and"),  # 7
    ("promised", 6,  "conj",  "VERB",  "VBD", "promise"),  # 8
    ("to",       10, "aux",   "PART",  "TO",  "to"),  # 9
    ("help",     8,  "xcomp", "VERB",  "VB",  "help"),  # 10
    ("the",      12, "det",   "DET",   "DT",  "the"),  # 11
    ("inquiry",  10, "dobj",  "NOUN",  "NN",  "inquiry"),  # 12
    (".",        1,  "punct", "PUNCT", ".",   "."),  # 13
]


def test_a_verb_joined_to_an_infinitive_relative_keeps_the_speaker_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    from corroborate.attribution.syntax import subject_of

    doc = build(make_doc, _CONCEAL, _CONCEAL_ROWS)
    subject = subject_of(doc[8])
    assert subject is not None and subject.text == "Valente"  # was None: a claim with no source
    # joined to a relative that is no infinitive ("the fund that he runs and owns"), no climb
    rows = list(_CONCEAL_ROWS)
    rows[5] = ("to", 6, "advmod", "ADV", "RB", "to")
    doc = build(make_doc, _CONCEAL, rows)
    assert subject_of(doc[8]) is None


def test_a_verb_joined_to_an_infinitive_relative_keeps_the_speaker_parsed(nlp: Language) -> None:
    claims = extract_claims_from_texts({"t": "Headline\n\nIn a written statement, Valente said he "
                                        "had nothing to conceal and promised to collaborate with "
                                        "the justice system."})
    assert [(c.speaker, c.cue.text, c.content.text) for c in claims] == [
        ("Valente", "said", "he had nothing to conceal"),
        ("Valente", "promised", "to collaborate with the justice system")]
