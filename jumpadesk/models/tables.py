"""The store's tables. Instants are UTC; intervals are epoch seconds, end exclusive.

No network and no Qt here. The app-specific password is never a column: it lives in
the system keychain (jumpadesk.secrets).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import BigInteger, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from jumpadesk.kinds import (  # NOT_CONFIRMED: kept importable from here
    NOT_CONFIRMED,  # noqa: F401
    Access,
    AppointmentStatus,
    CalendarKind,
    ConnectionState,
    OccurrenceKind,
)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class SubAccount(SQLModel, table=True):
    """A business, a location or a staff member: one booking schedule."""

    __tablename__ = "sub_account"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    timezone: str  # an IANA zone name, never a fixed offset
    created_at: datetime = Field(default_factory=utcnow)
    # jumpadesk.hours' text: seven "HH:MM-HH:MM" (empty: closed); empty means the default
    opening_hours: str = Field(default="", sa_column_kwargs={"server_default": ""})


class Connection(SQLModel, table=True):
    """One iCloud account (Apple ID on a server). Shared by any number of sub-accounts."""

    __tablename__ = "connection"
    __table_args__ = (UniqueConstraint("server_url", "apple_id"),)
    id: int | None = Field(default=None, primary_key=True)
    apple_id: str
    server_url: str
    principal_url: str = ""
    home_url: str = ""  # the calendar home as last discovered (may be on a partition host)
    owner_addresses: str = ""  # calendar-user addresses, one per line (for declined invitations)
    state: str = ConnectionState.NEW
    last_sync_at: datetime | None = None  # last pass that succeeded for every calendar
    last_attempt_at: datetime | None = None
    last_error: str = ""  # a sentence for the person, never a secret
    created_at: datetime = Field(default_factory=utcnow)
    # The desk (computer) whose pass last succeeded: desks sharing a store say whose
    # data they show when they cannot sync the account themselves.
    last_synced_by: str = Field(default="", sa_column_kwargs={"server_default": ""})


class SubAccountConnection(SQLModel, table=True):
    """Which connections a sub-account uses."""

    __tablename__ = "sub_account_connection"
    sub_account_id: int = Field(foreign_key="sub_account.id", primary_key=True)
    connection_id: int = Field(foreign_key="connection.id", primary_key=True)


class Calendar(SQLModel, table=True):
    """A collection in an account's calendar home, keyed by account and path (never host)."""

    __tablename__ = "calendar"
    __table_args__ = (UniqueConstraint("connection_id", "path"),)
    id: int | None = Field(default=None, primary_key=True)
    connection_id: int = Field(foreign_key="connection.id", index=True)
    path: str  # the URL path, e.g. /123/calendars/home/
    url: str = ""  # the full URL as last seen
    name: str = ""
    color: str = ""  # "#RRGGBB" (alpha dropped)
    order: int = 0
    access: str = Access.WRITE
    kind: str = CalendarKind.EVENTS
    source_url: str = ""  # the feed URL of a subscribed calendar
    ctag: str = ""
    sync_token: str = ""
    deleted_on_server: bool = False
    last_sync_at: datetime | None = None
    last_error: str = ""
    last_error_at: datetime | None = None
    # The span [from, to) that occurrences are stored for (epoch seconds).
    expanded_from: int = Field(default=0, sa_type=BigInteger)
    expanded_to: int = Field(default=0, sa_type=BigInteger)


class CalendarRole(SQLModel, table=True):
    """A calendar's part in a sub-account: "linked" (bookings go there) or "conflict"."""

    __tablename__ = "calendar_role"
    sub_account_id: int = Field(foreign_key="sub_account.id", primary_key=True)
    calendar_id: int = Field(foreign_key="calendar.id", primary_key=True)
    role: str = Field(primary_key=True)


class CalendarObject(SQLModel, table=True):
    """One CalDAV resource as the server sent it."""

    __tablename__ = "calendar_object"
    __table_args__ = (UniqueConstraint("calendar_id", "href"),)
    id: int | None = Field(default=None, primary_key=True)
    calendar_id: int = Field(foreign_key="calendar.id", index=True)
    href: str  # the URL path of the resource
    etag: str = ""
    uid: str = ""
    ics: str = ""
    error: str = ""  # why it could not be read, when it could not
    updated_at: datetime = Field(default_factory=utcnow)


class Occurrence(SQLModel, table=True):
    """One expanded instance of an iCloud event (or its travel time).

    floating=True (all-day and floating times): start_ts/end_ts hold the wall-clock time
    as if it were UTC; it is placed in the business's zone when read.
    """

    __tablename__ = "occurrence"
    __table_args__ = (Index("ix_occurrence_cal_span", "calendar_id", "start_ts", "end_ts"),)
    id: int | None = Field(default=None, primary_key=True)
    object_id: int = Field(foreign_key="calendar_object.id", index=True)
    calendar_id: int = Field(foreign_key="calendar.id")
    uid: str = ""
    recurrence_id: str = ""
    title: str = ""
    location: str = ""
    start_ts: int = Field(sa_type=BigInteger)  # 64-bit: PostgreSQL's INTEGER ends in 2038
    end_ts: int = Field(sa_type=BigInteger)
    floating: bool = False
    all_day: bool = False
    busy: bool = True
    reason: str = "busy"  # a key of jumpadesk.sync.ical.REASONS
    kind: str = OccurrenceKind.EVENT


class Contact(SQLModel, table=True):
    """A guest who booked; never made from iCloud attendees."""

    __tablename__ = "contact"
    id: int | None = Field(default=None, primary_key=True)
    sub_account_id: int = Field(foreign_key="sub_account.id", index=True)
    name: str = ""
    email: str = Field(default="", index=True)
    phone: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    # The front desk's notes on the client, plain text (revision 0011).
    notes: str = Field(default="", sa_column_kwargs={"server_default": ""})


class Appointment(SQLModel, table=True):
    """A booking made in jumpadesk, written to the linked calendar."""

    __tablename__ = "appointment"
    id: int | None = Field(default=None, primary_key=True)
    sub_account_id: int = Field(foreign_key="sub_account.id", index=True)
    calendar_id: int | None = Field(default=None, foreign_key="calendar.id")
    contact_id: int | None = Field(default=None, foreign_key="contact.id")
    title: str
    start_ts: int = Field(sa_type=BigInteger)  # 64-bit: PostgreSQL's INTEGER ends in 2038
    end_ts: int = Field(sa_type=BigInteger)
    uid: str = ""  # chosen before the first write so a retry cannot duplicate
    href: str = ""
    etag: str = ""
    # "pending" (reserved; its booker is writing it to the server right now),
    # "unconfirmed" (the booker's answer never arrived; the next sync finishes it),
    # "written", "cancelled". Pending and unconfirmed both block.
    status: str = AppointmentStatus.PENDING
    guest_name: str = ""
    guest_email: str = ""
    guest_phone: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    # The desk (computer) that cancelled it: a desk whose screen still shows it says who.
    cancelled_by: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # The service booked ("": none) and its buffers as they were when booked: the
    # staff member is blocked this long before and after; iCloud's event spans only
    # start_ts..end_ts (revision 0009).
    service_name: str = Field(default="", sa_column_kwargs={"server_default": ""})
    buffer_before_minutes: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    buffer_after_minutes: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    # What the desk notes about it, written to its event's description (revision 0010).
    notes: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # The desk that booked it ("": booked before this was recorded) and whether the guest
    # came: "", "arrived" or "no-show" (kinds.Attendance; revision 0011).
    booked_by: str = Field(default="", sa_column_kwargs={"server_default": ""})
    attendance: str = Field(default="", sa_column_kwargs={"server_default": ""})


class BlockedSlot(SQLModel, table=True):
    """Time the business keeps free of bookings; local only, never written to iCloud.

    A repeating one (jumpadesk.repeats) holds its first occurrence in start_ts/end_ts
    and its rule in the repeat_* columns; a one-off has them empty."""

    __tablename__ = "blocked_slot"
    id: int | None = Field(default=None, primary_key=True)
    sub_account_id: int = Field(foreign_key="sub_account.id", index=True)
    title: str
    start_ts: int = Field(sa_type=BigInteger)  # 64-bit: PostgreSQL's INTEGER ends in 2038
    end_ts: int = Field(sa_type=BigInteger)
    created_at: datetime = Field(default_factory=utcnow)
    # "daily", "weekdays" or "weekly" ("": once); weekly's days ("mon,wed"); the last
    # day ("2026-12-31"; "": no end); days taken out ("2026-12-02,...").
    repeat_rule: str = Field(default="", sa_column_kwargs={"server_default": ""})
    repeat_days: str = Field(default="", sa_column_kwargs={"server_default": ""})
    repeat_until: str = Field(default="", sa_column_kwargs={"server_default": ""})
    repeat_skipped: str = Field(default="", sa_column_kwargs={"server_default": ""})


class BookableService(SQLModel, table=True):
    """A service the business offers (a haircut, a colour): its length and the time it
    keeps the staff member before and after (cleaning up, travel). Shared by every
    sub-account of the store (revision 0009)."""

    __tablename__ = "service"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    length_minutes: int
    buffer_before_minutes: int = 0
    buffer_after_minutes: int = 0
    created_at: datetime = Field(default_factory=utcnow)


class ServiceStaff(SQLModel, table=True):
    """A staff member (sub-account) who offers a service (revision 0012). A service with
    no row here is offered by everyone; once one is named, only those named offer it."""

    __tablename__ = "service_staff"
    service_id: int = Field(foreign_key="service.id", primary_key=True)
    sub_account_id: int = Field(foreign_key="sub_account.id", primary_key=True, index=True)


class StoreVersion(SQLModel, table=True):
    """Which jumpadesk brought the store to a schema revision: a desk with an older one
    names that version in its sentence (models/db.py). Never copied between stores."""

    __tablename__ = "store_version"
    revision: str = Field(primary_key=True)
    app_version: str
    upgraded_at: datetime = Field(default_factory=utcnow)
