"""The main window's team day (and one staff member's day): read off the GUI thread at one
moment (Desk.team_day_snapshot, on a worker; a newer request drops the older read) and
painted by ui/team_day.TeamPanel. A time chosen in a column is booked for that staff
member through the window's booking form (the switcher puts them on screen first, as
Find a Time does); an appointment dragged to another column is given to that staff
member (Desk.reassign, asked first, its outcome said in a sentence, and Edit > Undo can
give it back: a ReassignDone carried by `undoable`). A block's details
(a double-click, or Enter) and an appointment dragged within its column are the week's
own (the window's BookingController), for that staff member put on screen first; so are
an appointment resized by its lower edge (a move keeping its start) and Delete on a
block (cancel or remove, asked first).

`TeamDay` works for a `TeamHost` (the main window)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal, Slot

from jumpadesk.availability import ScheduleItem
from jumpadesk.models import Appointment
from jumpadesk.rows import SubAccountRow
from jumpadesk.services.team_day import TeamDaySnapshot
from jumpadesk.services.undo import ReassignDone
from jumpadesk.ui.booking_dialog import BookingDialog
from jumpadesk.ui.event_details import EventDetails, format_span, uses_am_pm
from jumpadesk.ui.sub_accounts import SubAccountSwitcher
from jumpadesk.ui.tasks import Task, TaskFailure
from jumpadesk.ui.team_day import TeamPanel
from jumpadesk.ui.translation import translate
from jumpadesk.ui.window_booking import BookingController
from jumpadesk.ui.window_host import SubAccountHost


class TeamHost(SubAccountHost, Protocol):
    """What the team's day needs of the window it works in."""

    @property
    def switcher(self) -> SubAccountSwitcher: ...
    @property
    def booking(self) -> BookingController: ...

    def clock(self) -> datetime: ...
    def ask(self, title: str, text: str) -> bool: ...
    def warn(self, failure: TaskFailure) -> None: ...
    def open_booking(self, start: datetime, end: datetime) -> BookingDialog: ...


class TeamDay(QObject):
    """The team's day for `host`; `only_on_screen` makes it the day of the sub-account on
    screen alone (the Day view).

    Signals:
        reloaded(): the panel got a fresh read.
        given(str): an appointment was given to another staff member (the sentence said),
            or could not be (the sentence shown).
        undoable(object): an appointment given, as a step Undo can undo (ReassignDone).
    """

    reloaded = Signal()
    given = Signal(str)
    undoable = Signal(object)

    def __init__(self, host: TeamHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.panel = TeamPanel()
        self.day: date = host.clock().astimezone(host.tz).date()
        self.shown: list[int] | None = None  # None: everyone
        self.only_on_screen = False
        self._read: Task | None = None
        self.snapshot: TeamDaySnapshot | None = None
        self.panel.day_changed.connect(self.set_day)
        self.panel.shown_changed.connect(self._on_panel_shown_changed)
        self.panel.view.slot_chosen.connect(self.book)
        self.panel.view.give_requested.connect(self.give)
        self.panel.view.item_activated.connect(self.open_details)
        self.panel.view.move_requested.connect(self.move)
        self.panel.view.delete_requested.connect(self.delete)

    @property
    def pending(self) -> bool:
        return self._read is not None

    @Slot(object)
    def set_day(self, day: date) -> None:
        """Show another day, read from the store."""
        self.day = day
        self.reload()

    def reload(self) -> None:
        """Read the day off the GUI thread (a read still on its way is dropped)."""
        if self._read is not None:
            self._read.cancel()
        host = self._host
        desk, day, am_pm, now = host.desk, self.day, uses_am_pm(), host.clock()
        shown = [host.sub.id] if self.only_on_screen else self.shown
        self.panel.set_today(now.astimezone(host.tz).date())
        task = host.run_call(lambda: desk.team_day_snapshot(day, shown, am_pm=am_pm, now=now),
                             "team day")
        task.succeeded.connect(self._on_read)
        task.failed.connect(self._on_read_failed)
        self._read = task

    @Slot(object)
    def _on_read(self, team: TeamDaySnapshot) -> None:
        self._read = None
        self.snapshot = team
        self.panel.show_snapshot(team, choosing=not self.only_on_screen)
        self.reloaded.emit()

    @Slot(object)
    def _on_read_failed(self, failure: TaskFailure) -> None:
        self._read = None
        self._host.statusBar().showMessage(failure.sentence, 15_000)

    @Slot(object)
    def _on_panel_shown_changed(self, shown: list[int] | None) -> None:
        self.shown = shown
        self.reload()

    # -- booking in a column, giving to another ------------------------------------

    def _on_screen(self, sub: SubAccountRow) -> None:
        """Put `sub` on screen, as choosing it does (what follows is done for them)."""
        if sub.id != self._host.sub.id:
            self._host.switcher.choose(sub)

    @Slot(object, object, object)
    def book(self, sub: SubAccountRow, start: datetime, end: datetime) -> BookingDialog:
        """The booking form for `sub` (put on screen first, as choosing it does)."""
        self._on_screen(sub)
        return self._host.open_booking(start, end)

    @Slot(object, object)
    def open_details(self, item: ScheduleItem, sub: SubAccountRow) -> EventDetails:
        """The week's details of `item` (Change time, Cancel...) for `sub`."""
        self._on_screen(sub)
        return self._host.booking.show_details(item)

    @Slot(object, object, object, object)
    def move(self, item: ScheduleItem, sub: SubAccountRow, start: datetime,
             end: datetime) -> Task | None:
        """The week's move of `sub`'s appointment to start..end (asking as it asks)."""
        self._on_screen(sub)
        return self._host.booking.move_appointment(item, start, end)

    @Slot(object, object)
    def delete(self, item: ScheduleItem, sub: SubAccountRow) -> None:
        """Delete on `sub`'s block: the week's cancel or removal, asked as it asks."""
        self._on_screen(sub)
        self._host.booking.delete(item)

    @Slot(object, object, object, object, object)
    def give(self, item: ScheduleItem, source: SubAccountRow, target: SubAccountRow,
             start: datetime, end: datetime) -> Task | None:
        """Asked first; then Desk.reassign on a worker, its outcome said in a sentence."""
        host = self._host
        when = format_span(start, end, _zone(target))
        words = {"title": item.title, "guest": item.guest, "target": target.name,
                 "source": source.name, "when": when}
        if item.guest:
            question = translate(
                "window_team", "Give \u201c{title}\u201d for {guest} to {target}, {when}? It "
                "is written to {target}'s calendar and taken out of {source}'s once iCloud "
                "has it.")
            done = translate("window_team",
                             "\u201c{title}\u201d for {guest} is now with {target}, {when}.")
        else:
            question = translate(
                "window_team", "Give \u201c{title}\u201d to {target}, {when}? It is written "
                "to {target}'s calendar and taken out of {source}'s once iCloud has it.")
            done = translate("window_team", "\u201c{title}\u201d is now with {target}, {when}.")
        if not host.ask(translate("window_team", "Give to Another Staff Member"),
                        question.format(**words)):
            return None
        desk, ref = host.desk, item.ref_id
        assert ref is not None
        task = host.run_call(lambda: desk.reassign(source, ref, target, start, end), "give")
        what = f"{item.title} \u00b7 {item.guest}" if item.guest else item.title
        task.succeeded.connect(lambda given: self._on_given(
            done.format(**words), ReassignDone(target, _id_of(given, ref), what, source,
                                               item.start, item.end)))
        task.failed.connect(self._on_give_failed)
        return task

    def _on_given(self, sentence: str, step: ReassignDone) -> None:
        self.undoable.emit(step)
        self._host.statusBar().showMessage(sentence, 15_000)
        self.given.emit(sentence)
        self.reload()
        self._host.reload_schedule()

    @Slot(object)
    def _on_give_failed(self, failure: TaskFailure) -> None:
        self._host.warn(failure)
        self.given.emit(failure.sentence)
        self.reload()
        self._host.reload_schedule()


def _id_of(given: object, asked: int) -> int:
    """The appointment as its new staff member holds it (the id that holds the booking
    now), the one asked for when the answer does not say."""
    if isinstance(given, Appointment) and given.id is not None:
        return given.id
    return asked


def _zone(sub: SubAccountRow) -> ZoneInfo:
    return ZoneInfo(sub.timezone)


__all__ = ["TeamDay", "TeamHost"]
