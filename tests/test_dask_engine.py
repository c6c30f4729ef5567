"""The Dask engine on a local cluster of two workers: the same bytes as a local run, or a clear stop."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster

from corroborate import engine as engine_module
from corroborate.api import RunStats, corroborate
from corroborate.engine import EngineError, _decode_results
from corroborate.render import render_json
from tests.conftest import SEEDS
from tests.stories import write_story_folder


def _cluster(**config: object) -> LocalCluster:
    with dask.config.set(config):
        return LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
            silence_logs=logging.CRITICAL)


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with _cluster() as running:
        yield running


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dask-articles")
    write_story_folder(path, 16, seed=3)
    (path / "sub").mkdir()
    shutil.copy(SEEDS / min(os.listdir(SEEDS)), path / "sub")
    (path / "feed.jsonl").write_text(
        json.dumps({"text": "Councillor Priya Nair said the harbour would reopen on Monday."})
        + "\nnot json\n", encoding="utf-8")
    (path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (path / "sources.csv").write_text("file,outlet\nstory_004.txt,Coast News\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def local_json(folder: Path) -> str:
    return render_json(corroborate([folder], jobs=1, cache=False))


@pytest.fixture()
def small_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """One part a task and a few files a read task, so that work spreads over both workers."""
    monkeypatch.setattr(engine_module, "TASK_CHARS", 1)
    monkeypatch.setattr(engine_module, "READ_TASK_FILES", 2)


def test_dask_local_cluster_without_address_gives_the_seeds_report() -> None:
    local = render_json(corroborate([SEEDS], jobs=1, cache=False))
    assert render_json(corroborate([SEEDS], engine="dask", jobs=2, cache=False)) == local


def test_dask_cluster_by_address_gives_byte_identical_json(
        cluster: LocalCluster, folder: Path, local_json: str, small_tasks: None) -> None:
    stats = RunStats()
    out = corroborate([folder], engine="dask", scheduler=cluster.scheduler_address,
                      cache=False, stats=stats)
    assert render_json(out) == local_json
    assert stats.parsed == stats.articles == 18


def test_dask_results_fill_and_use_the_cache(cluster: LocalCluster, folder: Path,
                                             local_json: str, tmp_path: Path) -> None:
    stats = RunStats()
    corroborate([folder], engine="dask", scheduler=cluster.scheduler_address,
                cache=tmp_path, stats=stats)
    assert stats.parsed == 18
    again = RunStats()
    out = corroborate([folder], jobs=1, cache=tmp_path, stats=again)
    assert render_json(out) == local_json
    assert (again.parsed, again.cached) == (0, 18)


def test_dask_a_worker_killed_mid_run_still_gives_the_whole_report(
        cluster: LocalCluster, folder: Path, local_json: str, small_tasks: None) -> None:
    with Client(cluster) as client:  # type: ignore[no-untyped-call]
        pids = sorted(client.run(os.getpid).values())
    killed: list[int] = []

    def kill_one(done: int, total: int) -> None:
        if not killed and 0 < done < total:
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])

    out = corroborate([folder], engine="dask", scheduler=cluster.scheduler_address,
                      cache=False, progress=kill_one)
    assert killed
    assert render_json(out) == local_json


def test_dask_workers_that_keep_dying_stop_the_run_with_a_clear_error(
        folder: Path, small_tasks: None) -> None:
    with _cluster(**{"distributed.scheduler.allowed-failures": 0}) as fragile:
        with Client(fragile) as client:  # type: ignore[no-untyped-call]
            pids = list(client.run(os.getpid).values())

        def kill_all(done: int, total: int) -> None:
            for pid in pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)

        with pytest.raises(EngineError, match="kept dying|failed while|died"):
            corroborate([folder], engine="dask", scheduler=fragile.scheduler_address,
                        cache=False, progress=kill_all)


def test_dask_unreachable_scheduler_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "CONNECT_TIMEOUT_S", 2)
    with pytest.raises(EngineError, match="cannot reach the Dask scheduler"):
        engine_module.DaskEngine("tcp://127.0.0.1:9", jobs=1)


def test_dask_worker_with_another_version_is_refused() -> None:
    payload = json.dumps({"version": "other", "results": [[]]})
    with pytest.raises(EngineError, match="another version of corroborate"):
        _decode_results(payload, "mine", "a Dask worker")
