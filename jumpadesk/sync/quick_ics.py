"""A quick reader for the most common calendar object: one VEVENT that does not repeat.

Nine objects in ten of a real iCloud calendar are a single appointment: its own VTIMEZONE,
a start and an end, a title, perhaps a place, alarms and a description. Reading those with
icalendar costs most of a first sync. This module reads exactly that shape line by line and
gives the same occurrences the full reader (``ical_expand``) would give; anything it does not
recognise for certain (a repeat, several events, a time zone known only by its VTIMEZONE, a
time written in an unusual form, a line it cannot split the way icalendar does...) makes it
decline (None), and the full reader runs. tests/sync/test_quick_ics.py compares both on
every fixture and on generated events.

What it mirrors, as the full reader does it for a lone one-off event: VTIMEZONEs with an
IANA TZID, VALARMs and the unread properties are skipped (their content never matters);
text values are unescaped in one pass (``\\n \\N \\, \\; \\: \\\\``, any other backslash
kept); a TZID is an IANA name; a date without DTEND lasts one day; a DURATION is added in
wall-clock time. What the event means (busy or free and why, declined by the owner, travel
time, the occurrences and the window) is decided by ``ical_rules``, the rules the full
reader applies too.
"""

from __future__ import annotations

import logging
import re
import zoneinfo
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache

from jumpadesk.sync.ical_rules import (
    RECURRENCE_PROPERTIES,
    UNREAD_PROPERTIES,
    ExpandedOccurrence,
    blocks_and_why,
    cleaned_tzid,
    declined_by_owner,
    in_window,
    is_iana_name,
    occurrence_and_travel,
    owner_set,
    positive_travel,
)

log = logging.getLogger(__name__)

_UNREAD = frozenset(UNREAD_PROPERTIES)
# Any of these means the expander (or a repair) is needed.
_RECURRENCE = frozenset(RECURRENCE_PROPERTIES)
_TEXT = frozenset({"UID", "SUMMARY", "LOCATION", "STATUS", "TRANSP"})
_TIMES = frozenset({"DTSTART", "DTEND", "DURATION"})
# VCALENDAR-level properties that cannot fail to parse and change nothing here.
_CALENDAR_PROPERTIES = frozenset({"VERSION", "PRODID", "CALSCALE", "METHOD"})

# NAME *(;PARAM=VALUE) : value, split where icalendar splits it: a quoted value is taken
# whole; outside quotes a backslash keeps the next character from being a delimiter, so
# an escaped ";", ":", "," or quote is not simple. (How icalendar then reads the parameters
# of a line nobody reads does not matter; for the properties read, see _params.)
_LINE = re.compile(
    r'([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|(?:[^";:\\]|\\[^;:,"])*))*):(.*)\Z', re.S
)
_PARAM = re.compile(r';([A-Za-z0-9-]+)=("[^"]*"|[^;]*)')
# What a parameter this module reads (TZID, VALUE, EMAIL, PARTSTAT) may hold: icalendar
# strips, splits or decodes values with these characters.
_ODD_PARAMETER = re.compile(r'[\s\\^,="]')
_READ_PARAMETERS = ("TZID", "VALUE", "EMAIL", "PARTSTAT")
_NAME_AT_START = re.compile(r"([A-Za-z0-9-]+)[;:]")
_DATE_TIME = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?\Z")
_DURATION = re.compile(
    r"([-+]?)P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?\Z"
)
_ESCAPE = re.compile(r"\\([\\,;:nN])")
_UNESCAPED = {"\\": "\\", ",": ",", ";": ";", ":": ":", "n": "\n", "N": "\n"}


class _Decline(Exception):
    """This object is not the simple shape; the full reader takes it."""


def read_simple(
    ics: str | bytes,
    window_start: datetime,
    window_end: datetime,
    owner_addresses: Iterable[str] = (),
) -> list[ExpandedOccurrence] | None:
    """The occurrences of a lone one-off VEVENT in the window (as expand_calendar_object
    gives them, travel time included), or None when the object is anything else.

    The window must be aware and in UTC. Never raises for any data."""
    try:
        return _read(ics, window_start, window_end, owner_addresses)
    except (_Decline, ValueError, OverflowError):  # not simple, or no such date or time
        return None
    except Exception:  # a fault here must cost speed, never an event
        log.exception("the quick reader failed on an object; it is read in full")
        return None


def _read(
    ics: str | bytes, window_start: datetime, window_end: datetime,
    owner_addresses: Iterable[str],
) -> list[ExpandedOccurrence]:
    if isinstance(ics, bytes):
        ics = ics.decode("utf-8-sig", errors="replace")
    event = _simple_event(_logical_lines(ics))
    start, end = _span(event)
    busy, reason = blocks_and_why(_first(event, "STATUS"), _first(event, "TRANSP"),
                                  lambda: _owner_declined(event, owner_addresses))
    occurrences = occurrence_and_travel(
        _first(event, "UID"), start, end, None, busy, reason, _first(event, "SUMMARY"),
        _first(event, "LOCATION"), _travel(event))
    # travel first, as the full reader sorts them: it starts earlier
    return [o for o in occurrences if in_window(o, window_start, window_end)]


# -- lines ----------------------------------------------------------------------------------


def _logical_lines(text: str) -> list[tuple[str, bool]]:
    """(unfolded line, whether it was folded) for each content line, as icalendar splits
    them; blank lines, a lone CR or a BOM are not the simple shape."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            raise _Decline
    raw = text.split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    lines: list[tuple[str, bool]] = []
    pieces: list[str] = []
    for line in raw:
        if not line:
            raise _Decline
        first = line[0]
        if first == " " or first == "\t":
            if not pieces:
                raise _Decline
            pieces.append(line[1:])
            continue
        if pieces:
            lines.append(("".join(pieces), len(pieces) > 1))
        pieces = [line]
    if pieces:
        lines.append(("".join(pieces), len(pieces) > 1))
    return lines


def _simple_event(lines: list[tuple[str, bool]]) -> dict[str, list[tuple[dict[str, str], str]]]:
    """The one VEVENT's properties that matter: {NAME: [(params, value), ...]} in order."""
    if len(lines) < 4:
        raise _Decline
    if lines[0][0].upper() != "BEGIN:VCALENDAR" or lines[0][1]:
        raise _Decline
    if lines[-1][0].upper() != "END:VCALENDAR" or lines[-1][1]:
        raise _Decline
    event: dict[str, list[tuple[dict[str, str], str]]] | None = None
    i, n = 1, len(lines) - 1
    while i < n:
        line, folded = lines[i]
        head = line[:6].upper()
        if head == "BEGIN:" or head.startswith("END:"):
            if folded:
                raise _Decline
            upper = line.upper()
            if upper == "BEGIN:VTIMEZONE":
                i = _skip_iana_vtimezone(lines, i, n)
                continue
            if upper != "BEGIN:VEVENT" or event is not None:
                raise _Decline  # END:VCALENDAR too early, another component, a 2nd VEVENT
            event, i = _read_event(lines, i + 1, n)
            continue
        match = _LINE.match(line)
        if match is None or match.group(2):
            raise _Decline  # a calendar-level line icalendar could refuse: all is refused
        name = match.group(1).upper()
        if name not in _CALENDAR_PROPERTIES and not (
            name.startswith("X-") and name != "X-WR-TIMEZONE"
        ):
            raise _Decline
        i += 1
    if event is None:
        raise _Decline
    return event


def _skip_iana_vtimezone(lines: list[tuple[str, bool]], i: int, n: int) -> int:
    """Past a VTIMEZONE whose TZID is an IANA name (the full reader cuts it unread)."""
    tzid: str | None = None
    for j in range(i + 1, n):
        line, folded = lines[j]
        if line[:4].upper() == "END:" and line.rstrip(" \t").upper() == "END:VTIMEZONE":
            if folded or tzid is None or not is_iana_name(tzid):
                raise _Decline
            return j + 1
        if tzid is None and line[:5].upper() == "TZID:":
            tzid = line[5:].rstrip(" \t")
    raise _Decline


def _read_event(
    lines: list[tuple[str, bool]], i: int, n: int
) -> tuple[dict[str, list[tuple[dict[str, str], str]]], int]:
    event: dict[str, list[tuple[dict[str, str], str]]] = {}
    while i < n:
        line, folded = lines[i]
        i += 1
        head = line[:6].upper()
        if head == "BEGIN:" or head.startswith("END:"):
            upper = line.upper()
            if folded:
                raise _Decline
            if upper == "END:VEVENT":
                return event, i
            if upper != "BEGIN:VALARM":
                raise _Decline
            while i < n and lines[i][0].upper() != "END:VALARM":
                if lines[i][0][:4].upper() == "END:" and lines[i][0].upper().startswith(
                        "END:VALARM"):
                    raise _Decline  # "END:VALARM " and the like: cut or not, unclear
                i += 1
            if i >= n or lines[i][1]:
                raise _Decline
            i += 1
            continue
        match = _LINE.match(line)
        if match is None:
            start = _NAME_AT_START.match(line)
            if start is not None and start.group(1).upper() in _UNREAD:
                continue  # cut unread whatever it holds
            raise _Decline
        name = match.group(1).upper()
        if name in _UNREAD:
            continue
        if name in _RECURRENCE:
            raise _Decline
        if name in _TIMES or name in _TEXT or name == "ATTENDEE" or \
                name == "X-APPLE-TRAVEL-DURATION":
            params = _params(match.group(2))
            event.setdefault(name, []).append((params, match.group(3)))
    raise _Decline


def _params(section: str) -> dict[str, str]:
    """The parameters of a property this module reads. A backslash anywhere among them is
    not simple: icalendar turns escapes into delimiters and back in its own order."""
    if "\\" in section:
        raise _Decline
    params: dict[str, str] = {}
    for key, value in _PARAM.findall(section):
        key = key.upper()
        if key in params:
            raise _Decline
        value = value[1:-1] if value[:1] == '"' else value
        if key in _READ_PARAMETERS and _ODD_PARAMETER.search(value):
            raise _Decline
        params[key] = value
    return params


# -- values ---------------------------------------------------------------------------------


def _first(event: dict[str, list[tuple[dict[str, str], str]]], name: str) -> str:
    values = event.get(name)
    if not values:
        return ""
    params, value = values[0]
    if "VALUE" in params or "ENCODING" in params:
        raise _Decline
    return _unescape(value)


def _unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return _ESCAPE.sub(lambda m: _UNESCAPED[m.group(1)], value)


def _span(
    event: dict[str, list[tuple[dict[str, str], str]]],
) -> tuple[date, date]:
    starts = event.get("DTSTART", [])
    ends = event.get("DTEND", [])
    durations = event.get("DURATION", [])
    if len(starts) != 1 or len(ends) > 1 or len(durations) > 1 or (ends and durations):
        raise _Decline
    start = _moment(*starts[0])
    all_day = not isinstance(start, datetime)
    if ends:
        end = _moment(*ends[0])
        if isinstance(end, datetime) == all_day:
            raise _Decline  # a date and a date-time mixed
        if isinstance(start, datetime) and isinstance(end, datetime) and (
                (start.tzinfo is None) != (end.tzinfo is None)):
            raise _Decline  # floating and zoned mixed: the full reader notes an assumption
    elif durations:
        params, value = durations[0]
        if params or all_day:
            raise _Decline  # a date with a DURATION goes through the expander
        end = start + _duration(value)
    elif all_day:
        end = start + timedelta(days=1)
    else:
        raise _Decline  # zero length
    if not end > start:
        raise _Decline  # zero length, or ends before it starts (a broken event)
    return start, end


def _moment(params: dict[str, str], value: str) -> date:
    match = _DATE_TIME.match(value)
    if match is None:
        raise _Decline
    kind = params.get("VALUE")
    tzid = params.get("TZID")
    if len(params) - (kind is not None) - (tzid is not None):
        raise _Decline  # another parameter: not the simple shape
    year, month, day, hour, minute, second, z = match.groups()
    if hour is None:
        if tzid is not None or kind not in (None, "DATE"):
            raise _Decline
        return date(int(year), int(month), int(day))
    if kind not in (None, "DATE-TIME"):
        raise _Decline
    zone: tzinfo | None = None
    if tzid is not None:
        if z:
            raise _Decline  # a zone and "Z": ical reads it as UTC and says so
        zone = _zone(tzid)
    elif z:
        zone = UTC
    return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second),
                    tzinfo=zone)


def _duration(value: str) -> timedelta:
    match = _DURATION.match(value)
    if match is None:
        raise _Decline
    sign, weeks, days, hours, minutes, seconds = match.groups()
    length = timedelta(weeks=int(weeks or 0), days=int(days or 0), hours=int(hours or 0),
                       minutes=int(minutes or 0), seconds=int(seconds or 0))
    return -length if sign == "-" else length


@lru_cache(maxsize=256)
def _zone(tzid: str) -> tzinfo:
    if tzid != cleaned_tzid(tzid):
        raise _Decline  # ical cleans such a name first; not the simple shape
    try:
        return zoneinfo.ZoneInfo(tzid)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError) as error:
        raise _Decline from error


def _owner_declined(event: dict[str, list[tuple[dict[str, str], str]]],
                    owner_addresses: Iterable[str]) -> bool:
    attendees = event.get("ATTENDEE")
    if not attendees:
        return False
    return declined_by_owner(_attendees(attendees), owner_set(owner_addresses))


def _attendees(attendees: list[tuple[dict[str, str], str]]) -> Iterator[tuple[str, str, str]]:
    """(address, EMAIL, PARTSTAT) of each ATTENDEE as icalendar would read it; a value or a
    parameter it reads another way is not the simple shape."""
    for params, value in attendees:
        if "\\" in value or "VALUE" in params:
            raise _Decline
        yield value, params.get("EMAIL", ""), params.get("PARTSTAT", "")


def _travel(event: dict[str, list[tuple[dict[str, str], str]]]) -> timedelta | None:
    values = event.get("X-APPLE-TRAVEL-DURATION")
    if not values:
        return None
    params, value = values[0]
    if params.get("VALUE", "DURATION") != "DURATION":
        raise _Decline
    return positive_travel(_duration(value))
