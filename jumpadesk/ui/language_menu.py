"""View > Language: System, English, Deutsch (issue 22): the language the window speaks.

The choice is kept in the data folder (jumpadesk.language.save_choice) and takes effect
at the next start, which the menu says once chosen: the week, its dialogs and the
command line all read it then."""

from __future__ import annotations

import logging

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from jumpadesk import language
from jumpadesk.ui.translation import translate

log = logging.getLogger(__name__)


class LanguageMenu(QMenu):
    """Language, with System and every language there is a catalogue for, one checked:
    choosing one keeps it for the next start and says so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("language_menu", "Language"), parent)
        self.group = QActionGroup(self)
        saved = language.saved_choice()
        self.choices: dict[str, QAction] = {}
        labels = [(language.SYSTEM, translate("language_menu", "System"))]
        labels += [(code, language.native_name(code)) for code in language.available()]
        for choice, label in labels:
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(choice == saved)
            action.setData(choice)
            self.group.addAction(action)
            self.addAction(action)
            self.choices[choice] = action
        self.group.triggered.connect(self._on_group_triggered)
        self.notice: QMessageBox | None = None

    def _on_group_triggered(self, action: QAction) -> None:
        choice = str(action.data())
        try:
            language.save_choice(choice)
        except OSError as exc:
            log.warning("the language could not be kept: %s", exc)
            return
        box = QMessageBox(QMessageBox.Icon.Information,
                          translate("language_menu", "Language"),
                          translate("language_menu",
                                    "jumpadesk speaks {language} from its next start.").format(
                              language=action.text()),
                          QMessageBox.StandardButton.Ok, self.parentWidget())
        box.open()
        self.notice = box


__all__ = ["LanguageMenu"]
