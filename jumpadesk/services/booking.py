"""Appointments and blocked slots: checked and taken one at a time (issue 8).

A booking is three steps, each its own function: `reserve_appointment` checks the slot
and inserts the pending row in the booking transaction (no other booker, process or
desk can interleave); `write_reserved` writes it to iCloud once, after that transaction,
with the row already blocking the slot; `confirm` marks it written. If iCloud refuses,
the row goes; if its answer never arrives, the row stays unconfirmed and the next sync
finishes it (jumpadesk.sync.booking.finish_unconfirmed).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, delete, select

from jumpadesk import availability
from jumpadesk.availability import ScheduleItem, StaleCalendar
from jumpadesk.config import desk_name
from jumpadesk.errors import (
    BookingUnconfirmed,
    InputError,
    JumpadeskError,
    NoLinkedCalendar,
    NotFound,
    ServerUnreachable,
    SlotTaken,
)
from jumpadesk.kinds import NOT_CONFIRMED, AppointmentStatus, Reason, Role, Source
from jumpadesk.models import Appointment, BlockedSlot, Calendar, CalendarRole, SubAccount
from jumpadesk.models.db import is_overlap_refusal
from jumpadesk.models.locks import booking_transaction
from jumpadesk.models.reading import SessionReader
from jumpadesk.services import connections, schedule
from jumpadesk.services.contacts import Guest, contact_for
from jumpadesk.services.schedule import conflict_sentence, validate_span
from jumpadesk.services.store import Store
from jumpadesk.services.sub_accounts import sub_account, sub_named
from jumpadesk.sync.occurrences import epoch
from jumpadesk.wording import appointment_words

log = logging.getLogger("jumpadesk.services.booking")


def _sync_api():  # type: ignore[no-untyped-def]
    """The CalDAV stack, imported on first use: a command that only reads the store
    does not pay for it."""
    from jumpadesk.sync import api

    return api

NO_LINKED_CALENDAR = (
    "Choose a linked calendar first: it is where bookings are written "
    "(jumpadesk configure --linked NAME)."
)


class StaleData(JumpadeskError):
    """Booking would rely on calendars whose last sync failed; the person must confirm."""

    def __init__(self, stale: list[StaleCalendar], tz: ZoneInfo) -> None:
        lines = "; ".join(s.sentence(tz) for s in stale)
        super().__init__(
            f"The schedule may be out of date ({lines}). Confirm to book anyway."
        )
        self.stale = stale


def linked_calendar(session: Session, sub: SubAccount) -> Calendar | None:
    """The calendar the sub-account's bookings are written to, if one is chosen."""
    return session.exec(
        select(Calendar)
        .join(CalendarRole, CalendarRole.calendar_id == Calendar.id)  # type: ignore[arg-type]
        .where(CalendarRole.sub_account_id == sub.id)
        .where(CalendarRole.role == Role.LINKED)
    ).first()


def book(
    store: Store,
    sub_name: str,
    start: datetime,
    end: datetime,
    title: str,
    name: str = "",
    email: str = "",
    phone: str = "",
    *,
    sync_first: bool = True,
    allow_stale: bool = False,
) -> Appointment:
    """Check the slot against fresh busy time, write it to the linked calendar once,
    then keep it locally. Nothing is kept when the write is refused; when iCloud's
    answer never arrives it is kept as pending (BookingUnconfirmed) and the next sync
    finishes it with the same UID."""
    start, end = validate_span(start, end)
    title = title.strip()
    if not title:
        raise InputError("An appointment needs a title.")
    guest = Guest.checked(name, email, phone)
    sub = ready_to_book(store, sub_name, sync_first=sync_first, allow_stale=allow_stale)
    appt_id, linked = reserve_appointment(store, sub_name, start, end, title, guest)
    write_reserved(store, appt_id, sub, linked, guest)
    return confirm(store, appt_id, sub, guest)


def ready_to_book(
    store: Store, sub_name: str, *, sync_first: bool, allow_stale: bool
) -> SubAccount:
    """The sub-account, once it has a linked calendar and fresh data (a sync first,
    unless told not to). StaleData when some calendar is out of date and the person
    has not said to book anyway."""
    sub = sub_account(store, sub_name)
    with store.session() as s:
        linked = linked_calendar(s, sub_named(s, sub_name))
    if linked is None:
        raise NoLinkedCalendar(NO_LINKED_CALENDAR)
    if sync_first:
        report = connections.sync(store, sub_name)
        if not report.ok:
            log.warning("booking after a sync that failed: %s", "; ".join(report.failures()))
    stale = schedule.stale(store, sub_name)
    if stale and not allow_stale:
        raise StaleData(stale, ZoneInfo(sub.timezone))
    return sub


def reserve_appointment(
    store: Store, sub_name: str, start: datetime, end: datetime, title: str, guest: Guest,
) -> tuple[int, Calendar]:
    """Check the slot and insert the pending appointment in one write transaction
    that no other booker (process, window or desk) can interleave with: of any
    number of bookers of one slot, exactly one gets here first and the others see
    its row. Returns the appointment's id and the calendar it goes to."""
    with (store.errors(), refuse_overlaps(store, sub_name, start, end),
          booking_transaction(store.engine) as s):
        sub = sub_named(s, sub_name)
        linked = linked_calendar(s, sub)
        if linked is None:
            raise NoLinkedCalendar(NO_LINKED_CALENDAR)
        clashes = availability.conflicts_with(SessionReader(s), sub, start, end)
        if clashes:
            raise SlotTaken(conflict_sentence(ZoneInfo(sub.timezone), clashes), clashes)
        appt = Appointment(
            sub_account_id=sub.id,  # type: ignore[arg-type]
            calendar_id=linked.id, title=title,
            start_ts=epoch(start), end_ts=epoch(end),
            uid=f"{uuid.uuid4()}@jumpadesk",
            guest_name=guest.name, guest_email=guest.email, guest_phone=guest.phone,
        )
        s.add(appt)
        s.flush()
        log.info("appointment %s reserved in %r, pending iCloud", appt.id, sub_name)
        return appt.id, linked  # type: ignore[return-value]


def write_reserved(
    store: Store, appt_id: int, sub: SubAccount, linked: Calendar, guest: Guest
) -> None:
    """Write a reserved appointment to its calendar in iCloud, once. When iCloud's
    answer never arrives the row stays, unconfirmed (BookingUnconfirmed); any other
    failure takes the row away again."""
    try:
        with store.errors():
            _sync_api().write_appointment(store.engine, appt_id,
                                       client_factory=store.client_factory)
    except ServerUnreachable as exc:
        # The PUT may have been stored with its answer lost: forgetting the booking
        # would leave an event nobody can cancel, and the slot would look free here.
        _keep_unconfirmed(store, appt_id, sub, guest)
        raise BookingUnconfirmed(
            "The booking was sent, but iCloud's answer did not arrive (the connection "
            "broke off or iCloud could not be reached). It is kept as appointment "
            f"{appt_id}, not yet confirmed, so the time stays taken, and the next "
            f"sync finishes writing it to {linked.name}, never twice. Cancel it if it "
            "is not wanted.",
            appt_id,
        ) from exc
    except Exception:
        with store.session() as s:
            s.exec(delete(Appointment).where(Appointment.id == appt_id))  # type: ignore[arg-type]
        raise


def _keep_unconfirmed(store: Store, appt_id: int, sub: SubAccount, guest: Guest) -> None:
    with store.session() as s:
        row = s.get(Appointment, appt_id)
        assert row is not None
        if row.status == AppointmentStatus.PENDING:
            row.status = AppointmentStatus.UNCONFIRMED  # the next sync finishes it
        if guest:
            row.contact_id = contact_for(s, sub.id, guest)  # type: ignore[arg-type]
        s.add(row)
    log.warning("booking %s sent but not confirmed", appt_id)


def confirm(store: Store, appt_id: int, sub: SubAccount, guest: Guest) -> Appointment:
    """iCloud has the booking: it is written, and its guest is a contact."""
    with store.session() as s:
        appt = s.get(Appointment, appt_id)
        assert appt is not None
        if guest:
            appt.contact_id = contact_for(s, sub.id, guest)  # type: ignore[arg-type]
        if appt.status in NOT_CONFIRMED:
            appt.status = AppointmentStatus.WRITTEN
        s.add(appt)
        return appt


@contextmanager
def refuse_overlaps(store: Store, sub_name: str, start: datetime, end: datetime) -> Iterator[None]:
    """When the database itself refuses an overlap (PostgreSQL's last line of defence
    under the booking check), the person gets the usual sentence, not an error."""
    try:
        yield
    except IntegrityError as exc:
        if not is_overlap_refusal(exc):
            raise
        log.warning("the database refused an overlapping booking: %s", exc.orig)
        with store.session() as s:
            sub = sub_named(s, sub_name)
            clashes = availability.conflicts_with(SessionReader(s), sub, start, end)
            tz = ZoneInfo(sub.timezone)
        if clashes:
            raise SlotTaken(conflict_sentence(tz, clashes), clashes) from exc
        raise SlotTaken("That time is not free: another desk has just taken it.",
                        []) from exc


def appointment(store: Store, sub_name: str, appointment_id: int) -> Appointment:
    with store.session() as s:
        sub = sub_named(s, sub_name)
        appt = s.get(Appointment, appointment_id)
        if appt is None or appt.sub_account_id != sub.id:
            raise NotFound(f"There is no appointment {appointment_id} in {sub_name}.")
        return appt


def named(appt: Appointment, tz: ZoneInfo) -> str:
    """The appointment as a person knows it: title, guest and time, not its id."""
    return appointment_words(appt.title, appt.guest_name, datetime.fromtimestamp(
        appt.start_ts, UTC), datetime.fromtimestamp(appt.end_ts, UTC), tz)


def cancelled_by_words(appt: Appointment) -> str:
    """" by Front desk", " at this desk", or "" when no desk was recorded."""
    if not appt.cancelled_by:
        return ""
    return " at this desk" if appt.cancelled_by == desk_name() else f" by {appt.cancelled_by}"


def cancel(store: Store, sub_name: str, appointment_id: int) -> Appointment:
    """Take the booking out of iCloud (when it got there), then mark it cancelled,
    naming this desk as the one that did."""
    appt = appointment(store, sub_name, appointment_id)
    if appt.status == AppointmentStatus.CANCELLED:
        tz = ZoneInfo(sub_account(store, sub_name).timezone)
        raise InputError(f"{named(appt, tz)} was already cancelled{cancelled_by_words(appt)}.")
    if appt.href or appt.status in NOT_CONFIRMED:
        with store.errors():
            _sync_api().delete_appointment(store.engine, appointment_id,
                                        client_factory=store.client_factory)
    with store.session() as s:
        row = s.get(Appointment, appointment_id)
        assert row is not None
        row.status = AppointmentStatus.CANCELLED
        row.cancelled_by = desk_name()
        s.add(row)
        return row


def move_appointment(
    store: Store, sub_name: str, appointment_id: int, start: datetime, end: datetime,
    *, sync_first: bool = True, allow_stale: bool = False,
) -> Appointment:
    """Give a booked appointment a new time (a move or a resize). The check and the new
    times are one booking transaction, so the slot is held at the new time while iCloud
    is asked; then its event is changed in place (same UID, If-Match on its ETag). The
    old times are kept here, in memory, and put back when iCloud refuses: the old time
    is freed only once iCloud has accepted the new one. Like a booking, it syncs first
    (unless told not to) and raises StaleData on out-of-date calendars unless
    `allow_stale`."""
    start, end = validate_span(start, end)
    appointment(store, sub_name, appointment_id)  # NotFound before any network
    if sync_first:
        report = connections.sync(store, sub_name)
        if not report.ok:
            log.warning("moving after a sync that failed: %s", "; ".join(report.failures()))
    stale = schedule.stale(store, sub_name)
    if stale and not allow_stale:
        raise StaleData(stale, ZoneInfo(sub_account(store, sub_name).timezone))
    old = _reserve_move(store, sub_name, appointment_id, start, end)
    if old is None:
        return appointment(store, sub_name, appointment_id)  # the same time: nothing to do
    try:
        with store.errors():
            _sync_api().update_appointment(store.engine, appointment_id,
                                           client_factory=store.client_factory)
    except ServerUnreachable as exc:
        _restore_times(store, appointment_id, old)
        raise ServerUnreachable(
            f"iCloud could not be reached, so appointment {appointment_id} keeps its old "
            "time here. If the change got through before the connection broke off, iCloud "
            "shows the new time: look at it on the phone, then try again.") from exc
    except BaseException:
        _restore_times(store, appointment_id, old)
        raise
    log.info("appointment %s moved in %r", appointment_id, sub_name)
    return appointment(store, sub_name, appointment_id)


def _reserve_move(
    store: Store, sub_name: str, appointment_id: int, start: datetime, end: datetime
) -> tuple[int, int] | None:
    """Check the new time (the appointment itself aside) and put it on the row, in the
    booking transaction. Returns the old (start_ts, end_ts), or None when unchanged."""
    with (store.errors(), refuse_overlaps_except(store, sub_name, appointment_id, start, end),
          booking_transaction(store.engine) as s):
        sub = sub_named(s, sub_name)
        appt = s.get(Appointment, appointment_id)
        if appt is None or appt.sub_account_id != sub.id:
            raise NotFound(f"There is no appointment {appointment_id} in {sub_name}.")
        tz = ZoneInfo(sub.timezone)
        if appt.status == AppointmentStatus.CANCELLED:
            raise InputError(f"{named(appt, tz)} was cancelled{cancelled_by_words(appt)}; "
                             "book a new one.")
        if appt.status in NOT_CONFIRMED or not appt.href:
            raise InputError(
                f"{named(appt, tz)} is not yet confirmed by iCloud, so its time "
                "cannot be changed yet. Try again after the next sync.")
        old = (appt.start_ts, appt.end_ts)
        if old == (epoch(start), epoch(end)):
            return None
        clashes = _clashes_except(s, sub, appointment_id, start, end)
        if clashes:
            raise SlotTaken(conflict_sentence(ZoneInfo(sub.timezone), clashes), clashes)
        appt.start_ts, appt.end_ts = epoch(start), epoch(end)
        s.add(appt)
        log.info("appointment %s held at its new time, pending iCloud", appointment_id)
        return old


def _clashes_except(
    s: Session, sub: SubAccount, appointment_id: int, start: datetime, end: datetime
) -> list[ScheduleItem]:
    """What a booking of [start, end) would collide with, the appointment itself aside."""
    return [i for i in availability.conflicts_with(SessionReader(s), sub, start, end)
            if not (i.source == Source.APPOINTMENT and i.ref_id == appointment_id)]


@contextmanager
def refuse_overlaps_except(
    store: Store, sub_name: str, appointment_id: int, start: datetime, end: datetime
) -> Iterator[None]:
    """refuse_overlaps for a move: the database's own refusal, worded."""
    try:
        yield
    except IntegrityError as exc:
        if not is_overlap_refusal(exc):
            raise
        log.warning("the database refused an overlapping move: %s", exc.orig)
        with store.session() as s:
            sub = sub_named(s, sub_name)
            clashes = _clashes_except(s, sub, appointment_id, start, end)
            tz = ZoneInfo(sub.timezone)
        if clashes:
            raise SlotTaken(conflict_sentence(tz, clashes), clashes) from exc
        raise SlotTaken("That time is not free: another desk has just taken it.",
                        []) from exc


def _restore_times(store: Store, appointment_id: int, old: tuple[int, int]) -> None:
    """iCloud refused the new time: the appointment goes back to where it was."""
    with store.session() as s:
        row = s.get(Appointment, appointment_id)
        if row is not None:
            row.start_ts, row.end_ts = old
            s.add(row)
    log.warning("appointment %s not moved: iCloud refused; old time restored", appointment_id)


def block(store: Store, sub_name: str, start: datetime, end: datetime, title: str) -> BlockedSlot:
    """Keep time free of bookings, locally. Checked and inserted in the booking
    transaction: a blocked slot never lands on an appointment or another blocked
    slot of the sub-account (iCloud events under it are fine: both block)."""
    start, end = validate_span(start, end)
    title = title.strip() or "Blocked"
    with (store.errors(), refuse_overlaps(store, sub_name, start, end),
          booking_transaction(store.engine) as s):
        sub = sub_named(s, sub_name)
        clashes = [
            i for i in availability.conflicts_with(SessionReader(s), sub, start, end)
            if i.source in (Source.APPOINTMENT, Source.BLOCKED)
            or i.reason == Reason.SHARED_APPOINTMENT
        ]
        if clashes:
            raise SlotTaken(conflict_sentence(ZoneInfo(sub.timezone), clashes), clashes)
        slot = BlockedSlot(sub_account_id=sub.id, title=title,  # type: ignore[arg-type]
                           start_ts=epoch(start), end_ts=epoch(end))
        s.add(slot)
        s.flush()
        return slot


def unblock(store: Store, sub_name: str, slot_id: int) -> None:
    with store.session() as s:
        sub = sub_named(s, sub_name)
        slot = s.get(BlockedSlot, slot_id)
        if slot is None or slot.sub_account_id != sub.id:
            raise NotFound(f"There is no blocked slot {slot_id} in {sub_name}.")
        s.delete(slot)
