"""The week view's fonts and the text on its blocks: which lines a block shows, wrapped and
elided to fit, worked out once per layout (never while painting)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from jumpadesk.availability import ScheduleItem
from jumpadesk.kinds import Attendance, OccurrenceKind, Source
from jumpadesk.ui.event_details import format_hour, format_span, format_time, item_title
from jumpadesk.ui.translation import translate
from jumpadesk.ui.week_layout import STYLE_APPOINTMENT, Block, Metrics, WeekLayout
from jumpadesk.ui.week_paint import BANNER_PAD, wrap_text

#: Space between a block's edge and its text, across and down.
TEXT_PAD = 5.0
TEXT_TOP = 3.0


@dataclass(frozen=True)
class TextLine:
    """One line of text on a block."""

    text: str
    bold: bool
    y: float  # baseline offset from the block's top
    x: float = 0.0  # extra left indent (after the appointment glyph)
    struck: bool = False  # a cancelled or declined event's title


@dataclass(frozen=True, eq=False)
class WeekFonts:
    """The fonts the week is drawn in, all from the widget's own font."""

    base: QFont
    small: QFont  # hour labels, a block's time and place
    bold: QFont  # titles
    struck: QFont  # a cancelled or declined event's title
    caps: QFont  # the weekday in the header
    date: QFont  # the day of the month in the header
    tz: QFont  # "all-day"
    tz_bold: QFont  # the zone's short name in the corner

    @classmethod
    def of(cls, font: QFont) -> WeekFonts:
        base = QFont(font)
        size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
        small = QFont(base)
        small.setPointSizeF(size * 0.92)
        bold = QFont(small)
        bold.setWeight(QFont.Weight.DemiBold)
        struck = QFont(bold)
        struck.setStrikeOut(True)
        caps = QFont(base)
        caps.setPointSizeF(size * 0.82)
        caps.setWeight(QFont.Weight.DemiBold)
        caps.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        date_ = QFont(base)
        date_.setPointSizeF(size * 1.55)
        tz = QFont(base)
        tz.setPointSizeF(size * 0.78)
        tz_bold = QFont(tz)
        tz_bold.setWeight(QFont.Weight.DemiBold)
        return cls(base, small, bold, struck, caps, date_, tz, tz_bold)

    def metrics(self, *, all_day_expanded: bool, scroll_width: int) -> Metrics:
        """The grid's sizes for these fonts: room for the widest hour label, a header for
        weekday and date, rows tall enough for a title and a time."""
        fm = QFontMetricsF(self.small)
        line = fm.height()
        label = max(fm.horizontalAdvance(format_hour(h)) for h in range(24))
        date_h = QFontMetricsF(self.date).height()
        caps_h = QFontMetricsF(self.caps).height()
        return Metrics(
            gutter=round(max(label + 22, 60)),
            header_height=round(caps_h + date_h + 24),
            all_day_row=round(line + 9),
            all_day_padding=4,
            max_all_day_rows=99 if all_day_expanded else 3,
            hour_height=max(44, round(line * 3.3)),
            right_margin=scroll_width,
        )


def banner_height(font: QFont, width: float, banner: str | None) -> float:
    """How tall the stale-data banner is in a widget `width` wide (0 without one)."""
    if banner is None:
        return 0.0
    fm = QFontMetricsF(font)
    room = max(50.0, width - 16 - BANNER_PAD * 3 - fm.height())
    text = fm.boundingRect(QRectF(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, banner)
    return round(text.height() + 2 * BANNER_PAD + 8 + 4)


def lines_of_layout(layout: WeekLayout, fonts: WeekFonts, tz: ZoneInfo,
                    known: Callable[[Block], list[TextLine] | None] | None = None,
                    ) -> dict[int, list[TextLine]]:
    """The text of every block of a layout, by the block's id; a block `known` gives text
    for (one laid out as before) keeps it."""
    out: dict[int, list[TextLine]] = {}
    for b in layout.timed:
        lines = known(b) if known is not None else None
        out[id(b)] = timed_lines(b, fonts, tz) if lines is None else lines
    for b in layout.all_day:
        lines = known(b) if known is not None else None
        out[id(b)] = all_day_lines(b, fonts) if lines is None else lines
    return out


# The mark before an appointment's title when the guest came or did not (kinds.Attendance).
ATTENDANCE_MARKS = {Attendance.ARRIVED.value: "\u2713", Attendance.NO_SHOW.value: "\u2717"}


def block_title(item: ScheduleItem) -> str:
    """The title on a block, with who is coming to an appointment: "Haircut · Ann Lee";
    "✓ Haircut · Ann Lee" once the guest arrived, "✗ …" (struck) for a no-show."""
    title = item_title(item)
    title = f"{title} \u00b7 {item.guest}" if item.guest else title
    mark = ATTENDANCE_MARKS.get(item.attendance) if item.source == Source.APPOINTMENT else None
    return f"{mark} {title}" if mark else title


def struck_title(item: ScheduleItem) -> bool:
    """A title struck through: a cancelled or declined event's, a no-show's."""
    return item.struck or (item.source == Source.APPOINTMENT
                           and item.attendance == Attendance.NO_SHOW.value)


def timed_lines(block: Block, fonts: WeekFonts, tz: ZoneInfo) -> list[TextLine]:
    """Elided, wrapped text of a timed block: its title, its time, its place (or what a
    travel time is before), as much as fits."""
    rect = block.rect
    width = rect.width() - 2 * TEXT_PAD
    if width < 8:
        return []
    fm_b = QFontMetricsF(fonts.bold)
    indent = fm_b.height() * 0.75 + 3 if block.style == STYLE_APPOINTMENT else 0.0
    room = rect.height() - 2 * TEXT_TOP
    if room < fm_b.height() * 2 - 1:
        return [_one_line(block, fonts, tz, width, indent)]
    return _title_and_more(block, fonts, tz, width, indent, room)


def _one_line(block: Block, fonts: WeekFonts, tz: ZoneInfo, width: float,
              indent: float) -> TextLine:
    """A short block's one line: "10:00  Title", or the title alone when both do not fit
    (the block's place on the grid already says when)."""
    item, rect = block.item, block.rect
    fm_b = QFontMetricsF(fonts.bold)
    title = block_title(item)
    start_text = format_time(item.start.astimezone(tz))
    line = f"{start_text}  {title}"
    enough = fm_b.horizontalAdvance(f"{start_text}  {title[:6]}\u2026")
    if fm_b.horizontalAdvance(line) > width - indent and enough > width - indent:
        line = title
    text = fm_b.elidedText(line, Qt.TextElideMode.ElideRight, width - indent)
    y = rect.height() / 2 + (fm_b.ascent() - fm_b.descent()) / 2
    if rect.height() >= fm_b.height() * 1.25:
        y = TEXT_TOP + fm_b.ascent()
    return TextLine(text, True, y, indent, struck_title(item))


def _title_and_more(block: Block, fonts: WeekFonts, tz: ZoneInfo, width: float,
                    indent: float, room: float) -> list[TextLine]:
    """A taller block's lines: the title wrapped over up to three lines, then its time,
    then its place, each only when it fits."""
    item = block.item
    fm_b, fm_s = QFontMetricsF(fonts.bold), QFontMetricsF(fonts.small)
    title_lines = max(1, int((room - fm_s.height()) // fm_b.height()))
    lines: list[TextLine] = []
    y = TEXT_TOP + fm_b.ascent()
    wrapped = wrap_text(block_title(item), fm_b, width - indent, min(title_lines, 3))
    for n, text in enumerate(wrapped):
        lines.append(TextLine(text, True, y, indent if n == 0 else 0.0, struck_title(item)))
        y += fm_b.height()
    used = len(wrapped) * fm_b.height()
    for extra in (_when_text(block, fm_s, tz, width), _extra_text(block)):
        if not extra or used + fm_s.height() > room:
            continue
        lines.append(TextLine(fm_s.elidedText(extra, Qt.TextElideMode.ElideRight, width),
                              False, y - fm_b.ascent() + fm_s.ascent() + 1))
        y += fm_s.height()
        used += fm_s.height()
    return lines


def _when_text(block: Block, fm: QFontMetricsF, tz: ZoneInfo, width: float) -> str:
    """"12:00 – 13:30"; too narrow for that, the start, or for a block that began the day
    before, "until" its end."""
    item = block.item
    when = format_span(item.start, item.end, tz)
    if fm.horizontalAdvance(when) > width:
        when = (translate("week_text", "until {time}").format(
                    time=format_time(item.end.astimezone(tz)))
                if block.starts_before else format_time(item.start.astimezone(tz)))
    return when


def _extra_text(block: Block) -> str:
    """A block's last line: what a travel time is before, or an event's place."""
    item = block.item
    if item.kind == OccurrenceKind.TRAVEL:
        return translate("week_text", "before {title}").format(title=item.title) \
            if item.title else ""
    return item.location


def all_day_lines(block: Block, fonts: WeekFonts) -> list[TextLine]:
    """An all-day block's one line, with a mark where it goes on before or after."""
    fm = QFontMetricsF(fonts.bold)
    title = item_title(block.item)
    if block.starts_before:
        title = "\u2039 " + title
    if block.ends_after:
        title = title + " \u203a"
    text = fm.elidedText(title, Qt.TextElideMode.ElideRight, block.rect.width() - 12)
    y = (block.rect.height() + fm.ascent() - fm.descent()) / 2
    return [TextLine(text, True, y)]


def texts(blocks: Iterable[Block], lines: dict[int, list[TextLine]]) -> list[list[str]]:
    """The text painted on each of the blocks, in their order."""
    return [[line.text for line in lines.get(id(b), [])] for b in blocks]


__all__ = [
    "TextLine",
    "WeekFonts",
    "all_day_lines",
    "banner_height",
    "lines_of_layout",
    "texts",
    "timed_lines",
]
