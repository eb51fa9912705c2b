"""The team's day's blocks as the week's (issue 20 item 1) in real widgets against the
iCloud-like server: a double-click or Enter opens the week's details for that staff
member (Cancel and Change time work for them), Tab walks the column's blocks, a drag
within the column moves the appointment as the week moves it (one that comes back where
it began does nothing), and all-day items show in a row above the columns."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from jumpadesk.service import Desk
from jumpadesk.ui.change_time import ChangeTimeDialog
from jumpadesk.ui.event_details import EventDetails
from tests.helpers.team import add_alex, column_texts, team_on
from tests.helpers.window import Answers, make_window, settled
from tests.icloud_server import IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def two_staff(connected_desk: Desk, icloud: IcloudServer) -> Desk:
    """Main (Work linked; Home, Work, Family block) and Alex (Home linked)."""
    return add_alex(connected_desk, icloud)


def appointments(desk: Desk, name: str) -> list[tuple[str, object, object]]:
    return [(i.title, i.start, i.end) for i in desk.schedule(name, week_day(1), week_day(2))
            if i.source == "appointment"]


def at(view: Any, column: int, minute: float) -> QPoint:
    lay = view.layout_
    return QPoint(int(lay.column_left(column) + lay.column_width / 2),
                  int(lay.y_for_minute(minute)))


def test_a_double_click_on_a_block_opens_its_details_and_cancel_is_for_that_staff_member(
    qtbot: Any, two_staff: Desk,
) -> None:
    appt = two_staff.book("Alex", week_day(1, "05:00"), week_day(1, "06:00"), "Haircut",
                          "Ann Lee")
    answers = Answers()
    window = make_window(qtbot, two_staff, ask=answers)
    assert window.sub.name == "Main"
    team = team_on(qtbot, window)
    view = team.panel.view
    [block] = [b for b in view.blocks() if b.item.ref_id == appt.id]
    assert block.day == 0  # Alex's column

    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=block.rect.center().toPoint())
    details = window.details_dialog
    assert isinstance(details, EventDetails) and details.isVisible()
    assert details.item.title == "Haircut" and window.sub.name == "Alex"
    assert window.booking_dialog is None or not window.booking_dialog.isVisible()
    assert details.cancel_button is not None
    with qtbot.waitSignal(window.booking_done, timeout=30_000):
        details.cancel_button.click()
    assert answers.asked[-1][0] == "Cancel appointment?"
    assert appointments(two_staff, "Alex") == []
    settled(qtbot, window)
    qtbot.waitUntil(lambda: not any("Haircut" in t for t in column_texts(team, 0)),
                    timeout=20_000)


def test_tab_walks_the_column_s_blocks_and_enter_opens_one_whose_change_time_moves_it(
    qtbot: Any, two_staff: Desk,
) -> None:
    two_staff.book("Alex", week_day(1, "05:00"), week_day(1, "06:00"), "Haircut", "Ann Lee")
    two_staff.book("Alex", week_day(1, "07:00"), week_day(1, "08:00"), "Colour", "Eva Roth")
    two_staff.book("Main", week_day(1, "04:00"), week_day(1, "04:30"), "Fringe", "Ida Lund")
    window = make_window(qtbot, two_staff)
    team = team_on(qtbot, window)
    view = team.panel.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert view.current == 0  # Alex's column: Main's Fringe is not on the way
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.focus_item is not None and view.focus_item.title == "Haircut"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.focus_item is not None and view.focus_item.title == "Colour"
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Return)

    details = window.details_dialog
    assert isinstance(details, EventDetails) and details.isVisible()
    assert details.item.title == "Colour" and window.sub.name == "Alex"
    assert details.change_time_button is not None
    details.change_time_button.click()
    dialog = window.booking.change_time_dialog
    assert isinstance(dialog, ChangeTimeDialog)
    dialog.start_edit.setTime(QTime(9, 0))
    with qtbot.waitSignal(window.booking_done, timeout=30_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert sorted(appointments(two_staff, "Alex")) == [
        ("Colour", week_day(1, "09:00"), week_day(1, "10:00")),
        ("Haircut", week_day(1, "05:00"), week_day(1, "06:00"))]


def test_dragging_an_appointment_within_its_column_moves_it_as_the_week_does(
    qtbot: Any, two_staff: Desk, icloud: IcloudServer,
) -> None:
    appt = two_staff.book("Alex", week_day(1, "05:00"), week_day(1, "06:00"), "Haircut",
                          "Ann Lee")
    answers = Answers()
    window = make_window(qtbot, two_staff, ask=answers)
    team = team_on(qtbot, window)
    view = team.panel.view
    start = at(view, 0, 5 * 60 + 30)
    target = at(view, 0, 7 * 60 + 30)  # two hours later, the same column

    with qtbot.waitSignal(window.booking_done, timeout=30_000):
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view, QPoint(start.x(), start.y() + 20))
        qtbot.mouseMove(view, target)
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=target)
    assert answers.asked == []  # a time to come: the week does not ask either
    assert appointments(two_staff, "Alex") == [
        ("Haircut", week_day(1, "07:00"), week_day(1, "08:00"))]
    assert appointments(two_staff, "Main") == []
    moved = two_staff.appointment("Alex", appt.id)
    assert "T070000Z" in (icloud.get_event("Home", moved.href) or "")
    settled(qtbot, window)
    qtbot.waitUntil(lambda: [b.start_minute for b in view.blocks()
                             if b.item.ref_id == appt.id] == [7 * 60], timeout=20_000)


def test_a_drag_that_comes_back_to_where_it_started_changes_nothing(
    qtbot: Any, two_staff: Desk,
) -> None:
    two_staff.book("Main", week_day(1, "05:00"), week_day(1, "06:00"), "Haircut", "Ann Lee")
    answers = Answers()
    window = make_window(qtbot, two_staff, ask=answers)
    team = team_on(qtbot, window)
    view = team.panel.view
    start = at(view, 1, 5 * 60 + 30)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, at(view, 0, 5 * 60 + 30))
    qtbot.mouseMove(view, start)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start)
    assert answers.asked == []
    assert appointments(two_staff, "Main") == [
        ("Haircut", week_day(1, "05:00"), week_day(1, "06:00"))]


def test_a_click_on_an_event_only_gives_it_the_focus_and_a_drag_over_a_free_one_books(
    qtbot: Any, two_staff: Desk, icloud: IcloudServer,
) -> None:
    icloud.add_event("Home", "Supplier call", week_day(1, "03:00"), week_day(1, "04:00"),
                     transp="TRANSPARENT")
    assert two_staff.sync("Alex").ok
    window = make_window(qtbot, two_staff)
    team = team_on(qtbot, window)
    view = team.panel.view
    [block] = [b for b in view.blocks() if b.item.title == "Supplier call" and b.day == 0]
    assert not block.item.busy
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=block.rect.center().toPoint())
    assert view.focus_item == block.item and view.chosen is None
    assert window.booking_dialog is None or not window.booking_dialog.isVisible()

    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=at(view, 0, 3 * 60 + 5))
    qtbot.mouseMove(view, at(view, 0, 3 * 60 + 25))
    qtbot.mouseMove(view, at(view, 0, 3 * 60 + 55))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=at(view, 0, 3 * 60 + 55))
    form = window.booking_dialog
    assert form is not None and form.isVisible() and window.sub.name == "Alex"
    assert (form.start, form.end) == (week_day(1, "03:00"), week_day(1, "04:00"))


def test_all_day_items_show_in_a_row_above_the_columns(
    qtbot: Any, two_staff: Desk, icloud: IcloudServer,
) -> None:
    tuesday = week_day(1).date()
    icloud.add_event("Home", "Trade fair", tuesday, date.fromordinal(tuesday.toordinal() + 1))
    assert two_staff.sync("Alex").ok
    window = make_window(qtbot, two_staff)
    team = team_on(qtbot, window)
    panel = team.panel
    lay = panel.view.layout_
    # Alex's Home calendar blocks Main too.
    assert [(b.item.title, b.day) for b in lay.all_day] == [("Trade fair", 0),
                                                            ("Trade fair", 1)]
    assert not any(b.item.all_day for b in panel.view.blocks())  # not in the hours
    block = lay.all_day[0]
    assert panel.header.rect().contains(block.rect.toRect())  # in the row above
    assert block.rect.top() >= panel.view.names_height()  # under the names
    with qtbot.waitSignal(panel.view.item_activated) as opened:
        qtbot.mouseDClick(panel.header, Qt.MouseButton.LeftButton,
                          pos=block.rect.center().toPoint())
    assert opened.args[0].title == "Trade fair" and opened.args[1].name == "Alex"
