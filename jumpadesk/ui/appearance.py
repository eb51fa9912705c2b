"""View > Appearance: System, Light or Dark (issue 21 item 10), for a desktop that offers
no light or dark choice of its own (a bare X server, a minimal window manager).

System leaves the look to the desktop (the palette Qt found at start); Light and Dark
set the colour scheme Qt's own styles follow and an application palette, so every
widget, the week view's contrast arithmetic included, reads the chosen theme. The
choice is kept in the data folder (window.json, 0600) and applied at the next start."""

from __future__ import annotations

import json
import logging
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from jumpadesk.config import home_dir, write_private_text
from jumpadesk.ui.colors import dark_palette
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

WINDOW_SETTINGS = "window.json"


class Appearance(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


_LABELS = {Appearance.SYSTEM: QT_TRANSLATE_NOOP("appearance", "System"),
           Appearance.LIGHT: QT_TRANSLATE_NOOP("appearance", "Light"),
           Appearance.DARK: QT_TRANSLATE_NOOP("appearance", "Dark")}
_SCHEMES = {Appearance.SYSTEM: Qt.ColorScheme.Unknown, Appearance.LIGHT: Qt.ColorScheme.Light,
            Appearance.DARK: Qt.ColorScheme.Dark}
#: The desktop's own palette, kept before jumpadesk first sets one, for System.
_desktop_palette: list[QPalette] = []


def saved_appearance() -> Appearance:
    """The choice kept in the data folder; System when none is (or it cannot be read)."""
    try:
        saved = json.loads((home_dir() / WINDOW_SETTINGS).read_text(encoding="utf-8"))
        return Appearance(saved.get("appearance", Appearance.SYSTEM))
    except (OSError, ValueError, AttributeError):
        return Appearance.SYSTEM


def save_appearance(choice: Appearance) -> None:
    """Keep the choice for the next start (the file's other settings stay)."""
    path = home_dir() / WINDOW_SETTINGS
    try:
        settings = json.loads(path.read_text(encoding="utf-8"))
        settings = settings if isinstance(settings, dict) else {}
    except (OSError, ValueError):
        settings = {}
    settings["appearance"] = choice.value
    try:
        write_private_text(path, json.dumps(settings, indent=2) + "\n")
    except OSError as exc:  # the look still changes; only the next start forgets it
        log.warning("the appearance could not be kept in %s: %s", path, exc)


def apply_appearance(choice: Appearance, app: QApplication | None = None) -> None:
    """Give the application the chosen look at once."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if not isinstance(app, QApplication):
        return
    if not _desktop_palette:
        _desktop_palette.append(QPalette(app.palette()))
    app.styleHints().setColorScheme(_SCHEMES[choice])
    if choice is Appearance.DARK:
        app.setPalette(dark_palette())
    elif choice is Appearance.LIGHT:
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(_desktop_palette[0])


class AppearanceMenu(QMenu):
    """Appearance, with System, Light and Dark, one checked: choosing one applies and
    keeps it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("appearance", "Appearance"), parent)
        self.group = QActionGroup(self)
        current = saved_appearance()
        self.choices: dict[Appearance, QAction] = {}
        for choice, label in _LABELS.items():
            action = QAction(translate("appearance", label), self)
            action.setCheckable(True)
            action.setChecked(choice is current)
            action.setData(choice.value)
            self.group.addAction(action)
            self.addAction(action)
            self.choices[choice] = action
        self.group.triggered.connect(self._on_group_triggered)

    def _on_group_triggered(self, action: QAction) -> None:
        choice = Appearance(action.data())
        apply_appearance(choice)
        save_appearance(choice)


def apply_saved_appearance(app: QApplication) -> Appearance:
    """At start: the kept choice, applied unless it is System (the desktop's look is
    already there)."""
    choice = saved_appearance()
    if choice is not Appearance.SYSTEM:
        apply_appearance(choice, app)
    return choice


__all__ = ["Appearance", "AppearanceMenu", "apply_appearance", "apply_saved_appearance",
           "save_appearance", "saved_appearance"]
