"""Which calendar takes the bookings and which ones block time.

`CalendarPicker` lists the calendars a sub-account's connections discovered: a colour
swatch, the name, the account and the access, a radio for the linked calendar (where
bookings are written; only writable calendars can have it) and a checkbox for each
conflict calendar (whose busy time blocks bookings). Reminders lists and subscribed
calendars are shown greyed out with the reason. It is the walkthrough's last page and,
inside `CalendarPickerDialog`, the Connections page's "Edit calendars".

The picker only shows and collects a choice; whoever owns it saves the choice with
`Desk.configure(sub, picker.linked_url(), picker.conflict_urls())` (store only, no
network), off the GUI thread like every store call of the window.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.kinds import Access
from jumpadesk.rows import SubKey
from jumpadesk.service import CalendarInfo, ConnectionInfo, Desk, no_usable_calendars
from jumpadesk.services.calendars import (
    PickerChoice,
    suggested_choice,
)
from jumpadesk.services.connections_view import ConnectionsSnapshot
from jumpadesk.ui.colors import blend, ensure_contrast, is_dark, readable_on
from jumpadesk.ui.plain import plain_label, plain_title, plain_tooltip, rich_label
from jumpadesk.ui.tasks import Task, TaskFailure, run_task
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, translate
from jumpadesk.wording import join_names

FALLBACK_COLOR = "#8E8E93"
ERROR_COLOR = "#B3261E"
NOTE_STYLE = "color: palette(placeholder-text); font-size: 11px;"
CHOOSE_LINKED = (QT_TRANSLATE_NOOP("calendar_picker", "Choose the calendar that takes your "
    "bookings: click its circle in the "
                 "Linked column."))
LINKED_ALWAYS_BLOCKS = QT_TRANSLATE_NOOP("calendar_picker", "The linked calendar always blocks "
    "time: bookings are written to it.")


def account_notes(connections: Iterable[ConnectionInfo],
                  calendars: Sequence[CalendarInfo]) -> list[str]:
    """For each account that connected but has no calendar jumpadesk can use, the
    sentence saying so and why (services.calendars.no_usable_calendars)."""
    notes = []
    for info in connections:
        mine = [c for c in calendars if c.connection_id == info.id]
        sentence = no_usable_calendars(info.apple_id, info.server_url, mine)
        if sentence:
            notes.append(sentence)
    return notes


def error_label() -> QLabel:
    """A sentence why not, in the error colour, hidden until there is one (plain text,
    wrapped): the walkthrough's, the calendar choice's and Other CalDAV Account's."""
    label = plain_label()
    label.setObjectName("inlineError")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {readable_on(ERROR_COLOR)};")
    label.hide()
    return label


def radio_style(palette: QPalette) -> str:
    """A style sheet for radio buttons (the Linked column's, the booking kind) on a dark
    theme, where the style's own ring is drawn a shade darker than the window and all
    but disappears: a ring and a dot at readable contrast. Empty on a light theme (the
    style's own reads well)."""
    window = palette.color(QPalette.ColorRole.Window)
    if not is_dark(window):
        return ""
    base = palette.color(QPalette.ColorRole.Base)
    ring = ensure_contrast(palette.color(QPalette.ColorRole.PlaceholderText), window, 3.0)
    dot = ensure_contrast(palette.color(QPalette.ColorRole.Highlight), base, 3.0)
    faint = blend(ring, window, 0.4)
    return (
        "QRadioButton::indicator { width: 10px; height: 10px; border-radius: 7px;"
        f" border: 2px solid {ring.name()}; background: {base.name()}; }}"
        "QRadioButton::indicator:checked { border-color: "
        f"{dot.name()}; background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5,"
        f" fy:0.5, stop:0 {dot.name()}, stop:0.55 {dot.name()}, stop:0.65 {base.name()},"
        f" stop:1 {base.name()}); }}"
        "QRadioButton::indicator:disabled { border-color: "
        f"{faint.name()}; background: {window.name()}; }}"
        "QRadioButton::indicator:focus { border-color: "
        f"{palette.color(QPalette.ColorRole.Highlight).name()}; }}"
    )


class ColorSwatch(QWidget):
    """A small rounded square in a calendar's colour."""

    def __init__(self, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._color = QColor(color if QColor.isValidColorName(color) else FALLBACK_COLOR)
        self.setFixedSize(14, 14)

    @property
    def color(self) -> QColor:
        return QColor(self._color)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(self._color)
        if not self.isEnabled():
            color.setAlpha(90)
        painter.setPen(color.darker(130))
        painter.setBrush(color)
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 3, 3)


@dataclass
class PickerRow:
    """The widgets of one calendar's row (tests and the dialog look at them)."""

    calendar: CalendarInfo
    linked: QRadioButton
    conflict: QCheckBox
    swatch: ColorSwatch
    name: QLabel
    account: QLabel
    access: QLabel
    reason: QLabel | None


def access_text(cal: CalendarInfo) -> str:
    if not cal.connectable:
        if cal.kind == "tasks":
            return translate("calendar_picker", "Reminders")
        if cal.kind == "subscribed":
            return translate("calendar_picker", "Subscribed")
        return translate("calendar_picker", "Unavailable")
    if cal.access == Access.WRITE:
        return translate("calendar_picker", "Read and write")
    return translate("calendar_picker", "Read only")


class CalendarPicker(QWidget):
    """The list of discovered calendars with the linked radio and conflict checkboxes.

    Signals:
        choice_changed(): the linked calendar or a conflict checkbox changed.
    """

    choice_changed = Signal()

    COL_LINKED, COL_CONFLICT, COL_SWATCH, COL_NAME, COL_ACCOUNT, COL_ACCESS = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PickerRow] = []
        self._notes: list[QLabel] = []
        self._suggested_id: int | None = None  # linked by name, not yet by the owner
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.buttonToggled.connect(self._on_group_button_toggled)

        self._body = QWidget()
        self._grid = QGridLayout(self._body)
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(6)
        self._grid.setContentsMargins(10, 8, 10, 8)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(self._body)

        self._summary = plain_label()
        self._summary.setWordWrap(True)
        self._summary.setObjectName("pickerSummary")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._summary)

    # -- filling -------------------------------------------------------------------

    def set_calendars(self, calendars: list[CalendarInfo],
                      choice: PickerChoice | None = None,
                      notes: Sequence[str] = ()) -> None:
        """Show `calendars` with `choice` selected (default: `suggested_choice`), and
        under them `notes`: one sentence for each account with nothing to choose
        (`account_notes`)."""
        self._clear()
        choice = choice or suggested_choice(calendars)
        self._suggested_id = (None if any(c.linked for c in calendars)
                              else choice.linked_id)
        headers = [(translate(
            "calendar_picker", "Linked"), translate("calendar_picker", "Bookings are written to "
            "this calendar.")),
                   (translate(
                       "calendar_picker", "Blocks time"), translate("calendar_picker", "Busy time "
                       "in these calendars blocks bookings.")),
                   ("", ""), (translate("calendar_picker", "Calendar"), ""),
                   (translate("calendar_picker", "Account"), ""),
                   (translate("calendar_picker", "Access"), "")]
        for col, (text, tip) in enumerate(headers):
            label = rich_label(f"<b>{text}</b>")
            label.setToolTip(tip)
            self._grid.addWidget(label, 0, col)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self._grid.addWidget(line, 1, 0, 1, 6)

        grid_row = 2
        for cal in calendars:
            grid_row = self._add_row(cal, grid_row, choice)
        self._notes = []
        for sentence in notes:
            note = plain_label(sentence)
            note.setObjectName("accountNote")
            note.setWordWrap(True)
            self._grid.addWidget(note, grid_row, self.COL_SWATCH, 1, 4)
            self._notes.append(note)
            grid_row += 1
        self._grid.setColumnStretch(self.COL_NAME, 1)
        self._grid.setRowStretch(grid_row, 1)
        self._refresh()

    def _add_row(self, cal: CalendarInfo, grid_row: int, choice: PickerChoice) -> int:
        usable = cal.connectable and not cal.deleted
        linked = QRadioButton()
        linked.setStyleSheet(radio_style(self.palette()))
        linked.setAccessibleName(translate("calendar_picker", "Write bookings to {calendar}")
                                 .format(calendar=cal.name))
        linked.setEnabled(cal.can_be_linked)
        if not cal.can_be_linked:
            linked.setToolTip(plain_tooltip(cal.reason or translate(
                "calendar_picker", "This calendar cannot take bookings.")))
        self._group.addButton(linked, cal.id)
        conflict = QCheckBox()
        conflict.setAccessibleName(
            translate("calendar_picker", "Busy time in {calendar} blocks bookings")
            .format(calendar=cal.name))
        conflict.setEnabled(usable)
        conflict.setChecked(usable and cal.id in choice.conflict_ids)
        conflict.toggled.connect(self._on_conflict_toggled)
        swatch = ColorSwatch(cal.color)
        swatch.setEnabled(usable)
        name = plain_label(cal.name or translate("calendar_picker", "(no name)"))
        name.setEnabled(usable)
        name.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        account = plain_label(cal.account)
        account.setEnabled(usable)
        access = plain_label(access_text(cal))
        access.setEnabled(usable)
        for col, widget in enumerate((linked, conflict, swatch, name, account, access)):
            align = Qt.AlignmentFlag.AlignVCenter
            if col in (self.COL_LINKED, self.COL_CONFLICT, self.COL_SWATCH):
                align |= Qt.AlignmentFlag.AlignHCenter
            self._grid.addWidget(widget, grid_row, col, align)
        reason = None
        if cal.reason:
            reason = plain_label(cal.reason)
            reason.setWordWrap(True)
            reason.setObjectName("calendarReason")
            reason.setStyleSheet(NOTE_STYLE)
            self._grid.addWidget(reason, grid_row + 1, self.COL_NAME, 1, 3)
            for widget in (linked, conflict, name):
                widget.setToolTip(plain_tooltip(cal.reason))
        if cal.id == choice.linked_id and cal.can_be_linked:
            linked.setChecked(True)
        self._rows.append(PickerRow(cal, linked, conflict, swatch, name, account, access,
                                    reason))
        return grid_row + (2 if reason else 1)

    def _clear(self) -> None:
        for button in list(self._group.buttons()):
            self._group.removeButton(button)
        while self._grid.count():
            item = self._grid.takeAt(0)  # None only past the end, which count() rules out
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop
                widget.deleteLater()
        self._rows = []

    # -- reading -------------------------------------------------------------------

    def rows(self) -> list[PickerRow]:
        return list(self._rows)

    def notes(self) -> list[str]:
        """The sentences shown for accounts with no calendar to choose."""
        return [note.text() for note in self._notes]

    def row(self, name: str) -> PickerRow:
        """The row of the calendar called `name` (the first, when names repeat)."""
        for r in self._rows:
            if r.calendar.name == name:
                return r
        raise KeyError(name)

    def linked_calendar(self) -> CalendarInfo | None:
        return next((r.calendar for r in self._rows if r.linked.isChecked()), None)

    def conflict_calendars(self) -> list[CalendarInfo]:
        return [r.calendar for r in self._rows
                if r.conflict.isChecked() and r.conflict.isEnabled() or r.linked.isChecked()]

    def linked_url(self) -> str | None:
        cal = self.linked_calendar()
        return cal.url if cal else None

    def conflict_urls(self) -> list[str]:
        return [c.url for c in self.conflict_calendars()]

    def choice(self) -> PickerChoice:
        cal = self.linked_calendar()
        return PickerChoice(cal.id if cal else None,
                            frozenset(c.id for c in self.conflict_calendars()))

    # -- reacting ------------------------------------------------------------------

    @Slot(QAbstractButton, bool)
    def _on_group_button_toggled(self, _button: QAbstractButton, _checked: bool) -> None:
        if self._group.checkedId() != self._suggested_id:
            self._suggested_id = None  # the owner chose
        self._refresh()
        self.choice_changed.emit()

    @Slot(bool)
    def _on_conflict_toggled(self, _checked: bool) -> None:
        self._refresh()
        self.choice_changed.emit()

    def _refresh(self) -> None:
        for r in self._rows:
            usable = r.calendar.connectable and not r.calendar.deleted
            if r.linked.isChecked():
                r.conflict.blockSignals(True)
                r.conflict.setChecked(True)
                r.conflict.blockSignals(False)
                r.conflict.setEnabled(False)
                r.conflict.setToolTip(translate("calendar_picker", LINKED_ALWAYS_BLOCKS))
            else:
                r.conflict.setEnabled(usable)
                r.conflict.setToolTip(plain_tooltip(r.calendar.reason or ""))
        self._summary.setText(self.summary())
        # Nothing linked yet: the sentence asking for it stands out.
        self._summary.setStyleSheet(
            f"font-weight: 600; color: {readable_on(ERROR_COLOR)};"
            if self.linked_missing() else "")

    def save(self, desk: Desk, sub_name: SubKey) -> Task | str:
        """Store the choice (Desk.configure) on a worker: the Task, or CHOOSE_LINKED when
        no calendar is chosen to take the bookings (nothing is asked then). The
        walkthrough's Done and Edit calendars' Save."""
        if self.linked_missing():
            return translate("calendar_picker", CHOOSE_LINKED)
        linked, conflicts = self.linked_url(), self.conflict_urls()
        return run_task(lambda: desk.configure(sub_name, linked, conflicts), label="configure")

    def linked_missing(self) -> bool:
        """True while a calendar could take the bookings but none is chosen."""
        return self.linked_calendar() is None and any(
            r.calendar.can_be_linked for r in self._rows)

    def summary(self) -> str:
        """One sentence saying what the current choice means."""
        if not self._rows:
            return "" if self._notes else translate(
                "calendar_picker", "No calendars were found for this account.")
        linked = self.linked_calendar()
        blocking = self.conflict_calendars()
        if linked is None:
            if not any(r.calendar.can_be_linked for r in self._rows):
                first = (translate(
                    "calendar_picker", "None of these calendars can take bookings (writer access "
                    "is "
                         "needed), so bookings stay in jumpadesk only."))
            else:
                first = translate("calendar_picker", CHOOSE_LINKED)
        elif linked.id == self._suggested_id:
            # Nothing was chosen before: this is a suggestion by name, and says so.
            first = translate("calendar_picker",
                              "Bookings will be written to {calendar}, suggested by its name; "
                              "click another circle in the Linked column if they belong "
                              "elsewhere.").format(calendar=linked.name)
        else:
            first = translate("calendar_picker", "Bookings are written to {calendar}.").format(
                calendar=linked.name)
        if not blocking:
            second = translate("calendar_picker", " No calendar blocks time yet.")
        else:
            second = translate("calendar_picker", " Busy time in {calendars} blocks bookings.",
                               "after a first sentence").format(
                calendars=join_names([c.name for c in blocking]))
        return first + second


class CalendarPickerDialog(QDialog):
    """"Edit calendars": the picker in a dialog; Save stores the choice and keeps the
    dialog open with the sentence when it is refused. The calendars are those of
    `connections` (the window's last read) or, without it, read on a worker; Save runs
    on a worker too.

    With `new_connection_id`, an account just added, its calendars come up suggested to
    block time as the walkthrough's do.

    Signals:
        loaded(): the calendars read on a worker show.
    """

    loaded = Signal()

    def __init__(self, desk: Desk, sub_name: SubKey, parent: QWidget | None = None, *,
                 connections: ConnectionsSnapshot | None = None,
                 new_connection_id: int | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._sub_name = sub_name
        self._task: Task | None = None
        self.setWindowTitle(plain_title(translate("calendar_picker", "Calendars for {name}")
                                        .format(name=sub_name)))
        self.setMinimumSize(680, 400)
        self.picker = CalendarPicker()
        self._new_connection_id = new_connection_id
        if connections is not None:
            self._show(connections)
        else:
            self._task = run_task(lambda: desk.connections_snapshot(sub_name),
                                  label="calendars")
            self._task.succeeded.connect(self._on_read)
            self._task.failed.connect(self._on_failed)
        intro = plain_label(
            translate("calendar_picker", "Choose the calendar that takes your bookings, and the "
                "calendars whose "
            "busy time should block a booking.")
        )
        intro.setWordWrap(True)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def busy(self) -> bool:
        """True while the calendars are read or the choice is saved."""
        return self._task is not None

    def _show(self, connections: ConnectionsSnapshot) -> None:
        calendars = list(connections.calendars)
        # An account just added: its calendars join the choice as the walkthrough's do.
        choice = (suggested_choice(calendars, self._new_connection_id)
                  if self._new_connection_id is not None else None)
        self.picker.set_calendars(calendars, choice,
                                  notes=account_notes(connections.connections, calendars))

    @Slot(object)
    def _on_read(self, connections: ConnectionsSnapshot) -> None:
        self._task = None
        self._show(connections)
        self.loaded.emit()

    @Slot(object)
    def _on_failed(self, failure: TaskFailure) -> None:
        self._task = None
        self.buttons.setEnabled(True)
        self.show_error(failure.sentence)

    def accept(self) -> None:
        if self._task is not None:
            return
        saving = self.picker.save(self._desk, self._sub_name)
        if isinstance(saving, str):
            self.show_error(saving)
            return
        self._task = saving
        self._task.succeeded.connect(self._on_saved)
        self._task.failed.connect(self._on_failed)
        self.buttons.setEnabled(False)

    @Slot(object)
    def _on_saved(self, _result: object) -> None:
        self._task = None
        self.buttons.setEnabled(True)
        super().accept()

    def show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.setVisible(bool(sentence))
