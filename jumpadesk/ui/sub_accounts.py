"""The sub-account switcher: which business, location or staff member is on screen.

A combo box of the sub-accounts with a small menu to add one (name and time zone: the
first sub-account's unless changed), rename the current one or set its time zone. It
holds the one on screen by reference, so a rename at another desk keeps it; only Add
makes one. Sub-accounts live in the store only, so the Desk calls here run on the GUI
thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.errors import JumpadeskError
from jumpadesk.rows import SubAccountRow
from jumpadesk.service import Desk, system_timezone
from jumpadesk.ui.calendar_picker import ERROR_COLOR
from jumpadesk.ui.colors import readable_on
from jumpadesk.ui.grow import grow_to_fit
from jumpadesk.ui.plain import plain_label, plain_title
from jumpadesk.ui.zone_picker import ZonePicker


class SubAccountDialog(QDialog):
    """Name (and, for a new sub-account, time zone); OK runs `save(name, zone)`, which
    returns an error sentence or "" when it worked."""

    def __init__(self, title: str, save: Callable[[str, str], str], *, name: str = "",
                 with_zone: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(plain_title(title))
        self._save = save
        self.name = QLineEdit(name)
        self.name.setPlaceholderText("for example Downtown studio, or Alex")
        self.zone = ZonePicker(system_timezone())
        self.error = plain_label()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {readable_on(ERROR_COLOR)};")
        self.error.hide()
        form = QFormLayout()
        form.addRow("Name", self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if with_zone:
            layout.addWidget(plain_label("Time zone"))
            layout.addWidget(self.zone, 1)
        else:
            self.zone.hide()
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        sentence = self._save(self.name.text(), self.zone.currentText().strip())
        if sentence:
            self.error.setText(sentence)
            self.error.show()
            grow_to_fit(self)
            return
        super().accept()


class TimeZoneDialog(QDialog):
    """The time zone of one sub-account, in which its week is shown, all-day and
    floating events are placed and bookings are made. OK runs `save(zone)`, which
    returns an error sentence or "" when it worked."""

    def __init__(self, sub_name: str, current: str, save: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(plain_title(f"Time zone of {sub_name}"))
        self._save = save
        self.zone = ZonePicker(current)
        self.intro = plain_label(f"{sub_name}'s week is shown, and its bookings made, in this "
                                 "time zone. Events in iCloud keep their own times. Type a "
                                 "city or a country to find it.")
        self.intro.setWordWrap(True)
        self.error = plain_label()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {readable_on(ERROR_COLOR)};")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.zone, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.zone.search.setFocus()

    def accept(self) -> None:
        sentence = self._save(self.zone.currentText().strip())
        if sentence:
            self.error.setText(sentence)
            self.error.show()
            grow_to_fit(self)
            return
        super().accept()


class SubAccountSwitcher(QWidget):
    """Combo box of sub-accounts with Add, Rename and Time Zone.

    It holds the sub-account on screen by reference (id, name, zone): a rename at
    another desk keeps it, under its new name. A sub-account is made only by Add.

    Signals:
        current_changed(SubAccountRow): another sub-account is on screen (by choice,
            add, or because the one shown was removed); carries its reference.
        current_renamed(SubAccountRow): the one on screen has a new name (here or at
            another desk) or zone (at another desk); carries its reference as it is now.
        timezone_changed(SubAccountRow): the shown sub-account's time zone was set here.
    """

    current_changed = Signal(object)
    current_renamed = Signal(object)
    timezone_changed = Signal(object)

    def __init__(self, desk: Desk, current: SubAccountRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._subs: list[SubAccountRow] = []
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(14)
        self.combo.setToolTip("The business, location or staff member on screen")
        self.combo.setAccessibleName("Sub-account")
        self.combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self.menu_button = QToolButton()
        self.menu_button.setText("…")
        self.menu_button.setToolTip("Add or rename a sub-account, or set its time zone and "
                                    "opening hours")
        self.menu_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.menu_button)
        self.add_action = menu.addAction("Add Sub-account…")
        self.add_action.triggered.connect(self._on_add_triggered)
        self.rename_action = menu.addAction("Rename Sub-account…")
        self.rename_action.triggered.connect(self._on_rename_triggered)
        self.timezone_action = menu.addAction("Time Zone…")
        self.timezone_action.triggered.connect(self._on_timezone_triggered)
        self.menu_button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.menu_button)
        self._current = current
        self.reload(current)

    @property
    def current(self) -> SubAccountRow:
        return self._current

    def rows(self) -> list[SubAccountRow]:
        """The sub-accounts listed, as read when the list was last filled."""
        return list(self._subs)

    def names(self) -> list[str]:
        """The sub-accounts listed, as shown."""
        return [sub.name for sub in self._subs]

    def reload(self, select: SubAccountRow | None = None) -> None:
        """Refill from the store, keeping (or moving to) `select`, found by id under its
        name now. A sub-account no longer in the store is not listed, never made."""
        self._subs = [SubAccountRow.of(s) for s in self._desk.sub_accounts()]
        wanted = select or self._current
        chosen = next((s for s in self._subs if s.id == wanted.id), wanted)
        self.combo.blockSignals(True)
        self.combo.clear()
        for sub in self._subs:
            self.combo.addItem(sub.name, sub.id)
        self.combo.setCurrentIndex(self.combo.findData(chosen.id))
        self.combo.blockSignals(False)
        before = self._current
        self._current = chosen
        self._update_timezone_action()
        if chosen.id != before.id:
            self.current_changed.emit(chosen)
        elif chosen != before:
            self.current_renamed.emit(chosen)

    # -- the Desk calls, also used by tests -------------------------------------------

    def add(self, name: str, timezone: str | None = None) -> str:
        """Add a sub-account and switch to it; returns "" or the sentence why not."""
        try:
            sub = self._desk.add_sub_account(name, timezone or None)
        except JumpadeskError as exc:
            return str(exc)
        self.reload(SubAccountRow.of(sub))
        return ""

    def rename(self, new_name: str) -> str:
        """Rename the current sub-account; returns "" or the sentence why not."""
        try:
            self._desk.rename_sub_account(self._current, new_name)
        except JumpadeskError as exc:
            return str(exc)
        self.reload()
        return ""

    def set_timezone(self, zone: str) -> str:
        """Set the current sub-account's time zone; returns "" or the sentence why not."""
        try:
            sub = self._desk.set_timezone(self._current, zone)
        except JumpadeskError as exc:
            return str(exc)
        self._current = self._current._replace(name=sub.name, timezone=sub.timezone)
        self._update_timezone_action()
        self.timezone_changed.emit(self._current)
        return ""

    def _update_timezone_action(self) -> None:
        zone = self._current.timezone
        self.timezone_action.setText(f"Time Zone ({zone.replace('_', ' ')})…")

    # -- menu ----------------------------------------------------------------------

    @Slot()
    def _on_add_triggered(self) -> None:
        dialog = SubAccountDialog("Add a sub-account", self.add, parent=self.window())
        dialog.zone.setCurrentText(self._desk.default_timezone())
        dialog.exec()

    @Slot()
    def _on_rename_triggered(self) -> None:
        name = self._current.name
        SubAccountDialog(f"Rename {name}", lambda new, _zone: self.rename(new),
                         name=name, with_zone=False, parent=self.window()).exec()

    @Slot()
    def _on_timezone_triggered(self) -> None:
        TimeZoneDialog(self._current.name, self._current.timezone, self.set_timezone,
                       parent=self.window()).exec()

    @Slot(int)
    def _on_combo_current_index_changed(self, index: int) -> None:
        if 0 <= index < len(self._subs) and self._subs[index].id != self._current.id:
            self._current = self._subs[index]
            self._update_timezone_action()
            self.current_changed.emit(self._current)
