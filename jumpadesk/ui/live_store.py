"""The store watcher (jumpadesk.models.watch) as Qt signals on the GUI thread.

Another desk, a second window or the command line commits a booking: the watcher hears
it on its own thread, and `LiveStore` hands it over as a queued signal, so the window
reloads the week it shows within a second or two, with no sync. A shared store that
stops answering is told the same way, by name.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from sqlalchemy.engine import Engine

from jumpadesk.models.watch import StoreChange, StoreReach, StoreWatcher

log = logging.getLogger("jumpadesk.ui.live")


class LiveStore(QObject):
    """Watches one store while the window is open.

    Signals:
        changed(StoreChange): someone else committed a change (delivered on the GUI
            thread: the watcher's thread only emits).
        reach_changed(StoreReach): the shared store stopped answering, or is back.
    """

    changed = Signal(StoreChange)
    reach_changed = Signal(StoreReach)

    def __init__(self, engine: Engine, parent: QObject | None = None, *,
                 poll_seconds: float = 0.5) -> None:
        super().__init__(parent)
        self._watcher = StoreWatcher(engine, self.changed.emit, self.reach_changed.emit,
                                     poll_seconds=poll_seconds)

    @property
    def where(self) -> str:
        return self._watcher.where

    def start(self) -> None:
        self._watcher.start()

    def stop(self) -> None:
        """Stop watching; waits briefly for the watcher's thread."""
        self._watcher.stop()
