"""Repeating blocked slots in the window (issue 21 item 9): blocked from the booking form
as a weekday lunch, drawn on every weekday of every week, refusing a booking over it,
and taken away one day (the details, or Delete on the week) or every day."""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from jumpadesk.service import Desk
from jumpadesk.ui.booking_dialog import BookingDialog
from jumpadesk.ui.event_details import EventDetails
from tests.helpers.window import Answers, book_through_dialog, make_window, shown_items
from tests.icloud_server import FIXED_WEEK, IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE, week_shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

WEEKDAY_LUNCH = "every weekday (Monday to Friday)"


def lunches(window: Any) -> list[str]:
    return [f"{i.start.astimezone(window.tz):%a %H:%M}-{i.end.astimezone(window.tz):%H:%M}"
            for i in shown_items(window) if i.title == "Lunch"]


def test_a_weekday_lunch_is_blocked_once_and_shows_on_every_weekday_of_every_week(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    week_shown(qtbot, window)
    window.week_view.slot_selected.emit(week_day(0, "12:30").astimezone(UTC),
                                        week_day(0, "13:15").astimezone(UTC))
    dialog = window.booking_dialog
    assert isinstance(dialog, BookingDialog)
    dialog.set_kind("block")
    assert dialog.repeat_combo.isVisible() and not dialog.until_box.isEnabled()
    dialog.title_edit.setText("Lunch")
    dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findData("weekdays"))
    assert dialog.until_box.isEnabled()
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    every_day = ["Mon 12:30-13:15", "Tue 12:30-13:15", "Wed 12:30-13:15", "Thu 12:30-13:15",
                 "Fri 12:30-13:15"]
    assert lunches(window) == every_day
    view = window.week_view.view
    assert all(view.rects_of(i) for i in shown_items(window) if i.title == "Lunch")
    window.show_week(FIXED_WEEK + timedelta(days=7 * 6))
    week_shown(qtbot, window)
    assert lunches(window) == every_day  # and six weeks on

    window.show_week(FIXED_WEEK)

    week_shown(qtbot, window)
    book_through_dialog(qtbot, window, week_day(2, "13:00"), week_day(2, "13:30"), "Colour")
    qtbot.waitUntil(lambda: bool(dialog_error(window)), timeout=20_000)
    assert dialog_error(window).startswith("That time is not free: it overlaps Lunch")


def dialog_error(window: Any) -> str:
    return window.booking_dialog.error_text() if window.booking_dialog is not None else ""


def test_one_day_of_a_repeating_block_or_every_day_is_taken_away(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    from jumpadesk.repeats import Repeat

    connected_desk.block("Main", week_day(0, "12:30"), week_day(0, "13:15"), "Lunch",
                         Repeat.make("weekdays"))
    answers = Answers()
    window = make_window(qtbot, connected_desk, ask=answers)
    window.show_week(FIXED_WEEK)
    week_shown(qtbot, window)
    thursday = next(i for i in shown_items(window)
                    if i.title == "Lunch" and i.start == week_day(3, "12:30"))
    details = window.booking.show_details(thursday)
    assert isinstance(details, EventDetails)
    assert details.fields["Repeats"] == "Every weekday (Monday to Friday)"
    assert [b.text() for b in details.action_buttons()] == ["Remove This Day",
                                                            "Remove Every Day"]
    with qtbot.waitSignal(window.booking_done):
        qtbot.mouseClick(details.unblock_button, Qt.MouseButton.LeftButton)
    assert answers.asked[-1][1].endswith(f"only? It still blocks {WEEKDAY_LUNCH} on the "
                                         "other days.")
    assert "Thursday 26 November" in answers.asked[-1][1]
    assert lunches(window) == ["Mon 12:30-13:15", "Tue 12:30-13:15", "Wed 12:30-13:15",
                               "Fri 12:30-13:15"]
    assert window.statusBar().currentMessage() == (
        "Removed \u201cLunch\u201d on Thursday 26 November 2026 only; it still blocks "
        f"{WEEKDAY_LUNCH}.")

    friday = next(i for i in shown_items(window) if i.start == week_day(4, "12:30"))
    with qtbot.waitSignal(window.booking_done):
        window.week_view.delete_requested.emit(friday)  # Delete on the week: that day only
    assert lunches(window) == ["Mon 12:30-13:15", "Tue 12:30-13:15", "Wed 12:30-13:15"]
    window.show_week(FIXED_WEEK + timedelta(days=7))
    week_shown(qtbot, window)
    assert len(lunches(window)) == 5  # the next week keeps all of them

    monday = next(i for i in shown_items(window) if i.title == "Lunch")
    details = window.booking.show_details(monday)
    with qtbot.waitSignal(window.booking_done):
        qtbot.mouseClick(details.unblock_series_button, Qt.MouseButton.LeftButton)
    assert answers.asked[-1][1] == (f"Remove \u201cLunch\u201d on every day it repeats "
                                    f"({WEEKDAY_LUNCH})? Those times can then be booked again.")
    assert lunches(window) == []
    window.show_week(FIXED_WEEK)
    week_shown(qtbot, window)
    assert lunches(window) == []
