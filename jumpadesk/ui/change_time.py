"""A small dialog that gives an appointment a new time: its day, start and end in the
business's time zone. It only asks; the window moves the appointment (Desk.move_appointment
on a worker), as it does for a drag in the week view.

Worked the way calendar apps do: moving From moves To with it (the length stays), moving
To changes the length. The day reads as the rest of the window writes dates (the locale's
long form, "Wednesday 9 December 2026") with a calendar to pick from, and each field is
one stop for Tab (date, From, To, then the buttons). OK with nothing changed only closes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTime, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QTimeEdit,
    QWidget,
)

from jumpadesk.availability import ScheduleItem
from jumpadesk.ui.day_edit import DayEdit
from jumpadesk.ui.event_details import item_title
from jumpadesk.ui.grow import grow_to_fit
from jumpadesk.ui.plain import plain_label, plain_title
from jumpadesk.ui.qt_values import py_date, py_time
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, translate

END_BEFORE_START = QT_TRANSLATE_NOOP("change_time", "The end must be after the start.")


class ClockEdit(QTimeEdit):
    """A time of day; Tab leaves it in one step (typing still moves hours to minutes)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt's names)
        return QWidget.focusNextPrevChild(self, next)


class ChangeTimeDialog(QDialog):
    """Day, start and end of an appointment, prefilled with its time now.

    Signals:
        time_chosen(datetime, datetime): OK was pressed on a time other than the
            appointment's own; aware UTC start and end.
    """

    time_chosen = Signal(object, object)

    def __init__(self, item: ScheduleItem, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.tz = tz
        self.setWindowTitle(plain_title(translate("change_time", "Change time of {title}")
                                        .format(title=item_title(item))))
        start, end = item.start.astimezone(tz), item.end.astimezone(tz)
        self._length = max(end - start, timedelta(minutes=1))
        form = QFormLayout(self)
        self.day_edit = DayEdit(start.date(), self)
        self.day_edit.setObjectName("changeTimeDay")
        self.start_edit = self._time_edit("changeTimeStart", start)
        self.end_edit = self._time_edit("changeTimeEnd", end)
        self.problem = plain_label("", self)
        self.problem.setObjectName("changeTimeProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form.addRow(translate("change_time", "Day"), self.day_edit)
        form.addRow(translate("change_time", "From"), self.start_edit)
        form.addRow(translate("change_time", "To"), self.end_edit)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        QWidget.setTabOrder(self.day_edit, self.start_edit)
        QWidget.setTabOrder(self.start_edit, self.end_edit)
        QWidget.setTabOrder(self.end_edit, self.buttons)
        self.day_edit.dateChanged.connect(self._check)
        self.start_edit.timeChanged.connect(self._on_start_edit_time_changed)
        self.end_edit.timeChanged.connect(self._on_end_edit_time_changed)
        self._check()

    def _time_edit(self, name: str, moment: datetime) -> ClockEdit:
        edit = ClockEdit(QTime(moment.hour, moment.minute), self)
        edit.setObjectName(name)
        edit.setDisplayFormat("HH:mm")
        return edit

    def chosen(self) -> tuple[datetime, datetime]:
        """The start and end shown, as aware UTC datetimes."""
        d = py_date(self.day_edit.date())
        s, e = py_time(self.start_edit.time()), py_time(self.end_edit.time())
        return _utc(d, s, self.tz), _utc(d, e, self.tz)

    def is_unchanged(self) -> bool:
        """The time shown is the appointment's own."""
        return self.chosen() == (self.item.start.astimezone(UTC),
                                 self.item.end.astimezone(UTC))

    @Slot(QTime)
    def _on_start_edit_time_changed(self, start: QTime) -> None:
        """From moved: To follows, keeping the length, when that still ends the same day."""
        end = datetime.combine(date(2000, 1, 1), py_time(start)) + self._length
        if end.date() == date(2000, 1, 1):
            self.end_edit.blockSignals(True)
            self.end_edit.setTime(QTime(end.hour, end.minute))
            self.end_edit.blockSignals(False)
        self._check()

    @Slot(QTime)
    def _on_end_edit_time_changed(self, end: QTime) -> None:
        """To moved: that is the new length (when it ends after the start)."""
        start = self.start_edit.time()
        if end > start:
            self._length = timedelta(seconds=start.secsTo(end))
        self._check()

    @Slot()
    def _check(self) -> None:
        start, end = self.chosen()
        ok = end > start
        self.problem.setText("" if ok else translate("change_time", END_BEFORE_START))
        self.problem.setVisible(not ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        grow_to_fit(self)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        start, end = self.chosen()
        if end <= start:
            return
        unchanged = self.is_unchanged()
        self.accept()
        if not unchanged:
            self.time_chosen.emit(start, end)


def _utc(day: date, clock: time, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, clock, tzinfo=tz).astimezone(UTC)
