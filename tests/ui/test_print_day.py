"""File > Print Day… (Ctrl+P) and Save Day as PDF… (issue 20 item 7) in the real window
against the iCloud-like server: the shown day of the current staff member (or of
everyone) read off the GUI thread, then printed through QPrintDialog on a PDF printer, or
saved as a PDF, by the same painting function as `jumpadesk agenda --pdf`."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import event

from jumpadesk.agenda import AgendaDay, AgendaEntry, EntryKind
from jumpadesk.day_sheet import save_pdf
from jumpadesk.hours import DayHours
from jumpadesk.rows import SubAccountRow
from jumpadesk.service import Desk
from jumpadesk.ui.print_day import DayPrintDialog
from tests.helpers.window import make_window
from tests.icloud_server import IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def british() -> Iterator[None]:
    """The person's locale: English (United Kingdom), for its date and clock."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def booked(connected_desk: Desk, icloud: IcloudServer) -> Desk:
    """Ann Lee's haircut with Main on Tuesday; Alex, with a blocked training."""
    connected_desk.book("Main", week_day(1, "12:00"), week_day(1, "12:45"), "Haircut",
                        "Ann Lee", "", "+49 170 5550101")
    connected_desk.add_sub_account("Alex")
    connected_desk.block("Alex", week_day(1, "09:00"), week_day(1, "10:00"), "Training")
    return connected_desk


def pages_of(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_print_day_prints_the_shown_day_on_a_pdf_printer(
    qtbot: Any, booked: Desk, tmp_path: Path, british: None,
) -> None:
    window = make_window(qtbot, booked)
    window.week_view.view.select_slot(1, 14 * 60, 15 * 60)  # a time on Tuesday is chosen
    gui = threading.current_thread()
    on_gui: list[str] = []

    def statement(_conn: Any, _cursor: Any, sql: str, *_: Any) -> None:
        if threading.current_thread() is gui:
            on_gui.append(sql)

    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    [dialog] = window.findChildren(DayPrintDialog)
    assert dialog.isVisible()
    assert dialog.chosen_day() == date(2026, 11, 24)
    # The day as the rest of the window writes it, not "24 11 2026".
    assert dialog.day_edit.text() == "Tuesday, 24 November 2026"
    assert dialog.day_edit.calendarPopup()
    assert dialog.who_combo.currentText() == "Main"
    target = tmp_path / "printed.pdf"
    dialog.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog.printer.setOutputFileName(str(target))
    event.listen(booked.engine, "before_cursor_execute", statement)
    try:
        dialog.go()
        qtbot.waitUntil(lambda: dialog.print_dialog is not None, timeout=20_000)
    finally:
        event.remove(booked.engine, "before_cursor_execute", statement)
    assert on_gui == []  # the day was read on a worker
    assert dialog.print_dialog is not None and dialog.print_dialog.isVisible()
    dialog.print_dialog.accept()  # the printer the person chose: a PDF file
    assert window.statusBar().currentMessage() == (
        "Sent Main's day, Tue 24 Nov 2026 to the printer.")
    [page] = pages_of(target)
    assert page.startswith("Main, Tuesday, 24 November 2026")
    assert "Open 09:00 – 18:00" in page
    assert "12:00 – 12:45 busy Haircut · Ann Lee, +49 170 5550101 (Work, appointment #1)" in page
    assert "10:00 – 11:30 busy Quarterly planning (Work)" in page
    assert "Training" not in page  # Alex's, not Main's


def test_save_day_as_pdf_of_everyone_has_a_page_each(
    qtbot: Any, booked: Desk, tmp_path: Path, british: None,
) -> None:
    window = make_window(qtbot, booked)
    window.week_view.view.select_slot(1, 14 * 60, 15 * 60)
    window.menus.save_day_action.trigger()
    [dialog] = window.findChildren(DayPrintDialog)
    dialog.who_combo.setCurrentIndex(1)  # everyone
    dialog.go()
    qtbot.waitUntil(lambda: dialog.file_dialog is not None, timeout=20_000)
    assert dialog.file_dialog is not None
    target = tmp_path / "everyone.pdf"
    assert dialog.file_dialog.selectedFiles()[0].endswith("everyone 2026-11-24.pdf")
    name_edit = dialog.file_dialog.findChild(QLineEdit, "fileNameEdit")
    name_edit.setText(str(target))  # the person types where it goes
    dialog.file_dialog.accept()
    assert window.statusBar().currentMessage() == (
        f"Saved everyone's day, Tue 24 Nov 2026 as PDF to {target}.")
    alex, main = pages_of(target)
    assert alex.startswith("Alex, Tuesday, 24 November 2026")
    assert "09:00 – 10:00 busy Training (blocked slot #1)" in alex
    assert main.startswith("Main, Tuesday, 24 November 2026")
    assert "Haircut · Ann Lee" in main


def test_a_day_longer_than_a_page_goes_on_over_the_page(
    qapp: Any, tmp_path: Path, british: None,
) -> None:
    """Nothing on the day is left off the paper: a day of 80 short bookings takes a
    second page, headed as the first, and its last booking is on it."""
    zone = ZoneInfo("Europe/Berlin")
    start = datetime(2026, 11, 24, 8, 0, tzinfo=zone)
    entries = tuple(AgendaEntry(start + timedelta(minutes=5 * n),
                                start + timedelta(minutes=5 * n + 5), EntryKind.APPOINTMENT,
                                f"Check-in {n + 1}", True, "Work", f"Guest {n + 1}", "",
                                ref_id=n + 1)
                    for n in range(80))
    day = AgendaDay(SubAccountRow(1, "Main", "Europe/Berlin"), date(2026, 11, 24), zone,
                    DayHours(time(8), time(18)), entries)
    pages = pages_of(save_pdf(tmp_path / "long.pdf", [day]))
    assert len(pages) >= 2
    assert pages[1].startswith("Main, Tuesday, 24 November 2026 (continued)")
    assert "Check-in 80 · Guest 80" in pages[-1]
    assert all(f"Check-in {n} · Guest {n} " in " ".join(pages) for n in range(1, 81))
