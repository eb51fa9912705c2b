"""The walkthrough's Connect page: Apple ID and app-specific password, checked by
`Desk.connect` on a worker (ui/connecting.ConnectAttempt); Cancel stops waiting, and a
check accepted after that is undone."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from jumpadesk.config import DEFAULT_SERVER_URL
from jumpadesk.kinds import PasswordKeeping
from jumpadesk.rows import SubKey
from jumpadesk.secrets import password_kept_where
from jumpadesk.service import Desk, no_usable_calendars
from jumpadesk.services.connections_view import ConnectionsSnapshot
from jumpadesk.sync.servers import service_name
from jumpadesk.ui.calendar_picker import error_label
from jumpadesk.ui.connecting import ConnectAttempt
from jumpadesk.ui.password_keeping import CHOOSE_FIRST, PasswordKeepingChoice
from jumpadesk.ui.plain import plain_label
from jumpadesk.ui.tasks import Task, TaskFailure, run_task
from jumpadesk.ui.translation import translate
from jumpadesk.ui.wizard_pages import (
    NOTE_STYLE,
    PASSWORD_HINT,
    Prefill,
    clean_password,
    password_hint,
)

log = logging.getLogger("jumpadesk.ui.wizard")


class ConnectPage(QWizardPage):
    """Apple ID and app-specific password; Connect checks them off the GUI thread.

    The wizard's Next button reads "Connect" here: pressing it starts the check and
    the page moves on by itself when iCloud accepts the password. Cancel stops waiting;
    if iCloud accepts the password after that, the connection it made is removed again
    off the GUI thread (a reconnected one, which existed before, is kept).

    Signals:
        connected(int): the server accepted the password; carries the connection id.
        connect_undone(int): a cancelled check succeeded late and was undone; carries
            the connection id.
    """

    connected = Signal(int)
    connect_undone = Signal(int)

    def __init__(self, desk: Desk, sub_name: SubKey, prefill: Prefill) -> None:
        super().__init__()
        self._desk = desk
        self._sub_name = sub_name
        self._task: Task | None = None
        self._attempt: ConnectAttempt | None = None
        self._abandoned: list[ConnectAttempt] = []
        self._connected_with: tuple[str, str, str] | None = None
        self._pending: tuple[str, str, str] | None = None
        self._busy = False
        self.connection_id: int | None = None
        #: The accounts and calendars as the last connect left them (None: not read).
        self.connections: ConnectionsSnapshot | None = None
        self.password_kept: PasswordKeeping | None = None
        self.setTitle(translate("wizard_connect", "Connect"))
        self.setSubTitle(translate(
            "wizard_connect", "Enter the Apple ID and the app-specific password you just made."))
        self.setButtonText(QWizard.WizardButton.NextButton, translate("wizard_connect", "Connect"))

        self._build_fields(prefill)
        custom_server = (prefill.server_url or DEFAULT_SERVER_URL) != DEFAULT_SERVER_URL
        self._build_form(custom_server)
        self._build_busy_row()
        self.error = error_label()
        self.success = plain_label()
        self.success.setWordWrap(True)
        self.success.hide()
        self.keeping = PasswordKeepingChoice()
        self._build_layout()
        self.other_server.setVisible(not custom_server)
        self.apple_id.textChanged.connect(self._on_field_changed)
        self.password.textEdited.connect(self._on_password_edited)
        self.password.textChanged.connect(self._on_field_changed)
        self.server.textChanged.connect(self._on_field_changed)
        self._update_hint()

    def _build_fields(self, prefill: Prefill) -> None:
        """The Apple ID, the password with its show toggle and hint, the server."""
        self.apple_id = QLineEdit(prefill.apple_id)
        self.apple_id.setPlaceholderText("name@icloud.com")
        self.apple_id.setAccessibleName(translate("wizard_connect", "Apple ID"))
        self.password = QLineEdit(prefill.password)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(PASSWORD_HINT)
        self.password.setAccessibleName(translate("wizard_connect", "App-specific password"))
        self.show_password = QToolButton()
        self.show_password.setText(translate("wizard_connect", "Show"))
        self.show_password.setCheckable(True)
        self.show_password.setToolTip(translate("wizard_connect", "Show or hide the password"))
        self.show_password.toggled.connect(self._on_show_password_toggled)
        self.hint = plain_label()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(NOTE_STYLE)
        self.server = QLineEdit(prefill.server_url or DEFAULT_SERVER_URL)
        self.server.setAccessibleName(translate("wizard_connect", "Server"))
        self.other_server = QToolButton()
        self.other_server.setText(translate("wizard_connect", "Use another server…"))
        self.other_server.setAutoRaise(True)
        self.other_server.clicked.connect(self._on_other_server_clicked)

    def _build_form(self, custom_server: bool) -> None:
        """The form; the server row only for a server other than iCloud."""
        password_row = QHBoxLayout()
        password_row.setContentsMargins(0, 0, 0, 0)
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.show_password)
        password_cell = QVBoxLayout()
        password_cell.setContentsMargins(0, 0, 0, 0)
        password_cell.setSpacing(3)
        password_cell.addLayout(password_row)
        password_cell.addWidget(self.hint)
        self.form = QFormLayout()
        self.form.addRow(translate("wizard_connect", "Apple ID"), self.apple_id)
        self.form.addRow(translate("wizard_connect", "App-specific password"), password_cell)
        self.form.addRow(translate("wizard_connect", "Server"), self.server)
        self.form.setRowVisible(self.server, custom_server)

    def _build_busy_row(self) -> None:
        """Checking with the server, with a progress bar and Cancel, while connecting."""
        self.busy = QWidget()
        busy_row = QHBoxLayout(self.busy)
        busy_row.setContentsMargins(0, 0, 0, 0)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(12)
        self.busy_label = plain_label(translate("wizard_connect", "Checking with iCloud…"))
        self.cancel_button = QPushButton(translate("wizard_connect", "Cancel"))
        self.cancel_button.setToolTip(translate("wizard_connect", "Stop waiting for iCloud"))
        self.cancel_button.clicked.connect(self.cancel_connect)
        busy_row.addWidget(self.busy_label)
        busy_row.addWidget(self.busy_bar, 1)
        busy_row.addWidget(self.cancel_button)
        self.busy.hide()

    def _build_layout(self) -> None:
        """The page: form, the other-server link, busy row, messages."""
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        other_row = QHBoxLayout()
        other_row.addStretch(1)
        other_row.addWidget(self.other_server)
        layout.addLayout(other_row)
        layout.addSpacing(6)
        layout.addWidget(self.keeping)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.success)
        layout.addStretch(1)

    # -- state ----------------------------------------------------------------------

    @property
    def is_busy(self) -> bool:
        return self._busy

    def credentials(self) -> tuple[str, str, str]:
        return (self.apple_id.text().strip(), clean_password(self.password.text()),
                self.server.text().strip() or DEFAULT_SERVER_URL)

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        apple_id, password, _server = self.credentials()
        return bool(apple_id and password) and not self.is_busy

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self.keeping.check(self._desk)  # without a keychain: where the password stays

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        if self._connected_with == self.credentials() and self.connection_id is not None:
            return True
        self.start_connect()
        return False

    def cleanupPage(self) -> None:  # noqa: N802 (going Back)
        self.cancel_connect()

    # -- connecting -----------------------------------------------------------------

    def start_connect(self) -> None:
        if self.is_busy:
            return
        apple_id, password, server = self.credentials()
        if self.keeping.waiting_for_choice():
            self._show_error(translate("password_keeping", CHOOSE_FIRST))
            return
        self._show_error("")
        self.success.hide()
        self._set_busy(True)
        keeping = self.keeping.chosen()
        self.password_kept = keeping
        attempt = ConnectAttempt(self._desk, self._sub_name, apple_id, password, server,
                                 keeping, self._abandoned)
        self._abandoned = [a for a in self._abandoned if not a.settled.is_set()]

        self._attempt = attempt
        self._task = run_task(attempt.run, label="connect")
        self._task.succeeded.connect(self._on_connect_succeeded)
        self._task.failed.connect(self._on_connect_failed)
        self._task.undone.connect(self._on_connect_undone)
        self._pending = (apple_id, password, server)

    @Slot()
    def cancel_connect(self) -> None:
        if self._task is not None and self._busy:
            attempt = self._attempt
            assert attempt is not None
            self._task.cancel(undo=attempt.undo)
            self._abandoned.append(attempt)
            self._set_busy(False)
            self._show_error(translate(
                "wizard_connect", "Stopped. Nothing was saved; press Connect to try again."))
        self._task = None
        self._attempt = None

    @Slot(object)
    def _on_connect_undone(self, connection_id: int) -> None:
        self.connect_undone.emit(connection_id)

    @Slot(object)
    def _on_connect_succeeded(self, connection_id: int) -> None:  # desk.connect's
        read = self._attempt.connections if self._attempt is not None else None
        self._task = None
        self._attempt = None
        self._set_busy(False)
        self.connection_id = connection_id
        self.connections = read
        self._connected_with = self._pending
        mine = read.calendars_of(self.connection_id) if read is not None else []
        info = read.connection(self.connection_id) if read is not None else None
        count = len(mine)
        kept = (password_kept_where(info.apple_id, service_name(info.server_url,
                                                                info.apple_id),
                                    self.password_kept)
                if info is not None and self.password_kept else "")
        self.success.setText(" ".join(filter(None, [
            (info and no_usable_calendars(info.apple_id, info.server_url, mine))
            or (translate("wizard_connect", "Connected. iCloud lists 1 calendar for this Apple "
                          "ID.") if count == 1 else
                translate("wizard_connect", "Connected. iCloud lists %n calendars for this "
                          "Apple ID.", None, count)), kept])))
        self.success.show()
        self.connected.emit(self.connection_id)
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    @Slot(object)
    def _on_connect_failed(self, failure: TaskFailure) -> None:
        self._task = None
        self._attempt = None
        self._set_busy(False)
        self._show_error(self.keeping.failure_sentence(failure))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.apple_id, self.password, self.server, self.show_password,
                       self.other_server, self.keeping):
            widget.setEnabled(not busy)
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(not busy)
        self.completeChanged.emit()

    def _show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.setVisible(bool(sentence))

    # -- fields ---------------------------------------------------------------------

    @Slot(bool)
    def _on_show_password_toggled(self, shown: bool) -> None:
        self.password.setEchoMode(QLineEdit.EchoMode.Normal if shown
                                  else QLineEdit.EchoMode.Password)
        self.show_password.setText(translate(
            "wizard_connect", "Hide") if shown else translate("wizard_connect", "Show"))

    @Slot()
    def _on_other_server_clicked(self) -> None:
        self.form.setRowVisible(self.server, True)
        self.other_server.hide()
        self.server.setFocus()

    @Slot(str)
    def _on_password_edited(self, text: str) -> None:
        cleaned = clean_password(text)
        if cleaned != text:
            self.password.setText(cleaned)

    @Slot()
    def _on_field_changed(self) -> None:
        self._update_hint()
        if self._connected_with is not None and self._connected_with != self.credentials():
            self.success.hide()
        self.completeChanged.emit()

    def _update_hint(self) -> None:
        text = password_hint(self.password.text())
        self.hint.setText(text or translate(
            "wizard_connect", "Looks like {example}; spaces are removed.").format(
            example=PASSWORD_HINT))


__all__ = ["ConnectPage"]
