"""Claim building: attributions of one article to Claims (speakers, `via`, quote type, the
article's body and offsets), wire credits, and the invariants every claim keeps."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.attribution import find_attributions
from corroborate.claims import extract_claims, wire_credits
from corroborate.schema import Article, Claim
from tests.attribution.helpers import assert_rule, attributions, claims_of

CUE_VERB = "verbs.cue_verb"




def build_claims(doc: Doc, *, body: tuple[int, int] | None = None, offset: int = 0,
                 text: str | None = None, outlet: str | None = None) -> list[Claim]:
    """The claims of a hand-built Doc taken as an article (by default its whole text)."""
    text = doc.text if text is None else text
    article = Article(doc_id="t", path="t.txt", text=text, outlet=outlet,
                      body=body if body is not None else (0, len(text)))
    return extract_claims(doc, article, offset=offset)


@pytest.fixture()
def said_that(make_doc: Callable[..., Doc]) -> Doc:
    """"Officials say talks continue.": one indirect attribution."""
    return make_doc(
        ["Officials", "say", "talks", "continue", "."],
        [1, 1, 3, 1, 1],
        ["nsubj", "ROOT", "nsubj", "ccomp", "punct"],
        pos=["NOUN", "VERB", "NOUN", "VERB", "PUNCT"],
        tags=["NNS", "VBP", "NNS", "VBP", "."],
        lemmas=["official", "say", "talk", "continue", "."],
    )


# ------------------------------------------------------------------ one claim per attribution
def test_a_claim_from_a_hand_built_doc(said_that: Doc) -> None:
    (att,) = find_attributions(said_that)
    assert_rule(att, CUE_VERB)
    (claim,) = build_claims(said_that)
    assert (claim.source.text, claim.cue.text, claim.content.text) == ("Officials", "say", "talks continue")
    assert (claim.source.spans, claim.cue.spans, claim.content.spans) == ([(0, 9)], [(10, 13)], [(14, 28)])
    assert claim.doc_id == "t" and claim.id.startswith("c-")
    assert claim.quote_type == "indirect" and claim.quoted == []
    assert claim.speaker_kind == "collective"
    assert 0.05 <= claim.confidence <= 1.0


def test_claim_ids_depend_on_the_article_and_spans_only(said_that: Doc) -> None:
    (a,) = build_claims(said_that)
    (b,) = build_claims(said_that, outlet="The Ledger")
    assert a.id == b.id


def test_offsets_shift_into_the_article_text(said_that: Doc) -> None:
    # a long text parsed in parts: `offset` is where this Doc starts in the article's text
    text = "x" * 100 + said_that.text
    (claim,) = build_claims(said_that, offset=100, body=(0, len(text)), text=text)
    assert claim.content.spans == [(114, 128)]
    assert text[114:128] == claim.content.text


def test_a_claim_outside_the_body_is_left_out(said_that: Doc) -> None:
    assert build_claims(said_that, body=(0, 20)) == []


@pytest.mark.parametrize(
    "words,heads,deps,pos,tags,lemmas,spaces,quote_type,quoted",
    [
        # a quote around the whole content: direct, the quote its only quoted span
        (["“", "We", "will", "win", ",", "”", "she", "said", "."],
         [7, 3, 3, 7, 7, 7, 7, 7, 7],
         ["punct", "nsubj", "aux", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct"],
         ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT"],
         ["``", "PRP", "MD", "VB", ",", "''", "PRP", "VBD", "."],
         ["\"", "we", "will", "win", ",", "\"", "she", "say", "."],
         [False, True, True, False, False, True, True, False, False],
         "direct", ["“We will win,”"]),
        # a quote inside the content: mixed
        (["She", "said", "the", "plan", "was", "\"", "a", "gift", "\"", "."],
         [1, 1, 3, 4, 1, 4, 7, 4, 4, 1],
         ["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct", "det", "attr", "punct", "punct"],
         ["PRON", "VERB", "DET", "NOUN", "AUX", "PUNCT", "DET", "NOUN", "PUNCT", "PUNCT"],
         ["PRP", "VBD", "DT", "NN", "VBD", "``", "DT", "NN", "''", "."],
         ["she", "say", "the", "plan", "be", "\"", "a", "gift", "\"", "."],
         [True, True, True, True, True, False, True, False, False, False],
         "mixed", ['"a gift"']),
    ],
)
def test_quote_type_and_quoted_spans(
    make_doc: Callable[..., Doc], words: list[str], heads: list[int], deps: list[str],
    pos: list[str], tags: list[str], lemmas: list[str], spaces: list[bool], quote_type: str,
    quoted: list[str],
) -> None:
    doc = make_doc(words, heads, deps, pos=pos, tags=tags, lemmas=lemmas, spaces=spaces)
    (claim,) = build_claims(doc)
    assert claim.quote_type == quote_type
    assert [doc.text[s:e] for s, e in claim.quoted] == quoted


def test_mixed_quote(nlp: Language) -> None:
    # copied from tests/test_extract.py (test_extract_mixed_quote)
    text = 'It also warned that Kim\'s regime would "pay a price" if it strikes an arms deal.'
    (claim,) = claims_of(nlp, text)
    assert claim.quote_type == "mixed"
    (att,) = attributions(nlp, text)
    assert_rule(att, CUE_VERB)


@pytest.mark.parametrize(
    "text,quote_type",
    [
        ("“The ferry will run on Sundays,” the captain said.", "direct"),
        ("''The ferry will run on Sundays,'' the captain said.", "direct"),
        ("The captain said the ferry will run on Sundays.", "indirect"),
        ('The captain said the ferry will run "on Sundays only."', "mixed"),
    ],
)
def test_quote_type_parsed(nlp: Language, text: str, quote_type: str) -> None:
    (claim,) = claims_of(nlp, text)
    assert claim.quote_type == quote_type


# ------------------------------------------------------------------ via
def test_outlet_reported_is_its_own_via(nlp: Language) -> None:
    # copied from tests/test_extract.py (test_extract_outlet_reported_is_its_own_via)
    text = ("North Korea’s Kim Jong-un will reportedly meet with Vladimir Putin next week, "
            "the New York Times reported Monday.")
    (claim,) = claims_of(nlp, text)
    assert claim.speaker == "The New York Times"
    assert claim.speaker_kind == "media"
    assert claim.via == "The New York Times"
    assert claim.content.text.startswith("North Korea’s Kim Jong-un will reportedly meet")
    (att,) = attributions(nlp, text)
    assert_rule(att, CUE_VERB)


def test_a_person_is_no_via(nlp: Language) -> None:
    (claim,) = claims_of(nlp, "The harbour master said the ferry will run on Sundays.")
    assert claim.via is None and claim.chain == []


# ------------------------------------------------------------------ wire credits
# copied from tests/test_extract.py (test_extract_wire_credits)
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Peskov said so.\n\nAssociated Press contributed reporting.", ["Associated Press"]),
        ("MOSCOW (Reuters) — Peskov said so.", ["Reuters"]),
        ("SEOUL (AP) - Officials said so. Reuters contributed to this report.",
         ["Associated Press", "Reuters"]),
        ("Peskov told the Associated Press he was ready.", []),
    ],
)
def test_wire_credits(text: str, expected: list[str]) -> None:
    assert wire_credits(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The mayor spoke.\nThe Associated Press contributed to this story.", ["Associated Press"]),
        ("LISBON (AFP) – The mayor spoke.", ["Agence France-Presse"]),
        ("Bloomberg contributed reporting. Yonhap contributed reporting.", ["Bloomberg", "Yonhap"]),
        # a byline credit opens a line; in the middle of a long line it is no byline
        ("The mayor, who spoke to a reporter at length on Monday about the ferry (AP) - agreed.", []),
        ("Reuters reported that the mayor spoke.", []),
    ],
)
def test_wire_credits_more(text: str, expected: list[str]) -> None:
    assert wire_credits(text) == expected


# ------------------------------------------------------------------ invariants
def test_labels_are_not_cues(nlp: Language) -> None:
    # copied from tests/test_extract.py (test_extract_labels_are_not_cues)
    text = "Haley posted to X, formerly known as Twitter, on Tuesday. Xi is expected to skip the event."
    assert attributions(nlp, text) == []


def test_every_span_reproduces_its_text(nlp: Language) -> None:
    # copied from tests/test_extract.py (test_extract_every_span_reproduces_its_text)
    text = ("“We urge the DPRK to cease its arms negotiations,” she said. Peskov said Russia was "
            "ready, according to state media.")
    for claim in claims_of(nlp, text):
        for role in (claim.source, claim.cue, claim.content):
            assert " ".join(text[s:e] for s, e in role.spans) == role.text


def test_every_span_reproduces_its_text_across_constructions(nlp: Language) -> None:
    # one text with a construction of each family: every role's spans give back its text,
    # and every claim keeps a content
    text = ("Mayor Lindqvist: Harbour tolls must rise to pay for the quay\n"
            "“Frankly,” the harbour master said, “the pier will not open before the storms.”\n"
            "The talks collapsed on Monday, per the report. Her warning that the dam could fail "
            "went unheeded, and the governor has long been critical of the pipeline.\n"
            "“The library is the heart of our town and it must stay open.” ― Clara Mendez\n")
    claims = claims_of(nlp, text)
    assert len(claims) >= 5
    for claim in claims:
        assert claim.content.spans
        for role in (claim.source, claim.cue, claim.content):
            assert " ".join(text[s:e] for s, e in role.spans) == role.text


def test_nothing_outside_the_body(nlp: Language) -> None:
    # copied from tests/test_extract.py (test_extract_nothing_outside_the_body)
    text = "Menu\nPeskov said Russia was ready.\nRECOMMENDED FOR YOU\nStarmer said he would win.\n"
    doc = nlp(text)
    body_end = text.index("RECOMMENDED")
    claims = extract_claims(doc, Article(doc_id="t", path="t.txt", text=text, body=(5, body_end)))
    assert [c.source.text for c in claims] == ["Peskov"]


def test_claims_come_sorted_by_content(nlp: Language) -> None:
    text = ("The port will close, the mayor said. “Ships will dock in Tarva,” an aide said. "
            "Officials say the quay needs a year of repairs.")
    starts = [c.content.spans[0][0] for c in claims_of(nlp, text)]
    assert starts == sorted(starts) and len(starts) == 3


@pytest.mark.parametrize(
    "text,expected",
    [
        # a credit line under the headline names the wire the story was built on
        ("Evacuees told to wait\n\nBy Jenna Lavallee, Westman Herald, with files from The "
         "Associated Press\n\nThe mayor spoke.", ["Associated Press"]),
        ("Paintings stolen\n\nThe Nordic Post, with Associated Press\n\nThieves struck.",
         ["Associated Press"]),
        ("Bank cuts rates\n\nReykjavik Daily staff and Reuters\n\nThe bank cut.", ["Reuters"]),
        ("Quake kills 11\n\nReuters in Lima\n\nA quake struck.", ["Reuters"]),
        ("Fire spreads\n\nAsia Pacific Daily, from Agence France-Presse\n\nA fire spread.",
         ["Agence France-Presse"]),
        # a line with other words is a sentence, and a headline is no credit line
        ("Bank cuts rates\n\nReuters reported the cut on Monday\n\nThe bank cut.", []),
        ("Reuters journalist freed\n\nBy Ann Lee\n\nThe journalist was freed.", []),
        # a wire named far down the story is no credit
        ("Head\n\nBy Ann Lee\n\nOne.\n\nTwo.\n\nThree.\n\nWith Reuters\n", []),
    ],
)
def test_wire_credit_lines(text: str, expected: list[str]) -> None:
    assert wire_credits(text) == expected
