"""PolNeAR harness: run the corroborate CLI over a split and score it against the gold."""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
# shared/ sits beside the checkout in CI and inside it on some machines; the env var wins.
_SHARED_CANDIDATES = (REPO_ROOT.parent / "shared", REPO_ROOT / "shared")
SPLITS = ("train", "dev", "test")
SUBSETS = ("all", "speech", "direct")
COMPONENTS = ("source", "cue", "content")

# Inter-annotator agreement on PolNeAR (research/attribution-anchors.md) and our targets.
# Relation metrics are read on --files primary, component metrics on --files all, because
# that is how the human figures were measured.
RELATION_TARGETS: dict[str, tuple[str, float, float]] = {
    "detection": ("detection", 0.851, 0.85),
    "content_j50": ("content@J>=0.5", 0.794, 0.80),
    "lenient_triple": ("lenient triple", 0.747, 0.75),
}
COMPONENT_TARGETS: dict[str, tuple[float, float]] = {
    "source": (0.79, 0.83),
    "cue": (0.71, 0.75),
    "content": (0.69, 0.73),
}


def polnear_root() -> Path:
    """Return the PolNeAR folder (the one holding ``data/``).

    Returns:
        ``$CORROBORATE_POLNEAR`` if set, else the first ``shared/corpora/polnear`` found.

    Raises:
        SystemExit: If the corpus is nowhere to be found.
    """
    env = os.environ.get("CORROBORATE_POLNEAR")
    candidates = [Path(env)] if env else [s / "corpora" / "polnear" for s in _SHARED_CANDIDATES]
    for path in candidates:
        if (path / "data" / "metadata.tsv").is_file():
            return path
    raise SystemExit(f"PolNeAR not found; set CORROBORATE_POLNEAR (looked in {candidates})")


def scorer_path() -> Path:
    """Return the path of ``shared/tools/score_polnear.py``, the one scorer we report with.

    Raises:
        SystemExit: If the scorer is nowhere to be found.
    """
    env = os.environ.get("CORROBORATE_POLNEAR")
    # With the override the tools usually sit two levels above the corpus, as in shared/.
    bases = ([Path(env).parents[1]] if env else []) + list(_SHARED_CANDIDATES)
    for base in bases:
        path = base / "tools" / "score_polnear.py"
        if path.is_file():
            return path
    raise SystemExit(f"score_polnear.py not found (looked in {[str(b / 'tools') for b in bases]})")


def load_scorer() -> ModuleType:
    """Import the shared scorer as a module, so that gold reading and alignment match scoring."""
    spec = importlib.util.spec_from_file_location("score_polnear", scorer_path())
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def count_words(text_dir: Path) -> int:
    """Whitespace words in every ``.txt`` under ``text_dir``, the unit of the corpus README."""
    return sum(len(p.read_text(encoding="utf-8").split()) for p in sorted(text_dir.glob("*.txt")))


# PolNeAR annotates nested speech ("X reported that Y told aides that Z") as the outer relation
# only; corroborate reports Y's claim with X in its chain (the attribution component's `relays`
# setting). By default the harness runs the CLI with that one setting in PolNeAR's convention,
# so the scores measure extraction, not the choice of which of the two relations to report;
# --nested relays runs the product as shipped (on dev 2 of 1,727 claims differ; see
# bench/README.md). The CLI takes no component settings, so a small bootstrap sets them as the
# factory's defaults (spaCy merges a component's config over them) before the CLI builds its
# pipeline; the claim cache does not know such settings, so those runs use none.
_WITH_COMPONENT_CONFIG = (
    "import json, sys; from spacy.language import Language; import corroborate.components; "
    "Language.get_factory_meta('corroborate_attributions').default_config.update("
    "json.loads(sys.argv.pop(1))); from corroborate.cli import app; app(prog_name='corroborate')")


def component_config(nested: str = "polnear", disabled: Sequence[str] = ()) -> dict[str, Any]:
    """The attribution component's settings for a run: `relays` and `propositions` off in
    PolNeAR's convention,
    and the rules switched off (`corroborate.attribution.registry` names them)."""
    config: dict[str, Any] = {}
    if nested == "polnear":
        config["relays"] = False
        config["propositions"] = False  # one attribution a cue, as PolNeAR annotates
    if disabled:
        from corroborate.attribution import check_rule_names

        config["disabled_rules"] = sorted(check_rule_names(disabled))
    return config


def run_cli(text_dir: Path, report: Path, nested: str = "polnear", disabled: Sequence[str] = ()) -> float:
    """Run ``corroborate report DIR --format json --quiet`` and write its stdout to ``report``.

    Args:
        text_dir: Folder of article ``.txt`` files.
        report: Where the JSON report goes.
        nested: ``polnear`` (the outer relation of nested speech, as PolNeAR annotates it)
            or ``relays`` (the inner claim with its relay chain, as the product reports it).
        disabled: Attribution rules to switch off, by name.

    Returns:
        Wall-clock seconds of the CLI run, model loading included.

    Raises:
        SystemExit: If the CLI fails or prints something that is not JSON.
    """
    config = component_config(nested, disabled)
    entry = ["-c", _WITH_COMPONENT_CONFIG, json.dumps(config)] if config else ["-m", "corroborate"]
    cmd = [sys.executable, *entry, "report", str(text_dir), "--format", "json", "--quiet",
           *(["--no-cache"] if config else [])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(REPO_ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    start = time.perf_counter()
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True, encoding="utf-8",
                          env=env, cwd=REPO_ROOT)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"corroborate exited {proc.returncode}:\n{proc.stderr.strip()[-3000:]}")
    try:
        json.loads(proc.stdout)
    except ValueError as e:
        raise SystemExit(f"corroborate printed no JSON report ({e}); stderr:\n{proc.stderr[-3000:]}") from e
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(proc.stdout, encoding="utf-8")
    return seconds


def score(split_dir: Path, report: Path, files: str) -> dict[str, Any]:
    """Run the shared scorer with ``--json`` and return its result object.

    Args:
        split_dir: The gold split folder (``data/<split>``).
        report: The system's JSON report.
        files: ``primary`` or ``all``.

    Raises:
        SystemExit: If the scorer rejects the report.
    """
    cmd = [sys.executable, str(scorer_path()), "--gold", str(split_dir), "--report", str(report),
           "--files", files, "--json"]
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True, encoding="utf-8")
    if proc.returncode != 0:
        raise SystemExit(f"score_polnear exited {proc.returncode}: {proc.stderr.strip()}")
    for line in proc.stderr.splitlines():
        print(line, file=sys.stderr)
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def format_table(relations: dict[str, Any], every: dict[str, Any]) -> str:
    """Render the headline metrics next to the human agreement and the targets.

    Args:
        relations: Scorer result the relation rows are read from (``--files primary`` unless
            asked otherwise; the human figures for relations are on primary files).
        every: Scorer result for ``--files all``, which the component rows are read from.

    Returns:
        A fixed-width table, one row per metric, one F1 column per subset.
    """
    head = f"{'metric':<28}" + "".join(f"{s:>8}" for s in SUBSETS) + f"{'human':>8}{'target':>8}"
    lines = [head, "-" * len(head)]

    def row(label: str, values: list[float], human: float, target: float) -> str:
        mark = "  ok" if values[0] >= target else ""
        return (f"{label:<28}" + "".join(f"{v:>8.3f}" for v in values)
                + f"{human:>8.3f}{target:>8.2f}{mark}")

    files = relations["gold"]["files"]
    for key, (label, human, target) in RELATION_TARGETS.items():
        values = [relations["subsets"][s]["relation"][key]["f1"] for s in SUBSETS]
        lines.append(row(f"{label} F1 ({files})", values, human, target))
    for role, (human, target) in COMPONENT_TARGETS.items():
        values = [every["subsets"][s]["component"][role]["f1"] for s in SUBSETS]
        lines.append(row(f"{role} exact F1 (all files)", values, human, target))
    counts = relations["subsets"]["all"]
    lines.append(f"({files}: {counts['n_gold']} gold relations, {counts['n_pred']} predicted; "
                 "human = inter-annotator agreement; 'ok' = the ALL column meets the target)")
    return "\n".join(lines)


def _context(text: str, spans: list[tuple[int, int]], width: int = 60) -> str:
    """The text around ``spans`` (``width`` characters each side), whitespace collapsed."""
    lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
    return " ".join(text[max(0, lo - width):min(len(text), hi + width)].split())


def _describe(scorer: ModuleType, text: str, rel: Any) -> str:
    """Each role of a relation as ``role='surface'``, one per line, cut to 160 characters."""
    parts = [f"{r}={scorer.surface(text, rel.spans[r])!r:.160}" for r in COMPONENTS]
    return "    " + "\n    ".join(parts)


def print_errors(split_dir: Path, report: Path, n: int) -> None:
    """Print ``n`` missed gold relations and ``n`` false positives (primary files).

    These are printed only, for developers reading them: PolNeAR text must not be saved in the
    repository.

    Args:
        split_dir: The gold split folder.
        report: The system's JSON report.
        n: How many of each kind to print (spread evenly over the list, so not all from one
            article).
    """
    scorer = load_scorer()
    docs, _ = scorer.load_gold(split_dir, split_dir.parent / "metadata.tsv", "primary",
                               lambda _: None)
    preds = scorer.load_predictions(json.loads(report.read_text(encoding="utf-8")), docs,
                                    lambda _: None)
    missed: list[tuple[str, str, Any]] = []
    spurious: list[tuple[str, str, Any]] = []
    for d in docs:
        gold, pred = d["rels"], preds.get(d["article"], [])
        pairs = scorer.align(gold, pred)
        used = set(pairs.values())
        missed += [(d["article"], d["text"], g) for i, g in enumerate(gold) if i not in pairs]
        spurious += [(d["article"], d["text"], p) for j, p in enumerate(pred) if j not in used]
    for title, items in (("missed gold relations", missed), ("false positives", spurious)):
        step = max(1, len(items) // n) if n else len(items) + 1
        sample = items[::step][:n]
        print(f"\n== {title}: {len(items)} in all, {len(sample)} shown")
        for art, text, rel in sample:
            spans = [s for r in COMPONENTS for s in rel.spans[r]]
            print(f"- {art}\n    ...{_context(text, spans)}...")
            print(_describe(scorer, text, rel))


def rule_counts(split_dir: Path, report: Path) -> dict[str, tuple[int, int]]:
    """Per rule, how many claims it built and how many of them are correct (primary files).

    A claim is correct when the shared scorer's one-to-one alignment pairs it with a gold
    relation, as `print_errors` counts false positives.

    Returns:
        rule name -> (claims built, claims aligned to a gold relation).
    """
    scorer = load_scorer()
    docs, _ = scorer.load_gold(split_dir, split_dir.parent / "metadata.tsv", "primary",
                               lambda _: None)
    data = json.loads(report.read_text(encoding="utf-8"))
    rule_of = {c["id"]: c.get("rule") or "(none)" for c in data["claims"]}
    preds = scorer.load_predictions(data, docs, lambda _: None)
    built: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    for d in docs:
        pred = preds.get(d["article"], [])
        matched = set(scorer.align(d["rels"], pred).values())
        for j, rel in enumerate(pred):
            rule = rule_of.get(rel.key, "(none)")
            built[rule] += 1
            correct[rule] += j in matched
    return {rule: (built[rule], correct[rule]) for rule in built}


def format_rule_table(counts: dict[str, dict[str, tuple[int, int]]]) -> str:
    """One row per rule (registry order): claims built, correct and precision for each split."""
    from corroborate.attribution import rule_names

    splits = list(counts)
    seen = {r for c in counts.values() for r in c}
    rules = [r for r in [*rule_names(), "passes.continuation"] if r in seen] + sorted(
        seen - {*rule_names(), "passes.continuation"})
    head = f"{'rule':<26}" + "".join(f"{s + ' built':>12}{'correct':>9}{'prec':>7}" for s in splits)
    lines = [head, "-" * len(head)]
    for rule in [*rules, "all"]:
        row = f"{rule:<26}"
        for split in splits:
            built, right = (tuple(map(sum, zip(*counts[split].values(), strict=True))) if rule == "all"
                            else counts[split].get(rule, (0, 0)))
            row += f"{built:>12,}{right:>9,}" + (f"{right / built:>7.3f}" if built else f"{'-':>7}")
        lines.append(row)
    return "\n".join(lines)


def by_rule(out: Path, nested: str, disabled: Sequence[str]) -> int:
    """Run the CLI on dev and train and print, per rule, the claims built and correct."""
    counts: dict[str, dict[str, tuple[int, int]]] = {}
    for split in ("dev", "train"):
        split_dir = polnear_root() / "data" / split
        report = out / f"polnear-{split}{_suffix(nested, disabled)}.json"
        run_cli(split_dir / "text", report, nested, disabled)
        counts[split] = rule_counts(split_dir, report)
    print(f"claims per attribution rule (primary files; correct = aligned to a gold relation; "
          f"nested speech: {nested})")
    print(format_rule_table(counts))
    return 0


def _suffix(nested: str, disabled: Sequence[str]) -> str:
    """The report file's suffix for a run's settings."""
    return ("" if nested == "polnear" else "-relays") + "".join(f"-no-{r}" for r in sorted(disabled))


def main(argv: list[str] | None = None) -> int:
    """Run the harness; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--files", choices=("primary", "all"), default="primary",
                        help="annotation files the relation rows are scored on (component rows "
                             "always use all files, as the human figures do)")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "bench" / "out")
    parser.add_argument("--report", type=Path,
                        help="score this existing report instead of running the CLI")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print N missed gold relations and N false positives")
    parser.add_argument("--full", action="store_true",
                        help="also print the scorer's full table for --files")
    parser.add_argument("--nested", choices=("polnear", "relays"), default="polnear",
                        help="nested speech as PolNeAR annotates it (the outer relation, the "
                             "default) or as corroborate reports it (the inner claim and its "
                             "relay chain)")
    parser.add_argument("--disable", action="append", default=[], metavar="RULE",
                        help="switch an attribution rule off (repeatable; names in "
                             "corroborate.attribution.registry)")
    parser.add_argument("--by-rule", action="store_true",
                        help="run dev and train and print, per rule, the claims it builds and "
                             "how many align to a gold relation")
    args = parser.parse_args(argv)
    if args.by_rule:
        return by_rule(args.out, args.nested, args.disable)

    split_dir = polnear_root() / "data" / args.split
    if not (split_dir / "text").is_dir():
        raise SystemExit(f"{split_dir} has no text/ folder (the test split is withheld)")
    words = count_words(split_dir / "text")
    if args.report:
        report, seconds = args.report, None
    else:
        report = args.out / f"polnear-{args.split}{_suffix(args.nested, args.disable)}.json"
        seconds = run_cli(split_dir / "text", report, args.nested, args.disable)

    results = {files: score(split_dir, report, files) for files in ("primary", "all")}
    gold = results["primary"]["gold"]
    print(f"PolNeAR {args.split}: {gold['articles']} articles, {words:,} words, report {report}")
    if not args.report:
        print(f"nested speech: {args.nested}" + (f"; rules off: {', '.join(args.disable)}"
                                                 if args.disable else ""))
    if seconds is not None:
        print(f"run: {seconds:.1f} s, {words / seconds:,.0f} words/s (model loading included)")
    print(format_table(results[args.files], results["all"]))
    if args.full:
        scorer = load_scorer()
        print("\n" + scorer.table(results[args.files]))
    if args.errors:
        print_errors(split_dir, report, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
