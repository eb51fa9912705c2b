"""The guard every UI test runs under (tests/ui/conftest.py): a store statement that code
in jumpadesk/ui runs on the GUI thread is noted with where it came from; the same call on
a worker, and the test's own calls, are not. And the heartbeat that measures how long the
GUI thread went without turning its event loop."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QTimer

from jumpadesk.service import Desk
from jumpadesk.ui.tasks import _run_undo, run_task
from tests.helpers.gui_thread import Heartbeat, StoreCallsOnGuiThread


def test_a_store_call_from_the_window_s_code_on_the_gui_thread_is_noted(
    qtbot: Any, desk: Desk, no_store_call_on_the_gui_thread: StoreCallsOnGuiThread,
) -> None:
    guard = no_store_call_on_the_gui_thread
    with StoreCallsOnGuiThread() as calls:
        desk.sub_accounts()  # the test's own call: no jumpadesk/ui frame
        assert calls.calls == []
        task = run_task(desk.sub_accounts, label="on a worker")
        with qtbot.waitSignal(task.succeeded, timeout=10_000):
            pass
        assert calls.calls == []
        # ui code (tasks._run_undo) calling the store where it stands: the GUI thread
        assert _run_undo(lambda _result: desk.sub_accounts(), None, "on the GUI thread")
    assert calls.calls and all("tasks.py" in c.where and "_run_undo" in c.where
                               for c in calls.calls)
    assert "sub_account" in str(calls.calls[0]).lower()
    assert calls.report().startswith(f"{len(calls.calls)} store statements ran on the GUI")
    # The guard of every UI test saw it too, and would fail this test: it was meant.
    assert guard.places() == calls.places()
    guard.calls.clear()


def test_the_heartbeat_sees_the_gui_thread_wait_and_not_a_busy_machine(qtbot: Any) -> None:
    """A GUI thread held up 150 ms shows as a gap that long, with or without the time it
    waited for a CPU taken out; while it only turns its event loop, neither shows it."""
    beat = Heartbeat(10)
    beat.start()
    try:
        qtbot.wait(100)
        quiet = beat.longest_held_ms
        beat.reset()
        QTimer.singleShot(20, lambda: time.sleep(0.15))  # the GUI thread waits on something
        qtbot.wait(300)
        assert beat.longest_gap_ms >= 150
        if beat.longest_held_ms is not None:  # the kernel says how long it waited for a CPU
            assert quiet is not None and quiet < 150
            assert beat.longest_held_ms >= 140
    finally:
        beat.stop()
