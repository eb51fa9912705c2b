"""Undoing a change made at this desk (issue 20 item 5), through Desk against the
iCloud-like server on a real store (SQLite and PostgreSQL): a cancel undone is booked
again in its calendar as it was; a move undone goes back; an edit undone is written back
in place; an undo that would now double book is refused with the usual sentence and
changes nothing."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from jumpadesk.config import Settings
from jumpadesk.errors import ChangedOnServer, SlotTaken
from jumpadesk.kinds import AppointmentStatus
from jumpadesk.service import Desk
from jumpadesk.services.appointment_edit import Changes
from jumpadesk.services.undo import CancelDone, EditDone, MoveDone
from jumpadesk.sync.client import CalDAVClient
from tests.icloud_server import IcloudServer

BERLIN = ZoneInfo("Europe/Berlin")
FIVE = datetime(2026, 12, 7, 5, 0, tzinfo=BERLIN)  # nothing else there until 09:00
HOUR = timedelta(hours=1)


@pytest.fixture
def desk(jumpadesk_home: Path, icloud: IcloudServer) -> Desk:
    def factory(server_url: str, apple_id: str, password: str) -> CalDAVClient:
        return CalDAVClient(server_url, apple_id, password, sleep=lambda _s: None, timeout=10)

    d = Desk(settings=Settings(), client_factory=factory)
    d.set_timezone("Main", "Europe/Berlin")
    d.connect("Main", icloud.apple_id, icloud.password, icloud.url)
    d.configure("Main", "Work", ["Home", "Family"])
    assert d.sync("Main").ok
    return d


def _ours(icloud: IcloudServer) -> list[icalendar.Event]:
    """The events jumpadesk wrote to Work."""
    events = []
    for href in icloud.hrefs("Work"):
        text = icloud.get_event("Work", href)
        if text is not None and "@jumpadesk" in text:
            events.extend(icalendar.Calendar.from_ical(text).walk("VEVENT"))
    return events


def test_a_cancel_undone_is_booked_again_in_its_calendar_as_it_was(
    desk: Desk, icloud: IcloudServer,
) -> None:
    appt = desk.book("Main", FIVE, FIVE + HOUR, "Haircut", "Ann Lee", "ann@example.com",
                     "+49 30 1234567")
    assert appt.id is not None
    desk.cancel("Main", appt.id)
    assert _ours(icloud) == []
    step = CancelDone("Main", appt.id, "Haircut \u00b7 Ann Lee")
    assert step.label == "Cancel of Haircut \u00b7 Ann Lee"
    assert desk.undo(step) == "Booked again: Haircut \u00b7 Ann Lee."
    again = desk.appointment("Main", appt.id)
    assert (again.status, again.cancelled_by) == (AppointmentStatus.WRITTEN, "")
    (event,) = _ours(icloud)
    assert (str(event["SUMMARY"]), event.decoded("DTSTART")) == ("Haircut", FIVE)
    assert "Phone: +49 30 1234567" in str(event["DESCRIPTION"])
    assert [(b.start, b.end) for b in desk.busy("Main", FIVE, FIVE + HOUR)] == [
        (FIVE, FIVE + HOUR)]


def test_a_cancel_undone_after_the_time_was_taken_is_refused_and_changes_nothing(
    desk: Desk, icloud: IcloudServer,
) -> None:
    appt = desk.book("Main", FIVE, FIVE + HOUR, "Haircut", "Ann Lee")
    assert appt.id is not None
    desk.cancel("Main", appt.id)
    taken = desk.book("Main", FIVE + HOUR / 2, FIVE + 2 * HOUR, "Fringe", "Bo Berg")
    with pytest.raises(SlotTaken) as refused:
        desk.undo(CancelDone("Main", appt.id, "Haircut \u00b7 Ann Lee"))
    assert str(refused.value).startswith(
        "That time is not free: it overlaps Fringe (Work, Mon 05:30\u201307:00, Appointment "
        "booked in jumpadesk); free from ")
    assert "free from" in str(refused.value)
    assert desk.appointment("Main", appt.id).status == AppointmentStatus.CANCELLED
    assert [str(e["SUMMARY"]) for e in _ours(icloud)] == ["Fringe"]
    assert taken.id is not None
    assert desk.appointment("Main", taken.id).status == AppointmentStatus.WRITTEN


def test_a_move_undone_goes_back_and_an_edit_undone_is_written_back_in_place(
    desk: Desk, icloud: IcloudServer,
) -> None:
    appt = desk.book("Main", FIVE, FIVE + HOUR, "Haircut", "Ann Lee", "", "+49 30 7654321")
    assert appt.id is not None
    desk.move_appointment("Main", appt.id, FIVE + 2 * HOUR, FIVE + 3 * HOUR)
    assert desk.undo(MoveDone("Main", appt.id, "Haircut", FIVE, FIVE + HOUR)) == (
        "Moved back: Haircut.")
    (event,) = _ours(icloud)
    assert event.decoded("DTSTART") == FIVE
    edited = desk.edit_appointment("Main", appt.id, Changes(phone="+49 30 1234567"))
    step = EditDone("Main", appt.id, "Haircut \u00b7 Ann Lee", edited.before, edited.after)
    assert desk.undo(step) == "Changed back: Haircut \u00b7 Ann Lee."
    (event,) = _ours(icloud)
    assert "Phone: +49 30 7654321" in str(event["DESCRIPTION"])
    assert str(event["UID"]) == appt.uid
    assert desk.appointment("Main", appt.id).guest_phone == "+49 30 7654321"
    # Undone once: the edit is no longer what it says, so a second undo changes nothing.
    with pytest.raises(ChangedOnServer, match="was changed at another desk since"):
        desk.undo(step)
