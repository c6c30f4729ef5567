"""Reading and extraction in worker processes: the same report as one process, whatever runs it."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from corroborate import engine as engine_module
from corroborate import nlp as nlp_module
from corroborate.api import RunStats, corroborate
from corroborate.engine import EngineError, LocalEngine, read_task
from corroborate.ingest import plan_inputs, read_articles
from corroborate.render import render_json
from tests.conftest import SEEDS
from tests.stories import write_story_folder


@pytest.fixture()
def many_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make small inputs worth workers and tasks small, so that tests exercise the pool."""
    monkeypatch.setattr(engine_module, "CHARS_PER_WORKER", 500)
    monkeypatch.setattr(engine_module, "TASK_CHARS", 1500)
    monkeypatch.setattr(engine_module, "READ_MIN_FILES", 0)
    monkeypatch.setattr(engine_module, "READ_TASK_FILES", 3)


@pytest.fixture(scope="module")
def story_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("story")
    shutil.copytree(SEEDS, folder, dirs_exist_ok=True)
    write_story_folder(folder, 14)
    (folder / "feed.jsonl").write_text(
        json.dumps({"text": "Mayor Anna Berg said the harbour would reopen on Monday.",
                    "url": "https://example.org/a"}) + "\n{bad\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "sources.csv").write_text("file,outlet\nstory_001.txt,City Daily\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def one_process_json(story_folder: Path) -> str:
    return render_json(corroborate([story_folder], jobs=1, cache=False))


@pytest.mark.parametrize(("jobs",), [(2,), (3,)])
def test_parallel_jobs_give_byte_identical_json(
        story_folder: Path, one_process_json: str, many_workers: None, jobs: int) -> None:
    stats = RunStats()
    assert render_json(corroborate([story_folder], jobs=jobs, cache=False, stats=stats)) == one_process_json
    assert stats.parsed == stats.articles > 15


def test_parallel_long_article_split_across_workers_is_identical(
        tmp_path: Path, many_workers: None, monkeypatch: pytest.MonkeyPatch) -> None:
    paragraph = ("Police spokesman Tom Reed said the harbour would reopen on Monday. "
                 "“We are lucky that nobody was killed,” Reed told reporters.\n\n")
    (tmp_path / "long.txt").write_text(paragraph * 60, encoding="utf-8")
    monkeypatch.setattr(nlp_module, "CHUNK_CHARS", 1000)
    here = render_json(corroborate([tmp_path], jobs=1, cache=False))
    pooled = render_json(corroborate([tmp_path], jobs=2, cache=False))
    assert pooled == here
    assert len(json.loads(here)["claims"]) >= 60


def test_parallel_small_input_starts_no_worker() -> None:
    runner = LocalEngine(jobs=2)
    articles = read_articles([SEEDS])
    entries = dict(runner.extract(articles))
    runner.close()
    assert runner.workers_started == 0
    assert len(entries) == len(articles)


def test_parallel_reading_in_workers_equals_reading_here(story_folder: Path, many_workers: None) -> None:
    plan = plan_inputs([story_folder])
    runner = LocalEngine(jobs=2)
    try:
        pooled = runner.read(plan, max_bytes=50_000_000, detect_body=True)
    finally:
        runner.close()
    assert runner.workers_started == 2
    assert pooled == read_articles([story_folder])


def test_parallel_read_task_refuses_a_file_the_worker_cannot_see(tmp_path: Path) -> None:
    missing = json.dumps([["a.txt", str(tmp_path / "gone" / "a.txt")]])
    with pytest.raises(FileNotFoundError, match="same path"):
        read_task(missing, 1000, True, check_visible=True)


_KILL_MARK = "CORROBORATE_TEST_KILL_MARK"


def _dying_extract_task(units: str) -> str:
    """Kill this worker the first time any worker runs it (a marker file says when)."""
    mark = Path(os.environ[_KILL_MARK])
    if not mark.exists():
        mark.write_text("killed", encoding="utf-8")
        os._exit(9)
    return str(engine_module._real_extract_task(units))  # type: ignore[attr-defined]


def _always_dying_extract_task(units: str) -> str:
    os._exit(9)


def test_parallel_a_dead_worker_is_replaced_and_the_report_complete(
        story_folder: Path, one_process_json: str, many_workers: None, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    if engine_module.multiprocessing_start_method() != "fork":
        pytest.skip("the dying task is patched in by fork")
    monkeypatch.setenv(_KILL_MARK, str(tmp_path / "killed"))
    monkeypatch.setattr(engine_module, "_real_extract_task", engine_module.extract_task, raising=False)
    monkeypatch.setattr(engine_module, "extract_task", _dying_extract_task)
    assert render_json(corroborate([story_folder], jobs=2, cache=False)) == one_process_json
    assert (tmp_path / "killed").exists()


def test_parallel_workers_dying_twice_stop_the_run_with_a_clear_error(
        story_folder: Path, many_workers: None, monkeypatch: pytest.MonkeyPatch) -> None:
    if engine_module.multiprocessing_start_method() != "fork":
        pytest.skip("the dying task is patched in by fork")
    monkeypatch.setattr(engine_module, "extract_task", _always_dying_extract_task)
    with pytest.raises(EngineError, match="died twice.*--jobs 1"):
        corroborate([story_folder], jobs=2, cache=False)


def test_parallel_work_in_flight_is_bounded_not_the_whole_corpus(
        many_workers: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # memory must not grow with the corpus: tasks are made as workers take them, at most two a
    # worker ahead, and each article's claims are handed on as soon as its parts are done
    made: list[int] = []
    real_tasks = engine_module._Assembly.tasks

    def counting(self: engine_module._Assembly):  # type: ignore[no-untyped-def]
        for task in real_tasks(self):
            made.append(len(task[1]))
            yield task

    monkeypatch.setattr(engine_module._Assembly, "tasks", counting)
    monkeypatch.setattr(engine_module, "TASK_CHARS", 1)
    articles = [a for a in read_articles([SEEDS])] * 6
    articles = [a.model_copy(update={"doc_id": f"{a.doc_id}-{n}"}) for n, a in enumerate(articles)]
    runner = LocalEngine(jobs=2)
    seen_when_first_done = None
    try:
        for n, (_index, _entry) in enumerate(runner.extract(articles)):
            if n == 0:
                seen_when_first_done = len(made)
    finally:
        runner.close()
    assert len(made) == len(articles) == 30
    assert seen_when_first_done is not None and seen_when_first_done <= 2 * 2 + 1
