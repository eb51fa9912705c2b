"""One staff member's day on paper: `AgendaDay`, what blocks them that day in time order
with their opening hours, and the words and rows the command line, the CSV and the
printed sheet (day_sheet.py) all say it in.

Plain frozen data and pure functions over the schedule (availability.schedule_between,
the same items booking decides with): no Qt and no store. services/agenda.py reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from jumpadesk.availability import ScheduleItem, StaleCalendar
from jumpadesk.hours import DayHours, OpeningHours, describe_ranges
from jumpadesk.kinds import Source
from jumpadesk.language import translate
from jumpadesk.rows import SubAccountRow
from jumpadesk.wording import EN_DASH, weekday_long, weekday_short
from jumpadesk.wording import stale_lines as stale_calendar_lines

__all__ = ["CSV_COLUMNS", "AgendaDay", "AgendaEntry", "EntryKind", "agenda_day", "csv_rows",
           "day_span", "entry_line", "heading", "hours_line"]

#: The CSV's columns, in order.
CSV_COLUMNS = ("sub_account", "start", "end", "kind", "title", "guest", "phone", "calendar",
               "busy")


class EntryKind(StrEnum):
    """What an entry of the day is."""

    APPOINTMENT = "appointment"
    BLOCKED = "blocked"
    EVENT = "event"  # from a calendar (iCloud or another server)


@dataclass(frozen=True)
class AgendaEntry:
    """One thing on the day: its times (aware), what it is and who is coming."""

    start: datetime
    end: datetime
    kind: EntryKind
    title: str
    busy: bool
    calendar: str = ""
    guest: str = ""
    phone: str = ""
    all_day: bool = False
    ref_id: int | None = None  # an appointment's or blocked slot's number


@dataclass(frozen=True)
class AgendaDay:
    """A staff member's day: `entries` in time order, the day's opening hours (None:
    closed) and the calendars that could not be trusted when it was read."""

    sub_account: SubAccountRow
    day: date
    zone: ZoneInfo
    hours: DayHours | None
    entries: tuple[AgendaEntry, ...]
    stale: tuple[StaleCalendar, ...] = ()


def day_span(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The day from its midnight to the next one's, in the zone (aware)."""
    return (datetime.combine(day, time(0), zone),
            datetime.combine(day + timedelta(days=1), time(0), zone))


def _kind(item: ScheduleItem) -> EntryKind:
    if item.source == Source.APPOINTMENT:
        return EntryKind.APPOINTMENT
    if item.source == Source.BLOCKED:
        return EntryKind.BLOCKED
    return EntryKind.EVENT


def agenda_day(sub: SubAccountRow, day: date, zone: ZoneInfo, hours: OpeningHours,
               items: Iterable[ScheduleItem], phones: dict[int, str],
               stale: Sequence[StaleCalendar] = ()) -> AgendaDay:
    """The day of `sub` from its schedule `items` (of that day), with the appointments'
    phone numbers by id."""
    entries = []
    for i in items:
        kind = _kind(i)
        mine = kind == EntryKind.APPOINTMENT
        entries.append(AgendaEntry(
            start=i.start.astimezone(zone), end=i.end.astimezone(zone), kind=kind,
            title=i.title, busy=i.busy, calendar=i.calendar if kind != EntryKind.BLOCKED else "",
            guest=i.guest if mine else "",
            phone=phones.get(i.ref_id or 0, "") if mine else "", all_day=i.all_day,
            ref_id=i.ref_id if kind != EntryKind.EVENT else None))
    entries.sort(key=lambda e: (not e.all_day, e.start, e.end, e.title))
    return AgendaDay(sub, day, zone, hours[day.weekday()], tuple(entries), tuple(stale))


def heading(day: AgendaDay, date_text: str | None = None) -> str:
    """"Maria, Tuesday 2026-11-24" (or the date as `date_text` says it)."""
    said = date_text or translate("schedule", "{weekday} {year}-{month:02d}-{day:02d}").format(
        weekday=weekday_long(day.day), year=day.day.year, month=day.day.month, day=day.day.day)
    return f"{day.sub_account.name}, {said}"


def hours_line(day: AgendaDay) -> str:
    """"Open 09:00 – 18:00" or "Closed all day"."""
    if day.hours is None:
        return translate("schedule", "Closed all day")
    return translate("schedule", "Open {hours}").format(hours=describe_ranges(day.hours))


def times_of(entry: AgendaEntry, day: date) -> str:
    """"10:15–11:00", "all day", or an end on another day: "22:00–Wed 02:00"."""
    if entry.all_day:
        return translate("schedule", "all day")
    start = f"{entry.start:%H:%M}" if entry.start.date() == day \
        else f"{weekday_short(entry.start)} {entry.start:%H:%M}"
    end = f"{entry.end:%H:%M}" if entry.end.date() == day \
        else f"{weekday_short(entry.end)} {entry.end:%H:%M}"
    return f"{start}{EN_DASH}{end}"


def what_of(entry: AgendaEntry) -> str:
    """The entry in words: "Haircut · Ann Lee, +49 170 555 (Work, appointment #3)",
    "Cleaning (blocked slot #2)", "Dentist (Home)"."""
    text = entry.title
    if entry.guest:
        text += f" \u00b7 {entry.guest}"
    if entry.phone:
        text += f", {entry.phone}"
    if entry.kind == EntryKind.BLOCKED:
        where = translate("schedule", "blocked slot #{id}").format(id=entry.ref_id)
    elif entry.kind == EntryKind.APPOINTMENT:
        where = ", ".join(filter(None, [entry.calendar, translate(
            "schedule", "appointment #{id}").format(id=entry.ref_id)]))
    else:
        where = entry.calendar
    return f"{text} ({where})" if where else text


def entry_line(entry: AgendaEntry, day: date) -> str:
    """One line of the day: "10:15–11:00  busy  Haircut · Ann Lee (Work)"."""
    flag = translate("schedule", "busy") if entry.busy else translate("schedule", "free")
    return f"{times_of(entry, day):<13} {flag:<4}  {what_of(entry)}"


def stale_lines(day: AgendaDay) -> list[str]:
    """What could not be trusted when the day was read, as the banner over the week says
    it (wording.stale_lines: one line per server and cause)."""
    return [translate("schedule", "May be out of date: {calendar}").format(calendar=line)
            for line in stale_calendar_lines(day.stale, day.zone)]


#: A cell a spreadsheet would take for a formula starts with one of these.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PHONE = re.compile(r"^\+?[\d][\d\s()./-]*$")


def as_cell(text: str, phone: bool = False) -> str:
    """Text from a server or a guest as a CSV cell a spreadsheet shows as text: one that
    would be read as a formula ("=HYPERLINK(...)") starts with an apostrophe; a phone
    number ("+49 170 555") stays as it is."""
    if text.startswith(_FORMULA_STARTS) and not (phone and _PHONE.match(text)):
        return f"'{text}"
    return text


def csv_rows(days: Iterable[AgendaDay]) -> list[list[str]]:
    """The rows under CSV_COLUMNS: times in ISO 8601 with the staff member's offset."""
    rows = []
    for d in days:
        for e in d.entries:
            rows.append([as_cell(d.sub_account.name), e.start.isoformat(), e.end.isoformat(),
                         e.kind.value, as_cell(e.title), as_cell(e.guest),
                         as_cell(e.phone, phone=True), as_cell(e.calendar),
                         "yes" if e.busy else "no"])
    return rows
