"""Sync passes off the GUI thread, one at a time, every couple of minutes.

A pass is a task like any other background call (jumpadesk.ui.tasks: a worker object on
its own QThread, typed outcomes delivered on the GUI thread), one that reports progress
as it goes. `SyncScheduler` owns the timer and makes sure two passes never run at once;
the main window listens to it and reloads the week from the store when a pass ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from jumpadesk.service import Desk
from jumpadesk.sync.report import SyncProgress, SyncReport
from jumpadesk.ui.tasks import Task, TaskFailure, run_task

log = logging.getLogger("jumpadesk.ui.sync")


def sync_pass(desk: Desk, sub_name: str | None = None) -> Callable[[Callable], SyncReport]:
    """The call a sync task runs: one pass through the Desk, reporting progress."""

    def run(report_progress: Callable[[SyncProgress], None]) -> SyncReport:
        report = desk.sync(sub_name, progress=report_progress)
        log.info("sync pass finished: ok=%s, %s requests", report.ok, report.requests)
        return report

    return run


class SyncScheduler(QObject):
    """Starts sync passes on demand and on a timer, never two at once.

    Signals:
        started(): a pass began.
        progress(SyncProgress): forwarded from the running pass.
        finished(SyncReport): a pass ended (possibly with failed calendars).
        failed(str): a pass could not run; the sentence says why.
        running_changed(bool): a pass began (True) or ended (False).
    """

    started = Signal()
    progress = Signal(SyncProgress)
    finished = Signal(SyncReport)
    failed = Signal(str)
    running_changed = Signal(bool)

    def __init__(self, desk: Desk, interval_seconds: int | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._task: Task | None = None
        self._again = False
        self._timer = QTimer(self)
        self._timer.setObjectName("auto-sync")
        seconds = interval_seconds or desk.settings.sync_interval_seconds
        self._timer.setInterval(max(1, seconds) * 1000)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def start_timer(self) -> None:
        """Sync automatically every interval from now on."""
        self._timer.start()

    def stop_timer(self) -> None:
        self._timer.stop()

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    def sync_now(self, *, again_if_running: bool = False) -> bool:
        """Start a pass; False when one is already running (then, with again_if_running,
        one more pass follows it, for changes the running pass may have missed)."""
        if self._task is not None:
            self._again = self._again or again_if_running
            return False
        self._again = False
        task = run_task(sync_pass(self._desk), label="sync", with_progress=True)
        task.progress.connect(self._on_task_progress)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.ended.connect(self._on_task_ended)
        self._task = task
        self.running_changed.emit(True)
        self.started.emit()
        return True

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Stop the timer and wait for a running pass; False when it did not end in time
        (the task registry keeps its thread alive until it does)."""
        self._timer.stop()
        self._again = False
        task, self._task = self._task, None
        if task is None:
            return True
        task.cancel()
        ended = task.wait(msecs)
        if not ended:
            log.warning("a sync pass was still running at shutdown")
        return ended

    @Slot()
    def _on_timer_timeout(self) -> None:
        if not self.sync_now():
            log.debug("automatic sync skipped: a pass is still running")

    @Slot(object)
    def _on_task_progress(self, progress: SyncProgress) -> None:
        self.progress.emit(progress)

    @Slot(object)
    def _on_task_succeeded(self, report: SyncReport) -> None:
        self.finished.emit(report)

    @Slot(object)
    def _on_task_failed(self, failure: TaskFailure) -> None:
        self.failed.emit(failure.sentence)

    @Slot()
    def _on_task_ended(self) -> None:
        self._task = None
        self.running_changed.emit(False)
        if self._again:
            self.sync_now()
