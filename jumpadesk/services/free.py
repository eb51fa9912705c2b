"""Free times: the next starts where a slot of a given length can be booked, for one
sub-account or for anyone (every sub-account), read in one transaction that sees the
store at one moment. The one answer the window's Find a Time, `jumpadesk free` and a
refused booking's "free from ..." all give (jumpadesk.free_time decides; what blocks is
availability.blocks_booking, as for booking).

Fail closed: a sub-account whose conflict calendars are out of date (schedule_problems.
stale_calendars, what makes booking ask "book anyway?") is offered no times, and the
answer names it and why, unless the person said to use the data as it is.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from jumpadesk import availability, schedule_problems, wording
from jumpadesk.availability import ScheduleItem, StaleCalendar, validate_span
from jumpadesk.config import Settings
from jumpadesk.errors import InputError, SlotTaken
from jumpadesk.free_time import (
    ANY_TIME,
    DEFAULT_COUNT,
    DEFAULT_DAYS,
    MOST_STARTS,
    Within,
    free_starts,
)
from jumpadesk.language import translate
from jumpadesk.rows import StoreReader, SubAccountLike, SubAccountRow, SubKey, every_sub_account
from jumpadesk.services import offered
from jumpadesk.services.reads import opening_hours_of
from jumpadesk.wording import conflict_sentence

__all__ = ["DEFAULT_COUNT", "DEFAULT_DAYS", "FreeStart", "FreeTimes", "MomentSource",
           "OutOfDate", "free_for", "free_times", "nearest_free", "slot_taken",
           "suggestion_words"]

#: The schedule is read a week at a time, until enough starts are found.
_CHUNK = timedelta(days=7)


class MomentSource(Protocol):
    """Where free times are read from: the Desk's Store, or the command line's read-only
    store; one read of the store as it is at one moment."""

    @property
    def settings(self) -> Settings: ...

    def reading_at_one_moment(self, which: SubKey | None) -> AbstractContextManager[
            tuple[StoreReader, SubAccountRow]]:
        ...


@dataclass(frozen=True)
class FreeStart:
    """A start where the slot is free, for whom."""

    start: datetime  # UTC
    end: datetime
    sub_account: SubAccountRow

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.sub_account.timezone)


@dataclass(frozen=True)
class OutOfDate:
    """A sub-account offered no times because its calendars could not be read lately."""

    sub_account: SubAccountRow
    stale: tuple[StaleCalendar, ...]

    def sentence(self) -> str:
        zone = ZoneInfo(self.sub_account.timezone)
        lines = "; ".join(wording.stale_lines(self.stale, zone))
        return translate("services", "No times are offered for {name}: its schedule may be "
                         "out of date ({lines}). Sync, then ask again.").format(
            name=self.sub_account.name, lines=lines)


@dataclass(frozen=True)
class FreeTimes:
    """The answer: the starts, earliest first (equal starts by sub-account name), and the
    sub-accounts left out because their schedule may be out of date."""

    starts: tuple[FreeStart, ...]
    out_of_date: tuple[OutOfDate, ...]
    length: timedelta
    after: datetime
    before: datetime


def free_for(
    reader: StoreReader, sub: SubAccountLike, length: timedelta, after: datetime,
    before: datetime, count: int, within: Within = ANY_TIME,
    lead: timedelta = timedelta(0), tail: timedelta = timedelta(0),
) -> list[datetime]:
    """Up to `count` free starts of one sub-account in [after, before), read through
    `reader` a week at a time: the schedule (availability.schedule_between) and the
    opening hours, decided by free_time.free_starts. A service's buffers (`lead` before,
    `tail` after) must be free too. No staleness check: callers do."""
    zone = availability.zone_of(sub)
    hours = opening_hours_of(reader, sub)
    found: list[datetime] = []
    at = after
    while at < before and len(found) < count:
        starts_before = min(at + _CHUNK, before)
        reach = min(starts_before + length + tail, before)
        items = availability.schedule_between(reader, sub, at - lead, reach)
        found += [s for s in free_starts(items, hours, zone, length, at, reach,
                                         count - len(found), within, lead, tail)
                  if s < starts_before]
        at = starts_before
    return found[:count]


def free_times(
    store: MomentSource,
    which: SubKey | None,
    length: timedelta | None,
    *,
    service: str | None = None,
    anyone: bool = False,
    after: datetime | None = None,
    before: datetime | None = None,
    count: int = DEFAULT_COUNT,
    allow_stale: bool = False,
    now: datetime | None = None,
    within: Within = ANY_TIME,
) -> FreeTimes:
    """The next `count` starts on the quarter-hour grid, at or after `after` (now), of
    slots of `length` that end by `before` (60 days after `after`), inside the opening
    hours and overlapping nothing that blocks: of the sub-account `which`, or with
    `anyone` of every sub-account (`count` in all; equal starts by name). One read
    transaction. `within`: only on some weekdays, in a part of the day. With `service`
    (a name in the services list) instead of `length`: its length, and its buffers
    before and after must be free too, and only staff who offer it are asked
    (offered.NotOffered for one who does not). InputError for a span or count that cannot be;
    UnknownSubAccount as every command, UnknownService for a service not in the list."""
    now = now or datetime.now(UTC)
    after = after if after is not None else now
    before = before if before is not None else after + timedelta(days=DEFAULT_DAYS)
    after, before = validate_span(after, before)
    if not 1 <= count <= MOST_STARTS:
        raise InputError(translate("services", "Ask for 1 to {most} free times, not "
                                               "{count}.").format(most=MOST_STARTS, count=count))
    if service is None and (length is None or length <= timedelta(0)):
        raise InputError(translate("services", "A free time needs a length, like 45m."))
    stale_after = store.settings.stale_after
    starts: list[FreeStart] = []
    left_out: list[OutOfDate] = []
    lead = tail = timedelta(0)
    with store.reading_at_one_moment(which) as (reader, chosen):
        offer = offered.service_in(reader, service) if service is not None else None
        if offer is not None:
            length, lead, tail = offer.length, offer.buffer_before, offer.buffer_after
        assert length is not None  # given, or the service's
        subs = every_sub_account(reader) if anyone else [chosen]
        if offer is not None:  # only the staff who offer it (NotOffered for one who not)
            if not anyone:
                offered.refuse_unoffered(offer, chosen.name)
            subs = offered.who_offer(offer, subs)
        for sub in subs:
            stale = schedule_problems.stale_calendars(reader, sub, now, stale_after)
            if stale and not allow_stale:
                left_out.append(OutOfDate(sub, tuple(stale)))
                continue
            starts += [FreeStart(s, s + length, sub)
                       for s in free_for(reader, sub, length, after, before, count, within,
                                         lead, tail)]
    starts.sort(key=lambda f: (f.start, f.sub_account.name))
    return FreeTimes(tuple(starts[:count]), tuple(left_out), length, after, before)


def suggestion_words(starts: list[datetime], asked: datetime, zone: ZoneInfo) -> str:
    """Free starts as a refusal names them: "11:00, 11:15" on the asked day, with the
    day before those on others ("Wed 9 Dec 09:00")."""
    day = asked.astimezone(zone).date()
    words = []
    for start in starts:
        local = start.astimezone(zone)
        words.append(f"{local:%H:%M}" if local.date() == day
                     else f"{wording.day_month(local)} {local:%H:%M}")
    return ", ".join(words)


def slot_taken(
    reader: StoreReader, sub: SubAccountLike, start: datetime, end: datetime,
    clashes: list[ScheduleItem], *, stale_after: timedelta, now: datetime | None = None,
    lead: timedelta = timedelta(0), tail: timedelta = timedelta(0),
) -> SlotTaken:
    """The refusal of a booking of [start, end) that `clashes` block: the conflict
    sentence, and the nearest free starts of the same length ("...; free from 11:00,
    11:15."), which the window offers as buttons (SlotTaken.free_starts)."""
    zone = availability.zone_of(sub)
    sentence = conflict_sentence(zone, clashes)
    starts = nearest_free(reader, sub, start, end, now=now or datetime.now(UTC),
                          stale_after=stale_after, lead=lead, tail=tail)
    if starts:
        sentence = translate("services", "{refusal}; free from {starts}.").format(
            refusal=sentence.removesuffix("."), starts=suggestion_words(starts, start, zone))
    return SlotTaken(sentence, clashes, starts)


def nearest_free(
    reader: StoreReader, sub: SubAccountLike, start: datetime, end: datetime, *,
    now: datetime, stale_after: timedelta, count: int = 3,
    lead: timedelta = timedelta(0), tail: timedelta = timedelta(0),
) -> list[datetime]:
    """For a refused booking of [start, end): the next free starts of the same length
    from the asked time on (never in the past), none when a calendar is out of date."""
    if schedule_problems.stale_calendars(reader, sub, now, stale_after):
        return []
    after = max(start, now)
    return free_for(reader, sub, end - start, after,
                    after + timedelta(days=DEFAULT_DAYS), count, ANY_TIME, lead, tail)

