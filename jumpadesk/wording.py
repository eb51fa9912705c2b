"""Words about time and staleness, the same in the window, the command line and the
screenshots."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:  # availability uses these words itself
    from jumpadesk.availability import ScheduleItem


def brief_when(item: ScheduleItem, tz: ZoneInfo) -> str:
    """When an item is, briefly, in the business's zone: "Tue 10:00–11:30",
    "Wed 20:00–Thu 09:30", "all day Sat" or "all day Sat–Sun"."""
    start, end = item.start.astimezone(tz), item.end.astimezone(tz)
    if item.all_day:
        last = (end - timedelta(days=1)).date() if end > start else start.date()
        if last == start.date():
            return f"all day {start:%a}"
        return f"all day {start:%a}–{last:%a}"
    if end.date() != start.date() and end != end.replace(hour=0, minute=0, second=0):
        return f"{start:%a %H:%M}–{end:%a %H:%M}"
    return f"{start:%a %H:%M}–{end:%H:%M}"
