"""Sub-account → Opening Hours…: when the sub-account takes bookings, per weekday.

One row per weekday: an "Open" box, then the opening and closing time (in the locale's
time format). A day whose box is off is closed. OK keeps the hours only when every open
day closes after it opens; `hours()` is what was chosen. The dialog does not touch the
store: the window saves what it returns.
"""

from __future__ import annotations

from PySide6.QtCore import QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.errors import InputError
from jumpadesk.hours import WEEKDAYS, DayHours, OpeningHours, check_hours
from jumpadesk.ui.plain import plain_label, plain_title


class OpeningHoursDialog(QDialog):
    """The opening hours of `sub_name`, starting from `hours` (Monday first)."""

    def __init__(self, sub_name: str, hours: OpeningHours,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(plain_title(f"Opening Hours of {sub_name}"))
        outer = QVBoxLayout(self)
        intro = plain_label("Time outside these hours is shaded in the week, and booking there "
                       "asks first. They do not block anything.")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        grid = QGridLayout()
        self.open_boxes: list[QCheckBox] = []
        self.opens: list[QTimeEdit] = []
        self.closes: list[QTimeEdit] = []
        for row, (name, entry) in enumerate(zip(WEEKDAYS, hours, strict=True)):
            box = QCheckBox(name)
            box.setChecked(entry is not None)
            box.toggled.connect(self._on_open_box_toggled)
            start, end = QTimeEdit(), QTimeEdit()
            start.setAccessibleName(f"{name} opens")
            end.setAccessibleName(f"{name} closes")
            start.setTime(_qtime(entry.opens_minute if entry else 9 * 60))
            end.setTime(_qtime(entry.closes_minute if entry else 18 * 60))
            grid.addWidget(box, row, 0)
            grid.addWidget(start, row, 1)
            grid.addWidget(plain_label("to"), row, 2)
            grid.addWidget(end, row, 3)
            self.open_boxes.append(box)
            self.opens.append(start)
            self.closes.append(end)
        outer.addLayout(grid)
        self.error = plain_label()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._on_open_box_toggled()

    def hours(self) -> OpeningHours:
        """What the rows say, Monday first (None: closed). A closing time of 00:00 means
        midnight at the end of the day."""
        days: list[DayHours | None] = []
        for box, start, end in zip(self.open_boxes, self.opens, self.closes, strict=True):
            days.append(DayHours(start.time().toPython(), end.time().toPython())
                        if box.isChecked() else None)
        return tuple(days)

    def accept(self) -> None:
        try:
            check_hours(self.hours())
        except InputError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()

    @Slot()
    def _on_open_box_toggled(self) -> None:
        for box, start, end in zip(self.open_boxes, self.opens, self.closes, strict=True):
            start.setEnabled(box.isChecked())
            end.setEnabled(box.isChecked())


def _qtime(minute: int) -> QTime:
    return QTime((minute // 60) % 24, minute % 60)
