"""The German catalogue's sentences below the window, as the tests of issue 22 read them."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from functools import cache
from pathlib import Path

from jumpadesk.language import catalogue_path

#: The catalogue's contexts for the sentences below the window (the window has its own).
BELOW_THE_WINDOW = ("errors", "wording", "dates", "reasons", "hours", "services", "sync",
                    "cli", "store", "secrets", "schedule")
PLACEHOLDER = re.compile(r"\{(\w+)(?::[^}]*)?\}")
_CUT = re.compile(r"\{\w+(?::[^}]*)?\}|%n")


def messages(path: Path) -> list[tuple[str, ElementTree.Element]]:
    """(context, message) of every message below the window in the .ts at `path`."""
    root = ElementTree.parse(path).getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")
            if (context.findtext("name") or "") in BELOW_THE_WINDOW]


@cache
def english_pieces() -> tuple[str, ...]:
    """The fixed words of every English sentence below the window, long enough to be
    words rather than a name or a number ("is not free", not " on ")."""
    pieces = set()
    for _, message in messages(catalogue_path("de")):
        for piece in _CUT.split(message.findtext("source") or ""):
            piece = piece.strip(" ,.:;()–-")
            if len(piece) >= 10 and " " in piece:
                pieces.add(piece)
    return tuple(sorted(pieces))
