"""The week grid: seven days of the business's schedule. `WeekView` is the widget; it owns
the pieces that do the work and passes Qt's events on to them:

- `scene` (week_scene.WeekScene): what is shown and where, and what is chosen in it;
- `painter` (week_painter.WeekPainter): the static layer, kept as a picture (week_cache);
- `overlays` (week_overlays.WeekOverlays): the now-line, the selection and drag preview,
  the focus marks, drawn over it every paint;
- `pointer` (week_pointer.WeekPointer) and `keys` (week_keys.WeekKeys): the mouse and the
  keyboard.

Around it: `week_panel` (what the main window embeds), `week_navigator`, `week_legend`,
`week_layout` (where each block sits) and `week_paint` (how a block is drawn).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QFocusEvent,
    QHelpEvent,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from jumpadesk.availability import ScheduleItem
from jumpadesk.hours import OpeningHours
from jumpadesk.ui.shortcuts import keys_hint
from jumpadesk.ui.translation import translate
from jumpadesk.ui.week_focus import SlotSelection, announce
from jumpadesk.ui.week_keys import WeekKeys
from jumpadesk.ui.week_layout import WeekLayout, monday_of
from jumpadesk.ui.week_overlays import WeekOverlays
from jumpadesk.ui.week_paint import Clock
from jumpadesk.ui.week_painter import WeekPainter
from jumpadesk.ui.week_pointer import WeekPointer
from jumpadesk.ui.week_scene import GridScroll, WeekScene
from jumpadesk.week import WeekSnapshot

log = logging.getLogger("jumpadesk.ui.week_view")

_POINTER_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.Leave,
})


class WeekView(QWidget):
    """Seven day columns of one week in the business's time zone.

    Paints cached geometry only: the layout is recomputed when items, the week, the zone,
    the font or the width change, never in paintEvent (new items equal to the old keep it).
    A paint copies the static layer, a picture of the grid, its shading, the blocks with
    their text, the header and the all-day band at the screen's pixel ratio, and draws the
    now-line, the selected time, the focus ring, the grid's focus edge and the band's
    shadow over it. The layer is painted again only where something it shows changed
    (see week_cache.StaticLayer).

    Signals:
        week_changed(date): the Monday of the week now shown; the owner loads its items
            and calls set_items().
        item_activated(ScheduleItem): a block was clicked, or Enter pressed on the block
            that has the keyboard focus.
        slot_selected(datetime, datetime): book this time: empty time was dragged over or
            double-clicked, or Enter pressed on the selected time; start and end are aware
            UTC datetimes snapped to 15 minutes. While it is emitted, current_selection()
            says whether the slot overlaps busy time or starts in the past.
        delete_requested(ScheduleItem): Delete was pressed on an appointment or a blocked
            slot; the owner asks before it cancels or unblocks (iCloud events are not
            ours to delete, so they never emit it).
        move_requested(ScheduleItem, datetime, datetime): a confirmed appointment's block
            was dragged to a new time (moved, or resized by its bottom edge), snapped to
            15 minutes; start and end are aware UTC datetimes. While dragging, the new
            time is previewed as a selection, red when it overlaps busy time.

    Keys: arrows move the selected time by 15 minutes (left and right by a day, into the
    next or previous week at the edges), Shift+arrows extend it, Enter books it; Tab and
    Shift+Tab walk the blocks of the week, Enter opens one, Delete asks to cancel it;
    Page Up/Down change the week, T or Home go to today, Escape clears.
    """

    # Python date and aware datetimes travel as objects: a QDate/QDateTime would drop
    # the zone.
    week_changed = Signal(object)
    item_activated = Signal(ScheduleItem)
    slot_selected = Signal(object, object)
    delete_requested = Signal(ScheduleItem)
    move_requested = Signal(ScheduleItem, object, object)

    #: Paint from the static layer (see week_cache), and let new items that equal the
    #: old keep their layout. Tests and the paint benchmark turn it off on one view to
    #: paint every layer afresh and lay out every set of items, as the view did before:
    #: the pictures must be the same.
    paint_cache_enabled = True

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        tz: ZoneInfo | None = None,
        monday: date | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.scroller = GridScroll(self)
        self.scene = WeekScene(self, self.scroller, tz=tz or ZoneInfo("UTC"), monday=monday,
                               clock=clock)
        self.painter = WeekPainter(self, self.scene)
        self.overlays = WeekOverlays(self, self.scene, on_minute=self.refresh_now)
        self.pointer = WeekPointer(self, self.scene, parent=self)
        self.keys = WeekKeys(self, self.scene, self.pointer.cancel_press, parent=self)
        for source in (self.pointer, self.keys):
            source.item_activated.connect(self.item_activated)
            source.slot_selected.connect(self.slot_selected)
        self.pointer.move_requested.connect(self.move_requested)
        self.keys.delete_requested.connect(self.delete_requested)
        self.scroller.bar.valueChanged.connect(lambda _value: self.update())

        self.setObjectName("weekView")
        self.setAccessibleName(translate("week_view", "Week view"))
        self.setAccessibleDescription(keys_hint())
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.scene.set_font()
        self._relayout()

    # -- what is shown ----------------------------------------------------------------

    def show_snapshot(self, snapshot: WeekSnapshot) -> None:
        """Show one read of the week (jumpadesk.week.WeekSnapshot) at once: its week, zone,
        banner, opening hours and items, laid out once. Emits week_changed when the week
        is another."""
        scene = self.scene
        monday = monday_of(snapshot.monday)
        banner = (snapshot.banner or "").strip() or None
        moved = monday != scene.monday
        scene.set_opening_hours(snapshot.opening_hours)
        if moved or snapshot.zone != scene.tz or banner != scene.banner:
            scene.monday, scene.tz, scene.banner = monday, snapshot.zone, banner
            if moved:
                self.pointer.cancel_drag()
            scene.take_items(snapshot.items, reuse=False)
            self._relayout()
            self.announce()
        else:
            self.set_items(snapshot.items)
        if moved:
            self.week_changed.emit(monday)

    def set_items(self, items: Sequence[ScheduleItem]) -> None:
        """Replace what is shown; items outside the week are ignored."""
        if self.scene.take_items(items, reuse=self.paint_cache_enabled):
            self.update()  # the same geometry, text and picture, held by the entries read
        else:
            self._relayout(items_only=self.paint_cache_enabled)
        self.announce()

    def items(self) -> list[ScheduleItem]:
        return list(self.scene.items)

    def set_week(self, day: date) -> None:
        """Show the week containing `day`; emits week_changed when the week changes."""
        monday = monday_of(day)
        if monday == self.scene.monday:
            return
        self.scene.monday = monday
        self.pointer.cancel_drag()
        self._relayout()
        self.week_changed.emit(monday)

    def week_start(self) -> date:
        return self.scene.monday

    def set_stale_banner(self, text: str | None) -> None:
        """Show a warning strip above the week (None hides it): which conflict calendars
        cannot be trusted, e.g. "Work (iCloud): last synced 10:42, cannot reach iCloud"."""
        text = (text or "").strip() or None
        if text == self.scene.banner:
            return
        self.scene.banner = text
        self._relayout()

    def stale_banner_text(self) -> str | None:
        return self.scene.banner

    def set_timezone(self, tz: ZoneInfo) -> None:
        """The business's zone: columns are its days and rows its wall-clock hours."""
        if tz == self.scene.tz:
            return
        self.scene.tz = tz
        self._relayout()

    def timezone(self) -> ZoneInfo:
        return self.scene.tz

    def set_opening_hours(self, hours: OpeningHours) -> None:
        """The sub-account's opening hours, Monday first (None: closed all day): the time
        outside them is shaded; the view opens scrolled to the earliest opening."""
        self.scene.set_opening_hours(hours)
        self.update()

    def opening_hours(self) -> OpeningHours:
        return self.scene.opening_hours

    def week_layout(self) -> WeekLayout:
        """The cached geometry (content coordinates; see week_layout)."""
        return self.scene.layout

    def scroll_offset(self) -> int:
        return self.scroller.value()

    def scroll_to_minute(self, minute: float) -> None:
        """Scroll so that a wall-clock time is at the top of the grid."""
        self.scroller.to_minute(self.scene.layout, minute)

    def rects_of(self, item: ScheduleItem) -> list[QRectF]:
        """On-screen rectangles of an item's blocks (they may be scrolled out of view)."""
        return self.scene.rects_of(item)

    def visible_rects_of(self, item: ScheduleItem) -> list[QRectF]:
        """The parts of an item's blocks that are painted (see WeekScene.visible_rects_of)."""
        return self.scene.visible_rects_of(item)

    def show_all_day_events(self) -> None:
        """Every all-day event in the band ("+N more" was clicked)."""
        self.scene.all_day_expanded = True
        self.scene.set_font()
        self._relayout()

    # -- what is chosen ---------------------------------------------------------------

    def selection(self) -> tuple[datetime, datetime] | None:
        """The time selected (dragged over, clicked or chosen with the keys), if any."""
        return self.scene.selected_span()

    def current_selection(self) -> SlotSelection | None:
        """The selected time with what the view knows about it: the busy items it
        overlaps and whether it starts in the past."""
        return self.scene.current_selection()

    def select_slot(self, day: int, start_minute: int, end_minute: int) -> None:
        """Select [start, end) wall-clock minutes on a day column of the week shown."""
        self.scene.select(day, start_minute, end_minute)
        self.announce()
        self.update()

    def clear_selection(self) -> None:
        self.scene.selection = None
        self.announce()
        self.update()

    def focused_item(self) -> ScheduleItem | None:
        """The item whose block has the keyboard focus (Tab walks them)."""
        return self.scene.focus_item

    def focus_item(self, item: ScheduleItem | None) -> None:
        """Give an item's block the keyboard focus (None: back to the selected time)."""
        scene = self.scene
        scene.focus_item = item
        if item is not None:
            scene.selection = None
            timed = [b for b in scene.layout.blocks_of(item) if not b.all_day]
            if timed:
                self.scroller.show_span(scene.layout, timed[0].start_minute,
                                        timed[0].end_minute)
        self.announce()
        self.update()

    def announce(self) -> None:
        """Tell assistive technology what has the focus: the focused block or the
        selected time, as one sentence in the view's accessible name."""
        announce(self, self.scene.spoken())

    @Slot()
    def go_previous_week(self) -> None:
        self.set_week(self.scene.monday - timedelta(days=7))

    @Slot()
    def go_next_week(self) -> None:
        self.set_week(self.scene.monday + timedelta(days=7))

    @Slot()
    def go_today(self) -> None:
        self.refresh_now()
        scene = self.scene
        self.set_week(scene.today())
        minute = scene.now.astimezone(scene.tz)
        self.scroller.show_minute(scene.layout, minute.hour * 60 + minute.minute)

    @Slot()
    def refresh_now(self) -> None:
        """Read the clock again and move the now-line."""
        self.scene.refresh_now()
        self.update()

    # -- Qt's events, passed on ---------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(920, 640)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(520, 320)

    def event(self, event: QEvent) -> bool:
        """The pointer's and the keyboard's events go to their controllers; a tooltip says
        what is under the pointer."""
        kind = event.type()
        if kind == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.pointer.tooltip_at(QPointF(event.pos()))
            if text is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), text, self)
            return True
        if kind in _POINTER_EVENTS and self.pointer.handle(event):
            return True
        if kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self.keys.key_press(event):
                return True
        handled = super().event(event)
        if kind == QEvent.Type.FocusIn:
            assert isinstance(event, QFocusEvent)
            self.keys.focus_in(event)
        elif kind == QEvent.Type.FocusOut:
            self.update()  # the focus ring goes
        return handled

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        """Tab and Shift+Tab walk the blocks of the week before focus leaves the view."""
        return self.keys.tab(next) or super().focusNextPrevChild(next)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._relayout()
        else:
            self._fit_scroll()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.overlays.start()
        self._fit_scroll()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.overlays.stop()
        self.pointer.stop()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.scene.set_font()
            self._relayout()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange,
                              QEvent.Type.LocaleChange):
            self.painter.static.invalidate()
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self.paint_cache_enabled:
            p.drawImage(QPointF(0, 0), self.painter.static.picture(p))
        else:
            self.painter.paint_static(p)
        self.overlays.paint(p)
        p.end()

    # -- helpers --------------------------------------------------------------------------

    def _relayout(self, *, items_only: bool = False) -> None:
        """Lay the items out again (see WeekScene.relayout); when only timed blocks moved,
        the static layer is repainted where they were and are, not all of it."""
        self.painter.static.relaid_out(self.scene.relayout(items_only=items_only))
        self._fit_scroll()
        self.update()

    def _fit_scroll(self) -> None:
        self.scroller.fit(self.scene.layout, self.width(), self.height(),
                          shown=self.isVisible(), first_hour=self.scene.working_hours[0])


__all__ = ["WeekView"]
