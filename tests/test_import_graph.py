"""The house as it is: jumpadesk's imports point down the layers of ARCHITECTURE.md, and
no module imports itself back through others.

Every import counts, wherever it is written: at the top, inside a function, under
`if TYPE_CHECKING:`, or as a name handed to importlib or jumpadesk.lazy.LazyModule. The
source is read with `ast`, nothing is imported.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "jumpadesk"

#: The layers, top first: a module imports modules of its own layer and the layers below
#: it, never above. The same table is in ARCHITECTURE.md (a test keeps them equal).
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("top", ("__main__.py", "selftest.py")),
    ("faces", ("cli/", "day_sheet.py", "ui/")),
    ("services", ("service.py", "services/", "store_admin.py", "demo/")),
    ("rules", ("agenda.py", "availability.py", "free_time.py", "schedule_problems.py",
               "week.py")),
    ("words", ("wording.py", "hours.py", "repeats.py")),
    ("sync", ("sync/",)),
    ("store", ("models/", "rows.py", "pg_reading.py", "store_file.py", "store_url.py")),
    ("bottom", ("__init__.py", "config.py", "desktop_entry.py", "errors.py", "kinds.py",
                "language.py", "lazy.py", "logs.py", "schema.py", "secrets.py",
                "session_keyring.py", "terminal.py",
                "zones.py")),
)
#: Two faces of one service layer, side by side: neither imports the other.
SIDE_BY_SIDE = ("cli/", "ui/")


@dataclass(frozen=True)
class Import:
    """One import statement of one jumpadesk module of another."""

    importer: str  # dotted names: jumpadesk.ui.week_view
    imported: str
    line: int
    how: str  # "", "inside a function", "under TYPE_CHECKING"
    names: tuple[str, ...] = ()  # what `from ... import` takes: the names that tie

    def where(self) -> str:
        how = f", {self.how}" if self.how else ""
        names = f": {', '.join(self.names)}" if self.names else ""
        return f"{path_of(self.importer)}:{self.line}{how}{names}"


def module_files() -> dict[str, Path]:
    """Every module of the package by its dotted name (a package by its __init__.py)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = module_files()


def path_of(module: str) -> str:
    path = MODULES[module].relative_to(PACKAGE)
    return path.as_posix()


def _resolve(name: str) -> str | None:
    """The jumpadesk module `name` is, or is in (an attribute of a module), or None."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def _how(stack: list[ast.AST]) -> str:
    for node in reversed(stack):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return "under TYPE_CHECKING"
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            return "inside a function"
    return ""


def _targets(node: ast.AST, module: str) -> dict[str, tuple[str, ...]]:
    """The dotted names an import statement (or a call of importlib.import_module or
    LazyModule with a constant name) brings in, each with the names it takes from there."""
    if isinstance(node, ast.Import):
        return {alias.name: () for alias in node.names}
    if isinstance(node, ast.ImportFrom):
        if node.level:
            here = module.split(".")
            if MODULES[module].name != "__init__.py":
                here.pop()
            base = ".".join(here[: len(here) - node.level + 1])
            source = f"{base}.{node.module}" if node.module else base
        else:
            source = node.module or ""
        # `from jumpadesk import wording` imports the module wording; `from
        # jumpadesk.models import make_engine` the package jumpadesk.models.
        found: dict[str, tuple[str, ...]] = {}
        for alias in node.names:
            full = f"{source}.{alias.name}"
            where = full if full in MODULES else source
            found[where] = (*found.get(where, ()), alias.name)
        return found
    if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
        called = ast.unparse(node.func)
        if called.endswith(("import_module", "LazyModule")) and isinstance(
                node.args[0].value, str):
            return {node.args[0].value: ()}
    return {}


def imports_of(module: str) -> Iterator[Import]:
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))

    def walk(node: ast.AST, stack: list[ast.AST]) -> Iterator[Import]:
        for name, names in _targets(node, module).items():
            target = _resolve(name) if name.startswith("jumpadesk") else None
            if target is not None and target != module:
                yield Import(module, target, getattr(node, "lineno", 0), _how(stack), names)
        for child in ast.iter_child_nodes(node):
            yield from walk(child, [*stack, node])

    yield from walk(tree, [])


@functools.cache
def import_graph() -> dict[str, list[Import]]:
    return {module: list(imports_of(module)) for module in MODULES}


@dataclass(frozen=True)
class Place:
    """Where a module stands: its layer's height (the bottom is 0), name and entry."""

    height: int
    layer: str
    entry: str


def layer_of(module: str) -> Place:
    """The layer whose entry holds the module (the entry itself, or the package it is in)."""
    path = path_of(module)
    for height, (layer, entries) in enumerate(reversed(LAYERS)):
        for entry in entries:
            if path.startswith(entry) if entry.endswith("/") else path == entry:
                return Place(height, layer, entry)
    raise AssertionError(f"{path} is in no layer: add it to LAYERS in {__file__} and to "
                         "the same table in ARCHITECTURE.md")


def circles(graph: dict[str, list[Import]]) -> list[tuple[set[str], list[Import]]]:
    """Each group of modules that import each other round (Tarjan's strongly connected
    components), with one circle through it: the imports that tie it, from its first
    module by name."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for edge in graph[module]:
            if edge.imported not in index:
                visit(edge.imported)
                low[module] = min(low[module], low[edge.imported])
            elif edge.imported in on_stack:
                low[module] = min(low[module], index[edge.imported])
        if low[module] == index[module]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(group)

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return [(group, _a_circle(graph, group)) for group in groups]


def _a_circle(graph: dict[str, list[Import]], group: set[str]) -> list[Import]:
    """The shortest way from the group's first module back to itself, inside the group."""
    start = min(group)
    paths: dict[str, list[Import]] = {start: []}
    queue = [start]
    while queue:
        module = queue.pop(0)
        for edge in graph[module]:
            if edge.imported == start:
                return [*paths[module], edge]
            if edge.imported in group and edge.imported not in paths:
                paths[edge.imported] = [*paths[module], edge]
                queue.append(edge.imported)
    raise AssertionError(f"no circle through {start}")


def describe_circle(group: set[str], circle: list[Import]) -> str:
    """ "ui/week_focus.py -> ui/week_view.py (ui/week_focus.py:25, inside a function:
    WeekView) -> ui/week_focus.py (ui/week_view.py:40: FocusRing)", after the other
    modules of its group when there are more."""
    steps = [path_of(circle[0].importer)]
    steps += [f"{path_of(edge.imported)} ({edge.where()})" for edge in circle]
    said = " -> ".join(steps)
    if len(group) > len(circle):
        members = ", ".join(sorted(path_of(m) for m in group))
        said = f"{members} import each other round; one circle: {said}"
    return said


def layer_table() -> str:
    """LAYERS as ARCHITECTURE.md shows it."""
    width = max(len(name) for name, _ in LAYERS)
    return "\n".join(f"{name:<{width}}  {'  '.join(entries)}" for name, entries in LAYERS)


# -- the tests --------------------------------------------------------------------------


def test_no_module_imports_itself_back_through_others() -> None:
    found = [describe_circle(group, circle) for group, circle in circles(import_graph())]
    assert not found, "import circles:\n" + "\n".join(found)


def test_imports_point_down_the_layers() -> None:
    upward = []
    for module, edges in import_graph().items():
        mine = layer_of(module)
        for edge in edges:
            theirs = layer_of(edge.imported)
            if theirs.height > mine.height:
                upward.append(f"{edge.where()}: {path_of(module)} ({mine.layer}) imports "
                              f"{path_of(edge.imported)} ({theirs.layer}), a layer above")
            elif {mine.entry, theirs.entry} == set(SIDE_BY_SIDE):
                upward.append(f"{edge.where()}: {path_of(module)} imports "
                              f"{path_of(edge.imported)}; the two faces stand side by side")
    assert not upward, "imports that run back up:\n" + "\n".join(upward)


def test_every_module_has_one_layer_and_architecture_shows_the_same_table() -> None:
    for module in MODULES:
        layer_of(module)  # says which module has none
    entries = [entry for _, layer in LAYERS for entry in layer]
    assert len(entries) == len(set(entries)), "an entry is in two layers"
    for entry in entries:
        assert (PACKAGE / entry).exists(), f"{entry} in LAYERS is not in jumpadesk/"
    architecture = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    assert f"```\n{layer_table()}\n```" in architecture, (
        "ARCHITECTURE.md's layer table differs from LAYERS here; it should read:\n"
        + layer_table())


def test_the_graph_sees_every_kind_of_import(tmp_path: Path) -> None:
    """The walk itself: an import inside a function, under TYPE_CHECKING, relative, of a
    name from a package, and by importlib all count, and resolve to their modules."""
    source = ("from __future__ import annotations\n"
              "import importlib\n"
              "from typing import TYPE_CHECKING\n"
              "from . import wording\n"
              "from .models import make_engine\n"
              "if TYPE_CHECKING:\n"
              "    from jumpadesk.service import Desk\n"
              "def later():\n"
              "    import jumpadesk.sync.api\n"
              "    return importlib.import_module('jumpadesk.ui.tasks')\n")
    probe = "jumpadesk.zz_probe"
    MODULES[probe] = tmp_path / "zz_probe.py"
    MODULES[probe].write_text(source)
    try:
        found = {(i.imported, i.line, i.how, i.names) for i in imports_of(probe)}
    finally:
        del MODULES[probe]
    assert found == {
        ("jumpadesk.wording", 4, "", ("wording",)),
        ("jumpadesk.models", 5, "", ("make_engine",)),
        ("jumpadesk.service", 7, "under TYPE_CHECKING", ("Desk",)),
        ("jumpadesk.sync.api", 9, "inside a function", ()),
        ("jumpadesk.ui.tasks", 10, "inside a function", ()),
    }


def test_test_modules_take_helpers_from_tests_helpers_never_from_each_other() -> None:
    """What several test modules share lives in tests/helpers/ (or a conftest), so a test
    module can change, or go, without breaking another."""
    tests = ROOT / "tests"
    borrowed = []
    for path in sorted(tests.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            else:
                continue
            for name in names:
                parts = name.split(".")
                target = ROOT.joinpath(*parts).with_suffix(".py")
                if parts[0] == "tests" and parts[-1].startswith("test_") and target.is_file():
                    borrowed.append(f"{path.relative_to(ROOT)}:{node.lineno} imports "
                                    f"{target.relative_to(ROOT)}")
    assert not borrowed, "test modules importing other test modules:\n" + "\n".join(borrowed)
