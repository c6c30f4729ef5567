"""bench/ecb_xdoc.py: text rebuilt from ECB+ tokens, and the pair and B-cubed arithmetic.

The XML below is hand-made in the ECB+ (CAT) format; no corpus text is used.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "ecb_xdoc.py"


def _load() -> ModuleType:
    name = "ecb_xdoc_under_test"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


ecb = _load()


def _xml(sentences: list[list[str]], markables: str = "", relations: str = "") -> str:
    """A CAT document: sentences of tokens (t_id from 1), then markables and relations."""
    tokens = []
    t_id = 0
    for s, words in enumerate(sentences):
        for n, word in enumerate(words):
            t_id += 1
            tokens.append(f'<token t_id="{t_id}" sentence="{s}" number="{n}">{word}</token>')
    return (
        '<Document doc_name="x.xml" doc_id="DOC1">\n' + "\n".join(tokens)
        + f"\n<Markables>\n{markables}\n</Markables>\n<Relations>\n{relations}\n</Relations>\n</Document>"
    )


def _reporting(m_id: int, *t_ids: int) -> str:
    anchors = "".join(f'<token_anchor t_id="{t}"/>' for t in t_ids)
    return f'<ACTION_REPORTING m_id="{m_id}">{anchors}</ACTION_REPORTING>'


def _cross(note: str, *m_ids: int, target: int = 99) -> str:
    sources = "".join(f'<source m_id="{m}"/>' for m in m_ids)
    return f'<CROSS_DOC_COREF r_id="1" note="{note}">{sources}<target m_id="{target}"/></CROSS_DOC_COREF>'


# ------------------------------------------------------------------ text rebuilding
def test_join_tokens_spacing_and_offsets() -> None:
    text, spans = ecb.join_tokens(
        ["He", "said", ":", '"', "We", "are", "n't", "done", ",", '"', "AMD", "’", "s", "chief",
         "(", "CEO", ")", "told", "``", "U", ".", "S", ".", "''", "energy", "-", "efficient",
         "$", "1", ",", "199", "at", "4", ":", "59", "."]
    )
    assert text == ('He said: "We aren\'t done," AMD’s chief (CEO) told “U.S.” '
                    "energy-efficient $1,199 at 4:59.")
    tokens_shown = ["He", "said", ":", '"', "We", "are", "n't", "done", ",", '"', "AMD", "’", "s",
                    "chief", "(", "CEO", ")", "told", "“", "U", ".", "S", ".", "”", "energy", "-",
                    "efficient", "$", "1", ",", "199", "at", "4", ":", "59", "."]
    assert [text[s:e] for s, e in spans] == tokens_shown
    assert spans[:4] == [(0, 2), (3, 7), (7, 8), (9, 10)]


def test_parse_document_rebuilds_url_line_sentences_and_mentions() -> None:
    xml = _xml(
        [["http", ":", "/", "/", "www", ".", "bbc", ".", "co", ".", "uk", "/", "news"],
         ["Police", "said", '"', "it", "rained", '"', "."],
         ["AMD", "announced", "a", "deal", "."]],
        markables=_reporting(1, 15) + _reporting(2, 22)
        + '<ACTION_OCCURRENCE m_id="3"><token_anchor t_id="18"/></ACTION_OCCURRENCE>'
        + '<ACTION_REPORTING m_id="4" TAG_DESCRIPTOR="t_said" instance_id="ACT1"/>',
        relations=_cross("ACT1", 1, target=4),
    )
    doc = ecb.parse_document(xml, "9_1ecbplus")
    assert doc.url == "http://www.bbc.co.uk/news"
    assert doc.text == 'http://www.bbc.co.uk/news\nPolice said "it rained".\nAMD announced a deal.\n'
    # every token's recorded span holds the token
    assert doc.token_spans[14] == (26, 32) and doc.text[26:32] == "Police"
    assert doc.token_spans[16] == (38, 39) and doc.text[38] == '"'
    assert doc.token_spans[1] == (0, 4)
    assert doc.token_sentence[22] == 2
    # reporting mentions only (the descriptor without anchors and the occurrence are not)
    assert [(m.key, [doc.text[s:e] for s, e in m.spans], m.labels) for m in doc.mentions] == [
        ("9_1ecbplus#1", ["said"], ("x:ACT1",)),
        ("9_1ecbplus#2", ["announced"], ()),
    ]
    assert doc.sentence_at(27) == 1


def test_acts_mode_reads_the_action_mentions_instead(monkeypatch: pytest.MonkeyPatch) -> None:
    # `--acts`: the other actions' chains, not the reporting ones
    monkeypatch.setattr(ecb, "MENTION_TAGS", ecb.ACT_TAGS)
    xml = _xml([["Police", "said", "AMD", "bought", "SeaMicro", "."]],
               markables=_reporting(1, 2)
               + '<ACTION_OCCURRENCE m_id="2"><token_anchor t_id="4"/></ACTION_OCCURRENCE>',
               relations=_cross("ACT7", 2, target=9))
    doc = ecb.parse_document(xml, "5_2ecb")
    assert [(m.m_id, [doc.text[s:e] for s, e in m.spans], m.labels) for m in doc.mentions] == [
        ("2", ["bought"], ("x:ACT7",))]


def test_ecb_document_sentence_zero_is_text_not_url() -> None:
    doc = ecb.parse_document(_xml([["Rain", "fell", "."], ["Police", "said", "so", "."]]), "9_1ecb")
    assert doc.url is None
    assert doc.text == "Rain fell.\nPolice said so.\n"


def test_gold_chains_join_cross_and_intra_labels() -> None:
    m = ecb.Mention
    mentions = [
        m("d1#1", "d1", "1", ((0, 4),), 0, ("x:A",)),
        m("d1#2", "d1", "2", ((9, 13),), 1, ("i:d1:7",)),
        m("d1#3", "d1", "3", ((20, 24),), 2, ("i:d1:7", "x:B")),
        m("d2#1", "d2", "1", ((0, 4),), 0, ("x:B",)),
        m("d2#2", "d2", "2", ((5, 9),), 0, ()),
    ]
    chain = ecb.gold_chains(mentions)
    assert chain["d1#2"] == chain["d1#3"] == chain["d2#1"]  # intra group joined to x:B
    assert chain["d1#1"] == "x:A"
    assert chain["d2#2"] == "d2#2"  # no label: a singleton


# ------------------------------------------------------------------ scoring by hand
def _docs() -> list:
    # d1: m1 "said" (chain X), m2 "said" (chain X, no claim will cover it)
    d1 = ecb.parse_document(_xml(
        [["Police", "said", "it", "rained", "."], ["Police", "also", "said", "it", "snowed", "."]],
        markables=_reporting(1, 2) + _reporting(2, 8), relations=_cross("X", 1, 2)), "1_1ecb")
    # d2: m3 "said" (X), m4 "said" (Y)
    d2 = ecb.parse_document(_xml(
        [["Officers", "said", "it", "rained", "."], ["The", "mayor", "said", "roads", "closed", "."]],
        markables=_reporting(3, 2) + _reporting(4, 8),
        relations=_cross("X", 3) + _cross("Y", 4)), "1_2ecb")
    # d3: m5 "said" (X), m6 "stated" (Y)
    d3 = ecb.parse_document(_xml(
        [["Police", "said", "rain", "fell", "."], ["The", "mayor", "stated", "roads", "shut", "."]],
        markables=_reporting(5, 2) + _reporting(6, 8),
        relations=_cross("X", 5) + _cross("Y", 6)), "1_3ecb")
    return [d1, d2, d3]


def _claim(doc, cid: str, t_id: int, cluster: str, *, chars: int | None = None):
    s, e = doc.token_spans[t_id]
    if chars is not None:
        e = s + chars
    return ecb.ClaimInfo(id=cid, doc=doc.name, cue=((s, e),), cluster=cluster, spans=((s, e),))


def test_score_unit_pairs_bcubed_and_counts_by_hand() -> None:
    d1, d2, d3 = _docs()
    claims = [
        _claim(d1, "c1", 2, "K1"),  # -> m1
        _claim(d1, "c1b", 2, "K5", chars=2),  # also m1, smaller overlap: shadowed
        _claim(d2, "c3", 2, "K1"),  # -> m3
        _claim(d2, "c4", 8, "K2"),  # -> m4
        _claim(d3, "c5", 2, "K2"),  # -> m5
        _claim(d3, "c6", 8, "K3"),  # -> m6
        _claim(d1, "c7", 4, "K4"),  # "rained": no mention
        _claim(d2, "c8", 4, "K4"),  # "rained": no mention; K4 spans two articles
    ]
    r = ecb.score_unit([d1, d2, d3], claims)
    assert (r.claims, r.aligned_claims, r.shadowed_claims, r.unaligned_claims) == (8, 6, 1, 2)
    assert (r.gold_mentions, r.aligned_mentions) == (6, 5)
    # aligned: d1 {m1}, d2 {m3, m4}, d3 {m5, m6}; gold X = {m1, m3, m5}, Y = {m4, m6};
    # predicted K1 = {m1, m3}, K2 = {m4, m5}, K3 = {m6}. Eight cross-document pairs:
    # gold-same m1-m3 m1-m5 m3-m5 m4-m6 (4), predicted-same m1-m3 m4-m5 (2), both m1-m3 (1)
    assert (r.pairs.both, r.pairs.pred, r.pairs.gold) == (1, 2, 4)
    assert r.pairs.precision == pytest.approx(0.5)
    assert r.pairs.recall == pytest.approx(0.25)
    assert r.pairs.f1 == pytest.approx(1 / 3)
    # B-cubed per mention (P, R): m1 (1, 2/3), m3 (1, 2/3), m5 (1/2, 1/3), m4 (1/2, 1/2),
    # m6 (1, 1/2) -> P 4/5, R 8/15, F1 0.64
    assert r.b3.n == 5
    assert r.b3.precision == pytest.approx(0.8)
    assert r.b3.recall == pytest.approx(8 / 15)
    assert r.b3.f1 == pytest.approx(0.64)
    # all gold cross-document pairs, m2 (unaligned, in X) included: X = {m1, m2 | m3 | m5}
    # gives m1-m3 m1-m5 m2-m3 m2-m5 m3-m5, Y gives m4-m6: 6, of which 4 have both aligned
    assert r.gold_pairs_all == 6
    assert r.ceiling == pytest.approx(2 / 3)
    assert r.recall_all == pytest.approx(1 / 6)
    assert (r.gold_chains_multi_doc, r.gold_chains_reachable) == (2, 2)
    # multi-article clusters: K1, K2, K4; K4 holds no aligned claim
    assert (r.clusters_multi, r.clusters_multi_unaligned) == (3, 1)
    # pooling adds the counts
    both = r + r
    assert (both.pairs.both, both.pairs.gold, both.b3.n) == (2, 8, 10)
    assert both.b3.precision == pytest.approx(0.8)


def test_align_prefers_largest_overlap_then_earliest() -> None:
    m = ecb.Mention
    mentions = [m("d#1", "d", "1", ((10, 14),), 0, ()), m("d#2", "d", "2", ((15, 20),), 0, ())]
    claims = [
        ecb.ClaimInfo(id="a", doc="d", cue=((12, 18),), cluster="k"),  # 2 chars of #1, 3 of #2
        ecb.ClaimInfo(id="b", doc="d", cue=((10, 14),), cluster="k"),  # all of #1
        ecb.ClaimInfo(id="c", doc="e", cue=((10, 14),), cluster="k"),  # another document
    ]
    claim_to, rep = ecb.align(claims, mentions)
    assert claim_to == {"a": "d#2", "b": "d#1"}
    assert rep == {"d#1": "b", "d#2": "a"}


def test_bcubed_treats_missing_predictions_as_singletons() -> None:
    gold = {"a": "X", "b": "X"}
    out = ecb.bcubed({"a": "K"}, gold)
    assert out.precision == pytest.approx(1.0)
    assert out.recall == pytest.approx(0.5)
    assert ecb.cross_doc_pairs({}, gold, {"a": "d1", "b": "d2"}).gold == 1


def test_parse_topics() -> None:
    assert ecb.parse_topics("36-38,43") == [36, 37, 38, 43]
    assert ecb.parse_topics("43") == [43]
