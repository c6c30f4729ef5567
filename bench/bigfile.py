"""One very large text file (50 MB by default) through `corroborate report`: memory over time.

    PYTHONPATH=src .venv/bin/python bench/bigfile.py [--mb 50] [--jobs 2] [--stop-after S]

The file is PolNeAR train texts (../shared/corpora) repeated until it reaches --mb decimal
megabytes, paragraphs kept; it is written to a temporary folder, never committed. The run is
`corroborate report FILE -f json -o OUT --no-cache --jobs N --max-bytes (size + 1)`; the
resident memory of the process and its workers, summed, is printed every --every seconds, so
a memory that grows with the text shows as a rising column. --stop-after ends the run early
(the figures up to then stand; the report is not written).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import contextlib

from bench.runs import SHARED, _tree_rss

POLNEAR_TRAIN = SHARED / "corpora" / "polnear" / "data" / "train" / "text"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50.0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--every", type=float, default=30.0)
    ap.add_argument("--stop-after", type=float, default=None)
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="corroborate-bigfile-"))
    target = int(args.mb * 1_000_000)
    texts = [p.read_text(encoding="utf-8") for p in sorted(POLNEAR_TRAIN.glob("*.txt"))]
    path = work / "big.txt"
    size = words = 0
    with path.open("w", encoding="utf-8") as fh:
        while size < target:
            for text in texts:
                chunk = text.strip() + "\n\n"
                fh.write(chunk)
                size += len(chunk.encode("utf-8"))
                words += len(chunk.split())
                if size >= target:
                    break
    print(f"file: {path} {size / 1e6:.1f} MB, {words:,} words")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "corroborate", "report", str(path), "-f", "json", "-o",
           str(work / "out.json"), "-q", "--no-cache", "--jobs", str(args.jobs),
           "--max-bytes", str(size + 1)]
    start = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    proc = psutil.Process(child.pid)
    peak = 0
    next_print = 0.0
    while child.poll() is None:
        elapsed = time.perf_counter() - start
        try:
            rss = _tree_rss(proc)
        except psutil.Error:
            rss = 0
        peak = max(peak, rss)
        if elapsed >= next_print:
            print(f"  {elapsed:7.0f} s  RSS {rss / 2**20:8,.0f} MB  (peak {peak / 2**20:,.0f} MB)",
                  flush=True)
            next_print += args.every
        if args.stop_after is not None and elapsed > args.stop_after:
            for p in [proc, *proc.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    p.kill()
            print(f"stopped after {elapsed:.0f} s as asked (--stop-after)")
            break
        time.sleep(0.5)
    child.wait()
    seconds = time.perf_counter() - start
    print(f"exit {child.returncode} after {seconds:.0f} s; peak RSS {peak / 2**20:,.0f} MB"
          + (f"; {words / seconds:,.0f} words/s" if child.returncode == 0 else ""))
    if child.returncode not in (0, -9) and child.stderr is not None:
        print(child.stderr.read()[-2000:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
