"""A new user's first session on the command line, against the iCloud-like server:
connect, calendars, configure, sync, busy, book, cancel, in that order."""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import SQLModel

from jumpadesk import cli
from jumpadesk.__main__ import main as entry_point
from jumpadesk.models import make_engine
from tests.helpers.cli import jd, zulu
from tests.icloud_server import IcloudServer, week_day


def test_new_user_connects_configures_syncs_and_books(
    icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The usual mistake first: the Apple ID password instead of an app-specific one.
    monkeypatch.setenv("JUMPADESK_PASSWORD", "MyAppleIDPassword1")
    code, _, err = jd(capsys, "connect", "--apple-id", icloud.apple_id, "--server", icloud.url)
    assert code == 1
    assert "app-specific password" in err

    monkeypatch.setenv("JUMPADESK_PASSWORD", f" {icloud.password} ")  # pasted with spaces
    code, out, err = jd(capsys, "connect", "--apple-id", icloud.apple_id, "--server", icloud.url)
    assert code == 0, err

    code, out, _ = jd(capsys, "calendars", "--json")
    cals = {c["name"]: c for c in json.loads(out)}
    assert {"Home", "Work", "Family", "Reminders", "US Holidays"} <= set(cals)
    assert cals["Work"]["access"] == "write" and cals["Work"]["connectable"]
    assert cals["Family"]["access"] == "read" and cals["Family"]["connectable"]
    assert cals["Reminders"]["kind"] == "tasks" and not cals["Reminders"]["connectable"]
    assert cals["US Holidays"]["kind"] == "subscribed"
    assert "subscribed" in cals["US Holidays"]["reason"]
    assert not any(c["linked"] or c["conflict"] for c in cals.values())

    for args, words in [
        (("--linked", "Family"), "read-only"),
        (("--linked", "Reminders"), "tasks"),
        (("--linked", "Work", "--conflict", "US Holidays"), "subscribed"),
    ]:
        code, _, err = jd(capsys, "configure", *args)
        assert code == 1 and words in err

    code, out, err = jd(capsys, "configure", "--linked", "Work", "--conflict", "Home",
                        "--conflict", "Family")
    assert code == 0, err
    code, out, _ = jd(capsys, "calendars", "--json")
    roles = {c["name"]: (c["linked"], c["conflict"]) for c in json.loads(out)}
    assert roles["Work"] == (True, True) and roles["Home"] == (False, True)
    assert roles["Family"] == (False, True) and roles["Reminders"] == (False, False)

    code, out, err = jd(capsys, "sync", "--json")
    assert code == 0, err
    assert json.loads(out)["ok"] is True

    # Tuesday: the dentist (Home, 08:00-09:00) and planning (Work, 10:00-11:30), Berlin.
    code, out, _ = jd(capsys, "busy", "--from", zulu(week_day(1, "07:00")),
                      "--to", zulu(week_day(1, "12:00")), "--json")
    assert json.loads(out)["busy"] == [
        {"start": "2026-11-24T07:00:00Z", "end": "2026-11-24T08:00:00Z"},
        {"start": "2026-11-24T09:00:00Z", "end": "2026-11-24T10:30:00Z"},
    ]

    # A phone adds an event; booking over it is refused and says what is in the way.
    icloud.add_event("Home", "Parent-teacher meeting", week_day(1, "13:00"),
                     week_day(1, "14:00"))
    code, _, err = jd(capsys, "book", "--in-the-past", "--start", zulu(week_day(1, "13:30")),
                      "--end", zulu(week_day(1, "14:30")), "--title", "Colour")
    assert code == cli.EXIT_SLOT_TAKEN
    assert "Parent-teacher meeting" in err and "Home" in err

    work_before = set(icloud.hrefs("Work"))
    code, out, err = jd(capsys, "book", "--in-the-past", "--start", zulu(week_day(1, "14:00")),
                        "--end", zulu(week_day(1, "15:00")), "--title", "Colour",
                        "--name", "Ann Lee", "--email", "Ann@Example.com", "--phone", "+49 30 1")
    assert code == 0, err
    appointment_id = out.split(":")[0].removeprefix("Booked #")
    assert out.startswith(f"Booked #{appointment_id}: Colour for Ann Lee, Tue 24 Nov ")
    assert out.endswith(" with Main (Work)\n")
    written = set(icloud.hrefs("Work")) - work_before
    assert len(written) == 1  # exactly one copy in the linked calendar
    code, out, _ = jd(capsys, "events", "--from", zulu(week_day(1, "14:00")),
                      "--to", zulu(week_day(1, "15:00")), "--json")
    listed = json.loads(out)
    assert [(e["title"], e["source"], e["busy"]) for e in listed] == [
        ("Colour", "appointment", True)
    ]
    code, out, _ = jd(capsys, "contacts", "--json")
    assert json.loads(out) == [{"name": "Ann Lee", "email": "ann@example.com",
                                "phone": "+49 30 1"}]

    code, out, err = jd(capsys, "cancel", appointment_id)
    assert code == 0, err
    assert set(icloud.hrefs("Work")) == work_before
    code, out, _ = jd(capsys, "busy", "--from", zulu(week_day(1, "14:00")),
                      "--to", zulu(week_day(1, "15:00")), "--json")
    assert json.loads(out) == {"busy": []}


def test_the_same_account_serves_two_sub_accounts(
    icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("JUMPADESK_PASSWORD", icloud.password)
    assert jd(capsys, "sub-accounts", "add", "Anna")[0] == 0
    for sub in ("Main", "Anna"):
        code, _, err = jd(capsys, "connect", "--sub-account", sub, "--apple-id",
                          icloud.apple_id, "--server", icloud.url)
        assert code == 0, err
    assert jd(capsys, "configure", "--linked", "Work")[0] == 0
    assert jd(capsys, "configure", "--sub-account", "Anna", "--conflict", "Family")[0] == 0
    assert jd(capsys, "sync")[0] == 0
    assert jd(capsys, "sync", "--sub-account", "Anna")[0] == 0
    # Thursday 17:00-18:30 is the school play in Family: Anna's time, not Main's.
    span = ("--from", zulu(week_day(3, "17:00")), "--to", zulu(week_day(3, "18:30")), "--json")
    assert json.loads(jd(capsys, "busy", *span)[1])["busy"] == []
    assert json.loads(jd(capsys, "busy", "--sub-account", "Anna", *span)[1])["busy"] != []


def test_the_password_is_in_the_keychain_and_in_no_file(
    icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch, keyring_backend,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("JUMPADESK_PASSWORD", icloud.password)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        # The real entry point, so the log file is written as in use, verbosely.
        assert entry_point(["--debug", "connect", "--apple-id", icloud.apple_id,
                            "--server", icloud.url]) == 0
        assert entry_point(["configure", "--linked", "Work", "--conflict", "Home"]) == 0
        assert entry_point(["--debug", "sync"]) == 0
    finally:
        for h in set(root.handlers) - set(handlers):
            root.removeHandler(h)
            h.close()
        root.setLevel(level)
    assert list(keyring_backend.passwords.values()) == [icloud.password]
    secret = icloud.password.encode()
    files = [p for p in jumpadesk_home.rglob("*") if p.is_file()]
    shared = os.environ.get("JUMPADESK_DATABASE_URL")
    assert {"jumpadesk.log"} | (set() if shared else {"jumpadesk.db"}) <= {p.name for p in files}
    assert (jumpadesk_home / "logs" / "jumpadesk.log").stat().st_size > 0
    assert [p.name for p in files if secret in p.read_bytes()] == []
    if shared:  # nor in any row of the shared store
        engine = make_engine(shared)
        with engine.connect() as conn:
            for table in SQLModel.metadata.sorted_tables:
                for row in conn.execute(table.select()):
                    assert icloud.password not in repr(tuple(row)), table.name
        engine.dispose()


def test_disconnecting_a_shared_account_from_one_sub_account_keeps_it_for_the_other(
    icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch, keyring_backend,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("JUMPADESK_PASSWORD", icloud.password)
    assert jd(capsys, "sub-accounts", "add", "Anna")[0] == 0
    for sub in ("Main", "Anna"):
        assert jd(capsys, "connect", "--sub-account", sub, "--apple-id", icloud.apple_id,
                  "--server", icloud.url)[0] == 0
        assert jd(capsys, "configure", "--sub-account", sub, "--conflict", "Family")[0] == 0
    code, out, _ = jd(capsys, "disconnect", "--sub-account", "Anna", "--all")
    assert code == 0 and "still do" in out
    assert json.loads(jd(capsys, "calendars", "--sub-account", "Anna", "--json")[1]) == []
    assert jd(capsys, "sync")[0] == 0  # Main still syncs with the kept password
    assert list(keyring_backend.passwords.values()) == [icloud.password]

    code, out, _ = jd(capsys, "disconnect", "--all")
    assert code == 0 and "keychain entry and cached events removed" in out
    assert keyring_backend.passwords == {}
    assert json.loads(jd(capsys, "calendars", "--json")[1]) == []


def test_a_sub_account_with_appointments_ahead_is_not_removed_until_they_are_gone(
    icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("JUMPADESK_PASSWORD", icloud.password)
    assert jd(capsys, "sub-accounts", "add", "Salon B", "--timezone", "Europe/Berlin")[0] == 0
    assert jd(capsys, "connect", "--sub-account", "Salon B", "--apple-id", icloud.apple_id,
              "--server", icloud.url)[0] == 0
    assert jd(capsys, "configure", "--sub-account", "Salon B", "--linked", "Work")[0] == 0
    soon = (datetime.now(UTC) + timedelta(days=8)).replace(hour=5, minute=0, second=0,
                                                            microsecond=0)
    code, out, err = jd(capsys, "book", "--in-the-past", "--sub-account", "Salon B",
                        "--start", zulu(soon), "--end", zulu(soon + timedelta(hours=1)),
                        "--title", "Perm", "--json")
    assert code == 0, err
    booked = str(json.loads(out)["id"])

    code, out, err = jd(capsys, "sub-accounts", "remove", "Salon B")
    assert (code, out) == (cli.EXIT_ERROR, "")
    assert err == ('jumpadesk: Salon B still has 1 appointment ahead (the next: "Perm" on '
                   f"{soon.astimezone(ZoneInfo('Europe/Berlin')):%a %d %b %H:%M}); cancel or "
                   "move it first, then remove Salon B.\n")
    assert jd(capsys, "cancel", "--sub-account", "Salon B", booked)[0] == 0
    code, _, err = jd(capsys, "sub-accounts", "remove", "Salon B")
    assert code == cli.EXIT_ERROR and f"Salon B still uses {icloud.apple_id}" in err
    assert jd(capsys, "disconnect", "--sub-account", "Salon B", "--all")[0] == 0
    code, out, err = jd(capsys, "sub-accounts", "remove", "Salon B")
    assert (code, err) == (0, "")
    assert out.startswith("Removed Salon B: it had no past appointments")
    assert json.loads(jd(capsys, "sub-accounts", "--json")[1])[0]["name"] == "Main"
    assert len(json.loads(jd(capsys, "sub-accounts", "--json")[1])) == 1


def test_a_refusal_says_when_the_blocking_event_is_in_words(
    icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("JUMPADESK_PASSWORD", icloud.password)
    assert jd(capsys, "connect", "--apple-id", icloud.apple_id, "--server", icloud.url)[0] == 0
    assert jd(capsys, "configure", "--linked", "Work", "--conflict", "Home",
              "--conflict", "Family")[0] == 0
    assert jd(capsys, "timezone", "Europe/Berlin") == (0, "Europe/Berlin\n", "")
    assert jd(capsys, "timezone", "Mars/Olympus")[2].startswith("jumpadesk: ")
    # Grandma visits all of Saturday and Sunday (Family); the night shift runs Wed-Thu.
    code, _, err = jd(capsys, "book", "--in-the-past", "--start", zulu(week_day(5, "10:00")),
                      "--end", zulu(week_day(5, "11:00")), "--title", "Cut")
    assert code == cli.EXIT_SLOT_TAKEN
    assert "(Family, all day Sat–Sun, Busy in iCloud)" in err
    code, _, err = jd(capsys, "book", "--in-the-past", "--start", zulu(week_day(2, "23:00")),
                      "--end", zulu(week_day(3, "00:30")), "--title", "Late")
    assert "Wed 20:00–Thu 09:30" in err


def test_book_in_the_past_asks_for_its_flag_and_events_date_a_block_over_days(
    icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 21 item 10: `book` of a time gone by is refused with the flag to name (the
    window asks first), and `events` gives the end of an event over two days its date."""
    monkeypatch.setenv("JUMPADESK_PASSWORD", icloud.password)
    assert jd(capsys, "connect", "--apple-id", icloud.apple_id, "--server", icloud.url)[0] == 0
    assert jd(capsys, "configure", "--linked", "Work", "--conflict", "Home")[0] == 0
    assert jd(capsys, "timezone", "Europe/Berlin")[0] == 0
    icloud.add_event("Home", "Stocktaking", week_day(2, "20:00"), week_day(3, "09:30"))
    assert jd(capsys, "sync")[0] == 0
    before = set(icloud.hrefs("Work"))
    code, out, err = jd(capsys, "book", "--start", zulu(week_day(1, "10:00")),
                        "--end", zulu(week_day(1, "11:00")), "--title", "Cut")
    assert (code, out) == (cli.EXIT_USAGE, "")
    assert err == ("jumpadesk: That time (Tue 2026-11-24 10:00) is over; add --in-the-past "
                   "to book it anyway.\n")
    assert set(icloud.hrefs("Work")) == before  # nothing booked
    code, out, _ = jd(capsys, "events", "--from", zulu(week_day(2, "12:00")),
                      "--to", zulu(week_day(3, "12:00")))
    [line] = [x for x in out.splitlines() if "Stocktaking" in x]
    assert line.startswith("Wed 11-25 20:00–Thu 11-26 09:30 busy Stocktaking")
