"""`jumpadesk free` (issue 20 item 2) on a real store synced from the iCloud-like server:
the next free starts as lines and as JSON, for one sub-account or anyone, the same from
the read-only path and the full Desk; a length, a sub-account or a choice that cannot be
taken is one sentence (exit 2); a calendar that could not be read offers nothing and says
so (exit 1)."""

from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from jumpadesk import cli
from tests.helpers.cli import both_paths, jd, open_cli_shop, zulu
from tests.helpers.clock import next_week
from tests.icloud_server import IcloudServer, week_day

TUESDAY = zulu(week_day(1, "00:00"))
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def shop(icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
         monkeypatch: pytest.MonkeyPatch) -> IcloudServer:
    """Main and Alex, synced."""
    return open_cli_shop(capsys, monkeypatch, icloud, staff=("Alex",))


def test_free_lists_the_next_starts_as_json_and_as_lines(
    shop: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = both_paths(capsys, monkeypatch, "free", "--length", "45m", "--after",
                                TUESDAY, "--count", "3", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == [
        {"start": "2026-11-24T08:00:00Z", "end": "2026-11-24T08:45:00Z", "sub_account": "Main"},
        {"start": "2026-11-24T08:15:00Z", "end": "2026-11-24T09:00:00Z", "sub_account": "Main"},
        {"start": "2026-11-24T10:30:00Z", "end": "2026-11-24T11:15:00Z", "sub_account": "Main"},
    ]
    code, out, _ = both_paths(capsys, monkeypatch, "free", "--length", "1h30m", "--after",
                              TUESDAY, "--count", "2")
    assert code == 0
    assert out.splitlines() == [
        "Tue 2026-11-24 11:30 – Tue 2026-11-24 13:00  free  Main",
        "Tue 2026-11-24 11:45 – Tue 2026-11-24 13:15  free  Main",
    ]


def test_free_with_anyone_names_each_sub_account(
    shop: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = both_paths(capsys, monkeypatch, "free", "--anyone", "--length", "1h",
                                "--after", zulu(week_day(1, "09:30")), "--before",
                                zulu(week_day(1, "12:00")), "--json")
    assert (code, err) == (0, "")
    assert [(f["start"], f["sub_account"]) for f in json.loads(out)] == [
        ("2026-11-24T08:30:00Z", "Alex"), ("2026-11-24T08:45:00Z", "Alex"),
        ("2026-11-24T09:00:00Z", "Alex"), ("2026-11-24T09:15:00Z", "Alex"),
        ("2026-11-24T09:30:00Z", "Alex")]
    code, out, _ = both_paths(capsys, monkeypatch, "free", "--anyone", "--length", "1h",
                              "--after", zulu(week_day(1, "10:30")), "--before",
                              zulu(week_day(1, "12:45")))
    assert out.splitlines() == [
        "Tue 2026-11-24 10:30 – Tue 2026-11-24 11:30  free  Alex",
        "Tue 2026-11-24 10:45 – Tue 2026-11-24 11:45  free  Alex",
        "Tue 2026-11-24 11:00 – Tue 2026-11-24 12:00  free  Alex",
        "Tue 2026-11-24 11:15 – Tue 2026-11-24 12:15  free  Alex",
        "Tue 2026-11-24 11:30 – Tue 2026-11-24 12:30  free  Alex",
    ]
    code, out, _ = both_paths(capsys, monkeypatch, "free", "--anyone", "--length", "1h",
                              "--after", zulu(week_day(1, "11:30")), "--count", "2")
    assert out.splitlines() == [
        "Tue 2026-11-24 11:30 – Tue 2026-11-24 12:30  free  Alex",
        "Tue 2026-11-24 11:30 – Tue 2026-11-24 12:30  free  Main",
    ]


@pytest.mark.parametrize(("args", "sentence"), [
    (("--length", "45 minutes"),
     '"45 minutes" is not a length; write it like 45m, 1h, 1h30m or 90m.'),
    (("--length", "0m"),
     '"0m" is not a length jumpadesk can offer; give one from 1m to 24h, like 45m or 1h30m.'),
    (("--length", "45m", "--anyone", "--sub-account", "Main"),
     "Give --sub-account or --anyone, not both."),
    (("--length", "45m", "--sub-account", "Maria"),
     "There is no sub-account named 'Maria'; there are: Alex, Main."),
    (("--length", "45m", "--after", TUESDAY, "--before", zulu(week_day(0))),
     "The end time must be after the start time."),
])
def test_what_cannot_be_taken_is_one_sentence(
    shop: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...], sentence: str,
) -> None:
    code, out, err = both_paths(capsys, monkeypatch, "free", *args)
    assert (code, out) == (cli.EXIT_USAGE, "")
    assert err.startswith(f"jumpadesk: {sentence}")
    assert len(err.splitlines()) == 1


def test_a_calendar_that_could_not_be_read_offers_no_time(
    shop: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    shop.fail_next(10, status=500)
    assert jd(capsys, "sync")[0] == cli.EXIT_SYNC_FAILED
    shop.clear_faults()
    code, out, err = both_paths(capsys, monkeypatch, "free", "--length", "45m", "--after",
                                TUESDAY, "--json")
    assert (code, out) == (cli.EXIT_ERROR, "[]\n")
    assert err.startswith("jumpadesk: No times are offered for Main: its schedule may be "
                          "out of date (")
    # Anyone: Alex has nothing to be out of date, and is offered; Main is named.
    code, out, err = both_paths(capsys, monkeypatch, "free", "--anyone", "--length", "45m",
                                "--after", TUESDAY, "--count", "1")
    assert code == 0
    assert out == "Tue 2026-11-24 09:00 – Tue 2026-11-24 09:45  free  Alex\n"
    assert "No times are offered for Main" in err
    code, out, _ = both_paths(capsys, monkeypatch, "free", "--length", "45m", "--after",
                              TUESDAY, "--count", "1", "--even-if-stale")
    assert (code, out) == (0, "Tue 2026-11-24 09:00 – Tue 2026-11-24 09:45  free  Main\n")


def test_a_booking_refused_names_the_nearest_free_starts(
    shop: IcloudServer, capsys: pytest.CaptureFixture,
) -> None:
    shop.add_event("Home", "Supplier visit", next_week(1, "10:00"), next_week(1, "11:30"))
    assert jd(capsys, "sync")[0] == 0
    code, _, err = jd(capsys, "book", "--start", zulu(next_week(1, "10:00")), "--end",
                      zulu(next_week(1, "10:45")), "--title", "Colour", "--name", "Ann Lee")
    assert code == cli.EXIT_SLOT_TAKEN
    assert err.startswith("jumpadesk: That time is not free: it overlaps Supplier visit (Home")
    assert err.endswith("; free from 11:30, 11:45, 12:00.\n")
    # The first of them is indeed free: booking it succeeds.
    code, _, err = jd(capsys, "book", "--start", zulu(next_week(1, "11:30")), "--end",
                      zulu(next_week(1, "12:15")), "--title", "Colour", "--name", "Ann Lee")
    assert code == 0, err
    # Late on Friday the next free start is on another day, and named with it (Monday
    # after the weekly stand-up, 09:00-09:30).
    shop.add_event("Home", "Stocktaking", next_week(4, "16:00"), next_week(4, "18:00"))
    assert jd(capsys, "sync")[0] == 0
    code, _, err = jd(capsys, "book", "--start", zulu(next_week(4, "17:00")), "--end",
                      zulu(next_week(4, "17:45")), "--title", "Colour")
    day = f"{next_week(7, '09:00'):%a} {next_week(7, '09:00').day} {next_week(7, '09:00'):%b}"
    assert code == cli.EXIT_SLOT_TAKEN
    assert err.endswith(f"; free from {day} 09:30, {day} 09:45, {day} 10:00.\n"), err
