"""Run one Desk call off the GUI thread and hear back on it.

Connect, book, cancel and disconnect reach the network or the keychain, so the window
never calls them directly: it hands a callable to `run_task`, which runs it on its own
QThread (a worker object moved to the thread, the Qt for Python pattern) and delivers
the outcome as a signal on the GUI thread.

    task = run_task(lambda: desk.connect(sub, apple_id, password, url), label="connect")
    task.succeeded.connect(self._on_connected)
    task.failed.connect(self._on_connect_failed)

Cancelling a task drops its outcome: a network call cannot be interrupted halfway, so
the thread finishes in the background and nobody hears about it. Threads are kept alive
in a module-level registry until they end, so a closed dialog never destroys a running
thread; `wait_for_tasks()` is called when the application quits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from jumpadesk.errors import JumpadeskError

log = logging.getLogger("jumpadesk.ui.tasks")

BUG_SENTENCE = (
    "Something unexpected went wrong in jumpadesk. Nothing was changed; please try again, "
    "and if it happens again send the log file to support."
)


@dataclass(frozen=True)
class TaskFailure:
    """Why a task failed: the sentence to show, and the error for code that must tell
    kinds apart (StaleData asks for confirmation, SlotTaken does not)."""

    sentence: str
    error: BaseException


def return_to_gui_thread(worker: QObject) -> None:
    """Hand a finished worker back to the GUI thread, so that `finished -> deleteLater`
    destroys it there: destroying a Python-made QObject on a worker thread takes Qt's
    connection locks without the GIL and can deadlock against the GUI thread."""
    app = QCoreApplication.instance()
    if app is not None and worker.thread() is not app.thread():
        worker.moveToThread(app.thread())


class _Job(QObject):
    """Lives on the task's thread; runs the callable once."""

    done = Signal(object)
    failed = Signal(object)
    over = Signal()

    def __init__(self, fn: Callable[[], Any], label: str) -> None:
        super().__init__()
        self._fn = fn
        self._label = label

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except JumpadeskError as exc:
            log.info("%s failed: %s", self._label, type(exc).__name__)
            self.failed.emit(TaskFailure(str(exc), exc))
        except Exception as exc:  # a bug, not the environment: log it, say so kindly
            log.exception("%s failed unexpectedly", self._label)
            self.failed.emit(TaskFailure(BUG_SENTENCE, exc))
        else:
            self.done.emit(result)
        finally:
            return_to_gui_thread(self)
            self.over.emit()


class Task(QObject):
    """One call running off the GUI thread.

    Signals:
        succeeded(object): the call returned; carries its return value.
        failed(TaskFailure): the call raised; carries the sentence and the error.
        ended(): emitted after succeeded or failed (not after cancel()).
    """

    succeeded = Signal(object)
    failed = Signal(object)
    ended = Signal()

    def __init__(self, fn: Callable[[], Any], label: str = "task") -> None:
        # No parent on purpose: a widget that closes must not take a running thread with it.
        super().__init__()
        self.label = label
        self._cancelled = False
        self._running = False
        self._thread = QThread()
        self._thread.setObjectName(f"jumpadesk-{label}")
        self._job = _Job(fn, label)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        # The receivers below live on the GUI thread, so these are queued connections.
        self._job.done.connect(self._on_done)
        self._job.failed.connect(self._on_failed)
        # quit() is thread-safe; queued, it would wait for a GUI thread that may be
        # blocked in wait() at shutdown.
        self._job.over.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.finished.connect(self._job.deleteLater)
        self._thread.finished.connect(self._on_thread_finished)

    @property
    def running(self) -> bool:
        """True from start() until the outcome arrives or the task is cancelled."""
        return self._running

    def start(self) -> Task:
        _LIVE.add(self)
        self._running = True
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Stop listening: the outcome, whenever it comes, is dropped."""
        if self._running:
            log.info("%s cancelled; its outcome will be ignored", self.label)
        self._cancelled = True
        self._running = False

    def wait(self, msecs: int = 30_000) -> bool:
        return self._thread.wait(msecs)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        if self._cancelled:
            return
        self._running = False
        self.succeeded.emit(result)
        self.ended.emit()

    @Slot(object)
    def _on_failed(self, failure: TaskFailure) -> None:
        if self._cancelled:
            return
        self._running = False
        self.failed.emit(failure)
        self.ended.emit()

    @Slot()
    def _on_thread_finished(self) -> None:
        # `finished` comes before the thread runs the job's deleteLater; letting Python
        # drop the job before that would delete it twice, from two threads.
        self._thread.wait()
        self._thread.deleteLater()
        _LIVE.discard(self)


_LIVE: set[Task] = set()


def run_task(fn: Callable[[], Any], *, label: str = "task") -> Task:
    """Start `fn` on its own thread; connect to the returned Task's signals.

    Connect before control returns to the event loop: the outcome is delivered through
    it, never synchronously, so no signal can be missed. Connect bound methods of
    QObjects, so a receiver that is destroyed first is disconnected by Qt."""
    return Task(fn, label).start()


def live_tasks() -> list[Task]:
    """Tasks whose threads have not finished yet (cancelled ones included)."""
    return list(_LIVE)


def wait_for_tasks(msecs: int = 30_000) -> bool:
    """Block until every task's thread has ended; False when one is still running."""
    ok = True
    for task in list(_LIVE):
        ok = task.wait(msecs) and ok
    return ok
