"""The guard every UI test runs under (tests/ui/conftest.py): a store statement that code
in jumpadesk/ui runs on the GUI thread is noted with where it came from; the same call on
a worker, and the test's own calls, are not."""

from __future__ import annotations

from typing import Any

from jumpadesk.service import Desk
from jumpadesk.ui.tasks import _run_undo, run_task
from tests.helpers.gui_thread import StoreCallsOnGuiThread


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
