"""The sub-account switcher: which business, location or staff member is on screen.

A combo box of the sub-accounts with a small menu to add one (name and time zone: the
first sub-account's unless changed, and a tick for each account already connected at
this desk, used without its password: "Use sam@icloud.com, already connected for Main"),
rename the current one or set its time zone. It
holds the one on screen by reference, so a rename at another desk keeps it; only Add
makes one. The store may be a server away, so every Desk call here runs on a worker
(jumpadesk.ui.tasks) and the switcher shows what it brings back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.rows import SubAccountRow
from jumpadesk.service import Desk, system_timezone
from jumpadesk.services.staff import AccountHere, NewStaff
from jumpadesk.ui.calendar_picker import ERROR_COLOR
from jumpadesk.ui.colors import readable_on
from jumpadesk.ui.grow import grow_to_fit
from jumpadesk.ui.plain import plain_label, plain_title, plain_tooltip
from jumpadesk.ui.tasks import Task, TaskFailure, run_task
from jumpadesk.ui.translation import translate
from jumpadesk.ui.zone_picker import ZonePicker

#: What a dialog's OK runs: a sentence why not ("" when it worked), or a Task whose
#: failure is that sentence.
Saved = str | Task


class _SavesOnWorker(QDialog):
    """OK of a dialog whose `save` may run on a worker: the dialog stays open, OK
    disabled, until it is done; then it closes, or shows the sentence why not."""

    error: QLabel
    ok_button: QPushButton

    def _start_saving(self) -> None:
        self._task: Task | None = None

    @property
    def saving(self) -> bool:
        """True while OK's save runs on a worker."""
        return self._task is not None

    def _handle(self, saved: Saved) -> None:
        if isinstance(saved, str):
            self._saved(saved)
            return
        self._task = saved
        self.ok_button.setEnabled(False)
        saved.succeeded.connect(self._on_save_succeeded)
        saved.failed.connect(self._on_save_failed)

    @Slot(object)
    def _on_save_succeeded(self, _result: object) -> None:
        self._saved("")

    @Slot(object)
    def _on_save_failed(self, failure: TaskFailure) -> None:
        self._saved(failure.sentence)

    def _saved(self, sentence: str) -> None:
        self._task = None
        self.ok_button.setEnabled(True)
        if sentence:
            self.error.setText(sentence)
            self.error.show()
            grow_to_fit(self)
            return
        super().accept()


class SubAccountDialog(_SavesOnWorker):
    """Name (and, for a new sub-account, time zone and the accounts already connected
    here it may use: set_accounts); OK runs `save(name, zone)`, which returns an error
    sentence or "" when it worked, or a Task that fails with it."""

    def __init__(self, title: str, save: Callable[[str, str], Saved], *, name: str = "",
                 with_zone: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(plain_title(title))
        self._save = save
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(translate(
            "sub_accounts", "for example Downtown studio, or Alex"))
        self.zone = ZonePicker(system_timezone())
        self.error = plain_label()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {readable_on(ERROR_COLOR)};")
        self.error.hide()
        form = QFormLayout()
        form.addRow(translate("sub_accounts", "Name"), self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._start_saving()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if with_zone:
            layout.addWidget(plain_label(translate("sub_accounts", "Time zone")))
            layout.addWidget(self.zone, 1)
        else:
            self.zone.hide()
        self.uses: list[tuple[QCheckBox, AccountHere]] = []
        self._uses_box = QVBoxLayout()
        layout.addLayout(self._uses_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def set_accounts(self, accounts: Sequence[AccountHere]) -> None:
        """Offer the accounts already connected at this desk, one tick each, none
        ticked: a ticked one is used without its password typed again."""
        for box, _account in self.uses:
            box.deleteLater()
        self.uses = []
        for account in accounts:
            box = QCheckBox(account.offer().replace("&", "&&"), self)  # plain: no mnemonic
            box.setToolTip(plain_tooltip(
                translate("sub_accounts", "Its calendars block this sub-account's time too, and "
                    "bookings go to "
                "the one called Appointments, Bookings or Work; no password is asked.")))
            self._uses_box.addWidget(box)
            self.uses.append((box, account))

    def chosen_accounts(self) -> list[str]:
        """The Apple IDs ticked."""
        return [account.apple_id for box, account in self.uses if box.isChecked()]

    def accept(self) -> None:
        if self._task is None:
            self._handle(self._save(self.name.text(), self.zone.currentText().strip()))


class TimeZoneDialog(_SavesOnWorker):
    """The time zone of one sub-account, in which its week is shown, all-day and
    floating events are placed and bookings are made. OK runs `save(zone)`, which
    returns an error sentence or "" when it worked, or a Task that fails with it."""

    def __init__(self, sub_name: str, current: str, save: Callable[[str], Saved],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(plain_title(translate("sub_accounts", "Time zone of {name}")
                                        .format(name=sub_name)))
        self._save = save
        self.zone = ZonePicker(current)
        self.intro = plain_label(translate(
            "sub_accounts", "{name}'s week is shown, and its bookings made, in this time "
            "zone. Events in iCloud keep their own times. Type a city or a country to find "
            "it.").format(name=sub_name))
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
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._start_saving()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.zone, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.zone.search.setFocus()

    def accept(self) -> None:
        if self._task is None:
            self._handle(self._save(self.zone.currentText().strip()))


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
        listed(): the list was read afresh and shows.
        added(NewStaff): a sub-account was added here and is on screen (after
            current_changed); carries what adding made (its accounts and calendars).
    """

    added = Signal(object)
    current_changed = Signal(object)
    current_renamed = Signal(object)
    timezone_changed = Signal(object)
    listed = Signal()

    def __init__(self, desk: Desk, current: SubAccountRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._subs: list[SubAccountRow] = [current]
        self._default_zone = system_timezone()
        self._reading: Task | None = None
        self._accounts_read: Task | None = None
        self._adding: SubAccountDialog | None = None
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(14)
        self.combo.setToolTip(translate(
            "sub_accounts", "The business, location or staff member on screen"))
        self.combo.setAccessibleName(translate("sub_accounts", "Sub-account"))
        self.combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self.menu_button = QToolButton()
        self.menu_button.setText("…")
        self.menu_button.setToolTip(translate(
            "sub_accounts", "Add or rename a sub-account, or set its time zone and "
                                    "opening hours"))
        self.menu_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.menu_button)
        self.add_action = menu.addAction(translate("sub_accounts", "Add Sub-account…"))
        self.add_action.triggered.connect(self._on_add_triggered)
        self.rename_action = menu.addAction(translate("sub_accounts", "Rename Sub-account…"))
        self.rename_action.triggered.connect(self._on_rename_triggered)
        self.timezone_action = menu.addAction(translate("sub_accounts", "Time Zone…"))
        self.timezone_action.triggered.connect(self._on_timezone_triggered)
        self.menu_button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.menu_button)
        self._current = current
        self.show_list([current], current)
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

    @property
    def reading(self) -> bool:
        """True while the list (or, for Add, the accounts connected here) is read."""
        return self._reading is not None or self._accounts_read is not None

    def reload(self, select: SubAccountRow | None = None) -> Task:
        """Refill from the store, off the GUI thread, keeping (or moving to) `select`,
        found by id under its name now (show_list). A read on its way is dropped."""
        if self._reading is not None:
            self._reading.cancel()
        desk = self._desk

        def call() -> tuple[list[SubAccountRow], str]:
            return [SubAccountRow.of(s) for s in desk.sub_accounts()], desk.default_timezone()

        task = run_task(call, label="sub-accounts")
        task.succeeded.connect(lambda found: self._on_listed(found[0], found[1], select))
        task.failed.connect(self._on_list_failed)
        self._reading = task
        return task

    def _on_listed(self, subs: list[SubAccountRow], zone: str,
                   select: SubAccountRow | None) -> None:
        self._reading = None
        self._default_zone = zone
        self.show_list(subs, select)
        self.listed.emit()

    @Slot(object)
    def _on_list_failed(self, failure: TaskFailure) -> None:
        self._reading = None
        self.combo.setToolTip(failure.sentence)

    def show_list(self, subs: list[SubAccountRow], select: SubAccountRow | None = None) -> None:
        """List `subs`, keeping (or moving to) `select`, found by id under its name now.
        A sub-account no longer in the store is not listed, never made."""
        self._subs = list(subs)
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

    def choose(self, sub: SubAccountRow) -> None:
        """Put `sub` on screen (current_changed), as choosing it in the list does; one
        not listed yet (added at another desk since the list was read) is listed at
        once, and the list is read afresh."""
        if sub.id == self._current.id:
            return
        if any(s.id == sub.id for s in self._subs):
            self.combo.setCurrentIndex(self.combo.findData(sub.id))
            return
        self.show_list(sorted([*self._subs, sub], key=lambda s: s.name), sub)
        self.reload(sub)

    # -- the Desk calls, on a worker, also used by tests --------------------------------

    def add(self, name: str, timezone: str | None = None,
            use: Sequence[str] = ()) -> Task:
        """Add a sub-account (using the accounts `use` names, already connected here,
        with no password) and switch to it, off the GUI thread; the Task fails with the
        sentence why not."""
        desk, use = self._desk, list(use)

        def call() -> tuple[NewStaff, list[SubAccountRow]]:
            made = desk.add_staff(name, timezone or None, use=use)
            return made, [SubAccountRow.of(s) for s in desk.sub_accounts()]

        task = run_task(call, label="add sub-account")
        task.succeeded.connect(lambda found: self._on_added(found[0], found[1]))
        return task

    def _on_added(self, made: NewStaff, subs: list[SubAccountRow]) -> None:
        self.show_list(subs, made.sub)
        self.added.emit(made)

    def read_accounts(self, dialog: SubAccountDialog) -> Task:
        """The accounts already connected at this desk, read off the GUI thread, offered
        in `dialog` when they come."""
        desk = self._desk
        task = run_task(desk.accounts_here, label="accounts connected here")
        task.succeeded.connect(dialog.set_accounts)
        task.ended.connect(self._on_accounts_read)
        self._accounts_read = task
        return task

    @Slot()
    def _on_accounts_read(self) -> None:
        self._accounts_read = None

    def rename(self, new_name: str) -> Task:
        """Rename the current sub-account, off the GUI thread; the Task fails with the
        sentence why not."""
        desk, current = self._desk, self._current

        def call() -> list[SubAccountRow]:
            desk.rename_sub_account(current, new_name)
            return [SubAccountRow.of(s) for s in desk.sub_accounts()]

        task = run_task(call, label="rename sub-account")
        task.succeeded.connect(lambda subs: self.show_list(subs))
        return task

    def set_timezone(self, zone: str) -> Task:
        """Set the current sub-account's time zone, off the GUI thread; the Task fails
        with the sentence why not."""
        desk, current = self._desk, self._current
        task = run_task(lambda: desk.set_timezone(current, zone), label="time zone")
        task.succeeded.connect(lambda sub: self._on_timezone_set(current, sub))
        return task

    def _on_timezone_set(self, before: SubAccountRow, sub: Any) -> None:
        if self._current.id != before.id:
            return
        self._current = self._current._replace(name=sub.name, timezone=sub.timezone)
        self._subs = [self._current if s.id == before.id else s for s in self._subs]
        self._update_timezone_action()
        self.timezone_changed.emit(self._current)

    def _update_timezone_action(self) -> None:
        zone = self._current.timezone
        self.timezone_action.setText(translate("sub_accounts", "Time Zone ({zone})\u2026")
                                     .format(zone=zone.replace('_', ' ')))

    # -- menu ----------------------------------------------------------------------

    @Slot()
    def _on_add_triggered(self) -> None:
        # No closure over the dialog: a cycle through a widget could be collected on a
        # worker thread, and Qt objects must go on their own.
        dialog = SubAccountDialog(translate("sub_accounts", "Add a sub-account"),
                                  self._add_ticked, parent=self.window())
        dialog.zone.setCurrentText(self.default_timezone())
        self.read_accounts(dialog)
        self._adding = dialog
        try:
            dialog.exec()
        finally:
            self._adding = None
            dialog.deleteLater()

    def _add_ticked(self, name: str, zone: str) -> Task:
        """OK of Add: the accounts ticked in the dialog are used."""
        return self.add(name, zone, self._adding.chosen_accounts() if self._adding else ())

    def default_timezone(self) -> str:
        """The zone a new sub-account gets unless told (Desk.default_timezone: the
        business's first sub-account's), as read with the list; the computer's before."""
        return self._default_zone

    @Slot()
    def _on_rename_triggered(self) -> None:
        name = self._current.name
        SubAccountDialog(translate("sub_accounts", "Rename {name}").format(name=name),
                         lambda new, _zone: self.rename(new),
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
