"""Session 36: a plural description that stands for the organisations the article has just
named as a pair ("the two suppliers", "the companies", "both airlines"), its tie to each of
them in the source graph, and its statement traced to the release one of them published; "the
company" of a lede that names it only after its description ("start-up Austral Launch",
"operator EE"), and after a body the recogniser gave no kind. The rules on hand-built Docs,
then on parsed invented articles."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.report import _one_of_the_pair
from corroborate.source_names import Entity, _one_of_a_pair, party_ties
from corroborate.speakers.groups import group_count, named_group
from corroborate.speakers.mentions import Mention
from corroborate.speakers.names import body_like
from corroborate.speakers.syntax import business_noun, corporate_names
from tests.test_speakers import resolve_sources

# "Acme and Globex agreed to merge . <det> companies said it was a good deal ." as a correct
# parser gives it
_WORDS = "Acme and Globex agreed to merge . {det} companies said it was a good deal .".split()
_HEADS = [3, 0, 0, 3, 5, 3, 3, 8, 9, 9, 11, 9, 14, 14, 11, 9]
_DEPS = ["nsubj", "cc", "conj", "ROOT", "aux", "xcomp", "punct", "det", "nsubj", "ROOT", "nsubj",
         "ccomp", "det", "amod", "attr", "punct"]
_TAGS = ["NNP", "CC", "NNP", "VBD", "TO", "VB", ".", "DT", "NNS", "VBD", "PRP", "VBD", "DT", "JJ",
         "NN", "."]
_POS = ["PROPN", "CCONJ", "PROPN", "VERB", "PART", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PRON",
        "AUX", "DET", "ADJ", "NOUN", "PUNCT"]


def _doc(det: str, dep: str = "det") -> Doc:
    words = [w.replace("{det}", det) for w in _WORDS]
    lemmas = [w.lower() for w in words]
    lemmas[8] = "company"
    deps = list(_DEPS)
    deps[7] = dep
    return Doc(spacy.blank("en").vocab, words=words, heads=_HEADS, deps=deps, tags=_TAGS, pos=_POS,
               lemmas=lemmas, sent_starts=[True] + [False] * 6 + [True] + [False] * 8)


_MENTIONS = [Mention(0, 1, "Acme", "ORG", 0, True), Mention(2, 3, "Globex", "ORG", 0, False)]


def _group(doc: Doc, mentions: list[Mention] = _MENTIONS) -> str | None:
    return named_group(doc, mentions, [0, 7], 1, doc[8], doc[7:9], lambda name: name)


def test_a_definite_plural_stands_for_the_pair_named_before_on_a_hand_built_doc() -> None:
    assert _group(_doc("The")) == "Acme and Globex"
    assert _group(_doc("Both")) == "Acme and Globex"  # "both" says two, and two are named
    assert group_count(_doc("The")[8]) == 0 and group_count(_doc("Both")[8]) == 2
    # a crowd, not a pair: no determiner ("Companies said"), or words of its own ("British
    # companies")
    assert group_count(_doc("Several", "amod")[8]) is None
    assert _group(_doc("British", "amod")) is None
    # the conjunct the recogniser left untagged is a name too; one it took for a place is not
    assert _group(_doc("The"), _MENTIONS[:1]) == "Acme and Globex"
    assert _group(_doc("The"), [_MENTIONS[0], Mention(2, 3, "Globex", "GPE", 0, False)]) is None
    # the names a state body ("the Treasury") is among are no pair of companies
    state = [Mention(0, 1, "Acme", "ORG", 0, True), Mention(2, 3, "Ministry of Finance", "ORG", 0, False)]
    assert _group(_doc("The"), state) is None


def test_the_pair_on_parsed_articles(nlp: Language) -> None:
    text = ("Norbrook Foods and Calder Energy are weighing an appeal after the regulator blocked "
            "their merger on Tuesday. In a joint statement, the two companies said they were "
            "deeply disappointed. They argued that the deal would have cut prices.")
    got = resolve_sources(nlp, text, ["the two companies", "They"])
    assert got == [("Calder Energy and Norbrook Foods", "organization")] * 2, got
    # "A agreed to combine with B ... the airlines said"; a later "Both airlines" is the same pair
    text = ("Lowland airline Albion Air agreed on Monday to combine with rival Skerry Airways in "
            "a deal that the companies said would save 40 million pounds a year. Shares in "
            "the two carriers rose. Analysts were cautious. Unions were not. Pilots were "
            "worried. Crews were angry. Both airlines insist there will be no compulsory "
            "redundancies.")
    got = resolve_sources(nlp, text, ["the companies", "Both airlines"])
    assert got == [("Albion Air and Skerry Airways", "organization")] * 2, got


def test_no_pair_where_the_article_names_none(nlp: Language) -> None:
    # a bare plural is a crowd; a pair of state bodies is no pair of companies
    text = ("Airlines said the new rules were unfair. The plan needs approval from the "
            "Competition Bureau and the Department of Finance. The companies said they would "
            "comply.")
    got = resolve_sources(nlp, text, ["Airlines", "The companies"])
    assert [kind for _, kind in got] == ["collective", "collective"], got


def test_the_source_graph_ties_a_pair_to_each_of_its_members() -> None:
    pair = Entity("body:albion air and skerry airways", "Albion Air and Skerry Airways", "organization")
    albion = Entity("body:albion air", "Albion Air", "organization")
    skerry = Entity("body:skerry airways", "Skerry Airways", "organization")
    ties = party_ties([pair, albion, skerry])
    assert [(g, m) for g, m, _ in ties] == [(pair.key, albion.key), (pair.key, skerry.key)]
    # one name with an "and" in it is no pair: "Competition" is no body of the story
    cma = Entity("body:competition and markets authority", "Competition and Markets Authority",
                 "organization")
    markets = Entity("body:markets authority", "Markets Authority", "organization")
    assert party_ties([cma, markets]) == []
    # one of a pair is a member, not a short form of the pair's name
    assert _one_of_a_pair("Skerry Airways", "Albion Air and Skerry Airways")
    assert _one_of_a_pair("Albion Air", "Albion Air and Skerry Airways")
    assert not _one_of_a_pair("Indonesia disaster agency", "Indonesia national disaster agency")


def test_a_pairs_statement_traces_to_the_release_one_of_them_published() -> None:
    voices = [("Albion Air", "Albion Air and Skerry Airways")]
    assert _one_of_the_pair("Albion Air", "Albion Air and Skerry Airways", voices)
    # no tie in the cluster: no tracing by the name alone
    assert not _one_of_the_pair("Albion Air", "Albion Air and Skerry Airways", [])
    assert not _one_of_the_pair("Skerry", "Albion Air and Skerry Airways", voices)


def _described_doc(words: list[str], tags: list[str], pos: list[str], heads: list[int],
                   deps: list[str]) -> Doc:
    # a hyphen joins its neighbours, as in "start-up"
    spaces = [w != "-" and (k + 1 == len(words) or words[k + 1] != "-") for k, w in enumerate(words)]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, tags=tags, pos=pos, heads=heads,
               deps=deps, lemmas=[w.lower() for w in words])


def test_a_name_after_its_business_noun_on_hand_built_docs() -> None:
    # "... start-up Austral Launch failed": the tagger reads "start" as a verb and "up" as its
    # particle; "operator EE": initials, no title case
    doc = _described_doc(
        ["the", "start", "-", "up", "Austral", "Launch", "failed"],
        ["DT", "VB", "HYPH", "RP", "NNP", "NNP", "VBD"],
        ["DET", "VERB", "PUNCT", "ADP", "PROPN", "PROPN", "VERB"],
        [5, 5, 1, 1, 5, 6, 6], ["det", "amod", "punct", "prt", "compound", "nsubj", "ROOT"])
    assert business_noun(doc[3])
    assert corporate_names(doc, 0, len(doc)) == [(4, "Austral Launch", True)]
    doc = _described_doc(
        ["the", "operator", "EE", "said", "so"], ["DT", "NN", "NNP", "VBD", "RB"],
        ["DET", "NOUN", "PROPN", "VERB", "ADV"], [2, 2, 3, 3, 3],
        ["det", "compound", "nsubj", "ROOT", "advmod"])
    assert corporate_names(doc, 0, len(doc)) == [(2, "EE", True)]
    # a word run together with its hyphen only: "start - up" (spaced) is no "startup"
    doc = _described_doc(
        ["start", "-", "up", "Acme"], ["VB", "HYPH", "RP", "NNP"], ["VERB", "PUNCT", "ADP", "PROPN"],
        [0, 0, 0, 0], ["ROOT", "punct", "prt", "dobj"])
    assert business_noun(doc[2])
    spaced = Doc(spacy.blank("en").vocab, words=["start", "-", "up"], spaces=[True, True, False])
    assert not business_noun(spaced[2])


def test_the_company_of_a_lede_that_names_it_only_in_what_it_said(nlp: Language) -> None:
    text = ("A rocket built by New Zealand start-up Austral Launch failed two minutes after "
            "lift-off on Tuesday, the company said. The company said nobody was hurt.")
    got = resolve_sources(nlp, text, ["the company", "The company"])
    assert got == [("Austral Launch", "organization")] * 2, got
    text = "Britain's biggest mobile operator EE restored service on Wednesday evening, the company said."
    assert resolve_sources(nlp, text, ["the company"]) == [("EE", "organization")]


def test_the_company_after_a_body_the_recogniser_gave_no_kind(nlp: Language) -> None:
    text = ("Rietvlei Platinum said the fall of ground happened shortly before midnight. Chief "
            "Executive Johan Pretorius told reporters the men were alive. The company said in a "
            "statement it had halted production.")
    got = resolve_sources(nlp, text, ["Rietvlei Platinum", "Chief Executive Johan Pretorius", "The company"])
    assert got[-1] == ("Rietvlei Platinum", "organization"), got
    # a person is never "the company", named in full or not
    assert not body_like("Maria Lopez", {})
    assert not body_like("Lopez", {"lopez": "Maria Lopez"})
    assert body_like("Rietvlei Platinum", {"pretorius": "Johan Pretorius"})
    assert not body_like("the union", {})
