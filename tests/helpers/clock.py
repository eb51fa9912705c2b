"""A clock a test sets by hand, and times that stay ahead of the real clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


class Clock:
    """Says `now` whenever asked; a test moves it by setting `now`."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def next_week(day: int, hhmm: str, zone: tzinfo = BERLIN) -> datetime:
    """A wall time next week (day 0 is next Monday), in Berlin unless told: never in the
    past whenever the test runs, so it can be booked without --in-the-past and offered
    as a free start."""
    today = date.today()
    monday = today + timedelta(days=7 - today.weekday())
    hour, minute = (int(x) for x in hhmm.split(":"))
    moment = monday + timedelta(days=day)
    return datetime(moment.year, moment.month, moment.day, hour, minute, tzinfo=zone)
