"""The connect walkthrough: from "what you need" to a configured iCloud connection.

Four pages: Before you start; Get your app-specific password (ui/wizard_pages.py);
Connect (Apple ID and app-specific password, checked by `Desk.connect` on a worker
thread: ui/wizard_connect.py); Choose your calendars (the `CalendarPicker`, saved with
`Desk.configure`, here). Reached from Calendars > Calendar Settings > Connections > Add
New > iCloud Calendar, from Reconnect (pre-filled, starting at the password page), and
at first start.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizard, QWizardPage

from jumpadesk.config import resource_path
from jumpadesk.rows import SubKey
from jumpadesk.service import Desk
from jumpadesk.services.connections_view import ConnectionsSnapshot
from jumpadesk.ui.calendar_picker import (
    CalendarPicker,
    account_notes,
    error_label,
    suggested_choice,
)
from jumpadesk.ui.tasks import Task, TaskFailure, run_task
from jumpadesk.ui.translation import translate
from jumpadesk.ui.wizard_connect import ConnectPage
from jumpadesk.ui.wizard_pages import (
    APPLE_ACCOUNT_URL,
    IntroPage,
    PasswordPage,
    Prefill,
    UrlOpener,
    clean_password,
    password_hint,
)


class ConfigurePage(QWizardPage):
    """Choose the linked calendar and the conflict calendars."""

    def __init__(self, desk: Desk, sub_name: SubKey) -> None:
        super().__init__()
        self._desk = desk
        self._sub_name = sub_name
        self._task: Task | None = None
        self._saved = False
        self.setTitle(translate("wizard", "Choose your calendars"))
        self.setSubTitle(translate(
            "wizard", "Pick where bookings go and which calendars block time."))
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("wizard", "Done"))
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
        self.setWindowTitle(translate("wizard", "Connect an iCloud calendar"))
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
        self.connect_page.connected.connect(self.connected)
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


__all__ = ["APPLE_ACCOUNT_URL", "ConfigurePage", "ConnectPage", "ConnectWizard", "Prefill",
           "UrlOpener", "clean_password", "password_hint"]
