"""What every controller of the main window needs of it (`WindowHost`): the Desk, whether
it is shutting down, its status bar, a Desk call run on a worker (counted while it runs)
and the shown week read again; `SubAccountHost` adds the sub-account on screen. Each
controller's own Protocol (BookingHost, ConnectionsHost, LiveHost, RecheckHost) adds what
only it needs, so none imports the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QStatusBar

from jumpadesk.rows import SubAccountRow
from jumpadesk.ui.tasks import Task

if TYPE_CHECKING:  # a type only: the window paints its first week before the ORM loads
    from jumpadesk.service import Desk


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


class SubAccountHost(WindowHost, Protocol):
    """The main window with the sub-account it shows: by reference, by name, its clock."""

    @property
    def sub(self) -> SubAccountRow: ...
    @property
    def sub_name(self) -> str: ...
    @property
    def tz(self) -> ZoneInfo: ...


__all__ = ["SubAccountHost", "WindowHost"]
