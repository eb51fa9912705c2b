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
from jumpadesk.ui.translation import translate


class StoreUpgradeDialog(QMessageBox):
    """Upgrade Now / Not Now for a shared store that needs this jumpadesk's schema."""

    def __init__(self, needed: StoreNeedsUpgrade, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("store_upgrade", "Upgrade the shared schedule?"))
        self.setIcon(QMessageBox.Icon.Question)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the store's name comes from a URL
        made = (f"jumpadesk {needed.made_by}" if needed.made_by
                else translate("store_upgrade", "an older jumpadesk"))
        where = needed.where[:1].upper() + needed.where[1:]
        self.setText(translate("store_upgrade", "{where} has the schema of {made} "
                               "({revision}); this jumpadesk ({version}) needs schema {head}.")
                     .format(where=where, made=made, revision=needed.revision,
                             version=needed.version, head=needed.head))
        self.setInformativeText(
            translate("store_upgrade", "After the upgrade, every desk that shares this "
                      "schedule needs jumpadesk {version} or newer: a desk with an older "
                      "jumpadesk stops, naming the version to install, until it is updated. "
                      "Upgrade it now?").format(version=needed.version))
        self.setDetailedText(translate("store_upgrade", "The upgrade:") + "\n"
                             + "\n".join(f"- {c}" for c in needed.changes))
        self.upgrade_button = self.addButton(translate(
            "store_upgrade", "Upgrade Now"), QMessageBox.ButtonRole.AcceptRole)
        self.not_now_button = self.addButton(translate(
            "store_upgrade", "Not Now"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.not_now_button)
        self.setEscapeButton(self.not_now_button)

    def upgrade_chosen(self) -> bool:
        return self.clickedButton() is self.upgrade_button


def ask_to_upgrade(needed: StoreNeedsUpgrade, parent: QWidget | None = None) -> bool:
    """Ask (a modal dialog); True when the person chose Upgrade Now."""
    dialog = StoreUpgradeDialog(needed, parent)
    dialog.exec()
    return dialog.upgrade_chosen()
