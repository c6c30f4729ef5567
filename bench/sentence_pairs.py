"""`judge_pair` on sentence pairs drawn from the stories' gold: one claim or not?

The story sets' gold pairs (`bench/stories.py`: "carried", one proposition from one source in
two articles; "apart", a different or changed claim) are phrases inside the articles. Each
phrase is taken with the sentence it stands in (a plain splitter: a full stop, question or
exclamation mark and a capital after it, or a line break), and the two sentences go to
`corroborate.match.judge_pair` as two free texts, with no speaker given: the form of a pair a
user or a benchmark brings. Printed: the share of carried pairs judged one claim and of apart
pairs kept apart, with `attributions=False` (the texts judged as they stand, as before
session 28) and with the default (the claims the texts attribute judged too), from one run;
`--phrases` adds the bare gold phrases (contents, not sentences).

    PYTHONPATH=src .venv/bin/python bench/sentence_pairs.py bench/data/stories-heldout12
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

_BREAK = re.compile(r"[.!?][\"\u201d']?\s+(?=[A-Z\"\u201c])|\n+")


def sentence_of(texts: Sequence[str], words: str) -> str:
    """The sentence of the first text that holds the words (the words if none does)."""
    for text in texts:
        at = text.find(words)
        if at < 0:
            continue
        starts = [0, *(m.end() for m in _BREAK.finditer(text))]
        start = max(s for s in starts if s <= at)
        ends = [s for s in starts if s >= at + len(words)]
        return text[start : min(ends) if ends else len(text)].strip()
    return words


def gold_pairs(set_dir: Path, sentences: bool) -> Iterator[tuple[bool, str, str]]:
    """(one claim?, text, text) for every gold pair of every story in a set."""
    for gold_path in sorted(set_dir.glob("*.gold.json")):
        folder = gold_path.with_name(gold_path.name[: -len(".gold.json")])
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.is_file()]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for key, one in (("carried", True), ("apart", False)):
            for a, b in gold[key]:
                if sentences:
                    a, b = sentence_of(texts, a), sentence_of(texts, b)
                yield one, a, b


def score(pairs: list[tuple[bool, str, str]], attributions: bool) -> tuple[float, float]:
    """(share of one-claim pairs judged one claim, share of the others kept apart)."""
    from corroborate.match import judge_pair

    merged = {True: 0, False: 0}
    for one, a, b in pairs:
        merged[one] += judge_pair(a, b, attributions=attributions).same
    ones = sum(1 for one, _, _ in pairs if one)
    others = len(pairs) - ones
    return merged[True] / max(ones, 1), 1 - merged[False] / max(others, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path, help="story set folders")
    parser.add_argument("--phrases", action="store_true", help="also score the bare gold phrases")
    args = parser.parse_args(argv)
    forms = [("sentences", True)] + ([("phrases", False)] if args.phrases else [])
    print(f"sets: {' '.join(str(s) for s in args.sets)}")
    print(f"{'pairs':<10} {'judge_pair':<22} {'one claim':>10} {'kept apart':>11} {'balanced':>9}")
    for form, sentences in forms:
        pairs = [p for s in args.sets for p in gold_pairs(s, sentences)]
        ones = sum(1 for one, _, _ in pairs if one)
        for attributions in (False, True):
            same, apart = score(pairs, attributions)
            how = "attributions read" if attributions else "texts as they stand"
            print(f"{form:<10} {how:<22} {same:>9.1%} {apart:>10.1%} {(same + apart) / 2:>8.1%}"
                  f"   ({ones} one claim, {len(pairs) - ones} apart)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
