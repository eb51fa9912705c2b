"""The week view's tests' week: Monday 23 November 2026 in Berlin, seen on Wednesday
afternoon, and a builder of schedule items in it. The `clock` and `view` fixtures over
these are in tests/ui/conftest.py."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from jumpadesk.availability import ScheduleItem
from jumpadesk.ui.week_view import WeekView
from tests.helpers.clock import Clock

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 25, 14, 20, tzinfo=BERLIN)  # Wednesday


def at(day: int, hhmm: str) -> datetime:
    """A wall time on day `day` (0: Monday) of the week, in UTC."""
    hour, minute = (int(x) for x in hhmm.split(":"))
    d = MONDAY + timedelta(days=day)
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


def item(start: datetime, end: datetime, title: str = "Event", *, busy: bool = True,
         reason: str = "busy", all_day: bool = False, kind: str = "event",
         source: str = "icloud", color: str = "#1BADF8", calendar: str = "Work",
         location: str = "") -> ScheduleItem:
    return ScheduleItem(start=start, end=end, title=title, busy=busy, source=source,
                        reason=reason, calendar=calendar, calendar_id=1, color=color,
                        all_day=all_day, kind=kind, location=location,
                        account="anna@icloud.com")


def shown_week_view(qtbot: Any, clock: Clock) -> WeekView:
    """The week view of MONDAY in Berlin, 1000 x 700, shown."""
    v = WeekView(tz=BERLIN, monday=MONDAY, clock=clock)
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    qtbot.waitExposed(v)
    return v
