"""Session 18's repairs of what a cue says and who says it, each on a hand-built Doc with the
parse the pipeline gives (or a misparse it gives) and on parsed invented sentences: a verb only
the cue finder reads yields to a lexicon cue inside it; a "that" the parser made a relative
pronoun still opens a complement; a telling denied passes nothing on; a back-shifted conjunct
continues the content; a government "agency" is no news agency; "the railroad" and "the
museum" are the organisation the article named."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from corroborate.attribution import find_attributions
from tests.attribution.helpers import claims_of, roles
from tests.attribution.support import Row, build


def test_a_learned_cue_yields_to_a_lexicon_cue_inside_it_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    # "reported" a clause of "leaning", which the cue finder scores as a cue: its reading
    # ("CMA officials are leaning ... | Sky News has reported") swallowed the report
    text = "Sky News has reported, citing people, that CMA officials are leaning towards a review."
    rows: list[Row] = [
        ("Sky",       1,  "compound", "PROPN", "NNP", "Sky"),  # 0
        ("News",      3,  "nsubj",    "PROPN", "NNP", "News"),  # 1
        ("has",       3,  "aux",      "AUX",   "VBZ", "have"),  # 2
        ("reported",  12, "ccomp",    "VERB",  "VBN", "report"),  # 3
        (",",         3,  "punct",    "PUNCT", ",",   ","),  # 4
        ("citing",    12, "advcl",    "VERB",  "VBG", "cite"),  # 5
        ("people",    5,  "dobj",     "NOUN",  "NNS", "people"),  # 6
        (",",         12, "punct",    "PUNCT", ",",   ","),  # 7
        ("that",      12, "mark",     "SCONJ", "IN",  "that"),  # 8
        ("CMA",       10, "compound", "PROPN", "NNP", "CMA"),  # 9
        ("officials", 12, "nsubj",    "NOUN",  "NNS", "official"),  # 10
        ("are",       12, "aux",      "AUX",   "VBP", "be"),  # 11
        ("leaning",   12, "ROOT",     "VERB",  "VBG", "lean"),  # 12
        ("towards",   12, "prep",     "ADP",   "IN",  "towards"),  # 13
        ("a",         15, "det",      "DET",   "DT",  "a"),  # 14
        ("review",    13, "pobj",     "NOUN",  "NN",  "review"),  # 15
        (".",         12, "punct",    "PUNCT", ".",   "."),  # 16
    ]
    doc = build(make_doc, text, rows, ents={0: "ORG", 1: "ORG", 9: "ORG"},
                cue_scores={3: 0.95, 12: 0.9})
    assert [roles(text, a) for a in find_attributions(doc)] == [
        ("people", "has reported", "that CMA officials are leaning towards a review")]


def test_a_learned_cue_yields_to_a_lexicon_cue_parsed(nlp: Language) -> None:
    (claim,) = claims_of(nlp, "Sky News has reported, citing people close to the process, that CMA "
                              "officials are leaning towards a full phase 2 investigation.")
    assert (claim.source.text, claim.content.text) == (
        "people close to the process", "that CMA officials are leaning towards a full phase 2 investigation")
    assert claim.via == "Sky News"


_CONFIRMED: list[Row] = [
    ("An",          2,  "det",      "DET",   "DT",  "an"),  # 0
    ("agency",      2,  "compound", "NOUN",  "NN",  "agency"),  # 1
    ("spokeswoman", 3,  "nsubj",    "NOUN",  "NN",  "spokeswoman"),  # 2
    ("confirmed",   3,  "ROOT",     "VERB",  "VBD", "confirm"),  # 3
    ("to",          3,  "prep",     "ADP",   "IN",  "to"),  # 4
    ("the",         6,  "det",      "DET",   "DT",  "the"),  # 5
    ("Courier",     4,  "pobj",     "PROPN", "NNP", "Courier"),  # 6
    ("that",        10, "dobj",     "PRON",  "WDT", "that"),  # 7
    ("crews",       10, "nsubj",    "NOUN",  "NNS", "crew"),  # 8
    ("had",         10, "aux",      "AUX",   "VBD", "have"),  # 9
    ("collected",   6,  "relcl",    "VERB",  "VBN", "collect"),  # 10
    ("fish",        10, "dobj",     "NOUN",  "NN",  "fish"),  # 11
    (".",           3,  "punct",    "PUNCT", ".",   "."),  # 12
]


def test_a_that_the_parser_made_a_pronoun_opens_a_complement_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    text = "An agency spokeswoman confirmed to the Courier that crews had collected fish."
    doc = build(make_doc, text, _CONFIRMED, ents={6: "ORG"})
    # "that" parsed as the object of "collected", which has its own: the clause's marker
    assert [roles(text, a) for a in find_attributions(doc)] == [
        ("An agency spokeswoman", "confirmed", "that crews had collected fish")]
    # a real relative clause ("the Courier that crews had read") says nothing
    rows = [*_CONFIRMED]
    rows[10] = ("read", 6, "relcl", "VERB", "VBN", "read")
    rows[11] = ("often", 10, "advmod", "ADV", "RB", "often")
    text = "An agency spokeswoman confirmed to the Courier that crews had read often."
    doc = build(make_doc, text, rows, ents={6: "ORG"})
    assert not any(roles(text, a)[2].startswith("that crews") for a in find_attributions(doc))


def test_a_that_the_parser_made_a_pronoun_opens_a_complement_parsed(nlp: Language) -> None:
    (claim,) = claims_of(nlp, "An agency spokeswoman confirmed to the Courier that crews had collected "
                              "several dozen dead minnows from the creek.")
    assert claim.content.text == "that crews had collected several dozen dead minnows from the creek"


_NOT_TOLD: list[Row] = [
    ("She",         1,  "nsubj", "PRON",  "PRP", "she"),  # 0
    ("said",        1,  "ROOT",  "VERB",  "VBD", "say"),  # 1
    ("the",         3,  "det",   "DET",   "DT",  "the"),  # 2
    ("railroad",    6,  "nsubj", "NOUN",  "NN",  "railroad"),  # 3
    ("had",         6,  "aux",   "AUX",   "VBD", "have"),  # 4
    ("not",         6,  "neg",   "PART",  "RB",  "not"),  # 5
    ("told",        1,  "ccomp", "VERB",  "VBN", "tell"),  # 6
    ("firefighters", 6, "dobj",  "NOUN",  "NNS", "firefighter"),  # 7
    ("what",        9,  "nsubj", "PRON",  "WP",  "what"),  # 8
    ("was",         6,  "ccomp", "AUX",   "VBD", "be"),  # 9
    ("inside",      9,  "advmod", "ADV",  "RB",  "inside"),  # 10
    (".",           1,  "punct", "PUNCT", ".",   "."),  # 11
]


def test_a_telling_denied_passes_nothing_on_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    text = "She said the railroad had not told firefighters what was inside."
    doc = build(make_doc, text, _NOT_TOLD)
    # her claim, not the railroad's: it told nothing
    assert [roles(text, a) for a in find_attributions(doc)] == [
        ("She", "said", "the railroad had not told firefighters what was inside")]
    # the same telling asserted is relayed: the railroad's claim, passed on by her
    rows = [r for k, r in enumerate(_NOT_TOLD) if k != 5]
    rows = [(w, h - (h > 5), d, p, t, lem) for w, h, d, p, t, lem in rows]
    rows[7:10] = [("that", 9, "mark", "SCONJ", "IN", "that"), ("it", 9, "nsubj", "PRON", "PRP", "it"),
                  ("leaked", 5, "ccomp", "VERB", "VBD", "leak")]
    text = "She said the railroad had told firefighters that it leaked."
    doc = build(make_doc, text, rows)
    assert [roles(text, a) for a in find_attributions(doc)] == [
        ("the railroad", "had told", "that it leaked")]


def test_a_telling_denied_passes_nothing_on_parsed(nlp: Language) -> None:
    (claim,) = claims_of(nlp, "She also said the railroad had not told firefighters what the tank cars "
                              "were carrying until almost two hours after the crash.")
    assert claim.source.text == "She"
    assert claim.content.text.startswith("the railroad had not told firefighters")


def test_a_back_shifted_conjunct_continues_the_content_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    # "had met" joined to the cue by the parser
    text = "Two people told Reuters that Malkov was suspected, and had met an employee."
    rows: list[Row] = [
        ("Two",       1,  "nummod",    "NUM",   "CD",  "two"),  # 0
        ("people",    2,  "nsubj",     "NOUN",  "NNS", "people"),  # 1
        ("told",      2,  "ROOT",      "VERB",  "VBD", "tell"),  # 2
        ("Reuters",   2,  "dobj",      "PROPN", "NNP", "Reuters"),  # 3
        ("that",      7,  "mark",      "SCONJ", "IN",  "that"),  # 4
        ("Malkov",    7,  "nsubjpass", "PROPN", "NNP", "Malkov"),  # 5
        ("was",       7,  "auxpass",   "AUX",   "VBD", "be"),  # 6
        ("suspected", 2,  "ccomp",     "VERB",  "VBN", "suspect"),  # 7
        (",",         2,  "punct",     "PUNCT", ",",   ","),  # 8
        ("and",       2,  "cc",        "CCONJ", "CC",  "and"),  # 9
        ("had",       11, "aux",       "AUX",   "VBD", "have"),  # 10
        ("met",       2,  "conj",      "VERB",  "VBN", "meet"),  # 11
        ("an",        13, "det",       "DET",   "DT",  "an"),  # 12
        ("employee",  11, "dobj",      "NOUN",  "NN",  "employee"),  # 13
        (".",         2,  "punct",     "PUNCT", ".",   "."),  # 14
    ]
    doc = build(make_doc, text, rows, ents={3: "ORG", 5: "PERSON"})
    (att,) = find_attributions(doc)
    assert roles(text, att)[2] == "that Malkov was suspected, and had met an employee"
    # a conjunct in the plain past is the speaker's own act, not what was said
    rows[10] = ("then", 11, "advmod", "ADV", "RB", "then")
    rows[11] = ("left", 2, "conj", "VERB", "VBD", "leave")
    rows[12], rows[13] = ("the", 13, "det", "DET", "DT", "the"), ("room", 11, "dobj", "NOUN", "NN", "room")
    text = "Two people told Reuters that Malkov was suspected, and then left the room."
    doc = build(make_doc, text, rows, ents={3: "ORG", 5: "PERSON"})
    (att,) = find_attributions(doc)
    assert roles(text, att)[2] == "that Malkov was suspected"


def test_a_government_agency_is_no_news_agency(nlp: Language) -> None:
    from corroborate.attribution.syntax import looks_media
    from corroborate.speakers.media import media_name

    assert not looks_media("a spokeswoman for the Ohio Environmental Protection Agency")
    assert looks_media("the Yonhap news agency") and looks_media("the newspaper")
    assert not media_name("Ohio Environmental Protection Agency") and media_name("Korean Central News Agency")
    (claim,) = claims_of(nlp, "A spokeswoman for the Ohio Environmental Protection Agency said crews had "
                              "detected butyl acrylate in the creek.")
    assert claim.speaker_kind != "media" and claim.via is None


def test_the_railroad_and_the_museum_are_the_named_organisation(nlp: Language) -> None:
    claims = claims_of(nlp, "Great Lakes Central Railway said on Monday that nine cars had derailed. "
                            "The railroad said no one was hurt in the crash.")
    assert [c.speaker for c in claims] == ["Great Lakes Central Railway"] * 2
    claims = claims_of(nlp, "The Musée Armand-Vidal said five paintings had been stolen overnight. "
                            "The museum said the alarm had sounded at 3 a.m.")
    assert [c.speaker for c in claims] == ["Musée Armand-Vidal"] * 2


_TWO_CLAUSES: list[Row] = [
    ("The",    1,  "det",   "DET",   "DT",  "the"),  # 0
    ("FDIC",   2,  "nsubj", "PROPN", "NNP", "FDIC"),  # 1
    ("said",   2,  "ROOT",  "VERB",  "VBD", "say"),  # 2
    ("that",   6,  "mark",  "SCONJ", "IN",  "that"),  # 3
    ("the",    5,  "det",   "DET",   "DT",  "the"),  # 4
    ("bank",   6,  "nsubj", "NOUN",  "NN",  "bank"),  # 5
    ("failed", 2,  "ccomp", "VERB",  "VBD", "fail"),  # 6
    ("today",  6,  "npadvmod", "NOUN", "NN", "today"),  # 7
    (",",      6,  "punct", "PUNCT", ",",   ","),  # 8
    ("and",    6,  "cc",    "CCONJ", "CC",  "and"),  # 9
    ("that",   14, "mark",  "SCONJ", "IN",  "that"),  # 10
    ("its",    12, "poss",  "PRON",  "PRP$", "its"),  # 11
    ("branches", 14, "nsubj", "NOUN", "NNS", "branch"),  # 12
    ("would",  14, "aux",   "AUX",   "MD",  "would"),  # 13
    ("reopen", 6,  "conj",  "VERB",  "VB",  "reopen"),  # 14
    ("Monday", 14, "npadvmod", "PROPN", "NNP", "Monday"),  # 15
    (".",      2,  "punct", "PUNCT", ".",   "."),  # 16
]


def test_a_cues_two_that_clauses_are_two_claims_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    from corroborate.attribution import AttributionConfig

    text = "The FDIC said that the bank failed today, and that its branches would reopen Monday."
    doc = build(make_doc, text, _TWO_CLAUSES, ents={1: "ORG", 15: "DATE"})
    assert [roles(text, a) for a in find_attributions(doc)] == [
        ("The FDIC", "said", "that the bank failed today"),
        ("The FDIC", "said", "that its branches would reopen Monday"),
    ]
    # one claim in PolNeAR's convention
    polnear = AttributionConfig(relays=False, propositions=False)
    assert [roles(text, a) for a in find_attributions(doc, config=polnear)] == [
        ("The FDIC", "said", "that the bank failed today, and that its branches would reopen Monday")]


def test_a_cues_two_that_clauses_are_two_claims_parsed(nlp: Language) -> None:
    claims = claims_of(nlp, "The FDIC said that Great Lakes Commonwealth Bank would assume every deposit, "
                            "and that the 58 branches would open for business as usual on Monday.")
    assert [c.content.text for c in claims] == [
        "that Great Lakes Commonwealth Bank would assume every deposit",
        "that the 58 branches would open for business as usual on Monday",
    ]
    assert len({c.id for c in claims}) == 2 and {c.speaker for c in claims} == {"FDIC"}
    # a clause too short to state something alone, or a quote, stays whole
    (claim,) = claims_of(nlp, "She said that the plan was fine and that it worked.")
    assert claim.content.text == "that the plan was fine and that it worked"


def test_a_place_a_body_is_based_in_makes_it_no_states_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    from corroborate.claims import extract_claims
    from corroborate.schema import Article

    # the recogniser takes "London-based" as one place, as the pipeline does
    text = "The London-based company said profits rose."
    rows: list[Row] = [
        ("The",     4, "det",      "DET",   "DT",  "the"),  # 0
        ("London",  3, "npadvmod", "PROPN", "NNP", "London"),  # 1
        ("-",       3, "punct",    "PUNCT", "HYPH", "-"),  # 2
        ("based",   4, "amod",     "VERB",  "VBN", "base"),  # 3
        ("company", 5, "nsubj",    "NOUN",  "NN",  "company"),  # 4
        ("said",    5, "ROOT",     "VERB",  "VBD", "say"),  # 5
        ("profits", 7, "nsubj",    "NOUN",  "NNS", "profit"),  # 6
        ("rose",    5, "ccomp",    "VERB",  "VBD", "rise"),  # 7
        (".",       5, "punct",    "PUNCT", ".",   "."),  # 8
    ]
    doc = build(make_doc, text.replace("London-based", "London - based"), rows,
                ents={1: "GPE", 2: "GPE", 3: "GPE"})
    (claim,) = extract_claims(doc, Article(doc_id="t", path="t.txt", text=doc.text, body=(0, len(doc.text))))
    assert claim.speaker_kind != "government"  # it was: London's "company"


def test_a_place_a_body_is_based_in_makes_it_no_states_parsed(nlp: Language) -> None:
    for text in ("The London-based company said profits rose.",
                 "The Toledo-based railroad said no one was hurt in the crash."):
        (claim,) = claims_of(nlp, text)
        assert claim.speaker_kind != "government"
    # a state's body still is one
    (claim,) = claims_of(nlp, "The Russian embassy said the claims were false.")
    assert claim.speaker_kind == "government"
