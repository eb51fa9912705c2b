"""A day on paper, read at one moment: one staff member's day or every staff member's
(jumpadesk.agenda.AgendaDay), in one transaction that sees the store at one moment, for
`jumpadesk agenda` and the window's Print Day. What blocks is availability's schedule,
the same items booking decides with; nothing here decides what blocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from jumpadesk import availability, schedule_problems
from jumpadesk.agenda import AgendaDay, agenda_day, day_span
from jumpadesk.rows import SubKey, every_sub_account
from jumpadesk.services.free import MomentSource
from jumpadesk.services.reads import guests_of, opening_hours_of

__all__ = ["agenda_days"]


def agenda_days(store: MomentSource, which: SubKey | None, day: date, *,
                everyone: bool = False, now: datetime | None = None) -> tuple[AgendaDay, ...]:
    """The day `day` (on each staff member's own clock) of the sub-account `which`, or with
    `everyone` of every sub-account by name, read in one transaction. UnknownSubAccount
    as every command."""
    now = now or datetime.now(UTC)
    stale_after = store.settings.stale_after
    days = []
    with store.reading_at_one_moment(which) as (reader, chosen):
        subs = every_sub_account(reader) if everyone else [chosen]
        for sub in subs:
            zone = availability.zone_of(sub)
            items = availability.schedule_between(reader, sub, *day_span(day, zone))
            stale = schedule_problems.stale_calendars(reader, sub, now, stale_after)
            phones = {ref: guest.phone for ref, guest in guests_of(reader, sub, items).items()}
            days.append(agenda_day(sub, day, zone, opening_hours_of(reader, sub), items,
                                   phones, stale))
    return tuple(days)
