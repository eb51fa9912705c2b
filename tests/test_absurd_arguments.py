"""Arguments no command can take are refused before anything is read: a time outside
the years jumpadesk works with, an id that cannot be one. One sentence, exit 2 (as argparse
refuses an argument), never "Something went wrong", nothing changed. Real processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.concurrency.procs import DeskProcesses

DAY = ("--from", "2026-11-25T00:00:00Z", "--to", "2026-11-26T00:00:00Z")
INTERNAL = "Something went wrong"


@pytest.fixture
def desk(tmp_path: Path) -> DeskProcesses:
    """A data folder with one blocked slot in it."""
    desk = DeskProcesses(tmp_path)
    done = desk.run("block", "--start", "2026-11-25T10:00:00Z", "--end", "2026-11-25T11:00:00Z")
    assert done.returncode == 0, done.stderr
    return desk


@pytest.mark.parametrize("args", [
    ("busy", "--from", "0001-01-01T00:00:00Z", "--to", "9999-12-31T23:59:59Z"),
    ("events", "--from", "2026-11-25T00:00:00+14:00", "--to", "9999-12-31T23:59:59-12:00"),
    ("book", "--start", "9999-12-31T22:00:00Z", "--end", "9999-12-31T23:00:00Z", "--title", "X"),
    ("block", "--start", "1969-12-31T22:00:00Z", "--end", "1969-12-31T23:00:00Z"),
    ("move", "1", "--start", "2200-01-01T10:00:00Z", "--end", "2200-01-01T11:00:00Z"),
])
def test_a_time_jumpadesk_does_not_work_with_is_refused_as_an_argument(
    desk: DeskProcesses, args: tuple[str, ...]
) -> None:
    done = desk.run(*args)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and INTERNAL not in done.stderr
    assert "is outside the times jumpadesk works with: from 1970 to the end of 2199." in (
        done.stderr)


def test_an_id_that_cannot_be_one_is_refused_as_an_argument(desk: DeskProcesses) -> None:
    for args in [("cancel", "18446744073709551617"), ("cancel", "-5"), ("cancel", "0"),
                 ("unblock", "9223372036854775808"),
                 ("move", "-1", "--start", "2026-11-25T12:00:00Z",
                  "--end", "2026-11-25T13:00:00Z")]:
        done = desk.run(*args)
        assert done.returncode == 2, done.stderr
        assert done.stderr.count("\n") == 1 and INTERNAL not in done.stderr
        assert f"{args[1]!r} is not the number of" in done.stderr
    assert json.loads(desk.run("busy", *DAY, "--json").stdout)["busy"] != []
    # The largest id SQLite holds is one: there is simply no such appointment.
    done = desk.run("cancel", "9223372036854775807")
    assert (done.returncode, done.stderr) == (
        1, "jumpadesk: There is no appointment 9223372036854775807 in Main.\n")


def test_a_look_ahead_that_cannot_be_one_is_refused_as_an_argument(desk: DeskProcesses) -> None:
    for days in ("0", "-3", "36501", "99999999999999999999", "ninety"):
        done = desk.run("conflicts", "--days", days)
        assert done.returncode == 2, done.stderr
        assert done.stderr.count("\n") == 1 and INTERNAL not in done.stderr
        assert f"{days!r} is not a number of days; give a whole number from 1 to 36500" in (
            done.stderr)
    done = desk.run("conflicts", "--days", "36500")
    assert (done.returncode, done.stdout) == (
        0, "No conflicts: nothing overlaps a booked appointment in the next 36500 days.\n")


def test_the_desk_refuses_such_times_too_so_the_window_says_the_same(
    jumpadesk_home: Path,
) -> None:
    from datetime import datetime

    from jumpadesk.errors import InputError
    from jumpadesk.service import Desk

    desk = Desk()
    for start, end in [("0001-01-01T00:00+14:00", "2026-01-01T00:00Z"),
                       ("2026-01-01T00:00Z", "9999-12-31T23:59-12:00"),
                       ("1969-12-31T22:00Z", "1969-12-31T23:00Z")]:
        span = datetime.fromisoformat(start), datetime.fromisoformat(end)
        for ask in (desk.busy, desk.schedule):
            with pytest.raises(InputError, match="outside the times jumpadesk works with"):
                ask("Main", *span)
        with pytest.raises(InputError, match="outside the times jumpadesk works with"):
            desk.block("Main", *span, "Lunch")
    assert desk.schedule("Main", datetime.fromisoformat("1970-01-01T00:00Z"),
                         datetime.fromisoformat("2199-12-31T23:59Z")) == []
