"""Where reading and extraction run: this process, local worker processes, or a Dask cluster.

Each engine does two things with the same functions and the same units of work, so that the
report is byte-identical whatever runs it:

* `read`: a reading plan (`corroborate.ingest.plan_inputs`) to the articles it names, read
  where the engine runs (decoding, HTML extraction and body detection are most of the cost);
* `extract`: articles to their claims, a part (`corroborate.nlp.Part`) at a time, yielding
  each article's entry as soon as all its parts are done.

Work crosses process and machine boundaries as JSON (`model_dump_json` /
`model_validate_json`) and plain strings; no worker unpickles anything read from the inputs.
"""

from __future__ import annotations

import json
import math
import os
import socket
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import TypeAdapter

from corroborate.errors import CorroborateError
from corroborate.ingest import PlannedInput, assemble_articles, read_planned
from corroborate.schema import Article, Claim

if TYPE_CHECKING:
    from corroborate.nlp import Part

Entry = list[Claim] | str
Progress = Callable[[int, int], None]

# A worker is worth starting for about this much text to parse (some 10,000 words, a few
# seconds of one core): below it, the start-up (a process, the model) costs more than it saves.
CHARS_PER_WORKER = 60_000
# Parts are sent to workers in tasks of about this many characters: large enough that the
# JSON round trip is nothing beside the parse, small enough to balance the last ones.
TASK_CHARS = 30_000
# Files are read by workers in tasks of this many, and only when there are more than
# READ_MIN_FILES of them (a few hundred files read in a second in this process).
READ_TASK_FILES = 32
READ_MIN_FILES = 200

# How long to wait for a Dask scheduler to answer.
CONNECT_TIMEOUT_S = 30

_ARTICLES = TypeAdapter(list[Article])
_CLAIMS = TypeAdapter(list[Claim])


class EngineError(CorroborateError):
    """A worker died or a cluster could not be used: the run stops rather than report part."""


def multiprocessing_start_method() -> str:
    """fork where there is one: a worker starts in milliseconds with every module the parent
    imported (and its model, when loaded); spawn elsewhere (macOS, Windows)."""
    import multiprocessing

    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


class Engine(Protocol):
    """What the api needs of an engine."""

    def read(self, plan: Sequence[PlannedInput], *, max_bytes: int,
             detect_body: bool) -> list[Article]: ...

    def extract(self, articles: Sequence[Article], *,
                progress: Progress | None = None) -> Iterator[tuple[int, Entry]]: ...

    def close(self) -> None: ...


# --------------------------------------------------------------------------------------------
# Work units: the functions workers run, on JSON in and JSON out
# --------------------------------------------------------------------------------------------


def read_task(items: str, max_bytes: int, detect_body: bool, *, check_visible: bool = False) -> str:
    """Read files named by a JSON list of [rel, fs_path]; a JSON list of article lists.

    With `check_visible`, a file that this machine cannot see is an error rather than a
    failed article: on a cluster it means the inputs are not where every worker sees them.
    """
    out: list[str] = []
    for rel, fs_path in json.loads(items):
        if check_visible and not os.path.lexists(fs_path):
            raise FileNotFoundError(
                f"{rel}: not found at {fs_path} on the worker {socket.gethostname()}; inputs "
                "must lie on a filesystem every worker sees at the same path (README: Past one "
                "machine)")
        articles = read_planned(PlannedInput(0, rel, fs_path=fs_path), max_bytes=max_bytes,
                                detect_body=detect_body)
        out.append("[" + ",".join(a.model_dump_json() for a in articles) + "]")
    return "[" + ",".join(out) + "]"


def extract_task(units: str) -> str:
    """Parse the parts of a JSON list of {"text", "offset", "article"} and find their claims.

    Returns:
        JSON {"version": the worker's extraction version, "results": [...]}, one result per
        part: a list of claims, or the reason its extraction failed.
    """
    from corroborate.nlp import Part, extract_parts, extraction_version, load_pipeline

    parts = [Part(u["text"], u["offset"], Article.model_validate(u["article"]))
             for u in json.loads(units)]
    results = []
    for result in extract_parts(load_pipeline(), parts):
        results.append(json.dumps(result) if isinstance(result, str)
                       else "[" + ",".join(c.model_dump_json() for c in result) + "]")
    return f'{{"version":{json.dumps(extraction_version())},"results":[{",".join(results)}]}}'


def _warm_worker() -> None:
    """Load the pipeline in a new worker before its first task (and in parallel with others)."""
    from corroborate.nlp import load_pipeline

    load_pipeline()


def _units_json(parts: Sequence[Part]) -> str:
    return "[" + ",".join(
        f'{{"text":{json.dumps(p.text, ensure_ascii=False)},"offset":{p.offset},'
        f'"article":{p.article.model_dump_json()}}}' for p in parts) + "]"


def _decode_results(payload: str, version: str, where: str) -> list[Entry]:
    record = json.loads(payload)
    if record["version"] != version:
        raise EngineError(
            f"{where} runs another version of corroborate or of its models (extraction "
            f"{record['version']}, this process {version}); install the same corroborate on "
            "every worker")
    return [r if isinstance(r, str) else _CLAIMS.validate_python(r) for r in record["results"]]


@dataclass
class _Assembly:
    """Parts' results gathered into articles' entries as tasks finish, in any order."""

    articles: Sequence[Article]
    pending: dict[int, int] = field(default_factory=dict)
    results: dict[int, dict[int, Entry]] = field(default_factory=dict)

    def tasks(self) -> Iterator[tuple[list[tuple[int, int]], list[Part]]]:
        """Tasks of parts, article by article, each with the (article, part number) it holds."""
        from corroborate.nlp import parts_of

        task_chars = TASK_CHARS  # read now: a test or a harness may set it

        keys: list[tuple[int, int]] = []
        batch: list[Part] = []
        size = 0
        for n, article in enumerate(self.articles):
            parts = parts_of(article)
            self.pending[n] = len(parts)
            self.results[n] = {}
            for k, part in enumerate(parts):
                keys.append((n, k))
                batch.append(part)
                size += len(part.text)
                if size >= task_chars:
                    yield keys, batch
                    keys, batch, size = [], [], 0
        if batch:
            yield keys, batch

    def add(self, keys: Sequence[tuple[int, int]], results: Sequence[Entry]) -> Iterator[tuple[int, Entry]]:
        """Record a task's results; yield the articles it completed."""
        from corroborate.nlp import merge_parts

        for (n, k), result in zip(keys, results, strict=True):
            self.results[n][k] = result
            self.pending[n] -= 1
            if self.pending[n] == 0:
                done = self.results.pop(n)
                del self.pending[n]
                yield n, merge_parts([done[i] for i in range(len(done))])


def _workers_for(articles: Sequence[Article], jobs: int) -> int:
    chars = sum(len(a.text) for a in articles)
    return max(1, min(jobs, math.ceil(chars / CHARS_PER_WORKER)))


def _file_items(plan: Sequence[PlannedInput]) -> list[int]:
    return [i for i, item in enumerate(plan) if item.article is None and not item.sources
            and item.fs_path is not None]


def _read_here(plan: Sequence[PlannedInput], *, max_bytes: int, detect_body: bool) -> list[Article]:
    read = [read_planned(item, max_bytes=max_bytes, detect_body=detect_body) for item in plan]
    return assemble_articles(plan, read)


def _extract_here(articles: Sequence[Article], progress: Progress | None) -> Iterator[tuple[int, Entry]]:
    from corroborate.nlp import claims_of, load_pipeline

    nlp = load_pipeline()
    for done, (n, entry) in enumerate(claims_of(nlp, articles), start=1):
        yield n, entry
        if progress is not None:
            progress(done, len(articles))


# --------------------------------------------------------------------------------------------
# Local: this process, or a pool of worker processes on this machine
# --------------------------------------------------------------------------------------------


class LocalEngine:
    """`jobs` processes on this machine; one job (or a small input) runs in this process.

    Workers start only when there is enough to do for them (`CHARS_PER_WORKER`,
    `READ_MIN_FILES`), load the model once each, and are reused for reading and extraction.
    A worker that dies is replaced and its unfinished tasks run again once; a second death
    stops the run with an `EngineError`.
    """

    def __init__(self, jobs: int | None = None) -> None:
        self.jobs = max(1, jobs if jobs is not None else available_cores())
        self._pool: ProcessPoolExecutor | None = None
        self._size = 0
        self.workers_started = 0

    def _executor(self, size: int) -> ProcessPoolExecutor:
        if self._pool is None or self._size < size:
            if self._pool is not None:
                self._pool.shutdown(wait=True)
            import multiprocessing

            context = multiprocessing.get_context(multiprocessing_start_method())
            self._pool = ProcessPoolExecutor(max_workers=size, mp_context=context)
            self._size = size
            self.workers_started += size
        return self._pool

    def read(self, plan: Sequence[PlannedInput], *, max_bytes: int, detect_body: bool) -> list[Article]:
        files = _file_items(plan)
        if self.jobs == 1 or len(files) <= READ_MIN_FILES:
            return _read_here(plan, max_bytes=max_bytes, detect_body=detect_body)
        wanted = set(files)
        read: list[list[Article]] = [
            [] if i in wanted else read_planned(item, max_bytes=max_bytes, detect_body=detect_body)
            for i, item in enumerate(plan)]
        chunks = [files[i:i + READ_TASK_FILES] for i in range(0, len(files), READ_TASK_FILES)]
        payloads = [json.dumps([[plan[i].rel, plan[i].fs_path] for i in chunk]) for chunk in chunks]
        outputs = self._run(read_task, [(p, max_bytes, detect_body) for p in payloads], self.jobs)
        for chunk, output in zip(chunks, outputs, strict=True):
            for i, articles in zip(chunk, json.loads(output), strict=True):
                read[i] = _ARTICLES.validate_python(articles)
        return assemble_articles(plan, read)

    def extract(self, articles: Sequence[Article], *,
                progress: Progress | None = None) -> Iterator[tuple[int, Entry]]:
        workers = _workers_for(articles, self.jobs)
        if workers == 1:
            yield from _extract_here(articles, progress)
            return
        from corroborate.nlp import extraction_version

        version = extraction_version()
        assembly = _Assembly(articles)
        pool = self._executor(workers)
        for _ in range(workers):
            pool.submit(_warm_worker)
        retried = False
        tasks = assembly.tasks()
        in_flight: dict[Future[str], tuple[list[tuple[int, int]], list[Part]]] = {}
        done = 0
        while True:
            try:
                while len(in_flight) < 2 * workers:
                    keys, parts = next(tasks)
                    in_flight[pool.submit(extract_task, _units_json(parts))] = (keys, parts)
            except StopIteration:
                pass
            if not in_flight:
                break
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            try:
                outputs = [(future, future.result()) for future in finished]
            except BrokenProcessPool as exc:
                if retried:
                    raise EngineError(
                        "a worker process died twice while extracting claims (out of memory, "
                        "or a crash in the parser); rerun with --jobs 1 to find the article "
                        "that causes it") from exc
                retried = True
                # every task that was running or waiting goes to a fresh pool, once
                again = list(in_flight.values())
                self.close()
                pool = self._executor(workers)
                in_flight = {pool.submit(extract_task, _units_json(parts)): (keys, parts)
                             for keys, parts in again}
                continue
            for future, output in outputs:
                keys, _parts = in_flight.pop(future)
                for n, entry in assembly.add(keys, _decode_results(output, version, "a worker")):
                    done += 1
                    yield n, entry
                    if progress is not None:
                        progress(done, len(articles))

    def _run(self, fn: Callable[..., str], args: Sequence[tuple[Any, ...]], size: int) -> list[str]:
        """Run fn over args in the pool, in order; a dead worker's tasks run again once."""
        for attempt in (1, 2):
            pool = self._executor(size)
            try:
                futures = [pool.submit(fn, *a) for a in args]
                return [f.result() for f in futures]
            except BrokenProcessPool as exc:
                self.close()
                if attempt == 2:
                    raise EngineError("a worker process died twice while reading the inputs; "
                                      "rerun with --jobs 1 to find the file that causes it") from exc
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
            self._size = 0


# --------------------------------------------------------------------------------------------
# Dask: a cluster of any size, or a local one started for the run
# --------------------------------------------------------------------------------------------


class DaskEngine:
    """Reading and extraction on the workers of a Dask cluster (`dask.distributed`).

    With an address (``tcp://host:8786``) or a scheduler file it connects to a running
    cluster; without, it starts a local cluster of `jobs` single-threaded worker processes
    for the run. Inputs must lie at the same path on every worker (a shared filesystem); the
    client gathers the articles and claims for matching. A task whose worker dies is run
    again elsewhere by the scheduler (up to its `allowed-failures`, 3 by default); past that
    the run stops with an `EngineError`, never with part of a report.
    """

    def __init__(self, scheduler: str | None = None, jobs: int | None = None) -> None:
        try:
            dist = _distributed()
        except ImportError as exc:
            raise EngineError(
                "--engine dask needs Dask: pip install 'corroborate[dask]'") from exc
        self.jobs = max(1, jobs if jobs is not None else available_cores())
        self._cluster: Any = None
        try:
            if scheduler is None:
                self._cluster = dist.LocalCluster(n_workers=self.jobs, threads_per_worker=1,
                                             processes=True, dashboard_address=":0",
                                             silence_logs=40)
                self.client = dist.Client(self._cluster)
            elif scheduler.endswith(".json") and os.path.isfile(scheduler):
                self.client = dist.Client(scheduler_file=scheduler, timeout=CONNECT_TIMEOUT_S)
            else:
                self.client = dist.Client(scheduler, timeout=CONNECT_TIMEOUT_S)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}; start "
                              "one with `dask scheduler` and workers with `dask worker ADDRESS`") from exc

    def _workers(self) -> int:
        return max(1, len(self.client.scheduler_info(n_workers=-1).get("workers", {})))

    def read(self, plan: Sequence[PlannedInput], *, max_bytes: int, detect_body: bool) -> list[Article]:
        files = _file_items(plan)
        wanted = set(files)
        read: list[list[Article]] = [
            [] if i in wanted else read_planned(item, max_bytes=max_bytes, detect_body=detect_body)
            for i, item in enumerate(plan)]
        chunks = [files[i:i + READ_TASK_FILES] for i in range(0, len(files), READ_TASK_FILES)]
        futures = [self.client.submit(read_task, json.dumps([[plan[i].rel, plan[i].fs_path] for i in chunk]),
                                      max_bytes, detect_body, check_visible=True, pure=False,
                                      retries=1) for chunk in chunks]
        for chunk, future in zip(chunks, futures, strict=True):
            output = self._result(future, "reading the inputs")
            for i, articles in zip(chunk, json.loads(output), strict=True):
                read[i] = _ARTICLES.validate_python(articles)
        return assemble_articles(plan, read)

    def extract(self, articles: Sequence[Article], *,
                progress: Progress | None = None) -> Iterator[tuple[int, Entry]]:
        from corroborate.nlp import extraction_version

        version = extraction_version()
        assembly = _Assembly(articles)
        tasks = assembly.tasks()
        keys_of: dict[Any, list[tuple[int, int]]] = {}
        queue = _distributed().as_completed()
        for _ in range(2 * self._workers()):
            first = next(tasks, None)
            if first is None:
                break
            future = self.client.submit(extract_task, _units_json(first[1]), pure=False, retries=1)
            keys_of[future.key] = first[0]
            queue.add(future)
        done = 0
        for future in queue:
            output = self._result(future, "extracting claims")
            keys = keys_of.pop(future.key)
            nxt = next(tasks, None)
            if nxt is not None:
                more = self.client.submit(extract_task, _units_json(nxt[1]), pure=False, retries=1)
                keys_of[more.key] = nxt[0]
                queue.add(more)
            for n, entry in assembly.add(keys, _decode_results(output, version, "a Dask worker")):
                done += 1
                yield n, entry
                if progress is not None:
                    progress(done, len(articles))

    def _result(self, future: Any, doing: str) -> str:
        try:
            return str(future.result())
        except _distributed().KilledWorker as exc:
            raise EngineError(
                f"Dask workers kept dying while {doing} ({exc}); the scheduler gave up on the "
                "task. Check the workers' memory and logs; no partial report was written") from exc
        except FileNotFoundError as exc:
            raise EngineError(str(exc)) from exc
        except EngineError:
            raise
        except Exception as exc:  # e.g. a worker without corroborate installed
            raise EngineError(f"a Dask task failed while {doing}: {type(exc).__name__}: {exc}") from exc

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def _distributed() -> Any:
    """dask.distributed, imported when used (an optional dependency, typed loosely)."""
    import importlib

    return importlib.import_module("distributed")


def make_engine(name: str = "local", *, jobs: int | None = None,
                scheduler: str | None = None) -> Engine:
    """The engine called `name` ("local" or "dask")."""
    if name == "local":
        if scheduler is not None:
            raise EngineError("--scheduler needs --engine dask")
        return LocalEngine(jobs)
    if name == "dask":
        return DaskEngine(scheduler, jobs)
    raise EngineError(f"unknown engine {name!r}; choose local or dask")
