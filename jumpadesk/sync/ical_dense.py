"""Repeat rules too dense to expand, and rules that can never occur.

Expansion cost per object is bounded: a rule that would take more than MAX_RULE_STEPS steps
(from its start to the end of the window) or yield more than MAX_OCCURRENCES_PER_OBJECT
occurrences in the window is not expanded; it blocks all the time it covers instead (a
sub-hourly rule over a year is hundreds of thousands of occurrences, and expanding it would
stall the sync). A rule no date can match would make the expander search to the year 9999.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import icalendar
from icalendar.prop import vRecur

from jumpadesk.kinds import OccurrenceKind, Reason
from jumpadesk.language import translate
from jumpadesk.sync.ical_component import (
    as_list,
    busy_and_reason,
    date_of,
    describe,
    text_of,
    value_of,
)
from jumpadesk.sync.ical_rules import BrokenEvent, ExpandedOccurrence, is_date, normalise

MAX_RULE_STEPS = 20_000
MAX_OCCURRENCES_PER_OBJECT = 2_000

FREQUENCIES = ("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_PER_DAY = {"SECONDLY": 86400.0, "MINUTELY": 1440.0, "HOURLY": 24.0, "DAILY": 1.0,
            "WEEKLY": 1 / 7, "MONTHLY": 1 / 28, "YEARLY": 1 / 365}
_UNIT = {"SECONDLY": "second", "MINUTELY": "minute", "HOURLY": "hour", "DAILY": "day",
         "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}
_STEP = {"SECONDLY": timedelta(seconds=1), "MINUTELY": timedelta(minutes=1),
         "HOURLY": timedelta(hours=1), "DAILY": timedelta(days=1), "WEEKLY": timedelta(weeks=1)}
#: The values each BY part may take (RFC 5545 3.3.10).
BY_RANGES = {"BYSECOND": (0, 60), "BYMINUTE": (0, 59), "BYHOUR": (0, 23),
             "BYMONTHDAY": (-31, 31), "BYYEARDAY": (-366, 366), "BYWEEKNO": (-53, 53),
             "BYMONTH": (1, 12), "BYSETPOS": (-366, 366)}
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# 28 years: every pattern of leap years and weekdays comes round within it.
_SCAN_DAYS = 28 * 366


def too_dense(
    event: icalendar.cal.Component, window_start: datetime, horizon: datetime
) -> tuple[date, date | None, str] | None:
    """(first start, end or None when open-ended, what to tell) for a rule whose expansion
    would cost too much (more than MAX_RULE_STEPS steps from its start, or more than
    MAX_OCCURRENCES_PER_OBJECT in the window); None when it can be expanded."""
    rules = as_list(event.get("RRULE"))
    if not rules:
        return None
    start = date_of(event, "DTSTART")
    first, _ = normalise(start)
    horizon_naive = horizon.replace(tzinfo=None)
    days_to_horizon = max(1.0, (horizon_naive - first.replace(tzinfo=None)).total_seconds() / 86400)
    window_days = max(1.0, (horizon - window_start).total_seconds() / 86400)
    for rule in rules:
        if not isinstance(rule, vRecur):  # e.g. RRULE;VALUE=TEXT, which icalendar kept as text
            raise BrokenEvent(translate(
                "sync", "{event} has an RRULE that is not a repeat rule").format(
                event=describe(event)))
        freq = str(as_list(rule.get("FREQ"))[0]).upper() if rule.get("FREQ") else ""
        if freq not in _PER_DAY:
            continue
        interval = _rule_int(rule, "INTERVAL", 1)
        spread = _by_parts_per_period(rule, freq)
        per_day = _PER_DAY[freq] / interval * spread
        steps = per_day * days_to_horizon
        in_window = per_day * window_days
        count = _rule_int(rule, "COUNT", 0) if rule.get("COUNT") else 0
        if count:
            steps, in_window = min(steps, count), min(in_window, count)
        until = [u for u in as_list(rule.get("UNTIL")) if isinstance(u, date)]
        if until:
            until_at, _ = normalise(until[0])
            days = (until_at.replace(tzinfo=None) - first.replace(tzinfo=None)).total_seconds()
            steps = min(steps, per_day * max(1.0, days / 86400))
        if steps <= MAX_RULE_STEPS and in_window <= MAX_OCCURRENCES_PER_OBJECT:
            continue
        length = _length(event)
        end: date | None = None
        if until:
            end = until[0]
            try:
                if is_date(end) and isinstance(start, datetime):
                    end = datetime.combine(end, time(), start.tzinfo) + timedelta(days=1)
                end = end + length
            except OverflowError:  # an UNTIL at the end of the year 9999
                end = None
        elif count and spread == 1 and freq in _STEP:
            try:
                end = start + _STEP[freq] * interval * (count - 1) + length
            except OverflowError:  # COUNT=1000000000: past the year 9999, so open-ended
                end = None
        how = (f"every {_UNIT[freq]}" if interval == 1 and spread == 1
               else f"about {per_day:,.0f} times a day" if per_day >= 1
               else f"every {interval} {_UNIT[freq]}s")
        span = (f"all the time from {_when(start)} to {_when(end)}" if end is not None
                else f"all the time from {_when(start)} on")
        return start, end, f"repeats {how}; jumpadesk cannot expand it, so it blocks {span}"
    return None


def _rule_int(rule: vRecur, key: str, default: int) -> int:
    values = as_list(rule.get(key))
    if not values or not isinstance(values[0], int | str):  # icalendar reads them as int
        return default
    try:
        return max(1, int(values[0]))
    except ValueError:
        return default


def _by_parts_per_period(rule: vRecur, freq: str) -> float:
    """An upper bound of how many occurrences one period of the rule's FREQ yields."""

    def n(key: str) -> int:  # distinct values: the expander reads BYHOUR=0,0 as BYHOUR=0
        return len({str(v) for v in as_list(rule.get(key))}) or 1

    rank = FREQUENCIES.index(freq)
    spread = 1.0
    if rank > 0:
        spread *= n("BYSECOND")
    if rank > 1:
        spread *= n("BYMINUTE")
    if rank > 2:
        spread *= n("BYHOUR")
    if freq == "WEEKLY":
        spread *= n("BYDAY")
    elif freq == "MONTHLY":
        spread *= max(n("BYMONTHDAY"), 5 * n("BYDAY") if rule.get("BYDAY") else 1)
    elif freq == "YEARLY":
        per_month = max(n("BYMONTHDAY"), 5 * n("BYDAY") if rule.get("BYDAY") else 1)
        spread *= max(n("BYMONTH") * per_month, n("BYYEARDAY"), 7 * n("BYWEEKNO"),
                      53 * n("BYDAY") if rule.get("BYDAY") and not rule.get("BYMONTH") else 1)
    return spread


def _length(event: icalendar.cal.Component) -> timedelta:
    start = date_of(event, "DTSTART")
    if "DTEND" in event:
        return date_of(event, "DTEND") - start
    duration = value_of(event["DURATION"]) if "DURATION" in event else None
    if isinstance(duration, timedelta):
        return duration
    return timedelta(days=1) if is_date(start) else timedelta(0)


def _when(value: date) -> str:
    if not isinstance(value, datetime):
        return value.strftime("%a %d %b %Y")
    zone = f" {value.tzname()}" if value.tzinfo is not None and value.tzname() else ""
    return value.strftime("%a %d %b %Y %H:%M") + zone


def dense_occurrence(
    event: icalendar.cal.Component,
    start: date,
    end: date | None,
    horizon: datetime,
    owners: set[str],
) -> ExpandedOccurrence:
    begin, floating = normalise(start)
    if end is None:
        finish = horizon.replace(tzinfo=None) if floating else horizon
    else:
        finish, _ = normalise(end)
        if floating:
            finish = finish.replace(tzinfo=None)
        elif finish.tzinfo is None:
            finish = finish.replace(tzinfo=UTC)
    busy, reason = busy_and_reason(event, owners)
    return ExpandedOccurrence(
        uid=text_of(event, "UID"),
        recurrence_id=None,
        title=text_of(event, "SUMMARY"),
        start=begin,
        end=max(begin, finish),
        floating=floating,
        all_day=is_date(start),
        busy=busy,
        reason=Reason.UNEXPANDABLE if busy else reason,
        kind=OccurrenceKind.EVENT,
        location=text_of(event, "LOCATION"),
    )


def in_range(key: str, value: str) -> bool:
    """Whether a value of a BY part is a number in its range (0 only where the range starts
    at 0)."""
    low, high = BY_RANGES[key]
    try:
        number = int(value)
    except ValueError:
        return False
    return low <= number <= high and number != 0 or (number == 0 and low == 0)


def never_occurs(rule_text: str, start: object) -> bool:
    """A rule no date can match (BYMONTHDAY=30 in February, BYMONTH=0): the expander would
    search to the year 9999 for it, which takes seconds to minutes. The day-level parts are
    tried on every day of 28 years from the start (ordinal BYDAY read as plain weekdays)."""
    parts = dict(p.partition("=")[::2] for p in rule_text.split(";"))
    values: dict[str, list[int]] = {}
    for key in BY_RANGES:
        if key in parts:
            good = [int(v) for v in parts[key].split(",") if in_range(key, v)]
            if not good:
                return True
            values[key] = good
    if "BYSETPOS" in values and "FREQ" in parts:
        # BYSETPOS picks from each period's set; past the set's size it picks nothing.
        try:
            size = _by_parts_per_period(vRecur.from_ical(rule_text),
                                        parts["FREQ"])
        except Exception:  # unreadable here: let the expander decide
            size = None
        if size is not None and all(abs(pos) > size for pos in values["BYSETPOS"]):
            return True
    weekdays = {_WEEKDAYS.index(d[-2:]) for d in parts.get("BYDAY", "").split(",")
                if d[-2:] in _WEEKDAYS}
    if parts.get("BYDAY") and not weekdays:
        return True
    day_parts = ("BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO")
    if sum(1 for k in day_parts if k in values) + bool(weekdays) < 2:
        return False  # one day-level filter alone always matches some day
    first = start.date() if isinstance(start, datetime) else start
    if not isinstance(first, date):
        return False
    for offset in range(_SCAN_DAYS):
        day = first + timedelta(days=offset)
        if _day_matches(day, values, weekdays):
            return False
    return True


def _day_matches(day: date, values: dict[str, list[int]], weekdays: set[int]) -> bool:
    if weekdays and day.weekday() not in weekdays:
        return False
    if "BYMONTH" in values and day.month not in values["BYMONTH"]:
        return False
    if "BYMONTHDAY" in values:
        length = (date(day.year + day.month // 12, day.month % 12 + 1, 1) - timedelta(days=1)).day
        if not any(d == day.day or length + 1 + d == day.day for d in values["BYMONTHDAY"]):
            return False
    if "BYYEARDAY" in values:
        yearday = day.timetuple().tm_yday
        length = 366 if date(day.year, 12, 31).timetuple().tm_yday == 366 else 365
        if not any(d == yearday or length + 1 + d == yearday for d in values["BYYEARDAY"]):
            return False
    if "BYWEEKNO" in values:
        week = day.isocalendar()[1]
        weeks = date(day.year, 12, 28).isocalendar()[1]
        if not any(w == week or weeks + 1 + w == week for w in values["BYWEEKNO"]):
            return False
    return True

