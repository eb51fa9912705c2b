"""The connect walkthrough: from "what you need" to a configured iCloud connection.

Four pages: Before you start; Get your app-specific password; Connect (Apple ID and
app-specific password, checked by `Desk.connect` on a worker thread); Choose your
calendars (the `CalendarPicker`, saved with `Desk.configure`). Reached from
Calendars > Calendar Settings > Connections > Add New > iCloud Calendar, from
Reconnect (pre-filled, starting at the password page), and at first start.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from jumpadesk.config import DEFAULT_SERVER_URL, resource_path
from jumpadesk.errors import NoKeychain
from jumpadesk.kinds import PasswordKeeping
from jumpadesk.rows import SubKey
from jumpadesk.secrets import password_kept_where
from jumpadesk.service import Desk, no_usable_calendars
from jumpadesk.services.connections_view import ConnectionsSnapshot
from jumpadesk.sync.servers import service_name
from jumpadesk.ui.calendar_picker import (
    CalendarPicker,
    account_notes,
    error_label,
    suggested_choice,
)
from jumpadesk.ui.connecting import ConnectAttempt
from jumpadesk.ui.password_keeping import CHOOSE_FIRST, PasswordKeepingChoice
from jumpadesk.ui.plain import plain_label, rich_label
from jumpadesk.ui.tasks import Task, TaskFailure, run_task

log = logging.getLogger("jumpadesk.ui.wizard")

APPLE_ACCOUNT_URL = "https://appleid.apple.com"
PASSWORD_HINT = "xxxx-xxxx-xxxx-xxxx"
# Apple does not document the form, so this only drives a gentle hint, never a refusal.
PASSWORD_SHAPE = re.compile(r"^[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}$")

TIP_STYLE = (
    "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-radius: 6px; padding: 8px 10px; }"
)
NOTE_STYLE = "color: palette(placeholder-text);"

UrlOpener = Callable[[QUrl], Any]


@dataclass(frozen=True)
class Prefill:
    """What the Connect page starts with (the demo's account, or a reconnect)."""

    apple_id: str = ""
    password: str = ""
    server_url: str = DEFAULT_SERVER_URL
    reconnect: bool = False
    why: str = ""  # why the password is asked for again, said instead of Apple's reason

    @classmethod
    def from_demo(cls, demo: Any) -> Prefill:
        """From the demo server's details (`apple_id`, `password` and `url`)."""
        url = getattr(demo, "url", None) or getattr(demo, "server_url", None)
        return cls(apple_id=str(getattr(demo, "apple_id", "")),
                   password=str(getattr(demo, "password", "")),
                   server_url=str(url or DEFAULT_SERVER_URL))


def clean_password(text: str) -> str:
    """Pasted passwords come with spaces and line breaks; Apple's never contain any."""
    return "".join(text.split())


def password_hint(password: str) -> str:
    """A gentle word when the password does not look app-specific; empty when it does."""
    password = clean_password(password)
    if not password or PASSWORD_SHAPE.match(password):
        return ""
    return (
        f"App-specific passwords usually look like {PASSWORD_HINT}. If this is the password "
        "you sign in to Apple with, go back one step and make an app-specific one."
    )


def _paragraph(markup: str, *, style: str = "") -> QLabel:
    """Words with markup the walkthrough wrote (anything from outside html.escape'd)."""
    label = rich_label(markup)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


class IntroPage(QWizardPage):
    """Before you start: what is needed, and what access does what."""

    def __init__(self, sub_name: str) -> None:
        super().__init__()
        self.setTitle("Before you start")
        self.setSubTitle(f"Connect an iCloud calendar to {sub_name}. It takes about two "
                         "minutes.")
        layout = QVBoxLayout(self)
        layout.addWidget(_paragraph(
            "<p>You will need:</p><ul>"
            "<li>access to the Apple account whose calendars you want to use;</li>"
            "<li><b>two-factor authentication</b> turned on for that Apple ID "
            "(Apple requires it for the next item);</li>"
            "<li>an <b>app-specific password</b> for jumpadesk. The next step shows how "
            "to make one.</li></ul>"
        ))
        layout.addWidget(_paragraph(
            "<b>Tip:</b> read-only access to a calendar is enough to fetch its events and "
            "block busy time. Writer access is needed for bookings to appear in iCloud; "
            "your own calendars always have it.",
            style=TIP_STYLE,
        ))
        layout.addStretch(1)


class PasswordPage(QWizardPage):
    """Apple's steps to make an app-specific password, and a button to start them."""

    def __init__(self, open_url: UrlOpener, prefill: Prefill) -> None:
        super().__init__()
        self._open_url = open_url
        self.setTitle("Get your app-specific password")
        self.setSubTitle("Apple makes it for you on its website; jumpadesk never sees your "
                         "Apple ID password.")
        layout = QVBoxLayout(self)
        if prefill.reconnect and prefill.why:
            why = _paragraph(html.escape(prefill.why), style=TIP_STYLE)
            why.setObjectName("reconnectWhy")
            layout.addWidget(why)
        elif prefill.reconnect:
            layout.addWidget(_paragraph(
                f"<b>Apple no longer accepts the saved password for "
                f"{html.escape(prefill.apple_id or 'this account')}.</b> This happens when "
                "the Apple ID password changes: Apple then cancels every app-specific "
                "password. Make a new one and connect again.",
                style=TIP_STYLE,
            ))
        layout.addWidget(_paragraph(
            "<ol>"
            "<li>Sign in at <b>appleid.apple.com</b>.</li>"
            "<li>Open <b>Sign-In and Security</b> (Security).</li>"
            "<li>Choose <b>App-Specific Passwords</b>.</li>"
            "<li>Click <b>Generate Password</b> (or <b>+</b>).</li>"
            "<li>Give it a label such as <b>jumpadesk Calendar</b>.</li>"
            "<li><b>Copy</b> the password Apple shows. You paste it in the next step.</li>"
            "</ol>"
        ))
        self.open_button = QPushButton("Open appleid.apple.com")
        self.open_button.setToolTip(f"Opens {APPLE_ACCOUNT_URL} in your web browser.")
        # Not the page's default: Enter goes Next, as on every other page.
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.no_browser = _paragraph(
            f"No web browser opened. Copy this address into one: <b>{APPLE_ACCOUNT_URL}</b>",
            style=TIP_STYLE)
        self.no_browser.setObjectName("noBrowser")
        self.no_browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.no_browser.hide()
        layout.addWidget(self.no_browser)
        layout.addWidget(_paragraph(
            f"This password is <b>not</b> your Apple ID password. It looks like "
            f"<tt>{PASSWORD_HINT}</tt> and Apple shows it only once. If you change your "
            "Apple ID password later, Apple cancels it and jumpadesk asks you to reconnect.",
            style=NOTE_STYLE,
        ))
        layout.addStretch(1)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        opened = self._open_url(QUrl(APPLE_ACCOUNT_URL))
        # QDesktopServices says False when no browser took the address.
        self.no_browser.setVisible(opened is False)


class ConnectPage(QWizardPage):
    """Apple ID and app-specific password; Connect checks them off the GUI thread.

    The wizard's Next button reads "Connect" here: pressing it starts the check and
    the page moves on by itself when iCloud accepts the password. Cancel stops waiting;
    if iCloud accepts the password after that, the connection it made is removed again
    off the GUI thread (a reconnected one, which existed before, is kept).

    Signals:
        connect_undone(int): a cancelled check succeeded late and was undone; carries
            the connection id.
    """

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
        self.setTitle("Connect")
        self.setSubTitle("Enter the Apple ID and the app-specific password you just made.")
        self.setButtonText(QWizard.WizardButton.NextButton, "Connect")

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
        self.apple_id.setAccessibleName("Apple ID")
        self.password = QLineEdit(prefill.password)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(PASSWORD_HINT)
        self.password.setAccessibleName("App-specific password")
        self.show_password = QToolButton()
        self.show_password.setText("Show")
        self.show_password.setCheckable(True)
        self.show_password.setToolTip("Show or hide the password")
        self.show_password.toggled.connect(self._on_show_password_toggled)
        self.hint = plain_label()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(NOTE_STYLE)
        self.server = QLineEdit(prefill.server_url or DEFAULT_SERVER_URL)
        self.server.setAccessibleName("Server")
        self.other_server = QToolButton()
        self.other_server.setText("Use another server…")
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
        self.form.addRow("Apple ID", self.apple_id)
        self.form.addRow("App-specific password", password_cell)
        self.form.addRow("Server", self.server)
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
        self.busy_label = plain_label("Checking with iCloud…")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop waiting for iCloud")
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
            self._show_error(CHOOSE_FIRST)
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
            self._show_error("Stopped. Nothing was saved; press Connect to try again.")
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
            or f"Connected. iCloud lists {count} calendar{'' if count == 1 else 's'} for "
               "this Apple ID.", kept])))
        self.success.show()
        wizard = self.wizard()
        if isinstance(wizard, ConnectWizard):
            wizard.connected.emit(self.connection_id)
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    @Slot(object)
    def _on_connect_failed(self, failure: TaskFailure) -> None:
        self._task = None
        self._attempt = None
        self._set_busy(False)
        if isinstance(failure.error, NoKeychain):  # found at connect time: the choice
            self.keeping.offer()
            self._show_error(CHOOSE_FIRST)
            return
        self._show_error(failure.sentence)

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
        self.show_password.setText("Hide" if shown else "Show")

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
        self.hint.setText(text or f"Looks like {PASSWORD_HINT}; spaces are removed.")


class ConfigurePage(QWizardPage):
    """Choose the linked calendar and the conflict calendars."""

    def __init__(self, desk: Desk, sub_name: SubKey) -> None:
        super().__init__()
        self._desk = desk
        self._sub_name = sub_name
        self._task: Task | None = None
        self._saved = False
        self.setTitle("Choose your calendars")
        self.setSubTitle("Pick where bookings go and which calendars block time.")
        self.setButtonText(QWizard.WizardButton.FinishButton, "Done")
        self.picker = CalendarPicker()
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        """The calendars the connect just read (on its worker); read on a worker of
        their own when it could not."""
        wizard = self.wizard()
        read = wizard.connect_page.connections if isinstance(wizard, ConnectWizard) else None
        self._saved = False
        self.error.hide()
        if read is not None:
            self._show(read)
            return
        desk, sub = self._desk, self._sub_name
        self._task = run_task(lambda: desk.connections_snapshot(sub), label="calendars")
        self._task.succeeded.connect(self._on_read)
        self._task.failed.connect(self._on_failed)

    def _show(self, read: ConnectionsSnapshot) -> None:
        wizard = self.wizard()
        new_id = wizard.connection_id if isinstance(wizard, ConnectWizard) else None
        calendars = list(read.calendars)
        self.picker.set_calendars(calendars, suggested_choice(calendars, new_id),
                                  account_notes(read.connections, calendars))

    @Slot(object)
    def _on_read(self, read: ConnectionsSnapshot) -> None:
        self._task = None
        self._show(read)

    @Slot(object)
    def _on_failed(self, failure: TaskFailure) -> None:
        self._task = None
        self.error.setText(failure.sentence)
        self.error.show()

    @property
    def saving(self) -> bool:
        """True while the calendars are read or the choice is saved (on a worker)."""
        return self._task is not None

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        """Done saves the choice on a worker and finishes the walkthrough once it is
        kept (a refusal stays on the page with its sentence)."""
        if self._saved:
            return True
        if self._task is not None:
            return False
        saving = self.picker.save(self._desk, self._sub_name)
        if isinstance(saving, str):
            self.error.setText(saving)
            self.error.show()
            return False
        self._task = saving
        self._task.succeeded.connect(self._on_saved)
        self._task.failed.connect(self._on_failed)
        return False

    @Slot(object)
    def _on_saved(self, _result: object) -> None:
        self._task = None
        self._saved = True
        wizard = self.wizard()
        if isinstance(wizard, ConnectWizard):
            wizard.configured.emit()
            wizard.accept()


class ConnectWizard(QWizard):
    """The connect walkthrough for one sub-account.

    Signals:
        connected(int): iCloud accepted the password; carries the connection id.
        configured(): the calendar choice was saved (the wizard then closes).
        connect_undone(int): a check cancelled while it ran succeeded late and was
            undone, so the connections shown may need reading again; carries the id.
    """

    connected = Signal(int)
    configured = Signal()
    connect_undone = Signal(int)

    PAGE_INTRO, PAGE_PASSWORD, PAGE_CONNECT, PAGE_CONFIGURE = range(4)

    def __init__(self, desk: Desk, sub_name: SubKey, *, prefill: Prefill | None = None,
                 open_url: UrlOpener | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        prefill = prefill or Prefill()
        self.setWindowTitle("Connect an iCloud calendar")
        # A page's subtitle may name the sub-account: shown as it is.
        self.setTitleFormat(Qt.TextFormat.PlainText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setMinimumSize(720, 520)
        logo = QPixmap(str(resource_path("icons", "jumpadesk-48.png")))
        if not logo.isNull():
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, logo)
        self.intro_page = IntroPage(str(sub_name))
        self.password_page = PasswordPage(open_url or QDesktopServices.openUrl, prefill)
        self.connect_page = ConnectPage(desk, sub_name, prefill)
        self.configure_page = ConfigurePage(desk, sub_name)
        self.connect_page.connect_undone.connect(self.connect_undone)
        self.setPage(self.PAGE_INTRO, self.intro_page)
        self.setPage(self.PAGE_PASSWORD, self.password_page)
        self.setPage(self.PAGE_CONNECT, self.connect_page)
        self.setPage(self.PAGE_CONFIGURE, self.configure_page)
        if prefill.reconnect:
            self.setStartId(self.PAGE_PASSWORD)

    @property
    def connection_id(self) -> int | None:
        return self.connect_page.connection_id

    def reject(self) -> None:
        self.connect_page.cancel_connect()
        super().reject()

