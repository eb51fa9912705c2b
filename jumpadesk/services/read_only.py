"""The command line's read-only questions (`busy`, `events`, `status`, `conflicts`)
answered from the store through plain SQL, without loading the ORM: a SQLite file through
sqlite3 (jumpadesk.rows.SqliteReader), a shared PostgreSQL store through psycopg
(jumpadesk.pg_reading.PsycopgReader, imported only for such a store).

`ReadOnlyDesk` offers the few Desk methods those commands call (and the week the window
paints first, before its Desk is loaded: ui/desk_on_the_way.py), over the same service
functions (services/schedule.py) and the same rules (jumpadesk.availability) as the
Desk; only the reader differs. `open_read_only_desk` returns None whenever this path
cannot answer with certainty, and the command line then asks the full Desk, which
words any failure: no store file yet (a damaged one is refused here, at once, as the Desk
would: store_file.check), a shared store out of reach or refusing the password, psycopg
missing, or a schema other than the one this jumpadesk reads (the full Desk names the
version to install, or `jumpadesk store upgrade`). Two answers are given here at once: a
sub-account the store does not have (UnknownSubAccount, the same sentence as the full
Desk's: nothing is made on the fly on either path), and a shared store that lets the
connection time out (the full Desk's sentence, rather than a second wait for it).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from jumpadesk import config, store_file
from jumpadesk.agenda import AgendaDay
from jumpadesk.availability import CONFLICT_HORIZON, Interval, ScheduleItem, StaleCalendar
from jumpadesk.kinds import NOT_CONFIRMED
from jumpadesk.rows import (
    AppointmentRow,
    ConnectionInfo,
    SqliteReader,
    StoreReader,
    SubAccountRow,
    SubKey,
    connections_of,
    open_read_only,
    resolve_sub_account,
)
from jumpadesk.services import agenda, free, schedule, week
from jumpadesk.services.schedule import AppointmentConflict
from jumpadesk.week import WeekSnapshot

log = logging.getLogger("jumpadesk.read_only")


class CannotAnswer(Exception):
    """The read-only path cannot answer after all (the store failed to read): the caller
    asks the full Desk instead."""


class PlainReader(Protocol):
    """A StoreReader on its own connection (SqliteReader, PsycopgReader)."""

    @property
    def errors(self) -> tuple[type[Exception], ...]:
        """The exceptions its driver raises (sqlite3.Error, psycopg.Error)."""
        ...

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> Sequence[Sequence[Any]]:
        ...

    def snapshot(self) -> AbstractContextManager[None]: ...

    def schema_is_current(self) -> bool: ...

    def close(self) -> None: ...


def local_store_path() -> Path | None:
    """The SQLite file of this data folder's store, or None for a shared store."""
    url = config.database_url_from_environment() or config.chosen_store_url()
    if url is None:
        return config.home_dir() / "jumpadesk.db"
    if url.startswith("sqlite:///") and "?" not in url:
        return Path(url.removeprefix("sqlite:///"))
    return None


def shared_store() -> tuple[str, bool] | None:
    """The shared (PostgreSQL) store's URL and whether it was chosen with `jumpadesk
    store use` (its password then in the keychain or ~/.pgpass), or None."""
    from_env = config.database_url_from_environment()
    url = from_env or config.chosen_store_url()
    if url is None or not url.startswith(("postgresql", "postgres")):
        return None
    return url, not from_env


class ReadOnlyStore:
    """A store opened read-only, as a services/schedule ReadSource."""

    def __init__(self, reader: PlainReader, settings: config.Settings) -> None:
        self.reader = reader
        self.settings = settings

    @contextmanager
    def reading(self, which: SubKey | None) -> Iterator[tuple[StoreReader, SubAccountRow]]:
        """One short read transaction (one snapshot; it blocks no writer)."""
        try:
            with self.reader.snapshot():
                yield self.reader, resolve_sub_account(self.reader, which)
        except self.reader.errors as exc:
            raise CannotAnswer(str(exc)) from exc

    def reading_at_one_moment(self, which: SubKey | None) -> AbstractContextManager[
            tuple[StoreReader, SubAccountRow]]:
        """reading(): its one snapshot already sees the store at one moment."""
        return self.reading(which)

    def close(self) -> None:
        self.reader.close()


class ReadOnlyDesk:
    """The Desk's read-only questions over a ReadOnlyStore (see the module's docstring),
    about `sub`, the sub-account resolved when the desk was opened."""

    def __init__(self, store: ReadOnlyStore, sub: SubAccountRow) -> None:
        self.store = store
        self.sub = sub

    def zone(self, sub_name: SubKey) -> ZoneInfo:
        with self.store.reading(sub_name) as (_, sub):
            return ZoneInfo(sub.timezone)

    def connections(self, sub_name: SubKey) -> list[ConnectionInfo]:
        with self.store.reading(sub_name) as (reader, sub):
            return connections_of(reader, sub)

    def schedule(self, sub_name: SubKey, start: datetime, end: datetime) -> list[ScheduleItem]:
        return schedule.schedule(self.store, sub_name, start, end)

    def busy(self, sub_name: SubKey, start: datetime, end: datetime) -> list[Interval]:
        return schedule.busy(self.store, sub_name, start, end)

    def stale(self, sub_name: SubKey) -> list[StaleCalendar]:
        return schedule.stale(self.store, sub_name)

    def event_problems(self, sub_name: SubKey) -> list[str]:
        return schedule.event_problems(self.store, sub_name)

    def appointment_conflicts(self, sub_name: SubKey,
                              horizon: timedelta = CONFLICT_HORIZON) -> list[AppointmentConflict]:
        return schedule.appointment_conflicts(self.store, sub_name, horizon=horizon)

    def unconfirmed(self, sub_name: SubKey) -> list[AppointmentRow]:
        return schedule.unconfirmed(self.store, sub_name)

    def free_times(self, which: SubKey | None, length: timedelta | None,
                   **options: Any) -> free.FreeTimes:
        return free.free_times(self.store, which, length, **options)

    def agenda_days(self, which: SubKey | None, day: date,
                    **options: Any) -> tuple[AgendaDay, ...]:
        return agenda.agenda_days(self.store, which, day, **options)

    def week_snapshot(self, which: SubKey | None, monday: date, *, am_pm: bool = False,
                      conflicts: tuple[datetime, datetime] | None = None,
                      now: datetime | None = None) -> WeekSnapshot:
        """The week as the window shows it (Desk.week_snapshot, the same service function):
        the window's first week, painted before the Desk is loaded."""
        return week.week_snapshot(self.store, which, monday, am_pm=am_pm,
                                  conflicts=conflicts, now=now)

    def close(self) -> None:
        self.store.close()


def open_read_only_desk(sub_name: str | None) -> ReadOnlyDesk | None:
    """A ReadOnlyDesk on this data folder's store, about the sub-account `sub_name` (None:
    the first), when it can answer with certainty; None when the full Desk must answer.
    UnknownSubAccount when the store does not have that sub-account."""
    reader = _open_reader()
    if reader is None:
        return None
    try:
        with reader.snapshot():
            sub = resolve_sub_account(reader, sub_name) if reader.schema_is_current() else None
            if sub is not None and _awaits_icloud(reader):
                sub = None
        if sub is not None:
            return ReadOnlyDesk(ReadOnlyStore(reader, config.Settings.from_env()), sub)
    except reader.errors as exc:
        log.info("the full desk answers: %s", type(exc).__name__)
    except BaseException:
        reader.close()
        raise
    reader.close()
    return None


def _awaits_icloud(reader: PlainReader) -> bool:
    """Whether some booking is not yet confirmed by iCloud: then the full Desk answers
    too, after asking iCloud about it again (the command line does that first)."""
    return bool(reader.rows(
        "SELECT 1 FROM appointment WHERE status IN (:pending, :unconfirmed) LIMIT 1",
        {"pending": NOT_CONFIRMED[0].value, "unconfirmed": NOT_CONFIRMED[1].value}))


def _open_reader() -> PlainReader | None:
    shared = shared_store()
    if shared is not None:
        return _open_shared(*shared)
    path = local_store_path()
    if path is None or not store_file.check(path):  # a damaged file: DamagedStore, said now
        return None
    try:
        return SqliteReader(open_read_only(path))
    except sqlite3.Error:
        return None


def _open_shared(url: str, from_keychain: bool) -> PlainReader | None:
    """A PsycopgReader on the shared store, or None (why goes to the log, never the
    password: the full Desk then says it in a sentence)."""
    try:
        from jumpadesk import pg_reading
    except ImportError:  # psycopg missing: the full Desk says what to install
        return None
    try:
        return pg_reading.open_reader(url, from_keychain)
    except (ValueError, pg_reading.psycopg.Error) as exc:
        if "timeout expired" in str(exc).lower():
            # A server gone quiet: the full Desk would wait out connect_timeout again
            # only to say this same sentence, so it is said now, in its words.
            raise _full_desks_sentence(exc) from exc
        log.info("the full desk answers: %s", type(exc).__name__)
        return None


def _full_desks_sentence(exc: Exception) -> Exception:
    from jumpadesk.errors import StoreError
    from jumpadesk.models.db import store_sentence
    from jumpadesk.store_url import database_url

    return StoreError(store_sentence(exc, database_url()))
