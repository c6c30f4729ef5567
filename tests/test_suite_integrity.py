"""The suite itself: a test function defined twice in one module silently replaces the first.

pytest collects a module's attributes, so a second `def test_x` hides the first and its cases
never run (54 extraction cases were lost that way until 2026-11-24).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

TEST_FILES = sorted(Path(__file__).parent.rglob("test_*.py"))


@pytest.mark.parametrize("path", TEST_FILES, ids=[p.name for p in TEST_FILES])
def test_no_test_function_is_defined_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = Counter(node.name for node in tree.body
                    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))
    assert [name for name, n in names.items() if n > 1] == []
