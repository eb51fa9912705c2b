"""The main window and the other desks: what another desk, window or the command line
changes shows here at once. The store watcher (ui/live_store.LiveStore) says what
changed; the shown week and connections are read again when it touches them, and the
sub-account on screen is followed by its id through a rename, a new zone or its removal
(read on a worker, like every store call of the window). A shared store out of reach is
named over the week.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot

from jumpadesk.errors import SubAccountGone
from jumpadesk.models.watch import StoreChange, StoreReach
from jumpadesk.rows import SubAccountRow
from jumpadesk.ui.live_store import LiveStore
from jumpadesk.ui.sub_accounts import SubAccountSwitcher
from jumpadesk.ui.tasks import TaskFailure
from jumpadesk.ui.translation import translate
from jumpadesk.ui.window_host import WindowHost

log = logging.getLogger("jumpadesk.ui.main")


class LiveHost(WindowHost, Protocol):
    """What following the other desks needs of the window."""

    @property
    def sub(self) -> SubAccountRow: ...
    @property
    def switcher(self) -> SubAccountSwitcher: ...

    def week_span(self) -> tuple[datetime, datetime]: ...
    def reload_connections(self) -> None: ...
    def read_services(self) -> None: ...


class LiveFollower(QObject):
    """Follows `live` (the store watcher) for the window (`host`); `recheck_now()` asks
    iCloud about unconfirmed bookings once a lost store is back.

    Signals:
        sub_account_gone(str): the sub-account on screen was removed elsewhere; the
            window moved to the first one and said so (the sentence).
    """

    sub_account_gone = Signal(str)

    def __init__(self, host: LiveHost, live: LiveStore,
                 recheck_now: Callable[[], None]) -> None:
        super().__init__(live)
        self._host = host
        self._recheck_now = recheck_now
        #: The sentence over the week while a shared store is out of reach ("": it is not).
        self.out_of_reach = ""
        live.changed.connect(self._on_changed)
        live.reach_changed.connect(self._on_reach_changed)

    @Slot(StoreChange)
    def _on_changed(self, change: StoreChange) -> None:
        """Someone else booked, cancelled, synced or changed the sub-accounts: reload
        what it touches."""
        if self._host.is_shut_down:
            return
        if change.everything or "sub_account" in change.tables:
            self._follow_sub_account(change)
            return
        self._reload_for(change)

    def _reload_for(self, change: StoreChange) -> None:
        """Read again what a change elsewhere touches of what is shown."""
        start, end = self._host.week_span()
        if change.touches(self._host.sub.id, int(start.timestamp()), int(end.timestamp())):
            self._host.reload_schedule()
        if change.everything or change.tables & {"connection", "calendar", "calendar_role"}:
            self._host.reload_connections()
        if change.everything or change.tables & {"service", "service_staff"}:
            self._host.read_services()

    def _follow_sub_account(self, change: StoreChange) -> None:
        """The sub-accounts changed elsewhere: read them off the GUI thread (the one on
        screen by its id, and the list), then follow it (_on_sub_accounts_read)."""
        desk, before = self._host.desk, self._host.sub

        def call() -> tuple[SubAccountRow | None, list[SubAccountRow], SubAccountRow | None]:
            try:
                now: SubAccountRow | None = desk.sub_account_ref(before)
                first = None
            except SubAccountGone:  # then the business's first is shown (Desk's rule)
                now, first = None, desk.sub_account_ref(None)
            return now, [SubAccountRow.of(s) for s in desk.sub_accounts()], first

        task = self._host.run_call(call, "sub-accounts")
        task.succeeded.connect(lambda found: self._on_sub_accounts_read(before, change, *found))
        task.failed.connect(self._on_sub_accounts_read_failed)

    @Slot(object)
    def _on_sub_accounts_read_failed(self, failure: TaskFailure) -> None:
        log.warning("sub-accounts not read: %s", failure.sentence)

    def _on_sub_accounts_read(self, before: SubAccountRow, change: StoreChange,
                              now: SubAccountRow | None, subs: list[SubAccountRow],
                              first: SubAccountRow | None) -> None:
        """The switcher lists the sub-accounts as they are now, and the one on screen is
        followed by its id through a rename or a new zone. When it was removed, the
        window says so and shows the first one (nothing is made under the old name)."""
        if self._host.is_shut_down or self._host.sub.id != before.id:
            return  # another sub-account was chosen meanwhile, and read afresh
        if now is None:
            if first is not None:
                self._leave_removed_sub_account(subs, first)
            return
        self._host.switcher.show_list(subs, now)  # current_renamed: shown as it is now
        if now == before:
            self._reload_for(change)
        elif now.name != before.name:
            self._host.statusBar().showMessage(
                translate("window_live", "{before} is now called {now} (renamed at another "
                          "desk).").format(before=before.name, now=now.name), 15_000)

    def _leave_removed_sub_account(self, subs: list[SubAccountRow],
                                   first: SubAccountRow) -> None:
        """The sub-account on screen was removed elsewhere: show the first one, say so."""
        gone = self._host.sub
        self._host.switcher.show_list(subs, first)  # current_changed: the window shows it
        sentence = translate("window_live", "{gone} was removed (at another desk or from the "
                             "command line), so this window shows {first} now.").format(
            gone=gone.name, first=first.name)
        self._host.statusBar().showMessage(sentence, 60_000)
        self.sub_account_gone.emit(sentence)

    @Slot(StoreReach)
    def _on_reach_changed(self, reach: StoreReach) -> None:
        """A shared store that stops answering is named over the week, like a stale
        calendar; booking refuses until it is back (the service says so)."""
        self.out_of_reach = "" if reach.reachable else reach.sentence
        if not reach.reachable:
            self._host.statusBar().showMessage(reach.sentence, 30_000)
        else:  # a booking the store lost sight of while iCloud was asked is finished now
            self._recheck_now()
        self._host.reload_schedule()
