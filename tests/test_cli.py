"""The command-line tool through typer's CliRunner: exit codes, formats, the contract."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.schema import Report
from tests.conftest import SEEDS

runner = CliRunner()


def test_cli_report_json_round_trips_through_the_models() -> None:
    result = runner.invoke(app, ["report", str(SEEDS), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    report = Report.model_validate_json(result.stdout)
    assert len(report.documents) == 5
    assert report.claims and report.clusters


def test_cli_report_table_shows_both_sections() -> None:
    result = runner.invoke(app, ["report", str(SEEDS), "--format", "table", "--width", "120"])
    assert result.exit_code == 0, result.output
    assert "Corroborated (" in result.stdout
    assert "Single-sourced (" in result.stdout
    assert "Adrienne Watson" in result.stdout


def test_cli_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(tmp_path / "nope"), "--format", "json"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_cli_unknown_format_is_a_usage_error() -> None:
    result = runner.invoke(app, ["report", str(SEEDS), "--format", "xml"])
    assert result.exit_code == 2


def test_cli_bad_files_are_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(
        "Peskov said Russia was ready to discuss sanctions against North Korea.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = runner.invoke(app, ["report", str(tmp_path), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    report = Report.model_validate_json(result.stdout)
    status = {d.path: d.status for d in report.documents}
    assert status == {"empty.txt": "skipped", "good.txt": "ok", "image.png": "skipped"}
    assert [c.speaker for c in report.claims] == ["Peskov"]


def test_cli_output_file(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["report", str(SEEDS), "-f", "json", "-o", str(out), "-q"])
    assert result.exit_code == 0
    Report.model_validate_json(out.read_text(encoding="utf-8"))


def test_cli_schema_prints_the_report_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert {"documents", "claims", "clusters", "schema_version"} <= set(schema["properties"])
