"""The CLI's options for cores, the claim cache and the engine: passed on, checked, reported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from corroborate.api import corroborate
from corroborate.cli import app
from corroborate.engine import EngineError
from tests.conftest import SEEDS

runner = CliRunner()


@pytest.fixture()
def captured(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Run the real pipeline, keeping the options the CLI passed to it."""
    from corroborate import api

    seen: dict[str, Any] = {}

    def spy(inputs: Any, **kwargs: Any) -> Any:
        seen.update(kwargs)
        return corroborate(inputs, **kwargs)

    monkeypatch.setattr(api, "corroborate", spy)
    return seen


@pytest.mark.parametrize(("args", "expected"), [
    ([], {"jobs": None, "cache": None, "engine": "local", "scheduler": None}),
    (["--jobs", "1", "--no-cache"], {"jobs": 1, "cache": False, "engine": "local"}),
    (["-j", "2", "--cache", "CACHE"], {"jobs": 2, "engine": "local"}),
])
def test_cli_engine_options_reach_the_api(captured: dict[str, Any], tmp_path: Path,
                                          args: list[str], expected: dict[str, Any]) -> None:
    args = [str(tmp_path / "c") if a == "CACHE" else a for a in args]
    result = runner.invoke(app, ["report", str(SEEDS), "-f", "json", "-q", *args])
    assert result.exit_code == 0, result.stderr
    assert {k: captured[k] for k in expected} == expected
    if "--cache" in args:
        assert captured["cache"] == tmp_path / "c" and (tmp_path / "c").is_dir()


@pytest.mark.parametrize(("args", "message"), [
    (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
    (["--cache", "x", "--no-cache"], "contradict"),
    (["--jobs", "0"], "--jobs"),
    (["--engine", "spark"], "--engine"),
])
def test_cli_engine_bad_options_are_usage_errors(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["report", str(SEEDS), *args])
    assert result.exit_code == 2
    assert message in result.stderr


def test_cli_engine_error_is_one_line_and_exit_1(monkeypatch: pytest.MonkeyPatch) -> None:
    from corroborate import api

    def broken(*args: object, **kwargs: object) -> None:
        raise EngineError("Dask workers kept dying while extracting claims")

    monkeypatch.setattr(api, "corroborate", broken)
    result = runner.invoke(app, ["report", str(SEEDS), "--engine", "dask"])
    assert result.exit_code == 1
    assert result.stderr == "corroborate: error: Dask workers kept dying while extracting claims\n"


def test_cli_engine_cache_problem_is_a_note_not_a_failure(tmp_path: Path) -> None:
    (tmp_path / "claims-v1.sqlite3").write_bytes(b"not a database at all" * 50)
    result = runner.invoke(app, ["report", str(SEEDS), "-f", "json", "--cache", str(tmp_path)])
    assert result.exit_code == 0
    assert "corroborate: note: the claim cache" in result.stderr and "rebuilt" in result.stderr
