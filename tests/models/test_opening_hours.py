"""Opening hours per sub-account: revision 0005 on both databases, and the round trip
through the service (this module runs on SQLite and PostgreSQL, see tests/conftest.py)."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from jumpadesk.errors import InputError
from jumpadesk.hours import (
    DEFAULT_OPENING_HOURS,
    DayHours,
    check_hours,
    closed_between,
    closed_spans,
    describe_day,
    every_day,
    hours_from_text,
    parse_ranges,
)
from jumpadesk.models import make_engine
from jumpadesk.models.db import SCHEMA_VERSION, _alembic_config
from jumpadesk.service import Desk
from tests.pg import PostgresServer

BERLIN = ZoneInfo("Europe/Berlin")


def _store_at_0004(url: str) -> None:
    """A store as jumpadesk left it before opening hours, with one sub-account."""
    raw = create_engine(url)
    with raw.connect() as conn:
        command.upgrade(_alembic_config(conn), "0004")
        if raw.dialect.name == "sqlite":
            conn.execute(text(f"PRAGMA user_version={SCHEMA_VERSION}"))
        conn.execute(text("INSERT INTO sub_account (name, timezone, created_at) "
                          "VALUES ('Salon B', 'Europe/Berlin', '2026-11-01 09:00:00')"))
        conn.commit()
    raw.dispose()


def test_revision_0005_adds_opening_hours_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'jumpadesk.db'}"
    _store_at_0004(url)
    desk = Desk(engine=make_engine(url))
    assert desk.opening_hours("Salon B") == DEFAULT_OPENING_HOURS  # an old row: the default
    saturday = DayHours(time(10), time(14))
    desk.set_opening_hours("Salon B", (*DEFAULT_OPENING_HOURS[:5], saturday, None))
    assert desk.opening_hours("Salon B")[5] == saturday


def test_revision_0005_adds_opening_hours_on_postgresql(
    postgres_server: PostgresServer,
) -> None:
    name = postgres_server.create_database(migrated=False)
    try:
        url = postgres_server.url(name)
        _store_at_0004(url)
        engine = make_engine(url, upgrade_shared=True)  # a shared store: upgraded when asked
        desk = Desk(engine=engine)
        assert desk.opening_hours("Salon B") == DEFAULT_OPENING_HOURS
        desk.set_opening_hours("Salon B", (None,) * 6 + (DayHours(time(8), time(12)),))
        assert desk.opening_hours("Salon B")[6] == DayHours(time(8), time(12))
        assert desk.opening_hours("Salon B")[0] is None
        engine.dispose()
    finally:
        postgres_server.drop_database(name)


def test_opening_hours_round_trip_per_sub_account(jumpadesk_home: Path) -> None:
    desk = Desk()
    hours = desk.opening_hours("Main")
    assert hours[0] == DayHours(time(9), time(18)) and hours[5] is None and hours[6] is None
    late_thursday = (*hours[:3], DayHours(time(11), time(21)), *hours[4:])
    desk.set_opening_hours("Main", late_thursday)
    assert desk.opening_hours("Main") == late_thursday
    desk.add_sub_account("Other")
    assert desk.opening_hours("Other") == late_thursday  # a new one starts from Main's
    desk.set_opening_hours("Main", hours)
    assert desk.opening_hours("Other") == late_thursday  # each its own, once made
    assert desk.opening_hours("Main") == DEFAULT_OPENING_HOURS
    desk.set_opening_hours("Main", late_thursday)
    assert Desk().opening_hours("Main") == late_thursday  # kept in the store
    with pytest.raises(InputError, match="On Monday, closing time must come after"):
        desk.set_opening_hours("Main", (DayHours(time(18), time(9)), *hours[1:]))
    with pytest.raises(InputError, match="seven weekdays"):
        desk.set_opening_hours("Main", hours[:5])


def test_closed_between_reads_the_hours_in_the_sub_accounts_zone() -> None:
    hours = DEFAULT_OPENING_HOURS
    monday = datetime(2026, 11, 30, tzinfo=BERLIN)
    assert not closed_between(hours, monday.replace(hour=9), monday.replace(hour=18), BERLIN)
    assert closed_between(hours, monday.replace(hour=8, minute=30),
                          monday.replace(hour=9, minute=30), BERLIN)
    assert closed_between(hours, monday.replace(hour=17), monday.replace(hour=19), BERLIN)
    saturday = datetime(2026, 12, 5, 10, tzinfo=BERLIN)
    assert closed_between(hours, saturday, saturday.replace(hour=11), BERLIN)
    # The same moment in UTC: 08:00 UTC is 09:00 in Berlin, open.
    utc_start = datetime(2026, 11, 30, 8, tzinfo=ZoneInfo("UTC"))
    assert not closed_between(hours, utc_start, utc_start.replace(hour=9), BERLIN)


LUNCH_BREAK = DayHours(time(9), time(12, 30), time(13, 30), time(18))


def test_a_lunch_break_is_kept_as_two_ranges_and_an_old_value_reads_as_before(
    jumpadesk_home: Path,
) -> None:
    desk = Desk()
    hours = desk.opening_hours("Main")
    desk.set_opening_hours("Main", (hours[0], LUNCH_BREAK, *hours[2:]))
    assert Desk().opening_hours("Main")[1] == LUNCH_BREAK
    assert Desk().opening_hours("Main")[1].ranges == ((time(9), time(12, 30)),
                                                      (time(13, 30), time(18)))
    with Desk().session() as s:
        stored = s.exec(text("SELECT opening_hours FROM sub_account WHERE name = 'Main'")).one()
    assert stored[0] == ("09:00-18:00;09:00-12:30,13:30-18:00;09:00-18:00;09:00-18:00;"
                         "09:00-18:00;;")
    # A value written before ranges (one per day) reads the same as it did.
    assert hours_from_text("10:00-16:00;;;;;08:00-12:00;")[0] == DayHours(time(10), time(16))
    assert hours_from_text("10:00-16:00;;;;;08:00-12:00;")[5] == DayHours(time(8), time(12))


def test_ranges_in_a_day_are_checked_ordered_and_joined_where_they_touch() -> None:
    week = list(DEFAULT_OPENING_HOURS)
    week[1] = DayHours(time(13, 30), time(18), time(9), time(12, 30))  # typed the other way
    assert check_hours(week)[1] == LUNCH_BREAK
    week[1] = DayHours(time(9), time(12), time(12), time(18))
    assert check_hours(week)[1] == DayHours(time(9), time(18))
    week[1] = DayHours(time(9), time(13), time(12), time(18))
    with pytest.raises(InputError, match="On Tuesday, 09:00 \u2013 13:00 and 12:00 \u2013 18:00 "
                                         "overlap"):
        check_hours(week)
    week[1] = DayHours(time(9), time(12), time(14), time(13))
    with pytest.raises(InputError, match="On Tuesday, closing time must come after opening "
                                         "time \\(14:00 \u2013 13:00\\)"):
        check_hours(week)
    week[1] = DayHours()
    assert check_hours(week)[1] is None  # no range at all: closed


def test_ranges_typed_on_the_command_line_are_read_or_refused_with_an_example() -> None:
    assert parse_ranges("09:00-12:30,13:30-18:00", "Tuesday") == LUNCH_BREAK
    assert parse_ranges("9:00\u201318:00") == DayHours(time(9), time(18))
    assert parse_ranges("08:00-24:00") == DayHours(time(8), time(0))
    assert parse_ranges("closed") is None
    with pytest.raises(InputError, match='"9-5" is not a range of hours for Tuesday; write '
                                         "them like 09:00-12:30,13:30-18:00."):
        parse_ranges("9-5", "Tuesday")
    with pytest.raises(InputError, match="overlap"):
        parse_ranges("09:00-13:00,12:00-18:00", "Tuesday")


def test_the_closed_spans_of_a_day_are_what_lies_outside_its_ranges() -> None:
    hours = (*DEFAULT_OPENING_HOURS[:1], LUNCH_BREAK, *DEFAULT_OPENING_HOURS[2:])
    assert closed_spans(hours, 0) == [(0, 9 * 60), (18 * 60, 24 * 60)]
    assert closed_spans(hours, 1) == [(0, 9 * 60), (12 * 60 + 30, 13 * 60 + 30),
                                      (18 * 60, 24 * 60)]
    assert closed_spans(hours, 5) == [(0, 24 * 60)]
    assert closed_spans(every_day(0, 24), 3) == []


def test_the_lunch_break_is_outside_opening_hours() -> None:
    hours = (*DEFAULT_OPENING_HOURS[:1], LUNCH_BREAK, *DEFAULT_OPENING_HOURS[2:])
    tuesday = datetime(2026, 12, 1, tzinfo=BERLIN)
    assert not closed_between(hours, tuesday.replace(hour=9), tuesday.replace(hour=12), BERLIN)
    assert not closed_between(hours, tuesday.replace(hour=13, minute=30),
                              tuesday.replace(hour=18), BERLIN)
    assert closed_between(hours, tuesday.replace(hour=12), tuesday.replace(hour=13), BERLIN)
    assert closed_between(hours, tuesday.replace(hour=12), tuesday.replace(hour=14), BERLIN)
    assert describe_day(hours, 1) == "Tuesday 09:00 \u2013 12:30, 13:30 \u2013 18:00"
    assert describe_day(hours, 1, am_pm=True) == ("Tuesday 9:00 AM \u2013 12:30 PM, "
                                                  "1:30 PM \u2013 6:00 PM")
