"""The window and the command line booking the same slot at the same moment: the window
books through its dialog (a worker thread of this process), `jumpadesk book` runs as a
separate process on the same data folder. Every round exactly one of them wins, and
the loser shows the usual sentence."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from jumpadesk.service import Desk
from tests.concurrency.procs import DeskProcesses
from tests.helpers.window import book_through_dialog, make_window
from tests.icloud_server import IcloudServer
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

BERLIN = ZoneInfo("Europe/Berlin")


def z(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_the_window_and_the_command_line_never_both_book_one_slot(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer, jumpadesk_home: Path,
    tmp_path: Path,
) -> None:
    cli = DeskProcesses(tmp_path / "cli", home=jumpadesk_home)
    # The command line's own keychain gets the password the way a person gives it.
    connected = cli.run("connect", "--apple-id", icloud.apple_id, "--server", icloud.url,
                        password=icloud.password)
    assert connected.returncode == 0, connected.stderr
    window = make_window(qtbot, connected_desk)
    wins = {"window": 0, "cli": 0}
    for rnd in range(5):
        start = datetime(2026, 12, 7, 6, 0, tzinfo=BERLIN) + timedelta(days=rnd)
        end = start + timedelta(hours=1)
        before = set(icloud.hrefs("Work"))
        outcome: dict[str, Any] = {}
        window.booking_done.connect(lambda r, o=outcome: o.setdefault("done", r))
        window.booking_failed.connect(lambda s, o=outcome: o.setdefault("failed", s))
        with cli.start_together([("book", "--in-the-past", "--start", z(start), "--end", z(end),
                                  "--title", f"Phone booking {rnd}")]) as group:
            group.release()
            book_through_dialog(qtbot, window, start, end, f"Desk booking {rnd}")
            qtbot.waitUntil(lambda o=outcome: bool(o), timeout=30_000)
            [by_cli] = group.wait()
        window.booking_done.disconnect()
        window.booking_failed.disconnect()

        window_won = "done" in outcome
        cli_won = by_cli.returncode == 0
        assert window_won != cli_won, (outcome, by_cli.stderr)
        if window_won:
            assert by_cli.returncode == 3
            assert f"Desk booking {rnd}" in by_cli.stderr
            wins["window"] += 1
        else:
            assert outcome["failed"].startswith("That time is not free")
            assert f"Phone booking {rnd}" in outcome["failed"]
            assert window.booking_dialog is not None and window.booking_dialog.isVisible()
            window.booking_dialog.reject()
            window.booking.booking_dialog = None  # the form is gone: the next round opens its own
            wins["cli"] += 1
        assert len(set(icloud.hrefs("Work")) - before) == 1
    assert sum(wins.values()) == 5
