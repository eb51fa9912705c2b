"""The form that corrects an appointment: its title, guest, email, phone, notes and
service, filled from the appointment as the store has it (read on a worker by its
owner, `show_details`), and what the person changed handed back as `Changes`. The
owner (ui/window_edit.py) does the edit on a worker; a refusal is shown in the form,
which keeps what was typed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.services.appointment_edit import Changes, Details
from jumpadesk.ui.plain import plain_label, plain_title
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, translate

#: The service box's first entry (said with `translate("edit_appointment", NO_SERVICE)`).
NO_SERVICE = QT_TRANSLATE_NOOP("edit_appointment", "No service")
#: The form's rows: the field's name (its widget's object name) and its caption.
CAPTIONS = (("Title", QT_TRANSLATE_NOOP("edit_appointment", "Title")),
            ("Guest", QT_TRANSLATE_NOOP("edit_appointment", "Guest")),
            ("Email", QT_TRANSLATE_NOOP("edit_appointment", "Email")),
            ("Phone", QT_TRANSLATE_NOOP("edit_appointment", "Phone")),
            ("Notes", QT_TRANSLATE_NOOP("edit_appointment", "Notes")),
            ("Service", QT_TRANSLATE_NOOP("edit_appointment", "Service")))


class EditAppointmentDialog(QDialog):
    """Title, guest, email, phone, notes and service of one appointment, editable.

    Save is offered once the appointment's details are shown (`show_details`), and
    while nothing is being saved.

    Signals:
        submitted(Changes): Save was pressed; only what differs from what was shown.
    """

    submitted = Signal(Changes)

    def __init__(self, title: str, services: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(plain_title(
            translate("edit_appointment", "Edit {title}").format(title=title)))
        self.setMinimumWidth(420)
        self.shown: Details | None = None
        self.saving = False
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = QLineEdit(self)
        self.name_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(72)
        self.service_box = QComboBox(self)
        self.no_service = translate("edit_appointment", NO_SERVICE)
        self.service_box.addItems([self.no_service, *services])
        widgets = (self.title_edit, self.name_edit, self.email_edit, self.phone_edit,
                   self.notes_edit, self.service_box)
        for (name, caption), widget in zip(CAPTIONS, widgets, strict=True):
            widget.setObjectName(f"edit{name}")
            form.addRow(plain_label(translate("edit_appointment", caption), self), widget)
        outer.addLayout(form)
        self.error_label = plain_label(parent=self)
        self.error_label.setObjectName("editError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
            self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)  # until the details are shown
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def show_details(self, details: Details) -> None:
        """Fill the form with what the appointment says now."""
        self.shown = details
        self.title_edit.setText(details.title)
        self.name_edit.setText(details.guest_name)
        self.email_edit.setText(details.guest_email)
        self.phone_edit.setText(details.guest_phone)
        self.notes_edit.setPlainText(details.notes)
        if details.service_name and self.service_box.findText(details.service_name) < 0:
            self.service_box.addItem(details.service_name)  # no longer offered: kept
        self.service_box.setCurrentText(details.service_name or self.no_service)
        self.save_button.setEnabled(True)
        self.title_edit.setFocus()

    def changes(self) -> Changes:
        """What the form says that differs from what it was given (None: unchanged)."""
        shown = self.shown
        assert shown is not None

        def differs(now: str, was: str) -> str | None:
            return now if now != was else None

        service = self.service_box.currentText()
        return Changes(
            title=differs(self.title_edit.text(), shown.title),
            name=differs(self.name_edit.text(), shown.guest_name),
            email=differs(self.email_edit.text(), shown.guest_email),
            phone=differs(self.phone_edit.text(), shown.guest_phone),
            notes=differs(self.notes_edit.toPlainText(), shown.notes),
            service=None if service in (self.no_service, shown.service_name) else service)

    def show_error(self, text: str) -> None:
        """A refusal in one sentence, under the form; what was typed is kept."""
        self.set_saving(False)
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.save_button.setEnabled(not saving and self.shown is not None)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        changes = self.changes()
        if not changes:
            self.reject()  # nothing changed: nothing to send
            return
        self.set_saving(True)
        self.submitted.emit(changes)
