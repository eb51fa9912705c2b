"""The main window's booking: the booking dialog for a chosen time, the details of a
block with their actions, and what each does to an appointment or a blocked slot: book,
block, move (a drag or Change Time), cancel and remove, each on a worker (the store may
be a server away, and iCloud is), with the questions asked first (a past time, outside
opening hours, an out-of-date schedule) and the week read again after.

`BookingController` works for a `BookingHost` (the main window): the sub-account on
screen, its zone, its opening hours and connections as last read, the shown week's
snapshot (whom each appointment is for), how to ask, run a call and read the week.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from jumpadesk.availability import ScheduleItem
from jumpadesk.errors import BookingUnconfirmed, NoLinkedCalendar, SlotTaken
from jumpadesk.hours import OpeningHours, hours_outside
from jumpadesk.kinds import Source
from jumpadesk.models import Appointment, BlockedSlot
from jumpadesk.service import StaleData
from jumpadesk.services.connections_view import ConnectionsSnapshot
from jumpadesk.services.offered import Offered
from jumpadesk.services.undo import CancelDone, MoveDone
from jumpadesk.ui.attendance import attach_attendance
from jumpadesk.ui.booking_dialog import BookingDialog, BookingRequest
from jumpadesk.ui.calendar_picker import CalendarPickerDialog
from jumpadesk.ui.change_time import ChangeTimeDialog
from jumpadesk.ui.event_details import (
    EventDetails,
    describe_when,
    format_span,
    item_title,
    uses_am_pm,
)
from jumpadesk.ui.plain import message_box
from jumpadesk.ui.tasks import Task, TaskFailure
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, translate
from jumpadesk.ui.window_host import SubAccountHost
from jumpadesk.ui.window_undo import appointment_words
from jumpadesk.ui.wizard import ConnectWizard, Prefill
from jumpadesk.week import WeekSnapshot
from jumpadesk.wording import stale_question


def past_state(start: datetime, end: datetime, now: datetime) -> str:
    """How a time stands against `now`: "" (still to come), "has already begun" or
    "has passed"."""
    return "" if start >= now else "has passed" if end <= now else "has already begun"


#: The questions before a time past or outside the opening hours, whole sentences for
#: each verb so a language may order them its own way: (verb, past, outside) to the
#: title and the text; {hours} is the opening hours in words.
_WHEN_QUESTIONS: dict[tuple[str, str, bool], tuple[str, str]] = {
    ("Book", "has passed", False): (
        QT_TRANSLATE_NOOP("window_booking", "Book a past time?"),
        QT_TRANSLATE_NOOP("window_booking", "That time has passed. Book it anyway?")),
    ("Book", "has already begun", False): (
        QT_TRANSLATE_NOOP("window_booking", "Book a past time?"),
        QT_TRANSLATE_NOOP("window_booking", "That time has already begun. Book it anyway?")),
    ("Book", "has passed", True): (
        QT_TRANSLATE_NOOP("window_booking", "Book a past time outside opening hours?"),
        QT_TRANSLATE_NOOP("window_booking", "That time has passed, and it is outside opening "
                          "hours ({hours}). Book it anyway?")),
    ("Book", "has already begun", True): (
        QT_TRANSLATE_NOOP("window_booking", "Book a past time outside opening hours?"),
        QT_TRANSLATE_NOOP("window_booking", "That time has already begun, and it is outside "
                          "opening hours ({hours}). Book it anyway?")),
    ("Book", "", True): (
        QT_TRANSLATE_NOOP("window_booking", "Book outside opening hours?"),
        QT_TRANSLATE_NOOP("window_booking", "That is outside opening hours ({hours}). Book "
                          "anyway?")),
    ("Block", "has passed", False): (
        QT_TRANSLATE_NOOP("window_booking", "Block a past time?"),
        QT_TRANSLATE_NOOP("window_booking", "That time has passed. Block it anyway?")),
    ("Block", "has already begun", False): (
        QT_TRANSLATE_NOOP("window_booking", "Block a past time?"),
        QT_TRANSLATE_NOOP("window_booking", "That time has already begun. Block it anyway?")),
    ("Block", "has passed", True): (
        QT_TRANSLATE_NOOP("window_booking", "Block a past time outside opening hours?"),
        QT_TRANSLATE_NOOP("window_booking", "That time has passed, and it is outside opening "
                          "hours ({hours}). Block it anyway?")),
    ("Block", "has already begun", True): (
        QT_TRANSLATE_NOOP("window_booking", "Block a past time outside opening hours?"),
        QT_TRANSLATE_NOOP("window_booking", "That time has already begun, and it is outside "
                          "opening hours ({hours}). Block it anyway?")),
    ("Block", "", True): (
        QT_TRANSLATE_NOOP("window_booking", "Block outside opening hours?"),
        QT_TRANSLATE_NOOP("window_booking", "That is outside opening hours ({hours}). Block "
                          "anyway?")),
    ("Move", "has passed", False): (
        QT_TRANSLATE_NOOP("window_booking", "Move to a past time?"),
        QT_TRANSLATE_NOOP("window_booking", "That time has passed. Move it anyway?")),
    ("Move", "has already begun", False): (
        QT_TRANSLATE_NOOP("window_booking", "Move to a past time?"),
        QT_TRANSLATE_NOOP("window_booking", "That time has already begun. Move it anyway?")),
}


def when_question(verb: str, state: str, hours: str = "") -> tuple[str, str] | None:
    """The one question (title, text) before booking, blocking or moving ("Book",
    "Block", "Move") to a time that `state` (past_state) says is past, or outside the
    opening hours `hours` (in words; "" when inside); None when there is nothing to
    ask."""
    if not state and not hours:
        return None
    title, text = _WHEN_QUESTIONS[(verb, state, bool(hours))]
    return (translate("window_booking", title),
            translate("window_booking", text).format(hours=hours))


class BookingHost(SubAccountHost, Protocol):
    """What booking needs of the window it works in."""

    @property
    def opening_hours(self) -> OpeningHours: ...
    @property
    def connections(self) -> ConnectionsSnapshot: ...
    @property
    def week(self) -> WeekSnapshot | None: ...
    @property
    def prefill(self) -> Prefill | None: ...
    @property
    def services(self) -> tuple[Offered, ...]: ...

    def ask(self, title: str, text: str) -> bool: ...
    def clock(self) -> datetime: ...
    def servers(self) -> str: ...
    def clear_selection(self) -> None: ...
    def warn(self, failure: TaskFailure) -> None: ...
    def restart_recheck(self) -> None: ...
    def edit_calendars(self, parent: QWidget | None = None) -> CalendarPickerDialog: ...
    def open_wizard(self, prefill: Prefill | None = None) -> ConnectWizard: ...


class BookingController(QObject):
    """Books, blocks, moves, cancels and removes for the window (`host`), opening its
    dialogs over `parent` (the window itself).

    Signals:
        done(object): a booking, block, move, cancel or unblock went through, and the
            week shows it (its result; for an unblock, the ScheduleItem removed).
        failed(str): one did not; the sentence was shown.
        undoable(object): a cancel or a move made, as a step Undo can undo
            (services/undo.py: CancelDone, MoveDone).
        edit_requested(ScheduleItem): the details' Edit… was pressed.
    """

    done = Signal(object)
    failed = Signal(str)
    undoable = Signal(object)
    edit_requested = Signal(ScheduleItem)

    def __init__(self, host: BookingHost, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = host
        self._parent = parent
        self.booking_dialog: BookingDialog | None = None
        self._pending_booking: BookingRequest | None = None
        self.details_dialog: EventDetails | None = None
        self.change_time_dialog: ChangeTimeDialog | None = None
        self.unconfirmed_notice: QMessageBox | None = None
        self._pending_move: tuple[ScheduleItem, datetime, datetime] | None = None
        self._cancelling = ""  # what the status bar says once the cancel went through
        self._cancel_step: CancelDone | None = None

    @Slot(ScheduleItem)
    def delete(self, item: ScheduleItem) -> None:
        """Delete on a block in the week: the same confirmation as its details' button."""
        if item.source == Source.APPOINTMENT:
            self.cancel_appointment(item)
        elif item.source == Source.BLOCKED:
            self.remove_blocked_slot(item)

    def show_details(self, item: ScheduleItem) -> EventDetails:
        """The details of an item, with its actions: cancel for an appointment, remove for
        a blocked slot (EventDetails' signals; see below)."""
        if self.details_dialog is not None:
            self.details_dialog.close()
        dialog = EventDetails(item, self._host.tz, parent=self._parent, actions=True,
                              extra_rows=self._guest_rows(item))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.cancel_requested.connect(self._on_details_cancel_requested)
        dialog.change_time_requested.connect(self._on_details_change_time_requested)
        dialog.edit_requested.connect(self.edit_requested)
        dialog.unblock_requested.connect(self._on_details_unblock_requested)
        dialog.unblock_series_requested.connect(self._on_details_unblock_series_requested)
        dialog.finished.connect(self._on_details_finished)
        self.details_dialog = dialog
        attach_attendance(dialog, self._host.desk, self._host.clock)  # booked by; arrived
        dialog.open()
        return dialog

    def _guest_rows(self, item: ScheduleItem) -> list[tuple[str, str]]:
        """Who an appointment is for, as the week's read found it (the schedule item
        does not say)."""
        guest = self._host.week.guest_of(item) if self._host.week is not None else None
        if guest is None:
            return []
        return [(translate("window_booking", "Guest"), guest.name),
                (translate("window_booking", "Email"), guest.email),
                (translate("window_booking", "Phone"), guest.phone)]

    @Slot(int)
    def _on_details_finished(self, _result: int) -> None:
        self.details_dialog = None

    @Slot(ScheduleItem)
    def _on_details_cancel_requested(self, item: ScheduleItem) -> None:
        self.cancel_appointment(item)

    @Slot(ScheduleItem)
    def _on_details_unblock_requested(self, item: ScheduleItem) -> None:
        self.remove_blocked_slot(item)

    @Slot(ScheduleItem)
    def _on_details_unblock_series_requested(self, item: ScheduleItem) -> None:
        self.remove_blocked_slot(item, every_day=True)

    @Slot(ScheduleItem)
    def _on_details_change_time_requested(self, item: ScheduleItem) -> None:
        self.open_change_time(item)

    def open_change_time(self, item: ScheduleItem) -> ChangeTimeDialog:
        """Ask for an appointment's new day and times; the answer moves it."""
        dialog = ChangeTimeDialog(item, self._host.tz, parent=self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.time_chosen.connect(
            lambda start, end: self.move_appointment(item, start, end))
        self.change_time_dialog = dialog
        dialog.open()
        return dialog

    def move_appointment(self, item: ScheduleItem, start: datetime, end: datetime,
                         *, allow_stale: bool = False) -> Task | None:
        """Give an appointment a new time, on a worker: a sync, the booking check, then
        its event changed in iCloud. Out-of-date calendars ask first; a refusal is shown
        as its sentence; either way the week reloads."""
        if item.ref_id is None:
            return None
        question = None if allow_stale else when_question(
            "Move", past_state(start, end, self._host.clock()))
        if question is not None and not self._host.ask(*question):
            self._host.reload_schedule()
            return None
        desk, sub, ref = self._host.desk, self._host.sub, item.ref_id
        self._pending_move = (item, start, end)
        task = self._host.run_call(lambda: desk.move_appointment(sub, ref, start, end,
                                                       allow_stale=allow_stale), "move")
        task.succeeded.connect(self._on_move_succeeded)
        task.failed.connect(self._on_move_failed)
        self._host.statusBar().showMessage(
            translate("window_booking", "Moving \u201c{title}\u201d to {when}\u2026").format(
                title=item_title(item), when=format_span(start, end, self._host.tz)))
        return task

    @Slot(object)
    def _on_move_failed(self, failure: TaskFailure) -> None:
        """Refused (the time is taken, iCloud said no, it changed on the phone): the
        sentence is shown, and the week shows the appointment where it still is."""
        pending, self._pending_move = self._pending_move, None
        if isinstance(failure.error, BookingUnconfirmed):
            self._host.restart_recheck()
        if isinstance(failure.error, StaleData) and pending is not None:
            question = stale_question(failure.error.stale, self._host.tz, uses_am_pm(), "Move")
            if self._host.ask(translate("window_booking", "Move anyway?"), question):
                self.move_appointment(*pending, allow_stale=True)
                return
            failure = TaskFailure(translate("window_booking", "Not moved: the schedule may be "
                                            "out of date. Sync again, then try once more."),
                                  failure.error)
        self._host.reload_schedule()
        self._on_cancel_failed(failure)

    @Slot(object)
    def _on_move_succeeded(self, result: object) -> None:
        pending, self._pending_move = self._pending_move, None
        ref = pending[0].ref_id if pending is not None else None
        if pending is not None and ref is not None:
            item = pending[0]
            self.undoable.emit(MoveDone(self._host.sub, ref,
                                        appointment_words(item, self._host.week),
                                        item.start, item.end))
        self._host.statusBar().showMessage(
            translate("window_booking", "Appointment moved; {servers} has the new time.")
            .format(servers=self._host.servers()), 8000)
        self._host.reload_schedule(conflicts=True, then=lambda: self.done.emit(result))

    def cancel_appointment(self, item: ScheduleItem) -> Task | None:
        """After a confirmation, cancel an appointment (deleted from iCloud too)."""
        if item.ref_id is None:
            return None
        if not self._host.ask(translate("window_booking", "Cancel appointment?"),
                              translate("window_booking", "Cancel \u201c{title}\u201d on "
                                        "{when}? It is removed from its calendar in "
                                        "{servers} too.").format(
                                  title=item_title(item),
                                  when=describe_when(item, self._host.tz),
                                  servers=self._host.servers())):
            return None
        desk, sub, ref = self._host.desk, self._host.sub, item.ref_id
        task = self._host.run_call(lambda: desk.cancel(sub, ref), "cancel")
        self._cancel_step = CancelDone(sub, ref, appointment_words(item, self._host.week))
        # Said in the status bar, over whatever it said before (issue 21 item 10).
        self._cancelling = translate("window_booking", "Cancelled \u201c{title}\u201d on "
                                     "{when}.").format(title=item_title(item),
                                                       when=describe_when(item, self._host.tz))
        task.succeeded.connect(self._on_cancel_succeeded)
        task.failed.connect(self._on_cancel_failed)
        return task

    def remove_blocked_slot(self, item: ScheduleItem, *,
                            every_day: bool = False) -> Task | None:
        """After a confirmation, remove a blocked slot so its time can be booked again:
        of a repeating one, just the item's day, or with `every_day` all of it, on a
        worker (the store may be a server away). None when nothing was asked of it."""
        if item.ref_id is None:
            return None
        tz = self._host.tz
        only = item.start.astimezone(tz).date() if item.repeat and not every_day else None
        if only is not None:
            question = translate("window_booking", "Remove \u201c{title}\u201d on {when} "
                                 "only? It still blocks {how} on the other days.").format(
                title=item_title(item), when=describe_when(item, tz), how=item.repeat)
        elif item.repeat:
            question = translate("window_booking", "Remove \u201c{title}\u201d on every day "
                                 "it repeats ({how})? Those times can then be booked "
                                 "again.").format(title=item_title(item), how=item.repeat)
        else:
            question = translate("window_booking", "Remove \u201c{title}\u201d on {when}? "
                                 "That time can then be booked again.").format(
                title=item_title(item), when=describe_when(item, self._host.tz))
        if not self._host.ask(translate("window_booking", "Remove blocked slot?"), question):
            return None
        desk, sub, ref = self._host.desk, self._host.sub, item.ref_id
        task = self._host.run_call(lambda: desk.unblock(sub, ref, only=only), "unblock")
        task.succeeded.connect(
            lambda done: self._on_unblocked(item, done.sentence(ref) if only is not None
                                            else translate(
                                                "window_booking", "Blocked slot removed.")))
        task.failed.connect(self._on_unblock_failed)
        return task

    def _on_unblocked(self, item: ScheduleItem, sentence: str) -> None:
        self._host.statusBar().showMessage(sentence, 8000)
        self._host.reload_schedule(then=lambda: self.done.emit(item))

    @Slot(object)
    def _on_unblock_failed(self, failure: TaskFailure) -> None:
        self._host.reload_schedule()
        self._on_cancel_failed(failure)

    @Slot(object)
    def _on_cancel_succeeded(self, result: object) -> None:
        if self._cancel_step is not None:
            self.undoable.emit(self._cancel_step)
            self._cancel_step = None
        self._host.statusBar().showMessage(self._cancelling, 8000)
        self._on_booking_succeeded(result)

    @Slot(object)
    def _on_cancel_failed(self, failure: TaskFailure) -> None:
        self.failed.emit(failure.sentence)
        self._host.warn(failure)

    # -- booking ---------------------------------------------------------------------

    def open_booking(self, start: datetime, end: datetime) -> BookingDialog:
        """The booking dialog for a dragged slot, offering the services as last read
        with the week; its answer goes to `submit_booking`."""
        dialog = BookingDialog(start, end, self._host.tz, parent=self._parent,
                               services=self._host.services)
        dialog.submitted.connect(self._on_booking_dialog_submitted)
        dialog.error_action_requested.connect(self._on_booking_dialog_error_action_requested)
        self.booking_dialog = dialog
        dialog.open()
        return dialog

    @Slot(BookingRequest)
    def _on_booking_dialog_submitted(self, request: BookingRequest) -> None:
        if not self._confirm_when(request):
            self._set_booking_busy(False)
            return
        self.submit_booking(request)

    def _outside_hours(self, request: BookingRequest) -> str:
        """The opening hours an appointment, with its service's buffers, falls outside, in
        words ("Tuesday 09:00 – 18:00"), by the rule Find a Time offers starts by
        (hours.hours_outside); "" when inside them, or for a blocked slot (blocking closed
        time is harmless)."""
        if request.is_block:
            return ""
        offer = next((o for o in self._host.services if o.name == request.service), None)
        lead, tail = offer.around if offer is not None else (timedelta(0), timedelta(0))
        return hours_outside(self._host.opening_hours, request.start, request.end,
                             self._host.tz, lead, tail, uses_am_pm())

    def _confirm_when(self, request: BookingRequest) -> bool:
        """A time already begun or over (a walk-in booked late is fine; a slip of the
        week arrows is not), or an appointment outside the opening hours, is booked only
        after a question: one, naming both when both are so (issue 21 item 10)."""
        question = when_question("Block" if request.is_block else "Book",
                                 past_state(request.start, request.end, self._host.clock()),
                                 self._outside_hours(request))
        return question is None or self._host.ask(*question)

    @Slot()
    def _on_booking_dialog_error_action_requested(self) -> None:
        """The button offered with "no calendar takes bookings yet": the calendar choice,
        over the booking dialog (which keeps its input), or the walkthrough."""
        if self._host.connections.connected:
            self._host.edit_calendars(parent=self.booking_dialog)
            return
        if self.booking_dialog is not None:
            self.booking_dialog.reject()
            self.booking_dialog = None
        self._host.open_wizard(self._host.prefill)

    def submit_booking(self, request: BookingRequest, *, allow_stale: bool = False) -> Task:
        """Book an appointment or block a slot off the GUI thread.

        SlotTaken and other refusals show their sentence in the booking dialog;
        StaleData asks "book anyway?" and tries again with allow_stale=True."""
        desk, sub = self._host.desk, self._host.sub
        call: Callable[[], Appointment | BlockedSlot]
        if request.kind == "block":
            def call() -> BlockedSlot:
                return desk.block(sub, request.start, request.end, request.title,
                                  request.repeat)
        else:
            def call() -> Appointment:
                return desk.book(sub, request.start, request.end, request.title,
                                 request.name, request.email, request.phone,
                                 allow_stale=allow_stale, service=request.service or None)
        self._set_booking_busy(True)
        task = self._host.run_call(call, "book")
        task.succeeded.connect(self._on_booking_succeeded)
        task.failed.connect(self._on_booking_failed)
        self._pending_booking = request
        return task

    @Slot(object)
    def _on_booking_succeeded(self, result: object) -> None:
        self._set_booking_busy(False)
        if self.booking_dialog is not None:
            self.booking_dialog.accept()
            self.booking_dialog = None
        self._host.clear_selection()  # booked: not "overlaps busy time" on itself
        self._host.reload_schedule(conflicts=True, then=lambda: self.done.emit(result))

    @Slot(object)
    def _on_booking_failed(self, failure: TaskFailure) -> None:
        self._set_booking_busy(False)
        error = failure.error
        if isinstance(error, BookingUnconfirmed):
            self._on_booking_unconfirmed(error)
            return
        if isinstance(error, NoLinkedCalendar):
            self._on_no_linked_calendar()
            return
        if isinstance(error, StaleData):
            request = self._pending_booking
            question = stale_question(error.stale, self._host.tz, uses_am_pm())
            if request is not None and self._host.ask(translate("window_booking", "Book anyway?"),
                                                      question):
                self.submit_booking(request, allow_stale=True)
                return
            failure = TaskFailure(translate("window_booking", "Not booked: the schedule may be "
                                            "out of date. Sync again, then try once more."),
                                  failure.error)
        if self.booking_dialog is not None:
            self.booking_dialog.show_error(failure.sentence)
            if isinstance(error, SlotTaken):
                self.booking_dialog.show_free_starts(error.free_starts)
        else:
            self._host.statusBar().showMessage(failure.sentence, 30_000)
        self._host.reload_schedule()
        self.failed.emit(failure.sentence)

    def _on_booking_unconfirmed(self, error: BookingUnconfirmed) -> None:
        """Booked, but iCloud's answer never came: an outcome, not a failure. The
        booking is kept and blocks; the dialog closes and the window says what follows,
        in the Desk's sentence (BookingUnconfirmed), headed by the title."""
        request = self._pending_booking
        if self.booking_dialog is not None:
            self.booking_dialog.accept()
            self.booking_dialog = None
        self._host.clear_selection()
        service = self._host.servers()
        if request is not None:
            sentence = translate("window_booking", "\u201c{title}\u201d is booked and its time "
                                 "is kept. {why}").format(title=request.title, why=error)
        else:
            sentence = translate("window_booking", "The appointment is booked and its time is "
                                 "kept. {why}").format(why=error)
        self._host.restart_recheck()
        self._host.statusBar().showMessage(sentence, 120_000)
        box = message_box(QMessageBox.Icon.Information,
                          translate("window_booking", "Booked, not yet in {service}").format(
                              service=service),
                          sentence, parent=self._parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_unconfirmed_notice_finished)
        box.open()
        self.unconfirmed_notice = box
        ref = error.appointment_id
        self._host.reload_schedule(conflicts=True, then=lambda: self.done.emit(
            self._shown_appointment(ref)))

    def _shown_appointment(self, ref: int) -> ScheduleItem | None:
        """The appointment `ref` as the week just read shows it (None: not this week)."""
        week = self._host.week
        return next((i for i in week.items if i.source == Source.APPOINTMENT
                     and i.ref_id == ref), None) if week is not None else None

    @Slot(int)
    def _on_unconfirmed_notice_finished(self, _result: int) -> None:
        self.unconfirmed_notice = None

    def _on_no_linked_calendar(self) -> None:
        """No calendar takes this sub-account's bookings yet: said in the window's words,
        with a button to choose one (or to connect iCloud, when nothing is)."""
        if self._host.connections.connected:
            sentence = translate("window_booking", "Not booked: no calendar is chosen yet to "
                                 "take {name}'s bookings. Choose one, then press Book again.") \
                .format(name=self._host.sub_name)
            action = translate("window_booking", "Choose calendar\u2026")
        else:
            sentence = translate("window_booking", "Not booked: {name} has no iCloud calendar "
                                 "to write bookings to yet. Connect one, then book again.") \
                .format(name=self._host.sub_name)
            action = translate("window_booking", "Connect iCloud\u2026")
        if self.booking_dialog is not None:
            self.booking_dialog.show_error(sentence, action)
        else:
            self._host.statusBar().showMessage(sentence, 30_000)
        self.failed.emit(sentence)

    def _set_booking_busy(self, busy: bool) -> None:
        if self.booking_dialog is not None:
            self.booking_dialog.set_busy(busy)
