"""`jumpadesk store`: show where the schedule is, test a PostgreSQL URL, copy the local
schedule into an empty shared store once, and switch to it, on a real server set up the
way the README says (a user and a database it owns)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from jumpadesk import __version__, cli, store_admin
from jumpadesk.models import make_engine
from jumpadesk.schema import SCHEMA_HEAD
from jumpadesk.service import Desk
from jumpadesk.store_url import database_url, parse_url
from tests.icloud_server import IcloudServer, week_day
from tests.pg import PostgresServer, free_port


def jd(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def salon(postgres_server: PostgresServer) -> Iterator[str]:
    """The README's five lines: a user `desk` with a password and a database it owns.
    Yields the URL without the password."""
    name = f"salon_{free_port()}"
    postgres_server.admin("DROP ROLE IF EXISTS desk")
    postgres_server.admin("CREATE ROLE desk LOGIN PASSWORD 'front-desk-pw'")
    postgres_server.admin(f"CREATE DATABASE {name} OWNER desk")
    try:
        yield f"postgresql://desk@127.0.0.1:{postgres_server.port}/{name}"
    finally:
        postgres_server.drop_database(name)
        postgres_server.admin("DROP ROLE IF EXISTS desk")


def desk_process(home: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    """One `jumpadesk` command in its own process, as a desk on the shared store `url`."""
    env = {**os.environ, "JUMPADESK_HOME": str(home), "JUMPADESK_DATABASE_URL": url}
    return subprocess.run([sys.executable, "-m", "jumpadesk", *args], capture_output=True,
                          text=True, env=env, timeout=60, stdin=subprocess.DEVNULL)


def with_password(url: str, password: str = "front-desk-pw") -> str:
    return url.replace("desk@", f"desk:{password}@")


def test_test_says_what_is_wrong_in_a_sentence(
    jumpadesk_home: Path, salon: str, capsys: pytest.CaptureFixture,
) -> None:
    code, out, _ = jd(capsys, "store", "test", with_password(salon))
    assert code == 0
    assert out.startswith("PostgreSQL 1") and "holds no schedule yet" in out

    code, _, err = jd(capsys, "store", "test", with_password(salon, "wrong"))
    assert code == 1
    assert err.startswith('jumpadesk: The database server refused the password for the user '
                          '"desk" of the shared schedule on 127.0.0.1:')

    code, _, err = jd(capsys, "store", "test", with_password(salon) + "_missing")
    assert "There is no database" in err and "_missing on that server yet" in err

    nobody = f"postgresql://desk:pw@127.0.0.1:{free_port()}/salon"
    code, _, err = jd(capsys, "store", "test", nobody)
    assert code == 1 and err.startswith("jumpadesk: Cannot reach the shared schedule on "
                                        "127.0.0.1:")
    assert "traceback" not in err.lower()

    code, _, err = jd(capsys, "store", "test", "sqlite:///elsewhere.db")
    assert code == 1 and "PostgreSQL database" in err

    # A server older than jumpadesk needs (here: by raising the bar above this one).
    with pytest.raises(store_admin.StoreError, match="too old: jumpadesk needs PostgreSQL 99"):
        store_admin.check(with_password(salon), min_version=990000)


def test_copy_the_local_schedule_once_then_use_the_shared_store(
    jumpadesk_home: Path, salon: str, icloud: IcloudServer, capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch, keyring_backend,  # type: ignore[no-untyped-def]
) -> None:
    # A desk that has worked on its own for a while.
    desk = Desk()
    desk.set_timezone("Main", "Europe/Berlin")
    desk.connect("Main", icloud.apple_id, icloud.password, icloud.url)
    desk.configure("Main", "Work", ["Home", "Family"])
    assert desk.sync("Main").ok
    start = week_day(1, "15:00")
    booked = desk.book("Main", start, start + timedelta(hours=1), "Haircut", "Ann Lee",
                       "ann@example.com")
    desk.block("Main", week_day(2, "12:00"), week_day(2, "13:00"), "Lunch")
    week = (week_day(0), week_day(7))
    local_items = [(i.title, i.start, i.source) for i in desk.schedule("Main", *week)]
    desk.engine.dispose()

    # Another desk opened the new shared store first: it holds only its first sub-account.
    make_engine(parse_url(with_password(salon)).render_as_string(
        hide_password=False)).dispose()
    code, out, err = jd(capsys, "store", "copy-to", with_password(salon))
    assert code == 0, err
    assert out.startswith("Copied 1 appointments, 1 blocked slots, 1 contacts and 1 "
                          "sub-accounts into the shared schedule on 127.0.0.1:")
    # Once: a second copy would mix two schedules.
    code, _, err = jd(capsys, "store", "copy-to", with_password(salon))
    assert code == 1 and "already holds a schedule, so nothing was copied" in err

    code, out, err = jd(capsys, "store", "use", with_password(salon))
    assert code == 0, err
    assert out.startswith("This desk now keeps its schedule in the shared schedule on")
    saved = (jumpadesk_home / "store.json").read_text()
    assert "front-desk-pw" not in saved and json.loads(saved)["database_url"].startswith(
        "postgresql+psycopg://desk@127.0.0.1:")
    assert "front-desk-pw" in keyring_backend.passwords.values()
    assert database_url().startswith("postgresql+psycopg://desk:")

    code, out, _ = jd(capsys, "store", "--json")
    info = json.loads(out)
    assert info["kind"] == "postgresql" and info["password"] == "in the keychain"

    shared = Desk()
    assert shared.engine.dialect.name == "postgresql"
    assert [(i.title, i.start, i.source) for i in shared.schedule("Main", *week)] == local_items
    assert shared.appointment("Main", booked.id).title == "Haircut"
    # New rows continue after the copied ones, and the copied booking still refuses.
    later = week_day(14, "06:00")  # an early morning two weeks on: nothing there
    assert shared.book("Main", later, later + timedelta(hours=1), "Colour").id > booked.id
    with pytest.raises(Exception, match="That time is not free"):
        shared.book("Main", start, start + timedelta(minutes=30), "Trim")
    shared.engine.dispose()

    code, out, _ = jd(capsys, "store", "use", "local")
    assert code == 0 and "again" in out
    assert database_url().startswith("sqlite:///")


SPAN = ("--from", "2026-12-14T00:00:00Z", "--to", "2026-12-15T00:00:00Z")


def test_a_newer_desk_upgrades_a_shared_store_only_with_store_upgrade(
    tmp_path: Path, postgres_server: PostgresServer,
) -> None:
    name = postgres_server.create_database_at("0004")  # as the other desks' jumpadesk left it
    url = postgres_server.url(name)
    where = f"the shared schedule on 127.0.0.1:{postgres_server.port} ({name})"
    try:
        for args in (("busy", *SPAN), ("block", "--start", "2026-12-14T09:00:00Z",
                                       "--end", "2026-12-14T10:00:00Z")):
            refused = desk_process(tmp_path, url, *args)
            assert (refused.returncode, refused.stdout) == (1, ""), args
            assert refused.stderr == (
                f"jumpadesk: {where[0].upper()}{where[1:]} has the schema of an older "
                f"jumpadesk (0004); this desk runs jumpadesk {__version__}, which needs schema "
                f"{SCHEMA_HEAD}. Run `jumpadesk store upgrade` to upgrade it; after that every "
                f"desk that shares it needs jumpadesk {__version__} or newer.\n")
        assert postgres_server.admin("SELECT version_num FROM alembic_version", name) == [
            ("0004",)]

        upgraded = desk_process(tmp_path, url, "store", "upgrade")
        assert upgraded.returncode == 0, upgraded.stderr
        said = upgraded.stdout.splitlines()
        assert said[0] == (f"{where[0].upper()}{where[1:]} has the schema of an older "
                           f"jumpadesk (0004). jumpadesk {__version__} upgrades it to schema "
                           f"{SCHEMA_HEAD}:")
        assert said[1].startswith("  - Opening hours per sub-account")
        assert said[-2] == (f"After this, every desk that shares it needs jumpadesk "
                            f"{__version__} or newer: a desk with an older jumpadesk stops, "
                            "naming the version to install, until it is updated.")
        assert said[-1] == f"Upgraded {where} to schema {SCHEMA_HEAD}."
        assert postgres_server.admin("SELECT app_version FROM store_version", name) == [
            (__version__,)]
        answered = desk_process(tmp_path, url, "busy", *SPAN)
        assert (answered.returncode, answered.stderr) == (0, "")
        again = desk_process(tmp_path, url, "store", "upgrade")
        assert again.stdout == (f"{where[0].upper()}{where[1:]} already has the schema "
                                f"jumpadesk {__version__} uses: nothing to upgrade.\n")
    finally:
        postgres_server.drop_database(name)


def test_an_older_desk_names_the_version_to_install_on_every_command(
    tmp_path: Path, postgres_server: PostgresServer, pg_url: str,
) -> None:
    assert desk_process(tmp_path, pg_url, "block", "--start", "2026-12-14T09:00:00Z",
                        "--end", "2026-12-14T10:00:00Z").returncode == 0
    name = pg_url.rsplit("/", 1)[1]
    # A desk with jumpadesk 9.1.0 upgraded the store to its schema 0099.
    postgres_server.admin("UPDATE alembic_version SET version_num = '0099'", name)
    postgres_server.admin("INSERT INTO store_version (revision, app_version, upgraded_at) "
                          "VALUES ('0099', '9.1.0', now())", name)
    sentence = (f"jumpadesk: The shared schedule on 127.0.0.1:{postgres_server.port} ({name}) "
                f"was upgraded by a newer jumpadesk, 9.1.0 (schema 0099), and this desk runs "
                f"jumpadesk {__version__}: install jumpadesk 9.1.0 or newer here to use it.\n")
    for args in (("busy", *SPAN), ("events", *SPAN, "--json"), ("status",),
                 ("sub-accounts",), ("store", "upgrade"),
                 ("block", "--start", "2026-12-14T11:00:00Z", "--end", "2026-12-14T12:00:00Z")):
        refused = desk_process(tmp_path, pg_url, *args)
        assert (refused.returncode, refused.stdout, refused.stderr) == (1, "", sentence), args
    assert postgres_server.admin("SELECT version_num FROM alembic_version", name) == [
        ("0099",)]
