"""A time zone found by typing its city, its country or its name.

A search field over a list of zones ("Berlin, Germany (Europe/Berlin)"), the current one
selected; typing
"berlin", "Germany", "New York" or "Zürich" narrows the list (jumpadesk.zones.search_zones,
best match first) and selects its first row; Up and Down in the field move the
selection. `currentText()` is the selected zone's IANA name, or what was typed when
nothing matches (the service then says why it is not a zone).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from jumpadesk.ui.translation import translate
from jumpadesk.zones import search_zones

#: Rows shown at most (nothing typed lists every zone, some 420).
MOST_ROWS = 500


class _SearchField(QLineEdit):
    """Up and Down go to the list below (as in a search box), the rest is typing."""

    moved = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


class ZonePicker(QWidget):
    """The search field (`search`) and the zones it matches (`list`)."""

    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = _SearchField(self)
        self.search.setPlaceholderText(translate(
            "zone_picker", "City, country or zone, e.g. Berlin or Germany"))
        self.search.setAccessibleName(translate("zone_picker", "Time zone"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("zone_picker", "Matching time zones"))
        self.list.setMinimumHeight(self.list.fontMetrics().height() * 8)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on; arrows work above
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.moved.connect(self._on_search_moved)
        self._fill("")
        self.setCurrentText(current)

    def setCurrentText(self, text: str) -> None:  # noqa: N802 (as QComboBox's)
        """A zone's IANA name selects it in the whole list, the field left empty for a
        search; anything else is typed into the field."""
        self.search.clear()  # every zone listed
        found = self.list.findItems(f"({text.strip()})", Qt.MatchFlag.MatchEndsWith)
        if found or text.strip() == "UTC":
            row = found[0] if found else self.list.item(self.list.count() - 1)
            self.list.setCurrentItem(row)
            self.list.scrollToItem(row, QListWidget.ScrollHint.PositionAtCenter)
            return
        self.search.setText(text)

    def currentText(self) -> str:  # noqa: N802 (as QComboBox's)
        """The selected zone's IANA name; what was typed when nothing matches."""
        row = self.list.currentItem()
        if row is not None and row.isSelected():
            return str(row.data(Qt.ItemDataRole.UserRole))
        return self.search.text().strip()

    def shown(self) -> list[str]:
        """The zones listed, as they read."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _fill(self, text: str) -> None:
        self.list.clear()
        for choice in search_zones(text)[:MOST_ROWS]:
            row = QListWidgetItem(choice.label)
            row.setData(Qt.ItemDataRole.UserRole, choice.zone)
            if choice.note:
                row.setToolTip(choice.note)
            self.list.addItem(row)
        if self.list.count():
            self.list.setCurrentRow(0)

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        self._fill(text)

    @Slot(int)
    def _on_search_moved(self, step: int) -> None:
        if self.list.count():
            row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
            self.list.setCurrentRow(row)
