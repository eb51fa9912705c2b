"""The week's keys in one table (issue 21 item 8): the key handler (ui/week_keys.py) looks
each key up here, and Help > Keyboard Shortcuts lists the same rows, so a key cannot be
taken without being listed, nor listed without being taken.

A row names what the key does (`action`, which WeekKeys acts on), the keys themselves
(Qt key and whether Shift is held) and the words shown for them. The mouse's gestures are
listed after the keys; they have no keys, so the handler never meets them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.ui.plain import plain_label
from jumpadesk.ui.week_layout import SNAP_MINUTES

K = Qt.Key


class Action(StrEnum):
    """What a key asks of the week view."""

    MOVE = "move"  # the selected time earlier or later
    DAY = "day"  # the same time on another day
    GROW = "grow"  # the selected time longer or shorter
    ACTIVATE = "activate"  # book the selected time, or open the focused block
    WALK = "walk"  # Tab: the next block (Qt hands Tab to focusNextPrevChild)
    DELETE = "delete"
    PREVIOUS_WEEK = "previous week"
    NEXT_WEEK = "next week"
    TODAY = "today"
    ESCAPE = "escape"
    MOUSE = "mouse"  # listed only
    WINDOW = "window"  # listed only: the window's own keys (ui/window_views), the team's day


@dataclass(frozen=True)
class Shortcut:
    """One row: the keys (Qt key, Shift held) that do one thing, and its words."""

    action: Action
    keys: tuple[tuple[int, bool], ...]
    label: str
    what: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(Action.MOVE, ((K.Key_Up, False), (K.Key_Down, False)), "Up / Down",
             f"Move the selected time {SNAP_MINUTES} minutes earlier or later"),
    Shortcut(Action.DAY, ((K.Key_Left, False), (K.Key_Right, False)), "Left / Right",
             "The same time on the day before or after (into the next or previous week)"),
    Shortcut(Action.GROW, ((K.Key_Up, True), (K.Key_Down, True)), "Shift+Up / Shift+Down",
             f"Make the selected time {SNAP_MINUTES} minutes shorter or longer at its end "
             f"(Shift+Up from half an hour leaves {SNAP_MINUTES} minutes)"),
    Shortcut(Action.ACTIVATE, ((K.Key_Return, False), (K.Key_Enter, False),
                               (K.Key_Space, False)), "Enter / Space",
             "Book the selected time, or open the event that has the focus"),
    Shortcut(Action.WALK, ((K.Key_Tab, False), (K.Key_Backtab, True)), "Tab / Shift+Tab",
             "Walk the events of the week, in reading order"),
    Shortcut(Action.DELETE, ((K.Key_Delete, False), (K.Key_Backspace, False)),
             "Delete / Backspace",
             "Cancel the appointment or remove the blocked slot that has the focus (asks first)"),
    Shortcut(Action.PREVIOUS_WEEK, ((K.Key_PageUp, False),), "Page Up", "The week before"),
    Shortcut(Action.NEXT_WEEK, ((K.Key_PageDown, False),), "Page Down", "The week after"),
    Shortcut(Action.TODAY, ((K.Key_T, False), (K.Key_Home, False)), "T / Home",
             "Go to today"),
    Shortcut(Action.ESCAPE, ((K.Key_Escape, False),), "Escape",
             "Stop a drag, else clear the selected time, else leave the focused event"),
    Shortcut(Action.MOUSE, (), "Click on free time", "Select half an hour there (books nothing)"),
    Shortcut(Action.MOUSE, (), "Double-click or drag on free time",
             "Open the booking form for that time"),
    Shortcut(Action.MOUSE, (), "Click an event", "Its details"),
    Shortcut(Action.MOUSE, (), "Drag an appointment, or its lower edge",
             "Move it, or change its end (asks first)"),
    Shortcut(Action.WINDOW, (), "Alt+1 / Alt+2 / Alt+3",
             "Show the day, the week, or the team's day (every staff member side by side)"),
    Shortcut(Action.WINDOW, (), "Ctrl+G, or click the title", "Go to a date"),
    Shortcut(Action.WINDOW, (), "Left / Right in the team's day",
             "The same time in the staff member's column before or after"),
    Shortcut(Action.WINDOW, (), "Drag an appointment to another column",
             "Give it to that staff member (asks first)"),
)

#: What the keyboard does in the week view, every key of the table, for the view's
#: accessible description: "Up / Down: move the selected time ...; Left / Right: ...".
KEYS_HINT = "; ".join(f"{row.label}: {row.what[:1].lower()}{row.what[1:]}"
                      for row in SHORTCUTS if row.keys) + "."

_BY_KEY: dict[tuple[int, bool], Action] = {
    key: row.action for row in SHORTCUTS for key in row.keys}


def action_for(key: int, shift: bool) -> Action | None:
    """What a key (with or without Shift) does in the week; None for a key it leaves alone."""
    return _BY_KEY.get((key, shift))


class ShortcutsDialog(QDialog):
    """Help > Keyboard Shortcuts: every row of SHORTCUTS, the keys and what they do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label("In the week view (click it first, or Tab to it):"))
        self.table = QTableWidget(len(SHORTCUTS), 2, self)
        self.table.setHorizontalHeaderLabels(["Key", "What it does"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        for row, shortcut in enumerate(SHORTCUTS):
            self.table.setItem(row, 0, QTableWidgetItem(shortcut.label))
            self.table.setItem(row, 1, QTableWidgetItem(shortcut.what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 460)

    def rows(self) -> list[tuple[str, str]]:
        """The rows as shown: (keys, what they do)."""
        table = self.table

        def text(row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(table.rowCount())]


__all__ = ["KEYS_HINT", "SHORTCUTS", "Action", "Shortcut", "ShortcutsDialog", "action_for"]
