"""Add New > Other CalDAV Account: a server address, a user name and a password.

For Fastmail, Nextcloud, mailbox.org, Radicale, Xandikos or any RFC 4791 server; iCloud
keeps its own walkthrough (app-specific passwords). No Apple steps here: the hint under
the password is worded for the server typed ("Fastmail", or its host name). The check
runs off the GUI thread (ui.tasks); the dialog only shows its outcome.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.kinds import PasswordKeeping
from jumpadesk.rows import SubKey
from jumpadesk.service import Desk
from jumpadesk.sync.servers import is_icloud, service_name
from jumpadesk.ui.calendar_picker import error_label
from jumpadesk.ui.connecting import ConnectAttempt
from jumpadesk.ui.grow import grow_to_fit
from jumpadesk.ui.password_keeping import CHOOSE_FIRST, PasswordKeepingChoice
from jumpadesk.ui.plain import plain_label
from jumpadesk.ui.tasks import Task, TaskFailure, run_task
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, translate

SERVER_PLACEHOLDER = QT_TRANSLATE_NOOP("other_server",
                                       "caldav.fastmail.com, or https://your.server/remote.php/dav/")


def server_hint(server: str, user: str = "") -> str:
    """What to type as the password, for the server typed so far."""
    text = server.strip()
    url = text if "://" in text else f"https://{text}"
    if not text or not urlsplit(url).hostname:
        return (translate(
            "other_server", "The address your calendar provider gives for CalDAV; the host name "
            "alone "
                "is often enough. Then your user name and password there."))
    if is_icloud(url):
        return (translate(
            "other_server", "This is iCloud: use Add New > iCloud Calendar instead, which walks "
            "you "
                "through making an app-specific password."))
    name = service_name(url, user)
    return translate("other_server", "Your user name and password on {server}. If {server} "
                     "has two-factor sign-in on, make an app password in {server}'s settings "
                     "and use that here.").format(server=name)


def fit_placeholder(field: QLineEdit) -> None:
    """Make `field` wide enough to show its grey example whole. A line edit's size hint is
    17 "x" plus what its frame and margins take, so that difference is the frame's share."""
    metrics = field.fontMetrics()
    frame = field.sizeHint().width() - metrics.horizontalAdvance("x") * 17
    field.setMinimumWidth(metrics.horizontalAdvance(field.placeholderText()) + frame)


class OtherServerDialog(QDialog):
    """Connect a CalDAV account that is not iCloud.

    With `server`, `user` and `why` (a password kept only until jumpadesk quit, asked
    for again at start), the account is filled in and `why` is said above it. On a
    computer without a keychain the dialog first asks where the password stays
    (ui/password_keeping.py); `password_kept` is then what was chosen.

    Signals:
        connected(int): the server accepted the account and its calendars were listed;
            carries the connection id. The dialog closes itself (accepted).
    """

    connected = Signal(int)

    def __init__(self, desk: Desk, sub_name: SubKey, parent: QWidget | None = None, *,
                 server: str = "", user: str = "", why: str = "") -> None:
        super().__init__(parent)
        self.desk = desk
        self.sub_name = sub_name
        self.connection_id: int | None = None
        self.password_kept: PasswordKeeping | None = None
        self._task: Task | None = None
        self._attempt: ConnectAttempt | None = None  # the last press of Connect
        self.setWindowTitle(translate("other_server", "Other CalDAV Account"))

        intro = plain_label(why or translate(
            "other_server", "Connect a calendar account on any CalDAV server: "
                            "Fastmail, Nextcloud, mailbox.org, Radicale, Xandikos and others."))
        intro.setObjectName("otherServerWhy" if why else "otherServerIntro")
        intro.setWordWrap(True)
        self.intro = intro
        self.server = QLineEdit(server)
        self.server.setPlaceholderText(translate("other_server", SERVER_PLACEHOLDER))
        self.user = QLineEdit(user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = plain_label(server_hint(""))
        self.hint.setWordWrap(True)
        self.hint.setObjectName("serverHint")
        self.error = error_label()
        self.status = plain_label()
        self.status.hide()
        self.keeping = PasswordKeepingChoice()
        self.keeping.shown.connect(self._on_keeping_shown)

        self._build_layout()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        fit_placeholder(self.server)

        for field in (self.server, self.user):
            field.textChanged.connect(self._on_field_text_changed)
        self._on_field_text_changed("")
        if server and user:
            self.password.setFocus()
        self.keeping.check(desk)  # without a keychain: where the password stays, asked now

    def _build_layout(self) -> None:
        """The intro, the form, the hint, the password's keeping, what is going on, the
        sentence why not, and Connect and Cancel."""
        form = QFormLayout()
        form.addRow(translate("other_server", "Server"), self.server)
        form.addRow(translate("other_server", "User name"), self.user)
        form.addRow(translate("other_server", "Password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = QPushButton(translate("other_server", "Connect"))
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.clicked.connect(self.start_connect)
        self.buttons.rejected.connect(self.reject)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        for widget in (self.hint, self.keeping, self.status, self.error, self.buttons):
            layout.addWidget(widget)
        # Enter in any field connects: the default button, set once the button is inside
        # the dialog (before that, Qt has no dialog to make it the default of).
        self.connect_button.setDefault(True)

    @Slot(str)
    def _on_field_text_changed(self, _text: str) -> None:
        self.hint.setText(server_hint(self.server.text(), self.user.text()))

    @property
    def added_account(self) -> bool:
        """The connection made is a new account (not one connected before, its password
        entered again)."""
        return (self.connection_id is not None and self._attempt is not None
                and self._attempt.is_new(self.connection_id))

    @property
    def is_busy(self) -> bool:
        return self._task is not None

    @Slot()
    def start_connect(self) -> None:
        if self.is_busy:
            return
        server, user, password = (self.server.text().strip(), self.user.text().strip(),
                                  self.password.text())
        if not server:
            self._show_error(translate("other_server", "Enter the server's address."))
            return
        if self.keeping.waiting_for_choice():
            self._show_error(translate("password_keeping", CHOOSE_FIRST))
            return
        keeping = self.keeping.chosen()
        # What was there before is read on the worker, before the check: a cancelled
        # check that succeeds late is undone only when it made a new connection.
        self._attempt = ConnectAttempt(self.desk, self.sub_name, user, password, server,
                                       keeping)
        self._show_error("")
        self._set_busy(True)
        self.password_kept = keeping
        self._task = run_task(self._attempt.run, label="connect other server")
        self._task.succeeded.connect(self._on_connect_succeeded)
        self._task.failed.connect(self._on_connect_failed)

    def reject(self) -> None:
        if self._task is not None and self._attempt is not None:
            self._task.cancel(undo=self._attempt.undo)
            self._task = None
        super().reject()

    @Slot(object)
    def _on_connect_succeeded(self, connection_id: int) -> None:  # desk.connect's
        self._task = None
        self._set_busy(False)
        self.connection_id = connection_id
        self.connected.emit(self.connection_id)
        self.accept()

    @Slot(object)
    def _on_connect_failed(self, failure: TaskFailure) -> None:
        self._task = None
        self._set_busy(False)
        self._show_error(self.keeping.failure_sentence(failure))

    @Slot()
    def _on_keeping_shown(self) -> None:
        grow_to_fit(self)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.server, self.user, self.password, self.keeping,
                       self.connect_button):
            widget.setEnabled(not busy)
        self.status.setText(translate("other_server", "Checking with the server…"))
        self.status.setVisible(busy)
        grow_to_fit(self)

    def _show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.setVisible(bool(sentence))
        grow_to_fit(self)  # the fields keep their height and the sentence shows whole
