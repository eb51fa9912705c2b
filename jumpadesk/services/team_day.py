"""The team's day as the window shows it, read at one moment: one column per staff member
(sub-account) for one day, each with exactly what blocks that staff member (the rule of
its week and of booking: availability.schedule_between, buffers included), its opening
hours and its stale calendars (TeamDaySnapshot).

The window reads it off the GUI thread (Desk.team_day_snapshot) in one session and one
transaction (Store.reading_at_one_moment), so what another desk commits meanwhile shows in
every column or in none. Nothing here decides what blocks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from jumpadesk import availability, schedule_problems
from jumpadesk.agenda import day_span
from jumpadesk.availability import ScheduleItem, StaleCalendar
from jumpadesk.hours import DEFAULT_OPENING_HOURS, OpeningHours
from jumpadesk.kinds import Role
from jumpadesk.rows import StoreReader, SubAccountRow, every_sub_account
from jumpadesk.services.reads import guests_of, opening_hours_of
from jumpadesk.services.store import Store
from jumpadesk.week import Guest, banner_of, mark_overlaps

__all__ = ["TeamColumn", "TeamDaySnapshot", "team_day_snapshot"]


@dataclass(frozen=True)
class TeamColumn:
    """One staff member's day: `items` are what blocks them (and what is shown but does
    not block: free events, declined ones), laid out on their own clock (`zone`)."""

    sub_account: SubAccountRow
    zone: ZoneInfo
    items: tuple[ScheduleItem, ...] = ()
    opening_hours: OpeningHours = DEFAULT_OPENING_HOURS
    stale: tuple[StaleCalendar, ...] = ()
    guests: Mapping[int, Guest] = field(default_factory=dict)
    bookable: bool = True  # has a linked calendar to write bookings to

    @property
    def name(self) -> str:
        return self.sub_account.name


@dataclass(frozen=True)
class TeamDaySnapshot:
    """The day `day` of the chosen staff members (`columns`, by name), read in one
    transaction. `everyone` are all the sub-accounts, for the choice of whom to show;
    `banner` says which columns' calendars cannot be trusted (None: all is well)."""

    day: date
    columns: tuple[TeamColumn, ...]
    everyone: tuple[SubAccountRow, ...] = ()
    banner: str | None = None

    def column_of(self, sub_id: int) -> int | None:
        """Where a sub-account's column is (None: not shown)."""
        for n, column in enumerate(self.columns):
            if column.sub_account.id == sub_id:
                return n
        return None

    def item_count(self) -> int:
        return sum(len(c.items) for c in self.columns)


def team_day_snapshot(
    store: Store, day: date, shown: Iterable[int] | None = None, *,
    am_pm: bool = False, now: datetime | None = None,
) -> TeamDaySnapshot:
    """The day `day` of the sub-accounts whose ids are `shown` (None: every one), by name,
    read at one moment. Ids no longer in the store are left out."""
    now = now or datetime.now(UTC)
    stale_after = store.settings.stale_after
    wanted = None if shown is None else set(shown)
    columns = []
    with store.reading_at_one_moment(None) as (reader, _first):
        everyone = every_sub_account(reader)
        bookable = _with_linked_calendar(reader)
        for sub in everyone:
            if wanted is not None and sub.id not in wanted:
                continue
            zone = availability.zone_of(sub)
            items = availability.schedule_between(reader, sub, *day_span(day, zone))
            columns.append(TeamColumn(
                sub_account=sub, zone=zone, items=tuple(mark_overlaps(items, zone, am_pm)),
                opening_hours=opening_hours_of(reader, sub),
                stale=tuple(schedule_problems.stale_calendars(reader, sub, now, stale_after)),
                guests=guests_of(reader, sub, items), bookable=sub.id in bookable))
    return TeamDaySnapshot(day=day, columns=tuple(columns), everyone=tuple(everyone),
                           banner=_banner(columns, am_pm))


def _with_linked_calendar(reader: StoreReader) -> set[int]:
    """The sub-accounts that have a calendar their bookings are written to."""
    return {row[0] for row in reader.rows(
        "SELECT DISTINCT sub_account_id FROM calendar_role WHERE role = :linked",
        {"linked": Role.LINKED.value})}


def _banner(columns: Iterable[TeamColumn], am_pm: bool) -> str | None:
    """Each column whose calendars cannot be trusted, by name, in the week's words."""
    lines = [f"{c.name}: {text}" for c in columns
             if (text := banner_of(c.stale, (), c.zone, am_pm))]
    return "\n".join(lines) or None
