"""Shared fixtures: the pinned pipeline, hand-built Docs, the seeds report, golden files."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden"

# Test runs keep their claim cache in a folder of their own, never the user's: runs of the
# same code share claims within the session (which the cache's keys make safe), and nothing
# outlives it unless the caller chose the folder.
os.environ.setdefault("CORROBORATE_CACHE_DIR", tempfile.mkdtemp(prefix="corroborate-tests-"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ files (or set UPDATE_GOLDEN=1)")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    """`pytest --update-golden` or `UPDATE_GOLDEN=1 pytest` rewrites the golden files."""
    return bool(request.config.getoption("--update-golden")) or os.environ.get(
        "UPDATE_GOLDEN", "") not in ("", "0")


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real pinned pipeline with our components: a dependency, never skipped."""
    from corroborate.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def en_vocab() -> Vocab:
    """English lexical attributes (`lower_`, `is_punct`...), which the rules read and a bare
    `Vocab()` leaves empty: hand-built Docs must carry them as parsed ones do."""
    return English().vocab


@pytest.fixture()
def make_doc(en_vocab: Vocab) -> Callable[..., Doc]:
    """Build a parsed Doc by hand: words, heads (absolute indices), deps, and optional
    coarse and fine tags, lemmas, spaces (default: a space after every word but one before
    punctuation) and entities as IOB strings ("B-PERSON", "I-PERSON", "O")."""

    def make(
        words: list[str],
        heads: list[int],
        deps: list[str],
        pos: list[str] | None = None,
        lemmas: list[str] | None = None,
        tags: list[str] | None = None,
        spaces: list[bool] | None = None,
        ents: list[str] | None = None,
    ) -> Doc:
        if spaces is None:
            spaces = [n + 1 < len(words) and words[n + 1] not in {".", ",", ":", ";", "?", "!", "'s"}
                      for n in range(len(words))]
        return Doc(en_vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
                   lemmas=lemmas, tags=tags, ents=ents)

    return make


@pytest.fixture(scope="session")
def seeds_report():  # type: ignore[no-untyped-def]
    from corroborate.api import corroborate

    return corroborate([SEEDS])


@pytest.fixture(scope="session")
def seeds_texts(seeds_report):  # type: ignore[no-untyped-def]
    """The seeds' texts the report does not carry (plain UTF-8 files), for the renderers."""
    from corroborate.ingest import read_texts

    return read_texts([SEEDS], seeds_report.documents)
