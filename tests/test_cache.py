"""The claim cache: reruns parse only what changed, and no state of the cache file breaks a run."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Literal

import pytest

from corroborate import cache as cache_module
from corroborate import nlp as nlp_module
from corroborate.api import RunStats, corroborate
from corroborate.attribution import config as extract_module
from corroborate.cache import DB_NAME, ClaimCache, decode_entry, encode_entry, open_cache
from corroborate.render import render_json
from corroborate.schema import Claim, SpanText
from tests.conftest import SEEDS
from tests.stories import write_story_folder


def _run(folder: Path, cache: Path | Literal[False]) -> tuple[str, RunStats]:
    stats = RunStats()
    report = corroborate([folder], jobs=1, cache=cache, stats=stats)
    return render_json(report), stats


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("articles")
    shutil.copytree(SEEDS, path, dirs_exist_ok=True)
    write_story_folder(path, 6)
    return path


@pytest.fixture(scope="module")
def uncached(folder: Path) -> str:
    return _run(folder, False)[0]


def _claim(n: int) -> Claim:
    text = f"the harbour would reopen on day {n}"
    return Claim(id=f"c-{n:04d}", doc_id="d", source=SpanText(text="Reed", spans=[(0, 4)]),
                 cue=SpanText(text="said", spans=[(5, 9)]),
                 content=SpanText(text=text, spans=[(10, 10 + len(text))]),
                 speaker="Tom Reed", quote_type="indirect", confidence=0.9)


def test_cache_rerun_parses_only_new_and_changed_articles(tmp_path: Path, uncached: str,
                                                          folder: Path) -> None:
    work = tmp_path / "articles"
    shutil.copytree(folder, work)
    store = tmp_path / "cache"
    first, stats = _run(work, store)
    assert first == uncached
    assert (stats.parsed, stats.cached) == (11, 0)

    again, stats = _run(work, store)
    assert again == uncached
    assert (stats.parsed, stats.cached) == (0, 11)

    write_story_folder(work, 1, start=50)  # one new file
    _, stats = _run(work, store)
    assert (stats.parsed, stats.cached) == (1, 11)

    changed = work / "story_002.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Saturday", "Friday"),
                       encoding="utf-8")
    grown, stats = _run(work, store)
    assert (stats.parsed, stats.cached) == (1, 11)
    assert grown == _run(work, False)[0]


def test_cache_a_new_rules_version_parses_everything_again(
        tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "cache"
    _, stats = _run(folder, store)
    assert stats.parsed == 11
    # an edited rules file changes the source digest; the same through its seam
    monkeypatch.setattr(nlp_module, "_static_version", lambda: "rules edited")
    _, stats = _run(folder, store)
    assert (stats.parsed, stats.cached) == (11, 0)
    monkeypatch.undo()
    _, stats = _run(folder, store)
    assert (stats.parsed, stats.cached) == (0, 11)


def test_cache_a_setting_changed_at_run_time_is_another_version(
        tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "cache"
    _run(folder, store)
    # a harness that sets attribution.config.RELAYS off: never the claims made with it on
    monkeypatch.setattr(extract_module, "RELAYS", False)
    _, stats = _run(folder, store)
    assert (stats.parsed, stats.cached) == (11, 0)


def test_cache_version_reads_the_rules_never_the_matcher_nor_the_public_api() -> None:
    # corroborate/__init__.py names every stage; through `from corroborate import lexicon` it
    # would bring in the matcher, whose settings are loaded in one process and not another
    modules = set(nlp_module._extraction_modules())
    assert {"corroborate.nlp", "corroborate.schema", "corroborate._version"} <= modules
    assert not {"corroborate", "corroborate.api", "corroborate.match", "corroborate.render"} & modules


def test_cache_key_covers_the_article_and_the_version() -> None:
    from corroborate.schema import Article

    article = Article(doc_id="a", path="a.txt", text="Reed said so.", body=(0, 13))
    key = cache_module.article_key(article, "v1")
    assert key == cache_module.article_key(article.model_copy(), "v1")
    assert key != cache_module.article_key(article, "v2")
    assert key != cache_module.article_key(article.model_copy(update={"outlet": "City Daily"}), "v1")
    assert key != cache_module.article_key(article.model_copy(update={"text": "Reed said no."}), "v1")


def test_cache_rows_are_json_and_damaged_rows_are_misses(tmp_path: Path) -> None:
    claims = [_claim(1), _claim(2)]
    assert decode_entry(encode_entry(claims)) == claims
    assert decode_entry(encode_entry("claim extraction failed (KeyError)")) == (
        "claim extraction failed (KeyError)")
    assert decode_entry(b"not zlib") is None
    import zlib

    assert decode_entry(zlib.compress(b'{"claims": [{"id": 3}]}')) is None
    with open_cache(tmp_path, "v") as store:
        store.put([("k1", claims), ("k2", claims)])
    db = sqlite3.connect(tmp_path / DB_NAME)
    with db:
        db.execute("UPDATE claims SET payload = ? WHERE key = 'k2'", (b"\x00garbage",))
    db.close()
    with open_cache(tmp_path, "v") as store:
        assert store.get(["k1", "k2", "k3"]) == {"k1": claims}
        assert (store.hits, store.misses) == (1, 2)


def test_cache_no_cache_writes_nothing(tmp_path: Path, folder: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache_module.ENV_DIR, str(tmp_path / "default"))
    _, stats = _run(folder, False)
    assert stats.cache_path is None and stats.parsed == 11
    assert not (tmp_path / "default").exists()


def test_cache_default_folder_is_the_environment_or_the_user_cache(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(cache_module.ENV_DIR, str(tmp_path))
    assert cache_module.default_cache_dir() == tmp_path
    monkeypatch.delenv(cache_module.ENV_DIR)
    assert cache_module.default_cache_dir().name == "corroborate"


def test_cache_corrupt_file_is_set_aside_and_rebuilt(tmp_path: Path, folder: Path,
                                                     uncached: str) -> None:
    store = tmp_path / "cache"
    store.mkdir()
    (store / DB_NAME).write_bytes(b"this is not a database, just some bytes" * 100)
    report, stats = _run(folder, store)
    assert report == uncached
    assert stats.parsed == 11
    assert any("damaged" in note and "rebuilt" in note for note in stats.notes)
    assert list(store.glob(f"{DB_NAME}.corrupt-*"))
    _, stats = _run(folder, store)
    assert (stats.parsed, stats.cached) == (0, 11)


def test_cache_truncated_file_still_gives_the_report(tmp_path: Path, folder: Path,
                                                     uncached: str) -> None:
    store = tmp_path / "cache"
    _run(folder, store)
    db = store / DB_NAME
    sqlite3.connect(db).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])  # a disk that lost the file's end
    for side in ("-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    report, _stats = _run(folder, store)
    assert report == uncached


def test_cache_foreign_sqlite_file_is_left_alone(tmp_path: Path, folder: Path, uncached: str) -> None:
    store = tmp_path / "cache"
    store.mkdir()
    db = sqlite3.connect(store / DB_NAME)
    with db:
        db.execute("CREATE TABLE photos (name TEXT, data BLOB)")
        db.execute("INSERT INTO photos VALUES ('cat', x'00ff')")
    db.close()
    before = (store / DB_NAME).read_bytes()
    report, stats = _run(folder, store)
    assert report == uncached
    assert stats.parsed == 11 and stats.cache_path is None
    assert any("not corroborate's claim cache" in note for note in stats.notes)
    assert (store / DB_NAME).read_bytes() == before


def _read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make `folder` read-only; as root (CI), also the cache's view of it, which root ignores."""
    folder.chmod(0o555)
    if os.geteuid() == 0:
        real = os.access

        def access(path: object, mode: int, **kwargs: object) -> bool:
            if mode & os.W_OK and Path(str(path)).resolve().is_relative_to(folder.resolve()):
                return False
            return real(path, mode)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "access", access)  # the os module that cache.py calls


def test_cache_read_only_folder_reads_what_it_holds(tmp_path: Path, folder: Path, uncached: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "cache"
    _run(folder, store)
    sqlite3.connect(store / DB_NAME).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    _read_only(monkeypatch, store)
    try:
        report, stats = _run(folder, store)
        assert report == uncached
        assert (stats.parsed, stats.cached) == (0, 11)
        work = tmp_path / "more"
        shutil.copytree(folder, work)
        write_story_folder(work, 1, start=60)
        _, stats = _run(work, store)
        assert (stats.parsed, stats.cached) == (1, 11)
    finally:
        store.chmod(0o755)


def test_cache_read_only_folder_without_a_cache_runs_without(
        tmp_path: Path, folder: Path, uncached: str, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = tmp_path / "locked"
    parent.mkdir()
    _read_only(monkeypatch, parent)
    try:
        report, stats = _run(folder, parent / "cache")
        assert report == uncached
        assert stats.parsed == 11 and stats.cache_path is None
        assert stats.notes
    finally:
        parent.chmod(0o755)


def _writer_script(store: Path, prefix: str, rows: int) -> str:
    return textwrap.dedent(f"""
        import sys
        from corroborate.cache import open_cache
        from corroborate.schema import Claim, SpanText
        claim = Claim(id="c-1", doc_id="d", source=SpanText(text="Reed"), cue=SpanText(text="said"),
                      content=SpanText(text="the harbour would reopen"), quote_type="indirect",
                      confidence=0.5)
        with open_cache({str(store)!r}, "v") as store:
            for batch in range({rows} // 10):
                store.put([(f"{prefix}-{{batch}}-{{i}}", [claim] * 3) for i in range(10)])
            print(store.written, store.notes)
    """)


def test_cache_two_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", _writer_script(tmp_path, name, 400)],
                              stdout=subprocess.PIPE, text=True) for name in ("a", "b")]
    outputs = [p.communicate(timeout=120)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert [o.split()[0] for o in outputs] == ["400", "400"]
    with open_cache(tmp_path, "v") as store:
        keys = [f"{n}-{b}-{i}" for n in ("a", "b") for b in range(40) for i in range(10)]
        assert len(store.get(keys)) == 800


def test_cache_two_runs_at_once_give_the_same_report(tmp_path: Path, folder: Path) -> None:
    # each report is made in a fresh process: the pair judge keeps verdicts in memory, and its
    # verdicts depend on which pairs share a batch, so a long-lived test process can differ
    script = ("import sys; from corroborate.api import corroborate; "
              "from corroborate.render import render_json; cache = sys.argv[2]; "
              "sys.stdout.write(render_json(corroborate([sys.argv[1]], jobs=1, "
              "cache=False if cache == '-' else cache)))")

    def start(cache: str) -> subprocess.Popen[str]:
        return subprocess.Popen([sys.executable, "-c", script, str(folder), cache],
                                stdout=subprocess.PIPE, text=True)

    procs = [start(str(tmp_path / "cache")) for _ in range(2)]
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    plain = start("-")
    assert outputs == [plain.communicate(timeout=300)[0]] * 2
    _, stats = _run(folder, tmp_path / "cache")
    assert (stats.parsed, stats.cached) == (0, 11)


def test_cache_run_killed_mid_write_leaves_a_usable_cache(tmp_path: Path, folder: Path,
                                                          uncached: str) -> None:
    store = tmp_path / "cache"
    _run(folder, store)
    # a writer that commits nothing: it dies inside its transaction, after the inserts
    script = textwrap.dedent(f"""
        import sqlite3, sys, time
        db = sqlite3.connect({str(store / DB_NAME)!r}, isolation_level=None)
        db.execute("BEGIN IMMEDIATE")
        for i in range(2000):
            db.execute("INSERT OR REPLACE INTO claims VALUES (?, 'v', ?, 0)", (f"k{{i}}", b"x" * 4000))
        db.execute("UPDATE claims SET payload = x'00'")
        print("inside", flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "inside"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    report, stats = _run(folder, store)
    assert report == uncached
    assert (stats.parsed, stats.cached) == (0, 11)


def test_cache_disabled_store_is_harmless() -> None:
    store = ClaimCache(None, "v")
    assert not store.enabled
    assert store.get(["a"]) == {}
    store.put([("a", [])])
    store.close()


def test_cache_judge_verdicts_are_kept_and_a_rerun_scores_only_new_pairs(tmp_path: Path) -> None:
    from corroborate.cache import CachedJudge
    from corroborate.judge import load_judge

    pairs = [("the harbour would reopen on Monday", "the port reopens Monday"),
             ("two workers were hurt", "nobody was hurt")]
    with open_cache(tmp_path, "v") as store:
        first = CachedJudge(load_judge(), store)
        verdicts = first.score(pairs)
        assert (first.scored, first.hits) == (2, 0)
    with open_cache(tmp_path, "v") as store:
        again = CachedJudge(load_judge(), store)
        swapped = [(b, a) for a, b in pairs]  # the judge is symmetric: one row a pair
        assert again.score(swapped + [("the fire is out", "the blaze was put out")])[:2] == verdicts
        assert (again.scored, again.hits) == (1, 2)
    assert verdicts == load_judge().score(pairs)


def test_cache_judge_verdicts_are_keyed_by_the_scoring_code_too(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from corroborate import judge as judge_module
    from corroborate.cache import model_version

    folder = judge_module.model_dir()
    shipped = model_version(folder, judge_module)
    assert model_version(folder, judge_module) == shipped
    # another version of the code that turns logits into verdicts (a copy of corroborate.judge
    # with one line changed) is another version of the judge, with the same model files
    edited = tmp_path / "judge.py"
    edited.write_text(Path(judge_module.__file__).read_text(encoding="utf-8") + "\n# edited\n",
                      encoding="utf-8")
    monkeypatch.setattr(judge_module, "__file__", str(edited))
    assert model_version(folder, judge_module) != shipped


def test_cache_vectors_come_back_bit_for_bit(tmp_path: Path) -> None:
    import numpy as np

    from corroborate.cache import CachedEncoder
    from corroborate.embed import load_embedder

    texts = ["the harbour would reopen on Monday", "two workers were hurt", ""]
    embedder = load_embedder()
    with open_cache(tmp_path, "v") as store:
        first = CachedEncoder(embedder, store)(texts)
    with open_cache(tmp_path, "v") as store:
        encoder = CachedEncoder(embedder, store)
        again = encoder(texts + ["the fire is out"])
        assert (encoder.hits, encoder.encoded) == (3, 1)
    assert np.array_equal(again[:3], first)
    assert np.array_equal(first, embedder.encode(texts))


def test_cache_rerun_takes_the_judges_verdicts_from_the_cache(tmp_path: Path, folder: Path,
                                                                uncached: str) -> None:
    first, stats1 = _run(folder, tmp_path)
    again, stats2 = _run(folder, tmp_path)
    assert stats1.judged > 0 and stats1.judged_cached == 0
    assert stats2.judged == 0 and stats2.judged_cached == stats1.judged
    # stored verdicts are what a fresh judge computes: one report with or without them
    assert first == again == uncached


def test_cache_version_reads_the_rules_data_files() -> None:
    # the cue lexicon is a JSON file, which no import statement names
    assert "cues_polnear.json" in {p.name for p in nlp_module.rule_data_files()}


def test_cache_a_file_locked_while_opening_is_waited_for(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # another run setting the file up answers "locked": the cache waits and opens it, and is
    # written, rather than running without a cache
    real = cache_module.ClaimCache._connect
    calls = []

    def locked_twice(self: ClaimCache, path: Path) -> None:
        calls.append(path)
        if len(calls) <= 2:
            raise sqlite3.OperationalError("database is locked")
        real(self, path)

    monkeypatch.setattr(cache_module.ClaimCache, "_connect", locked_twice)
    claim = Claim(id="c-1", doc_id="d", source=SpanText(text="Reed"), cue=SpanText(text="said"),
                  content=SpanText(text="the harbour would reopen"), quote_type="indirect",
                  confidence=0.5)
    with open_cache(tmp_path, "v") as store:
        store.put([("k", [claim])])
        assert (store.written, store.notes, len(calls)) == (1, [], 3)
    # a file that stays unusable for another reason is still given up at once
    calls.clear()

    def broken(self: ClaimCache, path: Path) -> None:
        calls.append(path)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(cache_module.ClaimCache, "_connect", broken)
    with open_cache(tmp_path, "v") as store:
        assert len(calls) == 1 and store.notes and "cannot be used" in store.notes[0]
