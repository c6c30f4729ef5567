"""Session 40: which body "the company" is, statements two bodies make together, and figures
inside a bound.

"Federal Energy Minister Caroline Dumont said ... Engie was categorical. According to the
company, ...": the company is Engie (tagged as a place), not "Federal Energy" of a minister's
title. "The Calder Memorial Bridge could be off-limits ... the firm said": no bridge is a firm.
"Brightwater Energy plc and Kestrel Power Limited announced ...": what two companies say
together is each one's, so another article's "Brightwater Energy said" can be the same claim.
The rules on hand-built Docs, as the pinned parser gives them; the resolution on parsed
invented sentences; the ties on source graphs. And "38% of the average" / "less than 40
percent of the average" is one figure (a share inside the other's bound, as a count's already
was), "at least £40million" is forty million pounds."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from corroborate.api import extract_claims_from_texts
from corroborate.contrast import differences
from corroborate.contrast.modality import modal_verbs
from corroborate.contrast.quantities import percent_conflict
from corroborate.contrast.reading import read
from corroborate.nlp import load_pipeline
from corroborate.speakers.article import ArticleIndex, dateline_places_in
from corroborate.speakers.groups import joint_source
from corroborate.speakers.mentions import no_business
from tests.test_sources import claim, graph


def _speakers(text: str) -> dict[str, tuple[str | None, str]]:
    return {c.source.text: (c.speaker, c.speaker_kind) for c in extract_claims_from_texts({"a": text})}


_ENGIE = ("Federal Energy Minister Paula Reyes said on Monday that supply was secure. Asked about reports "
          "of a longer outage, Engie was categorical. According to the company, an outage of several "
          "months is out of the question.")


def test_the_company_is_the_subject_tagged_as_a_place_not_a_body_of_a_title() -> None:
    # "Engie" is tagged a place (GPE) by the pinned recogniser and never put anywhere; "Federal
    # Energy" (tagged an organisation) only names the minister's office
    assert _speakers(_ENGIE)["the company"] == ("Engie", "organization")
    # without the sentence that makes Engie a subject, the title's body is still not the company
    alone = _ENGIE.replace(" Asked about reports of a longer outage, Engie was categorical.", "")
    assert _speakers(alone)["the company"][0] != "Federal Energy"


def test_no_bridge_or_memorial_is_a_firm() -> None:
    got = _speakers("The Calder Memorial Bridge could be closed for six months, the city said Friday.\n\n"
                    "Engineers from Oakridge Structural Group found the damage this week. In a statement, "
                    "the firm said the cracks measured 14 inches.")
    assert got["the firm"] == ("Oakridge Structural Group", "organization")


def test_dateline_places_are_the_capitals_before_a_dash() -> None:
    found = [dateline_places_in(t) for t in ("MILLHAVEN, Pa. \u2014 The bridge",
                                             "BRUSSELS, March 3 (Reuters) - Belgium",
                                             "NEW YORK \u2013 A fire", "LONDON (AP) -- Police")]
    assert found == [{"Millhaven"}, {"Brussels"}, {"New York"}, {"London"}]
    # a paragraph that opens with initials is no dateline
    assert not dateline_places_in("BP, the oil company, said it would appeal.\nNATO said - no.")
    doc = load_pipeline()("MILLHAVEN, Pa. \u2014 The bridge will stay shut, Millhaven officials said.")
    assert ArticleIndex(doc).dateline_places == frozenset({"Millhaven"})


# "Northfield Energy and Harwick Power said ." with each name tagged an organisation
_JOINT = "Northfield Energy and Harwick Power said .".split()
_JOINT_HEADS = [1, 5, 1, 4, 1, 5, 5]
_JOINT_DEPS = ["compound", "nsubj", "cc", "compound", "conj", "ROOT", "punct"]
_JOINT_POS = ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"]


def test_a_source_joining_two_bodies_is_the_pair(make_doc: Callable[..., Doc]) -> None:
    ents = ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "O"]
    doc = make_doc(_JOINT, _JOINT_HEADS, _JOINT_DEPS, pos=_JOINT_POS, ents=ents)
    mentions = ArticleIndex(doc).mentions
    assert joint_source(mentions, doc[1], doc[0:5], str) == "Harwick Power and Northfield Energy"
    # a source that names only the first is that body alone
    assert joint_source(mentions, doc[1], doc[0:2], str) is None
    # one body's name with "and" inside it is one name: "Department of Science and Technology"
    one = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]
    doc = make_doc(_JOINT, _JOINT_HEADS, _JOINT_DEPS, pos=_JOINT_POS, ents=one)
    assert joint_source(ArticleIndex(doc).mentions, doc[1], doc[0:5], str) is None
    # a person joined to a body ("Northfield Energy and Harwick Power" with the second a person)
    person = ["B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = make_doc(_JOINT, _JOINT_HEADS, _JOINT_DEPS, pos=_JOINT_POS, ents=person)
    assert joint_source(ArticleIndex(doc).mentions, doc[1], doc[0:5], str) is None


def test_a_joint_statement_is_parsed_as_the_pair() -> None:
    got = _speakers("Northfield Energy and Harwick Power said in a joint statement that they would appeal "
                    "the ruling.")
    pair = ("Harwick Power and Northfield Energy", "organization")
    assert got["Northfield Energy and Harwick Power"] == pair


def test_a_pair_named_short_is_tied_to_the_body_that_spoke_alone() -> None:
    pair = claim("a", "Brightwater and Kestrel", kind="organization")
    alone = claim("b", "Brightwater Energy", kind="organization")
    link = graph(pair, alone).link(0, 1)
    assert link is not None and link.kind == "member" and "speaks for each" in link.detail
    # two spellings of the pair meet in the body both hold
    longer = claim("c", "Brightwater Energy plc and Kestrel Power", kind="organization")
    assert graph(pair, alone, longer).link(0, 2) is not None
    # a common word that opens another body's name is no short name of it: "Energy and
    # Petroleum Regulatory Authority" is one body, not the Energy Committee and another
    authority = claim("a", "Energy and Petroleum Regulatory Authority", kind="organization")
    committee = claim("b", "Energy Committee", kind="organization")
    assert graph(authority, committee).link(0, 1) is None
    # and a pair with no body of the story in it ties nothing
    assert graph(pair, committee).link(0, 1) is None


def test_structures_are_no_business(make_doc: Callable[..., Doc]) -> None:
    words = "The Calder Memorial Bridge closed .".split()
    doc = make_doc(words, [3, 3, 3, 4, 4, 4], ["det", "compound", "compound", "nsubj", "ROOT", "punct"],
                   pos=["DET", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
                   ents=["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"])
    mentions = ArticleIndex(doc).mentions
    assert no_business("Calder Memorial Bridge", mentions, doc)
    assert not no_business("Oakridge Structural Group", mentions, doc)


def test_a_place_the_article_calls_a_business_is_a_company_wherever_it_speaks() -> None:
    text = ("The reactor shut down late on Monday, operator Engie said on Tuesday. Engie said on Wednesday "
            "that the fault was in a feedwater pump.")
    got = {(c.source.text, c.speaker, c.speaker_kind) for c in extract_claims_from_texts({"a": text})}
    assert ("operator Engie", "Engie", "organization") in got
    assert ("Engie", "Engie", "organization") in got


def test_business_places_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    # "operator Engie said . Engie said ." with "Engie" tagged a place both times
    def index(name: str) -> ArticleIndex:
        words = f"operator {name} said . {name} said .".split()
        deps = ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"]
        return ArticleIndex(make_doc(words, [1, 2, 2, 2, 5, 5, 5], deps,
                                     pos=["NOUN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"],
                                     ents=["O", "B-GPE", "O", "O", "B-GPE", "O", "O"]))

    assert index("Engie").business_places == frozenset({"Engie"})
    # a state is never a business, whatever noun stands before it
    assert index("France").business_places == frozenset()


def test_a_share_inside_the_other_s_bound_is_no_changed_figure() -> None:
    assert differences("January rainfall reached only 38% of the historical average",
                       "Rainfall in January was below 40 percent of the historical average") == []
    assert differences("turnout was 62%", "turnout was more than 60 percent") == []
    assert differences("turnout was 58%", "turnout was under 60%") == []
    # outside the bound, or with no bound at all, the figure changed
    assert differences("turnout was 52%", "turnout was more than 60 percent") == ["number"]
    assert differences("turnout was 58%", "turnout was 60%") == ["number"]
    # "below" and "above" bound counts as "under" and "over" do
    assert differences("below 40 people were hurt", "38 people were hurt") == []
    assert differences("above 40 people were hurt", "38 people were hurt") == ["number"]


def test_percent_conflict_reads_bounds_given_the_tokens() -> None:
    a, b = read("only 38% of the average"), read("less than 40 percent of the average")
    assert percent_conflict(a.numbers, b.numbers)  # without the tokens, two shares differ
    assert not percent_conflict(a.numbers, b.numbers, a.toks, b.toks)


def test_a_scale_word_written_on_scales_the_figure() -> None:
    assert [n.value for n in read("worth at least £40million").numbers] == ["£40000000"]
    worth = "the paintings were worth £40 million"
    assert differences('The loot is worth "at least £40million"', worth) == []
    assert differences("The loot is worth £45million", worth) == ["number"]


def test_a_duty_on_a_clause_the_other_leaves_out_is_no_changed_modality() -> None:
    order = ("Within the zones, moving poultry is prohibited without the permission of the veterinary "
             "officer, and all poultry must be kept indoors")
    assert differences(order, "moving poultry is banned in the zones") == []
    # a hedge or duty on what both say still changes it
    assert differences("the plant could close", "the plant will close") == ["modality"]
    assert differences("all poultry must be kept indoors", "all poultry is kept indoors") == ["modality"]
    kim = "Kim will travel to Vladivostok"
    assert differences("Kim will likely travel to Vladivostok", kim) == ["modality"]


def test_modal_verbs_are_the_words_the_markers_govern() -> None:
    assert modal_verbs(read("and all poultry must be kept indoors").toks) == frozenset({"kept"})
    assert modal_verbs(read("the plant could possibly close").toks) == frozenset({"clos"})
    assert modal_verbs(read("drivers should have used the bridge").toks) == frozenset({"use"})
    assert modal_verbs(read("Kim may not meet Xi").toks) == frozenset({"meet"})
    assert modal_verbs(read("the plant will close").toks) == frozenset()
    # a marker that governs no word it can read bears on the whole text
    assert modal_verbs(read("The plant will close. It might.").toks) is None
    assert differences("The plant will close. It might.", "The plant will close.") == ["modality"]
