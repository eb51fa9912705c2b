"""Turning stored calendar objects into stored occurrences, and keeping the stored
span moving with time."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import bindparam
from sqlmodel import Session, SQLModel, col, select

from jumpadesk.config import Settings
from jumpadesk.models import Calendar, CalendarObject
from jumpadesk.rows import epoch, owner_addresses_of  # noqa: F401  (light; used elsewhere too)

if TYPE_CHECKING:
    from jumpadesk.sync.ical import ExpandedOccurrence
    from jumpadesk.sync.object_reader import ObjectReading

log = logging.getLogger("jumpadesk.sync.occurrences")

# Re-expand a calendar once the stored span has drifted this far behind the clock.
REEXPAND_AFTER = timedelta(days=1)


def expansion_window(settings: Settings, now: datetime | None = None) -> tuple[datetime, datetime]:
    now = now or datetime.now(UTC)
    day = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return (
        day - timedelta(days=settings.expand_days_back),
        day + timedelta(days=settings.expand_days_ahead),
    )


def to_row(calendar_id: int, object_id: int, occ: ExpandedOccurrence) -> dict[str, object]:
    """The occurrence table's columns for one expanded occurrence."""
    return {
        "object_id": object_id,
        "calendar_id": calendar_id,
        "uid": occ.uid,
        "recurrence_id": occ.recurrence_id or "",
        "title": occ.title,
        "location": occ.location,
        "start_ts": epoch(occ.start),
        "end_ts": epoch(occ.end),
        "floating": occ.floating,
        "all_day": occ.all_day,
        "busy": occ.busy,
        "reason": occ.stored_reason,
        "kind": occ.kind,
    }


# The Core tables the bulk statements use (SQLModel does not declare a model's __table__).
OCCURRENCES = SQLModel.metadata.tables["occurrence"]
OBJECTS = SQLModel.metadata.tables["calendar_object"]

# Ids per DELETE/SELECT ... IN (...): well under SQLite's variable limit.
CHUNK = 500


class StoredObject(Protocol):
    """What expanding needs of a stored object: a CalendarObject, or a row of its columns."""

    id: int | None
    href: str
    ics: str
    error: str


def store_occurrences(
    session: Session,
    calendar: Calendar,
    objects: Sequence[StoredObject],
    owner_addresses: list[str],
    window: tuple[datetime, datetime],
    *,
    whole_calendar: bool = False,
    readings: Mapping[str, ObjectReading] | None = None,
) -> int:
    """Replace the occurrences of `objects` (stored already, so they have ids); returns how
    many are broken. A broken object keeps its reason in the error column, is logged by
    href, and yields none but what still blocks. An object already read from the same
    text (`readings`, by href: read while its answer arrived) is not read again. Core
    statements, not ORM ones: one DELETE per chunk of objects (one per calendar with
    `whole_calendar`), one executemany INSERT, and one executemany UPDATE for the
    objects whose error changed."""
    # Here, not at the top: the command line's questions use epoch() and never parse.
    from jumpadesk.sync.object_reader import read_object

    assert calendar.id is not None
    _delete_occurrences(session, calendar, objects, whole_calendar=whole_calendar)
    rows: list[dict[str, object]] = []
    errors: list[dict[str, object]] = []
    tally: Counter[str] = Counter()  # how the objects were read, for the log
    for obj in objects:
        assert obj.id is not None
        reading = readings.get(obj.href) if readings else None
        if reading is None or reading.ics != obj.ics:
            reading = read_object(obj.ics, calendar.name, obj.href, owner_addresses, window)
        else:
            tally["early"] += 1
        tally[reading.how] += 1
        if obj.error != reading.error:
            errors.append({"object": obj.id, "error": reading.error})
        rows.extend(to_row(calendar.id, obj.id, occ) for occ in reading.occurrences)
    if rows:
        session.execute(OCCURRENCES.insert(), rows)
    if errors:
        _store_errors(session, errors)
    log.info("%r: %d objects read: %d by the quick reader, %d repeating ones from the "
             "expander's times, %d in full, %d broken; %d of them while their answer "
             "arrived", calendar.name, len(objects), tally["quick"], tally["series"],
             tally["full"], tally["broken"], tally["early"])
    return tally["broken"]


def _delete_occurrences(session: Session, calendar: Calendar, objects: Sequence[StoredObject],
                        *, whole_calendar: bool) -> None:
    """One DELETE per chunk of objects, or one for the whole calendar."""
    table = OCCURRENCES
    if whole_calendar:
        session.execute(table.delete().where(table.c.calendar_id == calendar.id))
        return
    ids = [obj.id for obj in objects]
    for i in range(0, len(ids), CHUNK):
        session.execute(table.delete().where(table.c.object_id.in_(ids[i : i + CHUNK])))


def _store_errors(session: Session, errors: list[dict[str, object]]) -> None:
    """One executemany UPDATE of the objects' error column ({"object": id, "error": text})."""
    objects_table = OBJECTS
    session.execute(
        objects_table.update()
        .where(objects_table.c.id == bindparam("object"))
        .values(error=bindparam("error")),
        errors,
    )


def store_object_occurrences(
    session: Session,
    calendar: Calendar,
    obj: StoredObject,
    owner_addresses: list[str],
    window: tuple[datetime, datetime],
) -> bool:
    """Replace the occurrences of one object; False when it is broken."""
    return store_occurrences(session, calendar, [obj], owner_addresses, window) == 0


def stored_objects(
    session: Session, calendar: Calendar, hrefs: list[str] | None = None
) -> list[StoredObject]:
    """What expanding needs of a calendar's objects (all, or those at `hrefs`), as rows."""
    query = select(
        CalendarObject.id, CalendarObject.href, CalendarObject.ics, CalendarObject.error
    ).where(CalendarObject.calendar_id == calendar.id)
    if hrefs is None:
        return list(session.execute(query).all())
    rows: list[StoredObject] = []
    for i in range(0, len(hrefs), CHUNK):
        chunk = hrefs[i : i + CHUNK]
        rows.extend(session.execute(query.where(col(CalendarObject.href).in_(chunk))).all())
    return rows


def reexpand_calendar(
    session: Session,
    calendar: Calendar,
    owner_addresses: list[str],
    window: tuple[datetime, datetime],
    readings: Mapping[str, ObjectReading] | None = None,
    expanded: Collection[str] = (),
) -> int:
    """Expand every object of a calendar again for `window`, but those at `expanded`
    (their occurrences stored for this window already; those in `readings` were read from
    their text already); returns the broken count of those expanded here."""
    session.flush()
    if expanded:
        rows = session.execute(select(CalendarObject.href)
                               .where(CalendarObject.calendar_id == calendar.id)).all()
        others = [href for (href,) in rows if href not in expanded]
        objects = stored_objects(session, calendar, others) if others else []
    else:
        objects = stored_objects(session, calendar)
    broken = store_occurrences(
        session, calendar, objects, owner_addresses, window, whole_calendar=not expanded,
        readings=readings,
    ) if objects or not expanded else 0
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
