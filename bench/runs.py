"""Shared by the throughput and corpus benches: run a report in a child process and watch it.

`run_report` starts `python -m corroborate report ...` (the real CLI) or, with stats, a child
that calls `corroborate.api.corroborate` the way the CLI does and prints what the run parsed
and took from the cache, and samples the resident memory of the child and all its workers
every 0.2 s: the peak of their sum is the run's peak RSS.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").is_dir() else ROOT / "shared"

# The child of `run_report(..., stats=True)`: the CLI's `report -f json -o OUT` through the api,
# printing the stage times and cache counts as one JSON line at the end.
_STATS_CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
from corroborate.api import RunStats, corroborate
from corroborate.render import render_json
options = json.loads(sys.argv[1])
marks = {"imported": time.perf_counter() - t0}
def progress(done, total):
    marks.setdefault("first_article", time.perf_counter() - t0)
    if done >= total:
        marks["extracted"] = time.perf_counter() - t0
stats = RunStats()
report = corroborate(options.pop("inputs"), progress=progress, stats=stats, **options.pop("api"))
marks["matched"] = time.perf_counter() - t0
with open(options["output"], "w", encoding="utf-8") as fh:
    fh.write(render_json(report))
marks["written"] = time.perf_counter() - t0
print(json.dumps({"marks": marks, "parsed": stats.parsed, "cached": stats.cached,
                  "articles": stats.articles, "claims": len(report.claims),
                  "clusters": len(report.clusters), "notes": stats.notes}))
"""


@dataclass
class Run:
    """One run's wall time (interpreter start included), peak RSS of its process tree, and more."""

    seconds: float
    peak_rss_mb: float
    returncode: int
    info: dict[str, Any] = field(default_factory=dict)
    stderr: str = ""


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def watch(cmd: list[str], *, env: dict[str, str] | None = None, cwd: Path = ROOT) -> Run:
    """Run a command, sampling its process tree's RSS; its wall time and peak."""
    env = {**os.environ, **(env or {})}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), str(ROOT),
                                                      env.get("PYTHONPATH")]))
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=env, cwd=cwd)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            proc = psutil.Process(child.pid)
            while not stop.is_set():
                peak = max(peak, _tree_rss(proc))
                stop.wait(0.2)
        except psutil.Error:
            pass

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = child.communicate()
    seconds = time.perf_counter() - start
    stop.set()
    sampler.join()
    info: dict[str, Any] = {}
    last = out.strip().splitlines()[-1] if out.strip() else ""
    if last.startswith("{"):
        info = json.loads(last)
    return Run(seconds, peak / 2**20, child.returncode, info, err[-3000:])


def run_report(inputs: list[Path], output: Path, *, jobs: int | None = None,
               cache: Path | None = None, stats: bool = False,
               extra: list[str] | None = None) -> Run:
    """`corroborate report INPUTS -f json -o OUTPUT -q` (no cache unless given), watched."""
    if stats:
        api: dict[str, Any] = {"jobs": jobs, "cache": str(cache) if cache else False}
        options = {"inputs": [str(p) for p in inputs], "output": str(output), "api": api}
        cmd = [sys.executable, "-c", _STATS_CHILD, json.dumps(options)]
    else:
        cmd = [sys.executable, "-m", "corroborate", "report", *map(str, inputs), "-f", "json",
               "-o", str(output), "-q"]
        cmd += ["--cache", str(cache)] if cache else ["--no-cache"]
        cmd += ["--jobs", str(jobs)] if jobs else []
        cmd += extra or []
    run = watch(cmd)
    if run.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:3])} ... exited {run.returncode}:\n{run.stderr}")
    return run
