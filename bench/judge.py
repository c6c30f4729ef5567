"""The pair judge on data it was not trained on, against the static-embedding baseline.

    PYTHONPATH=src .venv/bin/python bench/judge.py            # everything (about 10 minutes)
    PYTHONPATH=src .venv/bin/python bench/judge.py --quick    # 500 pairs a set

Prints, in one run:
- MultiNLI gold samples (2 x 1,000; never trained on): three-class accuracy (entailment =
  same, contradiction = conflict, neutral = different); the baseline calls a pair "same" when
  the embedding cosine reaches MatchConfig.similarity and "different" otherwise.
- PAWS-Wiki test (8,000; never trained on): paraphrase or not, judge P(same) >= judge_same
  against cosine >= similarity.
- Calibration: expected calibration error of P(same) and of the top class on the held-out
  test split of the training pool (2,000 pairs that neither training nor the temperature fit
  saw), with a ten-bin reliability table.
- The contrast set (tests/data/contrast_pairs.jsonl) through `match.judge_pair`, all pairs and
  the new ECB+ pairs alone (bench/contrast.py prints the same per kind).
- Throughput: pairs per second at 1 and 2 threads (each pair is scored in both orders).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "scripts"))
sys.path.insert(0, str(REPO_ROOT / "bench"))

import judge_data  # noqa: E402

from corroborate.embed import load_embedder  # noqa: E402
from corroborate.judge import PairJudge, model_dir  # noqa: E402
from corroborate.match import DEFAULT_CONFIG  # noqa: E402


def probs(judge: PairJudge, pairs: list[judge_data.Pair]) -> np.ndarray:
    verdicts = judge.score([(p.a, p.b) for p in pairs])
    return np.array([[v.same, v.conflict, v.different] for v in verdicts])


def cosines(pairs: list[judge_data.Pair]) -> np.ndarray:
    encode = load_embedder().encode
    a = encode([p.a for p in pairs])
    b = encode([p.b for p in pairs])
    return (a * b).sum(axis=1)


def ece(
    confidence: np.ndarray, correct: np.ndarray, bins: int = 10
) -> tuple[float, list[tuple[str, int, float, float]]]:
    """Expected calibration error and the reliability table (bin, count, mean conf, accuracy)."""
    table = []
    total = 0.0
    for k in range(bins):
        lo, hi = k / bins, (k + 1) / bins
        sel = (confidence >= lo) & ((confidence < hi) if k < bins - 1 else (confidence <= hi))
        if sel.sum() == 0:
            table.append((f"{lo:.1f}-{hi:.1f}", 0, float("nan"), float("nan")))
            continue
        conf, acc = float(confidence[sel].mean()), float(correct[sel].mean())
        total += sel.sum() / len(confidence) * abs(conf - acc)
        table.append((f"{lo:.1f}-{hi:.1f}", int(sel.sum()), conf, acc))
    return total, table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="500 pairs per set")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--model", type=Path, default=None,
                        help="a judge's folder (default the shipped judge; models/retell for the "
                             "retelling judge)")
    args = parser.parse_args(argv)
    judge = PairJudge(args.model or model_dir())
    threshold = DEFAULT_CONFIG.judge_same
    print(f"judge: {judge.path} (temperature {judge.temperature}); P(same) threshold {threshold}")
    rng = random.Random(0)

    def sample(pairs: list[judge_data.Pair]) -> list[judge_data.Pair]:
        return rng.sample(pairs, 500) if args.quick and len(pairs) > 500 else pairs

    # --- MultiNLI gold
    mnli = sample(judge_data.mnli_gold())
    p = probs(judge, mnli)
    gold = np.array([x.label for x in mnli])
    cos = cosines(mnli)
    base = np.where(cos >= DEFAULT_CONFIG.similarity, judge_data.SAME, judge_data.DIFFERENT)
    print(f"\nMultiNLI gold samples ({len(mnli)} pairs, three classes; target >= 0.75)")
    print(f"  judge accuracy     {float((p.argmax(1) == gold).mean()):.3f}")
    print(f"  baseline accuracy  {float((base == gold).mean()):.3f}  "
          f"(cosine >= {DEFAULT_CONFIG.similarity}: same, else different)")
    for k, name in enumerate(judge_data.LABELS):
        sel = gold == k
        recall = float((p.argmax(1)[sel] == k).mean())
        print(f"    {name:<10} n={int(sel.sum()):>4}  judge recall {recall:.3f}")
    from corroborate.match import judge_pair

    outcomes = np.array([judge_data.LABELS.index(judge_pair(x.a, x.b).label) for x in mnli])
    print(f"  judge_pair label accuracy {float((outcomes == gold).mean()):.3f}  (the matcher's "
          "decision in three: judge, static similarity and contrast rules, tuned for news "
          "retellings)")

    # --- PAWS test
    paws = sample(judge_data.paws_test())
    p = probs(judge, paws)
    gold_same = np.array([x.label == judge_data.SAME for x in paws])
    cos = cosines(paws)
    print(f"\nPAWS-Wiki test ({len(paws)} pairs, paraphrase or not; target >= 0.80)")
    print(f"  judge accuracy     {float(((p[:, 0] >= threshold) == gold_same).mean()):.3f}")
    best_t = max(np.arange(0.3, 1.0, 0.01), key=lambda t: ((cos >= t) == gold_same).mean())
    print(f"  baseline accuracy  {float(((cos >= DEFAULT_CONFIG.similarity) == gold_same).mean()):.3f}  "
          f"(cosine >= {DEFAULT_CONFIG.similarity}; best threshold on test itself {best_t:.2f}: "
          f"{float(((cos >= best_t) == gold_same).mean()):.3f})")
    # the whole decision the matcher takes (judge, static similarity, contrast rules), and
    # the role-exchange rule alone (contrast.roles: PAWS's non-paraphrases are mostly two
    # words exchanged, which the judge does not see)
    from corroborate.contrast.roles import role_exchange

    decided = np.array([judge_pair(x.a, x.b).same for x in paws])
    exchange = np.array([role_exchange(x.a, x.b) is not None for x in paws])
    print(f"  judge_pair accuracy {float((decided == gold_same).mean()):.3f}  "
          "(judge + static similarity + contrast rules: the matcher's decision)")
    print(f"  role exchange found in {float(exchange[~gold_same].mean()):.1%} of the "
          f"non-paraphrases, {float(exchange[gold_same].mean()):.1%} of the paraphrases")

    # --- calibration on the held-out test split of the pool
    pool = judge_data.training_pool(13)
    random.Random(13).shuffle(pool)
    test = sample(pool[2000:4000])
    p = probs(judge, test)
    gold = np.array([x.label for x in test])
    top_err, top_table = ece(p.max(1), p.argmax(1) == gold)
    same_err, same_table = ece(p[:, 0], gold == judge_data.SAME)
    print(f"\nCalibration, held-out split of the pool ({len(test)} pairs; target ECE <= 0.05)")
    print(f"  accuracy {float((p.argmax(1) == gold).mean()):.3f}; "
          f"ECE of the top class {top_err:.3f}; ECE of P(same) {same_err:.3f}")
    print(f"  {'bin':<9}{'n':>6}{'P(same)':>9}{'share same':>12}")
    for row in same_table:
        print(f"  {row[0]:<9}{row[1]:>6}{row[2]:>9.3f}{row[3]:>12.3f}")

    # --- contrast set through judge_pair
    from contrast import DEFAULT_DATA, judge_all, load_pairs

    pairs = load_pairs(DEFAULT_DATA)
    verdicts = judge_all(pairs, __import__("corroborate.match", fromlist=["judge_pair"]).judge_pair)
    subsets = (("all", lambda q: True), ("new ECB+ pairs", lambda q: q.get("set") == "ecb-new-2026-12"),
               ("role exchanges and reorderings", lambda q: q.get("set") == "ecb-roles-2026-12"))
    for title, keep in subsets:
        sel = [(q, v) for q, v in zip(pairs, verdicts, strict=True) if keep(q)]

        def rate(label: str, merged: bool, sel: list = sel) -> str:
            xs = [v.same for q, v in sel if q["label"] == label]
            share = sum(xs) / len(xs) if xs else float("nan")
            return f"{(share if merged else 1 - share):.1%} of {len(xs)}"

        print(f"\nContrast set, {title}: distorted kept apart {rate('distorted', False)} (target >= 97%); "
              f"paraphrases merged {rate('paraphrase', True)} (>= 95%); different kept apart "
              f"{rate('different', False)} (>= 95%)")
        three = {"paraphrase": "same", "distorted": "conflict", "different": "different"}
        print(f"  three ways (same / conflict / different): judge_pair label "
              f"{sum(v.label == three[q['label']] for q, v in sel) / len(sel):.1%}, the judge's "
              f"own label {sum(v.judge_label == three[q['label']] for q, v in sel) / len(sel):.1%}")

    # --- throughput
    if not args.skip_speed:
        texts = [(x.a, x.b) for x in pool[4000:4400]]
        print("\nThroughput (400 held-out pool pairs, both orders each, batch 32)")
        for threads in (1, 2):
            j = PairJudge(args.model or model_dir(), threads=threads)
            t0 = time.perf_counter()
            j.score(texts)
            dt = time.perf_counter() - t0
            print(f"  {threads} thread(s): {len(texts) / dt:,.0f} pairs/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
