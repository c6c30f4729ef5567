"""Session 33's repairs to who "the company" is, on hand-built Docs with the parse the pipeline
gives and on parsed invented text."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from corroborate.lexicon.speakers import NON_BUSINESS_WORDS
from corroborate.speakers.syntax import described_as
from tests.test_speakers import resolve_sources, resolve_tokens


def _agency_doc(make_doc: Callable[..., Doc]) -> Doc:
    # "Acme said it would appeal . The agency LANUV objected . The company said it would appeal ."
    # with the parse the pipeline gives "the state environment agency LANUV said" ("agency" and
    # the name both subjects of the verb)
    words = ["Acme", "said", "it", "would", "appeal", ".", "The", "agency", "LANUV", "objected", ".",
             "The", "company", "said", "it", "would", "appeal", "."]
    return make_doc(words, [1, 1, 4, 4, 1, 1, 7, 9, 9, 9, 9, 12, 13, 13, 16, 16, 13, 13],
                    ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct", "det", "nsubj", "nsubj", "ROOT",
                     "punct", "det", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"],
                    pos=["PROPN", "VERB", "PRON", "AUX", "VERB", "PUNCT", "DET", "NOUN", "PROPN", "VERB",
                         "PUNCT", "DET", "NOUN", "VERB", "PRON", "AUX", "VERB", "PUNCT"],
                    tags=["NNP", "VBD", "PRP", "MD", "VB", ".", "DT", "NN", "NNP", "VBD", ".", "DT", "NN",
                          "VBD", "PRP", "MD", "VB", "."],
                    lemmas=["Acme", "say", "it", "would", "appeal", ".", "the", "agency", "LANUV", "object",
                            ".", "the", "company", "say", "it", "would", "appeal", "."],
                    ents=["B-ORG"] + ["O"] * 7 + ["B-ORG"] + ["O"] * 9)


def test_a_name_set_beside_a_noun_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    doc = _agency_doc(make_doc)
    assert described_as(doc, 8, 9, NON_BUSINESS_WORDS)  # "the agency LANUV"
    assert not described_as(doc, 0, 1, NON_BUSINESS_WORDS)  # "Acme" stands beside no noun
    # and "the company" is not the agency, though it was the last subject named
    assert resolve_tokens(doc, 11, 13) == ("Acme", "organization")


def test_the_company_is_no_agency_however_the_text_names_it(nlp: Language) -> None:
    # the agency by a noun beside its name, by an appositive, and by its initials
    for agency, source, name in (
            ("The state environment agency Envirox", "The state environment agency Envirox", "Envirox"),
            ("Envirox, the state environment agency,", "Envirox", "Envirox"),
            ("The Regional Health Protection Agency (RHPA)", "The Regional Health Protection Agency",
             "RHPA")):
        text = (f"Solvex Industries said its plant would reopen on Monday. {agency} said soot "
                f"samples were being analysed. {name} said residents should not eat garden produce. "
                "The company said its own measurements found no hazardous substances.")
        got = resolve_sources(nlp, text, ["Solvex Industries", source, name, "The company"])
        assert got[-1] == ("Solvex Industries", "organization"), (agency, got)
    # a prosecutor's office is no business either
    text = ("Tracovia said it had done nothing wrong. Officers searched its offices on Tuesday. "
            "The Public Prosecutor's Office said three people had been questioned. "
            "The company said it had complied with the law.")
    assert resolve_sources(nlp, text, ["Tracovia", "The Public Prosecutor's Office", "The company"])[-1] == (
        "Tracovia", "organization")


def test_the_company_that_spoke_before_the_window_over_a_name_only_mentioned(nlp: Language) -> None:
    # seven sentences after the company last spoke, the only organisation named is a town inside
    # what the agency said: the company is the one that spoke, not the town
    text = ("Solvex Industries said the blast had killed four workers. Firefighters worked through "
            "the night. Roads were closed. Schools stayed shut. Residents were told to keep windows "
            "closed. Wind carried the smoke north. The agency said samples from gardens near the Rhine "
            "Valley Museum were being analysed. The company said its own measurements found nothing.")
    got = resolve_sources(nlp, text, ["Solvex Industries", "The agency", "The company"])
    assert got[-1] == ("Solvex Industries", "organization"), got


def test_the_company_is_a_subject_the_recogniser_took_for_a_place(nlp: Language) -> None:
    # "Engie" is tagged a place (GPE) and is no state: as the subject of the sentence before,
    # it is what "the company" means, not the broadcaster the regulator spoke to
    text = ("Belgium's Doel 4 reactor shut down on Monday. \"That is Engie's date, not ours,\" regulator "
            "spokesman Pieter Claes told VRT NWS. Asked about reports of a much longer shutdown, Engie "
            "was categorical. According to the company, an outage of several months is out of the "
            "question.")
    doc = nlp(text)
    assert any(e.text == "Engie" and e.label_ == "GPE" for e in doc.ents)  # the premise
    assert resolve_sources(nlp, text, ["regulator spokesman Pieter Claes", "the company"])[-1] == (
        "Engie", "organization")


def _firm_doc(make_doc: Callable[..., Doc], first: str) -> Doc:
    # "<first> was firm . The company said it would appeal ." with the first word a GPE
    words = [first, "was", "firm", ".", "The", "company", "said", "it", "would", "appeal", "."]
    return make_doc(words, [1, 1, 1, 1, 5, 6, 6, 9, 9, 6, 6],
                    ["nsubj", "ROOT", "acomp", "punct", "det", "nsubj", "ROOT", "nsubj", "aux", "ccomp",
                     "punct"],
                    pos=["PROPN", "AUX", "ADJ", "PUNCT", "DET", "NOUN", "VERB", "PRON", "AUX", "VERB",
                         "PUNCT"],
                    tags=["NNP", "VBD", "JJ", ".", "DT", "NN", "VBD", "PRP", "MD", "VB", "."],
                    lemmas=[first, "be", "firm", ".", "the", "company", "say", "it", "would", "appeal", "."],
                    ents=["B-GPE"] + ["O"] * 10)


def test_a_subject_tagged_a_place_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    assert resolve_tokens(_firm_doc(make_doc, "Tracovia"), 4, 6) == ("Tracovia", "organization")
    # a state so tagged stays no company
    assert resolve_tokens(_firm_doc(make_doc, "France"), 4, 6)[0] != "France"
