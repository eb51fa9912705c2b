"""Turning one iCalendar object (one CalDAV resource) into the occurrences that block time.

``expand_calendar_object`` is the one way in: the quick reader (``quick_ics``) takes the
common shape, a lone one-off event, and declines anything else to the full reader
(``ical_expand``). Both apply the same rules (``ical_rules``: what blocks and why, declined
invitations, travel time, building an occurrence, the window). ``first_occurrences`` is what
still blocks of an object neither can read.

Each module imports only those below it:

    ical              the way in
    quick_ics         ical_expand (the full reader)
         |            ical_repairs (lenient reading)
         |            ical_dense (rules too dense to expand), ical_zones
         |            ical_component (icalendar's properties)
    ical_rules        (what both readers decide by)
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

import icalendar

from jumpadesk.kinds import OccurrenceKind, Reason
from jumpadesk.language import translate
from jumpadesk.sync.ical_component import busy_and_reason, text_of, value_of
from jumpadesk.sync.ical_dense import MAX_OCCURRENCES_PER_OBJECT, MAX_RULE_STEPS
from jumpadesk.sync.ical_expand import read_in_full
from jumpadesk.sync.ical_repairs import drop_tzid_on_utc
from jumpadesk.sync.ical_rules import (
    BrokenEvent,
    ExpandedOccurrence,
    ReadNote,
    first_line,
    in_window,
    is_date,
    normalise,
    owner_set,
)
from jumpadesk.sync.ical_zones import named_zone, without_vtimezones
from jumpadesk.sync.quick_ics import read_simple
from jumpadesk.sync.reasons import NOTE_SEPARATOR, REASONS

# What callers read an object with, and what they get. The reasons' words were here
# before sync/reasons.py; the limits on expansion are ical_dense's.
__all__ = [
    "MAX_OCCURRENCES_PER_OBJECT",
    "MAX_RULE_STEPS",
    "NOTE_SEPARATOR",
    "REASONS",
    "BrokenEvent",
    "ExpandedOccurrence",
    "ReadNote",
    "broken_sentence",
    "expand_calendar_object",
    "first_occurrences",
]

log = logging.getLogger(__name__)


def expand_calendar_object(
    ics: str | bytes,
    window_start: datetime,
    window_end: datetime,
    owner_addresses: Iterable[str] = (),
    notes: list[ReadNote] | None = None,
    *,
    quick: bool = True,
    tally: Counter[str] | None = None,
) -> list[ExpandedOccurrence]:
    """All occurrences of every VEVENT in one calendar object that overlap the window.

    The window is ``[window_start, window_end)`` and must be aware. Zoned occurrences are
    filtered exactly; floating and all-day ones are kept when their wall-clock times overlap
    the window widened by 14 hours on each side. Travel time comes as extra occurrences of kind
    ``"travel"``. VTODO and VJOURNAL are ignored. The result is ordered by start (floating ones
    by their wall-clock time among the UTC ones).

    Small faults are read leniently, choosing the reading that blocks; what was assumed is
    appended to ``notes`` (when given) and to the blocking occurrences' reasons. A rule too
    dense to expand yields one occurrence (reason ``unexpandable``) over all it covers.

    A lone event that does not repeat is read by ``quick_ics`` when it has the simple shape,
    and a lone repeating event without overrides from the expander's times alone (the same
    result, several times faster); ``quick=False`` reads every occurrence the long way.
    ``tally`` (when given) counts how the object was read: "quick", "series" or "full".

    Raises BrokenEvent for data that cannot be read or expanded.
    """
    if window_start.tzinfo is None or window_end.tzinfo is None:
        raise ValueError("the window must be timezone-aware")
    window_start = window_start.astimezone(UTC)
    window_end = window_end.astimezone(UTC)
    if window_end < window_start:
        raise ValueError("the window ends before it starts")
    owner_addresses = tuple(owner_addresses)
    # Most objects are one appointment that does not repeat: read those quickly.
    simple = read_simple(ics, window_start, window_end, owner_addresses) if quick else None
    if simple is not None:
        if tally is not None:
            tally["quick"] += 1
        return simple
    how: list[str] = []
    try:
        result = read_in_full(ics, window_start, window_end, owner_addresses, notes,
                              series=quick, how=how)
        if tally is not None:
            tally[how[0] if how else "full"] += 1
        return result
    except BrokenEvent:
        raise
    except Exception as error:
        # Data we did not foresee must cost one event, not the whole sync pass.
        log.exception("unexpected failure reading a calendar object")
        raise BrokenEvent(translate("sync", "this event could not be read: {why}").format(
            why=first_line(error))) from error


def broken_sentence(calendar: str, reason: str, blocks: bool) -> str:
    """What the person is told about an object that could not be read."""
    return (translate("sync", "An event in {calendar} cannot be read ({reason}); it blocks "
                              "its first occurrence. Check it in iCloud.") if blocks else
            translate("sync", "An event in {calendar} cannot be read ({reason}); jumpadesk "
                              "cannot tell when it is, so it blocks nothing. Check it in "
                              "iCloud.")).format(calendar=calendar, reason=reason)


def first_occurrences(
    ics: str | bytes,
    window_start: datetime,
    window_end: datetime,
    owner_addresses: Iterable[str] = (),
) -> list[ExpandedOccurrence]:
    """For an object expand_calendar_object refused: each VEVENT whose start can still be
    read blocks at least its first occurrence (reason ``unreadable``), never free by
    accident. An end that cannot be read gives an hour (a day for a date); one before the
    start blocks from that end to an hour (a day) past the start, so that both the span
    between the two and the start itself block. Never raises; an object with no readable
    start yields nothing."""
    try:
        if isinstance(ics, bytes):
            ics = ics.decode("utf-8-sig", errors="replace")
        text = drop_tzid_on_utc(ics)[0].strip()
        try:
            calendar = icalendar.Calendar.from_ical(text)
        except Exception:  # perhaps only a broken VTIMEZONE, which a first start can do without
            calendar = icalendar.Calendar.from_ical(without_vtimezones(text))
        events = list(calendar.walk("VEVENT"))
    except Exception:  # nothing readable: nothing to place
        return []
    owners = owner_set(owner_addresses)
    lo, hi = window_start.astimezone(UTC), window_end.astimezone(UTC)
    out: list[ExpandedOccurrence] = []
    for event in events:
        try:
            occurrence = _first_occurrence(event, owners)
        except Exception:  # this event has no readable start
            continue
        if in_window(occurrence, lo, hi):
            out.append(occurrence)
    return out


def _first_occurrence(event: icalendar.cal.Component, owners: set[str]) -> ExpandedOccurrence:
    prop = event["DTSTART"]
    start = value_of(prop)
    if not isinstance(start, date):
        raise ValueError("no start")
    if isinstance(start, datetime):
        zone = named_zone(str(prop.params.get("TZID", ""))) if prop.params.get("TZID") else None
        start = start.replace(tzinfo=zone) if zone is not None or prop.params.get("TZID") \
            else start
    end: date | None = None
    for name in ("DTEND", "DURATION"):
        try:
            value = value_of(event[name]) if name in event else None
        except Exception:  # an unreadable end: use the default below
            value = None
        if isinstance(value, timedelta):
            value = start + value
        if isinstance(value, date) and is_date(value) == is_date(start):
            if isinstance(value, datetime) and isinstance(start, datetime):
                value = value.replace(tzinfo=start.tzinfo)
            end = value
            break
    usual = timedelta(days=1) if is_date(start) else timedelta(hours=1)
    if end is None:
        end = start + usual
    if end < start:  # both readings block: from the stated end to an hour past the start
        start, end = end, start + usual
    begin, floating = normalise(start)
    finish, _ = normalise(end)
    try:
        busy, reason = busy_and_reason(event, owners)
    except Exception:  # unreadable status/attendees: it blocks
        busy, reason = True, Reason.BUSY
    return ExpandedOccurrence(
        uid=text_of(event, "UID"),
        recurrence_id=None,
        title=text_of(event, "SUMMARY"),
        start=begin,
        end=finish,
        floating=floating,
        all_day=is_date(start),
        busy=busy,
        reason=Reason.UNREADABLE if busy else reason,
        kind=OccurrenceKind.EVENT,
        location=text_of(event, "LOCATION"),
    )

