"""The week view's static layer: the grid with its shading, lines and hour labels, the
blocks with their text, the header and the all-day band, painted from the view's scene
(week_scene.WeekScene) and kept as one picture by week_cache.StaticLayer, which this
tells what the picture is painted from. Over it, every paint, week_overlays draws the
rest."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from jumpadesk.hours import closed_spans
from jumpadesk.ui.block_paint import block_colors, paint_block_text, paint_buffers
from jumpadesk.ui.colors import (
    ensure_contrast,
    is_dark,
    parse_color,
    with_alpha,
)
from jumpadesk.ui.event_details import format_hour, uses_am_pm
from jumpadesk.ui.translation import day_caps, translate
from jumpadesk.ui.week_cache import Marks, StaticLayer, now_dirty
from jumpadesk.ui.week_layout import (
    DAYS,
    STYLE_APPOINTMENT,
    STYLE_OUTLINE,
    STYLE_SOLID,
    Block,
)
from jumpadesk.ui.week_overlays import (
    banner_colors,
    paint_band_lines,
    paint_banner,
    paint_focus_ring,
    paint_more_rows,
)
from jumpadesk.ui.week_paint import (
    RADIUS,
    BlockPaint,
    block_paint,
    paint_block,
    paint_hatch,
    paint_warning,
)
from jumpadesk.ui.week_scene import WeekScene, warning_rect
from jumpadesk.ui.week_text import TextLine

_ROLES = (QPalette.ColorRole.Base, QPalette.ColorRole.Text, QPalette.ColorRole.Highlight,
          QPalette.ColorRole.HighlightedText)


class WeekPainter:
    """Paints the static layer of one view from its scene; `static` keeps the picture."""

    def __init__(self, view: QWidget, scene: WeekScene) -> None:
        self._view = view
        self._scene = scene
        self.static = StaticLayer(
            view, paint=self.paint_static, state=self._static_state,
            now_state=self._now_state, now_dirty=self._now_dirty,
            marks_state=self._marks_state, scroll=scene.scroll.value)

    # -- what the static layer is painted from -------------------------------------------

    def _static_state(self, ratio: float) -> tuple[object, ...]:
        """Everything the static layer is painted from but the clock, the marks and the
        layout (each new layout is told to the layer, which counts those that change more
        than timed blocks): when it changes, the layer is painted anew."""
        view, scene = self._view, self._scene
        pal = view.palette()
        lay = scene.layout
        return (ratio, view.width(), view.height(), scene.scroll.value(),
                tuple(pal.color(role).rgba() for role in _ROLES), view.font().key(),
                scene.banner, scene.opening_hours, uses_am_pm(),
                tuple(day_caps(lay.date_of(day)) for day in range(DAYS)))

    def _now_state(self) -> tuple[object, ...]:
        """What the static layer reads from the clock: today's column, how much of each
        day is past, the hour labels the time's pill replaces, the zone's short name."""
        scene = self._scene
        return (scene.today_column(), tuple(scene.past_minutes(d) for d in range(DAYS)),
                scene.hidden_hour_labels(), scene.zone_label())

    def _now_dirty(self, old: tuple[object, ...],
                   new: tuple[object, ...]) -> list[QRect] | None:
        scene = self._scene
        return now_dirty(old, new, scene.layout, scene.scroll.value(),
                         QFontMetricsF(scene.fonts.small).height())

    def _marks_state(self) -> Marks:
        scene = self._scene
        return Marks(scene.hover, scene.hover_more,
                     scene.focus_item if self._view.hasFocus() else None, scene.layout)

    # -- colours -----------------------------------------------------------------------

    def block_paint_of(self, block: Block, base: QColor | None = None) -> BlockPaint:
        """The colours and border a block is painted with (block_paint.block_colors)."""
        return block_colors(block, base or self._view.palette().color(QPalette.ColorRole.Base))

    def banner_colors(self) -> tuple[QColor, QColor, QColor]:
        """Fill, border and text of the stale-data banner in the view's theme."""
        return banner_colors(self._view.palette().color(QPalette.ColorRole.Base))

    def today_label_color(self) -> QColor:
        """Today's weekday in the header: the accent, made to read on the background in
        any theme (a dark theme's accent can be too dark)."""
        pal = self._view.palette()
        return ensure_contrast(pal.color(QPalette.ColorRole.Highlight),
                               pal.color(QPalette.ColorRole.Base), 4.5)

    # -- painting ------------------------------------------------------------------------

    def paint_static(self, p: QPainter, only: QRectF | None = None) -> None:
        """Everything but the overlays. With `only` (widget coordinates, whole pixels)
        what cannot reach it is left out: the pixels inside it come out as a whole paint
        makes them, those outside are not to be used."""
        view, scene = self._view, self._scene
        pal = view.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        p.fillRect(view.rect() if only is None else only, base)
        lay = scene.layout

        def reaches(top: float, height: float) -> bool:
            # Whatever paints a row of the window stays within a few pixels of it.
            return only is None or only.intersects(QRectF(0, top - 4, view.width(), height + 8))

        if reaches(lay.grid_top, view.height() - lay.grid_top):
            self._paint_grid(p, base, text, pal, only)
        if reaches(lay.header_top, lay.metrics.header_height):
            self._paint_header(p, base, text, pal)
        if reaches(lay.band_top, lay.band_height):
            self._paint_band(p, base, text, pal)
        banner = scene.banner_rect()
        if banner is not None and scene.banner is not None and reaches(0, lay.header_top):
            paint_banner(p, banner, scene.banner, view.font(), base)

    def _paint_grid(self, p: QPainter, base: QColor, text: QColor, pal: QPalette,
                    only: QRectF | None = None) -> None:
        """The time grid, back to front: shading, lines, hour labels, blocks. Clipped to
        the grid's viewport and scrolled. With `only` (widget coordinates), blocks that
        cannot reach it are skipped."""
        scene = self._scene
        scroll = scene.scroll.value()
        viewport = scene.grid_viewport()
        p.save()
        p.setClipRect(viewport, Qt.ClipOperation.IntersectClip)
        p.translate(0, -scroll)
        accent = pal.color(QPalette.ColorRole.Highlight)
        # Content coordinates; a block paints within a pixel or two of its rectangle.
        near = None if only is None else only.translated(0, scroll).adjusted(-3, -3, 3, 3)
        self._paint_shading(p, base, text, accent, near)
        self._paint_lines(p, text, near)
        self._paint_hour_labels(p, text, scene.hidden_hour_labels(), near)
        # Only the blocks in sight: a busy week holds hundreds, most scrolled away.
        shown = viewport.translated(0, scroll).adjusted(-2, -2, 2, 2)
        for block in scene.layout.timed:
            if block.rect.intersects(shown) and (near is None or block.rect.intersects(near)):
                self._paint_timed_block(p, block, base)
        p.restore()

    def _paint_shading(self, p: QPainter, base: QColor, text: QColor, accent: QColor,
                       near: QRectF | None = None) -> None:
        """Time outside the opening hours is shaded (darker, in either theme), a closed
        day all of it; time already past is greyed; a day a busy all-day event blocks is
        hatched over in its colour; today is tinted. With `near` (content coordinates, whole
        pixels) only what reaches it is painted: each fill cut to it, since a fill's pixels
        are the same, cut or not, where it is not cut."""
        scene = self._scene
        lay = scene.layout

        def fill(rect: QRectF, color: QColor) -> None:
            if near is not None:
                rect = rect.intersected(near)
                if rect.isEmpty():
                    return
            p.fillRect(rect, color)

        top = lay.grid_top
        dark = is_dark(base)
        shade = with_alpha(QColor("black"), 0.16) if dark else with_alpha(text, 0.035)
        for day in range(DAYS):
            left = lay.column_left(day)
            for first, last in closed_spans(scene.opening_hours, lay.date_of(day).weekday()):
                y0, y1 = lay.y_for_minute(first), lay.y_for_minute(last)
                fill(QRectF(left, y0, lay.column_width, y1 - y0), shade)
        past = with_alpha(QColor("black"), 0.14) if dark else with_alpha(text, 0.045)
        for day in range(DAYS):
            minute = scene.past_minutes(day)
            if minute > 0:
                fill(QRectF(lay.column_left(day), top, lay.column_width,
                            lay.y_for_minute(minute) - top), past)
        self._paint_busy_days(p, fill, dark, near)
        today = scene.today_column()
        if today is not None:
            fill(QRectF(lay.column_left(today), top, lay.column_width, lay.grid_height),
                 with_alpha(accent, 0.06))
        self._paint_closed_labels(p, text, near)

    def _paint_closed_labels(self, p: QPainter, text: QColor, near: QRectF | None) -> None:
        """"Closed" on each day the opening hours close all day, at the top of the grid as
        it shows (content coordinates, cut to `near` when given)."""
        scene = self._scene
        p.save()
        if near is not None:
            p.setClipRect(near, Qt.ClipOperation.IntersectClip)
        p.setFont(scene.fonts.small)
        p.setPen(with_alpha(text, 0.55))
        for day in range(DAYS):
            rect = scene.closed_label_rect(day)
            if rect is not None:
                p.drawText(rect.translated(0, scene.scroll.value()),
                           Qt.AlignmentFlag.AlignCenter, scene.closed_label(day))
        p.restore()

    def _paint_busy_days(self, p: QPainter, fill: Callable[[QRectF, QColor], None],
                         dark: bool, near: QRectF | None) -> None:
        """A day a busy all-day event blocks: tinted and hatched in the event's colour."""
        scene = self._scene
        lay = scene.layout
        cols_left, cols_right = lay.metrics.gutter, lay.column_left(DAYS)
        shown = QRectF(cols_left, lay.grid_top + scene.scroll.value(), cols_right - cols_left,
                       self._view.height())
        for day, item in lay.busy_days.items():
            column = QRectF(lay.column_left(day), lay.grid_top, lay.column_width,
                            lay.grid_height)
            color = parse_color(item.color)
            fill(column, with_alpha(color, 0.07 if dark else 0.06))
            paint_hatch(p, column.intersected(shown), with_alpha(color, 0.20 if dark else 0.22),
                        step=12.0, near=near)

    def _paint_lines(self, p: QPainter, text: QColor, near: QRectF | None = None) -> None:
        """Hour and half-hour lines and the day columns, crisp on whole pixels. With `near`
        (content coordinates) only the lines that cross it."""
        lay = self._scene.layout
        top, bottom = lay.grid_top, lay.grid_top + lay.grid_height
        cols_left, cols_right = lay.metrics.gutter, lay.column_left(DAYS)
        rows = (-math.inf, math.inf) if near is None else (near.top() - 2, near.bottom() + 2)
        columns = (-math.inf, math.inf) if near is None else (near.left() - 2,
                                                               near.right() + 2)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        hour_pen = QPen(with_alpha(text, 0.13), 1)
        half_pen = QPen(with_alpha(text, 0.055), 1)
        for hour in range(25):
            y = round(lay.y_for_minute(hour * 60))
            if rows[0] <= y <= rows[1]:
                p.setPen(hour_pen)
                p.drawLine(QPointF(cols_left - 6, y), QPointF(cols_right, y))
            if hour < 24:
                y2 = round(lay.y_for_minute(hour * 60 + 30))
                if rows[0] <= y2 <= rows[1]:
                    p.setPen(half_pen)
                    p.drawLine(QPointF(cols_left, y2), QPointF(cols_right, y2))
        p.setPen(QPen(with_alpha(text, 0.13), 1))
        for day in range(DAYS + 1):
            x = round(lay.column_left(day))
            if columns[0] <= x <= columns[1]:
                p.drawLine(QPointF(x, top), QPointF(x, bottom))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def _paint_hour_labels(self, p: QPainter, text: QColor, hidden: tuple[int, ...],
                           near: QRectF | None = None) -> None:
        """Hour labels, centred on their line; the current time replaces a label it
        covers. With `near` (content coordinates) only those that reach it."""
        scene = self._scene
        lay = scene.layout
        p.setFont(scene.fonts.small)
        fm = QFontMetricsF(scene.fonts.small)
        label_color = with_alpha(text, 0.55)
        for hour in range(1, 24):
            if hour in hidden:
                continue
            y = lay.y_for_minute(hour * 60)
            rect = QRectF(0, y - fm.height() / 2, lay.metrics.gutter - 10, fm.height())
            if near is not None and not near.intersects(rect.adjusted(-4, -4, 4, 4)):
                continue
            p.setPen(label_color)
            p.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       format_hour(hour))

    def _paint_timed_block(self, p: QPainter, block: Block, base: QColor) -> None:
        scene = self._scene
        item = block.item
        paint = self.block_paint_of(block, base)
        rect = block.rect
        hovered = scene.hover is block or (scene.hover is not None and scene.hover.item is item)
        # A darker edge on the left, as desktop calendars mark a block's calendar.
        edge = 3.0 if block.style in (STYLE_SOLID, STYLE_APPOINTMENT) and rect.width() > 6 else 0.0
        if item.buffer_before or item.buffer_after:
            self._paint_buffers(p, block, paint)
        paint_block(p, rect, paint, cut_top=block.starts_before, cut_bottom=block.ends_after,
                    outline_width=1.5 if block.style == STYLE_OUTLINE or paint.dashed else 1.0,
                    left_edge=edge)
        if hovered:
            p.save()
            p.setPen(QPen(with_alpha(paint.text if block.style == STYLE_SOLID else paint.border,
                                     0.75), 1.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), RADIUS, RADIUS)
            p.restore()
        lines = scene.lines.get(id(block), [])
        if lines:
            self._paint_block_text(p, block, paint, lines)
        if item.overlapped_by:
            paint_warning(p, warning_rect(rect))  # over the text: it must be seen

    def _paint_buffers(self, p: QPainter, block: Block, paint: BlockPaint) -> None:
        """An appointment's service buffers (block_paint.paint_buffers), within its day."""
        lay = self._scene.layout
        paint_buffers(p, block, paint, lay.metrics.hour_height / 60.0, lay.y_for_minute(0),
                      lay.y_for_minute(24 * 60))

    def _paint_block_text(self, p: QPainter, block: Block, paint: BlockPaint,
                          lines: list[TextLine]) -> None:
        paint_block_text(p, block, paint, lines, self._scene.fonts,
                         self._text_top(block.rect, lines))

    def _text_top(self, rect: QRectF, lines: list[TextLine]) -> float:
        """Where a block's text starts (content coordinates): its top, or lower when the top
        is scrolled under the band, so a long block's title stays in sight."""
        scene = self._scene
        shown_top = scene.layout.grid_top + scene.scroll.value()
        if rect.top() >= shown_top:
            return rect.top()
        descent = QFontMetricsF(scene.fonts.bold).descent()
        room = rect.height() - (lines[-1].y + descent + 3.0)
        return rect.top() + max(0.0, min(shown_top - rect.top(), room))

    def _paint_header(self, p: QPainter, base: QColor, text: QColor, pal: QPalette) -> None:
        """Each day's weekday and date, today's in a circle of the accent; the zone's short
        name in the corner (its tooltip names it)."""
        scene = self._scene
        fonts, lay = scene.fonts, scene.layout
        top = lay.header_top
        p.fillRect(QRectF(0, top, self._view.width(), lay.metrics.header_height), base)
        today = scene.today_column()
        fm_caps, fm_date = QFontMetricsF(fonts.caps), QFontMetricsF(fonts.date)
        for day in range(DAYS):
            d = lay.date_of(day)
            left, width = lay.column_left(day), lay.column_width
            caps_rect = QRectF(left, top + 8, width, fm_caps.height())
            p.setFont(fonts.caps)
            p.setPen(self.today_label_color() if day == today else with_alpha(text, 0.6))
            p.drawText(caps_rect, Qt.AlignmentFlag.AlignCenter, day_caps(d))
            number = str(d.day)
            date_rect = QRectF(left, caps_rect.bottom() + 6, width, fm_date.height())
            p.setFont(fonts.date)
            if day == today:
                size = max(fm_date.capHeight() * 2.2, fm_date.horizontalAdvance(number) + 14)
                circle = QRectF(0, 0, size, size)
                circle.moveCenter(date_rect.center())
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(pal.color(QPalette.ColorRole.Highlight))
                p.drawEllipse(circle)
                p.setPen(pal.color(QPalette.ColorRole.HighlightedText))
            else:
                p.setPen(text)
            p.drawText(date_rect, Qt.AlignmentFlag.AlignCenter, number)
        p.setFont(fonts.tz_bold)
        p.setPen(with_alpha(text, 0.65))
        p.drawText(scene.zone_label_rect(),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   scene.zone_label())

    def _paint_band(self, p: QPainter, base: QColor, text: QColor, pal: QPalette) -> None:
        """The all-day band: its background, lines and label, its blocks and "+N more"."""
        scene = self._scene
        lay = scene.layout
        m = lay.metrics
        top, height = lay.band_top, lay.band_height
        right = lay.column_left(DAYS)
        p.fillRect(QRectF(0, top, self._view.width(), height), base)
        p.fillRect(QRectF(m.gutter, top, right - m.gutter, height), with_alpha(text, 0.025))
        today = scene.today_column()
        if today is not None:
            p.fillRect(QRectF(lay.column_left(today), top, lay.column_width, height),
                       with_alpha(pal.color(QPalette.ColorRole.Highlight), 0.06))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        paint_band_lines(p, lay, text)
        p.setPen(QPen(with_alpha(text, 0.22), 1))
        y = round(top + height) - 1
        p.drawLine(QPointF(0, y), QPointF(self._view.width(), y))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setFont(scene.fonts.tz)
        p.setPen(with_alpha(text, 0.55))
        p.drawText(QRectF(0, top + m.all_day_padding, m.gutter - 10, m.all_day_row - 3),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   translate("week_painter", "all-day"))
        p.save()
        p.setClipRect(scene.band_viewport(), Qt.ClipOperation.IntersectClip)
        for block in lay.all_day:
            self._paint_all_day_block(p, block, base, pal)
        paint_more_rows(p, scene, text)
        p.restore()

    def _paint_all_day_block(self, p: QPainter, block: Block, base: QColor,
                             pal: QPalette) -> None:
        """An all-day block, kept inside the band whatever its height."""
        scene = self._scene
        item = block.item
        paint = block_paint(block.style, item.color, base, item.busy)
        paint_block(p, block.rect, paint, radius=4, cut_left=block.starts_before,
                    cut_right=block.ends_after,
                    outline_width=1.5 if block.style == STYLE_OUTLINE else 1.0)
        if scene.hover is block:
            p.setPen(QPen(with_alpha(paint.text if block.style == STYLE_SOLID
                                     else paint.border, 0.75), 1.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(block.rect.adjusted(0.75, 0.75, -0.75, -0.75), 4, 4)
        if item is scene.focus_item and self._view.hasFocus():
            paint_focus_ring(p, block.rect.adjusted(1, 1, -1, -1),
                             pal.color(QPalette.ColorRole.Highlight), base)
        p.save()
        p.setClipRect(block.rect, Qt.ClipOperation.IntersectClip)
        p.setFont(scene.fonts.bold)
        p.setPen(paint.text)
        for line in scene.lines.get(id(block), []):
            p.drawText(QPointF(block.rect.left() + 6, block.rect.top() + line.y), line.text)
        p.restore()


__all__ = ["WeekPainter"]
