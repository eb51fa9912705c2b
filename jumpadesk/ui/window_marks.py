"""Whether the guest came, from an appointment's block (issue 20 item 4): a right-click
on the block (or the Menu key on the block with the keyboard's focus) offers Arrived,
No-show and Clear Mark, the mark on now checked. The mark is services/clients'
(Desk.mark_attendance, on a worker, refused with its sentence: arrived before the
appointment's day, no-show before it started, anything on a cancelled one); done, the
status bar says it and the schedule is read again, so every view shows the mark.

`BlockMarks` works for a `MarksHost` (the main window), for any view that says which
item is at a point (`attach`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Signal, Slot
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QMenu, QWidget

from jumpadesk.availability import ScheduleItem
from jumpadesk.kinds import ATTENDANCE_MARKS, Source
from jumpadesk.ui.attendance import BUTTONS
from jumpadesk.ui.tasks import Task, TaskFailure
from jumpadesk.ui.translation import translate
from jumpadesk.ui.week_view import WeekView
from jumpadesk.ui.window_host import WindowHost

#: What is at a point of a view, and what has the keyboard's focus there.
ItemAt = Callable[[QPointF], ScheduleItem | None]
Focused = Callable[[], ScheduleItem | None]


class MarksHost(WindowHost, Protocol):
    """What marking from a block needs of the window it works in."""

    def clock(self) -> datetime: ...
    def warn(self, failure: TaskFailure) -> None: ...


class BlockMarks(QObject):
    """The block's menu of marks, for `host`.

    Signals:
        marked(str): a mark went through (the sentence said), or was refused (the
            sentence shown).
    """

    marked = Signal(str)

    def __init__(self, host: MarksHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.menu: QMenu | None = None  # the one offered last (tests find its actions)
        self._views: dict[QObject, tuple[ItemAt, Focused]] = {}

    def attach(self, widget: QWidget, item_at: ItemAt, focused: Focused) -> None:
        """Offer the menu over `widget`'s appointments: the one at the pointer for a
        right-click (`item_at`), the one with the keyboard's focus for the Menu key
        (`focused`), wherever the pointer is."""
        self._views[widget] = (item_at, focused)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        views = self._views
        if (event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent)
                and isinstance(watched, QWidget) and watched in views):
            item_at, focused = views[watched]
            by_keys = event.reason() == QContextMenuEvent.Reason.Keyboard
            self.offer(watched, focused() if by_keys else item_at(QPointF(event.pos())),
                       event.pos())
            return True
        return super().eventFilter(watched, event)

    def offer(self, widget: QWidget, item: ScheduleItem | None, pos: QPoint) -> QMenu | None:
        """The menu at `pos` for an appointment booked here (None for anything else)."""
        if item is None or item.source != Source.APPOINTMENT or item.ref_id is None:
            return None
        if self.menu is not None:
            self.menu.deleteLater()
        menu = QMenu(widget)
        for text, mark in BUTTONS:
            action = menu.addAction(translate("attendance", text))
            action.setObjectName(f"mark-{mark}")
            if mark == "clear":
                action.setEnabled(item.attendance != "")
            else:
                action.setCheckable(True)
                action.setChecked(item.attendance == ATTENDANCE_MARKS[mark].value)
            action.triggered.connect(lambda _checked=False, m=mark: self.mark(item, m))
        self.menu = menu
        menu.popup(widget.mapToGlobal(pos))
        return menu

    def mark(self, item: ScheduleItem, mark: str) -> Task | None:
        """Set the mark on a worker ("arrived", "no-show" or "clear")."""
        ref = item.ref_id
        if ref is None:
            return None
        desk, now = self._host.desk, self._host.clock()
        task = self._host.run_call(lambda: desk.mark_attendance(ref, mark, now=now), "mark")
        task.succeeded.connect(self._on_marked)
        task.failed.connect(self._on_failed)
        return task

    @Slot(object)
    def _on_marked(self, sentence: object) -> None:
        self._host.statusBar().showMessage(str(sentence), 8000)
        self._host.reload_schedule(then=lambda: self.marked.emit(str(sentence)))

    @Slot(object)
    def _on_failed(self, failure: TaskFailure) -> None:
        self._host.warn(failure)
        self.marked.emit(failure.sentence)


def week_item_at(view: WeekView, pos: QPointF) -> ScheduleItem | None:
    """The week's item at a point of the view (None: none)."""
    block = view.scene.block_at(pos)
    return block.item if block is not None else None


__all__ = ["BlockMarks", "MarksHost", "week_item_at"]
