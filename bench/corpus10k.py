"""A 10,000-article corpus end to end on this machine, then a rerun after adding 1% new files.

    PYTHONPATH=src .venv/bin/python bench/corpus10k.py [--n 10000] [--jobs 2] [--workdir DIR]

The corpus is generated, never committed: each article is one document drawn at random (with
replacement, fixed seed) from the PolNeAR train and dev texts and the ECB+ documents (rebuilt
from their tokens as bench/ecb_xdoc.py does), cut to a random run of 50-100% of its
paragraphs, so that the many copies of a document differ as reprints of a story do. It is
written to --workdir (default: a temporary folder) as a00000.txt ... a09999.txt.

Then it measures, each as a child process (`corroborate.api.corroborate` as `corroborate
report DIR -f json -o FILE` runs it, with peak RSS summed over the child and its workers):

1. start-up: a report on one short article without the cache (interpreter, spaCy model, cue
   finder, embedder and pair judge loaded, one article parsed and matched);
2. the first run, --jobs N, with an empty cache folder: time and peak RSS (targets: under
   15 minutes and 2 GB on the 2-core machine);
3. the rerun after adding 1% new articles: time, and the articles parsed and taken from the
   cache (target: under 5% of the first run plus the start-up);
4. that the rerun's report equals a report made without the cache (byte for byte), when
   --check-identical is given (a third full run).
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ecb_xdoc import parse_document
from bench.runs import SHARED, run_report

POLNEAR = SHARED / "corpora" / "polnear" / "data"
ECB = SHARED / "corpora" / "ecbplus" / "ECB+"
_PARAGRAPHS = re.compile(r"\n\s*\n")


def source_texts() -> list[str]:
    """The pool: PolNeAR train and dev texts, and ECB+ documents, in a fixed order."""
    texts = [p.read_text(encoding="utf-8") for split in ("train", "dev")
             for p in sorted((POLNEAR / split / "text").glob("*.txt"))]
    for path in sorted(ECB.glob("*/*.xml")):
        doc = parse_document(path.read_text(encoding="utf-8"), path.stem)
        # one sentence a line in the rebuilt text: paragraphs of three sentences
        lines = doc.text.splitlines()
        texts.append("\n\n".join("\n".join(lines[i:i + 3]) for i in range(0, len(lines), 3)) + "\n")
    if not texts:
        raise SystemExit(f"no PolNeAR or ECB+ texts under {SHARED / 'corpora'}")
    return texts


def article(pool: list[str], n: int, seed: int) -> str:
    """Article n: a random pool document cut to a random run of 50-100% of its paragraphs."""
    rng = random.Random(seed * 1_000_003 + n)
    paragraphs = [p for p in _PARAGRAPHS.split(pool[rng.randrange(len(pool))]) if p.strip()]
    keep = max(1, round(len(paragraphs) * rng.uniform(0.5, 1.0)))
    start = rng.randrange(len(paragraphs) - keep + 1)
    return "\n\n".join(paragraphs[start:start + keep]).strip() + "\n"


def write_corpus(folder: Path, pool: list[str], start: int, count: int, seed: int) -> int:
    """Write articles start .. start+count-1; the words written."""
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for n in range(start, start + count):
        text = article(pool, n, seed)
        (folder / f"a{n:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="articles in the first run")
    ap.add_argument("--new", type=float, default=0.01, help="share of new articles for the rerun")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--check-identical", action="store_true",
                    help="also run without the cache and compare the reports byte for byte")
    args = ap.parse_args(argv)

    work = args.workdir or Path(tempfile.mkdtemp(prefix="corroborate-10k-"))
    corpus, cache = work / "corpus", work / "cache"
    for path in (corpus, cache):
        shutil.rmtree(path, ignore_errors=True)
    pool = source_texts()
    words = write_corpus(corpus, pool, 0, args.n, args.seed)
    print(f"corpus: {args.n:,} articles, {words:,} words, resampled from {len(pool):,} "
          f"PolNeAR and ECB+ documents, in {corpus}")

    one = work / "one"
    shutil.rmtree(one, ignore_errors=True)
    write_corpus(one, pool, 10**6, 1, args.seed)
    startup = run_report([one], work / "one.json", jobs=1, stats=True)
    print(f"start-up (one article, no cache): {startup.seconds:.1f} s, "
          f"peak RSS {startup.peak_rss_mb:,.0f} MB")

    first = run_report([corpus], work / "first.json", jobs=args.jobs, cache=cache, stats=True)
    marks = first.info["marks"]
    print(f"first run, --jobs {args.jobs}: {first.seconds:.1f} s ({first.seconds / 60:.1f} min; "
          f"extraction done at {marks.get('extracted', 0):.0f} s, matching "
          f"{marks['matched'] - marks.get('extracted', 0):.0f} s), peak RSS "
          f"{first.peak_rss_mb:,.0f} MB; {first.info['parsed']:,} parsed, "
          f"{first.info['claims']:,} claims, {first.info['clusters']:,} clusters; "
          f"{words / first.seconds:,.0f} words/s")
    print(f"  targets: < 15 min {'ok' if first.seconds < 900 else 'MISSED'}, "
          f"< 2 GB {'ok' if first.peak_rss_mb < 2048 else 'MISSED'}")

    added = max(1, round(args.n * args.new))
    new_words = write_corpus(corpus, pool, args.n, added, args.seed)
    again = run_report([corpus], work / "again.json", jobs=args.jobs, cache=cache, stats=True)
    marks = again.info["marks"]
    budget = 0.05 * first.seconds + startup.seconds
    print(f"rerun after adding {added} articles ({new_words:,} words): {again.seconds:.1f} s "
          f"({again.info['parsed']} parsed, {again.info['cached']:,} from the cache; extraction "
          f"done at {marks.get('extracted', 0):.0f} s, matching "
          f"{marks['matched'] - marks.get('extracted', 0):.0f} s), peak RSS "
          f"{again.peak_rss_mb:,.0f} MB")
    print(f"  target: < 5% of the first run + start-up = {budget:.1f} s: "
          f"{'ok' if again.seconds < budget else 'MISSED'} "
          f"({again.seconds / first.seconds:.1%} of the first run)")
    import os

    print(f"load average at the end (other work on the machine skews the figures): "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.check_identical:
        plain = run_report([corpus], work / "plain.json", jobs=args.jobs, stats=True)
        same = (work / "plain.json").read_bytes() == (work / "again.json").read_bytes()
        print(f"no-cache run: {plain.seconds:.1f} s; report identical to the cached rerun: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
