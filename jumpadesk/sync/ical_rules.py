"""The rules for reading an iCalendar event, shared by both readers.

The quick reader (``quick_ics``) and the full reader (``ical_expand``) each read an event's
properties their own way, then ask these rules what they mean: whether the event blocks
and why, whether the owner declined it, its travel time, the occurrences it makes and
whether they touch the window. Nothing here parses iCalendar text or imports icalendar.

Busy rules, first match wins:

1. ``STATUS:CANCELLED`` never blocks (``cancelled``).
2. An invitation the account owner declined never blocks (``declined``).
3. ``TRANSP:TRANSPARENT`` is free (``free``); an absent TRANSP means OPAQUE (RFC 5545),
   also for all-day events.
4. ``STATUS:TENTATIVE`` blocks (``tentative``); anything else blocks (``busy``).

Travel time (Apple's ``X-APPLE-TRAVEL-DURATION``) is an extra occurrence of kind
``travel`` just before the event, busy exactly when the event is.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from jumpadesk.kinds import OccurrenceKind, Reason
from jumpadesk.language import translate
from jumpadesk.sync.reasons import NOTE_SEPARATOR

#: Floating and all-day times are kept when they are this close to the window: UTC offsets
#: run from -12:00 to +14:00, so the caller can filter exactly once it knows the zone.
FLOATING_MARGIN = timedelta(hours=14)

#: Any of these on an event means it repeats (or is one instance of a series).
RECURRENCE_PROPERTIES = ("RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID")

#: Properties whose content never decides when or whether an event blocks: both readers
#: skip them unread (the full reader cuts them from the text before parsing).
UNREAD_PROPERTIES = (
    "DESCRIPTION", "X-ALT-DESC", "ATTACH", "X-APPLE-STRUCTURED-LOCATION", "CONFERENCE",
    "DTSTAMP", "CREATED", "LAST-MODIFIED", "URL", "PRODID", "VERSION", "CALSCALE",
)


class BrokenEvent(Exception):
    """Raised when a calendar object cannot be parsed/expanded.

    ``str(e)`` is a one-line reason a person can read.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(" ".join(reason.split()))


@dataclass(frozen=True)
class ReadNote:
    """Something jumpadesk assumed or could not do while reading one event, for the person.

    ``text`` continues the event's name: "repeats every minute; jumpadesk cannot expand it,
    so it blocks from Tue 24 Nov 2026 09:00 UTC on".
    """

    uid: str
    title: str
    text: str

    def sentence(self, calendar: str) -> str:
        if self.title:
            said = translate("sync", "'{title}' in {calendar} {text}. Check it in iCloud.")
        elif self.uid:
            said = translate("sync", "The event {uid} in {calendar} {text}. Check it in iCloud.")
        else:
            said = translate("sync", "The event without UID in {calendar} {text}. Check it in "
                                     "iCloud.")
        return said.format(title=self.title, uid=self.uid, calendar=calendar, text=self.text)


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
    reason: Reason
    kind: OccurrenceKind
    location: str = ""
    assumed: str = ""  # what jumpadesk assumed to read the event, for the person

    @property
    def stored_reason(self) -> str:
        """The reason as the store keeps it, with what was assumed: "busy;<assumption>"."""
        return (f"{self.reason.value}{NOTE_SEPARATOR}{self.assumed}" if self.assumed
                else self.reason.value)


# -- what blocks, and why -------------------------------------------------------------------


def blocks_and_why(status: str, transp: str,
                   declined: Callable[[], bool]) -> tuple[bool, Reason]:
    """Whether an event blocks, and why, from its STATUS, its TRANSP and whether the owner
    declined it (asked only when it is not cancelled)."""
    status = status.upper()
    if status == "CANCELLED":
        return False, Reason.CANCELLED
    if declined():
        return False, Reason.DECLINED
    if transp.upper() == "TRANSPARENT":
        return False, Reason.FREE
    if status == "TENTATIVE":
        return True, Reason.TENTATIVE
    return True, Reason.BUSY


def owner_set(owner_addresses: Iterable[str]) -> set[str]:
    """The owner's addresses as attendees are compared with them (blanks left out)."""
    return {normalise_address(a) for a in owner_addresses if a and a.strip()}


def declined_by_owner(attendees: Iterable[tuple[str, str, str]],
                      owners: AbstractSet[str]) -> bool:
    """Whether one of the owner's addresses declined: each attendee is (address, its EMAIL
    parameter or "", its PARTSTAT or ""), as iCloud writes an EMAIL for ``urn:uuid:``
    attendees; ``owners`` as ``owner_set`` gives them. Attendees are read only while needed."""
    if not owners:
        return False
    for address, email, partstat in attendees:
        addresses = {normalise_address(address)}
        if email:
            addresses.add(normalise_address(email))
        if addresses & owners and partstat.upper() == "DECLINED":
            return True
    return False


def normalise_address(address: str) -> str:
    """An address compared case-insensitively and without ``mailto:``."""
    address = address.strip().lower()
    return address[len("mailto:") :] if address.startswith("mailto:") else address


def positive_travel(value: object) -> timedelta | None:
    """A travel time that counts: a duration longer than nothing, else None."""
    if not isinstance(value, timedelta) or value <= timedelta(0):
        return None
    return value


# -- building occurrences -------------------------------------------------------------------


def occurrence_and_travel(
    uid: str, raw_start: date, raw_end: date, recurrence: date | None, busy: bool,
    reason: Reason, title: str, location: str, travel: timedelta | None,
) -> list[ExpandedOccurrence]:
    """One occurrence from its start and end as written (a date, or a date-time with or
    without a zone), preceded by its travel time when it has one."""
    all_day = is_date(raw_start)
    start, floating = normalise(raw_start)
    end, _ = normalise(raw_end)
    recurrence_id = None
    if recurrence is not None:
        original, _ = normalise(recurrence)
        recurrence_id = (
            original.date().isoformat() if is_date(recurrence) else original.isoformat()
        )
    event = ExpandedOccurrence(
        uid=uid,
        recurrence_id=recurrence_id,
        title=title,
        start=start,
        end=end,
        floating=floating,
        all_day=all_day,
        busy=busy,
        reason=reason,
        kind=OccurrenceKind.EVENT,
        location=location,
    )
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
            reason=Reason.TRAVEL,
            kind=OccurrenceKind.TRAVEL,
            location=event.location,
        ),
        event,
    ]


def normalise(value: date) -> tuple[datetime, bool]:
    """(datetime, floating): aware values in UTC, dates as naive midnight."""
    if not isinstance(value, datetime):
        return datetime.combine(value, time()), True
    if value.tzinfo is None:
        return value, True
    return value.astimezone(UTC), False


def is_date(value: object) -> bool:
    """A date without a time (an all-day value)."""
    return isinstance(value, date) and not isinstance(value, datetime)


# -- the window -----------------------------------------------------------------------------


def in_window(occurrence: ExpandedOccurrence, window_start: datetime,
              window_end: datetime) -> bool:
    """Whether an occurrence overlaps the window (aware, in UTC); a floating one (no zone)
    by wall clock, with a margin for whatever zone it is read in."""
    if occurrence.floating:
        floating_lo = window_start.replace(tzinfo=None) - FLOATING_MARGIN
        floating_hi = window_end.replace(tzinfo=None) + FLOATING_MARGIN
        return overlaps(occurrence.start, occurrence.end, floating_lo, floating_hi)
    return overlaps(occurrence.start, occurrence.end, window_start, window_end)


def overlaps(start: datetime, end: datetime, lo: datetime, hi: datetime) -> bool:
    """Whether [start, end) touches [lo, hi); a zero-length one blocks the instant it
    starts at."""
    if start == end:
        return lo <= start < hi
    return start < hi and end > lo


# -- zone names -----------------------------------------------------------------------------


@lru_cache(maxsize=256)
def is_iana_name(tzid: str) -> bool:
    """Whether a TZID is an IANA zone name as written (one the name alone explains)."""
    try:
        zoneinfo.ZoneInfo(tzid)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def cleaned_tzid(tzid: str) -> str:
    """A TZID without the quotes, blanks and slashes some writers put around it."""
    return tzid.strip().strip('"').strip("/")


# -- words ----------------------------------------------------------------------------------


def first_line(error: object) -> str:
    """The first line of an error's text, at most 160 characters, for a BrokenEvent."""
    text = str(error).strip().splitlines()
    line = text[0] if text else type(error).__name__
    return line if len(line) <= 160 else line[:157] + "..."
