"""Which desk cancelled an appointment: revision 0007 on both databases. An
appointment cancelled before it (no desk recorded) is still named by what it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from jumpadesk.errors import InputError
from jumpadesk.models import make_engine
from jumpadesk.models.db import SCHEMA_VERSION, _alembic_config
from jumpadesk.service import Desk
from tests.pg import PostgresServer

# Monday 7 December 2026, 10:00-10:30 in Berlin.
START, END = 1796634000, 1796635800


def _store_at_0005_with_a_cancelled_appointment(url: str) -> None:
    raw = create_engine(url)
    with raw.connect() as conn:
        command.upgrade(_alembic_config(conn), "0005")
        if raw.dialect.name == "sqlite":
            conn.execute(text(f"PRAGMA user_version={SCHEMA_VERSION}"))
        conn.execute(text("INSERT INTO sub_account (name, timezone, created_at, opening_hours) "
                          "VALUES ('Salon B', 'Europe/Berlin', '2026-11-01 09:00:00', '')"))
        conn.execute(text(
            "INSERT INTO appointment (sub_account_id, title, start_ts, end_ts, uid, href, "
            "etag, status, guest_name, guest_email, guest_phone, created_at) VALUES "
            f"(1, 'Haircut', {START}, {END}, 'u1', '', '', 'cancelled', 'Jana Weber', '', '', "
            "'2026-11-01 09:00:00')"))
        conn.commit()
    raw.dispose()


def _the_old_cancellation_is_named(url: str, *, shared: bool = False) -> None:
    engine = make_engine(url, upgrade_shared=shared)
    desk = Desk(engine=engine)
    assert desk.appointment("Salon B", 1).cancelled_by == ""
    with pytest.raises(InputError) as caught:
        desk.cancel("Salon B", 1)
    assert str(caught.value) == ("\u201cHaircut\u201d for Jana Weber on Monday 7 December "
                                 "2026, 10:00 \u2013 10:30 was already cancelled.")
    engine.dispose()


def test_revision_0007_cancelled_by_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'jumpadesk.db'}"
    _store_at_0005_with_a_cancelled_appointment(url)
    _the_old_cancellation_is_named(url)


def test_revision_0007_cancelled_by_on_postgresql(postgres_server: PostgresServer) -> None:
    name = postgres_server.create_database(migrated=False)
    try:
        url = postgres_server.url(name)
        _store_at_0005_with_a_cancelled_appointment(url)
        _the_old_cancellation_is_named(url, shared=True)
    finally:
        postgres_server.drop_database(name)
