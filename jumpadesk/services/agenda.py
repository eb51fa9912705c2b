"""A day on paper, read at one moment: one staff member's day or every staff member's
(jumpadesk.agenda.AgendaDay), in one transaction that sees the store at one moment, for
`jumpadesk agenda` and the window's Print Day. What blocks is availability's schedule,
the same items booking decides with; nothing here decides what blocks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from jumpadesk import availability
from jumpadesk.agenda import AgendaDay, agenda_day, day_span
from jumpadesk.hours import hours_from_text
from jumpadesk.kinds import Source
from jumpadesk.rows import StoreReader, SubAccountRow, SubKey
from jumpadesk.services.free import MomentSource

__all__ = ["agenda_days"]


def agenda_days(store: MomentSource, which: SubKey | None, day: date, *,
                everyone: bool = False, now: datetime | None = None) -> tuple[AgendaDay, ...]:
    """The day `day` (on each staff member's own clock) of the sub-account `which`, or with
    `everyone` of every sub-account by name, read in one transaction. UnknownSubAccount
    as every command."""
    now = now or datetime.now(UTC)
    stale_after = timedelta(seconds=store.settings.stale_after_seconds)
    days = []
    with store.reading_at_one_moment(which) as (reader, chosen):
        subs = _everyone(reader) if everyone else [chosen]
        for sub in subs:
            zone = availability.zone_of(sub)
            items = availability.schedule_between(reader, sub, *day_span(day, zone))
            text = reader.rows("SELECT opening_hours FROM sub_account WHERE id = :id",
                               {"id": sub.id})
            stale = availability.stale_calendars(reader, sub, now, stale_after)
            days.append(agenda_day(sub, day, zone, hours_from_text(text[0][0] if text else ""),
                                   items, _phones(reader, sub, items), stale))
    return tuple(days)


def _everyone(reader: StoreReader) -> list[SubAccountRow]:
    return [SubAccountRow(*row) for row in reader.rows(
        "SELECT id, name, timezone FROM sub_account ORDER BY name")]


def _phones(reader: StoreReader, sub: SubAccountRow,
            items: list[availability.ScheduleItem]) -> dict[int, str]:
    """The guests' phone numbers of the day's appointments, by appointment id."""
    ids = sorted({i.ref_id for i in items
                  if i.source == Source.APPOINTMENT and i.ref_id is not None})
    if not ids:
        return {}
    marks = ", ".join(f":a{n}" for n in range(len(ids)))
    rows = reader.rows(
        f"SELECT a.id, a.guest_phone FROM appointment a WHERE a.sub_account_id = :sub "
        f"AND a.id IN ({marks})", {"sub": sub.id, **{f"a{n}": i for n, i in enumerate(ids)}})
    return {appt_id: phone or "" for appt_id, phone in rows}
