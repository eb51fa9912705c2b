"""An edit whose answer is lost (issue 20 item 5), through Desk against the iCloud-like
server on a real store (SQLite and PostgreSQL): a change stored but its answer cut off
is recognised on the retry; one iCloud never got keeps the old details and says so; one
whose fate is unknown is kept as changed, unconfirmed, and finished by the next recheck
in place."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from jumpadesk.config import Settings
from jumpadesk.errors import BookingUnconfirmed, ServerUnreachable
from jumpadesk.kinds import AppointmentStatus, Recheck
from jumpadesk.models import Appointment
from jumpadesk.service import Desk
from jumpadesk.services.appointment_edit import Changes
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


def _phone_in_icloud(icloud: IcloudServer, appt: Appointment) -> str:
    text = icloud.get_event("Work", appt.href)
    assert text is not None
    [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert str(event["UID"]) == appt.uid
    return next(line[len("Phone: "):] for line in str(event["DESCRIPTION"]).splitlines()
                if line.startswith("Phone: "))


def test_an_edit_whose_answer_was_cut_off_is_recognised_on_the_retry(
    desk: Desk, icloud: IcloudServer,
) -> None:
    appt = desk.book("Main", FIVE, FIVE + HOUR, "Haircut", "Ann Lee", "", "+49 30 7654321")
    icloud.cut_next(method="PUT")  # stored first, then the connection breaks off
    icloud.reset_requests()
    edited = desk.edit_appointment("Main", appt.id, Changes(phone="+49 30 1234567"))
    assert [(r.fault, r.status) for r in icloud.requests if r.method == "PUT"][1] == ("", 412)
    assert _phone_in_icloud(icloud, appt) == "+49 30 1234567"
    assert edited.appointment.status == AppointmentStatus.WRITTEN
    assert edited.appointment.etag and edited.appointment.etag != appt.etag
    # The ETag kept is the event's: the next edit goes through at once.
    desk.edit_appointment("Main", appt.id, Changes(phone="+49 30 5555555"))
    assert _phone_in_icloud(icloud, appt) == "+49 30 5555555"


def test_an_edit_icloud_never_got_keeps_the_old_details_and_says_so(
    desk: Desk, icloud: IcloudServer,
) -> None:
    appt = desk.book("Main", FIVE, FIVE + HOUR, "Haircut", "Ann Lee", "", "+49 30 7654321")
    icloud.cut_next(10_000, method="PUT", after_processing=False)
    with pytest.raises(ServerUnreachable) as lost:
        desk.edit_appointment("Main", appt.id, Changes(phone="+49 30 1234567"))
    icloud.clear_faults()
    assert str(lost.value).endswith(
        f"and still has appointment {appt.id} as it was, so it keeps what it said here too. "
        "Try again.")
    kept = desk.appointment("Main", appt.id)
    assert (kept.guest_phone, kept.status) == ("+49 30 7654321", AppointmentStatus.WRITTEN)
    assert _phone_in_icloud(icloud, appt) == "+49 30 7654321"


def test_an_edit_whose_fate_is_unknown_is_kept_and_finished_in_place_later(
    desk: Desk, icloud: IcloudServer,
) -> None:
    appt = desk.book("Main", FIVE, FIVE + HOUR, "Haircut", "Ann Lee", "", "+49 30 7654321")
    icloud.cut_next(10_000, after_processing=False)  # nothing gets through any more
    with pytest.raises(BookingUnconfirmed, match="kept as changed"):
        desk.edit_appointment("Main", appt.id, Changes(phone="+49 30 1234567"))
    kept = desk.appointment("Main", appt.id)
    assert (kept.guest_phone, kept.status) == ("+49 30 1234567", AppointmentStatus.UNCONFIRMED)
    assert [(b.start, b.end) for b in desk.busy("Main", FIVE, FIVE + HOUR)] == [
        (FIVE, FIVE + HOUR)]  # its time stays held meanwhile
    icloud.clear_faults()
    assert [r.outcome for r in desk.finish_unconfirmed()] == [Recheck.CONFIRMED]
    assert _phone_in_icloud(icloud, appt) == "+49 30 1234567"
    assert len([h for h in icloud.hrefs("Work") if h.endswith("jumpadesk.ics")]) == 1
    assert desk.appointment("Main", appt.id).status == AppointmentStatus.WRITTEN
