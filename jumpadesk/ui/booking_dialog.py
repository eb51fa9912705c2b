"""The dialog opened by dragging over empty time: an appointment or a blocked slot.

It only collects and checks input. The main window hands the `BookingRequest` to the Desk
on a worker; a refusal comes back through `show_error()` and the input stays as typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.repeats import DAILY, WEEKDAYS_ONLY, WEEKLY, Repeat
from jumpadesk.services.offered import Offered
from jumpadesk.ui.booking_words import (
    KIND_APPOINTMENT,
    KIND_BLOCK,
    describe_slot,
    field_problems,
)
from jumpadesk.ui.calendar_picker import ERROR_COLOR, radio_style
from jumpadesk.ui.colors import blend, ensure_contrast, readable_on
from jumpadesk.ui.day_edit import DayEdit
from jumpadesk.ui.event_details import format_time
from jumpadesk.ui.plain import plain_label
from jumpadesk.ui.qt_values import py_date
from jumpadesk.ui.services_dialog import SERVICE_PARTS
from jumpadesk.ui.translation import (
    phone_example,
    short_day,
    translate,
    weekday_name,
)
from jumpadesk.wording import describe_length


@dataclass(frozen=True)
class BookingRequest:
    """What the person asked for. `kind` is "appointment" or "block"; start and end are
    aware UTC datetimes. Guest fields are empty for a block; `repeat` is how a block
    repeats (None: once)."""

    kind: str
    start: datetime
    end: datetime
    title: str
    name: str = ""
    email: str = ""
    phone: str = ""
    repeat: Repeat | None = None
    service: str = ""  # the service chosen ("": none); its buffers are the Desk's to keep

    @property
    def is_block(self) -> bool:
        return self.kind == KIND_BLOCK


def refusal_colors(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """Fill, text and border of the refusal box: a tint of red on the theme's window
    colour (pale pink in a light theme, dark red-brown in a dark one), text readable on
    it."""
    red = QColor(ERROR_COLOR)
    window = palette.color(QPalette.ColorRole.Window)
    fill = blend(red, window, 0.14)
    return fill, ensure_contrast(red, fill, 4.5), blend(red, window, 0.45)


class BookingDialog(QDialog):
    """Book an appointment in a dragged slot, or block it.

    Clicking the main button checks the fields, then emits `submitted` and waits: the
    owner calls `accept()` when the Desk took it, or `show_error(sentence)` when it was
    refused (the input stays). `set_busy(True)` greys the form while a worker runs. With
    `close_on_submit=True` the dialog simply closes with Accepted and `request()` holds
    the values.

    Signals:
        submitted(BookingRequest): the person confirmed valid input.
        error_action_requested(): the button offered with a refusal was pressed.
    """

    submitted = Signal(BookingRequest)
    error_action_requested = Signal()

    def __init__(
        self,
        start: datetime,
        end: datetime,
        tz: ZoneInfo,
        parent: QWidget | None = None,
        *,
        kind: str = KIND_APPOINTMENT,
        close_on_submit: bool = False,
        services: Sequence[Offered] = (),
    ) -> None:
        super().__init__(parent)
        self.start = start
        self.end = end
        self.tz = tz
        self.close_on_submit = close_on_submit
        self.services = list(services)
        self._dragged = end - start  # the length when no service is chosen
        self._busy = False
        self._touched: set[str] = set()
        self.setWindowTitle(translate("booking_dialog", "New booking"))
        self.setMinimumWidth(460)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 14)
        outer.setSpacing(12)
        self._build_header(outer)
        self._build_kind_choice(outer)
        self._build_form(outer)
        self._build_error(outer)
        self._build_buttons(outer)
        self._connect_inputs()

        (self.block_radio if kind == KIND_BLOCK else self.appointment_radio).setChecked(True)
        self._apply_kind()
        if self.services:
            self.service_combo.setFocus()
        else:
            self.title_edit.setFocus()

    def _build_header(self, outer: QVBoxLayout) -> None:
        """When the booking is, how long, in which zone."""
        self.when_label = plain_label(describe_slot(self.start, self.end, self.tz), self)
        self.when_label.setObjectName("bookingWhen")
        font = QFont(self.when_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.when_label.setFont(font)
        self.when_label.setWordWrap(True)
        outer.addWidget(self.when_label)
        zone = plain_label(self._length_words(), self)
        self.length_label = zone
        zone.setObjectName("bookingLength")
        zone.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        outer.addWidget(zone)

    def _build_kind_choice(self, outer: QVBoxLayout) -> None:
        """Appointment (written to iCloud) or blocked slot (stays here)."""
        kinds = QHBoxLayout()
        kinds.setSpacing(16)
        self.appointment_radio = QRadioButton(translate("booking_dialog", "Appointment"), self)
        self.appointment_radio.setToolTip(translate(
            "booking_dialog", "A guest booked this time; it goes into iCloud."))
        self.block_radio = QRadioButton(translate("booking_dialog", "Blocked slot"), self)
        self.block_radio.setToolTip(translate(
            "booking_dialog", "Keep this time free of bookings (stays in jumpadesk)."))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.appointment_radio)
        self.kind_group.addButton(self.block_radio)
        for radio in (self.appointment_radio, self.block_radio):
            radio.setStyleSheet(radio_style(self.palette()))
            kinds.addWidget(radio)
        kinds.addStretch(1)
        outer.addLayout(kinds)

    def _build_form(self, outer: QVBoxLayout) -> None:
        """Title, guest name, email and phone, each with a hint under it."""
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        self._build_edits()
        self.hints: dict[str, QLabel] = {}
        self.service_combo = QComboBox(self)
        self.service_combo.setAccessibleName(translate("booking_dialog", "Service"))
        self.service_combo.addItem(translate("booking_dialog",
                                             "No service (the time as chosen)"), None)
        for offer in self.services:
            self.service_combo.addItem(offer.words(SERVICE_PARTS), offer.name)
        self.service_combo.currentIndexChanged.connect(self._on_service_chosen)
        if self.services:  # first: the service sets the length, then the rest is typed
            form.addRow(plain_label(translate("booking_dialog", "Service"), self),
                        self.service_combo)
        else:
            self.service_combo.hide()
        self.title_caption = plain_label(translate("booking_dialog", "Title"), self)
        self._add_row(form, self.title_caption, self.title_edit, "title")
        self.form = form
        fields = QVBoxLayout()
        fields.setSpacing(6)  # as between the rows of one form
        fields.addLayout(form)
        # The guest rows and, for a blocked slot, a note in their place: one stack as
        # tall as the taller, so switching kinds moves nothing on screen.
        self.guest_stack = QStackedWidget(self)
        self.guest_box = QWidget(self.guest_stack)
        self.block_box = QWidget(self.guest_stack)
        self.block_note = plain_label(translate("booking_dialog", "A blocked slot stays in "
                                                "jumpadesk: nothing is written to iCloud and "
                                                "no guest is needed."), self.block_box)
        self.block_note.setObjectName("blockNote")
        self.block_note.setWordWrap(True)
        self.block_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.block_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # Its height comes from the guest rows (a wrapped label alone asks for too much).
        self.block_box.setSizePolicy(QSizePolicy.Policy.Preferred,
                                     QSizePolicy.Policy.Ignored)
        self.guest_stack.addWidget(self.guest_box)
        self.guest_stack.addWidget(self.block_box)
        repeat_caption = self._build_repeat_row()
        guest_form = QFormLayout(self.guest_box)
        guest_form.setContentsMargins(0, 0, 0, 0)
        guest_form.setHorizontalSpacing(12)
        guest_form.setVerticalSpacing(6)
        captions = [self.title_caption, repeat_caption]
        for caption, edit, key in (
            (translate("booking_dialog", "Guest name"), self.name_edit, "name"),
            (translate("booking_dialog", "Email"), self.email_edit, "email"),
            (translate("booking_dialog", "Phone"), self.phone_edit, "phone"),
        ):
            captions.append(plain_label(caption, self.guest_box))
            self._add_row(guest_form, captions[-1], edit, key)
        widest = max(c.sizeHint().width() for c in captions)
        for c in captions:  # one label column across both forms
            c.setMinimumWidth(widest)
        fields.addWidget(self.guest_stack)
        outer.addLayout(fields)

    def _build_repeat_row(self) -> QLabel:
        """A blocked slot's "Repeat" row (never, every day, every weekday, every week on
        the start's weekday; until a day, or no end) above its note. Returns its caption."""
        local = self.start.astimezone(self.tz)
        self.repeat_combo = QComboBox(self.block_box)
        self.repeat_combo.setAccessibleName(translate("booking_dialog", "Repeat"))
        every_week = translate("booking_dialog", "Every {weekday}").format(
            weekday=weekday_name(local.date()))
        for text, kind in ((translate("booking_dialog", "Does not repeat"), ""),
                           (translate("booking_dialog", "Every day"), DAILY),
                           (translate("booking_dialog", "Weekdays (Mon\u2013Fri)"),
                            WEEKDAYS_ONLY),
                           (every_week, WEEKLY)):
            self.repeat_combo.addItem(text, kind)
        self.until_box = QCheckBox(translate("booking_dialog", "until"), self.block_box)
        self.until_box.setToolTip(translate(
            "booking_dialog", "The last day it repeats on; without it, it has no end"))
        # "6 Jan 2027": the month in words, short enough for the row it shares
        self.until_edit = DayEdit(parent=self.block_box, display_format="d MMM yyyy")
        self.until_edit.setAccessibleName(translate("booking_dialog", "Repeat until"))
        self.until_edit.setMinimumDate(QDate(local.year, local.month, local.day))
        self.until_edit.setDate(QDate(local.year, local.month, local.day).addDays(27))
        self.repeat_combo.currentIndexChanged.connect(self._on_repeat_changed)
        self.until_box.toggled.connect(self._on_repeat_changed)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.repeat_combo, 1)
        row.addWidget(self.until_box)
        row.addWidget(self.until_edit)
        caption = plain_label(translate("booking_dialog", "Repeat"), self.block_box)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(12)
        form.addRow(caption, row)
        column = QVBoxLayout(self.block_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(form)
        column.addWidget(self.block_note, 1)
        self._on_repeat_changed()
        return caption

    def repeat(self) -> Repeat | None:
        """How the blocked slot is to repeat, as chosen; None: once."""
        kind = self.repeat_combo.currentData()
        if not kind:
            return None
        until = py_date(self.until_edit.date()) if self.until_box.isChecked() else None
        return Repeat.make(kind, until=until,
                           first_day=self.start.astimezone(self.tz).date())

    @Slot()
    def _on_repeat_changed(self) -> None:
        repeats = bool(self.repeat_combo.currentData())
        self.until_box.setEnabled(repeats)
        self.until_edit.setEnabled(repeats and self.until_box.isChecked())

    def _build_edits(self) -> None:
        """The title, guest name, email and phone fields, each with its placeholder."""
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(translate(
            "booking_dialog", "e.g. Haircut, Consultation"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name")
        self.name_edit.setPlaceholderText(translate("booking_dialog", "Guest's name"))
        self.email_edit = QLineEdit(self)
        self.email_edit.setObjectName("email")
        self.email_edit.setPlaceholderText("name@example.com")
        self.email_edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("phone")
        self.phone_edit.setPlaceholderText(phone_example())
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.phone_edit.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[+0-9 ()./-]{0,30}"), self.phone_edit))

    def _build_error(self, outer: QVBoxLayout) -> None:
        """Where a refusal is shown, in the dialog, above the buttons."""
        self.error_label = plain_label(parent=self)
        self.error_label.setObjectName("bookingError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fill, text, border = refusal_colors(self.palette())
        self.error_label.setStyleSheet(
            f"QLabel#bookingError {{ background: {fill.name()}; color: {text.name()};"
            f" border: 1px solid {border.name()}; border-radius: 6px; padding: 8px 10px; }}"
        )
        self.error_label.hide()
        outer.addWidget(self.error_label)
        # What the person can do about a refusal, when the window offers something.
        self._error_action_row = QWidget(self)  # hidden whole, so it takes no room
        self.error_action = QPushButton(self._error_action_row)
        self.error_action.setObjectName("bookingErrorAction")
        self.error_action.setAutoDefault(False)
        self.error_action.clicked.connect(self.error_action_requested)
        row = QHBoxLayout(self._error_action_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.error_action)
        self._error_action_row.hide()
        outer.addWidget(self._error_action_row)
        # A taken time's nearest free starts of the same length, each moving the form there.
        self.free_row = QWidget(self)
        self._free_layout = QHBoxLayout(self.free_row)
        self._free_layout.setContentsMargins(0, 0, 0, 0)
        self._free_layout.addWidget(plain_label(translate(
            "booking_dialog", "Free at"), self.free_row))
        self._free_layout.addStretch(1)
        self.free_buttons: list[QPushButton] = []
        self.free_row.hide()
        outer.addWidget(self.free_row)

    def _build_buttons(self, outer: QVBoxLayout) -> None:
        """Book and Cancel."""
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(translate("booking_dialog", "Book"), self)
        self.ok_button.setObjectName("bookButton")
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def _connect_inputs(self) -> None:
        """Hints follow typing; the kind switches the form."""
        for edit, key in ((self.title_edit, "title"), (self.name_edit, "name"),
                          (self.email_edit, "email"), (self.phone_edit, "phone")):
            edit.textEdited.connect(self._on_edit_text_edited)
            edit.editingFinished.connect(lambda key=key: self._touch(key))
        self.kind_group.buttonToggled.connect(self._on_kind_group_button_toggled)

    def _add_row(self, form: QFormLayout, label: QLabel, edit: QLineEdit, key: str) -> None:
        hint = plain_label(parent=self)
        hint.setObjectName(f"{key}Hint")
        hint.setStyleSheet(f"color: {readable_on(ERROR_COLOR)};")
        hint.setWordWrap(True)
        hint.hide()
        self.hints[key] = hint
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(edit)
        column.addWidget(hint)
        form.addRow(label, column)

    # -- public API ---------------------------------------------------------------

    def _length_words(self) -> str:
        return translate("booking_dialog", "{length}  \u00b7  times in {zone}").format(
            length=describe_length(self.end - self.start),
            zone=self.tz.key.replace('_', ' '))

    def chosen_service(self) -> Offered | None:
        name = self.service_combo.currentData()
        return next((o for o in self.services if o.name == name), None)

    @Slot(int)
    def _on_service_chosen(self, _index: int) -> None:
        """A service's length becomes the booking's (from the same start) and its name
        the title, unless one was typed; no service puts back the time as chosen."""
        offer = self.chosen_service()
        old_title = self.title_edit.text().strip()
        self.end = self.start + (offer.length if offer is not None else self._dragged)
        if not old_title or old_title in {o.name for o in self.services}:
            self.title_edit.setText(offer.name if offer is not None else "")
        self.when_label.setText(describe_slot(self.start, self.end, self.tz))
        self.length_label.setText(self._length_words())
        self.show_error("")
        self.free_row.hide()
        self._update_ok()

    def kind(self) -> str:
        return KIND_BLOCK if self.block_radio.isChecked() else KIND_APPOINTMENT

    def set_kind(self, kind: str) -> None:
        (self.block_radio if kind == KIND_BLOCK else self.appointment_radio).setChecked(True)

    def request(self) -> BookingRequest:
        """The values as typed, trimmed."""
        kind = self.kind()
        title = self.title_edit.text().strip()
        if kind == KIND_BLOCK:
            return BookingRequest(kind, self.start, self.end, title or translate(
                "booking_dialog", "Blocked"),
                                  repeat=self.repeat())
        offer = self.chosen_service()
        return BookingRequest(
            kind, self.start, self.end, title,
            name=self.name_edit.text().strip(),
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            service=offer.name if offer is not None else "",
        )

    def problems(self) -> dict[str, str]:
        return field_problems(self.kind(), self.title_edit.text(), self.email_edit.text(),
                              self.phone_edit.text())

    def show_error(self, text: str, action: str = "") -> None:
        """Show a refusal (e.g. "That time is not free: ...") inline; input is kept.
        With `action`, a button of that name under it emits `error_action_requested`."""
        self.set_busy(False)
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.error_action.setText(action)
        self._error_action_row.setVisible(bool(text and action))
        self._grow_to_fit()

    def show_free_starts(self, starts: list[datetime]) -> None:
        """Under a refusal, a button for each free start of the same length (times on
        the asked day, the day too on others); pressing one moves the form there."""
        for button in self.free_buttons:
            button.deleteLater()
        self.free_buttons = []
        asked = self.start.astimezone(self.tz).date()
        for start in starts:
            local = start.astimezone(self.tz)
            text = (format_time(local) if local.date() == asked
                    else translate("booking_dialog", "{day} {time}",
                                   "a free start on another day").format(
                        day=short_day(local.date()), time=format_time(local)))
            button = QPushButton(text, self.free_row)
            button.setObjectName("freeStart")
            button.setAutoDefault(False)
            length = self.end - self.start
            button.setToolTip(translate("booking_dialog", "Move it to {slot}").format(
                slot=describe_slot(start, start + length, self.tz)))
            button.clicked.connect(lambda _=False, start=start: self.move_to(start))
            self._free_layout.insertWidget(self._free_layout.count() - 1, button)
            self.free_buttons.append(button)
        self.free_row.setVisible(bool(starts))
        self._grow_to_fit()

    def move_to(self, start: datetime) -> None:
        """The same length from `start`: the header says it, the refusal goes."""
        self.start, self.end = start, start + (self.end - self.start)
        self.when_label.setText(describe_slot(self.start, self.end, self.tz))
        self.show_error("")
        self.free_row.hide()
        self.ok_button.setFocus()

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def set_busy(self, busy: bool) -> None:
        """Grey the form while the booking is on its way."""
        self._busy = busy
        for widget in (self.appointment_radio, self.block_radio, self.title_edit,
                       self.name_edit, self.email_edit, self.phone_edit, self.block_box):
            widget.setEnabled(not busy)
        self._apply_kind()
        if busy:
            self.ok_button.setText(translate("booking_dialog", "Booking\u2026")
                                   if self.kind() == KIND_APPOINTMENT
                                   else translate("booking_dialog", "Blocking\u2026"))
        else:
            self.ok_button.setText(self._ok_text())
        self._update_ok()

    def is_busy(self) -> bool:
        return self._busy

    # -- slots ----------------------------------------------------------------------

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self._busy:
            return
        problems = self.problems()
        if problems:
            self._touched |= set(problems)
            self._show_hints()
            first = {"title": self.title_edit, "email": self.email_edit,
                     "phone": self.phone_edit}[next(iter(problems))]
            first.setFocus()
            return
        request = self.request()
        self.error_label.hide()
        self._error_action_row.hide()
        self.free_row.hide()
        if self.close_on_submit:
            self.submitted.emit(request)
            self.accept()
            return
        self.set_busy(True)
        self.submitted.emit(request)

    @Slot(str)
    def _on_edit_text_edited(self, _text: str) -> None:
        self._show_hints()
        self._update_ok()

    @Slot(object, bool)
    def _on_kind_group_button_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._apply_kind()

    # -- helpers ----------------------------------------------------------------------

    def _touch(self, key: str) -> None:
        self._touched.add(key)
        self._show_hints()

    def _ok_text(self) -> str:
        if self.kind() == KIND_BLOCK:
            return translate("booking_dialog", "Block time")
        return translate("booking_dialog", "Book")

    def _apply_kind(self) -> None:
        block = self.kind() == KIND_BLOCK
        self.guest_stack.setCurrentWidget(self.block_box if block else self.guest_box)
        self.title_caption.setText(translate(
            "booking_dialog", "Reason") if block else translate("booking_dialog", "Title"))
        self.title_edit.setPlaceholderText(translate(
            "booking_dialog", "e.g. Lunch, Staff meeting (optional)") if block
                                           else translate(
                                               "booking_dialog", "e.g. Haircut, Consultation"))
        self.setWindowTitle(translate(
            "booking_dialog", "Block time") if block else translate("booking_dialog", "New "
            "appointment"))
        if not self._busy:
            self.ok_button.setText(self._ok_text())
        self._show_hints()
        self._update_ok()

    def _show_hints(self) -> None:
        problems = self.problems()
        for key, hint in self.hints.items():
            text = problems.get(key, "") if key in self._touched else ""
            hint.setText(text)
            hint.setVisible(bool(text))
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Make room for a hint or an error that just appeared, never shrinking the width."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = self.sizeHint().height()
        if self.height() < wanted:
            self.resize(self.width(), wanted)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(not self._busy)


__all__ = [
    "KIND_APPOINTMENT",
    "KIND_BLOCK",
    "BookingDialog",
    "BookingRequest",
    "describe_slot",
    "field_problems",
]
