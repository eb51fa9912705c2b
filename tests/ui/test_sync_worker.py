"""Sync passes on a QThread: typed signals, one pass at a time, a responsive window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from jumpadesk.service import Desk
from jumpadesk.sync.api import SyncProgress, SyncReport
from jumpadesk.ui.sync_worker import SyncScheduler, SyncWorker
from tests.icloud_server import IcloudServer
from tests.ui.conftest import SUB, Gate, connect_and_sync


class Relay(QObject):
    """Lives on the GUI thread: the worker's signals arrive here queued, as they do in
    the window (a plain callable would run on the worker's thread)."""

    progress = Signal(SyncProgress)
    finished = Signal(SyncReport)
    failed = Signal(str)

    def __init__(self, worker: SyncWorker) -> None:
        super().__init__()
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)

    @Slot(SyncProgress)
    def _on_progress(self, progress: SyncProgress) -> None:
        assert QThread.currentThread() is self.thread()
        self.progress.emit(progress)

    @Slot(SyncReport)
    def _on_finished(self, report: SyncReport) -> None:
        self.finished.emit(report)

    @Slot(str)
    def _on_failed(self, sentence: str) -> None:
        self.failed.emit(sentence)


def run_on_thread(qtbot: Any, worker: SyncWorker) -> QThread:
    """The Qt for Python pattern, as SyncScheduler does it."""
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.over.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread


def test_worker_reports_progress_and_a_report_from_its_own_thread(
    qtbot: Any, desk: Desk, icloud: IcloudServer
) -> None:
    connect_and_sync(desk, icloud)
    icloud.add_event("Work", "Dentist", *_slot())
    worker = SyncWorker(desk, SUB)
    relay = Relay(worker)
    progress: list[SyncProgress] = []
    relay.progress.connect(progress.append)
    with qtbot.waitSignal(relay.finished, timeout=15_000) as finished:
        thread = run_on_thread(qtbot, worker)
    report = finished.args[0]
    assert isinstance(report, SyncReport)
    assert report.ok
    assert progress and all(isinstance(p, SyncProgress) for p in progress)
    assert progress[-1].calendars_done == progress[-1].calendars_total
    assert thread.wait(10_000)  # not isFinished(): that is true while the thread winds down
    # Handed back, so deleteLater destroys it on the GUI thread, never on the worker's.
    assert worker.thread() is QThread.currentThread()
    assert any(i.title == "Dentist" for i in desk.schedule(SUB, *_week()))


def test_worker_says_why_a_pass_could_not_run(qtbot: Any, desk: Desk) -> None:
    worker = SyncWorker(desk, SUB)  # no connection yet
    relay = Relay(worker)
    with qtbot.waitSignal(relay.failed, timeout=10_000) as failed:
        thread = run_on_thread(qtbot, worker)
    assert "no iCloud connection" in failed.args[0]
    assert thread.wait(10_000)  # not isFinished(): that is true while the thread winds down


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
