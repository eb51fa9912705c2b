"""The week view's static layer: one picture of all that changes seldom (the grid, its
shading, the blocks with their text, the header and the all-day band) at the screen's
pixel ratio, painted anew only where something it shows changed.

The view paints; this module decides what to paint again and keeps the picture. The view
tells it what the picture is painted from (`state`, `now_state`, `marks_state`), how a
change of the clock shows (`now_dirty`), and which blocks a new layout moved
(`StaticLayer.relaid_out`, from `moved_blocks`).
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from jumpadesk.availability import ScheduleItem
from jumpadesk.ui.week_layout import Block, WeekLayout

#: Past this many blocks changed by new items, the static layer is painted anew whole.
MOST_MOVED_BLOCKS = 64
#: Past this many parts to paint again (each costs a pass over the grid), or half the
#: widget's area, the static layer is painted anew whole.
MOST_PARTS = 8


@dataclass(frozen=True, eq=False)
class Marks:
    """The marks the static layer holds that move often: the hovered block, the hovered
    "+N more" row, and the item whose all-day block has the focus ring."""

    hover: Block | None
    more: int | None
    focus: ScheduleItem | None
    layout: WeekLayout  # where the blocks of `hover` and `focus` are

    def same(self, other: Marks) -> bool:
        return (self.hover is other.hover and self.more == other.more
                and self.focus is other.focus and self.layout is other.layout)


def device_ratio(p: QPainter, widget: QWidget) -> float:
    """The device pixel ratio of what the painter paints on: the widget's, or that of the
    pixmap QWidget.render() paints it into."""
    engine = p.paintEngine()
    device = engine.paintDevice() if engine is not None else None
    return (device or widget).devicePixelRatioF()


def block_key(block: Block) -> tuple[object, ...]:
    """What a block's picture and text are made of: two blocks with equal keys look the
    same (at one zone, font and scroll)."""
    r = block.rect
    return (block.item, r.x(), r.y(), r.width(), r.height(), block.style, block.all_day,
            block.days, block.starts_before, block.ends_after)


def moved_blocks(old: WeekLayout, new: WeekLayout) -> list[QRectF] | None:
    """The content rectangles of the timed blocks that differ between two layouts of the
    same week (gone, new, or painted in another order), or None when more than timed
    blocks changed (the all-day band, a busy day's hatching, the grid's place)."""
    if (old.metrics != new.metrics or old.all_day_rows != new.all_day_rows
            or [block_key(b) for b in old.all_day] != [block_key(b) for b in new.all_day]
            or old.busy_days != new.busy_days or old.hidden_all_day != new.hidden_all_day):
        return None
    before = [block_key(b) for b in old.timed]
    after = [block_key(b) for b in new.timed]
    # Blocks kept keep their order among themselves, so every pixel outside the blocks
    # that did not keep their place is painted as before.
    kept_old: set[int] = set()
    kept_new: set[int] = set()
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        kept_old.update(range(a, a + size))
        kept_new.update(range(b, b + size))
    moved = ([QRectF(blk.rect) for n, blk in enumerate(old.timed) if n not in kept_old]
             + [QRectF(blk.rect) for n, blk in enumerate(new.timed) if n not in kept_new])
    return moved if len(moved) <= MOST_MOVED_BLOCKS else None


def adopt_items(layout: WeekLayout,
                by_old: dict[int, ScheduleItem]) -> tuple[WeekLayout, list[tuple[Block, Block]]]:
    """The layout as it is, its blocks now holding the equal entries read again (`by_old`:
    the new entry for each old one's id), and each old block with its new one."""
    def swap(item: ScheduleItem) -> ScheduleItem:
        return by_old.get(id(item), item)

    timed = [replace(b, item=swap(b.item)) for b in layout.timed]
    all_day = [replace(b, item=swap(b.item)) for b in layout.all_day]
    pairs = list(zip((*layout.timed, *layout.all_day), (*timed, *all_day), strict=True))
    adopted = replace(
        layout, timed=timed, all_day=all_day,
        hidden_all_day={d: [swap(i) for i in items]
                        for d, items in layout.hidden_all_day.items()},
        busy_days={d: swap(i) for d, i in layout.busy_days.items()})
    return adopted, pairs


def marks_dirty(old: Marks, new: Marks, scroll: int) -> list[QRect]:
    """Where the static layer changes when the hover or an all-day block's focus ring
    moves: the blocks (and "+N more" rows) they were and are on."""
    rects: list[QRectF] = []
    for marks in (old, new):
        lay = marks.layout
        if marks.hover is not None:
            rects += [lay.on_screen(b, scroll) for b in lay.blocks_of(marks.hover.item)]
        if marks.more is not None and (rect := lay.more_row_rect(marks.more)) is not None:
            rects.append(rect)
        if marks.focus is not None:
            rects += [b.rect for b in lay.blocks_of(marks.focus) if b.all_day]
    # The focus ring's halo reaches 4 pixels outside a block.
    return [r.toAlignedRect().adjusted(-6, -6, 6, 6) for r in rects]


def now_dirty(old: tuple[object, ...], new: tuple[object, ...], layout: WeekLayout,
              scroll: int, label_height: float) -> list[QRect] | None:
    """Where the static layer changes when the clock moves from `old` to `new` (each the
    view's now state: today's column, how much of each day is past, the hour labels the
    time's pill hides, the zone's short name): the strip of today's column that became
    past, and the hour labels shown or hidden; None when more changed (another day,
    another zone name): then all of it."""
    today, past_old, hidden_old, zone_old = old
    today_new, past_new, hidden_new, zone_new = new
    if today != today_new or zone_old != zone_new or today is None:
        return None
    assert isinstance(today, int)
    assert isinstance(past_old, tuple) and isinstance(past_new, tuple)
    assert isinstance(hidden_old, tuple) and isinstance(hidden_new, tuple)
    if any(a != b for d, (a, b) in enumerate(zip(past_old, past_new, strict=True))
           if d != today):
        return None
    rects = []
    if past_old[today] != past_new[today]:
        y0 = layout.y_for_minute(min(past_old[today], past_new[today]))
        y1 = layout.y_for_minute(max(past_old[today], past_new[today]))
        rects.append(QRectF(layout.column_left(today), y0 - scroll, layout.column_width,
                            y1 - y0))
    for hour in set(hidden_old) ^ set(hidden_new):
        y = layout.y_for_minute(hour * 60) - scroll
        rects.append(QRectF(0, y - label_height, layout.metrics.gutter, 2 * label_height))
    return [r.toAlignedRect().adjusted(-2, -2, 2, 2) for r in rects]


def merged(rects: list[QRect]) -> list[QRect]:
    """The non-empty rectangles, those that overlap or touch joined into the rectangle
    around them, until none do: the blocks of one reshuffled afternoon become one part."""
    out: list[QRect] = []
    for rect in rects:
        if rect.isEmpty():
            continue
        joined = True
        while joined:
            joined = False
            for n, other in enumerate(out):
                if other.intersects(rect.adjusted(-1, -1, 1, 1)):
                    rect = rect.united(other)
                    del out[n]
                    joined = True
                    break
        out.append(rect)
    return out


class StaticLayer:
    """The static layer of one widget, at the pixel ratio it was last asked for.

    `paint(p, only)` paints the layer (with `only`, widget coordinates in whole pixels:
    at least the pixels inside it, as a whole paint makes them); `state(ratio)` is all
    it is painted from but the clock and the marks (a change paints it anew);
    `now_state()` and `marks_state()` are those two, and `now_dirty(old, new)` says where
    a change of the clock shows (None: everywhere).
    """

    def __init__(
        self,
        widget: QWidget,
        *,
        paint: Callable[[QPainter, QRectF | None], None],
        state: Callable[[float], tuple[object, ...]],
        now_state: Callable[[], tuple[object, ...]],
        now_dirty: Callable[[tuple[object, ...], tuple[object, ...]], list[QRect] | None],
        marks_state: Callable[[], Marks],
        scroll: Callable[[], int],
    ) -> None:
        self._widget = widget
        self._paint = paint
        self._state = state
        self._now_state = now_state
        self._now_dirty = now_dirty
        self._marks_state = marks_state
        self._scroll = scroll
        self._image: QImage | None = None
        self._key: tuple[object, ...] = ()
        self._now: tuple[object, ...] = ()
        self._marks: Marks | None = None
        self._scratch: QImage | None = None  # where a part of the layer is painted
        self._generation = 0  # counts the layouts that changed more than timed blocks
        # Content rectangles of timed blocks laid out anew since the layer was painted.
        self._moved: list[QRectF] = []

    def invalidate(self) -> None:
        """Paint it anew whole next time (the palette, the style or the locale changed)."""
        self._image = None

    def relaid_out(self, moved: list[QRectF] | None) -> None:
        """The view laid its items out again; `moved` holds the content rectangles of the
        timed blocks that differ (see moved_blocks), None when more changed."""
        if moved is None:
            self._generation += 1
            self._moved = []
        else:
            self._moved += moved

    def picture(self, p: QPainter) -> QImage:
        """The layer for what `p` paints on, brought up to date: painted anew when anything
        it is painted from changed, or only where the change shows when timed blocks
        moved, the clock moved on within today or the hover or an all-day block's focus
        moved."""
        ratio = device_ratio(p, self._widget)
        key = (self._generation, *self._state(ratio))
        image = self._image
        now = self._now_state()
        marks = self._marks_state()
        if image is None or key != self._key or len(self._moved) > MOST_MOVED_BLOCKS:
            return self._repaint(key, now, marks, ratio)
        scroll = self._scroll()
        dirty = [r.translated(0, -scroll).toAlignedRect().adjusted(-4, -4, 4, 4)
                 for r in self._moved]
        self._moved = []
        if now != self._now:
            rects = self._now_dirty(self._now, now)
            if rects is None:
                return self._repaint(key, now, marks, ratio)
            dirty += rects
        if self._marks is not None and not marks.same(self._marks):
            dirty += marks_dirty(self._marks, marks, scroll)
        bounds = self._widget.rect()
        parts = merged([r.intersected(bounds) for r in dirty])
        if len(parts) > MOST_PARTS or sum(r.width() * r.height() for r in parts) > (
                bounds.width() * bounds.height() / 2):
            return self._repaint(key, now, marks, ratio)
        self._now, self._marks = now, marks
        for rect in parts:
            self._paint_part(image, rect)
        return image

    def _repaint(self, key: tuple[object, ...], now: tuple[object, ...], marks: Marks,
                 ratio: float) -> QImage:
        # A new image each time: refilling the old one, just drawn, costs more (measured).
        size = self._widget.size()
        image = QImage(max(1, math.ceil(size.width() * ratio)),
                       max(1, math.ceil(size.height() * ratio)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        self._paint_on(image, None)
        self._image, self._key = image, key
        self._moved = []
        self._now, self._marks = now, marks
        return image

    def _paint_part(self, image: QImage, rect: QRect) -> None:
        """Paint `rect` (integer widget coordinates) of the layer into `image`, as a whole
        paint would (same device, no clip of ours: Qt's stroker cuts long lines to the
        clip, which moves their edges by a shade): into a scratch image, leaving out only
        what cannot reach `rect`, and copied in."""
        scratch = self._scratch
        if scratch is None or scratch.size() != image.size() or (
                scratch.devicePixelRatio() != image.devicePixelRatio()):
            scratch = QImage(image.size(), image.format())
            scratch.setDevicePixelRatio(image.devicePixelRatio())
            self._scratch = scratch
        p = QPainter(scratch)
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        p.fillRect(rect, Qt.GlobalColor.transparent)
        p.end()
        self._paint_on(scratch, QRectF(rect))
        ratio = image.devicePixelRatio()
        source = QRectF(rect.left() * ratio, rect.top() * ratio, rect.width() * ratio,
                        rect.height() * ratio)
        p = QPainter(image)
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        p.drawImage(QRectF(rect), scratch, source)
        p.end()

    def _paint_on(self, image: QImage, only: QRectF | None) -> None:
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._paint(p, only)
        p.end()


__all__ = [
    "MOST_MOVED_BLOCKS",
    "MOST_PARTS",
    "Marks",
    "StaticLayer",
    "adopt_items",
    "block_key",
    "marks_dirty",
    "merged",
    "moved_blocks",
    "now_dirty",
]
