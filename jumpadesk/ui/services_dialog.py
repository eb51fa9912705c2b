"""Services… (Calendars menu): the business's services, each with its length and the
time it keeps the staff member before and after (buffers); add one, remove one, and tick
which staff offer each (a checkable list, Everyone by default: services/offered.py's rule).

Every store call (the list and the staff, add, remove, who offers) is the Desk's
(services/service_list.py, the same as `jumpadesk services`), run on a worker
(ui/tasks.py), never on the GUI thread; a refusal (a name taken, a length that cannot be)
is its one sentence under the form.
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
        self.staff = StaffTicks(self)
        form.addRow(translate("services_dialog", "Offered by:"), self.staff.list)
        self.add_button = QPushButton(translate("services_dialog", "Add"), self)
        self.add_button.clicked.connect(self.add_service)
        self.remove_button = QPushButton(translate("services_dialog", "Remove"), self)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.staff_button = QPushButton(translate("services_dialog", "Save Staff"), self)
        self.staff_button.setToolTip(translate("services_dialog", "Who offers the chosen "
                                                                  "service: the staff ticked"))
        self.staff_button.clicked.connect(self.save_staff)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.staff_button)
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
        self.list.currentItemChanged.connect(self._on_current_changed)
        self._ask(desk.services, "")

    # -- asking the store, on a worker ------------------------------------------------

    def _ask(self, call: Callable[[], Any], done: str) -> None:
        """Run `call` and then read the list again, on a worker; `done` is said after."""
        desk = self._desk
        self._busy(True)

        def work() -> tuple[list[Offered], list[str], str]:
            call()
            return desk.services(), [sub.name for sub in desk.sub_accounts()], done

        task = run_task(work, label="services")
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)
        self._task = task

    def _busy(self, busy: bool) -> None:
        for widget in (self.add_button, self.remove_button, self.staff_button):
            widget.setEnabled(not busy)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._task = None
        answer: tuple[list[Offered], list[str], str] = result  # type: ignore[assignment]
        services, staff, done = answer  # work()'s
        chosen = self.chosen_name()
        self.services = list(services)
        self.list.blockSignals(True)  # the ticks follow the choice once, below
        self.list.clear()
        for offer in self.services:
            item = QListWidgetItem(service_words(offer))
            item.setData(Qt.ItemDataRole.UserRole, offer.name)
            self.list.addItem(item)
            if offer.name == chosen:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.staff.show_names(staff)
        self._on_current_changed()
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

    def chosen_name(self) -> str | None:
        """The name of the service chosen in the list, if any."""
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    @Slot()
    def _on_current_changed(self, *_args: Any) -> None:
        """The ticks show who offers the chosen service (Everyone when none is chosen)."""
        offer = next((o for o in self.services if o.name == self.chosen_name()), None)
        self.staff.tick(offer.staff if offer is not None else ())

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
        desk, staff = self._desk, self.staff.ticked()
        self._ask(lambda: desk.add_service(name, length, before, after, staff),
                  translate("services_dialog", "Added {name}.").format(
                      name=' '.join(name.split())))
        self.name_edit.clear()

    @Slot()
    def save_staff(self) -> None:
        """Who offers the chosen service from now on: the staff ticked, or everyone."""
        name = self.chosen_name()
        if name is None:
            self._say(translate("services_dialog", "Choose a service, then tick who offers "
                                                   "it."))
            return
        desk, staff = self._desk, self.staff.ticked()
        self._ask(lambda: desk.set_service_staff(name, staff),
                  translate("services_dialog", "Saved who offers {name}.").format(name=name))

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


def service_words(offer: Offered) -> str:
    """"Colour  ·  1 h  ·  15 min after", and who offers it when not everyone."""
    if not offer.staff:
        return offer.words(SERVICE_PARTS)
    return SERVICE_PARTS.join((offer.words(SERVICE_PARTS), translate(
        "services_dialog", "by {staff}").format(staff=", ".join(offer.staff))))


class StaffTicks:
    """Who offers a service, as ticks: Everyone first, then each staff member by name.
    Ticking a staff member unticks Everyone; ticking Everyone (or unticking the last
    one) unticks the others."""

    def __init__(self, parent: QWidget) -> None:
        self.list = QListWidget(parent)
        self.list.setAccessibleName(translate("services_dialog", "Offered by"))
        self.list.setMaximumHeight(120)
        self.list.itemChanged.connect(self._on_item_changed)
        self._add(translate("services_dialog", "Everyone"), None)
        self.list.item(0).setCheckState(Qt.CheckState.Checked)

    def _add(self, text: str, name: str | None) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def names(self) -> list[str]:
        """The staff members listed, in order (Everyone left out)."""
        return [str(self.list.item(n).data(Qt.ItemDataRole.UserRole))
                for n in range(1, self.list.count())]

    def show_names(self, names: list[str]) -> None:
        """List these staff members (the ticks kept for those still there)."""
        if names == self.names():
            return
        kept = self.ticked()
        self.list.blockSignals(True)
        while self.list.count() > 1:
            self.list.takeItem(1)
        for name in names:
            self._add(name, name)
        self.list.blockSignals(False)
        self.tick([n for n in kept if n in names])

    def tick(self, staff: tuple[str, ...] | list[str]) -> None:
        """Tick `staff` (none: Everyone)."""
        self.list.blockSignals(True)
        for n in range(self.list.count()):
            item = self.list.item(n)
            name = item.data(Qt.ItemDataRole.UserRole)
            on = name in staff if name is not None else not staff
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def ticked(self) -> list[str]:
        """The staff ticked; none when Everyone is."""
        return [str(item.data(Qt.ItemDataRole.UserRole))
                for item in (self.list.item(n) for n in range(1, self.list.count()))
                if item.checkState() == Qt.CheckState.Checked]

    def set_ticked(self, name: str | None, on: bool = True) -> None:
        """Tick (or untick) one: a staff member by name, or Everyone for None."""
        for n in range(self.list.count()):
            item = self.list.item(n)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        everyone = item.data(Qt.ItemDataRole.UserRole) is None
        if everyone and item.checkState() == Qt.CheckState.Checked:
            self.tick(())
        else:
            self.tick(self.ticked())


def open_services(desk: Desk, parent: QWidget) -> ServicesDialog:
    """Open Services… over `parent`."""
    dialog = ServicesDialog(desk, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["SERVICE_PARTS", "ServicesDialog", "StaffTicks", "open_services", "service_words"]
