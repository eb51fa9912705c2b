"""A booking the window cannot make because the time is taken offers the nearest free
starts of the same length as buttons in the form (issue 20 item 2); pressing one moves
the form there, and booking it then succeeds. Real widgets, the iCloud-like server."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

import pytest

from jumpadesk.service import Desk
from jumpadesk.ui.booking_dialog import BookingDialog
from tests.helpers.clock import next_week
from tests.helpers.window import book_through_dialog, make_window
from tests.icloud_server import IcloudServer
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
BERLIN = ZoneInfo("Europe/Berlin")


def test_a_taken_time_offers_the_nearest_free_starts_as_buttons(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    icloud.add_event("Home", "Supplier visit", next_week(1, "10:00"), next_week(1, "11:30"))
    assert connected_desk.sync("Main").ok
    window = make_window(qtbot, connected_desk)
    window.show_week(next_week(0, "00:00").date())
    with qtbot.waitSignal(window.booking_failed, timeout=20_000) as failed:
        dialog = book_through_dialog(qtbot, window, next_week(1, "10:00"),
                                     next_week(1, "10:45"), "Colour", guest="Ann Lee")
    assert failed.args[0].endswith("; free from 11:30, 11:45, 12:00.")
    assert [b.text() for b in dialog.free_buttons] == ["11:30", "11:45", "12:00"]
    assert dialog.free_row.isVisible()

    dialog.free_buttons[0].click()
    assert (dialog.start, dialog.end) == (next_week(1, "11:30"), next_week(1, "12:15"))
    assert dialog.when_label.text().endswith("11:30 \u2013 12:15")
    assert dialog.error_text() == "" and not dialog.free_row.isVisible()
    assert dialog.name_edit.text() == "Ann Lee"  # what was typed stays
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        dialog.ok_button.click()
    assert dialog.result() == BookingDialog.DialogCode.Accepted
    [appt] = [i for i in connected_desk.schedule("Main", next_week(1, "00:00"),
                                                 next_week(2, "00:00"))
              if i.source == "appointment"]
    assert (appt.title, appt.start, appt.end) == (
        "Colour", next_week(1, "11:30"), next_week(1, "12:15"))
