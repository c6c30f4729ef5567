"""Write the judge's story pairs: claim-content pairs from the gold of the project's invented
news stories, as the matcher reads them (``training/judge_story_pairs.jsonl``).

    PYTHONPATH=src .venv/bin/python scripts/judge_story_pairs.py OUT.jsonl STORY_SET_DIR...

For each story, the claims whose contents hold the gold phrases (`bench/stories.claim_of`):
every two retellings of one statement (the carried pairs and the pairs their groups imply:
a~b and a~c give b~c) are "same" (0); a pair the gold keeps apart is "conflict" (1) where the
contrast rules name a difference, else "different" (2); one pair across two statements of
one story whose static cosine is at least 0.5, and up to two across two statements of one
speaker at cosine 0.35 or more, are hard negatives, labelled the same way.
The committed file was written in session 24 from tests/data/stories and
bench/data/stories-heldout{,2,3,4,5,6,7} (2,958 pairs, 635 of them one speaker's two
statements; session 23's 2,323 pairs had none); stories-heldout8 and -9 are never trained on.
The texts are the project's own invented stories (no third-party text).
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from stories import claim_of  # noqa: E402

from corroborate.api import corroborate  # noqa: E402
from corroborate.contrast.check import differences  # noqa: E402
from corroborate.embed import load_embedder  # noqa: E402


def groups_of(carried: list[list[str]]) -> list[set[str]]:
    """The carried pairs' phrases grouped by statement: a~b and a~c are one group."""
    groups: list[set[str]] = []
    for a, b in carried:
        hit = [g for g in groups if a in g or b in g]
        merged = {a, b}.union(*hit)
        groups = [g for g in groups if g not in hit] + [merged]
    return groups


def story_rows(folder: Path, gold: dict[str, list[list[str]]]) -> list[dict[str, object]]:
    embedder = load_embedder()
    report = corroborate([folder], cache=False)

    def text(phrase: str) -> str | None:
        claim = claim_of(report, phrase)
        return None if claim is None else claim.content.text

    speaker = {c.content.text: (c.speaker or "").lower() for c in report.claims}

    def row(a: str, b: str, label: int, kind: str = "story") -> dict[str, object]:
        return {"a": a, "b": b, "label": label, "origin": f"{kind}/{folder.name}"}

    rows, seen = [], set()
    texts = [sorted({t for t in map(text, g) if t}) for g in groups_of(gold.get("carried", []))]
    for ts in texts:
        for x, y in itertools.combinations(ts, 2):
            if (x, y) not in seen:
                seen.add((x, y))
                rows.append(row(x, y, 0))
    for i, j in itertools.combinations(range(len(texts)), 2):
        if texts[i] and texts[j]:
            x, y = texts[i][0], texts[j][0]
            va, vb = embedder.encode([x, y])
            if float(va @ vb) >= 0.5 and x != y:
                rows.append(row(x, y, 1 if differences(x, y) else 2, "story-neg"))
    rows += _one_speakers_statements(texts, speaker, embedder, row)
    for a, b in gold.get("apart", []):
        x, y = text(a), text(b)
        if x and y and x != y:
            rows.append(row(x, y, 1 if differences(x, y) else 2))
    return rows


def _one_speakers_statements(
    texts: list[list[str]], speaker: dict[str, str], embedder: Any,
    row: Callable[[str, str, int, str], dict[str, object]],
) -> list[dict[str, object]]:
    """Two different statements of one speaker (two gold groups, the same speaker on both
    claims) that share the story's words (static cosine >= 0.35): "different", or "conflict"
    where the rules name a difference. Such pairs are what a judge tuned on retellings
    merges ("Putin and Kim had written each other letters" / "Kim's regime would 'pay a
    price'"); at most two a pair of statements."""
    out = []
    for i, j in itertools.combinations(range(len(texts)), 2):
        found = 0
        for x, y in itertools.product(texts[i], texts[j]):
            if found >= 2 or x == y or not speaker.get(x) or speaker.get(x) != speaker.get(y):
                continue
            va, vb = embedder.encode([x, y])
            if float(va @ vb) >= 0.35:
                out.append(row(x, y, 1 if differences(x, y) else 2, "story-voice"))
                found += 1
    return out


def main(argv: list[str]) -> int:
    out, roots = Path(argv[0]), [Path(p) for p in argv[1:]]
    with out.open("w", encoding="utf-8") as f:
        for root in roots:
            for g in sorted(root.glob("*.gold.json")):
                folder = g.with_name(g.name.removesuffix(".gold.json"))
                for r in story_rows(folder, json.loads(g.read_text(encoding="utf-8"))):
                    f.write(json.dumps(r) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
