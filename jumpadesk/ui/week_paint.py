"""How a block, a person mark and a warning are painted: shared by the week view
and its legend, with the colours they use."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from PySide6.QtCore import (
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

from jumpadesk.availability import BLOCKED_COLOR
from jumpadesk.ui.colors import (
    blend,
    contrast_ratio,
    ensure_contrast,
    is_dark,
    parse_color,
    readable_text_color,
    text_color_on,
    with_alpha,
)
from jumpadesk.ui.week_layout import (
    STYLE_APPOINTMENT,
    STYLE_BLOCKED,
    STYLE_OUTLINE,
    STYLE_SOLID,
)

log = logging.getLogger("jumpadesk.ui.week_view")


Clock = Callable[[], datetime]

NOW_COLOR = QColor("#E5483B")
CONFLICT_COLOR = QColor("#C62828")
NEUTRAL_EXAMPLE = "#5B7DB1"
WORKING_HOURS = (8, 18)
RADIUS = 5.0
BANNER_FILL = QColor("#FFF4D6")
BANNER_BORDER = QColor("#EBC46A")
BANNER_TEXT = QColor("#4A3600")
BANNER_PAD = 8.0
#: A drag this close to the grid's top or bottom edge (or past it) scrolls the grid.
AUTOSCROLL_ZONE = 28.0
AUTOSCROLL_INTERVAL_MS = 30


def utc_now() -> datetime:
    return datetime.now(UTC)


# -- painting a block, shared by the view and the legend -------------------------------


@dataclass(frozen=True)
class BlockPaint:
    fill: QColor
    border: QColor
    text: QColor
    hatch: QColor | None = None
    dashed: bool = False


#: WCAG's least contrast for shapes a person must see (an outline against the grid).
SHAPE_CONTRAST = 3.0


def block_paint(style: str, color: str | QColor, base: QColor, busy: bool = True) -> BlockPaint:
    """The colours of one block style on a given background (light or dark).

    Text keeps 4.5:1 against what is under it, hatch lines included; a free event's outline
    keeps 3:1 against the background, so a navy calendar stays visible in a dark theme
    and a pale yellow one in a light theme."""
    c = parse_color(color)
    if style == STYLE_SOLID or style == STYLE_APPOINTMENT:
        border = c.darker(118)
        if contrast_ratio(c, base) < 2.0:  # the block's colour is close to the background
            border = ensure_contrast(c, base, SHAPE_CONTRAST)
        return BlockPaint(fill=c, border=border, text=readable_text_color(c))
    if style == STYLE_OUTLINE:
        fill = blend(c, base, 0.12)
        return BlockPaint(fill=fill, border=ensure_contrast(c, base, SHAPE_CONTRAST),
                          text=ensure_contrast(c, fill, 4.5))
    # Hatching is fainter on a dark theme, where bright lines would fight the text.
    dark = is_dark(base)
    if style == STYLE_BLOCKED:
        grey = parse_color(BLOCKED_COLOR)
        fill = blend(grey, base, 0.14)
        hatch = with_alpha(grey, 0.22 if dark else 0.30)
        return BlockPaint(fill=fill, border=blend(grey, base, 0.55),
                          text=text_color_on(grey, [fill, _under_hatch(fill, hatch)], 5.0),
                          hatch=hatch)
    # travel: a lighter, hatched block in the event's colour
    fill = blend(c, base, 0.20 if busy else 0.08)
    hatch = with_alpha(c, (0.22 if dark else 0.38) if busy else (0.14 if dark else 0.2))
    return BlockPaint(fill=fill, border=blend(c, base, 0.75),
                      text=text_color_on(c, [fill, _under_hatch(fill, hatch)], 4.5),
                      hatch=hatch, dashed=not busy)


@lru_cache(maxsize=256)
def cached_block_paint(style: str, color: str, base_rgba: int, busy: bool) -> BlockPaint:
    """block_paint, once per calendar colour, style and theme rather than once per block
    and paint: the contrast arithmetic is the same for every block of a calendar."""
    return block_paint(style, color, QColor.fromRgba(base_rgba), busy)


def _under_hatch(fill: QColor, hatch: QColor) -> QColor:
    """The colour of a hatch line over the fill, which text crosses too."""
    return blend(hatch, fill, hatch.alphaF())


def paint_block(
    p: QPainter,
    rect: QRectF,
    paint: BlockPaint,
    *,
    radius: float = RADIUS,
    cut_top: bool = False,
    cut_bottom: bool = False,
    cut_left: bool = False,
    cut_right: bool = False,
    outline_width: float = 1.0,
    left_edge: float = 0.0,
) -> None:
    """A rounded block; a cut side is square, for items going on past the block. With
    `left_edge`, a strip that wide on its left in the border's colour, inside the rounding
    (desktop calendars mark a block's calendar so).

    Drawn inside the painter's current clip (the time grid's viewport, say), never over it.
    """
    cut = cut_top or cut_bottom or cut_left or cut_right
    if cut:
        # The rounding of a cut side lies outside the block, cut off by the clip.
        p.save()
        p.setClipRect(rect.adjusted(-1, -1, 1, 1), Qt.ClipOperation.IntersectClip)
        shape = rect.adjusted(
            -radius * 2 if cut_left else 0,
            -radius * 2 if cut_top else 0,
            radius * 2 if cut_right else 0,
            radius * 2 if cut_bottom else 0,
        )
    else:
        shape = rect
    if paint.dashed:
        _paint_dashed(p, rect, shape, paint, radius, outline_width, left_edge)
    else:
        _paint_outlined(p, rect, shape, paint, radius, outline_width, left_edge)
    if cut:
        p.restore()


def _paint_dashed(p: QPainter, rect: QRectF, shape: QRectF, paint: BlockPaint, radius: float,
                  outline_width: float, left_edge: float) -> None:
    """A block with a dashed outline: stroked over the fill, which shows between the
    dashes."""
    path = QPainterPath()
    path.addRoundedRect(shape, radius, radius)
    p.fillPath(path, paint.fill)
    if paint.hatch is not None:
        p.fillPath(path, hatch_brush(paint.hatch, 7.0, device_ratio(p)))
    if left_edge > 0:
        p.fillPath(_left_edge(rect, radius, left_edge), paint.border)
    half = outline_width / 2
    p.setPen(_outline_pen(paint.border.rgba(), outline_width))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(shape.adjusted(half, half, -half, -half), radius, radius)


def _paint_outlined(p: QPainter, rect: QRectF, shape: QRectF, paint: BlockPaint,
                    radius: float, outline_width: float, left_edge: float) -> None:
    """A block with a solid outline: the border's colour under the fill, which leaves it
    showing (two fills instead of a fill and a stroke)."""
    w = outline_width
    outer, inner = _outlined_shape(shape.x(), shape.y(), shape.width(), shape.height(),
                                   radius, w)
    p.fillPath(outer, paint.border)
    p.fillPath(inner, paint.fill)
    if paint.hatch is not None:
        p.fillPath(inner, hatch_brush(paint.hatch, 7.0, device_ratio(p)))
    if left_edge > w:
        # The edge inside the outline, as tall as fits inside the rounding (within a
        # pixel of the corners it reaches the outline, which is its colour too).
        inset = radius - math.sqrt(max(radius * radius - (radius - w) ** 2, 0.0))
        p.fillRect(QRectF(rect.left() + w, rect.top() + inset, left_edge - w,
                          rect.height() - 2 * inset), paint.border)


@lru_cache(maxsize=2048)
def _outlined_shape(x: float, y: float, width: float, height: float, radius: float,
                    outline: float) -> tuple[QPainterPath, QPainterPath]:
    """A rounded rectangle and the part of it inside an outline that wide: built once
    per place and size (a week's blocks mostly keep theirs from one paint to the next)."""
    outer = QPainterPath()
    outer.addRoundedRect(QRectF(x, y, width, height), radius, radius)
    inner = QPainterPath()
    inner_radius = max(radius - outline, 0.0)
    inner.addRoundedRect(QRectF(x + outline, y + outline, width - 2 * outline,
                                height - 2 * outline), inner_radius, inner_radius)
    return outer, inner


@lru_cache(maxsize=64)
def _outline_pen(rgba: int, width: float) -> QPen:
    """A dashed outline's pen."""
    pen = QPen(QColor.fromRgba(rgba), width)
    pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _left_edge(rect: QRectF, radius: float, width: float) -> QPainterPath:
    """The strip `width` wide along the left of `rect` rounded by `radius`: the left side
    and the parts of the two left corners' arcs it holds."""
    path = QPainterPath()
    r = min(radius, rect.width() / 2, rect.height() / 2)
    if width >= r:
        path.addRoundedRect(rect, r, r)
        return path.intersected(_rect_path(QRectF(rect.left(), rect.top(), width,
                                                  rect.height())))
    # Where the strip's right side meets the corner's circle: this many degrees from
    # the circle's left point.
    sweep = math.degrees(math.acos((r - width) / r))
    left, top, bottom = rect.left(), rect.top(), rect.bottom()
    path.arcMoveTo(QRectF(left, top, 2 * r, 2 * r), 180 - sweep)
    path.arcTo(QRectF(left, top, 2 * r, 2 * r), 180 - sweep, sweep)
    path.lineTo(left, bottom - r)
    path.arcTo(QRectF(left, bottom - 2 * r, 2 * r, 2 * r), 180, sweep)
    path.closeSubpath()
    return path


def _rect_path(rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    path.addRect(rect)
    return path


def device_ratio(p: QPainter) -> float:
    """The device pixel ratio of what `p` paints on (a widget, or the image or pixmap
    QWidget.render() paints it into)."""
    engine = p.paintEngine()
    device = engine.paintDevice() if engine is not None else None
    device = device or p.device()
    return device.devicePixelRatioF() if device is not None else 1.0


#: The hatching's lines: 1.2 px wide, square ended, rising to the right at 45 degrees.
HATCH_WIDTH = 1.2


@lru_cache(maxsize=64)
def _hatch_tile(rgba: int, step: float, ratio: float) -> QImage:
    """One tile of the hatching at the device's pixel ratio: the lines where x + y is a
    multiple of `step`, antialiased, wrapping around the tile's edges so the tiles join
    into unbroken lines. As many steps square as make whole device pixels (at 1.5x, two
    steps of 7 px are 21 pixels), so the pattern repeats exactly."""
    steps = next((n for n in range(1, 9)
                  if abs(n * step * ratio - round(n * step * ratio)) < 0.01), 1)
    length = steps * step
    size = max(1, round(length * ratio))
    tile = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    tile.fill(Qt.GlobalColor.transparent)
    tile.setDevicePixelRatio(size / length)  # exactly `length` long, whatever the ratio
    tp = QPainter(tile)
    tp.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor.fromRgba(rgba), HATCH_WIDTH)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    tp.setPen(pen)
    for k in range(-1, 2 * steps + 2):  # the lines crossing the tile, and those reaching it
        c = k * step
        tp.drawLine(QPointF(c + length, -length), QPointF(c - 2 * length, 2 * length))
    tp.end()
    return tile


def hatch_brush(color: QColor, step: float, ratio: float) -> QBrush:
    """A brush of diagonal lines rising to the right, `step` px apart along a row: the lines
    where x + y is a multiple of `step` in the painter's coordinates, so hatching drawn
    piece by piece (blocks, days, a part repainted) lines up."""
    return _hatch_brush(color.rgba(), step, ratio)


@lru_cache(maxsize=64)
def _hatch_brush(rgba: int, step: float, ratio: float) -> QBrush:
    return QBrush(_hatch_tile(rgba, step, ratio))


def paint_hatch(p: QPainter, rect: QRectF, color: QColor, step: float = 7.0,
                near: QRectF | None = None) -> None:
    """Diagonal lines across `rect` (and only inside it), rising to the right. With `near`
    (whole pixels), only the part of it within `near` (the rest is left as it was)."""
    if near is not None:
        rect = rect.intersected(near)
    if rect.isEmpty():
        return
    p.fillRect(rect, hatch_brush(color, step, device_ratio(p)))


def paint_person(p: QPainter, rect: QRectF, color: QColor) -> None:
    """A small head-and-shoulders glyph marking an appointment."""
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    s = min(rect.width(), rect.height())
    cx, top = rect.center().x(), rect.top() + (rect.height() - s) / 2
    head = s * 0.38
    p.drawEllipse(QRectF(cx - head / 2, top, head, head))
    body = QPainterPath()
    body.addRoundedRect(QRectF(cx - s * 0.36, top + s * 0.46, s * 0.72, s * 0.54), s * 0.3, s * 0.3)
    p.drawPath(body)
    p.restore()


def paint_warning(p: QPainter, rect: QRectF) -> None:
    """An amber warning triangle with an exclamation mark."""
    p.save()
    path = QPainterPath()
    path.moveTo(rect.center().x(), rect.top() + 0.5)
    path.lineTo(rect.right(), rect.bottom() - 0.5)
    path.lineTo(rect.left(), rect.bottom() - 0.5)
    path.closeSubpath()
    p.setPen(QPen(QColor("#B7791F"), 1.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.setBrush(QColor("#F6C344"))
    p.drawPath(path)
    p.setPen(QPen(QColor("#3D2A00"), max(1.4, rect.width() / 9), Qt.PenStyle.SolidLine,
                  Qt.PenCapStyle.RoundCap))
    cx = rect.center().x()
    p.drawLine(QPointF(cx, rect.top() + rect.height() * 0.38),
               QPointF(cx, rect.top() + rect.height() * 0.66))
    p.drawPoint(QPointF(cx, rect.top() + rect.height() * 0.82))
    p.restore()


def wrap_text(text: str, fm: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap; the last line is elided."""
    if max_lines <= 0 or width <= 4:
        return []
    words = text.split()
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if fm.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        if len(lines) == max_lines - 1:
            current = " ".join([current, *words[i:]])  # the rest, elided on the last line
            break
        lines.append(current)
        current = word
    if current:
        lines.append(current)
    lines = lines[:max_lines]
    return [fm.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
