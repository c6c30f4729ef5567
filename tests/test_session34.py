"""Session 34: a cue inside an adverbial clause of a media report leaves the report standing
(the cue's claim is relayed by the outlet, as before); clause breaks as the matcher's
propositions. Rules on hand-built Docs, then parsed text."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.attribution import find_attributions
from corroborate.attribution.syntax import in_adjunct_clause
from corroborate.match.similarity import text_propositions
from tests.test_chains import claims_of, roles

# "Reuters reported that fines fell after Acme said prices would drop ." with the parse a
# correct parser gives: "said" heads an adverbial clause of "fell", which is what was reported
_ADJUNCT = (
    "Reuters reported that fines fell after Acme said prices would drop .".split(),
    [1, 1, 4, 4, 1, 7, 7, 4, 10, 10, 7, 1],
    ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "mark", "nsubj", "advcl", "nsubj", "aux",
     "ccomp", "punct"],
    ["PROPN", "VERB", "SCONJ", "NOUN", "VERB", "SCONJ", "PROPN", "VERB", "NOUN", "AUX",
     "VERB", "PUNCT"],
    ["NNP", "VBD", "IN", "NNS", "VBD", "IN", "NNP", "VBD", "NNS", "MD", "VB", "."],
    "Reuters report that fine fall after Acme say price would drop .".split(),
)
# "Reuters reported that Acme said prices would drop .": what Acme said is the report
_COMPLEMENT = (
    "Reuters reported that Acme said prices would drop .".split(),
    [1, 1, 4, 4, 1, 7, 7, 4, 1],
    ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "nsubj", "aux", "ccomp", "punct"],
    ["PROPN", "VERB", "SCONJ", "PROPN", "VERB", "NOUN", "AUX", "VERB", "PUNCT"],
    ["NNP", "VBD", "IN", "NNP", "VBD", "NNS", "MD", "VB", "."],
    "Reuters report that Acme say price would drop .".split(),
)


def _doc(spec: tuple[list[str], ...]) -> Doc:
    words, heads, deps, pos, tags, lemmas = spec
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
               lemmas=lemmas)


def test_in_adjunct_clause_on_hand_built_docs() -> None:
    adjunct, complement = _doc(_ADJUNCT), _doc(_COMPLEMENT)
    assert in_adjunct_clause(adjunct, 7, 1)  # "said" under "after", inside the report
    assert not in_adjunct_clause(adjunct, 4, 1)  # "fell" is the report's own clause
    assert not in_adjunct_clause(complement, 4, 1)  # "reported that Acme said"
    assert not in_adjunct_clause(adjunct, 1, 7)  # "reported" is no dependant of "said"
    assert not in_adjunct_clause(adjunct, None, 1)


def test_a_cue_in_an_adjunct_clause_keeps_the_media_report_on_hand_built_doc() -> None:
    doc = _doc(_ADJUNCT)
    found = {roles(doc.text, a): a for a in find_attributions(doc)}
    # the report stands, and what Acme said is Acme's, relayed by Reuters
    assert set(found) == {("Reuters", "reported", "that fines fell after Acme said prices would drop"),
                          ("Acme", "said", "prices would drop")}
    assert found["Acme", "said", "prices would drop"].via_text == "Reuters"
    # where what Acme said is the report, the report is Acme's claim relayed (as before)
    doc = _doc(_COMPLEMENT)
    ((att,),) = [[a for a in find_attributions(doc)]]
    assert roles(doc.text, att) == ("Acme", "said", "prices would drop")
    assert att.via_text == "Reuters"


@pytest.mark.parametrize(("text", "claim"), [
    ("Reuters reported that, as the company confirmed on Monday, 300 jobs will be cut.",
     ("the company", "confirmed", "300 jobs will be cut")),
    ("The Times reported that the plant would close in March, as Reuters first reported last week.",
     ("Reuters", "reported", "that the plant would close in March")),
])
def test_a_clause_of_accordance_names_where_the_report_comes_from(
        nlp: Language, text: str, claim: tuple[str, str, str]) -> None:
    # "as X confirmed", "as Reuters first reported": no adverbial clause of the report's own;
    # the report is the inner claim's, and the outlet is no second source of it
    claims = claims_of(nlp, text)
    assert [(c.source.text, c.cue.text, c.content.text) for c in claims] == [claim]


def test_an_outlets_report_with_a_pledge_in_an_adjunct_clause(nlp: Language) -> None:
    # until session 34 "pledged" took NRC's report for a relay and both that-clauses were lost
    text = ("Dutch daily NRC reported on Wednesday, citing two officials, that Commission staff "
            "had initially proposed a fine of close to two billion euros, and that the amount was "
            "lowered after Staylane pledged to overhaul its search rankings.")
    contents = [c.content.text for c in claims_of(nlp, text)]
    assert "that Commission staff had initially proposed a fine of close to two billion euros" in contents
    assert ("that the amount was lowered after Staylane pledged to overhaul its search rankings"
            in contents)


@pytest.mark.parametrize(("text", "parts"), [
    ("The minister welcomed the decision, saying it would benefit six million workers, and "
     "pledged to put it into law without changes",
     ["The minister welcomed the decision", "it would benefit six million workers",
      "pledged to put it into law without changes"]),
    ("The plant will close for a month; its 400 staff will be paid in full",
     ["The plant will close for a month", "its 400 staff will be paid in full"]),
    ("the bridge was shut, adding that repairs would take at least three weeks",
     ["repairs would take at least three weeks"]),  # "the bridge was shut" is four words
    ("The plant will close for a month", []),  # one proposition: no parts
    # no break before a name that ends a list, nor before a qualifier of what went before
    ("the company would open offices in Paris, London, and Berlin by the end of next year", []),
    ("the plan would cut emissions, but only if Congress approves the funding next year", []),
    ("the ban would apply to all new petrol cars, but not to trucks or buses", []),
])
def test_text_propositions_split_at_clause_breaks(text: str, parts: list[str]) -> None:
    assert text_propositions(text) == parts
