"""Tests for the static sentence embedder (embed.py) and ANN candidate pairs (index.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from corroborate.embed import Embedder, default_model_dir, load_embedder
from corroborate.errors import ModelError
from corroborate.index import Method, candidate_pairs


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return load_embedder()


def clustered_vectors(n: int, dim: int, centres: int, seed: int) -> npt.NDArray[np.float32]:
    """Random points around random centres: like claim embeddings, they have near neighbours."""
    rng = np.random.default_rng(seed)
    points = rng.standard_normal((centres, dim))[rng.integers(0, centres, n)]
    return (points + 0.5 * rng.standard_normal((n, dim))).astype(np.float32)


def brute_force_pairs(
    vectors: npt.NDArray[np.float32], k: int, min_similarity: float
) -> set[tuple[int, int]]:
    """The definition of candidate_pairs, spelled out with a full similarity matrix."""
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    sims = unit @ unit.T
    np.fill_diagonal(sims, -np.inf)
    pairs = set()
    for i, row in enumerate(sims):
        for j in np.argsort(-row, kind="stable")[:k]:
            if row[j] >= min_similarity:
                pairs.add((min(i, int(j)), max(i, int(j))))
    return pairs


@pytest.mark.parametrize(
    ("claim", "paraphrase", "unrelated"),
    [
        (
            "arms negotiations between Russia and the DPRK are actively advancing",
            "arms negotiations between North Korea and Russia were advancing",
            "Kim waved from the entrance of his train",
        ),
        (
            "The minister said the bridge will reopen in March.",
            "The bridge is to reopen in March, according to the minister.",
            "Heavy rain flooded several villages in the north overnight.",
        ),
    ],
)
def test_embed_paraphrase_scores_higher_than_unrelated(
    embedder: Embedder, claim: str, paraphrase: str, unrelated: str
) -> None:
    vectors = embedder.encode([claim, paraphrase, unrelated])
    same, different = float(vectors[0] @ vectors[1]), float(vectors[0] @ vectors[2])
    assert same > different + 0.2
    assert same > 0.6


def test_embed_encode_returns_float32_unit_rows(embedder: Embedder) -> None:
    vectors = embedder.encode(
        ["Officials said the fire was contained.", "Prices rose by 3 percent."]
    )
    assert vectors.dtype == np.float32
    assert vectors.shape == (2, embedder.dim)
    assert vectors.flags.c_contiguous
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)


def test_embed_encode_is_deterministic_and_independent_of_batch(embedder: Embedder) -> None:
    texts = [
        "The mayor denied the report.",
        "A second quake struck the coast.",
        "He resigned on Monday.",
    ]
    first = embedder.encode(texts)
    again = embedder.encode(texts)
    alone = np.vstack([embedder.encode([t]) for t in texts])
    assert first.tobytes() == again.tobytes()
    assert first.tobytes() == alone.tobytes()


def test_embed_encode_handles_empty_inputs(embedder: Embedder) -> None:
    assert embedder.encode([]).shape == (0, embedder.dim)
    blank = embedder.encode([""])
    assert blank.shape == (1, embedder.dim)
    assert not np.isnan(blank).any()


def test_embed_encode_rejects_a_bare_string(embedder: Embedder) -> None:
    with pytest.raises(TypeError, match="sequence of strings"):
        embedder.encode("one sentence")


def test_embed_load_is_cached_per_path(embedder: Embedder) -> None:
    assert load_embedder() is embedder
    assert load_embedder(default_model_dir()) is embedder


def test_embed_missing_model_raises_model_error(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    with pytest.raises(
        ModelError, match=r"lacks model\.safetensors, tokenizer\.json.*build_embedder"
    ):
        load_embedder(tmp_path)


def test_embed_missing_folder_raises_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="embedder model not found"):
        load_embedder(tmp_path / "nowhere")


@pytest.mark.parametrize("k", [1, 5])
def test_index_exact_matches_brute_force(k: int) -> None:
    vectors = clustered_vectors(300, 16, 20, seed=1)
    pairs = candidate_pairs(vectors, k=k, min_similarity=0.5, method="exact")
    assert {(i, j) for i, j, _ in pairs} == brute_force_pairs(vectors, k, 0.5)


def test_index_exact_and_ann_agree_on_clustered_random_data() -> None:
    vectors = clustered_vectors(3000, 64, 100, seed=2)
    exact = candidate_pairs(vectors, k=10, min_similarity=0.5, method="exact")
    approx = candidate_pairs(vectors, k=10, min_similarity=0.5, method="ann")
    exact_set, approx_set = {(i, j) for i, j, _ in exact}, {(i, j) for i, j, _ in approx}
    assert len(exact_set & approx_set) / len(exact_set | approx_set) >= 0.98
    # A pair found by both carries the very same similarity, whichever search found it.
    exact_sims = {(i, j): s for i, j, s in exact}
    assert all(exact_sims[(i, j)] == s for i, j, s in approx if (i, j) in exact_sims)


@pytest.mark.parametrize("method", ["exact", "ann"])
def test_index_output_is_sorted_unique_and_above_threshold(method: Method) -> None:
    vectors = clustered_vectors(500, 32, 25, seed=3)
    pairs = candidate_pairs(vectors, k=8, min_similarity=0.6, method=method)
    assert pairs
    assert pairs == sorted(pairs)
    assert len({(i, j) for i, j, _ in pairs}) == len(pairs)
    assert all(i < j and s >= 0.6 for i, j, s in pairs)


@pytest.mark.parametrize("method", ["exact", "ann"])
def test_index_respects_blocks(method: Method) -> None:
    vectors = clustered_vectors(600, 32, 10, seed=4)
    blocks = [f"speaker-{i % 3}" for i in range(len(vectors))]
    pairs = candidate_pairs(vectors, k=10, min_similarity=0.3, blocks=blocks, method=method)
    assert pairs
    assert all(blocks[i] == blocks[j] for i, j, _ in pairs)
    # Within a block, the result equals running that block alone.
    members = [i for i, b in enumerate(blocks) if b == "speaker-1"]
    alone = candidate_pairs(vectors[members], k=10, min_similarity=0.3, method=method)
    in_block = [(i, j, s) for i, j, s in pairs if blocks[i] == "speaker-1"]
    assert in_block == [(members[i], members[j], s) for i, j, s in alone]


@pytest.mark.parametrize("method", ["exact", "ann", "auto"])
def test_index_is_deterministic(method: Method) -> None:
    vectors = clustered_vectors(2500, 48, 80, seed=5)
    runs = [
        repr(candidate_pairs(vectors, k=12, min_similarity=0.4, method=method)) for _ in range(2)
    ]
    assert runs[0] == runs[1]


def test_index_handles_tiny_inputs() -> None:
    assert candidate_pairs(np.zeros((0, 4), dtype=np.float32)) == []
    assert candidate_pairs(np.ones((1, 4), dtype=np.float32)) == []
    assert candidate_pairs(np.ones((2, 4), dtype=np.float32), method="ann") == [(0, 1, 1.0)]


@pytest.mark.parametrize(
    ("vectors", "k", "blocks", "message"),
    [
        (np.ones(4), 20, None, "2-D"),
        (np.ones((3, 4)), 20, ["a", "b"], "blocks has 2 keys for 3 vectors"),
        (np.ones((3, 4)), 0, None, "k must be at least 1"),
    ],
)
def test_index_rejects_bad_input(
    vectors: npt.NDArray[np.float64], k: int, blocks: list[str] | None, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        candidate_pairs(vectors, k=k, blocks=blocks)
