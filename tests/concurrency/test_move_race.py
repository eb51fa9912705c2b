"""Two receptionists move two different appointments onto the same half hour at once,
as real processes: exactly one move wins each round, the other is refused with "That
time is not free", and iCloud holds each event once, the loser's at its old time."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from tests.concurrency.procs import DeskProcesses
from tests.helpers.shop_processes import BERLIN, open_shop, z
from tests.icloud_server import IcloudServer

ROUNDS = 3


def start_in_icloud(icloud: IcloudServer, title: str) -> datetime:
    [found] = [t for h in icloud.hrefs("Work")
               if (t := icloud.get_event("Work", h)) and f"SUMMARY:{title}" in t]
    [event] = icalendar.Calendar.from_ical(found).walk("VEVENT")
    return event.decoded("DTSTART")


@pytest.mark.slow
def test_of_two_moves_onto_one_slot_exactly_one_wins(
    icloud: IcloudServer, tmp_path: Path,
) -> None:
    shop = DeskProcesses(tmp_path / "desk")
    open_shop(shop, icloud)
    for rnd in range(ROUNDS):
        day = datetime(2026, 12, 8, 5, 0, tzinfo=BERLIN) + timedelta(days=rnd)
        ids, titles = [], [f"Round {rnd} early", f"Round {rnd} late"]
        for k, title in enumerate(titles):
            t = day + timedelta(hours=2 * k)
            r = shop.run("book", "--in-the-past", "--start", z(t),
                         "--end", z(t + timedelta(minutes=30)), "--title", title, "--json")
            assert r.returncode == 0, r.stderr
            ids.append(str(json.loads(r.stdout)["id"]))
        target = day + timedelta(hours=1)
        results = shop.run_together([
            ("move", ident, "--start", z(target), "--end", z(target + timedelta(minutes=30)))
            for ident in ids
        ])
        winners = [k for k, r in enumerate(results) if r.returncode == 0]
        assert len(winners) == 1, [(r.returncode, r.stderr) for r in results]
        loser = 1 - winners[0]
        assert results[loser].returncode == 3, results[loser].stderr
        assert results[loser].stderr.startswith("jumpadesk: That time is not free")
        assert titles[winners[0]] in results[loser].stderr
        assert start_in_icloud(icloud, titles[winners[0]]) == target
        assert start_in_icloud(icloud, titles[loser]) == day + timedelta(hours=2 * loser)
