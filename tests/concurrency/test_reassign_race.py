"""Two desks give two different appointments to one staff member's same half hour at
once, as real processes (`jumpadesk move ID --to Bea`): exactly one wins each round, the
other is refused with "That time is not free" naming the winner, and iCloud holds each
event once: the winner's in Bea's calendar, the loser's where it was. On SQLite and
PostgreSQL."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.concurrency.procs import DeskProcesses
from tests.conftest import store_kinds
from tests.helpers.shop_processes import BERLIN, z
from tests.icloud_server import IcloudServer

ROUNDS = 2
#: Who books where: Ann and Cem into Work, Bea into Home.
STAFF = (("Ann", "Work"), ("Bea", "Home"), ("Cem", "Work"))


def open_team(shop: DeskProcesses, icloud: IcloudServer) -> None:
    for name, linked in STAFF:
        steps = [
            shop.run("sub-accounts", "add", name, "--timezone", "Europe/Berlin"),
            shop.run("--sub-account", name, "connect", "--apple-id", icloud.apple_id,
                     "--server", icloud.url, password=icloud.password),
            shop.run("--sub-account", name, "configure", "--linked", linked),
            shop.run("--sub-account", name, "sync"),
        ]
        for step in steps:
            assert step.returncode == 0, (step.args, step.stderr)


def titles_in(icloud: IcloudServer, calendar: str) -> list[str]:
    return sorted(line.removeprefix("SUMMARY:").strip()
                  for h in icloud.hrefs(calendar) if (text := icloud.get_event(calendar, h))
                  for line in text.splitlines() if line.startswith("SUMMARY:Round"))


@pytest.mark.slow
@pytest.mark.parametrize("kind", store_kinds())
def test_of_two_appointments_given_to_one_slot_exactly_one_wins(
    kind: str, icloud: IcloudServer, tmp_path: Path, request: pytest.FixtureRequest,
) -> None:
    url = request.getfixturevalue("pg_url") if kind == "postgresql" else None
    shop = DeskProcesses(tmp_path / "desk", database_url=url)
    open_team(shop, icloud)
    for rnd in range(ROUNDS):
        start = datetime(2027, 1, 5, 10, 0, tzinfo=BERLIN) + timedelta(days=rnd)
        end = start + timedelta(minutes=30)
        ids, titles = [], [f"Round {rnd} Ann's", f"Round {rnd} Cem's"]
        for k, (owner, title) in enumerate(zip(("Ann", "Cem"), titles, strict=True)):
            at = start + timedelta(hours=1 + k)  # both in Work, one after the other
            r = shop.run("--sub-account", owner, "book", "--start", z(at),
                         "--end", z(at + timedelta(minutes=30)), "--title", title,
                         "--name", "Ann Lee", "--json")
            assert r.returncode == 0, r.stderr
            ids.append(str(json.loads(r.stdout)["id"]))

        results = shop.run_together([
            ("--sub-account", owner, "move", ident, "--to", "Bea", "--start", z(start),
             "--end", z(end))
            for owner, ident in zip(("Ann", "Cem"), ids, strict=True)])

        said = [(r.returncode, r.stdout, r.stderr) for r in results]
        winners = [k for k, r in enumerate(results) if r.returncode == 0]
        assert len(winners) == 1, said
        won, lost = winners[0], 1 - winners[0]
        assert results[lost].returncode == 3, said
        assert results[lost].stderr.startswith("jumpadesk: That time is not free"), said
        assert titles[won] in results[lost].stderr, said
        listed = shop.run("--sub-account", "Bea", "events", "--from", z(start), "--to", z(end),
                          "--json")
        assert [e["title"] for e in json.loads(listed.stdout)
                if e["source"] == "appointment"] == [titles[won]], listed.stdout
        assert titles[won] in titles_in(icloud, "Home")
        assert titles[lost] not in titles_in(icloud, "Home")
        assert titles[lost] in titles_in(icloud, "Work")
        assert titles[won] not in titles_in(icloud, "Work")
