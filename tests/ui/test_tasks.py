"""Desk calls off the GUI thread: outcomes, cancel, and undoing a cancelled call that
succeeded anyway."""

from __future__ import annotations

import threading
from typing import Any

from jumpadesk.errors import ServerFailed
from jumpadesk.ui.tasks import live_tasks, run_task


class Held:
    """A call that returns `value` once released; records the thread it ran on."""

    def __init__(self, value: object = 7, error: Exception | None = None) -> None:
        self.value = value
        self.error = error
        self.release = threading.Event()

    def __call__(self) -> object:
        assert self.release.wait(10), "the test never released the call"
        if self.error is not None:
            raise self.error
        return self.value


class Undo:
    def __init__(self) -> None:
        self.calls: list[tuple[object, bool]] = []  # (result, on the GUI thread?)

    def __call__(self, result: object) -> None:
        self.calls.append((result, threading.current_thread() is threading.main_thread()))


def test_a_task_delivers_its_result(qtbot: Any) -> None:
    call = Held("done")
    call.release.set()
    task = run_task(call, label="plain")
    with qtbot.waitSignal(task.succeeded) as blocker, qtbot.waitSignal(task.ended):
        pass
    assert blocker.args == ["done"]


def test_a_cancelled_call_that_succeeds_is_undone_on_its_own_thread(qtbot: Any) -> None:
    call, undo = Held(42), Undo()
    task = run_task(call, label="connect")
    task.cancel(undo=undo)
    with qtbot.assertNotEmitted(task.succeeded), qtbot.assertNotEmitted(task.ended), \
            qtbot.waitSignal(task.undone) as undone:
        call.release.set()
    assert undone.args == [42]
    [(result, on_gui_thread)] = undo.calls
    assert result == 42 and not on_gui_thread


def test_a_cancel_after_the_result_left_the_worker_is_undone_too(qtbot: Any) -> None:
    call, undo = Held(5), Undo()
    call.release.set()
    task = run_task(call, label="connect")
    assert task.wait(10_000)  # returned and handed over; not yet delivered on this thread
    assert task.running
    task.cancel(undo=undo)
    with qtbot.assertNotEmitted(task.succeeded), qtbot.waitSignal(task.undone) as undone:
        pass
    assert undone.args == [5]
    assert [r for r, _ in undo.calls] == [5]


def test_a_cancelled_call_that_fails_needs_no_undo(qtbot: Any) -> None:
    call, undo = Held(error=ServerFailed("iCloud did not answer.")), Undo()
    task = run_task(call, label="connect")
    task.cancel(undo=undo)
    with qtbot.assertNotEmitted(task.failed), qtbot.assertNotEmitted(task.undone):
        call.release.set()
        # The thread's end is delivered after anything it sent: then all has arrived.
        qtbot.waitUntil(lambda: not live_tasks(), timeout=10_000)
    assert undo.calls == []


def test_a_delivered_task_is_not_undone_by_a_late_cancel(qtbot: Any) -> None:
    call, undo = Held(1), Undo()
    call.release.set()
    task = run_task(call, label="book")
    with qtbot.waitSignal(task.succeeded):
        pass
    with qtbot.assertNotEmitted(task.undone):
        task.cancel(undo=undo)
        qtbot.waitUntil(lambda: not live_tasks(), timeout=10_000)
    assert undo.calls == []
