"""Moving and resizing an appointment in the window (issue 10): drag its block to a new
time, or its bottom edge to a new end, and the event in iCloud changes once, in place;
a drop on busy time is refused with the sentence and nothing changes. Real widgets,
a real Desk on the iCloud-like server."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import QPoint, Qt

from jumpadesk.service import Desk
from jumpadesk.ui.change_time import ChangeTimeDialog
from jumpadesk.ui.week_view import WeekView
from tests.helpers.window import booked, click_in_week, make_window, shown
from tests.icloud_server import FIXED_WEEK, IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE, SUB

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
HOUR = timedelta(hours=1)


def start_in_icloud(icloud: IcloudServer, href: str) -> tuple[datetime, datetime]:
    text = icloud.get_event("Work", href)
    assert text is not None
    [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    return event.decoded("DTSTART"), event.decoded("DTEND")


def point(view: WeekView, day: int, minute: float, dy: float = 0) -> QPoint:
    lay = view.week_layout()
    x = lay.column_left(day) + lay.column_width / 2
    return QPoint(round(x), round(lay.y_for_minute(minute) - view.scroll_offset() + dy))


def drag(qtbot: Any, view: WeekView, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    middle = (start + end) / 2
    qtbot.mouseMove(view, QPoint(round(middle.x()), round(middle.y())))
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)



def test_dragging_an_appointment_to_a_free_hour_moves_its_icloud_event_once(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    start = week_day(1, "05:00")
    assert connected_desk.busy(SUB, start, start + 3 * HOUR) == []
    assert connected_desk.busy(SUB, week_day(2, "05:00"), week_day(2, "08:00")) == []
    window, item, href = booked(qtbot, connected_desk, icloud, start, start + HOUR)
    view = window.week_view.view
    [rect] = view.visible_rects_of(item)
    grab = QPoint(round(rect.center().x()), round(rect.top() + 3))
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        with qtbot.waitSignal(view.move_requested) as asked:
            drag(qtbot, view, grab, point(view, 2, 6 * 60, 3))  # Wednesday 06:00
    assert asked.args[1:] == [week_day(2, "06:00"), week_day(2, "07:00")]
    assert icloud.request_count("PUT") == 1
    assert start_in_icloud(icloud, href) == (week_day(2, "06:00"), week_day(2, "07:00"))
    moved = shown(window, "appointment", "Haircut")
    assert (moved.start, moved.end) == (week_day(2, "06:00"), week_day(2, "07:00"))
    assert "moved" in window.statusBar().currentMessage()


def test_resizing_by_the_bottom_edge_changes_only_the_end(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    start = week_day(1, "05:00")
    window, item, href = booked(qtbot, connected_desk, icloud, start, start + HOUR)
    view = window.week_view.view
    [rect] = view.visible_rects_of(item)
    edge = QPoint(round(rect.center().x()), round(rect.bottom() - 2))
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        drag(qtbot, view, edge, point(view, 1, 6 * 60 + 30, -2))
    assert start_in_icloud(icloud, href) == (start, week_day(1, "06:30"))
    assert icloud.request_count("PUT") == 1


def test_a_drop_on_busy_time_is_refused_and_changes_nothing(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    icloud.add_event("Home", "Dentist", week_day(2, "05:00"), week_day(2, "06:00"))
    assert connected_desk.sync(SUB).ok
    start = week_day(1, "05:00")
    window, item, href = booked(qtbot, connected_desk, icloud, start, start + HOUR)
    view = window.week_view.view
    [rect] = view.visible_rects_of(item)
    grab = QPoint(round(rect.center().x()), round(rect.top() + 3))
    target = point(view, 2, 5 * 60 + 30, 3)
    # While dragging, the preview over the dentist is red (it overlaps busy time).
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view, target)
    preview = view.current_selection()
    assert preview is not None and [i.title for i in preview.overlaps] == ["Dentist"]
    with qtbot.waitSignal(window.booking_failed, timeout=20_000) as failed:
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=target)
    assert failed.args[0].startswith("That time is not free") and "Dentist" in failed.args[0]
    assert icloud.request_count("PUT") == 0
    assert start_in_icloud(icloud, href) == (start, start + HOUR)
    still = shown(window, "appointment", "Haircut")
    assert (still.start, still.end) == (start, start + HOUR)


def test_a_drag_within_its_own_time_does_not_count_it_as_busy(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    start = week_day(1, "05:00")
    window, item, _href = booked(qtbot, connected_desk, icloud, start, start + HOUR)
    view = window.week_view.view
    [rect] = view.visible_rects_of(item)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton,
                     pos=QPoint(round(rect.center().x()), round(rect.top() + 3)))
    qtbot.mouseMove(view, point(view, 1, 5 * 60 + 30, 3))
    preview = view.current_selection()
    assert preview is not None and preview.overlaps == ()
    assert (preview.start, preview.end) == (week_day(1, "05:30"), week_day(1, "06:30"))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.current_selection() is None


def test_an_event_without_length_under_a_dragged_slot_is_free_to_book(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    """Issue 19: a reminder with no length (06:00-06:00) under a slot dragged over it
    leaves the preview free, as the booking check does; booking there succeeds."""
    icloud.add_event("Home", "Call back Mia", week_day(1, "06:00"), week_day(1, "06:00"))
    assert connected_desk.sync(SUB).ok
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    assert shown(window, "icloud", "Call back Mia").busy
    view = window.week_view.view
    view.scroll_to_minute(4 * 60)
    icloud.reset_requests()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=point(view, 1, 5 * 60 + 35))
    qtbot.mouseMove(view, point(view, 1, 6 * 60 + 25))
    preview = view.current_selection()
    assert preview is not None and preview.overlaps == ()
    assert (preview.start, preview.end) == (week_day(1, "05:30"), week_day(1, "06:30"))
    with qtbot.waitSignal(view.slot_selected):
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=point(view, 1, 6 * 60 + 25))
    dialog = window.booking_dialog
    assert dialog is not None
    dialog.title_edit.setText("Haircut")
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        dialog.ok_button.click()
    made = shown(window, "appointment", "Haircut")
    assert (made.start, made.end) == (week_day(1, "05:30"), week_day(1, "06:30"))
    assert icloud.request_count("PUT") == 1


def test_change_time_in_the_details_moves_it(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    start = week_day(1, "05:00")
    window, item, href = booked(qtbot, connected_desk, icloud, start, start + HOUR)
    details = click_in_week(qtbot, window, item)
    assert details.change_time_button is not None
    assert details.change_time_button.text() == "Change time…"
    details.change_time_button.click()
    dialog = window.booking.change_time_dialog
    assert isinstance(dialog, ChangeTimeDialog) and dialog.isVisible()
    dialog.start_edit.setTime(dialog.start_edit.time().addSecs(3600))
    dialog.end_edit.setTime(dialog.end_edit.time().addSecs(1800))  # To followed From
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        dialog.buttons.accepted.emit()
    assert start_in_icloud(icloud, href) == (week_day(1, "06:00"), week_day(1, "07:30"))
    assert icloud.request_count("PUT") == 1


def test_the_bottom_edge_of_an_appointment_shows_the_resize_cursor(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    start = week_day(1, "05:00")
    window, item, _href = booked(qtbot, connected_desk, icloud, start, start + HOUR)
    view = window.week_view.view
    [rect] = view.visible_rects_of(item)
    qtbot.mouseMove(view, QPoint(round(rect.center().x()), round(rect.bottom() - 2)))
    assert view.cursor().shape() == Qt.CursorShape.SizeVerCursor
    qtbot.mouseMove(view, rect.center().toPoint())
    assert view.cursor().shape() == Qt.CursorShape.PointingHandCursor


def test_a_move_on_out_of_date_calendars_asks_first_then_moves(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    start = week_day(1, "05:00")
    window, item, href = booked(qtbot, connected_desk, icloud, start, start + HOUR)
    answers = window.ask
    icloud.fail_next(10_000, status=500, method="PROPFIND")  # the sync before it fails
    with qtbot.waitSignal(window.booking_done, timeout=60_000):
        window.booking.move_appointment(item, week_day(1, "06:00"), week_day(1, "07:00"))
    assert [title for title, _ in answers.asked] == ["Move anyway?"]  # type: ignore[attr-defined]
    assert answers.asked[0][1].endswith("Move anyway?")  # type: ignore[attr-defined]
    assert start_in_icloud(icloud, href) == (week_day(1, "06:00"), week_day(1, "07:00"))


def test_a_move_to_a_time_already_past_asks_first(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    """The window's clock is Monday 07:00 of the seeded week: Monday 05:00 has passed."""
    start = week_day(1, "05:00")
    window, item, href = booked(qtbot, connected_desk, icloud, start, start + HOUR)
    window.ask.yes = False  # type: ignore[attr-defined]
    assert window.booking.move_appointment(item, week_day(0, "05:00"), week_day(0, "06:00")) is None
    assert [t for t, _ in window.ask.asked] == ["Move to a past time?"]  # type: ignore[attr-defined]
    assert icloud.request_count("PUT") == 0
    assert start_in_icloud(icloud, href) == (start, start + HOUR)
