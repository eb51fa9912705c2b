"""What the window does on the GUI thread: the store statements its code runs there, and
how long the GUI thread went without running its event loop.

`StoreCallsOnGuiThread` notes every statement any store engine runs on the GUI thread
on behalf of code in jumpadesk/ui/ (the innermost jumpadesk/ui frame of the stack names
it). A test's own calls to the Desk (setting up a week, reading what the store holds)
have no such frame and are not noted. The launcher (ui/launch.py, and ui/app.py's
open_window) opens the store and names the sub-account before any window or event loop
exists, and is not noted either.

`Heartbeat` is a 10 ms QTimer on the GUI thread that keeps the largest gap between two
of its ticks: a GUI thread that waits on anything shows as a gap that long. Where Linux
reports it (/proc/thread-self/schedstat), it also keeps the largest gap less the time the
GUI thread stood ready but had no CPU (`longest_held_ms`): what the thread itself ran or
waited on, without what a busy machine's other processes took from it.
"""

from __future__ import annotations

import functools
import gc
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Slot
from sqlalchemy import event
from sqlalchemy.engine import Engine

import jumpadesk.ui

UI = Path(jumpadesk.ui.__file__).resolve().parent
#: Open the store, and name the sub-account, before any window or event loop exists.
LAUNCHERS = frozenset({UI / "launch.py", UI / "app.py"})


def on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


@functools.cache
def _in_ui(filename: str) -> bool:
    # Asked for every frame of every statement: a string test, remembered per file.
    return filename == str(UI) or filename.startswith(str(UI) + os.sep)


def _innermost_ui_frame(frame: FrameType | None) -> FrameType | None:
    while frame is not None:
        if _in_ui(frame.f_code.co_filename):
            return frame
        frame = frame.f_back
    return None


@dataclass(frozen=True)
class StoreCall:
    """One statement run on the GUI thread, and where in jumpadesk/ui it came from."""

    statement: str
    where: str

    def __str__(self) -> str:
        first = " ".join(self.statement.split())[:80]
        return f"{self.where}: {first}"


class StoreCallsOnGuiThread:
    """Notes store statements run on the GUI thread by the window's code, while open:

        with StoreCallsOnGuiThread() as calls:
            ...
        assert not calls.calls, calls.report()
    """

    def __init__(self) -> None:
        self.calls: list[StoreCall] = []

    def _before_cursor_execute(self, _conn: Any, _cursor: Any, statement: str,
                               *_args: Any) -> None:
        if not on_gui_thread():
            return
        frame = _innermost_ui_frame(sys._getframe(1))
        if frame is None or Path(frame.f_code.co_filename).resolve() in LAUNCHERS:
            return
        code = frame.f_code
        where = f"{Path(code.co_filename).name}:{frame.f_lineno} {code.co_name}"
        self.calls.append(StoreCall(statement, where))

    def __enter__(self) -> StoreCallsOnGuiThread:
        event.listen(Engine, "before_cursor_execute", self._before_cursor_execute)
        return self

    def __exit__(self, _type: type[BaseException] | None, _value: BaseException | None,
                 _tb: TracebackType | None) -> None:
        event.remove(Engine, "before_cursor_execute", self._before_cursor_execute)

    def places(self) -> list[str]:
        """Where the statements came from, each once, in the order first seen."""
        return list(dict.fromkeys(c.where for c in self.calls))

    def report(self) -> str:
        return (f"{len(self.calls)} store statements ran on the GUI thread, from: "
                + "; ".join(self.places()))


_SCHEDSTAT = Path("/proc/thread-self/schedstat")


def queued_ns() -> int | None:
    """How long, in all, this thread has stood ready to run without a CPU (ns), or None
    where the kernel does not say."""
    try:
        return int(_SCHEDSTAT.read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None


class Heartbeat(QObject):
    """Ticks every `interval_ms` on the GUI thread and keeps the largest gap between two
    ticks (`longest_gap_ms`) since `start()` or `reset()`."""

    def __init__(self, interval_ms: int = 10) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._last = 0.0
        self._last_queued: int | None = None
        self.longest_gap_ms = 0.0
        self.longest_held_ms: float | None = None
        self.ticks = 0

    def start(self) -> None:
        # What the whole test session left on the heap is set aside from the collector
        # while the heart beats: a full collection over a thousand tests' leftovers can
        # stop the GUI thread for half a second, a pause of this process's history, not
        # of the window (whose own heap is small), and not what a gap here is to show.
        gc.collect()
        gc.freeze()
        self.reset()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.unfreeze()

    def reset(self) -> None:
        self._last = time.perf_counter()
        self._last_queued = queued_ns()
        self.longest_gap_ms = 0.0
        self.longest_held_ms = None if self._last_queued is None else 0.0
        self.ticks = 0

    @Slot()
    def _on_timer_timeout(self) -> None:
        now, queued = time.perf_counter(), queued_ns()
        gap_ms = (now - self._last) * 1000
        self.longest_gap_ms = max(self.longest_gap_ms, gap_ms)
        if queued is not None and self._last_queued is not None:
            held_ms = gap_ms - (queued - self._last_queued) / 1e6
            self.longest_held_ms = max(self.longest_held_ms or 0.0, held_ms)
        self._last, self._last_queued = now, queued
        self.ticks += 1
