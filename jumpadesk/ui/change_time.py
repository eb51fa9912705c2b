"""A small dialog that gives an appointment a new time: its day, start and end in the
business's time zone. It only asks; the window moves the appointment (Desk.move_appointment
on a worker), as it does for a drag in the week view."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QTimeEdit,
    QWidget,
)

from jumpadesk.availability import ScheduleItem
from jumpadesk.ui.event_details import item_title
from jumpadesk.ui.plain import plain_label, plain_title


class ChangeTimeDialog(QDialog):
    """Day, start and end of an appointment, prefilled with its time now.

    Signals:
        time_chosen(datetime, datetime): OK was pressed; aware UTC start and end.
    """

    time_chosen = Signal(object, object)

    def __init__(self, item: ScheduleItem, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.tz = tz
        self.setWindowTitle(plain_title(f"Change time of {item_title(item)}"))
        start, end = item.start.astimezone(tz), item.end.astimezone(tz)
        form = QFormLayout(self)
        self.day_edit = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.day_edit.setObjectName("changeTimeDay")
        self.day_edit.setCalendarPopup(True)
        self.start_edit = self._time_edit("changeTimeStart", start)
        self.end_edit = self._time_edit("changeTimeEnd", end)
        self.problem = plain_label("", self)
        self.problem.setObjectName("changeTimeProblem")
        self.problem.setWordWrap(True)
        form.addRow("Day", self.day_edit)
        form.addRow("From", self.start_edit)
        form.addRow("To", self.end_edit)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for edit in (self.day_edit, self.start_edit, self.end_edit):
            edit.editingFinished.connect(self._check)
        self.start_edit.timeChanged.connect(self._check)
        self.end_edit.timeChanged.connect(self._check)
        self._check()

    def _time_edit(self, name: str, moment: datetime) -> QTimeEdit:
        edit = QTimeEdit(QTime(moment.hour, moment.minute), self)
        edit.setObjectName(name)
        edit.setDisplayFormat("HH:mm")
        return edit

    def chosen(self) -> tuple[datetime, datetime]:
        """The start and end shown, as aware UTC datetimes."""
        d = self.day_edit.date().toPython()
        s, e = self.start_edit.time().toPython(), self.end_edit.time().toPython()
        start = datetime.combine(d, s, tzinfo=self.tz).astimezone(UTC)
        end = datetime.combine(d, e, tzinfo=self.tz).astimezone(UTC)
        return start, end

    @Slot()
    def _check(self) -> None:
        start, end = self.chosen()
        ok = end > start
        self.problem.setText("" if ok else "The end must be after the start.")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        start, end = self.chosen()
        if end <= start:
            return
        self.accept()
        self.time_chosen.emit(start, end)
