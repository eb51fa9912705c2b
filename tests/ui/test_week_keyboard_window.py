"""The keyboard alone, end to end in the main window: book a slot, then remove what was
made, with the same confirmation as the details' buttons."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from jumpadesk.service import Desk
from jumpadesk.ui.booking_dialog import BookingDialog, BookingRequest
from jumpadesk.ui.main_window import MainWindow
from tests.helpers.window import Answers, make_window, shown_items
from tests.icloud_server import FIXED_WEEK, IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE, SUB

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def tab_to(qtbot: Any, window: MainWindow, title: str) -> None:
    """Walk the week's blocks with Tab until one with this title has the focus."""
    view = window.week_view.view
    view.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(len(view.week_layout().items_in_order())):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        focused = view.focused_item()
        if focused is not None and focused.title == title:
            return
    raise AssertionError(f"Tab never reached {title!r}")


def test_the_keyboard_books_a_slot_the_arrows_chose(qtbot: Any, connected_desk: Desk) -> None:
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    view = window.week_view.view
    view.select_slot(1, 12 * 60, 12 * 60 + 30)  # where the arrows would have got to
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = window.booking_dialog
    assert isinstance(dialog, BookingDialog)
    assert (dialog.start, dialog.end) == (week_day(1, "12:00"), week_day(1, "13:00"))
    dialog.reject()


def test_delete_on_a_blocked_slot_asks_and_removes_it(
    qtbot: Any, connected_desk: Desk
) -> None:
    answers = Answers()
    window = make_window(qtbot, connected_desk, ask=answers)
    window.show_week(FIXED_WEEK)
    with qtbot.waitSignal(window.booking_done, timeout=10_000):
        window.booking.submit_booking(BookingRequest("block", week_day(6, "09:00"),
                                             week_day(6, "10:00"), "Closed"))
    tab_to(qtbot, window, "Closed")
    with qtbot.waitSignal(window.booking_done, timeout=10_000):
        qtbot.keyClick(window.week_view.view, Qt.Key.Key_Delete)
    assert answers.asked[-1][0] == "Remove blocked slot?"
    assert not [i for i in shown_items(window) if i.source == "blocked"]


def test_delete_on_an_appointment_asks_and_cancels_it_in_icloud(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    answers = Answers()
    window = make_window(qtbot, connected_desk, ask=answers)
    window.show_week(FIXED_WEEK)
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        window.booking.submit_booking(BookingRequest("appointment", week_day(0, "10:00"),
                                             week_day(0, "11:00"), "Massage",
                                             name="Jana Weber"))
    written = len(icloud.hrefs("Work"))
    tab_to(qtbot, window, "Massage")
    appointment = window.week_view.view.focused_item()
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        qtbot.keyClick(window.week_view.view, Qt.Key.Key_Delete)
    assert answers.asked[-1][0] == "Cancel appointment?"
    assert len(icloud.hrefs("Work")) == written - 1
    assert connected_desk.appointment(SUB, appointment.ref_id).status == "cancelled"


def test_the_legend_lists_every_conflict_calendar_in_an_empty_week(
    qtbot: Any, connected_desk: Desk
) -> None:
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    first = [e.label for e in window.week_view.legend.entries() if e.style == "solid"]
    with qtbot.waitSignal(window.schedule_reloaded):  # read off the GUI thread
        window.show_week(date(2000, 1, 3))  # before any event began
    assert not shown_items(window)
    later = [e.label for e in window.week_view.legend.entries() if e.style == "solid"]
    conflict = sorted((c.name for c in connected_desk.calendars(SUB) if c.conflict),
                      key=str.lower)
    assert first == later == conflict and conflict


def test_every_legend_entry_is_painted_inside_the_legend(
    qtbot: Any, connected_desk: Desk
) -> None:
    window = make_window(qtbot, connected_desk)
    window.resize(1280, 820)
    window.show_week(FIXED_WEEK)
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the layout settles, asking the legend's height for other widths
    legend = window.week_view.legend
    placed = legend.placed()
    assert [entry for entry, _ in placed] == legend.entries()
    assert all(legend.rect().toRectF().contains(rect) for _, rect in placed)


def test_a_slot_booked_with_the_keyboard_is_no_longer_selected(
    qtbot: Any, connected_desk: Desk
) -> None:
    """Issue 21 item 1: after Enter books the selected time, no red "overlaps busy time"
    selection stays on top of the appointment just made."""
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    view = window.week_view.view
    view.select_slot(1, 12 * 60, 12 * 60 + 30)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = window.booking_dialog
    assert isinstance(dialog, BookingDialog)
    dialog.title_edit.setText("Trim")
    dialog.name_edit.setText("Jana Weber")
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        dialog.ok_button.click()
    assert [i.title for i in shown_items(window) if i.source == "appointment"] == ["Trim"]
    assert view.current_selection() is None


def test_a_booking_given_up_keeps_the_selected_time(qtbot: Any, connected_desk: Desk) -> None:
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    view = window.week_view.view
    view.select_slot(1, 12 * 60, 12 * 60 + 30)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    window.booking_dialog.reject()
    assert view.current_selection() is not None
