"""What the pair judge costs a run: CPU seconds of the whole report with and without it.

    PYTHONPATH=src .venv/bin/python bench/cost.py

Issue 13's cost target: the seeds run and a 15-article folder stay within 2 x the CPU time
of the matcher before the judge. "Before" is measured in the same run as the same pipeline with
the judge's budget set to zero (`MatchConfig(judge_max_pairs=0)`: the embedding similarity and
contrast rules decide every pair, as they did before the judge was added). Each folder runs
once to load every model and fill the process's caches, then each variant is timed three
times in turn and the fastest kept; CPU time is this process's (`time.process_time`), model
loading excluded. The 15-article folder is the first 15 documents of ECB+ topic 41's ECB+
sub-topic, rebuilt as text by bench/ecb_xdoc.py (not committed; ../shared/corpora).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "bench"))

from corroborate.api import corroborate  # noqa: E402
from corroborate.match import DEFAULT_CONFIG  # noqa: E402


def fifteen_articles(workdir: Path, topic: int = 41, count: int = 15) -> Path:
    import ecb_xdoc

    root = ecb_xdoc.ecb_root(None)
    paths = ecb_xdoc.subtopics(root, topic)["B"][:count]
    folder = workdir / f"ecb{topic}-{count}"
    folder.mkdir(parents=True, exist_ok=True)
    for p in paths:
        doc = ecb_xdoc.parse_document(p.read_text(encoding="utf-8"), p.stem)
        (folder / f"{doc.name}.txt").write_text(doc.text, encoding="utf-8")
    return folder


def cpu_seconds(folder: Path, config: object, repeat: int) -> tuple[float, int, int]:
    best = float("inf")
    report = None
    for _ in range(repeat):
        start = time.process_time()
        report = corroborate([folder], cache=False, jobs=1, config=config)
        best = min(best, time.process_time() - start)
    assert report is not None
    return best, len(report.claims), len(report.clusters)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    without = dataclasses.replace(DEFAULT_CONFIG, judge_max_pairs=0)
    with tempfile.TemporaryDirectory() as tmp:
        folders = [REPO_ROOT / "seeds", fifteen_articles(Path(tmp))]
        for folder in folders:
            corroborate([folder], cache=False, jobs=1)  # load the models, warm the caches
            base, claims, _ = cpu_seconds(folder, without, args.repeat)
            judged, _, clusters = cpu_seconds(folder, DEFAULT_CONFIG, args.repeat)
            print(f"{folder.name}: {claims} claims; CPU without the judge {base:.2f} s, with it "
                  f"{judged:.2f} s ({clusters} clusters): {judged / base:.2f} x "
                  f"(target <= 2 x: {'ok' if judged <= 2 * base else 'MISSED'})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
