"""The team's day (issue 20 item 1) in real widgets against the iCloud-like server: a
column per staff member with the guest's name on each appointment, read off the GUI
thread; the keyboard (Left/Right between columns, Up/Down, Enter) books for the column's
staff member through the booking form; an appointment dragged to another column is given
to that staff member after asking, and the sentence says so; Day / Week / Team from the
keyboard, the Staff choice, and Go to Date (Ctrl+G, or a click on the title)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialog

from jumpadesk.service import Desk
from jumpadesk.ui.booking_dialog import BookingDialog
from jumpadesk.ui.shortcuts import ShortcutsDialog
from jumpadesk.ui.window_views import DateDialog
from tests.helpers.team import add_alex, column_texts, team_on
from tests.helpers.window import Answers, make_window, settled
from tests.icloud_server import IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def two_staff(connected_desk: Desk, icloud: IcloudServer) -> Desk:
    """Main (Work linked; Home, Work, Family block) and Alex (Home linked)."""
    return add_alex(connected_desk, icloud)


def test_the_keyboard_books_in_the_staff_member_s_column(
    qtbot: Any, two_staff: Desk,
) -> None:
    two_staff.book("Main", week_day(1, "05:00"), week_day(1, "06:00"), "Haircut", "Ann Lee")
    window = make_window(qtbot, two_staff)
    team = team_on(qtbot, window)
    assert [s.name for s in team.panel.staff()] == ["Alex", "Main"]
    assert any(t.startswith("Haircut \u00b7 Ann Lee") for t in column_texts(team, 1))
    assert not any("Haircut" in t for t in column_texts(team, 0))

    view = team.panel.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # from Alex to Main: 09:00 there
    assert (view.current, view.chosen.column, view.chosen.first) == (1, 1, 9 * 60)
    qtbot.keyClick(view, Qt.Key.Key_Left)  # back to Alex
    for _ in range(12):  # 09:00 to 06:00
        qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Return)

    form = window.booking_dialog
    assert isinstance(form, BookingDialog) and form.isVisible()
    assert window.sub.name == "Alex"
    assert (form.start, form.end) == (week_day(1, "06:00"), week_day(1, "06:45"))
    form.title_edit.setText("Colour")
    form.name_edit.setText("Eva Roth")
    with qtbot.waitSignal(team.reloaded, timeout=20_000):
        with qtbot.waitSignal(window.booking_done, timeout=20_000):
            form.ok_button.click()
        window.show_schedule()
    [booked] = [i for i in two_staff.schedule("Alex", week_day(1), week_day(2))
                if i.source == "appointment"]
    assert (booked.title, booked.guest, booked.start) == ("Colour", "Eva Roth",
                                                         week_day(1, "06:00"))
    qtbot.waitUntil(lambda: any(t.startswith("Colour \u00b7 Eva Roth")
                                for t in column_texts(team, 0)), timeout=20_000)


def test_dragging_an_appointment_to_another_column_gives_it_to_that_staff_member(
    qtbot: Any, two_staff: Desk, icloud: IcloudServer,
) -> None:
    appt = two_staff.book("Main", week_day(1, "05:00"), week_day(1, "06:00"), "Haircut",
                          "Ann Lee")
    answers = Answers()
    window = make_window(qtbot, two_staff, ask=answers)
    team = team_on(qtbot, window)
    view = team.panel.view
    [block] = [b for b in view.blocks() if b.day == 1 and b.item.ref_id == appt.id]
    lay = view.layout_
    start = block.rect.center().toPoint()
    target = QPoint(int(lay.column_left(0) + lay.column_width / 2), start.y())

    with qtbot.waitSignal(team.given, timeout=30_000) as given:
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view, QPoint(start.x() - 20, start.y()))
        qtbot.mouseMove(view, target)
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=target)

    [(title, question)] = answers.asked
    assert title == "Give to Another Staff Member"
    assert question.startswith("Give \u201cHaircut\u201d for Ann Lee to Alex, ")
    assert given.args[0].startswith("\u201cHaircut\u201d for Ann Lee is now with Alex, ")
    moved = two_staff.appointment("Alex", appt.id)
    assert "Ann Lee" in (icloud.get_event("Home", moved.href) or "")
    assert icloud.get_event("Work", appt.href) is None
    settled(qtbot, window)
    qtbot.waitUntil(lambda: any(t.startswith("Haircut \u00b7 Ann Lee")
                                for t in column_texts(team, 0)), timeout=20_000)
    assert not any(t.startswith("Haircut \u00b7 Ann Lee") for t in column_texts(team, 1))


def test_shift_left_gives_the_focused_appointment_to_the_staff_member_before(
    qtbot: Any, two_staff: Desk, icloud: IcloudServer,
) -> None:
    """The drag's keyboard twin: Tab to the appointment in Main's column, Shift+Left gives
    it to Alex (asked first); in the first column there is no one before: nothing asked."""
    appt = two_staff.book("Main", week_day(1, "05:00"), week_day(1, "06:00"), "Haircut",
                          "Ann Lee")
    answers = Answers()
    window = make_window(qtbot, two_staff, ask=answers)
    team = team_on(qtbot, window)
    view = team.panel.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # Main's column
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # its first block
    assert view.focus_item is not None and view.focus_item.ref_id == appt.id

    with qtbot.waitSignal(team.given, timeout=30_000) as given:
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)

    [(title, question)] = answers.asked
    assert title == "Give to Another Staff Member"
    assert question.startswith("Give \u201cHaircut\u201d for Ann Lee to Alex, ")
    assert given.args[0].startswith("\u201cHaircut\u201d for Ann Lee is now with Alex, ")
    moved = two_staff.appointment("Alex", appt.id)
    assert (moved.start_ts, moved.end_ts) == (int(week_day(1, "05:00").timestamp()),
                                              int(week_day(1, "06:00").timestamp()))
    assert "Ann Lee" in (icloud.get_event("Home", moved.href) or "")
    settled(qtbot, window)
    qtbot.waitUntil(lambda: any(t.startswith("Haircut \u00b7 Ann Lee")
                                for t in column_texts(team, 0)), timeout=20_000)

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Left)  # Alex's column, the first
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.focus_item is not None and view.focus_item.title == "Haircut"
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert len(answers.asked) == 1  # no one before Alex: a beep, nothing asked
    assert two_staff.appointment("Alex", appt.id).href == moved.href


def test_day_week_and_team_from_the_keyboard_and_going_to_a_date(
    qtbot: Any, two_staff: Desk,
) -> None:
    window = make_window(qtbot, two_staff)
    team = team_on(qtbot, window, Qt.Key.Key_1)  # the Day: Main alone
    assert [s.name for s in team.panel.staff()] == ["Main"]
    assert not team.panel.staff_button.isVisibleTo(team.panel)
    team = team_on(qtbot, window, Qt.Key.Key_3)  # the Team: everyone, then Alex left out
    assert [s.name for s in team.panel.staff()] == ["Alex", "Main"]
    with qtbot.waitSignal(team.reloaded, timeout=20_000):
        team.panel.staff_menu.actions()[0].setChecked(False)
    assert [s.name for s in team.panel.staff()] == ["Main"]

    team.panel.title.click()  # the title: Go to Date
    dialog = window.views.date_dialog
    assert isinstance(dialog, DateDialog) and dialog.isVisible()
    dialog.calendar.setSelectedDate(QDate(2026, 12, 9))
    with qtbot.waitSignal(team.reloaded, timeout=20_000):
        dialog.accept()
    assert team.panel.title.text() == "Wednesday 9 December 2026"

    window.activateWindow()  # the dialog has closed: the window has the keys again
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # the Week
    assert window.pages.currentWidget() is window.week_view
    settled(qtbot, window)
    assert window.week_monday == QDate(2026, 12, 7).toPython()
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = window.views.date_dialog
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    dialog.calendar.setSelectedDate(QDate(2027, 1, 13))
    dialog.accept()
    settled(qtbot, window)
    assert window.week_monday == QDate(2027, 1, 11).toPython()

    keys = dict(ShortcutsDialog().rows())
    assert "Alt+1 / Alt+2 / Alt+3" in keys and "Ctrl+G, or click the title" in keys
