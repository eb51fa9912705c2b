"""The window hears another process's booking within seconds, with no sync: a real
`jumpadesk block` process on the same data folder, and the watcher's signal on the GUI
thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread

from jumpadesk.models.watch import StoreChange
from jumpadesk.service import Desk
from jumpadesk.ui.live_store import LiveStore
from tests.concurrency.procs import DeskProcesses


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
