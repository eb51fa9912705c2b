"""Run one Desk call off the GUI thread and hear back on it.

Connect, book, cancel and disconnect reach the network or the keychain, so the window
never calls them directly: it hands a callable to `run_task`, which runs it on its own
QThread (a worker object moved to the thread, the Qt for Python pattern) and delivers
the outcome as a signal on the GUI thread.

    task = run_task(lambda: desk.connect(sub, apple_id, password, url), label="connect")
    task.succeeded.connect(self._on_connected)
    task.failed.connect(self._on_connect_failed)

Cancelling a task drops its outcome: a network call cannot be interrupted halfway, so
the thread finishes in the background and nobody hears about it. A call that would leave
something behind if it succeeded anyway (a connection saved after the person pressed
Cancel) is cancelled with an `undo`, which then runs off the GUI thread:

    task.cancel(undo=lambda connection_id: desk.disconnect(connection_id, sub))
    task.undone.connect(self._on_connect_undone)

Threads are kept alive
in a module-level registry until they end, so a closed dialog never destroys a running
thread; `wait_for_tasks()` is called when the application quits.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from jumpadesk.errors import JumpadeskError
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, translate

log = logging.getLogger("jumpadesk.ui.tasks")

BUG_SENTENCE = (
    QT_TRANSLATE_NOOP("tasks", "Something unexpected went wrong in jumpadesk. Nothing was changed; "
        "please try again, "
    "and if it happens again send the log file to support.")
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


Undo = Callable[[Any], Any]


class _Handover:
    """Who undoes a cancelled call that succeeds anyway. The GUI thread cancels while the
    call may be returning on the worker, so both sides decide under one lock: a result not
    yet handed over is undone on the worker; one already on its way, by the Task."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.cancelled = False
        self.undo: Undo | None = None
        self.handed_over = False


def _run_undo(undo: Undo, result: object, label: str) -> bool:
    """undo(result), on the calling (worker) thread; False when it failed (logged)."""
    try:
        undo(result)
    except JumpadeskError as exc:
        log.warning("undoing the cancelled %s failed: %s", label, type(exc).__name__)
        return False
    except Exception:
        log.exception("undoing the cancelled %s failed unexpectedly", label)
        return False
    log.info("the cancelled %s succeeded late and was undone", label)
    return True


class _Job(QObject):
    """Lives on the task's thread; runs the callable once (and its undo, if cancelled)."""

    done = Signal(object)
    failed = Signal(object)
    undone = Signal(object)
    progress = Signal(object)
    over = Signal()

    def __init__(self, fn: Callable[..., Any], label: str, handover: _Handover,
                 with_progress: bool) -> None:
        super().__init__()
        self._fn = fn
        self._label = label
        self._handover = handover
        self._with_progress = with_progress

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(self.progress.emit) if self._with_progress else self._fn()
        except JumpadeskError as exc:
            log.info("%s failed: %s", self._label, type(exc).__name__)
            self.failed.emit(TaskFailure(str(exc), exc))
        except Exception as exc:  # a bug, not the environment: log it, say so kindly
            log.exception("%s failed unexpectedly", self._label)
            self.failed.emit(TaskFailure(translate("tasks", BUG_SENTENCE), exc))
        else:
            with self._handover.lock:
                cancelled, undo = self._handover.cancelled, self._handover.undo
                self._handover.handed_over = not cancelled
            if not cancelled:
                self.done.emit(result)
            elif undo is not None and _run_undo(undo, result, self._label):
                self.undone.emit(result)
        finally:
            return_to_gui_thread(self)
            self.over.emit()


class Task(QObject):
    """One call running off the GUI thread.

    Signals:
        succeeded(object): the call returned; carries its return value.
        failed(TaskFailure): the call raised; carries the sentence and the error.
        ended(): emitted after succeeded or failed (not after cancel()).
        undone(object): the call was cancelled with an undo, succeeded anyway, and the
            undo has run; carries the call's return value.
        progress(object): what a call started with `with_progress` reported as it went
            (for a sync pass, a SyncProgress); not after cancel().
    """

    succeeded = Signal(object)
    failed = Signal(object)
    ended = Signal()
    undone = Signal(object)
    progress = Signal(object)

    def __init__(self, fn: Callable[..., Any], label: str = "task",
                 with_progress: bool = False) -> None:
        # No parent on purpose: a widget that closes must not take a running thread with it.
        super().__init__()
        self.label = label
        self._cancelled = False
        self._running = False
        self._handover = _Handover()
        self._thread = QThread()
        self._thread.setObjectName(f"jumpadesk-{label}")
        self._job = _Job(fn, label, self._handover, with_progress)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        # The receivers below live on the GUI thread, so these are queued connections.
        self._job.done.connect(self._on_done)
        self._job.failed.connect(self._on_failed)
        self._job.undone.connect(self._on_undone)
        self._job.progress.connect(self._on_progress)
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

    def cancel(self, undo: Undo | None = None) -> None:
        """Stop listening: the outcome, whenever it comes, is dropped.

        With `undo`, a call that succeeds all the same has `undo(result)` run off the GUI
        thread (on this task's thread, or on a task of its own when the result was
        already on its way), then `undone` is emitted. A failed call needs no undo, and
        a task whose outcome was delivered already is not undone."""
        if not self._running:
            self._cancelled = True
            return
        log.info("%s cancelled; its outcome will be %s", self.label,
                 "undone" if undo is not None else "ignored")
        self._cancelled = True
        self._running = False
        with self._handover.lock:
            self._handover.cancelled = True
            self._handover.undo = undo

    def wait(self, msecs: int = 30_000) -> bool:
        return self._thread.wait(msecs)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        if self._cancelled:
            # Cancelled after the worker handed the result over: undo it from here.
            undo = self._handover.undo
            if undo is not None:
                self._start_undo(undo, result)
            return
        self._running = False
        self.succeeded.emit(result)
        self.ended.emit()

    def _start_undo(self, undo: Undo, result: object) -> None:
        label = self.label
        undo_task = run_task(lambda: undo(result), label=f"{label}-undo")
        # The lambda keeps this task alive until the undo has been reported.
        undo_task.succeeded.connect(lambda _value: self._on_undone(result))
        undo_task.failed.connect(
            lambda failure: log.warning("undoing the cancelled %s failed: %s", label,
                                        type(failure.error).__name__))

    @Slot(object)
    def _on_progress(self, step: object) -> None:
        if not self._cancelled:
            self.progress.emit(step)

    @Slot(object)
    def _on_undone(self, result: object) -> None:
        self.undone.emit(result)

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


def run_task(fn: Callable[..., Any], *, label: str = "task",
             with_progress: bool = False) -> Task:
    """Start `fn` on its own thread; connect to the returned Task's signals.

    With `with_progress`, `fn` is called with one argument, a callable it may call from
    its thread with each step of progress; the Task emits them as `progress` on the GUI
    thread. Connect before control returns to the event loop: the outcome is delivered
    through it, never synchronously, so no signal can be missed. Connect bound methods of
    QObjects, so a receiver that is destroyed first is disconnected by Qt."""
    return Task(fn, label, with_progress).start()


def live_tasks() -> list[Task]:
    """Tasks whose threads have not finished yet (cancelled ones included)."""
    return list(_LIVE)


def wait_for_tasks(msecs: int = 30_000) -> bool:
    """Block until every task's thread has ended; False when one is still running."""
    ok = True
    for task in list(_LIVE):
        ok = task.wait(msecs) and ok
    return ok
