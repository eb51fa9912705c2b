"""Revision 0012 on both databases: which staff offer each service. A store from before
upgrades with every service offered by everyone, as it was: no staff named, every
sub-account offering it, and staff can be named afterwards."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from jumpadesk.config import Settings
from jumpadesk.models import make_engine
from jumpadesk.models.db import SCHEMA_VERSION, _alembic_config
from jumpadesk.services import service_list
from jumpadesk.services.offered import Offered, offered_by
from jumpadesk.services.store import Store
from tests.pg import PostgresServer


def _store_at_0011_with_two_staff_and_a_service(url: str) -> None:
    raw = create_engine(url)
    with raw.connect() as conn:
        command.upgrade(_alembic_config(conn), "0011")
        if raw.dialect.name == "sqlite":
            conn.execute(text(f"PRAGMA user_version={SCHEMA_VERSION}"))
        for name in ("Maria", "Alex"):
            conn.execute(text("INSERT INTO sub_account (name, timezone, created_at, "
                              f"opening_hours) VALUES ('{name}', 'Europe/Berlin', "
                              "'2026-11-01 09:00:00', '')"))
        conn.execute(text("INSERT INTO service (name, length_minutes, buffer_before_minutes, "
                          "buffer_after_minutes, created_at) VALUES ('Colour', 60, 0, 15, "
                          "'2026-11-01 09:00:00')"))
        conn.commit()
    raw.dispose()


def _upgraded_offered_by_everyone(url: str, *, shared: bool = False) -> None:
    store = Store(make_engine(url, upgrade_shared=shared), Settings())
    try:
        offers = service_list.services(store)
        assert offers == [Offered("Colour", timedelta(hours=1), timedelta(0),
                                  timedelta(minutes=15), ())]
        assert offers[0].json()["staff"] == []
        assert [o.name for o in offered_by(offers, "Maria")] == ["Colour"]
        assert [o.name for o in offered_by(offers, "Alex")] == ["Colour"]
        # Staff named afterwards: only they offer it.
        service_list.set_staff(store, "Colour", ["Alex"])
        offers = service_list.services(store)
        assert offered_by(offers, "Maria") == []
        assert [o.name for o in offered_by(offers, "Alex")] == ["Colour"]
    finally:
        store.engine.dispose()


def test_revision_0012_service_staff_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'jumpadesk.db'}"
    _store_at_0011_with_two_staff_and_a_service(url)
    _upgraded_offered_by_everyone(url)


def test_revision_0012_service_staff_on_postgresql(postgres_server: PostgresServer) -> None:
    name = postgres_server.create_database(migrated=False)
    try:
        url = postgres_server.url(name)
        _store_at_0011_with_two_staff_and_a_service(url)
        _upgraded_offered_by_everyone(url, shared=True)
    finally:
        postgres_server.drop_database(name)
