"""The schedule of a sub-account: what is busy and why, what overlaps what, and which
calendars are too old to trust. The rules themselves are in jumpadesk.availability.

Each function takes a `ReadSource` first: the Desk's `Store` (a session on the store)
or the command line's read-only store (services/read_only.py), and the sub-account by
name or by reference (rows.SubKey; found, never made). Nothing heavy is imported here,
so both can use it.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from typing import Protocol

from jumpadesk import availability, schedule_problems
from jumpadesk.availability import (
    CONFLICT_HORIZON,
    Interval,
    ScheduleItem,
    StaleCalendar,
    validate_span,
)
from jumpadesk.config import Settings
from jumpadesk.kinds import NOT_CONFIRMED
from jumpadesk.rows import (
    APPOINTMENT_COLUMNS,
    AppointmentRow,
    StoreReader,
    SubAccountLike,
    SubKey,
)
from jumpadesk.schedule_problems import AppointmentConflict
from jumpadesk.wording import conflict_sentence

__all__ = [
    "AppointmentConflict",
    "ReadSource",
    "appointment_conflicts",
    "busy",
    "conflict_sentence",
    "conflicts",
    "describe_conflicts",
    "event_problems",
    "schedule",
    "stale",
    "unconfirmed",
    "validate_span",
]


class ReadSource(Protocol):
    """Where the schedule is read from: the settings, and a short read of one sub-account."""

    @property
    def settings(self) -> Settings: ...

    def reading(self, sub_name: SubKey | None) -> AbstractContextManager[
            tuple[StoreReader, SubAccountLike]]:
        ...


def describe_conflicts(store: ReadSource, sub_name: SubKey, items: list[ScheduleItem]) -> str:
    """Why a time is not free: the first things it overlaps, by name, in the
    sub-account's zone (wording.conflict_sentence, as a refused booking says it)."""
    with store.reading(sub_name) as (_, sub):
        return conflict_sentence(availability.zone_of(sub), items)


def schedule(store: ReadSource, sub_name: SubKey, start: datetime,
             end: datetime) -> list[ScheduleItem]:
    """Everything in the span, busy or free, each with the reason it blocks or not."""
    start, end = validate_span(start, end)
    with store.reading(sub_name) as (reader, sub):
        return availability.schedule_between(reader, sub, start, end)


def busy(store: ReadSource, sub_name: SubKey, start: datetime, end: datetime) -> list[Interval]:
    start, end = validate_span(start, end)
    with store.reading(sub_name) as (reader, sub):
        return availability.busy_between(reader, sub, start, end)


def stale(store: ReadSource, sub_name: SubKey | None = None,
          now: datetime | None = None) -> list[StaleCalendar]:
    """The conflict calendars whose data cannot be trusted right now."""
    with store.reading(sub_name) as (reader, sub):
        return schedule_problems.stale_calendars(
            reader, sub, now or datetime.now(UTC),
            store.settings.stale_after,
        )


def event_problems(store: ReadSource, sub_name: SubKey | None = None) -> list[str]:
    """Events in the conflict calendars that could not be read, or were read with an
    assumption, one sentence each, naming event and calendar."""
    with store.reading(sub_name) as (reader, sub):
        return schedule_problems.event_problems(reader, sub)


def conflicts(store: ReadSource, sub_name: SubKey, start: datetime,
              end: datetime) -> list[ScheduleItem]:
    """What blocks the span."""
    start, end = validate_span(start, end)
    with store.reading(sub_name) as (reader, sub):
        return availability.conflicts_with(reader, sub, start, end)


def appointment_conflicts(
    store: ReadSource, sub_name: SubKey | None = None, now: datetime | None = None,
    horizon: timedelta = CONFLICT_HORIZON,
) -> list[AppointmentConflict]:
    """Appointments, not yet over and starting within `horizon` (90 days unless told),
    that something busy now overlaps (see schedule_problems.appointment_conflicts)."""
    with store.reading(sub_name) as (reader, sub):
        return schedule_problems.appointment_conflicts(reader, sub, now or datetime.now(UTC),
                                                  horizon)


def unconfirmed(store: ReadSource, sub_name: SubKey | None = None) -> list[AppointmentRow]:
    """The sub-account's appointments iCloud has not confirmed yet (sent, its answer
    lost, or being written right now), soonest first: each holds its time."""
    with store.reading(sub_name) as (reader, sub):
        rows = reader.rows(
            f"SELECT {APPOINTMENT_COLUMNS} FROM appointment a WHERE a.sub_account_id = :sub "
            "AND a.status IN (:pending, :unconfirmed) ORDER BY a.start_ts, a.id",
            {"sub": sub.id, "pending": NOT_CONFIRMED[0].value,
             "unconfirmed": NOT_CONFIRMED[1].value})
        return [AppointmentRow.of(r) for r in rows]
