"""The team's day's edges (issue 20 items 1 and 4) in real widgets against the iCloud-like
server and a real store: an appointment made longer by dragging its lower edge (the
store and the server have the new end; into another booking the preview is red, the move
refused with the usual sentence and nothing changes), Delete on a focused block cancels
it after asking (a blocked slot is removed only when the answer is yes), and a guest
marked arrived or no-show shows on the block in the team's day and the week (the mark
before the title, a no-show struck and faded, the spoken and hover text saying it)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QImage
from PySide6.QtWidgets import QApplication

from jumpadesk.service import Desk
from jumpadesk.ui.event_details import tooltip_html
from jumpadesk.ui.main_window import MainWindow
from tests.helpers.team import add_alex, column_texts, team_on
from tests.helpers.window import Answers, make_window, settled
from tests.icloud_server import IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE, SUB

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
#: A menu popped up offscreen: the plugin cannot raise it or grab the keyboard for it.
MENU_NOISE = (OFFSCREEN_NOISE, "This plugin does not support raise",
              "This plugin does not support grabbing the keyboard")

#: When the front desk marks the guests: Tuesday noon, after the morning's appointments.
NOON = week_day(1, "12:00")


@pytest.fixture
def two_staff(connected_desk: Desk, icloud: IcloudServer) -> Desk:
    """Main (Work linked; Home, Work, Family block) and Alex (Home linked)."""
    return add_alex(connected_desk, icloud)


def appointments(desk: Desk, name: str) -> list[tuple[str, object, object]]:
    return sorted((i.title, i.start, i.end)
                  for i in desk.schedule(name, week_day(1), week_day(2))
                  if i.source == "appointment")


def span_in_icloud(icloud: IcloudServer, calendar: str, href: str) -> tuple[datetime, datetime]:
    text = icloud.get_event(calendar, href)
    assert text is not None
    [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    return event.decoded("DTSTART").astimezone(UTC), event.decoded("DTEND").astimezone(UTC)


def block_of(view: Any, ref: int) -> Any:
    [block] = [b for b in view.blocks() if b.item.ref_id == ref]
    return block


def lower_edge(block: Any) -> QPoint:
    return QPoint(round(block.rect.center().x()), round(block.rect.bottom() - 2))


def at(view: Any, column: int, minute: float) -> QPoint:
    lay = view.layout_
    return QPoint(int(lay.column_left(column) + lay.column_width / 2),
                  int(lay.y_for_minute(minute)))


def red_pixels(image: QImage, rect: QRectF) -> int:
    """How many pixels in `rect` are reddish (the clash colour of a preview)."""
    ratio = image.devicePixelRatio()
    count = 0
    for y in range(int(rect.top() * ratio), int(rect.bottom() * ratio), 2):
        for x in range(int(rect.left() * ratio), int(rect.right() * ratio), 2):
            c = QColor(image.pixel(x, y))
            count += c.red() > c.green() + 25 and c.red() > c.blue() + 25
    return count


def test_dragging_the_lower_edge_makes_an_appointment_longer_in_the_store_and_in_icloud(
    qtbot: Any, two_staff: Desk, icloud: IcloudServer,
) -> None:
    appt = two_staff.book("Alex", week_day(1, "05:00"), week_day(1, "06:00"), "Haircut",
                          "Ann Lee")
    answers = Answers()
    window = make_window(qtbot, two_staff, ask=answers)
    team = team_on(qtbot, window)
    view = team.panel.view
    edge = lower_edge(block_of(view, appt.id))
    team.panel.scroll_area.ensureVisible(edge.x(), edge.y(), 50, 150)  # under the pointer
    qtbot.mouseMove(view, edge)
    assert view.cursor().shape() == Qt.CursorShape.SizeVerCursor  # the edge says so
    qtbot.mouseMove(view, block_of(view, appt.id).rect.center().toPoint())
    assert view.cursor().shape() != Qt.CursorShape.SizeVerCursor

    target = at(view, 0, 7 * 60 + 30)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(view, QPoint(edge.x(), edge.y() + 20))
    qtbot.mouseMove(view, target)
    preview = view.layout_.slot_rect(0, 5 * 60, 7 * 60 + 30)
    assert red_pixels(view.grab().toImage(), preview) == 0  # free: not red
    with qtbot.waitSignal(window.booking_done, timeout=30_000):
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=target)
    assert answers.asked == []
    assert appointments(two_staff, "Alex") == [
        ("Haircut", week_day(1, "05:00"), week_day(1, "07:30"))]
    href = two_staff.appointment("Alex", appt.id).href
    assert span_in_icloud(icloud, "Home", href) == (week_day(1, "05:00").astimezone(UTC),
                                                    week_day(1, "07:30").astimezone(UTC))
    settled(qtbot, window)
    qtbot.waitUntil(lambda: [(b.start_minute, b.end_minute) for b in view.blocks()
                             if b.item.ref_id == appt.id] == [(5 * 60, 7 * 60 + 30)],
                    timeout=20_000)


def test_a_lower_edge_dragged_into_another_booking_is_red_and_refused_and_nothing_changes(
    qtbot: Any, two_staff: Desk, icloud: IcloudServer,
) -> None:
    appt = two_staff.book("Alex", week_day(1, "05:00"), week_day(1, "06:00"), "Haircut",
                          "Ann Lee")
    two_staff.book("Alex", week_day(1, "06:30"), week_day(1, "07:30"), "Colour", "Eva Roth")
    href = two_staff.appointment("Alex", appt.id).href
    before = span_in_icloud(icloud, "Home", href)
    puts = icloud.request_count("PUT")
    window = make_window(qtbot, two_staff)
    team = team_on(qtbot, window)
    view = team.panel.view
    edge = lower_edge(block_of(view, appt.id))
    target = at(view, 0, 7 * 60)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(view, QPoint(edge.x(), edge.y() + 20))
    qtbot.mouseMove(view, target)
    # The preview's free part (06:00-06:30) is red too: the whole new time clashes.
    free_part = view.layout_.slot_rect(0, 6 * 60 + 5, 6 * 60 + 25)
    assert red_pixels(view.grab().toImage(), free_part) > 20
    with qtbot.waitSignal(window.booking_failed, timeout=30_000) as failed:
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=target)
    assert failed.args[0].startswith("That time is not free") and "Colour" in failed.args[0]
    assert appointments(two_staff, "Alex") == [
        ("Colour", week_day(1, "06:30"), week_day(1, "07:30")),
        ("Haircut", week_day(1, "05:00"), week_day(1, "06:00"))]
    assert span_in_icloud(icloud, "Home", href) == before
    assert icloud.request_count("PUT") == puts


def test_delete_on_a_focused_block_cancels_the_appointment_after_asking(
    qtbot: Any, two_staff: Desk, icloud: IcloudServer,
) -> None:
    appt = two_staff.book("Alex", week_day(1, "05:00"), week_day(1, "06:00"), "Haircut",
                          "Ann Lee")
    href = two_staff.appointment("Alex", appt.id).href
    answers = Answers()
    window = make_window(qtbot, two_staff, ask=answers)
    team = team_on(qtbot, window)
    view = team.panel.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.focus_item is not None and view.focus_item.title == "Haircut"
    with qtbot.waitSignal(window.booking_done, timeout=30_000):
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert answers.asked[-1][0] == "Cancel appointment?"
    assert "Haircut" in answers.asked[-1][1]
    assert appointments(two_staff, "Alex") == []
    assert icloud.get_event("Home", href) is None
    settled(qtbot, window)
    qtbot.waitUntil(lambda: not any("Haircut" in t for t in column_texts(team, 0)),
                    timeout=20_000)


def test_delete_on_a_focused_blocked_slot_removes_it_only_when_the_answer_is_yes(
    qtbot: Any, two_staff: Desk,
) -> None:
    two_staff.block("Alex", week_day(1, "05:00"), week_day(1, "06:00"), "Lunch")
    answers = Answers(yes=False)
    window = make_window(qtbot, two_staff, ask=answers)
    team = team_on(qtbot, window)
    view = team.panel.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.focus_item is not None and view.focus_item.title == "Lunch"
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert answers.asked[-1][0] == "Remove blocked slot?"
    assert [i.title for i in two_staff.schedule("Alex", week_day(1), week_day(2))
            if i.source == "blocked"] == ["Lunch"]
    answers.yes = True
    with qtbot.waitSignal(window.booking_done, timeout=30_000):
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [i.title for i in two_staff.schedule("Alex", week_day(1), week_day(2))
            if i.source == "blocked"] == []


def marked_three(desk: Desk, name: str) -> tuple[int, int, int]:
    """Three appointments of `name` on Tuesday morning: one arrived, one a no-show, one
    not marked (each an hour, 05:00, 07:00, 09:00)."""
    ids = []
    for hour, (title, guest) in zip((5, 7, 9), (("Haircut", "Ann Lee"), ("Colour", "Eva Roth"),
                                                 ("Fringe", "Ida Lund")), strict=True):
        ids.append(desk.book(name, week_day(1, f"{hour:02d}:00"),
                             week_day(1, f"{hour + 1:02d}:00"), title, guest).id)
    desk.mark_attendance(ids[0], "arrived", now=NOON)
    desk.mark_attendance(ids[1], "no-show", now=NOON)
    return ids[0], ids[1], ids[2]


def fill_at(image: QImage, rect: QRectF) -> QColor:
    """The block's fill near its lower right corner (away from the text and the edge)."""
    ratio = image.devicePixelRatio()
    point = QPointF(rect.right() - 6, rect.bottom() - 6) * ratio
    return QColor(image.pixel(int(point.x()), int(point.y())))


def test_arrived_and_no_show_are_marked_on_the_team_day_s_blocks(
    qtbot: Any, two_staff: Desk,
) -> None:
    arrived, no_show, unmarked = marked_three(two_staff, "Alex")
    window = make_window(qtbot, two_staff)
    team = team_on(qtbot, window)
    view = team.panel.view
    texts = [t for t in column_texts(team, 0) if "\u00b7" in t]  # the appointments
    assert texts[0].startswith("\u2713 Haircut \u00b7 Ann Lee")
    assert texts[1].startswith("\u2717 Colour \u00b7 Eva Roth")
    assert texts[2].startswith("Fringe \u00b7 Ida Lund")
    image = view.grab().toImage()
    plain = fill_at(image, block_of(view, unmarked).rect)
    assert fill_at(image, block_of(view, arrived).rect) == plain
    assert fill_at(image, block_of(view, no_show).rect) != plain  # faded
    item = block_of(view, no_show).item
    assert "No-show" in tooltip_html(item, team.snapshot.columns[0].zone)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.accessibleName().endswith("appointment, arrived")
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.accessibleName().endswith("appointment, no-show")


def week_item(window: MainWindow, ref: int) -> Any:
    assert window.week is not None
    [item] = [i for i in window.week.items if i.ref_id == ref and i.source == "appointment"]
    return item


def test_arrived_and_no_show_are_marked_on_the_week_s_blocks(
    qtbot: Any, connected_desk: Desk,
) -> None:
    arrived, no_show, unmarked = marked_three(connected_desk, SUB)
    window = make_window(qtbot, connected_desk)
    view = window.week_view.view
    scene = view.scene
    assert week_item(window, arrived).attendance == "arrived"  # read with the week
    [[first, *_]] = scene.texts_of(week_item(window, arrived))
    assert first.startswith("\u2713 Haircut")
    [[first, *_]] = scene.texts_of(week_item(window, no_show))
    assert first.startswith("\u2717 Colour")
    [[first, *_]] = scene.texts_of(week_item(window, unmarked))
    assert first.startswith("Fringe")
    view.scroll_to_minute(4 * 60 + 30)  # the morning in sight
    image = view.grab().toImage()
    [plain] = view.visible_rects_of(week_item(window, unmarked))
    [gone] = view.visible_rects_of(week_item(window, no_show))
    [came] = view.visible_rects_of(week_item(window, arrived))
    assert fill_at(image, came) == fill_at(image, plain)
    assert fill_at(image, gone) != fill_at(image, plain)
    assert "Arrived" in tooltip_html(week_item(window, arrived), window.tz)


@pytest.mark.qt_log_ignore(*MENU_NOISE)
def test_a_right_click_on_a_team_block_marks_the_guest_arrived(
    qtbot: Any, two_staff: Desk,
) -> None:
    appt = two_staff.book("Alex", week_day(1, "05:00"), week_day(1, "06:00"), "Haircut",
                          "Ann Lee")
    window = make_window(qtbot, two_staff, clock=lambda: NOON)
    team = team_on(qtbot, window)
    view = team.panel.view
    centre = block_of(view, appt.id).rect.center().toPoint()
    team.panel.scroll_area.ensureVisible(centre.x(), centre.y(), 50, 150)
    # What the window system sends for a right-click (QTest's click makes none offscreen).
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre,
                                                   view.mapToGlobal(centre)))
    menu = window.views.marks.menu
    assert menu is not None and menu.isVisible()
    assert [a.text() for a in menu.actions()] == ["Arrived", "No-show", "Clear Mark"]
    with qtbot.waitSignal(window.views.marks.marked, timeout=30_000) as marked:
        menu.actions()[0].trigger()
    assert "arrived" in marked.args[0].lower()
    assert two_staff.booking_record(appt.id).attendance == "arrived"
    qtbot.waitUntil(lambda: column_texts(team, 0)[:1] != []
                    and column_texts(team, 0)[0].startswith("\u2713 Haircut"), timeout=20_000)


@pytest.mark.qt_log_ignore(*MENU_NOISE)
def test_the_menu_key_on_a_focused_week_block_marks_a_no_show(
    qtbot: Any, connected_desk: Desk,
) -> None:
    appt = connected_desk.book(SUB, week_day(1, "05:00"), week_day(1, "06:00"), "Haircut",
                               "Ann Lee")
    other = connected_desk.book(SUB, week_day(1, "07:00"), week_day(1, "08:00"), "Colour",
                                "Eva Roth")
    window = make_window(qtbot, connected_desk, clock=lambda: NOON)
    view = window.week_view.view
    view.scroll_to_minute(4 * 60 + 30)
    view.focus_item(week_item(window, appt.id))
    # The Menu key: the menu is the focused block's, wherever the pointer is (here over
    # the other appointment).
    [elsewhere] = view.visible_rects_of(week_item(window, other.id))
    point = elsewhere.center().toPoint()
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, point,
                                                   view.mapToGlobal(point)))
    menu = window.views.marks.menu
    assert menu is not None and menu.isVisible()
    with qtbot.waitSignal(window.views.marks.marked, timeout=30_000):
        [no_show] = [a for a in menu.actions() if a.objectName() == "mark-no-show"]
        no_show.trigger()
    assert connected_desk.booking_record(appt.id).attendance == "no-show"
    qtbot.waitUntil(lambda: week_item(window, appt.id).attendance == "no-show",
                    timeout=20_000)
    [[first, *_]] = view.scene.texts_of(week_item(window, appt.id))
    assert first.startswith("\u2717 Haircut")
    assert connected_desk.booking_record(other.id).attendance == ""
