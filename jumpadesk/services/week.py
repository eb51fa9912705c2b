"""A week as the window shows it, read at one moment: one session and one transaction
for its schedule, its stale calendars and unreadable events, its calendars, its opening
hours, whom its appointments are for and, when asked, the double bookings ahead
(jumpadesk.week.WeekSnapshot).

The window calls it off the GUI thread (Desk.week_snapshot) and hands the snapshot to the
week view: where it once asked the Desk eight times, reading the calendars twice, it
reads once. The rules are availability's; nothing here decides what blocks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from jumpadesk import availability
from jumpadesk.availability import ScheduleItem
from jumpadesk.hours import OpeningHours, hours_from_text
from jumpadesk.kinds import Source
from jumpadesk.rows import StoreReader, SubAccountRow, SubKey
from jumpadesk.services.calendars import calendars_in
from jumpadesk.services.store import Store
from jumpadesk.week import (
    Guest,
    ShownCalendar,
    WeekSnapshot,
    banner_of,
    mark_overlaps,
    week_span,
)

__all__ = ["week_snapshot"]


def week_snapshot(
    store: Store,
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
    (availability.appointment_conflicts), None to leave them out; `now` what staleness
    is measured against (the computer's clock by default)."""
    now = now or datetime.now(UTC)
    stale_after = timedelta(seconds=store.settings.stale_after_seconds)
    with store.reading_at_one_moment(which) as (reader, sub):
        zone = availability.zone_of(sub)
        items = availability.schedule_between(reader, sub, *week_span(monday, zone))
        stale = availability.stale_calendars(reader, sub, now, stale_after)
        problems = availability.event_problems(reader, sub)
        shown = tuple(ShownCalendar(c.name, c.color, c.linked, c.conflict, c.deleted)
                      for c in calendars_in(reader.session, sub.id))
        hours = _opening_hours(reader, sub)
        ahead = (tuple(availability.appointment_conflicts(
            reader, sub, conflicts[0], conflicts[1] - conflicts[0])) if conflicts else None)
        guests = _guests(reader, sub, items)
    return WeekSnapshot(
        sub_account=sub, monday=monday, zone=zone,
        items=tuple(mark_overlaps(items, zone, am_pm)), stale=tuple(stale),
        problems=tuple(problems), banner=banner_of(stale, problems, zone, am_pm),
        calendars=shown, opening_hours=hours, conflicts=ahead, guests=guests)


def _opening_hours(reader: StoreReader, sub: SubAccountRow) -> OpeningHours:
    """The sub-account's opening hours (services/sub_accounts.opening_hours' rule)."""
    rows = reader.rows("SELECT opening_hours FROM sub_account WHERE id = :id", {"id": sub.id})
    return hours_from_text(rows[0][0] if rows else "")


def _guests(reader: StoreReader, sub: SubAccountRow,
            items: list[ScheduleItem]) -> dict[int, Guest]:
    """Whom each appointment of the week is for: one query for all of them."""
    ids = sorted({i.ref_id for i in items
                  if i.source == Source.APPOINTMENT and i.ref_id is not None})
    if not ids:
        return {}
    marks = ", ".join(f":a{n}" for n in range(len(ids)))
    rows = reader.rows(
        "SELECT a.id, a.guest_name, a.guest_email, a.guest_phone FROM appointment a "
        f"WHERE a.sub_account_id = :sub AND a.id IN ({marks})",
        {"sub": sub.id, **{f"a{n}": i for n, i in enumerate(ids)}})
    return {appt_id: Guest(name or "", email or "", phone or "")
            for appt_id, name, email, phone in rows}
