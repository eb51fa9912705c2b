"""Who may write when: the locks that keep several bookers and syncs from crossing.

Everything that decides "is this slot free, then take it" runs in `booking_transaction`:
the database decides, not the app, across every process that shares the store (the
window, the command line, a second window, other desks).

- SQLite (one computer): `BEGIN IMMEDIATE` takes the database's one write lock before the
  check is read, so a second booker waits (the busy timeout) and then sees the first
  one's row. One writer at a time is what SQLite is; `hold_schedule` adds nothing there.
- PostgreSQL (a chain's shared store): bookers wait only for bookers they could collide
  with. A decision for a sub-account reads its own appointments and blocked slots, and,
  from each calendar that blocks it (its conflict calendars and its linked one), that
  calendar's events and every other sub-account's bookings written there
  (jumpadesk.availability). So right after choosing the sub-account, the booking calls
  `hold_schedule`, which takes transaction-scoped advisory locks on
    ("sub-account", its id)  alone: its own rows are written;
    ("calendar", id)         alone for the calendar the booking writes to (the linked
                             calendar; for a move, the appointment's own calendar too),
                             shared for each other calendar that blocks it: the decision
                             only reads it.
  Two decisions wait for each other exactly when one writes what the other reads: the
  same sub-account, or a calendar one writes to and the other reads (one's linked
  calendar among the other's conflict calendars, or one linked calendar for two). Two
  sub-accounts that only read a common calendar (a chain's "Closed days") share its lock
  and do not wait: neither writes anything the other reads. Staff with no calendar in
  common never wait for each other.

  Every transaction takes its keys in one order (the configuration lock first, then the
  (kind, id) pairs sorted, each once in its strongest mode) and takes none after it has
  written, so two bookers never deadlock. The overlap trigger of migration 0002 takes
  its per-sub-account key only while writing, after all of these. PostgreSQL's exclusion
  constraints (migration 0002) stay the last word on one sub-account's double bookings.

What blocks whom can change: `jumpadesk configure` (conflict and linked calendars),
letting go of or removing an iCloud account, removing a sub-account. A booker reads its
set of calendars and then takes their locks; a change committed in between would let it
check a calendar it holds no lock on. So every booking first takes the configuration
lock (BOOKING_LOCK_KEY) shared, before it reads the set, and holds it to the end; every
change of the set runs in `configuration_transaction`, which takes that lock alone. A
change waits for the bookings under way (a few milliseconds each) and the bookings after
it wait for the change, so a booking decides on one set from start to end: the one
before the change or the one after, never a mixture. Bookers sharing the lock never wait
for each other on it. A desk of an older jumpadesk takes the same key alone for every
booking, so it stays safe beside newer desks (it waits for them and they for it).

JUMPADESK_ONE_BOOKING_LOCK=1 in a process's environment makes its bookings take the
configuration lock alone, as every booking did before finer locks: one booking at a time
in the whole store (benchmarks/bench_stores.py compares the two in one run).

A sync pass of one account runs under `account_sync_lock`, so two passes over the same
iCloud account never interleave (they would both insert the same objects): across
processes on one computer a lock file beside the database, on PostgreSQL a session
advisory lock that every desk shares.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from jumpadesk.config import private_folder, private_opener
from jumpadesk.errors import StoreError
from jumpadesk.language import translate
from jumpadesk.store_file import os_error_sentence

log = logging.getLogger("jumpadesk.models.locks")

# Advisory lock keys (PostgreSQL). The configuration lock: every booking holds it shared,
# a change of what blocks whom alone (and every booking of a jumpadesk before finer locks).
BOOKING_LOCK_KEY = 0x6A640001
ACCOUNT_LOCK_BASE = 0x6A650000
# The first of the two keys of a booking being written to iCloud (the second is its id);
# migrations/versions/0002 uses 0x6A6401 the same way for sub-accounts.
WRITING_LOCK_KEY = 0x6A6402
# The first of the two keys of what a booking decision reads (the second is the id).
SUB_ACCOUNT_LOCK_KEY = 0x6A6403
CALENDAR_LOCK_KEY = 0x6A6404

#: Set to 1, a process's bookings take the configuration lock alone: one at a time.
ONE_LOCK_ENV = "JUMPADESK_ONE_BOOKING_LOCK"

# How long a sync waits for another pass over the same account before giving up.
SYNC_LOCK_WAIT_SECONDS = 180.0

_HELD = "jumpadesk.schedule_held"  # Session.info: hold_schedule ran (or is not needed)

# Tries `wanted` (n, first_key, key, alone) in the order n, and stops at the first key
# someone else holds, so a booker never holds a later key while it waits for an earlier
# one. `tried` starts from n = 0 (nothing) or n = 1 (the first key, waited for).
_TRY_IN_ORDER = """, tried(n, got) AS (
    {start}
    UNION ALL
    SELECT w.n, CASE WHEN w.alone THEN pg_try_advisory_xact_lock(w.first_key, w.key)
                     ELSE pg_try_advisory_xact_lock_shared(w.first_key, w.key) END
    FROM tried t JOIN wanted w ON w.n = t.n + 1 WHERE t.got
)
SELECT w.first_key, w.key, w.alone, t.got FROM wanted w LEFT JOIN tried t ON t.n = w.n
ORDER BY w.n
"""

# The keys of a decision for :sub (its own, then its calendars', sorted), tried in order:
# one round trip when nobody else holds any of them.
_TRY_SCHEDULE_LOCKS = """
WITH RECURSIVE wanted AS (
    SELECT row_number() OVER (ORDER BY first_key, key) AS n, first_key, key, alone FROM (
        SELECT CAST(:sub_key AS integer) AS first_key, CAST(:sub AS integer) AS key,
               true AS alone
        UNION ALL
        SELECT :calendar_key, c.id, c.id = ANY(CAST(:written AS integer[])) FROM (
            SELECT calendar_id AS id FROM calendar_role
            WHERE sub_account_id = :sub AND role IN ('conflict', 'linked')
            UNION SELECT unnest(CAST(:written AS integer[]))
        ) c
    ) k
)""" + _TRY_IN_ORDER.format(start="SELECT CAST(0 AS bigint), true")

# The keys left from the first one held by someone else: that one waited for, the rest
# tried in order, in one round trip. {mode}: "" (alone) or "_shared", the first key's.
_WAIT_THEN_TRY = """
WITH RECURSIVE wanted AS (
    SELECT n, first_key, key, alone FROM unnest(
        CAST(:firsts AS integer[]), CAST(:keys AS integer[]), CAST(:alones AS boolean[]))
        WITH ORDINALITY AS w(first_key, key, alone, n)
)""" + _TRY_IN_ORDER.format(
    start="SELECT CAST(1 AS bigint), true FROM pg_advisory_xact_lock{mode}(:first, :key)")


class LockTimeout(Exception):
    """Another process held a lock for longer than we were willing to wait."""


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def one_booking_lock() -> bool:
    """Bookings in this process take one lock for the whole store (ONE_LOCK_ENV)."""
    return os.environ.get(ONE_LOCK_ENV, "") == "1"


@contextmanager
def booking_transaction(engine: Engine) -> Iterator[Session]:
    """A session in one write transaction that no booker it could collide with can
    interleave with. Call `hold_schedule` as soon as the sub-account is known, before
    reading what the decision depends on; it commits on success and rolls back on any
    error (a refusal raised inside leaves nothing behind)."""
    with _write_transaction(engine, alone=one_booking_lock()) as session:
        yield session
        if not session.info.get(_HELD):
            raise RuntimeError("a booking transaction ended without hold_schedule")


@contextmanager
def configuration_transaction(engine: Engine) -> Iterator[Session]:
    """A session in one write transaction for a change of what blocks whom (the calendar
    roles, a connection's calendars, a sub-account): it waits for the bookings under way,
    and bookings wait for it, so none decides on a mixture of the old and new sets."""
    with _write_transaction(engine, alone=True) as session:
        yield session


@contextmanager
def _write_transaction(engine: Engine, *, alone: bool) -> Iterator[Session]:
    session = Session(engine, expire_on_commit=False)
    try:
        conn = session.connection()
        if is_sqlite(engine):
            # pysqlite opens its own (deferred) transaction only before a write; starting
            # an immediate one here takes the write lock before the check is read.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            session.info[_HELD] = True
        elif engine.dialect.name == "postgresql":
            _take(conn, BOOKING_LOCK_KEY, alone)
            session.info[_HELD] = alone
        else:
            session.info[_HELD] = True
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def hold_schedule(session: Session, sub_account_id: int, *,
                  writing_to: Iterable[int | None] = ()) -> None:
    """In a booking transaction, lock what a decision for this sub-account reads and
    writes (the module's docstring): the sub-account, and each calendar that blocks it,
    alone for the calendars in `writing_to` (where the booking's row goes), shared for
    the others. Waits for the bookers it could collide with, and only for them. Call it
    before reading anything the decision depends on, and before writing."""
    wanted = (sub_account_id, frozenset(c for c in writing_to if c is not None))
    held = session.info.get(_HELD)
    if held is True:
        return  # SQLite's one writer, or the store's one lock: held already
    if held:  # this transaction's locks are taken once, for one decision
        if held != wanted:
            raise RuntimeError(f"hold_schedule asked for {wanted} after {held}")
        return
    conn = session.connection()
    rows = conn.execute(text(_TRY_SCHEDULE_LOCKS), {
        "sub": sub_account_id, "sub_key": SUB_ACCOUNT_LOCK_KEY, "calendar_key": CALENDAR_LOCK_KEY,
        "written": sorted({c for c in writing_to if c is not None})}).all()
    while rest := [(first, key, alone) for first, key, alone, got in rows if not got]:
        # Held by someone else from the first refusal on: that one waited for, the rest
        # tried again, in the same order.
        (first, key, alone), began = rest[0], time.perf_counter()
        rows = conn.execute(text(_WAIT_THEN_TRY.format(mode="" if alone else "_shared")), {
            "first": first, "key": key, "firsts": [r[0] for r in rest],
            "keys": [r[1] for r in rest], "alones": [r[2] for r in rest]}).all()
        _waited(began, first, key)
    session.info[_HELD] = wanted


def _take(conn: Connection, key: int, alone: bool) -> None:
    """Take a transaction-scoped advisory lock with a one-number key: tried first, and
    waited for only when held, so the log says who waited for what (the benchmark counts
    those lines)."""
    mode = "" if alone else "_shared"
    if conn.execute(text(f"SELECT pg_try_advisory_xact_lock{mode}(:k)"), {"k": key}).scalar():
        return
    began = time.perf_counter()
    conn.execute(text(f"SELECT pg_advisory_xact_lock{mode}(:k)"), {"k": key})
    _waited(began, None, key)


def _waited(began: float, first: int | None, key: int) -> None:
    log.debug("waited %.1f ms for the booking lock %s",
              (time.perf_counter() - began) * 1000, _lock_name(first, key))


def _lock_name(first: int | None, key: int) -> str:
    if first == SUB_ACCOUNT_LOCK_KEY:
        return f"of sub-account {key}"
    if first == CALENDAR_LOCK_KEY:
        return f"of calendar {key}"
    return "of the configuration"


# In one process, threads queue on this before they queue on the file: a lock file held
# by this process is not re-entrant for another thread on every platform.
_process_locks: dict[str, threading.Lock] = {}
_process_locks_guard = threading.Lock()


def _process_lock(key: str) -> threading.Lock:
    with _process_locks_guard:
        return _process_locks.setdefault(key, threading.Lock())


def _lock_file_path(engine: Engine, connection_id: int) -> Path | None:
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    folder = Path(database).resolve().parent / "locks"
    return folder / f"sync-account-{connection_id}.lock"


def _open_lock_file(path: Path) -> BinaryIO:
    """The account's lock file, in a private folder beside the store (0700, the file 0600);
    a disk that refuses it is a StoreError with its sentence."""
    try:
        private_folder(path.parent)
        return open(path, "a+b", opener=private_opener)
    except OSError as exc:
        raise StoreError(os_error_sentence(exc)
                         or translate("store", "jumpadesk cannot make its lock file {path} "
                                               "({why}).").format(
                             path=path, why=exc.strerror or exc)) from exc


def _try_lock_file(handle: BinaryIO) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _unlock_file(handle: BinaryIO) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@dataclass
class SyncTurn:
    """One pass's turn at an account. `waited`: another pass held the lock first.
    `last_started`: when the last pass that held it started (time.time()), where the
    lock can say (the lock file does; None elsewhere). `record_start` leaves this pass's
    start for the next waiter, so it can reuse this pass instead of asking again."""

    waited: bool
    last_started: float | None = None
    _handle: BinaryIO | None = None

    def record_start(self, started: float) -> None:
        handle = self._handle
        if handle is None:
            return
        try:
            handle.seek(0)
            handle.truncate(0)
            handle.write(repr(started).encode())
            handle.flush()
        except OSError:  # a full disk: the next waiter just asks the server itself
            log.warning("could not note the sync's start in the lock file")


def _read_started(handle: BinaryIO) -> float | None:
    try:
        handle.seek(0)
        return float(handle.read().decode() or "nan") if handle else None
    except (OSError, ValueError):
        return None


@contextmanager
def account_sync_lock(
    engine: Engine, connection_id: int, wait: float = SYNC_LOCK_WAIT_SECONDS
) -> Iterator[SyncTurn]:
    """Hold the sync lock of one account (see SyncTurn). Raises LockTimeout after
    `wait`."""
    deadline = time.monotonic() + wait
    if engine.dialect.name == "postgresql":
        with _postgres_account_lock(engine, connection_id, deadline) as waited:
            yield SyncTurn(waited)
        return
    path = _lock_file_path(engine, connection_id)
    key = str(path) if path else f"{id(engine)}:{connection_id}"
    plock = _process_lock(key)
    waited = not plock.acquire(blocking=False)
    if waited and not plock.acquire(timeout=max(0.0, deadline - time.monotonic())):
        raise LockTimeout(key)
    try:
        if path is None:
            yield SyncTurn(waited)
            return
        with _open_lock_file(path) as handle:
            delay = 0.01
            while not _try_lock_file(handle):
                waited = True
                if time.monotonic() >= deadline:
                    raise LockTimeout(key)
                time.sleep(delay)
                delay = min(delay * 2, 0.2)
            try:
                started = _read_started(handle)
                yield SyncTurn(waited, started if started == started else None, handle)
            finally:
                _unlock_file(handle)
    finally:
        plock.release()


@contextmanager
def _postgres_account_lock(engine: Engine, connection_id: int, deadline: float) -> Iterator[bool]:
    key = ACCOUNT_LOCK_BASE + connection_id
    with engine.connect() as conn:
        waited = False
        delay = 0.02
        while not conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar():
            conn.rollback()
            waited = True
            if time.monotonic() >= deadline:
                raise LockTimeout(f"account {connection_id}")
            time.sleep(delay)
            delay = min(delay * 2, 0.25)
        conn.commit()
        try:
            yield waited
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
            conn.commit()


class BookingWriter:
    """Tells every process and desk on the store "this booking is being written to
    iCloud right now, by someone alive", for as long as it is held.

    A booker holds its booking from before the reserved row can be seen until the row
    says how iCloud answered; whoever finds a booking still pending or unconfirmed
    (jumpadesk.sync.booking.finish_unconfirmed) checks it again only when it can hold it
    itself, so it never talks over a live booker, and never waits for a dead one. It
    lets go by itself when its process dies (a lock file beside the SQLite file, as for
    a sync) or when the database server goes away (a PostgreSQL session advisory lock).
    Use as a context manager; `claim` may be called for several bookings."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._held: list[tuple[threading.Lock, BinaryIO | None, Path | None]] = []
        self._pg: Connection | None = None  # the connection holding the advisory locks

    def __enter__(self) -> BookingWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def claim(self, appointment_id: int) -> bool:
        """Hold the booking; False (at once, no waiting) when a live writer holds it."""
        if self.engine.dialect.name == "postgresql":
            return self._claim_postgres(appointment_id)
        path = _writing_lock_path(self.engine, appointment_id)
        plock = _process_lock(str(path) if path else f"{id(self.engine)}:w{appointment_id}")
        if not plock.acquire(blocking=False):
            return False
        if path is None:
            self._held.append((plock, None, None))
            return True
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            # Private, like every file of the data folder; held open until release().
            handle = os.fdopen(os.open(path, os.O_RDWR | os.O_CREAT, 0o600), "a+b")
        except OSError:
            plock.release()
            log.warning("no lock file for booking %s; going on without it", appointment_id)
            return True  # a retry with the same UID cannot book twice anyway
        if not _try_lock_file(handle):
            handle.close()
            plock.release()
            return False
        self._held.append((plock, handle, path))
        return True

    def _claim_postgres(self, appointment_id: int) -> bool:
        if self._pg is None:
            self._pg = self.engine.connect()
        held = self._pg.execute(text("SELECT pg_try_advisory_lock(:k, :id)"),
                                {"k": WRITING_LOCK_KEY, "id": appointment_id}).scalar()
        self._pg.commit()  # the lock is the session's; no transaction left open
        return bool(held)

    def release(self) -> None:
        """Let go of every booking held. A database server already gone has let go."""
        held, self._held = self._held, []
        for plock, handle, path in held:
            try:
                if handle is not None and path is not None:
                    # Removed while still held; a writer that opened it just before
                    # then holds a file nobody else can find, which costs one
                    # needless check at most: a retry with the same UID is harmless.
                    path.unlink(missing_ok=True)
                    _unlock_file(handle)
                    handle.close()
            except OSError:
                log.warning("could not remove the lock file %s", path)
            finally:
                plock.release()
        conn, self._pg = self._pg, None
        if conn is not None:
            try:
                conn.execute(text("SELECT pg_advisory_unlock_all()"))
                conn.commit()
                conn.close()
            except Exception:  # noqa: BLE001 - the server went away: its locks went too
                log.info("the store went away while a booking was written; its lock with it")
                with contextlib.suppress(Exception):
                    conn.invalidate()


def _writing_lock_path(engine: Engine, appointment_id: int) -> Path | None:
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database).resolve().parent / "locks" / f"booking-{appointment_id}.lock"


__all__ = [
    "BookingWriter",
    "LockTimeout",
    "SyncTurn",
    "account_sync_lock",
    "booking_transaction",
    "configuration_transaction",
    "hold_schedule",
    "is_sqlite",
    "one_booking_lock",
]
