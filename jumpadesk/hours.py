"""Opening hours: when a sub-account takes bookings, per weekday, a day possibly closed.

Pure values, no store and no Qt: the service keeps them (one text column of
`sub_account`), the week view shades the time outside them (`closed_spans`) and the
window asks before booking there (`hours_outside`, with a service's buffers, by the one
check Find a Time offers starts by: `booking_outside_hours`). They never change what blocks:
`busy` and `events` do not read them.

`OpeningHours` is seven entries, Monday first; each a `DayHours` (one or more ranges,
a lunch break between two) or None (closed). The stored text is seven days joined by
";", each its ranges "HH:MM-HH:MM" joined by "," (empty: closed), for example
"09:00-12:30,13:30-18:00"; a day of one range reads as it did before ranges were
added. An empty column means the default, DEFAULT_OPENING_HOURS (Monday to Friday
09:00 to 18:00, the weekend closed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from jumpadesk import wording
from jumpadesk.errors import InputError
from jumpadesk.language import translate

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MINUTES_PER_DAY = 24 * 60


def day_name(weekday: int) -> str:
    """A weekday's name in the person's language ("Dienstag"); WEEKDAYS stay English
    (the command line reads them, `--json` says them)."""
    return wording.weekday_long(date(2024, 1, 1) + timedelta(days=weekday))  # a Monday


def _said_day(name: str) -> str:
    """A day named in a refusal: an English weekday in the person's language."""
    if name in WEEKDAYS:
        return day_name(WEEKDAYS.index(name))
    return translate("hours", "that day") if name in ("", "that day") else name


def _minute(moment: time, closing: bool) -> int:
    """Minutes after midnight; a closing time of 00:00 is the day's end (1440)."""
    if closing and moment == time(0):
        return MINUTES_PER_DAY
    return moment.hour * 60 + moment.minute


def _time_text(minute: int) -> str:
    return "24:00" if minute == MINUTES_PER_DAY else f"{minute // 60:02d}:{minute % 60:02d}"


@dataclass(frozen=True, init=False)
class DayHours:
    """One day's opening: ranges, each from an opening to a closing time, in order.
    `DayHours(time(9), time(18))` is open 09:00 to 18:00; `DayHours(time(9),
    time(12, 30), time(13, 30), time(18))` 09:00 to 12:30 and 13:30 to 18:00 (a lunch
    break). A closing time of 00:00 is midnight at the end of the day."""

    times: tuple[time, ...]

    def __init__(self, *times: time) -> None:
        object.__setattr__(self, "times", tuple(times))

    @classmethod
    def of_ranges(cls, ranges: Iterable[tuple[time, time]]) -> DayHours:
        return cls(*(moment for pair in ranges for moment in pair))

    @property
    def ranges(self) -> tuple[tuple[time, time], ...]:
        """(opens, closes) of each range; an odd time left over is not a range."""
        return tuple(zip(self.times[0::2], self.times[1::2], strict=False))

    @property
    def minute_ranges(self) -> tuple[tuple[int, int], ...]:
        """(opens, closes) of each range in minutes after midnight (24:00 is 1440)."""
        return tuple((_minute(o, False), _minute(c, True)) for o, c in self.ranges)

    @property
    def opens(self) -> time:
        """The day's first opening."""
        return self.times[0]

    @property
    def closes(self) -> time:
        """The day's last closing."""
        return self.times[-1]

    @property
    def opens_minute(self) -> int:
        return _minute(self.opens, False)

    @property
    def closes_minute(self) -> int:
        """Minutes after midnight; 24:00 (a day open to its end) is 1440."""
        return _minute(self.closes, True)

    def text(self) -> str:
        """As stored and as the command line takes it: "09:00-12:30,13:30-18:00"."""
        return ",".join(f"{o:%H:%M}-{c:%H:%M}" for o, c in self.ranges)

    def __repr__(self) -> str:
        return f"DayHours({self.text()!r})"


OpeningHours = tuple[DayHours | None, ...]

_WEEKDAY_HOURS = DayHours(time(9), time(18))
DEFAULT_OPENING_HOURS: OpeningHours = (_WEEKDAY_HOURS,) * 5 + (None, None)


def every_day(opens_hour: int, closes_hour: int) -> OpeningHours:
    """The same hours on all seven days (closes_hour 24: to midnight)."""
    return (DayHours(time(opens_hour % 24), time(closes_hour % 24)),) * 7


def check_day(name: str, day: DayHours | None) -> DayHours | None:
    """One day's hours made plain: its ranges in order, touching ones joined, a day
    without ranges closed (None). InputError naming the day when a range closes before
    it opens or two overlap."""
    if day is None:
        return None
    if len(day.times) % 2:
        raise InputError(translate("hours", "On {day}, each range needs an opening and a "
                                            "closing time.").format(day=_said_day(name)))
    ranges = sorted(day.minute_ranges)
    for opens, closes in ranges:
        if closes <= opens:
            raise InputError(translate("hours", "On {day}, closing time must come after "
                                                "opening time ({opens} – {closes}).").format(
                day=_said_day(name), opens=_time_text(opens), closes=_time_text(closes)))
    joined: list[list[int]] = []
    for opens, closes in ranges:
        if joined and opens < joined[-1][1]:
            before = joined[-1]
            raise InputError(translate(
                "hours", "On {day}, {opens} – {closes} and {next_opens} – {next_closes} "
                         "overlap; give each time of day to one range.").format(
                day=_said_day(name), opens=_time_text(before[0]),
                closes=_time_text(before[1]), next_opens=_time_text(opens),
                next_closes=_time_text(closes)))
        if joined and opens == joined[-1][1]:
            joined[-1][1] = closes
        else:
            joined.append([opens, closes])
    if not joined:
        return None
    return DayHours(*(_clock(m) for pair in joined for m in pair))


def _clock(minute: int) -> time:
    return time((minute // 60) % 24, minute % 60)


def check_hours(hours: Iterable[DayHours | None]) -> OpeningHours:
    """`hours` made plain (check_day for each) when they are seven days; else
    InputError naming the day."""
    days = tuple(hours)
    if len(days) != 7:
        raise InputError(translate("hours", "Opening hours need an entry for each of the "
                                            "seven weekdays."))
    return tuple(check_day(name, day) for name, day in zip(WEEKDAYS, days, strict=True))


def hours_to_text(hours: OpeningHours) -> str:
    """What the store keeps: "09:00-12:30,13:30-18:00;...;;" (empty: a closed day)."""
    return ";".join("" if d is None else d.text() for d in hours)


def hours_from_text(text: str) -> OpeningHours:
    """The stored text back; the default when it is empty or unreadable."""
    if not text.strip():
        return DEFAULT_OPENING_HOURS
    try:
        return check_hours(_day_from_text(part) for part in text.split(";"))
    except (ValueError, InputError):
        return DEFAULT_OPENING_HOURS


def _day_from_text(part: str) -> DayHours | None:
    if not part.strip():
        return None
    times: list[time] = []
    for piece in part.split(","):
        opens, closes = piece.split("-")
        times += [time.fromisoformat(opens.strip()), time.fromisoformat(closes.strip())]
    return DayHours(*times)


_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-\u2013\u2014]\s*(\d{1,2}):(\d{2})\s*$")


def parse_ranges(text: str, day: str = "") -> DayHours | None:
    """Ranges as a person types them ("09:00-12:30,13:30-18:00", "9:00–18:00", "8:00-24:00"),
    checked (check_day); "closed" or nothing is a closed day (None). InputError with an
    example for anything else."""
    name = _said_day(day)
    if text.strip().lower() in ("", "closed"):
        return None
    times: list[time] = []
    for piece in text.split(","):
        found = _RANGE.match(piece)
        minutes = [int(h) * 60 + int(m) for h, m in (found.group(1, 2), found.group(3, 4))
                   ] if found else []
        if (not found or not 0 <= minutes[0] < MINUTES_PER_DAY
                or not 0 < minutes[1] <= MINUTES_PER_DAY
                or int(found.group(2)) > 59 or int(found.group(4)) > 59):
            raise InputError(translate("hours", "\"{typed}\" is not a range of hours for "
                                                "{day}; write them like "
                                                "09:00-12:30,13:30-18:00.").format(
                typed=piece.strip(), day=name))
        times += [_clock(minutes[0]), _clock(minutes[1])]
    return check_day(day or "that day", DayHours(*times))


def weekday_number(text: str) -> int:
    """0 for "mon", "Monday" or "MO" ... 6 for Sunday; InputError otherwise."""
    word = text.strip().lower()
    for number, name in enumerate(WEEKDAYS):
        if len(word) >= 2 and name.lower().startswith(word):
            return number
    raise InputError(translate("hours", "\"{typed}\" is not a weekday; use mon, tue, wed, thu, "
                                        "fri, sat or sun.").format(typed=text.strip()))


def with_day(hours: OpeningHours, weekday: int, day: DayHours | None) -> OpeningHours:
    """`hours` with one weekday's entry replaced."""
    return (*hours[:weekday], day, *hours[weekday + 1:])


def closed_spans(hours: OpeningHours, weekday: int) -> list[tuple[int, int]]:
    """The closed parts of a weekday in minutes after midnight, [start, end), in order:
    [(0, 1440)] for a closed day; [(0, 540), (750, 810), (1080, 1440)] for 09:00 to
    12:30 and 13:30 to 18:00. What the week view shades."""
    entry = hours[weekday]
    if entry is None:
        return [(0, MINUTES_PER_DAY)]
    spans, at = [], 0
    for opens, closes in entry.minute_ranges:
        if opens > at:
            spans.append((at, opens))
        at = max(at, closes)
    if at < MINUTES_PER_DAY:
        spans.append((at, MINUTES_PER_DAY))
    return spans


def closed_between(hours: OpeningHours, start: datetime, end: datetime,
                   tz: ZoneInfo) -> bool:
    """Whether any of start..end (aware) falls outside the opening hours, read in `tz`:
    on a closed day, before opening, after closing or in a break between ranges."""
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
            if not any(midnight + timedelta(minutes=opens) <= part_start
                       and part_end <= midnight + timedelta(minutes=closes)
                       for opens, closes in entry.minute_ranges):
                return True
        if day_end >= local_end:
            return False
        day += timedelta(days=1)


def booking_outside_hours(hours: OpeningHours, start: datetime, end: datetime, tz: ZoneInfo,
                          lead: timedelta = timedelta(0),
                          tail: timedelta = timedelta(0)) -> bool:
    """Whether a booking of start..end reaches outside the opening hours, its service's
    buffers counted (`lead` before it, `tail` after: the staff member is kept then too).
    The one check: Find a Time and `free` offer no start it refuses
    (free_time.free_starts), and the window asks before booking one (hours_outside)."""
    return closed_between(hours, start - lead, end + tail, tz)


def hours_outside(hours: OpeningHours, start: datetime, end: datetime, tz: ZoneInfo,
                  lead: timedelta = timedelta(0), tail: timedelta = timedelta(0),
                  am_pm: bool = False) -> str:
    """The opening hours a booking of start..end (with its buffers, as
    booking_outside_hours) falls outside, in words, for each day it touches: "Tuesday
    09:00 – 18:00", "Saturday: closed; Sunday: closed"; "" when it lies inside them."""
    if not booking_outside_hours(hours, start, end, tz, lead, tail):
        return ""
    # Ending at midnight ends that day, not the next.
    first, last = start - lead, end + tail - timedelta(microseconds=1)
    days = sorted({first.astimezone(tz).weekday(), last.astimezone(tz).weekday()})
    return "; ".join(describe_day(hours, day, am_pm) for day in days)


def describe_day(hours: OpeningHours, weekday: int, am_pm: bool = False) -> str:
    """One day's hours as a sentence says them: "Saturday: closed", "Monday 09:00 –
    18:00", "Tuesday 09:00 – 12:30, 13:30 – 18:00" (or "9:00 AM – 6:00 PM")."""
    entry, name = hours[weekday], day_name(weekday)
    if entry is None:
        return translate("hours", "{day}: closed").format(day=name)
    return f"{name} {describe_ranges(entry, am_pm)}"


def describe_ranges(day: DayHours, am_pm: bool = False) -> str:
    """"09:00 – 12:30, 13:30 – 18:00" (a closing midnight is 24:00, or 12:00 AM)."""
    parts = []
    for opens, closes in day.ranges:
        end = "24:00" if closes == time(0) and not am_pm else wording.format_time(closes, am_pm)
        parts.append(f"{wording.format_time(opens, am_pm)} {wording.EN_DASH} {end}")
    return ", ".join(parts)
