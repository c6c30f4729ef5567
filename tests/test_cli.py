"""The command-line tool through typer's CliRunner: exit codes, formats, the contract."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corroborate.cli import _stdin_hint, app, stage
from corroborate.schema import Report
from tests.conftest import SEEDS
from tests.ecbplus import ECBPLUS, build_mixed_folder

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


ARTICLE = (
    "The mayor said on Tuesday that the bridge would reopen next month after repairs.\n\n"
    "A spokesperson for the city confirmed that the work was ahead of schedule.\n"
)


def _no_run(*args: object, **kwargs: object) -> None:
    raise AssertionError("the pipeline must not run")


def test_cli_output_into_a_missing_folder_fails_before_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from corroborate import api

    monkeypatch.setattr(api, "corroborate", _no_run)
    result = runner.invoke(app, ["report", str(SEEDS), "-o", str(tmp_path / "no" / "r.html")])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "does not exist" in result.stderr
    result = runner.invoke(app, ["report", str(SEEDS), "-o", str(tmp_path)])
    assert result.exit_code == 2 and "is a folder" in result.stderr


def test_cli_output_in_the_input_folder_is_never_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    pages = []
    for _ in range(2):
        result = runner.invoke(app, ["report", str(tmp_path), "-o", str(tmp_path / "r.html")])
        assert result.exit_code == 0, result.output
        pages.append((tmp_path / "r.html").read_bytes())
    assert pages[0] == pages[1]
    assert b"r.html" not in pages[1]
    for _ in range(2):
        result = runner.invoke(app, ["report", str(tmp_path), "-o", str(tmp_path / "r.json")])
        assert result.exit_code == 0, result.output
        report = Report.model_validate_json((tmp_path / "r.json").read_text(encoding="utf-8"))
        # this report is never read; the page written before it is known for a report
        assert [(d.path, d.status) for d in report.documents] == [
            ("a.txt", "ok"), ("r.html", "skipped")]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_cli_empty_folder_says_there_is_nothing_to_read(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(tmp_path), "-f", "json"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "nothing to read" in result.stderr and result.stderr.count("\n") == 1


def test_cli_help_shows_flags_without_types_and_gives_examples() -> None:
    for args in (["report", "--help"], ["--help"], ["report", "-h"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0
        assert "<bool>" not in result.stdout and "list[str]" not in result.stdout
        assert "Examples" in result.stdout and "-o report.html" in result.stdout


@pytest.mark.parametrize(
    ("name", "check"),
    [("r.html", lambda b: b.startswith(b"<!doctype html>")),
     ("r.csv", lambda b: b.startswith(b"\xef\xbb\xbfcluster,cluster_id,")),
     ("r.json", lambda b: b.startswith(b"{")),
     ("r.txt", lambda b: b.startswith(b"corroborate: "))],
)
def test_cli_format_follows_the_output_extension_and_says_what_it_wrote(
    tmp_path: Path, name: str, check: Callable[[bytes], bool]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["report", str(tmp_path / "in"), "-o", str(tmp_path / name)])
    assert result.exit_code == 0, result.output
    assert check((tmp_path / name).read_bytes())
    assert result.stdout == ""
    assert result.stderr.startswith(f"corroborate: wrote {tmp_path / name}")
    assert "1 of 1 article read" in result.stderr


def test_cli_csv_to_stdout_round_trips() -> None:
    result = runner.invoke(app, ["report", str(SEEDS), "-f", "csv", "-q"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert rows and {r["doc_id"] for r in rows} <= {p.stem for p in SEEDS.iterdir()}


def test_progress_stages_are_named() -> None:
    assert stage(None, None) == "reading articles, loading the model, extracting claims"
    assert stage(2, 5) == "extracting claims"
    assert stage(5, 5) == "matching claims across articles"


def test_stdin_on_a_terminal_says_how_to_end_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    _stdin_hint(["-"])
    assert "Ctrl-D" in capsys.readouterr().err
    _stdin_hint(["seeds/"])
    assert capsys.readouterr().err == ""


@pytest.mark.skipif(not ECBPLUS.is_dir(), reason="ECB+ is not in ../shared/corpora/ecbplus")
def test_cli_csv_names_outlets_of_a_mixed_ecbplus_folder(tmp_path: Path) -> None:
    urls = build_mixed_folder(tmp_path / "in")
    result = runner.invoke(app, ["report", str(tmp_path / "in"), "-f", "csv", "-q"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert rows
    for row in rows:
        assert bool(row["outlet"]) == (urls[row["path"]] is not None), row["path"]
