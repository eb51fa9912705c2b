"""Turning one iCalendar object (one CalDAV resource) into the occurrences that block time.

Recurrence is expanded by ``recurring-ical-events``; this module decides what each occurrence
means for the schedule: when it is (in UTC, or as floating wall-clock time), whether it blocks
(busy or free, and why), and the travel time Apple puts before it.

Busy rules, first match wins:

1. ``STATUS:CANCELLED`` never blocks (``cancelled``).
2. An invitation the account owner declined never blocks (``declined``).
3. ``TRANSP:TRANSPARENT`` is free (``free``); an absent TRANSP means OPAQUE (RFC 5545),
   also for all-day events.
4. ``STATUS:TENTATIVE`` blocks (``tentative``); anything else blocks (``busy``).

Time zones are resolved per calendar object, in this order: an IANA name, a Windows name as
Outlook writes them (icalendar's CLDR table), the object's own VTIMEZONE. A TZID none of these
explains makes the object broken rather than silently floating.
"""

from __future__ import annotations

import logging
import re
import zoneinfo
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache

import icalendar
import recurring_ical_events
from icalendar.prop import vDDDTypes, vDuration
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from jumpadesk.kinds import OccurrenceKind
from jumpadesk.sync.ical_rules import (
    FLOATING_MARGIN,
    RECURRENCE_PROPERTIES,
    UNREAD_PROPERTIES,
    BrokenEvent,
    ExpandedOccurrence,
    ReadNote,
    blocks_and_why,
    cleaned_tzid,
    declined_by_owner,
    first_line,
    in_window,
    is_date,
    is_iana_name,
    normalise,
    occurrence_and_travel,
    owner_set,
    positive_travel,
)
from jumpadesk.sync.quick_ics import read_simple
from jumpadesk.sync.reasons import (  # noqa: F401  (their home before; callers import them here)
    NOTE_SEPARATOR,
    REASONS,
    describe_reason,
    reason_key,
)

log = logging.getLogger(__name__)


# Properties whose damage makes an event's time unknowable; damage elsewhere (GEO, ATTENDEE,
# DESCRIPTION...) does not change when it blocks.
_TIME_PROPERTIES = ("DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID")
_DATETIME_PROPERTIES = ("DTSTART", "DTEND", "RECURRENCE-ID", "RDATE", "EXDATE")
# Expansion cost per object is bounded: a rule that would take more steps than this (from
# its start to the end of the window) or yield more occurrences in the window is not
# expanded; it blocks all the time it covers instead (a sub-hourly rule over a year is
# hundreds of thousands of occurrences, and expanding it would stall the sync).
MAX_RULE_STEPS = 20_000
MAX_OCCURRENCES_PER_OBJECT = 2_000


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
        result = _expand(ics, window_start, window_end, owner_addresses, notes, quick, how)
        if tally is not None:
            tally[how[0] if how else "full"] += 1
        return result
    except BrokenEvent:
        raise
    except Exception as error:
        # Data we did not foresee must cost one event, not the whole sync pass.
        log.exception("unexpected failure reading a calendar object")
        raise BrokenEvent(f"this event could not be read: {first_line(error)}") from error


def _expand(
    ics: str | bytes,
    window_start: datetime,
    window_end: datetime,
    owner_addresses: Iterable[str],
    notes: list[ReadNote] | None = None,
    quick: bool = True,
    how: list[str] | None = None,
) -> list[ExpandedOccurrence]:
    if isinstance(ics, bytes):
        ics = ics.decode("utf-8-sig", errors="replace")
    ics, utc_with_tzid = _drop_tzid_on_utc(ics)
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
    aliases = _separate_extra_masters(events, assumed)

    longest_travel, recurring_uids, dense_spans = _prepare_events(
        calendar, events, window_start, window_end, assumed)

    owners = owner_set(owner_addresses)
    # The library compares floating times as if they were UTC; ask it for a wider span and
    # filter exactly below. Travel before an event that starts after the window can overlap it.
    query_start = window_start - FLOATING_MARGIN
    query_end = window_end + FLOATING_MARGIN + longest_travel
    try:
        components: list = _single_occurrence(events)
        series = None
        if not components and quick:
            series = _series_times(calendar, events, recurring_uids, query_start, query_end)
        if not components and series is None:
            components = recurring_ical_events.of(calendar).between(query_start, query_end)
    except Exception as error:  # the library raises many types; the caller wants one
        raise BrokenEvent(f"the repeats cannot be worked out: {first_line(error)}") from error
    if series is not None:
        components = _series_occurrences(events[0], series, owners)
        if how is not None:
            how.append("series")

    by_uid = {_text(e, "UID"): id(e) for e in events if "RECURRENCE-ID" not in e}
    horizon = window_end + FLOATING_MARGIN
    dense = [_dense_occurrence(e, start, end, horizon, owners) for e, start, end in dense_spans]
    result: list[ExpandedOccurrence] = []
    for component in [*components, *dense]:
        if isinstance(component, ExpandedOccurrence):
            expanded = [component]
        else:
            expanded = _occurrences_of(component, recurring_uids, owners)
        for occurrence in expanded:
            occurrence = _with_assumptions(occurrence, aliases, assumed.get(
                by_uid.get(occurrence.uid, -1), []))
            if in_window(occurrence, window_start, window_end):
                result.append(occurrence)
    result.sort(key=lambda o: (o.start.replace(tzinfo=None), o.kind != OccurrenceKind.TRAVEL,
                               o.uid))
    if notes is not None:
        notes.extend(_read_notes(events, aliases, assumed))
    return result


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
        _repair_rrule(event, assumed)
        _check_event(event)
        _apply_time_zones(event, vtimezones, zones, assumed)
        _check_span(event, assumed)
        span = _too_dense(event, window_start - FLOATING_MARGIN, window_end + FLOATING_MARGIN)
        if span is not None:
            calendar.subcomponents.remove(event)
            assumed.setdefault(id(event), []).append(span[2])
            dense_spans.append((event, span[0], span[1]))
            continue
        if any(name in event for name in ("RRULE", "RDATE", "RECURRENCE-ID")):
            recurring_uids.add(_text(event, "UID"))
        longest_travel = max(longest_travel, _travel_duration(event) or timedelta(0))
    return longest_travel, recurring_uids, dense_spans


def _read_notes(events: list[icalendar.cal.Component], aliases: dict[str, str],
                assumed: dict[int, list[str]]) -> list[ReadNote]:
    """What was assumed to read each event, under the UID its occurrences carry."""
    result: list[ReadNote] = []
    for event in events:
        for text in assumed.get(id(event), []):
            uid = aliases.get(_text(event, "UID"), _text(event, "UID"))
            result.append(ReadNote(uid, _text(event, "SUMMARY"), text))
    return result


# -- speed: parse only what decides when and whether an event blocks; one-offs directly --

# iCloud repeats the VTIMEZONE of every zone an object uses in each object: thousands of
# identical copies per calendar, a third of the parsing. A VTIMEZONE whose TZID is an IANA
# name is never read (the name wins, see _resolve_zone), so it is cut from the text before
# parsing; any other (Outlook's, vendor-prefixed) stays and is read as before. So are alarms
# and the long or bookkeeping properties nothing here reads (folded lines included).
_VTIMEZONE_BLOCK = re.compile(
    r"^BEGIN:VTIMEZONE[ \t]*\r?\n.*?^END:VTIMEZONE[ \t]*(?:\r?\n|$)", re.I | re.M | re.S
)
_VALARM_BLOCK = re.compile(
    r"^BEGIN:VALARM[ \t]*\r?\n.*?^END:VALARM[ \t]*\r?\n", re.I | re.M | re.S
)
_UNREAD_PROPERTY = re.compile(
    rf"^(?:{'|'.join(map(re.escape, UNREAD_PROPERTIES))})[;:][^\n]*\n(?:[ \t][^\n]*\n)*",
    re.I | re.M,
)
_TZID_LINE = re.compile(r"^TZID:(.*?)[ \t]*\r?$", re.I | re.M)
_UNFOLD = re.compile(r"\r?\n[ \t]")


def _lean(ics: str | bytes) -> str:
    if isinstance(ics, bytes):
        ics = ics.decode("utf-8-sig", errors="replace")
    ics = _VTIMEZONE_BLOCK.sub(_cut_if_iana, ics)
    return _UNREAD_PROPERTY.sub("", _VALARM_BLOCK.sub("", ics))


def _cut_if_iana(match: re.Match[str]) -> str:
    block = match.group(0)
    tzid = _TZID_LINE.search(_UNFOLD.sub("", block))
    return "" if tzid and is_iana_name(tzid.group(1)) else block


def _single_occurrence(events: list[icalendar.cal.Component]) -> list[icalendar.cal.Component]:
    """A lone VEVENT that does not repeat, given a DTEND as recurring-ical-events would;
    [] when the library is needed (repeats, several events, a date with a DURATION)."""
    if len(events) != 1:
        return []
    event = events[0]
    if any(name in event for name in RECURRENCE_PROPERTIES):
        return []
    if "DTEND" not in event:
        start = event["DTSTART"].dt
        if "DURATION" in event:
            if is_date(start):
                return []
            end = start + event["DURATION"].dt
        else:
            end = start + timedelta(days=1) if is_date(start) else start
        event["DTEND"] = vDDDTypes(end)
    return [event]


def owner_declined(event: icalendar.cal.Component, owner_addresses: Iterable[str]) -> bool:
    """Whether the account owner declined this invitation.

    An ATTENDEE is the owner when its address (or its EMAIL parameter, as iCloud writes for
    ``urn:uuid:`` attendees) is in ``owner_addresses``, compared case-insensitively and
    ignoring ``mailto:``.
    """
    return declined_by_owner(_attendees(event), owner_set(owner_addresses))


def _attendees(event: icalendar.cal.Component) -> Iterator[tuple[str, str, str]]:
    """(address, EMAIL parameter, PARTSTAT) of each ATTENDEE, as declined_by_owner reads."""
    attendees = event.get("ATTENDEE", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    for attendee in attendees:
        params = getattr(attendee, "params", {})
        email = str(params["EMAIL"]) if params.get("EMAIL") else ""
        yield str(attendee), email, str(params.get("PARTSTAT", ""))


def _parse(ics: str | bytes) -> icalendar.Calendar:
    if isinstance(ics, bytes):
        # Times are ASCII; a stray non-UTF-8 byte can only spoil a title, not when it blocks.
        ics = ics.decode("utf-8-sig", errors="replace")
    text = ics.lstrip("\ufeff").strip()
    if not text:
        raise BrokenEvent("the calendar data is empty")
    if not text[:15].upper().startswith("BEGIN:VCALENDAR"):
        raise BrokenEvent(f"not iCalendar data: it starts with {first_line(text[:40])!r}")
    if "END:VCALENDAR" not in text[-40:].upper():
        raise BrokenEvent("the calendar data is cut off (no END:VCALENDAR)")
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception as error:  # icalendar raises ValueError and others on garbage
        raise BrokenEvent(f"not readable as iCalendar: {first_line(error)}") from error
    if calendar.name != "VCALENDAR":
        raise BrokenEvent(f"expected a VCALENDAR, found a {calendar.name or 'nameless'} object")
    return calendar


def _describe(event: icalendar.cal.Component) -> str:
    title = _text(event, "SUMMARY")
    return f'event "{title}"' if title else f"event {_text(event, 'UID') or 'without UID'}"


def _check_event(event: icalendar.cal.Component) -> None:
    """Refuse an event whose time cannot be known, before the library guesses."""
    for name, message in getattr(event, "errors", []):
        if name in _TIME_PROPERTIES:
            raise BrokenEvent(f"{_describe(event)} has an unreadable {name}: {message}")
    if "DTSTART" not in event:
        raise BrokenEvent(f"{_describe(event)} has no start time (DTSTART)")
    for name in ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID"):
        if isinstance(event.get(name), list):
            raise BrokenEvent(f"{_describe(event)} has more than one {name}")
    for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
        if name in event and not isinstance(event[name].dt, date):  # e.g. a duration
            raise BrokenEvent(f"{_describe(event)} has a {name} that is neither a date nor a time")


def _check_span(event: icalendar.cal.Component, assumed: dict[int, list[str]]) -> None:
    start = event["DTSTART"].dt
    if "DTEND" in event:
        end = event["DTEND"].dt
        if is_date(start) != is_date(end):
            raise BrokenEvent(f"{_describe(event)} mixes a date and a date-time in DTSTART/DTEND")
        if not is_date(start) and (start.tzinfo is None) != (end.tzinfo is None):
            # Read the end in the start's terms (its wall-clock digits), as the start is.
            end = end.replace(tzinfo=start.tzinfo)
            event["DTEND"].dt = end
            assumed.setdefault(id(event), []).append(
                "its start and end mix a floating and a zoned time; the end is read like the start"
            )
        if end < start:
            raise BrokenEvent(
                f"{_describe(event)} ends before it starts "
                f"(DTSTART {start.isoformat()}, DTEND {end.isoformat()})"
            )
    elif "DURATION" in event:
        duration = event["DURATION"].dt
        if not isinstance(duration, timedelta) or duration < timedelta(0):
            raise BrokenEvent(f"{_describe(event)} has a negative DURATION")


def _apply_time_zones(
    event: icalendar.cal.Component,
    vtimezones: dict[str, icalendar.cal.Component],
    zones: dict[str, tzinfo | None],
    assumed: dict[int, list[str]],
) -> None:
    """Give every TZID-bearing date-time the zone this object means.

    icalendar keeps a process-wide cache of VTIMEZONEs keyed by TZID, first one wins: two
    Outlook objects that both say "Customized Time Zone" would share one offset. Resolving here,
    per object, avoids that; and a TZID nobody knows must not quietly turn floating: it is
    read in the business's zone (floating) and the event says so.
    """
    for name in _DATETIME_PROPERTIES:
        for prop in _as_list(event.get(name)):
            values = prop.dts if hasattr(prop, "dts") else [prop]
            for value in values:
                tzid = value.params.get("TZID") or prop.params.get("TZID")
                if not tzid or not isinstance(value.dt, datetime | tuple):
                    continue
                if tzid not in zones:
                    try:
                        zones[tzid] = _resolve_zone(str(tzid), vtimezones)
                    except BrokenEvent:
                        zones[tzid] = None
                zone = zones[tzid]
                if zone is None:
                    note = f"time zone '{tzid}' is unknown; read in the business's zone"
                    if note not in assumed.setdefault(id(event), []):
                        assumed[id(event)].append(note)
                    value.dt = _floating(value.dt)
                    continue
                value.dt = _in_zone(value.dt, zone)


def _floating(value: datetime | tuple) -> datetime | tuple:
    if isinstance(value, tuple):
        return tuple(_floating(part) if isinstance(part, datetime) else part for part in value)
    return value.replace(tzinfo=None)


def _in_zone(value: datetime | tuple, zone: tzinfo) -> datetime | tuple:
    # icalendar kept the wall-clock digits as written; only the zone may be wrong.
    if isinstance(value, tuple):  # an RDATE period: (start, end or duration)
        return tuple(_in_zone(part, zone) if isinstance(part, datetime) else part for part in value)
    return value.replace(tzinfo=zone)


def _resolve_zone(tzid: str, vtimezones: dict[str, icalendar.cal.Component]) -> tzinfo | None:
    zone = _named_zone(tzid)
    if zone is not None:
        return zone
    definition = vtimezones.get(tzid)
    if definition is None:
        return None
    try:
        return _zone_from_vtimezone(definition.to_ical())
    except Exception as error:  # a VTIMEZONE can be broken in many ways
        raise BrokenEvent(f"the time zone {tzid!r} cannot be read: {first_line(error)}") from error


def _named_zone(tzid: str) -> tzinfo | None:
    """The IANA zone for an IANA, Windows or vendor-prefixed (/mozilla.org/.../Area/City) id."""
    cleaned = cleaned_tzid(tzid)
    candidates = [cleaned]
    if cleaned in WINDOWS_TO_OLSON:
        candidates.append(WINDOWS_TO_OLSON[cleaned])
    if tzid.strip().startswith("/"):
        parts = cleaned.split("/")
        candidates.extend("/".join(parts[i:]) for i in range(1, len(parts)))
    for candidate in candidates:
        try:
            return zoneinfo.ZoneInfo(candidate)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return None


@lru_cache(maxsize=64)
def _zone_from_vtimezone(definition: bytes) -> tzinfo:
    # Keyed by the whole definition, not the TZID: the same name can mean different zones.
    component = icalendar.Timezone.from_ical(definition)
    return component.to_tz(icalendar.timezone.tzp, lookup_tzid=False)


#: recurring-ical-events' own (undocumented) call for the times of a span, which spares
#: it a copy of the event per occurrence. Should an upgrade rename or change it, the
#: documented between() reads the series instead.
SERIES_TIMES_CALL = "_occurrences_between"


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
    uid = _text(event, "UID")
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
    uid = _text(event, "UID")
    busy, reason = _busy_and_reason(event, owners)
    title, location = _text(event, "SUMMARY"), _text(event, "LOCATION")
    travel = _travel_duration(event)
    result: list[ExpandedOccurrence] = []
    for start, end in times:
        result.extend(occurrence_and_travel(
            uid, start, end, start, busy, reason, title, location, travel))
    return result


def _occurrences_of(
    component: icalendar.cal.Component, recurring_uids: set[str], owners: set[str]
) -> list[ExpandedOccurrence]:
    uid = _text(component, "UID")
    recurrence = None
    if uid in recurring_uids and "RECURRENCE-ID" in component:
        recurrence = component["RECURRENCE-ID"].dt
    busy, reason = _busy_and_reason(component, owners)
    return occurrence_and_travel(
        uid, component["DTSTART"].dt, component["DTEND"].dt, recurrence, busy, reason,
        _text(component, "SUMMARY"), _text(component, "LOCATION"),
        _travel_duration(component))


def _busy_and_reason(component: icalendar.cal.Component, owners: set[str]) -> tuple[bool, str]:
    return blocks_and_why(_text(component, "STATUS"), _text(component, "TRANSP"),
                          lambda: owner_declined(component, owners))


def _travel_duration(event: icalendar.cal.Component) -> timedelta | None:
    """X-APPLE-TRAVEL-DURATION as a positive timedelta, or None.

    A damaged travel time is dropped with a warning rather than losing the whole event.
    """
    prop = event.get("X-APPLE-TRAVEL-DURATION")
    if isinstance(prop, list):
        prop = prop[0] if prop else None
    if prop is None:
        return None
    try:
        value = getattr(prop, "dt", None)
        if not isinstance(value, timedelta):
            value = vDuration.from_ical(str(prop).strip())
    except Exception:  # icalendar marks a bad value broken, and reading it raises
        log.warning("ignoring unreadable X-APPLE-TRAVEL-DURATION on UID %s", _text(event, "UID"))
        return None
    return positive_travel(value)


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(component: icalendar.cal.Component, name: str) -> str:
    values = _as_list(component.get(name))
    return str(values[0]) if values else ""


# -- lenient reading (issue 14): small faults read the way that blocks, and said -------------

_TZID_ON_UTC = re.compile(
    r"^(?P<head>(?:DTSTART|DTEND|RECURRENCE-ID|EXDATE|RDATE)(?:;[^:\r\n]*?)?)"
    r";TZID=(?P<tzid>\"[^\"\r\n]*\"|[^;:\r\n]*)"
    r"(?P<tail>(?:;[^:\r\n]*)?:\d{8}T\d{6}Z(?:,\d{8}T\d{6}Z)*)(?P<end>\r?)$",
    re.MULTILINE | re.IGNORECASE,
)
_UTC_NAMES = frozenset({"UTC", "ETC/UTC", "GMT", "ETC/GMT", "Z", "ZULU", "ETC/ZULU",
                        "UNIVERSAL", "ETC/UNIVERSAL", "ETC/UCT", "UCT"})
_UNTIL_VALUE = re.compile(r"^\d{8}(T\d{6}Z?)?$")
_RRULE_PARTS = {
    "FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY",
    "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST",
}
_FREQUENCIES = ("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_PER_DAY = {"SECONDLY": 86400.0, "MINUTELY": 1440.0, "HOURLY": 24.0, "DAILY": 1.0,
            "WEEKLY": 1 / 7, "MONTHLY": 1 / 28, "YEARLY": 1 / 365}
_UNIT = {"SECONDLY": "second", "MINUTELY": "minute", "HOURLY": "hour", "DAILY": "day",
         "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}
_STEP = {"SECONDLY": timedelta(seconds=1), "MINUTELY": timedelta(minutes=1),
         "HOURLY": timedelta(hours=1), "DAILY": timedelta(days=1), "WEEKLY": timedelta(weeks=1)}


def _drop_tzid_on_utc(ics: str) -> tuple[str, bool]:
    """A UTC time ("...Z") that also carries a TZID: the Z is explicit, so it wins (RFC 5545
    3.3.5 forbids the pair); icalendar alone would read the digits in the TZID's zone."""
    if "TZID" not in ics.upper():
        return ics, False
    assumed = False

    def drop(match: re.Match[str]) -> str:
        nonlocal assumed
        # TZID=UTC beside a Z (some servers write it so for a UTC calendar) says the same
        # thing twice: nothing was assumed. Another zone beside a Z is a real conflict.
        if match.group("tzid").strip('"').upper() not in _UTC_NAMES:
            assumed = True
        return match.group("head") + match.group("tail") + match.group("end")

    return _TZID_ON_UTC.sub(drop, ics), assumed


def _separate_extra_masters(
    events: list[icalendar.cal.Component], assumed: dict[int, list[str]]
) -> dict[str, str]:
    """Several masters for one UID: each one blocks (the reading that blocks), under an
    internal alias so the expander does not drop all but one. Returns {alias: UID}."""
    seen: set[str] = set()
    aliases: dict[str, str] = {}
    for event in events:
        if "RECURRENCE-ID" in event:
            continue
        uid = _text(event, "UID")
        if uid in seen:
            alias = f"{uid}#jumpadesk-{len(aliases) + 1}"
            event["UID"] = icalendar.vText(alias)
            aliases[alias] = uid
            assumed.setdefault(id(event), []).append(
                "is one of several versions with the same UID; each version blocks"
            )
        seen.add(uid)
    return aliases


def _with_assumptions(
    occurrence: ExpandedOccurrence, aliases: dict[str, str], texts: list[str]
) -> ExpandedOccurrence:
    uid = aliases.get(occurrence.uid, occurrence.uid)
    reason = occurrence.reason
    if texts and occurrence.busy and NOTE_SEPARATOR not in reason:
        reason = reason + NOTE_SEPARATOR + "; ".join(texts)
    if uid == occurrence.uid and reason == occurrence.reason:
        return occurrence
    return replace(occurrence, uid=uid, reason=reason)


def _repair_rrule(event: icalendar.cal.Component, assumed: dict[int, list[str]]) -> None:
    """Read a damaged RRULE the way that blocks: unknown or unreadable parts are dropped (a
    dropped UNTIL/COUNT/INTERVAL/BY part only adds occurrences); a rule whose FREQ cannot be
    read, or that counts in another calendar (RSCALE, RFC 7529), is dropped, so the event
    blocks at least its first occurrence."""
    rules = _as_list(event.get("RRULE"))
    if not rules:
        return
    kept: list[icalendar.prop.vRecur] = []
    notes: list[str] = []
    for rule in rules:
        raw = rule.to_ical().decode("utf-8", errors="replace")
        raw = raw.replace("\\;", ";").replace("\\,", ",")
        parts = _rule_parts(raw)
        values = dict(parts)
        scale = values.get("RSCALE", "GREGORIAN").upper()
        freq = values.get("FREQ", "").upper()
        if scale != "GREGORIAN":
            notes.append(f"repeats by the {scale.title()} calendar (RSCALE), which jumpadesk "
                         "cannot follow; only its first occurrence blocks")
            continue
        if freq not in _FREQUENCIES:
            notes.append(f"has a repeat rule jumpadesk cannot read ({raw[:60]}); only its first "
                         "occurrence blocks")
            continue
        good, dropped = _readable_parts(event, freq, parts, notes)
        rule_text = ";".join(good)
        if not _readable_rule(rule_text):  # e.g. both COUNT and UNTIL: keep the longer reading
            rule_text = ";".join(p for p in good if not p.startswith(("COUNT=", "UNTIL=")))
            dropped.append("COUNT/UNTIL")
        if _never_occurs(rule_text, _start_of(event)):
            notes.append(f"has a repeat rule that can never occur ({raw[:60]}); only its "
                         "first occurrence blocks")
            continue
        if dropped:
            unknown = ", ".join(dropped)[:80]
            notes.append(f"has repeat-rule parts jumpadesk does not know ({unknown}), "
                         "which were left out")
        kept.append(icalendar.prop.vRecur.from_ical(rule_text))
    if not notes:
        return
    del event["RRULE"]
    for rule in kept:
        event.add("RRULE", rule)
    if hasattr(event, "errors"):
        event.errors[:] = [e for e in event.errors if e[0] != "RRULE"]
    assumed.setdefault(id(event), []).extend(notes)


def _rule_parts(raw: str) -> list[tuple[str, str]]:
    """An RRULE's text as (KEY, value) pairs in order, keys upper-cased, blanks skipped."""
    parts: list[tuple[str, str]] = []
    for piece in raw.split(";"):
        key, _, value = piece.partition("=")
        if key.strip():
            parts.append((key.strip().upper(), value.strip()))
    return parts


def _readable_parts(event: icalendar.cal.Component, freq: str, parts: list[tuple[str, str]],
                    notes: list[str]) -> tuple[list[str], list[str]]:
    """The parts of a rule with a readable FREQ that can be kept ("FREQ=..." first), and
    those dropped because they cannot be read or would hang the expansion."""
    good: list[str] = [f"FREQ={freq}"]
    dropped: list[str] = []
    for key, value in parts:
        if key in ("FREQ", "RSCALE", "SKIP"):
            continue
        if key == "UNTIL" and len(value) == 8 and value.isdigit():
            value = _until_day_end(event, value, notes)
        if key == "UNTIL" and not _UNTIL_VALUE.match(value):  # "PT", "2026": unreadable
            dropped.append(f"{key}={value}")
            continue
        if key in ("INTERVAL", "COUNT") and not (value.isdigit() and int(value) > 0):
            dropped.append(f"{key}={value}")  # INTERVAL=0 never moves on: it would hang
            continue
        if key in _BY_RANGES:  # out-of-range values (BYMONTH=13) match nothing
            valid = [v for v in value.split(",") if _in_range(key, v)]
            if valid and len(valid) < len(value.split(",")):
                dropped.append(f"{key}={value}")
                value = ",".join(valid)
        piece = f"{key}={value}"
        if key in _RRULE_PARTS and _readable_rule(f"FREQ={freq};{piece}"):
            good.append(piece)
        else:
            dropped.append(piece)
    return good, dropped


def _start_of(event: icalendar.cal.Component) -> object:
    try:
        return event["DTSTART"].dt
    except Exception:  # no readable start: _check_event says so
        return None


def _until_day_end(event: icalendar.cal.Component, day: str, notes: list[str]) -> str:
    """UNTIL given as a date on a series that starts at a time (RFC 5545 wants the same
    type): read as the end of that day, so that day's occurrence still blocks."""
    try:
        start = event["DTSTART"].dt
    except Exception:  # no readable start: _check_event says so
        return day
    if not isinstance(start, datetime):
        return day
    notes.append("its repeat rule ends on a date although it starts at a time; "
                 "read as the end of that day")
    try:
        end = datetime.strptime(day + "235959", "%Y%m%d%H%M%S")
        if start.tzinfo is None:
            return end.strftime("%Y%m%dT%H%M%S")
        return end.replace(tzinfo=start.tzinfo).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    except (OverflowError, ValueError):  # 99991231 west of UTC, or no such day
        return day + "T235959"


_BY_RANGES = {"BYSECOND": (0, 60), "BYMINUTE": (0, 59), "BYHOUR": (0, 23),
              "BYMONTHDAY": (-31, 31), "BYYEARDAY": (-366, 366), "BYWEEKNO": (-53, 53),
              "BYMONTH": (1, 12), "BYSETPOS": (-366, 366)}
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# 28 years: every pattern of leap years and weekdays comes round within it.
_SCAN_DAYS = 28 * 366


def _in_range(key: str, value: str) -> bool:
    low, high = _BY_RANGES[key]
    try:
        number = int(value)
    except ValueError:
        return False
    return low <= number <= high and number != 0 or (number == 0 and low == 0)


def _never_occurs(rule_text: str, start: object) -> bool:
    """A rule no date can match (BYMONTHDAY=30 in February, BYMONTH=0): the expander would
    search to the year 9999 for it, which takes seconds to minutes. The day-level parts are
    tried on every day of 28 years from the start (ordinal BYDAY read as plain weekdays)."""
    parts = dict(p.partition("=")[::2] for p in rule_text.split(";"))
    values: dict[str, list[int]] = {}
    for key in _BY_RANGES:
        if key in parts:
            good = [int(v) for v in parts[key].split(",") if _in_range(key, v)]
            if not good:
                return True
            values[key] = good
    if "BYSETPOS" in values and "FREQ" in parts:
        # BYSETPOS picks from each period's set; past the set's size it picks nothing.
        try:
            size = _by_parts_per_period(icalendar.prop.vRecur.from_ical(rule_text),
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


@lru_cache(maxsize=256)
def _readable_rule(text: str) -> bool:
    try:
        icalendar.prop.vRecur.from_ical(text)
    except Exception:  # icalendar raises ValueError and others
        return False
    return True


def _rule_int(rule: icalendar.prop.vRecur, key: str, default: int) -> int:
    try:
        return max(1, int(_as_list(rule.get(key))[0]))
    except (IndexError, TypeError, ValueError):
        return default


def _too_dense(
    event: icalendar.cal.Component, window_start: datetime, horizon: datetime
) -> tuple[datetime | date, datetime | date | None, str] | None:
    """(first start, end or None when open-ended, what to tell) for a rule whose expansion
    would cost too much (more than MAX_RULE_STEPS steps from its start, or more than
    MAX_OCCURRENCES_PER_OBJECT in the window); None when it can be expanded."""
    rules = _as_list(event.get("RRULE"))
    if not rules:
        return None
    start = event["DTSTART"].dt
    first, _ = normalise(start)
    horizon_naive = horizon.replace(tzinfo=None)
    days_to_horizon = max(1.0, (horizon_naive - first.replace(tzinfo=None)).total_seconds() / 86400)
    window_days = max(1.0, (horizon - window_start).total_seconds() / 86400)
    for rule in rules:
        freq = str(_as_list(rule.get("FREQ"))[0]).upper() if rule.get("FREQ") else ""
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
        until = [u for u in _as_list(rule.get("UNTIL")) if isinstance(u, date)]
        if until:
            until_at, _ = normalise(until[0])
            days = (until_at.replace(tzinfo=None) - first.replace(tzinfo=None)).total_seconds()
            steps = min(steps, per_day * max(1.0, days / 86400))
        if steps <= MAX_RULE_STEPS and in_window <= MAX_OCCURRENCES_PER_OBJECT:
            continue
        length = _length(event)
        end: datetime | date | None = None
        if until:
            end = until[0]
            try:
                if is_date(end) and not is_date(start):
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


def _by_parts_per_period(rule: icalendar.prop.vRecur, freq: str) -> float:
    """An upper bound of how many occurrences one period of the rule's FREQ yields."""

    def n(key: str) -> int:  # distinct values: the expander reads BYHOUR=0,0 as BYHOUR=0
        return len({str(v) for v in _as_list(rule.get(key))}) or 1

    rank = _FREQUENCIES.index(freq)
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
    start = event["DTSTART"].dt
    if "DTEND" in event:
        return event["DTEND"].dt - start
    if "DURATION" in event and isinstance(event["DURATION"].dt, timedelta):
        return event["DURATION"].dt
    return timedelta(days=1) if is_date(start) else timedelta(0)


def _when(value: datetime | date) -> str:
    if not isinstance(value, datetime):
        return value.strftime("%a %d %b %Y")
    zone = f" {value.tzname()}" if value.tzinfo is not None and value.tzname() else ""
    return value.strftime("%a %d %b %Y %H:%M") + zone


def _dense_occurrence(
    event: icalendar.cal.Component,
    start: datetime | date,
    end: datetime | date | None,
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
    busy, reason = _busy_and_reason(event, owners)
    return ExpandedOccurrence(
        uid=_text(event, "UID"),
        recurrence_id=None,
        title=_text(event, "SUMMARY"),
        start=begin,
        end=max(begin, finish),
        floating=floating,
        all_day=is_date(start),
        busy=busy,
        reason="unexpandable" if busy else reason,
        kind="event",
        location=_text(event, "LOCATION"),
    )


def broken_sentence(calendar: str, reason: str, blocks: bool) -> str:
    """What the person is told about an object that could not be read."""
    what = ("it blocks its first occurrence" if blocks
            else "jumpadesk cannot tell when it is, so it blocks nothing")
    return f"An event in {calendar} cannot be read ({reason}); {what}. Check it in iCloud."


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
        text = _drop_tzid_on_utc(ics)[0].strip()
        try:
            calendar = icalendar.Calendar.from_ical(text)
        except Exception:  # perhaps only a broken VTIMEZONE, which a first start can do without
            calendar = icalendar.Calendar.from_ical(_VTIMEZONE_BLOCK.sub("", text))
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
    start = prop.dt
    if not isinstance(start, date):
        raise ValueError("no start")
    if isinstance(start, datetime):
        zone = _named_zone(str(prop.params.get("TZID", ""))) if prop.params.get("TZID") else None
        start = start.replace(tzinfo=zone) if zone is not None or prop.params.get("TZID") \
            else start
    end: date | datetime | None = None
    for name in ("DTEND", "DURATION"):
        try:
            value = event[name].dt if name in event else None
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
        busy, reason = _busy_and_reason(event, owners)
    except Exception:  # unreadable status/attendees: it blocks
        busy, reason = True, "busy"
    return ExpandedOccurrence(
        uid=_text(event, "UID"),
        recurrence_id=None,
        title=_text(event, "SUMMARY"),
        start=begin,
        end=finish,
        floating=floating,
        all_day=is_date(start),
        busy=busy,
        reason="unreadable" if busy else reason,
        kind="event",
        location=_text(event, "LOCATION"),
    )
