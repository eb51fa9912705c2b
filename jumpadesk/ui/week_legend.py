"""What the block styles mean, and which calendar each colour is."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QPointF,
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
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from jumpadesk.availability import APPOINTMENT_COLOR, BLOCKED_COLOR, ScheduleItem
from jumpadesk.kinds import OccurrenceKind, Source
from jumpadesk.ui.colors import (
    calendar_color,
    readable_text_color,
    with_alpha,
)
from jumpadesk.ui.translation import translate
from jumpadesk.ui.week_focus import BOOK_HINT
from jumpadesk.ui.week_layout import (
    STYLE_APPOINTMENT,
    STYLE_BLOCKED,
    STYLE_OUTLINE,
    STYLE_SOLID,
    STYLE_TRAVEL,
)
from jumpadesk.ui.week_paint import NEUTRAL_EXAMPLE, block_paint, paint_block, paint_person

log = logging.getLogger("jumpadesk.ui.week_view")


#: A legend-only style: an outline struck through, as declined and cancelled events are.
STYLE_STRUCK = "struck"
#: A legend-only entry without a swatch: how to book.
STYLE_HINT = "hint"


@dataclass(frozen=True)
class LegendEntry:
    style: str
    color: str
    label: str


class WeekLegend(QWidget):
    """What the block styles mean, and which calendar each colour is.

    The calendars are the sub-account's conflict calendars (`set_calendars`) and any
    other calendar with an event in the week shown, so the list stays the same from
    week to week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekLegend")
        self._calendars: dict[str, str] = {}  # set by the owner: name -> colour
        self._items: list[ScheduleItem] = []
        self._entries: list[LegendEntry] = self._styles(NEUTRAL_EXAMPLE)
        self._positions: list[tuple[LegendEntry, QRectF]] = []
        sp = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)

    @staticmethod
    def _styles(travel_color: str) -> list[LegendEntry]:
        """The block styles; travel time is drawn in its event's calendar colour, so its
        swatch takes the colour travel time has this week."""
        return [
            LegendEntry(STYLE_OUTLINE, NEUTRAL_EXAMPLE, translate(
                "week_legend", "Free (does not block)")),
            LegendEntry(STYLE_STRUCK, NEUTRAL_EXAMPLE, translate(
                "week_legend", "Declined or cancelled")),
            LegendEntry(STYLE_APPOINTMENT, APPOINTMENT_COLOR, translate(
                "week_legend", "Appointment")),
            LegendEntry(STYLE_BLOCKED, BLOCKED_COLOR, translate("week_legend", "Blocked slot")),
            LegendEntry(STYLE_TRAVEL, travel_color, translate("week_legend", "Travel time")),
            LegendEntry(STYLE_HINT, "", translate("week_focus", BOOK_HINT)),
        ]

    def set_calendars(self, calendars: Sequence[tuple[str, str]]) -> None:
        """The conflict calendars as (name, colour), listed whether or not they have
        events this week."""
        self._calendars = {name: color for name, color in calendars}
        self._rebuild()

    def set_items(self, items: Sequence[ScheduleItem]) -> None:
        self._items = list(items)
        self._rebuild()

    def _rebuild(self) -> None:
        calendars = dict(self._calendars)
        for item in self._items:
            if item.source == Source.ICLOUD:
                calendars.setdefault(item.calendar, item.color)
        # Each swatch in the colour its blocks are drawn in: kept apart from the
        # appointments' green (colors.calendar_color, issue 21 item 5).
        entries = [LegendEntry(STYLE_SOLID, calendar_color(color), name)
                   for name, color in sorted(calendars.items(), key=lambda kv: kv[0].lower())]
        travel = next((calendar_color(i.color) for i in self._items
                       if i.kind == OccurrenceKind.TRAVEL),
                      entries[0].color if entries else NEUTRAL_EXAMPLE)
        self._entries = entries + self._styles(travel)
        self._fit()
        self.updateGeometry()
        self.update()

    def entries(self) -> list[LegendEntry]:
        return list(self._entries)

    def placed(self) -> list[tuple[LegendEntry, QRectF]]:
        """Where each entry is painted, for the legend's current width."""
        return list(self._positions)

    def _swatch(self) -> QSizeF:
        h = QFontMetricsF(self.font()).height()
        return QSizeF(h * 1.6, h * 0.8)

    def _place(self, width: int) -> tuple[list[tuple[LegendEntry, QRectF]], float]:
        """Where each entry goes at a width, wrapping rows, and the height they take.
        Pure: the layout asks it for widths the legend does not have."""
        fm = QFontMetricsF(self.font())
        swatch = self._swatch()
        x, y = 4.0, 4.0
        line = fm.height()
        positions = []
        for entry in self._entries:
            w = fm.horizontalAdvance(entry.label)
            if entry.style != STYLE_HINT:
                w += swatch.width() + 6
            if x > 4 and x + w > width - 4:
                x, y = 4.0, y + line + 6
            positions.append((entry, QRectF(x, y, w, line)))
            x += w + 18
        return positions, y + line + 4

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return round(self._place(width)[1])

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(600, self.heightForWidth(600))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Lay the entries out for the current width and ask for the height they take:
        not every parent layout asks heightForWidth, and a wrapped row must not be cut."""
        self._positions, height_f = self._place(self.width())
        height = round(height_f)
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        # The swatches are drawn as the grid draws blocks, on the grid's background.
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.WindowText)
        swatch = self._swatch()
        for entry, rect in self._positions:
            if entry.style == STYLE_HINT:
                p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
                p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           entry.label)
                continue
            s = QRectF(rect.left(), rect.center().y() - swatch.height() / 2,
                       swatch.width(), swatch.height())
            p.fillRect(s.adjusted(-2, -2, 2, 2), base)
            style = STYLE_OUTLINE if entry.style == STYLE_STRUCK else entry.style
            paint = block_paint(style, entry.color, base)
            paint_block(p, s, paint, radius=3,
                        outline_width=1.5 if style == STYLE_OUTLINE else 1.0)
            if entry.style == STYLE_STRUCK:
                p.setPen(QPen(with_alpha(paint.text, 0.9), 1.2))
                p.drawLine(QPointF(s.left() + 3, s.center().y()),
                           QPointF(s.right() - 3, s.center().y()))
            if entry.style == STYLE_APPOINTMENT:
                glyph = s.adjusted(0, 1, 0, -1)
                paint_person(p, glyph, readable_text_color(entry.color))
            p.setPen(text)
            p.drawText(QRectF(s.right() + 6, rect.top(), rect.width(), rect.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, entry.label)
        p.end()
