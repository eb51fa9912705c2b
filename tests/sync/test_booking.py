"""Bookings written exactly once and cancelled safely (issue 3, section 4)."""

from __future__ import annotations

import icalendar
import pytest
from sqlmodel import select

from jumpadesk.config import Settings
from jumpadesk.errors import ChangedOnServer, SlotTaken, WriteRefused
from jumpadesk.models import Appointment, session_scope
from jumpadesk.service import Desk
from jumpadesk.sync import booking
from jumpadesk.sync.booking import new_uid, resource_name
from jumpadesk.sync.occurrences import epoch
from tests.icloud_server import week_day
from tests.sync.conftest import set_roles


def _appointment(connected, calendar: str = "Work", **kw) -> int:  # type: ignore[no-untyped-def]
    start = kw.pop("start", week_day(3, "09:00"))
    end = kw.pop("end", week_day(3, "09:45"))
    with session_scope(connected.engine) as s:
        appt = Appointment(
            sub_account_id=connected.sub_id,
            calendar_id=connected.calendar(calendar).id,
            title=kw.pop("title", "Haircut"),
            start_ts=epoch(start),
            end_ts=epoch(end),
            uid=new_uid(),
            **kw,
        )
        s.add(appt)
        s.flush()
        assert appt.id is not None
        return appt.id


def _row(connected, appointment_id: int) -> Appointment:  # type: ignore[no-untyped-def]
    with session_scope(connected.engine) as s:
        row = s.get(Appointment, appointment_id)
        assert row is not None
        return row


def _event(text: str) -> icalendar.cal.Component:
    [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    return event


def _copies(connected, uid: str, calendar: str = "Work") -> int:  # type: ignore[no-untyped-def]
    texts = [connected.icloud.get_event(calendar, h) for h in connected.icloud.hrefs(calendar)]
    return sum(1 for t in texts if t and f"UID:{uid}" in t)


def _log(connected) -> list[tuple[str, int | None, str]]:  # type: ignore[no-untyped-def]
    return [(r.method, r.status, r.fault) for r in connected.icloud.requests]


def test_a_booking_is_written_with_dtend_and_no_attendee_without_email(connected):
    appt_id = _appointment(connected)
    booking.write_appointment(connected.engine, appt_id, client_factory=connected.factory)
    row = _row(connected, appt_id)
    assert row.status == "written" and row.etag and row.href.endswith(resource_name(row.uid))
    assert _log(connected) == [("PUT", 201, "")]
    text = connected.icloud.get_event("Work", row.href)
    assert text is not None
    event = _event(text)
    assert str(event["UID"]) == row.uid
    assert event["DTSTART"].dt == week_day(3, "09:00")
    assert event["DTEND"].dt == week_day(3, "09:45")
    assert "DTSTAMP" in event and str(event["SUMMARY"]) == "Haircut"
    assert str(event["TRANSP"]) == "OPAQUE"
    assert "ATTENDEE" not in event


def test_a_guest_with_an_email_is_the_attendee(connected):
    appt_id = _appointment(connected, guest_name="Ana Ruiz", guest_email="ana@example.com",
                           guest_phone="+34 600 000 000")
    booking.write_appointment(connected.engine, appt_id, client_factory=connected.factory)
    event = _event(connected.icloud.get_event("Work", _row(connected, appt_id).href))
    attendee = event["ATTENDEE"]
    assert str(attendee) == "mailto:ana@example.com"
    assert attendee.params["CN"] == "Ana Ruiz"


def test_a_retry_after_a_cut_connection_writes_the_booking_once(connected):
    # The server stores the event, then the connection breaks before the answer arrives.
    connected.icloud.cut_next(1, method="PUT")
    appt_id = _appointment(connected)
    booking.write_appointment(connected.engine, appt_id, client_factory=connected.factory)
    row = _row(connected, appt_id)
    assert _log(connected) == [("PUT", None, "cut"), ("PUT", 412, ""), ("GET", 200, "")]
    assert _copies(connected, row.uid) == 1
    assert row.status == "written" and row.etag
    assert connected.sleeps == [2.0]


def test_a_cut_before_the_server_did_anything_is_simply_retried(connected):
    connected.icloud.cut_next(1, method="PUT", after_processing=False)
    appt_id = _appointment(connected)
    booking.write_appointment(connected.engine, appt_id, client_factory=connected.factory)
    assert [(m, s) for m, s, _ in _log(connected)] == [("PUT", None), ("PUT", 201)]
    assert _copies(connected, _row(connected, appt_id).uid) == 1


def test_a_write_refused_on_a_read_only_calendar_is_a_sentence_and_not_written(connected):
    appt_id = _appointment(connected, calendar="Family")
    with pytest.raises(WriteRefused) as caught:
        booking.write_appointment(connected.engine, appt_id, client_factory=connected.factory)
    assert "Family" in str(caught.value) and "read" in str(caught.value)
    row = _row(connected, appt_id)
    assert row.status == "pending" and not row.href and not row.etag
    assert _copies(connected, row.uid, "Family") == 0


def test_create_never_overwrites_what_is_already_at_the_address(connected):
    appt_id = _appointment(connected)
    row = _row(connected, appt_id)
    # Another event sits where the booking would go (If-None-Match: * keeps it safe).
    other = connected.icloud.add_event("Work", "Someone else's", week_day(3, "09:00"),
                                       week_day(3, "10:00"), uid="other")
    href = connected.icloud.calendar_path("Work") + resource_name(row.uid)
    text = connected.icloud.get_event("Work", other)
    connected.icloud.delete_event("Work", other)
    connected.icloud.put_event("Work", text, href=href)
    with pytest.raises(ChangedOnServer):
        booking.write_appointment(connected.engine, appt_id, client_factory=connected.factory)
    assert "Someone else's" in connected.icloud.get_event("Work", href)
    assert _row(connected, appt_id).status == "pending"


def _written(connected) -> Appointment:  # type: ignore[no-untyped-def]
    appt_id = _appointment(connected)
    booking.write_appointment(connected.engine, appt_id, client_factory=connected.factory)
    connected.icloud.reset_requests()
    return _row(connected, appt_id)


def test_cancel_deletes_with_if_match(connected):
    row = _written(connected)
    booking.delete_appointment(connected.engine, row.id, client_factory=connected.factory)
    assert [(m, s in (200, 204)) for m, s, _ in _log(connected)] == [("DELETE", True)]
    assert connected.icloud.get_event("Work", row.href) is None
    after = _row(connected, row.id)
    assert after.status == "cancelled"


def test_cancel_after_a_change_on_the_phone_reads_again_then_deletes(connected):
    row = _written(connected)
    text = connected.icloud.get_event("Work", row.href)
    connected.icloud.put_event("Work", text.replace("SUMMARY:Haircut", "SUMMARY:Haircut+beard"),
                               href=row.href)
    connected.icloud.reset_requests()
    booking.delete_appointment(connected.engine, row.id, client_factory=connected.factory)
    assert [(m, s) for m, s, _ in _log(connected)][:2] == [("DELETE", 412), ("GET", 200)]
    assert _log(connected)[2][0] == "DELETE" and _log(connected)[2][1] in (200, 204)
    assert connected.icloud.get_event("Work", row.href) is None


def test_cancel_of_an_event_already_deleted_on_the_phone_is_fine(connected):
    row = _written(connected)
    connected.icloud.delete_event("Work", row.href)
    booking.delete_appointment(connected.engine, row.id, client_factory=connected.factory)
    assert _log(connected) == [("DELETE", 404, "")]
    assert _row(connected, row.id).status == "cancelled"


def test_cancel_never_deletes_someone_elses_event(connected):
    row = _written(connected)
    foreign = connected.icloud.get_event("Work", row.href).replace(row.uid, "someone-else")
    connected.icloud.delete_event("Work", row.href)
    connected.icloud.put_event("Work", foreign, href=row.href)
    connected.icloud.reset_requests()
    with pytest.raises(ChangedOnServer):
        booking.delete_appointment(connected.engine, row.id, client_factory=connected.factory)
    assert "someone-else" in connected.icloud.get_event("Work", row.href)
    assert [m for m, _, _ in _log(connected)] == ["DELETE", "GET"]
    assert _row(connected, row.id).status == "written"


def test_cancel_drops_the_local_copy_at_once(connected):
    row = _written(connected)
    assert connected.sync().ok
    assert row.uid in connected.objects("Work")
    booking.delete_appointment(connected.engine, row.id, client_factory=connected.factory)
    assert row.uid not in connected.objects("Work")
    assert not [o for o in connected.occurrences("Work") if o.uid == row.uid]


# -- through the service layer, as `jumpadesk book` does it ------------------------------


def _desk(connected) -> Desk:  # type: ignore[no-untyped-def]
    return Desk(connected.engine, Settings(), client_factory=connected.factory)


def test_book_refuses_an_overlap_and_writes_nothing(connected):
    desk = _desk(connected)
    with pytest.raises(SlotTaken) as caught:
        # Thursday 14:00-15:00 Berlin holds "Client visit" in Work.
        desk.book("Main", week_day(3, "14:30"), week_day(3, "15:00"), "Massage")
    assert "Client visit" in str(caught.value)
    assert connected.icloud.request_count("PUT") == 0
    with session_scope(connected.engine) as s:
        assert s.exec(select(Appointment)).all() == []


def test_book_syncs_first_then_writes_once(connected):
    desk = _desk(connected)
    appt = desk.book("Main", week_day(3, "11:00"), week_day(3, "11:30"), "Late morning",
                     name="Bo", email="bo@example.com")
    assert appt.status == "written"
    methods = [r.method for r in connected.icloud.requests]
    assert methods.count("PUT") == 1 and methods[0] == "PROPFIND"
    assert _copies(connected, appt.uid) == 1
    desk.cancel("Main", appt.id)  # type: ignore[arg-type]
    assert _copies(connected, appt.uid) == 0


def test_book_into_a_read_only_calendar_keeps_nothing(connected):
    set_roles(connected.engine, connected.sub_id, "Family", ["Work"])
    with pytest.raises(WriteRefused):
        _desk(connected).book("Main", week_day(3, "11:00"), week_day(3, "11:30"), "Nope")
    with session_scope(connected.engine) as s:
        assert s.exec(select(Appointment)).all() == []
