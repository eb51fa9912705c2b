"""Blocked slots, once or repeating: made, and taken away whole or one day at a time.

A one-off blocked slot is made and removed by services/booking.py (`block`, `unblock`).
A repeating one (jumpadesk.repeats) is one row holding its first occurrence and its
rule, made here in the booking transaction like any booking: refused, with the usual
sentence, when any of its occurrences would land on an appointment or another blocked
slot. Taking one day out adds it to the rule's days taken out; taking out the first day
moves the row's first occurrence to the next day (so PostgreSQL's own check, which sees
only the row's first occurrence, never guards a day that was taken out), and a series
left without a day is removed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from jumpadesk import availability
from jumpadesk.errors import InputError, NotFound, SlotTaken
from jumpadesk.language import translate
from jumpadesk.models import BlockedSlot
from jumpadesk.models.locks import booking_transaction, hold_schedule
from jumpadesk.models.reading import SessionReader
from jumpadesk.repeats import LONGEST, Repeat, occurrence_on
from jumpadesk.rows import SubKey
from jumpadesk.services import booking
from jumpadesk.services.schedule import conflict_sentence, validate_span
from jumpadesk.services.store import Store
from jumpadesk.services.sub_accounts import sub_named
from jumpadesk.sync.occurrences import epoch
from jumpadesk.wording import long_date

log = logging.getLogger("jumpadesk.services.blocked_slots")

__all__ = ["Unblocked", "block", "unblock"]


def block(store: Store, sub_name: SubKey, start: datetime, end: datetime, title: str,
          repeat: Repeat | None = None) -> BlockedSlot:
    """Keep time free of bookings, locally: once (services/booking.block), or repeating
    by `repeat` from the first day on or after `start`'s that the rule allows, at
    start's and end's wall-clock times in the sub-account's zone."""
    if repeat is None:
        return booking.block(store, sub_name, start, end, title)
    start, end = validate_span(start, end)
    if end - start > LONGEST:
        raise InputError(translate("services", "A block that repeats can last a day at most; "
                                               "block longer time once, or repeat a shorter "
                                               "block."))
    title = title.strip() or "Blocked"
    with (store.errors(), booking.refuse_overlaps(store, sub_name, start, end),
          booking_transaction(store.engine) as s):
        sub = sub_named(s, sub_name)
        assert sub.id is not None
        hold_schedule(s, sub.id)
        tz = ZoneInfo(sub.timezone)
        asked = start.astimezone(tz).date()
        day = repeat.first_day_from(asked)
        first = occurrence_on(day, start, end, tz) if day is not None else None
        if first is None:
            raise InputError(translate("services", "Nothing to block: {rule} ends before "
                                                   "{day}.").format(rule=repeat.words(),
                                                                    day=long_date(asked)))
        clashes = availability.repeat_conflicts(SessionReader(s), sub, repeat, *first)
        if clashes:
            raise SlotTaken(conflict_sentence(tz, clashes), clashes)
        slot = BlockedSlot(sub_account_id=sub.id, title=title,
                           start_ts=epoch(first[0]), end_ts=epoch(first[1]),
                           **repeat.columns())
        s.add(slot)
        s.flush()
        log.info("blocked slot %s repeats %s in %r", slot.id, repeat.kind, sub.name)
        return slot


@dataclass(frozen=True)
class Unblocked:
    """What removing a blocked slot, or one day of it, did."""

    title: str
    day: date | None  # the one day taken out; None: the whole slot or series went
    still: str  # the series' rule in words when it still blocks on other days, else ""

    def sentence(self, slot_id: int) -> str:
        if self.day is None:
            return translate("services", "Removed blocked slot {id}.").format(id=slot_id)
        said = translate("services", "Removed \u201c{title}\u201d on {day} only; it still blocks "
                                     "{rule}.") if self.still else \
            translate("services", "Removed \u201c{title}\u201d on {day} only.")
        return said.format(title=self.title, day=long_date(self.day), rule=self.still)


def unblock(store: Store, sub_name: SubKey, slot_id: int, only: date | None = None) -> Unblocked:
    """Remove a blocked slot, a repeating one with all its days; with `only`, just that
    day of it (a day in the sub-account's zone)."""
    if only is None:
        with store.session() as s:
            found = s.get(BlockedSlot, slot_id)
            title = found.title if found is not None else ""
        booking.unblock(store, sub_name, slot_id)
        return Unblocked(title, None, "")
    with store.errors(), booking_transaction(store.engine) as s:
        sub = sub_named(s, sub_name)
        assert sub.id is not None
        hold_schedule(s, sub.id)
        slot = s.get(BlockedSlot, slot_id)
        if slot is None or slot.sub_account_id != sub.id:
            raise NotFound(translate("services", "There is no blocked slot {id} in "
                                                 "{sub_account}.").format(id=slot_id,
                                                                          sub_account=sub_name))
        tz = ZoneInfo(sub.timezone)
        first = (datetime.fromtimestamp(slot.start_ts, UTC),
                 datetime.fromtimestamp(slot.end_ts, UTC))
        first_day = first[0].astimezone(tz).date()
        repeat = Repeat.from_columns(slot.repeat_rule, slot.repeat_days, slot.repeat_until,
                                     slot.repeat_skipped)
        if repeat is None and only == first_day:  # a one-off on that day: it goes
            s.delete(slot)
            return Unblocked(slot.title, only, "")
        if repeat is None or only < first_day or not (only == first_day
                                                      or repeat.happens_on(only)):
            said = translate("services", "\u201c{title}\u201d does not block {day}: it repeats "
                                         "{rule}.") if repeat is not None else \
                translate("services", "\u201c{title}\u201d does not block {day}: it is on "
                                      "{first}.")
            raise InputError(said.format(title=slot.title, day=long_date(only),
                                         rule=repeat.words(first_day) if repeat else "",
                                         first=long_date(first_day)))
        if only == first_day:
            moved = _first_after(repeat, first, first_day, tz)
            if moved is None:  # no day left: the series is over
                s.delete(slot)
                return Unblocked(slot.title, only, "")
            slot.start_ts, slot.end_ts = epoch(moved[0]), epoch(moved[1])
            new_first = moved[0].astimezone(tz).date()
            repeat = replace(repeat, skipped=frozenset(d for d in repeat.skipped
                                                       if d > new_first))
        else:
            repeat = repeat.without(only)
        slot.repeat_skipped = repeat.columns()["repeat_skipped"]
        s.add(slot)
        log.info("blocked slot %s: %s taken out", slot_id, only)
        return Unblocked(slot.title, only, repeat.words())


def _first_after(repeat: Repeat, first: tuple[datetime, datetime], day: date,
                 tz: ZoneInfo) -> tuple[datetime, datetime] | None:
    """The occurrence that becomes the series' first once `day` is taken out."""
    following = repeat.next_day(day)
    while following is not None:
        span = occurrence_on(following, *first, tz)
        if span is not None:
            return span
        following = repeat.next_day(following)
    return None
