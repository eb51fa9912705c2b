"""What undoing a change made at this desk does: a cancel is booked again, a move moved
back, an edit written back; each checked as the change itself is, so an undo that
would now double book is refused with the usual sentence and changes nothing.

A step done is a record (`Undoable`): what kind of change it was, which appointment, in
words for the menu ("Cancel of Haircut · Ann Lee"), and how to undo it. The kinds here
are `CancelDone`, `MoveDone`, `EditDone` and `ReassignDone` (an appointment given to
another staff member); another kind joins by being one more record with the same
members.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from jumpadesk.config import desk_name
from jumpadesk.errors import (
    BookingUnconfirmed,
    InputError,
    JumpadeskError,
    NotFound,
    SlotTaken,
    StoreError,
)
from jumpadesk.kinds import AppointmentStatus
from jumpadesk.language import translate
from jumpadesk.models import Appointment, Calendar
from jumpadesk.models.locks import BookingWriter, booking_transaction, hold_schedule
from jumpadesk.rows import SubKey
from jumpadesk.services import connections, free, schedule
from jumpadesk.services.appointment_changes import move_appointment
from jumpadesk.services.appointment_edit import Details, write_details
from jumpadesk.services.booking import (
    StaleData,
    appointment,
    caldav_stack,
    clashes_aside,
    named,
    refuse_overlaps,
    server_of,
    unconfirmed_sentence,
)
from jumpadesk.services.reassign import reassign
from jumpadesk.services.schedule import conflict_sentence
from jumpadesk.services.store import Store
from jumpadesk.services.sub_accounts import sub_account, sub_named

__all__ = ["CancelDone", "EditDone", "MoveDone", "ReassignDone", "Undoable", "book_again",
           "undo"]

log = logging.getLogger("jumpadesk.services.undo")


class Undoable(Protocol):
    """A change made at this desk that can be undone."""

    @property
    def kind(self) -> str: ...  # "Cancel", "Move", "Edit", "Reassign"
    @property
    def appointment_id(self) -> int: ...
    @property
    def label(self) -> str: ...  # "Cancel of Haircut · Ann Lee"

    def undo(self, store: Store, *, allow_stale: bool = False) -> str: ...
    # done: a sentence; refused: raises (StaleData unless `allow_stale`)


def undo(store: Store, step: Undoable, *, allow_stale: bool = False) -> str:
    """Undo `step` (the Desk's face of it); the sentence of what was done. Like the
    change itself, it refuses with StaleData on out-of-date calendars unless
    `allow_stale`."""
    return step.undo(store, allow_stale=allow_stale)


def _fresh(store: Store, sub_name: SubKey, *, allow_stale: bool,
           sync_first: bool = True) -> None:
    """A sync first (unless told not to), as a booking does; StaleData when some
    calendar is still out of date and the person has not said to go ahead anyway."""
    if sync_first:
        report = connections.sync(store, sub_name)
        if not report.ok:
            log.warning("undoing after a sync that failed: %s", "; ".join(report.failures()))
    stale = schedule.stale(store, sub_name)
    if stale and not allow_stale:
        raise StaleData(stale, ZoneInfo(sub_account(store, sub_name).timezone),
                        translate("services", "Confirm to undo it anyway."))


def _label(kind: str, what: str) -> str:
    """The step as the menu names it: "Cancel of Haircut · Ann Lee", or only its kind."""
    if kind == "Cancel":
        said = (translate("services", "Cancel of {what}") if what
                else translate("services", "Cancel"))
    elif kind == "Move":
        said = translate("services", "Move of {what}") if what else translate("services", "Move")
    elif kind == "Reassign":
        said = (translate("services", "Reassignment of {what}") if what
                else translate("services", "Reassignment"))
    else:
        said = translate("services", "Edit of {what}") if what else translate("services", "Edit")
    return said.format(what=what)


def _what(what: str, appointment_id: int) -> str:
    """The appointment in words, or by its number when there are none."""
    return what or translate("services", "appointment {id}").format(id=appointment_id)


@dataclass(frozen=True)
class CancelDone:
    """An appointment cancelled; undone, it is booked again as it was."""

    sub: SubKey
    appointment_id: int
    what: str  # the appointment in words ("Haircut · Ann Lee")
    kind: str = "Cancel"

    @property
    def label(self) -> str:
        return _label(self.kind, self.what)

    def undo(self, store: Store, *, allow_stale: bool = False) -> str:
        book_again(store, self.sub, self.appointment_id, allow_stale=allow_stale)
        return translate("services", "Booked again: {what}.").format(
            what=_what(self.what, self.appointment_id))


@dataclass(frozen=True)
class MoveDone:
    """An appointment moved (or resized) from `start`..`end`; undone, it goes back."""

    sub: SubKey
    appointment_id: int
    what: str
    start: datetime
    end: datetime
    kind: str = "Move"

    @property
    def label(self) -> str:
        return _label(self.kind, self.what)

    def undo(self, store: Store, *, allow_stale: bool = False) -> str:
        move_appointment(store, self.sub, self.appointment_id, self.start, self.end,
                         allow_stale=allow_stale)
        return translate("services", "Moved back: {what}.").format(
            what=_what(self.what, self.appointment_id))


@dataclass(frozen=True)
class EditDone:
    """An appointment's details changed from `before` to `after`; undone, `before` is
    written back, only over `after` (not over a change made at another desk since)."""

    sub: SubKey
    appointment_id: int
    what: str
    before: Details
    after: Details
    kind: str = "Edit"

    @property
    def label(self) -> str:
        return _label(self.kind, self.what)

    def undo(self, store: Store, *, allow_stale: bool = False) -> str:
        if not self.before.blocks_like(self.after):  # a service's time back: as a booking
            _fresh(store, self.sub, allow_stale=allow_stale)
        write_details(store, self.sub, self.appointment_id, self.before, expect=self.after)
        return translate("services", "Changed back: {what}.").format(
            what=_what(self.what, self.appointment_id))


@dataclass(frozen=True)
class ReassignDone:
    """An appointment given by `previous` (at `start`..`end`) to `sub`; undone, it is
    given back to `previous` at those times, the way it was given (services/reassign.py:
    checked in `previous`'s booking transaction, written to its linked calendar and taken
    out of `sub`'s only once the server has it). `appointment_id` is the appointment as
    `sub` holds it now."""

    sub: SubKey
    appointment_id: int
    what: str
    previous: SubKey
    start: datetime
    end: datetime
    kind: str = "Reassign"

    @property
    def label(self) -> str:
        return _label(self.kind, self.what)

    @property
    def given_to(self) -> str:
        """Who has the appointment now, by name."""
        return str(self.sub)

    @property
    def given_back_to(self) -> str:
        """Who the undo gives it back to, by name."""
        return str(self.previous)

    def undo(self, store: Store, *, allow_stale: bool = False) -> str:
        reassign(store, self.sub, self.appointment_id, self.previous, self.start, self.end,
                 allow_stale=allow_stale)
        return translate("services", "Given back to {name}: {what}.").format(
            name=self.given_back_to, what=_what(self.what, self.appointment_id))


def book_again(store: Store, sub_name: SubKey, appointment_id: int, *,
               sync_first: bool = True, allow_stale: bool = False) -> Appointment:
    """Book a cancelled appointment again, as it was (its details, sub-account and
    calendar), the way a booking is made: after a sync, checked and held in the booking
    transaction (a time taken since is SlotTaken with the usual sentence, free starts
    named), then written to its calendar once (a new UID, If-None-Match). A refusal
    leaves it cancelled; a lost answer keeps it unconfirmed, holding its time."""
    appt = appointment(store, sub_name, appointment_id)  # NotFound before any network
    _fresh(store, sub_name, allow_stale=allow_stale, sync_first=sync_first)
    start = datetime.fromtimestamp(appt.start_ts, UTC)
    end = datetime.fromtimestamp(appt.end_ts, UTC)
    lead = timedelta(minutes=appt.buffer_before_minutes)
    tail = timedelta(minutes=appt.buffer_after_minutes)
    with BookingWriter(store.engine) as writer:
        try:
            with refuse_overlaps(store, sub_name, start - lead, end + tail,
                                 moving=appointment_id):
                _hold_again(store, sub_name, appointment_id, writer)
        except SlotTaken as taken:
            if not taken.conflicts:
                raise
            with store.errors(), store.reading_at_one_moment(sub_name) as (reader, sub):
                raise free.slot_taken(reader, sub, start, end, taken.conflicts,
                                      stale_after=store.settings.stale_after, lead=lead,
                                      tail=tail) from taken.__cause__
        _write_again(store, appointment_id)
    log.info("appointment %s booked again in %r", appointment_id, sub_name)
    return appointment(store, sub_name, appointment_id)


def _hold_again(store: Store, sub_name: SubKey, appointment_id: int,
                writer: BookingWriter) -> None:
    """Check the cancelled appointment's time (with its buffers) and hold it again,
    pending, under a new UID, in the booking transaction."""
    with store.errors(), booking_transaction(store.engine) as s:
        sub = sub_named(s, sub_name)
        assert sub.id is not None
        appt = s.get(Appointment, appointment_id)
        if appt is None or appt.sub_account_id != sub.id:
            raise NotFound(translate("services", "There is no appointment {id} in "
                                                 "{sub_account}.").format(id=appointment_id,
                                                                          sub_account=sub_name))
        hold_schedule(s, sub.id, writing_to=[appt.calendar_id])
        s.refresh(appt)  # as the locks leave it
        tz = ZoneInfo(sub.timezone)
        if appt.status != AppointmentStatus.CANCELLED:
            raise InputError(translate("services", "{appointment} is not cancelled, so there "
                                                   "is nothing to book again.").format(
                appointment=named(appt, tz)))
        start = datetime.fromtimestamp(appt.start_ts, UTC)
        end = datetime.fromtimestamp(appt.end_ts, UTC)
        clashes = clashes_aside(
            s, sub, start - timedelta(minutes=appt.buffer_before_minutes),
            end + timedelta(minutes=appt.buffer_after_minutes), aside=appointment_id)
        if clashes:
            raise SlotTaken(conflict_sentence(tz, clashes), clashes)
        writer.claim(appointment_id)
        # A new event: the old one was deleted, and its UID is not asked to come back.
        appt.uid, appt.href, appt.etag = f"{uuid.uuid4()}@jumpadesk", "", ""
        appt.status, appt.cancelled_by = AppointmentStatus.PENDING, ""
        s.add(appt)


def _write_again(store: Store, appointment_id: int) -> None:
    """Write the appointment held again to its calendar (see book_again)."""
    caldav = caldav_stack()
    try:
        with store.errors():
            caldav.write_appointment(store.engine, appointment_id,
                                     client_factory=store.client_factory)
        return
    except StoreError:
        raise
    except JumpadeskError as exc:
        refused = caldav.is_refusal(exc)
        with store.session() as s:
            row = s.get(Appointment, appointment_id)
            assert row is not None
            if refused:  # nothing there: it stays cancelled, as it was
                row.status, row.cancelled_by = AppointmentStatus.CANCELLED, desk_name()
            else:
                row.status = AppointmentStatus.UNCONFIRMED
            s.add(row)
            placed = s.get(Calendar, row.calendar_id) if row.calendar_id else None
            calendar = placed.name if placed is not None else translate("services", "its calendar")
        if refused:
            raise
        service = server_of(store, appointment_id)
        raise BookingUnconfirmed(
            unconfirmed_sentence(appointment_id, calendar,
                                 caldav.lost_answer(exc), service), appointment_id) from exc
