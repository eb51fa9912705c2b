"""Changing a booked appointment: moving it (or resizing it) and cancelling it, each
checked in the booking transaction like a booking (services/booking.py) and then asked
of its calendar's server. A move or a cancellation whose answer is lost keeps the
appointment, holding its time (both times, for a move), and says so; a refusal the
server states puts the appointment back as it was.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import select

from jumpadesk.config import desk_name
from jumpadesk.errors import (
    BookingUnconfirmed,
    ChangedOnServer,
    InputError,
    JumpadeskError,
    NotFound,
    ServerFailed,
    ServerUnreachable,
    SlotTaken,
    StoreError,
)
from jumpadesk.kinds import NOT_CONFIRMED, AppointmentStatus, Recheck
from jumpadesk.language import translate
from jumpadesk.models import Appointment
from jumpadesk.models.locks import BookingWriter, booking_transaction, hold_schedule
from jumpadesk.rows import SubKey
from jumpadesk.services import connections, schedule
from jumpadesk.services.booking import (
    StaleData,
    appointment,
    caldav_stack,
    cancelled_by_words,
    clashes_aside,
    linked_calendar,
    named,
    recheck_stack,
    refuse_overlaps,
    server_of,
    unquoted,
    when,
)
from jumpadesk.services.schedule import conflict_sentence, validate_span
from jumpadesk.services.store import Store
from jumpadesk.services.sub_accounts import sub_account, sub_named
from jumpadesk.sync.occurrences import epoch

__all__ = ["cancel", "move_appointment"]

log = logging.getLogger("jumpadesk.services.appointment_changes")


def cancel(store: Store, sub_name: SubKey, appointment_id: int) -> Appointment:
    """Take the booking out of iCloud (when it got there), then mark it cancelled,
    naming this desk as the one that did. A cancellation whose answer is lost is asked
    once more; when iCloud still does not answer, the appointment is kept, holding its
    time, and the sentence says so."""
    appt = appointment(store, sub_name, appointment_id)
    if appt.status == AppointmentStatus.CANCELLED:
        tz = ZoneInfo(sub_account(store, sub_name).timezone)
        raise InputError(translate("services", "{appointment} was already cancelled{by}.").format(
            appointment=named(appt, tz), by=cancelled_by_words(appt)))
    if appt.href or appt.status in NOT_CONFIRMED:
        with BookingWriter(store.engine) as writer:
            with store.errors():
                free = appt.status not in NOT_CONFIRMED or writer.claim(appointment_id)
            if not free:
                raise InputError(translate(
                    "services", "Appointment {id} is being written to {service} right now; "
                                "cancel it again in a moment.").format(
                    id=appointment_id, service=server_of(store, appointment_id)))
            _delete_from_icloud(store, appointment_id)
    with store.session() as s:
        row = s.get(Appointment, appointment_id)
        assert row is not None
        row.status = AppointmentStatus.CANCELLED
        row.cancelled_by = desk_name()
        s.add(row)
        return row


def delete_asking_twice(store: Store, appointment_id: int) -> JumpadeskError | None:
    """Delete the appointment's event (If-Match on its ETag: a second delete of a deleted
    event finds it gone), asking a second time when the server answers with an error; no
    answer at all is not waited for twice (the client retried a cut connection), and a
    refusal is not asked again. None once deleted, else what the server last did."""
    caldav = caldav_stack()
    failure: JumpadeskError | None = None
    for _attempt in range(2):
        try:
            with store.errors():
                caldav.delete_appointment(store.engine, appointment_id,
                                          client_factory=store.client_factory)
            return None
        except StoreError:
            raise
        except JumpadeskError as exc:
            failure = exc
            if caldav.is_refusal(exc) or not isinstance(exc, ServerFailed):
                break
    return failure


def _delete_from_icloud(store: Store, appointment_id: int) -> None:
    """Delete the appointment's event (`delete_asking_twice`); a refusal is raised as it
    is, a lost answer as the sentence that the time stays held."""
    caldav = caldav_stack()
    lost = delete_asking_twice(store, appointment_id)
    if lost is None:
        return
    if caldav.is_refusal(lost):
        raise lost
    log.warning("appointment %s: the answer to its cancellation was lost (%s)",
                appointment_id, type(lost).__name__)
    service = server_of(store, appointment_id)
    raise _lost_kind(lost)(translate(
        "services", "The cancellation was sent to {service}, but {service} has not confirmed it "
                    "({lost}); it may be cancelled there already. Appointment {id} is kept, and "
                    "its time stays held, until {service} confirms: cancel it again once "
                    "{service} answers.").format(
        service=service, lost=caldav.lost_answer(lost), id=appointment_id)) from lost


def _lost_kind(error: BaseException) -> type[JumpadeskError]:
    return ServerFailed if isinstance(error, ServerFailed) else ServerUnreachable


def move_appointment(
    store: Store, sub_name: SubKey, appointment_id: int, start: datetime, end: datetime,
    *, sync_first: bool = True, allow_stale: bool = False,
) -> Appointment:
    """Give a booked appointment a new time (a move or a resize). The check and the new
    times are one booking transaction, so the slot is held at the new time while iCloud
    is asked; then its event is changed in place (same UID, If-Match on its ETag).
    Meanwhile the row is pending, so the old time stays held too by the event as the
    last sync read it: the old time is freed only once iCloud has accepted the new
    one. A refusal puts the old times back. A lost answer is settled at once if it
    can be (after an error status the change is sent again; either way the event is
    looked at); when still unknown, both times stay held (BookingUnconfirmed) until
    iCloud answers (the next command, the window's retry, every sync). Like a booking,
    it syncs first (unless told not to) and raises StaleData on out-of-date calendars
    unless `allow_stale`."""
    start, end = validate_span(start, end)
    appointment(store, sub_name, appointment_id)  # NotFound before any network
    if sync_first:
        report = connections.sync(store, sub_name)
        if not report.ok:
            log.warning("moving after a sync that failed: %s", "; ".join(report.failures()))
    stale = schedule.stale(store, sub_name)
    if stale and not allow_stale:
        raise StaleData(stale, ZoneInfo(sub_account(store, sub_name).timezone))
    with BookingWriter(store.engine) as writer:
        old = _reserve_move(store, sub_name, appointment_id, start, end, writer)
        if old is None:
            return appointment(store, sub_name, appointment_id)  # the same time
        _change_in_icloud(store, sub_name, appointment_id, old)
    log.info("appointment %s moved in %r", appointment_id, sub_name)
    return appointment(store, sub_name, appointment_id)


def _change_in_icloud(store: Store, sub_name: SubKey, appointment_id: int,
                      old: tuple[int, int]) -> None:
    """The PUT of a move, and what follows from iCloud's answer (move_appointment)."""
    caldav = caldav_stack()
    try:
        with store.errors():
            caldav.update_appointment(store.engine, appointment_id,
                                   client_factory=store.client_factory)
        return
    except StoreError as exc:
        raise StoreError(f"{exc} " + translate(
            "services", "The new time of appointment {id} may be in its calendar already; both "
                        "times stay held until jumpadesk has asked again, as soon as the store "
                        "is back (the next command or sync does).").format(
            id=appointment_id)) from exc
    except JumpadeskError as exc:
        if caldav.is_refusal(exc):
            _restore_times(store, appointment_id, old)
            raise
        lost: JumpadeskError = exc
    _mark_unconfirmed(store, appointment_id)
    with store.errors():  # an error status: asked again; no answer: only looked at
        found = recheck_stack().recheck(store.engine, appointment_id,
                                   client_factory=store.client_factory,
                                   old_times=old, quick=True,
                                   after=None if isinstance(lost, ServerFailed) else lost)
    if found is None or found.outcome == Recheck.CONFIRMED:
        return
    tz = ZoneInfo(sub_account(store, sub_name).timezone)
    service = server_of(store, appointment_id)
    if found.outcome == Recheck.REFUSED:
        if (found.start_ts, found.end_ts) == old:
            raise _lost_kind(lost)(translate(
                "services", "{service} did not take the new time ({lost}) and still has the old "
                            "one, so appointment {id} keeps its old time here. Try "
                            "again.").format(service=service, lost=caldav.lost_answer(lost),
                                             id=appointment_id)) from lost
        raise ChangedOnServer(translate("services", "Appointment {id} was not moved: "
                                                    "{why}").format(
            id=appointment_id, why=unquoted(found.why))) from lost
    raise BookingUnconfirmed(translate(
        "services", "The new time was sent to {service}; {service} has not confirmed it yet "
                    "({why}). Appointment {id} is kept at the new time, {new}, and its old "
                    "time, {old}, stays held as {service} last showed it, until {service} "
                    "answers: jumpadesk asks again at the next command and at the next "
                    "sync.").format(
        service=service, why=found.why, id=appointment_id,
        new=when(found.start_ts, found.end_ts, tz), old=when(*old, tz)), appointment_id) from lost


def _mark_unconfirmed(store: Store, appointment_id: int) -> None:
    with store.session() as s:
        row = s.get(Appointment, appointment_id)
        assert row is not None
        row.status = AppointmentStatus.UNCONFIRMED
        s.add(row)
    log.warning("appointment %s: new time sent but not confirmed", appointment_id)


def _reserve_move(
    store: Store, sub_name: SubKey, appointment_id: int, start: datetime, end: datetime,
    writer: BookingWriter,
) -> tuple[int, int] | None:
    """Check the new time (the appointment itself aside) and put it on the row, pending
    and held by `writer`, in the booking transaction. Returns the old (start_ts,
    end_ts), or None when unchanged."""
    with (store.errors(), refuse_overlaps(store, sub_name, start, end, moving=appointment_id),
          booking_transaction(store.engine) as s):
        sub = sub_named(s, sub_name)
        assert sub.id is not None
        # Where the row is (not loaded before the locks, so it is read as they leave it);
        # one that lost its calendar is written to the linked one.
        placed = s.exec(select(Appointment.calendar_id)
                        .where(Appointment.id == appointment_id)).first()
        if placed is None:
            linked = linked_calendar(s, sub)
            placed = linked.id if linked is not None else None
        hold_schedule(s, sub.id, writing_to=[placed])
        appt = s.get(Appointment, appointment_id)
        if appt is None or appt.sub_account_id != sub.id:
            raise NotFound(translate("services", "There is no appointment {id} in "
                                                 "{sub_account}.").format(id=appointment_id,
                                                                          sub_account=sub_name))
        tz = ZoneInfo(sub.timezone)
        if appt.status == AppointmentStatus.CANCELLED:
            raise InputError(translate("services", "{appointment} was cancelled{by}; book a "
                                                   "new one.").format(
                appointment=named(appt, tz), by=cancelled_by_words(appt)))
        if appt.status in NOT_CONFIRMED or not appt.href:
            raise InputError(translate(
                "services", "{appointment} is not yet confirmed by its calendar's server, so its "
                            "time cannot be changed yet. Try again after the next sync.").format(
                appointment=named(appt, tz)))
        old = (appt.start_ts, appt.end_ts)
        if old == (epoch(start), epoch(end)):
            return None
        # Its service's buffers move with it and must be free at the new time too.
        clashes = clashes_aside(
            s, sub, start - timedelta(minutes=appt.buffer_before_minutes),
            end + timedelta(minutes=appt.buffer_after_minutes), aside=appointment_id)
        if clashes:
            raise SlotTaken(conflict_sentence(ZoneInfo(sub.timezone), clashes), clashes)
        writer.claim(appointment_id)
        appt.start_ts, appt.end_ts = epoch(start), epoch(end)
        appt.status = AppointmentStatus.PENDING
        s.add(appt)
        log.info("appointment %s held at its new time, pending iCloud", appointment_id)
        return old


def _restore_times(store: Store, appointment_id: int, old: tuple[int, int]) -> None:
    """iCloud refused the new time: the appointment goes back to where it was."""
    with store.session() as s:
        row = s.get(Appointment, appointment_id)
        if row is not None:
            row.start_ts, row.end_ts = old
            row.status = AppointmentStatus.WRITTEN
            s.add(row)
    log.warning("appointment %s not moved: iCloud refused; old time restored", appointment_id)
