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
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, translate
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

    @property
    def said_label(self) -> str:
        """The keys in the window's language."""
        return translate("shortcuts", self.label)

    @property
    def said_what(self) -> str:
        """What they do in the window's language, the minutes filled in."""
        return translate("shortcuts", self.what).format(minutes=SNAP_MINUTES)


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(Action.MOVE, ((K.Key_Up, False), (K.Key_Down, False)),
             QT_TRANSLATE_NOOP("shortcuts", "Up / Down"),
             QT_TRANSLATE_NOOP("shortcuts",
                               "Move the selected time {minutes} minutes earlier or later")),
    Shortcut(Action.DAY, ((K.Key_Left, False), (K.Key_Right, False)),
             QT_TRANSLATE_NOOP("shortcuts", "Left / Right"),
             QT_TRANSLATE_NOOP("shortcuts", "The same time on the day before or after (into the "
                 "next or previous week)")),
    Shortcut(Action.GROW, ((K.Key_Up, True), (K.Key_Down, True)),
             QT_TRANSLATE_NOOP("shortcuts", "Shift+Up / Shift+Down"),
             QT_TRANSLATE_NOOP("shortcuts",
                               "Make the selected time {minutes} minutes shorter or longer at "
                               "its end (Shift+Up from half an hour leaves {minutes} "
                               "minutes)")),
    Shortcut(Action.ACTIVATE, ((K.Key_Return, False), (K.Key_Enter, False),
                               (K.Key_Space, False)),
             QT_TRANSLATE_NOOP("shortcuts", "Enter / Space"),
             QT_TRANSLATE_NOOP("shortcuts", "Book the selected time, or open the event that has "
                 "the focus")),
    Shortcut(Action.WALK, ((K.Key_Tab, False), (K.Key_Backtab, True)),
             QT_TRANSLATE_NOOP("shortcuts", "Tab / Shift+Tab"),
             QT_TRANSLATE_NOOP("shortcuts", "Walk the events of the week, in reading order")),
    Shortcut(Action.DELETE, ((K.Key_Delete, False), (K.Key_Backspace, False)),
             QT_TRANSLATE_NOOP("shortcuts", "Delete / Backspace"),
             QT_TRANSLATE_NOOP("shortcuts", "Cancel the appointment or remove the blocked slot "
                 "that has the focus (asks first)")),
    Shortcut(Action.PREVIOUS_WEEK, ((K.Key_PageUp, False),),
             QT_TRANSLATE_NOOP("shortcuts", "Page Up"),
             QT_TRANSLATE_NOOP("shortcuts", "The week before")),
    Shortcut(Action.NEXT_WEEK, ((K.Key_PageDown, False),),
             QT_TRANSLATE_NOOP("shortcuts", "Page Down"),
             QT_TRANSLATE_NOOP("shortcuts", "The week after")),
    Shortcut(Action.TODAY, ((K.Key_T, False), (K.Key_Home, False)),
             QT_TRANSLATE_NOOP("shortcuts", "T / Home"),
             QT_TRANSLATE_NOOP("shortcuts", "Go to today")),
    Shortcut(Action.ESCAPE, ((K.Key_Escape, False),), QT_TRANSLATE_NOOP("shortcuts", "Escape"),
             QT_TRANSLATE_NOOP("shortcuts", "Stop a drag, else clear the selected time, else leave "
                 "the focused event")),
    Shortcut(Action.MOUSE, (),
             QT_TRANSLATE_NOOP("shortcuts", "Click on free time"),
             QT_TRANSLATE_NOOP("shortcuts", "Select half an hour there (books nothing)")),
    Shortcut(Action.MOUSE, (), QT_TRANSLATE_NOOP("shortcuts", "Double-click or drag on free time"),
             QT_TRANSLATE_NOOP("shortcuts", "Open the booking form for that time")),
    Shortcut(Action.MOUSE, (),
             QT_TRANSLATE_NOOP("shortcuts", "Click an event"),
             QT_TRANSLATE_NOOP("shortcuts", "Its details")),
    Shortcut(Action.MOUSE, (),
             QT_TRANSLATE_NOOP("shortcuts", "Drag an appointment, or its lower edge"),
             QT_TRANSLATE_NOOP("shortcuts", "Move it, or change its end (asks first)")),
    Shortcut(Action.WINDOW, (), QT_TRANSLATE_NOOP("shortcuts", "Alt+1 / Alt+2 / Alt+3"),
             QT_TRANSLATE_NOOP("shortcuts", "Show the day, the week, or the team's day (every "
                 "staff member side by side)")),
    Shortcut(Action.WINDOW, (), QT_TRANSLATE_NOOP("shortcuts", "Ctrl+G, or click the title"),
             QT_TRANSLATE_NOOP("shortcuts", "Go to a date")),
    Shortcut(Action.WINDOW, (), QT_TRANSLATE_NOOP("shortcuts", "Left / Right in the team's day"),
             QT_TRANSLATE_NOOP("shortcuts", "The same time in the staff member's column before "
                 "or after")),
    Shortcut(Action.WINDOW, (),
             QT_TRANSLATE_NOOP("shortcuts", "Shift+Left / Shift+Right in the team's day"),
             QT_TRANSLATE_NOOP("shortcuts", "Give the focused appointment to the staff member "
                 "before or after, at its time (asks first)")),
    Shortcut(Action.WINDOW, (),
             QT_TRANSLATE_NOOP("shortcuts", "Drag an appointment to another column"),
             QT_TRANSLATE_NOOP("shortcuts", "Give it to that staff member (asks first)")),
)

#: What the keyboard does in the week view, every key of the table, for the view's
#: accessible description: "Up / Down: move the selected time ...; Left / Right: ...".
def keys_hint() -> str:
    """Every key of the table and what it does, in one sentence, in the window's
    language: "Up / Down: move the selected time ...; Left / Right: ..."."""
    return "; ".join(translate("shortcuts", "{keys}: {what}").format(
        keys=row.said_label, what=row.said_what[:1].lower() + row.said_what[1:])
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
        self.setWindowTitle(translate("shortcuts", "Keyboard Shortcuts"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(translate(
            "shortcuts", "In the week view (click it first, or Tab to it):")))
        self.table = QTableWidget(len(SHORTCUTS), 2, self)
        self.table.setHorizontalHeaderLabels([translate(
            "shortcuts", "Key"), translate("shortcuts", "What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        for row, shortcut in enumerate(SHORTCUTS):
            self.table.setItem(row, 0, QTableWidgetItem(shortcut.said_label))
            self.table.setItem(row, 1, QTableWidgetItem(shortcut.said_what))
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


__all__ = ["keys_hint", "SHORTCUTS", "Action", "Shortcut", "ShortcutsDialog", "action_for"]
