"""Contrast benchmark: does match.judge_pair merge paraphrases and keep distortions apart?"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO_ROOT / "tests" / "data" / "contrast_pairs.jsonl"
# Targets (issue): a distortion merged into a cluster is a false corroboration, so it is the
# stricter one; a paraphrase kept apart only costs a missed corroboration.
TARGET_DISTORTED_APART = 0.95
TARGET_PARAPHRASE_MERGED = 0.90


class Judgement(Protocol):
    """What the bench reads from `match.judge_pair`'s answer."""

    @property
    def same(self) -> bool: ...

    @property
    def similarity(self) -> float: ...

    @property
    def differences(self) -> list[str]: ...

    @property
    def label(self) -> str: ...

    @property
    def judge_label(self) -> str: ...


JudgePair = Callable[..., Judgement]


def load_judge() -> tuple[JudgePair, str]:
    """Return the judge under test: the library's own `corroborate.match.judge_pair`."""
    from corroborate.match import judge_pair

    return judge_pair, "corroborate.match.judge_pair"


def load_pairs(path: Path) -> list[dict[str, Any]]:
    """Read the contrast set: one JSON object a line."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def judge_all(pairs: Sequence[dict[str, Any]], judge: JudgePair) -> list[Judgement]:
    """Judge every pair, passing the speakers and stances the set records."""
    return [
        judge(
            p["a"],
            p["b"],
            speaker_a=p.get("speaker_a"),
            speaker_b=p.get("speaker_b"),
            stance_a=p.get("stance_a", "asserts"),
            stance_b=p.get("stance_b", "asserts"),
        )
        for p in pairs
    ]


def group_name(pair: dict[str, Any]) -> str:
    """The row a pair counts in: its label, and for distortions its kind."""
    return f"distorted/{pair['kind']}" if pair["label"] == "distorted" else str(pair["label"])


def share(flags: Sequence[bool]) -> float:
    """The fraction of True, or NaN for no flags."""
    return sum(flags) / len(flags) if flags else float("nan")


def main(argv: list[str] | None = None) -> int:
    """Print per label/kind how often judge_pair merges, and the headline figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="contrast set (JSONL)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list the pairs judged wrongly"
    )
    args = parser.parse_args(argv)

    judge, label = load_judge()
    pairs = load_pairs(args.data)
    verdicts = judge_all(pairs, judge)

    groups: dict[str, list[bool]] = {}
    for pair, verdict in zip(pairs, verdicts, strict=True):
        groups.setdefault(group_name(pair), []).append(verdict.same)

    shown = args.data.relative_to(REPO_ROOT) if args.data.is_relative_to(REPO_ROOT) else args.data
    print(f"contrast set: {shown} ({len(pairs)} pairs)")
    print(f"judge: {label}")
    print()
    print(f"{'label/kind':<22}{'pairs':>7}{'merged':>9}")
    order = ["paraphrase", "different", *sorted(g for g in groups if g.startswith("distorted/"))]
    for name in order:
        if name in groups:
            print(f"{name:<22}{len(groups[name]):>7}{share(groups[name]):>9.1%}")

    def merged(of_label: str) -> list[bool]:
        return [v.same for p, v in zip(pairs, verdicts, strict=True) if p["label"] == of_label]

    distorted_apart = 1 - share(merged("distorted"))
    paraphrase_merged = share(merged("paraphrase"))
    different_apart = 1 - share(merged("different"))
    print()
    apart, merge = TARGET_DISTORTED_APART, TARGET_PARAPHRASE_MERGED
    print(f"distorted kept apart: {distorted_apart:7.1%}  (target >= {apart:.0%})")
    print(f"paraphrases merged:   {paraphrase_merged:7.1%}  (target >= {merge:.0%})")
    print(f"different kept apart: {different_apart:7.1%}")

    if args.verbose:
        print()
        for pair, verdict in zip(pairs, verdicts, strict=True):
            wrong = verdict.same != (pair["label"] == "paraphrase")
            if wrong:
                print(
                    f"{pair['id']} {group_name(pair)}: same={verdict.same} "
                    f"similarity={verdict.similarity:.2f} differences={verdict.differences}"
                )
                print(f"    a: {pair['a']}\n    b: {pair['b']}")

    missed = (
        distorted_apart < TARGET_DISTORTED_APART or paraphrase_merged < TARGET_PARAPHRASE_MERGED
    )
    if args.check and missed:
        print("\ncheck: target missed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
