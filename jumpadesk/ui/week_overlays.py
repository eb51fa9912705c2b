"""What the week view draws over its blocks: the now-line (and the timer that moves it each
minute), the selected time or an appointment's drag preview with its label, the keyboard's
focus ring and the grid's focus edge, the band's shadow; and the stale-data banner and the
"+N more" rows, which the static layer holds (week_painter paints them through here).

All of it is painted from the view's scene (week_scene.WeekScene); nothing here lays out
or reads anything else."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from jumpadesk.ui.colors import blend, ensure_contrast, is_dark, with_alpha
from jumpadesk.ui.event_details import format_span, format_time
from jumpadesk.ui.translation import translate
from jumpadesk.ui.week_layout import DAYS, WeekLayout
from jumpadesk.ui.week_paint import (
    BANNER_BORDER,
    BANNER_FILL,
    BANNER_PAD,
    BANNER_TEXT,
    CONFLICT_COLOR,
    NOW_COLOR,
    RADIUS,
    paint_warning,
)
from jumpadesk.ui.week_scene import WeekScene


def paint_focus_ring(p: QPainter, rect: QRectF, accent: QColor, base: QColor) -> None:
    """The keyboard's focus: a ring just outside a block or the selected time, with a
    halo of the background so it shows on a block of the accent's own colour."""
    p.save()
    p.setBrush(Qt.BrushStyle.NoBrush)
    ring = rect.adjusted(-2.5, -2.5, 2.5, 2.5)
    p.setPen(QPen(base, 5))
    p.drawRoundedRect(ring, RADIUS + 2, RADIUS + 2)
    p.setPen(QPen(accent, 2.5))
    p.drawRoundedRect(ring, RADIUS + 2, RADIUS + 2)
    p.restore()


def paint_band_lines(p: QPainter, layout: WeekLayout, text: QColor) -> None:
    """The day columns' lines across the all-day band (not antialiased); each ends one
    pixel into the grid's first row."""
    top, height = layout.band_top, layout.band_height
    p.setPen(QPen(with_alpha(text, 0.13), 1))
    for day in range(DAYS + 1):
        x = round(layout.column_left(day))
        p.drawLine(QPointF(x, top), QPointF(x, top + height))


def banner_colors(base: QColor) -> tuple[QColor, QColor, QColor]:
    """Fill, border and text of the stale-data banner on a background: amber on a light
    theme, a dark amber on a dark one (a bright strip would glare there)."""
    if not is_dark(base):
        return BANNER_FILL, BANNER_BORDER, BANNER_TEXT
    fill = blend(BANNER_BORDER, base, 0.22)
    return fill, blend(BANNER_BORDER, base, 0.7), ensure_contrast("#FFE7A8", fill, 7.0)


def paint_banner(p: QPainter, rect: QRectF, text: str, font: QFont, base: QColor) -> None:
    """The stale-data banner: a warning mark and the sentence, wrapped."""
    fill, border, ink = banner_colors(base)
    p.save()
    p.setPen(QPen(border, 1))
    p.setBrush(fill)
    p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
    size = QFontMetricsF(font).height()
    icon = QRectF(rect.left() + BANNER_PAD, rect.top() + BANNER_PAD, size, size)
    paint_warning(p, icon)
    p.setPen(ink)
    p.setFont(font)
    text_rect = QRectF(icon.right() + BANNER_PAD, rect.top() + BANNER_PAD,
                       rect.right() - icon.right() - 2 * BANNER_PAD,
                       rect.height() - 2 * BANNER_PAD)
    p.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
               | Qt.TextFlag.TextWordWrap, text)
    p.restore()


def paint_more_rows(p: QPainter, scene: WeekScene, text: QColor) -> None:
    """"+N more" on each day whose all-day events do not all fit, the hovered one lit."""
    lay = scene.layout
    p.setFont(scene.fonts.small)
    for day, hidden in lay.hidden_all_day.items():
        rect = lay.more_row_rect(day)
        if rect is None:
            continue
        if scene.hover_more == day:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(with_alpha(text, 0.08))
            p.drawRoundedRect(rect, 4, 4)
        p.setPen(with_alpha(text, 0.75))
        p.drawText(rect.adjusted(6, 0, 0, 0),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   translate("week_overlays", "+{count} more").format(count=len(hidden)))


class WeekOverlays(QObject):
    """Paints, every paint, what lies over the static layer, and moves the now-line each
    minute while the view is shown (`start`, `stop`)."""

    def __init__(self, view: QWidget, scene: WeekScene, on_minute: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._scene = scene
        self._on_minute = on_minute  # reads the clock again and repaints
        self.now_timer = QTimer(self)
        self.now_timer.setObjectName("nowTimer")
        self.now_timer.setSingleShot(True)
        self.now_timer.timeout.connect(self._on_now_timer_timeout)

    def start(self) -> None:
        self._on_now_timer_timeout()

    def stop(self) -> None:
        self.now_timer.stop()

    @Slot()
    def _on_now_timer_timeout(self) -> None:
        self._on_minute()
        if self._view.isVisible():
            # Fire just after the next minute starts, so the line moves on the minute.
            now = self._scene.now
            seconds = 60 - now.second - now.microsecond / 1e6
            self.now_timer.start(max(1000, round(seconds * 1000) + 50))

    def paint(self, p: QPainter) -> None:
        """In the order the grid stacks them: the now-line, the selected time (or a timed
        block's focus ring), the grid's focus edge, the band's shadow. All of it lies in
        the grid's viewport, which header and band never paint, so drawing them after the
        header and band changes no pixel."""
        scene, view = self._scene, self._view
        lay = scene.layout
        pal = view.palette()
        base = pal.color(QPalette.ColorRole.Base)
        accent = pal.color(QPalette.ColorRole.Highlight)
        viewport = scene.grid_viewport()
        p.save()
        p.setClipRect(viewport, Qt.ClipOperation.IntersectClip)
        p.translate(0, -scene.scroll.value())
        placed_now = lay.place(scene.now)
        if placed_now is not None:
            self._paint_now_line(p, *placed_now)
        # Above every block and its text: the time being chosen and what is wrong with it.
        if scene.selection is not None:
            self._paint_selection(p, base, accent)
        elif scene.focus_item is not None and view.hasFocus():
            for block in lay.timed:
                if block.item is scene.focus_item:
                    paint_focus_ring(p, block.rect, accent, base)
        p.restore()
        if view.hasFocus() and scene.selection is None and scene.focus_item is None:
            # Focus on the grid itself, nothing chosen yet: its edge says so.
            p.setPen(QPen(accent, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(viewport.adjusted(1, 1, -1, -1))
            # The band, painted after the edge, ends its lines on the edge's top row.
            p.save()
            p.setClipRect(QRectF(0, lay.grid_top, viewport.width(), 1))
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            paint_band_lines(p, lay, pal.color(QPalette.ColorRole.Text))
            p.restore()
        if scene.scroll.value() > 0:
            self._paint_band_shadow(p)

    def selection_label(self) -> list[str]:
        """The selected time's label: when, and what is wrong with it."""
        scene = self._scene
        selection = scene.current_selection()
        assert selection is not None
        lines = [format_span(selection.start, selection.end, scene.tz)]
        if selection.overlaps:
            lines.append(translate("week_overlays", "overlaps busy time"))
        if selection.is_past:
            lines.append(translate("week_overlays", "in the past"))
        return lines

    def selection_label_rect(self) -> QRectF | None:
        """Where the label of the selected time is drawn (widget coordinates): an opaque
        chip at its top, kept inside the grid, over any block under it."""
        scene = self._scene
        if scene.selection is None:
            return None
        lay = scene.layout
        day, start, end = scene.selection
        rect = lay.slot_rect(day, start, end)
        fm = QFontMetricsF(scene.fonts.bold)
        lines = self.selection_label()
        width = max(fm.horizontalAdvance(line) for line in lines) + 12
        chip = QRectF(rect.left() + 4, rect.top() + 3, width, len(lines) * fm.height() + 4)
        right = lay.column_left(DAYS) - 2
        if chip.right() > right:
            chip.moveRight(right)
        return chip.translated(0, -scene.scroll.value())

    def _paint_selection(self, p: QPainter, base: QColor, accent: QColor) -> None:
        """The time selected (or an appointment's drag preview): red when it overlaps busy
        time, with a focus ring while the view has the keyboard, and its label on an opaque
        chip above everything."""
        scene = self._scene
        assert scene.selection is not None
        day, start, end = scene.selection
        rect = scene.layout.slot_rect(day, start, end).adjusted(1, 0.5, -1, -0.5)
        selection = scene.current_selection()
        color = CONFLICT_COLOR if selection and selection.overlaps else accent
        p.setPen(QPen(color, 1.5))
        p.setBrush(with_alpha(color, 0.18))
        p.drawRoundedRect(rect, RADIUS, RADIUS)
        if self._view.hasFocus():
            paint_focus_ring(p, rect, accent, base)
        chip = self.selection_label_rect()
        assert chip is not None
        chip.translate(0, scene.scroll.value())
        fill = blend(color, base, 0.14)
        p.setPen(QPen(with_alpha(color, 0.8), 1))
        p.setBrush(fill)
        p.drawRoundedRect(chip, 4, 4)
        p.setFont(scene.fonts.bold)
        p.setPen(ensure_contrast(color, fill, 4.5))
        p.drawText(chip.adjusted(6, 2, -4, -2),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                   "\n".join(self.selection_label()))

    def _paint_now_line(self, p: QPainter, day: int, y: float) -> None:
        """The now-line: faint across the week, strong across today, with the time in
        the gutter."""
        scene = self._scene
        lay = scene.layout
        cols_left, cols_right = lay.metrics.gutter, lay.column_left(DAYS)
        p.setPen(QPen(with_alpha(NOW_COLOR, 0.35), 1))
        p.drawLine(QPointF(cols_left, y), QPointF(cols_right, y))
        left = lay.column_left(day)
        p.setPen(QPen(NOW_COLOR, 2))
        p.drawLine(QPointF(left, y), QPointF(left + lay.column_width, y))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(NOW_COLOR)
        p.drawEllipse(QPointF(left, y), 4.5, 4.5)
        label = format_time(scene.now.astimezone(scene.tz))
        p.setFont(scene.fonts.bold)
        fmb = QFontMetricsF(scene.fonts.bold)
        w = fmb.horizontalAdvance(label) + 10
        pill = QRectF(lay.metrics.gutter - 8 - w, y - fmb.height() / 2 - 1, w, fmb.height() + 2)
        p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        p.setPen(QColor("white"))
        p.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_band_shadow(self, p: QPainter) -> None:
        """A soft shadow under the band once the grid is scrolled beneath it."""
        lay = self._scene.layout
        shadow_top = lay.band_top + lay.band_height
        grad = QLinearGradient(0, shadow_top, 0, shadow_top + 6)
        grad.setColorAt(0, with_alpha(QColor("black"), 0.10))
        grad.setColorAt(1, with_alpha(QColor("black"), 0.0))
        p.fillRect(QRectF(0, shadow_top, lay.column_left(DAYS), 6), QBrush(grad))


__all__ = [
    "WeekOverlays",
    "banner_colors",
    "paint_band_lines",
    "paint_banner",
    "paint_focus_ring",
    "paint_more_rows",
]
