"""Change time… (issue 21 item 2) as a receptionist works it: From moves To with it, the
end-before-start sentence shows whole, the day reads as the rest of the window writes
dates with a calendar to pick from, Tab goes day, From, To, buttons, and OK on the same
time only closes. Real widgets; the window's part on a real Desk and iCloud-like server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from jumpadesk.availability import ScheduleItem
from jumpadesk.service import Desk
from jumpadesk.ui.change_time import ChangeTimeDialog
from jumpadesk.wording import long_date
from tests.concurrency.procs import DeskProcesses
from tests.helpers.window import booked, click_in_week
from tests.icloud_server import IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

BERLIN = ZoneInfo("Europe/Berlin")
WEDNESDAY = datetime(2026, 12, 9, 11, 0, tzinfo=BERLIN)


@pytest.fixture(params=["en_GB", "de_DE"])
def locale(request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    try:
        yield request.param
    finally:
        QLocale.setDefault(before)


def haircut(start: datetime = WEDNESDAY, minutes: int = 60) -> ScheduleItem:
    return ScheduleItem(start, start + timedelta(minutes=minutes), "Haircut", True,
                        "appointment", "", "Work", 1, "#1E88E5", ref_id=1)


def opened(qtbot: Any, item: ScheduleItem | None = None) -> ChangeTimeDialog:
    dialog = ChangeTimeDialog(item or haircut(), BERLIN)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def shown_times(dialog: ChangeTimeDialog) -> tuple[str, str]:
    return dialog.start_edit.time().toString("HH:mm"), dialog.end_edit.time().toString("HH:mm")


def ok_button(dialog: ChangeTimeDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_moving_from_moves_to_with_it_keeping_the_length(qtbot: Any) -> None:
    dialog = opened(qtbot)
    dialog.start_edit.setTime(QTime(13, 0))
    assert shown_times(dialog) == ("13:00", "14:00")
    assert ok_button(dialog).isEnabled() and not dialog.problem.isVisible()
    # To sets a new length, which From then keeps.
    dialog.end_edit.setTime(QTime(14, 30))
    dialog.start_edit.setTime(QTime(9, 15))
    assert shown_times(dialog) == ("09:15", "10:45")
    # Typed digit by digit, as a person does: the length still holds at the end.
    dialog.start_edit.setFocus()
    dialog.start_edit.setSelectedSection(dialog.start_edit.Section.HourSection)
    qtbot.keyClicks(dialog.start_edit, "1600")
    assert shown_times(dialog) == ("16:00", "17:30")
    assert dialog.chosen() == (datetime(2026, 12, 9, 16, 0, tzinfo=BERLIN),
                               datetime(2026, 12, 9, 17, 30, tzinfo=BERLIN))


def test_the_end_before_the_start_is_said_whole_and_the_dialog_grows(qtbot: Any) -> None:
    dialog = opened(qtbot)
    dialog.setFont(QFont(dialog.font().family(), 22))  # as a person with a large font sees it
    dialog.adjustSize()
    dialog.end_edit.setTime(QTime(10, 0))  # before 11:00
    problem = dialog.problem
    assert problem.isVisible() and problem.text() == "The end must be after the start."
    assert not ok_button(dialog).isEnabled()
    qtbot.waitUntil(lambda: problem.height() >= problem.heightForWidth(problem.width()))
    assert dialog.rect().contains(problem.geometry())
    for field in (dialog.day_edit, dialog.start_edit, dialog.end_edit):
        assert field.height() >= field.sizeHint().height(), field.objectName()


def test_the_day_reads_in_the_locales_long_form_with_a_calendar(
    qtbot: Any, locale: str,
) -> None:
    dialog = opened(qtbot)
    day = QDate(2026, 12, 9)
    assert dialog.day_edit.text() == QLocale().toString(day, QLocale.FormatType.LongFormat)
    if locale == "en_GB":  # as the rest of the window writes it, the locale's punctuation aside
        assert dialog.day_edit.text().replace(",", "") == long_date(WEDNESDAY.date())
    else:
        assert dialog.day_edit.text() == "Mittwoch, 9. Dezember 2026"
    assert dialog.day_edit.calendarPopup()
    dialog.day_edit.setDate(QDate(2026, 12, 10))
    assert dialog.chosen()[0] == datetime(2026, 12, 10, 11, 0, tzinfo=BERLIN)
    # The whole text fits: nothing of the weekday or the year is cut off.
    metrics = dialog.day_edit.fontMetrics()
    assert dialog.day_edit.width() > metrics.horizontalAdvance(dialog.day_edit.text())


def test_tab_goes_day_from_to_then_the_buttons(qtbot: Any) -> None:
    dialog = opened(qtbot)
    dialog.activateWindow()
    dialog.day_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.day_edit)
    stops = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    assert stops[:2] == [dialog.start_edit, dialog.end_edit]
    assert stops[2] in dialog.buttons.buttons()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.end_edit


def test_ok_on_the_same_time_only_closes(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    start = week_day(1, "05:00")
    window, item, _href = booked(qtbot, connected_desk, icloud, start,
                                 start + timedelta(hours=1))
    done: list[object] = []
    window.booking_done.connect(done.append)
    window.statusBar().clearMessage()
    details = click_in_week(qtbot, window, item)
    assert details.change_time_button is not None
    details.change_time_button.click()
    dialog = window.booking.change_time_dialog
    assert isinstance(dialog, ChangeTimeDialog)
    chosen: list[object] = []
    dialog.time_chosen.connect(lambda *times: chosen.append(times))
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    ok_button(dialog).click()
    qtbot.waitUntil(lambda: gone == [True])  # closed, and deleted
    assert chosen == []
    assert done == [] and window.statusBar().currentMessage() == ""
    assert icloud.request_count("PUT") == 0


def test_change_time_on_an_appointment_another_desk_cancelled_names_it_and_that_desk(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer, jumpadesk_home: Path,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 21 item 7: the details dialog is still open here while the command line at
    the front desk cancels the appointment; Change time → OK then says what it was and
    who cancelled it, not "Appointment 1 is cancelled"."""
    monkeypatch.setenv("JUMPADESK_DESK_NAME", "Back office")
    start = week_day(1, "05:00")
    window, item, _href = booked(qtbot, connected_desk, icloud, start,
                                 start + timedelta(hours=1))
    details = click_in_week(qtbot, window, item)
    assert details.change_time_button is not None
    details.change_time_button.click()
    dialog = window.booking.change_time_dialog
    assert isinstance(dialog, ChangeTimeDialog)

    front = DeskProcesses(tmp_path / "front", home=jumpadesk_home)
    front.env["JUMPADESK_DESK_NAME"] = "Front desk"
    connected = front.run("connect", "--apple-id", icloud.apple_id, "--server", icloud.url,
                          password=icloud.password)
    assert connected.returncode == 0, connected.stderr
    cancelled = front.run("cancel", str(item.ref_id))
    assert cancelled.returncode == 0, cancelled.stderr

    dialog.start_edit.setTime(QTime(6, 0))
    with qtbot.waitSignal(window.booking_failed, timeout=30_000) as failed:
        ok_button(dialog).click()
    assert failed.args[0] == (
        "\u201cHaircut\u201d for Jana Weber on Tuesday 24 November 2026, 05:00 \u2013 06:00 "
        "was cancelled by Front desk; book a new one.")
