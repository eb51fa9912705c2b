"""Moving and resizing an appointment (issue 10): the same booking check, then the event
changed in place in iCloud (same href, same UID, If-Match on its ETag), the old time freed
only once iCloud accepted. Against the iCloud-like server, through Desk."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import icalendar
import pytest

from jumpadesk.config import Settings
from jumpadesk.errors import (
    ChangedOnServer,
    InputError,
    ServerUnreachable,
    SlotTaken,
    WriteRefused,
)
from jumpadesk.service import Desk, StaleData
from jumpadesk.sync.client import CalDAVClient
from tests.icloud_server import IcloudServer

BERLIN = ZoneInfo("Europe/Berlin")
# Early on a Monday after the seeded week: nothing else is there until 09:00.
FIVE = datetime(2026, 12, 7, 5, 0, tzinfo=BERLIN)
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


def event_in_icloud(icloud: IcloudServer, href: str) -> icalendar.Event:
    text = icloud.get_event("Work", href)
    assert text is not None
    [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    return event


def times(desk: Desk, appt_id: int) -> tuple[datetime, datetime]:
    a = desk.appointment("Main", appt_id)
    return (datetime.fromtimestamp(a.start_ts, BERLIN), datetime.fromtimestamp(a.end_ts, BERLIN))


def test_a_move_changes_the_event_in_icloud_once_in_place(
    desk: Desk, icloud: IcloudServer,
) -> None:
    appt = desk.book("Main", FIVE, FIVE + HOUR, "Haircut", "Ann Lee")
    before = set(icloud.hrefs("Work"))
    icloud.reset_requests()
    moved = desk.move_appointment("Main", appt.id, FIVE + 2 * HOUR, FIVE + 3 * HOUR)
    assert icloud.request_count("PUT") == 1
    put = [r for r in icloud.requests if r.method == "PUT"][0]
    assert put.path == unquote(appt.href) and put.status in (200, 204)
    assert set(icloud.hrefs("Work")) == before  # changed in place, nothing added
    event = event_in_icloud(icloud, appt.href)
    assert str(event["UID"]) == appt.uid
    assert event.decoded("DTSTART") == FIVE + 2 * HOUR
    assert moved.href == appt.href and moved.etag and moved.etag != appt.etag
    assert times(desk, appt.id) == (FIVE + 2 * HOUR, FIVE + 3 * HOUR)
    # The old hour is free, the new one busy, and the sync brings back one block.
    assert desk.sync("Main").ok
    items = [(i.start, i.source) for i in desk.schedule("Main", FIVE, FIVE + 4 * HOUR)]
    assert items == [(FIVE + 2 * HOUR, "appointment")]


def test_a_resize_keeps_the_start_and_moves_the_end(desk: Desk, icloud: IcloudServer) -> None:
    appt = desk.book("Main", FIVE, FIVE + HOUR, "Haircut")
    desk.move_appointment("Main", appt.id, FIVE, FIVE + 2 * HOUR)
    event = event_in_icloud(icloud, appt.href)
    assert (event.decoded("DTSTART"), event.decoded("DTEND")) == (FIVE, FIVE + 2 * HOUR)
    # Overlapping its own old time is no clash.
    desk.move_appointment("Main", appt.id, FIVE + timedelta(minutes=30), FIVE + 2 * HOUR)


def test_a_move_onto_busy_time_is_refused_and_changes_nothing(
    desk: Desk, icloud: IcloudServer,
) -> None:
    icloud.add_event("Home", "Dentist", FIVE + 3 * HOUR, FIVE + 4 * HOUR)
    assert desk.sync("Main").ok
    appt = desk.book("Main", FIVE, FIVE + HOUR, "Haircut")
    other = desk.book("Main", FIVE + HOUR, FIVE + 2 * HOUR, "Colour")
    icloud.reset_requests()
    with pytest.raises(SlotTaken, match="That time is not free.*Dentist"):
        desk.move_appointment("Main", appt.id, FIVE + 3 * HOUR, FIVE + 4 * HOUR)
    with pytest.raises(SlotTaken, match="That time is not free.*Colour"):
        desk.move_appointment("Main", appt.id, FIVE + timedelta(minutes=30),
                              FIVE + timedelta(minutes=90))
    assert icloud.request_count("PUT") == 0
    assert times(desk, appt.id) == (FIVE, FIVE + HOUR)
    assert times(desk, other.id) == (FIVE + HOUR, FIVE + 2 * HOUR)
    assert event_in_icloud(icloud, appt.href).decoded("DTSTART") == FIVE


def test_a_refused_put_restores_the_old_time(desk: Desk, icloud: IcloudServer) -> None:
    appt = desk.book("Main", FIVE, FIVE + HOUR, "Haircut")
    icloud.fail_next(status=403, method="PUT")
    with pytest.raises(WriteRefused, match="only read that calendar"):
        desk.move_appointment("Main", appt.id, FIVE + 2 * HOUR, FIVE + 3 * HOUR)
    assert times(desk, appt.id) == (FIVE, FIVE + HOUR)
    assert event_in_icloud(icloud, appt.href).decoded("DTSTART") == FIVE
    busy = desk.busy("Main", FIVE, FIVE + 4 * HOUR)
    assert [(i.start, i.end) for i in busy] == [(FIVE, FIVE + HOUR)]


def test_a_move_of_an_event_changed_on_the_phone_is_refused(
    desk: Desk, icloud: IcloudServer,
) -> None:
    appt = desk.book("Main", FIVE, FIVE + HOUR, "Haircut")
    text = icloud.get_event("Work", appt.href)
    assert text is not None
    icloud.put_event("Work", text.replace("SUMMARY:Haircut", "SUMMARY:Haircut (long)"),
                     href=appt.href)
    icloud.reset_requests()
    with pytest.raises(ChangedOnServer, match="changed in Work on another device"):
        desk.move_appointment("Main", appt.id, FIVE + 2 * HOUR, FIVE + 3 * HOUR)
    assert icloud.request_count("PUT") == 1
    assert [r.status for r in icloud.requests if r.method == "PUT"] == [412]
    assert times(desk, appt.id) == (FIVE, FIVE + HOUR)
    event = event_in_icloud(icloud, appt.href)
    assert event.decoded("DTSTART") == FIVE and str(event["SUMMARY"]) == "Haircut (long)"


def test_a_move_whose_answer_was_cut_off_is_recognised_on_the_retry(
    desk: Desk, icloud: IcloudServer,
) -> None:
    """iCloud stored the change but the answer never came: the client's retry meets its
    own change (412 with the new times), which is success, not "changed on the phone"."""
    appt = desk.book("Main", FIVE, FIVE + HOUR, "Haircut")
    icloud.cut_next(method="PUT")  # stored first, then the connection breaks off
    icloud.reset_requests()
    moved = desk.move_appointment("Main", appt.id, FIVE + 2 * HOUR, FIVE + 3 * HOUR)
    puts = [(r.fault, r.status) for r in icloud.requests if r.method == "PUT"]
    assert len(puts) == 2 and puts[0][0] == "cut" and puts[1] == ("", 412)
    assert event_in_icloud(icloud, appt.href).decoded("DTSTART") == FIVE + 2 * HOUR
    assert times(desk, appt.id) == (FIVE + 2 * HOUR, FIVE + 3 * HOUR)
    assert moved.etag and moved.etag != appt.etag
    # The etag kept is the event's: the next move goes through at once.
    desk.move_appointment("Main", appt.id, FIVE, FIVE + HOUR)
    assert event_in_icloud(icloud, appt.href).decoded("DTSTART") == FIVE


def test_a_move_while_icloud_cannot_be_reached_keeps_the_old_time_and_says_so(
    desk: Desk, icloud: IcloudServer,
) -> None:
    appt = desk.book("Main", FIVE, FIVE + HOUR, "Haircut")
    icloud.cut_next(10_000, method="PUT", after_processing=False)
    with pytest.raises(ServerUnreachable, match="keeps its old time here"):
        desk.move_appointment("Main", appt.id, FIVE + 2 * HOUR, FIVE + 3 * HOUR)
    icloud.clear_faults()
    assert times(desk, appt.id) == (FIVE, FIVE + HOUR)
    assert event_in_icloud(icloud, appt.href).decoded("DTSTART") == FIVE


def test_a_move_on_out_of_date_calendars_asks_first(desk: Desk, icloud: IcloudServer) -> None:
    appt = desk.book("Main", FIVE, FIVE + HOUR, "Haircut")
    icloud.fail_next(10_000, status=500, method="PROPFIND")  # the sync before it fails
    with pytest.raises(StaleData, match="may be out of date"):
        desk.move_appointment("Main", appt.id, FIVE + 2 * HOUR, FIVE + 3 * HOUR)
    assert times(desk, appt.id) == (FIVE, FIVE + HOUR)
    icloud.clear_faults()
    desk.move_appointment("Main", appt.id, FIVE + 2 * HOUR, FIVE + 3 * HOUR,
                          sync_first=False, allow_stale=True)
    assert event_in_icloud(icloud, appt.href).decoded("DTSTART") == FIVE + 2 * HOUR


def test_an_appointment_another_desk_cancelled_is_named_with_who_cancelled_it(
    desk: Desk, icloud: IcloudServer, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 21 item 7: a desk whose screen still shows the appointment hears what it
    was and who cancelled it, never only its number."""
    appt = desk.book("Main", FIVE, FIVE + HOUR, "Haircut", "Jana Weber")
    monkeypatch.setenv("JUMPADESK_DESK_NAME", "Front desk")
    desk.cancel("Main", appt.id)
    assert desk.appointment("Main", appt.id).cancelled_by == "Front desk"
    monkeypatch.setenv("JUMPADESK_DESK_NAME", "Back office")
    with pytest.raises(InputError) as moving:
        desk.move_appointment("Main", appt.id, FIVE + HOUR, FIVE + 2 * HOUR)
    assert str(moving.value) == (
        "\u201cHaircut\u201d for Jana Weber on Monday 7 December 2026, 05:00 \u2013 06:00 "
        "was cancelled by Front desk; book a new one.")
    with pytest.raises(InputError) as cancelling:
        desk.cancel("Main", appt.id)
    assert str(cancelling.value) == (
        "\u201cHaircut\u201d for Jana Weber on Monday 7 December 2026, 05:00 \u2013 06:00 "
        "was already cancelled by Front desk.")
    monkeypatch.setenv("JUMPADESK_DESK_NAME", "Front desk")  # the desk that did it
    with pytest.raises(InputError, match="was cancelled at this desk; book a new one"):
        desk.move_appointment("Main", appt.id, FIVE + HOUR, FIVE + 2 * HOUR)
