"""Session 36: a plural description that stands for the organisations the article has just
named as a pair ("the two suppliers", "the companies", "both airlines"), its tie to each of
them in the source graph, and its statement traced to the release one of them published. The
rule on hand-built Docs, then on parsed invented articles."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.report import _one_of_the_pair
from corroborate.source_names import Entity, _one_of_a_pair, party_ties
from corroborate.speakers.groups import group_count, named_group
from corroborate.speakers.mentions import Mention
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
