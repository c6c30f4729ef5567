"""The single entry point shared by the CLI and tests: inputs in, Report out.

Also everything the CLI needs of the other stages (`DEFAULT_MAX_BYTES`, `read_texts`, the
report's JSON Schema, ...), so that `cli` imports no stage but this one. This module imports
spaCy only when a run needs it (`extract` and `nlp` are imported inside the functions that use
them): the CLI imports it at start-up, and `corroborate --help` should not take two seconds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from corroborate._version import __version__
from corroborate.cache import CachedJudge, ClaimCache, Entry, no_cache, open_cache
from corroborate.engine import Engine, LocalEngine, make_engine
from corroborate.independence import claim_origins
from corroborate.ingest import (
    DEFAULT_MAX_BYTES,
    STDIN,
    excluding,
    plan_inputs,
    read_texts,
    text_differs_from_file,
)
from corroborate.match import DEFAULT_CONFIG, MatchConfig, canonical_speakers, cluster_claims
from corroborate.report import build_report, document_of
from corroborate.schema import Article, Claim, Document, Report

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "DEFAULT_MAX_BYTES",
    "STDIN",
    "Progress",
    "Report",
    "RunStats",
    "__version__",
    "collect_claims",
    "corroborate",
    "excluding",
    "extract_all",
    "extract_claims_from_texts",
    "read_texts",
    "report_schema",
]

Progress = Callable[[int, int], None]
_log = logging.getLogger("corroborate")


@dataclass
class RunStats:
    """What a run did besides its report: filled in when passed to `corroborate`.

    Attributes:
        articles: Readable articles (status ok, with text).
        parsed: Articles parsed in this run (cache misses).
        cached: Articles whose claims came from the cache.
        cache_path: The cache file used, if any.
        notes: Why the cache could not be (fully) used; for stderr, never the report.
        judged: Pairs the pair judge scored in this run (with the cache on).
        judged_cached: Pairs whose verdict came from the cache.
    """

    articles: int = 0
    parsed: int = 0
    cached: int = 0
    judged: int = 0
    judged_cached: int = 0
    cache_path: Path | None = None
    notes: list[str] = field(default_factory=list)


def corroborate(
    inputs: Sequence[str | Path] | str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    detect_body: bool = True,
    config: MatchConfig = DEFAULT_CONFIG,
    progress: Progress | None = None,
    jobs: int | None = None,
    cache: str | Path | Literal[False] | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    stats: RunStats | None = None,
) -> Report:
    """Read the inputs, extract attributed claims, match them across articles, and report.

    The report is byte-identical whatever `jobs`, `cache` and `engine` are.

    Args:
        inputs: Folders, files, or "-" for standard input.
        max_bytes: Files larger than this are skipped with a reason.
        detect_body: Find the article body in scraped text; off, the whole text is the body.
        config: Matching thresholds.
        progress: Called as progress(done, total) after each article.
        jobs: Processes for reading and extraction (default: the cores this process may use);
            with the dask engine and no scheduler, the local cluster's workers.
        cache: The claim cache's folder; None for the default (`cache.default_cache_dir`),
            False for none.
        engine: "local" (this machine) or "dask" (a Dask cluster, `corroborate.engine`).
        scheduler: The Dask scheduler's address or scheduler file; None starts a local cluster.
        stats: Filled in with what the run parsed and took from the cache.

    Returns:
        The report; every input appears in `documents`, read or not.

    Raises:
        InputError: When an input path does not exist or is not a file or folder.
        ModelError: When the pinned spaCy model is not installed.
        EngineError: When workers die past retrying, or the cluster cannot be reached.
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    plan = plan_inputs(inputs, max_bytes=max_bytes, detect_body=detect_body)
    stats = stats if stats is not None else RunStats()
    runner = make_engine(engine, jobs=jobs, scheduler=scheduler)
    # the cache stays open for the matcher (the judge's verdicts); the engine's workers do not
    with _open_cache(cache) as store:
        try:
            articles = runner.read(plan, max_bytes=max_bytes, detect_body=detect_body)
            claims, failed = collect_claims(articles, engine=runner, cache=store,
                                            progress=progress, stats=stats)
        finally:
            runner.close()
        return _match_and_report(articles, claims, failed, config, store, stats)


def _match_and_report(
    articles: Sequence[Article], claims: list[Claim], failed: dict[str, str],
    config: MatchConfig, store: ClaimCache, stats: RunStats,
) -> Report:
    """Match the claims across articles and build the report; the pair judge's verdicts come
    from the cache where it holds them (a verdict never depends on the other pairs scored, so
    a stored one is the one a fresh run would give, and the report stays byte-identical)."""
    from corroborate.claims import wire_credits

    documents: list[Document] = []
    for article in articles:
        if article.doc_id in failed:
            article = article.model_copy(update={"status": "failed", "reason": failed[article.doc_id]})
        documents.append(document_of(article, carry_text=text_differs_from_file(article)))
    outlets = {a.doc_id: a.outlet for a in articles}
    # an article crediting one wire agency: its unsourced claims trace to that agency
    wires = {a.doc_id: w[0] for a in articles if a.status == "ok" and len(w := wire_credits(a.text)) == 1}
    origins = claim_origins(articles, claims, wires, canonical_speakers(claims))
    notes: list[str] = []
    judge = None
    if store.enabled and claims:
        from corroborate.judge import load_judge

        judge = CachedJudge(load_judge(), store)
    clusters, canon = cluster_claims(
        claims, outlets=outlets, wires=wires, config=config, notes=notes,
        judge=judge,
    )
    if judge is not None:
        stats.judged, stats.judged_cached = judge.scored, judge.hits
    claims = [c.model_copy(update={"speaker": canon.get(c.speaker, c.speaker)}) if c.speaker else c
              for c in claims]
    return build_report(documents, claims, clusters, notes=notes, origins=origins)


def _open_cache(cache: str | Path | Literal[False] | None) -> ClaimCache:
    from corroborate.nlp import extraction_version

    if cache is False:
        return no_cache()
    return open_cache(cache, extraction_version())


# Cache writes go in batches of this many articles: a killed run keeps all finished batches.
_WRITE_BATCH = 64


def collect_claims(
    articles: Sequence[Article],
    *,
    engine: Engine | None = None,
    cache: ClaimCache | None = None,
    progress: Progress | None = None,
    stats: RunStats | None = None,
) -> tuple[list[Claim], dict[str, str]]:
    """Claims of every readable article, from the cache or extracted by the engine.

    Args:
        articles: As read; only those with status ok and some text are parsed.
        engine: Where extraction runs (default: this machine, all its cores).
        cache: Where claims are looked up first and kept after (default: none).
        progress: Called as progress(done, total) as articles are done.
        stats: Filled in with the counts.

    Returns:
        The claims in article order, and the reasons of articles whose extraction failed
        (one article that breaks a rule never stops the run: it is reported as failed).
    """
    readable = _readable(articles)
    cache = cache if cache is not None else no_cache()
    keys = [cache.key(a) for a in readable] if cache.enabled else []
    entries = _cached_entries(cache, keys)
    todo = [n for n in range(len(readable)) if n not in entries]
    if progress is not None and entries:
        progress(len(entries), len(readable))
    if todo:
        _extract_missing(readable, todo, entries, engine=engine, cache=cache, keys=keys,
                         progress=progress)
    if stats is not None:
        _count_run(stats, cache, readable=len(readable), parsed=len(todo))
    for note in cache.notes:
        _log.warning(note)
    return _claims_and_failures(readable, [entries[n] for n in range(len(readable))])


def _readable(articles: Sequence[Article]) -> list[Article]:
    """The articles worth parsing: read (status ok) and with some text."""
    return [a for a in articles if a.status == "ok" and a.text.strip()]


def _cached_entries(cache: ClaimCache, keys: Sequence[str]) -> dict[int, Entry]:
    """The cache's entries for the articles whose keys it holds, by article number."""
    if not keys:
        return {}
    found = cache.get(keys)
    return {n: found[k] for n, k in enumerate(keys) if k in found}


def _extract_missing(
    readable: Sequence[Article],
    todo: Sequence[int],
    entries: dict[int, Entry],
    *,
    engine: Engine | None,
    cache: ClaimCache,
    keys: Sequence[str],
    progress: Progress | None,
) -> None:
    """Extract the articles numbered in `todo` into `entries`, and keep them in the cache."""
    runner = engine if engine is not None else LocalEngine()
    pending: list[tuple[str, Entry]] = []
    for done, (m, entry) in enumerate(runner.extract([readable[n] for n in todo]), start=1):
        n = todo[m]
        entries[n] = entry
        if keys:
            pending.append((keys[n], entry))
            if len(pending) >= _WRITE_BATCH:
                cache.put(pending)
                pending = []
        if progress is not None:
            progress(len(readable) - len(todo) + done, len(readable))
    cache.put(pending)


def _count_run(stats: RunStats, cache: ClaimCache, *, readable: int, parsed: int) -> None:
    """Fill in what the extraction did: articles parsed and cached, the cache and its notes."""
    stats.articles = readable
    stats.parsed = parsed
    stats.cached = readable - parsed
    stats.cache_path = cache.path if cache.enabled else None
    stats.notes.extend(cache.notes)


def _claims_and_failures(
    readable: Sequence[Article], entries: Sequence[Entry]
) -> tuple[list[Claim], dict[str, str]]:
    """All claims in article order, and why each failed article failed (its entry's text)."""
    claims: list[Claim] = []
    failed: dict[str, str] = {}
    for article, entry in zip(readable, entries, strict=True):
        if isinstance(entry, str):
            failed[article.doc_id] = entry
        else:
            claims.extend(entry)
    return claims, failed


def extract_all(
    nlp: Language, articles: Sequence[Article], *, progress: Progress | None = None
) -> tuple[list[Claim], dict[str, str]]:
    """Claims of every readable article parsed in this process with `nlp`, and the failures.

    One article that breaks a rule never stops the run: it is reported as failed.
    """
    from corroborate.nlp import claims_of

    readable = _readable(articles)
    claims: list[Claim] = []
    failed: dict[str, str] = {}
    for n, entry in claims_of(nlp, readable):
        if isinstance(entry, str):
            failed[readable[n].doc_id] = entry
        else:
            claims.extend(entry)
        if progress is not None:
            progress(n + 1, len(readable))
    return claims, failed


def extract_claims_from_texts(texts: dict[str, str]) -> list[Claim]:
    """Claims of plain texts keyed by document id, with the whole text as body.

    Used by evaluation code and tests that bring their own texts (e.g. PolNeAR articles).
    """
    from corroborate.nlp import load_pipeline

    articles = [
        Article(doc_id=key, path=f"{key}.txt", text=text, body=(0, len(text)))
        for key, text in sorted(texts.items())
    ]
    claims, _failed = extract_all(load_pipeline(), articles)
    return claims


def report_schema() -> dict[str, Any]:
    """The JSON Schema of the report: the contract tools read (`corroborate schema`)."""
    return Report.model_json_schema()
