"""How one timed block is painted, in the week and in the team's day alike: its colours
(a calendar's events never in the appointments' green, an unconfirmed appointment
dashed, a no-show faded), its service buffers as a lighter part above and below it, and
its text (the title with who is coming, "Haircut · Ann Lee", then its time and place)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from jumpadesk.kinds import Attendance, Source
from jumpadesk.ui.colors import blend, calendar_color, ensure_contrast, with_alpha
from jumpadesk.ui.week_layout import STYLE_APPOINTMENT, STYLE_OUTLINE, STYLE_SOLID, Block
from jumpadesk.ui.week_paint import (
    BlockPaint,
    block_paint,
    cached_block_paint,
    paint_block,
    paint_person,
    paint_warning,
)
from jumpadesk.ui.week_text import TextLine, WeekFonts

__all__ = ["block_colors", "paint_block_text", "paint_buffers", "paint_timed_block",
           "warning_rect"]


def warning_rect(rect: QRectF) -> QRectF:
    """The warning mark's place on a block: its top right corner, at most 14 px."""
    size = max(0.0, min(14.0, rect.height() - 4, rect.width() - 4))
    return QRectF(rect.right() - size - 3, rect.top() + 2, size, size)


def block_colors(block: Block, base: QColor) -> BlockPaint:
    """The colours and border a block is painted with on `base`: an appointment iCloud
    has not confirmed yet gets a dashed border (issue 10)."""
    item = block.item
    if isinstance(item.color, str):
        # A calendar's events never in (nearly) the appointments' green (issue 21 item 5).
        color = calendar_color(item.color) if item.source == Source.ICLOUD else item.color
        paint = cached_block_paint(block.style, color, base.rgba(), item.busy)
    else:
        paint = block_paint(block.style, item.color, base, item.busy)
    if not item.confirmed and not paint.dashed:
        # In the text's colour: a dash in the block's own darker shade is lost on it.
        paint = replace(paint, dashed=True, border=paint.text)
    if item.source == Source.APPOINTMENT and item.attendance == Attendance.NO_SHOW.value:
        # A no-show faded toward the grid (its title is struck and marked ✗): the time
        # still shows, the text still reads (4.5:1 on the faded fill).
        fill = blend(paint.fill, base, 0.45)
        paint = replace(paint, fill=fill, border=blend(paint.border, base, 0.6),
                        text=ensure_contrast(paint.text, fill, 4.5))
    return paint


def paint_buffers(p: QPainter, block: Block, paint: BlockPaint, per_minute: float,
                  day_top: float, day_bottom: float) -> None:
    """An appointment's service buffers, as a lighter part of its block above and below
    it (the time they keep the staff member, not the service itself), within the day
    (`day_top`..`day_bottom`, its midnights; `per_minute` pixels a minute)."""
    item, rect = block.item, block.rect
    spans = []
    if item.buffer_before and not block.starts_before:
        top = max(day_top, rect.top() - item.buffer_before.total_seconds() / 60.0 * per_minute)
        spans.append(QRectF(rect.left(), top, rect.width(), rect.top() - top))
    if item.buffer_after and not block.ends_after:
        bottom = min(day_bottom,
                     rect.bottom() + item.buffer_after.total_seconds() / 60.0 * per_minute)
        spans.append(QRectF(rect.left(), rect.bottom(), rect.width(), bottom - rect.bottom()))
    p.save()
    p.setPen(QPen(with_alpha(paint.border, 0.5), 1.0, Qt.PenStyle.DotLine))
    p.setBrush(with_alpha(paint.fill, 0.35))
    for span in spans:
        if span.height() > 0:
            p.drawRect(span.adjusted(0.5, 0, -0.5, 0))
    p.restore()


def paint_block_text(p: QPainter, block: Block, paint: BlockPaint, lines: list[TextLine],
                     fonts: WeekFonts, top: float) -> None:
    """The block's lines from `top`, with the person mark before an appointment's title."""
    rect = block.rect
    p.save()
    p.setClipRect(rect.adjusted(1, 1, -1, -1), Qt.ClipOperation.IntersectClip)
    p.setPen(paint.text)
    left = rect.left() + 5 + (2 if block.style in (STYLE_SOLID, STYLE_APPOINTMENT) else 0)
    for line in lines:
        p.setFont(fonts.struck if line.struck else fonts.bold if line.bold else fonts.small)
        p.drawText(QPointF(left + line.x, top + line.y), line.text)
    if block.style == STYLE_APPOINTMENT and lines[0].x > 0:
        fm = QFontMetricsF(fonts.bold)
        size = fm.height() * 0.75
        first = lines[0]
        glyph = QRectF(left, top + first.y - fm.ascent() + (fm.height() - size) / 2,
                       size, size)
        paint_person(p, glyph, paint.text)
    p.restore()


def paint_timed_block(p: QPainter, block: Block, paint: BlockPaint, lines: list[TextLine],
                      fonts: WeekFonts, *, per_minute: float, day_top: float,
                      day_bottom: float) -> None:
    """A timed block whole, as the team's day paints it: buffers, the block with its
    calendar's edge, its text and, when something now overlaps it, the warning mark."""
    rect = block.rect
    edge = 3.0 if block.style in (STYLE_SOLID, STYLE_APPOINTMENT) and rect.width() > 6 else 0.0
    if block.item.buffer_before or block.item.buffer_after:
        paint_buffers(p, block, paint, per_minute, day_top, day_bottom)
    paint_block(p, rect, paint, cut_top=block.starts_before, cut_bottom=block.ends_after,
                outline_width=1.5 if block.style == STYLE_OUTLINE or paint.dashed else 1.0,
                left_edge=edge)
    if lines:
        paint_block_text(p, block, paint, lines, fonts, rect.top())
    if block.item.overlapped_by:
        paint_warning(p, warning_rect(rect))
