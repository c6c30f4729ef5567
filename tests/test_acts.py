"""Acts on the record reported as fact (`corroborate.acts`): "The Commission fined X" is a
claim of kind "act" of the Commission; it clusters with retellings of the act, counts its actor
once, and never joins two clusters of statements."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.acts import act_lemma, find_acts
from corroborate.claims import extract_claims
from corroborate.match.linkage import Clusters
from corroborate.report import count_origins
from corroborate.schema import Article, Claim, SpanText

# "The Commission fined Staylane 12 million euros ." as en_core_web_sm parses it, with its
# lemmatiser's miss ("fined" -> "fin")
_WORDS = ["The", "Commission", "fined", "Staylane", "12", "million", "euros", "."]
_HEADS = [1, 2, 2, 6, 5, 6, 2, 2]
_DEPS = ["det", "nsubj", "ROOT", "nmod", "compound", "nummod", "dobj", "punct"]
_POS = ["DET", "PROPN", "VERB", "PROPN", "NUM", "NUM", "NOUN", "PUNCT"]
_TAGS = ["DT", "NNP", "VBD", "NNP", "CD", "CD", "NNS", "."]
_ENTS = ["B-ORG", "I-ORG", "O", "B-ORG", "B-MONEY", "I-MONEY", "I-MONEY", "O"]


def _fined(make_doc: Callable[..., Doc], **change: list[str]) -> Doc:
    parts = {"words": _WORDS, "heads": _HEADS, "deps": _DEPS, "pos": _POS, "tags": _TAGS,
             "ents": _ENTS, "lemmas": ["the", "Commission", "fin", "Staylane", "12", "million",
                                       "euro", "."]}
    parts.update(change)
    return make_doc(**parts)


def _texts(doc: Doc) -> list[tuple[str, str, str]]:
    text = doc.text
    return [(text[a.source[0][0]:a.source[0][1]], text[a.cue[0][0]:a.cue[0][1]],
             text[a.content[0][0]:a.content[0][1]]) for a in find_acts(doc, [])]


def test_an_act_on_a_hand_built_doc(make_doc: Callable[..., Doc]) -> None:
    doc = _fined(make_doc)
    assert act_lemma(doc[2]) == "fine"  # the lemmatiser's "fin" is read as the act it is
    assert _texts(doc) == [("The Commission", "fined", "fined Staylane 12 million euros")]
    (act,) = find_acts(doc, [])
    assert act.claim_kind == "act" and act.rule == "act.verb"


def test_words_an_attribution_reads_are_no_act(make_doc: Callable[..., Doc]) -> None:
    doc = _fined(make_doc)
    assert find_acts(doc, [(doc[3].idx, doc[6].idx + 5)]) == []


@pytest.mark.parametrize("change", [
    # "The drought fined ...": a thing is no actor
    {"words": ["The", "drought", *_WORDS[2:]], "pos": ["DET", "NOUN", *_POS[2:]],
     "tags": ["DT", "NN", *_TAGS[2:]], "ents": ["O", "O", *_ENTS[2:]],
     "lemmas": ["the", "drought", "fin", "Staylane", "12", "million", "euro", "."]},
    # "The Commission fined a statement ...": a channel, not a deed
    {"words": [*_WORDS[:6], "statement", "."]},
])
def test_no_actor_or_a_channel_is_no_act(make_doc: Callable[..., Doc],
                                         change: dict[str, list[str]]) -> None:
    change = dict(change)
    if change.get("words", _WORDS)[6] == "statement":
        change["lemmas"] = ["the", "Commission", "fin", "Staylane", "12", "million", "statement", "."]
    assert _texts(_fined(make_doc, **change)) == []


def test_a_negated_or_conditional_act_is_none(make_doc: Callable[..., Doc]) -> None:
    words = ["If", "the", "Commission", "fines", "Staylane", "12", "million", "euros", ","]
    heads = [3, 2, 3, 3, 7, 6, 7, 3, 3]
    deps = ["mark", "det", "nsubj", "ROOT", "nmod", "compound", "nummod", "dobj", "punct"]
    pos = ["SCONJ", "DET", "PROPN", "VERB", "PROPN", "NUM", "NUM", "NOUN", "PUNCT"]
    tags = ["IN", "DT", "NNP", "VBZ", "NNP", "CD", "CD", "NNS", ","]
    assert _texts(make_doc(words, heads, deps, pos=pos, tags=tags)) == []
    words = ["The", "Commission", "did", "not", "fine", "Staylane", "."]
    heads = [1, 4, 4, 4, 4, 4, 4]
    deps = ["det", "nsubj", "aux", "neg", "ROOT", "dobj", "punct"]
    pos = ["DET", "PROPN", "AUX", "PART", "VERB", "PROPN", "PUNCT"]
    tags = ["DT", "NNP", "VBD", "RB", "VB", "NNP", "."]
    assert _texts(make_doc(words, heads, deps, pos=pos, tags=tags)) == []


def _claims(nlp: Language, text: str) -> list[Claim]:
    article = Article(doc_id="d1", path="d1.txt", text=text, outlet="The Courier")
    return extract_claims(nlp(text), article)


def test_acts_in_parsed_sentences(nlp: Language) -> None:
    claims = _claims(nlp, "Kenya's government on Thursday cut the price of diesel by 10 shillings "
                          "a liter, partially reversing a steep fuel price increase.")
    acts = [c for c in claims if c.kind == "act"]
    assert len(acts) == 1 and "government" in (acts[0].speaker or "")
    assert acts[0].content.text.startswith("on Thursday cut the price of diesel by 10 shillings")
    assert "reversing" not in acts[0].content.text  # a clause of circumstance is not the act
    # a second act of the same subject, and a participle of it, are acts of that subject
    claims = _claims(nlp, "Authorities set up a protection zone around the farms, banning the "
                          "movement of birds inside it.")
    assert sorted(c.cue.text for c in claims if c.kind == "act") == ["banning", "set"]


@pytest.mark.parametrize("text", [
    "The company said it had cut prices by 10 percent.",  # an attribution reads it
    "Prices were cut by 10 percent on Thursday.",  # no actor
    "The government will cut the price of diesel next week.",  # not done: a forecast
    "The storm cut power to 40,000 homes.",  # a thing is no actor
    "Any company that sells here should pay some form of tax.",  # a modal: not done
    "Donors have stayed away since the committee suspended the campaign in May.",  # a clause
    "The senator is raising questions about the contract.",  # a way of saying something
])
def test_no_act_in_parsed_sentences(nlp: Language, text: str) -> None:
    assert [c for c in _claims(nlp, text) if c.kind == "act"] == []


def _claim(cid: str, doc: str, kind: str, speaker: str) -> Claim:
    return Claim(id=cid, doc_id=doc, source=SpanText(text=speaker, spans=[(0, 3)]),
                 cue=SpanText(text="fined", spans=[(4, 9)]),
                 content=SpanText(text="fined Staylane", spans=[(4, 20)]), speaker=speaker,
                 quote_type="indirect", confidence=0.5, kind=kind)  # type: ignore[arg-type]


def test_acts_alone_count_their_actor_once() -> None:
    from corroborate.independence import OriginOf

    acts = [_claim(f"c{n}", f"d{n}", "act", "European Commission") for n in range(3)]
    origins = {c.id: OriginOf("act of European Commission", ("reports an act",)) for c in acts}
    found = count_origins(acts, origins, {f"d{n}": f"Outlet {n}" for n in range(3)})
    assert [o.name for o in found] == ["act of European Commission"]
    # beside a statement the statement counts, the acts do not
    said = _claim("s", "d9", "statement", "European Commission")
    found = count_origins([*acts, said], origins, {"d9": "The Courier"})
    assert [o.claim_ids for o in found] == [["s"]]


def test_an_act_never_joins_two_clusters_of_statements() -> None:
    # claims 0 and 1 are statements in two clusters; act 2 matches both
    accepted = {0: {2}, 1: {2}, 2: {0, 1}}
    groups = Clusters(3, {}, accepted, lambda i, j: True, 0.0, ["a", "b", "c"])
    groups.kept_apart = [True, True, False]
    assert groups.union(0, 2)
    assert not groups.union(1, 2)
    assert groups.find(1) != groups.find(0)


def test_retellings_of_an_act_are_one_cluster_with_one_origin(tmp_path: Path) -> None:
    from corroborate.api import corroborate

    texts = {
        "a.txt": "Brussels fines travel platform\n\nThe European Commission on Wednesday fined "
                 "Dutch travel platform Staylane 1.12 billion euros for abusing its dominant "
                 "position in hotel bookings.\n",
        "b.txt": "Staylane fined\n\nThe European Commission fined the Amsterdam travel platform "
                 "Staylane 1.12 billion euros on Wednesday for abusing its dominant position.\n",
        "c.txt": "Record fine\n\nThe European Commission fined Staylane 1.5 billion euros on "
                 "Wednesday for abusing its dominant position in hotel bookings.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = corroborate([tmp_path], cache=False)
    acts = {c.doc_id: c for c in report.claims if c.kind == "act"}
    assert len(acts) == 3
    path_of = {d.doc_id: d.path for d in report.documents}
    by_path = {path_of[d]: c for d, c in acts.items()}
    cluster_of = {i: k for k in report.clusters for i in k.claim_ids}
    same = cluster_of[by_path["a.txt"].id]
    assert by_path["b.txt"].id in same.claim_ids
    assert by_path["c.txt"].id not in same.claim_ids  # another figure is another claim
    assert same.independent_sources == 1 and same.kinds == ["act"]
