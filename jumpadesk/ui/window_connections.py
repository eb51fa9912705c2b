"""The main window's connections: the Connections page and the status line's accounts
as one read of the store (Desk.connections_snapshot, on a worker), the connect
walkthrough and Other CalDAV Account, the calendar picker, Reconnect and Disconnect, and
the passwords to enter again at start.

`ConnectionsController` works for a `ConnectionsHost` (the main window): the
sub-account on screen, how to ask, run a call, read the window afresh and sync.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from jumpadesk.rows import ConnectionInfo, SubAccountRow
from jumpadesk.secrets import disconnected_sentence, kept_where, password_kept_where
from jumpadesk.services.connections_view import ConnectionsSnapshot
from jumpadesk.sync.servers import is_icloud, service_name
from jumpadesk.ui.booking_dialog import BookingDialog
from jumpadesk.ui.calendar_picker import CalendarPickerDialog
from jumpadesk.ui.connections_page import ConnectionsPage, connection_service
from jumpadesk.ui.other_server import OtherServerDialog
from jumpadesk.ui.tasks import Task, TaskFailure
from jumpadesk.ui.translation import translate
from jumpadesk.ui.window_host import SubAccountHost
from jumpadesk.ui.wizard import ConnectWizard, Prefill, UrlOpener
from jumpadesk.wording import join_names

log = logging.getLogger("jumpadesk.ui.main")

Then = Callable[[ConnectionsSnapshot], None]


class ConnectionsHost(SubAccountHost, Protocol):
    """What the connections need of the window they work in."""

    @property
    def prefill(self) -> Prefill | None: ...
    @property
    def booking_dialog(self) -> BookingDialog | None: ...

    def ask(self, title: str, text: str) -> bool: ...
    def reload(self, then: Then | None = None) -> None: ...
    def sync_now(self) -> bool: ...
    def warn(self, failure: TaskFailure) -> None: ...


@dataclass
class _ConnectionsRead:
    """The read of the shown sub-account's connections on its way, and what runs with
    what it found (a newer request takes these over and the older read is dropped)."""

    task: Task
    then: list[Then] = field(default_factory=list)


class ConnectionsController(QObject):
    """The accounts of the sub-account on screen, for the window (`host`): read, shown
    on `page` and by `show_accounts` (the status line), connected, reconnected and
    disconnected, its dialogs over `parent` (the window itself); `open_url` opens web
    pages.

    Signals:
        reloaded(): the Connections page was refilled.
    """

    reloaded = Signal()

    def __init__(self, host: ConnectionsHost, parent: QWidget, page: ConnectionsPage,
                 show_accounts: Callable[[list[ConnectionInfo], ZoneInfo], None],
                 open_url: UrlOpener) -> None:
        super().__init__(parent)
        self._host = host
        self._parent = parent
        self._page = page
        self._show_accounts = show_accounts
        self._open_url = open_url
        self._connections_read: _ConnectionsRead | None = None
        #: The shown sub-account's accounts and calendars, as last read.
        self.connections = ConnectionsSnapshot(host.sub)
        self.wizard: ConnectWizard | None = None
        self.other_server_dialog: OtherServerDialog | None = None
        page.add_requested.connect(self.add_icloud)
        page.reconnect_requested.connect(self._on_reconnect_requested)
        page.edit_calendars_requested.connect(self._on_edit_requested)
        page.disconnect_requested.connect(self._on_disconnect_requested)
        page.add_menu.addAction(translate(
            "window_connections", "Other CalDAV Account"), self.open_other_server)

    def offer_connecting(self, connections: ConnectionsSnapshot) -> None:
        """At start: the walkthrough when nothing is connected, else the passwords to
        enter again."""
        if not connections.connected:
            self.open_wizard(self._host.prefill)
        else:
            self.ask_for_passwords_again()

    def ask_for_passwords_again(self) -> Task:
        """A password kept only until jumpadesk last quit (no keychain here) is asked for
        again, saying why: the walkthrough for iCloud, Other CalDAV Account otherwise.
        Which ones is read off the GUI thread."""
        desk, sub = self._host.desk, self._host.sub
        task = self._host.run_call(lambda: desk.passwords_to_enter_again(sub), "passwords")
        task.succeeded.connect(self._on_passwords_to_enter_again_read)
        task.failed.connect(self._on_passwords_to_enter_again_failed)
        return task

    @Slot(object)
    def _on_passwords_to_enter_again_failed(self, failure: TaskFailure) -> None:
        log.warning("passwords to ask for not read: %s", failure.sentence)

    @Slot(object)
    def _on_passwords_to_enter_again_read(self, wanted: Any) -> QDialog | None:
        if not wanted or self._host.is_shut_down:
            return None
        info, why = wanted[0]
        if is_icloud(info.server_url, account=info.apple_id):
            return self.open_wizard(Prefill(apple_id=info.apple_id, server_url=info.server_url,
                                            reconnect=True, why=why))
        return self.open_other_server(server=info.server_url, user=info.apple_id, why=why)

    def reload(self, then: Then | None = None) -> None:
        """Read the shown sub-account's accounts and calendars off the GUI thread, at one
        moment (Desk.connections_snapshot), for the Connections page and the status bar;
        `then(snapshot)` runs once they show it. A read on its way is dropped for this one,
        which takes over what was asked of it."""
        pending, self._connections_read = self._connections_read, None
        if pending is not None:
            pending.task.cancel()
        desk, sub = self._host.desk, self._host.sub
        task = self._host.run_call(lambda: desk.connections_snapshot(sub), "connections")
        task.succeeded.connect(self._on_connections_read)
        task.failed.connect(self._on_connections_read_failed)
        self._connections_read = _ConnectionsRead(
            task, [*(pending.then if pending else ()), *filter(None, [then])])

    @Slot(object)
    def _on_connections_read(self, snapshot: ConnectionsSnapshot) -> None:
        read, self._connections_read = self._connections_read, None
        self.connections = snapshot
        connections = list(snapshot.connections)
        self._page.set_connections(snapshot.sub_account.name, connections,
                                              list(snapshot.calendars), self._host.tz)
        self._show_accounts(connections, self._host.tz)
        self.reloaded.emit()
        for then in read.then if read is not None else ():
            then(snapshot)

    @Slot(object)
    def _on_connections_read_failed(self, failure: TaskFailure) -> None:
        self._connections_read = None
        self._host.statusBar().showMessage(failure.sentence, 15_000)

    def open_wizard(self, prefill: Prefill | None = None) -> ConnectWizard:
        """Open the connect walkthrough (window-modal) and return it."""
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            return self.wizard
        wizard = ConnectWizard(self._host.desk, self._host.sub, prefill=prefill,
                               open_url=self._open_url, parent=self._parent)
        wizard.connected.connect(self._on_wizard_connected)
        wizard.connect_undone.connect(self._on_wizard_connect_undone)
        wizard.finished.connect(self._on_wizard_finished)
        self.wizard = wizard
        wizard.open()
        return wizard

    @Slot()
    def add_icloud(self) -> None:
        self.open_wizard(self._host.prefill)

    @Slot()
    def connect_own(self) -> None:
        self.open_wizard(None)  # a real account: nothing of the demo's filled in

    @Slot()
    def open_other_server(self, *, server: str = "", user: str = "",
                          why: str = "") -> OtherServerDialog:
        """Add New > Other CalDAV Account (filled in, saying `why`, when a password is
        asked for again); once connected, the calendar picker follows."""
        dialog = OtherServerDialog(self._host.desk, self._host.sub, parent=self._parent,
                                   server=server, user=user, why=why)
        dialog.connected.connect(self._on_other_server_connected)
        self.other_server_dialog = dialog
        dialog.open()
        return dialog

    def servers(self) -> str:
        """The server of the shown sub-account's accounts, by name (sync/servers.
        service_name): "iCloud", "Fastmail", "127.0.0.1", from the connections as last
        read (no store call here: this runs on the GUI thread); "the calendar server" for
        none or several, or while the shown sub-account's are not read yet."""
        if self.connections.sub_account.id != self._host.sub.id:
            return translate("window_connections", "the calendar server")
        names = {connection_service(c) for c in self.connections.connections}
        return names.pop() if len(names) == 1 else translate(
            "window_connections", "the calendar server")

    @Slot(int)
    def _on_other_server_connected(self, connection_id: int) -> None:
        dialog = self.other_server_dialog
        kept = dialog.password_kept if dialog is not None else None
        # A new account's calendars come up blocking time; a password entered again for
        # an account already there keeps the choice made for it.
        added = dialog is None or dialog.added_account

        def then(connections: ConnectionsSnapshot) -> None:
            self.edit_calendars(new_connection_id=connection_id if added else None)
            info = connections.connection(connection_id)
            if kept and info is not None:
                self._host.statusBar().showMessage(password_kept_where(
                    info.apple_id, service_name(info.server_url, info.apple_id), kept), 30_000)

        self._host.reload(then)

    @Slot(ConnectionInfo)
    def _on_reconnect_requested(self, info: ConnectionInfo) -> None:
        if not is_icloud(info.server_url, account=info.apple_id):
            self.open_other_server(server=info.server_url, user=info.apple_id)
            return
        self.open_wizard(Prefill(apple_id=info.apple_id, server_url=info.server_url,
                                 reconnect=True))

    @Slot(int)
    def _on_wizard_connected(self, _connection_id: int) -> None:
        self.reload()

    @Slot(int)
    def _on_wizard_connect_undone(self, _connection_id: int) -> None:
        # A connect cancelled in the walkthrough went through late and was taken back.
        self._host.reload()

    @Slot(int)
    def _on_wizard_finished(self, _result: int) -> None:
        self._host.reload()
        if self.wizard is not None and self.wizard.connection_id is not None:
            self._host.sync_now()

    @Slot(ConnectionInfo)
    def _on_edit_requested(self, _info: ConnectionInfo) -> None:
        self.edit_calendars()

    def edit_calendars(self, parent: QWidget | None = None, *,
                       new_connection_id: int | None = None) -> CalendarPickerDialog:
        """Open the calendar picker for this sub-account (window-modal over `parent`,
        the window by default) and return it; with `new_connection_id`, an account just
        added, whose calendars are suggested to block time."""
        dialog = CalendarPickerDialog(self._host.desk, self._host.sub,
                                      parent=parent or self._parent,
                                      connections=self.connections,
                                      new_connection_id=new_connection_id)
        dialog.accepted.connect(self._on_calendars_edited)
        dialog.open()
        return dialog

    def choose_calendars(self, sub: SubAccountRow) -> CalendarPickerDialog:
        """The calendar picker for `sub`, its calendars read on a worker (the window's
        last read may be another sub-account's): a staff member just added with an
        account already connected here, and no calendar yet to take the bookings."""
        dialog = CalendarPickerDialog(self._host.desk, sub, parent=self._parent)
        dialog.accepted.connect(self._on_calendars_edited)
        dialog.open()
        return dialog

    @Slot()
    def _on_calendars_edited(self) -> None:
        self._host.reload()
        self._host.sync_now()
        if self._host.booking_dialog is not None:
            self._host.booking_dialog.show_error("")  # the calendar it asked for is chosen

    @Slot(ConnectionInfo)
    def _on_disconnect_requested(self, info: ConnectionInfo) -> None:
        self.disconnect_connection(info)

    def disconnect_connection(self, info: ConnectionInfo) -> Task | None:
        """After a confirmation, forget the connection (keychain entry and cached data)."""
        others = self.connections.other_users(info.id)
        service = connection_service(info)
        icloud = service == "iCloud"
        if others and icloud:
            text = translate("window_connections", "Stop using {account} in {name}? {others} "
                             "still use it, so its app-specific password and events stay; your "
                             "calendars in {service} are not touched.")
        elif others:
            text = translate("window_connections", "Stop using {account} in {name}? {others} "
                             "still use it, so its password and events stay; your calendars "
                             "in {service} are not touched.")
        elif icloud:
            text = translate("window_connections", "Disconnect {account}? jumpadesk forgets its "
                             "app-specific password and the events it copied; your calendars "
                             "in {service} are not touched. Appointments stay in jumpadesk.")
        else:
            text = translate("window_connections", "Disconnect {account}? jumpadesk forgets its "
                             "password and the events it copied; your calendars in {service} "
                             "are not touched. Appointments stay in jumpadesk.")
        text = text.format(account=info.apple_id, name=self._host.sub_name,
                           others=join_names(others), service=service)
        if not self._host.ask(translate("window_connections", "Disconnect {service} account?")
                              .format(service=service), text):
            return None
        desk, sub, sub_name = self._host.desk, self._host.sub, self._host.sub_name

        def call() -> str:  # where the password was, read before it goes
            keeping = kept_where(info.server_url, info.apple_id)
            outcome = desk.disconnect(info.id, sub)
            return disconnected_sentence(info.apple_id, sub_name, outcome, keeping)

        task = self._host.run_call(call, "disconnect")
        task.succeeded.connect(self._on_disconnect_succeeded)
        task.failed.connect(self._host.warn)
        return task

    @Slot(object)
    def _on_disconnect_succeeded(self, sentence: str) -> None:
        self._host.statusBar().showMessage(sentence, 8000)
        self._host.reload()
