"""A repeating lunch block, a one-off block on its third day and a booking on its fourth,
made at once by three real processes: either the series wins and both others are
refused naming it, or the series is refused naming what got there first; never both.
On PostgreSQL too, where the database's own checks see only the series' first
occurrence: the booking transaction, reading every occurrence, decides."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.concurrency.procs import DeskProcesses
from tests.conftest import store_kinds
from tests.helpers.shop_processes import BERLIN, open_shop, z
from tests.icloud_server import IcloudServer

ROUNDS = 4


@pytest.mark.slow
@pytest.mark.parametrize("kind", store_kinds())
def test_a_repeating_block_never_lands_on_a_block_or_booking_made_at_the_same_moment(
    kind: str, icloud: IcloudServer, tmp_path: Path, request: pytest.FixtureRequest,
) -> None:
    url = request.getfixturevalue("pg_url") if kind == "postgresql" else None
    shop = DeskProcesses(tmp_path / "desk", database_url=url)
    open_shop(shop, icloud)
    for rnd in range(ROUNDS):
        monday = datetime(2027, 1, 4, tzinfo=BERLIN) + timedelta(weeks=rnd)
        lunch = (monday.replace(hour=12), monday.replace(hour=13))
        wednesday = monday + timedelta(days=2, hours=12, minutes=30)
        thursday = wednesday + timedelta(days=1)
        series, delivery, colour = f"Lunch {rnd}", f"Delivery {rnd}", f"Colour {rnd}"
        results = shop.run_together([
            ("block", "--start", z(lunch[0]), "--end", z(lunch[1]), "--title", series,
             "--repeat", "weekdays", "--until", str((monday + timedelta(days=4)).date())),
            ("block", "--start", z(wednesday), "--end", z(wednesday + timedelta(minutes=45)),
             "--title", delivery),
            ("book", "--in-the-past",
             "--start", z(thursday), "--end", z(thursday + timedelta(minutes=45)),
             "--title", colour),
        ])
        codes = [r.returncode for r in results]
        said = [(r.returncode, r.stderr) for r in results]
        if codes[0] == 0:
            assert codes[1:] == [3, 3], said
            assert all(series in r.stderr for r in results[1:]), said
        else:
            assert codes[0] == 3 and 0 in codes[1:], said
            winners = [t for t, c in zip((delivery, colour), codes[1:], strict=True) if c == 0]
            assert any(t in results[0].stderr for t in winners), said
        for day, title in ((wednesday, delivery), (thursday, colour)):
            listed = shop.run("events", "--from", z(day), "--to",
                              z(day + timedelta(minutes=45)), "--json")
            shown = [e["title"] for e in json.loads(listed.stdout) if e["source"] != "icloud"]
            assert shown == ([series] if codes[0] == 0 else [title]), (said, shown)
