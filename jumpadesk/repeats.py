"""Blocked slots that repeat: every day, every weekday (Monday to Friday) or every week
on chosen weekdays, until a last day or without end, single days taken out.

Pure values and arithmetic, no store and no Qt. A repeating block is one row of
`blocked_slot`: its first occurrence (start_ts, end_ts, as any blocked slot) and its
rule in four text columns (`Repeat.columns`). Every occurrence has the first one's
wall-clock times in the sub-account's zone: a lunch block at 12:00 stays at 12:00 on
either side of a change to summer time. `occurrences` expands a rule over a span;
the availability rules (jumpadesk.availability) read blocked slots through it, so a
repeating block blocks on each of its days wherever blocked slots are read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import TypedDict
from zoneinfo import ZoneInfo

from jumpadesk import wording
from jumpadesk.errors import InputError
from jumpadesk.hours import WEEKDAYS, weekday_number
from jumpadesk.language import translate

DAILY, WEEKDAYS_ONLY, WEEKLY = "daily", "weekdays", "weekly"
KINDS = (DAILY, WEEKDAYS_ONLY, WEEKLY)
_SHORT = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: The longest a repeating block may last: one occurrence must end before the next
#: day's could begin.
LONGEST = timedelta(days=1)


class RepeatColumns(TypedDict):
    """The four `repeat_*` columns of blocked_slot, as a rule fills them."""

    repeat_rule: str
    repeat_days: str
    repeat_until: str
    repeat_skipped: str


@dataclass(frozen=True)
class Repeat:
    """How a blocked slot repeats. `kind` is "daily", "weekdays" (Monday to Friday) or
    "weekly" (on `weekdays`, Monday 0 ... Sunday 6); `until` the last day it may happen
    on (None: no end); `skipped` the days taken out of the series."""

    kind: str
    weekdays: frozenset[int] = field(default_factory=frozenset)
    until: date | None = None
    skipped: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def make(cls, kind: str, weekdays: Iterable[int] = (), until: date | None = None,
             first_day: date | None = None) -> Repeat:
        """A checked rule. A weekly one without weekdays repeats on `first_day`'s weekday.
        InputError for a kind it does not know, or weekdays given to another kind."""
        kind = kind.strip().lower()
        if kind not in KINDS:
            raise InputError(translate("hours", "\"{typed}\" is not a way to repeat; use daily, "
                                                "weekdays or weekly.").format(typed=kind))
        days = frozenset(weekdays)
        if days and kind != WEEKLY:
            raise InputError(translate("hours", "Weekdays are chosen only for a block that "
                                                "repeats weekly."))
        if kind == WEEKLY and not days:
            if first_day is None:
                raise InputError(translate("hours", "Say on which weekdays it repeats."))
            days = frozenset({first_day.weekday()})
        return cls(kind, days, until)

    @classmethod
    def from_columns(cls, rule: str, days: str, until: str, skipped: str) -> Repeat | None:
        """The rule as stored; None for a slot that happens once (or a rule this
        jumpadesk cannot read, which then blocks its first occurrence only)."""
        if rule not in KINDS:
            return None
        try:
            return cls(
                rule,
                frozenset(_SHORT.index(d) for d in days.split(",") if d),
                date.fromisoformat(until) if until else None,
                frozenset(date.fromisoformat(d) for d in skipped.split(",") if d))
        except ValueError:
            return None

    def columns(self) -> RepeatColumns:
        """What the store keeps: the four `repeat_*` columns of blocked_slot."""
        return {
            "repeat_rule": self.kind,
            "repeat_days": ",".join(_SHORT[d] for d in sorted(self.weekdays)),
            "repeat_until": self.until.isoformat() if self.until else "",
            "repeat_skipped": ",".join(d.isoformat() for d in sorted(self.skipped)),
        }

    def allows(self, day: date) -> bool:
        """Whether the rule's weekdays and last day allow `day` (skipped days aside)."""
        if self.until is not None and day > self.until:
            return False
        if self.kind == WEEKDAYS_ONLY:
            return day.weekday() < 5
        if self.kind == WEEKLY:
            return day.weekday() in self.weekdays
        return True

    def happens_on(self, day: date) -> bool:
        return self.allows(day) and day not in self.skipped

    def next_day(self, after: date) -> date | None:
        """The first day after `after` it happens on; None when the series is over."""
        day = after + timedelta(days=1)
        for _ in range(7 * (len(self.skipped) + 1)):  # each weekday comes within a week
            if self.until is not None and day > self.until:
                return None
            if self.happens_on(day):
                return day
            day += timedelta(days=1)
        return None

    def first_day_from(self, day: date) -> date | None:
        """`day` itself when it happens on it, else the next day it does."""
        return day if self.happens_on(day) else self.next_day(day)

    def without(self, day: date) -> Repeat:
        """The series with `day` taken out."""
        return replace(self, skipped=self.skipped | {day})

    def words(self, since: date | None = None) -> str:
        """"every day", "every weekday (Monday to Friday)", "every Monday and Wednesday",
        with " from Monday 7 December 2026" when `since` is given and " until Thursday 31
        December 2026" when it ends."""
        if self.kind == DAILY:
            said = "every day"
        elif self.kind == WEEKDAYS_ONLY:
            said = "every weekday (Monday to Friday)"
        else:
            said = "every " + wording.join_names([WEEKDAYS[d] for d in sorted(self.weekdays)])
        if since is not None:
            said += f" from {wording.long_date(since)}"
        if self.until is not None:
            said += f" until {wording.long_date(self.until)}"
        return said


def parse_weekdays(text: str) -> frozenset[int]:
    """"mon,wed" (or "Monday, Wednesday") as weekday numbers; InputError otherwise."""
    return frozenset(weekday_number(word) for word in text.split(",") if word.strip())


def parse_until(text: str) -> date:
    """A last day, YYYY-MM-DD; InputError otherwise."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InputError(translate("hours", "\"{typed}\" is not a day; write it like "
                                            "2026-12-31.").format(typed=text.strip())) from exc


def wall_length(first_start: datetime, first_end: datetime, tz: ZoneInfo) -> timedelta:
    """The first occurrence's length on the wall clock of `tz`, which every occurrence
    keeps."""
    return (first_end.astimezone(tz).replace(tzinfo=None)
            - first_start.astimezone(tz).replace(tzinfo=None))


def occurrence_on(day: date, first_start: datetime, first_end: datetime,
                  tz: ZoneInfo) -> tuple[datetime, datetime] | None:
    """The occurrence on local `day` (UTC instants): the first one's wall-clock times on
    that day; None where a change of clock leaves it no time."""
    local = first_start.astimezone(tz)
    if day == local.date():
        return first_start.astimezone(UTC), first_end.astimezone(UTC)
    wall = datetime.combine(day, local.time().replace(tzinfo=None))
    start = wall.replace(tzinfo=tz).astimezone(UTC)
    end = (wall + wall_length(first_start, first_end, tz)).replace(tzinfo=tz).astimezone(UTC)
    return (start, end) if end > start else None


def occurrences(repeat: Repeat, first_start: datetime, first_end: datetime, tz: ZoneInfo,
                start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    """The occurrences that overlap [start, end), earliest first, as UTC instants: one on
    each day from the first occurrence's on that the rule allows and that was not taken
    out."""
    first_day = first_start.astimezone(tz).date()
    # An occurrence lasts at most a day: one that reaches `start` began the day before.
    day = max(first_day, start.astimezone(tz).date() - timedelta(days=1))
    last = end.astimezone(tz).date()
    if repeat.until is not None:
        last = min(last, repeat.until)
    found = []
    while day <= last:
        if day == first_day or repeat.happens_on(day):  # the first is the row's own
            span = occurrence_on(day, first_start, first_end, tz)
            if span is not None and span[0] < end and span[1] > start:
                found.append(span)
        day += timedelta(days=1)
    return found
