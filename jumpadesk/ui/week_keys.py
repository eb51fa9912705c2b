"""The week view's keyboard: moving and growing the selected time, Tab through the blocks,
Enter, Delete, Escape, Page Up/Down and T, each looked up in ui/shortcuts.SHORTCUTS, the
table Help > Keyboard Shortcuts lists.

`WeekKeys` reads and changes the view's scene (week_scene.WeekScene) and asks the view
(a week_scene.WeekSurface) for the rest; what the person asked for leaves as its signals,
which the view passes on as its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from jumpadesk.availability import ScheduleItem
from jumpadesk.kinds import Source
from jumpadesk.ui.shortcuts import Action, action_for
from jumpadesk.ui.week_focus import next_focus_index
from jumpadesk.ui.week_layout import DAYS, MINUTES_PER_DAY, SNAP_MINUTES, slot_at, snap_down
from jumpadesk.ui.week_scene import WeekScene, WeekSurface


class WeekKeys(QObject):
    """The keys and the keyboard's focus of one week view.

    Signals:
        item_activated(ScheduleItem): Enter on the block that has the focus.
        slot_selected(object, object): Enter on the selected time (aware UTC datetimes).
        delete_requested(ScheduleItem): Delete on an appointment or a blocked slot.
    """

    item_activated = Signal(ScheduleItem)
    slot_selected = Signal(object, object)
    delete_requested = Signal(ScheduleItem)

    def __init__(self, view: WeekSurface, scene: WeekScene,
                 cancel_drag: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._scene = scene
        self._cancel_drag = cancel_drag  # True when a drag was going on

    def key_press(self, event: QKeyEvent) -> bool:
        """Act on a key, as the table of shortcuts (ui/shortcuts.py) says; False for a key
        the week does not use (Qt's default handles it)."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        key = event.key()
        action = action_for(key, mods == Qt.KeyboardModifier.ShiftModifier)
        view = self._view
        if action in (Action.MOVE, Action.DAY, Action.GROW):
            self._on_arrow(key, extend=action is Action.GROW)
        elif action is Action.PREVIOUS_WEEK:
            view.go_previous_week()
        elif action is Action.NEXT_WEEK:
            view.go_next_week()
        elif action is Action.TODAY:
            view.go_today()
        elif action is Action.ACTIVATE:
            self._activate()
        elif action is Action.DELETE:
            self._request_delete()
        elif action is Action.ESCAPE:
            self._escape()
        else:
            return False
        event.accept()
        return True

    def tab(self, forward: bool) -> bool:
        """Tab and Shift+Tab walk the blocks of the week before focus leaves the view: the
        selected time, then each block in reading order. False: focus leaves the view."""
        scene = self._scene
        if self._view.hasFocus():
            order = scene.layout.items_in_order()
            index = next_focus_index(order, scene.focus_item, forward=forward)
            if index is not None and index >= 0:
                self._view.focus_item(order[index])
                return True
            if index is not None:
                # Back before the first block: the time where that block starts.
                self.ensure_selection()
                return True
            scene.focus_item = None
            self._view.update()
        return False

    def focus_in(self, event: QFocusEvent) -> None:
        """Coming back with Shift+Tab lands on the last block, with Tab on the time."""
        reason = event.reason()
        order = self._scene.layout.items_in_order()
        if reason == Qt.FocusReason.BacktabFocusReason and order:
            self._view.focus_item(order[-1])
        elif reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self._scene.focus_item = None
            self.ensure_selection()
        self._view.announce()
        self._view.update()

    def ensure_selection(self) -> None:
        """A selected time to start from: the focused block's start, else the next slot
        after now when this is the current week, else the start of working hours."""
        scene = self._scene
        if scene.selection is not None:
            return
        if scene.focus_item is not None:
            blocks = scene.layout.blocks_of(scene.focus_item)
            if blocks:
                start = 0.0 if blocks[0].all_day else blocks[0].start_minute
                self._view.select_slot(blocks[0].day, *slot_at(start))
                return
        today = scene.today_column()
        if today is not None:
            local = scene.now.astimezone(scene.tz)
            minute = local.hour * 60 + local.minute + SNAP_MINUTES - 1
            day, start = today, max(snap_down(minute), scene.working_hours[0] * 60)
        else:
            day, start = 0, scene.working_hours[0] * 60
        first, last = slot_at(start)
        self._view.select_slot(day, first, last)
        scene.scroll.show_span(scene.layout, first, last)

    def _on_arrow(self, key: int, *, extend: bool) -> None:
        """Move the selected time by the grid's step (a day left and right), or with
        Shift grow or shrink it from where it was first selected."""
        scene = self._scene
        if scene.selection is None:
            self.ensure_selection()
            return
        day, start, end = scene.selection
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):  # Action.DAY: never with Shift
            self._move_day(day + (1 if key == Qt.Key.Key_Right else -1), start, end)
            return
        step = SNAP_MINUTES if key == Qt.Key.Key_Down else -SNAP_MINUTES
        if extend:
            self._extend(day, step)
            return
        if 0 <= start + step and end + step <= MINUTES_PER_DAY:
            start, end = start + step, end + step
        self._view.select_slot(day, start, end)
        scene.scroll.show_span(scene.layout, start, end)

    def _extend(self, day: int, step: int) -> None:
        """Shift+Up/Down: the active slot moves a step, the selection spans it and the
        anchor."""
        scene = self._scene
        a0, a1 = scene.anchor
        c0, c1 = scene.active
        if 0 <= c0 + step and c1 + step <= MINUTES_PER_DAY:
            c0, c1 = c0 + step, c1 + step
        scene.active = (c0, c1)
        scene.selection = (day, min(a0, c0), max(a1, c1))
        scene.scroll.show_span(scene.layout, c0, c1)
        self._view.announce()
        self._view.update()

    def _move_day(self, day: int, start: int, end: int) -> None:
        """The same time on another day; past Sunday or before Monday, in the next or
        previous week."""
        if day >= DAYS:
            self._view.go_next_week()
            day = 0
        elif day < 0:
            self._view.go_previous_week()
            day = DAYS - 1
        self._view.select_slot(day, start, end)

    def _activate(self) -> None:
        """Enter: open the focused block, or book the selected time."""
        scene = self._scene
        span = scene.selected_span()
        if scene.focus_item is not None:
            self.item_activated.emit(scene.focus_item)
        elif span is not None:
            self.slot_selected.emit(*span)
        else:
            self.ensure_selection()

    def _request_delete(self) -> None:
        item = self._scene.focus_item
        if item is not None and item.source in (Source.APPOINTMENT, Source.BLOCKED):
            self.delete_requested.emit(item)
        else:
            QApplication.beep()

    def _escape(self) -> None:
        scene = self._scene
        if self._cancel_drag():
            return
        if scene.selection is not None:
            self._view.clear_selection()
        elif scene.focus_item is not None:
            self._view.focus_item(None)


__all__ = ["WeekKeys"]
