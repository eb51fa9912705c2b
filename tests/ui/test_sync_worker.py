"""Sync passes on a QThread: typed signals, one pass at a time, a responsive window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Slot

from jumpadesk.service import Desk
from jumpadesk.sync.report import SyncProgress, SyncReport
from jumpadesk.ui.sync_worker import SyncScheduler, sync_pass
from jumpadesk.ui.tasks import Task, run_task, wait_for_tasks
from tests.icloud_server import IcloudServer
from tests.ui.conftest import SUB, Gate, connect_and_sync


class Steps(QObject):
    """Lives on the GUI thread and records the progress a pass reports, checking that
    each step arrives on the GUI thread, as the window needs."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[SyncProgress] = []

    @Slot(object)
    def on_progress(self, progress: SyncProgress) -> None:
        assert QThread.currentThread() is self.thread()
        self.seen.append(progress)


def test_a_sync_task_reports_progress_and_a_report_on_the_gui_thread(
    qtbot: Any, desk: Desk, icloud: IcloudServer
) -> None:
    connect_and_sync(desk, icloud)
    icloud.add_event("Work", "Dentist", *_slot())
    steps = Steps()
    with qtbot.waitSignal(live_sync_task(desk, steps).succeeded, timeout=15_000) as done:
        pass
    report = done.args[0]
    assert isinstance(report, SyncReport)
    assert report.ok
    assert steps.seen and all(isinstance(p, SyncProgress) for p in steps.seen)
    assert steps.seen[-1].calendars_done == steps.seen[-1].calendars_total
    assert wait_for_tasks(10_000)
    assert any(i.title == "Dentist" for i in desk.schedule(SUB, *_week()))


def live_sync_task(desk: Desk, steps: Steps) -> Task:
    task = run_task(sync_pass(desk, SUB), label="sync", with_progress=True)
    task.progress.connect(steps.on_progress)
    return task


def test_a_sync_task_says_why_a_pass_could_not_run(qtbot: Any, desk: Desk) -> None:
    steps = Steps()
    with qtbot.waitSignal(live_sync_task(desk, steps).failed, timeout=10_000) as failed:
        pass  # no connection yet
    assert "no calendar account connected" in failed.args[0].sentence
    assert wait_for_tasks(10_000)


def test_event_loop_keeps_running_while_a_pass_is_slow_and_passes_never_overlap(
    qtbot: Any, jumpadesk_home: Any, icloud: IcloudServer, gate: Gate
) -> None:
    plain = Desk()
    plain.sub_account(SUB)
    connect_and_sync(plain, icloud)
    desk = Desk(client_factory=gate.factory)  # the same store, a server held by the test
    scheduler = SyncScheduler(desk)
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()

    with qtbot.waitSignal(scheduler.started):
        assert scheduler.sync_now()
    qtbot.waitUntil(gate.waiting.is_set, timeout=10_000)
    ticks.clear()
    # The pass is stuck in a request; the GUI thread keeps serving the timer.
    qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=5000)
    assert scheduler.running
    assert not scheduler.sync_now()  # never two passes at once
    with qtbot.waitSignal(scheduler.finished, timeout=15_000) as finished:
        gate.open()
    assert finished.args[0].ok
    qtbot.waitUntil(lambda: not scheduler.running)
    timer.stop()


def test_second_request_during_a_pass_runs_once_after_it(
    qtbot: Any, jumpadesk_home: Any, icloud: IcloudServer, gate: Gate
) -> None:
    plain = Desk()
    plain.sub_account(SUB)
    connect_and_sync(plain, icloud)
    scheduler = SyncScheduler(Desk(client_factory=gate.factory))
    starts: list[int] = []
    scheduler.started.connect(lambda: starts.append(1))
    scheduler.sync_now()
    qtbot.waitUntil(gate.waiting.is_set, timeout=10_000)
    assert not scheduler.sync_now(again_if_running=True)
    assert not scheduler.sync_now(again_if_running=True)
    gate.open()
    qtbot.waitUntil(lambda: len(starts) == 2 and not scheduler.running, timeout=15_000)
    assert len(starts) == 2


def test_automatic_sync_uses_the_configured_interval(
    qtbot: Any, desk: Desk, icloud: IcloudServer
) -> None:
    connect_and_sync(desk, icloud)
    assert SyncScheduler(desk).interval_ms == desk.settings.sync_interval_seconds * 1000 \
        == 120_000
    scheduler = SyncScheduler(desk, interval_seconds=1)
    scheduler.start_timer()
    with qtbot.waitSignal(scheduler.finished, timeout=5000):
        pass
    scheduler.shutdown()
    assert not scheduler.timer_active


def _week() -> tuple[Any, Any]:
    from tests.icloud_server import week_day

    return week_day(0), week_day(7)


def _slot() -> tuple[Any, Any]:
    from tests.icloud_server import week_day

    return week_day(3, "15:00"), week_day(3, "16:00")
