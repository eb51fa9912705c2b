"""Words about time, staleness and conflicts, the same in the window, the command line
and the screenshots: when something is, how long it lasts, when an account last synced,
which calendars are out of date, and what a time or an appointment overlaps.

Plain text only (no Qt). Whether the clock reads 14:30 or 2:30 PM is the caller's to
say (`am_pm`); the window asks the person's locale (ui/event_details.py).

Below the rules that use these words (availability.py, services/): what a sentence needs
of a schedule item or a stale calendar is said here as a Protocol (`Timed`,
`Overlapping`, `Booked`, `Stale`), which availability's ScheduleItem and StaleCalendar
are.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo

from jumpadesk.kinds import OccurrenceKind, Source
from jumpadesk.language import catalogue, current, translate

EN_DASH = "\u2013"


class Timed(Protocol):
    """Something on the schedule, as far as saying when it is goes."""

    @property
    def start(self) -> datetime: ...

    @property
    def end(self) -> datetime: ...

    @property
    def all_day(self) -> bool: ...


class Overlapping(Timed, Protocol):
    """Something busy that a time or an appointment overlaps, named in a sentence."""

    @property
    def title(self) -> str: ...

    @property
    def calendar(self) -> str: ...

    @property
    def reason_text(self) -> str: ...

    @property
    def reason_said(self) -> str: ...  # reason_text in the person's language

    @property
    def buffer_before(self) -> timedelta: ...

    @property
    def buffer_after(self) -> timedelta: ...


class Shown(Overlapping, Protocol):
    """Something the week shows, as far as naming it goes."""

    @property
    def kind(self) -> OccurrenceKind: ...

    @property
    def source(self) -> Source: ...

    @property
    def confirmed(self) -> bool: ...

    @property
    def service(self) -> str: ...  # the server's name (sync/servers.service_name)


class Booked(Timed, Protocol):
    """An appointment that something now overlaps."""

    @property
    def title(self) -> str: ...

    @property
    def ref_id(self) -> int | None: ...


class Stale(Protocol):
    """A conflict calendar whose data cannot be trusted right now."""

    @property
    def name(self) -> str: ...

    @property
    def last_sync_at(self) -> datetime | None: ...

    @property
    def error(self) -> str: ...

    @property
    def service(self) -> str: ...


def counted(n: int, one: str, many: str) -> str:
    """A count in words by the language's plural rule: `one` ("%n day") or `many` ("%n
    days"), each already translated, `%n` the count. (pyside6-lupdate marks a plural
    only for a literal count, so each form is a sentence of its own in the catalogue.)"""
    return (one if catalogue(current()).plural_index(n) == 0 else many).replace("%n", str(n))


def join_names(names: list[str]) -> str:
    """"Home", "Home and Work", "Home, Work and Family"."""
    if len(names) <= 1:
        return "".join(names)
    return translate("wording", "{names} and {last}").format(names=", ".join(names[:-1]),
                                                             last=names[-1])


# -- what -----------------------------------------------------------------------------

def not_yet_in(service: str) -> str:
    """What an appointment its server has not confirmed is ("not yet in Fastmail")."""
    return translate("wording", "not yet in {service}").format(service=service)


#: English, for the window's own wording of it (the window translates its sentences).
NOT_IN_ICLOUD = "not yet in iCloud"


def item_title(item: Shown) -> str:
    """The title as the week and the dialogs show it; an appointment its server has not
    confirmed yet says so ("Haircut (not yet in iCloud)", "... (not yet in Fastmail)")."""
    if item.kind == OccurrenceKind.TRAVEL:
        return translate("wording", "Travel time")
    title = item.title or (translate("wording", "Blocked") if item.source == Source.BLOCKED
                           else translate("wording", "Busy"))
    return title if item.confirmed else f"{title} ({not_yet_in(item.service)})"


def overlap_words(item: Shown, tz: ZoneInfo, am_pm: bool = False) -> str:
    """What overlaps an appointment, as a sentence names it: "“Dentist” (Work, Tue
    14:00 – 15:00)"."""
    return f"\u201c{item_title(item)}\u201d ({item.calendar}, {short_when(item, tz, am_pm)})"


# -- dates in the person's language ----------------------------------------------------
# Python's `locale` differs from machine to machine; the names are the catalogue's.


def weekday_short(day: date) -> str:
    """ "Tue" ("Di")."""
    return (translate("dates", "Mon"), translate("dates", "Tue"), translate("dates", "Wed"),
            translate("dates", "Thu"), translate("dates", "Fri"), translate("dates", "Sat"),
            translate("dates", "Sun"))[day.weekday()]


def weekday_long(day: date) -> str:
    """ "Tuesday" ("Dienstag")."""
    return (translate("dates", "Monday"), translate("dates", "Tuesday"),
            translate("dates", "Wednesday"), translate("dates", "Thursday"),
            translate("dates", "Friday"), translate("dates", "Saturday"),
            translate("dates", "Sunday"))[day.weekday()]


def month_short(day: date) -> str:
    """ "Dec" ("Dez")."""
    return (translate("dates", "Jan"), translate("dates", "Feb"), translate("dates", "Mar"),
            translate("dates", "Apr"), translate("dates", "May", "short month"),
            translate("dates", "Jun"), translate("dates", "Jul"), translate("dates", "Aug"),
            translate("dates", "Sep"), translate("dates", "Oct"), translate("dates", "Nov"),
            translate("dates", "Dec"))[day.month - 1]


def month_long(day: date) -> str:
    """ "December" ("Dezember")."""
    return (translate("dates", "January"), translate("dates", "February"),
            translate("dates", "March"), translate("dates", "April"),
            translate("dates", "May"), translate("dates", "June"), translate("dates", "July"),
            translate("dates", "August"), translate("dates", "September"),
            translate("dates", "October"), translate("dates", "November"),
            translate("dates", "December"))[day.month - 1]


def day_month(day: date) -> str:
    """ "Tue 8 Dec" ("Di 8. Dez")."""
    return translate("dates", "{weekday} {day} {month}").format(
        weekday=weekday_short(day), day=day.day, month=month_short(day))


def day_month_year(day: date) -> str:
    """ "Tue 8 Dec 2026" ("Di 8. Dez 2026")."""
    return translate("dates", "{weekday} {day} {month} {year}", "short").format(
        weekday=weekday_short(day), day=day.day, month=month_short(day), year=day.year)


def numbered_day(day: date) -> str:
    """ "Tue 2026-12-08" ("Di 08.12.2026")."""
    return translate("dates", "{weekday} {year}-{month:02d}-{day:02d}").format(
        weekday=weekday_short(day), year=day.year, month=day.month, day=day.day)


def numbered_moment(moment: datetime) -> str:
    """ "Tue 2026-12-08 13:00" ("Di 08.12.2026 13:00"), on a 24-hour clock."""
    return f"{numbered_day(moment.date())} {format_time(moment)}"


def short_moment(moment: datetime) -> str:
    """ "Tue 12-08 13:00" ("Di 08.12. 13:00"), the year left out."""
    return translate("dates", "{weekday} {month:02d}-{day:02d} {time}").format(
        weekday=weekday_short(moment), month=moment.month, day=moment.day,
        time=format_time(moment))


# -- when -----------------------------------------------------------------------------


def format_time(moment: datetime | time, am_pm: bool = False) -> str:
    """A wall-clock time: 14:30, or 2:30 PM."""
    if am_pm:
        hour = moment.hour % 12 or 12
        return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"
    return f"{moment.hour:02d}:{moment.minute:02d}"


def format_hour(hour: int, am_pm: bool = False) -> str:
    """An hour label for the grid: 09:00 or 9 AM."""
    if am_pm:
        return f"{hour % 12 or 12} {'AM' if hour % 24 < 12 else 'PM'}"
    return f"{hour:02d}:00"


def _ends_same_day(s: datetime, e: datetime, tz: tzinfo) -> bool:
    return s.date() == e.date() or e == datetime.combine(s.date() + timedelta(days=1), time(0), tz)


def format_span(start: datetime, end: datetime, tz: ZoneInfo, am_pm: bool = False) -> str:
    """Short time range in the business's zone: "10:00 – 11:00", or with weekdays when it
    crosses midnight: "Tue 23:00 – Wed 01:00"."""
    s, e = start.astimezone(tz), end.astimezone(tz)
    if _ends_same_day(s, e, tz):
        return f"{format_time(s, am_pm)} {EN_DASH} {format_time(e, am_pm)}"
    return (f"{weekday_short(s)} {format_time(s, am_pm)} {EN_DASH} "
            f"{weekday_short(e)} {format_time(e, am_pm)}")


def long_date(day: date, year: bool = True) -> str:
    """"Tuesday 25 November 2026", or without the year."""
    names = {"weekday": weekday_long(day), "day": day.day, "month": month_long(day),
             "year": day.year}
    if year:
        return translate("dates", "{weekday} {day} {month} {year}").format(**names)
    return translate("dates", "{weekday} {day} {month}", "long").format(**names)


def week_title(monday: date) -> str:
    """ "10 – 16 November 2025", "27 October – 2 November 2025", "29 Dec 2025 – 4 Jan 2026"."""
    sunday = monday + timedelta(days=6)
    if monday.year != sunday.year:
        return translate("dates", "{day} {month} {year} – {last_day} {last_month} "
                                  "{last_year}").format(
            day=monday.day, month=month_short(monday), year=monday.year, last_day=sunday.day,
            last_month=month_short(sunday), last_year=sunday.year)
    if monday.month != sunday.month:
        return translate("dates", "{day} {month} – {last_day} {last_month} {year}").format(
            day=monday.day, month=month_long(monday), last_day=sunday.day,
            last_month=month_long(sunday), year=sunday.year)
    return translate("dates", "{day} – {last_day} {month} {year}").format(
        day=monday.day, last_day=sunday.day, month=month_long(sunday), year=sunday.year)


def describe_when(item: Timed, tz: ZoneInfo, am_pm: bool = False) -> str:
    """The full date and time of an item in the business's zone."""
    s, e = item.start.astimezone(tz), item.end.astimezone(tz)
    if item.all_day:
        last = e.date() - timedelta(days=1) if e.time() == time(0) else e.date()
        if last <= s.date():
            return translate("wording", "{day}, all day").format(day=long_date(s.date()))
        return translate("wording", "{first} – {last}, all day").format(
            first=long_date(s.date(), False), last=long_date(last))
    if _ends_same_day(s, e, tz):
        return (f"{long_date(s.date())}, {format_time(s, am_pm)} {EN_DASH} "
                f"{format_time(e, am_pm)}")
    return (f"{long_date(s.date(), False)} {format_time(s, am_pm)} {EN_DASH} "
            f"{long_date(e.date())} {format_time(e, am_pm)}")


def brief_when(item: Timed, tz: ZoneInfo, am_pm: bool = False) -> str:
    """When an item is, briefly, in the business's zone: "Tue 10:00–11:30",
    "Wed 20:00–Thu 09:30", "all day Sat" or "all day Sat–Sun" (with `am_pm`: "Tue
    10:00 AM–11:30 AM")."""
    start, end = item.start.astimezone(tz), item.end.astimezone(tz)
    if item.all_day:
        last = (end - timedelta(days=1)).date() if end > start else start.date()
        if last == start.date():
            return translate("wording", "all day {day}").format(day=weekday_short(start))
        return translate("wording", "all day {first}–{last}").format(
            first=weekday_short(start), last=weekday_short(last))
    begins, ends = f"{weekday_short(start)} {format_time(start, am_pm)}", format_time(end, am_pm)
    if end.date() != start.date() and end != end.replace(hour=0, minute=0, second=0):
        return f"{begins}–{weekday_short(end)} {ends}"
    return f"{begins}–{ends}"


def appointment_words(title: str, guest: str, start: datetime, end: datetime, tz: ZoneInfo,
                      am_pm: bool = False) -> str:
    """An appointment as a sentence names it, without its id: "“Haircut” for Jana Weber on
    Tuesday 24 November 2026, 10:00 – 10:30"."""
    s = start.astimezone(tz)
    names = {"title": title, "guest": guest, "day": long_date(s.date()),
             "time": format_span(start, end, tz, am_pm)}
    if guest.strip():
        return translate("wording", "\u201c{title}\u201d for {guest} on {day}, {time}").format(
            **names)
    return translate("wording", "\u201c{title}\u201d on {day}, {time}").format(**names)


def booked_sentence(appt_id: int, title: str, guest: str, start: datetime, end: datetime,
                    tz: ZoneInfo, staff: str, calendar: str) -> str:
    """A booking made, as the command line says it: "Booked #12: Haircut for Ann Lee, Tue
    8 Dec 13:00–14:00 with Maria (Work)"."""
    s, e = start.astimezone(tz), end.astimezone(tz)
    when = f"{day_month(s)} {format_time(s)}{EN_DASH}"
    when += format_time(e) if e.date() == s.date() else f"{day_month(e)} {format_time(e)}"
    names = {"id": appt_id, "title": title, "guest": guest, "when": when, "staff": staff,
             "calendar": calendar}
    if guest.strip():
        return translate("wording", "Booked #{id}: {title} for {guest}, {when} with {staff} "
                                    "({calendar})").format(**names)
    return translate("wording", "Booked #{id}: {title}, {when} with {staff} "
                                "({calendar})").format(**names)


def short_when(item: Timed, tz: ZoneInfo, am_pm: bool = False) -> str:
    """ "Tue 14:00 – 15:00", or "Tue, all day"."""
    day = weekday_short(item.start.astimezone(tz))
    if item.all_day:
        return translate("wording", "{day}, all day").format(day=day)
    return f"{day} {format_span(item.start, item.end, tz, am_pm)}"


def describe_length(length: timedelta) -> str:
    """A length in words: "45 min", "1 h", "1 h 30 min" ("0 min" for none). The one way
    a length is said: an item's, a service's and its buffers, a slot asked for."""
    hours, mins = divmod(int(length.total_seconds() // 60), 60)
    return " ".join(([f"{hours} h"] if hours else []) + ([f"{mins} min"] if mins or not hours
                                                         else []))


def describe_duration(item: Timed) -> str:
    """"45 min", "1 h 30 min" (describe_length), or for an all-day item "2 days"."""
    if item.all_day:
        days = max(1, round((item.end - item.start) / timedelta(days=1)))
        return counted(days, translate("wording", "%n day"), translate("wording", "%n days"))
    return describe_length(item.end - item.start)


def describe_moment(moment: datetime | None, tz: tzinfo, now: datetime | None = None,
                    am_pm: bool = False) -> str:
    """"today 10:42", "yesterday 18:05", "Mon 3 Nov 09:00" or "never", in the given zone
    (with `am_pm`: "today 10:42 AM")."""
    if moment is None:
        return translate("wording", "never")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(tz)
    today = (now or datetime.now(UTC)).astimezone(tz).date()
    days = (today - local.date()).days
    if days == 0:
        return translate("wording", "today {time}").format(time=format_time(local, am_pm))
    if days == 1:
        return translate("wording", "yesterday {time}").format(time=format_time(local, am_pm))
    return f"{day_month(local)} {format_time(local, am_pm)}"


# -- staleness ------------------------------------------------------------------------


def stale_sentence(cal: Stale, tz: ZoneInfo, am_pm: bool = False) -> str:
    """"Work (iCloud): last synced 10:42, cannot reach iCloud"."""
    why = cal.error or translate("wording", "not synced recently")
    # cal.service is the server's name: "Work (Fastmail)"
    if cal.last_sync_at is None:
        return translate("wording", "{calendar} ({service}): never synced, {why}").format(
            calendar=cal.name, service=cal.service, why=why)
    return translate("wording", "{calendar} ({service}): last synced {time}, {why}").format(
        calendar=cal.name, service=cal.service, why=why,
        time=format_time(cal.last_sync_at.astimezone(tz), am_pm))


def stale_lines(stale: Sequence[Stale], tz: ZoneInfo, am_pm: bool = False) -> list[str]:
    """The conflict calendars whose data cannot be trusted, by name ("Work (iCloud):
    last synced 10:42, cannot reach iCloud"), one line per server and cause, so an
    unreachable account does not repeat its sentence for every calendar and two servers
    with the same trouble keep their own names."""
    groups: dict[tuple[str, str, datetime | None], list[Stale]] = {}
    for cal in stale:
        groups.setdefault((cal.service, cal.error, cal.last_sync_at), []).append(cal)
    lines = []
    for cals in groups.values():
        first = cals[0]
        line = stale_sentence(first, tz, am_pm)
        if len(cals) > 1:
            line = join_names([c.name for c in cals]) + line[len(first.name):]
        lines.append(line)
    return lines


def stale_banner_text(stale: Sequence[Stale], tz: ZoneInfo,
                      am_pm: bool = False) -> str | None:
    """The banner over the week: `stale_lines`, and what they mean; None when all
    calendars are fresh."""
    if not stale:
        return None
    return "\n".join([*stale_lines(stale, tz, am_pm),
                      translate("wording", "Time that looks free there may not be free; "
                                           "booking will ask you to confirm.")])


def stale_question(stale: Sequence[Stale], tz: ZoneInfo, am_pm: bool = False,
                   verb: str = "Book") -> str:
    """ "Book anyway?" (or "Move", "Change it", "Undo"), asked once, over the stale
    calendars."""
    asks = {
        "Move": translate("wording", "Time that looks free there may not be free. "
                                     "Move anyway?"),
        "Change": translate("wording", "Time that looks free there may not be free. "
                                       "Change it anyway?"),
        "Undo": translate("wording", "Time that looks free there may not be free. "
                                     "Undo anyway?"),
    }
    ask = asks.get(verb) or translate("wording", "Time that looks free there may not be "
                                                 "free. Book anyway?")
    return "\n".join([translate("wording", "The schedule may be out of date:"),
                      *stale_lines(stale, tz, am_pm), "", ask])


def with_event_problems(banner: str | None, problems: list[str], shown: int = 3) -> str | None:
    """The staleness banner plus the events jumpadesk could not read or had to assume
    something about, by name (the first few; `jumpadesk status` lists them all)."""
    if not problems:
        return banner
    lines = problems[:shown]
    if len(problems) > shown:
        lines.append(counted(len(problems) - shown,
                             translate("wording", "And %n more; `jumpadesk status` lists them "
                                                  "all.", "one"),
                             translate("wording", "And %n more; `jumpadesk status` lists them "
                                                  "all.", "many")))
    return "\n".join([banner, *lines] if banner else lines)


# -- conflicts ------------------------------------------------------------------------

#: A conflict names this many of the things that overlap, then how many more there are.
NAMED_CONFLICTS = 3


def describe_overlap(item: Overlapping, tz: ZoneInfo, am_pm: bool = False) -> str:
    """Something busy, as a conflict names it: "Team sync (Work, Tue 10:00–11:00, Busy
    in iCloud)", "Trade fair (Family, all day Sat–Sun, Busy in iCloud)"; an appointment's
    service buffers are named after its time ("Tue 14:00–15:00 and 15 min kept free
    after")."""
    kept = [translate("wording", "{length} kept free before").format(
                length=describe_length(item.buffer_before))] if item.buffer_before else []
    kept += [translate("wording", "{length} kept free after").format(
                 length=describe_length(item.buffer_after))] if item.buffer_after else []
    when = brief_when(item, tz, am_pm)
    if kept:
        when = translate("wording", "{when} and {kept}").format(
            when=when, kept=translate("wording", " and ", "joining buffers").join(kept))
    return (f"{item.title or translate('wording', 'Busy')} "
            f"({item.calendar}, {when}, {item.reason_said})")


def conflict_sentence(tz: ZoneInfo, overlapping: Sequence[Overlapping],
                      appointment: Booked | None = None, *, guest: str = "",
                      at_most: int | None = NAMED_CONFLICTS, am_pm: bool = False) -> str:
    """What a time, or a booked appointment, overlaps: the one sentence about a conflict,
    wherever one is told (a booking refused, `jumpadesk conflicts`, the window's notice).

    - a time asked for: "That time is not free: it overlaps Team sync (Work, Tue
      10:00–11:00, Busy in iCloud)."
    - an `appointment` something added later overlaps: "Haircut (appointment 7, Tue
      10:00–11:00) now overlaps Dentist (Home, Tue 10:30–11:30, Busy in iCloud)."
    - the same with its `guest`, who is to be called: "Haircut (Anna Berg, appointment 7,
      Tue 10:00–11:00) now overlaps ... Call Anna Berg to move it."

    `at_most` names only the first few overlapping things, then how many more there are
    (None: all of them); `am_pm` says the times on a 12-hour clock.
    """
    shown = list(overlapping if at_most is None else overlapping[:at_most])
    more = len(overlapping) - len(shown)
    what = "; ".join(describe_overlap(item, tz, am_pm) for item in shown)
    if more:
        what = counted(more, translate("wording", "{what} and %n more", "one"),
                       translate("wording", "{what} and %n more", "many")).format(what=what)
    if appointment is None:
        return translate("wording", "That time is not free: it overlaps {what}.").format(
            what=what)
    names = {"title": appointment.title, "guest": guest, "id": appointment.ref_id,
             "when": brief_when(appointment, tz, am_pm), "what": what}
    if appointment.ref_id is None:
        said = translate("wording", "{title} ({when}) now overlaps {what}.")
        if guest:
            said = translate("wording", "{title} ({guest}, {when}) now overlaps {what}. "
                                        "Call {guest} to move it.")
    else:
        said = translate("wording", "{title} (appointment {id}, {when}) now overlaps {what}.")
        if guest:
            said = translate("wording", "{title} ({guest}, appointment {id}, {when}) now "
                                        "overlaps {what}. Call {guest} to move it.")
    return said.format(**names)
