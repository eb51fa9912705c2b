"""The store's plain SQL (jumpadesk.rows, jumpadesk.availability) run inside a session."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import text
from sqlmodel import Session


class SessionReader:
    """A StoreReader over a session: each read runs on the session's own connection, in
    its transaction (a booking's check inside `models.locks.booking_transaction` sees
    what that transaction sees), after flushing what the session holds unsaved, as the
    ORM's own queries would."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple]:
        if self.session.autoflush:
            self.session.flush()
        result = self.session.connection().execute(text(sql), dict(params or {}))
        return [tuple(row) for row in result]


def read_at_one_moment(session: Session) -> None:
    """Make the session's transaction, not yet begun, see the store as it was at its
    first read, whatever other desks commit meanwhile: on SQLite one deferred transaction
    (pysqlite begins one only before a write), on PostgreSQL REPEATABLE READ (each
    statement of READ COMMITTED sees the latest commits)."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        return
    conn = session.connection()
    if conn.dialect.name == "sqlite" and not getattr(
            conn.connection.dbapi_connection, "in_transaction", False):
        conn.exec_driver_sql("BEGIN")
