"""Correcting what a booked appointment says: its title, guest, email, phone, notes or
service, changed in place in its calendar (same UID, If-Match on the ETag held), the
way a move changes its time (services/appointment_changes.py).

The new details go on the row, pending, in the booking transaction (checked like a
booking when a service of another length or other buffers makes it block other time);
then its event is written. A refusal (the phone changed it meanwhile: a 412) puts the
old details back and says so in one sentence; a lost answer is asked about again, and
when still unknown the appointment is kept with the new details, unconfirmed, until
iCloud answers (sync/recheck.py). The guest's contact follows a confirmed edit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import select

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
from jumpadesk.models import Appointment, Contact
from jumpadesk.models.locks import BookingWriter, booking_transaction, hold_schedule
from jumpadesk.rows import SubKey
from jumpadesk.services import connections, offered, schedule, service_list
from jumpadesk.services.booking import (
    StaleData,
    appointment,
    caldav_stack,
    cancelled_by_words,
    clashes_aside,
    named,
    recheck_stack,
    refuse_overlaps,
    server_of,
)
from jumpadesk.services.contacts import Guest, contact_for
from jumpadesk.services.schedule import conflict_sentence
from jumpadesk.services.store import Store
from jumpadesk.services.sub_accounts import sub_account, sub_named

__all__ = ["Changes", "Details", "Edited", "edit_appointment", "write_details"]

log = logging.getLogger("jumpadesk.services.appointment_edit")


@dataclass(frozen=True)
class Details:
    """What an edit may change on an appointment: its words, its service with the
    buffers it keeps, and its end (a service of another length moves it)."""

    title: str
    guest_name: str
    guest_email: str
    guest_phone: str
    notes: str
    service_name: str
    buffer_before_minutes: int
    buffer_after_minutes: int
    end_ts: int

    @classmethod
    def of(cls, appt: Appointment) -> Details:
        return cls(appt.title, appt.guest_name, appt.guest_email, appt.guest_phone,
                   appt.notes, appt.service_name, appt.buffer_before_minutes,
                   appt.buffer_after_minutes, appt.end_ts)

    def put_on(self, appt: Appointment) -> None:
        for f in fields(self):
            setattr(appt, f.name, getattr(self, f.name))

    def blocks_like(self, other: Details) -> bool:
        """Whether both keep the same time from others (end and buffers)."""
        return ((self.end_ts, self.buffer_before_minutes, self.buffer_after_minutes)
                == (other.end_ts, other.buffer_before_minutes, other.buffer_after_minutes))


# Each field an edit can change, as --json names it (a sentence says _field_words()).
_FIELD_WORDS = (("title", "title"), ("guest_name", "guest"), ("guest_email", "email"),
                ("guest_phone", "phone"), ("notes", "notes"), ("service_name", "service"))


@dataclass(frozen=True)
class Changes:
    """What the person asked to change (None: leave it as it is)."""

    title: str | None = None
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    notes: str | None = None
    service: str | None = None

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) is not None for f in fields(self))


@dataclass(frozen=True)
class Edited:
    """An edit made: the appointment as it is now, and its details before and after."""

    appointment: Appointment
    before: Details
    after: Details

    def changed(self) -> list[tuple[str, str]]:
        """(what, its new value) for each field that changed, in the form's order."""
        return [(word, getattr(self.after, name)) for name, word in _FIELD_WORDS
                if getattr(self.after, name) != getattr(self.before, name)]

    def sentence(self) -> str:
        """"Changed #12: phone +49 30 1234567, notes “Allergic”." (or nothing changed)."""
        ident = self.appointment.id
        changed = self.changed()
        if not changed and self.after.end_ts == self.before.end_ts:
            return translate("services", "Nothing to change in #{id}: it already says "
                                         "that.").format(id=ident)
        said = _field_words()
        parts = [said[word].format(value=_shown(word, value)) for word, value in changed]
        if self.after.end_ts != self.before.end_ts:
            end = datetime.fromtimestamp(self.after.end_ts, UTC)
            parts.append(translate("services", "ends {end}").format(
                end=f"{end:%Y-%m-%dT%H:%MZ}"))
        return translate("services", "Changed #{id}: {changes}.").format(
            id=ident, changes=", ".join(parts))


def _field_words() -> dict[str, str]:
    """Each changed field as the sentence names it, its new value to follow."""
    return {"title": translate("services", "title {value}"),
            "guest": translate("services", "guest {value}"),
            "email": translate("services", "email {value}"),
            "phone": translate("services", "phone {value}"),
            "notes": translate("services", "notes {value}"),
            "service": translate("services", "service {value}")}


def _shown(word: str, value: str) -> str:
    """A new value as the sentence says it: a phone or an email as it is, words quoted."""
    if not value:
        return translate("services", "taken out")
    return value if word in ("phone", "email") else \
        translate("services", "\u201c{words}\u201d").format(words=value)


def edit_appointment(
    store: Store, sub_name: SubKey, appointment_id: int, changes: Changes, *,
    sync_first: bool = True, allow_stale: bool = False,
) -> Edited:
    """Change what an appointment says (and its service) here and in its calendar in
    place. Bad input is one sentence (InputError, UnknownService) before anything is
    sent. A service that makes it block other time is checked like a booking (after a
    sync unless told not to; StaleData on out-of-date calendars unless `allow_stale`)
    and refused with the usual sentence (SlotTaken) when that time is not free."""
    current = appointment(store, sub_name, appointment_id)  # NotFound before any network
    before = Details.of(current)
    after = _asked(store, sub_name, before, current.start_ts, changes)
    if after == before:
        return Edited(current, before, after)
    if not after.blocks_like(before):
        if sync_first:
            report = connections.sync(store, sub_name)
            if not report.ok:
                log.warning("editing after a sync that failed: %s",
                            "; ".join(report.failures()))
        stale = schedule.stale(store, sub_name)
        if stale and not allow_stale:
            raise StaleData(stale, ZoneInfo(sub_account(store, sub_name).timezone),
                            translate("services", "Confirm to change it anyway."))
    return write_details(store, sub_name, appointment_id, after, expect=before)


def _asked(store: Store, sub_name: SubKey, before: Details, start_ts: int,
           changes: Changes) -> Details:
    """The details the person asked for, checked: one sentence for what cannot be (a
    service the staff member does not offer: offered.NotOffered)."""
    guest = Guest.checked(
        before.guest_name if changes.name is None else changes.name,
        before.guest_email if changes.email is None else changes.email,
        before.guest_phone if changes.phone is None else changes.phone)
    after = replace(before, guest_name=guest.name, guest_email=guest.email,
                    guest_phone=guest.phone)
    if changes.notes is not None:
        after = replace(after, notes=changes.notes.strip())
    if changes.service is not None and changes.service.strip() != before.service_name:
        offer = service_list.service_named(store, changes.service.strip())
        if offer.staff:
            offered.refuse_unoffered(offer, sub_account(store, sub_name).name)
        lead, tail = offered.buffers_of(offer)
        after = replace(after, service_name=offer.name,
                        buffer_before_minutes=offered.minutes_of(lead),
                        buffer_after_minutes=offered.minutes_of(tail),
                        end_ts=start_ts + int(offer.length.total_seconds()))
        if changes.title is None and before.title == before.service_name:
            after = replace(after, title=offer.name)  # the title was the service's name
    if changes.title is not None:
        title = " ".join(changes.title.split())
        if not title:
            raise InputError(translate("services", "An appointment needs a title; give one, "
                                                   "or leave it as it is."))
        after = replace(after, title=title)
    return after


def write_details(
    store: Store, sub_name: SubKey, appointment_id: int, after: Details, *,
    expect: Details | None = None,
) -> Edited:
    """Put `after` on the appointment and write it to its calendar in place (see the
    module). With `expect`, the appointment must still say that (else it was changed at
    another desk meanwhile, and nothing is done): an undo writes back only over its own
    edit."""
    start = datetime.fromtimestamp(appointment(store, sub_name, appointment_id).start_ts, UTC)
    held = (start - timedelta(minutes=after.buffer_before_minutes),
            datetime.fromtimestamp(after.end_ts, UTC)
            + timedelta(minutes=after.buffer_after_minutes))
    with (BookingWriter(store.engine) as writer,
          refuse_overlaps(store, sub_name, *held, moving=appointment_id)):
        before = _reserve_edit(store, sub_name, appointment_id, after, expect, writer)
        _change_in_icloud(store, sub_name, appointment_id, before)
    _follow_contact(store, appointment_id)
    log.info("appointment %s edited in %r", appointment_id, sub_name)
    return Edited(appointment(store, sub_name, appointment_id), before, after)


def _reserve_edit(
    store: Store, sub_name: SubKey, appointment_id: int, after: Details,
    expect: Details | None, writer: BookingWriter,
) -> Details:
    """Check and put the new details on the row, pending and held by `writer`, in the
    booking transaction; the details it had."""
    with store.errors(), booking_transaction(store.engine) as s:
        sub = sub_named(s, sub_name)
        assert sub.id is not None
        placed = s.exec(select(Appointment.calendar_id)
                        .where(Appointment.id == appointment_id)).first()
        hold_schedule(s, sub.id, writing_to=[placed] if placed is not None else [])
        appt = s.get(Appointment, appointment_id)
        if appt is None or appt.sub_account_id != sub.id:
            raise NotFound(translate("services", "There is no appointment {id} in "
                                                 "{sub_account}.").format(id=appointment_id,
                                                                          sub_account=sub_name))
        tz = ZoneInfo(sub.timezone)
        if appt.status == AppointmentStatus.CANCELLED:
            raise InputError(translate("services", "{appointment} was cancelled{by}; there is "
                                                   "nothing to change.").format(
                appointment=named(appt, tz), by=cancelled_by_words(appt)))
        if appt.status in NOT_CONFIRMED or not appt.href:
            raise InputError(translate(
                "services", "{appointment} is not yet confirmed by its calendar's server, so "
                            "it cannot be changed yet. Try again after the next sync.").format(
                appointment=named(appt, tz)))
        before = Details.of(appt)
        if expect is not None and before != expect:
            raise ChangedOnServer(translate(
                "services", "{appointment} was changed at another desk since, so it was left "
                            "as it is now.").format(appointment=named(appt, tz)))
        if not after.blocks_like(before):
            start = datetime.fromtimestamp(appt.start_ts, UTC)
            end = datetime.fromtimestamp(after.end_ts, UTC)
            if end <= start:
                raise InputError(translate("services", "That service would end the "
                                                       "appointment before it starts."))
            lead = timedelta(minutes=after.buffer_before_minutes)
            tail = timedelta(minutes=after.buffer_after_minutes)
            clashes = clashes_aside(s, sub, start - lead, end + tail, aside=appointment_id)
            if clashes:
                raise SlotTaken(conflict_sentence(tz, clashes), clashes)
        writer.claim(appointment_id)
        after.put_on(appt)
        appt.status = AppointmentStatus.PENDING
        s.add(appt)
        return before


def _change_in_icloud(store: Store, sub_name: SubKey, appointment_id: int,
                      before: Details) -> None:
    """The PUT of an edit, and what follows from iCloud's answer (write_details)."""
    caldav = caldav_stack()
    try:
        with store.errors():
            caldav.update_appointment(store.engine, appointment_id,
                                      client_factory=store.client_factory, what="details")
        return
    except StoreError as exc:
        raise StoreError(f"{exc} " + translate(
            "services", "The change of appointment {id} may be in its calendar already; "
                        "jumpadesk asks again as soon as the store is back (the next command "
                        "or sync does).").format(id=appointment_id)) from exc
    except JumpadeskError as exc:
        if caldav.is_refusal(exc):
            _put_back(store, appointment_id, before)
            raise
        lost: JumpadeskError = exc
    with store.session() as s:
        row = s.get(Appointment, appointment_id)
        assert row is not None
        row.status = AppointmentStatus.UNCONFIRMED
        s.add(row)
        start_ts = row.start_ts
    with store.errors():
        found = recheck_stack().recheck(
            store.engine, appointment_id, client_factory=store.client_factory,
            old_times=(start_ts, before.end_ts), quick=True,
            after=None if isinstance(lost, ServerFailed) else lost)
    if found is None or found.outcome == Recheck.CONFIRMED:
        return
    service = server_of(store, appointment_id)
    if found.outcome == Recheck.REFUSED:
        _put_back(store, appointment_id, before, keep_times=True)
        kind = ServerFailed if isinstance(lost, ServerFailed) else ServerUnreachable
        raise kind(translate(
            "services", "{service} did not take the change ({lost}) and still has appointment "
                        "{id} as it was, so it keeps what it said here too. Try again.").format(
            service=service, lost=caldav.lost_answer(lost), id=appointment_id)) from lost
    raise BookingUnconfirmed(translate(
        "services", "The change was sent to {service}; {service} has not confirmed it yet "
                    "({why}). Appointment {id} is kept as changed, until {service} answers: "
                    "jumpadesk asks again at the next command and at the next sync.").format(
        service=service, why=found.why, id=appointment_id), appointment_id) from lost


def _put_back(store: Store, appointment_id: int, before: Details, *,
              keep_times: bool = False) -> None:
    """iCloud did not take the edit: the appointment says what it said before (with
    `keep_times`, at the times the recheck found it at)."""
    with store.session() as s:
        row = s.get(Appointment, appointment_id)
        if row is not None:
            end_ts = row.end_ts
            before.put_on(row)
            if keep_times:
                row.end_ts = end_ts
            row.status = AppointmentStatus.WRITTEN
            s.add(row)
    log.warning("appointment %s not edited: iCloud refused; its details put back",
                appointment_id)


def _follow_contact(store: Store, appointment_id: int) -> None:
    """The guest's contact says what the appointment now says: the same contact when
    its email is unchanged (a corrected phone or name), else the contact of the email."""
    with store.session() as s:
        row = s.get(Appointment, appointment_id)
        if row is None or row.status in NOT_CONFIRMED:
            return
        guest = Guest(row.guest_name, row.guest_email, row.guest_phone)
        contact = s.get(Contact, row.contact_id) if row.contact_id is not None else None
        if contact is not None and contact.email == row.guest_email.lower():
            contact.name, contact.phone = guest.name, guest.phone
            s.add(contact)
        elif guest:
            row.contact_id = contact_for(s, row.sub_account_id, guest)
            s.add(row)
