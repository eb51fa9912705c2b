"""Several real `jumpadesk` processes on one data folder and one iCloud-like server, the
way a busy shop uses them: the window's automatic sync, a booking from the command line,
two receptionists booking the same half hour.

Each race runs many rounds. The children import everything first and are released
together (tests/concurrency/at_go.py), so they reach the booking desk at the same moment.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.concurrency.procs import DeskProcesses
from tests.helpers.shop_processes import BERLIN, open_shop, z
from tests.icloud_server import IcloudServer


def busy(desk: DeskProcesses, start: datetime, end: datetime) -> list[dict]:
    r = desk.run("busy", "--from", z(start), "--to", z(end), "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)["busy"]


def appointments_at(desk: DeskProcesses, start: datetime, end: datetime) -> list[str]:
    r = desk.run("events", "--from", z(start), "--to", z(end), "--json")
    assert r.returncode == 0, r.stderr
    return [e["title"] for e in json.loads(r.stdout) if e["source"] == "appointment"]


@pytest.fixture
def shop(icloud: IcloudServer, tmp_path: Path) -> DeskProcesses:
    desk = DeskProcesses(tmp_path / "desk")
    open_shop(desk, icloud)
    return desk


ROUNDS = 8
BOOKERS = 4


@pytest.mark.slow
def test_of_bookers_racing_for_one_slot_exactly_one_wins_every_round(
    shop: DeskProcesses, icloud: IcloudServer,
) -> None:
    for rnd in range(ROUNDS):
        # Early mornings of the weeks after the seeded one: nothing else is there.
        day = datetime(2026, 12, 7, 6, 0, tzinfo=BERLIN) + timedelta(days=rnd)
        assert busy(shop, day, day + timedelta(hours=2)) == []
        # Even rounds: the very same slot; odd rounds: four slots that all overlap.
        shift = [timedelta(0)] * BOOKERS if rnd % 2 == 0 else [
            timedelta(minutes=10 * k) for k in range(BOOKERS)]
        titles = [f"Round {rnd} booker {k}" for k in range(BOOKERS)]
        before = set(icloud.hrefs("Work"))
        results = shop.run_together([
            ("book", "--in-the-past",
             "--start", z(day + shift[k]), "--end", z(day + shift[k] + timedelta(hours=1)),
             "--title", titles[k], "--name", f"Guest {k}")
            for k in range(BOOKERS)
        ])
        winners = [r for r in results if r.returncode == 0]
        losers = [r for r in results if r.returncode != 0]
        assert len(winners) == 1, [(r.returncode, r.stderr) for r in results]
        won = titles[results.index(winners[0])]
        for r in losers:
            assert r.returncode == 3, r.stderr
            assert r.stderr.startswith("jumpadesk: That time is not free"), r.stderr
            assert won in r.stderr  # the sentence names the appointment that won
        added = set(icloud.hrefs("Work")) - before
        assert len(added) == 1  # exactly one event written to iCloud
        assert appointments_at(shop, day, day + timedelta(hours=2)) == [won]


@pytest.mark.slow
def test_syncs_of_one_account_at_once_never_fail_and_agree_with_a_single_sync(
    shop: DeskProcesses, icloud: IcloudServer, tmp_path: Path,
) -> None:
    week = datetime(2026, 11, 23, tzinfo=BERLIN)
    added: list[str] = []
    for rnd in range(ROUNDS):
        # The phone changes something each round, so the passes have work to race on.
        start = week + timedelta(days=rnd % 5, hours=19, minutes=5 * rnd)
        added.append(icloud.add_event("Home", f"Phone change {rnd}", start,
                                      start + timedelta(minutes=40)))
        if rnd >= 2:
            icloud.delete_event("Home", added[rnd - 2])
        slot = datetime(2026, 12, 14, 6, 0, tzinfo=BERLIN) + timedelta(days=rnd)
        results = shop.run_together([
            ("sync", "--json"),
            ("sync", "--json"),
            ("book", "--in-the-past", "--start", z(slot), "--end", z(slot + timedelta(minutes=30)),
             "--title", f"Booked while syncing {rnd}"),
        ])
        for r in results:
            assert r.returncode == 0, (r.args, r.stderr)
            assert "unexpected" not in r.stderr.lower()
        for r in results[:2]:
            assert json.loads(r.stdout)["ok"] is True

    with sqlite3.connect(shop.home / "jumpadesk.db") as db:
        twice = db.execute(
            "SELECT calendar_id, href, COUNT(*) FROM calendar_object "
            "GROUP BY calendar_id, href HAVING COUNT(*) > 1").fetchall()
        assert twice == []
        doubled = db.execute(
            "SELECT object_id, start_ts, kind, COUNT(*) FROM occurrence "
            "GROUP BY object_id, start_ts, kind HAVING COUNT(*) > 1").fetchall()
        assert doubled == []
        assert db.execute("SELECT COUNT(*) FROM appointment WHERE status = 'written'"
                          ).fetchone()[0] == ROUNDS

    # A second desk that syncs once, alone, sees the same busy time.
    single = DeskProcesses(tmp_path / "single")
    open_shop(single, icloud)
    span = (week, week + timedelta(days=7))
    assert busy(shop, *span) == busy(single, *span)
    assert busy(single, *span)  # and there is something to compare
