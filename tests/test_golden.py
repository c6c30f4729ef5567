"""Golden files for the seeds report (JSON, table, schema): a readable diff on any change.

Regenerate with `pytest --update-golden` and review the diff like code.
"""

from __future__ import annotations

import difflib
import json
from io import StringIO

import pytest
from rich.console import Console

from corroborate.render import render_json, render_table
from corroborate.schema import Report
from tests.conftest import GOLDEN


def _check(name: str, actual: str, update: bool) -> None:
    path = GOLDEN / name
    if update or not path.exists():
        GOLDEN.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="")
        if not update:
            pytest.fail(f"{name} did not exist; written now, review and commit it")
        return
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            fromfile=f"golden/{name}", tofile="actual", n=2))
        pytest.fail(f"{name} differs from the golden file (pytest --update-golden to accept):\n"
                    + diff[:20000])


def test_golden_seeds_json(seeds_report: Report, update_golden: bool) -> None:
    _check("seeds.json", render_json(seeds_report), update_golden)


def test_golden_seeds_table(seeds_report: Report, update_golden: bool) -> None:
    buffer = StringIO()
    Console(width=100, color_system=None, file=buffer).print(render_table(seeds_report))
    _check("report.txt", buffer.getvalue(), update_golden)


def test_golden_report_schema(update_golden: bool) -> None:
    _check("report.schema.json",
           json.dumps(Report.model_json_schema(), indent=2, sort_keys=True) + "\n", update_golden)
