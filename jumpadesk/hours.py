"""Opening hours: when a sub-account takes bookings, per weekday, a day possibly closed.

Pure values, no store and no Qt: the service keeps them (one text column of
`sub_account`), the week view shades the time outside them and the window asks before
booking there. They never change what blocks: `busy` and `events` do not read them.

`OpeningHours` is seven entries, Monday first; each a `DayHours` or None (closed). The
stored text is seven "HH:MM-HH:MM" (or empty, closed) joined by ";"; an empty column
means the default, DEFAULT_OPENING_HOURS (Monday to Friday 09:00 to 18:00, the weekend
closed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from jumpadesk import wording
from jumpadesk.errors import InputError

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class DayHours:
    """Open from `opens` to `closes` (the same day; `closes` after `opens`)."""

    opens: time
    closes: time

    @property
    def opens_minute(self) -> int:
        return self.opens.hour * 60 + self.opens.minute

    @property
    def closes_minute(self) -> int:
        """Minutes after midnight; 24:00 (a day open to its end) is 1440."""
        return 24 * 60 if self.closes == time(0) else self.closes.hour * 60 + self.closes.minute


OpeningHours = tuple[DayHours | None, ...]

_WEEKDAY_HOURS = DayHours(time(9), time(18))
DEFAULT_OPENING_HOURS: OpeningHours = (_WEEKDAY_HOURS,) * 5 + (None, None)


def every_day(opens_hour: int, closes_hour: int) -> OpeningHours:
    """The same hours on all seven days (closes_hour 24: to midnight)."""
    return (DayHours(time(opens_hour % 24), time(closes_hour % 24)),) * 7


def check_hours(hours: OpeningHours) -> OpeningHours:
    """`hours` when they are seven days each closed or opening before closing; else
    InputError naming the day."""
    if len(hours) != 7:
        raise InputError("Opening hours need an entry for each of the seven weekdays.")
    for name, day in zip(WEEKDAYS, hours, strict=True):
        if day is not None and day.closes_minute <= day.opens_minute:
            raise InputError(f"On {name}, closing time must come after opening time.")
    return tuple(hours)


def hours_to_text(hours: OpeningHours) -> str:
    """What the store keeps: "09:00-18:00;...;;" (an empty entry is a closed day)."""
    return ";".join("" if d is None else f"{d.opens:%H:%M}-{d.closes:%H:%M}" for d in hours)


def hours_from_text(text: str) -> OpeningHours:
    """The stored text back; the default when it is empty or unreadable."""
    if not text.strip():
        return DEFAULT_OPENING_HOURS
    try:
        days = [_day_from_text(part) for part in text.split(";")]
        return check_hours(tuple(days))
    except (ValueError, InputError):
        return DEFAULT_OPENING_HOURS


def _day_from_text(part: str) -> DayHours | None:
    if not part.strip():
        return None
    opens, closes = part.split("-")
    return DayHours(time.fromisoformat(opens.strip()), time.fromisoformat(closes.strip()))


def closed_between(hours: OpeningHours, start: datetime, end: datetime,
                   tz: ZoneInfo) -> bool:
    """Whether any of start..end (aware) falls outside the opening hours, read in `tz`."""
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    day = local_start.date()
    while True:
        midnight = datetime.combine(day, time(0), tzinfo=tz)
        day_end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
        part_start, part_end = max(local_start, midnight), min(local_end, day_end)
        if part_start < part_end:
            entry = hours[day.weekday()]
            if entry is None:
                return True
            opens = midnight + timedelta(minutes=entry.opens_minute)
            closes = midnight + timedelta(minutes=entry.closes_minute)
            if part_start < opens or part_end > closes:
                return True
        if day_end >= local_end:
            return False
        day += timedelta(days=1)


def describe_day(hours: OpeningHours, weekday: int, am_pm: bool = False) -> str:
    """One day's hours as a sentence says them: "Saturday: closed", "Monday 09:00 –
    18:00" (or "9:00 AM – 6:00 PM")."""
    entry, name = hours[weekday], WEEKDAYS[weekday]
    if entry is None:
        return f"{name}: closed"
    closes = "24:00" if entry.closes == time(0) and not am_pm else wording.format_time(
        entry.closes, am_pm)
    return f"{name} {wording.format_time(entry.opens, am_pm)} {wording.EN_DASH} {closes}"
