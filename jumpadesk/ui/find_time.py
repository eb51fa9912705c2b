"""Find a Time… (Ctrl+F): the next free starts of a length or a service (with its
buffers; only staff who offer it), with one staff member or anyone, from a day on, in a
part of the day and on chosen weekdays; Enter on one opens the booking form at that start
for that staff member (with the service chosen).

The question is the Desk's `free_times` (services/free.py, the rule `jumpadesk free` and
a refused booking use), asked on a worker (ui/tasks.py), never on the GUI thread: each
change of the fields asks again, and a newer question drops an older one's answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.errors import InputError
from jumpadesk.free_time import (
    AFTERNOON,
    ANY_TIME,
    EVENING,
    MORNING,
    Within,
    describe_length,
    parse_length,
)
from jumpadesk.rows import SubAccountRow
from jumpadesk.service import Desk
from jumpadesk.services.free import FreeStart, FreeTimes
from jumpadesk.services.offered import Offered
from jumpadesk.ui.day_edit import DayEdit
from jumpadesk.ui.event_details import format_time
from jumpadesk.ui.plain import plain_label
from jumpadesk.ui.sub_accounts import SubAccountSwitcher
from jumpadesk.ui.tasks import Task, TaskFailure, run_task
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, short_day, translate
from jumpadesk.ui.week_layout import first_weekday

#: How many starts the dialog lists.
LISTED = 12
LENGTHS = ("15m", "30m", "45m", "1h", "1h30m", "2h")
#: The parts of the day, their bounds ({noon}, {five}) in the locale's clock.
PARTS: tuple[tuple[str, Within], ...] = (
    (QT_TRANSLATE_NOOP("find_time", "Any time"), ANY_TIME),
    (QT_TRANSLATE_NOOP("find_time", "Morning (until {noon})"), MORNING),
    (QT_TRANSLATE_NOOP("find_time", "Afternoon ({noon} \u2013 {five})"), AFTERNOON),
    (QT_TRANSLATE_NOOP("find_time", "Evening (from {five})"), EVENING))
#: Fields settle this long before the question is asked (typing a length).
SETTLE_MS = 150


def start_words(free: FreeStart) -> str:
    """"Tue 24 Nov  10:00 – 10:45  ·  Maria", in the staff member's zone."""
    s, e = free.start.astimezone(free.zone), free.end.astimezone(free.zone)
    return translate("find_time", "{day}  {start} \u2013 {end}  \u00b7  {name}").format(
        day=short_day(s.date()), start=format_time(s), end=format_time(e),
        name=free.sub_account.name)


class FindTimeDialog(QDialog):
    """Find a free time and book it.

    Signals:
        chosen(object): the FreeStart the person picked (Enter or a double-click).
        answered(): the list shows the answer to the latest question (or its refusal).
    """

    chosen = Signal(object)
    answered = Signal()

    def __init__(self, desk: Desk, subs: list[SubAccountRow], current: SubAccountRow,
                 clock: Callable[[], datetime], parent: QWidget | None = None,
                 services: Sequence[Offered] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("find_time", "Find a Time"))
        self.setMinimumWidth(480)
        self._desk = desk
        self._clock = clock
        self._zone = ZoneInfo(current.timezone)
        self._task: Task | None = None
        self.answer: FreeTimes | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.search)

        self.services = list(services)
        outer = QVBoxLayout(self)
        outer.addLayout(self._build_form(subs))
        self._build_results(outer)

        self.length_combo.currentTextChanged.connect(self._on_field_changed)
        self.service_combo.currentIndexChanged.connect(self._on_service_changed)
        self.who_combo.currentIndexChanged.connect(self._on_field_changed)
        self.from_edit.dateChanged.connect(self._on_field_changed)
        self.part_combo.currentIndexChanged.connect(self._on_field_changed)
        self.finished.connect(self._on_finished)
        self.search()

    def _build_form(self, subs: list[SubAccountRow]) -> QFormLayout:
        """The question: length, with whom, from which day, part of the day, days."""
        form = QFormLayout()
        self.service_combo = QComboBox(self)
        self.service_combo.addItem(translate("find_time", "No service (a length)"), None)
        for offer in self.services:
            self.service_combo.addItem(offer.name, offer.name)
        if self.services:
            form.addRow(translate("find_time", "Service"), self.service_combo)
        else:
            self.service_combo.hide()
        self.length_combo = QComboBox(self)
        self.length_combo.setEditable(True)
        self.length_combo.addItems(LENGTHS)
        self.length_combo.setCurrentText("45m")
        self.length_combo.setToolTip("45m, 1h, 1h30m, 90m")
        form.addRow(translate("find_time", "Length"), self.length_combo)
        self.who_combo = QComboBox(self)
        self.who_combo.addItem(translate("find_time", "Anyone"), None)
        for sub in subs:
            self.who_combo.addItem(sub.name, sub)
        form.addRow(translate("find_time", "With"), self.who_combo)
        self.from_edit = DayEdit(self._clock().astimezone(self._zone).date(), self)
        form.addRow(translate("find_time", "From"), self.from_edit)
        self.part_combo = QComboBox(self)
        noon, five = format_time(time(12)), format_time(time(17))
        for text, within in PARTS:
            self.part_combo.addItem(translate("find_time", text).format(noon=noon, five=five),
                                    within)
        form.addRow(translate("find_time", "Part of the day"), self.part_combo)
        days = QHBoxLayout()
        self.day_boxes: list[QCheckBox] = []  # Monday first, as Within counts the days
        for weekday in range(1, 8):  # the locale's short names
            name = QLocale().dayName(weekday, QLocale.FormatType.ShortFormat).rstrip(".")
            box = QCheckBox(name, self)
            box.setChecked(True)
            box.toggled.connect(self._on_field_changed)
            self.day_boxes.append(box)
        first = first_weekday()  # shown from the locale's first day of the week
        for box in self.day_boxes[first:] + self.day_boxes[:first]:
            days.addWidget(box)
        form.addRow(translate("find_time", "Days"), days)
        return form

    def _build_results(self, outer: QVBoxLayout) -> None:
        """The free starts found, what was said about them, and Close."""
        self.results = QListWidget(self)
        self.results.setObjectName("freeStarts")
        self.results.itemActivated.connect(self._on_results_item_activated)
        outer.addWidget(self.results, 1)
        self.status_label = plain_label(parent=self)
        self.status_label.setObjectName("findTimeStatus")
        self.status_label.setWordWrap(True)
        outer.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter books the chosen start, not Close
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    # -- the question -------------------------------------------------------------------

    def within(self) -> Within:
        part: Within = self.part_combo.currentData()
        days = frozenset(n for n, box in enumerate(self.day_boxes) if box.isChecked())
        return Within(days, part.from_minute, part.to_minute)

    def search(self) -> None:
        """Ask again with the fields as they are (on a worker); an older question's
        answer is dropped."""
        self._settle.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        service: str | None = self.service_combo.currentData()
        try:
            length = None if service else parse_length(self.length_combo.currentText())
        except InputError as exc:
            self._show([], str(exc))
            return
        within = self.within()
        if not within.weekdays:
            self._show([], translate("find_time", "Choose at least one day."))
            return
        who: SubAccountRow | None = self.who_combo.currentData()
        day = self.from_edit.date()
        start = datetime.combine(date(day.year(), day.month(), day.day()), time(0),
                                 tzinfo=self._zone)
        after = max(start.astimezone(UTC), self._clock().astimezone(UTC))
        desk = self._desk
        self.status_label.setText(translate("find_time", "Looking\u2026"))

        def ask() -> FreeTimes:
            return desk.free_times(who, length, anyone=who is None, after=after,
                                   count=LISTED, within=within, service=service)

        task = run_task(ask, label="free times")
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        self._task = task

    @Slot(object)
    def _on_task_succeeded(self, result: object) -> None:
        self._task = None
        answer: FreeTimes = result  # type: ignore[assignment]
        self.answer = answer
        notes = [o.sentence() for o in answer.out_of_date]
        if not answer.starts and not answer.out_of_date:
            days = (answer.before - answer.after).days
            notes.insert(0, translate("find_time", "No free {length} in the next %n days.",
                                      None, days).format(
                length=describe_length(answer.length)))
        self._show(list(answer.starts), " ".join(notes))

    @Slot(object)
    def _on_task_failed(self, failure: TaskFailure) -> None:
        self._task = None
        self._show([], failure.sentence)

    def _show(self, starts: list[FreeStart], note: str) -> None:
        self.results.clear()
        for free in starts:
            item = QListWidgetItem(start_words(free))
            item.setData(Qt.ItemDataRole.UserRole, free)
            self.results.addItem(item)
        if starts:
            self.results.setCurrentRow(0)
        self.status_label.setText(note)
        self.status_label.setVisible(bool(note))
        self.answered.emit()

    def starts(self) -> list[FreeStart]:
        """What the list shows, in order."""
        return [self.results.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.results.count())]

    # -- slots ----------------------------------------------------------------------------

    @Slot()
    def _on_field_changed(self, *_args: Any) -> None:
        self._settle.start()

    @Slot(int)
    def _on_service_changed(self, _index: int) -> None:
        """A service gives the length (and its buffers): the length is not asked then."""
        self.length_combo.setEnabled(self.service_combo.currentData() is None)
        self._settle.start()

    def chosen_service(self) -> str | None:
        """The name of the service asked about, if any."""
        name: str | None = self.service_combo.currentData()
        return name

    @Slot(QListWidgetItem)
    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        free: FreeStart = item.data(Qt.ItemDataRole.UserRole)
        self.chosen.emit(free)
        self.accept()

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        self._settle.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None


class BookingWindow(Protocol):
    """What Find a Time needs of the main window: the desk, the staff member shown, the
    switcher (to change staff member as a person does), a week to show and the form."""

    desk: Desk
    sub: SubAccountRow

    @property
    def switcher(self) -> SubAccountSwitcher: ...

    def show_week(self, day: date) -> None: ...

    def open_booking(self, start: datetime, end: datetime) -> Any: ...


def open_find_time(window: BookingWindow, clock: Callable[[], datetime],
                   parent: QWidget, services: Sequence[Offered] = ()) -> FindTimeDialog:
    """Open Find a Time over `parent`; a chosen start switches to its staff member, shows
    its week and opens the booking form at it."""
    dialog = FindTimeDialog(window.desk, window.switcher.rows(), window.sub, clock, parent,
                            services)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def book_at(free: FreeStart) -> None:
        window.switcher.choose(free.sub_account)  # listed or not: the form books for it
        window.show_week(free.start.astimezone(free.zone).date())
        form = window.open_booking(free.start, free.end)
        service = dialog.chosen_service()
        combo = getattr(form, "service_combo", None)
        if service is not None and combo is not None:  # the form starts with it chosen
            combo.setCurrentIndex(max(combo.findData(service), 0))

    dialog.chosen.connect(book_at)
    dialog.open()
    return dialog


__all__ = ["LISTED", "FindTimeDialog", "open_find_time", "start_words"]
