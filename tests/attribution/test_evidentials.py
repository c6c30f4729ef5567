"""evidentials.seem: "X seems to Y", "X appears Z": the writer's impression, with no source.

The subject belongs to the content, as in PolNeAR (75% of its "seem"/"appear" cues have no
source), and the claim has no speaker. "X is expected to Y" stays no claim at all (the writer's
forecast); "X is said to Y" is a passive of the verb rule (tests/attribution/test_verbs.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.attribution import find_attributions
from tests.attribution.helpers import assert_rule, attributions
from tests.attribution.support import Found, Row, assert_found, build

# ------------------------------------------------------------------ hand-built parses


def test_seems_to(make_doc: Callable[..., Doc]) -> None:
    # "X seems to Y": the writer's impression; the subject is part of what seems so,
    # and nobody is the source.
    text = "Lee seems to trust the new manager."
    rows: list[Row] = [
        ("Lee",     1, "nsubj", "PROPN", "NNP", "Lee"),  # 0
        ("seems",   1, "ROOT",  "VERB",  "VBZ", "seem"),  # 1
        ("to",      3, "aux",   "PART",  "TO",  "to"),  # 2
        ("trust",   1, "xcomp", "VERB",  "VB",  "trust"),  # 3
        ("the",     6, "det",   "DET",   "DT",  "the"),  # 4
        ("new",     6, "amod",  "ADJ",   "JJ",  "new"),  # 5
        ("manager", 3, "dobj",  "NOUN",  "NN",  "manager"),  # 6
        (".",       1, "punct", "PUNCT", ".",   "."),  # 7
    ]
    doc = build(make_doc, text, rows, ents={0: "PERSON"})
    assert_found(text, find_attributions(doc), [
        ("", "seems", "Lee to trust the new manager", "evidentials.seem"),
    ])


def test_appears_with_an_adjective(make_doc: Callable[..., Doc]) -> None:
    # "X appears sound": the adjective complement.
    text = "The bridge appears sound."
    rows: list[Row] = [
        ("The",     1, "det",   "DET",   "DT",  "the"),  # 0
        ("bridge",  2, "nsubj", "NOUN",  "NN",  "bridge"),  # 1
        ("appears", 2, "ROOT",  "VERB",  "VBZ", "appear"),  # 2
        ("sound",   2, "oprd",  "ADJ",   "JJ",  "sound"),  # 3
        (".",       2, "punct", "PUNCT", ".",   "."),  # 4
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("", "appears", "The bridge sound", "evidentials.seem"),
    ])


def test_it_appeared_that(make_doc: Callable[..., Doc]) -> None:
    # "it appeared that ...": the clause alone.
    text = "It appeared that the vault had been opened."
    rows: list[Row] = [
        ("It",       1, "nsubj",     "PRON",  "PRP", "it"),  # 0
        ("appeared", 1, "ROOT",      "VERB",  "VBD", "appear"),  # 1
        ("that",     7, "mark",      "SCONJ", "IN",  "that"),  # 2
        ("the",      4, "det",       "DET",   "DT",  "the"),  # 3
        ("vault",    7, "nsubjpass", "NOUN",  "NN",  "vault"),  # 4
        ("had",      7, "aux",       "AUX",   "VBD", "have"),  # 5
        ("been",     7, "auxpass",   "AUX",   "VBN", "be"),  # 6
        ("opened",   1, "ccomp",     "VERB",  "VBN", "open"),  # 7
        (".",        1, "punct",     "PUNCT", ".",   "."),  # 8
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("", "appeared", "that the vault had been opened", "evidentials.seem"),
    ])


def test_appeared_without_a_complement(make_doc: Callable[..., Doc]) -> None:
    # "appeared on a show": no complement, no impression.
    text = "She appeared on a cooking show."
    rows: list[Row] = [
        ("She",      1, "nsubj",    "PRON",  "PRP", "she"),  # 0
        ("appeared", 1, "ROOT",     "VERB",  "VBD", "appear"),  # 1
        ("on",       1, "prep",     "ADP",   "IN",  "on"),  # 2
        ("a",        5, "det",      "DET",   "DT",  "a"),  # 3
        ("cooking",  5, "compound", "NOUN",  "NN",  "cooking"),  # 4
        ("show",     2, "pobj",     "NOUN",  "NN",  "show"),  # 5
        (".",        1, "punct",    "PUNCT", ".",   "."),  # 6
    ]
    doc = build(make_doc, text, rows)
    assert find_attributions(doc) == []


def test_relative_pronoun_subject(make_doc: Callable[..., Doc]) -> None:
    # "which seemed sound": a relative pronoun is no content; the object rule of
    # "backed" takes the whole phrase.
    text = "He backed the plan, which seemed sound."
    rows: list[Row] = [
        ("He",     1, "nsubj", "PRON",  "PRP", "he"),  # 0
        ("backed", 1, "ROOT",  "VERB",  "VBD", "back"),  # 1
        ("the",    3, "det",   "DET",   "DT",  "the"),  # 2
        ("plan",   1, "dobj",  "NOUN",  "NN",  "plan"),  # 3
        (",",      3, "punct", "PUNCT", ",",   ","),  # 4
        ("which",  6, "nsubj", "PRON",  "WDT", "which"),  # 5
        ("seemed", 3, "relcl", "VERB",  "VBD", "seem"),  # 6
        ("sound",  6, "oprd",  "ADJ",   "JJ",  "sound"),  # 7
        (".",      1, "punct", "PUNCT", ".",   "."),  # 8
    ]
    doc = build(make_doc, text, rows)
    assert_found(text, find_attributions(doc), [
        ("He", "backed", "the plan, which seemed sound", "verbs.cue_verb"),
    ])


def test_is_expected_to(make_doc: Callable[..., Doc]) -> None:
    # "is expected to": the writer's forecast is no claim at all (the cue finder scores
    # "report" under CUE_DROP, and "expect" without a source is a hedge).
    text = "The firm is expected to report a loss."
    rows: list[Row] = [
        ("The",      1, "det",       "DET",   "DT",  "the"),  # 0
        ("firm",     3, "nsubjpass", "NOUN",  "NN",  "firm"),  # 1
        ("is",       3, "auxpass",   "AUX",   "VBZ", "be"),  # 2
        ("expected", 3, "ROOT",      "VERB",  "VBN", "expect"),  # 3
        ("to",       5, "aux",       "PART",  "TO",  "to"),  # 4
        ("report",   3, "xcomp",     "VERB",  "VB",  "report"),  # 5
        ("a",        7, "det",       "DET",   "DT",  "a"),  # 6
        ("loss",     5, "dobj",      "NOUN",  "NN",  "loss"),  # 7
        (".",        3, "punct",     "PUNCT", ".",   "."),  # 8
    ]
    doc = build(make_doc, text, rows, cue_scores={3: 0.93})
    assert find_attributions(doc) == []


# ------------------------------------------------------------------ parsed sentences


def test_extract_seem_and_appear_have_no_source(nlp: Language) -> None:
    # the writer's impression: the subject is part of what seems so, and nobody said it
    text = "Hale appeared to blame junior staff for the losses. The Roe team seemed paralyzed."
    atts = find_attributions(nlp(text))
    assert [(a.source, [text[s:e] for s, e in a.content]) for a in atts] == [
        ((), ["Hale", "to blame junior staff for the losses"]),
        ((), ["The Roe team", "paralyzed"])]
    assert find_attributions(nlp("She appeared on a Spanish reality show.")) == []
    for att in atts:
        assert_rule(att, "evidentials.seem")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The governor seems to favour a delay.",
         [("", "seems", "The governor to favour a delay", "evidentials.seem")]),
        ("It appears that the talks have stalled.",
         [("", "appears", "that the talks have stalled", "evidentials.seem")]),
        ("The new mayor appeared confident.",
         [("", "appeared", "The new mayor confident", "evidentials.seem")]),
        # an appearance, a relative pronoun for subject, a forecast: no impression
        ("The singer appeared on stage at nine.", []),
        ("The rebels, who seem to have regrouped, attacked at dawn.", []),
        ("The firm is expected to post a loss.", []),
    ],
)
def test_evidentials_parsed(nlp: Language, text: str, expected: list[Found]) -> None:
    atts = attributions(nlp, text)
    assert_found(text, atts, expected)
    assert all(a.source == () and a.source_token is None for a in atts)
