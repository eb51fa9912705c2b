"""Carry the finished translations of one .ts catalogue into another: every message of
TARGET still unfinished whose (context, source, comment) FROM has translated takes that
translation. For merging two branches' catalogues: take one side's file, run
pyside6-lupdate over the package, then carry the other side's translations in.

    .venv/bin/python scripts/carry_translations.py FROM.ts TARGET.ts
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

Key = tuple[str, str, str]


def _messages(root: ElementTree.Element) -> dict[Key, ElementTree.Element]:
    return {(context.findtext("name") or "", message.findtext("source") or "",
             message.findtext("comment") or ""): message
            for context in root.iter("context") for message in context.iter("message")}


def carry(source: Path, target: Path) -> int:
    """How many translations were carried from `source` into `target` (rewritten)."""
    finished = {key: message.find("translation")
                for key, message in _messages(ElementTree.parse(source).getroot()).items()
                if message.find("translation") is not None
                and message.find("translation").get("type") is None}  # type: ignore[union-attr]
    tree = ElementTree.parse(target)
    carried = 0
    for key, message in _messages(tree.getroot()).items():
        mine, theirs = message.find("translation"), finished.get(key)
        if theirs is None or (mine is not None and mine.get("type") is None):
            continue
        if mine is not None:
            message.remove(mine)
        message.append(copy.deepcopy(theirs))
        carried += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    text = target.read_text(encoding="utf-8").replace(
        "<?xml version='1.0' encoding='utf-8'?>\n",
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n', 1)
    target.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    return carried


if __name__ == "__main__":
    print(f"carried {carry(Path(sys.argv[1]), Path(sys.argv[2]))} translations")
