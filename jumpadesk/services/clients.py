"""The business's clients: the guests who booked (services/contacts.py), found by name,
email or phone; a client's card (details, notes, upcoming and past appointments, how
often they came and did not); an appointment marked arrived or no-show; a client's notes.

A client is one contact, or, when it has an email address, every contact with that
address: one person who booked with several staff members (one contact per email in each
sub-account) has one card. Each read is one transaction at one moment; every word is
plain text (the faces escape or filter it as they show it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from jumpadesk.config import desk_name
from jumpadesk.errors import InputError, NotFound
from jumpadesk.kinds import ATTENDANCE_MARKS, AppointmentStatus, Attendance
from jumpadesk.language import translate
from jumpadesk.models import Appointment, Contact, SubAccount
from jumpadesk.models.reading import read_at_one_moment
from jumpadesk.rows import SubKey
from jumpadesk.services.booking import named
from jumpadesk.services.store import Store
from jumpadesk.services.sub_accounts import sub_named
from jumpadesk.wording import counted, day_month_year, format_time, long_date

#: The longest notes kept on a client, in characters.
NOTES_LIMIT = 4000

#: What `jumpadesk mark` and the window take, and the mark each sets.
MARKS = ATTENDANCE_MARKS


@dataclass(frozen=True)
class Client:
    """One client in a list: the contact's id (the card's key), how to reach them, and
    the staff members (sub-accounts) they booked with."""

    id: int
    name: str
    email: str
    phone: str
    staff: tuple[str, ...]

    def words(self) -> str:
        """"Ann Lee · ann@example.com · +49 151 2345" (what is known, in that order)."""
        name = self.name or translate("services", "(no name)")
        return " \u00b7 ".join(p for p in (name, self.email, self.phone) if p)


@dataclass(frozen=True)
class Visit:
    """One appointment on a client's card."""

    id: int
    title: str
    service: str
    staff: str
    start: datetime  # UTC
    end: datetime
    zone: str  # the staff member's (sub-account's) zone, for its words
    cancelled: bool
    attendance: str  # kinds.Attendance
    booked_by: str
    booked_at: datetime

    def when(self) -> str:
        """"Tue 24 Nov 2026 14:00–15:00" ("Di 24. Nov 2026 14:00–15:00") in the staff
        member's zone."""
        tz = ZoneInfo(self.zone)
        s, e = self.start.astimezone(tz), self.end.astimezone(tz)
        return f"{day_month_year(s.date())} {format_time(s)}\u2013{format_time(e)}"

    def state(self) -> str:
        """"cancelled", "arrived", "no-show" or "" (a key, not words: line() says it)."""
        return "cancelled" if self.cancelled else str(self.attendance)

    def line(self) -> str:
        """"#3 Tue 24 Nov 2026 14:00–15:00 Colour with Maria, arrived"."""
        what = self.title + (f" ({self.service})" if self.service and
                             self.service != self.title else "")
        names = {"id": self.id, "when": self.when(), "what": what, "staff": self.staff}
        state = self.state()
        if state == "cancelled":
            line = translate("services", "#{id} {when} {what} with {staff}, cancelled")
        elif state == Attendance.ARRIVED:
            line = translate("services", "#{id} {when} {what} with {staff}, arrived")
        elif state == Attendance.NO_SHOW:
            line = translate("services", "#{id} {when} {what} with {staff}, no-show")
        else:
            line = translate("services", "#{id} {when} {what} with {staff}")
        return line.format(**names)


@dataclass(frozen=True)
class ClientCard:
    """A client's card: details, notes, appointments ahead (soonest first) and behind
    (latest first), and the counts of arrived and no-show."""

    client: Client
    notes: str
    upcoming: tuple[Visit, ...]
    past: tuple[Visit, ...]

    @property
    def arrived(self) -> int:
        return sum(1 for v in (*self.upcoming, *self.past)
                   if not v.cancelled and v.attendance == Attendance.ARRIVED)

    @property
    def no_show(self) -> int:
        return sum(1 for v in (*self.upcoming, *self.past)
                   if not v.cancelled and v.attendance == Attendance.NO_SHOW)

    def counts(self) -> str:
        """"Arrived 3 times, no-show once"."""
        return translate("services", "Arrived {arrived}, no-show {no_show}").format(
            arrived=_times(self.arrived), no_show=_times(self.no_show))


def _times(n: int) -> str:
    """ "never", "once", "twice", "3 times" ("nie", "einmal", "zweimal", "3-mal")."""
    if n == 0:
        return translate("services", "never")
    if n == 1:
        return translate("services", "once")
    if n == 2:
        return translate("services", "twice")
    return counted(n, translate("services", "%n time"), translate("services", "%n times"))


# -- finding clients ----------------------------------------------------------------------


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _matches(contact: Contact, words: str) -> bool:
    """Does the contact's name, email or phone hold what was typed? A phone matches by
    its digits, so "0151 23" finds "+49 (0)151-2345"."""
    if not words:
        return True
    needle = words.casefold()
    if needle in contact.name.casefold() or needle in contact.email.casefold():
        return True
    digits = _digits(words)
    return len(digits) >= 3 and digits in _digits(contact.phone)


def _grouped(rows: Sequence[tuple[Contact, str]]) -> list[Client]:
    """One Client per email address (else per contact), with the name and phone its
    newest contact has."""
    groups: dict[str, list[tuple[Contact, str]]] = {}
    for contact, sub_name in rows:
        key = contact.email or f"#{contact.id}"
        groups.setdefault(key, []).append((contact, sub_name))
    clients = []
    for members in groups.values():
        first = min(members, key=lambda m: m[0].id or 0)[0]
        latest = max(members, key=lambda m: m[0].id or 0)[0]
        assert first.id is not None
        clients.append(Client(first.id, latest.name or first.name, first.email,
                              latest.phone or first.phone,
                              tuple(sorted({name for _c, name in members}))))
    clients.sort(key=lambda c: (c.name.casefold(), c.email, c.id))
    return clients


def find_clients(store: Store, words: str = "", sub_name: SubKey | None = None, *,
                 whole_business: bool = True, limit: int | None = None) -> list[Client]:
    """The clients whose name, email or phone holds `words` (all of them for ""), by
    name; of the whole business, or of `sub_name` alone when not `whole_business`."""
    words = " ".join(words.split())
    with store.session() as s:
        read_at_one_moment(s)
        query = select(Contact, SubAccount.name).join(
            SubAccount, col(SubAccount.id) == Contact.sub_account_id)
        if not whole_business:
            sub = sub_named(s, sub_name)
            query = query.where(Contact.sub_account_id == sub.id)
        every = list(s.exec(query).all())
        matched = {c.id for c, _n in every if _matches(c, words)}
        # A client found by one contact is the person: every contact of its email too.
        emails = {c.email for c, _n in every if c.email and c.id in matched}
        clients = _grouped([(c, n) for c, n in every
                            if c.id in matched or (c.email and c.email in emails)])
    return clients[:limit] if limit is not None else clients


# -- a client's card ---------------------------------------------------------------------


def _contacts_of(s: Session, key: int | str) -> list[Contact]:
    """The contacts of one client: by its id (with every contact of the same email), or
    by an email address. NotFound when there is none."""
    if isinstance(key, int) or (isinstance(key, str) and key.strip().isdigit()):
        contact = s.get(Contact, int(key))
        if contact is None:
            raise NotFound(translate("services", "There is no client {number}.").format(
                number=int(key)))
        if not contact.email:
            return [contact]
        email = contact.email
    else:
        email = key.strip().lower()
    found = list(s.exec(select(Contact).where(Contact.email == email)
                        .order_by(col(Contact.id))).all())
    if not found:
        raise NotFound(translate("services", "There is no client with the email address "
                                             "{email}.").format(email=email))
    return found


def _visit(appt: Appointment, sub: SubAccount) -> Visit:
    assert appt.id is not None
    return Visit(appt.id, appt.title, appt.service_name, sub.name,
                 datetime.fromtimestamp(appt.start_ts, UTC),
                 datetime.fromtimestamp(appt.end_ts, UTC), sub.timezone,
                 appt.status == AppointmentStatus.CANCELLED, appt.attendance, appt.booked_by,
                 _aware(appt.created_at))


def _aware(moment: datetime) -> datetime:
    """A stored instant (SQLite gives it back without its zone) in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def client_card(store: Store, key: int | str, now: datetime | None = None) -> ClientCard:
    """The card of the client with contact id `key` (or email address `key`): read in
    one transaction. Upcoming: not yet ended at `now`."""
    now = now or datetime.now(UTC)
    with store.session() as s:
        read_at_one_moment(s)
        contacts = _contacts_of(s, key)
        ids = [c.id for c in contacts]
        rows = s.exec(select(Appointment, SubAccount)
                      .join(SubAccount, col(SubAccount.id) == Appointment.sub_account_id)
                      .where(col(Appointment.contact_id).in_(ids))
                      .order_by(col(Appointment.start_ts), col(Appointment.id))).all()
        visits = [_visit(a, sub) for a, sub in rows]
        staff = [(c, s.get(SubAccount, c.sub_account_id)) for c in contacts]
        client = _grouped([(c, sub.name if sub else "") for c, sub in staff])[0]
        notes = contacts[0].notes
    upcoming = tuple(v for v in visits if v.end > now)
    past = tuple(reversed([v for v in visits if v.end <= now]))
    return ClientCard(client, notes, upcoming, past)


def set_notes(store: Store, key: int | str, notes: str) -> str:
    """Keep `notes` on the client (on each of its contacts); the sentence saying so."""
    notes = notes.strip()
    if len(notes) > NOTES_LIMIT:
        raise InputError(translate("services", "Notes can be at most {limit} characters long; "
                                   "these are {length}. Nothing was saved.").format(
            limit=NOTES_LIMIT, length=len(notes)))
    with store.session() as s:
        contacts = _contacts_of(s, key)
        for contact in contacts:
            contact.notes = notes
            s.add(contact)
        name = contacts[-1].name or contacts[0].email
    if not name:
        return translate("services", "Saved the notes on the client.") if notes else \
            translate("services", "Cleared the notes on the client.")
    said = translate("services", "Saved the notes on {name}.") if notes else \
        translate("services", "Cleared the notes on {name}.")
    return said.format(name=name)


# -- arrived, no-show -------------------------------------------------------------------


def _mark_refusal(appt: Appointment, mark: Attendance, tz: ZoneInfo, now: datetime) -> str:
    """Why `mark` cannot be set on `appt` now ("" when it can)."""
    start = datetime.fromtimestamp(appt.start_ts, UTC)
    if mark == Attendance.UNMARKED:
        return ""
    if appt.status == AppointmentStatus.CANCELLED:
        said = translate("services", "{appointment} was cancelled, so it cannot be marked "
                                     "arrived.") if mark == Attendance.ARRIVED else \
            translate("services", "{appointment} was cancelled, so it cannot be marked "
                                  "no-show.")
        return said.format(appointment=named(appt, tz))
    if mark == Attendance.ARRIVED and start.astimezone(tz).date() > now.astimezone(tz).date():
        return translate("services", "{appointment} is not today: a guest can be marked "
                                     "arrived from {day} on.").format(
            appointment=named(appt, tz), day=long_date(start.astimezone(tz).date()))
    if mark == Attendance.NO_SHOW and start > now:
        return translate("services", "{appointment} has not started yet: a guest can be "
                                     "marked as a no-show once it has.").format(
            appointment=named(appt, tz))
    return ""


def mark_attendance(store: Store, appointment_id: int, mark: str,
                    sub_name: SubKey | None = None, now: datetime | None = None) -> str:
    """Mark the appointment's guest arrived, no-show, or neither ("clear"); the sentence
    saying so. Refused with a sentence (InputError) for a cancelled appointment, arrived
    before its day, no-show before its start; NotFound for no such appointment (in
    `sub_name`, when given)."""
    if mark not in MARKS:
        raise InputError(translate("services", "Mark it arrived, no-show or clear, not "
                                               "\u201c{mark}\u201d.").format(mark=mark))
    attendance = MARKS[mark]
    now = now or datetime.now(UTC)
    with store.session() as s:
        appt = s.get(Appointment, appointment_id)
        sub = sub_named(s, sub_name) if sub_name is not None else None
        if appt is None or (sub is not None and appt.sub_account_id != sub.id):
            if sub is not None:
                raise NotFound(translate("services", "There is no appointment {id} in "
                                                     "{sub_account}.").format(
                    id=appointment_id, sub_account=sub.name))
            raise NotFound(translate("services", "There is no appointment {id}.").format(
                id=appointment_id))
        staff = s.get(SubAccount, appt.sub_account_id)
        tz = ZoneInfo(staff.timezone if staff else "UTC")
        refusal = _mark_refusal(appt, attendance, tz, now)
        if refusal:
            raise InputError(refusal)
        appt.attendance = attendance
        s.add(appt)
        what = named(appt, tz)
    if attendance == Attendance.ARRIVED:
        said = translate("services", "Marked {appointment} as arrived.")
    elif attendance == Attendance.NO_SHOW:
        said = translate("services", "Marked {appointment} as a no-show.")
    else:
        said = translate("services", "Cleared the mark on {appointment}.")
    return said.format(appointment=what)


# -- who booked it -----------------------------------------------------------------------


@dataclass(frozen=True)
class BookingRecord:
    """Who booked an appointment and when, and whether the guest came: the details."""

    id: int
    booked_by: str
    booked_at: datetime  # UTC
    zone: str
    attendance: str
    cancelled: bool
    start: datetime

    def booked_words(self) -> str:
        """"Booked by Front desk, Tue 24 Nov 2026 09:12" ("at this desk" for this one's);
        for one booked before desks were recorded, the time and that."""
        local = self.booked_at.astimezone(ZoneInfo(self.zone))
        when = f"{day_month_year(local.date())} {format_time(local)}"
        if not self.booked_by:
            said = translate("services", "Booked {when}, before jumpadesk recorded which desk")
        elif self.booked_by == desk_name():
            said = translate("services", "Booked at this desk, {when}")
        else:
            said = translate("services", "Booked by {desk}, {when}")
        return said.format(when=when, desk=self.booked_by)

    def attendance_words(self) -> str:
        """"Arrived", "No-show" or "Not marked yet"."""
        mark = Attendance(self.attendance)
        if mark == Attendance.ARRIVED:
            return translate("services", "Arrived")
        if mark == Attendance.NO_SHOW:
            return translate("services", "No-show")
        return translate("services", "Not marked yet")


def booking_record(store: Store, appointment_id: int) -> BookingRecord:
    """Who booked the appointment, when, and its mark (NotFound: no such appointment)."""
    with store.session() as s:
        appt = s.get(Appointment, appointment_id)
        if appt is None:
            raise NotFound(translate("services", "There is no appointment {id}.").format(
                id=appointment_id))
        staff = s.get(SubAccount, appt.sub_account_id)
        return BookingRecord(appointment_id, appt.booked_by, _aware(appt.created_at),
                             staff.timezone if staff is not None else "UTC",
                             appt.attendance, appt.status == AppointmentStatus.CANCELLED,
                             datetime.fromtimestamp(appt.start_ts, UTC))


__all__ = ["MARKS", "NOTES_LIMIT", "BookingRecord", "Client", "ClientCard", "Visit",
           "booking_record", "client_card", "find_clients", "mark_attendance", "set_notes"]
