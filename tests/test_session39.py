"""Session 39: bodies the recogniser did not tag as organisations. "A Great Lakes Central
Railway freight train ... the Toledo-based railroad said": the railway's name was tagged a
facility or nothing, so "the railroad" stayed a description of its own and its claims never
met the other articles' Great Lakes Central Railway. And "a hospital trust in northern England,
the trust said ... Harwick Valley NHS Foundation Trust, which runs two hospitals": a body
introduced before its name is the one body of its kind the article names. The rule that finds
the untagged names on hand-built Docs, as the pinned parser gives them; the resolution on parsed
invented sentences."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from corroborate.api import extract_claims_from_texts
from corroborate.speakers import SpeakerResolver
from corroborate.speakers.article import ArticleIndex
from corroborate.speakers.mentions import no_business
from corroborate.speakers.syntax import untagged_names
from tests.attribution.support import Row, build
from tests.test_sources import claim, graph

# "A Northern Plains Railway freight train derailed , the Omaha - based railroad said ." with
# the railway's name tagged a facility, as the pinned recogniser tags such names
_RAIL = "A Northern Plains Railway freight train derailed , the Omaha - based railroad said .".split()
_RAIL_HEADS = [5, 3, 3, 5, 5, 6, 13, 13, 12, 11, 11, 12, 13, 13, 13]
_RAIL_DEPS = ["det", "compound", "compound", "compound", "compound", "nsubj", "ccomp", "punct", "det",
              "npadvmod", "punct", "amod", "nsubj", "ROOT", "punct"]
_RAIL_POS = ["DET", "PROPN", "PROPN", "PROPN", "NOUN", "NOUN", "VERB", "PUNCT", "DET", "PROPN", "PUNCT",
             "VERB", "NOUN", "VERB", "PUNCT"]


def _rail(make_doc: Callable[..., Doc], ents: list[str]) -> Doc:
    return make_doc(_RAIL, _RAIL_HEADS, _RAIL_DEPS, pos=_RAIL_POS, ents=ents)


def test_untagged_names_finds_a_name_tagged_a_facility_or_nothing(make_doc: Callable[..., Doc]) -> None:
    facility = ["O", "B-FAC", "I-FAC", "I-FAC"] + ["O"] * 5 + ["B-GPE"] + ["O"] * 5
    assert untagged_names(_rail(make_doc, facility), 0, len(_RAIL)) == [(1, "Northern Plains Railway")]
    nothing = ["O"] * 9 + ["B-GPE"] + ["O"] * 5
    assert untagged_names(_rail(make_doc, nothing), 0, len(_RAIL)) == [(1, "Northern Plains Railway")]
    # a name the recogniser tagged as an organisation is a mention already, and a place is no body
    organisation = ["O", "B-ORG", "I-ORG", "I-ORG"] + ["O"] * 5 + ["B-GPE"] + ["O"] * 5
    assert untagged_names(_rail(make_doc, organisation), 0, len(_RAIL)) == []
    # within the bounds asked for only
    assert untagged_names(_rail(make_doc, nothing), 4, len(_RAIL)) == []
    # and never in a title-case line, whose capitals are no name's ("Regulator Fines Northern
    # Plains Railway Over Spill")
    words = "Regulator Fines Northern Plains Railway Over Spill".split()
    doc = make_doc(words, [1, 1, 4, 4, 1, 1, 5], ["compound", "ROOT", "compound", "compound", "dobj", "prep",
                                                  "pobj"], pos=["PROPN"] * 7)
    assert untagged_names(doc, 0, len(words)) == []


def test_untagged_names_joins_inner_words_never_an_outer_one(make_doc: Callable[..., Doc]) -> None:
    words = "The Competition and Markets Authority ruled .".split()
    pos = ["DET", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = make_doc(words, [4, 4, 1, 1, 5, 5, 5], ["det", "nmod", "cc", "conj", "nsubj", "ROOT", "punct"],
                   pos=pos)
    assert untagged_names(doc, 0, len(words)) == [(1, "Competition and Markets Authority")]
    # a run cut after its "and" is no name of its own ("Markets Authority")
    assert untagged_names(doc, 3, len(words)) == []
    # "and" at the end joins nothing
    words = "Northern Plains and the police said .".split()
    pos = ["PROPN", "PROPN", "CCONJ", "DET", "NOUN", "VERB", "PUNCT"]
    doc = make_doc(words, [1, 5, 1, 4, 1, 5, 5], ["compound", "nsubj", "cc", "det", "conj", "ROOT", "punct"],
                   pos=pos)
    assert untagged_names(doc, 0, len(words)) == [(0, "Northern Plains")]


def _speakers(text: str) -> dict[str, tuple[str | None, str]]:
    return {c.source.text: (c.speaker, c.speaker_kind) for c in extract_claims_from_texts({"a": text})}


# "Trust Chairman Maria Lopez said. The trust said." with the title left untagged
_TITLE = "Trust Chairman Maria Lopez said. The trust said."
_TITLE_ROWS: list[Row] = [
    ("Trust",    3, "compound", "PROPN", "NNP", "Trust"),  # 0
    ("Chairman", 3, "compound", "PROPN", "NNP", "Chairman"),  # 1
    ("Maria",    3, "compound", "PROPN", "NNP", "Maria"),  # 2
    ("Lopez",    4, "nsubj",    "PROPN", "NNP", "Lopez"),  # 3
    ("said",     4, "ROOT",     "VERB",  "VBD", "say"),  # 4
    (".",        4, "punct",    "PUNCT", ".",   "."),  # 5
    ("The",      7, "det",      "DET",   "DT",  "the"),  # 6
    ("trust",    8, "nsubj",    "NOUN",  "NN",  "trust"),  # 7
    ("said",     8, "ROOT",     "VERB",  "VBD", "say"),  # 8
    (".",        8, "punct",    "PUNCT", ".",   "."),  # 9
]


def test_a_title_the_recogniser_did_not_tag_is_no_body_of_its_kind(make_doc: Callable[..., Doc]) -> None:
    # a missed name ends with its kind's word ("... Trust") or opens "Trust of/for ...":
    # "Trust Chairman" is a title, so "The trust" is not it
    doc = build(make_doc, _TITLE, _TITLE_ROWS, ents={2: "PERSON", 3: "PERSON"})
    got = SpeakerResolver(doc).resolve(((doc[6].idx, doc[8].idx - 1),), 7, ())
    assert got[0] != "Trust Chairman"
    # "Coastal Trust chairman Maria Lopez": the name ends with it, so that one is the trust
    text = _TITLE.replace("Trust Chairman", "Coastal Trust chairman")
    rows = [("Coastal", 1, "compound", "PROPN", "NNP", "Coastal"),
            ("Trust", 2, "compound", "PROPN", "NNP", "Trust"),
            ("chairman", 4, "compound", "NOUN", "NN", "chairman"), *_TITLE_ROWS[2:]]
    rows = [(w, h + 1 if k >= 3 else h, *rest) for k, (w, h, *rest) in enumerate(rows)]
    doc = build(make_doc, text, rows, ents={3: "PERSON", 4: "PERSON"})
    got = SpeakerResolver(doc).resolve(((doc[7].idx, doc[9].idx - 1),), 8, ())
    assert got == ("Coastal Trust", "organization")


def test_the_railroad_is_the_railway_the_recogniser_did_not_tag() -> None:
    got = _speakers("A Northern Plains Railway freight train carrying ethanol derailed near the town of "
                    "Carver on Tuesday, police said. Twelve cars left the tracks, the Omaha-based railroad "
                    "said in a statement. The railroad said no one was hurt.")
    assert got["the Omaha-based railroad"] == ("Northern Plains Railway", "organization")
    assert got["The railroad"] == ("Northern Plains Railway", "organization")


_TRUST = ("Hackers stole the records of 80,000 patients at a hospital trust in southern England, the "
          "trust said on Friday. Ashcombe Valley NHS Foundation Trust, which runs three hospitals in Kent, "
          "said the attack began on Monday.")


def test_a_body_introduced_before_its_name_is_the_one_of_its_kind_the_article_names() -> None:
    assert _speakers(_TRUST)["the trust"] == ("Ashcombe Valley NHS Foundation Trust", "organization")
    # with two trusts named, the description says which neither is: left as written
    two = _TRUST + " Dartmoor Community NHS Trust, which shares the system, said it was not affected."
    assert _speakers(two)["the trust"] == ("trust", "unknown")


def _index(make_doc: Callable[..., Doc], words: list[str], heads: list[int], deps: list[str],
           pos: list[str], ents: list[str]) -> ArticleIndex:
    tags = {"PROPN": "NNP", "VERB": "VBD", "NOUN": "NN", "PUNCT": ".", "ADP": "IN", "PRON": "PRP$"}
    return ArticleIndex(make_doc(words, heads, deps, pos=pos, tags=[tags[p] for p in pos], ents=ents,
                                 lemmas=[w.lower() for w in words]))


# "Quillfield Technologies fell . Quillfield makes software ." with the short name tagged a place
_Q = "Quillfield Technologies fell . Quillfield makes software .".split()
_Q_ARGS = ([1, 2, 2, 2, 5, 5, 5, 5], ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct"],
           ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "NOUN", "PUNCT"])


def test_a_place_the_article_puts_nowhere_is_the_company_it_opens(make_doc: Callable[..., Doc]) -> None:
    ix = _index(make_doc, _Q, *_Q_ARGS, ["B-ORG", "I-ORG", "O", "O", "B-GPE", "O", "O", "O"])
    assert ix.org_openings == {"quillfield": "Quillfield Technologies"}
    assert [(m.name, m.label) for m in ix.mentions if m.start == 4] == [("Quillfield Technologies", "ORG")]
    # put somewhere ("offices in Quillfield"), it is a place: no company opens with it
    words = _Q[:-1] + ["in", "Quillfield", "."]
    heads = [1, 2, 2, 2, 5, 5, 5, 6, 7, 5]
    deps = ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
    ents = ["B-ORG", "I-ORG", "O", "O", "B-GPE", "O", "O", "O", "B-GPE", "O"]
    ix = _index(make_doc, words, heads, deps, pos, ents)
    assert ix.org_openings == {}
    assert [m.label for m in ix.mentions if m.start == 4] == ["GPE"]


def test_a_start_another_name_shares_opens_no_company(make_doc: Callable[..., Doc]) -> None:
    # "Sarvana Pharma Inc fell . Sarvana Lifesciences said . Sarvana makes drugs ." with
    # "Sarvana Lifesciences" untagged: "Sarvana" may be either, so it is neither
    words = "Sarvana Pharma Inc fell . Sarvana Lifesciences said . Sarvana makes drugs .".split()
    heads = [2, 2, 3, 3, 3, 6, 7, 7, 7, 10, 10, 10, 10]
    deps = ["compound", "compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "punct", "nsubj",
            "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB",
           "NOUN", "PUNCT"]
    ents = ["B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"]
    openings = _index(make_doc, words, heads, deps, pos, ents).org_openings
    assert openings == {"sarvana pharma": "Sarvana Pharma Inc"}
    # with the other name gone, the start opens the one company
    ents_one = ents[:5] + ["O"] * 4 + ents[9:]
    words_one = words[:5] + ["Regulators", "were", "told", "."] + words[9:]
    pos_one = pos[:5] + ["NOUN", "VERB", "VERB", "PUNCT"] + pos[9:]
    assert _index(make_doc, words_one, heads, deps, pos_one, ents_one).org_openings == {
        "sarvana": "Sarvana Pharma Inc", "sarvana pharma": "Sarvana Pharma Inc"}


def test_a_name_set_beside_a_product_noun_is_no_business(make_doc: Callable[..., Doc]) -> None:
    # "Acme Corp recalled its drug Losavel ." with the drug's name tagged an organisation
    words = "Acme Corp recalled its drug Losavel .".split()
    ix = _index(make_doc, words, [1, 2, 2, 4, 2, 4, 2], ["compound", "nsubj", "ROOT", "poss", "dobj", "appos",
                                                         "punct"],
                ["PROPN", "PROPN", "VERB", "PRON", "NOUN", "PROPN", "PUNCT"],
                ["B-ORG", "I-ORG", "O", "O", "O", "B-ORG", "O"])
    assert no_business("Losavel", ix.mentions, ix.doc)
    assert not no_business("Acme Corp", ix.mentions, ix.doc)


def test_a_group_spokesman_speaks_for_the_body_that_is_no_state_s() -> None:
    # "group spokesman" fits any body that is no state's (a name need not hold "group")
    lea = claim("a", "Lea Zimmermann", source="group spokeswoman Lea Zimmermann")
    natura_a = claim("a", "Pro Natura", kind="organization")
    natura_b = claim("b", "Pro Natura", kind="organization")
    link = graph(natura_a, lea, natura_b).link(1, 2)
    assert link is not None and link.kind == "member" and "Pro Natura" in link.detail
    # a state's body is no "group": with only a ministry speaking beside her, she speaks for no one
    ministry = claim("a", "Ministry of the Environment", kind="government")
    assert graph(ministry, lea, natura_b).link(1, 2) is None
    # a title a body's noun owns ("the group's head of nature policy") ties no one: tried, it
    # added false pairs on ECB+ test topics (bench/README.md, session 39)
    owned = claim("a", "Lea Zimmermann", source="Lea Zimmermann, the group's head of nature policy")
    assert graph(natura_a, owned, natura_b).link(1, 2) is None


def test_a_body_described_by_its_country_on_parsed_sentences() -> None:
    got = _speakers("Pro Natura, one of Switzerland's largest conservation groups, said it would "
                    "appeal against the cull.")
    assert got["Pro Natura, one of Switzerland's largest conservation groups"] == ("Natura", "organization")


# "Pro Natura, one of Switzerland's largest groups, said it would appeal." as the pinned
# parser gives it, with only "Natura" tagged an organisation
_NATURA = "Pro Natura, one of Switzerland's largest groups, said it would appeal."
_NATURA_ROWS: list[Row] = [
    ("Pro",         1,  "compound", "PROPN", "NNP", "Pro"),  # 0
    ("Natura",      10, "nsubj",    "PROPN", "NNP", "Natura"),  # 1
    (",",           1,  "punct",    "PUNCT", ",",   ","),  # 2
    ("one",         1,  "appos",    "NUM",   "CD",  "one"),  # 3
    ("of",          3,  "prep",     "ADP",   "IN",  "of"),  # 4
    ("Switzerland", 8,  "poss",     "PROPN", "NNP", "Switzerland"),  # 5
    ("'s",          5,  "case",     "PART",  "POS", "'s"),  # 6
    ("largest",     8,  "amod",     "ADJ",   "JJS", "large"),  # 7
    ("groups",      4,  "pobj",     "NOUN",  "NNS", "group"),  # 8
    (",",           1,  "punct",    "PUNCT", ",",   ","),  # 9
    ("said",        10, "ROOT",     "VERB",  "VBD", "say"),  # 10
    ("it",          13, "nsubj",    "PRON",  "PRP", "it"),  # 11
    ("would",       13, "aux",      "AUX",   "MD",  "would"),  # 12
    ("appeal",      10, "ccomp",    "VERB",  "VB",  "appeal"),  # 13
    (".",           10, "punct",    "PUNCT", ".",   "."),  # 14
]


def test_a_place_in_a_body_s_appositive_makes_it_no_state_s(make_doc: Callable[..., Doc]) -> None:
    doc = build(make_doc, _NATURA, _NATURA_ROWS, ents={1: "ORG", 5: "GPE"})
    content = ((doc[11].idx, len(_NATURA)),)
    assert SpeakerResolver(doc).resolve(((0, doc[9].idx),), 1, content) == ("Natura", "organization")
    # a place that owns the body ("Switzerland's Pro Natura") still makes it the state's
    rows = [("Switzerland", 2, "poss", "PROPN", "NNP", "Switzerland"), ("'s", 0, "case", "PART", "POS", "'s"),
            ("Pro", 3, "compound", "PROPN", "NNP", "Pro"), ("Natura", 4, "nsubj", "PROPN", "NNP", "Natura"),
            ("said", 4, "ROOT", "VERB", "VBD", "say"), (".", 4, "punct", "PUNCT", ".", ".")]
    text = "Switzerland's Pro Natura said."
    doc = build(make_doc, text, rows, ents={0: "GPE", 3: "ORG"})
    content = ((doc[4].idx, len(text)),)
    assert SpeakerResolver(doc).resolve(((0, doc[3].idx + 6),), 3, content)[1] == "government"


# 'Marula Platinum Limited ("Marula" or "the Company") said. The Company said.' as parsed
_DEFINED = 'Marula Platinum Limited ("Marula" or "the Company") said. The Company said.'
_DEFINED_ROWS: list[Row] = [
    ("Marula",   2,  "compound", "PROPN", "NNP", "Marula"),  # 0
    ("Platinum", 2,  "compound", "PROPN", "NNP", "Platinum"),  # 1
    ("Limited",  13, "nsubj",    "PROPN", "NNP", "Limited"),  # 2
    ("(",        2,  "punct",    "PUNCT", "-LRB-", "("),  # 3
    ('"',        5,  "punct",    "PUNCT", "``",  '"'),  # 4
    ("Marula",   2,  "appos",    "PROPN", "NNP", "Marula"),  # 5
    ('"',        5,  "punct",    "PUNCT", "''",  '"'),  # 6
    ("or",       5,  "cc",       "CCONJ", "CC",  "or"),  # 7
    ('"',        10, "punct",    "PUNCT", "``",  '"'),  # 8
    ("the",      10, "det",      "DET",   "DT",  "the"),  # 9
    ("Company",  5,  "conj",     "PROPN", "NNP", "Company"),  # 10
    ('"',        10, "punct",    "PUNCT", "''",  '"'),  # 11
    (")",        2,  "punct",    "PUNCT", "-RRB-", ")"),  # 12
    ("said",     13, "ROOT",     "VERB",  "VBD", "say"),  # 13
    (".",        13, "punct",    "PUNCT", ".",   "."),  # 14
    ("The",      16, "det",      "DET",   "DT",  "the"),  # 15
    ("Company",  17, "nsubj",    "PROPN", "NNP", "Company"),  # 16
    ("said",     17, "ROOT",     "VERB",  "VBD", "say"),  # 17
    (".",        17, "punct",    "PUNCT", ".",   "."),  # 18
]


def test_a_release_s_defined_term_is_the_name_it_defines(make_doc: Callable[..., Doc]) -> None:
    doc = build(make_doc, _DEFINED, _DEFINED_ROWS, ents={0: "ORG", 1: "ORG", 2: "ORG"})
    source = ((doc[15].idx, doc[17].idx - 1),)
    assert SpeakerResolver(doc).resolve(source, 16, ()) == ("Marula Platinum Limited", "organization")
    # ... even after another company spoke ("Acme Corp said."), which the company that spoke
    # last would be
    text = _DEFINED.replace(" The Company said.", " Acme Corp said. The Company said.")
    acme = [("Acme", 16, "compound", "PROPN", "NNP", "Acme"), ("Corp", 17, "nsubj", "PROPN", "NNP", "Corp"),
            ("said", 17, "ROOT", "VERB", "VBD", "say"), (".", 17, "punct", "PUNCT", ".", ".")]
    rows = _DEFINED_ROWS[:15] + acme + [(w, h + 4, *rest) for w, h, *rest in _DEFINED_ROWS[15:]]
    doc = build(make_doc, text, rows, ents={0: "ORG", 1: "ORG", 2: "ORG", 15: "ORG", 16: "ORG"})
    source = ((doc[19].idx, doc[21].idx - 1),)
    assert SpeakerResolver(doc).resolve(source, 20, ()) == ("Marula Platinum Limited", "organization")


def test_capitalised_defined_terms_on_parsed_sentences() -> None:
    release = ('JOHANNESBURG, June 4, 2025 -- Marula Platinum Limited ("Marula" or "the Company") (JSE: MRP) '
               "regrets to announce a seismic event at its Kgosi shaft. The Board of Directors met on "
               "Wednesday. The Company said 41 workers were underground at the time.")
    assert _speakers(release)["The Company"] == ("Marula Platinum Limited", "organization")
    council = ("The Council of the European Union imposed sanctions on nine entities on Monday. According "
               "to the Council, more than 1,200 people have been detained since the election.")
    assert _speakers(council)["the Council"] == ("Council of the European Union", "government")
    ministry = ("The Ministry of Water and Sanitation said on Sunday that the dam was safe. The Ministry "
                "said it would inspect the dam again on Friday.")
    assert _speakers(ministry)["The Ministry"] == ("Ministry of Water and Sanitation", "government")
