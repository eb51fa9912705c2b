"""busy_between and its siblings over a real SQLite store filled from real .ics files.

These prove the path ical -> stored occurrences -> availability: floating and all-day
events land in the business's zone, free events never block, the stored span is not
mistaken for "free" outside it, and a calendar that failed to sync is reported stale.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session, select

from jumpadesk import availability, schedule_problems
from jumpadesk.models import (
    Appointment,
    Calendar,
    CalendarObject,
    CalendarRole,
    Connection,
    SubAccount,
    SubAccountConnection,
    make_engine,
)
from jumpadesk.models.reading import SessionReader
from jumpadesk.sync.occurrences import reexpand_calendar
from tests.helpers.ics import FIXTURES


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.fixture
def session(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    with Session(engine, expire_on_commit=False) as s:
        yield s


def make_business(s: Session, zone: str = "Europe/Berlin") -> SubAccount:
    sub = SubAccount(name="Salon", timezone=zone)
    conn = Connection(apple_id="owner@icloud.com", server_url="https://caldav.icloud.com/",
                      state="ok", owner_addresses="mailto:owner@icloud.com")
    s.add(sub)
    s.add(conn)
    s.flush()
    s.add(SubAccountConnection(sub_account_id=sub.id, connection_id=conn.id))
    s.flush()
    return sub


def add_calendar(s: Session, sub: SubAccount, name: str, files: list[str], role: str | None,
                 window: tuple[datetime, datetime]) -> Calendar:
    conn_id = s.exec(select(Connection.id)).first()
    cal = Calendar(connection_id=conn_id, path=f"/1/calendars/{name.lower()}/", name=name,
                   color="#FF2968", last_sync_at=datetime.now(UTC))
    s.add(cal)
    s.flush()
    for i, f in enumerate(files):
        s.add(CalendarObject(calendar_id=cal.id, href=f"{cal.path}{i}.ics",
                             ics=(FIXTURES / f).read_text()))
    s.flush()
    reexpand_calendar(s, cal, ["mailto:owner@icloud.com"], window)
    if role:
        s.add(CalendarRole(sub_account_id=sub.id, calendar_id=cal.id, role=role))
    s.commit()
    return cal


SPRING = (utc(2026, 1, 1), utc(2026, 12, 31))


def test_all_day_event_blocks_the_whole_local_day_in_the_business_zone(session) -> None:
    sub = make_business(session, "Europe/Berlin")
    add_calendar(session, sub, "Work", ["apple_all_day_opaque.ics"], "conflict", SPRING)
    busy = availability.busy_between(SessionReader(session), sub, utc(2026, 4, 21),
                                     utc(2026, 4, 24))
    # 22 April is a whole day in Berlin (CEST, UTC+2): 21 April 22:00Z to 22 April 22:00Z.
    assert busy == [availability.Interval(utc(2026, 4, 21, 22), utc(2026, 4, 22, 22))]


def test_floating_time_is_read_in_the_business_zone(session) -> None:
    sub = make_business(session, "America/New_York")
    add_calendar(session, sub, "Home", ["floating_time.ics"], "conflict", SPRING)
    busy = availability.busy_between(SessionReader(session), sub, utc(2026, 4, 10),
                                     utc(2026, 4, 11))
    # 09:00 wall time in New York (EDT, UTC-4) is 13:00Z.
    assert busy == [availability.Interval(utc(2026, 4, 10, 13), utc(2026, 4, 10, 13, 15))]


def test_free_event_is_listed_but_never_blocks(session) -> None:
    sub = make_business(session)
    add_calendar(session, sub, "Home", ["apple_transparent.ics"], "conflict", SPRING)
    reader = SessionReader(session)
    items = availability.schedule_between(reader, sub, utc(2026, 1, 1), utc(2026, 12, 31))
    assert items and all(not i.busy for i in items)
    assert items[0].reason_text == "Free in iCloud"
    assert availability.busy_between(reader, sub, utc(2026, 1, 1), utc(2026, 12, 31)) == []
    assert availability.free_events_between(reader, sub, utc(2026, 1, 1),
                                            utc(2026, 12, 31)) == items


def test_only_conflict_and_linked_calendars_block(session) -> None:
    sub = make_business(session)
    add_calendar(session, sub, "Ignored", ["apple_all_day_opaque.ics"], None, SPRING)
    reader = SessionReader(session)
    assert availability.busy_between(reader, sub, utc(2026, 4, 21), utc(2026, 4, 24)) == []
    add_calendar(session, sub, "Shop", ["apple_all_day_opaque.ics"], "linked", SPRING)
    assert len(availability.busy_between(reader, sub, utc(2026, 4, 21), utc(2026, 4, 24))) == 1


def test_outside_the_stored_span_the_objects_are_expanded_not_called_free(session) -> None:
    sub = make_business(session, "Europe/London")
    # Stored only for February, but the weekly lesson has a January occurrence.
    add_calendar(session, sub, "Home", ["apple_weekly_count.ics"], "conflict",
                 (utc(2026, 2, 1), utc(2026, 3, 1)))
    busy = availability.busy_between(SessionReader(session), sub, utc(2026, 1, 1), utc(2026, 2, 1))
    assert busy[0] == availability.Interval(utc(2026, 1, 7, 16), utc(2026, 1, 7, 17))
    assert len(busy) == 3


def test_a_synced_back_appointment_is_shown_once(session) -> None:
    sub = make_business(session)
    cal = add_calendar(session, sub, "Shop", ["apple_all_day_opaque.ics"], "linked", SPRING)
    uid = "1C2D3E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F"
    session.add(Appointment(sub_account_id=sub.id, calendar_id=cal.id, title="Fair",
                            start_ts=int(utc(2026, 4, 21, 22).timestamp()),
                            end_ts=int(utc(2026, 4, 22, 22).timestamp()), uid=uid,
                            status="written"))
    session.commit()
    items = availability.schedule_between(SessionReader(session), sub, utc(2026, 4, 21),
                                          utc(2026, 4, 24))
    assert [(i.source, i.title) for i in items] == [("appointment", "Fair")]


def test_a_calendar_whose_sync_failed_is_stale_by_name(session) -> None:
    sub = make_business(session, "Europe/Berlin")
    cal = add_calendar(session, sub, "Work", ["apple_all_day_opaque.ics"], "conflict", SPRING)
    now = utc(2026, 11, 25, 12)
    cal.last_sync_at = utc(2026, 11, 25, 9, 42)
    cal.last_error = "cannot reach iCloud"
    session.add(cal)
    session.commit()
    stale = schedule_problems.stale_calendars(SessionReader(session), sub, now,
                                              timedelta(minutes=10))
    assert [s.sentence(ZoneInfo("Europe/Berlin")) for s in stale] == [
        "Work (iCloud): last synced 10:42, cannot reach iCloud"
    ]
    cal.last_error = ""
    cal.last_sync_at = now - timedelta(minutes=2)
    session.add(cal)
    session.commit()
    assert schedule_problems.stale_calendars(SessionReader(session), sub, now,
                                        timedelta(minutes=10)) == []


def test_merge_intervals_joins_touching_and_drops_empty() -> None:
    spans = [
        (utc(2026, 1, 1, 10), utc(2026, 1, 1, 11)),
        (utc(2026, 1, 1, 11), utc(2026, 1, 1, 12)),
        (utc(2026, 1, 1, 14), utc(2026, 1, 1, 14)),
        (utc(2026, 1, 1, 9), utc(2026, 1, 1, 9, 30)),
    ]
    assert availability.merge_intervals(spans) == [
        availability.Interval(utc(2026, 1, 1, 9), utc(2026, 1, 1, 9, 30)),
        availability.Interval(utc(2026, 1, 1, 10), utc(2026, 1, 1, 12)),
    ]


def _item(title: str, start: datetime, end: datetime, source: str = "icloud",
          busy: bool = True, ref_id: int | None = None) -> availability.ScheduleItem:
    return availability.ScheduleItem(
        start=start, end=end, title=title, busy=busy, source=source, reason="busy",
        calendar="Work", calendar_id=1, color="#888888", ref_id=ref_id)


def test_appointment_overlaps_names_what_now_overlaps_each_appointment() -> None:
    """The one-pass form of conflicts_with over a schedule, for the window (issue 10)."""
    haircut = _item("Haircut", utc(2026, 12, 1, 13), utc(2026, 12, 1, 14), "appointment",
                    ref_id=1)
    colour = _item("Colour", utc(2026, 12, 2, 9), utc(2026, 12, 2, 10), "appointment",
                   ref_id=2)
    dentist = _item("Dentist", utc(2026, 12, 1, 13, 30), utc(2026, 12, 1, 14, 30))
    holiday = _item("Holiday", utc(2026, 11, 20), utc(2026, 12, 5))  # long: still found
    free = _item("Coffee", utc(2026, 12, 1, 13), utc(2026, 12, 1, 14), busy=False)
    touching = _item("Lunch", utc(2026, 12, 1, 12), utc(2026, 12, 1, 13))
    point = _item("Reminder", utc(2026, 12, 2, 9, 30), utc(2026, 12, 2, 9, 30))
    found = schedule_problems.appointment_overlaps(
        [haircut, colour, dentist, holiday, free, touching, point])
    assert {k: [i.title for i in v] for k, v in found.items()} == {
        1: ["Holiday", "Dentist"], 2: ["Holiday"]}
    assert schedule_problems.appointment_overlaps([haircut, colour, free, touching, point]) == {}
