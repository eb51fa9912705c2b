"""Find a Time… (Ctrl+F, issue 20 item 2) in real widgets against the iCloud-like server:
the next free starts with anyone on a Tuesday afternoon, asked off the GUI thread; Enter
on one switches to that staff member and opens the booking form there, and the booking is
made; a length that cannot be taken is one sentence."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from sqlalchemy import event

from jumpadesk.service import Desk
from jumpadesk.ui.booking_dialog import BookingDialog
from jumpadesk.ui.find_time import FindTimeDialog
from tests.helpers.window import make_window
from tests.icloud_server import FIXED_WEEK, IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def add_alex(connected_desk: Desk, icloud: IcloudServer) -> Desk:
    """Main (Work linked; Home, Family block) and Alex (Home linked, and blocking)."""
    connected_desk.add_sub_account("Alex")
    connected_desk.connect("Alex", icloud.apple_id, icloud.password, icloud.url)
    connected_desk.configure("Alex", "Home", [])
    assert connected_desk.sync("Alex").ok
    return connected_desk


@pytest.fixture
def two_staff(connected_desk: Desk, icloud: IcloudServer) -> Desk:
    return add_alex(connected_desk, icloud)


def find_time(qtbot: Any, window: Any) -> FindTimeDialog:
    """Ctrl+F, as the receptionist presses it; the dialog once it has answered."""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    [dialog] = window.findChildren(FindTimeDialog)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.status_label.text() != "Looking\u2026", timeout=20_000)
    return dialog


def answered(qtbot: Any, dialog: FindTimeDialog, change: Any) -> None:
    with qtbot.waitSignal(dialog.answered, timeout=20_000):
        change()


def test_find_a_time_with_anyone_and_book_it_for_that_staff_member(
    qtbot: Any, two_staff: Desk,
) -> None:
    window = make_window(qtbot, two_staff)
    gui = threading.current_thread()
    on_gui: list[str] = []

    def statement(_conn: Any, _cursor: Any, sql: str, *_: Any) -> None:
        if threading.current_thread() is gui:
            on_gui.append(sql)

    event.listen(two_staff.engine, "before_cursor_execute", statement)
    try:
        dialog = find_time(qtbot, window)
        assert dialog.who_combo.currentText() == "Anyone"
        # 45 minutes with anyone on Tuesday afternoon, from Tuesday on.
        dialog.part_combo.setCurrentIndex(2)
        for number, box in enumerate(dialog.day_boxes):
            box.setChecked(number == 1)
        answered(qtbot, dialog, lambda: dialog.from_edit.setDate(QDate(2026, 11, 24)))
    finally:
        event.remove(two_staff.engine, "before_cursor_execute", statement)
    assert on_gui == []  # every question was asked on a worker
    # The day in the locale's long form, as Change time and Print Day write it.
    assert dialog.from_edit.text() == QLocale().toString(QDate(2026, 11, 24),
                                                         QLocale.FormatType.LongFormat)

    texts = [dialog.results.item(n).text() for n in range(dialog.results.count())]
    assert texts[:4] == [
        "Tue 24 Nov  12:00 \u2013 12:45  \u00b7  Alex",
        "Tue 24 Nov  12:00 \u2013 12:45  \u00b7  Main",
        "Tue 24 Nov  12:15 \u2013 13:00  \u00b7  Alex",
        "Tue 24 Nov  12:15 \u2013 13:00  \u00b7  Main"]
    # Only Tuesdays' afternoons, and each one free for booking by the same rule.
    for free in dialog.starts():
        local = free.start.astimezone(free.zone)
        assert local.weekday() == 1 and 12 <= local.hour < 17
        assert two_staff.conflicts(free.sub_account.name, free.start, free.end) == []

    # Enter on the first: Alex's week, the form at Tuesday 12:00 - 12:45.
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    form = window.booking_dialog
    assert isinstance(form, BookingDialog) and form.isVisible()
    assert window.sub.name == "Alex" and window.switcher.combo.currentText() == "Alex"
    assert (form.start, form.end) == (week_day(1, "12:00"), week_day(1, "12:45"))
    assert window.week_monday == FIXED_WEEK
    form.title_edit.setText("Colour")
    form.name_edit.setText("Ann Lee")
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        form.ok_button.click()
    [appt] = [i for i in two_staff.schedule("Alex", week_day(1), week_day(2))
              if i.source == "appointment"]
    assert (appt.title, appt.start, appt.end - appt.start) == (
        "Colour", week_day(1, "12:00"), timedelta(minutes=45))


def test_a_staff_member_the_switcher_does_not_list_yet_is_switched_to_and_booked_for(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    """Alex is added (at another desk) after the window listed its staff: Find a Time
    with anyone offers Alex's time, and Enter books it for Alex, not for Main."""
    window = make_window(qtbot, connected_desk)
    assert window.switcher.names() == ["Main"]
    add_alex(connected_desk, icloud)
    dialog = find_time(qtbot, window)
    dialog.part_combo.setCurrentIndex(2)
    for number, box in enumerate(dialog.day_boxes):
        box.setChecked(number == 1)
    answered(qtbot, dialog, lambda: dialog.from_edit.setDate(QDate(2026, 11, 24)))
    assert dialog.starts()[0].sub_account.name == "Alex"

    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    form = window.booking_dialog
    assert isinstance(form, BookingDialog) and form.isVisible()
    assert window.sub.name == "Alex" and window.switcher.combo.currentText() == "Alex"
    form.title_edit.setText("Colour")
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        form.ok_button.click()
    booked = [(sub, i.title) for sub in ("Main", "Alex")
              for i in connected_desk.schedule(sub, week_day(1), week_day(2))
              if i.source == "appointment"]
    assert booked == [("Alex", "Colour")]
    qtbot.waitUntil(lambda: window.switcher.names() == ["Alex", "Main"], timeout=20_000)


def test_a_length_that_cannot_be_is_said_and_lists_nothing(
    qtbot: Any, two_staff: Desk,
) -> None:
    window = make_window(qtbot, two_staff)
    dialog = find_time(qtbot, window)
    assert dialog.results.count() > 0
    answered(qtbot, dialog, lambda: dialog.length_combo.setCurrentText("45 minutes"))
    assert dialog.results.count() == 0
    assert dialog.status_label.text() == (
        '"45 minutes" is not a length; write it like 45m, 1h, 1h30m or 90m.')
    answered(qtbot, dialog, lambda: dialog.length_combo.setCurrentText("1h30m"))
    first = dialog.starts()[0]
    assert first.end - first.start == timedelta(minutes=90)


def test_a_calendar_that_could_not_be_read_offers_no_time_and_says_why(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    icloud.add_event("Family", "School run", week_day(3, "07:00"), week_day(3, "07:30"))
    icloud.fail_next(10, status=500, path="/family/")
    assert not connected_desk.sync("Main").ok
    window = make_window(qtbot, connected_desk)
    dialog = find_time(qtbot, window)
    assert dialog.results.count() == 0
    said = dialog.status_label.text()
    assert said.startswith("No times are offered for Main: its schedule may be out of date "
                           "(Family"), said
    assert said.endswith("Sync, then ask again.")
