"""Session 21's repairs, each on a hand-built Doc with the parse the pipeline gives (or the
misparse it gives) and on parsed invented sentences: a report set against another by "while"
is two reports, not one relayed by the other; "the Dhaka Chronicle newspaper" names its own
outlet; a past perfect's "had" carries over to a second verb, which was reported too."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from corroborate.attribution import find_attributions
from tests.attribution.helpers import claims_of, roles
from tests.attribution.support import Row, build

_WHILE = "Reuters reported that 14 people had died, while the Chronicle said the toll had risen to 21."
# the parser hangs the "while" clause on the reported clause's verb, inside Reuters' content
_WHILE_ROWS: list[Row] = [
    ("Reuters",   1,  "nsubj",  "PROPN", "NNP", "Reuters"),  # 0
    ("reported",  1,  "ROOT",   "VERB",  "VBD", "report"),  # 1
    ("that",      6,  "mark",   "SCONJ", "IN",  "that"),  # 2
    ("14",        4,  "nummod", "NUM",   "CD",  "14"),  # 3
    ("people",    6,  "nsubj",  "NOUN",  "NNS", "people"),  # 4
    ("had",       6,  "aux",    "AUX",   "VBD", "have"),  # 5
    ("died",      1,  "ccomp",  "VERB",  "VBN", "die"),  # 6
    (",",         6,  "punct",  "PUNCT", ",",   ","),  # 7
    ("while",     11, "mark",   "SCONJ", "IN",  "while"),  # 8
    ("the",       10, "det",    "DET",   "DT",  "the"),  # 9
    ("Chronicle", 11, "nsubj",  "PROPN", "NNP", "Chronicle"),  # 10
    ("said",      6,  "advcl",  "VERB",  "VBD", "say"),  # 11
    ("the",       13, "det",    "DET",   "DT",  "the"),  # 12
    ("toll",      15, "nsubj",  "NOUN",  "NN",  "toll"),  # 13
    ("had",       15, "aux",    "AUX",   "VBD", "have"),  # 14
    ("risen",     11, "ccomp",  "VERB",  "VBN", "rise"),  # 15
    ("to",        15, "prep",   "ADP",   "IN",  "to"),  # 16
    ("21",        16, "pobj",   "NUM",   "CD",  "21"),  # 17
    (".",         1,  "punct",  "PUNCT", ".",   "."),  # 18
]


def test_a_report_set_against_another_is_two_reports_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    doc = build(make_doc, _WHILE, _WHILE_ROWS, ents={0: "ORG", 10: "ORG"})
    found = sorted(roles(_WHILE, a) for a in find_attributions(doc))
    assert found == [("Reuters", "reported", "that 14 people had died"),
                     ("the Chronicle", "said", "the toll had risen to 21")]
    chronicle = next(a for a in find_attributions(doc) if roles(_WHILE, a)[0] == "the Chronicle")
    assert chronicle.via_text is None and not chronicle.chain
    # "when" is no contrast: what the Chronicle said is part of Reuters' report, relayed
    text = _WHILE.replace("while", "when")
    rows = list(_WHILE_ROWS)
    rows[8] = ("when", 11, "advmod", "SCONJ", "WRB", "when")
    doc = build(make_doc, text, rows, ents={0: "ORG", 10: "ORG"})
    found = [roles(text, a) for a in find_attributions(doc)]
    assert ("Reuters", "reported", "that 14 people had died") not in found


def test_a_report_set_against_another_is_two_reports_parsed(nlp: Language) -> None:
    text = ("Reuters reported earlier in the day that at least 14 people had been killed, while the "
            "Dhaka Chronicle newspaper later said the number had risen to 21, citing district officials.")
    claims = {c.content.text: c for c in claims_of(nlp, text)}
    assert claims["that at least 14 people had been killed"].speaker == "Reuters"
    chronicle = claims["the number had risen to 21"]
    # ... and the Chronicle's report is the officials' it cites, through the Chronicle, named by
    # its own name (session 23: a "citing" after the content is the report's source too)
    assert chronicle.speaker == "district officials" and chronicle.via == "Dhaka Chronicle"
    text = "The Times reported that the plant would close, while the company said it had made no decision."
    company = next(c for c in claims_of(nlp, text) if c.content.text == "it had made no decision")
    assert company.via is None


def test_a_named_newspaper_is_its_own_outlet_parsed(nlp: Language) -> None:
    text = "Reuters reported the toll. The Dhaka Chronicle newspaper said the number had risen to 21."
    (claim,) = [c for c in claims_of(nlp, text) if "21" in c.content.text]
    assert claim.speaker == "Dhaka Chronicle"
    # "the newspaper" alone, or a kind of paper with only a country, is the outlet named before
    for text in ("Reuters reported the toll. The newspaper said the number had risen to 21.",
                 "Reuters reported the toll. The influential US daily said the number had risen to 21."):
        (claim,) = [c for c in claims_of(nlp, text) if "21" in c.content.text]
        assert claim.speaker == "Reuters"


_PERFECT = "Halberg said an expert had inspected the tank and found no faults."
_PERFECT_ROWS: list[Row] = [
    ("Halberg",   1,  "nsubj",  "PROPN", "NNP", "Halberg"),  # 0
    ("said",      1,  "ROOT",   "VERB",  "VBD", "say"),  # 1
    ("an",        3,  "det",    "DET",   "DT",  "an"),  # 2
    ("expert",    5,  "nsubj",  "NOUN",  "NN",  "expert"),  # 3
    ("had",       5,  "aux",    "AUX",   "VBD", "have"),  # 4
    ("inspected", 1,  "ccomp",  "VERB",  "VBN", "inspect"),  # 5
    ("the",       7,  "det",    "DET",   "DT",  "the"),  # 6
    ("tank",      5,  "dobj",   "NOUN",  "NN",  "tank"),  # 7
    ("and",       5,  "cc",     "CCONJ", "CC",  "and"),  # 8
    ("found",     5,  "conj",   "VERB",  "VBD", "find"),  # 9
    ("no",        11, "det",    "DET",   "DT",  "no"),  # 10
    ("faults",    9,  "dobj",   "NOUN",  "NNS", "fault"),  # 11
    (".",         1,  "punct",  "PUNCT", ".",   "."),  # 12
]


def test_a_past_perfect_carries_over_to_a_second_verb_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    doc = build(make_doc, _PERFECT, _PERFECT_ROWS, ents={0: "PERSON"})
    (att,) = find_attributions(doc)
    assert roles(_PERFECT, att)[2] == "an expert had inspected the tank and found no faults"
    # without the "had", "found" is the speaker's own finding, a cue of its own
    text = _PERFECT.replace("had inspected", "inspected")
    rows = list(_PERFECT_ROWS)
    del rows[4]
    rows = [(w, h - 1 if h > 4 else h, d, p, t, lem) for (w, h, d, p, t, lem) in rows]
    found = [roles(text, a)[2] for a in find_attributions(build(make_doc, text, rows, ents={0: "PERSON"}))]
    assert "an expert inspected the tank and found no faults" not in found


def test_a_past_perfect_carries_over_to_a_second_verb_parsed(nlp: Language) -> None:
    text = ("Halberg rejected the report on Friday, saying an independent expert organisation had "
            "inspected the tank and its safety equipment in March and found no faults.")
    contents = [c.content.text for c in claims_of(nlp, text)]
    assert ("an independent expert organisation had inspected the tank and its safety equipment in "
            "March and found no faults") in contents
    # a speech act after the perfect stays the speaker's own second claim
    text = ("Hutchison Ports said it had offered workers a 7 per cent pay increase and called on the "
            "union to resume negotiations.")
    contents = [c.content.text for c in claims_of(nlp, text)]
    assert "it had offered workers a 7 per cent pay increase" in contents
    assert "the union to resume negotiations" in contents
