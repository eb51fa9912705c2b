"""The main window's sync status: what the status bar says while a pass runs (a
progress bar, the calendar being synced) and after it (a short sentence, the failures in
its tooltip), Sync Now, and the last sync of each account beside it.

The passes themselves run on workers (ui/sync_worker.SyncScheduler); after each, the
window reads the week and the connections afresh (`after_pass`)."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from jumpadesk.kinds import ConnectionState
from jumpadesk.rows import ConnectionInfo
from jumpadesk.sync.report import SyncProgress, SyncReport
from jumpadesk.ui.connections_page import connection_service, state_phrase
from jumpadesk.ui.event_details import uses_am_pm
from jumpadesk.ui.plain import plain_tooltip
from jumpadesk.ui.sync_worker import SyncScheduler
from jumpadesk.ui.translation import translate
from jumpadesk.wording import describe_moment


def sync_status_text(connections: list[ConnectionInfo], tz: ZoneInfo) -> str:
    """The status bar's last sync per account."""
    if not connections:
        return translate("window_sync", "No calendar account connected")
    parts = []
    for c in connections:
        when = describe_moment(c.last_sync_at, tz, am_pm=uses_am_pm())
        if c.state in (ConnectionState.OK, ConnectionState.NEW):
            parts.append(translate("window_sync", "{account}: synced {when}").format(
                account=c.apple_id, when=when))
        else:
            phrase = state_phrase(c.state, connection_service(c))
            parts.append(translate("window_sync", "{account}: {state} (last synced {when})")
                         .format(account=c.apple_id, state=phrase, when=when))
    return " · ".join(parts)


class SyncStatus(QObject):
    """Shows the scheduler's passes in the status bar and keeps Sync Now in step."""

    def __init__(self, sync: SyncScheduler, action: QAction, bar: QStatusBar,
                 progress: QProgressBar, status: QLabel,
                 after_pass: Callable[[], None], servers: Callable[[], str]) -> None:
        super().__init__(sync)
        self._sync = sync
        self._action = action
        self._bar = bar
        self._progress = progress
        self._status = status
        self._after_pass = after_pass
        self._servers = servers  # "iCloud", "127.0.0.1": the accounts' server, as last read
        sync.started.connect(self._on_sync_started)
        sync.progress.connect(self._on_sync_progress)
        sync.finished.connect(self._on_sync_finished)
        sync.failed.connect(self._on_sync_failed)
        action.triggered.connect(self._on_action_triggered)

    def show_accounts(self, connections: list[ConnectionInfo], tz: ZoneInfo) -> None:
        """The last sync of each account, beside the progress bar."""
        self._status.setText(sync_status_text(connections, tz))

    @Slot()
    def _on_action_triggered(self) -> None:
        if not self._sync.sync_now():
            self._bar.showMessage(translate("window_sync", "A sync is already running."), 4000)

    @Slot()
    def _on_sync_started(self) -> None:
        self._progress.setRange(0, 0)
        self._progress.show()
        self._action.setEnabled(False)
        self._bar.showMessage(translate("window_sync", "Syncing with {servers}\u2026").format(
            servers=self._servers()))

    @Slot(SyncProgress)
    def _on_sync_progress(self, progress: SyncProgress) -> None:
        if progress.calendars_total:
            self._progress.setRange(0, progress.calendars_total)
            self._progress.setValue(progress.calendars_done)
        if progress.calendar:
            self._bar.showMessage(translate("window_sync", "Syncing {calendar}\u2026").format(
                calendar=progress.calendar))

    @Slot(SyncReport)
    def _on_sync_finished(self, report: SyncReport) -> None:
        self._ended()
        failures = report.failures()
        if failures:
            # The banner and the per-account status say which and why; keep this short.
            count = len(failures)
            self._bar.showMessage(
                translate("window_sync", "Sync problem (1 item); see the banner over the week.")
                if count == 1 else
                translate("window_sync", "Sync problem (%n items); see the banner over the "
                          "week.", None, count), 30_000)
            self._bar.setToolTip(plain_tooltip("\n".join(failures)))
        else:
            self._bar.clearMessage()
            self._bar.setToolTip("")
        self._after_pass()

    @Slot(str)
    def _on_sync_failed(self, sentence: str) -> None:
        self._ended()
        self._bar.showMessage(sentence, 30_000)
        self._after_pass()

    def _ended(self) -> None:
        self._progress.hide()
        self._action.setEnabled(True)
