"""The main window's rechecks: a booking whose answer from iCloud was lost is asked about
again on a worker (Desk.finish_unconfirmed), soon after and then twice as late each
time, up to the sync interval (every sync asks too); what it settles is said and shown.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from jumpadesk.kinds import Recheck
from jumpadesk.sync.report import Rechecked
from jumpadesk.ui.tasks import TaskFailure
from jumpadesk.ui.window_host import WindowHost

log = logging.getLogger("jumpadesk.ui.main")

#: A booking whose answer from iCloud was lost is asked about again this soon, then
#: twice as late each time, up to the sync interval (every sync asks too).
RECHECK_FIRST_MS = 20_000


class RecheckHost(WindowHost, Protocol):
    """What the rechecks need of the window they work in: what every controller does."""


class Rechecks(QObject):
    """The retry timer for bookings iCloud has not confirmed (`timer`, first after
    `first_ms`).

    Signals:
        rechecked(list): iCloud was asked again about the bookings it had not confirmed;
            what it found (sync.report.Rechecked each), once the week shows it.
    """

    rechecked = Signal(list)

    def __init__(self, host: RecheckHost, parent: QObject) -> None:
        super().__init__(parent)
        self._host = host
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.first_ms = RECHECK_FIRST_MS
        self._delay_ms = RECHECK_FIRST_MS

    def soon(self, delay_ms: int | None = None) -> None:
        """Ask iCloud again about every booking left unconfirmed, after `delay_ms` (by
        default the next step of the timer's backoff), unless already due."""
        if self._host.is_shut_down:
            return
        if delay_ms is not None or not self.timer.isActive():
            self.timer.start(self._delay_ms if delay_ms is None else delay_ms)

    def restart(self) -> None:
        """Ask soon, from the first step of the backoff again."""
        self._delay_ms = self.first_ms
        self.soon(self.first_ms)

    def stop(self) -> None:
        self.timer.stop()

    @Slot()
    def _on_timer_timeout(self) -> None:
        desk = self._host.desk

        def call() -> list[tuple[Rechecked, str]]:
            return [(found, desk.recheck_sentence(found))
                    for found in desk.finish_unconfirmed()]

        task = self._host.run_call(call, "recheck")
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)

    @Slot(object)
    def _on_succeeded(self, found: list[tuple[Rechecked, str]]) -> None:
        settled = [sentence for f, sentence in found if f.outcome != Recheck.UNSURE]
        if any(f.outcome == Recheck.UNSURE for f, _ in found):
            self._later()
        else:
            self._delay_ms = self.first_ms
        told = [f for f, _ in found]
        if settled:  # told once the week shows what was settled
            self._host.statusBar().showMessage(" ".join(settled), 60_000)
            self._host.reload_schedule(conflicts=True,
                                       then=lambda: self.rechecked.emit(told))
        else:
            self.rechecked.emit(told)

    @Slot(object)
    def _on_failed(self, failure: TaskFailure) -> None:
        log.warning("unconfirmed bookings not asked about: %s", failure.sentence)
        self._later()

    def _later(self) -> None:
        ceiling = self._host.desk.settings.sync_interval_seconds * 1000
        self._delay_ms = min(self._delay_ms * 2, max(ceiling, self.first_ms))
        self.soon()
