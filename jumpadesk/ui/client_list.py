"""Clients… (Ctrl+K): a search field and the business's clients that match it by name,
email or phone, found as one types (services/clients.find_clients on a worker, a newer
search dropping an older answer); Enter or a double-click opens the chosen client's card
(ui/client_card.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.service import Desk
from jumpadesk.services.clients import Client
from jumpadesk.ui.client_card import ClientCardDialog, open_client_card
from jumpadesk.ui.plain import plain_label
from jumpadesk.ui.tasks import TaskFailure, run_task
from jumpadesk.ui.translation import translate

#: The most clients listed at once; typing more narrows them.
SHOWN = 200
#: How long typing pauses before the search is asked, in milliseconds.
PAUSE_MS = 150


class ClientListDialog(QDialog):
    """The search field over the list of matching clients.

    Signals:
        answered(): the list shows the answer to the latest search (or its refusal).
    """

    answered = Signal()

    def __init__(self, desk: Desk, clock: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("client_list", "Clients"))
        self.setMinimumSize(520, 440)
        self._desk = desk
        self._clock = clock
        self._asked = 0  # the latest search's number: an older answer is dropped
        self._answered = -1
        self.clients: list[Client] = []
        self.card_dialog: ClientCardDialog | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            translate("client_list", "Search by name, email or phone"))
        self.search_edit.setAccessibleName(translate("client_list", "Search clients"))
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(translate("client_list", "Clients"))
        self.status_label = plain_label("", self)
        self.status_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        open_button = buttons.addButton(translate("client_list", "Open Card"),
                                         QDialogButtonBox.ButtonRole.ActionRole)
        open_button.clicked.connect(self.open_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _text: self._pause.start())
        self.search_edit.returnPressed.connect(self.open_chosen)
        self.search_edit.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.open_chosen())
        self.search()

    @property
    def searching(self) -> bool:
        """A search is waiting for its pause or its answer."""
        return self._pause.isActive() or self._answered != self._asked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        """Up and Down in the search field choose in the list, the typing stays put."""
        if watched is self.search_edit and isinstance(event, QKeyEvent) and \
                event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.results.count():
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def search(self) -> None:
        """Ask for the clients matching the search field, on a worker."""
        self._pause.stop()
        self._asked += 1
        number, words, desk = self._asked, self.search_edit.text(), self._desk
        task = run_task(lambda: (number, desk.find_clients(words, limit=SHOWN)),
                        label="clients")
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        pair: tuple[int, list[Client]] = result  # type: ignore[assignment]  # search's
        number, found = pair
        if number != self._asked:
            return  # a newer search is on its way
        self._answered = number
        self.clients = list(found)
        self.results.clear()
        for client in self.clients:
            row = QListWidgetItem(f"{client.words()}   ({', '.join(client.staff)})")
            row.setData(Qt.ItemDataRole.UserRole, client.id)
            self.results.addItem(row)
        if self.clients:
            self.results.setCurrentRow(0)
        words = " ".join(self.search_edit.text().split())
        self._say("" if self.clients else (
            translate("client_list", "No client matches \u201c{words}\u201d.").format(
                words=words) if words else
            translate("client_list", "No clients yet: a guest booked with a name, email or "
                      "phone becomes one.")))
        self.answered.emit()

    @Slot(object)
    def _on_failed(self, failure: TaskFailure) -> None:
        self._answered = self._asked  # a refusal is said whichever search it answers
        self._say(failure.sentence)
        self.answered.emit()

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    @Slot()
    def open_chosen(self) -> ClientCardDialog | None:
        """The chosen client's card (the first listed when none is chosen)."""
        row = self.results.currentItem() or self.results.item(0)
        if row is None or row.data(Qt.ItemDataRole.UserRole) is None:
            return None
        client_id = int(row.data(Qt.ItemDataRole.UserRole))
        self.card_dialog = open_client_card(self._desk, client_id, self._clock, self)
        self.card_dialog.finished.connect(self._on_card_finished)
        return self.card_dialog

    @Slot(int)
    def _on_card_finished(self, _result: int) -> None:
        self.card_dialog = None
        self.search()  # the counts or names may have changed


def open_clients(desk: Desk, clock: Callable[[], datetime], parent: QWidget) -> ClientListDialog:
    """Open Clients… over `parent`, its search field ready for typing."""
    dialog = ClientListDialog(desk, clock, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.search_edit.setFocus()
    return dialog


__all__ = ["ClientListDialog", "open_clients"]
