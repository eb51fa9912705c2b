"""Sync passes off the GUI thread, one at a time, every couple of minutes.

`SyncWorker` is the worker object of the Qt for Python QThread pattern: it is moved to
a fresh QThread for each pass (thread.started -> worker.run, finished -> deleteLater)
and reports with typed signals that carry the sync layer's dataclasses. `SyncScheduler`
owns the timer and makes sure two passes never run at once; the main window listens to
it and reloads the week from the store when a pass ends.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from jumpadesk.errors import JumpadeskError
from jumpadesk.service import Desk
from jumpadesk.sync.report import SyncProgress, SyncReport
from jumpadesk.ui.tasks import BUG_SENTENCE, return_to_gui_thread

log = logging.getLogger("jumpadesk.ui.sync")

_ORPHANS: list[tuple[QThread, QObject | None]] = []


class SyncWorker(QObject):
    """Runs one sync pass through the Desk on whatever thread it was moved to.

    Signals:
        progress(SyncProgress): a calendar was done (from the sync layer's callback).
        finished(SyncReport): the pass ended; the report names any account or calendar
            that failed (a failed calendar is a finished pass, not a failed one).
        failed(str): the pass could not run at all; the sentence says why.
        over(): emitted last, after finished or failed.
    """

    progress = Signal(SyncProgress)
    finished = Signal(SyncReport)
    failed = Signal(str)
    over = Signal()

    def __init__(self, desk: Desk, sub_name: str | None = None) -> None:
        super().__init__()
        self._desk = desk
        self._sub_name = sub_name

    @Slot()
    def run(self) -> None:
        try:
            report = self._desk.sync(self._sub_name, progress=self._on_progress)
        except JumpadeskError as exc:
            log.info("sync pass failed: %s", type(exc).__name__)
            self.failed.emit(str(exc))
        except Exception:  # a bug: keep the window alive and say so
            log.exception("sync pass failed unexpectedly")
            self.failed.emit(BUG_SENTENCE)
        else:
            log.info("sync pass finished: ok=%s, %s requests", report.ok, report.requests)
            self.finished.emit(report)
        finally:
            return_to_gui_thread(self)
            self.over.emit()

    def _on_progress(self, progress: SyncProgress) -> None:
        self.progress.emit(progress)


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
        self._thread: QThread | None = None
        self._worker: SyncWorker | None = None
        self._again = False
        self._timer = QTimer(self)
        self._timer.setObjectName("auto-sync")
        seconds = interval_seconds or desk.settings.sync_interval_seconds
        self._timer.setInterval(max(1, seconds) * 1000)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None

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
        if self._thread is not None:
            self._again = self._again or again_if_running
            return False
        self._again = False
        thread = QThread()
        thread.setObjectName("jumpadesk-sync")
        worker = SyncWorker(self._desk, None)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_worker_progress)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        # quit() is thread-safe; queued, it would wait for a GUI thread that may be
        # blocked in wait() at shutdown.
        worker.over.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(worker.deleteLater)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        self.running_changed.emit(True)
        self.started.emit()
        thread.start()
        return True

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Stop the timer and wait for a running pass; False when it did not end in time."""
        self._timer.stop()
        self._again = False
        if self._thread is None:
            return True
        ended = self._thread.wait(msecs)
        if not ended:
            log.warning("a sync pass was still running at shutdown")
            # Destroying a running QThread aborts the process: keep it until it ends.
            _ORPHANS.append((self._thread, self._worker))
        return ended

    @Slot()
    def _on_timer_timeout(self) -> None:
        if not self.sync_now():
            log.debug("automatic sync skipped: a pass is still running")

    @Slot(SyncProgress)
    def _on_worker_progress(self, progress: SyncProgress) -> None:
        self.progress.emit(progress)

    @Slot(SyncReport)
    def _on_worker_finished(self, report: SyncReport) -> None:
        self.finished.emit(report)

    @Slot(str)
    def _on_worker_failed(self, sentence: str) -> None:
        self.failed.emit(sentence)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread = self._thread
        if thread is not None:
            # `finished` comes before the thread runs the worker's deleteLater; dropping
            # the last Python reference before that would delete the worker twice.
            thread.wait()
            thread.deleteLater()
        self._thread = self._worker = None
        self.running_changed.emit(False)
        if self._again:
            self.sync_now()
