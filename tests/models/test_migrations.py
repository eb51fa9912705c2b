"""One schema on both databases, made and moved forward by the Alembic revisions."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Integer, create_engine, inspect, text
from sqlmodel import SQLModel

from jumpadesk.errors import StoreNeedsUpgrade
from jumpadesk.models import make_engine
from jumpadesk.models.db import SCHEMA_VERSION, _alembic_config, _script
from jumpadesk.service import Desk
from tests.pg import PostgresServer

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
HEAD = _script().get_current_head()


def revision_of(engine) -> str | None:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_a_store_from_the_previous_version_upgrades_in_place_with_its_backup_first(
    tmp_path: Path,
) -> None:
    # Made by jumpadesk before migrations (create_all, user_version 1): Main with a
    # blocked slot, and a second sub-account.
    path = tmp_path / "jumpadesk.db"
    old = sqlite3.connect(path)
    old.executescript((FIXTURES / "store_v1.sql").read_text())
    old.close()

    engine = make_engine(f"sqlite:///{path}")

    backup = tmp_path / "jumpadesk.db.v1.bak"
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone() == (1,)
        assert copy.execute("SELECT title FROM blocked_slot").fetchall() == [
            ("Lunch with the accountant",)]
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA user_version")).scalar() == SCHEMA_VERSION
    assert revision_of(engine) == HEAD
    desk = Desk(engine=engine)
    assert [s.name for s in desk.sub_accounts()] == ["Main", "Salon B"]
    day = datetime(2026, 11, 25, tzinfo=UTC)
    items = desk.schedule("Main", day, day + timedelta(days=1))
    assert [i.title for i in items] == ["Lunch with the accountant"]
    desk.block("Main", day + timedelta(hours=14), day + timedelta(hours=15), "Stock take")
    # Opening it again changes nothing and makes no second backup.
    backup.unlink()
    make_engine(f"sqlite:///{path}").dispose()
    assert not backup.exists()


def test_a_shared_store_from_before_migrations_upgrades_when_asked(
    postgres_server: PostgresServer,
) -> None:
    name = postgres_server.create_database(migrated=False)
    try:
        url = postgres_server.url(name)
        # What create_all made for JUMPADESK_DATABASE_URL before: revision 0001's tables,
        # no alembic_version.
        raw = create_engine(url)
        with raw.connect() as conn:
            command.upgrade(_alembic_config(conn), "0001")
            conn.execute(text("DROP TABLE alembic_version"))
            conn.execute(text("INSERT INTO sub_account (name, timezone, created_at) "
                              "VALUES ('Main', 'Europe/Berlin', now())"))
            conn.commit()
        raw.dispose()

        # Other desks may still use it: upgraded only when asked (jumpadesk store upgrade).
        with pytest.raises(StoreNeedsUpgrade, match=r"schema of an older jumpadesk \(0001\)"):
            make_engine(url)
        engine = make_engine(url, upgrade_shared=True)
        assert revision_of(engine) == HEAD
        columns = {c["name"]: c["type"] for c in inspect(engine).get_columns("appointment")}
        assert str(columns["start_ts"]) == "BIGINT"
        assert [s.name for s in Desk(engine=engine).sub_accounts()] == ["Main"]
        engine.dispose()
    finally:
        postgres_server.drop_database(name)


def _same_integers_on_sqlite(context, _inspected_column, _metadata_column,  # type: ignore[no-untyped-def]
                             inspected_type, metadata_type):
    # SQLite's INTEGER is 64-bit: BIGINT there would be the same column under another name.
    if (context.dialect.name == "sqlite" and isinstance(inspected_type, Integer)
            and isinstance(metadata_type, Integer)):
        return False
    return None


def _schema_drift(url: str) -> list:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": _same_integers_on_sqlite})
            return compare_metadata(context, SQLModel.metadata)
    finally:
        engine.dispose()


def test_the_revisions_make_exactly_the_tables_the_code_describes_on_sqlite(
    tmp_path: Path,
) -> None:
    assert _schema_drift(f"sqlite:///{tmp_path / 'j.db'}") == []


def test_the_revisions_make_exactly_the_tables_the_code_describes_on_postgresql(
    pg_url: str,
) -> None:
    assert _schema_drift(pg_url) == []


def test_desks_opening_a_new_shared_store_at_once_migrate_it_once(
    postgres_server: PostgresServer,
) -> None:
    name = postgres_server.create_database(migrated=False)
    url = postgres_server.url(name)
    errors: list[BaseException] = []

    def open_store() -> None:
        try:
            make_engine(url).dispose()
        except BaseException as exc:  # reported below
            errors.append(exc)

    try:
        threads = [threading.Thread(target=open_store) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert errors == []
        engine = make_engine(url)
        assert revision_of(engine) == HEAD
        engine.dispose()
    finally:
        postgres_server.drop_database(name)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_store_from_a_newer_jumpadesk_is_refused_with_a_sentence(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest,
) -> None:
    from jumpadesk.errors import StoreError

    url = (f"sqlite:///{tmp_path / 'j.db'}" if kind == "sqlite"
           else request.getfixturevalue("pg_url"))
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer jumpadesk"):
        make_engine(url)


def test_a_store_one_revision_behind_is_backed_up_under_that_revision(tmp_path: Path) -> None:
    path = tmp_path / "jumpadesk.db"
    raw = create_engine(f"sqlite:///{path}")
    with raw.connect() as conn:
        command.upgrade(_alembic_config(conn), "0003")
        conn.execute(text(f"PRAGMA user_version={SCHEMA_VERSION}"))
        conn.commit()
    raw.dispose()
    engine = make_engine(f"sqlite:///{path}")
    assert revision_of(engine) == HEAD
    with sqlite3.connect(tmp_path / "jumpadesk.db.0003.bak") as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
    engine.dispose()


def test_a_shared_store_behind_is_upgraded_only_when_asked_and_names_who_made_it(
    postgres_server: PostgresServer,
) -> None:
    from jumpadesk import __version__

    name = postgres_server.create_database_at("0004")
    try:
        url = postgres_server.url(name)
        with pytest.raises(StoreNeedsUpgrade) as needed:
            make_engine(url)
        assert (needed.value.revision, needed.value.head, needed.value.version) == (
            "0004", HEAD, __version__)
        assert needed.value.made_by is None  # made before stores named their jumpadesk
        assert [c.split(":")[0] for c in needed.value.changes] == [
            "Opening hours per sub-account", "The store names the jumpadesk that brought it "
            "to each schema revision, so a desk with an older jumpadesk can say which version "
            "to install; and a store starts with its first sub-account, Main, in the "
            "computer's time zone (nothing makes one on first use any more).",
            "Each cancelled appointment names the desk that cancelled it, so a desk whose "
            "screen is behind names the appointment and who cancelled it instead of an id.",
            "Blocked slots that repeat", "Services", "Notes on an appointment",
            "Clients", "Which staff offer each service"]
        assert postgres_server.admin("SELECT version_num FROM alembic_version", name) == [
            ("0004",)]  # nothing changed on the side

        make_engine(url, upgrade_shared=True).dispose()
        assert postgres_server.admin("SELECT revision, app_version FROM store_version",
                                     name) == [(HEAD, __version__)]
        assert [s.name for s in Desk(engine=make_engine(url)).sub_accounts()] == ["Main"]
    finally:
        postgres_server.drop_database(name)


def test_a_local_store_behind_upgrades_itself_and_names_who_made_it(tmp_path: Path) -> None:
    from jumpadesk import __version__

    path = tmp_path / "jumpadesk.db"
    raw = create_engine(f"sqlite:///{path}")
    with raw.connect() as conn:
        command.upgrade(_alembic_config(conn), "0004")
        conn.execute(text(f"PRAGMA user_version={SCHEMA_VERSION}"))
        conn.commit()
    raw.dispose()
    make_engine(f"sqlite:///{path}").dispose()  # this desk's alone: no question asked
    with sqlite3.connect(path) as upgraded:
        assert upgraded.execute("SELECT revision, app_version FROM store_version").fetchall() == [
            (HEAD, __version__)]
        assert upgraded.execute("SELECT name FROM sub_account").fetchall() == [("Main",)]
    assert (tmp_path / "jumpadesk.db.0004.bak").exists()
