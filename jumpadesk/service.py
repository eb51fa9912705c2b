"""The service layer: what the window and the command line both do.

Each rule lives here once (what a calendar may be used for, how a booking is checked
and written, what counts as stale). No Qt and no direct network: the CalDAV work is
in jumpadesk.sync.api.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, delete, or_, select

from jumpadesk import availability
from jumpadesk.availability import Interval, ScheduleItem, StaleCalendar
from jumpadesk.config import DEFAULT_SERVER_URL, DEFAULT_SUB_ACCOUNT, Settings, database_url
from jumpadesk.errors import (
    BookingUnconfirmed,
    InputError,
    JumpadeskError,
    NotConnected,
    NotFound,
    ServerUnreachable,
    SlotTaken,
    StoreError,
)
from jumpadesk.lazy import LazyModule
from jumpadesk.models import (
    Appointment,
    BlockedSlot,
    Calendar,
    CalendarRole,
    Connection,
    Contact,
    SubAccount,
    SubAccountConnection,
    make_engine,
)
from jumpadesk.models.db import is_overlap_refusal, store_sentence
from jumpadesk.models.locks import booking_transaction
from jumpadesk.models.tables import NOT_CONFIRMED, utcnow
from jumpadesk.sync.occurrences import epoch
from jumpadesk.sync.servers import is_icloud

sync_api = LazyModule("jumpadesk.sync.api")  # the CalDAV stack, only for what talks to iCloud

log = logging.getLogger("jumpadesk.service")

REASON_TASKS = "Reminders lists hold tasks, not events, so they cannot block time."
REASON_SUBSCRIBED = (
    "This is a subscribed calendar (a webcal feed{src}). iCloud does not serve its events "
    "over CalDAV, so it cannot be connected; copy the events you need into one of your own "
    "calendars instead."
)
REASON_READ_ONLY = (
    "This calendar is shared with you read-only, so bookings cannot be written to it; "
    "it can still block time as a conflict calendar."
)
REASON_DELETED = "This calendar was deleted in iCloud."


# A booking still "pending" this long after its row was made lost its booker (killed
# mid-write); a sync then finishes it like an unconfirmed one.
PENDING_GRACE = timedelta(minutes=2)

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


@dataclass(frozen=True)
class CalendarInfo:
    """A discovered calendar as the picker and `jumpadesk calendars` show it."""

    id: int
    name: str
    url: str
    color: str
    access: str
    kind: str
    connectable: bool
    reason: str | None
    linked: bool
    conflict: bool
    account: str
    connection_id: int
    order: int
    deleted: bool

    @property
    def can_be_linked(self) -> bool:
        """Bookings can be written to it: connectable and writable."""
        return self.connectable and self.access == "write"

    @property
    def can_block(self) -> bool:
        """It can be a conflict calendar: an event calendar that can be connected."""
        return self.connectable

    def as_json(self) -> dict:
        return {
            "name": self.name,
            "url": self.url,
            "color": self.color,
            "access": self.access,
            "kind": self.kind,
            "connectable": self.connectable,
            "reason": self.reason,
            "linked": self.linked,
            "conflict": self.conflict,
            "account": self.account,
        }


@dataclass(frozen=True)
class AppointmentConflict:
    """A booked appointment and what now overlaps it."""

    appointment: ScheduleItem
    overlapping: list[ScheduleItem]

    def sentence(self, tz: ZoneInfo) -> str:
        what = "; ".join(
            f"{i.title or 'Busy'} ({i.calendar}, {brief_when(i, tz)}, {i.reason_text})"
            for i in self.overlapping
        )
        return (f"{self.appointment.title} (appointment {self.appointment.ref_id}, "
                f"{brief_when(self.appointment, tz)}) now overlaps {what}.")


@dataclass(frozen=True)
class ConnectionInfo:
    id: int
    apple_id: str
    server_url: str
    state: str
    last_sync_at: datetime | None
    last_error: str
    calendars: int


def calendar_usability(cal: Calendar) -> tuple[bool, str | None]:
    """Whether a calendar can be connected at all, and if not, why (one sentence)."""
    if cal.deleted_on_server:
        return False, REASON_DELETED
    if cal.kind == "tasks":
        return False, REASON_TASKS
    if cal.kind == "subscribed":
        src = f" from {cal.source_url}" if cal.source_url else ""
        return False, REASON_SUBSCRIBED.format(src=src)
    return True, None


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def system_timezone() -> str:
    """The computer's IANA zone name; UTC only when the system has none."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
        if name:
            ZoneInfo(name)
            return name
    except Exception:  # an unreadable system zone is not a reason to refuse to start
        log.warning("could not read the system time zone; using UTC")
    return "UTC"


def brief_when(item: ScheduleItem, tz: ZoneInfo) -> str:
    """When an item is, briefly, in the business's zone: "Tue 10:00–11:30",
    "Wed 20:00–Thu 09:30", "all day Sat" or "all day Sat–Sun"."""
    start, end = item.start.astimezone(tz), item.end.astimezone(tz)
    if item.all_day:
        last = (end - timedelta(days=1)).date() if end > start else start.date()
        if last == start.date():
            return f"all day {start:%a}"
        return f"all day {start:%a}–{last:%a}"
    if end.date() != start.date() and end != end.replace(hour=0, minute=0, second=0):
        return f"{start:%a %H:%M}–{end:%a %H:%M}"
    return f"{start:%a %H:%M}–{end:%H:%M}"


def validate_span(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    if start.tzinfo is None or end.tzinfo is None:
        raise InputError("Times need a time zone, for example 2026-11-25T10:00+01:00 or ...Z.")
    if end <= start:
        raise InputError("The end time must be after the start time.")
    return start.astimezone(UTC), end.astimezone(UTC)


def _create_sub_account(s: Session, name: str) -> SubAccount:
    """Create a sub-account on first use. Two desks (or processes) may do so at the same
    moment: the second one's insert does nothing and it reads the first one's row."""
    values = {"name": name, "timezone": system_timezone(), "created_at": utcnow()}
    dialect = s.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
    s.execute(upsert(SubAccount).values(**values)
              .on_conflict_do_nothing(index_elements=["name"]))
    sub = s.exec(select(SubAccount).where(SubAccount.name == name)).one()
    log.info("created sub-account %r", name)
    return sub


EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Desk:
    """The booking desk of one data folder: sub-accounts, calendars, schedule, bookings."""

    def __init__(
        self,
        engine: Engine | None = None,
        settings: Settings | None = None,
        client_factory: Callable | None = None,
    ) -> None:
        self.settings = settings or Settings.from_env()
        self.client_factory = client_factory
        try:
            self.engine = engine or make_engine(database_url())
        except OperationalError as exc:
            raise StoreError(store_sentence(exc, database_url())) from exc

    @contextmanager
    def _store_errors(self) -> Iterator[None]:
        """Around calls into the sync layer: a full disk or locked file is a sentence."""
        try:
            yield
        except OperationalError as exc:
            raise StoreError(store_sentence(exc, self.engine.url)) from exc

    @contextmanager
    def _refuse_overlaps(self, sub_name: str, start: datetime, end: datetime) -> Iterator[None]:
        """When the database itself refuses an overlap (PostgreSQL's last line of defence
        under the booking check), the person gets the usual sentence, not an error."""
        try:
            yield
        except IntegrityError as exc:
            if not is_overlap_refusal(exc):
                raise
            log.warning("the database refused an overlapping booking: %s", exc.orig)
            with self.session() as s:
                sub = self._sub(s, sub_name)
                clashes = availability.conflicts_with(s, sub, start, end)
                tz = ZoneInfo(sub.timezone)
            if clashes:
                raise SlotTaken(self._conflict_sentence(tz, clashes), clashes) from exc
            raise SlotTaken("That time is not free: another desk has just taken it.",
                            []) from exc

    @contextmanager
    def session(self) -> Iterator[Session]:
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise StoreError(store_sentence(exc, self.engine.url)) from exc
        except Exception:
            session.rollback()
            raise
        finally:
            session.close()

    # -- sub-accounts -------------------------------------------------------------

    def sub_account(self, name: str = DEFAULT_SUB_ACCOUNT, create: bool = True) -> SubAccount:
        name = name.strip() or DEFAULT_SUB_ACCOUNT
        with self.session() as s:
            sub = s.exec(select(SubAccount).where(SubAccount.name == name)).first()
            if sub is None:
                if not create:
                    raise NotFound(f'There is no sub-account called "{name}".')
                sub = _create_sub_account(s, name)
            return sub

    def sub_accounts(self) -> list[SubAccount]:
        with self.session() as s:
            return list(s.exec(select(SubAccount).order_by(SubAccount.name)).all())

    def add_sub_account(self, name: str, timezone: str | None = None) -> SubAccount:
        name = name.strip()
        if not name:
            raise InputError("A sub-account needs a name.")
        tz = self._check_zone(timezone or system_timezone())
        with self.session() as s:
            if s.exec(select(SubAccount).where(SubAccount.name == name)).first():
                raise InputError(f'There is already a sub-account called "{name}".')
            sub = SubAccount(name=name, timezone=tz)
            s.add(sub)
            s.flush()
            return sub

    def rename_sub_account(self, old: str, new: str) -> SubAccount:
        new = new.strip()
        if not new:
            raise InputError("A sub-account needs a name.")
        with self.session() as s:
            sub = self._sub(s, old)
            if new != old and s.exec(select(SubAccount).where(SubAccount.name == new)).first():
                raise InputError(f'There is already a sub-account called "{new}".')
            sub.name = new
            s.add(sub)
            return sub

    def set_timezone(self, name: str, timezone: str) -> SubAccount:
        tz = self._check_zone(timezone)
        with self.session() as s:
            sub = self._sub(s, name)
            sub.timezone = tz
            s.add(sub)
            return sub

    @staticmethod
    def _check_zone(name: str) -> str:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise InputError(
                f'"{name}" is not a time zone name; use one like Europe/Berlin.'
            ) from exc
        return name

    def _sub(self, s: Session, name: str) -> SubAccount:
        """The named sub-account, created on first use (as the command line promises)."""
        name = name.strip() or DEFAULT_SUB_ACCOUNT
        sub = s.exec(select(SubAccount).where(SubAccount.name == name)).first()
        if sub is None:
            sub = _create_sub_account(s, name)
        return sub

    def zone(self, sub_name: str = DEFAULT_SUB_ACCOUNT) -> ZoneInfo:
        return ZoneInfo(self.sub_account(sub_name).timezone)

    # -- connections and calendars ------------------------------------------------

    def connect(
        self,
        sub_name: str,
        apple_id: str,
        password: str,
        server_url: str = DEFAULT_SERVER_URL,
    ) -> int:
        apple_id = apple_id.strip()
        password = "".join(password.split())  # pasted passwords carry spaces and newlines
        if not is_icloud(server_url or DEFAULT_SERVER_URL, account=apple_id or "@icloud.com"):
            if not apple_id or not password:  # another CalDAV server: its own words
                raise InputError("Enter the user name and the password for the server.")
        if not apple_id:
            raise InputError("Enter the Apple ID (the email address you sign in to Apple with).")
        if not password:
            raise InputError("Enter the app-specific password you made at appleid.apple.com.")
        sub = self.sub_account(sub_name)
        assert sub.id is not None
        with self._store_errors():
            return sync_api.connect(
                self.engine, sub.id, apple_id, password, server_url or DEFAULT_SERVER_URL,
                client_factory=self.client_factory,
            )

    def connections(self, sub_name: str = DEFAULT_SUB_ACCOUNT) -> list[ConnectionInfo]:
        with self.session() as s:
            sub = self._sub(s, sub_name)
            conns = s.exec(
                select(Connection)
                .join(SubAccountConnection,
                      SubAccountConnection.connection_id == Connection.id)  # type: ignore[arg-type]
                .where(SubAccountConnection.sub_account_id == sub.id)
                .order_by(Connection.apple_id)
            ).all()
            out = []
            for c in conns:
                count = len(s.exec(select(Calendar.id).where(Calendar.connection_id == c.id)).all())
                out.append(ConnectionInfo(
                    id=c.id, apple_id=c.apple_id, server_url=c.server_url,  # type: ignore[arg-type]
                    state=c.state, last_sync_at=_aware(c.last_sync_at), last_error=c.last_error,
                    calendars=count,
                ))
            return out

    def calendars(self, sub_name: str = DEFAULT_SUB_ACCOUNT) -> list[CalendarInfo]:
        """Every calendar of the sub-account's connections, with its role and usability."""
        with self.session() as s:
            sub = self._sub(s, sub_name)
            rows = s.exec(
                select(Calendar, Connection)
                .join(Connection, Connection.id == Calendar.connection_id)  # type: ignore[arg-type]
                .join(SubAccountConnection,
                      SubAccountConnection.connection_id == Connection.id)  # type: ignore[arg-type]
                .where(SubAccountConnection.sub_account_id == sub.id)
            ).all()
            roles = s.exec(select(CalendarRole).where(CalendarRole.sub_account_id == sub.id)).all()
            linked = {r.calendar_id for r in roles if r.role == "linked"}
            conflict = {r.calendar_id for r in roles if r.role == "conflict"}
            out = []
            for cal, conn in rows:
                connectable, reason = calendar_usability(cal)
                if connectable and cal.access != "write" and reason is None:
                    reason = REASON_READ_ONLY
                out.append(CalendarInfo(
                    id=cal.id, name=cal.name, url=cal.url, color=cal.color,  # type: ignore[arg-type]
                    access=cal.access, kind=cal.kind, connectable=connectable, reason=reason,
                    linked=cal.id in linked, conflict=cal.id in conflict or cal.id in linked,
                    account=conn.apple_id, connection_id=conn.id,  # type: ignore[arg-type]
                    order=cal.order, deleted=cal.deleted_on_server,
                ))
            out.sort(key=lambda c: (c.account, not c.connectable, c.order, c.name.lower()))
            return out

    def _find_calendar(self, cals: list[CalendarInfo], ref: str) -> CalendarInfo:
        ref_norm = ref.strip()
        exact = [c for c in cals if c.url.rstrip("/") == ref_norm.rstrip("/")]
        if not exact:
            exact = [c for c in cals if c.name == ref_norm]
        if not exact:
            exact = [c for c in cals if c.name.lower() == ref_norm.lower()]
        if not exact:
            names = ", ".join(sorted({c.name for c in cals})) or "none yet"
            raise NotFound(f'There is no calendar called "{ref}". Calendars: {names}.')
        if len(exact) > 1:
            raise InputError(
                f'More than one calendar is called "{ref}"; use its URL '
                "(see `jumpadesk calendars`)."
            )
        return exact[0]

    def configure(
        self, sub_name: str, linked: str | None, conflicts: list[str]
    ) -> list[CalendarInfo]:
        """Choose the linked calendar and the conflict calendars, by name or URL."""
        cals = self.calendars(sub_name)
        if not cals:
            raise NotConnected(
                "This sub-account has no iCloud connection yet; connect one first."
            )
        chosen_linked = self._find_calendar(cals, linked) if linked else None
        if chosen_linked is not None:
            if not chosen_linked.connectable:
                raise InputError(f"{chosen_linked.name} cannot be used: {chosen_linked.reason}")
            if chosen_linked.access != "write":
                raise InputError(
                    f"{chosen_linked.name} is read-only for you, so it cannot be the linked "
                    "calendar where bookings are written. Choose one of your own calendars."
                )
        chosen_conflicts = [self._find_calendar(cals, ref) for ref in conflicts]
        for c in chosen_conflicts:
            if not c.connectable:
                raise InputError(f"{c.name} cannot be used: {c.reason}")
        with self.session() as s:
            sub = self._sub(s, sub_name)
            s.exec(delete(CalendarRole).where(CalendarRole.sub_account_id == sub.id))  # type: ignore[arg-type]
            if chosen_linked is not None:
                s.add(CalendarRole(sub_account_id=sub.id, calendar_id=chosen_linked.id,
                                   role="linked"))
            for c in {c.id: c for c in chosen_conflicts}.values():
                s.add(CalendarRole(sub_account_id=sub.id, calendar_id=c.id, role="conflict"))
        return self.calendars(sub_name)

    def sync(
        self,
        sub_name: str | None = None,
        progress: sync_api.ProgressCallback | None = None,
    ) -> sync_api.SyncReport:
        sub_id = self.sub_account(sub_name).id if sub_name else None
        with self._store_errors():
            report = sync_api.sync(
                self.engine, sub_account_id=sub_id, progress=progress,
                client_factory=self.client_factory, settings=self.settings,
            )
            self._finish_unconfirmed_bookings(sub_id, report)
        return report

    def _finish_unconfirmed_bookings(
        self, sub_id: int | None, report: sync_api.SyncReport
    ) -> None:
        """Bookings whose answer never arrived, on accounts that just synced fine: write
        them again with the same UID, which finds the first copy rather than making one.
        A booking still pending is its booker's to finish, unless that booker has been
        gone for PENDING_GRACE (a process killed mid-write)."""
        reachable = [a.connection_id for a in report.accounts if a.ok]
        if not reachable:
            return
        with self.session() as s:
            query = (
                select(Appointment.id)
                .join(Calendar, Calendar.id == Appointment.calendar_id)  # type: ignore[arg-type]
                .where(or_(Appointment.status == "unconfirmed",
                           (Appointment.status == "pending")
                           & (Appointment.created_at < utcnow() - PENDING_GRACE)))
                .where(Appointment.uid != "")
                .where(Calendar.connection_id.in_(reachable))  # type: ignore[attr-defined]
            )
            if sub_id is not None:
                query = query.where(Appointment.sub_account_id == sub_id)
            pending = list(s.exec(query).all())
        for appt_id in pending:
            try:
                sync_api.write_appointment(self.engine, appt_id,  # type: ignore[arg-type]
                                           client_factory=self.client_factory)
                log.info("unconfirmed booking %s is now confirmed", appt_id)
            except JumpadeskError as exc:
                log.warning("booking %s still unconfirmed: %s", appt_id, type(exc).__name__)

    def connection_users(self, connection_id: int) -> list[str]:
        """The sub-accounts that use an iCloud account, by name."""
        with self.session() as s:
            return sorted(s.exec(
                select(SubAccount.name)
                .join(SubAccountConnection,
                      SubAccountConnection.sub_account_id == SubAccount.id)  # type: ignore[arg-type]
                .where(SubAccountConnection.connection_id == connection_id)
            ).all())

    def disconnect(self, connection_id: int, sub_name: str | None = None) -> str:
        """Stop using an iCloud account. With `sub_name`, and when other sub-accounts still
        use the account, only this sub-account lets go of it ("unlinked"); otherwise the
        keychain entry and every cached event go too ("removed")."""
        if sub_name is not None:
            with self.session() as s:
                sub = self._sub(s, sub_name)
                users = set(s.exec(
                    select(SubAccountConnection.sub_account_id)
                    .where(SubAccountConnection.connection_id == connection_id)
                ).all())
                if sub.id not in users:
                    raise NotFound(f"That iCloud account is not connected in {sub_name}.")
                if users - {sub.id}:
                    cal_ids = select(Calendar.id).where(Calendar.connection_id == connection_id)
                    s.exec(delete(CalendarRole)  # type: ignore[call-overload]
                           .where(CalendarRole.sub_account_id == sub.id)
                           .where(CalendarRole.calendar_id.in_(cal_ids)))  # type: ignore[attr-defined]
                    s.exec(delete(SubAccountConnection)  # type: ignore[call-overload]
                           .where(SubAccountConnection.sub_account_id == sub.id)
                           .where(SubAccountConnection.connection_id == connection_id))
                    log.info("sub-account %r let go of connection %s", sub_name, connection_id)
                    return "unlinked"
        with self._store_errors():
            sync_api.disconnect(self.engine, connection_id)
        return "removed"

    def has_connection(self, sub_name: str = DEFAULT_SUB_ACCOUNT) -> bool:
        return bool(self.connections(sub_name))

    # -- the schedule ---------------------------------------------------------------

    def schedule(self, sub_name: str, start: datetime, end: datetime) -> list[ScheduleItem]:
        start, end = validate_span(start, end)
        with self.session() as s:
            return availability.schedule_between(s, self._sub(s, sub_name), start, end)

    def busy(self, sub_name: str, start: datetime, end: datetime) -> list[Interval]:
        start, end = validate_span(start, end)
        with self.session() as s:
            return availability.busy_between(s, self._sub(s, sub_name), start, end)

    def stale(self, sub_name: str = DEFAULT_SUB_ACCOUNT,
              now: datetime | None = None) -> list[StaleCalendar]:
        with self.session() as s:
            return availability.stale_calendars(
                s, self._sub(s, sub_name), now or datetime.now(UTC),
                timedelta(seconds=self.settings.stale_after_seconds),
            )

    def event_problems(self, sub_name: str = DEFAULT_SUB_ACCOUNT) -> list[str]:
        """Events in the conflict calendars that could not be read, or were read with an
        assumption, one sentence each, naming event and calendar."""
        with self.session() as s:
            return availability.event_problems(s, self._sub(s, sub_name))

    def conflicts(self, sub_name: str, start: datetime, end: datetime) -> list[ScheduleItem]:
        start, end = validate_span(start, end)
        with self.session() as s:
            return availability.conflicts_with(s, self._sub(s, sub_name), start, end)

    def appointment_conflicts(
        self, sub_name: str = DEFAULT_SUB_ACCOUNT, now: datetime | None = None
    ) -> list[AppointmentConflict]:
        """Appointments, not yet over, that something busy now overlaps: an event added
        on the phone over a booked haircut. The double bookings no booking check can
        prevent, because they were made outside jumpadesk after the booking."""
        moment = epoch(now or datetime.now(UTC))
        out: list[AppointmentConflict] = []
        with self.session() as s:
            sub = self._sub(s, sub_name)
            appts = s.exec(
                select(Appointment)
                .where(Appointment.sub_account_id == sub.id)
                .where(Appointment.status != "cancelled")
                .where(Appointment.end_ts > moment)
                .order_by(Appointment.start_ts)  # type: ignore[arg-type]
            ).all()
            for a in appts:
                start = datetime.fromtimestamp(a.start_ts, UTC)
                end = datetime.fromtimestamp(a.end_ts, UTC)
                others = [
                    i for i in availability.conflicts_with(s, sub, start, end)
                    if not (i.source == "appointment" and i.ref_id == a.id)
                ]
                if others:
                    mine = next(i for i in availability.schedule_between(s, sub, start, end)
                                if i.source == "appointment" and i.ref_id == a.id)
                    out.append(AppointmentConflict(mine, others))
        return out

    def describe_conflicts(self, sub_name: str, items: list[ScheduleItem]) -> str:
        return self._conflict_sentence(self.zone(sub_name), items)

    @staticmethod
    def _conflict_sentence(tz: ZoneInfo, items: list[ScheduleItem]) -> str:
        parts = []
        for i in items[:3]:
            when = brief_when(i, tz)
            what = i.title or "Busy"
            parts.append(f"{what} ({i.calendar}, {when}, {i.reason_text})")
        more = f" and {len(items) - 3} more" if len(items) > 3 else ""
        return "That time is not free: it overlaps " + "; ".join(parts) + more + "."

    # -- bookings -------------------------------------------------------------------

    def book(
        self,
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
        email = email.strip()
        if not title:
            raise InputError("An appointment needs a title.")
        if email and not EMAIL_RE.match(email):
            raise InputError(f'"{email}" does not look like an email address.')
        sub = self.sub_account(sub_name)
        with self.session() as s:
            linked = availability.linked_calendar(s, self._sub(s, sub_name))
        if linked is None:
            raise NotConnected(NO_LINKED_CALENDAR)
        if sync_first:
            report = self.sync(sub_name)
            if not report.ok:
                log.warning("booking after a sync that failed: %s", "; ".join(report.failures()))
        stale = self.stale(sub_name)
        if stale and not allow_stale:
            raise StaleData(stale, ZoneInfo(sub.timezone))
        appt_id, linked = self._reserve_appointment(
            sub_name, start, end, title, name.strip(), email, phone.strip()
        )
        try:
            with self._store_errors():
                sync_api.write_appointment(self.engine, appt_id,  # type: ignore[arg-type]
                                           client_factory=self.client_factory)
        except ServerUnreachable as exc:
            # The PUT may have been stored with its answer lost: forgetting the booking
            # would leave an event nobody can cancel, and the slot would look free here.
            with self.session() as s:
                row = s.get(Appointment, appt_id)
                assert row is not None
                if row.status == "pending":
                    row.status = "unconfirmed"  # the next sync finishes it
                if email or name.strip() or phone.strip():
                    row.contact_id = self._contact_for(s, sub.id, name, email, phone)  # type: ignore[arg-type]
                s.add(row)
            log.warning("booking %s sent but not confirmed", appt_id)
            raise BookingUnconfirmed(
                "The booking was sent, but iCloud's answer did not arrive (the connection "
                "broke off or iCloud could not be reached). It is kept as appointment "
                f"{appt_id}, not yet confirmed, so the time stays taken, and the next "
                f"sync finishes writing it to {linked.name}, never twice. Cancel it if it "
                "is not wanted.",
                appt_id,  # type: ignore[arg-type]
            ) from exc
        except Exception:
            with self.session() as s:
                s.exec(delete(Appointment).where(Appointment.id == appt_id))  # type: ignore[arg-type]
            raise
        with self.session() as s:
            appt = s.get(Appointment, appt_id)
            assert appt is not None
            if email or name.strip() or phone.strip():
                appt.contact_id = self._contact_for(s, sub.id, name, email, phone)  # type: ignore[arg-type]
            if appt.status in NOT_CONFIRMED:
                appt.status = "written"
            s.add(appt)
            return appt

    def _reserve_appointment(
        self, sub_name: str, start: datetime, end: datetime, title: str,
        name: str, email: str, phone: str,
    ) -> tuple[int, Calendar]:
        """Check the slot and insert the pending appointment in one write transaction
        that no other booker (process, window or desk) can interleave with: of any
        number of bookers of one slot, exactly one gets here first and the others see
        its row. Returns the appointment's id and the calendar it goes to."""
        with (self._store_errors(), self._refuse_overlaps(sub_name, start, end),
              booking_transaction(self.engine) as s):
            sub = self._sub(s, sub_name)
            linked = availability.linked_calendar(s, sub)
            if linked is None:
                raise NotConnected(NO_LINKED_CALENDAR)
            clashes = availability.conflicts_with(s, sub, start, end)
            if clashes:
                raise SlotTaken(self._conflict_sentence(ZoneInfo(sub.timezone), clashes),
                                clashes)
            appt = Appointment(
                sub_account_id=sub.id,  # type: ignore[arg-type]
                calendar_id=linked.id, title=title,
                start_ts=epoch(start), end_ts=epoch(end),
                uid=f"{uuid.uuid4()}@jumpadesk",
                guest_name=name, guest_email=email, guest_phone=phone,
            )
            s.add(appt)
            s.flush()
            log.info("appointment %s reserved in %r, pending iCloud", appt.id, sub_name)
            return appt.id, linked  # type: ignore[return-value]

    def _contact_for(self, s: Session, sub_id: int, name: str, email: str, phone: str) -> int:
        contact = None
        if email:
            contact = s.exec(
                select(Contact)
                .where(Contact.sub_account_id == sub_id)
                .where(Contact.email == email.lower())
            ).first()
        if contact is None:
            contact = Contact(sub_account_id=sub_id, name=name.strip(), email=email.lower(),
                              phone=phone.strip())
        else:
            contact.name = name.strip() or contact.name
            contact.phone = phone.strip() or contact.phone
        s.add(contact)
        s.flush()
        return contact.id  # type: ignore[return-value]

    def appointment(self, sub_name: str, appointment_id: int) -> Appointment:
        with self.session() as s:
            sub = self._sub(s, sub_name)
            appt = s.get(Appointment, appointment_id)
            if appt is None or appt.sub_account_id != sub.id:
                raise NotFound(f"There is no appointment {appointment_id} in {sub_name}.")
            return appt

    def cancel(self, sub_name: str, appointment_id: int) -> Appointment:
        appt = self.appointment(sub_name, appointment_id)
        if appt.status == "cancelled":
            raise InputError(f"Appointment {appointment_id} is already cancelled.")
        if appt.href or appt.status in NOT_CONFIRMED:
            with self._store_errors():
                sync_api.delete_appointment(self.engine, appointment_id,
                                            client_factory=self.client_factory)
        with self.session() as s:
            row = s.get(Appointment, appointment_id)
            assert row is not None
            row.status = "cancelled"
            s.add(row)
            return row

    def block(self, sub_name: str, start: datetime, end: datetime, title: str) -> BlockedSlot:
        """Keep time free of bookings, locally. Checked and inserted in the booking
        transaction: a blocked slot never lands on an appointment or another blocked
        slot of the sub-account (iCloud events under it are fine: both block)."""
        start, end = validate_span(start, end)
        title = title.strip() or "Blocked"
        with (self._store_errors(), self._refuse_overlaps(sub_name, start, end),
              booking_transaction(self.engine) as s):
            sub = self._sub(s, sub_name)
            clashes = [
                i for i in availability.conflicts_with(s, sub, start, end)
                if i.source in ("appointment", "blocked") or i.reason == "shared_appointment"
            ]
            if clashes:
                raise SlotTaken(self._conflict_sentence(ZoneInfo(sub.timezone), clashes),
                                clashes)
            slot = BlockedSlot(sub_account_id=sub.id, title=title,  # type: ignore[arg-type]
                               start_ts=epoch(start), end_ts=epoch(end))
            s.add(slot)
            s.flush()
            return slot

    def unblock(self, sub_name: str, slot_id: int) -> None:
        with self.session() as s:
            sub = self._sub(s, sub_name)
            slot = s.get(BlockedSlot, slot_id)
            if slot is None or slot.sub_account_id != sub.id:
                raise NotFound(f"There is no blocked slot {slot_id} in {sub_name}.")
            s.delete(slot)

    def contacts(self, sub_name: str = DEFAULT_SUB_ACCOUNT) -> list[Contact]:
        with self.session() as s:
            sub = self._sub(s, sub_name)
            return list(s.exec(
                select(Contact).where(Contact.sub_account_id == sub.id).order_by(Contact.name)
            ).all())


__all__ = [
    "AppointmentConflict",
    "CalendarInfo",
    "ConnectionInfo",
    "Desk",
    "StaleData",
    "calendar_usability",
]
