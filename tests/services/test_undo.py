"""Undoing a change made at this desk (issue 20 item 5), through Desk against the
iCloud-like server on a real store (SQLite and PostgreSQL): a cancel undone is booked
again in its calendar as it was; a move undone goes back; an edit undone is written back
in place; an appointment given to another staff member, undone, is given back the way it
was given (checked in the previous staff member's booking transaction, written to their
calendar, taken out of the other's only once iCloud has it) at its old time; an undo
that would now double book is refused with the usual sentence and changes nothing."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import icalendar
import pytest

from jumpadesk.config import Settings
from jumpadesk.errors import ChangedOnServer, NotFound, SlotTaken
from jumpadesk.kinds import AppointmentStatus
from jumpadesk.service import Desk
from jumpadesk.services.appointment_edit import Changes
from jumpadesk.services.undo import CancelDone, EditDone, MoveDone, ReassignDone
from jumpadesk.sync.client import CalDAVClient
from tests.helpers.shop import at, busy_on, three_staff
from tests.icloud_server import IcloudServer

BERLIN = ZoneInfo("Europe/Berlin")
FIVE = datetime(2026, 12, 7, 5, 0, tzinfo=BERLIN)  # nothing else there until 09:00
HOUR = timedelta(hours=1)
DAY = at(2026, 12, 2).date()
TEN, ELEVEN, NOON = at(2026, 12, 2, "10:00"), at(2026, 12, 2, "11:00"), at(2026, 12, 2, "12:00")


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


@pytest.fixture
def staff(jumpadesk_home: Path, icloud: IcloudServer) -> Desk:
    """Ann books into Work, Bea into Home, Cem into Work too; Family blocks all three."""
    return three_staff(icloud)


def test_given_to_another_calendar_and_undone_it_is_back_in_the_first_calendar(
    staff: Desk, icloud: IcloudServer,
) -> None:
    desk = staff
    appt = desk.book("Ann", TEN, ELEVEN, "Haircut", "Ann Lee", phone="+49 30 1234")
    assert appt.id is not None
    given = desk.reassign("Ann", appt.id, "Bea", ELEVEN, NOON)
    assert given.id is not None
    step = ReassignDone("Bea", given.id, "Haircut \u00b7 Ann Lee", "Ann", TEN, ELEVEN)
    assert step.label == "Reassignment of Haircut \u00b7 Ann Lee"
    icloud.reset_requests()

    assert desk.undo(step) == "Given back to Ann: Haircut \u00b7 Ann Lee."

    writes = [(r.method, "/work/" in unquote(r.path), "/home/" in unquote(r.path))
              for r in icloud.requests if r.method in ("PUT", "DELETE")]
    assert writes == [("PUT", True, False), ("DELETE", False, True)]  # written, then removed
    back = desk.appointment("Ann", given.id)
    assert (back.start_ts, back.end_ts) == (int(TEN.timestamp()), int(ELEVEN.timestamp()))
    assert back.guest_phone == "+49 30 1234"
    assert "Ann Lee" in (icloud.get_event("Work", back.href) or "")
    assert icloud.get_event("Home", given.href) is None
    assert ("10:00", "11:00") in busy_on(desk, DAY, sub="Ann")
    assert ("11:00", "12:00") not in busy_on(desk, DAY, sub="Bea")
    with pytest.raises(NotFound):
        desk.appointment("Bea", given.id)


def test_given_within_one_calendar_and_undone_it_is_one_change_back_in_place(
    staff: Desk, icloud: IcloudServer,
) -> None:
    desk = staff
    appt = desk.book("Ann", TEN, ELEVEN, "Colour", "Jana Weber")
    assert appt.id is not None
    given = desk.reassign("Ann", appt.id, "Cem")
    icloud.reset_requests()

    said = desk.undo(ReassignDone("Cem", appt.id, "Colour \u00b7 Jana Weber", "Ann", TEN,
                                  ELEVEN))

    assert said == "Given back to Ann: Colour \u00b7 Jana Weber."
    assert icloud.request_count("PUT") == 1 and icloud.request_count("DELETE") == 0
    back = desk.appointment("Ann", appt.id)
    assert (back.uid, back.href) == (given.uid, given.href)
    assert ("10:00", "11:00") in busy_on(desk, DAY, sub="Ann")
    with pytest.raises(NotFound):  # Work still blocks Cem's hour: a shared booking
        desk.appointment("Cem", appt.id)


def test_an_undo_after_the_time_was_taken_is_refused_and_changes_nothing(
    staff: Desk, icloud: IcloudServer,
) -> None:
    desk = staff
    appt = desk.book("Ann", TEN, ELEVEN, "Haircut", "Ann Lee")
    assert appt.id is not None
    given = desk.reassign("Ann", appt.id, "Bea")
    desk.book("Ann", at(2026, 12, 2, "10:30"), NOON, "Perm", "Eva Roth")
    icloud.reset_requests()

    with pytest.raises(SlotTaken) as refused:
        desk.undo(ReassignDone("Bea", appt.id, "Haircut \u00b7 Ann Lee", "Ann", TEN, ELEVEN))

    assert str(refused.value).startswith("That time is not free: it overlaps Perm (Work, ")
    assert icloud.request_count("PUT") == 0 and icloud.request_count("DELETE") == 0
    still = desk.appointment("Bea", appt.id)
    assert still.href == given.href
    assert "Ann Lee" in (icloud.get_event("Home", given.href) or "")
