"""Appointments and blocked slots: checked and taken one at a time (issue 8).

A booking is three steps, each its own function: `reserve_appointment` checks the slot
and inserts the pending row in the booking transaction (no other booker, process or
desk can interleave); `write_reserved` writes it to iCloud once, after that transaction,
with the row already blocking the slot; `confirm` marks it written. The booker holds
the booking (models.locks.BookingWriter) from before its row can be seen until then.

Only a refusal iCloud states takes the row away. An answer that is lost (an error
status, a cut connection, no answer) leaves it "unconfirmed", holding its time: it is
asked about again with the same UID (at once after an error status; then by the next
command, the window's retry and every sync: `finish_unconfirmed`), and let go only when
iCloud refuses it or shows it is not there. A store that goes away while iCloud is
asked leaves the row pending with nobody holding it, and the first of those to reach
the store again finishes it. Moving and cancelling a booked appointment are
services/appointment_changes.py.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from types import ModuleType
from typing import TYPE_CHECKING, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, delete, select

from jumpadesk import availability
from jumpadesk.availability import ScheduleItem, StaleCalendar
from jumpadesk.config import desk_name
from jumpadesk.errors import (
    BookingUnconfirmed,
    InputError,
    JumpadeskError,
    NoLinkedCalendar,
    NotFound,
    ServerFailed,
    SlotTaken,
    StoreError,
    WriteRefused,
)
from jumpadesk.kinds import NOT_CONFIRMED, AppointmentStatus, Reason, Recheck, Role, Source
from jumpadesk.language import translate
from jumpadesk.models import (
    Appointment,
    BlockedSlot,
    Calendar,
    CalendarRole,
    SubAccount,
)
from jumpadesk.models.db import is_overlap_refusal
from jumpadesk.models.locks import BookingWriter, booking_transaction, hold_schedule
from jumpadesk.models.reading import SessionReader
from jumpadesk.rows import SubKey
from jumpadesk.services import connections, free, offered, schedule, service_list
from jumpadesk.services.contacts import Guest, contact_for
from jumpadesk.services.schedule import conflict_sentence, validate_span
from jumpadesk.services.store import Store
from jumpadesk.services.sub_accounts import sub_account, sub_named
from jumpadesk.sync.occurrences import epoch
from jumpadesk.wording import appointment_words, day_month, stale_lines

if TYPE_CHECKING:  # the CalDAV stack is imported when a booking first needs it
    from jumpadesk.sync.report import Rechecked

log = logging.getLogger("jumpadesk.services.booking")


def caldav_stack() -> ModuleType:
    """jumpadesk.sync.booking (writing to iCloud), imported on first use: a command that
    only reads the store does not pay for the CalDAV stack."""
    from jumpadesk.sync import booking as caldav

    return caldav


def recheck_stack() -> ModuleType:
    """jumpadesk.sync.recheck (settling bookings whose answer was lost), imported on first
    use, as caldav_stack."""
    from jumpadesk.sync import recheck

    return recheck

#: English, kept for callers that name it; what is said is no_linked_calendar().
NO_LINKED_CALENDAR = (
    "Choose a linked calendar first: it is where bookings are written "
    "(jumpadesk configure --linked NAME)."
)


def no_linked_calendar() -> str:
    return translate("services", "Choose a linked calendar first: it is where bookings are "
                                 "written (jumpadesk configure --linked NAME).")


class StaleData(JumpadeskError):
    """Booking would rely on calendars whose last sync failed; the person must confirm."""

    def __init__(self, stale: list[StaleCalendar], tz: ZoneInfo,
                 anyway: str = "") -> None:
        lines = "; ".join(stale_lines(stale, tz))
        super().__init__(translate("services", "The schedule may be out of date ({calendars}). "
                                               "{anyway}").format(
            calendars=lines, anyway=anyway or translate("services", "Confirm to book anyway.")))
        self.stale = stale
        self.tz = tz

    def saying(self, anyway: str) -> StaleData:
        """The same refusal, with how to go ahead in the asker's words (the command
        line names its flag)."""
        return StaleData(self.stale, self.tz, anyway)


def linked_calendar(session: Session, sub: SubAccount) -> Calendar | None:
    """The calendar the sub-account's bookings are written to, if one is chosen."""
    return session.exec(
        select(Calendar)
        .join(CalendarRole, col(CalendarRole.calendar_id) == Calendar.id)
        .where(CalendarRole.sub_account_id == sub.id)
        .where(CalendarRole.role == Role.LINKED)
    ).first()


def book(
    store: Store,
    sub_name: SubKey,
    start: datetime,
    end: datetime | None,
    title: str,
    name: str = "",
    email: str = "",
    phone: str = "",
    *,
    sync_first: bool = True,
    allow_stale: bool = False,
    service: str | None = None,
) -> Appointment:
    """Check the slot against fresh busy time, write it to the linked calendar once,
    then keep it locally. Nothing is kept when iCloud refuses the write; when its
    answer is lost the booking is kept unconfirmed, holding its time
    (BookingUnconfirmed), and finished later with the same UID; when the store goes
    away meanwhile, the StoreError says the booking may be in iCloud.

    With `service` (a name in the services list, offered.py): the end is the start plus
    its length unless given, the title its name unless given, and its buffers are kept
    on the appointment and must be free too (iCloud's event spans only the service). A
    service the staff member does not offer is refused (offered.NotOffered)."""
    offer = service_list.service_named(store, service) if service is not None else None
    if end is None:
        if offer is None:
            raise InputError(translate("services", "An appointment needs an end, or a service "
                                                   "to take it from."))
        end = start + offer.length
    start, end = validate_span(start, end)
    title = title.strip() or (offer.name if offer is not None else "")
    if not title:
        raise InputError(translate("services", "An appointment needs a title."))
    guest = Guest.checked(name, email, phone)
    if offer is not None and offer.staff:  # refused before a sync: not theirs to book
        offered.refuse_unoffered(offer, sub_account(store, sub_name).name)
    sub = ready_to_book(store, sub_name, sync_first=sync_first, allow_stale=allow_stale)
    with BookingWriter(store.engine) as writer:
        # The server is named now, in the booking transaction: the store may go away.
        appt_id, linked, service = reserve_appointment(store, sub_name, start, end, title,
                                                       guest, writer=writer, service=offer)
        try:
            write_reserved(store, appt_id, sub, linked, guest, service)
            return confirm(store, appt_id, sub, guest)
        except StoreError as exc:
            raise StoreError(f"{exc} {may_be_in_icloud(appt_id, title, service)}") from exc


def may_be_in_icloud(appt_id: int, title: str, service: str = "iCloud") -> str:
    """What became of a booking when the store went away while its server was asked."""
    return translate("services", "The booking \u201c{title}\u201d may be in {service} already: it "
                                 "is kept as appointment {id}, and its time stays held; "
                                 "jumpadesk finishes it with {service}, never twice, as soon as "
                                 "the store is back (the next command or sync does).").format(
        title=title, service=service, id=appt_id)


def server_of(store: Store, appointment_id: int) -> str:
    """The name of the server an appointment goes to, for a sentence when its server's
    answer was lost (availability.server_of, the one rule)."""
    with store.errors(), store.session() as s:
        return availability.server_of(SessionReader(s), appointment_id)


class Reserved(NamedTuple):
    """A booking reserved: its appointment, the calendar it goes to and that calendar's
    server in words (availability.appointment_server)."""

    appointment_id: int
    calendar: Calendar
    server: str


def unconfirmed_sentence(appt_id: int, calendar: str, why: str,
                         service: str = "iCloud") -> str:
    """A booking whose answer was lost: what is known, and what happens next."""
    return translate("services", "Sent to {service}; {service} has not confirmed it yet "
                                 "({why}). It is kept as appointment {id}, not yet confirmed, "
                                 "and the time stays held: jumpadesk asks {calendar} again with "
                                 "the same booking at the next command and at the next sync, "
                                 "and never books it twice. Cancel it if it is not "
                                 "wanted.").format(service=service, why=why, id=appt_id,
                                                   calendar=calendar)


def ready_to_book(
    store: Store, sub_name: SubKey, *, sync_first: bool, allow_stale: bool
) -> SubAccount:
    """The sub-account, once it has a linked calendar and fresh data (a sync first,
    unless told not to). StaleData when some calendar is out of date and the person
    has not said to book anyway."""
    sub = sub_account(store, sub_name)
    with store.session() as s:
        linked = linked_calendar(s, sub_named(s, sub_name))
    if linked is None:
        raise NoLinkedCalendar(no_linked_calendar())
    if sync_first:
        report = connections.sync(store, sub_name)
        if not report.ok:
            log.warning("booking after a sync that failed: %s", "; ".join(report.failures()))
    stale = schedule.stale(store, sub_name)
    if stale and not allow_stale:
        raise StaleData(stale, ZoneInfo(sub.timezone))
    return sub


def reserve_appointment(
    store: Store, sub_name: SubKey, start: datetime, end: datetime, title: str, guest: Guest,
    *, writer: BookingWriter | None = None, service: offered.Offered | None = None,
) -> Reserved:
    """Check the slot and insert the pending appointment in one booking transaction
    that no booker it could collide with (process, window or desk) can interleave with
    (models.locks: this sub-account's, and any whose calendars it writes to or reads
    from): of any number of bookers of one slot, exactly one gets here first and the
    others see its row. With `writer`, the booking is held before anyone can see it.
    Returns the appointment's id, the calendar it goes to and its server. A time taken is
    refused naming the nearest free starts (read after the booking transaction, not
    holding it)."""
    lead, tail = offered.buffers_of(service)
    try:
        return _reserve(store, sub_name, start, end, title, guest, writer, service)
    except SlotTaken as taken:
        if not taken.conflicts:
            raise
        with store.errors(), store.reading_at_one_moment(sub_name) as (reader, sub):
            raise free.slot_taken(reader, sub, start, end, taken.conflicts,
                                  stale_after=store.settings.stale_after, lead=lead,
                                  tail=tail) from taken.__cause__


def _reserve(
    store: Store, sub_name: SubKey, start: datetime, end: datetime, title: str, guest: Guest,
    writer: BookingWriter | None, service: offered.Offered | None = None,
) -> Reserved:
    # What the booking keeps from others: the service with its buffers around it.
    lead, tail = offered.buffers_of(service)
    with (store.errors(), refuse_overlaps(store, sub_name, start - lead, end + tail),
          booking_transaction(store.engine) as s):
        sub = sub_named(s, sub_name)
        assert sub.id is not None
        if service is not None:  # who offers it, as the store says now
            now = {o.name: o for o in offered.services_in(SessionReader(s))}
            offered.refuse_unoffered(now.get(service.name), sub.name)
        linked = linked_calendar(s, sub)
        if linked is None:
            raise NoLinkedCalendar(no_linked_calendar())
        hold_schedule(s, sub.id, writing_to=[linked.id])
        clashes = availability.conflicts_with(SessionReader(s), sub, start - lead, end + tail)
        if clashes:
            raise SlotTaken(conflict_sentence(ZoneInfo(sub.timezone), clashes), clashes)
        appt = Appointment(
            sub_account_id=sub.id,
            calendar_id=linked.id, title=title,
            start_ts=epoch(start), end_ts=epoch(end),
            uid=f"{uuid.uuid4()}@jumpadesk",
            guest_name=guest.name, guest_email=guest.email, guest_phone=guest.phone,
            service_name=service.name if service is not None else "",
            buffer_before_minutes=int(lead.total_seconds() // 60),
            buffer_after_minutes=int(tail.total_seconds() // 60),
            booked_by=desk_name(),
        )
        s.add(appt)
        s.flush()
        assert appt.id is not None  # flushed, so the store gave it its id
        if writer is not None:
            writer.claim(appt.id)
        log.info("appointment %s reserved in %r, pending iCloud", appt.id, sub_name)
        return Reserved(appt.id, linked, availability.server_of(SessionReader(s), appt.id))


def write_reserved(
    store: Store, appt_id: int, sub: SubAccount, linked: Calendar, guest: Guest,
    service: str | None = None,
) -> None:
    """Write a reserved appointment to its calendar in iCloud. A refusal iCloud states
    takes the row away (raised). A lost answer leaves the row unconfirmed; an error
    status (iCloud answers, wrongly) is asked about again at once with the same UID, and
    settled either way; otherwise (and when still unsettled) BookingUnconfirmed, the
    time held. No answer at all is not waited for twice: the client has already sent
    the PUT again on a cut connection, and the next command or sync asks. A StoreError
    is raised as it is (the caller words it)."""
    caldav = caldav_stack()
    try:
        with store.errors():
            caldav.write_appointment(store.engine, appt_id, client_factory=store.client_factory)
        return
    except StoreError:
        raise
    except JumpadeskError as exc:
        if caldav.is_refusal(exc):
            _forget(store, appt_id)
            raise
        lost: BaseException = exc
    except Exception:  # a bug after the request may have gone out: held, not forgotten
        _keep_unconfirmed(store, appt_id, sub, guest)
        raise
    # The PUT may have been stored with its answer lost: forgetting the booking would
    # leave an event nobody can cancel, and the slot would look free here.
    _keep_unconfirmed(store, appt_id, sub, guest)
    service = service or server_of(store, appt_id)
    if not isinstance(lost, ServerFailed):
        raise BookingUnconfirmed(
            unconfirmed_sentence(appt_id, linked.name, caldav.lost_answer(lost), service),
            appt_id) from lost
    with store.errors():
        found = recheck_stack().recheck(store.engine, appt_id, client_factory=store.client_factory,
                                   quick=True)
    if found is None or found.outcome == Recheck.CONFIRMED:
        return
    if found.outcome == Recheck.REFUSED:
        _forget(store, appt_id)
        if found.why.endswith("."):  # iCloud's refusal, in its sentence
            raise WriteRefused(found.why) from lost
        raise WriteRefused(translate("services", "{service} did not take the booking: "
                                                 "{lost}, and {why}. Nothing was booked; try "
                                                 "again.").format(
            service=service, lost=caldav.lost_answer(lost), why=found.why)) from lost
    raise BookingUnconfirmed(
        unconfirmed_sentence(appt_id, linked.name, found.why or caldav.lost_answer(lost),
                             service), appt_id) from lost


def unquoted(why: str) -> str:
    """A reason as the end of a sentence."""
    why = why.strip()
    return why if why.endswith(".") else why + "."


def _forget(store: Store, appt_id: int) -> None:
    with store.session() as s:
        s.exec(delete(Appointment).where(col(Appointment.id) == appt_id))


def _keep_unconfirmed(store: Store, appt_id: int, sub: SubAccount, guest: Guest) -> None:
    with store.session() as s:
        row = s.get(Appointment, appt_id)
        assert row is not None
        if row.status == AppointmentStatus.PENDING:
            row.status = AppointmentStatus.UNCONFIRMED  # sent; how iCloud took it, unknown
        if guest:
            assert sub.id is not None  # a stored sub-account's
            row.contact_id = contact_for(s, sub.id, guest)
        s.add(row)
    log.warning("booking %s sent but not confirmed", appt_id)


def finish_unconfirmed(store: Store, *, quick: bool = True) -> list[Rechecked]:
    """Ask iCloud again about every booking (of any sub-account) left unconfirmed, or
    pending with nobody writing it: what the command line does before a command and
    the window on its retry timer. `quick`: one try each, for a command that waits."""
    with store.errors():
        return recheck_stack().finish_unconfirmed(store.engine, quick=quick,
                                            client_factory=store.client_factory)


def settle_unconfirmed(store: Store) -> list[str]:
    """finish_unconfirmed, quickly, and a sentence for each booking it settled (the
    ones still unsure go unsaid: they are as they were)."""
    return [recheck_sentence(store, found) for found in finish_unconfirmed(store)
            if found.outcome != Recheck.UNSURE]


def recheck_sentence(store: Store, found: Rechecked) -> str:
    """One sentence for what checking an unconfirmed booking again found."""
    with store.session() as s:
        sub = s.get(SubAccount, found.sub_account_id)
        tz = ZoneInfo(sub.timezone if sub is not None else "UTC")
        service = availability.server_of(SessionReader(s), found.appointment_id)
    names = {"title": found.title, "id": found.appointment_id, "service": service,
             "when": when(found.start_ts, found.end_ts, tz), "why": unquoted(found.why),
             "where": found.calendar or service}
    if found.outcome == Recheck.CONFIRMED:
        said = translate("services", "\u201c{title}\u201d (appointment {id}, {when}) is now "
                                     "confirmed: {where} has it.")
    elif found.outcome == Recheck.REFUSED and found.change:
        said = translate("services", "\u201c{title}\u201d (appointment {id}, {when}) was not "
                                     "moved; it stays where {service} has it: {why}")
    elif found.outcome == Recheck.REFUSED:
        said = translate("services", "\u201c{title}\u201d (appointment {id}, {when}) is not in "
                                     "{service}, so its time is free again: {why}")
    else:
        names["why"] = found.why
        said = translate("services", "\u201c{title}\u201d (appointment {id}, {when}) is still not "
                                     "confirmed by {service} ({why}); the time stays held and "
                                     "jumpadesk asks again at the next command and sync.")
    return said.format(**names)


def when(start_ts: int, end_ts: int, tz: ZoneInfo) -> str:
    """"Wed 2 Dec 10:00–11:00" in the business's zone."""
    start = datetime.fromtimestamp(start_ts, UTC).astimezone(tz)
    end = datetime.fromtimestamp(end_ts, UTC).astimezone(tz)
    last = f"{end:%H:%M}" if end.date() == start.date() else f"{day_month(end)} {end:%H:%M}"
    return f"{day_month(start)} {start:%H:%M}–{last}"


def confirm(store: Store, appt_id: int, sub: SubAccount, guest: Guest) -> Appointment:
    """iCloud has the booking: it is written, and its guest is a contact."""
    with store.session() as s:
        appt = s.get(Appointment, appt_id)
        assert appt is not None
        if guest:
            assert sub.id is not None  # a stored sub-account's
            appt.contact_id = contact_for(s, sub.id, guest)
        if appt.status in NOT_CONFIRMED:
            appt.status = AppointmentStatus.WRITTEN
        s.add(appt)
        return appt


def clashes_aside(s: Session, sub: SubAccount, start: datetime, end: datetime,
                  aside: int | None = None) -> list[ScheduleItem]:
    """What a booking of [start, end) would collide with (availability.conflicts_with),
    the appointment `aside` (one being moved) left out."""
    return [i for i in availability.conflicts_with(SessionReader(s), sub, start, end)
            if not (aside is not None and i.source == Source.APPOINTMENT
                    and i.ref_id == aside)]


@contextmanager
def refuse_overlaps(store: Store, sub_name: SubKey, start: datetime, end: datetime, *,
                    moving: int | None = None) -> Iterator[None]:
    """When the database itself refuses an overlap (PostgreSQL's last line of defence
    under the booking check), the person gets the usual sentence, not an error; for a
    move, the appointment `moving` is not what it overlaps."""
    try:
        yield
    except IntegrityError as exc:
        if not is_overlap_refusal(exc):
            raise
        log.warning("the database refused an overlapping %s: %s",
                    "move" if moving is not None else "booking", exc.orig)
        with store.session() as s:
            sub = sub_named(s, sub_name)
            clashes = clashes_aside(s, sub, start, end, moving)
            tz = ZoneInfo(sub.timezone)
        if clashes:
            raise SlotTaken(conflict_sentence(tz, clashes), clashes) from exc
        raise SlotTaken(translate("services", "That time is not free: another desk has just "
                                              "taken it."), []) from exc


def appointment(store: Store, sub_name: SubKey, appointment_id: int) -> Appointment:
    with store.session() as s:
        sub = sub_named(s, sub_name)
        appt = s.get(Appointment, appointment_id)
        if appt is None or appt.sub_account_id != sub.id:
            raise NotFound(translate("services", "There is no appointment {id} in "
                                                 "{sub_account}.").format(id=appointment_id,
                                                                          sub_account=sub_name))
        return appt


def named(appt: Appointment, tz: ZoneInfo) -> str:
    """The appointment as a person knows it: title, guest and time, not its id."""
    return appointment_words(appt.title, appt.guest_name, datetime.fromtimestamp(
        appt.start_ts, UTC), datetime.fromtimestamp(appt.end_ts, UTC), tz)


def cancelled_by_words(appt: Appointment) -> str:
    """" by Front desk", " at this desk", or "" when no desk was recorded."""
    if not appt.cancelled_by:
        return ""
    return " " + translate("services", "at this desk") if appt.cancelled_by == desk_name() \
        else " " + translate("services", "by {desk}").format(desk=appt.cancelled_by)


def block(store: Store, sub_name: SubKey, start: datetime, end: datetime,
          title: str) -> BlockedSlot:
    """Keep time free of bookings, locally. Checked and inserted in the booking
    transaction: a blocked slot never lands on an appointment or another blocked
    slot of the sub-account (iCloud events under it are fine: both block)."""
    start, end = validate_span(start, end)
    title = title.strip() or "Blocked"
    with (store.errors(), refuse_overlaps(store, sub_name, start, end),
          booking_transaction(store.engine) as s):
        sub = sub_named(s, sub_name)
        assert sub.id is not None
        hold_schedule(s, sub.id)
        clashes = [
            i for i in availability.conflicts_with(SessionReader(s), sub, start, end)
            if i.source in (Source.APPOINTMENT, Source.BLOCKED)
            or i.reason == Reason.SHARED_APPOINTMENT
        ]
        if clashes:
            raise SlotTaken(conflict_sentence(ZoneInfo(sub.timezone), clashes), clashes)
        slot = BlockedSlot(sub_account_id=sub.id, title=title,
                           start_ts=epoch(start), end_ts=epoch(end))
        s.add(slot)
        s.flush()
        return slot


def unblock(store: Store, sub_name: SubKey, slot_id: int) -> None:
    with store.session() as s:
        sub = sub_named(s, sub_name)
        slot = s.get(BlockedSlot, slot_id)
        if slot is None or slot.sub_account_id != sub.id:
            raise NotFound(translate("services", "There is no blocked slot {id} in "
                                                 "{sub_account}.").format(id=slot_id,
                                                                          sub_account=sub_name))
        s.delete(slot)
