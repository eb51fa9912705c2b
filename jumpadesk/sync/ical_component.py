"""What the full reader reads of an icalendar component: its text, its dates and
durations, whether the owner declined it, whether it blocks and why, and its travel time.
The rules themselves are ical_rules'; this module only reads icalendar's properties for
them, with the types icalendar gives (a property is one of some thirty types).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta
from typing import Protocol, runtime_checkable

import icalendar
from icalendar.prop import vDDDTypes, vDuration

from jumpadesk.kinds import Reason
from jumpadesk.language import translate
from jumpadesk.sync.ical_rules import (
    BrokenEvent,
    blocks_and_why,
    declined_by_owner,
    owner_set,
    positive_travel,
)

log = logging.getLogger(__name__)

#: What icalendar reads a date, time or duration value as (``vDDDTypes.dt``); a period,
#: as an RDATE may hold, is a pair: (start, end or duration).
DateValue = (
    date | datetime | timedelta | time | tuple[datetime, datetime] | tuple[datetime, timedelta]
)


@runtime_checkable
class WrittenBack(Protocol):
    """Any property icalendar read, whatever its type: it writes its value back."""

    def to_ical(self) -> bytes: ...


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


def busy_and_reason(component: icalendar.cal.Component,
                    owners: set[str]) -> tuple[bool, Reason]:
    """Whether the event blocks, and why (ical_rules.blocks_and_why on its properties)."""
    return blocks_and_why(text_of(component, "STATUS"), text_of(component, "TRANSP"),
                          lambda: owner_declined(component, owners))


def travel_duration(event: icalendar.cal.Component) -> timedelta | None:
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
        log.warning("ignoring unreadable X-APPLE-TRAVEL-DURATION on UID %s", text_of(event, "UID"))
        return None
    return positive_travel(value)


def as_list(value: object) -> list[object]:
    """A property's values: icalendar gives a list for a repeated property, else one."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def text_of(component: icalendar.cal.Component, name: str) -> str:
    """A property's (first) value as text; "" when it is absent."""
    values = as_list(component.get(name))
    return str(values[0]) if values else ""


def describe(event: icalendar.cal.Component) -> str:
    """The event as a sentence names it: 'event "Title"', or by its UID."""
    title = text_of(event, "SUMMARY")
    if title:
        return translate("sync", "event \"{title}\"").format(title=title)
    uid = text_of(event, "UID")
    return (translate("sync", "event {uid}").format(uid=uid) if uid
            else translate("sync", "event without UID"))


def value_of(prop: object) -> object:
    """What icalendar read for a property with a date, time or duration value (its ``dt``).
    A property without one raises as reading ``dt`` does: AttributeError, or icalendar's
    BrokenCalendarProperty for a value it could not parse."""
    if isinstance(prop, vDDDTypes):
        return prop.dt
    return getattr(prop, "dt")  # noqa: B009  (any other type: whatever icalendar raises)


def date_of(component: icalendar.cal.Component, name: str) -> date:
    """DTSTART, DTEND or RECURRENCE-ID of an event check_event let through, or of the
    expander's copy of one: a date or a date-time. KeyError when it is absent."""
    prop = component[name]
    value = prop.dt if isinstance(prop, vDDDTypes) else None
    if not isinstance(value, date):  # check_event refuses such an event before
        raise BrokenEvent(translate("sync", "{event} has a {name} that is neither a date nor a "
                                   "time").format(event=describe(component), name=name))
    return value
