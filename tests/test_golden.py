"""Golden files for the seeds report (JSON, table, HTML, CSV, schema): a readable diff on change.

Regenerate with `UPDATE_GOLDEN=1 pytest tests/test_golden.py` (or `pytest --update-golden`)
and review the diff like code: `git diff tests/golden/`.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
from io import StringIO

import pytest
from rich.console import Console

from corroborate.render import (
    render_csv,
    render_html,
    render_json,
    render_table,
    summary_line,
)
from corroborate.schema import Report
from tests.conftest import GOLDEN

# The seeds page links articles to files as a page written beside the seeds folder would.
SEEDS_BASE = "seeds"


def _check(name: str, actual: str, update: bool) -> None:
    path = GOLDEN / name
    if update or not path.exists():
        GOLDEN.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="")
        if not update:
            pytest.fail(f"{name} did not exist; written now, review and commit it")
        return
    # bytes, not read_text: the CSV's CRLF line ends are part of what is checked
    expected = path.read_bytes().decode("utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            fromfile=f"golden/{name}", tofile="actual", n=2))
        pytest.fail(f"{name} differs from the golden file (UPDATE_GOLDEN=1 pytest "
                    f"tests/test_golden.py to accept, then review git diff):\n" + diff[:20000])


def seeds_table(report: Report, texts: dict[str, str]) -> str:
    buffer = StringIO()
    Console(width=100, color_system=None, file=buffer).print(render_table(report, texts))
    return buffer.getvalue()


def test_golden_seeds_json(seeds_report: Report, update_golden: bool) -> None:
    _check("seeds.json", render_json(seeds_report), update_golden)


def test_golden_seeds_table(
    seeds_report: Report, seeds_texts: dict[str, str], update_golden: bool
) -> None:
    _check("report.txt", seeds_table(seeds_report, seeds_texts), update_golden)


def test_golden_seeds_html(
    seeds_report: Report, seeds_texts: dict[str, str], update_golden: bool
) -> None:
    page = render_html(seeds_report, seeds_texts, file_base=SEEDS_BASE)
    assert page == render_html(seeds_report, dict(seeds_texts), file_base=SEEDS_BASE)
    _check("seeds.html", page, update_golden)


def test_golden_seeds_csv(
    seeds_report: Report, seeds_texts: dict[str, str], update_golden: bool
) -> None:
    _check("seeds.csv", render_csv(seeds_report, seeds_texts), update_golden)


def test_golden_report_schema(update_golden: bool) -> None:
    _check("report.schema.json",
           json.dumps(Report.model_json_schema(), indent=2, sort_keys=True) + "\n", update_golden)


def test_seeds_table_at_100_columns_shows_every_member_of_every_multi_article_cluster(
    seeds_report: Report, seeds_texts: dict[str, str]
) -> None:
    table = seeds_table(seeds_report, seeds_texts)
    lines = table.splitlines()
    assert all(len(line) <= 100 for line in lines)
    documents = {d.doc_id: d for d in seeds_report.documents}
    claims = {c.id: c for c in seeds_report.claims}
    multi = [k for k in seeds_report.clusters if len(k.doc_ids) > 1]
    assert multi
    # the wording column alone: a wrapped wording runs on past the location column's lines
    wording = " ".join(" ".join(re.split(r"\s{2,}", line.strip(), maxsplit=1)[-1].split())
                       for line in lines if line.startswith(" " * 6))
    for cluster in multi:
        for claim_id in cluster.claim_ids:
            claim = claims[claim_id]
            path = documents[claim.doc_id].path
            # its location (path:line) and the start of its own wording are both shown
            assert any(line.lstrip().startswith(path) or f" {path}:" in line for line in lines), (
                path)
            assert " ".join(claim.content.text.split())[:40] in wording, claim.content.text
    # the summary comes last, so it stays on screen after the table scrolls
    assert lines[-1].startswith("corroborate: ")
    assert summary_line(seeds_report) in lines[-1]


def test_seeds_csv_round_trips_with_one_row_per_claim(
    seeds_report: Report, seeds_texts: dict[str, str]
) -> None:
    rows = list(csv.DictReader(io.StringIO(render_csv(seeds_report, seeds_texts), newline="")))
    assert len(rows) == len(seeds_report.claims)
    assert sorted(r["claim_id"] for r in rows) == sorted(c.id for c in seeds_report.claims)
    claims = {c.id: c for c in seeds_report.claims}
    for row in rows:
        claim = claims[row["claim_id"]]
        text = row["content"]
        assert text.removeprefix("'") == claim.content.text
        assert int(row["content_start"]) == claim.content.spans[0][0]
        assert row["verdict"] in {"corroborated", "single-sourced"}
        assert int(row["line"]) >= 1
