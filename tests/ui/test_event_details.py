"""The details of one schedule item (jumpadesk/ui/event_details.py): the reason chip
says whether and why the item blocks, the fields say what and when, and an item's own
action (cancel an appointment, remove a blocked slot) is offered only when asked for and
hands the item back to the owner."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest

from jumpadesk.availability import ScheduleItem
from jumpadesk.kinds import OccurrenceKind, Reason, Source
from jumpadesk.service import Desk
from jumpadesk.ui.event_details import NOT_IN_ICLOUD, EventDetails, item_title
from tests.icloud_server import FIXED_ZONE
from tests.ui.conftest import OFFSCREEN_NOISE, SUB

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

START = datetime(2026, 3, 10, 10, 0, tzinfo=FIXED_ZONE)


def _icloud(**changes: Any) -> ScheduleItem:
    item = ScheduleItem(
        start=START, end=START + timedelta(hours=1), title="Dentist", busy=True,
        source=Source.ICLOUD, reason=Reason.BUSY, calendar="Home", calendar_id=3,
        color="#1E88E5", ref_id=11, location="Main Street 4", account="anna@icloud.com")
    return replace(item, **changes)


def _appointment(status: str = "written") -> ScheduleItem:
    return ScheduleItem(
        start=START, end=START + timedelta(minutes=45), title="Haircut", busy=True,
        source=Source.APPOINTMENT, reason=Reason.APPOINTMENT, calendar="Work",
        calendar_id=4, color="#2E7D32", ref_id=7, status=status)


@pytest.fixture
def blocked_slot(desk: Desk) -> ScheduleItem:
    """A blocked slot as the week view gets it: blocked through the Desk, read back."""
    desk.block(SUB, START, START + timedelta(hours=2), "Lunch")
    (item,) = [i for i in desk.schedule(SUB, START - timedelta(hours=1),
                                        START + timedelta(hours=3))
               if i.source == Source.BLOCKED]
    return item


def _open(qtbot: Any, item: ScheduleItem, **kwargs: Any) -> EventDetails:
    dialog = EventDetails(item, FIXED_ZONE, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_a_busy_icloud_event_says_it_blocks_and_why(qtbot: Any) -> None:
    dialog = _open(qtbot, _icloud())
    assert dialog.reason_label.text() == "Blocks booking: Busy in iCloud."
    assert dialog.windowTitle() == "Dentist"
    assert dialog.fields["Calendar"] == "Home \u00b7 anna@icloud.com"
    assert dialog.fields["Location"] == "Main Street 4"
    assert dialog.fields["Time zone"] == FIXED_ZONE.key
    assert "10:00" in dialog.fields["When"] and "11:00" in dialog.fields["When"]
    assert dialog.fields["Length"]
    assert dialog.warning_labels == {}


@pytest.mark.parametrize(("reason", "words"), [(Reason.FREE, "Free in iCloud"),
                                               (Reason.DECLINED, "Declined invitation")])
def test_an_event_that_does_not_block_says_why(qtbot: Any, reason: str, words: str) -> None:
    dialog = _open(qtbot, _icloud(busy=False, reason=reason))
    assert dialog.reason_label.text() == f"Does not block: {words}."


def test_travel_time_names_the_event_it_comes_before(qtbot: Any) -> None:
    dialog = _open(qtbot, _icloud(kind=OccurrenceKind.TRAVEL, reason=Reason.TRAVEL))
    assert dialog.windowTitle() == "Travel time"
    assert dialog.reason_label.text() == "Blocks booking: Travel time before \u201cDentist\u201d."
    assert dialog.fields["Before"] == "Dentist"
    free = _open(qtbot, _icloud(kind=OccurrenceKind.TRAVEL, reason=Reason.TRAVEL, busy=False))
    assert free.reason_label.text() == "Does not block: Travel time before an event that is free."


def test_an_icloud_event_offers_no_action_even_when_asked(qtbot: Any) -> None:
    dialog = _open(qtbot, _icloud(), actions=True)
    assert dialog.action_buttons() == []


def test_extra_rows_are_shown_and_empty_ones_left_out(qtbot: Any) -> None:
    dialog = _open(qtbot, _appointment(), extra_rows=[("Guest", "Ben Miller"), ("Phone", "")])
    assert dialog.fields["Guest"] == "Ben Miller"
    assert "Phone" not in dialog.fields


def test_an_appointment_offers_change_and_cancel_only_with_actions(qtbot: Any) -> None:
    item = _appointment()
    plain = _open(qtbot, item)
    assert plain.action_buttons() == []
    dialog = _open(qtbot, item, actions=True)
    assert dialog.reason_label.text() == "Booked in jumpadesk: this time is held for it."
    assert [b.text() for b in dialog.action_buttons()] == ["Change time…", "Edit…",
                                                           "Cancel appointment…"]
    assert dialog.unblock_button is None
    with qtbot.waitSignal(dialog.cancel_requested) as signal:
        dialog.cancel_button.click()
    assert signal.args == [item]
    assert dialog.result() == EventDetails.DialogCode.Accepted


def test_a_blocked_slot_offers_remove_and_hands_the_item_back(
        qtbot: Any, blocked_slot: ScheduleItem) -> None:
    dialog = _open(qtbot, blocked_slot, actions=True)
    assert dialog.windowTitle() == "Lunch"
    assert dialog.reason_label.text() == "Blocks booking: Blocked slot."
    assert [b.text() for b in dialog.action_buttons()] == ["Remove blocked slot"]
    assert dialog.cancel_button is None
    with qtbot.waitSignal(dialog.unblock_requested) as signal:
        dialog.unblock_button.click()
    assert signal.args == [blocked_slot]
    assert _open(qtbot, blocked_slot).action_buttons() == []


def test_an_item_without_a_row_offers_no_action(qtbot: Any) -> None:
    dialog = _open(qtbot, replace(_appointment(), ref_id=None), actions=True)
    assert dialog.action_buttons() == []


def test_a_pending_appointment_says_it_is_not_yet_in_icloud(qtbot: Any) -> None:
    item = _appointment(status="pending")
    assert not item.confirmed
    dialog = _open(qtbot, item)
    assert dialog.windowTitle() == f"Haircut ({NOT_IN_ICLOUD})"
    assert item_title(item) == dialog.windowTitle()
    warning = dialog.warning_labels["pending"].text()
    assert warning.startswith("Not yet in iCloud:")
    assert "Work" in warning  # the calendar the next sync writes it to
    assert dialog.reason_label.text().endswith("this time is held for it.")  # still blocks


def test_an_overlapped_appointment_names_what_overlaps_it(qtbot: Any) -> None:
    item = replace(_appointment(), overlapped_by=("Dentist", "Gym", "School run"))
    dialog = _open(qtbot, item)
    text = dialog.warning_labels["overlap"].text()
    assert "Dentist, Gym and School run now overlaps" in text
    assert "pending" not in dialog.warning_labels


def test_an_appointments_details_are_not_a_red_refusal(qtbot: Any) -> None:
    """Issue 21 item 10: an ordinary appointment's details said "Blocks booking" in red,
    as if something were in the way; a busy event of a calendar still does."""
    import re

    from jumpadesk.ui.colors import color_distance

    def chip_text_color(dialog: EventDetails) -> str:
        return re.search(r" color: (#[0-9a-fA-F]{6})", dialog.reason_label.styleSheet())[1]

    ours = _open(qtbot, _appointment(), actions=True)
    assert not ours.reason_label.text().startswith("Blocks booking")
    assert color_distance(chip_text_color(ours), "#B3261E") > 40
    busy = _open(qtbot, _icloud())
    assert busy.reason_label.text().startswith("Blocks booking")
    assert color_distance(chip_text_color(busy), "#B3261E") < 20
