"""One week as the window shows it, read at one moment: `WeekSnapshot`.

The window has a week read off the GUI thread, in one session and one transaction
(services/week.py: `Desk.week_snapshot`), and hands the snapshot to the week view, which
paints it and never asks the store anything. Plain frozen data and pure functions over it:
no Qt and no store, so the services and the window both import it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from jumpadesk.availability import ScheduleItem, StaleCalendar
from jumpadesk.hours import DEFAULT_OPENING_HOURS, OpeningHours
from jumpadesk.kinds import Source
from jumpadesk.rows import SubAccountRow
from jumpadesk.schedule_problems import AppointmentConflict, appointment_overlaps
from jumpadesk.wording import overlap_words, stale_banner_text, with_event_problems


@dataclass(frozen=True)
class ShownCalendar:
    """One of the sub-account's calendars, as the week's legend names it."""

    name: str
    color: str
    linked: bool  # bookings are written to it
    conflict: bool  # its busy time blocks booking (the linked calendar's does too)
    deleted: bool = False  # deleted in iCloud


@dataclass(frozen=True)
class Guest:
    """Whom an appointment is for, as it was booked: the details name them."""

    name: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class WeekSnapshot:
    """Everything one shown week needs, read in one transaction.

    `monday` is the first day of the week shown (the locale's first weekday) and `zone`
    the sub-account's, in which its days and hours are laid out. `items` are the week's
    schedule, each appointment something busy now overlaps marked (`overlapped_by`).
    `stale` names the conflict calendars that cannot be trusted and `problems` the events
    that could not be read; `banner` says both in the words over the week (None: all is
    well). `calendars` are the sub-account's calendars for the legend, `opening_hours` its
    hours. `conflicts` are the double bookings ahead (schedule_problems.appointment_conflicts,
    the rule of `jumpadesk conflicts`), when they were asked for (None: not read this
    time). `guests` says whom each of the week's appointments is for, by
    appointment id.
    """

    sub_account: SubAccountRow
    monday: date
    zone: ZoneInfo
    items: tuple[ScheduleItem, ...]
    stale: tuple[StaleCalendar, ...] = ()
    problems: tuple[str, ...] = ()
    banner: str | None = None
    calendars: tuple[ShownCalendar, ...] = ()
    opening_hours: OpeningHours = DEFAULT_OPENING_HOURS
    conflicts: tuple[AppointmentConflict, ...] | None = None
    guests: Mapping[int, Guest] = field(default_factory=dict)

    def guest_of(self, item: ScheduleItem) -> Guest | None:
        """Whom an appointment of this week is for (None: not an appointment read here)."""
        if item.source != Source.APPOINTMENT or item.ref_id is None:
            return None
        return self.guests.get(item.ref_id)

    def legend(self) -> list[tuple[str, str]]:
        """(name, colour) of every calendar whose busy time blocks, deleted ones aside:
        the legend lists them whether or not they have events this week."""
        return [(c.name, c.color) for c in self.calendars if c.conflict and not c.deleted]

    def with_notice(self, notice: str) -> WeekSnapshot:
        """The same week with `notice` said first over it (a shared store out of reach)."""
        if not notice:
            return self
        return replace(self, banner="\n".join(filter(None, [notice, self.banner])))


def week_span(monday: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The week from `monday`'s midnight to the next week's, in the zone (aware)."""
    return (datetime.combine(monday, time(0), zone),
            datetime.combine(monday + timedelta(days=7), time(0), zone))


def banner_of(stale: Sequence[StaleCalendar], problems: Sequence[str], zone: ZoneInfo,
              am_pm: bool = False) -> str | None:
    """The words over the week: which calendars cannot be trusted, and the first few
    events that could not be read."""
    return with_event_problems(stale_banner_text(stale, zone, am_pm), list(problems))


def mark_overlaps(items: Sequence[ScheduleItem], zone: ZoneInfo,
                  am_pm: bool = False) -> list[ScheduleItem]:
    """The items with what overlaps each double-booked appointment (`overlapped_by`,
    as a sentence names it), for its details and the painter's warning mark."""
    overlaps = appointment_overlaps(items)
    return [replace(i, overlapped_by=tuple(overlap_words(o, zone, am_pm)
                                           for o in overlaps[i.ref_id]))
            if i.source == Source.APPOINTMENT and i.ref_id in overlaps else i
            for i in items]


__all__ = [
    "Guest",
    "ShownCalendar",
    "WeekSnapshot",
    "banner_of",
    "mark_overlaps",
    "week_span",
]
