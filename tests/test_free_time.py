"""The free-time rule's pure parts (jumpadesk.free_time): lengths as people write them,
and a grid that follows the sub-account's clock across a change to summer time."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from jumpadesk.errors import InputError
from jumpadesk.free_time import AFTERNOON, Within, describe_length, free_starts, parse_length
from jumpadesk.hours import every_day, hours_outside

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(("text", "minutes"), [
    ("45m", 45), ("1h", 60), ("1h30m", 90), ("90m", 90), (" 2H ", 120), ("15", 15),
    ("24h", 1440),
])
def test_lengths_as_people_write_them(text: str, minutes: int) -> None:
    assert parse_length(text) == timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["", "h", "45 minutes", "1.5h", "-45m", "0m", "25h", "m45"])
def test_a_length_that_cannot_be_is_one_sentence(text: str) -> None:
    with pytest.raises(InputError) as refused:
        parse_length(text)
    sentence = str(refused.value)
    assert sentence.endswith(".") and "\n" not in sentence and "45m" in sentence


def test_lengths_are_said_in_words() -> None:
    assert [describe_length(timedelta(minutes=m)) for m in (45, 60, 90)] == [
        "45 min", "1 h", "1 h 30 min"]


def test_the_grid_follows_the_clock_across_summer_time() -> None:
    # 29 March 2026, Berlin: 02:00 becomes 03:00; an hour-long slot from 01:30 lasts to
    # 03:30 on the clock. No start at 02:00-02:45 (they do not exist).
    after = datetime(2026, 3, 29, 1, 0, tzinfo=BERLIN)
    found = free_starts([], every_day(0, 24), BERLIN, timedelta(hours=1), after,
                        after + timedelta(hours=3), count=10)
    assert [f"{s.astimezone(BERLIN):%H:%M}" for s in found] == [
        "01:00", "01:15", "01:30", "01:45", "03:00"]


def test_only_the_weekdays_and_the_part_of_the_day_asked_for() -> None:
    # Monday 30 November 2026, open all day: afternoons (12:00-17:00) of Wednesdays only.
    after = datetime(2026, 11, 30, 0, 0, tzinfo=BERLIN)
    within = Within(frozenset({2}), AFTERNOON.from_minute, AFTERNOON.to_minute)
    found = free_starts([], every_day(0, 24), BERLIN, timedelta(hours=2), after,
                        after + timedelta(days=14), count=20, within=within)
    assert [f"{s.astimezone(BERLIN):%a %d %H:%M}" for s in found] == [
        f"Wed {day} {hour}" for day in ("02", "09")
        for hour in ("12:00", "12:15", "12:30", "12:45", "13:00", "13:15", "13:30", "13:45",
                     "14:00", "14:15", "14:30", "14:45", "15:00")][:20]


def test_find_a_time_and_the_windows_question_keep_one_opening_hours_rule() -> None:
    """A service with 15 minutes kept before it and 10 after: a start whose buffer reaches
    outside the opening hours is not offered, and the window asks before booking it,
    naming the day's hours; every other start is offered and booked without a question."""
    hours, hour = every_day(9, 18), timedelta(hours=1)
    lead, tail = timedelta(minutes=15), timedelta(minutes=10)
    after = datetime(2026, 12, 1, 7, 0, tzinfo=BERLIN)  # a Tuesday
    before = after + timedelta(hours=13)
    offered = free_starts([], hours, BERLIN, hour, after, before, 100, lead=lead, tail=tail)
    grid = [after + timedelta(minutes=15 * n) for n in range(52)]
    assert [s for s in grid if hours_outside(hours, s, s + hour, BERLIN, lead, tail) == ""
            ] == offered
    assert (offered[0], offered[-1]) == (after + timedelta(hours=2, minutes=15),
                                         after + timedelta(hours=9, minutes=45))
    nine = after + 2 * hour
    assert hours_outside(hours, nine, nine + hour, BERLIN, lead, tail) == "Tuesday 09:00 – 18:00"
    assert hours_outside(hours, nine, nine + hour, BERLIN) == ""
