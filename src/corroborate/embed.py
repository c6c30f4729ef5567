"""Sentence embeddings for claim content from the shipped static model2vec model (no torch)."""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from corroborate.errors import ModelError

if TYPE_CHECKING:
    from model2vec import StaticModel

# model2vec falls back to the Hugging Face hub for a path it cannot find, and huggingface_hub reads
# these once at import: set them before model2vec is first imported so that no run ever reaches for
# the network. setdefault keeps a caller's explicit choice.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

# An installed wheel carries the model as package data here; a source checkout has it in models/.
PACKAGED_MODEL_DIR = Path(__file__).resolve().parent / "_models" / "embedder"
REPO_MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "embedder"
MODEL_FILES = ("config.json", "model.safetensors", "tokenizer.json")


class Embedder:
    """A static sentence embedder: mean of token vectors, L2-normalised, float32."""

    def __init__(self, model: StaticModel, path: Path) -> None:
        """Wrap a loaded model2vec model.

        Args:
            model: The loaded static model.
            path: The folder it was loaded from, kept for messages and provenance.
        """
        self.model = model
        self.path = path
        self.dim: int = int(model.dim)

    def __repr__(self) -> str:
        return f"Embedder(path={str(self.path)!r}, dim={self.dim})"

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Embed texts as unit-length rows.

        Args:
            texts: Sentences or claim contents; an empty sequence gives a (0, dim) array.

        Returns:
            A C-contiguous float32 array of shape (len(texts), dim) whose rows have L2 norm 1, so
            a dot product is the cosine similarity. A text with no known token (e.g. "") maps to a
            zero row.

        Raises:
            TypeError: If ``texts`` is a single string rather than a sequence of strings.
        """
        if isinstance(texts, str):
            # A bare str is a Sequence[str] of characters: almost surely a caller's mistake.
            raise TypeError("encode() takes a sequence of strings, not a single string")
        if len(texts) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        # No multiprocessing: forked workers cost more than they save at our sizes, and a single
        # process keeps the output independent of the machine's core count.
        raw = self.model.encode(
            list(texts), show_progress_bar=False, use_multiprocessing=False, normalize=False
        )
        vectors = np.ascontiguousarray(raw, dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        # Leave all-zero rows (no known token) at zero rather than dividing by zero into NaNs.
        np.divide(vectors, norms, out=vectors, where=norms > 0)
        return vectors


def default_model_dir() -> Path:
    """Return the folder the embedder is loaded from when no path is given.

    Returns:
        ``corroborate/_models/embedder`` inside the installed package when it is there (a wheel
        built with the model as package data), otherwise the source checkout's ``models/embedder``.
    """
    if PACKAGED_MODEL_DIR.is_dir():
        return PACKAGED_MODEL_DIR
    return REPO_MODEL_DIR


def load_embedder(path: Path | None = None) -> Embedder:
    """Load the static sentence embedder, once per process and path.

    Args:
        path: A model2vec model folder; defaults to :func:`default_model_dir`.

    Returns:
        The embedder (cached: the same object for the same path).

    Raises:
        ModelError: If the folder or one of its model files is missing or unreadable.
    """
    # Resolve first, so that every spelling of the same folder (symlink, relative) shares one entry.
    return _load_embedder(Path(path if path is not None else default_model_dir()).resolve())


@functools.lru_cache(maxsize=4)
def _load_embedder(path: Path) -> Embedder:
    """Load the model at an already-resolved path (the cache key)."""
    missing = [name for name in MODEL_FILES if not (path / name).is_file()]
    if missing:
        raise ModelError(
            f"embedder model not found: {path} lacks {', '.join(missing)}; reinstall corroborate, "
            "or rebuild it in a source checkout with scripts/build_embedder.py "
            "(see models/README.md)"
        )
    from model2vec import StaticModel

    try:
        # float32 tables: averaging float16 vectors in float16 loses digits, and 30k x 256 float32
        # is only 30 MB in memory.
        model = StaticModel.from_pretrained(path, quantize_to="float32", force_download=False)
    except Exception as exc:  # model2vec raises many kinds; all mean the same thing to a user.
        raise ModelError(
            f"embedder model at {path} could not be loaded ({exc}); reinstall corroborate or "
            "rebuild it with scripts/build_embedder.py"
        ) from exc
    return Embedder(model, path)
