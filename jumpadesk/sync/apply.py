"""Storing one calendar's changes: its objects, their occurrences, then its token and
ctag, all in the caller's transaction, so a failure leaves the calendar as it was.

A large change may first store the objects the window shows first (`store_ahead`) in a
transaction of their own: never a deletion, never the token or the ctag."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, delete, select

from jumpadesk.models import Calendar, CalendarObject, Occurrence, session_scope, utcnow
from jumpadesk.sync.fetch import Fetched
from jumpadesk.sync.object_reader import ObjectReading
from jumpadesk.sync.occurrences import (
    OBJECTS,
    StoredObject,
    epoch,
    needs_reexpansion,
    reexpand_calendar,
    store_occurrences,
    stored_objects,
)


def uid_of(ics: str) -> str:
    """The first UID line, unfolded; enough to identify an object without parsing it."""
    lines = ics.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "").split("\n")
    for line in lines:
        name, _, value = line.partition(":")
        if name.split(";", 1)[0].strip().upper() == "UID":
            return value.strip()
    return ""


def delete_objects(session: Session, ids: list[int]) -> None:
    """Delete calendar objects and their occurrences (occurrences first: foreign keys)."""
    if not ids:
        return
    session.exec(delete(Occurrence).where(col(Occurrence.object_id).in_(ids)))
    session.exec(delete(CalendarObject).where(col(CalendarObject.id).in_(ids)))

# The weeks after this one that a large first sync stores ahead of the rest.
SHOWN_WEEKS_AHEAD = 4


@dataclass
class Applied:
    changed: int = 0
    deleted: int = 0
    broken: int = 0
    notes: list[str] = field(default_factory=list)


def apply_fetched(
    session: Session,
    calendar: Calendar,
    fetched: Fetched,
    ctag: str,
    owners: list[str],
    window: tuple[datetime, datetime],
    *,
    readings: Mapping[str, ObjectReading] | None = None,
    ahead: Collection[str] = (),
) -> Applied:
    """Store one calendar's changes, then its token and ctag, in the caller's transaction.
    An object in `readings` (read while its answer arrived) is not read again, nor one
    stored `ahead` in this pass (store_ahead) expanded again."""
    out = Applied()
    touched = set(fetched.changes) | fetched.deleted
    query = select(CalendarObject).where(CalendarObject.calendar_id == calendar.id)
    if not fetched.full:
        query = query.where(col(CalendarObject.href).in_(touched))
    stored = {o.href: o for o in session.exec(query).all()}
    gone = set(fetched.deleted)
    if fetched.full:
        gone |= {h for h in stored if h not in fetched.seen and h not in fetched.changes}
    gone_ids = [i for i in (stored[h].id for h in gone if h in stored) if i is not None]
    delete_objects(session, gone_ids)
    out.deleted = len(gone_ids)
    reexpand = needs_reexpansion(calendar, window)
    now = utcnow()
    out.changed, out.broken, expanded = _store_changes(
        session, calendar, fetched.changes, stored, owners, window, readings or {}, now=now)
    if reexpand:
        # The window moved (or this is the first sync): the rest is expanded again.
        out.broken += reexpand_calendar(session, calendar, owners, window, readings,
                                        expanded=expanded | set(ahead))
    out.notes = _notes_of(session, calendar, set(fetched.changes))
    if fetched.complete:
        calendar.sync_token = fetched.token
        calendar.ctag = ctag
    mark_synced(session, calendar, now)
    return out


def store_ahead(
    session: Session,
    calendar: Calendar,
    fetched: Fetched,
    owners: list[str],
    window: tuple[datetime, datetime],
    readings: Mapping[str, ObjectReading],
    span: tuple[int, int],
) -> tuple[set[str], int]:
    """Before the rest of a large change, in a transaction of its own: the fetched
    objects with an occurrence in `span` (epoch seconds: the weeks a window shows
    first) and their occurrences. Nothing is deleted and the calendar's token, ctag and
    freshness wait for apply_fetched, so whatever happens after this, the store holds
    only more of what the server holds. Returns the objects that went ahead (their hrefs)
    and how many of them are broken."""
    ahead = {href: change for href, change in fetched.changes.items()
             if _reaches(readings.get(href), change[1], span)}
    if not ahead:
        return set(), 0
    stored = {o.href: o for o in session.exec(
        select(CalendarObject)
        .where(CalendarObject.calendar_id == calendar.id)
        .where(col(CalendarObject.href).in_(list(ahead)))).all()}
    _, broken, _ = _store_changes(session, calendar, ahead, stored, owners, window, readings,
                                  now=utcnow())
    return set(ahead), broken


def _reaches(reading: ObjectReading | None, ics: str, span: tuple[int, int]) -> bool:
    """Whether an object read from `ics` has an occurrence in `span` (a floating time is
    taken as if it were UTC: the span carries a day's margin either side)."""
    if reading is None or reading.ics != ics:
        return False
    return any(epoch(o.start) < span[1] and epoch(o.end) > span[0]
               for o in reading.occurrences)


def shown_span(now: datetime, weeks_ahead: int = SHOWN_WEEKS_AHEAD) -> tuple[int, int]:
    """The weeks a window shows first, this week (from Monday) and `weeks_ahead` more, as
    epoch seconds with a day's margin either side."""
    monday = (now.astimezone(UTC) - timedelta(days=now.astimezone(UTC).weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0)
    start = monday - timedelta(days=1)
    end = monday + timedelta(weeks=weeks_ahead + 1, days=1)
    return epoch(start), epoch(end)


def mark_synced(session: Session, calendar: Calendar, now: datetime) -> None:
    """The calendar's data is good as of `now`: its last error goes."""
    calendar.last_sync_at = now
    calendar.last_error = ""
    calendar.last_error_at = None
    session.add(calendar)


def _store_changes(
    session: Session,
    calendar: Calendar,
    changes: Mapping[str, tuple[str, str]],
    stored: dict[str, CalendarObject],
    owners: list[str],
    window: tuple[datetime, datetime],
    readings: Mapping[str, ObjectReading],
    *,
    now: datetime,
) -> tuple[int, int, set[str]]:
    """The changed objects stored (new ones inserted as rows) with their occurrences;
    returns how many objects changed, how many of them are broken, and their hrefs."""
    to_expand, new_rows = _update_changed(session, calendar, changes, stored, readings, now)
    session.flush()
    if new_rows:
        session.execute(OBJECTS.insert(), new_rows)
    if new_rows:
        to_expand.extend(stored_objects(session, calendar, [str(r["href"]) for r in new_rows]))
    broken = 0
    if to_expand:
        broken = store_occurrences(session, calendar, to_expand, owners, window,
                                   readings=readings)
    return len(to_expand), broken, {o.href for o in to_expand}


def _update_changed(
    session: Session,
    calendar: Calendar,
    changes: Mapping[str, tuple[str, str]],
    stored: dict[str, CalendarObject],
    readings: Mapping[str, ObjectReading],
    now: datetime,
) -> tuple[list[StoredObject], list[dict[str, object]]]:
    """Bring the stored objects up to the fetched changes: the changed objects already
    stored (to expand again), and rows for the new ones (to insert), with the sentence
    their reading needs when they were read already."""
    to_expand: list[StoredObject] = []
    new_rows: list[dict[str, object]] = []
    for href, (etag, ics) in changes.items():
        obj = stored.get(href)
        if obj is not None and obj.ics == ics:
            # Listed again but the same (a full resync, a duplicate href): no re-expansion.
            if etag and obj.etag != etag:
                obj.etag = etag
                session.add(obj)
            continue
        if obj is None:
            # New objects go in as rows (a first sync brings thousands), not ORM objects.
            reading = readings.get(href)
            error = reading.error if reading is not None and reading.ics == ics else ""
            new_rows.append({"calendar_id": calendar.id, "href": href, "etag": etag,
                             "uid": uid_of(ics), "ics": ics, "error": error,
                             "updated_at": now})
            continue
        obj.etag = etag
        obj.ics = ics
        obj.uid = uid_of(ics)
        obj.updated_at = now
        session.add(obj)
        to_expand.append(obj)
    return to_expand, new_rows


def _notes_of(session: Session, calendar: Calendar, hrefs: set[str]) -> list[str]:
    """The sentences stored on these objects (unreadable, or read with an assumption)."""
    if not hrefs:
        return []
    rows = session.exec(
        select(CalendarObject.error)
        .where(CalendarObject.calendar_id == calendar.id)
        .where(col(CalendarObject.href).in_(hrefs))
        .where(CalendarObject.error != "")
    ).all()
    return sorted(rows)


def keep_unchanged(
    engine: Engine, cal: Calendar, owners: list[str], window: tuple[datetime, datetime]
) -> int:
    """A calendar whose ctag did not move is fresh again, and expanded anew when the
    window has moved past what was expanded; returns the events it could not read."""
    broken = 0
    with session_scope(engine) as s:
        row = s.get(Calendar, cal.id)
        assert row is not None
        if needs_reexpansion(row, window):
            broken = reexpand_calendar(s, row, owners, window)
        mark_synced(s, row, utcnow())
    return broken
