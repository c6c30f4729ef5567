"""Session 37: parser errors around a cue that cost whole contents. A pronoun subject the
parser hung on the cue after it ("Mercado, a vendor, said she and her son survived ...") is the
content's subject, not an inverted speaker; and a subjectless "would" predicate the parser
joined to a cue whose content it hung on "in a statement" ("said in a statement that it was
saddened and would shoulder the costs") continues that content; a clause right after a
hearer with no "that" ("told the agency the water had smashed in") is what was told; an object
before a say verb's clause is the clause's subject; a writer's comment after a comma ("..., a
figure that suggests ...") is no complement. The rules on hand-built Docs,
as the pinned parser gives them, then on parsed invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.api import extract_claims_from_texts
from corroborate.attribution.complements import (
    content_hung_as_subject,
    cue_clause_start,
    fronted_content,
    not_a_closing_cue_clause,
    not_a_sentence_appositive,
    subject_hung_on_cue,
)
from corroborate.attribution.content import with_stranded_predicate
from corroborate.attribution.finder import find_attributions
from corroborate.attribution.syntax import addressee_clause, lifted_participle_start, subject_of
from corroborate.attribution.verbs import verb_attribution
from corroborate.speakers.resolver import SpeakerResolver
from tests.test_chains import roles

# "Mercado , a vendor , said she and her son survived by leaping ." as the pinned parser reads
# such a sentence: "she" a second subject of "said", "son" its conjunct, "survived" a reduced
# relative on "son"
_HUNG_WORDS = "Mercado , a vendor , said she and her son survived by leaping .".split()
_HUNG_HEADS = [5, 0, 3, 0, 0, 5, 5, 6, 9, 6, 9, 10, 11, 5]
_HUNG_DEPS = ["nsubj", "punct", "det", "appos", "punct", "ROOT", "nsubj", "cc", "poss", "conj", "acl",
              "prep", "pcomp", "punct"]
_HUNG_POS = ["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PRON", "CCONJ", "PRON", "NOUN", "VERB",
             "ADP", "VERB", "PUNCT"]
_HUNG_TAGS = ["NNP", ",", "DT", "NN", ",", "VBD", "PRP", "CC", "PRP$", "NN", "VBN", "IN", "VBG", "."]
_HUNG_LEMMAS = ["Mercado", ",", "a", "vendor", ",", "say", "she", "and", "her", "son", "survive", "by",
                "leap", "."]


def _hung(make_doc: Callable[..., Doc], after: str = "she", tag: str = "PRP") -> Doc:
    words = [after if n == 6 else w for n, w in enumerate(_HUNG_WORDS)]
    tags = [tag if n == 6 else t for n, t in enumerate(_HUNG_TAGS)]
    lemmas = [after.lower() if n == 6 else w for n, w in enumerate(_HUNG_LEMMAS)]
    pos = [("PRON" if tag == "PRP" else "PROPN") if n == 6 else p for n, p in enumerate(_HUNG_POS)]
    return make_doc(words, _HUNG_HEADS, _HUNG_DEPS, pos=pos, lemmas=lemmas, tags=tags)


def test_a_pronoun_hung_on_the_cue_is_the_contents_subject_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    doc = _hung(make_doc)
    assert fronted_content(doc[5]) is None  # not "“...,” said Anna Berg"
    hung = content_hung_as_subject(doc[5])
    assert hung is not None and hung.i == 6
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == ("Mercado, a vendor", "said", "she and her son survived by leaping")


def test_a_name_after_the_cue_is_still_read_as_an_inverted_speaker_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    # the same tree with a name where the pronoun was: not this rule's case
    doc = _hung(make_doc, "Berg", "NNP")
    assert content_hung_as_subject(doc[5]) is None


# "The operator said in a statement that it was saddened and would pay the costs ." as the
# pinned parser reads it: the "that" clause a reduced relative on "statement", "pay" a conjunct
# of "said"
_STATEMENT_WORDS = "The operator said in a statement that it was saddened and would pay the costs .".split()
_STATEMENT_HEADS = [1, 2, 2, 2, 5, 3, 9, 9, 9, 5, 2, 12, 2, 14, 12, 2]
_STATEMENT_DEPS = ["det", "nsubj", "ROOT", "prep", "det", "pobj", "mark", "nsubjpass", "auxpass", "acl",
                   "cc", "aux", "conj", "det", "dobj", "punct"]
_STATEMENT_POS = ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "SCONJ", "PRON", "AUX", "VERB", "CCONJ",
                  "AUX", "VERB", "DET", "NOUN", "PUNCT"]
_STATEMENT_TAGS = ["DT", "NN", "VBD", "IN", "DT", "NN", "IN", "PRP", "VBD", "VBN", "CC", "MD", "VB", "DT",
                   "NNS", "."]
_STATEMENT_LEMMAS = ["the", "operator", "say", "in", "a", "statement", "that", "it", "be", "sadden", "and",
                     "would", "pay", "the", "cost", "."]


@pytest.mark.parametrize(("aux", "content"), [
    ("would", "that it was saddened and would pay the costs"),
    # a subjectless "will" is the narrator's news of the operator's act, not the statement's
    ("will", "that it was saddened"),
])
def test_a_backshifted_predicate_continues_a_statement_clause_on_a_hand_built_doc(
        make_doc: Callable[..., Doc], aux: str, content: str) -> None:
    words = [aux if w == "would" else w for w in _STATEMENT_WORDS]
    lemmas = [aux if w == "would" else w for w in _STATEMENT_LEMMAS]
    doc = make_doc(words, _STATEMENT_HEADS, _STATEMENT_DEPS, pos=_STATEMENT_POS, lemmas=lemmas,
                   tags=_STATEMENT_TAGS)
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == ("The operator", "said", content)


@pytest.mark.parametrize(("text", "expected"), [
    ("Survivor Liza Mercado, 34, a market vendor from Pilar, said she and her eight-year-old son "
     "survived by leaping overboard together.",
     ("Survivor Liza Mercado, 34, a market vendor from Pilar", "said",
      "she and her eight-year-old son survived by leaping overboard together")),
    ("The ferry's operator, Southern Bicol Shipping Lines, said in a Facebook statement that it was "
     "\"deeply saddened\" and would shoulder the hospital and funeral expenses of the victims.",
     ("The ferry's operator, Southern Bicol Shipping Lines", "said",
      "that it was \"deeply saddened\" and would shoulder the hospital and funeral expenses of the "
      "victims")),
])
def test_the_whole_content_on_parsed_sentences(nlp: Language, text: str,
                                               expected: tuple[str, str, str]) -> None:
    (att,) = find_attributions(nlp(text))
    assert roles(text, att) == expected


def test_a_clause_right_after_the_hearer_is_what_was_told_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    # "She told reporters the plan had failed ." with the clause read as a relative on "reporters"
    words = "She told reporters the plan had failed .".split()
    heads, deps = [1, 1, 1, 4, 6, 6, 2, 1], ["nsubj", "ROOT", "dobj", "det", "nsubj", "aux", "relcl", "punct"]
    pos = ["PRON", "VERB", "NOUN", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    tags = ["PRP", "VBD", "NNS", "DT", "NN", "VBD", "VBN", "."]
    lemmas = ["she", "tell", "reporter", "the", "plan", "have", "fail", "."]
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags)
    clause = addressee_clause(doc[1])
    assert clause is not None and clause.i == 6
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == ("She", "told", "the plan had failed")
    # a present-tense clause there may be a contact relative ("reporters the agency trusts")
    doc = make_doc(words[:5] + ["fails", "."], heads[:5] + [2, 1], deps[:5] + ["relcl", "punct"],
                   pos=pos[:5] + ["VERB", "PUNCT"], lemmas=lemmas[:5] + ["fail", "."],
                   tags=tags[:5] + ["VBZ", "."])
    assert addressee_clause(doc[1]) is None


def test_an_object_before_a_say_verbs_clause_is_the_clauses_subject_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    # "Ruiz disputed it , saying residents had received no warning ." with "residents" the
    # object of "saying"
    words = "Ruiz disputed it , saying residents had received no warning .".split()
    heads = [1, 1, 1, 1, 1, 4, 7, 4, 9, 7, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "advcl", "dobj", "aux", "ccomp", "det", "dobj", "punct"]
    pos = ["PROPN", "VERB", "PRON", "PUNCT", "VERB", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["NNP", "VBD", "PRP", "," , "VBG", "NNS", "VBD", "VBN", "DT", "NN", "."]
    lemmas = ["Ruiz", "dispute", "it", ",", "say", "resident", "have", "receive", "no", "warning", "."]
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags)
    hung = subject_hung_on_cue(doc[4], doc[7])
    assert hung is not None and hung.i == 5
    saying = [att for att in find_attributions(doc) if roles(doc.text, att)[1] == "saying"]
    assert [roles(doc.text, att)[2] for att in saying] == ["residents had received no warning"]


def test_a_sentence_appositive_is_no_complement_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    # "Officials said turnout rose , a figure that suggests change continues ." with the
    # writer's comment hung on "said" as a second complement
    words = "Officials said turnout rose , a figure that suggests change continues .".split()
    heads = [1, 1, 3, 1, 1, 6, 10, 8, 6, 8, 1, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "punct", "det", "nsubj", "nsubj", "relcl", "dobj", "ccomp",
            "punct"]
    pos = ["NOUN", "VERB", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "PRON", "VERB", "NOUN", "VERB", "PUNCT"]
    tags = ["NNS", "VBD", "NN", "VBD", ",", "DT", "NN", "WDT", "VBZ", "NN", "VBZ", "."]
    lemmas = ["official", "say", "turnout", "rise", ",", "a", "figure", "that", "suggest", "change",
              "continue", "."]
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags)
    assert [t.i for t in not_a_sentence_appositive(doc[1], [doc[3], doc[10]], [])] == [3]
    said = [roles(doc.text, att) for att in find_attributions(doc) if roles(doc.text, att)[1] == "said"]
    assert said == [("Officials", "said", "turnout rose")]


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("One survivor, Marcela Riquelme, told the Reuters news agency the water had smashed through "
     "the walls of her home \"like a train\", and that she and her husband had scrambled onto their "
     "roof in their nightclothes.", "told",
     "the water had smashed through the walls of her home \"like a train\" that she and her husband "
     "had scrambled onto their roof in their nightclothes"),
    ("Fuentes disputed that account, saying residents of Los Aromos, the worst-hit village, had "
     "received \"less than 20 minutes\" of warning.", "saying",
     "residents of Los Aromos, the worst-hit village, had received \"less than 20 minutes\" of warning"),
    ("The ministry said that 28% of controllers scheduled to work on Thursday had declared their "
     "intention to strike, a figure that suggests the 48-hour individual declaration rule introduced "
     "in 2023 is helping the DGAC size its preventive cancellations more precisely.", "said",
     "that 28% of controllers scheduled to work on Thursday had declared their intention to strike, a "
     "figure that suggests the 48-hour individual declaration rule introduced in 2023 is helping the "
     "DGAC size its preventive cancellations more precisely"),
])
def test_contents_the_parser_split_on_parsed_sentences(nlp: Language, text: str, cue: str,
                                                        expected: str) -> None:
    found = [roles(text, att) for att in find_attributions(nlp(text))]
    assert [content for _, c, content in found if c == cue] == [expected], found
    assert not any(content.startswith("a figure") for _, _, content in found), found


def test_a_participle_after_a_nouns_that_clause_belongs_to_the_verb_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    words = "Ruiz rejected the EU 's claim that people were held , saying none were .".split()
    heads = [1, 1, 3, 5, 3, 1, 9, 9, 9, 5, 9, 9, 13, 11, 1]
    deps = ["nsubj", "ROOT", "det", "poss", "case", "dobj", "mark", "nsubjpass", "auxpass", "acl", "punct",
            "advcl", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "VERB", "DET", "PROPN", "PART", "NOUN", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT", "VERB",
           "PRON", "AUX", "PUNCT"]
    tags = ["NNP", "VBD", "DT", "NNP", "POS", "NN", "IN", "NNS", "VBD", "VBN", ",", "VBG", "NN", "VBD", "."]
    lemmas = ["Ruiz", "reject", "the", "EU", "'s", "claim", "that", "people", "be", "hold", ",", "say",
              "none", "be", "."]
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags)
    subject = subject_of(doc[11])
    assert subject is not None and subject.text == "Ruiz"  # not "people"
    assert lifted_participle_start(doc[9]) == 10  # the claim ends before ", saying"
    found = {roles(doc.text, att) for att in find_attributions(doc)}
    assert ("the EU", "claim", "that people were held") in found, found
    assert ("Ruiz", "saying", "none were") in found, found


def test_a_conjunct_of_a_whose_relative_keeps_the_main_subject_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    # "Marsh apologised to patients whose care was hit and praised staff ." with "praised"
    # joined to the relative clause
    words = "Marsh apologised to patients whose care was hit and praised staff .".split()
    heads = [1, 1, 1, 2, 5, 7, 7, 3, 7, 7, 9, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "poss", "nsubjpass", "auxpass", "relcl", "cc", "conj", "dobj",
            "punct"]
    pos = ["PROPN", "VERB", "ADP", "NOUN", "PRON", "NOUN", "AUX", "VERB", "CCONJ", "VERB", "NOUN", "PUNCT"]
    tags = ["NNP", "VBD", "IN", "NNS", "WP$", "NN", "VBD", "VBN", "CC", "VBD", "NN", "."]
    lemmas = ["Marsh", "apologise", "to", "patient", "whose", "care", "be", "hit", "and", "praise", "staff",
              "."]
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags)
    subject = subject_of(doc[9])
    assert subject is not None and subject.text == "Marsh"  # not "whose care"


@pytest.mark.parametrize(("text", "expected"), [
    ("In its statement, the Sarvenian foreign ministry also rejected the EU's assertion that more than "
     "1,200 people had been arbitrarily detained since the March election, saying no one had been held "
     "for their political opinions.",
     {("the EU", "assertion", "that more than 1,200 people had been arbitrarily detained since the March "
       "election"),
      ("the Sarvenian foreign ministry", "saying", "no one had been held for their political opinions")}),
    ("In a statement issued on Tuesday, Helen Marsh, the trust's chief executive, apologised to patients "
     "whose treatment had been disrupted and praised what she called the \"extraordinary "
     "professionalism\" of staff.",
     {("Helen Marsh, the trust's chief executive", "praised",
       "what she called the \"extraordinary professionalism\" of staff")}),
])
def test_sources_past_a_relative_or_a_nouns_clause_on_parsed_sentences(
        nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {roles(text, att) for att in find_attributions(nlp(text))} == expected


def test_a_verb_hung_past_a_say_verbs_object_continues_its_content_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    # "Ruiz disputed it , saying residents , had received no warning ." as the pinned parser
    # reads such a sentence in an article: "residents" the object of "saying", "received" a
    # subjectless conjunct of "disputed"
    words = "Ruiz disputed it , saying residents of Pilar , had received no warning .".split()
    heads = [1, 1, 1, 1, 1, 4, 5, 6, 10, 10, 1, 12, 10, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "advcl", "dobj", "prep", "pobj", "punct", "aux", "conj", "det",
            "dobj", "punct"]
    pos = ["PROPN", "VERB", "PRON", "PUNCT", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "AUX", "VERB", "DET",
           "NOUN", "PUNCT"]
    tags = ["NNP", "VBD", "PRP", ",", "VBG", "NNS", "IN", "NNP", ",", "VBD", "VBN", "DT", "NN", "."]
    lemmas = ["Ruiz", "dispute", "it", ",", "say", "resident", "of", "Pilar", ",", "have", "receive", "no",
              "warning", "."]
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags)
    obj_end = doc[7].idx + len(doc[7])
    assert with_stranded_predicate(doc[4], ((doc[5].idx, obj_end),)) == (
        (doc[5].idx, doc[12].idx + len(doc[12])),)
    # a verb with a subject of its own there is another clause
    deps_own = list(deps)
    deps_own[8] = "nsubj"
    doc = make_doc(words, heads, deps_own, pos=pos, lemmas=lemmas, tags=tags)
    assert with_stranded_predicate(doc[4], ((doc[5].idx, obj_end),)) == ((doc[5].idx, obj_end),)


def test_an_infinitive_that_tells_a_question_is_no_claim_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    # "The firm took two hours to tell them which chemicals were aboard ."
    words = "The firm took two hours to tell them which chemicals were aboard .".split()
    heads = [1, 2, 2, 4, 2, 6, 2, 6, 9, 10, 6, 10, 2]
    deps = ["det", "nsubj", "ROOT", "nummod", "dobj", "aux", "advcl", "dobj", "det", "nsubj", "ccomp",
            "advmod", "punct"]
    pos = ["DET", "NOUN", "VERB", "NUM", "NOUN", "PART", "VERB", "PRON", "DET", "NOUN", "AUX", "ADV", "PUNCT"]
    tags = ["DT", "NN", "VBD", "CD", "NNS", "TO", "VB", "PRP", "WDT", "NNS", "VBD", "RB", "."]
    lemmas = ["the", "firm", "take", "two", "hour", "to", "tell", "they", "which", "chemical", "be", "aboard",
              "."]
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags)
    assert [roles(doc.text, att) for att in find_attributions(doc)] == []
    # the same infinitive with a proposition is a claim ("to tell them that chemicals were aboard")
    words[8], lemmas[8], pos[8], tags[8], deps[8], heads[8] = "that", "that", "SCONJ", "IN", "mark", 10
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags)
    assert [roles(doc.text, att)[1:] for att in find_attributions(doc)] == [
        ("to tell", "that chemicals were aboard")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A NorthStar News report on Sunday had quoted an unnamed provincial official as saying contaminated "
     "water was already flowing into the Assiniboine.",
     ["contaminated water was already flowing into the Assiniboine"]),
    ("She accused the railroad of keeping firefighters in the dark, saying the company took nearly two "
     "hours to tell them which chemicals were on board.",
     ["the railroad of keeping firefighters in the dark",
      "the company took nearly two hours to tell them which chemicals were on board"]),
])
def test_stranded_predicates_and_told_questions_on_parsed_sentences(nlp: Language, text: str,
                                                                    expected: list[str]) -> None:
    assert [roles(text, att)[2] for att in find_attributions(nlp(text))] == expected


def test_a_closing_relay_clause_is_no_second_complement_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    # "Voss said the span carries 42,000 cars , the AP reported ." with "reported" a second
    # complement of "said", as the pinned parser reads it
    words = "Voss said the span carries 42,000 cars , the AP reported .".split()
    heads = [1, 1, 3, 4, 1, 6, 4, 10, 9, 10, 1, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "nummod", "dobj", "punct", "det", "nsubj", "ccomp",
            "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "VERB", "NUM", "NOUN", "PUNCT", "DET", "PROPN", "VERB", "PUNCT"]
    tags = ["NNP", "VBD", "DT", "NN", "VBZ", "CD", "NNS", ",", "DT", "NNP", "VBD", "."]
    lemmas = ["Voss", "say", "the", "span", "carry", "42,000", "car", ",", "the", "AP", "report", "."]
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags)
    assert [t.i for t in not_a_closing_cue_clause(doc[1], [doc[4], doc[10]], [])] == [4]
    said = verb_attribution(doc[1], [])
    assert said is not None and roles(doc.text, said) == ("Voss", "said", "the span carries 42,000 cars")
    # two speakers' clauses joined by "and" are two complements still
    assert len(not_a_closing_cue_clause(doc[1], [doc[4], doc[6]], [])) == 2


def test_an_into_phrase_after_the_object_is_part_of_the_content(nlp: Language) -> None:
    text = ("Transportation Secretary Vicente Alcaraz has ordered a probe into the sinking and said "
            "those responsible would be held to account.")
    found = [roles(text, att)[1:] for att in find_attributions(nlp(text))]
    assert ("has ordered", "a probe into the sinking") in found, found


def test_the_relayed_statement_without_its_relay_on_a_parsed_sentence(nlp: Language) -> None:
    text = ("Transportation Director Lena Voss said the span carries about 42,000 vehicles each day and "
            "would probably stay closed for at least three months while repairs are designed and carried "
            "out, The Associated Press reported.")
    (claim,) = extract_claims_from_texts({"d": text})
    assert claim.content.text.endswith("while repairs are designed and carried out")
    assert claim.speaker == "Lena Voss" and claim.via == "Associated Press"


def test_an_infinitive_after_an_as_phrase_is_part_of_the_content(nlp: Language) -> None:
    text = ("At a joint news conference after their talks, Mr Kang described Indonesia as the first "
            "Southeast Asian nation to become a special strategic partner of South Korea.")
    found = [roles(text, att)[1:] for att in find_attributions(nlp(text))]
    assert found == [("described", "Indonesia as the first Southeast Asian nation to become a special "
                                    "strategic partner of South Korea")], found


def test_an_infinitive_after_an_as_phrase_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    # "Kang described Indonesia as the first nation to join ." with "to join" hung on the cue
    words = "Kang described Indonesia as the first nation to join .".split()
    heads = [1, 1, 1, 1, 6, 6, 3, 8, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "amod", "pobj", "aux", "advcl", "punct"]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "DET", "ADJ", "NOUN", "PART", "VERB", "PUNCT"]
    tags = ["NNP", "VBD", "NNP", "IN", "DT", "JJ", "NN", "TO", "VB", "."]
    lemmas = ["Kang", "describe", "Indonesia", "as", "the", "first", "nation", "to", "join", "."]
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags)
    assert [roles(doc.text, att) for att in find_attributions(doc)] == [
        ("Kang", "described", "Indonesia as the first nation to join")]


def test_an_adjective_of_manner_before_a_colon_introduces_what_was_said_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    # "Ruiz was blunt : the deal is dead ." as the pinned parser reads it: the copula a clause of
    # the content's verb
    words = "Ruiz was blunt : the deal is dead .".split()
    heads = [1, 6, 1, 6, 5, 6, 6, 6, 6]
    deps = ["nsubj", "ccomp", "acomp", "punct", "det", "nsubj", "ROOT", "acomp", "punct"]
    pos = ["PROPN", "AUX", "ADJ", "PUNCT", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]
    tags = ["NNP", "VBD", "JJ", ":", "DT", "NN", "VBZ", "JJ", "."]
    lemmas = ["Ruiz", "be", "blunt", ":", "the", "deal", "be", "dead", "."]
    ents = ["B-PERSON"] + ["O"] * 8
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags, ents=ents)
    found = [roles(doc.text, att) for att in find_attributions(doc)]
    assert found == [("Ruiz", "was blunt", "the deal is dead")]
    # a thing is no voice: "The evidence was blunt: ..." is the writer's
    words[0], lemmas[0], ents[0] = "Evidence", "evidence", "O"
    doc = make_doc(words, heads, deps, pos=["NOUN", *pos[1:]], lemmas=lemmas, tags=["NN", *tags[1:]],
                   ents=ents)
    assert find_attributions(doc) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Asked about those remarks, Eggertsdóttir was blunt: \"No one in the government called me about this "
     "decision, and no one would.\"",
     [("Eggertsdóttir", "was blunt", "\"No one in the government called me about this decision, and no "
                                     "one would.\"")]),
    ("The message from its mayor, Teodoro Mamani, was blunt: not a single government tent had reached the "
     "town by Saturday morning.",
     [("The message from its mayor, Teodoro Mamani", "was blunt",
       "not a single government tent had reached the town by Saturday morning")]),
    ("The evidence was unequivocal: the dam had failed.", []),
])
def test_manner_before_a_colon_on_parsed_sentences(nlp: Language, text: str,
                                                  expected: list[tuple[str, str, str]]) -> None:
    assert [roles(text, att) for att in find_attributions(nlp(text))] == expected


def test_a_medial_cue_given_the_contents_subject_too_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    # "Families , the federation warned , face cold ." with "Families" a first subject of "warned"
    words = "Families , the federation warned , face cold .".split()
    heads = [4, 4, 3, 4, 6, 4, 6, 6, 6]
    deps = ["nsubj", "punct", "det", "nsubj", "parataxis", "punct", "ROOT", "dobj", "punct"]
    pos = ["NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "VERB", "NOUN", "PUNCT"]
    tags = ["NNS", ",", "DT", "NN", "VBD", ",", "VBP", "NN", "."]
    lemmas = ["family", ",", "the", "federation", "warn", ",", "face", "cold", "."]
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags)
    assert cue_clause_start(doc[4]) == 2
    assert [roles(doc.text, att) for att in find_attributions(doc)] == [
        ("the federation", "warned", "Families face cold")]


def test_a_medial_cue_given_the_contents_subject_too_on_a_parsed_sentence(nlp: Language) -> None:
    text = ("Thousands of families, the federation warned, face freezing night-time temperatures at "
            "altitudes above 3,500m without proper shelter.")
    assert [roles(text, att) for att in find_attributions(nlp(text))] == [
        ("the federation", "warned", "Thousands of families face freezing night-time temperatures at "
                                     "altitudes above 3,500m without proper shelter")]


def test_a_body_named_for_a_person_stays_the_body_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    # "Armand Vidal founded it . The Musée Vidal said it was robbed ."
    words = "Armand Vidal founded it . The Musée Vidal said it was robbed .".split()
    heads = [1, 2, 2, 2, 2, 7, 7, 8, 8, 11, 11, 8, 8]
    deps = ["compound", "nsubj", "ROOT", "dobj", "punct", "det", "compound", "nsubj", "ROOT", "nsubjpass",
            "auxpass", "ccomp", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PRON", "PUNCT", "DET", "PROPN", "PROPN", "VERB", "PRON", "AUX", "VERB",
           "PUNCT"]
    tags = ["NNP", "NNP", "VBD", "PRP", ".", "DT", "NNP", "NNP", "VBD", "PRP", "VBD", "VBN", "."]
    lemmas = ["Armand", "Vidal", "found", "it", ".", "the", "Musée", "Vidal", "say", "it", "be", "rob", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"]
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags, ents=ents)
    source = (doc[5].idx, doc[7].idx + len(doc[7]))
    speaker, kind = SpeakerResolver(doc).resolve((source,), 7, ((doc[9].idx, doc[11].idx + len(doc[11])),))
    assert (speaker, kind) != ("Armand Vidal", "person")
    assert speaker is not None and "Vidal" in speaker and kind in ("organization", "unknown")


def test_a_museum_named_for_its_founder_on_a_parsed_article(nlp: Language) -> None:
    text = ("The Musée Armand-Vidal regrets to announce that five works from its permanent collection "
            "were stolen during the night of 2 to 3 November 2025. Founded in 1889 thanks to the bequest "
            "of the silk merchant Armand Vidal, the Musée Armand-Vidal holds some 4,000 works of art.")
    (claim,) = extract_claims_from_texts({"d": text})
    assert (claim.speaker, claim.speaker_kind) == ("Musée Armand-Vidal", "organization")


def test_a_directive_verbs_infinitive_past_a_time_phrase_on_a_hand_built_doc(
        make_doc: Callable[..., Doc]) -> None:
    # "The council urged residents on Tuesday to stay indoors ." with "to stay" an adverbial
    # clause of "urged", as the pinned parser reads it
    words = "The council urged residents on Tuesday to stay indoors .".split()
    heads = [1, 2, 2, 2, 2, 4, 7, 2, 7, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "aux", "advcl", "advmod", "punct"]
    pos = ["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "PART", "VERB", "ADV", "PUNCT"]
    tags = ["DT", "NN", "VBD", "NNS", "IN", "NNP", "TO", "VB", "RB", "."]
    lemmas = ["the", "council", "urge", "resident", "on", "Tuesday", "to", "stay", "indoors", "."]
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags)
    assert [roles(doc.text, att) for att in find_attributions(doc)] == [
        ("The council", "urged", "residents on Tuesday to stay indoors")]
    # a verb that tells nobody to do anything keeps its object alone ("praised residents on
    # Tuesday to ..." is no directive)
    lemmas[2], words[2] = "praise", "praised"
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags)
    assert all("stay" not in roles(doc.text, att)[2] for att in find_attributions(doc))


def test_an_infinitive_hung_on_the_statement_on_a_parsed_sentence(nlp: Language) -> None:
    text = ("The civil aviation authority DGAC had asked airlines in a statement on Wednesday to scrap 40 "
            "percent of their flights at Paris-Orly.")
    assert [roles(text, att)[1:] for att in find_attributions(nlp(text))] == [
        ("had asked",
         "airlines in a statement on Wednesday to scrap 40 percent of their flights at Paris-Orly")]


def test_a_nouns_that_clause_past_a_time_phrase_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    # "Asked about Ruiz 's claim last week that fraud was found , Lee said no ." with the "that"
    # clause hung on "Asked"
    words = "Asked about Ruiz 's claim last week that fraud was found , Lee said no .".split()
    heads = [13, 0, 4, 2, 1, 6, 0, 10, 10, 10, 0, 13, 13, 13, 13, 13]
    deps = ["advcl", "prep", "poss", "case", "pobj", "amod", "npadvmod", "mark", "nsubjpass", "auxpass",
            "ccomp", "punct", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["VERB", "ADP", "PROPN", "PART", "NOUN", "ADJ", "NOUN", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT",
           "PROPN", "VERB", "INTJ", "PUNCT"]
    tags = ["VBN", "IN", "NNP", "POS", "NN", "JJ", "NN", "IN", "NN", "VBD", "VBN", ",", "NNP", "VBD", "UH",
            "."]
    lemmas = ["ask", "about", "Ruiz", "'s", "claim", "last", "week", "that", "fraud", "be", "find", ",",
              "Lee", "say", "no", "."]
    ents = ["O", "O", "B-PERSON", "O", "O", "B-DATE", "I-DATE"] + ["O"] * 5 + ["B-PERSON", "O", "O", "O"]
    doc = make_doc(words, heads, deps, pos=pos, lemmas=lemmas, tags=tags, ents=ents)
    found = {roles(doc.text, att) for att in find_attributions(doc)}
    assert ("Ruiz", "claim", "that fraud was found") in found, found


def test_a_nouns_that_clause_past_a_parenthetical_on_a_parsed_sentence(nlp: Language) -> None:
    text = ("That is at odds with Education Minister Raj Anand's assertion, in the joint statement "
            "announcing the changes, that the government had spent half a year in extensive consultation "
            "with the sector.")
    assert [roles(text, att) for att in find_attributions(nlp(text))] == [
        ("Education Minister Raj Anand", "assertion",
         "that the government had spent half a year in extensive consultation with the sector")]
    # a "that" that opens the next sentence is no clause of the noun
    assert find_attributions(nlp("He repeated the claim. That was the end of it.")) == []
