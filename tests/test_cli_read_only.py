"""`busy`, `events`, `status` and `conflicts` answered read-only (services/read_only.py,
plain sqlite3, no ORM) say exactly what the full Desk says, on a real synced store; and
when the read-only path cannot be sure (no store yet, a new sub-account, an old schema)
the full Desk answers instead."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from jumpadesk import cli, rows
from jumpadesk.models import db
from jumpadesk.service import Desk
from jumpadesk.services.booking import reserve_appointment
from jumpadesk.services.contacts import Guest
from jumpadesk.services.read_only import open_read_only_desk
from jumpadesk.services.store import Store
from tests.icloud_server import IcloudServer, week_day
from tests.sync.test_ical import FIXTURES
from tests.test_cli_journey import jd, zulu

BERLIN = ZoneInfo("Europe/Berlin")
ROOT = Path(__file__).resolve().parent.parent


def both_paths(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
               *args: str) -> tuple[int, str, str]:
    """The command answered read-only and by the full Desk: the same code, the same
    bytes on stdout and stderr."""
    monkeypatch.delenv(cli.FULL_PATH_ENV, raising=False)
    light = jd(capsys, *args)
    monkeypatch.setenv(cli.FULL_PATH_ENV, "1")
    full = jd(capsys, *args)
    monkeypatch.delenv(cli.FULL_PATH_ENV)
    assert light == full, args
    return light


def next_week(day: int, hhmm: str) -> datetime:
    """A wall time in Berlin next week (appointments there are not over yet)."""
    today = date.today()
    monday = today + timedelta(days=7 - today.weekday())
    hour, minute = (int(x) for x in hhmm.split(":"))
    moment = monday + timedelta(days=day)
    return datetime(moment.year, moment.month, moment.day, hour, minute, tzinfo=BERLIN)


@pytest.fixture
def lived_in(icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
             monkeypatch: pytest.MonkeyPatch) -> IcloudServer:
    """A store as a salon's week leaves it: synced iCloud events of every kind, booked,
    pending and shared appointments, a blocked slot, an event over a booking, events
    read with assumptions, and an account whose last sync failed."""
    monkeypatch.setenv("JUMPADESK_PASSWORD", icloud.password)
    for args in (("connect", "--apple-id", icloud.apple_id, "--server", icloud.url),
                 ("timezone", "Europe/Berlin"),
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


def test_both_paths_answer_alike_on_a_lived_in_store(
    lived_in: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="jumpadesk.cli")
    assert open_read_only_desk("Main") is not None  # so the first answer is the plain one
    assert open_read_only_desk("Front desk") is not None
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

    assert not [r for r in caplog.records if "with the full desk" in r.getMessage()]

    # What the answers say (the same on both paths, as checked above).
    week = json.loads(answers["Main", "next week", "events", ("--json",)])
    kinds = {e["title"]: (e["source"], e["busy"], e["all_day"], e["reason"]) for e in week}
    assert kinds["Trade fair"] == ("icloud", True, True, "Busy in iCloud")
    assert kinds["Take medication"][:2] == ("icloud", True)
    assert kinds["Podcast"] == ("icloud", False, False, "Free in iCloud")
    assert kinds["Haircut"] == ("icloud", False, False, "Cancelled in iCloud")
    assert kinds["Colour"][:2] == kinds["Consultation"][:2] == ("appointment", True)
    assert kinds["Lunch"][:2] == ("blocked", True)
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


def test_a_time_without_a_zone_is_refused_alike(
    lived_in: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, _, err = both_paths(capsys, monkeypatch, "busy", "--from", "2026-11-24T10:00",
                              "--to", "2026-11-24T11:00Z")
    assert code == cli.EXIT_ERROR and "has no time zone" in err
    code, _, err = both_paths(capsys, monkeypatch, "events", "--from", "2026-11-24T11:00Z",
                              "--to", "2026-11-24T10:00Z")
    assert code == cli.EXIT_ERROR and "The end time must be after the start time." in err


def test_a_question_asks_the_full_desk_when_there_is_no_store_yet(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture,
) -> None:
    assert open_read_only_desk("Main") is None
    assert jd(capsys, "status") == (0, "Main: no iCloud connection yet.\n", "")
    assert (jumpadesk_home / "jumpadesk.db").is_file()  # the Desk made it, and "Main"
    assert open_read_only_desk("Main") is not None
    assert jd(capsys, "conflicts") == (
        0, "No conflicts: nothing overlaps a booked appointment.\n", "")


def test_a_new_sub_account_is_created_by_the_full_desk(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture,
) -> None:
    assert jd(capsys, "block", "--start", "2026-12-14T09:00Z", "--end", "2026-12-14T10:00Z")[0] == 0
    assert open_read_only_desk("Salon B") is None
    code, out, _ = jd(capsys, "--sub-account", "Salon B", "busy", "--from", "2026-12-14T00:00Z",
                      "--to", "2026-12-15T00:00Z", "--json")
    assert (code, json.loads(out)) == (0, {"busy": []})  # Main's block is not Salon B's
    assert [s.name for s in Desk().sub_accounts()] == ["Main", "Salon B"]


def test_a_shared_store_is_left_to_the_full_desk(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert jd(capsys, "status")[0] == 0  # a local store with "Main" that could answer
    assert open_read_only_desk("Main") is not None
    monkeypatch.setenv("JUMPADESK_DATABASE_URL", "postgresql://salon@db.example/salon")
    assert open_read_only_desk("Main") is None  # PostgreSQL: only the Desk reads it
    monkeypatch.setenv("JUMPADESK_DATABASE_URL", f"sqlite:///{jumpadesk_home / 'jumpadesk.db'}")
    assert open_read_only_desk("Main") is not None


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
    assert rows.SCHEMA_HEAD == script.get_current_head()


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


def test_a_question_in_a_fresh_process_loads_no_orm(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture,
) -> None:
    assert jd(capsys, "timezone", "Europe/Berlin")[0] == 0
    probe = ("import sys\n"
             "from jumpadesk.__main__ import main\n"
             "code = main(['busy', '--from', '2026-12-14T00:00Z', '--to', '2026-12-15T00:00Z'])\n"
             "heavy = ('sqlalchemy', 'sqlmodel', 'pydantic', 'alembic', 'caldav', 'icalendar',\n"
             "         'keyring')\n"
             "print(code, sorted(m for m in heavy if m in sys.modules))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, timeout=60, cwd=ROOT)
    assert done.stdout.splitlines()[-1] == "0 []", done.stderr
