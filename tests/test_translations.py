"""The German catalogue of the sentences below the window (issue 22): every one
translated, none vanished from the code, each translation keeping its placeholders."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from jumpadesk import errors
from jumpadesk.language import catalogue_path
from tests.helpers.translations import PLACEHOLDER, messages

ROOT = Path(__file__).resolve().parent.parent


def _forms(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_every_sentence_below_the_window_is_in_german() -> None:
    found = messages(catalogue_path("de"))
    assert len(found) > 250
    for context, message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        for form in _forms(message):
            assert form.strip(), (context, source)
            assert set(PLACEHOLDER.findall(form)) == set(PLACEHOLDER.findall(source)), \
                (context, source, form)
            assert ("%n" in form) == ("%n" in source) or message.get("numerus") != "yes", \
                (context, source, form)


def test_the_catalogue_has_every_sentence_the_code_says(tmp_path: Path) -> None:
    """lupdate over the package finds nothing new below the window, and nothing there
    has vanished from the code."""
    copy = tmp_path / "jumpadesk_de.ts"
    shutil.copy(catalogue_path("de"), copy)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-extensions", "py", str(ROOT / "jumpadesk"), "-ts",
                    str(copy)],
                   check=True, capture_output=True, timeout=120)
    found = messages(copy)
    assert len(found) > 250
    for context, message in found:
        state = message.find("translation").get("type")  # type: ignore[union-attr]
        assert state is None, (context, message.findtext("source"), state)


def _literal(node: ast.expr) -> str | None:
    """The fixed words of a sentence written in place: a string, an f-string, or a sum."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else "{}"
                       for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        return None if left is None and right is None else (left or "") + (right or "")
    return None


def test_no_error_below_the_window_says_an_english_sentence_in_place() -> None:
    """Every refusal a person reads (an error of errors.py's family, raised below the
    window) is said through the catalogue, not written in English where it is raised."""
    said_to_a_person = {name for name, value in vars(errors).items()
                        if isinstance(value, type) and issubclass(value, errors.JumpadeskError)}
    said_to_a_person |= {"UnknownService", "StaleData", "BadArgument"}
    english = []
    for path in sorted((ROOT / "jumpadesk").rglob("*.py")):
        if "ui" in path.relative_to(ROOT / "jumpadesk").parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
                    and node.exc.args and isinstance(node.exc.func, ast.Name)
                    and node.exc.func.id in said_to_a_person):
                continue
            text = _literal(node.exc.args[0])
            if text and len(re.findall(r"[A-Za-z]{2,}", text)) >= 3:
                english.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text}")
    assert english == [], "\n".join(english)
