"""The window hears another process's booking within seconds, with no sync: a real
`jumpadesk block` process on the same data folder, and the watcher's signal on the GUI
thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread

from jumpadesk.models.watch import StoreChange
from jumpadesk.service import Desk
from jumpadesk.ui.live_store import LiveStore
from tests.concurrency.procs import DeskProcesses
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_a_block_made_by_another_process_is_heard_on_the_gui_thread(
    qtbot: Any, desk: Desk, jumpadesk_home: Path, tmp_path: Path,
) -> None:
    live = LiveStore(desk.engine, poll_seconds=0.2)
    heard: list[StoreChange] = []

    def on_changed(change: StoreChange) -> None:
        assert QThread.currentThread() is live.thread()
        heard.append(change)

    live.changed.connect(on_changed)
    live.start()
    try:
        other = DeskProcesses(tmp_path / "cli", home=jumpadesk_home)
        made = other.run("block", "--start", "2026-12-08T09:00:00Z",
                         "--end", "2026-12-08T10:00:00Z", "--title", "Stock take")
        assert made.returncode == 0, made.stderr
        qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    finally:
        live.stop()
    assert heard[-1].touches(desk.sub_account("Main").id, 1796720400, 1796724000)


def test_the_window_shows_another_process_booking_within_seconds_without_a_sync(
    qtbot: Any, desk: Desk, jumpadesk_home: Path, tmp_path: Path,
) -> None:
    from tests.helpers.window import make_window

    window = make_window(qtbot, desk)  # auto_sync off: nothing syncs
    window.show_week(date(2026, 12, 7))
    window.start()
    other = DeskProcesses(tmp_path / "cli", home=jumpadesk_home)
    made = other.run("block", "--start", "2026-12-08T09:00:00Z",
                     "--end", "2026-12-08T10:00:00Z", "--title", "Inventory")
    assert made.returncode == 0, made.stderr
    qtbot.waitUntil(lambda: any(i.title == "Inventory"
                                for i in window.week_view.view.items()), timeout=3000)
    window.shutdown()


def test_share_this_schedule_opens_from_the_calendars_menu(qtbot: Any, desk: Desk) -> None:
    from tests.helpers.window import make_window

    window = make_window(qtbot, desk)
    assert window.menus.share_action in window.menus.calendars_menu.actions()
    window.menus.share_action.trigger()
    assert window.menus.share_dialog is not None and window.menus.share_dialog.isVisible()
    assert window.menus.share_page is not None
    assert "keeps its schedule in" in window.menus.share_page.where.text()
    window.menus.share_dialog.reject()
