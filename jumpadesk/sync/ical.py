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
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache

import icalendar
import recurring_ical_events
from icalendar.prop import vDDDTypes, vDuration
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from jumpadesk.sync.reasons import REASONS  # noqa: F401  (its home before; tests import it here)

log = logging.getLogger(__name__)


#: Floating and all-day times are kept when they are this close to the window: UTC offsets
#: run from -12:00 to +14:00, so the caller can filter exactly once it knows the zone.
FLOATING_MARGIN = timedelta(hours=14)

# Properties whose damage makes an event's time unknowable; damage elsewhere (GEO, ATTENDEE,
# DESCRIPTION...) does not change when it blocks.
_TIME_PROPERTIES = ("DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID")
_DATETIME_PROPERTIES = ("DTSTART", "DTEND", "RECURRENCE-ID", "RDATE", "EXDATE")
# A sub-hourly rule over a year is hundreds of thousands of occurrences: no real calendar
# holds one, and expanding it would stall the sync.
_REFUSED_FREQUENCIES = {"SECONDLY", "MINUTELY"}


class BrokenEvent(Exception):
    """Raised when a calendar object cannot be parsed/expanded.

    ``str(e)`` is a one-line reason a person can read.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(" ".join(reason.split()))


@dataclass(frozen=True)
class ExpandedOccurrence:
    """One occurrence of an event (or the travel time before it).

    ``start``/``end`` are aware UTC datetimes, or naive wall-clock datetimes when ``floating``
    is true (all-day events and times without TZID or Z). ``end`` is exclusive. A date-time
    event without DTEND or DURATION has ``end == start`` (zero length, RFC 5545 3.6.1).

    ``recurrence_id`` identifies an instance of a recurring event by its original start: UTC
    ISO for zoned times (``2026-04-14T08:00:00+00:00``), naive ISO for floating times
    (``2026-04-14T10:00:00``), a date for all-day events (``2026-04-14``). It is None for an
    event that does not repeat.
    """

    uid: str
    recurrence_id: str | None
    title: str
    start: datetime
    end: datetime
    floating: bool
    all_day: bool
    busy: bool
    reason: str
    kind: str
    location: str = ""


def expand_calendar_object(
    ics: str | bytes,
    window_start: datetime,
    window_end: datetime,
    owner_addresses: Iterable[str] = (),
) -> list[ExpandedOccurrence]:
    """All occurrences of every VEVENT in one calendar object that overlap the window.

    The window is ``[window_start, window_end)`` and must be aware. Zoned occurrences are
    filtered exactly; floating and all-day ones are kept when their wall-clock times overlap
    the window widened by 14 hours on each side. Travel time comes as extra occurrences of kind
    ``"travel"``. VTODO and VJOURNAL are ignored. The result is ordered by start (floating ones
    by their wall-clock time among the UTC ones).

    Raises BrokenEvent for data that cannot be read or expanded.
    """
    if window_start.tzinfo is None or window_end.tzinfo is None:
        raise ValueError("the window must be timezone-aware")
    window_start = window_start.astimezone(UTC)
    window_end = window_end.astimezone(UTC)
    if window_end < window_start:
        raise ValueError("the window ends before it starts")
    try:
        return _expand(ics, window_start, window_end, owner_addresses)
    except BrokenEvent:
        raise
    except Exception as error:
        # Data we did not foresee must cost one event, not the whole sync pass.
        log.exception("unexpected failure reading a calendar object")
        raise BrokenEvent(f"this event could not be read: {_first_line(error)}") from error


def _expand(
    ics: str | bytes, window_start: datetime, window_end: datetime, owner_addresses: Iterable[str]
) -> list[ExpandedOccurrence]:
    calendar = _parse(_lean(ics))
    events = [c for c in calendar.subcomponents if c.name == "VEVENT"]
    if not events:
        return []

    vtimezones = {
        str(tz.get("TZID")): tz for tz in calendar.subcomponents if tz.name == "VTIMEZONE"
    }
    zones: dict[str, tzinfo] = {}
    longest_travel = timedelta(0)
    recurring_uids: set[str] = set()
    for event in events:
        _check_event(event)
        _apply_time_zones(event, vtimezones, zones)
        _check_span(event)
        if any(name in event for name in ("RRULE", "RDATE", "RECURRENCE-ID")):
            recurring_uids.add(_text(event, "UID"))
        longest_travel = max(longest_travel, _travel_duration(event) or timedelta(0))

    owners = {_normalise_address(a) for a in owner_addresses if a and a.strip()}
    floating_lo = window_start.replace(tzinfo=None) - FLOATING_MARGIN
    floating_hi = window_end.replace(tzinfo=None) + FLOATING_MARGIN
    # The library compares floating times as if they were UTC; ask it for a wider span and
    # filter exactly below. Travel before an event that starts after the window can overlap it.
    query_start = window_start - FLOATING_MARGIN
    query_end = window_end + FLOATING_MARGIN + longest_travel
    try:
        components = _single_occurrence(events) or recurring_ical_events.of(calendar).between(
            query_start, query_end
        )
    except Exception as error:  # the library raises many types; the caller wants one
        raise BrokenEvent(f"the repeats cannot be worked out: {_first_line(error)}") from error

    result: list[ExpandedOccurrence] = []
    for component in components:
        for occurrence in _occurrences_of(component, recurring_uids, owners):
            if occurrence.floating:
                keep = _overlaps(occurrence.start, occurrence.end, floating_lo, floating_hi)
            else:
                keep = _overlaps(occurrence.start, occurrence.end, window_start, window_end)
            if keep:
                result.append(occurrence)
    result.sort(key=lambda o: (o.start.replace(tzinfo=None), o.kind != "travel", o.uid))
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
    r"^(?:DESCRIPTION|X-ALT-DESC|ATTACH|X-APPLE-STRUCTURED-LOCATION|CONFERENCE|DTSTAMP|CREATED"
    r"|LAST-MODIFIED|URL|PRODID|VERSION|CALSCALE)[;:][^\n]*\n(?:[ \t][^\n]*\n)*",
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
    return "" if tzid and _is_iana_name(tzid.group(1)) else block


@lru_cache(maxsize=256)
def _is_iana_name(tzid: str) -> bool:
    try:
        zoneinfo.ZoneInfo(tzid)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _single_occurrence(events: list[icalendar.cal.Component]) -> list[icalendar.cal.Component]:
    """A lone VEVENT that does not repeat, given a DTEND as recurring-ical-events would;
    [] when the library is needed (repeats, several events, a date with a DURATION)."""
    if len(events) != 1:
        return []
    event = events[0]
    if any(name in event for name in ("RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID")):
        return []
    if "DTEND" not in event:
        start = event["DTSTART"].dt
        if "DURATION" in event:
            if _is_date(start):
                return []
            end = start + event["DURATION"].dt
        else:
            end = start + timedelta(days=1) if _is_date(start) else start
        event["DTEND"] = vDDDTypes(end)
    return [event]


def owner_declined(event: icalendar.cal.Component, owner_addresses: Iterable[str]) -> bool:
    """Whether the account owner declined this invitation.

    An ATTENDEE is the owner when its address (or its EMAIL parameter, as iCloud writes for
    ``urn:uuid:`` attendees) is in ``owner_addresses``, compared case-insensitively and
    ignoring ``mailto:``.
    """
    owners = {_normalise_address(a) for a in owner_addresses if a and a.strip()}
    if not owners:
        return False
    attendees = event.get("ATTENDEE", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    for attendee in attendees:
        params = getattr(attendee, "params", {})
        addresses = {_normalise_address(str(attendee))}
        if params.get("EMAIL"):
            addresses.add(_normalise_address(str(params["EMAIL"])))
        if addresses & owners and str(params.get("PARTSTAT", "")).upper() == "DECLINED":
            return True
    return False


def _parse(ics: str | bytes) -> icalendar.Calendar:
    if isinstance(ics, bytes):
        # Times are ASCII; a stray non-UTF-8 byte can only spoil a title, not when it blocks.
        ics = ics.decode("utf-8-sig", errors="replace")
    text = ics.lstrip("\ufeff").strip()
    if not text:
        raise BrokenEvent("the calendar data is empty")
    if not text[:15].upper().startswith("BEGIN:VCALENDAR"):
        raise BrokenEvent(f"not iCalendar data: it starts with {_first_line(text[:40])!r}")
    if "END:VCALENDAR" not in text[-40:].upper():
        raise BrokenEvent("the calendar data is cut off (no END:VCALENDAR)")
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception as error:  # icalendar raises ValueError and others on garbage
        raise BrokenEvent(f"not readable as iCalendar: {_first_line(error)}") from error
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
    if not isinstance(event["DTSTART"].dt, date):
        raise BrokenEvent(f"{_describe(event)} has a DTSTART that is neither a date nor a time")
    for rule in _as_list(event.get("RRULE")):
        frequency = rule.get("FREQ", [""])[0]
        if str(frequency).upper() in _REFUSED_FREQUENCIES:
            raise BrokenEvent(f"{_describe(event)} repeats {str(frequency).lower()}: not supported")


def _check_span(event: icalendar.cal.Component) -> None:
    start = event["DTSTART"].dt
    if "DTEND" in event:
        end = event["DTEND"].dt
        if _is_date(start) != _is_date(end):
            raise BrokenEvent(f"{_describe(event)} mixes a date and a date-time in DTSTART/DTEND")
        if not _is_date(start) and (start.tzinfo is None) != (end.tzinfo is None):
            raise BrokenEvent(
                f"{_describe(event)} mixes a floating time and a zoned time in DTSTART/DTEND"
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
    zones: dict[str, tzinfo],
) -> None:
    """Give every TZID-bearing date-time the zone this object means.

    icalendar keeps a process-wide cache of VTIMEZONEs keyed by TZID, first one wins: two
    Outlook objects that both say "Customized Time Zone" would share one offset. Resolving here,
    per object, avoids that; and a TZID nobody knows must not quietly turn floating.
    """
    for name in _DATETIME_PROPERTIES:
        for prop in _as_list(event.get(name)):
            values = prop.dts if hasattr(prop, "dts") else [prop]
            for value in values:
                tzid = value.params.get("TZID") or prop.params.get("TZID")
                if not tzid or not isinstance(value.dt, datetime | tuple):
                    continue
                if tzid not in zones:
                    zone = _resolve_zone(str(tzid), vtimezones)
                    if zone is None:
                        raise BrokenEvent(f"{_describe(event)} uses an unknown time zone {tzid!r}")
                    zones[tzid] = zone
                value.dt = _in_zone(value.dt, zones[tzid])


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
        raise BrokenEvent(f"the time zone {tzid!r} cannot be read: {_first_line(error)}") from error


def _named_zone(tzid: str) -> tzinfo | None:
    """The IANA zone for an IANA, Windows or vendor-prefixed (/mozilla.org/.../Area/City) id."""
    cleaned = tzid.strip().strip('"').strip("/")
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


def _occurrences_of(
    component: icalendar.cal.Component, recurring_uids: set[str], owners: set[str]
) -> list[ExpandedOccurrence]:
    uid = _text(component, "UID")
    raw_start = component["DTSTART"].dt
    raw_end = component["DTEND"].dt
    all_day = _is_date(raw_start)
    start, floating = _normalise(raw_start)
    end, _ = _normalise(raw_end)

    recurrence_id = None
    if uid in recurring_uids and "RECURRENCE-ID" in component:
        original, _ = _normalise(component["RECURRENCE-ID"].dt)
        recurrence_id = (
            original.date().isoformat()
            if _is_date(component["RECURRENCE-ID"].dt)
            else original.isoformat()
        )

    busy, reason = _busy_and_reason(component, owners)
    event = ExpandedOccurrence(
        uid=uid,
        recurrence_id=recurrence_id,
        title=_text(component, "SUMMARY"),
        start=start,
        end=end,
        floating=floating,
        all_day=all_day,
        busy=busy,
        reason=reason,
        kind="event",
        location=_text(component, "LOCATION"),
    )
    travel = _travel_duration(component)
    if travel is None:
        return [event]
    return [
        ExpandedOccurrence(
            uid=uid,
            recurrence_id=recurrence_id,
            title=event.title,
            start=start - travel,
            end=start,
            floating=floating,
            all_day=False,
            # Apple counts travel as busy exactly when the event is.
            busy=busy,
            reason="travel",
            kind="travel",
            location=event.location,
        ),
        event,
    ]


def _busy_and_reason(component: icalendar.cal.Component, owners: set[str]) -> tuple[bool, str]:
    status = _text(component, "STATUS").upper()
    if status == "CANCELLED":
        return False, "cancelled"
    if owner_declined(component, owners):
        return False, "declined"
    if _text(component, "TRANSP").upper() == "TRANSPARENT":
        return False, "free"
    if status == "TENTATIVE":
        return True, "tentative"
    return True, "busy"


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
    if not isinstance(value, timedelta) or value <= timedelta(0):
        return None
    return value


def _normalise(value: date | datetime) -> tuple[datetime, bool]:
    """(datetime, floating): aware values in UTC, dates as naive midnight."""
    if _is_date(value):
        return datetime.combine(value, time()), True
    if value.tzinfo is None:
        return value, True
    return value.astimezone(UTC), False


def _overlaps(start: datetime, end: datetime, lo: datetime, hi: datetime) -> bool:
    if start == end:  # a zero-length event blocks the instant it starts at
        return lo <= start < hi
    return start < hi and end > lo


def _is_date(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(component: icalendar.cal.Component, name: str) -> str:
    values = _as_list(component.get(name))
    return str(values[0]) if values else ""


def _normalise_address(address: str) -> str:
    address = address.strip().lower()
    return address[len("mailto:") :] if address.startswith("mailto:") else address


def _first_line(error: object) -> str:
    text = str(error).strip().splitlines()
    line = text[0] if text else type(error).__name__
    return line if len(line) <= 160 else line[:157] + "..."
