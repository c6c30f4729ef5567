"""Invented multi-article stories scored against their gold: statements several articles
carry found as one cluster, different claims kept apart, origins counted right.

Each story is a folder of articles with its gold beside the folder, `NAME.gold.json` (not in
it, where it would be read as an article):

    {"carried": [["words of one claim", "words of the same claim elsewhere"], ...],
     "apart":   [["words of one claim", "words of a different or changed claim"], ...],
     "origins": [["words of a claim", 2], ...]}

A pair is found when the claims whose content contains each phrase share a cluster; kept
apart when they do not (or one is missing); an origin count is right when the cluster of
the claim with that phrase has that many independent sources.

    PYTHONPATH=src .venv/bin/python bench/stories.py tests/data/stories
    PYTHONPATH=src .venv/bin/python bench/stories.py bench/data/stories-heldout
    PYTHONPATH=src .venv/bin/python bench/stories.py --show bench/data/stories-heldout

`--show` prints each gold entry the report gets wrong: the claims the phrases fall in (speaker,
kind, via, cluster, origins) and the pair judge's view of their two contents, for diagnosis.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from corroborate.api import corroborate
from corroborate.schema import Claim, ClaimCluster, Report


def cluster_of(report: Report, words: str, extent: Path | None = None) -> ClaimCluster | None:
    """The cluster of the first claim (in cluster order) whose content holds the words; given
    the story's folder (`--extent`), else the cluster of the claim `claim_of` finds."""
    claims = {c.id: c for c in report.claims}
    found = next((k for k in report.clusters for i in k.claim_ids
                  if words in claims[i].content.text), None)
    claim = None if found is not None else claim_of(report, words, extent)
    return found if claim is None else next(
        (k for k in report.clusters if claim.id in k.claim_ids), None)


def claim_of(report: Report, words: str, extent: Path | None = None) -> Claim | None:
    """The first claim (in report order) whose content holds the words; given the story's
    folder (`--extent`), else the narrowest claim whose cue-to-content extent holds them and
    whose content they meet."""
    found = next((c for c in report.claims if words in c.content.text), None)
    if found is not None or extent is None:
        return found
    for doc in report.documents:
        text = doc.text if doc.text is not None else _read(extent / doc.path)
        at = text.find(words)
        if at < 0:
            continue
        end = at + len(words)
        best: tuple[int, Claim] | None = None
        for c in report.claims:
            spans = [*c.cue.spans, *c.content.spans]
            if c.doc_id != doc.doc_id or not spans or not c.content.spans:
                continue
            lo, hi = min(sp[0] for sp in spans), max(sp[1] for sp in spans)
            meets = any(sp[0] < end and at < sp[1] for sp in c.content.spans)
            if lo <= at and end <= hi and meets and (best is None or hi - lo < best[0]):
                best = (hi - lo, c)
        return None if best is None else best[1]
    return None


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")  # the stories are plain UTF-8


def _describe(report: Report, words: str, extent: Path | None) -> str:
    claim = claim_of(report, words, extent)
    if claim is None:
        return f"    {words!r}: in no claim's content"
    k = cluster_of(report, words, extent)
    where = f"{k.id} ({len(k.claim_ids)} claims, {k.independent_sources} origins)" if k else "-"
    via = f" via {claim.via}" if claim.via else ""
    return (f"    {claim.doc_id}: {claim.speaker!r} [{claim.speaker_kind}, {claim.kind}{via}] "
            f"-> {where}\n      {claim.content.text!r}")


def _show(report: Report, kind: str, entry: Sequence[object], extent: Path | None) -> None:
    from corroborate.match import judge_pair

    print(f"  {kind} wrong: {entry}")
    words = [w for w in entry if isinstance(w, str)]
    for w in words:
        print(_describe(report, w, extent))
    claims = [claim_of(report, w, extent) for w in words]
    if len(claims) == 2 and claims[0] is not None and claims[1] is not None:
        a, b = claims
        j = judge_pair(a.content.text, b.content.text, speaker_a=a.speaker, speaker_b=b.speaker,
                       stance_a=a.stance, stance_b=b.stance)
        print(f"    judge: same={j.same} P(same)={j.probability:.2f} label={j.label} "
              f"cos={j.similarity:.2f} differences={j.differences}")


def score(folder: Path, show: bool = False, extent: bool = False) -> dict[str, tuple[int, int]]:
    """(right, all) for the carried pairs, the pairs kept apart and the origin counts.

    `extent`: a phrase no claim's content holds is looked for in the claims' whole extent, cue
    and content: some gold phrases take in the cue ("told AFP by telephone that no homes had
    been hit", "has ruled out stepping down"), which the content alone never holds."""
    gold = json.loads(folder.with_name(folder.name + ".gold.json").read_text(encoding="utf-8"))
    report = corroborate([folder], cache=False)
    in_extent = folder if extent else None  # the documents' paths are relative to it

    def together(a: str, b: str) -> bool:
        ka, kb = cluster_of(report, a, in_extent), cluster_of(report, b, in_extent)
        return ka is not None and kb is not None and ka.id == kb.id

    carried = [together(a, b) for a, b in gold.get("carried", [])]
    apart = [not together(a, b) for a, b in gold.get("apart", [])]
    origins = []
    for words, n in gold.get("origins", []):
        k = cluster_of(report, words, in_extent)
        origins.append(k is not None and k.independent_sources == n)
    if show:
        for kind, entries, right in (("carried", gold.get("carried", []), carried),
                                     ("apart", gold.get("apart", []), apart),
                                     ("origins", gold.get("origins", []), origins)):
            for entry, ok in zip(entries, right, strict=True):
                if not ok:
                    _show(report, kind, entry, in_extent)
    return {name: (sum(xs), len(xs)) for name, xs in
            (("carried", carried), ("apart", apart), ("origins", origins))}


COLUMNS = (("carried", 14), ("apart", 11), ("origins", 14))


def _line(name: str, row: dict[str, tuple[int, int]]) -> str:
    return f"{name:10s} " + " ".join(f"{f'{row[k][0]}/{row[k][1]}':>{w}s}" for k, w in COLUMNS)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path, help="a folder of story folders and their NAME.gold.json")
    parser.add_argument("--show", action="store_true", help="print each wrong entry and its claims")
    parser.add_argument("--extent", action="store_true",
                        help="a phrase no content holds may fall in a claim's cue-to-content extent")
    args = parser.parse_args(argv)
    stories = sorted(p.with_name(p.name.removesuffix(".gold.json")) for p in args.root.glob("*.gold.json"))
    if not stories:
        print(f"no NAME.gold.json beside a story folder under {args.root}", file=sys.stderr)
        return 2
    total = {"carried": [0, 0], "apart": [0, 0], "origins": [0, 0]}
    print(f"{'story':10s} {'carried found':>14s} {'kept apart':>11s} {'origins right':>14s}")
    for folder in stories:
        row = score(folder, show=args.show, extent=args.extent)
        for key, (right, n) in row.items():
            total[key][0] += right
            total[key][1] += n
        print(_line(folder.name, {k: tuple(v) for k, v in row.items()}))
    print(_line("all", {k: (v[0], v[1]) for k, v in total.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
