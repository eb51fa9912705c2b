"""The full reader: icalendar parses the object, recurring-ical-events expands its repeats,
and every occurrence is read by the rules of ical_rules.

Before parsing, what never matters is cut from the text (see _lean); each event is then
repaired (ical_repairs), its zones resolved (ical_zones), and a rule too dense to expand
taken out to block all it covers (ical_dense). A lone one-off event skips the expander; a
lone series without overrides takes only its times from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo

import icalendar
import recurring_ical_events
from icalendar.prop import vDDDTypes

from jumpadesk.kinds import OccurrenceKind
from jumpadesk.language import translate
from jumpadesk.sync.ical_component import (
    busy_and_reason,
    date_of,
    text_of,
    travel_duration,
    value_of,
)
from jumpadesk.sync.ical_dense import dense_occurrence, too_dense
from jumpadesk.sync.ical_repairs import (
    check_event,
    check_span,
    drop_tzid_on_utc,
    repair_rrule,
    separate_extra_masters,
    with_assumptions,
)
from jumpadesk.sync.ical_rules import (
    FLOATING_MARGIN,
    RECURRENCE_PROPERTIES,
    UNREAD_PROPERTIES,
    BrokenEvent,
    ExpandedOccurrence,
    ReadNote,
    first_line,
    in_window,
    is_date,
    occurrence_and_travel,
    owner_set,
)
from jumpadesk.sync.ical_zones import apply_time_zones, cut_iana_vtimezones

#: recurring-ical-events' own (undocumented) call for the times of a span, which spares
#: it a copy of the event per occurrence. Should an upgrade rename or change it, the
#: documented between() reads the series instead.
SERIES_TIMES_CALL = "_occurrences_between"


def read_in_full(
    ics: str | bytes,
    window_start: datetime,
    window_end: datetime,
    owner_addresses: Iterable[str],
    notes: list[ReadNote] | None = None,
    series: bool = True,
    how: list[str] | None = None,
) -> list[ExpandedOccurrence]:
    """What expand_calendar_object gives, read with icalendar and the expander; the window
    aware and in UTC. With ``series``, a lone series without overrides takes only its times
    from the expander, and "series" is appended to ``how``. Raises BrokenEvent."""
    if isinstance(ics, bytes):
        ics = ics.decode("utf-8-sig", errors="replace")
    ics, utc_with_tzid = drop_tzid_on_utc(ics)
    calendar = _parse(_lean(ics))
    events = [c for c in calendar.subcomponents if c.name == "VEVENT"]
    if not events:
        return []
    assumed: dict[int, list[str]] = {}  # id(event) -> what was assumed to read it
    if utc_with_tzid:
        for event in events:
            assumed.setdefault(id(event), []).append(
                "a time carries both a time zone and 'Z' (UTC); read as UTC"
            )
    aliases = separate_extra_masters(events, assumed)

    longest_travel, recurring_uids, dense_spans = _prepare_events(
        calendar, events, window_start, window_end, assumed)

    owners = owner_set(owner_addresses)
    # The library compares floating times as if they were UTC; ask it for a wider span and
    # filter exactly below. Travel before an event that starts after the window can overlap it.
    query = (window_start - FLOATING_MARGIN, window_end + FLOATING_MARGIN + longest_travel)
    components = _expanded(calendar, events, recurring_uids, owners, query, series, how)
    horizon = window_end + FLOATING_MARGIN
    dense = [dense_occurrence(e, start, end, horizon, owners) for e, start, end in dense_spans]

    by_uid = {text_of(e, "UID"): id(e) for e in events if "RECURRENCE-ID" not in e}
    result: list[ExpandedOccurrence] = []
    for component in [*components, *dense]:
        if isinstance(component, ExpandedOccurrence):
            expanded = [component]
        else:
            expanded = _occurrences_of(component, recurring_uids, owners)
        for occurrence in expanded:
            occurrence = with_assumptions(occurrence, aliases, assumed.get(
                by_uid.get(occurrence.uid, -1), []))
            if in_window(occurrence, window_start, window_end):
                result.append(occurrence)
    result.sort(key=lambda o: (o.start.replace(tzinfo=None), o.kind != OccurrenceKind.TRAVEL,
                               o.uid))
    if notes is not None:
        notes.extend(_read_notes(events, aliases, assumed))
    return result


def _expanded(
    calendar: icalendar.Calendar,
    events: list[icalendar.cal.Component],
    recurring_uids: set[str],
    owners: set[str],
    query: tuple[datetime, datetime],
    series: bool,
    how: list[str] | None,
) -> list[icalendar.cal.Component] | list[ExpandedOccurrence]:
    """The object's occurrences in the query's span: a lone one-off event itself, a lone
    series as occurrences from the expander's times, anything else as the expander's
    copies of its events."""
    try:
        components = _single_occurrence(events)
        times = None
        if not components and series:
            times = _series_times(calendar, events, recurring_uids, *query)
        if not components and times is None:
            components = recurring_ical_events.of(calendar).between(*query)
    except Exception as error:  # the library raises many types; the caller wants one
        raise BrokenEvent(translate("sync", "the repeats cannot be worked out: {why}").format(
            why=first_line(error))) from error
    if times is None:
        return components
    if how is not None:
        how.append("series")
    return _series_occurrences(events[0], times, owners)


def _prepare_events(
    calendar: icalendar.cal.Component,
    events: list[icalendar.cal.Component],
    window_start: datetime,
    window_end: datetime,
    assumed: dict[int, list[str]],
) -> tuple[timedelta, set[str], list[tuple[icalendar.cal.Component, date, date | None]]]:
    """Repair and check each event, resolve its time zones, and take the too dense ones
    out of the calendar (they are expanded by day instead): the longest travel time, the
    UIDs that repeat, and the dense events with their spans."""
    vtimezones = {
        str(tz.get("TZID")): tz for tz in calendar.subcomponents if tz.name == "VTIMEZONE"
    }
    zones: dict[str, tzinfo | None] = {}
    longest_travel = timedelta(0)
    recurring_uids: set[str] = set()
    dense_spans: list[tuple[icalendar.cal.Component, date, date | None]] = []
    for event in events:
        repair_rrule(event, assumed)
        check_event(event)
        apply_time_zones(event, vtimezones, zones, assumed)
        check_span(event, assumed)
        span = too_dense(event, window_start - FLOATING_MARGIN, window_end + FLOATING_MARGIN)
        if span is not None:
            calendar.subcomponents.remove(event)
            assumed.setdefault(id(event), []).append(span[2])
            dense_spans.append((event, span[0], span[1]))
            continue
        if any(name in event for name in ("RRULE", "RDATE", "RECURRENCE-ID")):
            recurring_uids.add(text_of(event, "UID"))
        longest_travel = max(longest_travel, travel_duration(event) or timedelta(0))
    return longest_travel, recurring_uids, dense_spans


def _read_notes(events: list[icalendar.cal.Component], aliases: dict[str, str],
                assumed: dict[int, list[str]]) -> list[ReadNote]:
    """What was assumed to read each event, under the UID its occurrences carry."""
    result: list[ReadNote] = []
    for event in events:
        for text in assumed.get(id(event), []):
            uid = aliases.get(text_of(event, "UID"), text_of(event, "UID"))
            result.append(ReadNote(uid, text_of(event, "SUMMARY"), text))
    return result


# Cut before parsing, as their content never decides when an event blocks: alarms, the
# VTIMEZONEs an IANA name explains (iCloud repeats them in every object: a third of the
# parsing), and the long or bookkeeping properties nothing here reads (folded lines too).
_VALARM_BLOCK = re.compile(
    r"^BEGIN:VALARM[ \t]*\r?\n.*?^END:VALARM[ \t]*\r?\n", re.I | re.M | re.S
)
_UNREAD_PROPERTY = re.compile(
    rf"^(?:{'|'.join(map(re.escape, UNREAD_PROPERTIES))})[;:][^\n]*\n(?:[ \t][^\n]*\n)*",
    re.I | re.M,
)


def _lean(ics: str | bytes) -> str:
    if isinstance(ics, bytes):
        ics = ics.decode("utf-8-sig", errors="replace")
    ics = cut_iana_vtimezones(ics)
    return _UNREAD_PROPERTY.sub("", _VALARM_BLOCK.sub("", ics))


def _parse(ics: str | bytes) -> icalendar.Calendar:
    if isinstance(ics, bytes):
        # Times are ASCII; a stray non-UTF-8 byte can only spoil a title, not when it blocks.
        ics = ics.decode("utf-8-sig", errors="replace")
    text = ics.lstrip("\ufeff").strip()
    if not text:
        raise BrokenEvent(translate("sync", "the calendar data is empty"))
    if not text[:15].upper().startswith("BEGIN:VCALENDAR"):
        raise BrokenEvent(translate("sync", "not iCalendar data: it starts with {start}").format(
            start=repr(first_line(text[:40]))))
    if "END:VCALENDAR" not in text[-40:].upper():
        raise BrokenEvent(translate("sync", "the calendar data is cut off (no END:VCALENDAR)"))
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception as error:  # icalendar raises ValueError and others on garbage
        raise BrokenEvent(translate("sync", "not readable as iCalendar: {why}").format(
            why=first_line(error))) from error
    if calendar.name != "VCALENDAR":
        raise BrokenEvent(translate("sync", "expected a VCALENDAR, found a {name} object").format(
            name=calendar.name or "nameless"))
    return calendar


def _single_occurrence(events: list[icalendar.cal.Component]) -> list[icalendar.cal.Component]:
    """A lone VEVENT that does not repeat, given a DTEND as recurring-ical-events would;
    [] when the library is needed (repeats, several events, a date with a DURATION)."""
    if len(events) != 1:
        return []
    event = events[0]
    if any(name in event for name in RECURRENCE_PROPERTIES):
        return []
    if "DTEND" not in event:
        start = date_of(event, "DTSTART")
        if "DURATION" in event:
            duration = value_of(event["DURATION"])
            if is_date(start) or not isinstance(duration, timedelta):
                return []  # a date with a DURATION goes through the expander
            end = start + duration
        else:
            end = start + timedelta(days=1) if is_date(start) else start
        event["DTEND"] = vDDDTypes(end)
    return [event]


def _series_times(
    calendar: icalendar.Calendar,
    events: list[icalendar.cal.Component],
    recurring_uids: set[str],
    query_start: datetime,
    query_end: datetime,
) -> list[tuple[date, date]] | None:
    """(start, end) of each occurrence of a lone repeating event without overrides, as
    the expander works them out, without the copy of the event it makes per occurrence
    (the occurrences share every other property). None when the object is anything else,
    or the expander cannot be asked so: its components are read then."""
    if len(events) != 1 or "X-WR-TIMEZONE" in calendar:
        return None
    event = events[0]
    uid = text_of(event, "UID")
    if uid not in recurring_uids or "RECURRENCE-ID" in event:
        return None
    query = recurring_ical_events.of(calendar)
    # Not the library's documented API: without it, the documented path is taken.
    occurrences_between = getattr(query, SERIES_TIMES_CALL, None)
    if occurrences_between is None:
        return None
    try:
        found = occurrences_between(query.to_datetime(query_start),
                                    query.to_datetime(query_end))
        return [(occurrence.start, occurrence.end) for occurrence in found]
    except Exception:  # a changed private API, or data it cannot read: the documented
        return None    # path decides, and names any fault in the event itself


def _series_occurrences(event: icalendar.cal.Component, times: list[tuple[date, date]],
                        owners: set[str]) -> list[ExpandedOccurrence]:
    """What _occurrences_of gives for each occurrence of a series, its properties read once
    (each occurrence is identified by its start, as the expander's copies are)."""
    uid = text_of(event, "UID")
    busy, reason = busy_and_reason(event, owners)
    title, location = text_of(event, "SUMMARY"), text_of(event, "LOCATION")
    travel = travel_duration(event)
    result: list[ExpandedOccurrence] = []
    for start, end in times:
        result.extend(occurrence_and_travel(
            uid, start, end, start, busy, reason, title, location, travel))
    return result


def _occurrences_of(
    component: icalendar.cal.Component, recurring_uids: set[str], owners: set[str]
) -> list[ExpandedOccurrence]:
    uid = text_of(component, "UID")
    recurrence: date | None = None
    if uid in recurring_uids and "RECURRENCE-ID" in component:
        recurrence = date_of(component, "RECURRENCE-ID")
    busy, reason = busy_and_reason(component, owners)
    return occurrence_and_travel(
        uid, date_of(component, "DTSTART"), date_of(component, "DTEND"), recurrence, busy, reason,
        text_of(component, "SUMMARY"), text_of(component, "LOCATION"),
        travel_duration(component))

