"""Claim-matching benchmark on CLEF-2020 CheckThat! Task 2: BM25, the embedder, and hybrids."""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import bm25s
import numpy as np
import numpy.typing as npt

REPO_ROOT = Path(__file__).resolve().parents[1]
# shared/ sits inside the checkout on some machines and beside it on others.
DATA_CANDIDATES = (
    REPO_ROOT / "shared" / "corpora" / "checkthat2020-task2",
    REPO_ROOT.parent / "shared" / "corpora" / "checkthat2020-task2",
)
MAP_DEPTHS = (1, 3, 5)
# The hybrid weight is searched on this grid over train+dev, never on test.
WEIGHT_GRID = tuple(round(w * 0.05, 2) for w in range(21))
# The RRF constant is searched on train+dev too; 60 is Cormack et al.'s (2009) default.
RRF_K_GRID = (1, 5, 10, 20, 30, 60)

FloatMatrix = npt.NDArray[np.float32]

# A tweet as quoted in the data ends with "— Name (@handle) Month D, YYYY": who posted it, not
# what it claims. Mean-pooled embeddings suffer most from it, so the embedder's query drops it.
_TRAILER = re.compile(
    r"\s+[—–-]+\s+(?:[^—–()\n]{0,80}?)\s*\(@\w+\)\s+[A-Z][a-z]+ \d{1,2}, \d{4}\s*$"
)
_URL = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Split:
    """One split's queries and gold labels."""

    name: str
    tweet_ids: list[str]
    tweets: list[str]
    gold: list[frozenset[int]]  # row indexes into the verified claims; empty when unlabelled


@dataclass(frozen=True)
class Claims:
    """The verified claims, in file order."""

    ids: list[str]
    texts: list[str]
    titles: list[str]


def find_data(explicit: Path | None) -> Path:
    """Return the corpus folder: the one given, else the first of DATA_CANDIDATES present."""
    for path in (explicit,) if explicit else DATA_CANDIDATES:
        if path is not None and (path / "verified_claims.docs.tsv").is_file():
            return path
    raise SystemExit(
        f"CheckThat! 2020 task 2 data not found; pass --data (looked in {DATA_CANDIDATES})"
    )


def _read_tsv(path: Path) -> list[list[str]]:
    """Read a TSV whose fields use CSV quoting (doubled quotes), skipping the header row."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    return rows[1:]


def load_claims(data: Path) -> Claims:
    """Load the 10,375 verified claims (id, claim text, Snopes title)."""
    rows = _read_tsv(data / "verified_claims.docs.tsv")
    return Claims([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows])


def load_split(data: Path, name: str, claims: Claims) -> Split:
    """Load one split's tweets and qrels, mapping claim ids to row indexes."""
    rows = _read_tsv(data / name / "tweets.queries.tsv")
    row_of = {cid: i for i, cid in enumerate(claims.ids)}
    gold: dict[str, set[int]] = {}
    for line in (data / name / "tweet-vclaim-pairs.qrels").read_text(encoding="utf-8").splitlines():
        if line.strip():
            tweet_id, _, claim_id, relevance = line.split()
            if int(relevance) > 0:
                gold.setdefault(tweet_id, set()).add(row_of[claim_id])
    ids = [r[0] for r in rows]
    return Split(name, ids, [r[1] for r in rows], [frozenset(gold.get(i, ())) for i in ids])


def clean_tweet(text: str) -> str:
    """Drop the poster trailer, links and the '#'/'@' marks, keeping the words of the claim.

    Only the embedder's queries are cleaned: on train+dev BM25 did best on the raw tweet (MAP@5
    0.743 raw, 0.737 keeping the poster's name, 0.713 cleaned), since the poster's name is often
    the subject of the Snopes claim ("Ilhan Omar tweeted that ...").
    """
    text = _TRAILER.sub("", text)
    text = _URL.sub(" ", text)
    text = text.replace("#", " ").replace("@", " ")
    return _SPACE.sub(" ", text).strip()


def tie_order(n_docs: int) -> npt.NDArray[np.int64]:
    """Return a fixed pseudo-random priority per claim row, used only to break exact score ties.

    BM25 ties are common here, and breaking them by row index would be biased: the train/dev gold
    claims sit mostly in the first rows of the file (the 2020 v1 release), the test ones do not.
    """
    return np.random.default_rng(0).permutation(n_docs).astype(np.int64)


def rank_of_gold(scores: FloatMatrix, gold: Sequence[frozenset[int]]) -> list[list[int]]:
    """Return the 1-based ranks of each query's gold claims (ties broken by :func:`tie_order`)."""
    priority = tie_order(scores.shape[1])
    ranks: list[list[int]] = []
    for row, relevant in zip(scores, gold, strict=True):
        found = []
        for doc in relevant:
            value = row[doc]
            tied_ahead = np.count_nonzero((row == value) & (priority < priority[doc]))
            found.append(int(np.count_nonzero(row > value)) + int(tied_ahead) + 1)
        ranks.append(sorted(found))
    return ranks


def evaluate(scores: FloatMatrix, gold: Sequence[frozenset[int]]) -> dict[str, float]:
    """Score a query x claim matrix as the official trectools-based scorer does.

    Args:
        scores: One row per query, one column per verified claim; higher is better.
        gold: Relevant claim rows per query; queries without any are left out, as trec_eval does.

    Returns:
        MAP@1/3/5 (precision at each relevant hit within depth, divided by the number of relevant
        claims), MRR over the full ranking, and P@1.
    """
    keep = [i for i, g in enumerate(gold) if g]
    ranks = rank_of_gold(scores[keep], [gold[i] for i in keep])
    out: dict[str, float] = {}
    for depth in MAP_DEPTHS:
        aps = [
            sum((hit + 1) / r for hit, r in enumerate(rs) if r <= depth) / len(rs) for rs in ranks
        ]
        out[f"MAP@{depth}"] = float(np.mean(aps))
    out["MRR"] = float(np.mean([1.0 / rs[0] for rs in ranks]))
    out["P@1"] = float(np.mean([1.0 if rs[0] == 1 else 0.0 for rs in ranks]))
    out["n"] = float(len(keep))
    return out


class BM25Scorer:
    """bm25s over claim text + title, English stop words, no stemming (none is installed)."""

    def __init__(self, docs: Sequence[str]) -> None:
        """Index the documents."""
        self.retriever = bm25s.BM25()
        self.retriever.index(
            bm25s.tokenize(list(docs), stopwords="en", show_progress=False), show_progress=False
        )
        self.n_docs = len(docs)

    def scores(self, queries: Sequence[str]) -> FloatMatrix:
        """Return the BM25 score of every document for every query."""
        tokens = bm25s.tokenize(
            list(queries), stopwords="en", return_ids=False, show_progress=False
        )
        out = np.zeros((len(queries), self.n_docs), dtype=np.float32)
        for i, query in enumerate(tokens):
            known = [t for t in query if t in self.retriever.vocab_dict]
            if known:
                out[i] = self.retriever.get_scores(known)
        return out


Encoder = Callable[[Sequence[str]], FloatMatrix]


def model2vec_encoder(path: Path | None) -> tuple[Encoder, str]:
    """Return corroborate's embedder (the shipped model unless ``path`` is given) and its label."""
    from corroborate.embed import load_embedder

    embedder = load_embedder(path)
    return embedder.encode, f"model2vec {embedder.path.name} dim={embedder.dim}"


def sentence_transformer_encoder(path: Path) -> tuple[Encoder, str]:
    """Return a full sentence-transformers model as a reference (needs torch: not for run time)."""
    import torch  # type: ignore[import-not-found]
    from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]

    torch.set_num_threads(2)
    model = SentenceTransformer(str(path), device="cpu")

    def encode(texts: Sequence[str]) -> FloatMatrix:
        vectors = model.encode(
            list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)

    return encode, f"sentence-transformers {path.name}"


def zscore(scores: FloatMatrix) -> FloatMatrix:
    """Standardise each query's scores over all claims, so BM25 and cosine share one scale.

    On train+dev, z-scores fused better than dividing BM25 by its per-query maximum or min-max
    scaling both (MAP@5 0.751 vs 0.750 and 0.749 with the 256-dim embedder, at the best weight).
    """
    mean = scores.mean(axis=1, keepdims=True)
    std = scores.std(axis=1, keepdims=True)
    out: FloatMatrix = np.divide(scores - mean, std, out=np.zeros_like(scores), where=std > 0)
    return out


def weighted(bm25: FloatMatrix, cosine: FloatMatrix, weight: float) -> FloatMatrix:
    """Return ``weight * z(BM25) + (1 - weight) * z(cosine)``, per query."""
    return (weight * zscore(bm25) + (1.0 - weight) * zscore(cosine)).astype(np.float32)


def reciprocal_rank_fusion(bm25: FloatMatrix, cosine: FloatMatrix, k: float) -> FloatMatrix:
    """Fuse two rankings by summing 1 / (k + rank) (ranks with ties broken by :func:`tie_order`)."""
    fused = np.zeros_like(bm25)
    priority = np.broadcast_to(tie_order(bm25.shape[1]), bm25.shape)
    for scores in (bm25, cosine):
        order = np.lexsort((priority, -scores), axis=-1)
        ranks = np.empty_like(order)
        np.put_along_axis(ranks, order, np.arange(1, scores.shape[1] + 1)[None, :], axis=1)
        fused += (1.0 / (k + ranks)).astype(np.float32)
    return fused


# How a verified claim is embedded: two views, each chosen by tuning (see main()). "max" takes the
# better cosine of the claim statement and its Snopes title; "joint" embeds "statement title".
# On train+dev the embedder alone scores 0.478 (max) and 0.483 (joint) MAP@5, and the claim alone
# 0.411, the title alone 0.453, so only these two are kept.
VIEWS = ("max", "joint")


ALPHA_GRID = tuple(round(a * 0.1, 1) for a in range(11))


def _dense_max(encode: Encoder, tweets: Sequence[str], statement_vecs: FloatMatrix,
               title_vecs: FloatMatrix) -> FloatMatrix:
    q = encode([clean_tweet(t) for t in tweets])
    return np.maximum(q @ statement_vecs.T, q @ title_vecs.T)


def judge_scores(judge: object, tweets: Sequence[str], claim_texts: Sequence[str],
                 scores: FloatMatrix, depth: int) -> dict[tuple[int, int], float]:
    """The judge's P(same) for each tweet and each of its top `depth` claims by `scores`."""
    top = np.argsort(-scores, axis=1, kind="stable")[:, :depth]
    keys = [(q, int(d)) for q in range(len(tweets)) for d in top[q]]
    verdicts = judge.score([(clean_tweet(tweets[q]), claim_texts[d]) for q, d in keys])  # type: ignore[attr-defined]
    return {k: v.same for k, v in zip(keys, verdicts, strict=True)}


def mix(scores: FloatMatrix, judged: dict[tuple[int, int], float], alpha: float) -> FloatMatrix:
    """Judged candidates first, ordered by alpha * (hybrid, min-max per tweet) + (1 - alpha) * P(same)."""
    out = np.full_like(scores, -10.0)
    for (q, d), p in judged.items():
        row = scores[q]
        lo, hi = float(row.min()), float(row.max())
        norm = (float(row[d]) - lo) / (hi - lo) if hi > lo else 0.0
        out[q, d] = 10.0 + alpha * norm + (1 - alpha) * p
    return out


def claim_document(text: str, title: str) -> str:
    """Return the text BM25 indexes, and the "joint" view embeds, for a verified claim."""
    return f"{text} {title}"


def best_setting(
    fuse: Callable[[FloatMatrix, FloatMatrix, float], FloatMatrix],
    grid: Sequence[float],
    bm25: FloatMatrix,
    dense: FloatMatrix,
    gold: Sequence[frozenset[int]],
) -> tuple[float, float]:
    """Return (MAP@5, setting) of the grid point with the best MAP@5; ties go to the earlier one."""
    scored = [
        (evaluate(fuse(bm25, dense, value), gold)["MAP@5"], -i, value)
        for i, value in enumerate(grid)
    ]
    best_map, _, best_value = max(scored)
    return best_map, best_value


def print_table(title: str, results: dict[str, dict[str, float]]) -> None:
    """Print one row per system with MAP@5/1/3, MRR, P@1 and MAP@5 relative to BM25."""
    metrics = ("MAP@5", "MAP@1", "MAP@3", "MRR", "P@1")
    print(title)
    print(f"  {'system':<26}" + "".join(f"{m:>8}" for m in metrics) + f"{'MAP@5 vs BM25':>15}")
    base = results["BM25"]["MAP@5"]
    for name, result in results.items():
        ratio = result["MAP@5"] / base if base else float("nan")
        print(f"  {name:<26}" + "".join(f"{result[m]:>8.4f}" for m in metrics) + f"{ratio:>14.3f}x")


def main(argv: list[str] | None = None) -> int:
    """Run BM25, the embedder and two hybrids on the test split, tuning the hybrids on train+dev."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=None, help="checkthat2020-task2 folder")
    parser.add_argument(
        "--model", type=Path, default=None, help="model2vec folder (default: shipped embedder)"
    )
    parser.add_argument(
        "--sentence-transformer",
        type=Path,
        default=None,
        help="use this local sentence-transformers folder instead (a reference only: needs torch)",
    )
    parser.add_argument(
        "--rerank", type=int, default=0, metavar="N",
        help="re-rank the hybrid's top N with the pair judge (corroborate.judge); its mixing "
        "weight is chosen on dev alone, since train is part of the judge's training data",
    )
    args = parser.parse_args(argv)

    data = find_data(args.data)
    claims = load_claims(data)
    splits = {name: load_split(data, name, claims) for name in ("train", "dev", "test")}
    if args.sentence_transformer is not None:
        encode, label = sentence_transformer_encoder(args.sentence_transformer)
    else:
        encode, label = model2vec_encoder(args.model)

    # Encode and index once; every system below reuses these.
    documents = [claim_document(c, t) for c, t in zip(claims.texts, claims.titles, strict=True)]
    t0 = time.perf_counter()
    statement_vecs, title_vecs, joint_vecs = (
        encode(claims.texts),
        encode(claims.titles),
        encode(documents),
    )
    t_claims = time.perf_counter() - t0
    t0 = time.perf_counter()
    bm25 = BM25Scorer(documents)
    t_index = time.perf_counter() - t0

    # Tuning uses train+dev together (997 labelled tweets); test is scored once with the choice.
    groups = {"train+dev": ("train", "dev"), "test": ("test",)}
    bm25_scores: dict[str, FloatMatrix] = {}
    dense: dict[tuple[str, str], FloatMatrix] = {}
    gold: dict[str, list[frozenset[int]]] = {}
    t_queries = 0.0
    for group, names in groups.items():
        tweets = [t for name in names for t in splits[name].tweets]
        gold[group] = [g for name in names for g in splits[name].gold]
        bm25_scores[group] = bm25.scores(tweets)
        t0 = time.perf_counter()
        query_vecs = encode([clean_tweet(t) for t in tweets])
        t_queries += time.perf_counter() - t0
        dense[group, "max"] = np.maximum(query_vecs @ statement_vecs.T, query_vecs @ title_vecs.T)
        dense[group, "joint"] = query_vecs @ joint_vecs.T

    # Each fusion picks its claim view and its setting together, by train+dev MAP@5 alone.
    tune = "train+dev"
    (w_map, weight), w_view = max(
        (best_setting(weighted, WEIGHT_GRID, bm25_scores[tune], dense[tune, v], gold[tune]), v)
        for v in VIEWS
    )
    (k_map, rrf_k), k_view = max(
        (
            best_setting(
                reciprocal_rank_fusion, RRF_K_GRID, bm25_scores[tune], dense[tune, v], gold[tune]
            ),
            v,
        )
        for v in VIEWS
    )

    tables: dict[str, dict[str, dict[str, float]]] = {}
    for group in groups:
        b = bm25_scores[group]
        systems = {"BM25": b}
        systems.update({f"embedder ({v})": dense[group, v] for v in VIEWS})
        systems[f"hybrid z ({w_view}) w={weight:.2f}"] = weighted(b, dense[group, w_view], weight)
        systems[f"RRF ({k_view}) k={int(rrf_k)}"] = reciprocal_rank_fusion(
            b, dense[group, k_view], rrf_k
        )
        tables[group] = {name: evaluate(scores, gold[group]) for name, scores in systems.items()}

    if args.rerank:
        from corroborate.judge import load_judge

        judge = load_judge()
        dev_tweets = splits["dev"].tweets
        dev_gold = splits["dev"].gold
        dev_dense = _dense_max(encode, dev_tweets, statement_vecs, title_vecs)
        dev_hybrid = weighted(bm25.scores(dev_tweets), dev_dense, weight)
        dev_p = judge_scores(judge, dev_tweets, claims.texts, dev_hybrid, args.rerank)
        alpha = max(ALPHA_GRID, key=lambda a: (evaluate(mix(dev_hybrid, dev_p, a), dev_gold)["MAP@5"], -a))
        test_tweets = splits["test"].tweets
        test_hybrid = weighted(bm25_scores["test"], dense["test", w_view], weight)
        t0 = time.perf_counter()
        test_p = judge_scores(judge, test_tweets, claims.texts, test_hybrid, args.rerank)
        t_judge = time.perf_counter() - t0
        name = f"hybrid + judge top{args.rerank} a={alpha:.2f}"
        tables["test"][name] = evaluate(mix(test_hybrid, test_p, alpha), gold["test"])
        print(f"judge re-ranking: top {args.rerank} of the hybrid, weight on the hybrid a={alpha:.2f} "
              f"(chosen on dev: MAP@5 {evaluate(mix(dev_hybrid, dev_p, alpha), dev_gold)['MAP@5']:.4f}); "
              f"{len(test_tweets) * args.rerank} test pairs in {t_judge:.1f}s")

    n_texts = 3 * len(documents)
    n_tweets = sum(len(s.tweets) for s in splits.values())
    print(
        f"CheckThat! 2020 task 2 (English): {len(claims.ids)} verified claims; "
        f"test {int(tables['test']['BM25']['n'])} tweets with gold, "
        f"train+dev {int(tables[tune]['BM25']['n'])}"
    )
    print(f"encoder: {label}")
    print(
        f"encode: {n_texts} texts (claim, title, both) in {t_claims:.2f}s "
        f"({n_texts / t_claims:,.0f} texts/s); "
        f"{n_tweets} tweets in {t_queries:.2f}s; BM25 index {t_index:.2f}s"
    )
    print(
        f"tuned on train+dev only: hybrid view={w_view}, BM25 weight w={weight:.2f} "
        f"(MAP@5 {w_map:.4f}); RRF view={k_view}, k={int(rrf_k)} (MAP@5 {k_map:.4f})"
    )
    print()
    print_table("test (official 2020 test set)", tables["test"])
    print()
    print_table("train+dev (used for tuning: optimistic for the hybrids)", tables[tune])
    print()
    print("issue target: test MAP@5 >= 0.90; CLEF-2020 best runs 0.91-0.93 (fine-tuned models)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
