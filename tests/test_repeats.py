"""Repeating blocked slots as rules: which days, which times, in which words
(jumpadesk.repeats; the store and the commands are tested in tests/services/test_repeats.py
and tests/test_cli.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from jumpadesk.errors import InputError
from jumpadesk.repeats import Repeat, occurrences, parse_until, parse_weekdays
from tests.icloud_server import FIXED_ZONE as BERLIN


def berlin(day: date, hhmm: str) -> datetime:
    hour, minute = (int(x) for x in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def local_spans(spans: list[tuple[datetime, datetime]]) -> list[str]:
    return [f"{s.astimezone(BERLIN):%a %m-%d %H:%M}-{e.astimezone(BERLIN):%H:%M}"
            for s, e in spans]


def test_a_daily_lunch_keeps_its_wall_clock_time_across_the_change_to_summer_time() -> None:
    first = date(2027, 3, 26)  # a Friday; summer time begins on Sunday the 28th
    spans = occurrences(Repeat.make("daily"), berlin(first, "12:00"), berlin(first, "13:00"),
                        BERLIN, berlin(first, "00:00"), berlin(date(2027, 3, 30), "00:00"))
    assert local_spans(spans) == ["Fri 03-26 12:00-13:00", "Sat 03-27 12:00-13:00",
                                  "Sun 03-28 12:00-13:00", "Mon 03-29 12:00-13:00"]
    assert [s.astimezone(UTC).hour for s, _ in spans] == [11, 11, 10, 10]


def test_weekdays_skip_the_weekend_and_weekly_keeps_to_its_days_until_its_last() -> None:
    monday = date(2026, 11, 23)
    week = (berlin(monday, "00:00"), berlin(date(2026, 12, 7), "00:00"))
    weekdays = occurrences(Repeat.make("weekdays"), berlin(monday, "12:30"),
                           berlin(monday, "13:15"), BERLIN, *week)
    assert len(weekdays) == 10
    assert {s.astimezone(BERLIN).weekday() for s, _ in weekdays} == {0, 1, 2, 3, 4}
    weekly = Repeat.make("weekly", parse_weekdays("mon,wed"), until=parse_until("2026-12-02"))
    spans = occurrences(weekly, berlin(monday, "08:00"), berlin(monday, "09:00"), BERLIN, *week)
    assert local_spans(spans) == ["Mon 11-23 08:00-09:00", "Wed 11-25 08:00-09:00",
                                  "Mon 11-30 08:00-09:00", "Wed 12-02 08:00-09:00"]
    alone = Repeat.make("weekly", first_day=date(2026, 11, 24))  # no days: the first's
    assert alone.weekdays == frozenset({1})


def test_a_day_taken_out_is_skipped_and_a_block_over_midnight_is_found_the_day_after() -> None:
    monday = date(2026, 11, 23)
    night = Repeat.make("daily").without(date(2026, 11, 24))
    spans = occurrences(night, berlin(monday, "22:00"), berlin(date(2026, 11, 24), "02:00"),
                        BERLIN, berlin(date(2026, 11, 24), "01:00"),
                        berlin(date(2026, 11, 26), "01:30"))
    assert local_spans(spans) == ["Mon 11-23 22:00-02:00", "Wed 11-25 22:00-02:00"]
    assert night.next_day(monday) == date(2026, 11, 25)
    assert Repeat.make("daily", until=monday).next_day(monday) is None


def test_a_rule_is_stored_as_text_and_said_in_words() -> None:
    rule = Repeat.make("weekly", parse_weekdays("Wednesday,mon"), until=date(2026, 12, 31))
    rule = rule.without(date(2026, 12, 2))
    assert rule.columns() == {"repeat_rule": "weekly", "repeat_days": "mon,wed",
                              "repeat_until": "2026-12-31", "repeat_skipped": "2026-12-02"}
    assert Repeat.from_columns(*rule.columns().values()) == rule
    assert Repeat.from_columns("", "", "", "") is None
    assert rule.words() == "every Monday and Wednesday until Thursday 31 December 2026"
    assert Repeat.make("weekdays").words() == "every weekday (Monday to Friday)"
    assert Repeat.make("daily").words() == "every day"
    with pytest.raises(InputError, match='"hourly" is not a way to repeat; use daily, '
                                         "weekdays or weekly."):
        Repeat.make("hourly")
    with pytest.raises(InputError, match='"2026-13-01" is not a day; write it like 2026-12-31.'):
        parse_until("2026-13-01")
