"""Sub-account → Opening Hours…: when the sub-account takes bookings, per weekday.

One row per weekday: its ranges (opening and closing time, in the locale's time format),
"Add range" for another one (the afternoon after a lunch break), a remove button on each
range when there are several, and "Closed". OK keeps the hours only when every range
closes after it opens and no two overlap (the sentence names the day); `hours()` is what
was chosen. The dialog does not touch the store: the window saves what it returns.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, Qt, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.errors import InputError
from jumpadesk.hours import DayHours, OpeningHours, check_hours
from jumpadesk.ui.grow import grow_to_fit
from jumpadesk.ui.plain import plain_label, plain_title
from jumpadesk.ui.qt_values import py_time
from jumpadesk.ui.translation import translate
from jumpadesk.ui.week_layout import first_weekday

#: A day's ranges when it is opened in the dialog without any.
FIRST_RANGE = (9 * 60, 18 * 60)


class RangeRow(QWidget):
    """One range of a day: opens "to" closes, and a button that removes it."""

    def __init__(self, day_name: str, opens: int, closes: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opens, self.closes = QTimeEdit(self), QTimeEdit(self)
        self.opens.setAccessibleName(translate("opening_hours", "{day} opens").format(
            day=day_name))
        self.closes.setAccessibleName(translate("opening_hours", "{day} closes").format(
            day=day_name))
        self.closes.setToolTip(translate(
            "opening_hours", "00:00 is midnight, at the end of the day"))
        self.opens.setTime(_qtime(opens))
        self.closes.setTime(_qtime(closes))
        self.remove_button = QToolButton(self)
        self.remove_button.setText("\u00d7")
        remove = translate("opening_hours", "Remove this range from {day}").format(day=day_name)
        self.remove_button.setToolTip(remove)
        self.remove_button.setAccessibleName(remove)
        # Hidden while it is a day's only range, keeping its place: the columns line up.
        keep = self.remove_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.remove_button.setSizePolicy(keep)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.opens)
        row.addWidget(plain_label(translate("opening_hours", "to", "opens to closes"), self))
        row.addWidget(self.closes)
        row.addWidget(self.remove_button)
        row.addStretch(1)

    def times(self) -> tuple[time, time]:
        return py_time(self.opens.time()), py_time(self.closes.time())


class DayRow:
    """One weekday's widgets in the dialog's grid: its ranges, Add range and Closed."""

    def __init__(self, name: str, entry: DayHours | None, grid: QGridLayout, row: int,
                 parent: QWidget) -> None:
        self.name = name
        self.parent = parent
        self.ranges: list[RangeRow] = []
        self.label = plain_label(name, parent)
        self.box = QWidget(parent)
        self.column = QVBoxLayout(self.box)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(4)
        self.add_button = QPushButton(translate("opening_hours", "Add range"), parent)
        self.add_button.setToolTip(translate("opening_hours",
                                             "Another range on {day}, after a break").format(
            day=name))
        self.add_button.setAccessibleName(translate("opening_hours", "Add a range on {day}")
                                          .format(day=name))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.closed_box = QCheckBox(translate("opening_hours", "Closed"), parent)
        self.closed_box.setAccessibleName(translate("opening_hours", "{day} closed").format(
            day=name))
        self.closed_box.toggled.connect(self._on_closed_box_toggled)
        for opens, closes in (entry.minute_ranges if entry is not None else [FIRST_RANGE]):
            self.add_range(opens, closes)
        self.closed_box.setChecked(entry is None)
        top = Qt.AlignmentFlag.AlignTop
        line = self.ranges[0].sizeHint().height()  # the name and Closed beside the first
        for widget in (self.label, self.closed_box):
            widget.setMinimumHeight(line)
        grid.addWidget(self.label, row, 0, top)
        grid.addWidget(self.box, row, 1)
        grid.addWidget(self.add_button, row, 2, top)
        grid.addWidget(self.closed_box, row, 3, top)
        self._update()

    def add_range(self, opens: int | None = None, closes: int | None = None) -> RangeRow:
        """Another range, after the last one unless told when."""
        if opens is None or closes is None:
            last = self.ranges[-1].closes.time() if self.ranges else QTime(17, 0)
            start = min(last.hour() * 60 + last.minute() + 60, 22 * 60)
            opens, closes = start, start + 60
        line = RangeRow(self.name, opens, closes, self.box)
        line.remove_button.clicked.connect(lambda: self.remove_range(line))
        self.ranges.append(line)
        self.column.addWidget(line)
        self._update()
        return line

    def remove_range(self, line: RangeRow) -> None:
        if line not in self.ranges or len(self.ranges) == 1:
            return
        self.ranges.remove(line)
        self.column.removeWidget(line)
        line.deleteLater()
        self._update()

    def day_hours(self) -> DayHours | None:
        """What the row says: None when closed, else its ranges as typed."""
        if self.closed_box.isChecked():
            return None
        return DayHours.of_ranges(line.times() for line in self.ranges)

    def _update(self) -> None:
        open_ = not self.closed_box.isChecked()
        self.box.setEnabled(open_)
        self.add_button.setEnabled(open_)
        for line in self.ranges:
            line.remove_button.setVisible(len(self.ranges) > 1)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.add_range()
        grow_to_fit(self.parent)

    @Slot(bool)
    def _on_closed_box_toggled(self, _checked: bool) -> None:
        self._update()


class OpeningHoursDialog(QDialog):
    """The opening hours of `sub_name`, starting from `hours` (Monday first)."""

    def __init__(self, sub_name: str, hours: OpeningHours,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(plain_title(translate("opening_hours", "Opening Hours of {name}")
                                        .format(name=sub_name)))
        outer = QVBoxLayout(self)
        intro = plain_label(translate(
            "opening_hours", "Time outside these hours is shaded in the week, and booking there "
                            "asks first. They do not block anything. A day may have several "
                            "ranges, with a break between them."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        grid = QGridLayout()
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(4, 1)  # the room left over goes after Closed
        # Monday first in self.days (as the hours are kept), the locale's first day on top.
        first = first_weekday()
        self.days = [DayRow(QLocale().dayName(weekday + 1), entry, grid, (weekday - first) % 7,
                            self) for weekday, entry in enumerate(hours)]
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
        self.setMinimumWidth(520)

    def hours(self) -> OpeningHours:
        """What the rows say, Monday first (None: closed), unchecked. A closing time of
        00:00 means midnight at the end of the day."""
        return tuple(day.day_hours() for day in self.days)

    def accept(self) -> None:
        try:
            check_hours(self.hours())
        except InputError as exc:
            self.error.setText(str(exc))
            self.error.show()
            grow_to_fit(self)
            return
        super().accept()


def _qtime(minute: int) -> QTime:
    return QTime((minute // 60) % 24, minute % 60)
