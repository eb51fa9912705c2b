"""The command line's read-only questions (`busy`, `events`, `status`, `conflicts`)
answered from the SQLite store through plain sqlite3, without loading the ORM.

`ReadOnlyDesk` offers the few Desk methods those commands call, over the same service
functions (services/schedule.py) and the same rules (jumpadesk.availability) as the
Desk; only the reader differs. `open_read_only_desk` returns None whenever this path
cannot answer with certainty, and the command line then asks the full Desk: a shared
(PostgreSQL) store, no store file yet, a schema other than the one this jumpadesk
reads, or a sub-account that does not exist yet (the Desk creates it on first use).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from jumpadesk import config
from jumpadesk.availability import Interval, ScheduleItem, StaleCalendar
from jumpadesk.rows import (
    ConnectionInfo,
    SqliteReader,
    SubAccountRow,
    connections_of,
    find_sub_account,
    open_read_only,
    schema_is_current,
)
from jumpadesk.services import schedule
from jumpadesk.services.schedule import AppointmentConflict


class CannotAnswer(Exception):
    """The read-only path cannot answer after all (the sub-account went away, the file
    failed to read): the caller asks the full Desk instead."""


def local_store_path() -> Path | None:
    """The SQLite file of this data folder's store, or None for a shared store."""
    url = config.database_url_from_environment() or config.chosen_store_url()
    if url is None:
        return config.home_dir() / "jumpadesk.db"
    if url.startswith("sqlite:///") and "?" not in url:
        return Path(url.removeprefix("sqlite:///"))
    return None


class ReadOnlyStore:
    """A SQLite store opened read-only, as a services/schedule ReadSource."""

    def __init__(self, connection: sqlite3.Connection, settings: config.Settings) -> None:
        self.connection = connection
        self.reader = SqliteReader(connection)
        self.settings = settings

    @contextmanager
    def reading(self, sub_name: str) -> Iterator[tuple[SqliteReader, SubAccountRow]]:
        """One short read transaction (one snapshot; in WAL mode it blocks no writer)."""
        try:
            self.connection.execute("BEGIN")
            try:
                sub = find_sub_account(self.reader, sub_name)
                if sub is None:
                    raise CannotAnswer(f"no sub-account {sub_name!r}")
                yield self.reader, sub
            finally:
                self.connection.execute("COMMIT")
        except sqlite3.Error as exc:
            raise CannotAnswer(str(exc)) from exc

    def close(self) -> None:
        self.connection.close()


class ReadOnlyDesk:
    """The Desk's read-only questions over a ReadOnlyStore (see the module's docstring)."""

    def __init__(self, store: ReadOnlyStore) -> None:
        self.store = store

    def zone(self, sub_name: str) -> ZoneInfo:
        with self.store.reading(sub_name) as (_, sub):
            return ZoneInfo(sub.timezone)

    def connections(self, sub_name: str) -> list[ConnectionInfo]:
        with self.store.reading(sub_name) as (reader, sub):
            return connections_of(reader, sub)

    def schedule(self, sub_name: str, start: datetime, end: datetime) -> list[ScheduleItem]:
        return schedule.schedule(self.store, sub_name, start, end)

    def busy(self, sub_name: str, start: datetime, end: datetime) -> list[Interval]:
        return schedule.busy(self.store, sub_name, start, end)

    def stale(self, sub_name: str) -> list[StaleCalendar]:
        return schedule.stale(self.store, sub_name)

    def event_problems(self, sub_name: str) -> list[str]:
        return schedule.event_problems(self.store, sub_name)

    def appointment_conflicts(self, sub_name: str) -> list[AppointmentConflict]:
        return schedule.appointment_conflicts(self.store, sub_name)

    def close(self) -> None:
        self.store.close()


def open_read_only_desk(sub_name: str) -> ReadOnlyDesk | None:
    """A ReadOnlyDesk on this data folder's SQLite store when it can answer for
    `sub_name` with certainty; None when the full Desk must answer."""
    path = local_store_path()
    if path is None or not path.is_file():
        return None
    try:
        connection = open_read_only(path)
    except sqlite3.Error:
        return None
    try:
        reader = SqliteReader(connection)
        if schema_is_current(reader) and find_sub_account(reader, sub_name) is not None:
            return ReadOnlyDesk(ReadOnlyStore(connection, config.Settings.from_env()))
    except sqlite3.Error:
        pass
    connection.close()
    return None
