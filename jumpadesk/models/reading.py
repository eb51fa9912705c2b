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
