"""What the block styles mean, and which calendar each colour is."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from jumpadesk.availability import APPOINTMENT_COLOR, BLOCKED_COLOR, ScheduleItem
from jumpadesk.ui.colors import (
    readable_text_color,
)
from jumpadesk.ui.week_layout import (
    STYLE_APPOINTMENT,
    STYLE_BLOCKED,
    STYLE_OUTLINE,
    STYLE_SOLID,
    STYLE_TRAVEL,
)
from jumpadesk.ui.week_paint import NEUTRAL_EXAMPLE, block_paint, paint_block, paint_person

log = logging.getLogger("jumpadesk.ui.week_view")


@dataclass(frozen=True)
class LegendEntry:
    style: str
    color: str
    label: str


class WeekLegend(QWidget):
    """What the block styles mean, and which calendar each colour is."""

    STYLES = (
        LegendEntry(STYLE_OUTLINE, NEUTRAL_EXAMPLE, "Free (does not block)"),
        LegendEntry(STYLE_APPOINTMENT, APPOINTMENT_COLOR, "Appointment"),
        LegendEntry(STYLE_BLOCKED, BLOCKED_COLOR, "Blocked slot"),
        LegendEntry(STYLE_TRAVEL, NEUTRAL_EXAMPLE, "Travel time"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekLegend")
        self._entries: list[LegendEntry] = list(self.STYLES)
        self._positions: list[tuple[LegendEntry, QRectF]] = []
        sp = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)

    def set_items(self, items: Sequence[ScheduleItem]) -> None:
        calendars: dict[tuple[int | None, str], str] = {}
        for item in items:
            if item.source == "icloud":
                calendars.setdefault((item.calendar_id, item.calendar), item.color)
        entries = [
            LegendEntry(STYLE_SOLID, color, name)
            for (_, name), color in sorted(calendars.items(), key=lambda kv: kv[0][1].lower())
        ]
        self._entries = entries + list(self.STYLES)
        self._place(self.width())
        self.updateGeometry()
        self.update()

    def entries(self) -> list[LegendEntry]:
        return list(self._entries)

    def _swatch(self) -> QSizeF:
        h = QFontMetricsF(self.font()).height()
        return QSizeF(h * 1.6, h * 0.8)

    def _place(self, width: int) -> float:
        fm = QFontMetricsF(self.font())
        swatch = self._swatch()
        x, y = 4.0, 4.0
        line = fm.height()
        self._positions = []
        for entry in self._entries:
            w = swatch.width() + 6 + fm.horizontalAdvance(entry.label)
            if x > 4 and x + w > width - 4:
                x, y = 4.0, y + line + 6
            self._positions.append((entry, QRectF(x, y, w, line)))
            x += w + 18
        return y + line + 4

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return round(self._place(width))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(600, self.heightForWidth(600))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place(self.width())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.WindowText)
        swatch = self._swatch()
        for entry, rect in self._positions:
            s = QRectF(rect.left(), rect.center().y() - swatch.height() / 2,
                       swatch.width(), swatch.height())
            paint_block(p, s, block_paint(entry.style, entry.color, base), radius=3,
                        outline_width=1.5 if entry.style == STYLE_OUTLINE else 1.0)
            if entry.style == STYLE_APPOINTMENT:
                glyph = s.adjusted(0, 1, 0, -1)
                paint_person(p, glyph, readable_text_color(entry.color))
            p.setPen(text)
            p.drawText(QRectF(s.right() + 6, rect.top(), rect.width(), rect.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, entry.label)
        p.end()
