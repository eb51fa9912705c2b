"""What every controller of the main window needs of it (`WindowHost`): the Desk, whether
it is shutting down, its status bar, a Desk call run on a worker (counted while it runs)
and the shown week read again. Each controller's own Protocol (BookingHost,
ConnectionsHost, LiveHost, RecheckHost) adds what only it needs, so none imports the
window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QStatusBar

from jumpadesk.service import Desk
from jumpadesk.ui.tasks import Task


class WindowHost(Protocol):
    """The main window, as its controllers see it."""

    @property
    def desk(self) -> Desk: ...
    @property
    def is_shut_down(self) -> bool: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)
    def run_call(self, fn: Callable[[], Any], label: str) -> Task: ...
    def reload_schedule(self, *, conflicts: bool = False, announce: bool = False,
                        then: Callable[[], None] | None = None) -> None: ...


__all__ = ["WindowHost"]
