"""Time zones, resolved per calendar object.

A TZID is read, in this order, as an IANA name, a Windows name as Outlook writes them
(icalendar's CLDR table), a vendor-prefixed name (/mozilla.org/.../Area/City), or the
object's own VTIMEZONE. A TZID none of these explains (or whose VTIMEZONE cannot be read)
does not quietly turn floating: it is read in the business's zone, and the event says so.
"""

from __future__ import annotations

import re
import zoneinfo
from datetime import datetime, tzinfo
from functools import lru_cache

import icalendar
from icalendar.prop import vDDDLists, vDDDTypes
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from jumpadesk.language import translate
from jumpadesk.sync.ical_component import DateValue, as_list
from jumpadesk.sync.ical_rules import BrokenEvent, cleaned_tzid, first_line, is_iana_name

_DATETIME_PROPERTIES = ("DTSTART", "DTEND", "RECURRENCE-ID", "RDATE", "EXDATE")
# iCloud repeats the VTIMEZONE of every zone an object uses in each object: thousands of
# identical copies per calendar, a third of the parsing.
_VTIMEZONE_BLOCK = re.compile(
    r"^BEGIN:VTIMEZONE[ \t]*\r?\n.*?^END:VTIMEZONE[ \t]*(?:\r?\n|$)", re.I | re.M | re.S
)
_TZID_LINE = re.compile(r"^TZID:(.*?)[ \t]*\r?$", re.I | re.M)
_UNFOLD = re.compile(r"\r?\n[ \t]")


def cut_iana_vtimezones(ics: str) -> str:
    """The text without its VTIMEZONEs whose TZID is an IANA name: such a definition is never
    read (the name wins, see named_zone). Any other (Outlook's, vendor-prefixed) stays."""
    return _VTIMEZONE_BLOCK.sub(_cut_if_iana, ics)


def without_vtimezones(ics: str) -> str:
    """The text without any VTIMEZONE (for an object a broken one keeps from being read)."""
    return _VTIMEZONE_BLOCK.sub("", ics)


def _cut_if_iana(match: re.Match[str]) -> str:
    block = match.group(0)
    tzid = _TZID_LINE.search(_UNFOLD.sub("", block))
    return "" if tzid and is_iana_name(tzid.group(1)) else block


def apply_time_zones(
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
        for prop in as_list(event.get(name)):
            if isinstance(prop, vDDDLists):  # RDATE, EXDATE: several values, one TZID
                values, outer = prop.dts, prop.params.get("TZID")
            elif isinstance(prop, vDDDTypes):
                values, outer = [prop], prop.params.get("TZID")
            else:  # a value icalendar could not read: check_event refused the event
                continue
            for value in values:
                tzid = value.params.get("TZID") or outer
                if not tzid or not isinstance(value.dt, datetime | tuple):
                    continue
                zone = _zone_for(tzid, vtimezones, zones)
                if zone is None:
                    note = f"time zone '{tzid}' is unknown; read in the business's zone"
                    if note not in assumed.setdefault(id(event), []):
                        assumed[id(event)].append(note)
                value.dt = _with_zone(value.dt, zone)


def _zone_for(tzid: str, vtimezones: dict[str, icalendar.cal.Component],
              zones: dict[str, tzinfo | None]) -> tzinfo | None:
    """The zone a TZID means in this object (None: unknown), worked out once per object."""
    if tzid not in zones:
        try:
            zones[tzid] = _resolve_zone(str(tzid), vtimezones)
        except BrokenEvent:
            zones[tzid] = None
    return zones[tzid]


def _with_zone(value: DateValue, zone: tzinfo | None) -> DateValue:
    """The same wall-clock digits in ``zone`` (floating when None): icalendar kept the digits
    as written; only the zone may be wrong. A period (an RDATE) is a pair: (start, end or
    duration)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=zone)
    if not isinstance(value, tuple):
        return value
    start, end = value
    if isinstance(end, datetime):
        return _part_with_zone(start, zone), end.replace(tzinfo=zone)
    return _part_with_zone(start, zone), end


def _part_with_zone(part: datetime, zone: tzinfo | None) -> datetime:
    # A period's start is a date-time unless written as a date.
    return part.replace(tzinfo=zone) if isinstance(part, datetime) else part


def _resolve_zone(tzid: str, vtimezones: dict[str, icalendar.cal.Component]) -> tzinfo | None:
    zone = named_zone(tzid)
    if zone is not None:
        return zone
    definition = vtimezones.get(tzid)
    if definition is None:
        return None
    try:
        return _zone_from_vtimezone(definition.to_ical())
    except Exception as error:  # a VTIMEZONE can be broken in many ways
        raise BrokenEvent(translate("sync", "the time zone {zone} cannot be read: {why}").format(
            zone=repr(tzid), why=first_line(error))) from error


def named_zone(tzid: str) -> tzinfo | None:
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
    if not isinstance(component, icalendar.Timezone):
        raise ValueError(f"a {component.name or 'nameless'} object, not a VTIMEZONE")
    zone = component.to_tz(icalendar.timezone.tzp, lookup_tzid=False)
    if not isinstance(zone, tzinfo):
        raise ValueError(f"it gives {type(zone).__name__}, not a time zone")
    return zone

