"""The day on paper, painted with QPainter: one page per staff member, their name and the
date in the person's locale, their opening hours, then what blocks them that day in time
order (jumpadesk.agenda). The one painting function the window's Print Day (on a
QPrinter) and `jumpadesk agenda --pdf` (on a QPdfWriter) both use.

A face of its own beside cli/ and ui/: Qt, but no widget. The command line loads it
only when a PDF is asked for. Text from servers is drawn as plain text, never markup.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QLocale,
    QMarginsF,
    QMessageLogContext,
    QRectF,
    Qt,
    QTime,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from jumpadesk.agenda import AgendaDay, AgendaEntry, heading, hours_line, stale_lines, what_of
from jumpadesk.language import translate
from jumpadesk.store_file import save_whole

__all__ = ["locale_date", "paint_days", "save_pdf"]

log = logging.getLogger("jumpadesk.day_sheet")

#: Points: the page's margins, the heading's and the rows' sizes.
MARGIN = 15.0  # millimetres
TITLE_POINTS = 16
TEXT_POINTS = 10


def locale_date(day: AgendaDay) -> str:
    """The day as the person's locale writes it in full ("Dienstag, 24. November 2026")."""
    return QLocale().toString(QDate(day.day.year, day.day.month, day.day.day),
                              QLocale.FormatType.LongFormat)


def _locale_times(entry: AgendaEntry, day: AgendaDay) -> str:
    """"10:15 – 11:00" on the locale's clock; an end on another day with its weekday."""
    if entry.all_day:
        return translate("day_sheet", "all day")
    locale = QLocale()

    def clock(moment: datetime) -> str:
        text = locale.toString(QTime(moment.hour, moment.minute),
                               QLocale.FormatType.ShortFormat)
        if moment.date() != day.day:
            text = f"{locale.dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)} {text}"
        return text

    return f"{clock(entry.start)} \u2013 {clock(entry.end)}"


def paint_days(painter: QPainter, device: QPagedPaintDevice, days: Sequence[AgendaDay]) -> None:
    """Paint each day on a page of its own (`device` is the painter's: a QPrinter or a
    QPdfWriter, already begun)."""
    for number, day in enumerate(days):
        if number:
            device.newPage()
        _paint_page(painter, device, day)


def _paint_page(painter: QPainter, device: QPagedPaintDevice, day: AgendaDay) -> None:
    page = QRectF(painter.viewport())
    title_font, text_font = QFont(painter.font()), QFont(painter.font())
    title_font.setPointSizeF(TITLE_POINTS)
    title_font.setBold(True)
    text_font.setPointSizeF(TEXT_POINTS)
    y = page.top()
    painter.setFont(title_font)
    title = QFontMetricsF(title_font, painter.device())
    painter.drawText(QRectF(page.left(), y, page.width(), title.height()),
                     Qt.TextFlag.TextSingleLine, heading(day, locale_date(day)))
    y += title.height() * 1.5
    painter.setFont(text_font)
    metrics = QFontMetricsF(text_font, painter.device())
    line = metrics.lineSpacing()
    for text in [hours_line(day), *stale_lines(day)]:
        y = _paragraph(painter, page.left(), y, page.width(), text, metrics)
    y += line
    times_width = metrics.horizontalAdvance("00:00 AM \u2013 Mon 00:00 AM  ")
    busy, free = translate("day_sheet", "busy"), translate("day_sheet", "free")
    flag_width = max(metrics.horizontalAdvance(busy), metrics.horizontalAdvance(free)) \
        + metrics.horizontalAdvance("   ")
    if not day.entries:
        painter.drawText(QRectF(page.left(), y, page.width(), line),
                         Qt.TextFlag.TextSingleLine,
                         translate("day_sheet", "Nothing on the schedule."))
    for entry in day.entries:
        if y + 2 * line > page.bottom():  # a long day goes on over the page
            device.newPage()
            y = page.top()
            painter.drawText(QRectF(page.left(), y, page.width(), line),
                             Qt.TextFlag.TextSingleLine,
                             translate("day_sheet", "{heading} (continued)").format(
                                 heading=heading(day, locale_date(day))))
            y += line * 1.5
        painter.drawText(QRectF(page.left(), y, times_width, line),
                         Qt.TextFlag.TextSingleLine, _locale_times(entry, day))
        painter.drawText(QRectF(page.left() + times_width, y, flag_width, line),
                         Qt.TextFlag.TextSingleLine, busy if entry.busy else free)
        left = page.left() + times_width + flag_width
        y = _paragraph(painter, left, y, page.right() - left, what_of(entry), metrics)
        y += line * 0.3


def _paragraph(painter: QPainter, left: float, y: float, width: float, text: str,
               metrics: QFontMetricsF) -> float:
    """Draw `text` wrapped in the width from `y`; the y under it."""
    flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextExpandTabs
    box = metrics.boundingRect(QRectF(left, y, width, 10_000), int(flags), text)
    painter.drawText(QRectF(left, y, width, box.height()), int(flags), text)
    return y + box.height()


def _ensure_gui() -> None:
    """Text needs a QGuiApplication: the command line makes an offscreen one (no window,
    no display needed). What Qt says meanwhile (a locale that is not UTF-8) goes to the
    log, not into the command's answer."""
    if QGuiApplication.instance() is None:
        qInstallMessageHandler(_to_log)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP.append(QGuiApplication([sys.argv[0] if sys.argv else "jumpadesk"]))


def _to_log(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    quiet = kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
    level = logging.DEBUG if quiet else logging.WARNING
    log.log(level, "Qt: %s", message)


_APP: list[QGuiApplication] = []


def save_pdf(path: Path, days: Sequence[AgendaDay]) -> Path:
    """The days as a PDF at `path` (A4, one page a staff member), written whole or not at
    all (store_file.save_whole); the absolute path it went to."""
    _ensure_gui()

    def fill(partial: Path) -> None:
        writer = QPdfWriter(str(partial))
        writer.setTitle(", ".join(heading(d) for d in days) or translate("day_sheet", "Day"))
        writer.setCreator("jumpadesk")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(MARGIN, MARGIN, MARGIN, MARGIN),
                                         QPageLayout.Unit.Millimeter))
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot write a PDF at {partial}")
        try:
            paint_days(painter, writer, days)
        finally:
            painter.end()

    return save_whole(path, fill)
