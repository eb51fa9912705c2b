"""A week as the window shows it, read at one moment: one session and one transaction
for its schedule, its stale calendars and unreadable events, its calendars, its opening
hours, whom its appointments are for and, when asked, the double bookings ahead
(jumpadesk.week.WeekSnapshot).

The window calls it off the GUI thread (Desk.week_snapshot) and hands the snapshot to the
week view: where it once asked the Desk eight times, reading the calendars twice, it
reads once. The rules are availability's; nothing here decides what blocks.

Plain SQL over the read's StoreReader, so the Desk's Store and the read-only desk's
(services/read_only.py) read the same week: the window paints its first week from the
latter before the Desk (and the ORM) is loaded (ui/desk_on_the_way.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from jumpadesk import availability, schedule_problems
from jumpadesk.rows import SubKey
from jumpadesk.services.free import MomentSource
from jumpadesk.services.reads import guests_of, opening_hours_of, shown_calendars
from jumpadesk.week import (
    WeekSnapshot,
    banner_of,
    mark_overlaps,
    week_span,
)

__all__ = ["week_snapshot"]


def week_snapshot(
    store: MomentSource,
    which: SubKey | None,
    monday: date,
    *,
    am_pm: bool = False,
    conflicts: tuple[datetime, datetime] | None = None,
    now: datetime | None = None,
) -> WeekSnapshot:
    """The week from `monday` (its first day) of a sub-account, read in one transaction
    that sees the store at one moment (Store.reading_at_one_moment).

    `am_pm` is how the person's clock reads (the banner and the overlap marks say times);
    `conflicts` the span to look for double bookings in (the window: from its now,
    availability.CONFLICT_HORIZON ahead), by the rule of `jumpadesk conflicts`
    (schedule_problems.appointment_conflicts), None to leave them out; `now` what staleness
    is measured against (the computer's clock by default)."""
    now = now or datetime.now(UTC)
    stale_after = store.settings.stale_after
    with store.reading_at_one_moment(which) as (reader, sub):
        zone = availability.zone_of(sub)
        items = availability.schedule_between(reader, sub, *week_span(monday, zone))
        stale = schedule_problems.stale_calendars(reader, sub, now, stale_after)
        problems = schedule_problems.event_problems(reader, sub)
        shown = shown_calendars(reader, sub)
        hours = opening_hours_of(reader, sub)
        ahead = (tuple(schedule_problems.appointment_conflicts(
            reader, sub, conflicts[0], conflicts[1] - conflicts[0])) if conflicts else None)
        guests = guests_of(reader, sub, items)
    return WeekSnapshot(
        sub_account=sub, monday=monday, zone=zone,
        items=tuple(mark_overlaps(items, zone, am_pm)), stale=tuple(stale),
        problems=tuple(problems), banner=banner_of(stale, problems, zone, am_pm),
        calendars=shown, opening_hours=hours, conflicts=ahead, guests=guests)


