"""The sub-account switcher: which business, location or staff member is on screen.

A combo box of the sub-accounts with a small menu to add one (name and time zone),
rename the current one or set its time zone. Sub-accounts live in the store only, so
the Desk calls here run on the GUI thread.
"""

from __future__ import annotations

import zoneinfo
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
from jumpadesk.service import Desk, system_timezone
from jumpadesk.ui.calendar_picker import ERROR_COLOR
from jumpadesk.ui.colors import readable_on
from jumpadesk.ui.plain import plain_label, plain_title


class SubAccountDialog(QDialog):
    """Name (and, for a new sub-account, time zone); OK runs `save(name, zone)`, which
    returns an error sentence or "" when it worked."""

    def __init__(self, title: str, save, *, name: str = "", with_zone: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(plain_title(title))
        self._save = save
        self.name = QLineEdit(name)
        self.name.setPlaceholderText("for example Downtown studio, or Alex")
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(sorted(zoneinfo.available_timezones()))
        self.zone.setCurrentText(system_timezone())
        self.error = plain_label()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {readable_on(ERROR_COLOR)};")
        self.error.hide()
        form = QFormLayout()
        form.addRow("Name", self.name)
        if with_zone:
            form.addRow("Time zone", self.zone)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def accept(self) -> None:
        sentence = self._save(self.name.text(), self.zone.currentText().strip())
        if sentence:
            self.error.setText(sentence)
            self.error.show()
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
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(sorted(zoneinfo.available_timezones()))
        self.zone.setCurrentText(current)
        self.zone.setAccessibleName("Time zone")
        self.zone.lineEdit().selectAll()
        intro = plain_label(f"{sub_name}'s week is shown, and its bookings made, in this time "
                       "zone. Events in iCloud keep their own times.")
        intro.setWordWrap(True)
        self.error = plain_label()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {readable_on(ERROR_COLOR)};")
        self.error.hide()
        form = QFormLayout()
        form.addRow("Time zone", self.zone)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        sentence = self._save(self.zone.currentText().strip())
        if sentence:
            self.error.setText(sentence)
            self.error.show()
            return
        super().accept()


class SubAccountSwitcher(QWidget):
    """Combo box of sub-accounts with Add, Rename and Time Zone.

    Signals:
        current_changed(str): the sub-account on screen changed (by choice, add or
            rename); carries its name.
        timezone_changed(str): a sub-account's time zone was set; carries its name.
    """

    current_changed = Signal(str)
    timezone_changed = Signal(str)

    def __init__(self, desk: Desk, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(14)
        self.combo.setToolTip("The business, location or staff member on screen")
        self.combo.setAccessibleName("Sub-account")
        self.combo.currentTextChanged.connect(self._on_combo_current_text_changed)
        self.menu_button = QToolButton()
        self.menu_button.setText("…")
        self.menu_button.setToolTip("Add or rename a sub-account, or set its time zone")
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
    def current(self) -> str:
        return self._current

    def reload(self, select: str | None = None) -> None:
        """Refill from the store, keeping (or moving to) `select`."""
        names = [s.name for s in self._desk.sub_accounts()]
        select = select or self._current
        if select not in names:
            names.append(select)
            names.sort()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(names)
        self.combo.setCurrentText(select)
        self.combo.blockSignals(False)
        changed = select != self._current
        self._current = select
        self._update_timezone_action()
        if changed:
            self.current_changed.emit(select)

    # -- the Desk calls, also used by tests -------------------------------------------

    def add(self, name: str, timezone: str | None = None) -> str:
        """Add a sub-account and switch to it; returns "" or the sentence why not."""
        try:
            sub = self._desk.add_sub_account(name, timezone or None)
        except JumpadeskError as exc:
            return str(exc)
        self.reload(sub.name)
        return ""

    def rename(self, new_name: str) -> str:
        """Rename the current sub-account; returns "" or the sentence why not."""
        try:
            sub = self._desk.rename_sub_account(self._current, new_name)
        except JumpadeskError as exc:
            return str(exc)
        self.reload(sub.name)
        return ""

    def set_timezone(self, zone: str) -> str:
        """Set the current sub-account's time zone; returns "" or the sentence why not."""
        try:
            self._desk.set_timezone(self._current, zone)
        except JumpadeskError as exc:
            return str(exc)
        self._update_timezone_action()
        self.timezone_changed.emit(self._current)
        return ""

    def _update_timezone_action(self) -> None:
        zone = self._desk.zone(self._current).key
        self.timezone_action.setText(f"Time Zone ({zone.replace('_', ' ')})…")

    # -- menu ----------------------------------------------------------------------

    @Slot()
    def _on_add_triggered(self) -> None:
        SubAccountDialog("Add a sub-account", self.add, parent=self.window()).exec()

    @Slot()
    def _on_rename_triggered(self) -> None:
        SubAccountDialog(f"Rename {self._current}", lambda name, _zone: self.rename(name),
                         name=self._current, with_zone=False, parent=self.window()).exec()

    @Slot()
    def _on_timezone_triggered(self) -> None:
        TimeZoneDialog(self._current, self._desk.zone(self._current).key, self.set_timezone,
                       parent=self.window()).exec()

    @Slot(str)
    def _on_combo_current_text_changed(self, name: str) -> None:
        if name and name != self._current:
            self._current = name
            self._update_timezone_action()
            self.current_changed.emit(name)
