"""The week view's pointer: a click on a block opens it, a click on free time selects a
slot and a double click books it, a drag over free time selects the time dragged over, a
drag of an appointment moves it (or by its bottom edge resizes it), "+N more" shows every
all-day event; the hover, its cursor and the tooltips; the wheel; and the drag's
autoscroll at the grid's edges.

`WeekPointer` reads and changes the view's scene (week_scene.WeekScene) and asks the view
(a week_scene.WeekSurface) for the rest; what the person asked for leaves as its signals,
which the view passes on as its own. Where a drag puts a block is week_drag's geometry."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from jumpadesk.availability import ScheduleItem
from jumpadesk.ui.event_details import item_title, tooltip_html
from jumpadesk.ui.translation import translate
from jumpadesk.ui.week_drag import RESIZE_EDGE, BlockDrag, movable
from jumpadesk.ui.week_focus import BOOK_HINT
from jumpadesk.ui.week_layout import Block, selection_minutes, slot_at
from jumpadesk.ui.week_paint import AUTOSCROLL_INTERVAL_MS
from jumpadesk.ui.week_scene import WeekScene, WeekSurface

_LEFT = Qt.MouseButton.LeftButton


@dataclass
class Press:
    """A left button held down: on what, and what its drag has done so far."""

    pos: QPointF
    block: Block | None = None
    day: int | None = None
    anchor: float = 0.0  # wall-clock minute where an empty-time drag started
    more_day: int | None = None
    drag: BlockDrag | None = None  # pressed on an appointment that may be moved or resized
    dragging: bool = False
    last: QPointF | None = None  # where the pointer was last seen during the drag


class WeekPointer(QObject):
    """The mouse (or touchpad) over one week view.

    Signals:
        item_activated(ScheduleItem): a block was clicked.
        slot_selected(object, object): free time was dragged over or double-clicked (aware
            UTC datetimes, snapped to 15 minutes).
        move_requested(ScheduleItem, object, object): an appointment's block was dropped
            at a new time (moved, or resized by its bottom edge).
    """

    item_activated = Signal(ScheduleItem)
    slot_selected = Signal(object, object)
    move_requested = Signal(ScheduleItem, object, object)

    def __init__(self, view: WeekSurface, scene: WeekScene,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._scene = scene
        self._press: Press | None = None
        # Scrolls while a drag is held near the top or bottom edge of the grid.
        self.autoscroll_timer = QTimer(self)
        self.autoscroll_timer.setObjectName("autoScrollTimer")
        self.autoscroll_timer.setInterval(AUTOSCROLL_INTERVAL_MS)
        self.autoscroll_timer.timeout.connect(self._on_autoscroll_timer_timeout)

    def handle(self, event: QEvent) -> bool:
        """Act on a pointer event; False for one left to Qt's default (another button)."""
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            assert isinstance(event, QWheelEvent)
            self._wheel(event)
            return True
        if kind == QEvent.Type.Leave:
            self.leave()
            return False
        assert isinstance(event, QMouseEvent)
        if kind == QEvent.Type.MouseButtonPress:
            return self._pressed(event)
        if kind == QEvent.Type.MouseMove:
            self._moved(event)
            return True
        if kind == QEvent.Type.MouseButtonRelease:
            return self._released(event)
        self._double_clicked(event)
        return True

    def tooltip_at(self, pos: QPointF) -> str | None:
        """What the tooltip says at a widget position (None: none)."""
        scene = self._scene
        block = scene.block_at(pos)
        if block is not None:
            return tooltip_html(block.item, scene.tz)
        if (day := scene.more_day_at(pos)) is not None:
            hidden = scene.layout.hidden_all_day.get(day, [])
            # Rich text for the line breaks: the titles in it escaped.
            return "<br>".join(html.escape(item_title(i)) for i in hidden) + (
                "<br><i>" + html.escape(translate("week_pointer", "Click to show all")) + "</i>")
        if scene.zone_corner().contains(pos):
            return scene.zone_tooltip()
        if (day := scene.empty_day_at(pos)) is not None:
            return self._free_time_tooltip(day, scene.minute_at(pos))
        return None

    def _free_time_tooltip(self, day: int, minute: float) -> str:
        """How to book the time under the pointer, unless something keeps it from being
        booked there (a busy all-day event, a block hidden under the "+N more" row) or the
        opening hours close the day: then that, not "book" (issue 21 item 8)."""
        scene = self._scene
        start, end = slot_at(minute)
        busy = scene.layout.busy_over(day, start, end)
        if busy:
            names = ", ".join(html.escape(item_title(i)) for i in busy[:3])
            return translate("week_pointer", "Not free: {names}").format(names=names)
        if scene.closed_label(day):
            return translate("week_pointer",
                             "Closed all day (opening hours); booking here asks first")
        return translate("week_focus", BOOK_HINT)

    def leave(self) -> None:
        scene = self._scene
        if scene.hover is not None or scene.hover_more is not None:
            scene.hover = None
            scene.hover_more = None
            self._view.unsetCursor()
            self._view.update()

    def stop(self) -> None:
        """The view is hidden: no scrolling behind its back."""
        self.autoscroll_timer.stop()

    def cancel_press(self) -> bool:
        """Escape: drop the press or drag going on; False when there is none."""
        if self._press is None:
            return False
        self.cancel_drag()
        return True

    def cancel_drag(self) -> None:
        """Forget the press, the selection it made and the appointment it moved."""
        self.autoscroll_timer.stop()
        self._press = None
        self._scene.selection = None
        self._scene.moving = None
        self._view.update()

    def set_hover(self, pos: QPointF) -> None:
        """The block or "+N more" row under the pointer is marked, and the cursor says what
        a press there would do."""
        scene = self._scene
        block = scene.block_at(pos)
        more = scene.more_day_at(pos) if block is None else None
        drag = self._block_drag(block, pos) if block is not None else None
        if drag is not None:  # an appointment that can be moved, or resized at its edge
            self._view.setCursor(Qt.CursorShape.SizeVerCursor if drag.resize
                                 else Qt.CursorShape.PointingHandCursor)
        if block is scene.hover and more == scene.hover_more:
            return
        scene.hover = block
        scene.hover_more = more
        if drag is None and (block is not None or more is not None):
            self._view.setCursor(Qt.CursorShape.PointingHandCursor)
        elif drag is None:
            self._view.unsetCursor()
        self._view.update()

    # -- the events ----------------------------------------------------------------------

    def _pressed(self, event: QMouseEvent) -> bool:
        if event.button() != _LEFT:
            return False
        scene = self._scene
        pos = event.position()
        scene.selection = None
        scene.focus_item = None
        block = scene.block_at(pos)
        if block is not None:
            self._press = Press(pos, block=block, drag=self._block_drag(block, pos))
        elif (more := scene.more_day_at(pos)) is not None:
            self._press = Press(pos, more_day=more)
        elif (day := scene.empty_day_at(pos)) is not None:
            self._press = Press(pos, day=day, anchor=scene.minute_at(pos))
        else:
            self._press = None
        event.accept()
        return True

    def _moved(self, event: QMouseEvent) -> None:
        pos = event.position()
        press = self._press
        if press is not None and press.day is not None:
            self._drag_to(press, pos)
        elif press is not None and press.drag is not None:
            self._drag_block(press, pos)
        else:
            self.set_hover(pos)
            return
        event.accept()

    def _released(self, event: QMouseEvent) -> bool:
        press, self._press = self._press, None
        if press is None or event.button() != _LEFT:
            return False
        pos = event.position()
        event.accept()
        if press.drag is not None and press.dragging:
            self._drop_block(press, pos)
        elif press.block is not None:
            block = self._scene.block_at(pos)
            if block is not None and block.item is press.block.item:
                self._view.focus_item(block.item)  # the keyboard goes on from the block
                self.item_activated.emit(block.item)
        elif press.more_day is not None:
            if self._scene.more_day_at(pos) == press.more_day:
                self._view.show_all_day_events()
        elif press.day is not None:
            self._drop_selection(press, pos)
        return True

    def _drop_selection(self, press: Press, pos: QPointF) -> None:
        """A press on free time ends: a drag books the time dragged over, a click selects
        a slot of the default length."""
        assert press.day is not None
        scene = self._scene
        self._drag_to(press, pos)
        self.autoscroll_timer.stop()  # _drag_to starts it at an edge
        span = scene.selected_span()
        if press.dragging and span is not None:
            self.slot_selected.emit(*span)
            scene.selection = None
        elif not press.dragging:
            # A click selects a slot of the default length; a double click books it.
            self._view.select_slot(press.day, *slot_at(press.anchor))
        self._view.announce()
        self._view.update()

    def _double_clicked(self, event: QMouseEvent) -> None:
        scene = self._scene
        pos = event.position()
        event.accept()  # a double click on a block: its first click already opened it
        if (event.button() != _LEFT or scene.block_at(pos) is not None
                or (day := scene.empty_day_at(pos)) is None):
            return
        minute = scene.minute_at(pos)
        chosen = scene.selection
        if chosen is None or chosen[0] != day or not chosen[1] <= minute <= chosen[2]:
            self._view.select_slot(day, *slot_at(minute))
        self._press = None
        span = scene.selected_span()
        assert span is not None
        self.slot_selected.emit(*span)

    def _wheel(self, event: QWheelEvent) -> None:
        pixels = event.pixelDelta().y()
        if pixels == 0:
            hour = self._scene.metrics.hour_height
            pixels = round(event.angleDelta().y() / 120 * hour * 0.75)
        if pixels:
            self._scene.scroll.by(-pixels)
            event.accept()
        else:
            event.ignore()

    # -- dragging --------------------------------------------------------------------------

    def _drag_to(self, press: Press, pos: QPointF) -> None:
        """A drag over free time: the time dragged over is selected, snapped."""
        assert press.day is not None
        scene = self._scene
        if not press.dragging:
            distance = (pos - press.pos).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            press.dragging = True
        press.last = pos
        if (scene.scroll.autoscroll_step(pos, scene.grid_viewport())
                and not self.autoscroll_timer.isActive()):
            self.autoscroll_timer.start()
        start, end = selection_minutes(press.anchor, scene.minute_at(pos))
        scene.selection = (press.day, start, end)
        scene.anchor = scene.active = (start, end)
        self._view.update()

    @Slot()
    def _on_autoscroll_timer_timeout(self) -> None:
        press = self._press
        if press is None or not press.dragging or press.last is None:
            self.autoscroll_timer.stop()
            return
        scene = self._scene
        step = scene.scroll.autoscroll_step(press.last, scene.grid_viewport())
        if not step:
            self.autoscroll_timer.stop()
            return
        scene.scroll.by(step)
        self._drag_to(press, press.last)  # the selection follows the time under the pointer

    def _block_drag(self, block: Block, pos: QPointF) -> BlockDrag | None:
        """How a press on a block would drag it: a resize near its bottom edge, else a
        move; None for a block that stays put."""
        if not movable(block):
            return None
        scene = self._scene
        rect = scene.layout.on_screen(block, scene.scroll.value())
        return BlockDrag.pressed(block, scene.minute_at(pos),
                                 pos.y() >= rect.bottom() - RESIZE_EDGE)

    def _drag_block(self, press: Press, pos: QPointF) -> None:
        """Preview an appointment's new time under the pointer (as a selection, red when
        it overlaps busy time other than the appointment itself)."""
        assert press.drag is not None
        scene = self._scene
        if not press.dragging:
            if (pos - press.pos).manhattanLength() < QApplication.startDragDistance():
                return
            press.dragging = True
            scene.moving = press.drag.item
        scene.selection = press.drag.span_at(scene.layout.day_at(pos.x()), scene.minute_at(pos))
        self._view.update()

    def _drop_block(self, press: Press, pos: QPointF) -> None:
        """The drag ends: ask for the new time when it differs from the old one."""
        scene = self._scene
        self._drag_block(press, pos)
        span = scene.selected_span()
        item = scene.moving
        scene.selection = None
        scene.moving = None
        self._view.update()
        if span is not None and item is not None and span != (item.start, item.end):
            self.move_requested.emit(item, *span)


__all__ = ["Press", "WeekPointer"]
