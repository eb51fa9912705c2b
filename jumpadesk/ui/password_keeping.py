"""Where the password stays on a computer without a keychain: the choice, asked before
connecting (issue 21 item 6), in the walkthrough and in Add New > Other CalDAV Account.

Hidden while this computer has a keychain (the password then goes there, nowhere
else). `check` asks the keychain off the GUI thread (it may take a moment, or ask to be
unlocked); a connect refused with NoKeychain shows the choice too. Nothing is chosen
for the person: Connect waits for a choice.

Signals:
    shown(): the choice appeared (the dialog around it may need to grow).
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QFrame, QRadioButton, QVBoxLayout, QWidget

from jumpadesk.errors import NoKeychain
from jumpadesk.kinds import PasswordKeeping
from jumpadesk.service import Desk
from jumpadesk.ui.calendar_picker import radio_style
from jumpadesk.ui.plain import plain_label
from jumpadesk.ui.tasks import Task, TaskFailure, run_task
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, translate

NO_KEYCHAIN = (QT_TRANSLATE_NOOP("password_keeping", "This computer has no keychain for jumpadesk "
    "to keep the password in. "
               "Choose where it stays:"))
UNTIL_QUIT = QT_TRANSLATE_NOOP("password_keeping", "Until jumpadesk quits")
UNTIL_QUIT_NOTE = (QT_TRANSLATE_NOOP("password_keeping", "It is never written down, so you enter "
    "it again each time jumpadesk "
                   "starts."))
IN_A_FILE = QT_TRANSLATE_NOOP("password_keeping", "In a file only you can read")
IN_A_FILE_NOTE = (QT_TRANSLATE_NOOP("password_keeping", "Anyone who can read your files as you "
    "could read it (a program you run, "
                  "a backup of your files), but no one else on this computer."))
CHOOSE_FIRST = QT_TRANSLATE_NOOP("password_keeping", "Choose where jumpadesk keeps the password, "
    "then press Connect.")
STYLE = ("#passwordKeeping { border: 1px solid palette(mid); border-radius: 6px;"
         " background: palette(alternate-base); }")
NOTE_STYLE = "color: palette(placeholder-text);"


class PasswordKeepingChoice(QFrame):
    """Until jumpadesk quits, or in a file only the person can read; hidden while there
    is a keychain."""

    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordKeeping")
        self.setStyleSheet(STYLE)
        self._task: Task | None = None
        heading = plain_label(translate("password_keeping", NO_KEYCHAIN))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        self.until_quit = QRadioButton(translate("password_keeping", UNTIL_QUIT))
        self.in_a_file = QRadioButton(translate("password_keeping", IN_A_FILE))
        self._group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(heading)
        for button, note in ((self.until_quit, UNTIL_QUIT_NOTE),
                             (self.in_a_file, IN_A_FILE_NOTE)):
            self._group.addButton(button)
            button.setStyleSheet(radio_style(self.palette()))  # a ring that shows on dark
            words = plain_label(translate("password_keeping", note))
            words.setWordWrap(True)
            words.setStyleSheet(NOTE_STYLE)
            words.setContentsMargins(22, 0, 0, 4)
            layout.addWidget(button)
            layout.addWidget(words)
        self.hide()

    def chosen(self) -> PasswordKeeping | None:
        """What the person chose; None while the choice is hidden (the keychain keeps
        it) or nothing is chosen yet."""
        if self.isHidden():
            return None
        if self.until_quit.isChecked():
            return PasswordKeeping.THIS_RUN
        if self.in_a_file.isChecked():
            return PasswordKeeping.FILE
        return None

    @property
    def is_checking(self) -> bool:
        """The keychain is being asked whether it keeps passwords."""
        return self._task is not None

    def waiting_for_choice(self) -> bool:
        return not self.isHidden() and self.chosen() is None

    def check(self, desk: Desk) -> None:
        """Ask, off the GUI thread, whether the keychain keeps passwords; show the
        choice when it does not."""
        if self._task is not None:
            return
        self._task = run_task(desk.keychain_problem, label="keychain check")
        self._task.succeeded.connect(self._on_check_succeeded)
        self._task.ended.connect(self._on_check_ended)

    @Slot(object)
    def _on_check_succeeded(self, problem: object) -> None:
        if problem:
            self.offer()

    @Slot()
    def _on_check_ended(self) -> None:
        self._task = None

    def offer(self) -> None:
        """Show the choice (no keychain here)."""
        if self.isHidden():
            self.show()
            self.shown.emit()

    def failure_sentence(self, failure: TaskFailure) -> str:
        """What a failed Connect says: with no keychain found only at connect time, the
        choice is offered and the sentence asks for it; else the failure's own."""
        if isinstance(failure.error, NoKeychain):
            self.offer()
            return translate("password_keeping", CHOOSE_FIRST)
        return failure.sentence
