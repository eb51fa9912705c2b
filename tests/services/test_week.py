"""A week as the window shows it, read at one moment (issue 19 item 1): one transaction
gives the schedule, the stale calendars, the events that could not be read, the
calendars, the opening hours and the double bookings ahead, each as the Desk's own
answer says it; and a booking another desk commits while the week is read shows in all
of it or in none. On SQLite and PostgreSQL, against the iCloud-like server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from jumpadesk import cli
from jumpadesk.availability import CONFLICT_HORIZON
from jumpadesk.errors import UnknownSubAccount
from jumpadesk.hours import DayHours
from jumpadesk.service import Desk
from jumpadesk.week import mark_overlaps
from jumpadesk.wording import stale_banner_text, with_event_problems
from tests.helpers.shop import opened_desk, transactions_begun
from tests.icloud_server import FIXED_WEEK, FIXED_ZONE, IcloudServer, week_day

ROOT = Path(__file__).resolve().parents[2]
SUB = "Main"


@pytest.fixture
def desk(jumpadesk_home: Path, icloud: IcloudServer) -> Desk:
    return opened_desk(icloud)


@pytest.fixture
def transactions(desk: Desk) -> Iterator[list[object]]:
    """Every transaction begun on the desk's store while the test runs."""
    with transactions_begun(desk) as begun:
        yield begun


def test_a_week_is_read_in_one_transaction_and_says_what_the_desk_says(
    desk: Desk, icloud: IcloudServer, transactions: list[object],
) -> None:
    haircut = desk.book(SUB, week_day(1, "05:00"), week_day(1, "06:00"), "Haircut",
                        "Jana Weber")
    icloud.add_event("Home", "Dentist", week_day(1, "05:30"), week_day(1, "06:30"))
    icloud.add_event("Family", "School play", week_day(3, "16:00"), week_day(3, "17:00"))
    icloud.fail_next(10, status=500, path="/family/")
    assert not desk.sync(SUB).ok  # Family cannot be read now: stale
    lunch = (DayHours(time(9), time(18)),) * 5 + (DayHours(time(10), time(14)), None)
    desk.set_opening_hours(SUB, lunch)
    start, end = week_day(0), week_day(7)
    ahead = (week_day(0, "04:00"), week_day(0, "04:00") + timedelta(days=90))

    transactions.clear()
    week = desk.week_snapshot(SUB, FIXED_WEEK, conflicts=ahead)
    assert len(transactions) == 1

    assert (week.sub_account.name, week.monday, week.zone) == (SUB, FIXED_WEEK, FIXED_ZONE)
    assert list(week.items) == mark_overlaps(desk.schedule(SUB, start, end), FIXED_ZONE)
    [marked] = [i for i in week.items if i.ref_id == haircut.id and i.source == "appointment"]
    assert marked.overlapped_by == ("\u201cDentist\u201d (Home, Tue 05:30 \u2013 06:30)",)
    assert [s.name for s in week.stale] == ["Family"] == [s.name for s in desk.stale(SUB)]
    assert list(week.problems) == desk.event_problems(SUB)
    assert week.banner == with_event_problems(
        stale_banner_text(desk.stale(SUB), FIXED_ZONE), desk.event_problems(SUB))
    assert week.legend() == [(c.name, c.color) for c in desk.calendars(SUB)
                             if c.conflict and not c.deleted]
    assert {name for name, _ in week.legend()} == {"Home", "Work", "Family"}
    assert week.opening_hours == lunch == desk.opening_hours(SUB)
    assert week.conflicts is not None
    [conflict] = week.conflicts
    assert (conflict.appointment.ref_id, conflict.guest) == (haircut.id, "Jana Weber")
    assert [o.title for o in conflict.overlapping] == ["Dentist"]
    guest = week.guest_of(marked)
    assert guest is not None and guest.name == "Jana Weber" == desk.appointment(
        SUB, haircut.id).guest_name
    assert week.guest_of(next(i for i in week.items if i.source == "icloud")) is None


def test_the_window_and_jumpadesk_conflicts_name_the_same_double_bookings_ahead(
    desk: Desk, icloud: IcloudServer, capsys: pytest.CaptureFixture[str],
) -> None:
    """One rule: an appointment under way whose overlapping event ended before now, and
    one starting before day 90 whose overlap lies past it, are double bookings in the
    window's read as in `jumpadesk conflicts`."""
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    minutes = lambda n: timedelta(minutes=n)  # noqa: E731
    under_way = desk.book(SUB, now - minutes(30), now + minutes(60), "Haircut", "Jana Weber")
    edge = now + CONFLICT_HORIZON
    colour = desk.book(SUB, edge - minutes(60), edge + minutes(120), "Colour", "Ann Lee")
    icloud.add_event("Home", "Dentist", now - minutes(30), now - minutes(10))
    icloud.add_event("Family", "Gym", edge + minutes(60), edge + minutes(90))
    assert desk.sync(SUB).ok

    week = desk.week_snapshot(SUB, FIXED_WEEK, conflicts=(now, edge))
    assert cli.main(["conflicts", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert week.conflicts is not None
    assert [(c.appointment.ref_id, c.guest, [o.title for o in c.overlapping])
            for c in week.conflicts] == [(under_way.id, "Jana Weber", ["Dentist"]),
                                         (colour.id, "Ann Lee", ["Gym"])]
    assert [(c["appointment"]["id"], [o["title"] for o in c["overlapping"]])
            for c in listed] == [(under_way.id, ["Dentist"]), (colour.id, ["Gym"])]


def test_the_connections_are_read_in_one_transaction_with_who_else_uses_them(
    desk: Desk, icloud: IcloudServer, transactions: list[object],
) -> None:
    desk.add_sub_account("Anna", FIXED_ZONE.key)
    desk.connect("Anna", icloud.apple_id, icloud.password, icloud.url)
    transactions.clear()
    seen = desk.connections_snapshot(SUB)
    assert len(transactions) == 1
    assert seen.connected and list(seen.connections) == desk.connections(SUB)
    assert list(seen.calendars) == desk.calendars(SUB)
    [account] = seen.connections
    assert seen.connection(account.id) == account
    assert seen.calendars_of(account.id) == desk.calendars(SUB)
    assert seen.other_users(account.id) == ["Anna"]
    assert seen.users[account.id] == ("Anna", SUB)
    desk.add_sub_account("Empty", FIXED_ZONE.key)
    nothing = desk.connections_snapshot("Empty")
    assert not nothing.connected and nothing.calendars == ()


def test_the_double_bookings_ahead_are_read_only_when_asked(desk: Desk) -> None:
    week = desk.week_snapshot(SUB, FIXED_WEEK + timedelta(days=7))
    assert week.conflicts is None
    assert week.opening_hours == desk.opening_hours(SUB)
    assert week.with_notice("The shared schedule is out of reach.").banner == (
        "The shared schedule is out of reach.")
    assert desk.week_snapshot(SUB, FIXED_WEEK, now=datetime(2027, 3, 1, tzinfo=UTC)).stale


def test_a_booking_another_desk_commits_while_the_week_is_read_is_in_none_of_it(
    desk: Desk,
) -> None:
    """Another process blocks Tuesday's lunch after the week's first read and before its
    last: the snapshot shows the week as it was when the read began, the next one with
    the lunch."""
    store_reads: list[str] = []

    def block_lunch_from_another_desk(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if not statement.lstrip().upper().startswith("SELECT"):
            return
        store_reads.append(statement)
        if len(store_reads) != 1:
            return
        subprocess.run(
            [sys.executable, "-m", "jumpadesk", "block", "--start",
             week_day(1, "12:00").isoformat(), "--end", week_day(1, "13:00").isoformat(),
             "--title", "Lunch"],
            env=os.environ.copy(), cwd=ROOT, check=True, capture_output=True, timeout=60)

    event.listen(desk.engine, "after_cursor_execute", block_lunch_from_another_desk)
    try:
        during = desk.week_snapshot(SUB, FIXED_WEEK)
    finally:
        event.remove(desk.engine, "after_cursor_execute", block_lunch_from_another_desk)
    assert len(store_reads) > 3  # the lunch was committed between the week's reads
    assert "Lunch" not in {i.title for i in during.items}
    after = desk.week_snapshot(SUB, FIXED_WEEK)
    assert "Lunch" in {i.title for i in after.items if i.source == "blocked"}


def test_an_unknown_sub_account_is_refused_not_made(desk: Desk) -> None:
    with pytest.raises(UnknownSubAccount):
        desk.week_snapshot("Tpyo", FIXED_WEEK)
    assert [s.name for s in desk.sub_accounts()] == [SUB]


def test_whether_the_guest_came_is_read_with_the_week_and_the_team_s_day(desk: Desk) -> None:
    came = desk.book(SUB, week_day(1, "05:00"), week_day(1, "06:00"), "Haircut", "Ann Lee")
    gone = desk.book(SUB, week_day(1, "07:00"), week_day(1, "08:00"), "Colour", "Eva Roth")
    later = desk.book(SUB, week_day(1, "09:00"), week_day(1, "10:00"), "Fringe", "Ida Lund")
    noon = week_day(1, "12:00")
    desk.mark_attendance(came.id, "arrived", now=noon)
    desk.mark_attendance(gone.id, "no-show", now=noon)
    marks = {came.id: "arrived", gone.id: "no-show", later.id: ""}

    def read(items: Any) -> dict[int | None, str]:
        return {i.ref_id: i.attendance for i in items if i.source == "appointment"}

    assert read(desk.week_snapshot(SUB, FIXED_WEEK).items) == marks
    [column] = desk.team_day_snapshot(FIXED_WEEK + timedelta(days=1), now=noon).columns
    assert read(column.items) == marks
    desk.mark_attendance(came.id, "clear", now=noon)
    assert read(desk.week_snapshot(SUB, FIXED_WEEK).items)[came.id] == ""
