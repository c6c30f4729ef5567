"""Extraction speed: the whole extractor against bare `nlp.pipe` of the same base pipeline.

    python bench/speed.py [--corpus DIR] [--repeat 2]

Reads the texts of a folder (default: PolNeAR dev texts from ../shared/corpora, else the
seeds), parses them once with the bare base pipeline and once with corroborate's pipeline
plus claim extraction (speaker resolution included), on one process, same texts, and prints
words/s of each and their ratio (target: >= 0.8). Also prints the time and peak memory of
`corroborate report` on the same folder, clustering included.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

import spacy

from corroborate.api import extract_all
from corroborate.nlp import BASE_MODEL, load_pipeline
from corroborate.schema import Article

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "corpora" / "polnear" / "data" / "dev" / "text"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=POLNEAR_DEV if POLNEAR_DEV.is_dir() else ROOT / "seeds")
    ap.add_argument("--repeat", type=int, default=2, help="best of N timings")
    args = ap.parse_args()
    paths = sorted(args.corpus.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {args.corpus} ({len(texts)} texts, {words:,} words), 1 process")

    bare = spacy.load(BASE_MODEL)
    ours = load_pipeline()
    articles = [Article(doc_id=p.stem, path=p.name, text=t, body=(0, len(t)))
                for p, t in zip(paths, texts, strict=True)]
    # Warm up both: the first articles also load what loads lazily (the first-name gender
    # table of the speaker resolver), which is model loading, not throughput.
    list(bare.pipe(texts[:4]))
    extract_all(ours, articles[:4])

    def timed(fn) -> float:  # type: ignore[no-untyped-def]
        t0 = time.perf_counter()
        fn()
        return time.perf_counter() - t0

    # Alternate the two, best of N each: on a shared machine a slow spell then hits both
    # rather than only the one that happened to run during it.
    bare_times, ours_times = [], []
    for _ in range(args.repeat):
        bare_times.append(timed(lambda: list(bare.pipe(texts, batch_size=8))))
        ours_times.append(timed(lambda: extract_all(ours, articles)))
    t_bare, t_ours = min(bare_times), min(ours_times)
    claims, _ = extract_all(ours, articles)
    print(f"bare nlp.pipe ({BASE_MODEL}):      {words / t_bare:8,.0f} words/s  ({t_bare:.1f} s)")
    print(f"corroborate extraction (claims):  {words / t_ours:8,.0f} words/s  ({t_ours:.1f} s, "
          f"{len(claims)} claims)")
    print(f"ratio (target >= 0.80):           {t_bare / t_ours:8.2f}")

    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "corroborate", "report", str(args.corpus), "-f", "json",
                           "-q", "-o", "/dev/null"], check=True)
    wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"corroborate report {args.corpus.name}: {wall:.1f} s wall (model loading included), "
          f"peak RSS {peak:.0f} MB (exit {proc.returncode})")


if __name__ == "__main__":
    main()
