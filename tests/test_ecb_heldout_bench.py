"""bench/ecb_heldout.py: locating annotated contents, alignment, and the scores.

Every input below is hand-made; no corpus text and no annotation file is read.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "ecb_heldout.py"


def _load() -> ModuleType:
    name = "ecb_heldout_under_test"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


hb = _load()


def _gold(key: str, doc: str, sentence: int, cluster: str, content: str = "x",
          continues: bool = False) -> object:
    return hb.Gold(key=key, topic=1, doc=doc, sentence=sentence, content=content,
                   cluster=cluster, continues=continues)


def _pred(id_: str, doc: str, cluster: str, *content: tuple[int, int]) -> object:
    return hb.Pred(id=id_, doc=doc, content=tuple(content), cluster=cluster)


def _doc(name: str, sentences: dict[int, tuple[int, int]]) -> object:
    """An EcbDoc with one token per sentence spanning the given characters."""
    return hb.ecb.EcbDoc(
        name=name, text=" " * 60, url=None,
        token_spans={n: span for n, span in sentences.items()},
        token_sentence={n: n for n in sentences}, mentions=(),
    )


# ------------------------------------------------------------------ locating
def test_find_span_ignores_whitespace_and_reads_quotes_alike() -> None:
    text = "He said: “We aren’t done,” AMD’s chief"
    span = hb.find_span(text, "`` We are n't done , ''")
    assert span is not None and text[span[0] : span[1]] == "“We aren’t done,”"
    span = hb.find_span(text, "AMD 's chief")
    assert span is not None and text[span[0] : span[1]] == "AMD’s chief"


def test_find_span_falls_back_to_case_and_gives_none_when_absent() -> None:
    text = "the Plan will work"
    assert hb.find_span(text, "plan WILL") == (4, 13)
    assert hb.find_span(text, "the plan failed") is None
    assert hb.find_span(text, "  ") is None


def test_find_span_takes_the_first_occurrence() -> None:
    assert hb.find_span("no , no", "no") == (0, 2)


def test_locate_finds_content_in_the_rebuilt_sentence() -> None:
    tokens = [["http", ":", "/", "/", "x", ".", "com"],
              ["It", "was", "hard", "."],
              ["``", "It", "'s", "over", ",", "''", "he", "said", "."]]
    xml = "<Document>" + "".join(
        f'<token t_id="{10 * s + n}" sentence="{s}" number="{n}">{w}</token>'
        for s, words in enumerate(tokens) for n, w in enumerate(words)
    ) + "<Markables/><Relations/></Document>"
    doc = hb.ecb.parse_document(xml, "9_1ecbplus")
    golds = [_gold("a", "9_1ecbplus", 2, "c1", "It 's over"),
             _gold("b", "9_1ecbplus", 1, "c2", "It 's over"),  # not in that sentence
             _gold("c", "9_2ecbplus", 2, "c3", "It 's over")]  # no such document
    located = hb.locate([doc], golds)
    assert set(located) == {"a"}
    s, e = located["a"]
    assert doc.text[s:e] == "It's over"
    assert doc.text.splitlines()[2] == "“It's over,” he said."


# ------------------------------------------------------------------ alignment
def test_align_takes_largest_overlap_then_earliest_content() -> None:
    golds = [_gold("g", "d1", 1, "c")]
    preds = [_pred("a", "d1", "k", (0, 12)),  # overlap 2
             _pred("b", "d1", "k", (15, 30)),  # overlap 5
             _pred("c", "d1", "k", (12, 17)),  # overlap 5, earlier: wins
             _pred("z", "d2", "k", (10, 20))]  # another document
    links = hb.align(golds, {"g": (10, 20)}, preds)
    assert links["g"].pred == "c"
    assert links["g"].overlap == 5
    assert links["g"].jaccard == pytest.approx(0.5)


def test_align_multi_span_content_and_unaligned() -> None:
    golds = [_gold("g", "d1", 1, "c"), _gold("h", "d1", 2, "c"), _gold("i", "d1", 3, "c")]
    preds = [_pred("p", "d1", "k", (0, 5), (8, 12))]
    links = hb.align(golds, {"g": (3, 10), "h": (20, 30)}, preds)
    assert set(links) == {"g"}  # h overlaps nothing, i was never located
    assert links["g"].overlap == 4
    assert links["g"].jaccard == pytest.approx(4 / 12)


# ------------------------------------------------------------------ scoring
def _scene() -> tuple[list[object], dict[str, tuple[int, int]], list[object], list[object]]:
    golds = [
        _gold("g1", "d1", 1, "X", "the plan will work"),
        _gold("g2", "d2", 1, "X", "The plan will work."),
        _gold("g3", "d3", 1, "X", "officials think it works"),
        _gold("g4", "d1", 2, "Y"),
        _gold("g5", "d2", 2, "Z"),
        _gold("g6", "d3", 2, "Y", continues=True),
        _gold("g7", "d3", 3, "W"),
    ]
    located = {"g1": (0, 10), "g2": (0, 10), "g3": (0, 10), "g4": (20, 30), "g5": (20, 30),
               "g6": (20, 30), "g7": (40, 50)}
    preds = [
        _pred("p1", "d1", "K1", (0, 10)),
        _pred("p2", "d2", "K1", (2, 10)),
        _pred("p3", "d3", "K2", (0, 10)),
        _pred("p4", "d1", "K3", (20, 30)),
        _pred("p5", "d2", "K3", (20, 30)),  # Y and Z merged: wrong
        _pred("p6", "d3", "K3", (20, 30)),
    ]
    negatives = [
        hb.Negative(topic=1, a=("d1", 2, "Y"), b=("d2", 2, "Z")),  # merged
        hb.Negative(topic=1, a=("d1", 1, "X"), b=("d3", 3, "W")),  # W never aligned
    ]
    return golds, located, preds, negatives


def test_score_without_continuations_by_hand() -> None:
    golds, located, preds, negatives = _scene()
    r = hb.score(golds, located, preds, negatives)
    assert (r.annotated, r.located, r.aligned, r.pred_claims) == (6, 6, 5, 6)
    assert r.aligned_close == 5  # p2 covers 8 of 10 characters: Jaccard 0.8
    # cross-doc pairs: g1-g2 both; g1-g3, g2-g3 gold only; g4-g5 predicted only
    assert (r.pairs.gold, r.pairs.pred, r.pairs.both) == (3, 2, 1)
    assert r.pairs.precision == pytest.approx(0.5)
    assert r.pairs.recall == pytest.approx(1 / 3)
    assert r.gold_pairs_all == 3
    assert (r.copy_gold, r.copy_both) == (1, 1)  # g1-g2 is a copy, g3 a rewording
    # B3: predicted {g1,g2} {g3} {g4,g5}; gold {g1,g2,g3} {g4} {g5}
    assert r.b3.n == 5
    assert r.b3.precision == pytest.approx((1 + 1 + 1 + 0.5 + 0.5) / 5)
    assert r.b3.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    # only X spans articles once the continuation g6 is left out: found, not whole
    assert (r.clusters_multi, r.clusters_reachable, r.clusters_found, r.clusters_whole) == (
        1, 1, 1, 0)
    assert (r.negatives, r.negatives_aligned, r.negatives_merged) == (2, 1, 1)


def test_score_with_continuations_adds_their_pairs_and_clusters() -> None:
    golds, located, preds, negatives = _scene()
    r = hb.score(golds, located, preds, negatives, continues=True)
    assert (r.annotated, r.aligned) == (7, 6)
    # g6 adds g4-g6 (both) and g5-g6 (predicted only)
    assert (r.pairs.gold, r.pairs.pred, r.pairs.both) == (4, 4, 2)
    # Y (g4 in d1, g6 in d3) is now multi-article, found and whole
    assert (r.clusters_multi, r.clusters_found, r.clusters_whole) == (2, 2, 1)
    assert r.negatives_merged == 1


def test_results_add_up() -> None:
    golds, located, preds, negatives = _scene()
    r = hb.score(golds, located, preds, negatives)
    total = r + r
    assert total.pairs.both == 2 and total.b3.n == 10 and total.clusters_found == 2
    assert total.b3.precision == pytest.approx(r.b3.precision)
    assert total.figures()["pairs"]["precision"] == pytest.approx(0.5)


def test_unaligned_reasons_and_shared_predictions() -> None:
    docs = [_doc("d1", {1: (0, 10), 2: (20, 30), 3: (40, 50), 4: (52, 58)})]
    golds = [_gold("a", "d1", 1, "A"), _gold("b", "d1", 1, "B"),  # one claim stands for both
             _gold("c", "d1", 2, "C"),  # predicted content elsewhere in its sentence
             _gold("d", "d1", 3, "D"),  # no predicted content in its sentence
             _gold("e", "d1", 4, "E")]  # outside the body
    located = {"a": (0, 4), "b": (5, 10), "c": (20, 24), "d": (40, 50), "e": (52, 58)}
    preds = [_pred("p", "d1", "K", (0, 10)), _pred("q", "d1", "K", (26, 30))]
    r = hb.score(golds, located, preds, docs=docs, bodies={"d1": (0, 51)})
    assert (r.aligned, r.shared) == (2, 2)
    assert (r.unaligned_out_of_body, r.unaligned_no_claim_in_sentence,
            r.unaligned_other_part) == (1, 1, 1)
    assert r.pairs.gold == r.pairs.pred == 0  # one document: no cross-document pairs


def test_negatives_name_claims_by_document_sentence_and_cluster() -> None:
    golds = [_gold("k2", "d1", 4, "A"), _gold("k1", "d1", 4, "B"), _gold("k3", "d2", 7, "A")]
    neg = hb.Negative(topic=1, a=("d1", 4, "B"), b=("d2", 7, "A"))
    assert hb.resolve_negative(neg, golds) == ("k1", "k3")
    missing = hb.Negative(topic=1, a=("d1", 4, "C"), b=("d2", 7, "A"))
    assert hb.resolve_negative(missing, golds) is None


def test_is_copy_ignores_case_punctuation_and_takes_containment() -> None:
    assert hb.is_copy("The plan will work.", "the plan will work")
    assert hb.is_copy("the plan will work", "officials said the plan will work today")
    assert not hb.is_copy("the plan will work", "the plan would work")
    assert not hb.is_copy("plan", "planned")  # whole words only
    assert not hb.is_copy("", "anything")


def test_loaders_read_the_annotation_format(tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text("\n".join(json.dumps(r) for r in [
        {"topic": 9, "doc": "9_1ecb.xml", "sentence": 3, "source": "s", "speaker": "S",
         "cue": "said", "content": "a b", "cluster": "t9-c01"},
        {"topic": 9, "doc": "9_1ecb.xml", "sentence": 4, "source": "s", "speaker": "S",
         "cue": "said", "content": "c", "cluster": "t9-c02", "continues": "9_1ecb.xml:3"},
    ]) + "\n\n", encoding="utf-8")
    golds = hb.load_claims(claims)
    assert [(g.doc, g.sentence, g.cluster, g.continues) for g in golds] == [
        ("9_1ecb", 3, "t9-c01", False), ("9_1ecb", 4, "t9-c02", True)]
    assert len({g.key for g in golds}) == 2
    negatives = tmp_path / "neg.jsonl"
    negatives.write_text(json.dumps({"topic": 9, "a": "9_1ecb.xml:3", "b": "9_2ecb.xml:5",
                                     "a_cluster": "t9-c01", "b_cluster": "t9-c07",
                                     "why": "w"}) + "\n", encoding="utf-8")
    (neg,) = hb.load_negatives(negatives)
    assert neg.a == ("9_1ecb", 3, "t9-c01") and neg.b == ("9_2ecb", 5, "t9-c07")
