"""Revision 0011 on both databases: an appointment names the desk that booked it and
whether the guest came, a contact keeps notes. A store from before upgrades with its
appointments unmarked, naming no desk, and its contacts without notes."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from jumpadesk.models import make_engine
from jumpadesk.models.db import SCHEMA_VERSION, _alembic_config
from tests.pg import PostgresServer

# Monday 7 December 2026, 10:00-10:30 in Berlin.
START, END = 1796634000, 1796635800


def _store_at_0010_with_a_booked_client(url: str) -> None:
    raw = create_engine(url)
    with raw.connect() as conn:
        command.upgrade(_alembic_config(conn), "0010")
        if raw.dialect.name == "sqlite":
            conn.execute(text(f"PRAGMA user_version={SCHEMA_VERSION}"))
        conn.execute(text("INSERT INTO sub_account (name, timezone, created_at, opening_hours) "
                          "VALUES ('Salon B', 'Europe/Berlin', '2026-11-01 09:00:00', '')"))
        conn.execute(text("INSERT INTO contact (sub_account_id, name, email, phone, created_at)"
                          " VALUES (1, 'Jana Weber', 'jana@example.com', '', "
                          "'2026-11-01 09:00:00')"))
        conn.execute(text(
            "INSERT INTO appointment (sub_account_id, contact_id, title, start_ts, end_ts, uid,"
            " href, etag, status, guest_name, guest_email, guest_phone, created_at) VALUES "
            f"(1, 1, 'Haircut', {START}, {END}, 'u1', '', '', 'written', 'Jana Weber', "
            "'jana@example.com', '', '2026-11-01 09:00:00')"))
        conn.commit()
    raw.dispose()


def _upgraded_unmarked_and_without_notes(url: str, *, shared: bool = False) -> None:
    engine = make_engine(url, upgrade_shared=shared)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT title, booked_by, attendance FROM appointment"))\
            .fetchall() == [("Haircut", "", "")]
        assert conn.execute(text("SELECT name, notes FROM contact")).fetchall() == [
            ("Jana Weber", "")]
    engine.dispose()


def test_revision_0011_clients_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'jumpadesk.db'}"
    _store_at_0010_with_a_booked_client(url)
    _upgraded_unmarked_and_without_notes(url)


def test_revision_0011_clients_on_postgresql(postgres_server: PostgresServer) -> None:
    name = postgres_server.create_database(migrated=False)
    try:
        url = postgres_server.url(name)
        _store_at_0010_with_a_booked_client(url)
        _upgraded_unmarked_and_without_notes(url, shared=True)
    finally:
        postgres_server.drop_database(name)
