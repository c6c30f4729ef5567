"""Claim kinds: statement, prediction, intention, perception, opinion, from cue lemma classes,
modals and hedges of the cue's verb group, and the source noun; on hand-built Docs, then the
whole pipeline on invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from corroborate import attribution as extract
from corroborate.attribution import Attribution, find_attributions, find_quotes
from corroborate.claims import extract_claims
from corroborate.schema import Article

# (words, heads, deps, pos, tags, lemmas)
Spec = tuple[list[str], list[int], list[str], list[str], list[str], list[str]]


@pytest.fixture(scope="module")
def make_en_doc() -> Callable[[Spec], Doc]:
    """Docs built by hand on an English vocabulary: the rules read `lower_` and `is_punct`,
    which the shared bare `Vocab()` of conftest leaves empty."""
    vocab = spacy.blank("en").vocab

    def make(spec: Spec) -> Doc:
        words, heads, deps, pos, tags, lemmas = spec
        return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)

    return make


@pytest.mark.parametrize(("spec", "cue", "kind"), [
    # a forecast modal and a hedge on a verb that is no speech act: the writer's inference
    (("Kim would likely seek food .".split(), [3, 3, 3, 3, 3, 3],
      ["nsubj", "aux", "advmod", "ROOT", "dobj", "punct"],
      ["PROPN", "AUX", "ADV", "VERB", "NOUN", "PUNCT"], ["NNP", "MD", "RB", "VB", "NN", "."],
      "Kim would likely seek food .".split()),
     "would likely seek", "prediction"),
    # a future speech act: nobody has said it yet
    (("Ortiz will argue that fares rose .".split(), [2, 2, 2, 5, 5, 2, 2],
      ["nsubj", "aux", "ROOT", "mark", "nsubj", "ccomp", "punct"],
      ["PROPN", "AUX", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"],
      ["NNP", "MD", "VB", "IN", "NNS", "VBD", "."], "Ortiz will argue that fare rise .".split()),
     "will argue", "prediction"),
    # "would" with a speech verb is the past of reported speech
    (("Ortiz would say that fares rose .".split(), [2, 2, 2, 5, 5, 2, 2],
      ["nsubj", "aux", "ROOT", "mark", "nsubj", "ccomp", "punct"],
      ["PROPN", "AUX", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"],
      ["NNP", "MD", "VB", "IN", "NNS", "VBD", "."], "Ortiz would say that fare rise .".split()),
     "would say", "statement"),
    # a verb of will with its infinitive
    (("Acme plans to cut jobs .".split(), [1, 1, 3, 1, 3, 1],
      ["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct"],
      ["PROPN", "VERB", "PART", "VERB", "NOUN", "PUNCT"], ["NNP", "VBZ", "TO", "VB", "NNS", "."],
      "Acme plan to cut job .".split()),
     "plans", "intention"),
    # an adjective of will after a copula
    (("The union is willing to talk .".split(), [1, 2, 2, 2, 5, 3, 2],
      ["det", "nsubj", "ROOT", "acomp", "aux", "xcomp", "punct"],
      ["DET", "NOUN", "AUX", "ADJ", "PART", "VERB", "PUNCT"],
      ["DT", "NN", "VBZ", "JJ", "TO", "VB", "."], "the union be willing to talk .".split()),
     "is willing", "intention"),
    # a record shows, it does not say
    (("Data indicate that prices rose .".split(), [1, 1, 4, 4, 1, 1],
      ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"],
      ["NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"], ["NNS", "VBP", "IN", "NNS", "VBD", "."],
      "datum indicate that price rise .".split()),
     "indicate", "perception"),
    # the writer in the first person, outside quotation marks
    (("I believe the deal is fair .".split(), [1, 1, 3, 4, 1, 4, 1],
      ["nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"],
      ["PRON", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
      ["PRP", "VBP", "DT", "NN", "VBZ", "JJ", "."], "I believe the deal be fair .".split()),
     "believe", "opinion"),
    # a record that names who released it is its publisher's statement
    (("Data released by the ministry indicate that prices rose .".split(),
      [5, 0, 1, 4, 2, 5, 8, 8, 5, 5],
      ["nsubj", "acl", "agent", "det", "pobj", "ROOT", "mark", "nsubj", "ccomp", "punct"],
      ["NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"],
      ["NNS", "VBN", "IN", "DT", "NN", "VBP", "IN", "NNS", "VBD", "."],
      "datum release by the ministry indicate that price rise .".split()),
     "indicate", "statement"),
    # a plain report
    (("Ortiz said that fares rose .".split(), [1, 1, 4, 4, 1, 1],
      ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"],
      ["PROPN", "VERB", "SCONJ", "NOUN", "VERB", "PUNCT"], ["NNP", "VBD", "IN", "NNS", "VBD", "."],
      "Ortiz say that fare rise .".split()),
     "said", "statement"),
])
def test_claim_kind_on_hand_built_doc(make_en_doc: Callable[[Spec], Doc], spec: Spec, cue: str,
                                      kind: str) -> None:
    doc = make_en_doc(spec)
    (att,) = find_attributions(doc)
    s, e = att.cue[0]
    assert (doc.text[s:e], att.claim_kind) == (cue, kind)


@pytest.mark.parametrize(("spec", "kind"), [
    # a first person inside quotation marks is the quoted speaker, not the writer
    (("“ I believe the deal is fair . ”".split(), [2, 2, 2, 4, 5, 2, 5, 2, 2],
      ["punct", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct", "punct"],
      ["PUNCT", "PRON", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT", "PUNCT"],
      ["``", "PRP", "VBP", "DT", "NN", "VBZ", "JJ", ".", "''"],
      "“ I believe the deal be fair . ”".split()), "statement"),
])
def test_claim_kind_first_person_in_quotes_on_hand_built_doc(
        make_en_doc: Callable[[Spec], Doc], spec: Spec, kind: str) -> None:
    doc = make_en_doc(spec)
    char = [(t.idx, t.idx + len(t)) for t in doc]
    # the attribution the rules would build around "believe" if the quote stood alone
    att = Attribution(source=(char[1],), cue=(char[2],), content=((char[3][0], char[6][1]),),
                      cue_lemma="believe", kind="verb", source_token=1, cue_token=2)
    assert extract.claim_kind(doc, att, find_quotes(doc.text)) == kind


@pytest.mark.parametrize(("text", "cue", "kind"), [
    # predictions: a modal or hedge on the subject's own action, or a future speech act
    ("The mayor will likely request more federal aid.", "will likely request", "prediction"),
    ("Rivera would also seek a recount in two districts.", "would also seek", "prediction"),
    ("The council may offer tenants a rent freeze.", "may offer", "prediction"),
    ("The ferry company will argue that the harbour fees are unlawful.", "will argue",
     "prediction"),
    # ... but reported speech in the past and refusals are statements
    ("The senator would say only that the talks had stalled.", "would say", "statement"),
    ("The governor would not say whether she would sign the bill.", "would not say",
     "statement"),
    ("Ortiz said the bridge would reopen in May.", "said", "statement"),
    # intentions reported as fact
    ("The bakery chain plans to close 40 stores next year.", "plans", "intention"),
    ("The teachers' union is willing to resume talks on Monday.", "is willing", "intention"),
    ("The board decided to sell the stadium.", "decided", "intention"),
    ("Dockworkers want a shorter week.", "want", "intention"),
    ("The city hopes to finish the tunnel by 2030.", "hopes", "intention"),
    ("The brewery would like to expand into the old mill.", "would like", "intention"),
    # perceptions: images and records show
    ("Drone footage showed flooding across the valley.", "showed", "perception"),
    ("Satellite images indicate that the dam has been breached.", "indicate", "perception"),
    ("The data suggest that rents rose faster than wages.", "suggest", "perception"),
    # ... but a record that names who announced or released it is their statement
    ("Figures released by the ministry showed that exports rose 5%.", "showed", "statement"),
    # ... while a clip that "says" speaks for its makers
    ("A campaign video says the senator voted against the bridge.", "says", "statement"),
    # the writer's own view, outside quotes; inside them it is the quoted speaker's
    ("I believe the deal is fair.", "believe", "opinion"),
    ("I am hopeful that the tunnel will open on time.", "am hopeful", "opinion"),
    ('"I believe the deal is fair," the mayor said.', "said", "statement"),
])
def test_claim_kind(nlp: Language, text: str, cue: str, kind: str) -> None:
    doc = nlp(text)
    claims = extract_claims(doc, Article(doc_id="t", path="t.txt", text=text, body=(0, len(text))))
    assert [(c.cue.text, c.kind) for c in claims] == [(cue, kind)]
