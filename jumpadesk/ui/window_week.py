"""The main window's shown week: read off the GUI thread at one moment
(Desk.week_snapshot, on a worker; a newer request drops the older read) and handed to the
week view whole, with the double bookings ahead when asked; the services the booking form
offers; and the opening hours of the sub-account on screen, which Opening Hours… edits.

`ShownWeek` works for a `WeekHost` (the main window): the sub-account on screen, its zone
and shown Monday, the week view, the notice over the week (a shared store out of reach)
and the double bookings watch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from jumpadesk.availability import CONFLICT_HORIZON
from jumpadesk.hours import DEFAULT_OPENING_HOURS, OpeningHours
from jumpadesk.rows import SubAccountRow, SubKey
from jumpadesk.services.offered import Offered
from jumpadesk.ui.event_details import uses_am_pm
from jumpadesk.ui.opening_hours import OpeningHoursDialog
from jumpadesk.ui.tasks import Task, TaskFailure
from jumpadesk.ui.translation import translate
from jumpadesk.ui.week_layout import monday_of
from jumpadesk.ui.week_panel import WeekPanel
from jumpadesk.ui.window_conflicts import ConflictWatch
from jumpadesk.ui.window_host import WindowHost
from jumpadesk.week import WeekSnapshot


class WeekSource(Protocol):
    """Where the week is read: the Desk, or before it is here the first week's plain
    reader (ui/desk_on_the_way.py); the same service function either way."""

    def week_snapshot(self, which: SubKey | None, monday: date, *, am_pm: bool = False,
                      conflicts: tuple[datetime, datetime] | None = None) -> WeekSnapshot: ...


class WeekHost(WindowHost, Protocol):
    """What the shown week needs of the window it works in."""

    @property
    def week_source(self) -> WeekSource: ...

    @property
    def sub(self) -> SubAccountRow: ...
    @property
    def tz(self) -> ZoneInfo: ...
    @property
    def week_view(self) -> WeekPanel: ...
    @property
    def conflicts(self) -> ConflictWatch: ...

    week_monday: date

    def clock(self) -> datetime: ...
    def warn(self, failure: TaskFailure) -> None: ...


@dataclass
class _WeekRead:
    """The read of the shown week on its way: what was asked of it, and what runs once
    the week shows it (a newer request takes these over and the older read is dropped)."""

    task: Task
    conflicts: bool = False
    announce: bool = False
    then: list[Callable[[], None]] = field(default_factory=list)


class ShownWeek(QObject):
    """The week on screen, for the window (`host`), its dialogs over `parent` (the window
    itself); `notice()` is said first over the week (a shared store out of reach, or "").

    Signals:
        reloaded(): the week view got fresh items from the store.
    """

    reloaded = Signal()

    def __init__(self, host: WeekHost, parent: QWidget, notice: Callable[[], str]) -> None:
        super().__init__(parent)
        self._host = host
        self._parent = parent
        self._notice = notice
        self._read: _WeekRead | None = None
        #: The shown week as last read (None: being read for another sub-account).
        self.snapshot: WeekSnapshot | None = None
        #: The services the business offers, as last read (the booking form's).
        self.services: tuple[Offered, ...] = ()
        #: The opening hours of the sub-account `_hours_of` (the one on screen, once read).
        self.opening_hours: OpeningHours = DEFAULT_OPENING_HOURS
        self._hours_of: int | None = None
        self.opening_hours_dialog: OpeningHoursDialog | None = None
        host.week_view.week_changed.connect(self._on_week_view_week_changed)

    @property
    def pending(self) -> bool:
        """True while the shown week is being read (it shows when the read arrives)."""
        return self._read is not None

    def show_week(self, day: date) -> None:
        """Show the week containing `day`, read from the store."""
        self._host.week_view.set_week(monday_of(day))
        self._on_week_view_week_changed(day)

    @Slot(object)
    def _on_week_view_week_changed(self, day: date) -> None:
        monday = monday_of(day)
        if monday != self._host.week_monday:
            self._host.week_monday = monday
            self.reload()

    def sub_account_changed(self, sub: SubAccountRow) -> None:
        """Another sub-account is on screen: nothing of the last one's week, nor its
        opening hours, stands for it until its own are read."""
        self.snapshot = None
        if sub.id != self._hours_of:
            self.opening_hours, self._hours_of = DEFAULT_OPENING_HOURS, None

    def reload(self, *, conflicts: bool = False, announce: bool = False,
               then: Callable[[], None] | None = None) -> None:
        """Read the shown week off the GUI thread, at one moment (Desk.week_snapshot): its
        items, banner, legend and opening hours; with `conflicts` the double bookings
        ahead too (CONFLICT_HORIZON), told with `announce`. `then` runs once the week
        shows what was read (or the read failed). A read still on its way is dropped for
        this one, which takes over what was asked of it."""
        pending, self._read = self._read, None
        if pending is not None:
            pending.task.cancel()
            conflicts, announce = conflicts or pending.conflicts, announce or pending.announce
        host = self._host
        source, sub, monday, now = host.week_source, host.sub, host.week_monday, host.clock()
        am_pm = uses_am_pm()
        ahead = (now, now + CONFLICT_HORIZON) if conflicts else None
        task = host.run_call(lambda: source.week_snapshot(sub, monday, am_pm=am_pm,
                                                          conflicts=ahead), "week")
        task.succeeded.connect(self._on_read)
        task.failed.connect(self._on_read_failed)
        self._read = _WeekRead(task, conflicts, announce,
                               [*(pending.then if pending else ()), *filter(None, [then])])

    @Slot(object)
    def _on_read(self, snapshot: WeekSnapshot) -> None:
        """The week, read: shown whole (and the double bookings ahead, when read, kept and
        told once)."""
        read, self._read = self._read, None
        self.snapshot = snapshot
        self.opening_hours, self._hours_of = snapshot.opening_hours, snapshot.sub_account.id
        if snapshot.conflicts is not None:
            self._host.conflicts.found(snapshot.conflicts)
        self._host.week_view.show_snapshot(snapshot.with_notice(self._notice()))
        self.reloaded.emit()
        if read is not None and read.announce:
            self._host.conflicts.announce()
        for then in read.then if read is not None else ():
            then()

    @Slot(object)
    def _on_read_failed(self, failure: TaskFailure) -> None:
        read, self._read = self._read, None
        self._host.statusBar().showMessage(failure.sentence, 15_000)
        for then in read.then if read is not None else ():
            then()

    # -- the services, for the booking form ---------------------------------------------

    def read_services(self) -> None:
        """Read the services the business offers off the GUI thread, for the booking
        form (at start, with every reload, after Services… and a change elsewhere)."""
        task = self._host.run_call(self._host.desk.services, "services")
        task.succeeded.connect(self._on_services_read)

    @Slot(object)
    def _on_services_read(self, services: list[Offered]) -> None:
        self.services = tuple(services)

    # -- opening hours ------------------------------------------------------------------

    @Slot()
    def open_opening_hours(self) -> OpeningHoursDialog | None:
        """Sub-account → Opening Hours…: the dialog, window-modal; OK saves them. Just
        after a switch of sub-account, once its hours are read (None until then): never
        another sub-account's hours under this one's name."""
        sub = self._host.sub
        if self._hours_of != sub.id:
            self.reload(then=self._open_opening_hours_once_read)
            return None
        dialog = OpeningHoursDialog(sub.name, self.opening_hours, parent=self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_opening_hours_accepted)
        self.opening_hours_dialog = dialog
        dialog.open()
        return dialog

    def _open_opening_hours_once_read(self) -> None:
        if self._hours_of == self._host.sub.id:
            self.open_opening_hours()

    @Slot()
    def _on_opening_hours_accepted(self) -> None:
        dialog = self.opening_hours_dialog
        if dialog is None:
            return
        self.opening_hours_dialog = None
        desk, sub, hours = self._host.desk, self._host.sub, dialog.hours()
        task = self._host.run_call(lambda: desk.set_opening_hours(sub, hours), "opening hours")
        task.succeeded.connect(lambda saved: self._on_opening_hours_saved(sub, saved))
        task.failed.connect(self._host.warn)

    def _on_opening_hours_saved(self, sub: SubAccountRow, hours: OpeningHours) -> None:
        if sub.id == self._host.sub.id:  # not another sub-account's, chosen meanwhile
            self.opening_hours, self._hours_of = hours, sub.id
            self._host.week_view.set_opening_hours(hours)
        self._host.statusBar().showMessage(
            translate("window_week", "{name}'s opening hours are saved.").format(name=sub.name),
            8000)
        self.reload()


__all__ = ["ShownWeek", "WeekHost", "WeekSource"]
