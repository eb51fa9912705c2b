"""The window's Desk on its way: the first week painted from the plain reader, the Desk
(and the ORM it loads, about half of a cold start's CPU) built after that, on a worker.

    coming = desk_on_the_way("Main")   # None: the launcher takes today's path, Desk first
    window = MainWindow(coming)        # paints the first week, then sends for the Desk

`desk_on_the_way(sub_account)` opens the store read-only through the command line's plain
reader (services/read_only.open_read_only_desk: sqlite3 for the data folder's file,
psycopg for a shared store), when that reader can answer with certainty; None whenever it
cannot (no store file yet, a schema other than this jumpadesk's, so the Desk upgrades the
file or asks about the shared store as before; a store out of reach or refusing the
password, which the Desk words; a booking not yet confirmed by iCloud). A sub-account the
store does not have is UnknownSubAccount at once, as the Desk would say it; a damaged file
DamagedStore. Nothing is ever written through it: its connection is read-only.

`DeskOnTheWay.week_snapshot` reads the week with the same service function as
Desk.week_snapshot (services/week.py), one read at a time (the window's week reads run on
workers and may overlap; a newer request drops the older one's answer, not its read).
`send_for_desk(window, coming)` builds the Desk on a worker once the first week shows,
then hands it to `window.attach_desk`, which builds the rest of the window around it and
reads everything again through the Desk; the plain reader is closed then. If the Desk
cannot be made after all (a full disk, say), its sentence is said as the launcher says
it when the Desk fails first (`cannot_start`), and the window's run ends.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from jumpadesk.rows import SubAccountRow, SubKey
from jumpadesk.services.read_only import CannotAnswer, ReadOnlyDesk, open_read_only_desk
from jumpadesk.ui.plain import message_box
from jumpadesk.ui.tasks import Task, TaskFailure
from jumpadesk.ui.translation import translate
from jumpadesk.week import WeekSnapshot

if TYPE_CHECKING:
    from jumpadesk.service import Desk

log = logging.getLogger("jumpadesk.ui.desk_on_the_way")


def _full_desk() -> Desk:
    # Imported here, for speed: jumpadesk.service loads the ORM (SQLAlchemy, sqlmodel and
    # the tables), which the first week does without; this runs on a worker after it.
    from jumpadesk.service import Desk

    return Desk()


class DeskOnTheWay:
    """What the window holds until its Desk is here: the sub-account on screen and its
    week, read through the plain reader `plain`; `build()` makes the Desk (on a worker)."""

    def __init__(self, plain: ReadOnlyDesk, build: Callable[[], Desk] = _full_desk,
                 cannot_start: Callable[[str], None] | None = None) -> None:
        self._plain: ReadOnlyDesk | None = plain
        self._build = build
        #: Says why the Desk could not be made and ends the window's run (the launcher's:
        #: the sentence on stderr and in a box, exit code 1); None: a box, then the
        #: window closes.
        self.cannot_start = cannot_start
        self._lock = threading.Lock()  # one read at a time on the plain connection
        self.sub: SubAccountRow = plain.sub

    def week_snapshot(self, which: SubKey | None, monday: date, *, am_pm: bool = False,
                      conflicts: tuple[datetime, datetime] | None = None) -> WeekSnapshot:
        """The week as Desk.week_snapshot reads it, through the plain reader (CannotAnswer
        once it is closed: the Desk reads it then)."""
        with self._lock:
            if self._plain is None:
                raise CannotAnswer("the plain reader was closed for the Desk")
            return self._plain.week_snapshot(which, monday, am_pm=am_pm, conflicts=conflicts)

    def build(self) -> Desk:
        """The full Desk on this data folder's store (run it on a worker)."""
        return self._build()

    def close(self) -> None:
        """Close the plain reader (a read on its way finishes first)."""
        with self._lock:
            plain, self._plain = self._plain, None
        if plain is not None:
            plain.close()


def desk_on_the_way(sub_account: str | None,
                    cannot_start: Callable[[str], None] | None = None) -> DeskOnTheWay | None:
    """The first week's reader on this data folder's store, about `sub_account` (None:
    the business's first), or None when the Desk must come first (see the module);
    `cannot_start` as DeskOnTheWay takes it."""
    plain = open_read_only_desk(sub_account)
    return DeskOnTheWay(plain, cannot_start=cannot_start) if plain is not None else None


class DeskWaiter(Protocol):
    """The window that waits for its Desk."""

    @property
    def is_shut_down(self) -> bool: ...

    def run_call(self, fn: Callable[[], object], label: str) -> Task: ...
    def attach_desk(self, desk: Desk) -> None: ...
    def close(self) -> bool: ...


def send_for_desk(window: DeskWaiter, coming: DeskOnTheWay) -> None:
    """Once the first week shows, build the Desk on a worker and hand it to the window
    (see the module): on the event loop's next turn, after the paint the week's arrival
    asked for, so the worker's imports do not hold up that paint."""
    QTimer.singleShot(0, lambda: _build_desk(window, coming))


def _build_desk(window: DeskWaiter, coming: DeskOnTheWay) -> None:
    if window.is_shut_down:
        coming.close()
        return
    task = window.run_call(coming.build, "desk")

    def arrived(desk: Desk) -> None:
        coming.close()
        window.attach_desk(desk)

    def failed(failure: TaskFailure) -> None:
        coming.close()
        log.warning("the Desk could not be made after the first week: %s", failure.error)
        if window.is_shut_down:
            return
        if coming.cannot_start is not None:
            coming.cannot_start(failure.sentence)
            return
        parent = window if isinstance(window, QWidget) else None
        box = message_box(QMessageBox.Icon.Critical,
                          translate("launch", "jumpadesk cannot start"),
                          failure.sentence, parent=parent)
        box.exec()
        window.close()

    task.succeeded.connect(arrived)
    task.failed.connect(failed)


__all__ = ["DeskOnTheWay", "DeskWaiter", "desk_on_the_way", "send_for_desk"]
