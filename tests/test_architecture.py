"""The package's stages and their boundaries (issue 14): no import cycle, a thin CLI, a lazy API.

The import graph is read from the source with `ast` (imports at any level: inside functions
and `if TYPE_CHECKING:` blocks too), one node per stage: `corroborate.x.y` counts as
`corroborate.x`, so a package and its submodules are one node, and the graph follows whatever
modules and packages exist.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "corroborate"
# The public API (corroborate/__init__.py): the package itself, above every stage.
ROOT = PACKAGE
# What the command-line tool may import: everything else comes through api.
CLI_IMPORTS = {"api", "render", "errors"}


def _module_names() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    names = {}
    for path in sorted((SRC / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


MODULES = _module_names()


def _imported(module: str, path: Path) -> Iterator[str]:
    """The dotted names of the package's modules that `module` imports, anywhere in it."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the package, up level - 1
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                # `from corroborate import lexicon` imports a module; `import __version__` not
                yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base


def _node(name: str) -> str | None:
    """The stage a module belongs to: the first name after the package's (None: not ours)."""
    parts = name.split(".")
    if parts[0] != PACKAGE:
        return None
    return parts[1] if len(parts) > 1 else ROOT


def import_graph() -> dict[str, set[str]]:
    """Stage -> the stages it imports (never itself)."""
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        source = _node(module)
        assert source is not None
        targets = graph.setdefault(source, set())
        for name in _imported(module, path):
            target = _node(name)
            if target is not None and target != source:
                targets.add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one stage (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def test_the_graph_sees_the_stages_and_their_imports() -> None:
    graph = import_graph()
    assert {"api", "cli", "render", "schema", "errors", ROOT} <= set(graph)
    assert "schema" in graph["api"] and "api" in graph["cli"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycle_between_stages() -> None:
    graph = import_graph()
    found = cycles(graph)
    edges = [f"{a} -> {b}" for component in found for a in component
             for b in sorted(graph[a]) if b in component]
    assert not found, "stages that import each other:\n" + "\n".join(edges)


def test_cli_imports_only_api_render_and_errors() -> None:
    assert import_graph()["cli"] <= CLI_IMPORTS


def test_no_stage_imports_the_public_api() -> None:
    """corroborate/__init__.py re-exports the stages; a stage importing it would import itself."""
    importers = sorted(stage for stage, targets in import_graph().items() if ROOT in targets)
    assert importers == []


def test_every_module_imports_in_a_fresh_interpreter() -> None:
    """Imported in a fresh interpreter, one after another, every module loads (a cycle that
    `from x import y` cannot resolve fails here whatever the graph says), the public names all
    resolve, and neither the package nor the CLI loads spaCy before a run needs it.
    (`corroborate.__main__` is left out: importing it runs the CLI.)"""
    script = f"""
import importlib, json, sys
import corroborate
light = {{"package": "spacy" not in sys.modules}}
import corroborate.cli
light["cli"] = "spacy" not in sys.modules
failed = {{}}
for name in {sorted(m for m in MODULES if not m.endswith(".__main__"))!r}:
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed[name] = f"{{type(exc).__name__}}: {{exc}}"
missing = [n for n in corroborate.__all__ if not hasattr(corroborate, n)]
print(json.dumps({{"light": light, "failed": failed, "missing": missing}}))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, env=_env())
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["failed"] == {}
    assert result["missing"] == []
    assert result["light"] == {"package": True, "cli": True}


@pytest.mark.parametrize("name", ["corroborate", "Report", "judge_pair", "read_articles"])
def test_public_api_names_are_the_defining_modules_objects(name: str) -> None:
    import corroborate

    assert name in corroborate.__all__
    value = getattr(corroborate, name)
    assert value.__module__.startswith(f"{PACKAGE}.")
    assert getattr(sys.modules[value.__module__], name) is value


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")])
    return env
