"""Services in the window's booking form (issue 20 item 3): the services the business
offers reach the form the week opens, and the one chosen is booked with its buffers, so
they block the staff member as the command line's `book --service` does."""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import Any

import pytest

from jumpadesk.service import Desk
from jumpadesk.ui.booking_dialog import BookingDialog
from tests.helpers.window import Answers, make_window, shown
from tests.icloud_server import FIXED_WEEK, IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE, SUB

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_a_service_chosen_in_the_form_is_booked_with_its_buffer_which_blocks_the_next_slot(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    connected_desk.add_service("Colour", timedelta(hours=1), timedelta(0),
                               timedelta(minutes=30))
    start = week_day(2, "12:00")
    after = start + timedelta(hours=1)
    assert connected_desk.busy(SUB, after, after + timedelta(minutes=30)) == []
    window = make_window(qtbot, connected_desk, ask=Answers())
    window.show_week(FIXED_WEEK)
    qtbot.waitUntil(lambda: not window.schedule_pending, timeout=20_000)

    window.week_view.slot_selected.emit(start.astimezone(UTC),
                                        (start + timedelta(minutes=15)).astimezone(UTC))
    dialog = window.booking_dialog
    assert isinstance(dialog, BookingDialog)
    offered = [dialog.service_combo.itemData(n) for n in range(dialog.service_combo.count())]
    assert offered == [None, "Colour"]
    dialog.service_combo.setCurrentIndex(dialog.service_combo.findData("Colour"))
    dialog.name_edit.setText("Jana Weber")
    with qtbot.waitSignal(window.booking_done, timeout=60_000) as done:
        dialog.ok_button.click()

    appointment = done.args[0]
    assert (appointment.title, appointment.buffer_after_minutes) == ("Colour", 30)
    # The store says the half hour after the colour is taken...
    busy = connected_desk.busy(SUB, after, after + timedelta(minutes=30))
    assert busy and busy[0].start <= after and busy[-1].end >= after + timedelta(minutes=30)
    # ...and the week draws the block with its buffer.
    item = shown(window, "appointment", "Colour")
    assert item.end == after and item.buffer_after == timedelta(minutes=30)

    # Booking that half hour in the window is refused, naming the buffer.
    window.week_view.slot_selected.emit(after.astimezone(UTC),
                                        (after + timedelta(minutes=30)).astimezone(UTC))
    refused = window.booking_dialog
    assert isinstance(refused, BookingDialog)
    refused.title_edit.setText("Trim")
    with qtbot.waitSignal(window.booking_failed, timeout=60_000) as failed:
        refused.ok_button.click()
    assert "kept free after" in failed.args[0], failed.args[0]


def test_a_service_whose_buffer_runs_past_closing_asks_first_as_find_a_time_would_not_offer_it(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    """The colour ends at 18:00 sharp, but its half hour of cleaning up runs past closing:
    Find a Time would not offer 17:00 for it, so the window asks before booking it."""
    connected_desk.add_service("Colour", timedelta(hours=1), timedelta(0),
                               timedelta(minutes=30))
    answers = Answers(yes=False)
    window = make_window(qtbot, connected_desk, ask=answers)
    window.show_week(FIXED_WEEK)
    qtbot.waitUntil(lambda: not window.schedule_pending and bool(window.services),
                    timeout=20_000)
    start = week_day(1, "17:00")
    window.week_view.slot_selected.emit(start.astimezone(UTC),
                                        (start + timedelta(minutes=15)).astimezone(UTC))
    dialog = window.booking_dialog
    assert isinstance(dialog, BookingDialog)
    dialog.service_combo.setCurrentIndex(dialog.service_combo.findData("Colour"))
    assert dialog.end == week_day(1, "18:00")
    with qtbot.assertNotEmitted(window.booking_done, wait=300):
        dialog.ok_button.click()
    assert answers.asked == [("Book outside opening hours?", "That is outside opening "
                              "hours (Tuesday 09:00 \u2013 18:00). Book anyway?")]
    assert connected_desk.busy(SUB, start, start + timedelta(hours=2)) == []
