"""Free times (issue 20 item 2): the next starts on the quarter-hour grid where a slot of a
given length fits inside the opening hours and overlaps nothing that blocks a booking
(iCloud's busy events, appointments, blocked slots with their repeats), for one
sub-account or for anyone, read in one transaction; a sub-account whose calendars could
not be read lately is offered nothing. On SQLite and PostgreSQL, against the iCloud-like
server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from jumpadesk.errors import InputError, UnknownSubAccount
from jumpadesk.hours import DayHours, closed_between
from jumpadesk.repeats import Repeat
from jumpadesk.service import Desk
from tests.helpers.shop import opened_desk, transactions_begun
from tests.icloud_server import FIXED_ZONE, IcloudServer, week_day

SUB = "Main"
MIN45 = timedelta(minutes=45)


@pytest.fixture
def desk(jumpadesk_home: Path, icloud: IcloudServer) -> Desk:
    return opened_desk(icloud)


@pytest.fixture
def transactions(desk: Desk) -> Iterator[list[object]]:
    with transactions_begun(desk) as begun:
        yield begun


def starts(desk: Desk, length: timedelta, after: datetime, **options: Any) -> list[str]:
    answer = desk.free_times(options.pop("which", SUB), length, after=after, **options)
    return [f"{f.sub_account.name} {f.start.astimezone(FIXED_ZONE):%a %H:%M}"
            for f in answer.starts]


def test_free_starts_are_exactly_the_grid_times_booking_would_take(desk: Desk) -> None:
    # Tuesday: Dentist 08:00-09:00, Quarterly planning 10:00-11:30 in iCloud (a board
    # review 15:00-16:00 there is cancelled: it blocks nothing); a haircut booked
    # 12:00-13:00; a lunch blocked every weekday 13:00-13:30.
    desk.book(SUB, week_day(1, "12:00"), week_day(1, "13:00"), "Haircut", "Ann Lee")
    desk.block(SUB, week_day(0, "13:00"), week_day(0, "13:30"), "Lunch",
               Repeat.make("weekdays", (), None, first_day=week_day(0).date()))

    found = starts(desk, MIN45, week_day(1, "00:00"), count=7)

    assert found == ["Main Tue 09:00", "Main Tue 09:15", "Main Tue 13:30", "Main Tue 13:45",
                     "Main Tue 14:00", "Main Tue 14:15", "Main Tue 14:30"]
    # Every quarter hour of the day is offered exactly when booking would take it.
    hours = desk.opening_hours(SUB)
    offered = desk.free_times(SUB, MIN45, after=week_day(1, "00:00"), count=100,
                              before=week_day(2, "00:00"))
    at = {f.start for f in offered.starts}
    for quarter in range(96):
        start = week_day(1, "00:00").astimezone(UTC) + timedelta(minutes=15 * quarter)
        end = start + MIN45
        takes = (not desk.conflicts(SUB, start, end)
                 and not closed_between(hours, start, end, FIXED_ZONE))
        assert (start in at) == takes, start


def test_opening_hours_with_a_break_and_a_late_start(desk: Desk) -> None:
    lunch = (DayHours(time(9), time(12, 30), time(13, 30), time(18)),) * 5 + (None, None)
    desk.set_opening_hours(SUB, lunch)
    # Asked at 11:07 on Tuesday for an hour: planning is until 11:30, 11:30 ends as the
    # break begins, 11:45 would run into it; next is 13:30.
    assert starts(desk, timedelta(hours=1), week_day(1, "11:07"), count=3) == [
        "Main Tue 11:30", "Main Tue 13:30", "Main Tue 13:45"]
    # Friday evening for 45 minutes: 17:30 would end after closing, the weekend is closed,
    # the next Monday and Tuesday are a trade fair (all day), Wednesday's stand-up is
    # 09:00-09:30.
    assert starts(desk, MIN45, week_day(4, "17:20"), count=2) == [
        "Main Wed 09:30", "Main Wed 09:45"]


def test_anyone_counts_suggestions_in_all_equal_starts_by_name(
    desk: Desk, transactions: list[object],
) -> None:
    desk.add_sub_account("Alex")  # no calendars yet: only the opening hours hold Alex
    transactions.clear()
    found = starts(desk, MIN45, week_day(1, "09:00"), anyone=True, count=5)
    assert len(transactions) == 1
    assert found == ["Alex Tue 09:00", "Main Tue 09:00", "Alex Tue 09:15", "Main Tue 09:15",
                     "Alex Tue 09:30"]
    answer = desk.free_times(None, MIN45, after=week_day(1, "09:00"), anyone=True, count=1)
    assert [(f.start, f.end) for f in answer.starts] == [
        (week_day(1, "09:00"), week_day(1, "09:45"))]


def test_a_calendar_that_could_not_be_read_offers_nothing(
    desk: Desk, icloud: IcloudServer,
) -> None:
    icloud.add_event("Family", "School run", week_day(3, "07:00"), week_day(3, "07:30"))
    icloud.fail_next(10, status=500, path="/family/")
    assert not desk.sync(SUB).ok  # Family changed and cannot be read now
    answer = desk.free_times(SUB, MIN45, after=week_day(1, "09:00"))
    assert answer.starts == ()
    [left_out] = answer.out_of_date
    assert [s.name for s in left_out.stale] == ["Family"]
    assert left_out.sentence().startswith("No times are offered for Main: its schedule may be "
                                          "out of date (Family")
    # Told to use what is there, the same times as before are offered.
    assert starts(desk, MIN45, week_day(1, "09:00"), allow_stale=True, count=2) == [
        "Main Tue 09:00", "Main Tue 09:15"]


def test_an_unknown_sub_account_and_a_span_that_cannot_be_are_refused(desk: Desk) -> None:
    with pytest.raises(UnknownSubAccount):
        desk.free_times("Maria", MIN45, after=week_day(1, "09:00"))
    with pytest.raises(InputError, match="end time must be after"):
        desk.free_times(SUB, MIN45, after=week_day(1, "09:00"), before=week_day(0, "09:00"))
    with pytest.raises(InputError, match="1 to 1000"):
        desk.free_times(SUB, MIN45, after=week_day(1, "09:00"), count=0)
