"""A client's card (the client list's Enter or double-click): name, email, phone and the
staff members they booked with; how often they arrived and did not come; the front desk's
notes, editable; the upcoming and past appointments, each with its staff member and mark,
and Arrived / No-show / Clear Mark for the chosen one.

Every store call (the card, saving the notes, a mark) is the Desk's (services/clients.py,
the same as `jumpadesk client`, `notes` and `mark`), run on a worker (ui/tasks.py); the
card is read again after each. Everything shown is plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.service import Desk
from jumpadesk.services.clients import ClientCard, Visit
from jumpadesk.ui.attendance import BUTTONS
from jumpadesk.ui.plain import plain_label, plain_title
from jumpadesk.ui.tasks import Task, TaskFailure, run_task
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, translate

#: Between the parts of an appointment in the card's lists.
PARTS = "  \u00b7  "
#: A visit's state as its line ends (said with `translate("client_card", ...)`).
MARK_WORDS = {"arrived": QT_TRANSLATE_NOOP("client_card", "Arrived"),
              "no-show": QT_TRANSLATE_NOOP("client_card", "No-show"),
              "cancelled": QT_TRANSLATE_NOOP("client_card", "Cancelled")}
#: The card's fields: the key and its caption.
FIELDS = (("Email", QT_TRANSLATE_NOOP("client_card", "Email")),
          ("Phone", QT_TRANSLATE_NOOP("client_card", "Phone")),
          ("Staff", QT_TRANSLATE_NOOP("client_card", "Staff")))


def visit_text(visit: Visit) -> str:
    """"Tue 24 Nov 2026 14:00–15:00 · Colour · with Maria · Arrived"."""
    parts = [visit.when(), visit.title,
             translate("client_card", "with {staff}").format(staff=visit.staff)]
    if visit.service and visit.service != visit.title:
        parts.insert(2, visit.service)
    state = visit.state()
    if state:
        parts.append(translate("client_card", MARK_WORDS[state]))
    return PARTS.join(parts)


class ClientCardDialog(QDialog):
    """One client's card, read on a worker when opened and after every change.

    Signals:
        answered(): the card shows the store's answer to the latest call (or the
            sentence that refused it).
    """

    answered = Signal()

    def __init__(self, desk: Desk, key: int | str, clock: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("client_card", "Client"))
        self.setMinimumSize(560, 560)
        self._desk = desk
        self._key = key
        self._clock = clock
        self._task: Task | None = None
        self.card: ClientCard | None = None
        self.name_label = plain_label(translate("client_card", "Reading the card\u2026"), self)
        self.name_label.setObjectName("clientName")
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.name_label.setFont(font)
        self.fields = QFormLayout()
        self.field_labels: dict[str, QLabel] = {}
        for key, caption in FIELDS:
            value = plain_label("", self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name = plain_label(translate("client_card", caption), self)
            name.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.fields.addRow(name, value)
            self.field_labels[key] = value
        self.counts_label = plain_label("", self)
        self.counts_label.setObjectName("clientCounts")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setPlaceholderText(translate(
            "client_card", "Notes about this client (allergies, preferences, ...)"))
        self.notes_edit.setAccessibleName(translate("client_card", "Notes"))
        self.notes_edit.setMaximumHeight(90)
        self.save_notes_button = QPushButton(translate("client_card", "Save Notes"), self)
        self.save_notes_button.clicked.connect(self.save_notes)
        self.upcoming = self._list(translate("client_card", "Upcoming appointments"))
        self.past = self._list(translate("client_card", "Past appointments"))
        self.mark_buttons: dict[str, QPushButton] = {}
        self.status_label = plain_label("", self)
        self.status_label.setWordWrap(True)
        self._lay_out()
        self._ask(None)

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setAccessibleName(name)
        widget.currentItemChanged.connect(lambda current, _old: self._chose(widget, current))
        return widget

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addLayout(self.fields)
        layout.addWidget(self.counts_label)
        layout.addWidget(self._caption(translate("client_card", "Notes")))
        layout.addWidget(self.notes_edit)
        notes_row = QHBoxLayout()
        notes_row.addStretch(1)
        notes_row.addWidget(self.save_notes_button)
        layout.addLayout(notes_row)
        layout.addWidget(self._caption(translate("client_card", "Upcoming")))
        layout.addWidget(self.upcoming, 1)
        layout.addWidget(self._caption(translate("client_card", "Past")))
        layout.addWidget(self.past, 1)
        marks = QHBoxLayout()
        marks.addWidget(plain_label(translate("client_card", "The chosen appointment:"), self))
        for text, mark in BUTTONS:
            button = QPushButton(translate("attendance", text), self)
            button.setObjectName(f"mark-{mark}")
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, m=mark: self.mark_chosen(m))
            marks.addWidget(button)
            self.mark_buttons[mark] = button
        marks.addStretch(1)
        layout.addLayout(marks)
        layout.addWidget(self.status_label)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def _caption(self, text: str) -> QLabel:
        """A section's caption, in the dialog's font made bold."""
        label = plain_label(text, self)
        font = QFont(label.font())
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        return label

    # -- asking the store, on a worker --------------------------------------------------

    def _ask(self, call: Callable[[], str] | None, *, notes: bool = False) -> None:
        """Run `call` (if any), then read the card again, on a worker; with `notes` the
        call kept the notes, and the field shows them as kept."""
        desk, key, now = self._desk, self._key, self._clock()
        self._busy(True)

        def work() -> tuple[ClientCard, str, bool]:
            said = call() if call is not None else ""
            return desk.client_card(key, now=now), said, notes

        task = run_task(work, label="client card")
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)
        self._task = task

    @property
    def reading(self) -> bool:
        return self._task is not None

    def _busy(self, busy: bool) -> None:
        self.save_notes_button.setEnabled(not busy)
        for button in self.mark_buttons.values():
            button.setEnabled(False)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._task = None
        triple: tuple[ClientCard, str, bool] = result  # type: ignore[assignment]  # _ask's
        card, said, saved_notes = triple
        first = self.card is None
        client = card.client
        self.setWindowTitle(plain_title(translate("client_card", "Client: {name}").format(
            name=client.name or client.email)))
        self.name_label.setText(client.name or translate("client_card", "(no name)"))
        for caption, value in (("Email", client.email), ("Phone", client.phone),
                               ("Staff", ", ".join(client.staff))):
            self.field_labels[caption].setText(value or "\u2014")
        self.counts_label.setText(card.counts())
        if first or saved_notes:
            self.notes_edit.setPlainText(card.notes)
        chosen = self.chosen_visit()
        self.card = card
        for widget, visits in ((self.upcoming, card.upcoming), (self.past, card.past)):
            widget.clear()
            for visit in visits:
                row = QListWidgetItem(visit_text(visit))
                row.setData(Qt.ItemDataRole.UserRole, visit.id)
                widget.addItem(row)
                if chosen is not None and visit.id == chosen.id:
                    widget.setCurrentItem(row)  # the one just marked stays chosen
            if not visits:
                widget.addItem(QListWidgetItem(translate("client_card", "None")))
        self._busy(False)
        self._enable_marks()
        self._say(said)
        self.answered.emit()

    @Slot(object)
    def _on_failed(self, failure: TaskFailure) -> None:
        self._task = None
        self._busy(False)
        self._say(failure.sentence)
        self.answered.emit()

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    # -- what the person does -----------------------------------------------------------

    def _chose(self, widget: QListWidget, current: QListWidgetItem | None) -> None:
        """A visit chosen in one list unchooses the other's; the mark buttons follow."""
        other = self.past if widget is self.upcoming else self.upcoming
        if current is not None:
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        self._enable_marks()

    def _enable_marks(self) -> None:
        """Arrived and No-show for a chosen appointment not cancelled; Clear Mark for a
        marked one; none while the store is asked."""
        chosen = self.chosen_visit()
        for mark, button in self.mark_buttons.items():
            button.setEnabled(chosen is not None and not self.reading and (
                mark == "clear" and chosen.attendance != "" or
                mark != "clear" and not chosen.cancelled))

    def chosen_visit(self) -> Visit | None:
        """The appointment chosen in either list."""
        if self.card is None:
            return None
        for widget in (self.upcoming, self.past):
            item = widget.currentItem()
            if item is not None and item.isSelected():
                chosen = item.data(Qt.ItemDataRole.UserRole)
                return next((v for v in (*self.card.upcoming, *self.card.past)
                             if v.id == chosen), None)
        return None

    @Slot()
    def save_notes(self) -> None:
        """Keep what the notes field says, on a worker."""
        desk, key, text = self._desk, self._key, self.notes_edit.toPlainText()
        self._ask(lambda: desk.set_client_notes(key, text), notes=True)

    @Slot(str)
    def mark_chosen(self, mark: str) -> None:
        """Mark the chosen appointment ("arrived", "no-show", "clear"), on a worker."""
        visit = self.chosen_visit()
        if visit is None:
            self._say(translate("client_card", "Choose an appointment to mark."))
            return
        desk, now = self._desk, self._clock()
        self._ask(lambda: desk.mark_attendance(visit.id, mark, now=now))


def open_client_card(desk: Desk, key: int | str, clock: Callable[[], datetime],
                     parent: QWidget) -> ClientCardDialog:
    """Open the card of the client `key` (a contact's id or an email) over `parent`."""
    dialog = ClientCardDialog(desk, key, clock, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["ClientCardDialog", "open_client_card", "visit_text"]
