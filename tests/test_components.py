"""The pipeline's own small components: sentence starts at line breaks and after datelines."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from corroborate.api import extract_claims_from_texts
from corroborate.components import mark_paragraphs, whole_word_entities


def starts(doc: Doc) -> list[str]:
    return [t.text for t in doc if t.is_sent_start and t.i > 0]


def test_a_dateline_ends_its_own_sentence_on_a_hand_built_doc(en_vocab: Vocab) -> None:
    words = ["Drones", "hit", "Odesa", "\n\n", "KYIV", ",", "Ukraine", "(", "AP", ")", "—", "Air",
             "defenses", "destroyed", "20", "drones", ",", "the", "air", "force", "said", "."]
    doc = mark_paragraphs(Doc(en_vocab, words=words, spaces=[True, True, False, False, False, True,
                                                             True, False, False, True, True] + [True] * 11))
    assert starts(doc) == ["KYIV", "Air"]
    # no dateline: a capitalised word that is no place in capitals, or no dash after it
    for words in (["U.S.", "-", "China", "talks", "resume"], ["NATO", "said", "talks", "resume", "."],
                  ["KYIV", "is", "calm", ".", "Air", "-", "Raids", "stopped"]):
        assert starts(mark_paragraphs(Doc(en_vocab, words=words))) == []


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # the parser made "KYIV" the subject of "said" and the report a clause of it: no claim
    ("KYIV, Ukraine (AP) — Ukrainian air defenses destroyed 20 of the 25 drones Russia fired "
     "overnight, the country's air force said Friday.", "Ukraine's air force",
     "Ukrainian air defenses destroyed 20 of the 25 drones Russia fired overnight"),
    ("MOSCOW (Reuters) - The talks will resume on Monday, the country's foreign ministry said.",
     "Russia's foreign ministry", "The talks will resume on Monday"),
])
def test_a_reports_claim_after_its_dateline(nlp: Language, text: str, speaker: str, content: str) -> None:
    (claim,) = extract_claims_from_texts({"t": "Headline\n\n" + text})
    assert (claim.speaker, claim.content.text) == (speaker, content)


def test_an_initialism_opening_a_sentence_ends_none(en_vocab: Vocab) -> None:
    doc = mark_paragraphs(Doc(en_vocab, words=["Head", "\n\n", "U.S.", "Steel", "will", "be", "sold",
                                               ".", "U.K.", "officials", "agreed", "."]))
    assert doc[3].is_sent_start is False and doc[9].is_sent_start is False  # "Steel", "officials"
    # inside a sentence the parser decides ("moved to the U.S. He said ...")
    doc = mark_paragraphs(Doc(en_vocab, words=["He", "moved", "to", "the", "U.S.", "He", "left", "."]))
    assert doc[5].is_sent_start is None


def test_a_company_named_by_an_initialism_keeps_its_claim(nlp: Language) -> None:
    text = ("Head\n\nU.S. Steel will be acquired by Japan's Nippon Steel in a $14.1 billion deal, "
            "the companies announced Monday.")
    (claim,) = extract_claims_from_texts({"t": text})
    assert claim.content.text == "U.S. Steel will be acquired by Japan's Nippon Steel in a $14.1 billion deal"


def test_a_statement_named_as_a_form_is_no_via(nlp: Language) -> None:
    # "according to a statement" says how the FAA spoke, not an outlet it came through
    text = "Head\n\nThe FAA said it was cooperating with investigators, according to a statement."
    (claim,) = extract_claims_from_texts({"t": text})
    assert (claim.speaker, claim.via) == ("FAA", None)
    # a date with its wire is a dateline too
    text = "Head\n\nMarch 9 (Reuters) - Prosecutors opened an inquiry, the newspaper reported."
    (claim,) = extract_claims_from_texts({"t": text})
    assert claim.content.text == "Prosecutors opened an inquiry"


def test_no_sentence_opens_right_after_a_word_on_its_line(en_vocab: Vocab) -> None:
    words = ["Lowe", ",", "Beck", "Divorcing", "\n\n", "Jane", "Lowe", "and", "Tom", "Beck",
             "separated", ",", "a", "rep", "said", ".", "He", "left"]
    doc = mark_paragraphs(Doc(en_vocab, words=words))
    not_starts = {t.text for t in doc if t.is_sent_start is False}
    assert {"Lowe", "and", "separated", ","} <= not_starts
    assert doc[5].is_sent_start and doc[16].is_sent_start is None  # after "." the parser decides


def test_a_name_below_a_headline_stays_in_its_sentence(nlp: Language) -> None:
    text = ("Jane Lowe, Tom Beck Divorcing\n\nJane Lowe and Tom Beck have separated, a rep for the "
            "couple told TMZ.")
    (claim,) = extract_claims_from_texts({"t": text})
    assert claim.content.text == "Jane Lowe and Tom Beck have separated"


def test_an_entity_ends_with_its_hyphenated_word_on_a_hand_built_doc(en_vocab: Vocab) -> None:
    words = ["President", "Kang", "Min", "-", "seok", "met", "the", "CGT", "-", "Cheminots",
             "union", "and", "Paris", "-", "Lyon", "staff", "."]
    spaces = [True, True, False, False, True, True, True, False, False, True, True, True, False,
              False, True, True, False]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O", "B-GPE",
            "O", "B-GPE", "O", "O"]
    doc = whole_word_entities(Doc(en_vocab, words=words, spaces=spaces, ents=ents))
    # "Paris-Lyon": the word's other half is an entity of its own, and stays one
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Kang Min-seok", "PERSON"), ("CGT-Cheminots", "ORG"), ("Paris", "GPE"), ("Lyon", "GPE")]


def test_a_hyphenated_name_is_one_speaker(nlp: Language) -> None:
    text = ("Summit\n\nPresident Kang Min-seok said the talks went well. Kang said they would meet "
            "again. The CGT-Cheminots union said 70 percent of workers had joined.")
    claims = extract_claims_from_texts({"t": text})
    assert [c.speaker for c in claims] == ["Kang Min-seok", "Kang Min-seok", "CGT-Cheminots union"]


def test_an_amount_in_millions_ends_its_sentence(nlp: Language) -> None:
    # the base tokenizer kept "m." whole, so no sentence ended after "£2m." and the content
    # ran on into the next sentence
    text = ("Head\n\nQureshi told reporters the ransom note sought about £2m. The trust has ruled "
            "out paying the criminals.")
    assert [t.text for t in nlp.tokenizer("about £2m. It")] == ["about", "£", "2", "m", ".", "It"]
    # an initial keeps its full stop
    assert [t.text for t in nlp.tokenizer("John M. Smith")] == ["John", "M.", "Smith"]
    contents = [c.content.text for c in extract_claims_from_texts({"t": text})]
    assert "the ransom note sought about £2m" in contents
    assert not any("The trust" in c and "£2m" in c for c in contents)


def test_a_title_makes_the_words_after_it_a_person_on_a_hand_built_doc(en_vocab: Vocab) -> None:
    from corroborate.components import bodies_named_for_places, titled_names

    words = ["Carrick", "Lake", "Mayor", "Doreen", "Fehr", "spoke", "to", "General", "Motors", "."]
    doc = Doc(en_vocab, words=words, pos=["PROPN"] * 5 + ["VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
              ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"])
    ents = titled_names(doc, list(doc.ents))
    assert [(e.text, e.label_) for e in ents] == [
        ("Carrick Lake", "PERSON"), ("Doreen Fehr", "PERSON"), ("General Motors", "ORG")]
    # the NER's organisation on a surname after a title is replaced
    doc = Doc(en_vocab, words=["Mayor", "Fehr", "said", "so"], pos=["PROPN", "PROPN", "VERB", "ADV"],
              ents=["O", "B-ORG", "O", "O"])
    assert [(e.text, e.label_) for e in titled_names(doc, list(doc.ents))] == [("Fehr", "PERSON")]
    # "Energy UK": a capitalised word compounded onto a place names a body
    doc = Doc(en_vocab, words=["Energy", "UK", "said", "so"], pos=["PROPN", "PROPN", "VERB", "ADV"],
              heads=[1, 2, 2, 2], deps=["compound", "nsubj", "ROOT", "advmod"],
              ents=["B-ORG", "B-GPE", "O", "O"])
    assert [(e.text, e.label_) for e in bodies_named_for_places(doc, list(doc.ents))] == [
        ("Energy UK", "ORG")]
    doc = Doc(en_vocab, words=["Northern", "Ireland", "said", "so"], pos=["PROPN", "PROPN", "VERB", "ADV"],
              heads=[1, 2, 2, 2], deps=["compound", "nsubj", "ROOT", "advmod"],
              ents=["O", "B-GPE", "O", "O"])
    assert [(e.text, e.label_) for e in bodies_named_for_places(doc, list(doc.ents))] == [
        ("Ireland", "GPE")]


def test_a_trade_word_makes_a_person_a_company_on_a_hand_built_doc(en_vocab: Vocab) -> None:
    from corroborate.components import companies_by_trade

    doc = Doc(en_vocab, words=["Halberg", "Chemie", "met", "Jane", "Airways", "and", "Airways", "."],
              ents=["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "O"])
    doc[4].is_sent_start = False
    # a person whose last word is a trade ("Chemie", "Airways") is a company; a one-word name is not
    assert [(e.text, e.label_) for e in companies_by_trade(list(doc.ents))] == [
        ("Halberg Chemie", "ORG"), ("Jane Airways", "ORG"), ("Airways", "PERSON")]
    doc = Doc(en_vocab, words=["Anna", "Energy", "spoke"], ents=["B-PERSON", "I-PERSON", "O"])
    assert [e.label_ for e in companies_by_trade(list(doc.ents))] == ["ORG"]
    doc = Doc(en_vocab, words=["Anna", "Berg", "spoke"], ents=["B-PERSON", "I-PERSON", "O"])
    assert [e.label_ for e in companies_by_trade(list(doc.ents))] == ["PERSON"]
    # a corporate suffix ends no person's name (session 26: "Sarvana Pharma Inc" was a person)
    doc = Doc(en_vocab, words=["Sarvana", "Pharma", "Inc", "and", "Acme", "GmbH", "spoke"],
              ents=["B-PERSON", "I-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"])
    assert [e.label_ for e in companies_by_trade(list(doc.ents))] == ["ORG", "ORG"]


def test_initials_skip_the_particles_of_other_languages() -> None:
    from corroborate.schema import Claim, SpanText
    from corroborate.source_names import acronym
    from corroborate.sources import SourceGraph

    assert acronym("Confederación Hidrográfica del Ebro") == "CHE"
    assert acronym("Advanced Micro Devices") == "AMD" and acronym("Department for Work and Pensions") == "DWP"
    names = {"a": "CHE", "b": "Confederación Hidrográfica del Ebro"}
    claims = [Claim(id=f"c-{d}", doc_id=d, source=SpanText(text=name, spans=[(0, len(name))]),
                    cue=SpanText(text="said", spans=[(40, 44)]),
                    content=SpanText(text="the dam was opened", spans=[(45, 63)]), speaker=name,
                    speaker_kind="organization", quote_type="indirect", confidence=0.8)
              for d, name in names.items()]
    assert SourceGraph(claims, {n: n for n in names.values()}).link(0, 1) is not None


@pytest.mark.parametrize(("text", "ents"), [
    ("Carrick Lake Mayor Doreen Fehr ordered homes evacuated.", {("Doreen Fehr", "PERSON")}),
    ("Mayor Fehr said residents were scared.", {("Fehr", "PERSON")}),
    ("Chief Executive Officer Tim Cook said so.", {("Tim Cook", "PERSON")}),
    ("Industry body Energy UK said the decision risked deterring investment.", {("Energy UK", "ORG")}),
    ("Water UK said bills would rise.", {("Water UK", "ORG")}),
    ("General Motors said it would recall cars.", {("General Motors", "ORG")}),
])
def test_titled_names_and_bodies_named_for_places_parsed(nlp: Language, text: str,
                                                         ents: set[tuple[str, str]]) -> None:
    assert ents <= {(e.text, e.label_) for e in nlp(text).ents}
