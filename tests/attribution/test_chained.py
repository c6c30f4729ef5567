"""chained.cue: a speech verb that is the infinitive of another cue ("wants to say that X").

The speech verb carries the content, and the cue runs back to the first cue's verb group, as
PolNeAR makes the whole chain the cue ("sought to clarify X", "was quick to point out that X").
"declined to confirm", "refused to say", "continued to insist" are no chains: the verb rule of
the infinitive takes its governing verb into its cue (and a refusal with no
speech verb after it is tests/attribution/test_refusals.py's).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.attribution import find_attributions
from tests.attribution.helpers import assert_rule, attributions, claims_of, roles
from tests.attribution.support import Found, Row, assert_found, build

# ------------------------------------------------------------------ hand-built parses


def test_chain_after_a_cue_verb(make_doc: Callable[..., Doc]) -> None:
    # "wants to say that X": "say", the infinitive of the cue "want", carries the
    # content; the cue runs from the first verb group to it.
    text = "The mayor wants to say that the park will stay open."
    rows: list[Row] = [
        ("The",   1, "det",   "DET",   "DT",  "the"),  # 0
        ("mayor", 2, "nsubj", "NOUN",  "NN",  "mayor"),  # 1
        ("wants", 2, "ROOT",  "VERB",  "VBZ", "want"),  # 2
        ("to",    4, "aux",   "PART",  "TO",  "to"),  # 3
        ("say",   2, "xcomp", "VERB",  "VB",  "say"),  # 4
        ("that",  9, "mark",  "SCONJ", "IN",  "that"),  # 5
        ("the",   7, "det",   "DET",   "DT",  "the"),  # 6
        ("park",  9, "nsubj", "NOUN",  "NN",  "park"),  # 7
        ("will",  9, "aux",   "AUX",   "MD",  "will"),  # 8
        ("stay",  4, "ccomp", "VERB",  "VB",  "stay"),  # 9
        ("open",  9, "acomp", "ADJ",   "JJ",  "open"),  # 10
        (".",     2, "punct", "PUNCT", ".",   "."),  # 11
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("The mayor", "wants to say", "that the park will stay open", "chained.cue"),
    ])


def test_chain_after_sought(make_doc: Callable[..., Doc]) -> None:
    # "sought to clarify": the chain after a verb of intent.
    text = "The club sought to clarify that no players were hurt."
    rows: list[Row] = [
        ("The",     1, "det",       "DET",   "DT",  "the"),  # 0
        ("club",    2, "nsubj",     "NOUN",  "NN",  "club"),  # 1
        ("sought",  2, "ROOT",      "VERB",  "VBD", "seek"),  # 2
        ("to",      4, "aux",       "PART",  "TO",  "to"),  # 3
        ("clarify", 2, "xcomp",     "VERB",  "VB",  "clarify"),  # 4
        ("that",    9, "mark",      "SCONJ", "IN",  "that"),  # 5
        ("no",      7, "det",       "DET",   "DT",  "no"),  # 6
        ("players", 9, "nsubjpass", "NOUN",  "NNS", "player"),  # 7
        ("were",    9, "auxpass",   "AUX",   "VBD", "be"),  # 8
        ("hurt",    4, "ccomp",     "VERB",  "VBN", "hurt"),  # 9
        (".",       2, "punct",     "PUNCT", ".",   "."),  # 10
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("The club", "sought to clarify", "that no players were hurt", "chained.cue"),
    ])


def test_chain_after_a_stance_adjective(make_doc: Callable[..., Doc]) -> None:
    # "was quick to note": the chain runs from the copula to the speech verb.
    text = "The rector was quick to note that fees would not rise."
    rows: list[Row] = [
        ("The",    1,  "det",   "DET",   "DT",  "the"),  # 0
        ("rector", 2,  "nsubj", "NOUN",  "NN",  "rector"),  # 1
        ("was",    2,  "ROOT",  "AUX",   "VBD", "be"),  # 2
        ("quick",  2,  "acomp", "ADJ",   "JJ",  "quick"),  # 3
        ("to",     5,  "aux",   "PART",  "TO",  "to"),  # 4
        ("note",   3,  "xcomp", "VERB",  "VB",  "note"),  # 5
        ("that",   10, "mark",  "SCONJ", "IN",  "that"),  # 6
        ("fees",   10, "nsubj", "NOUN",  "NNS", "fee"),  # 7
        ("would",  10, "aux",   "AUX",   "MD",  "would"),  # 8
        ("not",    10, "neg",   "PART",  "RB",  "not"),  # 9
        ("rise",   5,  "ccomp", "VERB",  "VB",  "rise"),  # 10
        (".",      2,  "punct", "PUNCT", ".",   "."),  # 11
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("The rector", "was quick to note", "that fees would not rise", "chained.cue"),
    ])


def test_infinitive_that_is_no_speech_verb(make_doc: Callable[..., Doc]) -> None:
    # "wants to build X": "build" is no speech verb; the infinitive is the content
    # of "wants", not a chain.
    text = "The mayor wants to build a park."
    rows: list[Row] = [
        ("The",   1, "det",   "DET",   "DT",  "the"),  # 0
        ("mayor", 2, "nsubj", "NOUN",  "NN",  "mayor"),  # 1
        ("wants", 2, "ROOT",  "VERB",  "VBZ", "want"),  # 2
        ("to",    4, "aux",   "PART",  "TO",  "to"),  # 3
        ("build", 2, "xcomp", "VERB",  "VB",  "build"),  # 4
        ("a",     6, "det",   "DET",   "DT",  "a"),  # 5
        ("park",  4, "dobj",  "NOUN",  "NN",  "park"),  # 6
        (".",     2, "punct", "PUNCT", ".",   "."),  # 7
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("The mayor", "wants", "to build a park", "verbs.cue_verb"),
    ])


def test_declined_to_confirm(make_doc: Callable[..., Doc]) -> None:
    # "declined to confirm": the governing verb of a refusal belongs to the cue of the
    # verb it governs (no chain: "decline" never heads one), and the stance is "declines".
    text = "The agency declined to confirm that the dam had failed."
    rows: list[Row] = [
        ("The",      1, "det",   "DET",   "DT",  "the"),  # 0
        ("agency",   2, "nsubj", "NOUN",  "NN",  "agency"),  # 1
        ("declined", 2, "ROOT",  "VERB",  "VBD", "decline"),  # 2
        ("to",       4, "aux",   "PART",  "TO",  "to"),  # 3
        ("confirm",  2, "xcomp", "VERB",  "VB",  "confirm"),  # 4
        ("that",     9, "mark",  "SCONJ", "IN",  "that"),  # 5
        ("the",      7, "det",   "DET",   "DT",  "the"),  # 6
        ("dam",      9, "nsubj", "NOUN",  "NN",  "dam"),  # 7
        ("had",      9, "aux",   "AUX",   "VBD", "have"),  # 8
        ("failed",   4, "ccomp", "VERB",  "VBN", "fail"),  # 9
        (".",        2, "punct", "PUNCT", ".",   "."),  # 10
    ]
    doc = build(make_doc, text, rows)
    atts = find_attributions(doc)
    assert_found(text, atts, [
        ("The agency", "declined to confirm", "that the dam had failed", "verbs.cue_verb"),
    ])
    assert atts[0].stance == "declines"


def test_continued_to_insist(make_doc: Callable[..., Doc]) -> None:
    # "continued to insist": the same for "continue" and "go".
    text = "The coach continued to insist that the team was fit."
    rows: list[Row] = [
        ("The",       1, "det",   "DET",   "DT",  "the"),  # 0
        ("coach",     2, "nsubj", "NOUN",  "NN",  "coach"),  # 1
        ("continued", 2, "ROOT",  "VERB",  "VBD", "continue"),  # 2
        ("to",        4, "aux",   "PART",  "TO",  "to"),  # 3
        ("insist",    2, "xcomp", "VERB",  "VB",  "insist"),  # 4
        ("that",      8, "mark",  "SCONJ", "IN",  "that"),  # 5
        ("the",       7, "det",   "DET",   "DT",  "the"),  # 6
        ("team",      8, "nsubj", "NOUN",  "NN",  "team"),  # 7
        ("was",       4, "ccomp", "AUX",   "VBD", "be"),  # 8
        ("fit",       8, "acomp", "ADJ",   "JJ",  "fit"),  # 9
        (".",         2, "punct", "PUNCT", ".",   "."),  # 10
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("The coach", "continued to insist", "that the team was fit", "verbs.cue_verb"),
    ])


# ------------------------------------------------------------------ parsed sentences


@pytest.mark.parametrize(
    "text,source,cue,content,rule",
    [
        # from test_extract.py's verb cues: a speech verb as the infinitive of another cue
        ("Aides were quick to point out that the senator had placed second.",
         "Aides", "were quick to point out", "that the senator had placed second", "chained.cue"),
        ("The tenants demanded to know whether the boiler would be replaced.",
         "The tenants", "demanded to know", "whether the boiler would be replaced", "chained.cue"),
        # "go on to" with a quote: "went" heads the clause and "say" is its xcomp, a chain
        ("The coach went on to say, “We will win the cup.”",
         "The coach", "went on to say", "“We will win the cup.”", "chained.cue"),
    ],
)
def test_extract_verb_cue(nlp: Language, text: str, source: str, cue: str, content: str,
                          rule: str) -> None:
    atts = find_attributions(nlp(text))
    assert [roles(text, a) for a in atts] == [(source, cue, content)]
    assert_rule(atts[0], rule)


def test_extract_asked_chain_gives_only_the_answer(nlp: Language) -> None:
    # "Asked to describe X": the chain and the infinitive alone would each give the chief a
    # claim he never made (he was asked; who asked is not named); only the answer is his
    # (`verbs._asked`; until session 15 the chain's reading was kept, as PolNeAR has it)
    text = 'Asked to describe the device that caused the fire, the chief said, "Not going to go into that."'
    atts = find_attributions(nlp(text))
    assert [roles(text, a)[1:] for a in atts] == [("said", '"Not going to go into that."')]
    assert_rule(atts[0], "verbs.cue_verb")


def test_extract_declined_to_confirm_is_a_declining_stance(nlp: Language) -> None:
    text = "The Kremlin declined to confirm on Tuesday whether Monday’s report was accurate."
    (claim,) = claims_of(nlp, text)
    assert claim.cue.text == "declined to confirm"
    assert claim.stance == "declines"
    assert claim.speaker_kind == "government"
    (att,) = attributions(nlp, text)
    assert_rule(att, "verbs.cue_verb")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The clerk wants to know why the form was rejected.",
         [("The clerk", "wants to know", "why the form was rejected", "chained.cue")]),
        ("Residents want to argue their case in court.",
         [("Residents", "want to argue", "their case", "chained.cue")]),
        ("The coach was quick to add that nobody was injured.",
         [("The coach", "was quick to add", "that nobody was injured", "chained.cue")]),
        # no chain: the infinitive is no speech verb, or the first verb is a refusal
        ("The mayor plans to build a park.",
         [("The mayor", "plans", "to build a park", "verbs.cue_verb")]),
        ("The board refused to explain why the fees rose.",
         [("The board", "refused to explain", "why the fees rose", "verbs.cue_verb")]),
        ("The agency declined to say whether the dam had failed.",
         [("The agency", "declined to say", "whether the dam had failed", "verbs.cue_verb")]),
    ],
)
def test_chained_parsed(nlp: Language, text: str, expected: list[Found]) -> None:
    assert_found(text, attributions(nlp, text), expected)
