"""Who may write when: the locks that keep several bookers and syncs from crossing.

Everything that decides "is this slot free, then take it" runs in `booking_transaction`,
one at a time across every process that shares the store: the window, the command line,
a second window, other desks. The database decides, not the app:

- SQLite: `BEGIN IMMEDIATE` takes the database's write lock before the check is read,
  so a second booker waits (the busy timeout) and then sees the first one's row.
- PostgreSQL: a transaction-scoped advisory lock taken first does the same.

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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from jumpadesk.config import private_folder, private_opener
from jumpadesk.errors import StoreError
from jumpadesk.store_file import os_error_sentence

log = logging.getLogger("jumpadesk.models.locks")

# Advisory lock keys (PostgreSQL): one for bookings, one range for accounts.
BOOKING_LOCK_KEY = 0x6A640001
ACCOUNT_LOCK_BASE = 0x6A650000
# The first of the two keys of a booking being written to iCloud (the second is its id);
# migrations/versions/0002 uses 0x6A6401 the same way for sub-accounts.
WRITING_LOCK_KEY = 0x6A6402

# How long a sync waits for another pass over the same account before giving up.
SYNC_LOCK_WAIT_SECONDS = 180.0


class LockTimeout(Exception):
    """Another process held a lock for longer than we were willing to wait."""


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


@contextmanager
def booking_transaction(engine: Engine) -> Iterator[Session]:
    """A session in one write transaction that no other booker can interleave with.

    Take it before reading what the decision depends on; it commits on success and
    rolls back on any error (a refusal raised inside leaves nothing behind)."""
    session = Session(engine, expire_on_commit=False)
    try:
        conn = session.connection()
        if is_sqlite(engine):
            # pysqlite opens its own (deferred) transaction only before a write; starting
            # an immediate one here takes the write lock before the check is read.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        elif engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": BOOKING_LOCK_KEY})
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


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
                         or f"jumpadesk cannot make its lock file {path} ({exc.strerror or exc})."
                         ) from exc


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
    "is_sqlite",
]
