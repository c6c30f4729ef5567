"""Snapshot every claim the extractor builds over a folder, to check a redesign changes none.

    python bench/claims_snapshot.py DIR OUT.json            # write the snapshot
    python bench/claims_snapshot.py DIR OUT.json --compare BEFORE.json

The snapshot is each claim's JSON (as in the report), one per line, in article order, with no
cache: a comparison reads both files line by line and prints the first claims that differ.
Fields named with `--ignore` (e.g. `rule`, a field the older snapshot lacks) are left out of
the comparison only. Exit status 1 when the two differ.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from corroborate.api import collect_claims
from corroborate.engine import LocalEngine
from corroborate.ingest import read_articles


def snapshot(folder: Path, jobs: int) -> list[str]:
    """One JSON line per claim of every article under `folder`, and one per failed article."""
    articles = read_articles(folder)
    claims, failed = collect_claims(articles, engine=LocalEngine(jobs))
    lines = [json.dumps(c.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
             for c in claims]
    lines += [json.dumps({"failed": k, "why": v}, sort_keys=True) for k, v in sorted(failed.items())]
    return lines


def _without(line: str, ignore: set[str]) -> str:
    record = json.loads(line)
    return json.dumps({k: v for k, v in record.items() if k not in ignore}, sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path, metavar="BEFORE")
    parser.add_argument("--ignore", action="append", default=[], metavar="FIELD")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    lines = snapshot(args.folder, args.jobs)
    args.out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} claims from {args.folder} in {time.perf_counter() - start:.1f} s "
          f"-> {args.out}")
    if args.compare is None:
        return 0
    before = args.compare.read_text(encoding="utf-8").splitlines()
    ignore = set(args.ignore)
    old = [_without(x, ignore) for x in before]
    new = [_without(x, ignore) for x in lines]
    if old == new:
        print(f"identical to {args.compare} ({len(old)} claims; ignored: {sorted(ignore) or '-'})")
        return 0
    differ = [n for n in range(max(len(old), len(new)))
              if n >= len(old) or n >= len(new) or old[n] != new[n]]
    print(f"DIFFERENT: {len(old)} claims before, {len(new)} now, {len(differ)} lines differ")
    for n in differ[:5]:
        print(f"- line {n + 1}\n  before: {old[n][:400] if n < len(old) else '-'}"
              f"\n  now:    {new[n][:400] if n < len(new) else '-'}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
