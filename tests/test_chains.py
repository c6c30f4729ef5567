"""Relay chains (nested attributions, publishers) and role nouns resolved to whom the article
ties them: rules on hand-built Docs, then the whole pipeline on invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.attribution import Attribution, find_attributions
from corroborate.attribution import config as extract
from corroborate.claims import extract_claims
from corroborate.schema import Article, Claim
from corroborate.speakers import media_canonical


def claims_of(nlp: Language, text: str, *, outlet: str | None = None) -> list[Claim]:
    doc = nlp(text)
    article = Article(doc_id="t", path="t.txt", text=text, body=(0, len(text)), outlet=outlet)
    return extract_claims(doc, article)


def hand_claims(doc: Doc) -> list[Claim]:
    return extract_claims(doc, Article(doc_id="h", path="h.txt", text=doc.text,
                                       body=(0, len(doc.text))))


def roles(text: str, att: Attribution) -> tuple[str, str, str]:
    def join(spans: tuple[tuple[int, int], ...]) -> str:
        return " ".join(text[s:e] for s, e in spans)

    return join(att.source), join(att.cue), join(att.content)


def relays(text: str, att: Attribution) -> list[str]:
    return [text[s:e] for (s, e), _ in att.chain]


# ------------------------------------------------------------------ hand-built Docs
# (words, heads, deps, pos, tags, lemmas): one parse each, as a correct parser would give it
Spec = tuple[list[str], list[int], list[str], list[str], list[str], list[str]]
RELAY_DOC: Spec = (
    "The Journal reported that an official told aides that the plan was dead .".split(),
    [1, 2, 2, 6, 5, 6, 2, 6, 11, 10, 11, 6, 11, 2],
    ["det", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "dobj", "mark", "det", "nsubj",
     "ccomp", "acomp", "punct"],
    ["DET", "PROPN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "NOUN", "SCONJ", "DET", "NOUN",
     "AUX", "ADJ", "PUNCT"],
    ["DT", "NNP", "VBD", "IN", "DT", "NN", "VBD", "NNS", "IN", "DT", "NN", "VBD", "JJ", "."],
    "the Journal report that an official tell aide that the plan be dead .".split(),
)
PUBLISHED_DOC: Spec = (
    "The minister 's statement , published by state media , said talks failed .".split(),
    [1, 3, 1, 10, 3, 3, 5, 8, 6, 3, 10, 12, 10, 10],
    ["det", "poss", "case", "nsubj", "punct", "acl", "agent", "compound", "pobj", "punct",
     "ROOT", "nsubj", "ccomp", "punct"],
    ["DET", "NOUN", "PART", "NOUN", "PUNCT", "VERB", "ADP", "NOUN", "NOUN", "PUNCT", "VERB",
     "NOUN", "VERB", "PUNCT"],
    ["DT", "NN", "POS", "NN", ",", "VBN", "IN", "NN", "NNS", ",", "VBD", "NNS", "VBD", "."],
    "the minister 's statement , publish by state media , say talk fail .".split(),
)
ISSUED_DOC: Spec = (
    "Acme issued a statement . The statement said talks failed .".split(),
    [1, 1, 3, 1, 1, 6, 7, 7, 9, 7, 7],
    ["nsubj", "ROOT", "det", "dobj", "punct", "det", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
    ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "NOUN", "VERB", "PUNCT"],
    ["NNP", "VBD", "DT", "NN", ".", "DT", "NN", "VBD", "NNS", "VBD", "."],
    "Acme issue a statement . the statement say talk fail .".split(),
)
OWNED_DOC: Spec = (
    "Acme 's statement said talks failed .".split(),
    [2, 0, 3, 3, 5, 3, 3],
    ["poss", "case", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
    ["PROPN", "PART", "NOUN", "VERB", "NOUN", "VERB", "PUNCT"],
    ["NNP", "POS", "NN", "VBD", "NNS", "VBD", "."],
    "Acme 's statement say talk fail .".split(),
)
UNNAMED_AGENCY_DOC: Spec = (
    "The agency said talks failed .".split(),
    [1, 2, 2, 4, 2, 2],
    ["det", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
    ["DET", "NOUN", "VERB", "NOUN", "VERB", "PUNCT"],
    ["DT", "NN", "VBD", "NNS", "VBD", "."],
    "the agency say talk fail .".split(),
)


@pytest.fixture(scope="module")
def make_en_doc() -> Callable[[Spec], Doc]:
    """Docs built by hand on an English vocabulary: the rules read `lower_` and `is_punct`,
    which the shared bare `Vocab()` of conftest leaves empty."""
    vocab = spacy.blank("en").vocab

    def make(spec: Spec) -> Doc:
        words, heads, deps, pos, tags, lemmas = spec
        return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)

    return make


@pytest.mark.parametrize(("spec", "expected", "chain"), [
    (RELAY_DOC, ("an official", "told", "that the plan was dead"), ["The Journal"]),
])
def test_chain_nested_speech_is_the_inner_claim_with_its_relay_on_hand_built_doc(
        make_en_doc: Callable[[Spec], Doc], spec: Spec,
        expected: tuple[str, str, str], chain: list[str]) -> None:
    doc = make_en_doc(spec)
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == expected
    assert relays(doc.text, att) == chain


def test_chain_nested_speech_in_polnear_convention_on_hand_built_doc(
        make_en_doc: Callable[[Spec], Doc], monkeypatch: pytest.MonkeyPatch) -> None:
    # what bench/polnear.py runs: PolNeAR annotates the outer relation only
    monkeypatch.setattr(extract, "RELAYS", False)
    doc = make_en_doc(RELAY_DOC)
    (att,) = find_attributions(doc)
    assert roles(doc.text, att) == (
        "The Journal", "reported", "that an official told aides that the plan was dead")
    assert att.chain == ()


@pytest.mark.parametrize(("spec", "speaker", "chain", "via"), [
    # the owner speaks, the outlet that published the statement relays it
    (PUBLISHED_DOC, "minister", ["state media"], "state media"),
])
def test_chain_publisher_of_an_owned_statement_on_hand_built_doc(
        make_en_doc: Callable[[Spec], Doc], spec: Spec,
        speaker: str, chain: list[str], via: str) -> None:
    doc = make_en_doc(spec)
    (claim,) = hand_claims(doc)
    assert (claim.speaker, claim.chain, claim.via) == (speaker, chain, via)


@pytest.mark.parametrize(("spec", "speaker", "kind"), [
    # "the statement" is the statement Acme issued two sentences before
    (ISSUED_DOC, "Acme", "unknown"),
    # a possessive owner
    (OWNED_DOC, "Acme", "unknown"),
    # "the agency" with no outlet named before: no outlet to pass the claim through
    (UNNAMED_AGENCY_DOC, "agency", "unknown"),
])
def test_role_noun_resolves_to_its_owner_on_hand_built_doc(
        make_en_doc: Callable[[Spec], Doc], spec: Spec,
        speaker: str, kind: str) -> None:
    doc = make_en_doc(spec)
    said = [c for c in hand_claims(doc) if c.cue.text == "said"]
    assert [(c.speaker, c.speaker_kind, c.via) for c in said] == [(speaker, kind, None)]


# ------------------------------------------------------------------ the whole pipeline
@pytest.mark.parametrize(("text", "speaker", "cue", "content", "chain", "via"), [
    # a relay the outlet table does not know, an outlet by its name ("Journal")
    ("The Journal reported that a senior engineer told staff that the bridge was unsafe.",
     "senior engineer", "told", "that the bridge was unsafe", ["The Journal"], "The Journal"),
    # a relay that names no outlet: in the chain, not `via`
    ("The harbour board reported that a senior engineer told staff that the pier was unsafe.",
     "senior engineer", "told", "that the pier was unsafe", ["harbour board"], None),
    # a person relays a person: a chain, but no outlet for `via`
    ("Ortiz said that the harbour master had told him the pier would close.",
     "harbour master", "had told", "the pier would close", ["Ortiz"], None),
    # an outlet relaying an outlet relaying the owner of a statement, outermost first
    ("Reuters reported that state media published the governor's statement, which read: "
     "“We will not close the port.”",
     "governor", "read", "“We will not close the port.”", ["Reuters", "state media"], "Reuters"),
    ("The governor's statement, published by state media, read: “We will not close the port.”",
     "governor", "read", "“We will not close the port.”", ["state media"], "state media"),
    # "according to" an outlet around a speech act: the outlet is the relay
    ("According to Yonhap, officials said the ferry would resume in March.",
     "officials", "said", "the ferry would resume in March", ["Yonhap"], "Yonhap"),
    # an outlet the speaker told
    ("The mayor told state media that the curfew would end on Friday.",
     "mayor", "told", "that the curfew would end on Friday", ["state media"], "state media"),
])
def test_chain_of_relays(nlp: Language, text: str, speaker: str, cue: str, content: str,
                         chain: list[str], via: str | None) -> None:
    (claim,) = claims_of(nlp, text)
    assert (claim.speaker, claim.cue.text, claim.content.text) == (speaker, cue, content)
    assert (claim.chain, claim.via) == (chain, via)


@pytest.mark.parametrize(("text", "source", "cue"), [
    # the speaker's own account of what he said is no relay
    ("Ortiz said he told aides that the pier would close.", "Ortiz", "said"),
    # a denial passes nothing on
    ("The Ledger denied that a senior engineer told staff that the bridge was unsafe.",
     "The Ledger", "denied"),
    # a belief reported is the reporter's account of it
    ("Ortiz said the harbour master believes the pier will close.", "Ortiz", "said"),
    # a thing that "signals" is not a speaker
    ("The vote signals “the end of the old port,” said Ana Lima, a councillor.",
     "Ana Lima, a councillor", "said"),
])
def test_chain_nested_cue_that_is_no_relay_keeps_the_outer_claim(
        nlp: Language, text: str, source: str, cue: str) -> None:
    claims = claims_of(nlp, text)
    assert [(c.source.text, c.cue.text, c.chain) for c in claims] == [(source, cue, [])]


@pytest.mark.parametrize(("text", "speakers", "vias"), [
    # "the statement" after a merger announced: the announcer's; "the agency" ties to nobody
    ('Acme Corp announced the merger on Monday. "This is a great day," the statement said. '
     "The agency said the talks had ended.",
     ["Acme Corp", "Acme Corp", "agency"], [None, None, None]),
    ("In a statement, the ferry company said fares would rise. The statement added that two "
     "routes would close.", ["ferry company", "ferry company"], [None, None]),
    ("A statement from the Kremlin said the talks would go on.", ["Kremlin"], [None]),
    # an outlet that is named by its kind only passes nothing through a place one can trace
    ("The newspaper said the pier would close.", ["newspaper"], [None]),
    ("Yonhap news agency reported that the launch had failed. The agency said the rocket broke "
     "up at sea.", ["Yonhap", "Yonhap"], ["Yonhap", "Yonhap"]),
    ("A spokeswoman for the port authority said the pier would close. The spokeswoman said "
     "talks had failed.",
     ["spokeswoman for the port authority", "spokeswoman for the port authority"], [None, None]),
])
def test_role_noun_speakers(nlp: Language, text: str, speakers: list[str],
                            vias: list[str | None]) -> None:
    claims = claims_of(nlp, text)
    assert [c.speaker for c in claims] == speakers
    assert [c.via for c in claims] == vias


@pytest.mark.parametrize(("text", "outlet", "speakers"), [
    # "the Times" is The New York Times where the article names it, or is it
    ("The New York Times reported that the port would close. The Times said talks had failed.",
     None, ["The New York Times", "The New York Times"]),
    ("The Times reported that the port would close.", "The New York Times",
     ["The New York Times"]),
    # ... and The Times (of London) otherwise
    ("The Times reported that the port would close.", None, ["The Times"]),
])
def test_role_noun_the_times(nlp: Language, text: str, outlet: str | None,
                             speakers: list[str]) -> None:
    claims = claims_of(nlp, text, outlet=outlet)
    assert [c.speaker for c in claims] == speakers
    assert [c.via for c in claims] == speakers


@pytest.mark.parametrize(("text", "known", "name"), [
    ("NYT", (), "The New York Times"),
    ("the New York Times's", (), "The New York Times"),
    ("the Times", ("The New York Times",), "The New York Times"),
    ("the Times", (), "The Times"),
    ("the official Korean Central News Agency (KCNA)", (), "KCNA"),
    ("South Korea's Yonhap news agency", (), "Yonhap"),
    ("the Ledger", (), "The Ledger"),
    ("the Roper Center for Public Opinion Research", (), "Roper Center for Public Opinion Research"),
    ("state media", (), "state media"),
])
def test_outlet_display_names(text: str, known: tuple[str, ...], name: str) -> None:
    assert media_canonical(text, known=known) == name
