"""Writing bookings to the linked calendar exactly once, and taking them out again.

Create: a UID chosen before the first try and `If-None-Match: *`, so a retry after a cut
connection can only meet our own event (412), never make a second one. Delete:
`If-Match` on the ETag we hold; on 412 we read the event again and only delete it if it
is still ours. `If-Match: *` is never sent (iCloud gets it backwards).

A write whose answer is lost (an error status of 5xx, a cut connection, no answer) may
have been stored all the same: only a refusal the server states (`is_refusal`) is taken
as "not there"; such a booking stays "unconfirmed", holding its time, until
`sync.recheck` settles it.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import quote, urljoin

import icalendar
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from jumpadesk.errors import (
    AnswerTooLarge,
    ChangedOnServer,
    JumpadeskError,
    NotConnected,
    NotFound,
    ServerFailed,
    ServerUnreachable,
    StoreError,
    WriteRefused,
)
from jumpadesk.kinds import AppointmentStatus, Role
from jumpadesk.language import translate
from jumpadesk.models import (
    Appointment,
    Calendar,
    CalendarObject,
    CalendarRole,
    Connection,
    session_scope,
)
from jumpadesk.models.tables import NOT_CONFIRMED
from jumpadesk.sync import davxml
from jumpadesk.sync.apply import delete_objects, uid_of
from jumpadesk.sync.client import (
    CalDAVClient,
    ClientFactory,
    client_for,
)
from jumpadesk.sync.davxml import DAV, tag
from jumpadesk.sync.servers import service_name

log = logging.getLogger("jumpadesk.sync.booking")

PRODID = "-//jumpadesk//Booking desk//EN"

#: Failures after which a write may have been stored all the same: its answer never
#: came, broke off or could not be read, or the server answered with an error of its
#: own (5xx). The store failing is not the server's answer either.
LOST_ANSWERS: tuple[type[Exception], ...] = (ServerUnreachable, ServerFailed, StoreError)


def is_refusal(error: BaseException) -> bool:
    """Whether a failed write certainly left nothing on the server: the server said no
    (WriteRefused, ChangedOnServer, AuthFailed, ...) or nothing was sent (no calendar,
    no password, no secure connection). Anything else (LOST_ANSWERS, a bug) may have
    been stored: see the module's docstring."""
    return isinstance(error, JumpadeskError) and not isinstance(error, LOST_ANSWERS)


def lost_answer(error: BaseException) -> str:
    """What became of iCloud's answer, in a few words for a sentence."""
    if isinstance(error, ServerFailed):
        status = re.search(r"HTTP (\d{3})", str(error))
        return (translate("sync", "it answered with an error (HTTP {status})").format(
            status=status.group(1))
                if status else translate("sync", "it answered with an error"))
    if isinstance(error, AnswerTooLarge):
        return translate("sync", "its answer was larger than jumpadesk reads, so it stopped "
                                 "reading it")
    if isinstance(error, ServerUnreachable):
        return translate("sync", "its answer never arrived: the connection broke off or went "
                                 "quiet")
    return translate("sync", "its answer could not be read")


def _say(said: str, **values: object) -> str:
    """A translated sentence with its placeholders filled."""
    return said.format(**values)


def new_uid() -> str:
    return f"{uuid.uuid4()}@jumpadesk"


def resource_name(uid: str) -> str:
    """The file name of a booking's resource, derived from its UID (stable across retries)."""
    return re.sub(r"[^A-Za-z0-9._@-]", "-", uid) + ".ics"


def build_event(appt: Appointment, now: datetime | None = None) -> str:
    """The iCalendar text of a booking: always DTEND, DTSTAMP, SUMMARY and TRANSP:OPAQUE;
    the guest as ATTENDEE only when an email was given."""
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    ev = icalendar.Event()
    ev.add("uid", appt.uid)
    ev.add("dtstamp", now)
    ev.add("created", now)
    ev.add("dtstart", datetime.fromtimestamp(appt.start_ts, UTC))
    ev.add("dtend", datetime.fromtimestamp(appt.end_ts, UTC))
    ev.add("summary", appt.title)
    ev.add("transp", "OPAQUE")
    ev.add("status", "CONFIRMED")
    details = []
    if appt.guest_name:
        details.append(f"Guest: {appt.guest_name}")
    if appt.guest_email:
        details.append(f"Email: {appt.guest_email}")
    if appt.guest_phone:
        details.append(f"Phone: {appt.guest_phone}")
    if appt.notes:
        details.append(appt.notes)
    if details:
        ev.add("description", "\n".join(details))
    if appt.guest_email:
        attendee = icalendar.vCalAddress(f"mailto:{appt.guest_email}")
        if appt.guest_name:
            attendee.params["CN"] = icalendar.vText(appt.guest_name)
        ev.add("attendee", attendee, encode=False)
    cal.add_component(ev)
    return cal.to_ical().decode("utf-8")


def target_of(session: Session, appt: Appointment) -> tuple[Calendar, Connection]:
    cal = session.get(Calendar, appt.calendar_id) if appt.calendar_id else None
    if cal is None:
        role = session.exec(
            select(CalendarRole)
            .where(CalendarRole.sub_account_id == appt.sub_account_id)
            .where(CalendarRole.role == Role.LINKED)
        ).first()
        cal = session.get(Calendar, role.calendar_id) if role else None
    if cal is None:
        raise NotConnected(translate(
            "sync", "This sub-account has no linked iCloud calendar yet: choose the calendar "
                    "bookings go to (jumpadesk configure --linked NAME)."))
    conn = session.get(Connection, cal.connection_id)
    if conn is None:
        raise NotConnected(translate(
            "sync", "The iCloud account of this calendar is no longer connected."))
    return cal, conn


def booking_href(cal: Calendar, uid: str) -> str:
    """Where a booking with this UID lives in its calendar: the same on every try."""
    return davxml.norm_path(urljoin(cal.path, quote(resource_name(uid), safe="@")))


def resource_url(cal: Calendar, conn: Connection, href: str) -> str:
    base = cal.url or urljoin(conn.home_url or conn.server_url, cal.path)
    return urljoin(base, href)


def _quoted(etag: str) -> str:
    etag = etag.strip()
    if etag.startswith('"') or etag.startswith("W/"):
        return etag
    return f'"{etag}"'


def _read_etag(client: CalDAVClient, url: str) -> str:
    r = client.propfind(url, davxml.ETAG_PROPFIND, "0")
    if r.status == 207 and r.multistatus and r.multistatus.responses:
        return r.multistatus.responses[0].text(tag(DAV, "getetag"))
    return ""


def _named(client: CalDAVClient) -> str:
    """The server's name for sentences ("iCloud", "Fastmail", "127.0.0.1")."""
    return service_name(client.server_url, client.username)


def _refused(cal: Calendar, status: int, service: str = "iCloud") -> WriteRefused:
    if status == 403:
        return WriteRefused(translate(
            "sync", "{service} refused to write the booking to {calendar}: this account may "
                    "only read that calendar. Choose one of your own calendars as the linked "
                    "calendar. Nothing was booked.").format(service=service, calendar=cal.name))
    return WriteRefused(translate(
        "sync", "{service} refused the booking for {calendar} (HTTP {status}). Nothing was "
                "booked; try again, and if it keeps happening, choose another linked "
                "calendar.").format(service=service, calendar=cal.name, status=status))


def write_appointment(
    engine: Engine, appointment_id: int, *, client_factory: ClientFactory | None = None
) -> None:
    """PUT the appointment's event once; on success record href, etag, status "written".
    On failure raise (a sentence) and leave the row as it was, never "written"."""
    with session_scope(engine) as s:
        appt = s.get(Appointment, appointment_id)
        if appt is None:
            raise NotFound(translate("sync", "There is no appointment {id}.").format(
                id=appointment_id))
        if appt.status == AppointmentStatus.WRITTEN and appt.href:
            return
        cal, conn = target_of(s, appt)
        if cal.deleted_on_server:
            raise WriteRefused(translate(
                "sync", "{calendar} was deleted in {service}, so the booking cannot be written "
                        "there. Choose another linked calendar.").format(
                calendar=cal.name, service=service_name(conn.server_url, conn.apple_id)))
        if not appt.uid:
            appt.uid = new_uid()  # saved before the first try: a retry reuses it
            s.add(appt)
    href = booking_href(cal, appt.uid)
    url = resource_url(cal, conn, href)
    ics = build_event(appt)
    with client_for(conn, client_factory) as client:
        r = client.put(url, ics, {"If-None-Match": "*"})
        if r.status in (200, 201, 204):
            etag = r.etag or _read_etag(client, url)
        elif r.status == 412:
            # Already there: our own first try, when a cut connection hid its answer.
            g = client.get(url)
            if g.status == 200 and uid_of(g.text) == appt.uid:
                log.info("booking %s was already written (a retried create)", appointment_id)
                etag = g.etag or _read_etag(client, url)
            else:
                raise ChangedOnServer(translate(
                    "sync", "{calendar} already holds a different event at the booking's "
                            "address; nothing was booked. Try again.").format(calendar=cal.name))
        elif 300 <= r.status < 500 or r.status in (501, 507):
            log.warning("booking %s refused with HTTP %s", appointment_id, r.status)
            raise _refused(cal, r.status, _named(client))
        else:  # 202 "accepted", a 5xx: it may yet be stored
            raise ServerFailed(translate(
                "sync", "{service} answered the booking with HTTP {status}.").format(
                service=_named(client), status=r.status))
    with session_scope(engine) as s:
        row = s.get(Appointment, appointment_id)
        assert row is not None
        row.calendar_id = cal.id
        row.href = href
        row.etag = etag
        row.status = AppointmentStatus.WRITTEN
        s.add(row)
    log.info("booking %s written to %r", appointment_id, cal.name)


#: A change's refusals, whole for each kind of change ("time": a move, "details": an edit),
#: so each language words them its own way.
_Sentence = Callable[[], str]
_CHANGED_ELSEWHERE: dict[str, _Sentence] = {
    "time": lambda: translate("sync", "The appointment was changed in {calendar} on another "
                              "device (the phone?) since jumpadesk last read it, so its time "
                              "was not changed. Sync, look at it, and try again."),
    "details": lambda: translate("sync", "The appointment was changed in {calendar} on another "
                                 "device (the phone?) since jumpadesk last read it, so its "
                                 "details were not changed. Sync, look at it, and try again."),
}
_READ_ONLY: dict[str, _Sentence] = {
    "time": lambda: translate("sync", "{service} refused to change the appointment in "
                              "{calendar}: this account may only read that calendar. Its time "
                              "was not changed."),
    "details": lambda: translate("sync", "{service} refused to change the appointment in "
                                 "{calendar}: this account may only read that calendar. Its "
                                 "details were not changed."),
}
_CHANGE_REFUSED: dict[str, _Sentence] = {
    "time": lambda: translate("sync", "{service} refused the change of time (HTTP {status}); "
                              "the appointment keeps its old time."),
    "details": lambda: translate("sync", "{service} refused the change of details (HTTP "
                                 "{status}); the appointment keeps its old details."),
}
_CHANGE_ANSWERED: dict[str, _Sentence] = {
    "time": lambda: translate("sync", "{service} answered the change of time with HTTP "
                              "{status}."),
    "details": lambda: translate("sync", "{service} answered the change of details with HTTP "
                                 "{status}."),
}
_GONE: dict[str, _Sentence] = {
    "time": lambda: translate("sync", "The appointment's event is no longer in {calendar} "
                              "(deleted on another device?), so its time was not changed. "
                              "Sync and look at it."),
    "details": lambda: translate("sync", "The appointment's event is no longer in {calendar} "
                                 "(deleted on another device?), so its details were not "
                                 "changed. Sync and look at it."),
}


def update_appointment(
    engine: Engine, appointment_id: int, *, client_factory: ClientFactory | None = None,
    what: str = "time",
) -> None:
    """PUT the rebuilt event (same UID, new times or words) to its href with If-Match on
    the ETag held, never `If-Match: *`; on success the new ETag is kept. A 412 (changed
    on the phone since read) is read again and refused with a sentence, as is any other
    refusal; the caller restores the row. `what`: "time" (a move) or "details" (an edit)."""
    with session_scope(engine) as s:
        appt = s.get(Appointment, appointment_id)
        if appt is None:
            raise NotFound(translate("sync", "There is no appointment {id}.").format(
                id=appointment_id))
        if not appt.href:
            raise WriteRefused(translate(
                "sync", "Appointment {id} is not in its calendar yet; its time was not "
                        "changed.").format(id=appointment_id))
        cal, conn = target_of(s, appt)
        s.expunge(appt)
    url = resource_url(cal, conn, appt.href)
    with client_for(conn, client_factory) as client:
        etag = appt.etag or _current_etag_if_ours(client, url, appt.uid, cal)
        if etag is None:
            raise ChangedOnServer(gone_sentence(cal, what))
        r = client.put(url, build_event(appt), {"If-Match": _quoted(etag)})
        if r.status in (200, 201, 204):
            new_etag = r.etag or _read_etag(client, url)
        elif r.status == 412:
            g = client.get(url)  # read again: our own retried change, changed, or gone?
            if g.status == 200 and holds_change(g.text, appt):
                # A cut connection hid the answer to our first try, which was stored.
                log.info("booking %s was already changed (a retried PUT)", appointment_id)
                new_etag = g.etag or _read_etag(client, url)
            elif g.status in (404, 410):
                raise ChangedOnServer(gone_sentence(cal, what))
            else:
                log.info("booking %s changed in iCloud since it was read", appointment_id)
                raise ChangedOnServer(_say(_CHANGED_ELSEWHERE[what](), calendar=cal.name))
        elif r.status in (404, 410):
            raise ChangedOnServer(gone_sentence(cal, what))
        elif r.status == 403:
            raise WriteRefused(_say(_READ_ONLY[what](), service=_named(client),
                                    calendar=cal.name))
        elif 300 <= r.status < 500 or r.status == 501:
            raise WriteRefused(_say(_CHANGE_REFUSED[what](), service=_named(client),
                                    status=r.status))
        else:  # it may yet be stored
            raise ServerFailed(_say(_CHANGE_ANSWERED[what](), service=_named(client),
                                    status=r.status))
    with session_scope(engine) as s:
        row = s.get(Appointment, appointment_id)
        assert row is not None
        row.etag = new_etag
        row.status = AppointmentStatus.WRITTEN
        s.add(row)
    log.info("booking %s changed in place in %r", appointment_id, cal.name)


def holds_times(text: str, appt: Appointment) -> bool:
    """Whether an event read back is this booking (its UID) at its new times already."""
    try:
        events = icalendar.Calendar.from_ical(text).walk("VEVENT")
        if not events or str(events[0].get("UID", "")) != appt.uid:
            return False
        start, end = events[0].decoded("DTSTART"), events[0].decoded("DTEND")
        return (isinstance(start, datetime) and isinstance(end, datetime)
                and int(start.timestamp()) == appt.start_ts
                and int(end.timestamp()) == appt.end_ts)
    except (ValueError, KeyError):
        return False


def holds_change(text: str, appt: Appointment) -> bool:
    """Whether an event read back is this booking at its new times with its new words
    (title and description) already: a change (a move or an edit) that was stored."""
    if not holds_times(text, appt):
        return False
    try:
        event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
        built = icalendar.Calendar.from_ical(build_event(appt)).walk("VEVENT")[0]
    except (ValueError, KeyError, IndexError):
        return False
    return all(str(event.get(key, "")) == str(built.get(key, ""))
               for key in ("SUMMARY", "DESCRIPTION"))


def gone_sentence(cal: Calendar, what: str = "time") -> str:
    """The event is gone from its calendar, so the change of `what` was not made."""
    return _say(_GONE[what](), calendar=cal.name)


def delete_appointment(
    engine: Engine, appointment_id: int, *, client_factory: ClientFactory | None = None
) -> None:
    """DELETE the appointment's event with If-Match on its ETag. A 404 means it is gone
    already. On 412 the event is read again: deleted with its new ETag when it is still
    ours, else ChangedOnServer. Never a blind delete. A pending booking (its answer never
    arrived) is looked for where it would be, and deleted only if it is there and ours."""
    with session_scope(engine) as s:
        appt = s.get(Appointment, appointment_id)
        if appt is None:
            raise NotFound(translate("sync", "There is no appointment {id}.").format(
                id=appointment_id))
        href = appt.href
        if not href and (appt.status not in NOT_CONFIRMED or not appt.uid
                         or not appt.calendar_id):
            return  # never reached iCloud
        cal, conn = target_of(s, appt)
        href = href or booking_href(cal, appt.uid)
    with client_for(conn, client_factory) as client:
        _delete_event(client, resource_url(cal, conn, href), appt, cal)
    _forget_deleted(engine, appointment_id, cal, href)
    log.info("booking %s deleted from %r", appointment_id, cal.name)


def _delete_event(client: CalDAVClient, url: str, appt: Appointment, cal: Calendar) -> None:
    """DELETE with If-Match, reading the ETag again (a few times) while the event is
    still ours but changed."""
    etag: str | None = appt.etag
    for _attempt in range(3):
        if not etag:
            etag = _current_etag_if_ours(client, url, appt.uid, cal)
            if etag is None:
                return  # gone already
        r = client.delete(url, {"If-Match": _quoted(etag)})
        if r.status in (200, 202, 204, 404, 410):
            return
        if r.status == 412:
            log.info("booking %s changed on the server; reading it again", appt.id)
            etag = _current_etag_if_ours(client, url, appt.uid, cal)
            if etag is None:
                return
            continue
        if r.status == 403:
            raise WriteRefused(translate(
                "sync", "{service} refused to delete the booking from {calendar}: this "
                        "account may only read that calendar. The appointment was not "
                        "cancelled.").format(service=_named(client), calendar=cal.name))
        raise ServerFailed(translate(
            "sync", "{service} answered the cancellation with HTTP {status}; the appointment "
                    "was not cancelled. Try again in a moment.").format(
            service=_named(client), status=r.status))
    raise ChangedOnServer(translate(
        "sync", "The booking in {calendar} keeps changing in {service}, so jumpadesk did not "
                "delete it. Check it on the phone and try again.").format(
        calendar=cal.name, service=_named(client)))


def _forget_deleted(engine: Engine, appointment_id: int, cal: Calendar, href: str) -> None:
    """The appointment is cancelled, and our copy of its event goes too, so the slot
    is free before the next sync."""
    with session_scope(engine) as s:
        row = s.get(Appointment, appointment_id)
        assert row is not None
        row.etag = ""
        row.status = AppointmentStatus.CANCELLED
        s.add(row)
        ids = s.exec(
            select(CalendarObject.id)
            .where(CalendarObject.calendar_id == cal.id)
            .where(CalendarObject.href == href)
        ).all()
        delete_objects(s, [i for i in ids if i is not None])


def _current_etag_if_ours(
    client: CalDAVClient, url: str, uid: str, cal: Calendar
) -> str | None:
    """The event's ETag now if it is still our booking; None if it is gone."""
    g = client.get(url)
    if g.status in (404, 410):
        return None
    if g.status == 200 and uid_of(g.text) == uid and g.etag:
        return g.etag
    if g.status == 200:
        raise ChangedOnServer(translate(
            "sync", "The booking's place in {calendar} now holds a different event, so "
                    "jumpadesk did not delete it. Check the calendar on the phone.").format(
            calendar=cal.name))
    raise ServerFailed(translate(
        "sync", "{service} answered with HTTP {status} while jumpadesk re-read the booking; "
                "the appointment was not cancelled. Try again in a moment.").format(
        service=_named(client), status=g.status))
