"""How the team's day is painted: each column's opening hours shaded as the week shades
them (hours.closed_spans), the hour lines and labels, every block as the week paints it
(ui/block_paint), the time chosen in a column (red when something there blocks it, by
booking's own rule: availability.blocks_booking) and a block being dragged to another
staff member or resized by its lower edge (red too where it would clash); and the header
of names over the columns."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen

from jumpadesk.availability import ScheduleItem, blocks_booking
from jumpadesk.hours import closed_spans
from jumpadesk.ui.block_paint import block_colors, paint_timed_block
from jumpadesk.ui.colors import ensure_contrast, is_dark, with_alpha
from jumpadesk.ui.event_details import format_hour, format_time, item_title
from jumpadesk.ui.team_layout import TeamLayout
from jumpadesk.ui.translation import translate
from jumpadesk.ui.week_layout import Block
from jumpadesk.ui.week_overlays import paint_focus_ring
from jumpadesk.ui.week_paint import CONFLICT_COLOR, RADIUS, paint_block
from jumpadesk.ui.week_text import TextLine, WeekFonts


@dataclass(frozen=True)
class Chosen:
    """A time chosen in one column: minutes after its midnight, [first, last)."""

    column: int
    first: int
    last: int


@dataclass(frozen=True)
class Dragged:
    """A block on its way to a column (`column`), `shift` minutes later than it was; with
    `resize`, dragged by its lower edge: only its end is `shift` minutes later."""

    block: Block
    column: int
    shift: int
    resize: bool = False

    def minutes(self) -> tuple[float, float]:
        """Where it would be: minutes after the column's midnight, [first, last)."""
        block = self.block
        first = block.start_minute + (0 if self.resize else self.shift)
        return first, block.end_minute + self.shift


def dragged_is_free(layout: TeamLayout, dragged: Dragged) -> bool:
    """Whether nothing else in the target column keeps the dragged appointment's new time
    (its buffers with it) from being booked: booking's own rule."""
    first, last = dragged.minutes()
    item = dragged.block.item
    moved = replace(item, start=layout.moment_at(dragged.column, first),
                    end=layout.moment_at(dragged.column, last))
    return not any(blocks_booking(i, moved.blocks_from, moved.blocks_until)
                   for i in layout.columns[dragged.column].items
                   if not (i.source == item.source and i.ref_id == item.ref_id))


def chosen_is_free(layout: TeamLayout, chosen: Chosen) -> bool:
    """Whether nothing in the column keeps the chosen time from being booked."""
    start = layout.moment_at(chosen.column, chosen.first)
    end = layout.moment_at(chosen.column, chosen.last)
    return not any(blocks_booking(i, start, end) for i in layout.columns[chosen.column].items)


def paint_grid(p: QPainter, layout: TeamLayout, pal: QPalette, fonts: WeekFonts,
               lines: dict[int, list[TextLine]], rect: QRectF,
               focus: ScheduleItem | None = None) -> None:
    """The grid under `rect`: shading, lines and the blocks (the one with the keyboard's
    focus ringed); the hour labels are the gutter's (paint_gutter)."""
    base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
    p.fillRect(rect, base)
    shade = closed_shade(base, text)
    weekday = layout.day.weekday()
    for n, column in enumerate(layout.columns):
        for first, last in closed_spans(column.opening_hours, weekday):
            y0, y1 = layout.y_for_minute(first), layout.y_for_minute(last)
            p.fillRect(QRectF(layout.column_left(n), y0, layout.column_width, y1 - y0), shade)
    _paint_lines(p, layout, text)
    per_minute = layout.metrics.hour_height / 60.0
    day_top, day_bottom = layout.y_for_minute(0), layout.y_for_minute(24 * 60)
    accent = pal.color(QPalette.ColorRole.Highlight)
    for block in layout.blocks:
        if block.rect.intersects(rect):
            paint_timed_block(p, block, block_colors(block, base), lines.get(id(block), []),
                              fonts, per_minute=per_minute, day_top=day_top,
                              day_bottom=day_bottom)
            if focus is not None and block.item == focus:
                paint_focus_ring(p, block.rect.adjusted(1, 1, -1, -1), accent, base)


def closed_shade(base: QColor, text: QColor) -> QColor:
    """Time outside the opening hours: darker than the open hours in either theme (on a
    dark background a light veil of black is lost, so a deeper one)."""
    return with_alpha(QColor("black"), 0.42) if is_dark(base) else with_alpha(text, 0.035)


def _paint_lines(p: QPainter, layout: TeamLayout, text: QColor) -> None:
    m = layout.metrics
    right = layout.column_left(len(layout.columns))
    p.save()
    p.setPen(QPen(with_alpha(text, 0.10), 1.0))
    for hour in range(25):
        y = round(layout.y_for_minute(hour * 60)) + 0.5
        p.drawLine(QPointF(m.gutter, y), QPointF(right, y))
    p.setPen(QPen(with_alpha(text, 0.14), 1.0))
    for n in range(len(layout.columns) + 1):
        x = round(layout.column_left(n)) + 0.5
        p.drawLine(QPointF(x, layout.top), QPointF(x, layout.top + layout.grid_height))
    p.restore()


def hour_label_rect(layout: TeamLayout, fonts: WeekFonts, hour: int, left: float = 0.0) -> QRectF:
    """Where an hour's label is painted in the gutter (at `left`, where the gutter is)."""
    fm = QFontMetricsF(fonts.small)
    y = layout.y_for_minute(hour * 60)
    return QRectF(left, y - fm.height() / 2, layout.metrics.gutter - 10, fm.height())


def paint_gutter(p: QPainter, layout: TeamLayout, pal: QPalette, fonts: WeekFonts,
                 left: float, rect: QRectF) -> None:
    """The hours down the side at `left` (where the view's visible part begins: it stays
    put while the columns scroll sideways under it)."""
    base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
    gutter = layout.metrics.gutter
    p.save()
    p.fillRect(QRectF(left, rect.top(), gutter, rect.height()), base)
    p.setPen(QPen(with_alpha(text, 0.10), 1.0))
    for hour in range(25):
        y = round(layout.y_for_minute(hour * 60)) + 0.5
        p.drawLine(QPointF(left + gutter - 6, y), QPointF(left + gutter, y))
    p.setPen(QPen(with_alpha(text, 0.14), 1.0))
    x = round(left + gutter) + 0.5
    p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
    p.setFont(fonts.small)
    p.setPen(with_alpha(text, 0.65))
    for hour in range(1, 24):
        p.drawText(hour_label_rect(layout, fonts, hour, left),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   format_hour(hour))
    p.restore()


def paint_chosen(p: QPainter, layout: TeamLayout, chosen: Chosen, pal: QPalette,
                 fonts: WeekFonts, focused: bool) -> None:
    """The chosen time: in the accent colour, or red with "Not free" when something in
    the column blocks it."""
    free = chosen_is_free(layout, chosen)
    base = pal.color(QPalette.ColorRole.Base)
    accent = pal.color(QPalette.ColorRole.Highlight) if free else CONFLICT_COLOR
    rect = layout.slot_rect(chosen.column, chosen.first, chosen.last).adjusted(2, 0.5, -2, -0.5)
    p.save()
    p.setPen(QPen(accent, 2.0 if focused else 1.5))
    p.setBrush(with_alpha(accent, 0.18))
    p.drawRoundedRect(rect, RADIUS, RADIUS)
    start = layout.moment_at(chosen.column, chosen.first)
    end = layout.moment_at(chosen.column, chosen.last)
    words = f"{format_time(start)} – {format_time(end)}"
    if not free:
        words += "  " + translate("team_paint", "Not free", "the chosen time, something blocks it")
    p.setFont(fonts.bold)
    p.setPen(ensure_contrast(accent, base, 4.5))
    p.drawText(rect.adjusted(6, 2, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
               words)
    p.restore()


def paint_dragged(p: QPainter, layout: TeamLayout, dragged: Dragged, pal: QPalette) -> None:
    """Where a dragged (or resized) block would go: its outline in the target column, red
    when something there keeps that time from being booked."""
    first, last = dragged.minutes()
    rect = layout.slot_rect(dragged.column, first, last).adjusted(2, 0.5, -2, -0.5)
    color = (pal.color(QPalette.ColorRole.Highlight) if dragged_is_free(layout, dragged)
             else CONFLICT_COLOR)
    p.save()
    p.setPen(QPen(color, 2.0, Qt.PenStyle.DashLine))
    p.setBrush(with_alpha(color, 0.22))
    p.drawRoundedRect(rect, RADIUS, RADIUS)
    p.restore()


def paint_header(p: QPainter, layout: TeamLayout, pal: QPalette, fonts: WeekFonts,
                 size: tuple[float, float, float], current: int | None,
                 focus: ScheduleItem | None = None) -> None:
    """The staff members' names over their columns, shifted `size[2]` pixels as the
    columns are scrolled sideways (the corner over the hours stays put); the column with
    the keyboard's choice underlined, one whose calendars cannot be trusted marked; under
    the names, the row of all-day items (as the week's band shows them)."""
    width, height, shift = size
    base, text = pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.WindowText)
    p.fillRect(QRectF(0, 0, width, height), base)
    accent = ensure_contrast(pal.color(QPalette.ColorRole.Highlight), base, 4.5)
    names = height - layout.band_height()
    fm = QFontMetricsF(fonts.bold)
    p.save()
    p.setClipRect(QRectF(layout.metrics.gutter, 0, width, height))
    p.translate(shift, 0)
    for n, column in enumerate(layout.columns):
        cell = QRectF(layout.column_left(n), 0, layout.column_width, names)
        name = column.name + (" \u26a0" if column.stale else "")
        if not column.bookable:
            name = translate("team_paint", "{name} (no calendar)",
                             "a staff member with no calendar to book in").format(name=name)
        p.setFont(fonts.bold)
        p.setPen(accent if n == current else text)
        p.drawText(cell.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignCenter,
                   fm.elidedText(name, Qt.TextElideMode.ElideRight, cell.width() - 8))
        if n == current:
            p.fillRect(QRectF(cell.left() + 6, names - 3, cell.width() - 12, 3), accent)
    _paint_all_day(p, layout, pal, fonts, focus)
    p.restore()
    if layout.all_day_rows:
        p.setFont(fonts.small)
        p.setPen(with_alpha(text, 0.55))
        label = translate("team_paint", "all-day")
        # Under the hours' labels; a longer word ("ganztägig") keeps off the window's edge.
        right = max(layout.metrics.gutter - 10,
                    3 + QFontMetricsF(fonts.small).horizontalAdvance(label))
        p.drawText(QRectF(0, names, right, layout.band_height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
    p.setPen(QPen(with_alpha(text, 0.18), 1.0))
    p.drawLine(QPointF(0, height - 0.5), QPointF(width, height - 0.5))


def _paint_all_day(p: QPainter, layout: TeamLayout, pal: QPalette, fonts: WeekFonts,
                   focus: ScheduleItem | None) -> None:
    """Each all-day block with its title (plain text), and "+N more" where they are."""
    base = pal.color(QPalette.ColorRole.Window)
    fm = QFontMetricsF(fonts.bold)
    for block in layout.all_day:
        paint = block_colors(block, base)
        paint_block(p, block.rect, paint, radius=4)
        if focus is not None and block.item == focus:
            paint_focus_ring(p, block.rect.adjusted(1, 1, -1, -1),
                             pal.color(QPalette.ColorRole.Highlight), base)
        p.setFont(fonts.bold)
        p.setPen(paint.text)
        p.drawText(block.rect.adjusted(6, 0, -4, 0),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   fm.elidedText(item_title(block.item), Qt.TextElideMode.ElideRight,
                                 block.rect.width() - 10))
    m = layout.metrics
    p.setFont(fonts.small)
    p.setPen(with_alpha(pal.color(QPalette.ColorRole.WindowText), 0.7))
    for column, more in layout.hidden_all_day.items():
        y = layout.band_top + m.all_day_padding + (layout.all_day_rows - 1) * m.all_day_row
        rect = QRectF(layout.column_left(column) + 6, y, layout.column_width - 8, m.all_day_row)
        p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   translate("team_paint", "+{count} more").format(count=more))


def moments(layout: TeamLayout, chosen: Chosen) -> tuple[datetime, datetime]:
    return (layout.moment_at(chosen.column, chosen.first),
            layout.moment_at(chosen.column, chosen.last))
