"""The fast lane's lists (tests/conftest.py: SLOW, SLOW_TESTS) name test modules and tests
that exist: a module renamed or a test renamed would otherwise slip back into the fast
lane unnoticed."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import SLOW, SLOW_TESTS

TESTS = Path(__file__).resolve().parent


def test_every_module_the_fast_lane_leaves_out_exists() -> None:
    missing = [name for name in SLOW if not (TESTS / name).exists()]
    assert missing == [], f"tests/conftest.py SLOW names what is not there: {missing}"


def test_every_single_test_the_fast_lane_leaves_out_exists() -> None:
    missing = []
    for entry in sorted(SLOW_TESTS):
        module, function = entry.split("::")
        path = TESTS / module
        defined = path.exists() and function in {
            node.name for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.FunctionDef)}
        if not defined:
            missing.append(entry)
    assert missing == [], f"tests/conftest.py SLOW_TESTS names what is not there: {missing}"
