"""The German catalogue of the sentences below the window (issue 22): every one
translated, none vanished from the code, each translation keeping its placeholders."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

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
