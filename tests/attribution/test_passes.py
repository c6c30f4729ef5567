"""The clean-up passes run over what the rules built, in order: contents without substance
dropped, one attribution per speech act (univocal, with relays and `via`), the publisher of
a statement, interrupted quotes merged, and quote paragraphs continuing the last speaker.

Each pass is tested on hand-built Docs whose rules give it something to clean, on parsed
text, and on a case it must leave alone.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.attribution import find_attributions
from tests.attribution.helpers import Roles, assert_rule, attributions, claims_of, roles

CUE_VERB = "verbs.cue_verb"
COLON_QUOTE = "verbs.colon_quote"
CONTINUATION = "passes.continuation"




def text_of(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    """The texts of an attribution's spans, one each."""
    return [text[s:e] for s, e in spans]


# ------------------------------------------------------------------ datelines
@pytest.mark.parametrize(("text", "content"), [
    ("NEW YORK (Reuters) - Acme Corp will cut about 5,000 jobs, the company said on Monday.",
     "Acme Corp will cut about 5,000 jobs"),
    ("BEIRUT, Lebanon (AP) — Two people were killed in the strike, officials said.",
     "Two people were killed in the strike"),
    ("BEIJING, March 17 (Reuters) - Xi Jinping will visit Russia next week, the ministry said.",
     "Xi Jinping will visit Russia next week"),
    ("MOSCOW, Sept. 13, 2023 (Reuters) - The talks ended, the Kremlin said.", "The talks ended"),
    ("LEGAZPI CITY, Albay, Philippines — The death toll rose to 21, the agency said.",
     "The death toll rose to 21"),
    ("March 9 (Reuters) - Prosecutors opened an inquiry, the newspaper reported.",
     "Prosecutors opened an inquiry"),
    # no dateline: the content is left as it is, capitals and all
    ("NATO will send more troops, the alliance said.", "NATO will send more troops"),
    ("U.S. - China talks will resume in May, officials said.", "U.S. - China talks will resume in May"),
])
def test_a_contents_dateline_is_cut_off(nlp: Language, text: str, content: str) -> None:
    (att,) = attributions(nlp, text)
    assert roles(text, att)[2] == content


def test_a_contents_dateline_is_cut_off_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    from corroborate.attribution.model import Attribution, RuleContext
    from corroborate.attribution.passes import without_dateline

    doc = make_doc(["PARIS", "(", "AFP", ")", "-", "Prices", "rose", ",", "the", "bank", "said", "."],
                   [6, 2, 0, 2, 6, 6, 10, 10, 9, 10, 10, 10],
                   ["npadvmod", "punct", "appos", "punct", "punct", "nsubj", "ccomp", "punct", "det",
                    "nsubj", "ROOT", "punct"],
                   spaces=[True, False, False, True, True, True, False, True, True, True, False, False])
    assert doc.text == "PARIS (AFP) - Prices rose, the bank said."
    att = Attribution(source=((27, 35),), cue=((36, 40),), content=((0, 25),), cue_lemma="say",
                      kind="verb")
    ctx = RuleContext(doc=doc, quotes=[], scores=None, config=None)  # type: ignore[arg-type]
    (out,) = without_dateline(ctx, [att])
    assert doc.text[slice(*out.content[0])] == "Prices rose"


# ------------------------------------------------------------------ anonymity requests
def test_an_anonymity_request_is_no_content(make_doc: Callable[..., Doc]) -> None:
    from corroborate.attribution.passes import anonymity_request

    doc = make_doc(["who", "asked", "not", "to", "be", "identified", "because", "he", "was", "barred"],
                   [1, 1, 5, 5, 5, 1, 9, 9, 9, 5],
                   ["nsubj", "ROOT", "neg", "aux", "auxpass", "xcomp", "mark", "nsubjpass", "auxpass",
                    "advcl"],
                   lemmas=["who", "ask", "not", "to", "be", "identify", "because", "he", "be", "bar"])
    start = doc[2].idx
    assert anonymity_request(doc, ((start, len(doc.text)),))
    # the same shape with another verb is a content: "asked not to be deported"
    doc2 = make_doc(["who", "asked", "not", "to", "be", "deported"], [1, 1, 5, 5, 5, 1],
                    ["nsubj", "ROOT", "neg", "aux", "auxpass", "xcomp"],
                    lemmas=["who", "ask", "not", "to", "be", "deport"])
    assert not anonymity_request(doc2, ((doc2[2].idx, len(doc2.text)),))


@pytest.mark.parametrize("text", [
    "The spokesman, who declined to be named, said the company had no comment.",
    "A senior official, who asked not to be identified because he was not authorized to speak, "
    "said the talks had failed.",
])
def test_an_anonymous_source_gives_one_claim(nlp: Language, text: str) -> None:
    assert [roles(text, a)[1] for a in attributions(nlp, text)] == ["said"]


# ------------------------------------------------------------------ substance
def test_a_content_without_substance_is_dropped(make_doc: Callable[..., Doc]) -> None:
    # "According" parsed as the root: the according rule reads "basically" as the content,
    # which names nothing (no noun, verb, number or pronoun), so no attribution survives
    doc = make_doc(
        ["According", "to", "the", "network", ",", "basically", "."],
        [0, 0, 3, 1, 0, 0, 0],
        ["ROOT", "prep", "det", "pobj", "punct", "advmod", "punct"],
        pos=["VERB", "ADP", "DET", "NOUN", "PUNCT", "ADV", "PUNCT"],
        tags=["VBG", "IN", "DT", "NN", ",", "RB", "."],
        lemmas=["accord", "to", "the", "network", ",", "basically", "."],
    )
    assert find_attributions(doc) == []


def test_a_quote_of_interjections_has_substance(make_doc: Callable[..., Doc]) -> None:
    # a quote with letters in it is something said, even with no noun or verb in it
    doc = make_doc(
        ["“", "No", ",", "no", ",", "no", ",", "no", ",", "”", "he", "said", "."],
        [11, 11, 1, 1, 1, 1, 7, 1, 11, 11, 11, 11, 11],
        ["punct", "intj", "punct", "intj", "punct", "intj", "punct", "intj", "punct", "punct", "nsubj",
         "ROOT", "punct"],
        pos=["PUNCT", "INTJ", "PUNCT", "INTJ", "PUNCT", "INTJ", "PUNCT", "INTJ", "PUNCT", "PUNCT", "PRON",
             "VERB", "PUNCT"],
        tags=["``", "UH", ",", "UH", ",", "UH", ",", "UH", ",", "''", "PRP", "VBD", "."],
        lemmas=["\"", "no", ",", "no", ",", "no", ",", "no", ",", "\"", "he", "say", "."],
        spaces=[False, False, True, False, True, False, True, False, False, True, True, False, False],
    )
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == ("he", "said", "“No, no, no, no,”")
    assert_rule(att, CUE_VERB)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("According to the network, basically.", []),
        ('"No, no, no, no," he said, laughing.', [("he", "said", '"No, no, no, no,"')]),
    ],
)
def test_substance_parsed(nlp: Language, text: str, expected: list[Roles]) -> None:
    assert [roles(text, a) for a in attributions(nlp, text)] == expected


# ------------------------------------------------------------------ univocal
def test_a_report_inside_another_is_not_emitted_twice(make_doc: Callable[..., Doc]) -> None:
    # "believe" inside what the mayor said is the mayor's account, not a claim of its own
    doc = make_doc(
        ["The", "mayor", "said", "residents", "believe", "the", "tax", "is", "unfair", "."],
        [1, 2, 2, 4, 2, 6, 7, 4, 7, 2],
        ["det", "nsubj", "ROOT", "nsubj", "ccomp", "det", "nsubj", "ccomp", "acomp", "punct"],
        pos=["DET", "NOUN", "VERB", "NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
        tags=["DT", "NN", "VBD", "NNS", "VBP", "DT", "NN", "VBZ", "JJ", "."],
        lemmas=["the", "mayor", "say", "resident", "believe", "the", "tax", "be", "unfair", "."],
    )
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == ("The mayor", "said", "residents believe the tax is unfair")
    assert att.chain == ()
    assert_rule(att, CUE_VERB)


def test_an_outer_media_source_becomes_the_inner_claims_via(make_doc: Callable[..., Doc]) -> None:
    # "The Daily Ledger reported that officials said X": the officials' claim, which came
    # through the Ledger; the Ledger's own attribution would repeat it
    doc = make_doc(
        ["The", "Daily", "Ledger", "reported", "that", "officials", "said", "the", "plant", "would",
         "close", "."],
        [2, 2, 3, 3, 6, 6, 3, 8, 10, 10, 6, 3],
        ["det", "compound", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "det", "nsubj", "aux", "ccomp",
         "punct"],
        pos=["DET", "PROPN", "PROPN", "VERB", "SCONJ", "NOUN", "VERB", "DET", "NOUN", "AUX", "VERB",
             "PUNCT"],
        tags=["DT", "NNP", "NNP", "VBD", "IN", "NNS", "VBD", "DT", "NN", "MD", "VB", "."],
        lemmas=["the", "Daily", "Ledger", "report", "that", "official", "say", "the", "plant", "would",
                "close", "."],
        ents=["B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O", "O", "O"],
    )
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == ("officials", "said", "the plant would close")
    assert att.via_text == "The Daily Ledger"
    assert [doc.text[s:e] for (s, e), _ in att.chain] == ["The Daily Ledger"]
    assert_rule(att, CUE_VERB)


def test_an_outlets_report_of_a_plan_stays_the_outlets(make_doc: Callable[..., Doc]) -> None:
    # "The Daily Ledger reported that officials plan to close the plant": a plan is no speech
    # act the Ledger passes on; the Ledger's report is the claim
    doc = make_doc(
        ["The", "Daily", "Ledger", "reported", "that", "officials", "plan", "to", "close", "the",
         "plant", "."],
        [2, 2, 3, 3, 6, 6, 3, 8, 6, 10, 8, 3],
        ["det", "compound", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "aux", "xcomp", "det", "dobj",
         "punct"],
        pos=["DET", "PROPN", "PROPN", "VERB", "SCONJ", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN",
             "PUNCT"],
        tags=["DT", "NNP", "NNP", "VBD", "IN", "NNS", "VBP", "TO", "VB", "DT", "NN", "."],
        lemmas=["the", "Daily", "Ledger", "report", "that", "official", "plan", "to", "close", "the",
                "plant", "."],
        ents=["B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O", "O", "O"],
    )
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == ("The Daily Ledger", "reported", "that officials plan to close the plant")
    assert_rule(att, CUE_VERB)


@pytest.mark.parametrize(("text", "want"), [
    ("The Wall Street Journal reported that Xi also plans to speak with Zelenskyy after the trip.",
     ("The Wall Street Journal", "reported", "that Xi also plans to speak with Zelenskyy after the trip")),
    ("According to the Daily Ledger, the mayor plans to close the plant.",
     ("the Daily Ledger", "According to", "the mayor plans to close the plant")),
])
def test_an_outlets_report_of_a_plan_parsed(nlp: Language, text: str, want: Roles) -> None:
    (att,) = attributions(nlp, text)
    assert roles(text, att) == want


def test_according_to_an_outlet_makes_the_inner_claim_its_via(make_doc: Callable[..., Doc]) -> None:
    # "Officials believe X, according to the Daily Ledger": the phrase's content holds the
    # officials' cue, so theirs is the claim and the Ledger how it came; the according
    # attribution is dropped
    doc = make_doc(
        ["Officials", "believe", "the", "plant", "will", "close", ",", "according", "to", "the", "Daily",
         "Ledger", "."],
        [1, 1, 3, 5, 5, 1, 1, 1, 7, 11, 11, 8, 1],
        ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "punct", "prep", "prep", "det", "compound",
         "pobj", "punct"],
        pos=["NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT", "VERB", "ADP", "DET", "PROPN", "PROPN",
             "PUNCT"],
        tags=["NNS", "VBP", "DT", "NN", "MD", "VB", ",", "VBG", "IN", "DT", "NNP", "NNP", "."],
        lemmas=["official", "believe", "the", "plant", "will", "close", ",", "accord", "to", "the",
                "Daily", "Ledger", "."],
        ents=["O", "O", "O", "O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
    )
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == ("Officials", "believe", "the plant will close")
    assert att.via_text == "the Daily Ledger"
    assert [doc.text[s:e] for (s, e), _ in att.chain] == ["the Daily Ledger"]
    assert_rule(att, CUE_VERB)


def test_a_speech_act_passed_on_is_relayed(make_doc: Callable[..., Doc]) -> None:
    # "The council said that the mayor told aides that X": the mayor's claim, relayed by the
    # council (no media source: a relay, not a via)
    doc = make_doc(
        ["The", "council", "said", "that", "the", "mayor", "told", "aides", "that", "the", "budget", "was",
         "short", "."],
        [1, 2, 2, 6, 5, 6, 2, 6, 11, 10, 11, 6, 11, 2],
        ["det", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "dobj", "mark", "det", "nsubj", "ccomp",
         "acomp", "punct"],
        pos=["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "NOUN", "SCONJ", "DET", "NOUN", "AUX",
             "ADJ", "PUNCT"],
        tags=["DT", "NN", "VBD", "IN", "DT", "NN", "VBD", "NNS", "IN", "DT", "NN", "VBD", "JJ", "."],
        lemmas=["the", "council", "say", "that", "the", "mayor", "tell", "aide", "that", "the", "budget",
                "be", "short", "."],
    )
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == ("the mayor", "told", "that the budget was short")
    assert att.via_text is None
    assert [(doc.text[s:e], tok) for (s, e), tok in att.chain] == [("The council", 1)]
    assert_rule(att, CUE_VERB)


def test_a_cited_party_is_the_source_and_the_outlet_its_relay(make_doc: Callable[..., Doc]) -> None:
    # "Reuters, citing two officials, reported that X": the officials' claim via Reuters; the
    # participle's own reading ("citing" -> "two officials") names a source, not a claim
    doc = make_doc(
        ["Reuters", ",", "citing", "two", "officials", ",", "reported", "that", "the", "talks", "had",
         "failed", "."],
        [6, 0, 6, 4, 2, 6, 6, 11, 9, 11, 11, 6, 6],
        ["nsubj", "punct", "advcl", "nummod", "dobj", "punct", "ROOT", "mark", "det", "nsubj", "aux",
         "ccomp", "punct"],
        pos=["PROPN", "PUNCT", "VERB", "NUM", "NOUN", "PUNCT", "VERB", "SCONJ", "DET", "NOUN", "AUX",
             "VERB", "PUNCT"],
        tags=["NNP", ",", "VBG", "CD", "NNS", ",", "VBD", "IN", "DT", "NNS", "VBD", "VBN", "."],
        lemmas=["Reuters", ",", "cite", "two", "official", ",", "report", "that", "the", "talk", "have",
                "fail", "."],
        ents=["B-ORG"] + ["O"] * 12,
    )
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == ("two officials", "reported", "that the talks had failed")
    assert att.via_text == "Reuters"
    assert [(doc.text[s:e], tok) for (s, e), tok in att.chain] == [("Reuters", 0)]


@pytest.mark.parametrize(("text", "speaker", "via"), [
    ("The Wall Street Journal, citing people familiar with the matter, reported that the company "
     "was in talks to buy its rival.", "people familiar with the matter", "The Wall Street Journal"),
    ("The company is in talks to buy its rival, Bloomberg reported, citing unnamed sources.",
     "unnamed sources", "Bloomberg"),
    ("Citing a senior official, Yonhap said the launch had failed.", "a senior official", "Yonhap"),
    ("The newspaper quoted a police spokesman as saying the suspect had been arrested.",
     "a police spokesman", "The newspaper"),
    # an outlet the speaker gave an interview to relays what was said
    ("In an interview with the BBC, the president said he would seek a second term.",
     "the president", "the BBC"),
])
def test_cited_and_quoted_sources_parsed(nlp: Language, text: str, speaker: str, via: str) -> None:
    (claim,) = claims_of(nlp, text)
    assert claim.source.text == speaker
    assert claim.via is not None and claim.via.lower() in via.lower()


def test_a_misparsed_citing_outlet_still_relays_the_cited_party(make_doc: Callable[..., Doc]) -> None:
    # the parse the small model gives "The Journal, citing people familiar with it, reported
    # that X": the Journal the root, "citing" its adverbial clause, and "reported" a reduced
    # relative on "people"; the claim is still the people's, via the Journal
    words = ["The", "Journal", ",", "citing", "people", "familiar", "with", "it", ",", "reported",
             "that", "Acme", "was", "for", "sale", "."]
    doc = make_doc(
        words,
        [1, 1, 1, 1, 3, 4, 5, 6, 4, 4, 12, 12, 9, 12, 13, 1],
        ["det", "ROOT", "punct", "advcl", "dobj", "amod", "prep", "pobj", "punct", "acl", "mark",
         "nsubj", "ccomp", "prep", "pobj", "punct"],
        pos=["DET", "PROPN", "PUNCT", "VERB", "NOUN", "ADJ", "ADP", "PRON", "PUNCT", "VERB", "SCONJ",
             "PROPN", "AUX", "ADP", "NOUN", "PUNCT"],
        tags=["DT", "NNP", ",", "VBG", "NNS", "JJ", "IN", "PRP", ",", "VBN", "IN", "NNP", "VBD", "IN",
              "NN", "."],
        lemmas=["the", "Journal", ",", "cite", "people", "familiar", "with", "it", ",", "report", "that",
                "Acme", "be", "for", "sale", "."],
        ents=["B-ORG", "I-ORG"] + ["O"] * 9 + ["B-ORG"] + ["O"] * 4,
    )
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == ("people familiar with it", "reported", "that Acme was for sale")
    assert att.via_text == "The Journal"
    assert [doc.text[s:e] for (s, e), _tok in att.chain] == ["The Journal"]


def test_a_ministry_citing_reports_keeps_its_claim(nlp: Language) -> None:
    # no outlet: what a ministry cites is its evidence, and the claim stays the ministry's
    text = "The ministry, citing intelligence reports, said the attack had been planned for months."
    claims = claims_of(nlp, text)
    assert [c.source.text for c in claims if c.cue.text == "said"] == ["The ministry"]


def test_an_object_reading_yields_to_a_verb_cue(make_doc: Callable[..., Doc]) -> None:
    # the cue noun's attribution ("the mayor's pledge to cut fares") lies inside what she said
    doc = make_doc(
        ["She", "said", "the", "mayor", "'s", "pledge", "to", "cut", "fares", "was", "empty", "."],
        [1, 1, 3, 5, 3, 9, 7, 5, 7, 1, 9, 1],
        ["nsubj", "ROOT", "det", "poss", "case", "nsubj", "aux", "acl", "dobj", "ccomp", "acomp", "punct"],
        pos=["PRON", "VERB", "DET", "NOUN", "PART", "NOUN", "PART", "VERB", "NOUN", "AUX", "ADJ", "PUNCT"],
        tags=["PRP", "VBD", "DT", "NN", "POS", "NN", "TO", "VB", "NNS", "VBD", "JJ", "."],
        lemmas=["she", "say", "the", "mayor", "'s", "pledge", "to", "cut", "fare", "be", "empty", "."],
    )
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == ("She", "said", "the mayor's pledge to cut fares was empty")
    assert_rule(att, CUE_VERB)


def test_a_second_cue_of_the_speaker_splits_the_content(make_doc: Callable[..., Doc]) -> None:
    # "said X, adding Y": the adding clause closes what was said; two attributions, as PolNeAR
    # has them, and no two contents overlap
    doc = make_doc(
        ["She", "said", "the", "fares", "would", "rise", ",", "adding", "that", "buses", "would", "be",
         "cut", "."],
        [1, 1, 3, 5, 5, 1, 5, 5, 12, 12, 12, 12, 7, 1],
        ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "punct", "advcl", "mark", "nsubjpass", "aux",
         "auxpass", "ccomp", "punct"],
        pos=["PRON", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT", "VERB", "SCONJ", "NOUN", "AUX", "AUX",
             "VERB", "PUNCT"],
        tags=["PRP", "VBD", "DT", "NNS", "MD", "VB", ",", "VBG", "IN", "NNS", "MD", "VB", "VBN", "."],
        lemmas=["she", "say", "the", "fare", "would", "rise", ",", "add", "that", "bus", "would", "be",
                "cut", "."],
    )
    atts = find_attributions(doc)
    assert [roles(doc.text, a) for a in atts] == [
        ("She", "said", "the fares would rise"), ("She", "adding", "that buses would be cut")]
    for att in atts:
        assert_rule(att, CUE_VERB)


@pytest.mark.parametrize(
    "text,expected,via,chain",
    [
        # an "according to" whose content holds a cue: the inner claim, passed on by its source
        ("The minister told state media that talks would resume in May, according to officials.",
         ("The minister", "told", "that talks would resume in May"), "state media",
         ["officials", "state media"]),
        ("The Daily Ledger reported that officials said the plant would close.",
         ("officials", "said", "the plant would close"), "Daily Ledger", ["Daily Ledger"]),
        ("The council said that the mayor told aides that the budget was short.",
         ("the mayor", "told", "that the budget was short"), None, ["council"]),
        ("The mayor said residents believe the tax is unfair.",
         ("The mayor", "said", "residents believe the tax is unfair"), None, []),
    ],
)
def test_univocal_parsed(nlp: Language, text: str, expected: Roles, via: str | None,
                         chain: list[str]) -> None:
    (att,) = attributions(nlp, text)
    assert roles(text, att) == expected
    assert_rule(att, CUE_VERB)
    (claim,) = claims_of(nlp, text)
    assert claim.via == via
    assert claim.chain == chain


# copied from tests/test_extract.py (test_extract_split_before_a_clause_with_its_own_cue)
@pytest.mark.parametrize(
    "text,expected",
    [
        # a clause with a cue of its own ends the content before it: no two contents overlap
        ("He claimed that paying no property taxes was clever, although he again refused to pledge "
         "to release his bank records before the vote.",
         [("He", "claimed", "that paying no property taxes was clever"),
          ("he", "refused to pledge", "to release his bank records before the vote")]),
        ("She said uncles who foster would not be eligible for the grant, and when pressed on "
         'why, the mother of two replied, "It is meant to help the parents."',
         [("She", "said", "uncles who foster would not be eligible for the grant"),
          ("the mother of two", "replied", '"It is meant to help the parents."')]),
    ],
)
def test_split_before_a_clause_with_its_own_cue(nlp: Language, text: str,
                                                expected: list[Roles]) -> None:
    atts = [a for a in attributions(nlp, text) if roles(text, a)[1] in {e[1] for e in expected}]
    assert [roles(text, a) for a in atts] == expected
    assert_rule(atts[0], CUE_VERB)


def test_restrictive_clause_with_a_cue_stays_in_the_content(nlp: Language) -> None:
    # copied from tests/test_extract.py (test_extract_restrictive_clause_with_a_cue_stays_in_the_content):
    # "the $7 million he says he raised" names what is meant; it is not a second claim
    text = "He said he plans to put to good use the $7 million he says he raised for the charity."
    said = [a for a in attributions(nlp, text) if roles(text, a)[1] == "said"]
    assert [roles(text, a) for a in said] == [
        ("He", "said", "he plans to put to good use the $7 million he says he raised for the charity")]
    assert_rule(said[0], CUE_VERB)


# ------------------------------------------------------------------ publisher
def test_a_statements_publisher_is_its_last_relay(make_doc: Callable[..., Doc]) -> None:
    # "The minister's statement, published by state media, read: ...": the statement is the
    # minister's; state media, which published it, is a relay. "read" is a cue only the
    # trained cue finder knows (its score is set here as the finder gives it), taken for its
    # colon and quote.
    doc = make_doc(
        ["The", "minister", "'s", "statement", ",", "published", "by", "state", "media", ",", "read", ":",
         "\"", "We", "will", "not", "yield", ".", "\""],
        [1, 3, 1, 10, 3, 3, 5, 8, 6, 3, 10, 10, 10, 16, 16, 16, 10, 10, 10],
        ["det", "poss", "case", "nsubj", "punct", "acl", "agent", "compound", "pobj", "punct", "ROOT",
         "punct", "punct", "nsubj", "aux", "neg", "ccomp", "punct", "punct"],
        pos=["DET", "NOUN", "PART", "NOUN", "PUNCT", "VERB", "ADP", "NOUN", "NOUN", "PUNCT", "VERB",
             "PUNCT", "PUNCT", "PRON", "AUX", "PART", "VERB", "PUNCT", "PUNCT"],
        tags=["DT", "NN", "POS", "NN", ",", "VBN", "IN", "NN", "NNS", ",", "VB", ":", "``", "PRP", "MD",
              "RB", "VB", ".", "''"],
        lemmas=["the", "minister", "'s", "statement", ",", "publish", "by", "state", "medium", ",", "read",
                ":", "\"", "we", "will", "not", "yield", ".", "\""],
        spaces=[True, False, True, False, True, True, True, True, False, True, False, True, False, True,
                True, True, False, False, False],
    )
    doc.spans["cue_heads"] = [doc[10:11]]
    doc.spans["cue_heads"].attrs["scores"] = numpy.array([[0.41]])
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == (
        "The minister's statement, published by state media", "read", '"We will not yield."')
    assert [(doc.text[s:e], tok) for (s, e), tok in att.chain] == [("state media", 8)]
    assert_rule(att, COLON_QUOTE)


def test_a_statements_publisher_parsed(nlp: Language) -> None:
    text = 'The minister\'s statement, published by state media, read: "We will not yield."'
    (claim,) = claims_of(nlp, text)
    assert (claim.speaker, claim.via, claim.chain) == ("minister", "state media", ["state media"])


def test_a_statement_without_an_owner_has_no_publisher_relay(nlp: Language) -> None:
    # no owner: the statement is its publisher's own, nobody relays it
    text = "The statement read: “The border will stay shut until further notice.”"
    for att in attributions(nlp, text):
        assert att.chain == ()


# ------------------------------------------------------------------ interrupted quotes
def test_a_quote_interrupted_by_its_cue_is_one_attribution(make_doc: Callable[..., Doc]) -> None:
    # "“Frankly,” she said, “...”": the rule finds the second half (the first is a fragment no
    # rule reads as a clause); the pass adds the first, one statement with two spans
    doc = make_doc(
        ["“", "Frankly", ",", "”", "she", "said", ",", "“", "the", "pier", "will", "not", "open", ".", "”"],
        [12, 12, 5, 5, 5, 12, 5, 12, 9, 12, 12, 12, 12, 12, 12],
        ["punct", "advmod", "punct", "punct", "nsubj", "parataxis", "punct", "punct", "det", "nsubj",
         "aux", "neg", "ROOT", "punct", "punct"],
        pos=["PUNCT", "ADV", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "DET", "NOUN", "AUX",
             "PART", "VERB", "PUNCT", "PUNCT"],
        tags=["``", "RB", ",", "''", "PRP", "VBD", ",", "``", "DT", "NN", "MD", "RB", "VB", ".", "''"],
        lemmas=["\"", "frankly", ",", "\"", "she", "say", ",", "\"", "the", "pier", "will", "not", "open",
                ".", "\""],
        spaces=[False, False, False, True, True, False, True, False, True, True, True, True, False, False,
                False],
    )
    (att,) = find_attributions(doc)
    assert roles(doc.text, att)[:2] == ("she", "said")
    assert text_of(doc.text, att.content) == ["“Frankly,”", "“the pier will not open.”"]
    assert_rule(att, CUE_VERB)


def test_a_quote_after_a_full_stop_joins_in_its_paragraph(make_doc: Callable[..., Doc]) -> None:
    # "“A,” she said. “B.”": not an interruption but the same speaker going on, in the same
    # paragraph: another span of the same attribution
    doc = make_doc(
        ["“", "The", "pier", "will", "not", "open", ",", "”", "she", "said", ".", "“", "Not", "before",
         "the", "storms", ".", "”"],
        [9, 2, 5, 5, 5, 9, 9, 9, 9, 9, 9, 13, 13, 13, 15, 13, 13, 13],
        ["punct", "det", "nsubj", "aux", "neg", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct",
         "punct", "neg", "ROOT", "det", "pobj", "punct", "punct"],
        pos=["PUNCT", "DET", "NOUN", "AUX", "PART", "VERB", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT",
             "PUNCT", "PART", "ADP", "DET", "NOUN", "PUNCT", "PUNCT"],
        tags=["``", "DT", "NN", "MD", "RB", "VB", ",", "''", "PRP", "VBD", ".", "``", "RB", "IN", "DT",
              "NNS", ".", "''"],
        lemmas=["\"", "the", "pier", "will", "not", "open", ",", "\"", "she", "say", ".", "\"", "not",
                "before", "the", "storm", ".", "\""],
        spaces=[False, True, True, True, True, False, False, True, True, False, True, False, True, True,
                True, False, False, False],
    )
    (att,) = find_attributions(doc)
    assert text_of(doc.text, att.content) == ["“The pier will not open,”", "“Not before the storms.”"]
    assert att.kind == "verb"
    assert_rule(att, CUE_VERB)


# copied from tests/test_extract.py (test_extract_quote_interrupted_by_its_cue_is_one_claim)
@pytest.mark.parametrize(
    "text,first,second",
    [
        # the first half is a fragment no rule reads as a clause: the claim found on the second
        # half takes it
        ("“Frankly,” the harbour master said, “the new pier will not open before the autumn "
         "storms.”", "“Frankly,”", "“the new pier will not open before the autumn storms.”"),
        ("''In the long run,'' Ms. Okafor said, ''the depot pays for itself within nine "
         "years.''", "''In the long run,''", "''the depot pays for itself within nine years.''"),
        # a short phrase on the cue between the halves does not split the statement
        ("“The bridge is safe for cars,” Mayor Lund said, standing on the old ramp, “but "
         "not yet for trucks.”", "“The bridge is safe for cars,”", "“but not yet for trucks.”"),
        ("“Every delay costs the county money,” Ruiz told the board on Monday, “and the "
         "contractor knows it.”", "“Every delay costs the county money,”",
         "“and the contractor knows it.”"),
    ],
)
def test_quote_interrupted_by_its_cue_is_one_claim(nlp: Language, text: str, first: str,
                                                   second: str) -> None:
    (claim,) = claims_of(nlp, text)
    assert [text[s:e] for s, e in claim.content.spans] == [first, second]
    (att,) = attributions(nlp, text)
    assert_rule(att, CUE_VERB)


def test_interrupted_and_continued_quotes(nlp: Language) -> None:
    # copied from tests/test_extract.py (test_extract_interrupted_and_continued_quotes)
    text = ("“The meeting is another sign that the dictators of the world are united,” Haley "
            "posted on Tuesday. “Biden has been too weak and Trump was too friendly.”")
    # One statement around its cue, one claim with two content spans (PolNeAR's convention).
    (claim,) = claims_of(nlp, text)
    assert claim.source.text == "Haley"
    assert claim.quote_type == "direct"
    first, second = claim.content.spans
    assert text[first[0]:first[1]].startswith("“The meeting is another sign")
    assert text[second[0]:second[1]] == "“Biden has been too weak and Trump was too friendly.”"
    (att,) = attributions(nlp, text)
    assert_rule(att, CUE_VERB)


def test_a_quote_closed_by_a_full_stop_is_not_interrupted(nlp: Language) -> None:
    # a sentence ends in the gap: the second quote is no half of the first; a quote that is
    # a claim of its own ("Ortiz said") keeps its speaker
    text = "“The pier will not open,” she said on Monday. Later, Ortiz said, “The storms will pass.”"
    atts = attributions(nlp, text)
    assert [(roles(text, a)[0], text_of(text, a.content)) for a in atts] == [
        ("she", ["“The pier will not open,”"]), ("Ortiz", ["“The storms will pass.”"])]


# ------------------------------------------------------------------ continuations
def test_a_quote_paragraph_continues_the_last_speaker(make_doc: Callable[..., Doc]) -> None:
    # a paragraph that is a quote, after a paragraph whose last attribution was a direct
    # quote: a claim of its own, with the same source and cue
    doc = make_doc(
        ["“", "We", "will", "win", ",", "”", "she", "said", ".", "\n", "“", "The", "team", "is", "ready",
         "for", "the", "final", "on", "Sunday", ".", "”"],
        [7, 3, 3, 7, 7, 7, 7, 7, 7, 8, 13, 12, 13, 13, 13, 14, 17, 15, 13, 18, 13, 13],
        ["punct", "nsubj", "aux", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct", "dep", "punct",
         "det", "nsubj", "ROOT", "acomp", "prep", "det", "pobj", "prep", "pobj", "punct", "punct"],
        pos=["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT", "SPACE", "PUNCT",
             "DET", "NOUN", "AUX", "ADJ", "ADP", "DET", "ADJ", "ADP", "PROPN", "PUNCT", "PUNCT"],
        tags=["``", "PRP", "MD", "VB", ",", "''", "PRP", "VBD", ".", "_SP", "``", "DT", "NN", "VBZ", "JJ",
              "IN", "DT", "JJ", "IN", "NNP", ".", "''"],
        lemmas=["\"", "we", "will", "win", ",", "\"", "she", "say", ".", "\n", "\"", "the", "team", "be",
                "ready", "for", "the", "final", "on", "Sunday", ".", "\""],
        spaces=[False, True, True, False, False, True, True, False, False, False, False, True, True, True,
                True, True, True, True, True, False, False, False],
    )
    first, second = find_attributions(doc)
    assert roles(doc.text, first) == ("she", "said", "“We will win,”")
    assert roles(doc.text, second) == ("she", "said", "“The team is ready for the final on Sunday.”")
    assert (second.kind, second.confidence) == ("continuation", round(min(first.confidence, 0.8) - 0.1, 2))
    assert_rule(first, CUE_VERB)
    assert_rule(second, CONTINUATION)


def test_quote_paragraph_continues_previous_speaker(nlp: Language) -> None:
    # copied from tests/test_extract.py (test_extract_quote_paragraph_continues_previous_speaker)
    text = ("“Russia has been forced to turn to rogue regimes,” White House spokesman John Kirby "
            "said at a press conference.\n“One of those regimes is the Democratic People’s "
            "Republic of Korea.”\n")
    claims = claims_of(nlp, text)
    assert len(claims) == 2
    assert claims[1].speaker == "John Kirby"
    assert claims[1].content.text == "“One of those regimes is the Democratic People’s Republic of Korea.”"
    assert_rule(attributions(nlp, text)[1], CONTINUATION)


@pytest.mark.parametrize(
    "text",
    [
        # too short to stand as a claim of its own
        "“We will win,” she said.\n“Ready.”",
        # the last attribution was no direct quote
        "She said they would win.\n“The team is ready for the final on Sunday.”",
        # more than two paragraphs after the speaker's last quote
        "“We will win,” she said.\nThe match is on Sunday.\nThe town is excited.\n"
        "“The team is ready for the final on Sunday.”",
    ],
)
def test_no_continuation(nlp: Language, text: str) -> None:
    atts = attributions(nlp, text)
    assert len(atts) == 1
    assert [a for a in atts if a.kind == "continuation"] == []
    assert not [c for c in atts[0].content if text[c[0]:c[1]].startswith("“The team")]


def test_attributions_come_sorted_by_content(nlp: Language) -> None:
    text = ("The port will close, the mayor said. “Ships will dock in Tarva,” an aide said.\n"
            "“The quay needs a year of repairs before it can reopen.”")
    atts = attributions(nlp, text)
    starts = [a.content[0][0] for a in atts]
    assert starts == sorted(starts) and len(atts) == 3


def test_a_content_ends_with_its_whole_hyphenated_word(make_doc: Callable[..., Doc]) -> None:
    from corroborate.attribution.model import Attribution, RuleContext
    from corroborate.attribution.passes import whole_hyphenated_words

    # "the two will co-parent": the parser hung "-" and "parent" on the cue
    doc = make_doc(["The", "rep", "said", "the", "two", "will", "co", "-", "parent", "."],
                   [1, 2, 2, 4, 6, 6, 2, 2, 2, 2],
                   ["det", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "punct", "dobj", "punct"],
                   spaces=[True, True, True, True, True, True, False, False, False, False])
    assert doc.text == "The rep said the two will co-parent."
    att = Attribution(source=((0, 7),), cue=((8, 12),), content=((13, 28),), cue_lemma="say",
                      kind="verb")
    ctx = RuleContext(doc=doc, quotes=[], scores=None, config=None)  # type: ignore[arg-type]
    (out,) = whole_hyphenated_words(ctx, [att])
    assert doc.text[out.content[0][0] : out.content[0][1]] == "the two will co-parent"


def test_a_content_ends_with_its_whole_hyphenated_word_parsed(nlp: Language) -> None:
    text = "The rep told us the two will co-parent their children."
    (att,) = attributions(nlp, text)
    assert roles(text, att)[2].startswith("the two will co-parent")
