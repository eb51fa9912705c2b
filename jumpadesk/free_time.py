"""Free time: the starts on the quarter-hour grid where a slot of a given length fits
inside the opening hours and overlaps nothing that blocks it. Pure: the schedule comes
in (availability.schedule_between's items), the starts go out; the service reads
(services/free.py). What blocks is availability.blocks_booking, the one rule booking,
`busy` and the week's preview apply.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from jumpadesk.availability import ScheduleItem, blocks_booking, merge_intervals
from jumpadesk.errors import InputError
from jumpadesk.hours import MINUTES_PER_DAY, OpeningHours, booking_outside_hours
from jumpadesk.language import translate
from jumpadesk.wording import describe_length as describe_length  # said there; read here

#: The grid starts are offered on: :00, :15, :30 and :45 of the sub-account's clock.
GRID_MINUTES = 15
#: How many starts are offered unless told, how far ahead they are looked for, and the
#: most one question may ask for.
DEFAULT_COUNT = 5
DEFAULT_DAYS = 60
MOST_STARTS = 1000
#: The longest slot asked for: a whole day.
LONGEST = timedelta(days=1)

_LENGTH = re.compile(r"(?:(\d{1,4})h)?(?:(\d{1,5})m(?:in)?)?")


def parse_length(text: str) -> timedelta:
    """A length as people write it: 45m, 1h, 1h30m, 90m (a bare number is minutes).
    InputError with one sentence for anything else, nothing at all, or more than a day."""
    word = text.strip().lower().replace(" ", "")
    if word.isdigit():
        word += "m"
    match = _LENGTH.fullmatch(word)
    if not word or match is None or not any(match.groups()):
        raise InputError(translate("hours", "\"{typed}\" is not a length; write it like 45m, "
                                            "1h, 1h30m or 90m.").format(typed=text.strip()))
    hours, minutes = (int(part or 0) for part in match.groups())
    length = timedelta(hours=hours, minutes=minutes)
    if not timedelta(0) < length <= LONGEST:
        raise InputError(translate("hours", "\"{typed}\" is not a length jumpadesk can offer; "
                                            "give one from 1m to 24h, like 45m or "
                                            "1h30m.").format(typed=text.strip()))
    return length


@dataclass(frozen=True)
class Within:
    """Which starts a person wants: on these weekdays (0 is Monday), and lying between
    these minutes of the day on the sub-account's clock (a part of the day)."""

    weekdays: frozenset[int] = frozenset(range(7))
    from_minute: int = 0
    to_minute: int = MINUTES_PER_DAY

    def takes(self, start: datetime, end: datetime, zone: ZoneInfo) -> bool:
        local_start, local_end = start.astimezone(zone), end.astimezone(zone)
        if local_start.weekday() not in self.weekdays:
            return False
        first = local_start.hour * 60 + local_start.minute
        last = (local_end - local_start).total_seconds() // 60 + first
        return self.from_minute <= first and last <= self.to_minute


#: Parts of the day, as Find a Time offers them.
MORNING = Within(from_minute=0, to_minute=12 * 60)
AFTERNOON = Within(from_minute=12 * 60, to_minute=17 * 60)
EVENING = Within(from_minute=17 * 60, to_minute=MINUTES_PER_DAY)
ANY_TIME = Within()


def _grid_starts(hours: OpeningHours, zone: ZoneInfo, after: datetime,
                 before: datetime) -> Iterator[datetime]:
    """Each start on the grid, earliest first, from `after` on, whose wall time lies in an
    opening range of its day (UTC); the whole slot is checked by the caller."""
    day = after.astimezone(zone).date() - timedelta(days=1)
    last_day = before.astimezone(zone).date()
    while day <= last_day:
        entry = hours[day.weekday()]
        for opens, closes in entry.minute_ranges if entry is not None else ():
            minute = -(-opens // GRID_MINUTES) * GRID_MINUTES
            while minute < closes:
                local = datetime.combine(day, time(minute // 60, minute % 60), tzinfo=zone)
                start = local.astimezone(UTC)
                if start >= before:
                    return
                if start >= after and start.astimezone(zone).replace(tzinfo=None) == \
                        local.replace(tzinfo=None):
                    yield start  # (a wall time skipped by summer time is no start)
                minute += GRID_MINUTES
        day += timedelta(days=1)


def free_starts(
    items: Iterable[ScheduleItem], hours: OpeningHours, zone: ZoneInfo, length: timedelta,
    after: datetime, before: datetime, count: int, within: Within = ANY_TIME,
    lead: timedelta = timedelta(0), tail: timedelta = timedelta(0),
) -> list[datetime]:
    """Up to `count` starts (UTC, earliest first) on the grid in `zone`, at or after
    `after`, of slots of `length` that end by `before`, lie inside the opening hours
    with their buffers (hours.booking_outside_hours, as the window asks before booking)
    and overlap no item that
    blocks a booking there (availability.blocks_booking). `items` must cover [after,
    before). Only starts `within` takes (weekdays, a part of the day) are offered.

    A service's buffers, `lead` before the start and `tail` after the slot, must fit
    too: the span checked is [start - lead, start + length + tail], and `items` must
    cover it."""
    after, before = after.astimezone(UTC), before.astimezone(UTC)
    taken = merge_intervals((i.blocks_from, i.blocks_until) for i in items
                            if blocks_booking(i, after - lead, before))
    ends = [span.end for span in taken]
    found: list[datetime] = []
    if count <= 0:
        return found
    for start in _grid_starts(hours, zone, after, before):
        end = start + length
        if end + tail > before:
            break
        first, last = start - lead, end + tail
        at = bisect_left(ends, first + timedelta(microseconds=1))  # first span ending after
        if at < len(taken) and taken[at].start < last:
            continue
        if not within.takes(start, end, zone) or booking_outside_hours(hours, start, end, zone,
                                                                       lead, tail):
            continue
        found.append(start)
        if len(found) >= count:
            break
    return found


def on_grid(moment: datetime, zone: ZoneInfo) -> datetime:
    """`moment` moved forward to the next start on the grid (itself when on it), UTC."""
    local = moment.astimezone(zone)
    past = timedelta(minutes=local.minute % GRID_MINUTES, seconds=local.second,
                     microseconds=local.microsecond)
    if not past:
        return moment.astimezone(UTC)
    return (local - past + timedelta(minutes=GRID_MINUTES)).astimezone(UTC)
