"""The pair judge: whether two claim contents state one proposition, conflict, or differ.

A MiniLM-L6 cross-encoder trained here (scripts/train_judge.py; models/README.md says on what)
and shipped as an int8 ONNX graph, run with onnxruntime and tokenizers: no torch at run time.
It reads both texts at once, so unlike a bi-encoder it sees a "not", an antonym or a swapped
role. Its three probabilities are temperature-calibrated on held-out pairs.

The judge is symmetric by construction: it scores (a, b) and (b, a) and averages the two
probability vectors, so `judge(a, b) == judge(b, a)` whatever the network learned about order.
Scores are cached per text pair for the life of the judge, so a pair met twice costs once,
and each pair is scored alone, so its verdict never depends on the other pairs of a run.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from corroborate.errors import ModelError

PACKAGED_MODEL_DIR = Path(__file__).resolve().parent / "_models" / "judge"
REPO_MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "judge"
MODEL_FILES = ("judge.onnx", "tokenizer.json", "judge.json")
LABELS = ("same", "conflict", "different")


@dataclass(frozen=True)
class Verdict:
    """The judge's probabilities for one pair (they sum to 1)."""

    same: float
    conflict: float
    different: float

    @property
    def label(self) -> str:
        probs = (self.same, self.conflict, self.different)
        return LABELS[int(np.argmax(probs))]


class PairJudge:
    """The cross-encoder, loaded once; `score` takes many pairs and batches them."""

    def __init__(self, path: Path, *, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.path = path
        meta: dict[str, Any] = json.loads((path / "judge.json").read_text(encoding="utf-8"))
        self.temperature = float(meta.get("temperature", 1.0))
        self.max_length = int(meta.get("max_length", 128))
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=self.max_length)
        self.tokenizer.no_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or int(os.environ.get("CORROBORATE_JUDGE_THREADS", "0"))
        options.inter_op_num_threads = 1
        # onnxruntime's own start-up log lines would land on the user's stderr
        options.log_severity_level = 3
        self.session = ort.InferenceSession(
            str(path / "judge.onnx"), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._cache: dict[tuple[str, str], Verdict] = {}

    def __repr__(self) -> str:
        return f"PairJudge(path={str(self.path)!r})"

    def _logits(self, pairs: Sequence[tuple[str, str]], batch: int = 1) -> npt.NDArray[np.float32]:
        # One pair a run by default: the int8 graph quantises its activations with a scale
        # taken over the whole batch, so a pair scored beside others got other last digits
        # (P(same) 0.745 in a batch of 60, 0.740 alone). Alone, a pair always gets the same
        # verdict, which lets verdicts be cached between runs; measured on 3,000 held-out
        # pairs it costs nothing (118 pairs/s against 127 in batches of 32, both orders, on
        # 2 cores), since a batch of one has no padding.
        out = []
        # similar lengths together: less padding, fewer wasted multiplications
        order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
        for start in range(0, len(order), batch):
            idx = order[start : start + batch]
            enc = self.tokenizer.encode_batch([pairs[i] for i in idx])
            width = max(len(e.ids) for e in enc)
            ids = np.zeros((len(enc), width), dtype=np.int64)
            types = np.zeros_like(ids)
            mask = np.zeros_like(ids)
            for r, e in enumerate(enc):
                n = len(e.ids)
                ids[r, :n], types[r, :n], mask[r, :n] = e.ids, e.type_ids, e.attention_mask
            (logits,) = self.session.run(
                ["logits"], {"input_ids": ids, "token_type_ids": types, "attention_mask": mask}
            )
            out.append((idx, logits))
        result = np.zeros((len(pairs), len(LABELS)), dtype=np.float32)
        for idx, logits in out:
            result[idx] = logits
        return result

    def clear(self) -> None:
        """Forget cached verdicts (to bound memory; a verdict never depends on what else was
        scored, see `_logits`)."""
        self._cache.clear()

    def score(self, pairs: Sequence[tuple[str, str]]) -> list[Verdict]:
        """Calibrated probabilities for each pair, in order (cached, symmetric)."""
        todo = sorted({p for p in pairs if p not in self._cache})
        if todo:
            both = list(todo) + [(b, a) for a, b in todo]
            z = self._logits(both) / self.temperature
            z = z - z.max(axis=1, keepdims=True)
            probs = np.exp(z)
            probs /= probs.sum(axis=1, keepdims=True)
            n = len(todo)
            mean = (probs[:n] + probs[n:]) / 2
            for pair, (s, c, d) in zip(todo, mean.tolist(), strict=True):
                verdict = Verdict(round(s, 6), round(c, 6), round(d, 6))
                self._cache[pair] = verdict
                self._cache[(pair[1], pair[0])] = verdict
        return [self._cache[p] for p in pairs]


def model_dir() -> Path:
    """The judge's folder: packaged data in a wheel, models/judge in a checkout."""
    for path in (PACKAGED_MODEL_DIR, REPO_MODEL_DIR):
        if all((path / f).is_file() for f in MODEL_FILES):
            return path
    raise ModelError(
        f"the pair judge is missing (looked for {', '.join(MODEL_FILES)} in {REPO_MODEL_DIR}); "
        "reinstall corroborate, or rebuild it with scripts/train_judge.py"
    )


@functools.lru_cache(maxsize=1)
def load_judge() -> PairJudge:
    """The shipped judge, loaded once per process."""
    try:
        return PairJudge(model_dir())
    except ModelError:
        raise
    except Exception as exc:  # a corrupt file must say which model failed
        raise ModelError(f"the pair judge could not be loaded: {exc}") from exc
