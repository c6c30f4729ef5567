"""corroborate: who said what across news articles, and how independently it is backed.

The public API: everything a library user needs is importable from here,

    from corroborate import corroborate, render_json
    report = corroborate(["seeds/"])

and each name is documented where it is defined (`corroborate.api`, `corroborate.schema`, ...).
The names are imported lazily, on first use (PEP 562 module `__getattr__`), for two reasons:
every `import corroborate.x` runs this file first, so eager imports would load spaCy (two
seconds) for `corroborate --help` and in every worker; and the stages that this file re-exports
import their own siblings, which would make each stage import the package that imports it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from corroborate._version import __version__

if TYPE_CHECKING:  # what type checkers and editors see; at run time `__getattr__` below
    from corroborate.api import RunStats, corroborate, extract_claims_from_texts
    from corroborate.engine import EngineError
    from corroborate.errors import CorroborateError, InputError, ModelError
    from corroborate.ingest import read_articles
    from corroborate.match import DEFAULT_CONFIG, MatchConfig, PairJudgement, judge_pair
    from corroborate.nlp import load_pipeline
    from corroborate.render import build_view, render_csv, render_html, render_json, render_table
    from corroborate.schema import Article, Claim, ClaimCluster, Document, Report

# public name -> the module that defines it
_EXPORTS = {
    "corroborate": "corroborate.api",
    "RunStats": "corroborate.api",
    "extract_claims_from_texts": "corroborate.api",
    "read_articles": "corroborate.ingest",
    "load_pipeline": "corroborate.nlp",
    "judge_pair": "corroborate.match",
    "PairJudgement": "corroborate.match",
    "MatchConfig": "corroborate.match",
    "DEFAULT_CONFIG": "corroborate.match",
    "Article": "corroborate.schema",
    "Document": "corroborate.schema",
    "Claim": "corroborate.schema",
    "ClaimCluster": "corroborate.schema",
    "Report": "corroborate.schema",
    "build_view": "corroborate.render",
    "render_json": "corroborate.render",
    "render_table": "corroborate.render",
    "render_html": "corroborate.render",
    "render_csv": "corroborate.render",
    "CorroborateError": "corroborate.errors",
    "InputError": "corroborate.errors",
    "ModelError": "corroborate.errors",
    "EngineError": "corroborate.engine",
}

__all__ = [
    "__version__",
    # running it
    "corroborate", "RunStats", "read_articles", "load_pipeline", "extract_claims_from_texts",
    "judge_pair", "PairJudgement", "MatchConfig", "DEFAULT_CONFIG",
    # what it returns (the JSON contract)
    "Report", "Document", "Article", "Claim", "ClaimCluster",
    # showing it
    "build_view", "render_json", "render_table", "render_html", "render_csv",
    # what it raises
    "CorroborateError", "InputError", "ModelError", "EngineError",
]


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use, and keep the name here from then on."""
    module = _EXPORTS.get(name)
    if module is None:
        # also how `from corroborate import nlp` finds a submodule: the import system falls
        # back to importing it when this says there is no such attribute
        raise AttributeError(f"module 'corroborate' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
