"""Opening hours in the window (issue 10): Sub-account → Opening Hours… keeps them, the
week shades from them, and booking outside them asks first."""

from __future__ import annotations

from datetime import time
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime

from jumpadesk.hours import DEFAULT_OPENING_HOURS, DayHours
from jumpadesk.service import Desk
from jumpadesk.ui.opening_hours import OpeningHoursDialog
from tests.helpers.window import Answers, book_through_dialog, make_window, shown_items
from tests.icloud_server import FIXED_WEEK, IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE, SUB, week_shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_booking_outside_opening_hours_asks_first(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    answers = Answers(yes=False)
    window = make_window(qtbot, connected_desk, ask=answers)
    window.show_week(FIXED_WEEK)
    week_shown(qtbot, window)
    assert window.week_view.view.opening_hours() == DEFAULT_OPENING_HOURS
    with qtbot.assertNotEmitted(window.booking_done, wait=200):
        dialog = book_through_dialog(qtbot, window, week_day(1, "19:00"),
                                     week_day(1, "19:30"), "After hours")
    assert answers.asked == [("Book outside opening hours?", "That is outside opening "
                              "hours (Tuesday 09:00 \u2013 18:00). Book anyway?")]
    assert dialog.isVisible() and not dialog.is_busy() and dialog.ok_button.isEnabled()
    assert not [i for i in shown_items(window) if i.title == "After hours"]

    answers.yes = True
    answers.asked.clear()
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [i.title for i in shown_items(window) if i.title == "After hours"] == ["After hours"]
    assert len(answers.asked) == 1


def test_a_closed_day_is_named_and_a_blocked_slot_is_not_asked_about(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    answers = Answers(yes=False)
    window = make_window(qtbot, connected_desk, ask=answers)
    window.show_week(FIXED_WEEK)
    week_shown(qtbot, window)
    book_through_dialog(qtbot, window, week_day(5, "10:00"), week_day(5, "10:30"), "Sat")
    assert answers.asked == [("Book outside opening hours?", "That is outside opening "
                              "hours (Saturday: closed). Book anyway?")]
    window.booking_dialog.reject()  # type: ignore[union-attr]
    answers.asked.clear()
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        book_through_dialog(qtbot, window, week_day(5, "11:00"), week_day(5, "11:30"),
                            "Stock take", block=True)
    assert answers.asked == []


def test_the_sub_account_menu_sets_opening_hours_and_the_week_follows(
    qtbot: Any, connected_desk: Desk
) -> None:
    window = make_window(qtbot, connected_desk)
    sub_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Sub-account")
    assert window.menus.opening_hours_action in sub_menu.actions()
    window.menus.opening_hours_action.trigger()
    dialog = window.shown_week.opening_hours_dialog
    assert isinstance(dialog, OpeningHoursDialog) and dialog.isVisible()
    saturday = dialog.days[5]
    assert saturday.closed_box.isChecked() and not saturday.ranges[0].opens.isEnabled()
    saturday.closed_box.setChecked(False)  # Saturday mornings
    saturday.ranges[0].opens.setTime(QTime(10, 0))
    saturday.ranges[0].closes.setTime(QTime(9, 0))
    dialog.accept()
    assert dialog.isVisible() and "On Saturday, closing time" in dialog.error.text()
    saturday.ranges[0].closes.setTime(QTime(14, 0))
    dialog.days[2].closed_box.setChecked(True)  # closed on Wednesdays
    with qtbot.waitSignal(window.schedule_reloaded, timeout=20_000):  # saved on a worker
        dialog.accept()
    saved = connected_desk.opening_hours(SUB)
    assert saved[5] == DayHours(time(10), time(14)) and saved[2] is None
    assert saved[0] == DayHours(time(9), time(18))
    assert window.week_view.view.opening_hours() == saved
    assert "opening hours are saved" in window.statusBar().currentMessage()


def test_the_menu_sets_a_lunch_break_and_the_week_and_the_question_follow(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    answers = Answers(yes=False)
    window = make_window(qtbot, connected_desk, ask=answers)
    window.show_week(FIXED_WEEK)
    week_shown(qtbot, window)
    assert window.menus.opening_hours_action in window.switcher.menu_button.menu().actions()
    window.menus.opening_hours_action.trigger()
    dialog = window.shown_week.opening_hours_dialog
    assert isinstance(dialog, OpeningHoursDialog)
    tuesday = dialog.days[1]
    assert len(tuesday.ranges) == 1 and tuesday.ranges[0].remove_button.isHidden()
    tuesday.ranges[0].closes.setTime(QTime(12, 30))
    qtbot.mouseClick(tuesday.add_button, Qt.MouseButton.LeftButton)
    assert len(tuesday.ranges) == 2 and not tuesday.ranges[0].remove_button.isHidden()
    tuesday.ranges[1].opens.setTime(QTime(12, 0))  # overlaps the morning
    tuesday.ranges[1].closes.setTime(QTime(18, 0))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text() == ("On Tuesday, 09:00 \u2013 12:30 and 12:00 \u2013 18:00 "
                                   "overlap; give each time of day to one range.")
    assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())
    tuesday.ranges[1].opens.setTime(QTime(13, 30))
    qtbot.mouseClick(dialog.days[3].add_button, Qt.MouseButton.LeftButton)  # one too many
    assert len(dialog.days[3].ranges) == 2
    qtbot.mouseClick(dialog.days[3].ranges[1].remove_button, Qt.MouseButton.LeftButton)
    assert len(dialog.days[3].ranges) == 1
    with qtbot.waitSignal(window.schedule_reloaded, timeout=20_000):  # saved on a worker
        dialog.accept()

    lunch = DayHours(time(9), time(12, 30), time(13, 30), time(18))
    assert connected_desk.opening_hours(SUB)[1] == lunch
    assert connected_desk.opening_hours(SUB)[3] == DayHours(time(9), time(18))
    assert window.week_view.view.opening_hours()[1] == lunch
    assert window.week_view.view.scene.closed_label(5) == "Closed"

    book_through_dialog(qtbot, window, week_day(1, "12:30"), week_day(1, "13:00"), "Lunch?")
    assert answers.asked == [("Book outside opening hours?", "That is outside opening hours "
                              "(Tuesday 09:00 \u2013 12:30, 13:30 \u2013 18:00). Book anyway?")]


def test_opening_hours_just_after_a_switch_are_the_new_staff_members_never_the_last_ones(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    """Switched to Alex, Opening Hours… (at once, before Alex's week is read) shows
    Alex's hours, and OK keeps them: Main's never land on Alex."""
    saturday = DayHours(time(10), time(14))
    connected_desk.set_opening_hours(SUB, (*DEFAULT_OPENING_HOURS[:5], saturday,
                                           DEFAULT_OPENING_HOURS[6]))
    connected_desk.add_sub_account("Alex")
    alex_before = connected_desk.opening_hours("Alex")
    window = make_window(qtbot, connected_desk)
    qtbot.waitUntil(lambda: window.switcher.names() == ["Alex", "Main"], timeout=20_000)
    assert window.opening_hours[5] == saturday

    window.switcher.combo.setCurrentIndex(window.switcher.combo.findText("Alex"))
    window.menus.opening_hours_action.trigger()  # before the switch's read is in
    qtbot.waitUntil(lambda: window.shown_week.opening_hours_dialog is not None, timeout=20_000)
    dialog = window.shown_week.opening_hours_dialog
    assert isinstance(dialog, OpeningHoursDialog)
    assert window.sub_name == "Alex" and dialog.hours() == alex_before
    with qtbot.waitSignal(window.schedule_reloaded, timeout=20_000):
        dialog.accept()
    assert connected_desk.opening_hours("Alex") == alex_before
    assert window.week_view.view.opening_hours() == alex_before
