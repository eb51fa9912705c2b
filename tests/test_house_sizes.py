"""The house sizes (issue 19, ARCHITECTURE.md): in jumpadesk/ no module over 600 lines, no
class over 40 methods, no function or method over 60 lines. Read with `ast`, nothing is
imported. The Alembic migration scripts (jumpadesk/models/migrations/versions/) are
exempt: they are frozen history, each the schema change of its day, never edited again."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "jumpadesk"
EXEMPT = PACKAGE / "models" / "migrations" / "versions"

MODULE_LINES = 600
CLASS_METHODS = 40
FUNCTION_LINES = 60


def modules() -> Iterator[Path]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if not path.is_relative_to(EXEMPT):
            yield path


def name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_no_module_is_over_600_lines() -> None:
    over = [f"{name(p)}: {n} lines" for p in modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MODULE_LINES]
    assert over == [], f"modules over {MODULE_LINES} lines: " + "; ".join(over)


def _functions(node: ast.AST, prefix: str = "") -> Iterator[tuple[str, ast.AST]]:
    """Every function and method under `node`, nested ones too, by dotted name."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            qualified = f"{prefix}{child.name}"
            if not isinstance(child, ast.ClassDef):
                yield qualified, child
            yield from _functions(child, qualified + ".")
        else:
            yield from _functions(child, prefix)


def test_no_class_has_over_40_methods() -> None:
    over = []
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                methods = [c for c in node.body
                           if isinstance(c, ast.FunctionDef | ast.AsyncFunctionDef)]
                if len(methods) > CLASS_METHODS:
                    over.append(f"{name(path)}:{node.lineno} {node.name}: "
                                f"{len(methods)} methods")
    assert over == [], f"classes over {CLASS_METHODS} methods: " + "; ".join(over)


def test_no_function_is_over_60_lines() -> None:
    over = []
    for path in modules():
        for qualified, node in _functions(ast.parse(path.read_text(encoding="utf-8"))):
            lines = (node.end_lineno or node.lineno) - node.lineno + 1  # from `def` on
            if lines > FUNCTION_LINES:
                over.append(f"{name(path)}:{node.lineno} {qualified}: {lines} lines")
    assert over == [], f"functions over {FUNCTION_LINES} lines: " + "; ".join(over)


def test_the_sizes_are_read_as_a_person_would_count_them(tmp_path: Path) -> None:
    """The counting itself: a nested function and a method are found by their dotted
    names with their own lengths, from the `def` line to the last line of the body."""
    source = ("class Desk:\n"
              "    def book(self):\n"
              "        def inner():\n"
              "            return 1\n"
              "        return inner()\n"
              "async def sync():\n"
              "    pass\n")
    found = {q: (n.end_lineno or n.lineno) - n.lineno + 1
             for q, n in _functions(ast.parse(source))}
    assert found == {"Desk.book": 4, "Desk.book.inner": 2, "sync": 2}
    assert EXEMPT.is_dir() and list(EXEMPT.glob("*.py"))  # the exemption names a real folder
