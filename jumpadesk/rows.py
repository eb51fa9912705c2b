"""The store read with plain SQL, as plain records: what the availability rules read.

No ORM here, on purpose: the command line's questions (`busy`, `events`, `status`,
`conflicts`) read a SQLite file through `SqliteReader` (a shared PostgreSQL store through
`jumpadesk.pg_reading.PsycopgReader`) without importing SQLAlchemy, and the window and
the services read the same SQL inside their own transaction through
`jumpadesk.models.reading.SessionReader`. One SQL text, several ways to run it.

SQL here uses named parameters (`:name`), which sqlite3 and SQLAlchemy's text() both
take (PsycopgReader turns them into psycopg's `%(name)s`). Values are normalised in the
records: SQLite hands back booleans as 0/1 and datetimes as text, PostgreSQL real types.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple, Protocol, overload

from jumpadesk.config import DEFAULT_SUB_ACCOUNT
from jumpadesk.errors import NotFound, SubAccountGone, UnknownSubAccount
from jumpadesk.kinds import AppointmentStatus, ConnectionState, OccurrenceKind, Role
from jumpadesk.schema import SCHEMA_HEAD, SCHEMA_VERSION


class StoreReader(Protocol):
    """Runs one SELECT with named parameters and returns its rows as tuples."""

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> Sequence[Sequence[Any]]:
        ...


class SubAccountLike(Protocol):
    """What the rules need of a sub-account (a SubAccountRow or the ORM's SubAccount)."""

    @property
    def id(self) -> int | None: ...

    @property
    def name(self) -> str: ...

    @property
    def timezone(self) -> str: ...


def epoch(moment: datetime) -> int:
    """Seconds since the epoch; a naive datetime is read as wall time stored as if UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


def owner_addresses_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@overload
def instant(value: datetime) -> datetime: ...
@overload
def instant(value: object) -> datetime | None: ...
def instant(value: object) -> datetime | None:
    """A stored datetime as an aware UTC instant: SQLite's text or PostgreSQL's naive
    timestamp (both hold UTC), or None."""
    if value is None or value == "":
        return None
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    assert isinstance(moment, datetime)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


# -- the records ------------------------------------------------------------------------


class SubAccountRow(NamedTuple):
    """A sub-account by reference: resolved from its name once (by the command line, or
    the window's switcher), then found by id, so a rename elsewhere does not lose it.
    As text it is its name."""

    id: int
    name: str
    timezone: str

    def __str__(self) -> str:
        return self.name

    @classmethod
    def of(cls, sub: SubAccountLike) -> SubAccountRow:
        """The reference to a stored sub-account (the ORM's SubAccount, say)."""
        if sub.id is None:
            raise ValueError("a sub-account not stored yet has no reference")
        return cls(sub.id, sub.name, sub.timezone)


#: Which sub-account: a name, as typed (found, never made), or a reference.
SubKey = str | SubAccountRow


class CalendarRow(NamedTuple):
    id: int
    connection_id: int
    name: str
    color: str
    order: int
    expanded_from: int
    expanded_to: int
    deleted_on_server: bool
    last_sync_at: datetime | None  # aware UTC
    last_error: str

    @classmethod
    def of(cls, row: Sequence[Any]) -> CalendarRow:
        return cls(row[0], row[1], row[2] or "", row[3] or "", row[4] or 0, row[5] or 0,
                   row[6] or 0, bool(row[7]), instant(row[8]), row[9] or "")


#: The columns CalendarRow.of reads, in its order.
CALENDAR_COLUMNS = ('c.id, c.connection_id, c.name, c.color, c."order", c.expanded_from, '
                    "c.expanded_to, c.deleted_on_server, c.last_sync_at, c.last_error")


class ConnectionRow(NamedTuple):
    id: int
    apple_id: str
    server_url: str
    owner_addresses: str
    state: ConnectionState
    last_sync_at: datetime | None  # aware UTC
    last_error: str

    @classmethod
    def of(cls, row: Sequence[Any]) -> ConnectionRow:
        return cls(row[0], row[1], row[2], row[3] or "", ConnectionState(row[4]),
                   instant(row[5]), row[6] or "")


#: The columns ConnectionRow.of reads, in its order.
CONNECTION_COLUMNS = ("n.id, n.apple_id, n.server_url, n.owner_addresses, n.state, "
                      "n.last_sync_at, n.last_error")


class OccurrenceRow(NamedTuple):
    id: int
    uid: str
    title: str
    location: str
    start_ts: int
    end_ts: int
    floating: bool
    all_day: bool
    busy: bool
    reason: str  # as stored: with what was assumed, if anything (sync.reasons.read_reason)
    kind: OccurrenceKind

    @classmethod
    def of(cls, row: Sequence[Any]) -> OccurrenceRow:
        return cls(row[0], row[1] or "", row[2] or "", row[3] or "", row[4], row[5],
                   bool(row[6]), bool(row[7]), bool(row[8]), row[9], OccurrenceKind(row[10]))


#: The columns OccurrenceRow.of reads, in its order.
OCCURRENCE_COLUMNS = ("o.id, o.uid, o.title, o.location, o.start_ts, o.end_ts, o.floating, "
                      "o.all_day, o.busy, o.reason, o.kind")


class AppointmentRow(NamedTuple):
    """An appointment, with the name of the calendar it was written to (None: none)."""

    id: int
    calendar_id: int | None
    title: str
    start_ts: int
    end_ts: int
    uid: str
    status: AppointmentStatus
    calendar_name: str | None
    # The account it goes to: its calendar's, or (its calendar gone) its sub-account's
    # linked calendar's; "" when neither is known (availability.appointment_server).
    server_url: str = ""
    account: str = ""
    guest_name: str = ""
    buffer_before_minutes: int = 0  # the service's buffers, kept when booked
    buffer_after_minutes: int = 0
    attendance: str = ""  # whether the guest came (kinds.Attendance; "": not marked)

    @classmethod
    def of(cls, row: Sequence[Any]) -> AppointmentRow:
        return cls(row[0], row[1], row[2] or "", row[3], row[4], row[5] or "",
                   AppointmentStatus(row[6]), row[7], row[8] or "", row[9] or "",
                   row[10] or "", row[11] or 0, row[12] or 0, row[13] or "")


# The calendar an appointment goes to: its own, else its sub-account's linked one.
_GOES_TO = (f"COALESCE(a.calendar_id, (SELECT r.calendar_id FROM calendar_role r WHERE "
            f"r.sub_account_id = a.sub_account_id AND r.role = '{Role.LINKED.value}'))")

#: The columns AppointmentRow.of reads, in its order.
APPOINTMENT_COLUMNS = ("a.id, a.calendar_id, a.title, a.start_ts, a.end_ts, a.uid, a.status, "
                       "(SELECT k.name FROM calendar k WHERE k.id = a.calendar_id), "
                       "(SELECT n.server_url FROM calendar k JOIN connection n "
                       f"ON n.id = k.connection_id WHERE k.id = {_GOES_TO}), "
                       "(SELECT n.apple_id FROM calendar k JOIN connection n "
                       f"ON n.id = k.connection_id WHERE k.id = {_GOES_TO}), a.guest_name, "
                       "a.buffer_before_minutes, a.buffer_after_minutes, a.attendance")


class BlockedSlotRow(NamedTuple):
    """A blocked slot: its first (or only) occurrence, and how it repeats ("" columns:
    it does not; jumpadesk.repeats reads them)."""

    id: int
    title: str
    start_ts: int
    end_ts: int
    repeat_rule: str = ""
    repeat_days: str = ""
    repeat_until: str = ""
    repeat_skipped: str = ""

    @classmethod
    def of(cls, row: Sequence[Any]) -> BlockedSlotRow:
        return cls(row[0], row[1] or "", row[2], row[3], *(v or "" for v in row[4:8]))


#: The columns BlockedSlotRow.of reads, in its order.
BLOCKED_SLOT_COLUMNS = ("b.id, b.title, b.start_ts, b.end_ts, b.repeat_rule, b.repeat_days, "
                        "b.repeat_until, b.repeat_skipped")


# -- reads shared by the Desk and the command line's read-only path ----------------------


def find_sub_account(reader: StoreReader, which: SubKey | None) -> SubAccountRow | None:
    """The sub-account as stored now, or None: a reference by its id (under its name
    now), a name by that name, None (no name given) the store's first (Main, unless
    it was renamed)."""
    if isinstance(which, SubAccountRow):
        found = reader.rows("SELECT id, name, timezone FROM sub_account WHERE id = :id",
                            {"id": which.id})
    elif which is None or not which.strip():
        found = reader.rows(
            "SELECT id, name, timezone FROM sub_account "
            "ORDER BY CASE WHEN name = :main THEN 0 ELSE 1 END, id LIMIT 1",
            {"main": DEFAULT_SUB_ACCOUNT})
    else:
        found = reader.rows("SELECT id, name, timezone FROM sub_account WHERE name = :name",
                            {"name": which.strip()})
    return SubAccountRow(*found[0]) if found else None


def id_marks(prefix: str, ids: Sequence[int]) -> tuple[str, dict[str, int]]:
    """An IN list of `ids` as named parameters: (":a0, :a1", {"a0": 7, "a1": 9}) for
    prefix "a", to put in "... IN (...)" beside the query's other parameters."""
    names = [f"{prefix}{n}" for n in range(len(ids))]
    return ", ".join(f":{name}" for name in names), dict(zip(names, ids, strict=True))


def every_sub_account(reader: StoreReader) -> list[SubAccountRow]:
    """Every sub-account, by name."""
    return [SubAccountRow(*row) for row in reader.rows(
        "SELECT id, name, timezone FROM sub_account ORDER BY name")]


def sub_account_names(reader: StoreReader) -> list[str]:
    """Every sub-account's name, in order: for the sentence about one that is not there."""
    return [r[0] for r in reader.rows("SELECT name FROM sub_account ORDER BY name")]


def resolve_sub_account(reader: StoreReader, which: SubKey | None) -> SubAccountRow:
    """The sub-account as stored now (see find_sub_account); nothing is ever made here:
    UnknownSubAccount names the ones there are, SubAccountGone a removed reference."""
    found = find_sub_account(reader, which)
    if found is None:
        raise missing_sub_account(reader, which)
    return found


def missing_sub_account(reader: StoreReader, which: SubKey | None) -> NotFound:
    """The error for a sub-account find_sub_account did not find."""
    if isinstance(which, SubAccountRow):
        return SubAccountGone(which.name)
    return UnknownSubAccount((which or "").strip() or DEFAULT_SUB_ACCOUNT,
                             sub_account_names(reader))


@dataclass(frozen=True)
class ConnectionInfo:
    id: int
    apple_id: str
    server_url: str
    state: ConnectionState
    last_sync_at: datetime | None
    last_error: str
    calendars: int


def connections_of(reader: StoreReader, sub: SubAccountLike) -> list[ConnectionInfo]:
    """The sub-account's iCloud accounts by Apple ID, each with its number of calendars."""
    rows = reader.rows(
        f"SELECT {CONNECTION_COLUMNS}, "
        "(SELECT count(*) FROM calendar c WHERE c.connection_id = n.id) "
        "FROM connection n JOIN sub_account_connection l ON l.connection_id = n.id "
        "WHERE l.sub_account_id = :sub ORDER BY n.apple_id", {"sub": sub.id})
    out = []
    for row in rows:
        conn = ConnectionRow.of(row)
        out.append(ConnectionInfo(conn.id, conn.apple_id, conn.server_url, conn.state,
                                  conn.last_sync_at, conn.last_error, row[-1]))
    return out


# -- the plain reader ---------------------------------------------------------------------


class SqliteReader:
    """A StoreReader over a plain sqlite3 connection."""

    errors = (sqlite3.Error,)

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple]:
        return self.connection.execute(sql, dict(params or {})).fetchall()

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction: one snapshot (in WAL mode it blocks no writer)."""
        self.connection.execute("BEGIN")
        try:
            yield
        finally:
            self.connection.execute("COMMIT")

    def schema_is_current(self) -> bool:
        return schema_is_current(self)

    def close(self) -> None:
        self.connection.close()


def open_read_only(path: Path) -> sqlite3.Connection:
    """The SQLite store at `path`, opened read-only: it never takes a write lock, so a
    booking or a sync in another process never waits for it (the store is in WAL mode).
    Any thread may use it, one at a time: the window's first week is read on workers
    (ui/desk_on_the_way.py holds a lock around each read)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                 timeout=5, isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA query_only=ON")
    return connection


def schema_is_current(reader: StoreReader) -> bool:
    """Whether the store's schema is the one this jumpadesk's plain SQL is written for."""
    if reader.rows("PRAGMA user_version")[0][0] != SCHEMA_VERSION:
        return False
    try:
        revision = reader.rows("SELECT version_num FROM alembic_version")
    except sqlite3.OperationalError:  # no such table: a store from before migrations
        return False
    return [tuple(r) for r in revision] == [(SCHEMA_HEAD,)]
