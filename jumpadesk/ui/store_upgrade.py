"""Asking before a shared store is upgraded: a desk with a newer jumpadesk opening a
shared (PostgreSQL) store of an older schema says what the upgrade means for the other
desks (each then needs this version) and lets the person choose: Upgrade Now, or Not
Now (the window does not open; nothing changes). The local SQLite store is this desk's
alone and upgrades itself after its backup, without asking.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from jumpadesk.errors import StoreNeedsUpgrade


class StoreUpgradeDialog(QMessageBox):
    """Upgrade Now / Not Now for a shared store that needs this jumpadesk's schema."""

    def __init__(self, needed: StoreNeedsUpgrade, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Upgrade the shared schedule?")
        self.setIcon(QMessageBox.Icon.Question)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the store's name comes from a URL
        made = f"jumpadesk {needed.made_by}" if needed.made_by else "an older jumpadesk"
        where = needed.where[:1].upper() + needed.where[1:]
        self.setText(f"{where} has the schema of {made} ({needed.revision}); this jumpadesk "
                     f"({needed.version}) needs schema {needed.head}.")
        self.setInformativeText(
            f"After the upgrade, every desk that shares this schedule needs jumpadesk "
            f"{needed.version} or newer: a desk with an older jumpadesk stops, naming the "
            "version to install, until it is updated. Upgrade it now?")
        self.setDetailedText("The upgrade:\n" + "\n".join(f"- {c}" for c in needed.changes))
        self.upgrade_button = self.addButton("Upgrade Now", QMessageBox.ButtonRole.AcceptRole)
        self.not_now_button = self.addButton("Not Now", QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.not_now_button)
        self.setEscapeButton(self.not_now_button)

    def upgrade_chosen(self) -> bool:
        return self.clickedButton() is self.upgrade_button


def ask_to_upgrade(needed: StoreNeedsUpgrade, parent: QWidget | None = None) -> bool:
    """Ask (a modal dialog); True when the person chose Upgrade Now."""
    dialog = StoreUpgradeDialog(needed, parent)
    dialog.exec()
    return dialog.upgrade_chosen()
