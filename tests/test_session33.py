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


def test_a_noun_of_another_phrase_describes_no_name(nlp: Language) -> None:
    # "the agency" is what officials told, "the union" whom Acme met: neither describes Acme
    for text in ("Officials told the agency Acme Corp had broken the rules. Acme Corp denied it. "
                 "The company said it would appeal.",
                 "After meeting the union, Acme Corp said it would raise wages. The company said it "
                 "would appeal."):
        assert resolve_sources(nlp, text, ["The company"])[-1] == ("Acme Corp", "organization"), text
    # a business whose name holds "Office" stays a business
    text = "Office Depot said quarterly sales fell 5%. The company said it would close 50 stores."
    assert resolve_sources(nlp, text, ["Office Depot", "The company"])[-1] == ("Office Depot", "organization")


def test_a_name_only_mentioned_in_the_window_is_kept_unless_it_is_a_place(nlp: Language) -> None:
    filler = ("Firefighters worked through the night. Roads were closed. Schools stayed shut. "
              "Residents were told to keep windows closed. Wind carried the smoke north. ")
    # the object of the sentence before is what "the company" means, whoever spoke long before
    text = ("Globex Inc said it would buy a stake in the port. " + filler
            + "Investors have pressed Initech to sell its logistics arm. The company said on Friday it "
              "would consider the offer.")
    assert resolve_sources(nlp, text, ["Globex Inc", "The company"])[-1] == ("Initech", "organization")


def test_a_place_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    from corroborate.speakers.syntax import aside as placed

    # "Samples from gardens in Homberg and Moers were analysed ."
    words = ["Samples", "from", "gardens", "in", "Homberg", "and", "Moers", "were", "analysed", "."]
    doc = make_doc(words, [8, 0, 1, 2, 3, 4, 4, 8, 8, 8],
                   ["nsubjpass", "prep", "pobj", "prep", "pobj", "cc", "conj", "auxpass", "ROOT", "punct"],
                   pos=["NOUN", "ADP", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "AUX", "VERB", "PUNCT"],
                   tags=["NNS", "IN", "NNS", "IN", "NNP", "CC", "NNP", "VBD", "VBN", "."])
    assert placed(doc[4]) and placed(doc[6])
    assert not placed(doc[0])  # the subject is no place



def test_whom_something_was_told_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    from corroborate.speakers.syntax import aside

    # "Kemper told RRR that the fire was out ." / "Regulators told Acme to recall cars ."
    told = make_doc(["Kemper", "told", "RRR", "that", "the", "fire", "was", "out", "."],
                    [1, 1, 1, 6, 5, 6, 1, 6, 1],
                    ["nsubj", "ROOT", "dobj", "mark", "det", "nsubj", "ccomp", "acomp", "punct"],
                    pos=["PROPN", "VERB", "PROPN", "SCONJ", "DET", "NOUN", "AUX", "ADV", "PUNCT"],
                    lemmas=["Kemper", "tell", "RRR", "that", "the", "fire", "be", "out", "."])
    assert aside(told[2])  # the outlet he spoke to
    ordered = make_doc(["Regulators", "told", "Acme", "to", "recall", "cars", "."], [1, 1, 1, 4, 1, 4, 1],
                       ["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj", "punct"],
                       pos=["NOUN", "VERB", "PROPN", "PART", "VERB", "NOUN", "PUNCT"],
                       lemmas=["regulator", "tell", "Acme", "to", "recall", "car", "."])
    assert not aside(ordered[2])  # the company told to act is no aside
