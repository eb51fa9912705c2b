"""Turning stored calendar objects into stored occurrences, and keeping the stored
span moving with time."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from sqlmodel import Session, delete, select

from jumpadesk.config import Settings
from jumpadesk.models import Calendar, CalendarObject, Occurrence
from jumpadesk.sync.ical import (
    BrokenEvent,
    ExpandedOccurrence,
    ReadNote,
    broken_sentence,
    expand_calendar_object,
    first_occurrences,
)

log = logging.getLogger("jumpadesk.sync.occurrences")

# Re-expand a calendar once the stored span has drifted this far behind the clock.
REEXPAND_AFTER = timedelta(days=1)


def epoch(moment: datetime) -> int:
    """Seconds since the epoch; a naive datetime is read as wall time stored as if UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


def expansion_window(settings: Settings, now: datetime | None = None) -> tuple[datetime, datetime]:
    now = now or datetime.now(UTC)
    day = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return (
        day - timedelta(days=settings.expand_days_back),
        day + timedelta(days=settings.expand_days_ahead),
    )


def owner_addresses_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def to_row(calendar_id: int, object_id: int, occ: ExpandedOccurrence) -> Occurrence:
    return Occurrence(
        object_id=object_id,
        calendar_id=calendar_id,
        uid=occ.uid,
        recurrence_id=occ.recurrence_id or "",
        title=occ.title,
        location=occ.location,
        start_ts=epoch(occ.start),
        end_ts=epoch(occ.end),
        floating=occ.floating,
        all_day=occ.all_day,
        busy=occ.busy,
        reason=occ.reason,
        kind=occ.kind,
    )


def store_object_occurrences(
    session: Session,
    calendar: Calendar,
    obj: CalendarObject,
    owner_addresses: list[str],
    window: tuple[datetime, datetime],
) -> bool:
    """Replace the occurrences of one object. A broken object is kept with a sentence for
    the person (obj.error), logged by href, and still blocks the first occurrence of each
    event whose start can be read; returns False for it. A readable object that needed an
    assumption (a dense rule, an unknown zone...) keeps that sentence in obj.error too."""
    assert obj.id is not None and calendar.id is not None
    session.exec(delete(Occurrence).where(Occurrence.object_id == obj.id))  # type: ignore[arg-type]
    notes: list[ReadNote] = []
    try:
        expanded = expand_calendar_object(obj.ics, window[0], window[1], owner_addresses, notes)
    except BrokenEvent as exc:
        # Never free by accident: what still has a readable start blocks its first occurrence.
        fallback = first_occurrences(obj.ics, window[0], window[1], owner_addresses)
        obj.error = broken_sentence(calendar.name, str(exc) or "unreadable event", bool(fallback))
        session.add(obj)
        for occ in fallback:
            session.add(to_row(calendar.id, obj.id, occ))
        log.warning("a broken event %s in %r: %s", obj.href, calendar.name, exc)
        return False
    obj.error = " ".join(note.sentence(calendar.name) for note in notes)
    session.add(obj)
    for occ in expanded:
        session.add(to_row(calendar.id, obj.id, occ))
    return True


def reexpand_calendar(
    session: Session,
    calendar: Calendar,
    owner_addresses: list[str],
    window: tuple[datetime, datetime],
) -> int:
    """Expand every object of a calendar again for `window`; returns the broken count."""
    broken = 0
    objects = session.exec(
        select(CalendarObject).where(CalendarObject.calendar_id == calendar.id)
    ).all()
    for obj in objects:
        if not store_object_occurrences(session, calendar, obj, owner_addresses, window):
            broken += 1
    calendar.expanded_from = epoch(window[0])
    calendar.expanded_to = epoch(window[1])
    session.add(calendar)
    return broken


def needs_reexpansion(calendar: Calendar, window: tuple[datetime, datetime]) -> bool:
    return (
        calendar.expanded_to == 0
        or epoch(window[1]) - calendar.expanded_to > REEXPAND_AFTER.total_seconds()
        or calendar.expanded_from - epoch(window[0]) > REEXPAND_AFTER.total_seconds()
    )
