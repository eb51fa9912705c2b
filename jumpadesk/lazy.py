"""Modules imported on first use, so a command-line question does not pay for the CalDAV
stack (caldav, niquests, the sync engine) it never touches."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands in for the module `name` and imports it when an attribute is first read.

    importlib's import lock makes the first use from two threads safe; afterwards each
    read is one dictionary look-up more than a plain module attribute.
    """

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        return getattr(module, attribute)

    def __repr__(self) -> str:
        state = "imported" if self._module is not None else "not imported yet"
        return f"<LazyModule {self._name} ({state})>"
