"""A booking's three steps, each on its own: reserve in the booking transaction, write
to iCloud once, confirm. (Races between real processes: tests/concurrency/.)"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from jumpadesk import secrets
from jumpadesk.errors import BookingUnconfirmed, NotConnected, SlotTaken, WriteRefused
from jumpadesk.models import Appointment, Calendar, CalendarRole, Connection, Contact
from jumpadesk.services import booking
from jumpadesk.services.contacts import Guest
from jumpadesk.services.store import Store
from jumpadesk.services.sub_accounts import sub_named

TEN = datetime(2026, 12, 1, 10, tzinfo=UTC)
ELEVEN = TEN + timedelta(hours=1)
ANN = Guest("Ann Lee", "ann@example.com")


def link_a_calendar(store: Store) -> None:
    """Main's linked calendar, Work, on an account whose password is in the keychain."""
    secrets.save_password("https://icloud.example", "a@icloud.com", "abcd-efgh-ijkl-mnop")
    with store.session() as s:
        sub = sub_named(s, "Main")
        sub.timezone = "UTC"
        conn = Connection(apple_id="a@icloud.com", server_url="https://icloud.example")
        s.add(conn)
        s.flush()
        cal = Calendar(connection_id=conn.id, path="/1/calendars/work/", name="Work",  # type: ignore[arg-type]
                       url="https://p.icloud.example/1/calendars/work/")
        s.add(cal)
        s.flush()
        s.add(CalendarRole(sub_account_id=sub.id, calendar_id=cal.id, role="linked"))  # type: ignore[arg-type]


def failing_with(error: Exception):  # type: ignore[no-untyped-def]
    def factory(*_args: str):  # type: ignore[no-untyped-def]
        raise error
    return factory


def rows(store: Store) -> list[Appointment]:
    with store.session() as s:
        return list(s.exec(Appointment.__table__.select()).all())  # type: ignore[attr-defined]


def test_a_reservation_needs_a_linked_calendar(store: Store) -> None:
    with pytest.raises(NotConnected, match="Choose a linked calendar first"):
        booking.reserve_appointment(store, "Main", TEN, ELEVEN, "Haircut", ANN)
    assert rows(store) == []


def test_the_reserved_row_blocks_the_slot_before_icloud_is_asked(store: Store) -> None:
    link_a_calendar(store)
    appt_id, linked, server = booking.reserve_appointment(store, "Main", TEN, ELEVEN,
                                                          "Haircut", ANN)
    assert (linked.name, server) == ("Work", "icloud.example")  # the server, by its host
    [row] = rows(store)
    assert row.id == appt_id and row.status == "pending" and row.guest_name == "Ann Lee"
    with pytest.raises(SlotTaken, match=r"overlaps Haircut \(Work, .*10:00"):
        booking.reserve_appointment(store, "Main", TEN + timedelta(minutes=30),
                                    ELEVEN, "Colour", Guest())


def test_confirming_marks_it_written_and_keeps_the_guest(store: Store) -> None:
    link_a_calendar(store)
    appt_id, _, _ = booking.reserve_appointment(store, "Main", TEN, ELEVEN, "Haircut", ANN)
    with store.session() as s:
        sub = sub_named(s, "Main")
    appt = booking.confirm(store, appt_id, sub, ANN)
    assert appt.status == "written"
    with store.session() as s:
        contact = s.get(Contact, appt.contact_id)
        assert contact is not None and contact.email == "ann@example.com"


def test_a_refused_write_takes_the_row_away(store: Store) -> None:
    link_a_calendar(store)
    refusing = Store(store.engine, store.settings, failing_with(WriteRefused("No.")))
    appt_id, linked, _ = booking.reserve_appointment(refusing, "Main", TEN, ELEVEN, "Haircut", ANN)
    with refusing.session() as s:
        sub = sub_named(s, "Main")
    with pytest.raises(WriteRefused):
        booking.write_reserved(refusing, appt_id, sub, linked, ANN)
    assert rows(store) == []


def test_a_lost_answer_keeps_the_row_unconfirmed_for_the_next_sync(store: Store) -> None:
    from jumpadesk.errors import ServerUnreachable

    link_a_calendar(store)
    offline = Store(store.engine, store.settings,
                    failing_with(ServerUnreachable("iCloud cannot be reached.")))
    appt_id, linked, _ = booking.reserve_appointment(offline, "Main", TEN, ELEVEN, "Haircut", ANN)
    with offline.session() as s:
        sub = sub_named(s, "Main")
    with pytest.raises(BookingUnconfirmed, match=f"kept as appointment {appt_id}"):
        booking.write_reserved(offline, appt_id, sub, linked, ANN)
    [row] = rows(store)
    assert row.status == "unconfirmed" and row.contact_id is not None
