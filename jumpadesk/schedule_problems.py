"""What is wrong with a sub-account's schedule, reported rather than prevented: the double
bookings something added later made (an event put in on the phone over a booked haircut),
the conflict calendars whose free time cannot be trusted right now, and the events that
could not be read. The schedule itself is read by availability.py; the same rules
(availability.blocks_booking) decide what overlaps. The window, `jumpadesk conflicts`,
`status` and the banners all ask here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from jumpadesk import wording
from jumpadesk.availability import (
    BLOCKING_CALENDAR_IDS,
    BLOCKING_ROLES,
    CONFLICT_HORIZON,
    ScheduleItem,
    StaleCalendar,
    accounts_of,
    as_utc,
    blocks_booking,
    conflict_calendars,
    connection_server,
    instant,
    schedule_between,
)
from jumpadesk.kinds import AppointmentStatus, ConnectionState, Source
from jumpadesk.language import translate
from jumpadesk.rows import StoreReader, SubAccountLike, epoch

__all__ = ["AppointmentConflict", "appointment_conflicts", "appointment_overlaps",
           "event_problems", "stale_calendars"]


def appointment_overlaps(items: Sequence[ScheduleItem]) -> dict[int, list[ScheduleItem]]:
    """For each appointment among `items` (a schedule_between answer), the busy items that
    overlap it: what conflicts_with would name for its time, less the appointment itself.
    Empty for an appointment nothing overlaps. One pass over a schedule instead of a
    query per appointment, so a window can ask after every sync."""
    blocking = sorted((i for i in items if i.busy and i.end > i.start),
                      key=lambda i: (i.blocks_from, i.blocks_until))
    day = timedelta(days=1)
    long = [i for i in blocking if i.blocks_until - i.blocks_from > day]  # few: one by one
    short = [i for i in blocking if i.blocks_until - i.blocks_from <= day]
    starts = [i.blocks_from for i in short]
    out: dict[int, list[ScheduleItem]] = {}
    for appt in items:
        if appt.source != Source.APPOINTMENT or appt.ref_id is None:
            continue
        # A short item overlapping the appointment starts less than a day before it
        # (both counted with their buffers).
        lo = bisect_left(starts, appt.blocks_from - day)
        hi = bisect_left(starts, appt.blocks_until)
        found = [i for i in (*short[lo:hi], *long)
                 if blocks_booking(i, appt.blocks_from, appt.blocks_until)
                 and not (i.source == Source.APPOINTMENT and i.ref_id == appt.ref_id)]
        if found:
            out[appt.ref_id] = sorted(found, key=lambda i: (i.start, i.end, i.title))
    return out


def stale_calendars(
    reader: StoreReader, sub_account: SubAccountLike, now: datetime, stale_after: timedelta
) -> list[StaleCalendar]:
    """Conflict calendars whose last sync failed, never happened, is too old, or that
    were deleted in iCloud: their free time cannot be trusted."""
    out: list[StaleCalendar] = []
    calendars = conflict_calendars(reader, sub_account)
    conns = accounts_of(reader, calendars)
    now = as_utc(now)
    for cal in calendars:
        conn = conns.get(cal.connection_id)
        account = conn.apple_id if conn else ""
        last = cal.last_sync_at  # aware: the record normalises it
        if cal.deleted_on_server:
            error = translate("schedule", "deleted in {service}").format(
                service=connection_server(conn))
        elif cal.last_error:
            error = cal.last_error
        elif (conn is not None and conn.last_error
              and conn.state not in (ConnectionState.OK, ConnectionState.NEW)):
            error = conn.last_error
        elif last is None:
            error = translate("schedule", "not synced yet")
        elif now - last > stale_after:
            error = translate("schedule", "not synced recently")
        else:
            continue
        out.append(StaleCalendar(cal.id, cal.name, account, last, error, connection_server(conn)))
    return out


def event_problems(reader: StoreReader, sub_account: SubAccountLike) -> list[str]:
    """One sentence per event in the sub-account's conflict calendars that could not be read
    or was read with an assumption ("'Team sync' in Work repeats every minute; ... Check it
    in iCloud."), as stored by the sync."""
    rows = reader.rows(
        "SELECT o.error FROM calendar_object o "
        f"WHERE o.calendar_id IN ({BLOCKING_CALENDAR_IDS}) AND o.error != ''",
        {"sub": sub_account.id, **BLOCKING_ROLES})
    return sorted({error for (error,) in rows})


@dataclass(frozen=True)
class AppointmentConflict:
    """A booked appointment, not yet over, and what busy time added later now overlaps
    it (an event put in on the phone over a booked haircut)."""

    appointment: ScheduleItem
    overlapping: list[ScheduleItem]

    @property
    def guest(self) -> str:
        """Whom the appointment is for, to call about it ("": nobody named)."""
        return self.appointment.guest

    def sentence(self, tz: ZoneInfo, am_pm: bool = False) -> str:
        """"Haircut (Anna Berg, appointment 7, Tue 10:00–11:00) now overlaps Dentist
        (Home, ...). Call Anna Berg to move it.", naming everything that overlaps it: the
        one sentence of `jumpadesk conflicts` and the window's notice
        (wording.conflict_sentence)."""
        return wording.conflict_sentence(tz, self.overlapping, self.appointment,
                                         guest=self.guest, at_most=None, am_pm=am_pm)


def appointment_conflicts(
    reader: StoreReader, sub_account: SubAccountLike, now: datetime,
    horizon: timedelta = CONFLICT_HORIZON,
) -> list[AppointmentConflict]:
    """Appointments, not yet over and starting within `horizon` from now, that something
    busy now overlaps: an event added on the phone over a booked haircut. The double
    bookings no booking check can prevent, because they were made outside jumpadesk after
    the booking. One rule with the window: appointment_overlaps over one schedule of
    their span."""
    appts = reader.rows(
        "SELECT a.id, a.start_ts - 60 * a.buffer_before_minutes, "  # with its buffers
        "a.end_ts + 60 * a.buffer_after_minutes FROM appointment a WHERE a.sub_account_id = :sub "
        "AND a.status != :cancelled AND a.end_ts > :now AND a.start_ts < :until",
        {"sub": sub_account.id, "cancelled": AppointmentStatus.CANCELLED.value,
         "now": epoch(now), "until": epoch(now + horizon)})
    if not appts:
        return []
    start = instant(min(start_ts for _, start_ts, _ in appts))
    end = instant(max(end_ts for _, _, end_ts in appts))
    items = schedule_between(reader, sub_account, start, end)
    wanted = {appt_id for appt_id, _, _ in appts}
    overlaps = appointment_overlaps(items)
    mine = [AppointmentConflict(i, overlaps[i.ref_id]) for i in items
            if i.source == Source.APPOINTMENT and i.ref_id is not None
            and i.ref_id in wanted and i.ref_id in overlaps]
    return sorted(mine, key=lambda c: (c.appointment.start, c.appointment.end, c.appointment.title))
