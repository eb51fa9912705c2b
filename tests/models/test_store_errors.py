"""Store errors are told apart by SQLite's result codes and PostgreSQL's SQLSTATEs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from jumpadesk.errors import StoreError
from jumpadesk.models import make_engine, session_scope
from jumpadesk.models.db import sqlite_code, store_errors, store_sentence

SHARED = make_url("postgresql+psycopg://desk@db.example:5432/salon")


def sqlite_failure(action) -> sqlite3.Error:  # type: ignore[no-untyped-def]
    with pytest.raises(sqlite3.Error) as caught:
        action()
    return caught.value


def test_a_full_database_is_a_full_disk(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "full.db")
    db.execute("CREATE TABLE t (x TEXT)")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count={pages}")
    exc = sqlite_failure(lambda: db.execute("INSERT INTO t VALUES (?)", ("x" * 20000,)))
    assert sqlite_code(exc) == sqlite3.SQLITE_FULL
    assert store_sentence(exc).startswith("The disk is full")


def test_a_file_held_by_another_writer_is_busy(tmp_path: Path) -> None:
    holder = sqlite3.connect(tmp_path / "busy.db", isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(tmp_path / "busy.db", timeout=0, isolation_level=None)
    exc = sqlite_failure(lambda: other.execute("BEGIN IMMEDIATE"))
    assert sqlite_code(exc) == sqlite3.SQLITE_BUSY
    assert "busy in another program" in store_sentence(exc)


def test_a_read_only_file_and_a_missing_folder(tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "ro.db").execute("CREATE TABLE t (x)").connection.commit()
    ro = sqlite3.connect(f"file:{tmp_path / 'ro.db'}?mode=ro", uri=True)
    exc = sqlite_failure(lambda: ro.execute("INSERT INTO t VALUES (1)"))
    assert sqlite_code(exc) == sqlite3.SQLITE_READONLY  # an extended code, by its low byte
    assert "read-only" in store_sentence(exc)
    exc = sqlite_failure(lambda: sqlite3.connect(tmp_path / "no" / "such" / "x.db"))
    assert sqlite_code(exc) == sqlite3.SQLITE_CANTOPEN
    assert "cannot be opened" in store_sentence(exc)


def test_the_message_text_alone_decides_nothing() -> None:
    words = sqlite3.OperationalError("database is locked; disk is full; readonly")
    assert store_sentence(words).startswith("The local data store failed")


class PgError(Exception):
    """Stands in for psycopg's errors: what the sentence reads is `sqlstate`."""

    def __init__(self, message: str, sqlstate: str | None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(("sqlstate", "start"), [
    ("28P01", 'The database server refused the password for the user "desk"'),
    ("3D000", "There is no database salon on that server yet"),
    ("08006", "Cannot reach the shared schedule on db.example:5432 (salon)"),
    ("57P01", "Cannot reach the shared schedule on db.example:5432 (salon)"),
])
def test_postgresql_errors_by_sqlstate(sqlstate: str, start: str) -> None:
    failure = PgError("whatever the server's words", sqlstate)
    assert store_sentence(failure, SHARED).startswith(start)


def test_a_postgresql_error_nobody_can_act_on_is_not_dressed_up() -> None:
    refusal = PgError("connection refused by a trigger", "P0001")
    assert store_sentence(refusal, SHARED).startswith("The local data store failed")


def test_sessions_turn_store_failures_into_sentences(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'j.db'}")
    with pytest.raises(StoreError, match="cannot be opened"), session_scope(engine) as s:
        s.exec(text(f"ATTACH DATABASE '{tmp_path / 'no' / 'x.db'}' AS gone"))  # type: ignore[call-overload]
    with pytest.raises(StoreError, match="cannot be opened"), store_errors(engine.url):
        with engine.connect() as conn:
            conn.exec_driver_sql(f"ATTACH DATABASE '{tmp_path / 'no' / 'x.db'}' AS gone")
