"""Services… (Calendars menu): the business's services, each with its length and the
time it keeps the staff member before and after (buffers); add one, remove one.

Every store call (the list, add, remove) is the Desk's (services/service_list.py, the
same as `jumpadesk services`), run on a worker (ui/tasks.py), never on the GUI thread;
a refusal (a name taken, a length that cannot be) is its one sentence under the form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.errors import InputError
from jumpadesk.free_time import parse_length
from jumpadesk.service import Desk
from jumpadesk.services.offered import Offered, parse_buffer
from jumpadesk.ui.plain import plain_label
from jumpadesk.ui.tasks import Task, TaskFailure, run_task
from jumpadesk.ui.translation import translate

#: Between a service's name, length and buffers in the window's lists.
SERVICE_PARTS = "  \u00b7  "


class ServicesDialog(QDialog):
    """The services list with a form to add one and a button to remove the chosen one.

    Signals:
        answered(): the list shows the store's answer to the latest call (or its refusal).
    """

    answered = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("services_dialog", "Services"))
        self.setMinimumWidth(460)
        self._desk = desk
        self._task: Task | None = None
        self.services: list[Offered] = []

        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("services_dialog", "Services"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(translate("services_dialog", "Colour"))
        self.length_edit = QLineEdit("1h", self)
        self.before_edit = QLineEdit("0m", self)
        self.after_edit = QLineEdit("0m", self)
        form = QFormLayout()
        form.addRow(translate("services_dialog", "Name:"), self.name_edit)
        form.addRow(translate("services_dialog", "Length:"), self.length_edit)
        form.addRow(translate("services_dialog", "Buffer before:"), self.before_edit)
        form.addRow(translate("services_dialog", "Buffer after:"), self.after_edit)
        self.add_button = QPushButton(translate("services_dialog", "Add"), self)
        self.add_button.clicked.connect(self.add_service)
        self.remove_button = QPushButton(translate("services_dialog", "Remove"), self)
        self.remove_button.clicked.connect(self.remove_chosen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.status_label = plain_label("", self)
        self.status_label.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(close)
        self.name_edit.returnPressed.connect(self.add_service)
        self._ask(desk.services, "")

    # -- asking the store, on a worker ------------------------------------------------

    def _ask(self, call: Callable[[], Any], done: str) -> None:
        """Run `call` and then read the list again, on a worker; `done` is said after."""
        desk = self._desk
        self._busy(True)

        def work() -> tuple[list[Offered], str]:
            call()
            return desk.services(), done

        task = run_task(work, label="services")
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)
        self._task = task

    def _busy(self, busy: bool) -> None:
        for widget in (self.add_button, self.remove_button):
            widget.setEnabled(not busy)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._task = None
        pair: tuple[list[Offered], str] = result  # type: ignore[assignment]  # work()'s
        services, done = pair
        self.services = list(services)
        self.list.clear()
        for offer in self.services:
            item = QListWidgetItem(offer.words(SERVICE_PARTS))
            item.setData(Qt.ItemDataRole.UserRole, offer.name)
            self.list.addItem(item)
        self._say(done or ("" if self.services else translate(
            "services_dialog", "No services yet: add one below.")))
        self._busy(False)
        self.answered.emit()

    @Slot(object)
    def _on_failed(self, failure: TaskFailure) -> None:
        self._task = None
        self._say(failure.sentence)
        self._busy(False)
        self.answered.emit()

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    # -- what the person does -----------------------------------------------------------

    @Slot()
    def add_service(self) -> None:
        """Add the service the form describes (checked here first, then by the store)."""
        try:
            name = self.name_edit.text()
            length = parse_length(self.length_edit.text())
            before = parse_buffer(self.before_edit.text())
            after = parse_buffer(self.after_edit.text())
        except InputError as exc:
            self._say(str(exc))
            return
        desk = self._desk
        self._ask(lambda: desk.add_service(name, length, before, after),
                  translate("services_dialog", "Added {name}.").format(
                      name=' '.join(name.split())))
        self.name_edit.clear()

    @Slot()
    def remove_chosen(self) -> None:
        """Take the chosen service off the list."""
        item = self.list.currentItem()
        if item is None:
            self._say(translate("services_dialog", "Choose a service to remove."))
            return
        name = str(item.data(Qt.ItemDataRole.UserRole))
        desk = self._desk
        self._ask(lambda: desk.remove_service(name),
                  translate("services_dialog",
                            "Removed {name}; appointments booked for it keep their times.")
                  .format(name=name))


def open_services(desk: Desk, parent: QWidget) -> ServicesDialog:
    """Open Services… over `parent`."""
    dialog = ServicesDialog(desk, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["SERVICE_PARTS", "ServicesDialog", "open_services"]
