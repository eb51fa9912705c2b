"""The schedule of a sub-account: what is busy and why, what overlaps what, and which
calendars are too old to trust. The rules themselves are in jumpadesk.availability."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import select

from jumpadesk import availability
from jumpadesk.availability import Interval, ScheduleItem, StaleCalendar
from jumpadesk.config import DEFAULT_SUB_ACCOUNT
from jumpadesk.errors import InputError
from jumpadesk.kinds import AppointmentStatus, Source
from jumpadesk.models import Appointment
from jumpadesk.services.store import Store
from jumpadesk.services.sub_accounts import sub_named, zone
from jumpadesk.sync.occurrences import epoch
from jumpadesk.wording import brief_when


def validate_span(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    """Both ends as UTC instants; InputError for a time without a zone or an empty span."""
    if start.tzinfo is None or end.tzinfo is None:
        raise InputError("Times need a time zone, for example 2026-11-25T10:00+01:00 or ...Z.")
    if end <= start:
        raise InputError("The end time must be after the start time.")
    return start.astimezone(UTC), end.astimezone(UTC)


def _what(item: ScheduleItem, tz: ZoneInfo) -> str:
    return f"{item.title or 'Busy'} ({item.calendar}, {brief_when(item, tz)}, {item.reason_text})"


@dataclass(frozen=True)
class AppointmentConflict:
    """A booked appointment and what now overlaps it."""

    appointment: ScheduleItem
    overlapping: list[ScheduleItem]

    def sentence(self, tz: ZoneInfo) -> str:
        what = "; ".join(_what(i, tz) for i in self.overlapping)
        return (f"{self.appointment.title} (appointment {self.appointment.ref_id}, "
                f"{brief_when(self.appointment, tz)}) now overlaps {what}.")


def conflict_sentence(tz: ZoneInfo, items: list[ScheduleItem]) -> str:
    """Why a time is not free: the first three things it overlaps, by name."""
    parts = [_what(i, tz) for i in items[:3]]
    more = f" and {len(items) - 3} more" if len(items) > 3 else ""
    return "That time is not free: it overlaps " + "; ".join(parts) + more + "."


def describe_conflicts(store: Store, sub_name: str, items: list[ScheduleItem]) -> str:
    return conflict_sentence(zone(store, sub_name), items)


def schedule(store: Store, sub_name: str, start: datetime, end: datetime) -> list[ScheduleItem]:
    """Everything in the span, busy or free, each with the reason it blocks or not."""
    start, end = validate_span(start, end)
    with store.session() as s:
        return availability.schedule_between(s, sub_named(s, sub_name), start, end)


def busy(store: Store, sub_name: str, start: datetime, end: datetime) -> list[Interval]:
    start, end = validate_span(start, end)
    with store.session() as s:
        return availability.busy_between(s, sub_named(s, sub_name), start, end)


def stale(store: Store, sub_name: str = DEFAULT_SUB_ACCOUNT,
          now: datetime | None = None) -> list[StaleCalendar]:
    """The conflict calendars whose data cannot be trusted right now."""
    with store.session() as s:
        return availability.stale_calendars(
            s, sub_named(s, sub_name), now or datetime.now(UTC),
            timedelta(seconds=store.settings.stale_after_seconds),
        )


def event_problems(store: Store, sub_name: str = DEFAULT_SUB_ACCOUNT) -> list[str]:
    """Events in the conflict calendars that could not be read, or were read with an
    assumption, one sentence each, naming event and calendar."""
    with store.session() as s:
        return availability.event_problems(s, sub_named(s, sub_name))


def conflicts(store: Store, sub_name: str, start: datetime, end: datetime) -> list[ScheduleItem]:
    """What blocks the span."""
    start, end = validate_span(start, end)
    with store.session() as s:
        return availability.conflicts_with(s, sub_named(s, sub_name), start, end)


def appointment_conflicts(
    store: Store, sub_name: str = DEFAULT_SUB_ACCOUNT, now: datetime | None = None
) -> list[AppointmentConflict]:
    """Appointments, not yet over, that something busy now overlaps: an event added
    on the phone over a booked haircut. The double bookings no booking check can
    prevent, because they were made outside jumpadesk after the booking. One rule with
    the window: availability.appointment_overlaps over one schedule of their span."""
    moment = epoch(now or datetime.now(UTC))
    with store.session() as s:
        sub = sub_named(s, sub_name)
        appts = s.exec(
            select(Appointment)
            .where(Appointment.sub_account_id == sub.id)
            .where(Appointment.status != AppointmentStatus.CANCELLED)
            .where(Appointment.end_ts > moment)
        ).all()
        if not appts:
            return []
        start = datetime.fromtimestamp(min(a.start_ts for a in appts), UTC)
        end = datetime.fromtimestamp(max(a.end_ts for a in appts), UTC)
        items = availability.schedule_between(s, sub, start, end)
    wanted = {a.id for a in appts}
    overlaps = availability.appointment_overlaps(items)
    mine = sorted((i for i in items
                   if i.source == Source.APPOINTMENT and i.ref_id in wanted
                   and i.ref_id in overlaps), key=lambda i: (i.start, i.end, i.title))
    return [AppointmentConflict(i, overlaps[i.ref_id]) for i in mine]  # type: ignore[index]
