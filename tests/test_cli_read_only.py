"""`busy`, `events`, `status` and `conflicts` answered read-only (services/read_only.py,
plain sqlite3 or psycopg, no ORM) say exactly what the full Desk says, on a real synced
store, SQLite and PostgreSQL alike; and when the read-only path cannot be sure (no store
yet, an old schema, a shared store out of reach or refusing the password) the full Desk
answers instead, with its own sentence. A sub-account the store does not have is
refused alike on both paths."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from jumpadesk import __version__, cli, pg_reading, schema
from jumpadesk.availability import CONFLICT_HORIZON
from jumpadesk.errors import UnknownSubAccount
from jumpadesk.models import db
from jumpadesk.rows import SqliteReader
from jumpadesk.service import Desk
from jumpadesk.services.booking import reserve_appointment
from jumpadesk.services.contacts import Guest
from jumpadesk.services.read_only import open_read_only_desk
from jumpadesk.services.store import Store
from jumpadesk.store_url import database_url as db_url
from tests.conftest import MemoryKeyring, store_kinds
from tests.helpers.cli import both_paths, jd, zulu
from tests.helpers.clock import next_week
from tests.helpers.ics import FIXTURES
from tests.icloud_server import FIXED_WEEK, IcloudServer, week_day
from tests.pg import ADMIN, PASSWORD, PostgresServer, free_port

BERLIN = ZoneInfo("Europe/Berlin")
ROOT = Path(__file__).resolve().parent.parent


READERS = {"sqlite": SqliteReader, "postgresql": pg_reading.PsycopgReader}
#: The lived-in store's comparison runs on both stores (JUMPADESK_TEST_STORES narrows it).
both_stores = pytest.mark.parametrize("store_kind", store_kinds())


def answers_read_only(sub: str, store_kind: str) -> bool:
    """Whether the read-only path can answer for `sub`, reading the expected store."""
    desk = open_read_only_desk(sub)
    if desk is None:
        return False
    desk.close()
    return isinstance(desk.store.reader, READERS[store_kind])


@pytest.fixture
def lived_in(icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
             monkeypatch: pytest.MonkeyPatch) -> IcloudServer:
    """A store as a salon's week leaves it: synced iCloud events of every kind, booked,
    pending and shared appointments, a blocked slot, an event over a booking, events
    read with assumptions, and an account whose last sync failed."""
    monkeypatch.setenv("JUMPADESK_PASSWORD", icloud.password)
    for args in (("connect", "--apple-id", icloud.apple_id, "--server", icloud.url),
                 ("timezone", "Europe/Berlin"),
                 ("sub-accounts", "add", "Front desk"),
                 ("configure", "--linked", "Work", "--conflict", "Home", "--conflict", "Family"),
                 ("--sub-account", "Front desk", "connect", "--apple-id", icloud.apple_id,
                  "--server", icloud.url),
                 ("--sub-account", "Front desk", "timezone", "Europe/Berlin"),
                 ("--sub-account", "Front desk", "configure", "--linked", "Work")):
        code, _, err = jd(capsys, *args)
        assert code == 0, err

    monday = next_week(0, "00:00").date()
    icloud.add_event("Home", "Trade fair", monday, monday + timedelta(days=1))
    icloud.add_event("Home", "Take medication", next_week(1, "09:00").replace(tzinfo=None),
                     next_week(1, "09:15").replace(tzinfo=None))
    icloud.add_event("Home", "Podcast", next_week(1, "12:00"), next_week(1, "13:00"),
                     transp="TRANSPARENT")
    icloud.add_event("Family", "Haircut", next_week(1, "17:00"), next_week(1, "17:30"),
                     status="CANCELLED")
    icloud.add_event("Home", "Wholesale fair", next_week(1, "14:00"), next_week(1, "15:00"),
                     extra=["ORGANIZER;CN=Sam:mailto:sam@supplier.example",
                            f"ATTENDEE;PARTSTAT=DECLINED:mailto:{icloud.apple_id}"])
    icloud.add_event("Home", "Piano lesson", datetime(2026, 4, 8, 16, tzinfo=BERLIN),
                     datetime(2026, 4, 8, 17, tzinfo=BERLIN), rrule="FREQ=WEEKLY;COUNT=3")
    icloud.put_event("Home", (FIXTURES / "lenient_customized_zone.ics").read_text())
    assert jd(capsys, "sync")[0] == 0

    for args in (("book", "--start", zulu(next_week(2, "10:00")), "--end",
                  zulu(next_week(2, "11:00")), "--title", "Colour", "--name", "Ann Lee"),
                 ("block", "--start", zulu(next_week(3, "12:00")), "--end",
                  zulu(next_week(3, "13:00")), "--title", "Lunch"),
                 ("--sub-account", "Front desk", "book", "--start", zulu(next_week(4, "10:00")),
                  "--end", zulu(next_week(4, "11:00")), "--title", "Beard trim")):
        code, _, err = jd(capsys, *args)
        assert code == 0, err
    # Closing up every weekday, but not next Wednesday.
    code, out, err = jd(capsys, "block", "--start", zulu(next_week(0, "18:30")), "--end",
                        zulu(next_week(0, "19:00")), "--title", "Close up", "--repeat",
                        "weekdays")
    assert code == 0, err
    code, _, err = jd(capsys, "unblock", out.strip(), "--only", str(next_week(2, "00:00").date()))
    assert code == 0, err
    # A booking being written right now: its row is there, pending.
    reserve_appointment(Store.open(), "Main", next_week(2, "15:00"), next_week(2, "16:00"),
                        "Consultation", Guest("Bo"))
    # Booked on the phone over the colour appointment; then iCloud stops answering.
    icloud.add_event("Home", "Dentist", next_week(2, "10:30"), next_week(2, "11:30"))
    assert jd(capsys, "sync")[0] == 0
    icloud.fail_next(status=500)
    assert jd(capsys, "sync")[0] == cli.EXIT_SYNC_FAILED
    icloud.clear_faults()
    return icloud


@both_stores
def test_both_paths_answer_alike_on_a_lived_in_store(
    lived_in: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture, store_kind: str,
) -> None:
    caplog.set_level(logging.INFO, logger="jumpadesk")
    assert answers_read_only("Main", store_kind)  # so the first answer is the plain one
    assert answers_read_only("Front desk", store_kind)
    spans = {
        "next week": (next_week(0, "00:00"), next_week(7, "00:00")),
        "the seeded week": (week_day(0), week_day(7)),
        "April, past the stored span": (datetime(2026, 4, 1, tzinfo=BERLIN),
                                        datetime(2026, 5, 1, tzinfo=BERLIN)),
    }
    answers = {}
    for sub in ("Main", "Front desk"):
        for name, (start, end) in spans.items():
            for command_name in ("busy", "events"):
                for extra in ((), ("--json",)):
                    code, out, err = both_paths(
                        capsys, monkeypatch, command_name, "--sub-account", sub,
                        "--from", zulu(start), "--to", zulu(end), *extra)
                    assert code == 0, err
                    answers[sub, name, command_name, extra] = out
        for args in (("status",), ("conflicts",), ("conflicts", "--json")):
            code, out, err = both_paths(capsys, monkeypatch, "--sub-account", sub, *args)
            assert code == 0, err
            answers[sub, args] = out

    assert not [r for r in caplog.records if "full desk" in r.getMessage()]

    # What the answers say (the same on both paths, as checked above).
    week = json.loads(answers["Main", "next week", "events", ("--json",)])
    kinds = {e["title"]: (e["source"], e["busy"], e["all_day"], e["reason"]) for e in week}
    assert kinds["Trade fair"] == ("icloud", True, True, "Busy in iCloud")
    assert kinds["Take medication"][:2] == ("icloud", True)
    assert kinds["Podcast"] == ("icloud", False, False, "Free in iCloud")
    assert kinds["Haircut"] == ("icloud", False, False, "Cancelled in iCloud")
    assert kinds["Colour"][:2] == kinds["Consultation"][:2] == ("appointment", True)
    assert kinds["Lunch"][:2] == ("blocked", True)
    closing = [e for e in week if e["title"] == "Close up"]
    assert [e["start"] for e in closing] == [zulu(next_week(d, "18:30")) for d in (0, 1, 3, 4)]
    assert {(e["source"], e["busy"], e["repeat"]) for e in closing} == {
        ("blocked", True, "every weekday (Monday to Friday)")}
    assert "Close up" not in answers["Front desk", "next week", "events", ()]
    assert kinds["Beard trim"][3] == "Appointment booked in jumpadesk by another sub-account"
    medication = next(e for e in week if e["title"] == "Take medication")
    assert medication["start"] == zulu(next_week(1, "09:00"))  # floating: read in Berlin
    april = answers["Main", "April, past the stored span", "busy", ()]
    assert april.count("busy") == 3  # the weekly lesson, expanded from the stored object
    assert kinds["Wholesale fair"] == ("icloud", False, False, "Declined invitation")
    assert "Team stand-up" in answers["Main", "the seeded week", "events", ()]
    status = answers["Main", ("status",)]
    assert "Out of date: Work (iCloud)" in status and "Check: 'Supplier call'" in status
    assert "Conflicts: 1 appointment now overlapped" in status
    [clash] = json.loads(answers["Main", ("conflicts", "--json")])
    assert clash["appointment"]["title"] == "Colour"
    assert [i["title"] for i in clash["overlapping"]] == ["Dentist"]
    assert "Beard trim" in answers["Front desk", "next week", "events", ()]


@both_stores
def test_the_windows_first_week_read_plainly_is_the_desks_week(
    lived_in: IcloudServer, store_kind: str,
) -> None:
    """The window paints its first week through the plain reader before its Desk is
    loaded (ui/desk_on_the_way.py): item for item, with the same banner, legend, opening
    hours, guests and double bookings ahead as the Desk's week read."""
    now = datetime.now(UTC).replace(microsecond=0)
    ahead = (now, now + CONFLICT_HORIZON)
    desk = Desk()
    weeks = {}
    for sub in ("Main", "Front desk"):
        plain = open_read_only_desk(sub)
        assert plain is not None and isinstance(plain.store.reader, READERS[store_kind])
        try:
            for monday in (next_week(0, "00:00").date(), FIXED_WEEK):
                for am_pm in (False, True):
                    first = plain.week_snapshot(sub, monday, am_pm=am_pm, conflicts=ahead,
                                                now=now)
                    assert first == desk.week_snapshot(sub, monday, am_pm=am_pm,
                                                       conflicts=ahead, now=now)
                    weeks[sub, monday, am_pm] = first
        finally:
            plain.close()

    week = weeks["Main", next_week(0, "00:00").date(), False]  # what they both say
    titles = {i.title for i in week.items}
    assert {"Trade fair", "Colour", "Consultation", "Lunch", "Close up", "Dentist"} <= titles
    [colour] = [i for i in week.items if i.title == "Colour"]
    assert colour.overlapped_by and "Dentist" in colour.overlapped_by[0]
    assert week.guest_of(colour) is not None and week.guest_of(colour).name == "Ann Lee"
    assert week.banner is not None and "Work" in week.banner
    assert {name for name, _ in week.legend()} == {"Home", "Work", "Family"}
    assert week.conflicts is not None
    assert [c.appointment.title for c in week.conflicts] == ["Colour"]
    assert "Beard trim" in {i.title for i in weeks["Front desk", next_week(0, "00:00").date(),
                                                   True].items}


@both_stores
def test_a_time_without_a_zone_is_refused_alike(
    lived_in: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, _, err = both_paths(capsys, monkeypatch, "busy", "--from", "2026-11-24T10:00",
                              "--to", "2026-11-24T11:00Z")
    assert code == cli.EXIT_USAGE and "has no time zone" in err  # not a time it can take
    code, _, err = both_paths(capsys, monkeypatch, "events", "--from", "2026-11-24T11:00Z",
                              "--to", "2026-11-24T10:00Z")
    assert code == cli.EXIT_ERROR and "The end time must be after the start time." in err


def test_a_question_asks_the_full_desk_when_there_is_no_store_yet(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture,
) -> None:
    assert open_read_only_desk("Main") is None
    assert jd(capsys, "status") == (0, "Main: no calendar account connected yet.\n", "")
    assert (jumpadesk_home / "jumpadesk.db").is_file()  # the Desk made it, and "Main"
    assert open_read_only_desk("Main") is not None
    assert jd(capsys, "conflicts") == (
        0, "No conflicts: nothing overlaps a booked appointment in the next 90 days.\n", "")


def test_an_unknown_sub_account_is_refused_alike_and_never_made(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert jd(capsys, "block", "--start", "2026-12-14T09:00Z", "--end", "2026-12-14T10:00Z")[0] == 0
    span = ("--from", "2026-12-14T00:00Z", "--to", "2026-12-15T00:00Z", "--json")
    with pytest.raises(UnknownSubAccount):  # the read-only path says it itself
        open_read_only_desk("Salon B")
    for command_name in ("busy", "events", "status", "conflicts"):
        extra = span if command_name in ("busy", "events") else ()
        assert both_paths(capsys, monkeypatch, "--sub-account", "Salon B", command_name,
                          *extra) == (
            cli.EXIT_USAGE, "", "jumpadesk: There is no sub-account named 'Salon B'; there "
            "are: Main.\n")
    assert [s.name for s in Desk().sub_accounts()] == ["Main"]  # nothing made on the way
    assert jd(capsys, "sub-accounts", "add", "Salon B")[0] == 0
    code, out, _ = both_paths(capsys, monkeypatch, "--sub-account", "Salon B", "busy", *span)
    assert (code, json.loads(out)) == (0, {"busy": []})  # Main's block is not Salon B's


def test_a_store_at_an_older_schema_is_migrated_then_answered(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture,
) -> None:
    url = f"sqlite:///{jumpadesk_home / 'jumpadesk.db'}"
    raw = create_engine(url)
    with raw.connect() as conn:  # jumpadesk as it was before opening hours (0005)
        command.upgrade(db._alembic_config(conn), "0004")
        conn.execute(text(f"PRAGMA user_version={db.SCHEMA_VERSION}"))
        conn.execute(text("INSERT INTO sub_account (name, timezone, created_at) "
                          "VALUES ('Main', 'Europe/Berlin', '2026-11-01 09:00:00')"))
        conn.execute(text("INSERT INTO blocked_slot (sub_account_id, title, start_ts, end_ts, "
                          "created_at) VALUES (1, 'Stocktake', 1796461200, 1796464800, "
                          "'2026-11-01 09:00:00')"))
        conn.commit()
    raw.dispose()
    assert open_read_only_desk("Main") is None
    code, out, err = jd(capsys, "busy", "--from", "2026-12-05T00:00Z", "--to", "2026-12-06T00:00Z")
    assert (code, err) == (0, "")
    assert out == "Sat 2026-12-05 10:00 – Sat 2026-12-05 11:00  busy\n"
    assert open_read_only_desk("Main") is not None  # migrated to the head on the way


def test_the_plain_path_knows_the_schema_it_reads() -> None:
    script = ScriptDirectory.from_config(db._alembic_config())
    assert schema.SCHEMA_HEAD == script.get_current_head()


def test_a_read_in_progress_does_not_hold_up_a_booking(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture,
) -> None:
    desk = Desk()
    desk.set_timezone("Main", "Europe/Berlin")
    quick = open_read_only_desk("Main")
    assert quick is not None
    start = datetime(2026, 12, 14, 9, tzinfo=BERLIN)
    with quick.store.reading("Main"):  # a read transaction is open
        desk.block("Main", start, start + timedelta(hours=1), "Inventory")
        desk.block("Main", start + timedelta(hours=2), start + timedelta(hours=3), "Delivery")
    assert [i.title for i in quick.schedule("Main", start, start + timedelta(hours=4))] == [
        "Inventory", "Delivery"]
    quick.close()


@pytest.mark.slow  # a process of its own
def test_a_question_in_a_fresh_process_loads_no_orm(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture,
) -> None:
    assert jd(capsys, "timezone", "Europe/Berlin")[0] == 0
    probe = ("import sys\n"
             "from jumpadesk.__main__ import main\n"
             "code = main(['busy', '--from', '2026-12-14T00:00Z', '--to', '2026-12-15T00:00Z'])\n"
             "heavy = ('sqlalchemy', 'sqlmodel', 'pydantic', 'alembic', 'caldav', 'icalendar',\n"
             "         'keyring', 'psycopg')\n"
             "print(code, sorted(m for m in heavy if m in sys.modules))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, timeout=60, cwd=ROOT)
    assert done.stdout.splitlines()[-1] == "0 []", done.stderr


@pytest.mark.slow  # processes of their own
def test_a_question_in_english_loads_no_catalogue_reader(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture,
) -> None:
    assert jd(capsys, "timezone", "Europe/Berlin")[0] == 0
    assert jd(capsys, "block", "--start", "2026-12-14T09:00Z", "--end", "2026-12-14T10:00Z")[0] == 0
    probe = ("import sys\n"
             "from jumpadesk.__main__ import main\n"
             "code = main(['busy', '--from', '2026-12-14T00:00Z', '--to', '2026-12-15T00:00Z'])\n"
             "print(code, 'xml.etree.ElementTree' in sys.modules)\n")
    said = {}
    for language in ("en", "de"):  # German reads its catalogue, so the probe can tell
        env = {**os.environ, "PYTHONPATH": str(ROOT), "JUMPADESK_LANGUAGE": language}
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              env=env, timeout=60, cwd=ROOT)
        said[language] = done.stdout.splitlines()[-2:]
    assert said == {"en": ["Mon 2026-12-14 10:00 – Mon 2026-12-14 11:00  busy", "0 False"],
                    "de": ["Mo 14.12.2026 10:00 – Mo 14.12.2026 11:00  belegt", "0 True"]}


# -- a shared (PostgreSQL) store ------------------------------------------------------------


def one_sentence(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
                 *args: str) -> str:
    """The full Desk's one sentence for a store that cannot answer, on both paths."""
    code, out, err = both_paths(capsys, monkeypatch, *args)
    assert (code, out) == (cli.EXIT_ERROR, "") and err.count("\n") == 1, err
    return err


@pytest.mark.parametrize("store_kind", ["postgresql"])
def test_a_shared_store_refusing_the_password_gets_the_full_desks_sentence(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
    postgres_server: PostgresServer, caplog: pytest.LogCaptureFixture, store_kind: str,
) -> None:
    assert jd(capsys, "status")[0] == 0  # the Desk made "Main" there
    assert answers_read_only("Main", "postgresql")
    right = os.environ["JUMPADESK_DATABASE_URL"]
    wrong = right.replace(f":{PASSWORD}@", ":not-the-password@")
    assert wrong != right
    monkeypatch.setenv("JUMPADESK_DATABASE_URL", wrong)
    caplog.set_level(logging.DEBUG)
    assert open_read_only_desk("Main") is None
    err = one_sentence(capsys, monkeypatch, "busy", "--from", "2026-12-14T00:00Z",
                       "--to", "2026-12-15T00:00Z")
    assert err.startswith("jumpadesk: The database server refused the password of the shared "
                          f"schedule on 127.0.0.1:{postgres_server.port}")
    assert "not-the-password" not in err + caplog.text


def test_a_shared_store_out_of_reach_gets_the_full_desks_sentence(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert jd(capsys, "status")[0] == 0  # a local store with "Main" that could answer
    assert answers_read_only("Main", "sqlite")
    port = free_port()  # nothing listens there: refused at once, by both paths
    monkeypatch.setenv("JUMPADESK_DATABASE_URL", f"postgresql://salon:s3cret@127.0.0.1:{port}/salon")
    caplog.set_level(logging.DEBUG)
    assert open_read_only_desk("Main") is None
    err = one_sentence(capsys, monkeypatch, "status")
    assert err.startswith(f"jumpadesk: Cannot reach the shared schedule on 127.0.0.1:{port} "
                          "(salon).")
    assert "s3cret" not in err + caplog.text
    monkeypatch.setenv("JUMPADESK_DATABASE_URL", f"sqlite:///{jumpadesk_home / 'jumpadesk.db'}")
    assert answers_read_only("Main", "sqlite")


@pytest.mark.slow  # waits out the connection's deadline
def test_a_shared_store_gone_quiet_is_waited_for_once(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    with socket.socket() as quiet:  # takes connections and never answers, as a hung server
        quiet.bind(("127.0.0.1", 0))
        quiet.listen(8)
        port = quiet.getsockname()[1]
        monkeypatch.setenv("JUMPADESK_DATABASE_URL",
                           f"postgresql://salon:s3cret@127.0.0.1:{port}/salon")
        expected = (cli.EXIT_ERROR, "", f"jumpadesk: Cannot reach the shared schedule on "
                    f"127.0.0.1:{port} (salon). Nothing can be booked until it is back: check "
                    "that the server is running and this computer is on its network.\n")
        assert jd(capsys, "status") == expected
        quiet.setblocking(False)
        tries = []
        with contextlib.suppress(BlockingIOError):
            while True:
                tries.append(quiet.accept()[0])
        assert len(tries) == 1  # the full Desk did not try again for the same sentence
        monkeypatch.setenv(cli.FULL_PATH_ENV, "1")
        assert jd(capsys, "status") == expected
        for conn in tries:
            conn.close()


@pytest.mark.parametrize("store_kind", ["postgresql"])
def test_a_shared_store_at_an_older_schema_waits_for_store_upgrade_then_is_answered(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
    postgres_server: PostgresServer, store_kind: str,
) -> None:
    name = postgres_server.create_database(migrated=False)
    try:
        url = postgres_server.url(name)
        raw = create_engine(url)
        with raw.connect() as conn:  # jumpadesk as it was before opening hours (0005)
            command.upgrade(db._alembic_config(conn), "0004")
            conn.execute(text("INSERT INTO sub_account (name, timezone, created_at) "
                              "VALUES ('Main', 'Europe/Berlin', '2026-11-01 09:00:00')"))
            conn.execute(text("INSERT INTO blocked_slot (sub_account_id, title, start_ts, "
                              "end_ts, created_at) SELECT id, 'Stocktake', 1796461200, "
                              "1796464800, '2026-11-01 09:00:00' FROM sub_account"))
            conn.commit()
        raw.dispose()
        monkeypatch.setenv("JUMPADESK_DATABASE_URL", url)
        assert open_read_only_desk("Main") is None
        span = ("--from", "2026-12-05T00:00Z", "--to", "2026-12-06T00:00Z")
        # Other desks still use it at 0004: this desk does not upgrade it on the side.
        err = one_sentence(capsys, monkeypatch, "busy", *span)
        assert err.startswith(f"jumpadesk: The shared schedule on 127.0.0.1:"
                              f"{postgres_server.port} ({name}) has the schema of an older "
                              "jumpadesk (0004)")
        assert err.endswith("Run `jumpadesk store upgrade` to upgrade it; after that every "
                            f"desk that shares it needs jumpadesk {__version__} or newer.\n")
        assert postgres_server.admin("SELECT version_num FROM alembic_version",
                                     name) == [("0004",)]
        code, out, err = jd(capsys, "store", "upgrade")
        assert code == 0, err
        assert f"jumpadesk {__version__} upgrades it to schema {schema.SCHEMA_HEAD}" in out
        assert out.endswith(f"Upgraded the shared schedule on 127.0.0.1:{postgres_server.port}"
                            f" ({name}) to schema {schema.SCHEMA_HEAD}.\n")
        code, out, err = jd(capsys, "busy", *span)
        assert (code, err) == (0, "")
        assert out == "Sat 2026-12-05 10:00 – Sat 2026-12-05 11:00  busy\n"
        assert answers_read_only("Main", "postgresql")
    finally:
        postgres_server.drop_database(name)


@pytest.mark.parametrize("store_kind", ["sqlite", "postgresql"])
def test_a_store_from_a_newer_jumpadesk_names_the_version_to_install_on_both_paths(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
    store_kind: str,
) -> None:
    assert jd(capsys, "block", "--start", "2026-12-14T09:00Z", "--end", "2026-12-14T10:00Z")[0] == 0
    engine = db.make_engine(db_url())
    with engine.begin() as conn:  # what jumpadesk 9.1.0 leaves behind, schema 0099
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        conn.execute(text("INSERT INTO store_version (revision, app_version, upgraded_at) "
                          "VALUES ('0099', '9.1.0', '2030-01-01 09:00:00')"))
    engine.dispose()
    assert open_read_only_desk("Main") is None
    for args in (("busy", "--from", "2026-12-14T00:00Z", "--to", "2026-12-15T00:00Z"),
                 ("status",)):
        err = one_sentence(capsys, monkeypatch, *args)
        assert "was upgraded by a newer jumpadesk, 9.1.0 (schema 0099), and this desk runs " \
               f"jumpadesk {__version__}: install jumpadesk 9.1.0 or newer here" in err
    code, out, err = jd(capsys, "block", "--start", "2026-12-14T11:00Z",
                        "--end", "2026-12-14T12:00Z")
    assert (code, out) == (cli.EXIT_ERROR, "") and "install jumpadesk 9.1.0 or newer" in err


def test_a_store_chosen_with_store_use_is_read_with_the_keychains_password(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
    pg_url: str, keyring_backend: MemoryKeyring,
) -> None:
    code, _, err = jd(capsys, "store", "use", pg_url)
    assert code == 0, err
    assert PASSWORD not in (jumpadesk_home / "store.json").read_text()
    assert jd(capsys, "timezone", "Europe/Berlin")[0] == 0
    assert jd(capsys, "block", "--start", "2026-12-14T09:00Z", "--end", "2026-12-14T10:00Z",
              "--title", "Inventory")[0] == 0
    assert answers_read_only("Main", "postgresql")
    code, out, _ = both_paths(capsys, monkeypatch, "events", "--from", "2026-12-14T00:00Z",
                              "--to", "2026-12-15T00:00Z")
    assert (code, out) == (0, "Mon 12-14 10:00–11:00 busy Inventory [#1] (Blocked: Blocked slot)\n")

    keyring_backend.passwords.clear()  # the keychain lost it; no ~/.pgpass either
    monkeypatch.setenv("PGPASSFILE", str(jumpadesk_home / "no-such-pgpass"))
    assert open_read_only_desk("Main") is None
    err = one_sentence(capsys, monkeypatch, "status")
    assert "refused the password" in err


def test_a_question_on_a_shared_store_in_a_fresh_process_loads_no_orm_nor_keyring(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
    pg_url: str, postgres_server: PostgresServer,
) -> None:
    database = pg_url.rsplit("/", 1)[1]
    pgpass = jumpadesk_home / "pgpass"
    pgpass.write_text(f"# the desk's password\n127.0.0.1:{postgres_server.port}:{database}:"
                      f"{ADMIN}:{PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    bare = pg_url.replace(f":{PASSWORD}@", "@")
    code, _, err = jd(capsys, "store", "use", bare)  # no password: libpq reads the file
    assert code == 0, err
    assert jd(capsys, "timezone", "Europe/Berlin")[0] == 0
    assert jd(capsys, "block", "--start", "2026-12-14T09:00Z", "--end", "2026-12-14T10:00Z")[0] == 0
    probe = ("import sys\n"
             "from jumpadesk.__main__ import main\n"
             "code = main(['busy', '--from', '2026-12-14T00:00Z', '--to', '2026-12-15T00:00Z'])\n"
             "heavy = ('sqlalchemy', 'sqlmodel', 'alembic', 'keyring', 'psycopg')\n"
             "print(code, sorted(m for m in heavy if m in sys.modules))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, timeout=60, cwd=ROOT)
    lines = done.stdout.splitlines()
    assert lines[-2:] == ["Mon 2026-12-14 10:00 – Mon 2026-12-14 11:00  busy",
                          "0 ['psycopg']"], done.stderr


def test_the_plain_path_reads_a_store_url_as_the_full_desk_does() -> None:
    from sqlalchemy.engine import make_url

    from jumpadesk.store_url import keychain_key, parse_url

    for url in ("postgresql://desk@server.local/salon",
                "postgresql+psycopg://desk:pa%3As%40ss%2Fword@db.example:5433/salon",
                "postgres://us%40er:@[::1]:5432/sal%20on?sslmode=require",
                "postgresql+psycopg://desk@/salon?host=/run/postgresql",
                "postgresql://db.example/salon"):
        parsed = make_url(url)
        expected = {k: v for k, v in parsed.translate_connect_args(
            username="user", database="dbname").items() if v}
        expected.update(parsed.query)
        assert pg_reading.connect_arguments(url) == expected, url
        assert pg_reading.keychain_key(url) == keychain_key(parse_url(url)), url
    for not_a_store in ("sqlite:///tmp/jumpadesk.db", "postgresql://desk@db.example/"):
        with pytest.raises(ValueError):
            pg_reading.connect_arguments(not_a_store)


def test_the_plain_sql_is_handed_to_psycopg_with_its_own_parameters(
    postgres_server: PostgresServer, pg_url: str,
) -> None:
    sql = ("SELECT :n::text || ':x' || '%' || \"order\", 'it''s :y', :n "
           "FROM (SELECT 7 AS \"order\") t WHERE t.\"order\" = :seven")
    assert pg_reading.to_pyformat(sql) == (
        "SELECT %(n)s::text || ':x' || '%%' || \"order\", 'it''s :y', %(n)s "
        "FROM (SELECT 7 AS \"order\") t WHERE t.\"order\" = %(seven)s")
    reader = pg_reading.open_reader(pg_url, from_keychain=False)
    try:
        with reader.snapshot():
            assert reader.rows(sql, {"n": "a", "seven": 7}) == [("a:x%7", "it's :y", "a")]
            assert reader.schema_is_current()
            with pytest.raises(pg_reading.psycopg.errors.ReadOnlySqlTransaction):
                reader.rows("DELETE FROM sub_account")
    finally:
        reader.close()
