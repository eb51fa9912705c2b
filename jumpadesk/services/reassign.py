"""Giving an appointment to another staff member (sub-account), optionally at a new time:
checked in the target's booking transaction like a booking (services/booking.py), then
asked of iCloud, failing closed.

- Both use the same linked calendar: one change in place (same href and UID, If-Match on
  its ETag), as a move (services/appointment_changes.move_appointment); a refusal puts it
  back with its staff member and times, a lost answer keeps it held until iCloud answers.
- Different calendars: the appointment is written to the target's linked calendar as a
  new event (If-None-Match, booking's own write) held by a row of the target's made in
  the booking transaction; only once iCloud has accepted it is the old event deleted
  (If-Match), and then the appointment, under its own id, is the target's. A refusal of
  the new event leaves everything where it was; a lost answer, or an old event that
  cannot be deleted, keeps both times held and says which appointment to cancel once
  iCloud answers.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from jumpadesk import availability
from jumpadesk.availability import ScheduleItem
from jumpadesk.errors import (
    BookingUnconfirmed,
    ChangedOnServer,
    InputError,
    JumpadeskError,
    NoLinkedCalendar,
    NotFound,
    ServerFailed,
    ServerUnreachable,
    SlotTaken,
    StoreError,
)
from jumpadesk.kinds import NOT_CONFIRMED, AppointmentStatus, Reason, Recheck
from jumpadesk.language import translate
from jumpadesk.models import Appointment, SubAccount
from jumpadesk.models.locks import BookingWriter, booking_transaction, hold_schedule
from jumpadesk.models.reading import SessionReader
from jumpadesk.rows import SubKey
from jumpadesk.services import appointment_changes, offered
from jumpadesk.services.booking import (
    Reserved,
    appointment,
    caldav_stack,
    cancelled_by_words,
    clashes_aside,
    confirm,
    linked_calendar,
    named,
    no_linked_calendar,
    ready_to_book,
    recheck_stack,
    refuse_overlaps,
    server_of,
    unquoted,
    when,
    write_reserved,
)
from jumpadesk.services.contacts import Guest
from jumpadesk.services.schedule import conflict_sentence, validate_span
from jumpadesk.services.store import Store
from jumpadesk.services.sub_accounts import sub_named
from jumpadesk.sync.occurrences import epoch

__all__ = ["reassign"]

log = logging.getLogger("jumpadesk.services.reassign")


def reassign(
    store: Store, from_sub: SubKey, appointment_id: int, to_sub: SubKey,
    start: datetime | None = None, end: datetime | None = None, *,
    sync_first: bool = True, allow_stale: bool = False,
) -> Appointment:
    """Give appointment `appointment_id` of `from_sub` to `to_sub`, at its own times or at
    [start, end). The target is checked as a booking is (its linked calendar, a sync first
    unless told not to, StaleData on calendars out of date unless `allow_stale`, SlotTaken
    when the time is not free there, its service's buffers counted). Returns the
    appointment as the target now has it (same id)."""
    appt = appointment(store, from_sub, appointment_id)  # NotFound before any network
    start = start or _instant(appt.start_ts)
    end = end or _instant(appt.end_ts)
    start, end = validate_span(start, end)
    with store.session() as s:
        source, target = sub_named(s, from_sub), sub_named(s, to_sub)
        linked = linked_calendar(s, target)
        target_name, source_name = target.name, source.name
    if target.id == source.id:
        if (epoch(start), epoch(end)) == (appt.start_ts, appt.end_ts):
            raise InputError(translate("services", "{appointment} is already with "
                                                   "{name}.").format(
                appointment=named(appt, ZoneInfo(source.timezone)), name=source_name))
        return appointment_changes.move_appointment(
            store, from_sub, appointment_id, start, end, sync_first=sync_first,
            allow_stale=allow_stale)
    if linked is None:
        raise NoLinkedCalendar(translate("services", "{name} has no linked calendar. "
                                                     "{then}").format(
            name=target_name, then=no_linked_calendar()))
    sub = ready_to_book(store, to_sub, sync_first=sync_first, allow_stale=allow_stale)
    with BookingWriter(store.engine) as writer:
        if linked.id == appt.calendar_id:
            old = _reserve_in_place(store, to_sub, appointment_id, source.id, start, end,
                                    writer)
            _change_in_place(store, appointment_id, old, sub)
        else:
            held = _reserve_copy(store, to_sub, appointment_id, source.id, start, end, writer)
            _write_copy(store, held, appointment_id, sub, source_name)
            _delete_old(store, appointment_id, held.appointment_id, source_name, target_name)
            _take_over(store, appointment_id, held.appointment_id)
    log.info("appointment %s given from %r to %r", appointment_id, from_sub, to_sub)
    return appointment(store, to_sub, appointment_id)


def _instant(ts: int) -> datetime:
    return datetime.fromtimestamp(ts, ZoneInfo("UTC"))


def _refuse_unoffered(s: Session, appt: Appointment, sub: SubAccount) -> None:
    """NotOffered when the appointment's service is one the target staff member does not
    offer, as the store says in the target's booking transaction."""
    if appt.service_name:
        now = {o.name: o for o in offered.services_in(SessionReader(s))}
        offered.refuse_unoffered(now.get(appt.service_name), sub.name)


def _checked_row(s: Session, appointment_id: int, source_id: int | None) -> Appointment:
    """The appointment as the locks leave it: still the source's, booked and confirmed."""
    appt = s.get(Appointment, appointment_id)
    if appt is None or appt.sub_account_id != source_id:
        raise NotFound(translate("services", "Appointment {id} is no longer with that staff "
                                             "member; another desk has just changed "
                                             "it.").format(id=appointment_id))
    source = s.get(SubAccount, source_id)
    tz = ZoneInfo(source.timezone if source is not None else "UTC")
    if appt.status == AppointmentStatus.CANCELLED:
        raise InputError(translate("services", "{appointment} was cancelled{by}; book a "
                                               "new one.").format(
            appointment=named(appt, tz), by=cancelled_by_words(appt)))
    if appt.status in NOT_CONFIRMED or not appt.href:
        raise InputError(translate(
            "services", "{appointment} is not yet confirmed by its calendar's server, so it "
                        "cannot be given to someone else yet. Try again after the next "
                        "sync.").format(appointment=named(appt, tz)))
    return appt


def _span(appt: Appointment, start: datetime, end: datetime) -> tuple[datetime, datetime]:
    """What the appointment keeps the staff member from: its time with its buffers."""
    return (start - timedelta(minutes=appt.buffer_before_minutes),
            end + timedelta(minutes=appt.buffer_after_minutes))


def _reserve_in_place(
    store: Store, to_sub: SubKey, appointment_id: int, source_id: int | None,
    start: datetime, end: datetime, writer: BookingWriter,
) -> tuple[int, int, int]:
    """The same calendar: the row becomes the target's at its new times, pending, in the
    target's booking transaction, checked with itself aside. Returns its old (sub-account,
    start, end)."""
    with (store.errors(), refuse_overlaps(store, to_sub, start, end, moving=appointment_id),
          booking_transaction(store.engine) as s):
        sub = sub_named(s, to_sub)
        assert sub.id is not None
        linked = linked_calendar(s, sub)
        hold_schedule(s, sub.id, writing_to=[linked.id if linked else None])
        appt = _checked_row(s, appointment_id, source_id)
        _refuse_unoffered(s, appt, sub)
        old = (appt.sub_account_id, appt.start_ts, appt.end_ts)
        appt.sub_account_id = sub.id
        appt.start_ts, appt.end_ts = epoch(start), epoch(end)
        appt.status = AppointmentStatus.PENDING
        s.add(appt)
        s.flush()  # now the target's own appointment: the check leaves exactly it aside
        clashes = clashes_aside(s, sub, *_span(appt, start, end), aside=appointment_id)
        if clashes:
            raise SlotTaken(conflict_sentence(ZoneInfo(sub.timezone), clashes), clashes)
        writer.claim(appointment_id)
        return old


def _change_in_place(store: Store, appointment_id: int, old: tuple[int, int, int],
                     sub: SubAccount) -> None:
    """The PUT of a reassignment within one calendar, and what follows from its answer."""
    caldav = caldav_stack()
    try:
        with store.errors():
            caldav.update_appointment(store.engine, appointment_id,
                                      client_factory=store.client_factory)
        return
    except StoreError:
        raise
    except JumpadeskError as exc:
        if caldav.is_refusal(exc):
            _put_back(store, appointment_id, old)
            raise
        lost: JumpadeskError = exc
    _set_status(store, appointment_id, AppointmentStatus.UNCONFIRMED)
    with store.errors():
        found = recheck_stack().recheck(
            store.engine, appointment_id, client_factory=store.client_factory,
            old_times=old[1:], quick=True,
            after=None if isinstance(lost, ServerFailed) else lost)
    if found is None or found.outcome == Recheck.CONFIRMED:
        return
    service = server_of(store, appointment_id)
    if found.outcome == Recheck.REFUSED:
        _put_back(store, appointment_id, old)
        raise ChangedOnServer(translate("services", "Appointment {id} stays where it was: "
                                                    "{why}").format(
            id=appointment_id, why=unquoted(found.why))) from lost
    tz = ZoneInfo(sub.timezone)
    raise BookingUnconfirmed(translate(
        "services", "The change was sent to {service}; {service} has not confirmed it yet "
                    "({why}). Appointment {id} is kept with {name}, {when}, and its old time "
                    "stays held as {service} last showed it, until {service} answers: "
                    "jumpadesk asks again at the next command and at the next sync.").format(
        service=service, why=found.why, id=appointment_id, name=sub.name,
        when=when(found.start_ts, found.end_ts, tz)), appointment_id) from lost


def _put_back(store: Store, appointment_id: int, old: tuple[int, int, int]) -> None:
    with store.session() as s:
        row = s.get(Appointment, appointment_id)
        if row is not None:
            row.sub_account_id, row.start_ts, row.end_ts = old
            row.status = AppointmentStatus.WRITTEN
            s.add(row)
    log.warning("appointment %s not given away: its server refused; put back", appointment_id)


def _set_status(store: Store, appointment_id: int, status: AppointmentStatus) -> None:
    with store.session() as s:
        row = s.get(Appointment, appointment_id)
        assert row is not None
        row.status = status
        s.add(row)


def _itself(item: ScheduleItem, appt: Appointment) -> bool:
    """Whether a shared booking in the target's schedule is the appointment being given
    (the target counts the source's linked calendar): it is not in its own way."""
    return (item.reason == Reason.SHARED_APPOINTMENT and item.calendar_id == appt.calendar_id
            and item.title == appt.title and epoch(item.start) == appt.start_ts
            and epoch(item.end) == appt.end_ts)


def _reserve_copy(
    store: Store, to_sub: SubKey, appointment_id: int, source_id: int | None,
    start: datetime, end: datetime, writer: BookingWriter,
) -> Reserved:
    """Another calendar: check the target's time and insert the row that holds it while
    the event is written to the target's calendar, in the target's booking transaction.
    The appointment itself stays the source's, holding its time, until then."""
    with (store.errors(), refuse_overlaps(store, to_sub, start, end),
          booking_transaction(store.engine) as s):
        sub = sub_named(s, to_sub)
        assert sub.id is not None
        linked = linked_calendar(s, sub)
        if linked is None:
            raise NoLinkedCalendar(no_linked_calendar())
        hold_schedule(s, sub.id, writing_to=[linked.id])
        appt = _checked_row(s, appointment_id, source_id)
        _refuse_unoffered(s, appt, sub)
        clashes = [i for i in availability.conflicts_with(SessionReader(s), sub,
                                                          *_span(appt, start, end))
                   if not _itself(i, appt)]
        if clashes:
            raise SlotTaken(conflict_sentence(ZoneInfo(sub.timezone), clashes), clashes)
        copy = Appointment(
            sub_account_id=sub.id, calendar_id=linked.id, contact_id=None, title=appt.title,
            start_ts=epoch(start), end_ts=epoch(end), uid=f"{uuid.uuid4()}@jumpadesk",
            guest_name=appt.guest_name, guest_email=appt.guest_email,
            guest_phone=appt.guest_phone, service_name=appt.service_name,
            buffer_before_minutes=appt.buffer_before_minutes,
            buffer_after_minutes=appt.buffer_after_minutes)
        s.add(copy)
        s.flush()
        assert copy.id is not None
        writer.claim(copy.id)
        return Reserved(copy.id, linked, availability.server_of(SessionReader(s), copy.id))


def _guest_of(store: Store, appointment_id: int) -> Guest:
    with store.session() as s:
        row = s.get(Appointment, appointment_id)
        assert row is not None
        return Guest(row.guest_name, row.guest_email, row.guest_phone)


def _write_copy(store: Store, held: Reserved, appointment_id: int, sub: SubAccount,
                source_name: str) -> None:
    """The new event in the target's calendar (booking's own write and its answers); a
    refusal or a lost answer leaves the appointment with its staff member."""
    guest = _guest_of(store, held.appointment_id)
    try:
        write_reserved(store, held.appointment_id, sub, held.calendar, guest, held.server)
    except BookingUnconfirmed as exc:
        raise BookingUnconfirmed(f"{exc} " + translate(
            "services", "Appointment {id} stays with {name}, holding its time, until then; "
                        "cancel one of the two once {service} answers.").format(
            id=appointment_id, name=source_name, service=held.server),
            exc.appointment_id) from exc
    except StoreError:
        raise
    except JumpadeskError as exc:
        raise _prefixed(exc, translate(  # noqa: B904 (the same error, said fully)
            "services", "Appointment {id} stays with {name}:").format(
            id=appointment_id, name=source_name))
    confirm(store, held.appointment_id, sub, guest)


def _delete_old(store: Store, appointment_id: int, copy_id: int, source_name: str,
                target_name: str) -> None:
    """The old event out of the source's calendar, once the new one is in the target's;
    an error status is asked once more. When it cannot be deleted, both stay held."""
    caldav = caldav_stack()
    failure = appointment_changes.delete_asking_twice(store, appointment_id)
    if failure is None:
        return
    service = server_of(store, appointment_id)
    log.warning("appointment %s given as %s, its old event not deleted (%s)", appointment_id,
                copy_id, type(failure).__name__)
    names = {"target": target_name, "copy": copy_id, "service": service,
             "source": source_name, "id": appointment_id}
    if caldav.is_refusal(failure):
        raise _prefixed(failure, translate(
            "services", "The appointment is now with {target} (appointment {copy}), but "
                        "{service} refused to take it out of {source}'s calendar, so "
                        "appointment {id} is still held for {source} too:").format(
            **names)) from failure
    raise _lost_kind(failure)(translate(
        "services", "The appointment is now with {target} (appointment {copy}), but {service} "
                    "did not confirm taking it out of {source}'s calendar ({lost}), so "
                    "appointment {id} is still held for {source} too: cancel it there once "
                    "{service} answers.").format(lost=caldav.lost_answer(failure),
                                                 **names)) from failure


def _prefixed(error: JumpadeskError, words: str) -> JumpadeskError:
    """The same refusal, its sentence after `words` (what became of the appointment)."""
    if len(error.args) == 1 and isinstance(error.args[0], str):
        error.args = (f"{words} {error.args[0]}",)
    return error


def _lost_kind(error: BaseException) -> type[JumpadeskError]:
    return ServerFailed if isinstance(error, ServerFailed) else ServerUnreachable


def _take_over(store: Store, appointment_id: int, copy_id: int) -> None:
    """The old event is gone: the appointment, under its own id, becomes the new event's
    (the target's, in the target's calendar), and the row that held it goes."""
    with store.session() as s:
        old = s.get(Appointment, appointment_id)
        copy = s.get(Appointment, copy_id)
        assert old is not None and copy is not None
        taken = (copy.sub_account_id, copy.calendar_id, copy.contact_id, copy.uid, copy.href,
                 copy.etag, copy.start_ts, copy.end_ts)
        s.delete(copy)
        s.flush()  # gone before the appointment takes its place (the overlap constraint)
        (old.sub_account_id, old.calendar_id, old.contact_id, old.uid, old.href, old.etag,
         old.start_ts, old.end_ts) = taken
        old.status = AppointmentStatus.WRITTEN
        old.cancelled_by = ""
        s.add(old)
