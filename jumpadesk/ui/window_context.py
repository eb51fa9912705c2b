"""What the main window's controllers share: the Desk, the sub-account on screen and its
zone, its opening hours as last read, the clock, how to ask, and where to say things.

The window owns one `WindowContext` and changes what it shows (a sub-account chosen in
the switcher, a week read); each controller reads it at the moment it acts, so a call
started for one sub-account is never sent for another. Nothing here touches the store.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from jumpadesk.hours import DEFAULT_OPENING_HOURS, OpeningHours
from jumpadesk.rows import SubAccountRow
from jumpadesk.service import Desk
from jumpadesk.ui.plain import message_box
from jumpadesk.ui.tasks import TaskFailure

Ask = Callable[[str, str], bool]
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class WindowContext:
    """The desk and what the window shows now.

    `ask(title, text) -> bool` confirms destructive or risky steps; `clock()` is now,
    aware; `window` is where dialogs open and whose status bar says things."""

    def __init__(self, desk: Desk, sub: SubAccountRow, *, ask: Ask, clock: Clock,
                 window: QMainWindow, demo: bool = False) -> None:
        self.desk = desk
        self.ask = ask
        self.clock = clock
        self.window = window
        self.demo = demo
        self._sub = sub
        self._tz = ZoneInfo(sub.timezone)
        #: The shown sub-account's opening hours, as the last week read found them.
        self.opening_hours: OpeningHours = DEFAULT_OPENING_HOURS

    @property
    def sub(self) -> SubAccountRow:
        """The sub-account on screen, by reference (id, name, zone)."""
        return self._sub

    @sub.setter
    def sub(self, sub: SubAccountRow) -> None:
        self._sub = sub
        self._tz = ZoneInfo(sub.timezone)

    @property
    def tz(self) -> ZoneInfo:
        """The shown sub-account's zone: its week, and the times it books, are in it."""
        return self._tz

    @property
    def sub_name(self) -> str:
        return self._sub.name

    def say(self, sentence: str, ms: int = 0) -> None:
        """The sentence in the status bar (for `ms`, 0: until the next one)."""
        self.window.statusBar().showMessage(sentence, ms)

    def warn(self, failure: TaskFailure) -> None:
        """A failure's sentence in the status bar and a message box that does not hold
        up the window."""
        self.say(failure.sentence, 30_000)
        box = message_box(QMessageBox.Icon.Warning, "jumpadesk", failure.sentence,
                          parent=self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
