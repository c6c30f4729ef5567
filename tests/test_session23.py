"""Session 23's repairs, each on parsed invented text and, for the rules that read a parse, on
hand-built Docs with the parse the pipeline gives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.api import corroborate, extract_claims_from_texts
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


# -- an outlet named with what it is after it, and a report citing its sources at its end
_NORTH = "Channel North, a UK broadcaster, reported that the fault had followed an update, citing two people."
_NORTH_ROWS: list[Row] = [
    ("Channel",     1,  "compound", "PROPN", "NNP", "Channel"),  # 0
    ("North",       7,  "nsubj",    "PROPN", "NNP", "North"),  # 1
    (",",           1,  "punct",    "PUNCT", ",",   ","),  # 2
    ("a",           5,  "det",      "DET",   "DT",  "a"),  # 3
    ("UK",          5,  "compound", "PROPN", "NNP", "UK"),  # 4
    ("broadcaster", 1,  "appos",    "NOUN",  "NN",  "broadcaster"),  # 5
    (",",           1,  "punct",    "PUNCT", ",",   ","),  # 6
    ("reported",    7,  "ROOT",     "VERB",  "VBD", "report"),  # 7
    ("that",        12, "mark",     "SCONJ", "IN",  "that"),  # 8
    ("the",         10, "det",      "DET",   "DT",  "the"),  # 9
    ("fault",       12, "nsubj",    "NOUN",  "NN",  "fault"),  # 10
    ("had",         12, "aux",      "AUX",   "VBD", "have"),  # 11
    ("followed",    7,  "ccomp",    "VERB",  "VBN", "follow"),  # 12
    ("an",          14, "det",      "DET",   "DT",  "an"),  # 13
    ("update",      12, "dobj",     "NOUN",  "NN",  "update"),  # 14
    (",",           12, "punct",    "PUNCT", ",",   ","),  # 15
    ("citing",      12, "advcl",    "VERB",  "VBG", "cite"),  # 16
    ("two",         18, "nummod",   "NUM",   "CD",  "two"),  # 17
    ("people",      16, "dobj",     "NOUN",  "NNS", "people"),  # 18
    (".",           7,  "punct",    "PUNCT", ".",   "."),  # 19
]


def test_an_outlet_with_what_it_is_after_it_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    from corroborate.speakers import SpeakerResolver

    doc = build(make_doc, _NORTH, _NORTH_ROWS)
    source = ((doc[0].idx, doc[5].idx + len("broadcaster")),)
    # was "Channel North, a UK" (the appositive's noun read as the phrase's), a government
    assert SpeakerResolver(doc).resolve(source, 1, ((doc[8].idx, doc[14].idx),)) == (
        "Channel North", "media")
    # the report is the cited people's, through the outlet; "citing" is no claim of its own
    found = [roles(_NORTH, a) for a in find_attributions(doc)]
    assert found == [("two people", "reported", "that the fault had followed an update")]


def test_an_outlet_with_what_it_is_after_it_parsed(nlp: Language) -> None:
    claims = extract_claims_from_texts({"t": (
        "Headline\n\nThe carrier uses software from Aerodata. Channel North, a UK broadcaster, "
        "reported on Monday that the fault had followed an overnight Aerodata update, citing two "
        "people familiar with the matter.")})
    assert [(c.source.text, c.via, c.chain, c.content.text) for c in claims] == [
        ("two people familiar with the matter", "Channel North", ["Channel North"],
         "that the fault had followed an overnight Aerodata update")]
    # a company's reason is no source it cites ("citing strong sales")
    claims = extract_claims_from_texts({"t": "Headline\n\nThe company said that profits had "
                                        "doubled, citing strong sales in Asia."})
    assert [c.source.text for c in claims if "profits" in c.content.text] == ["The company"]


# -- a name its holder goes by
_LANTERN = "A group calling itself Black Lantern said it stole files."
_LANTERN_ROWS: list[Row] = [
    ("A",       1, "det",      "DET",   "DT",  "a"),  # 0
    ("group",   6, "nsubj",    "NOUN",  "NN",  "group"),  # 1
    ("calling", 1, "acl",      "VERB",  "VBG", "call"),  # 2
    ("itself",  2, "dobj",     "PRON",  "PRP", "itself"),  # 3
    ("Black",   5, "compound", "PROPN", "NNP", "Black"),  # 4
    ("Lantern", 2, "oprd",     "PROPN", "NNP", "Lantern"),  # 5
    ("said",    6, "ROOT",     "VERB",  "VBD", "say"),  # 6
    ("it",      8, "nsubj",    "PRON",  "PRP", "it"),  # 7
    ("stole",   6, "ccomp",    "VERB",  "VBD", "steal"),  # 8
    ("files",   8, "dobj",     "NOUN",  "NNS", "file"),  # 9
    (".",       6, "punct",    "PUNCT", ".",   "."),  # 10
]


def test_a_name_its_holder_goes_by_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    from corroborate.speakers import SpeakerResolver

    doc = build(make_doc, _LANTERN, _LANTERN_ROWS)
    source = ((0, doc[5].idx + len("Lantern")),)
    assert SpeakerResolver(doc).resolve(source, 1, ((doc[7].idx, doc[9].idx + 5),)) == (
        "Black Lantern", "organization")  # was "group calling itself Black Lantern"
    # "calling" with no reflexive names nobody: "a group calling for talks"
    rows = list(_LANTERN_ROWS)
    rows[3] = ("itself", 2, "npadvmod", "PRON", "PRP", "itself")
    doc = build(make_doc, _LANTERN, rows)
    assert SpeakerResolver(doc).resolve(source, 1, ((doc[7].idx, doc[9].idx + 5),))[0] != "Black Lantern"


def test_a_name_its_holder_goes_by_parsed(nlp: Language) -> None:
    claims = extract_claims_from_texts({"t": (
        "Headline\n\nA criminal gang calling itself Black Lantern claimed that it has stolen more "
        "than a terabyte of data. A group that calls itself the Free Army said it carried out "
        "the attack. A hacker group known as Red Owl said it had stolen files.")})
    assert [(c.speaker, c.cue.text) for c in claims] == [
        ("Black Lantern", "claimed"), ("Free Army", "said"), ("Red Owl", "said")]


# -- an outlet's masthead, and a relay that names it without its last word
@pytest.mark.parametrize(("line", "outlet"), [
    ("Channel North News | Business and Travel | Monday 20:15", "Channel North News"),
    ("7 October, 14:20 GMT | Atlas World News", "Atlas World News"),
    ("By Chronicle Reporters | The Nairobi Chronicle | Thursday, June 19, 2025", "The Nairobi Chronicle"),
    ("The Coast Observer (Mombasa) | Friday, June 20, 2025 | Associated Press", "The Coast Observer"),
    # a release's marker, a date and an update time name no outlet, nor a place, a section, a
    # headline or a photo credit
    ("Club statement | Thursday 29 January", None),
    ("Posted 6:42 PM, March 14 | Updated 9:15 PM", None),
    ("Nairobi | Thursday 12 March 2025", None),
    ("World | Atlas World News", "Atlas World News"),
    ("Fire Destroys Central Market | The Daily Ledger", "The Daily Ledger"),
    ("Photo: AP | Nairobi", None),
    # an issuer's release head, whose marker has an outlet's word in it (session 31)
    ("NEWS RELEASE | For Immediate Release | Thunder Bay, ON | September 9", None),
    ("Press Release | Harbour News Network", "Harbour News Network"),
])
def test_a_masthead_line_names_the_outlet(line: str, outlet: str | None) -> None:
    from corroborate.ingest.body import page_layout

    text = (f"Power failure grounds fleet\n\n{line}\n\nThe airline cancelled 40 flights on Monday "
            "after a computer failure, and said passengers could rebook free of charge.\n")
    assert page_layout(text).outlet == outlet


def test_a_relay_of_an_outlet_of_the_folder_is_its_origin(tmp_path: Path) -> None:
    (tmp_path / "c.txt").write_text(
        "Fleet grounded\n\nChannel North News | Business | Monday 20:15\n\nTwo people familiar with "
        "the matter told Channel North that the fault followed an overnight software update.\n")
    (tmp_path / "d.txt").write_text(
        "Airline outage\n\nOperations Weekly | Tuesday\n\nChannel North, a UK broadcaster, reported "
        "on Monday that the fault followed an overnight software update, citing two people "
        "familiar with the matter.\n")
    report = corroborate([tmp_path], cache=False)
    assert [d.outlet for d in report.documents] == ["Channel North News", "Operations Weekly"]
    (cluster,) = [k for k in report.clusters if len(k.doc_ids) == 2]
    assert cluster.independent_sources == 1  # was 2: Channel North's page and its relay


def test_what_the_review_of_session_23_found(nlp: Language) -> None:
    from corroborate.independence import _house_of
    from corroborate.releases import issuer_name, release_head
    from corroborate.speakers.media import media_canonical

    def speakers(text: str) -> list[str | None]:
        return [c.speaker for c in extract_claims_from_texts({"t": "Headline\n\n" + text})]

    # a cause cited after a report is no source of it
    found = speakers("Reuters reported that the company had cut 500 jobs, citing falling demand.")
    assert found[0] == "Reuters"
    # a person known by a name is a person; a clause after the name is no part of it
    claims = extract_claims_from_texts({"t": "Headline\n\nA singer known as Lady Zee said the tour was off."})
    assert (claims[0].speaker, claims[0].speaker_kind) == ("Lady Zee", "person")
    assert speakers("A hacker group known as Black Lantern, which emerged last year, claimed that it "
                    "stole the files.") == ["Black Lantern"]
    # a nationality before "newspaper" or "report" and a day after it are no outlet's name
    assert media_canonical("the Kenyan newspaper") == "Kenyan newspaper"
    assert media_canonical("a Reuters report Tuesday") != "Tuesday"
    # a capitals issuer is named as a sentence writes it with its capital, whole words only
    assert issuer_name("MINISTRY OF HEALTH", "The ministry of health said. The Ministry of Health said.") == (
        "Ministry of Health")
    kelston = issuer_name("UNIVERSITY OF KELSTON", "The University of Kelstonville said.")
    assert kelston == "UNIVERSITY OF KELSTON"
    # a headline's summary line is no issuer: "Statement on ..." above it is news
    headline = "Statement on tariffs draws fire\nMinistry of Finance defends new regime\n\nText."
    assert release_head(headline) is None
    # a relay that names an outlet of the folder exactly is that outlet
    assert _house_of("Channel North", {"Channel North", "Channel North News"}) == "Channel North"
