"""The part of an appointment's details that says who booked it and when ("Booked by
Front desk, Tue 24 Nov 2026 09:12") and whether the guest came, with Arrived, No-show and
Clear to mark it (services/clients.py: arrived from the appointment's day on, no-show once
it started, never on a cancelled one; a refusal is its sentence under the buttons).

Both the read and the mark run on a worker (ui/tasks.py). `attach_attendance` puts the
panel into an open EventDetails above its buttons, so the details dialog itself need not
know the Desk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from jumpadesk.availability import ScheduleItem
from jumpadesk.kinds import Attendance, Source
from jumpadesk.service import Desk
from jumpadesk.services.clients import BookingRecord
from jumpadesk.ui.event_details import EventDetails
from jumpadesk.ui.plain import plain_label
from jumpadesk.ui.tasks import Task, TaskFailure, run_task
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, translate

#: The buttons, each with the mark it sets (services.clients.MARKS' keys).
#: (said with `translate("attendance", text)`).
BUTTONS = ((QT_TRANSLATE_NOOP("attendance", "Arrived"), "arrived"),
           (QT_TRANSLATE_NOOP("attendance", "No-show"), "no-show"),
           (QT_TRANSLATE_NOOP("attendance", "Clear Mark"), "clear"))
#: Whether the guest came, by the appointment's mark, as the details say it.
GUEST = {"arrived": QT_TRANSLATE_NOOP("attendance", "Guest: Arrived"),
         "no-show": QT_TRANSLATE_NOOP("attendance", "Guest: No-show"),
         "": QT_TRANSLATE_NOOP("attendance", "Guest: Not marked yet")}


class AttendancePanel(QWidget):
    """Who booked the appointment and when, its mark, and the buttons that set it.

    Signals:
        answered(): the panel shows the store's answer to the latest read or mark (or
            the sentence that refused it).
        marked(str): a mark was set; the sentence saying so.
    """

    answered = Signal()
    marked = Signal(str)

    def __init__(self, desk: Desk, appointment_id: int, clock: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._id = appointment_id
        self._clock = clock
        self._task: Task | None = None
        self.record: BookingRecord | None = None
        self.booked_label = plain_label(
            translate("attendance", "Reading who booked it\u2026"), self)
        self.booked_label.setObjectName("bookedBy")
        self.booked_label.setWordWrap(True)
        self.booked_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.mark_label = plain_label("", self)
        self.mark_label.setObjectName("attendance")
        # Never wrapped: squeezed beside the buttons, a longer language's words would
        # stand one under the other; the dialog grows to fit them on one line instead.
        self.status_label = plain_label("", self)
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addWidget(self.mark_label, 1)
        for text, mark in BUTTONS:
            button = QPushButton(translate("attendance", text), self)
            button.setObjectName(f"mark-{mark}")
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, m=mark: self.mark(m))
            row.addWidget(button)
            self.buttons[mark] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.booked_label)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        self._run(lambda: (desk.booking_record(appointment_id), ""))

    def _run(self, work: Callable[[], tuple[BookingRecord, str]]) -> None:
        for button in self.buttons.values():
            button.setEnabled(False)
        task = run_task(work, label="attendance")
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)
        self._task = task

    @Slot(str)
    def mark(self, mark: str) -> None:
        """Set the mark ("arrived", "no-show", "clear") on a worker."""
        desk, appointment_id, now = self._desk, self._id, self._clock()

        def work() -> tuple[BookingRecord, str]:
            said = desk.mark_attendance(appointment_id, mark, now=now)
            return desk.booking_record(appointment_id), said

        self._run(work)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._task = None
        pair: tuple[BookingRecord, str] = result  # type: ignore[assignment]  # _run's work
        record, said = pair
        self.record = record
        self.booked_label.setText(record.booked_words())
        self.mark_label.setText(translate("attendance", GUEST.get(str(record.attendance),
                                                                  GUEST[""])))
        self._enable()
        self._say("")
        if said:
            self.marked.emit(said)
        self.answered.emit()

    @Slot(object)
    def _on_failed(self, failure: TaskFailure) -> None:
        self._task = None
        self._say(failure.sentence)
        self._enable()
        self.answered.emit()

    def _enable(self) -> None:
        """Arrived and No-show unless cancelled; Clear Mark when there is one."""
        record = self.record
        if record is None:
            return
        for mark, button in self.buttons.items():
            button.setEnabled(record.attendance != Attendance.UNMARKED if mark == "clear"
                              else not record.cancelled)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))


def attach_attendance(dialog: EventDetails, desk: Desk,
                      clock: Callable[[], datetime]) -> AttendancePanel | None:
    """Put an AttendancePanel into `dialog` above its buttons when it shows an
    appointment booked in jumpadesk; None otherwise."""
    item: ScheduleItem = dialog.item
    layout = dialog.layout()
    if item.source != Source.APPOINTMENT or item.ref_id is None or not isinstance(
            layout, QBoxLayout):
        return None
    panel = AttendancePanel(desk, item.ref_id, clock, dialog)
    layout.insertWidget(layout.indexOf(dialog.buttons), panel)
    dialog.adjustSize()
    # What the store says is longer than "Reading who booked it…" (and German longer
    # still): the dialog grows to show it whole, never shrinks under the person's hand;
    # once the panel's new size has reached the dialog's layout (a posted event).
    panel.answered.connect(lambda: QTimer.singleShot(0, dialog, lambda: grow_to_fit(dialog)))
    return panel


def grow_to_fit(window: QWidget) -> None:
    """Make `window` at least as large as its layout needs for what it now shows."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
    wants = window.sizeHint()
    width = max(window.width(), wants.width())
    height = max(window.height(), wants.height(), window.heightForWidth(width))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)


__all__ = ["BUTTONS", "AttendancePanel", "attach_attendance", "grow_to_fit"]
