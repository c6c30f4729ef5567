"""Docs that serialise: the component's attributions survive to_bytes, DocBin and n_process=2."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from corroborate.attribution import Attribution
from corroborate.claims import extract_claims
from corroborate.components import attributions_of
from corroborate.docspans import (
    RECORDS_ATTR,
    SPAN_ATTRIBUTION_ATTR,
    SPANS_KEY,
    attribution_from_record,
    attribution_record,
    read_attributions,
)
from corroborate.schema import Article, Claim

# Invented articles (never corpus text): direct and reported speech, an interrupted quote,
# "according to", a refusal and a relayed claim, so every field of Attribution is exercised.
ARTICLES = [
    "Harbor City will close its oldest bridge for repairs next month, officials said on Monday.\n\n"
    "“The bridge is safe today, but it will not be safe in five years,” said Mayor Lena Ortiz. "
    "“We cannot wait,” she added, “for the money to come from the state.”\n\n"
    "According to the city engineer, the work will take at least eight weeks.",

    "The Riverside Gazette reported that a state auditor told lawmakers the water fund was "
    "short by $4 million.\n\n"
    "A spokesman for the governor declined to comment on the audit. Council member Ray Dunn "
    "called the shortfall “a warning we ignored for too long.”",

    "Shipping costs rose for the third straight quarter, the company said in a statement.\n\n"
    "Chief executive Maria Keller told analysts that demand remained strong in Asia, but warned "
    "that fuel prices could cut profits. “We are watching the numbers every day,” Keller said.",

    "The river flooded the lower town overnight.\n\nNo one was hurt.",
]


def article(n: int) -> Article:
    return Article(doc_id=f"a{n}", path=f"a{n}.txt", text=ARTICLES[n], outlet="Test Wire")


def claims(doc: Doc, n: int) -> list[Claim]:
    return extract_claims(doc, article(n), attributions_of(doc))


@pytest.fixture(scope="module")
def docs(nlp: Language) -> list[Doc]:
    return list(nlp.pipe(ARTICLES))


def test_the_articles_have_attributions_of_every_shape(docs: list[Doc]) -> None:
    atts = [a for doc in docs for a in attributions_of(doc)]
    assert len(atts) >= 8
    assert {"verb", "according"} <= {a.kind for a in atts}
    assert any(len(a.content) > 1 for a in atts)  # the interrupted quote
    assert any(a.stance == "declines" for a in atts)  # the refusal
    assert any(a.chain for a in atts)  # the auditor's claim relayed by the Gazette
    assert attributions_of(docs[-1]) == []


def test_to_bytes_round_trip_keeps_attributions_and_claims(nlp: Language, docs: list[Doc]) -> None:
    for n, doc in enumerate(docs):
        back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert attributions_of(back) == attributions_of(doc)
        assert claims(back, n) == claims(doc, n)


def test_docbin_round_trip_keeps_attributions_and_claims(nlp: Language, docs: list[Doc]) -> None:
    stored = DocBin(store_user_data=True, docs=docs).to_bytes()
    back = list(DocBin().from_bytes(stored).get_docs(nlp.vocab))
    assert len(back) == len(docs)
    for n, (doc, read) in enumerate(zip(docs, back, strict=True)):
        assert attributions_of(read) == attributions_of(doc)
        assert claims(read, n) == claims(doc, n)


def test_two_processes_give_the_claims_of_one(nlp: Language) -> None:
    one = [claims(doc, n) for n, doc in enumerate(nlp.pipe(ARTICLES))]
    two = [claims(doc, n) for n, doc in enumerate(nlp.pipe(ARTICLES, n_process=2, batch_size=1))]
    assert two == one
    assert sum(map(len, one)) >= 8


def test_a_doc_without_attributions_round_trips(nlp: Language) -> None:
    doc = nlp("The river flooded the lower town overnight.")
    assert attributions_of(doc) == []
    assert len(doc.spans[SPANS_KEY]) == 0
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert SPANS_KEY in back.spans and attributions_of(back) == []


def test_a_doc_the_component_never_saw_has_no_attributions(nlp: Language) -> None:
    assert read_attributions(nlp.make_doc("Officials said the bridge is safe.")) == []


def test_the_span_group_is_plain_json_tying_each_role_to_its_attribution(docs: list[Doc]) -> None:
    doc = docs[0]
    group = doc.spans[SPANS_KEY]
    attrs = json.loads(json.dumps(group.attrs))  # JSON-able, nothing else
    atts = [attribution_from_record(r) for r in attrs[RECORDS_ATTR]]
    assert atts == attributions_of(doc)
    owners = attrs[SPAN_ATTRIBUTION_ATTR]
    assert len(owners) == len(group)
    assert {span.label_ for span in group} == {"SOURCE", "CUE", "CONTENT"}
    for span, k in zip(group, owners, strict=True):
        # each span covers (is aligned outward from) one of its attribution's exact offsets
        role = getattr(atts[k], span.label_.lower())
        assert any(span.start_char <= start and end <= span.end_char for start, end in role)


def test_a_record_carries_every_field_exactly() -> None:
    att = Attribution(
        source=((0, 4),), cue=((5, 9),), content=((10, 20), (30, 41)), cue_lemma="say",
        kind="verb", stance="denies", source_token=0, cue_token=1, via_token=7,
        via_text="state media", confidence=0.7315, quoted=((10, 20),),
        chain=(((50, 60), 12), ((61, 70), None)), claim_kind="statement",
    )
    record = attribution_record(att)
    assert set(record) == {f.name for f in fields(Attribution)}
    assert attribution_from_record(json.loads(json.dumps(record))) == att
