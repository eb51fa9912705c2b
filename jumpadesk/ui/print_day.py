"""File > Print Day… (Ctrl+P) and File > Save Day as PDF…: the shown day of the current
staff member, or of everyone, on paper (issue 20 item 7).

The day is read on a worker (ui/tasks.py: Desk.agenda_days, one transaction, the same
reading as `jumpadesk agenda`), never on the GUI thread; then the printer is chosen in
QPrintDialog, or the file in QFileDialog, and the sheet is painted by day_sheet.paint_days,
the one painting function `jumpadesk agenda --pdf` uses too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.agenda import AgendaDay
from jumpadesk.day_sheet import paint_days, save_pdf
from jumpadesk.errors import JumpadeskError
from jumpadesk.rows import SubAccountRow
from jumpadesk.service import Desk
from jumpadesk.ui.day_edit import DayEdit
from jumpadesk.ui.plain import message_box, plain_label
from jumpadesk.ui.tasks import Task, TaskFailure, run_task
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, translate

__all__ = ["DayPrintDialog", "Paper", "open_print_day", "shown_day"]

#: The "whose day" choice for every staff member.
EVERYONE = QT_TRANSLATE_NOOP("print_day", "Everyone (a page each)")


class Paper(Enum):
    """Where the day goes: a printer, or a PDF file."""

    PRINTER = "print"
    PDF = "pdf"


class PrintWindow(Protocol):
    """What Print Day needs of the main window."""

    desk: Desk
    sub: SubAccountRow
    tz: ZoneInfo
    week_monday: date

    def selected_day(self) -> date | None: ...


def shown_day(window: PrintWindow, clock: Callable[[], datetime]) -> date:
    """The day the window shows: the selected time's (or the focused block's) day, else
    today when the shown week holds it, else the week's first day."""
    chosen = window.selected_day()
    if chosen is not None:
        return chosen
    today = clock().astimezone(window.tz).date()
    if 0 <= (today - window.week_monday).days < 7:
        return today
    return window.week_monday


class DayPrintDialog(QDialog):
    """Which day and whose, then Print… (QPrintDialog) or Save… (a PDF file).

    Signals:
        went_to_paper(str): the sentence for the status bar once the day went to paper.
    """

    went_to_paper = Signal(str)

    def __init__(self, desk: Desk, sub: SubAccountRow, day: date, paper: Paper,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._sub = sub
        self.paper = paper
        self.days: tuple[AgendaDay, ...] = ()
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.print_dialog: QPrintDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self._task: Task | None = None
        self.setWindowTitle(translate("print_day", "Print Day") if paper == Paper.PRINTER
                            else translate("print_day", "Save Day as PDF"))
        self.day_edit = DayEdit(day, self)
        self.who_combo = QComboBox(self)
        self.who_combo.addItem(sub.name, False)
        self.who_combo.addItem(translate("print_day", EVERYONE), True)
        form = QFormLayout()
        form.addRow(translate("print_day", "Day:"), self.day_edit)
        form.addRow(translate("print_day", "Whose day:"), self.who_combo)
        self.status_label = plain_label("", self)
        self.status_label.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("print_day", "Print\u2026") if paper == Paper.PRINTER
                   else translate("print_day", "Save\u2026"))
        self.buttons.accepted.connect(self.go)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.status_label)
        column.addWidget(self.buttons)

    def chosen_day(self) -> date:
        picked = self.day_edit.date()
        return date(picked.year(), picked.month(), picked.day())

    @Slot()
    def go(self) -> None:
        """Read the chosen day on a worker; then ask for the printer or the file."""
        if self._task is not None:
            return
        desk, sub, day = self._desk, self._sub, self.chosen_day()
        everyone = bool(self.who_combo.currentData())
        self._say(translate("print_day", "Reading the day\u2026"))
        self.buttons.setEnabled(False)

        def read() -> tuple[AgendaDay, ...]:
            return tuple(desk.agenda_days(sub, day, everyone=everyone))

        task = run_task(read, label="the day to print")
        task.succeeded.connect(self._on_read)
        task.failed.connect(self._on_failed)
        self._task = task

    @Slot(object)
    def _on_read(self, result: object) -> None:
        self._task = None
        self.buttons.setEnabled(True)
        self._say("")
        self.days = result  # type: ignore[assignment]
        if self.paper == Paper.PRINTER:
            dialog = self.print_dialog = QPrintDialog(self.printer, self)
            dialog.accepted.connect(self._on_printer_chosen)
            QDialog.open(dialog)  # QPrintDialog's own open() wants a receiver
        else:
            files = self.file_dialog = QFileDialog(self, translate("print_day", "Save Day as PDF"))
            files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            files.setNameFilter(translate("print_day", "PDF (*.pdf)"))
            files.setDefaultSuffix("pdf")
            files.selectFile(f"{self._file_stem()}.pdf")
            files.fileSelected.connect(self._on_file_chosen)
            files.open()

    @Slot(object)
    def _on_failed(self, failure: TaskFailure) -> None:
        self._task = None
        self.buttons.setEnabled(True)
        self._say(failure.sentence)

    @Slot()
    def _on_printer_chosen(self) -> None:
        try:
            print_days(self.printer, self.days)
        except JumpadeskError as exc:
            message_box(QMessageBox.Icon.Warning, translate(
                "print_day", "Print Day"), str(exc), parent=self).open()
            return
        self._finish(translate("print_day", "Sent {whose} to the printer.").format(
            whose=self._whose()))

    @Slot(str)
    def _on_file_chosen(self, name: str) -> None:
        try:
            path = save_pdf(Path(name), self.days)
        except JumpadeskError as exc:
            message_box(QMessageBox.Icon.Warning, translate(
                "print_day", "Save Day as PDF"), str(exc),
                        parent=self).open()
            return
        self._finish(translate("print_day", "Saved {whose} as PDF to {path}.").format(
            whose=self._whose(), path=path))

    def _finish(self, sentence: str) -> None:
        self.went_to_paper.emit(sentence)
        self.accept()

    def _whose(self) -> str:
        day = self.days[0].day if self.days else self.chosen_day()
        when = QLocale().toString(QDate(day.year, day.month, day.day),
                                  translate("print_day", "ddd d MMM yyyy"))
        if len(self.days) != 1:
            return translate("print_day", "everyone's day, {day}").format(day=when)
        return translate("print_day", "{name}'s day, {day}").format(
            name=self.days[0].sub_account.name, day=when)

    def _file_stem(self) -> str:
        who = (translate("print_day", "everyone") if len(self.days) != 1
               else self.days[0].sub_account.name)
        return f"{who} {self.chosen_day().isoformat()}"

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))


def print_days(printer: QPrinter, days: Sequence[AgendaDay]) -> None:
    """Paint the days on the printer, a page each (day_sheet.paint_days)."""
    painter = QPainter()
    if not painter.begin(printer):
        raise JumpadeskError(translate(
            "print_day", "The printer could not be started; check it and try again."))
    try:
        paint_days(painter, printer, days)
    finally:
        painter.end()


def open_print_day(window: PrintWindow, clock: Callable[[], datetime], paper: Paper,
                   parent: QWidget, on_done: Callable[[str], None]) -> DayPrintDialog:
    """Open Print Day (or Save Day as PDF) over `parent` for the shown day of the current
    staff member; `on_done` hears the sentence once the day went to paper."""
    dialog = DayPrintDialog(window.desk, window.sub, shown_day(window, clock), paper, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.went_to_paper.connect(on_done)
    dialog.open()
    return dialog
