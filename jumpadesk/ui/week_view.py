"""The week grid: seven days of the business's schedule, painted from cached geometry.

The pieces around it live beside it: `week_panel` (what the main window embeds),
`week_navigator`, `week_legend`, `week_layout` (where each block sits), `week_paint` (how
a block is drawn) and `week_cache` (the static layer a paint copies).
"""

from __future__ import annotations

import html
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QEvent,
    QLineF,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QScrollBar,
    QSizePolicy,
    QToolTip,
    QWidget,
)

from jumpadesk.availability import ScheduleItem
from jumpadesk.hours import OpeningHours, closed_spans, every_day
from jumpadesk.kinds import OccurrenceKind
from jumpadesk.ui.colors import (
    blend,
    ensure_contrast,
    is_dark,
    parse_color,
    with_alpha,
)
from jumpadesk.ui.event_details import (
    format_hour,
    format_span,
    format_time,
    item_title,
    tooltip_html,
    uses_am_pm,
)
from jumpadesk.ui.week_cache import (
    Marks,
    StaticLayer,
    adopt_items,
    block_key,
    moved_blocks,
    now_dirty,
)
from jumpadesk.ui.week_drag import RESIZE_EDGE, BlockDrag, movable
from jumpadesk.ui.week_focus import (
    BOOK_HINT,
    KEYS_HINT,
    SlotSelection,
    WeekKeys,
    zone_abbreviation,
    zone_description,
)
from jumpadesk.ui.week_layout import (
    DAYS,
    MINUTES_PER_DAY,
    SNAP_MINUTES,
    STYLE_APPOINTMENT,
    STYLE_OUTLINE,
    STYLE_SOLID,
    Block,
    Metrics,
    WeekLayout,
    compute_layout,
    monday_of,
    selection_minutes,
    slot_at,
)
from jumpadesk.ui.week_paint import (
    AUTOSCROLL_INTERVAL_MS,
    AUTOSCROLL_ZONE,
    BANNER_BORDER,
    BANNER_FILL,
    BANNER_PAD,
    BANNER_TEXT,
    CONFLICT_COLOR,
    NOW_COLOR,
    RADIUS,
    WORKING_HOURS,
    BlockPaint,
    Clock,
    block_paint,
    cached_block_paint,
    paint_block,
    paint_hatch,
    paint_person,
    paint_warning,
    utc_now,
    wrap_text,
)

log = logging.getLogger("jumpadesk.ui.week_view")

@dataclass(frozen=True)
class _Line:
    text: str
    bold: bool
    y: float  # baseline offset from the block's top
    x: float = 0.0  # extra left indent (after the appointment glyph)
    struck: bool = False  # a cancelled or declined event's title


@dataclass
class _Press:
    pos: QPointF
    block: Block | None = None
    day: int | None = None
    anchor: float = 0.0  # wall-clock minute where an empty-time drag started
    more_day: int | None = None
    drag: BlockDrag | None = None  # pressed on an appointment that may be moved or resized
    dragging: bool = False
    last: QPointF | None = None  # where the pointer was last seen during the drag


def _warning_rect(rect: QRectF) -> QRectF:
    """The warning mark's place on a block: its top right corner, at most 14 px."""
    size = max(0.0, min(14.0, rect.height() - 4, rect.width() - 4))
    return QRectF(rect.right() - size - 3, rect.top() + 2, size, size)


class WeekView(WeekKeys, QWidget):
    """Seven day columns of one week in the business's time zone.

    Paints cached geometry only: the layout is recomputed when items, the week, the zone,
    the font or the width change, never in paintEvent (new items equal to the old keep it).
    A paint copies the static layer, a picture of the grid, its shading, the blocks with
    their text, the header and the all-day band at the screen's pixel ratio, and draws the
    now-line, the selected time, the focus ring, the grid's focus edge and the band's
    shadow over it. The layer is painted again only where something it shows changed
    (see week_cache.StaticLayer).

    Signals:
        week_changed(date): the Monday of the week now shown; the owner loads its items
            and calls set_items().
        item_activated(ScheduleItem): a block was clicked, or Enter pressed on the block
            that has the keyboard focus.
        slot_selected(datetime, datetime): book this time: empty time was dragged over or
            double-clicked, or Enter pressed on the selected time; start and end are aware
            UTC datetimes snapped to 15 minutes. While it is emitted, current_selection()
            says whether the slot overlaps busy time or starts in the past.
        delete_requested(ScheduleItem): Delete was pressed on an appointment or a blocked
            slot; the owner asks before it cancels or unblocks (iCloud events are not
            ours to delete, so they never emit it).
        move_requested(ScheduleItem, datetime, datetime): a confirmed appointment's block
            was dragged to a new time (moved, or resized by its bottom edge), snapped to
            15 minutes; start and end are aware UTC datetimes. While dragging, the new
            time is previewed as a selection, red when it overlaps busy time.

    Keys: arrows move the selected time by 15 minutes (left and right by a day, into the
    next or previous week at the edges), Shift+arrows extend it, Enter books it; Tab and
    Shift+Tab walk the blocks of the week, Enter opens one, Delete asks to cancel it;
    Page Up/Down change the week, T or Home go to today, Escape clears.
    """

    # Python date and aware datetimes travel as objects: a QDate/QDateTime would drop
    # the zone.
    week_changed = Signal(object)
    item_activated = Signal(ScheduleItem)
    slot_selected = Signal(object, object)
    delete_requested = Signal(ScheduleItem)
    move_requested = Signal(ScheduleItem, object, object)

    #: Paint from the static layer (see week_cache), and let new items that equal the
    #: old keep their layout. Tests and the paint benchmark turn it off on one view to
    #: paint every layer afresh and lay out every set of items, as the view did before:
    #: the pictures must be the same.
    paint_cache_enabled = True

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        tz: ZoneInfo | None = None,
        monday: date | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock: Clock = clock or utc_now
        self._tz = tz or ZoneInfo("UTC")
        self._now = self._clock()
        self._monday = monday_of(monday or self._now.astimezone(self._tz).date())
        self._items: list[ScheduleItem] = []
        self._working_hours = WORKING_HOURS
        # Per weekday (Monday first), None: closed; until set, every day the fixed hours.
        self._opening_hours: OpeningHours = every_day(*WORKING_HOURS)
        self._all_day_expanded = False
        self._metrics = Metrics()
        self._layout = compute_layout([], self._monday, self._tz, 800.0, self._metrics)
        self._lines: dict[int, list[_Line]] = {}
        self._hover: Block | None = None
        self._hover_more: int | None = None
        self._press: _Press | None = None
        # (day, start minute, end minute) of the selected time; the anchor is the slot
        # first selected and the active slot the one Shift+arrows move: the selection
        # spans both.
        self._selection: tuple[int, int, int] | None = None
        self._anchor: tuple[int, int] = (0, 0)
        self._active: tuple[int, int] = (0, 0)
        self._focus_item: ScheduleItem | None = None  # the block Tab walked to
        self._moving: ScheduleItem | None = None  # the appointment being dragged
        self._initial_scroll_pending = True
        self._banner: str | None = None
        self._static = StaticLayer(
            self, paint=self._paint_static, state=self._static_state,
            now_state=self._now_state, now_dirty=self._now_dirty,
            marks_state=self._marks_state, scroll=self.scroll_offset)

        self.setObjectName("weekView")
        self.setAccessibleName("Week view")
        self.setAccessibleDescription(KEYS_HINT)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self._build_scroll_and_timers()
        self._update_fonts()
        self._relayout()

    def _build_scroll_and_timers(self) -> None:
        """The grid's scroll bar, the now-line's timer and the drag's autoscroll."""
        self._scroll = QScrollBar(Qt.Orientation.Vertical, self)
        self._scroll.setObjectName("weekScroll")
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.valueChanged.connect(self._on_scroll_value_changed)

        self._now_timer = QTimer(self)
        self._now_timer.setObjectName("nowTimer")
        self._now_timer.setSingleShot(True)
        self._now_timer.timeout.connect(self._on_now_timer_timeout)

        # Scrolls while a drag is held near the top or bottom edge of the grid.
        self._autoscroll_timer = QTimer(self)
        self._autoscroll_timer.setObjectName("autoScrollTimer")
        self._autoscroll_timer.setInterval(AUTOSCROLL_INTERVAL_MS)
        self._autoscroll_timer.timeout.connect(self._on_autoscroll_timer_timeout)

    # -- public API -------------------------------------------------------------

    def set_items(self, items: Sequence[ScheduleItem]) -> None:
        """Replace what is shown; items outside the week are ignored."""
        before, self._items = self._items, list(items)
        self._hover = None
        if self._focus_item is not None:
            # The same entry, read again from the store, keeps the focus.
            self._focus_item = next((i for i in self._items if i == self._focus_item), None)
        if self.paint_cache_enabled and len(before) == len(self._items) and all(
                a == b for a, b in zip(before, self._items, strict=True)):
            # A sync that changed nothing: the same geometry, text and picture, held by
            # the entries just read.
            self._adopt_items(dict(zip(map(id, before), self._items, strict=True)))
        else:
            self._relayout(items_only=self.paint_cache_enabled)
        self._announce()

    def items(self) -> list[ScheduleItem]:
        return list(self._items)

    def set_week(self, day: date) -> None:
        """Show the week containing `day`; emits week_changed when the week changes."""
        monday = monday_of(day)
        if monday == self._monday:
            return
        self._monday = monday
        self._cancel_drag()
        self._relayout()
        self.week_changed.emit(monday)

    def week_start(self) -> date:
        return self._monday

    def set_stale_banner(self, text: str | None) -> None:
        """Show a warning strip above the week (None hides it): which conflict calendars
        cannot be trusted, e.g. "Work (iCloud): last synced 10:42, cannot reach iCloud"."""
        text = (text or "").strip() or None
        if text == self._banner:
            return
        self._banner = text
        self._relayout()

    def stale_banner_text(self) -> str | None:
        return self._banner

    def banner_rect(self) -> QRectF | None:
        """Where the stale-data banner is drawn, or None when it is hidden."""
        if self._banner is None:
            return None
        return QRectF(8, 6, self.width() - 16, self._metrics.banner_height - 8)

    def set_timezone(self, tz: ZoneInfo) -> None:
        """The business's zone: columns are its days and rows its wall-clock hours."""
        if tz == self._tz:
            return
        self._tz = tz
        self._relayout()

    def timezone(self) -> ZoneInfo:
        return self._tz

    def set_working_hours(self, start_hour: int, end_hour: int) -> None:
        """Hours outside these are shaded, every day alike; the view opens scrolled to
        the start. (`set_opening_hours` sets them per weekday.)"""
        self._working_hours = (start_hour, end_hour)
        self._opening_hours = every_day(start_hour, end_hour)
        self.update()

    def set_opening_hours(self, hours: OpeningHours) -> None:
        """The sub-account's opening hours, Monday first (None: closed all day): the time
        outside them is shaded; the view opens scrolled to the earliest opening."""
        self._opening_hours = tuple(hours)
        open_days = [d for d in hours if d is not None]
        if open_days:
            first = min(d.opens_minute for d in open_days) // 60
            last = -(-max(d.closes_minute for d in open_days) // 60)
            self._working_hours = (first, last)
        else:
            self._working_hours = WORKING_HOURS
        self.update()

    def opening_hours(self) -> OpeningHours:
        return self._opening_hours

    def set_clock(self, clock: Clock) -> None:
        self._clock = clock
        self.refresh_now()

    def now(self) -> datetime:
        return self._now

    def today(self) -> date:
        return self._now.astimezone(self._tz).date()

    def today_column(self) -> int | None:
        day = (self.today() - self._monday).days
        return day if 0 <= day < DAYS else None

    def week_layout(self) -> WeekLayout:
        """The cached geometry (content coordinates; see week_layout)."""
        return self._layout

    def scroll_offset(self) -> int:
        return self._scroll.value()

    def grid_viewport(self) -> QRectF:
        """Where the time grid shows, in widget coordinates."""
        top = self._layout.grid_top
        return QRectF(0, top, self.width() - self._scroll_width(), self.height() - top)

    def band_viewport(self) -> QRectF:
        """Where the all-day band shows, in widget coordinates."""
        lay = self._layout
        return QRectF(0, lay.band_top, self.width(), lay.band_height)

    def rects_of(self, item: ScheduleItem) -> list[QRectF]:
        """On-screen rectangles of an item's blocks (they may be scrolled out of view)."""
        scroll = self.scroll_offset()
        return [self._layout.on_screen(b, scroll) for b in self._layout.blocks_of(item)]

    def visible_rects_of(self, item: ScheduleItem) -> list[QRectF]:
        """The parts of an item's blocks that are painted: timed blocks cut to the time
        grid's viewport, all-day blocks to the band; blocks scrolled out of view are left
        out."""
        scroll = self.scroll_offset()
        out = []
        for block in self._layout.blocks_of(item):
            port = self.band_viewport() if block.all_day else self.grid_viewport()
            rect = self._layout.on_screen(block, scroll).intersected(port)
            if not rect.isEmpty():
                out.append(rect)
        return out

    def texts_of(self, item: ScheduleItem) -> list[list[str]]:
        """The lines of text painted on each of an item's blocks (after wrapping and
        eliding), in the order of `rects_of`."""
        return [[line.text for line in self._lines.get(id(b), [])]
                for b in self._layout.blocks_of(item)]

    def block_at(self, pos: QPointF) -> Block | None:
        """The block under a widget position."""
        if pos.y() >= self._layout.grid_top:
            if pos.x() >= self.width() - self._scroll_width():
                return None
            return self._layout.timed_block_at(QPointF(pos.x(), pos.y() + self.scroll_offset()))
        return self._layout.all_day_block_at(pos)

    def now_line(self) -> QLineF | None:
        """The now-line across today's column in widget coordinates, or None when today is
        not in the week shown."""
        placed = self._layout.place(self._now)
        if placed is None:
            return None
        day, y = placed
        y -= self.scroll_offset()
        left = self._layout.column_left(day)
        return QLineF(left, y, left + self._layout.column_width, y)

    def scroll_to_minute(self, minute: float) -> None:
        """Scroll so that a wall-clock time is at the top of the grid."""
        self._initial_scroll_pending = False
        y = self._layout.y_for_minute(minute) - self._layout.grid_top
        self._scroll.setValue(round(y))

    def selection(self) -> tuple[datetime, datetime] | None:
        """The time selected (dragged over, clicked or chosen with the keys), if any."""
        if self._selection is None:
            return None
        day, start, end = self._selection
        return self._layout.moment_at(day, start), self._layout.moment_at(day, end)

    def current_selection(self) -> SlotSelection | None:
        """The selected time with what the view knows about it: the busy items it
        overlaps and whether it starts in the past."""
        if self._selection is None:
            return None
        day, start, end = self._selection
        begins, ends = self._layout.moment_at(day, start), self._layout.moment_at(day, end)
        over = [i for i in self._layout.busy_over(day, start, end) if i is not self._moving]
        return SlotSelection(begins, ends, tuple(over), is_past=begins < self._now)

    def select_slot(self, day: int, start_minute: int, end_minute: int) -> None:
        """Select [start, end) wall-clock minutes on a day column of the week shown."""
        start = max(0, min(start_minute, MINUTES_PER_DAY - SNAP_MINUTES))
        end = max(start + SNAP_MINUTES, min(end_minute, MINUTES_PER_DAY))
        self._selection = (max(0, min(day, DAYS - 1)), start, end)
        self._anchor = self._active = (start, end)
        self._focus_item = None
        self._announce()
        self.update()

    def clear_selection(self) -> None:
        self._selection = None
        self._announce()
        self.update()

    def focused_item(self) -> ScheduleItem | None:
        """The item whose block has the keyboard focus (Tab walks them)."""
        return self._focus_item

    def focus_item(self, item: ScheduleItem | None) -> None:
        """Give an item's block the keyboard focus (None: back to the selected time)."""
        self._focus_item = item
        if item is not None:
            self._selection = None
            blocks = self._layout.blocks_of(item)
            timed = [b for b in blocks if not b.all_day]
            if timed:
                self._ensure_span_visible(timed[0].start_minute, timed[0].end_minute)
        self._announce()
        self.update()

    def zone_label(self) -> str:
        """The short zone name in the grid's corner ("CET"); its tooltip names it in full."""
        return zone_abbreviation(self._tz, self._now)

    def zone_tooltip(self) -> str:
        return zone_description(self._tz, self._now)

    def zone_label_rect(self) -> QRectF:
        """Where the zone's short name is drawn (widget coordinates)."""
        lay = self._layout
        fm = QFontMetricsF(self._f_tz_bold)
        top = lay.header_top + lay.metrics.header_height - 8 - fm.height()
        return QRectF(2, top, lay.metrics.gutter - 8, fm.height())

    @Slot()
    def go_previous_week(self) -> None:
        self.set_week(self._monday - timedelta(days=7))

    @Slot()
    def go_next_week(self) -> None:
        self.set_week(self._monday + timedelta(days=7))

    @Slot()
    def go_today(self) -> None:
        self.refresh_now()
        self.set_week(self.today())
        minute = self._now.astimezone(self._tz)
        self._ensure_minute_visible(minute.hour * 60 + minute.minute)

    @Slot()
    def refresh_now(self) -> None:
        """Read the clock again and move the now-line."""
        self._now = self._clock()
        self.update()

    # -- geometry ---------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(920, 640)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(520, 320)

    def _scroll_width(self) -> int:
        return self._scroll.sizeHint().width()

    def _update_fonts(self) -> None:
        base = QFont(self.font())
        size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
        self._f_small = QFont(base)
        self._f_small.setPointSizeF(size * 0.92)
        self._f_bold = QFont(self._f_small)
        self._f_bold.setWeight(QFont.Weight.DemiBold)
        self._f_struck = QFont(self._f_bold)
        self._f_struck.setStrikeOut(True)
        self._f_caps = QFont(base)
        self._f_caps.setPointSizeF(size * 0.82)
        self._f_caps.setWeight(QFont.Weight.DemiBold)
        self._f_caps.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        self._f_date = QFont(base)
        self._f_date.setPointSizeF(size * 1.55)
        self._f_tz = QFont(base)
        self._f_tz.setPointSizeF(size * 0.78)
        self._f_tz_bold = QFont(self._f_tz)
        self._f_tz_bold.setWeight(QFont.Weight.DemiBold)
        fm = QFontMetricsF(self._f_small)
        line = fm.height()
        label = max(fm.horizontalAdvance(format_hour(h)) for h in range(24))
        date_h = QFontMetricsF(self._f_date).height()
        caps_h = QFontMetricsF(self._f_caps).height()
        self._metrics = Metrics(
            gutter=round(max(label + 22, 60)),
            header_height=round(caps_h + date_h + 24),
            all_day_row=round(line + 9),
            all_day_padding=4,
            max_all_day_rows=99 if self._all_day_expanded else 3,
            hour_height=max(44, round(line * 3.3)),
            right_margin=self._scroll_width(),
        )

    def _banner_height(self) -> float:
        if self._banner is None:
            return 0.0
        fm = QFontMetricsF(self.font())
        width = max(50.0, self.width() - 16 - BANNER_PAD * 3 - fm.height())
        text = fm.boundingRect(QRectF(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap,
                               self._banner)
        return round(text.height() + 2 * BANNER_PAD + 8 + 4)

    def _relayout(self, *, items_only: bool = False) -> None:
        """Lay the items out again. With `items_only` (nothing but the items changed: not
        the week, zone, width, fonts or banner), a block laid out as before keeps its text,
        and when only timed blocks moved the static layer is repainted where they were and
        are, not all of it."""
        old, old_lines = self._layout, self._lines
        self._metrics = replace(self._metrics, banner_height=self._banner_height())
        self._layout = compute_layout(
            self._items, self._monday, self._tz, float(self.width()), self._metrics
        )
        kept = {block_key(b): old_lines.get(id(b), []) for b in (*old.all_day, *old.timed)
                } if items_only else {}
        self._lines = {}
        for b in self._layout.timed:
            lines = kept.get(block_key(b))
            self._lines[id(b)] = self._text_lines(b) if lines is None else lines
        for b in self._layout.all_day:
            lines = kept.get(block_key(b))
            self._lines[id(b)] = self._all_day_line(b) if lines is None else lines
        self._static.relaid_out(moved_blocks(old, self._layout) if items_only else None)
        self._update_scroll_range()
        self.update()

    def _adopt_items(self, by_old: dict[int, ScheduleItem]) -> None:
        """The layout as it is, its blocks now holding the equal entries read again
        (`by_old`: the new entry for each old one's id), their text kept."""
        self._layout, pairs = adopt_items(self._layout, by_old)
        self._lines = {id(new): self._lines.get(id(was), []) for was, new in pairs}
        self.update()

    def _update_scroll_range(self) -> None:
        lay = self._layout
        sbw = self._scroll_width()
        visible = max(0.0, self.height() - lay.grid_top)
        self._scroll.setGeometry(QRect(self.width() - sbw, round(lay.grid_top), sbw,
                                       max(0, round(visible))))
        self._scroll.setRange(0, max(0, round(lay.grid_height - visible)))
        self._scroll.setPageStep(max(1, round(visible)))
        self._scroll.setSingleStep(max(1, round(lay.metrics.hour_height / 4)))
        if self._initial_scroll_pending and self._scroll.maximum() > 0 and self.isVisible():
            self.scroll_to_minute(self._working_hours[0] * 60 - 30)

    def _ensure_span_visible(self, start: float, end: float) -> None:
        """Scroll the least that shows [start, end) wall-clock minutes (its start when it
        is taller than the grid)."""
        lay = self._layout
        top = lay.y_for_minute(start) - lay.grid_top
        bottom = lay.y_for_minute(end) - lay.grid_top
        visible = self._scroll.pageStep()
        value = self._scroll.value()
        if top < value:
            self._scroll.setValue(round(top) - 8)
        elif bottom > value + visible:
            self._scroll.setValue(round(min(top, bottom - visible + 8)))

    def _ensure_minute_visible(self, minute: float) -> None:
        y = self._layout.y_for_minute(minute) - self._layout.grid_top
        visible = self._scroll.pageStep()
        if not self._scroll.value() <= y <= self._scroll.value() + visible - 20:
            self._scroll.setValue(round(y - visible / 3))

    def _text_lines(self, block: Block) -> list[_Line]:
        """Elided, wrapped text of a timed block, computed once per layout."""
        item = block.item
        rect = block.rect
        pad = 5.0
        width = rect.width() - 2 * pad
        fm_b = QFontMetricsF(self._f_bold)
        fm_s = QFontMetricsF(self._f_small)
        if width < 8:
            return []
        title = item_title(item)
        when = format_span(item.start, item.end, self._tz)
        indent = 0.0
        if block.style == STYLE_APPOINTMENT:
            indent = fm_b.height() * 0.75 + 3
        room = rect.height() - 2 * 3.0
        struck = item.struck
        lines: list[_Line] = []
        if room < fm_b.height() * 2 - 1:
            # One line: "10:00  Title", or the title alone when both do not fit (the
            # block's place on the grid already says when).
            start_text = format_time(item.start.astimezone(self._tz))
            line = f"{start_text}  {title}"
            enough = fm_b.horizontalAdvance(f"{start_text}  {title[:6]}\u2026")
            if fm_b.horizontalAdvance(line) > width - indent and enough > width - indent:
                line = title
            text = fm_b.elidedText(line, Qt.TextElideMode.ElideRight, width - indent)
            y = rect.height() / 2 + (fm_b.ascent() - fm_b.descent()) / 2
            if rect.height() >= fm_b.height() * 1.25:
                y = 3.0 + fm_b.ascent()
            lines.append(_Line(text, True, y, indent, struck))
            return lines
        title_lines = max(1, int((room - fm_s.height()) // fm_b.height()))
        extra = ""
        if item.kind == OccurrenceKind.TRAVEL:
            extra = f"before {item.title}" if item.title else ""
        elif item.location:
            extra = item.location
        y = 3.0 + fm_b.ascent()
        wrapped = wrap_text(title, fm_b, width - indent, min(title_lines, 3))
        for n, text in enumerate(wrapped):
            lines.append(_Line(text, True, y, indent if n == 0 else 0.0, struck))
            y += fm_b.height()
        used = len(wrapped) * fm_b.height()
        if fm_s.horizontalAdvance(when) > width:
            # Too narrow for "12:00 – 13:30": the start, or for a block that began the day
            # before, the end.
            when = (f"until {format_time(item.end.astimezone(self._tz))}"
                    if block.starts_before else format_time(item.start.astimezone(self._tz)))
        if used + fm_s.height() <= room:
            lines.append(_Line(fm_s.elidedText(when, Qt.TextElideMode.ElideRight, width),
                               False, y - fm_b.ascent() + fm_s.ascent() + 1))
            y += fm_s.height()
            used += fm_s.height()
        if extra and used + fm_s.height() <= room:
            lines.append(_Line(fm_s.elidedText(extra, Qt.TextElideMode.ElideRight, width),
                               False, y - fm_b.ascent() + fm_s.ascent() + 1))
        return lines

    def _all_day_line(self, block: Block) -> list[_Line]:
        fm = QFontMetricsF(self._f_bold)
        title = item_title(block.item)
        if block.starts_before:
            title = "\u2039 " + title
        if block.ends_after:
            title = title + " \u203a"
        width = block.rect.width() - 12
        text = fm.elidedText(title, Qt.TextElideMode.ElideRight, width)
        y = (block.rect.height() + fm.ascent() - fm.descent()) / 2
        return [_Line(text, True, y)]

    # -- events -----------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._relayout()
        else:
            self._update_scroll_range()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._on_now_timer_timeout()
        self._update_scroll_range()

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self._now_timer.stop()
        self._autoscroll_timer.stop()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_fonts()
            self._relayout()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange,
                              QEvent.Type.LocaleChange):
            self._static.invalidate()
            self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            pos = QPointF(event.pos())
            block = self.block_at(pos)
            if block is not None:
                QToolTip.showText(event.globalPos(), tooltip_html(block.item, self._tz), self)
            elif (day := self._more_day_at(pos)) is not None:
                hidden = self._layout.hidden_all_day.get(day, [])
                # Rich text for the line breaks: the titles in it escaped.
                QToolTip.showText(event.globalPos(), "<br>".join(
                    html.escape(item_title(i)) for i in hidden) + "<br><i>Click to show all</i>",
                    self)
            elif self._zone_corner().contains(pos):
                QToolTip.showText(event.globalPos(), self.zone_tooltip(), self)
            elif self._empty_day_at(pos) is not None:
                QToolTip.showText(event.globalPos(),
                                  f"{BOOK_HINT} · double-click opens the form", self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        pixels = event.pixelDelta().y()
        if pixels == 0:
            pixels = round(event.angleDelta().y() / 120 * self._metrics.hour_height * 0.75)
        if pixels:
            self._scroll.setValue(self._scroll.value() - pixels)
            event.accept()
        else:
            event.ignore()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position()
        self._selection = None
        self._focus_item = None
        block = self.block_at(pos)
        if block is not None:
            self._press = _Press(pos, block=block, drag=self._block_drag(block, pos))
        elif (more := self._more_day_at(pos)) is not None:
            self._press = _Press(pos, more_day=more)
        elif (day := self._empty_day_at(pos)) is not None:
            minute = self._layout.minute_at(pos.y() + self.scroll_offset())
            self._press = _Press(pos, day=day, anchor=minute)
        else:
            self._press = None
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position()
        press = self._press
        if press is not None and press.day is not None:
            self._drag_to(press, pos)
            event.accept()
            return
        if press is not None and press.drag is not None:
            self._drag_block(press, pos)
            event.accept()
            return
        self._set_hover(pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        pos = event.position()
        event.accept()
        if press.drag is not None and press.dragging:
            self._drop_block(press, pos)
        elif press.block is not None:
            block = self.block_at(pos)
            if block is not None and block.item is press.block.item:
                self.focus_item(block.item)  # the keyboard goes on from the block clicked
                self.item_activated.emit(block.item)
        elif press.more_day is not None:
            if self._more_day_at(pos) == press.more_day:
                self._all_day_expanded = True
                self._update_fonts()
                self._relayout()
        elif press.day is not None:
            self._drag_to(press, pos)
            self._autoscroll_timer.stop()  # _drag_to starts it at an edge
            if press.dragging and self._selection is not None:
                start, end = self.selection()  # type: ignore[misc]
                self.slot_selected.emit(start, end)
                self._selection = None
            elif not press.dragging:
                # A click selects a slot of the default length; a double click books it.
                self.select_slot(press.day, *slot_at(press.anchor))
            self._announce()
            self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position()
        if (event.button() == Qt.MouseButton.LeftButton and self.block_at(pos) is None
                and (day := self._empty_day_at(pos)) is not None):
            minute = self._layout.minute_at(pos.y() + self.scroll_offset())
            if self._selection is None or self._selection[0] != day or not (
                    self._selection[1] <= minute <= self._selection[2]):
                self.select_slot(day, *slot_at(minute))
            self._press = None
            event.accept()
            start, end = self.selection()  # type: ignore[misc]
            self.slot_selected.emit(start, end)
            return
        # A double click on a block: its first click already opened it.
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().leaveEvent(event)
        if self._hover is not None or self._hover_more is not None:
            self._hover = None
            self._hover_more = None
            self.unsetCursor()
            self.update()

    # -- slots ------------------------------------------------------------------

    @Slot(int)
    def _on_scroll_value_changed(self, value: int) -> None:
        self.update()

    @Slot()
    def _on_now_timer_timeout(self) -> None:
        self.refresh_now()
        if self.isVisible():
            # Fire just after the next minute starts, so the line moves on the minute.
            seconds = 60 - self._now.second - self._now.microsecond / 1e6
            self._now_timer.start(max(1000, round(seconds * 1000) + 50))

    # -- interaction helpers ----------------------------------------------------

    def _zone_corner(self) -> QRectF:
        """The header's corner above the hour labels, where the zone is named."""
        lay = self._layout
        return QRectF(0, lay.header_top, lay.metrics.gutter, lay.metrics.header_height)

    def _more_day_at(self, pos: QPointF) -> int | None:
        day = self._layout.day_at(pos.x())
        if day is None:
            return None
        rect = self._layout.more_row_rect(day)
        return day if rect is not None and rect.contains(pos) else None

    def _empty_day_at(self, pos: QPointF) -> int | None:
        """The day column under a point of the time grid (blocks aside)."""
        if not self.grid_viewport().contains(pos):
            return None
        return self._layout.day_at(pos.x())

    def _set_hover(self, pos: QPointF) -> None:
        block = self.block_at(pos)
        more = self._more_day_at(pos) if block is None else None
        drag = self._block_drag(block, pos) if block is not None else None
        if drag is not None:  # an appointment that can be moved, or resized at its edge
            self.setCursor(Qt.CursorShape.SizeVerCursor if drag.resize
                           else Qt.CursorShape.PointingHandCursor)
        if block is self._hover and more == self._hover_more:
            return
        self._hover = block
        self._hover_more = more
        if drag is None and (block is not None or more is not None):
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        elif drag is None:
            self.unsetCursor()
        self.update()

    def _drag_to(self, press: _Press, pos: QPointF) -> None:
        assert press.day is not None
        if not press.dragging:
            distance = (pos - press.pos).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            press.dragging = True
        press.last = pos
        if self._autoscroll_step(pos) and not self._autoscroll_timer.isActive():
            self._autoscroll_timer.start()
        minute = self._layout.minute_at(pos.y() + self.scroll_offset())
        start, end = selection_minutes(press.anchor, minute)
        self._selection = (press.day, start, end)
        self._anchor = self._active = (start, end)
        self.update()

    def _autoscroll_step(self, pos: QPointF) -> int:
        """Pixels to scroll per tick for a drag at `pos`: faster nearer (or past) the edge;
        0 away from the edges or when the grid cannot go further that way."""
        viewport = self.grid_viewport()
        if pos.y() < viewport.top() + AUTOSCROLL_ZONE:
            depth = viewport.top() + AUTOSCROLL_ZONE - pos.y()
            sign = -1 if self._scroll.value() > self._scroll.minimum() else 0
        elif pos.y() > viewport.bottom() - AUTOSCROLL_ZONE:
            depth = pos.y() - (viewport.bottom() - AUTOSCROLL_ZONE)
            sign = 1 if self._scroll.value() < self._scroll.maximum() else 0
        else:
            return 0
        depth = min(depth, AUTOSCROLL_ZONE * 3)
        return sign * round(2 + depth / 3)

    @Slot()
    def _on_autoscroll_timer_timeout(self) -> None:
        press = self._press
        if press is None or not press.dragging or press.last is None:
            self._autoscroll_timer.stop()
            return
        step = self._autoscroll_step(press.last)
        if not step:
            self._autoscroll_timer.stop()
            return
        self._scroll.setValue(self._scroll.value() + step)
        self._drag_to(press, press.last)  # the selection follows the time under the pointer

    def _cancel_drag(self) -> None:
        self._autoscroll_timer.stop()
        self._press = None
        self._selection = None
        self._moving = None
        self.update()

    def _block_drag(self, block: Block, pos: QPointF) -> BlockDrag | None:
        """How a press on a block would drag it: a resize near its bottom edge, else a
        move; None for a block that stays put."""
        if not movable(block):
            return None
        rect = self._layout.on_screen(block, self.scroll_offset())
        minute = self._layout.minute_at(pos.y() + self.scroll_offset())
        return BlockDrag.pressed(block, minute, pos.y() >= rect.bottom() - RESIZE_EDGE)

    def _drag_block(self, press: _Press, pos: QPointF) -> None:
        """Preview an appointment's new time under the pointer (as a selection, red when
        it overlaps busy time other than the appointment itself)."""
        assert press.drag is not None
        if not press.dragging:
            if (pos - press.pos).manhattanLength() < QApplication.startDragDistance():
                return
            press.dragging = True
            self._moving = press.drag.item
        minute = self._layout.minute_at(pos.y() + self.scroll_offset())
        self._selection = press.drag.span_at(self._layout.day_at(pos.x()), minute)
        self.update()

    def _drop_block(self, press: _Press, pos: QPointF) -> None:
        """The drag ends: ask for the new time when it differs from the old one."""
        self._drag_block(press, pos)
        span = self.selection()
        item = self._moving
        self._selection = None
        self._moving = None
        self.update()
        if span is not None and item is not None and span != (item.start, item.end):
            self.move_requested.emit(item, span[0], span[1])

    # -- painting ---------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self.paint_cache_enabled:
            p.drawImage(QPointF(0, 0), self._static.picture(p))
        else:
            self._paint_static(p)
        self._paint_overlays(p)
        p.end()

    def _paint_static(self, p: QPainter, only: QRectF | None = None) -> None:
        """What the static layer holds: everything but the now-line, the selected time, a
        timed block's focus ring, the grid's focus edge and the band's shadow. With `only`
        (widget coordinates, whole pixels) what cannot reach it is left out: the pixels
        inside it come out as a whole paint makes them, those outside are not to be used."""
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        p.fillRect(self.rect() if only is None else only, base)
        lay = self._layout

        def reaches(top: float, height: float) -> bool:
            # Whatever paints a row of the window stays within a few pixels of it.
            return only is None or only.intersects(QRectF(0, top - 4, self.width(), height + 8))

        if reaches(lay.grid_top, self.height() - lay.grid_top):
            self._paint_grid(p, base, text, pal, only)
        if reaches(lay.header_top, lay.metrics.header_height):
            self._paint_header(p, base, text, pal)
        if reaches(lay.band_top, lay.band_height):
            self._paint_band(p, base, text, pal)
        if self._banner is not None and reaches(0, lay.header_top):
            self._paint_banner(p)

    def _paint_overlays(self, p: QPainter) -> None:
        """Drawn over the static layer every paint, in the order the grid stacks them: the
        now-line, the selected time (or a timed block's focus ring), the grid's focus edge,
        the band's shadow. All of it lies in the grid's viewport, which header and band
        never paint, so drawing them after the header and band changes no pixel."""
        lay = self._layout
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        accent = pal.color(QPalette.ColorRole.Highlight)
        p.save()
        p.setClipRect(self.grid_viewport(), Qt.ClipOperation.IntersectClip)
        p.translate(0, -self.scroll_offset())
        placed_now = lay.place(self._now)
        if placed_now is not None:
            self._paint_now_line(p, *placed_now)
        # Above every block and its text: the time being chosen and what is wrong with it.
        if self._selection is not None:
            self._paint_selection(p, base, accent)
        elif self._focus_item is not None and self.hasFocus():
            for block in lay.timed:
                if block.item is self._focus_item:
                    self._paint_focus_ring(p, block.rect, accent)
        p.restore()
        if self.hasFocus() and self._selection is None and self._focus_item is None:
            # Focus on the grid itself, nothing chosen yet: its edge says so.
            p.setPen(QPen(accent, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(self.grid_viewport().adjusted(1, 1, -1, -1))
            # The band, painted after the edge, ends its lines on the edge's top row.
            p.save()
            p.setClipRect(QRectF(0, lay.grid_top, self.grid_viewport().width(), 1))
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            self._paint_band_lines(p, pal.color(QPalette.ColorRole.Text))
            p.restore()
        if self.scroll_offset() > 0:
            self._paint_band_shadow(p)

    # -- what the static layer (week_cache.StaticLayer) is painted from -------------

    def _static_state(self, ratio: float) -> tuple[object, ...]:
        """Everything the static layer is painted from but the clock, the marks and the
        layout (each new layout is told to the layer, which counts those that change more
        than timed blocks: the items, the week, the zone, the fonts, the width and the
        banner): when it changes, the layer is painted anew. Read as the painter reads it."""
        pal = self.palette()
        roles = (QPalette.ColorRole.Base, QPalette.ColorRole.Text,
                 QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText)
        lay = self._layout
        return (ratio, self.width(), self.height(),
                self.scroll_offset(), tuple(pal.color(role).rgba() for role in roles),
                self.font().key(), self._banner, self._opening_hours, uses_am_pm(),
                tuple(f"{lay.date_of(day):%a}" for day in range(DAYS)))

    def _now_state(self) -> tuple[object, ...]:
        """What the static layer reads from the clock: today's column, how much of each
        day is past, the hour labels the time's pill replaces, the zone's short name."""
        return (self.today_column(), tuple(self._past_minutes(d) for d in range(DAYS)),
                self._hidden_hour_labels(), self.zone_label())

    def _now_dirty(self, old: tuple[object, ...],
                   new: tuple[object, ...]) -> list[QRect] | None:
        return now_dirty(old, new, self._layout, self.scroll_offset(),
                         QFontMetricsF(self._f_small).height())

    def _marks_state(self) -> Marks:
        return Marks(self._hover, self._hover_more,
                      self._focus_item if self.hasFocus() else None, self._layout)

    def banner_colors(self) -> tuple[QColor, QColor, QColor]:
        """Fill, border and text of the stale-data banner: amber on a light theme, a dark
        amber on a dark one (a bright strip would glare there)."""
        base = self.palette().color(QPalette.ColorRole.Base)
        if not is_dark(base):
            return BANNER_FILL, BANNER_BORDER, BANNER_TEXT
        fill = blend(BANNER_BORDER, base, 0.22)
        return fill, blend(BANNER_BORDER, base, 0.7), ensure_contrast("#FFE7A8", fill, 7.0)

    def _paint_banner(self, p: QPainter) -> None:
        rect = self.banner_rect()
        assert rect is not None and self._banner is not None
        fill, border, text = self.banner_colors()
        p.save()
        p.setPen(QPen(border, 1))
        p.setBrush(fill)
        p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        fm = QFontMetricsF(self.font())
        size = fm.height()
        icon = QRectF(rect.left() + BANNER_PAD, rect.top() + BANNER_PAD, size, size)
        paint_warning(p, icon)
        p.setPen(text)
        p.setFont(self.font())
        text_rect = QRectF(icon.right() + BANNER_PAD, rect.top() + BANNER_PAD,
                           rect.right() - icon.right() - 2 * BANNER_PAD,
                           rect.height() - 2 * BANNER_PAD)
        p.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                   | Qt.TextFlag.TextWordWrap, self._banner)
        p.restore()

    def _grid_line(self, text: QColor, alpha: float) -> QColor:
        return with_alpha(text, alpha)

    def _paint_grid(self, p: QPainter, base: QColor, text: QColor, pal: QPalette,
                    only: QRectF | None = None) -> None:
        """The time grid's static layer, back to front: shading, lines, hour labels, blocks.
        Clipped to the grid's viewport and scrolled. With `only` (widget coordinates),
        blocks that cannot reach it are skipped."""
        lay = self._layout
        p.save()
        p.setClipRect(self.grid_viewport(), Qt.ClipOperation.IntersectClip)
        p.translate(0, -self.scroll_offset())
        accent = pal.color(QPalette.ColorRole.Highlight)
        # Content coordinates; a block paints within a pixel or two of its rectangle.
        near = None if only is None else only.translated(0, self.scroll_offset()).adjusted(
            -3, -3, 3, 3)
        self._paint_shading(p, base, text, accent, near)
        self._paint_lines(p, text, near)
        self._paint_hour_labels(p, text, self._hidden_hour_labels(), near)
        # Only the blocks in sight: a busy week holds hundreds, most scrolled away.
        shown = self.grid_viewport().translated(0, self.scroll_offset()).adjusted(-2, -2, 2, 2)
        for block in lay.timed:
            if block.rect.intersects(shown) and (near is None or block.rect.intersects(near)):
                self._paint_timed_block(p, block, base)
        p.restore()

    def _paint_focus_ring(self, p: QPainter, rect: QRectF, accent: QColor) -> None:
        """The keyboard's focus: a ring just outside a block or the selected time, with a
        halo of the background so it shows on a block of the accent's own colour."""
        p.save()
        p.setBrush(Qt.BrushStyle.NoBrush)
        ring = rect.adjusted(-2.5, -2.5, 2.5, 2.5)
        p.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 5))
        p.drawRoundedRect(ring, RADIUS + 2, RADIUS + 2)
        p.setPen(QPen(accent, 2.5))
        p.drawRoundedRect(ring, RADIUS + 2, RADIUS + 2)
        p.restore()

    def _paint_shading(self, p: QPainter, base: QColor, text: QColor, accent: QColor,
                       near: QRectF | None = None) -> None:
        """Time outside the opening hours is shaded (darker, in either theme), a closed
        day all of it; time already past is greyed; a day a busy all-day event blocks is
        hatched over in its colour; today is tinted. With `near` (content coordinates, whole
        pixels) only what reaches it is painted: each fill cut to it, since a fill's pixels
        are the same, cut or not, where it is not cut."""
        lay = self._layout

        def fill(rect: QRectF, color: QColor) -> None:
            if near is not None:
                rect = rect.intersected(near)
                if rect.isEmpty():
                    return
            p.fillRect(rect, color)

        top = lay.grid_top
        cols_left, cols_right = lay.metrics.gutter, lay.column_left(DAYS)
        dark = is_dark(base)
        shade = with_alpha(QColor("black"), 0.16) if dark else with_alpha(text, 0.035)
        for day in range(DAYS):
            left = lay.column_left(day)
            for first, last in closed_spans(self._opening_hours, lay.date_of(day).weekday()):
                y0, y1 = lay.y_for_minute(first), lay.y_for_minute(last)
                fill(QRectF(left, y0, lay.column_width, y1 - y0), shade)
        past = with_alpha(QColor("black"), 0.14) if dark else with_alpha(text, 0.045)
        for day in range(DAYS):
            minute = self._past_minutes(day)
            if minute > 0:
                fill(QRectF(lay.column_left(day), top, lay.column_width,
                                  lay.y_for_minute(minute) - top), past)
        shown = QRectF(cols_left, top + self.scroll_offset(), cols_right - cols_left,
                       self.height())
        for day, item in lay.busy_days.items():
            column = QRectF(lay.column_left(day), top, lay.column_width, lay.grid_height)
            color = parse_color(item.color)
            fill(column, with_alpha(color, 0.07 if dark else 0.06))
            paint_hatch(p, column.intersected(shown), with_alpha(color, 0.20 if dark else 0.22),
                        step=12.0, near=near)
        today = self.today_column()
        if today is not None:
            fill(QRectF(lay.column_left(today), top, lay.column_width, lay.grid_height),
                       with_alpha(accent, 0.06))
        self._paint_closed_labels(p, text, near)

    def closed_label(self, day: int) -> str:
        """"Closed" for a day column the opening hours close all day, else ""."""
        return "Closed" if self._opening_hours[self._layout.date_of(day).weekday()] is None else ""

    def closed_label_rect(self, day: int) -> QRectF | None:
        """Where a closed day's "Closed" is written (widget coordinates): at the top of
        the grid as it shows, whatever the scroll; None for an open day."""
        if not self.closed_label(day):
            return None
        lay = self._layout
        height = QFontMetricsF(self._f_small).height() + 6
        return QRectF(lay.column_left(day) + 2, self.grid_viewport().top() + 4,
                      lay.column_width - 4, height)

    def _paint_closed_labels(self, p: QPainter, text: QColor, near: QRectF | None) -> None:
        """"Closed" on each closed day (content coordinates, cut to `near` when given)."""
        p.save()
        if near is not None:
            p.setClipRect(near, Qt.ClipOperation.IntersectClip)
        p.setFont(self._f_small)
        p.setPen(with_alpha(text, 0.55))
        for day in range(DAYS):
            rect = self.closed_label_rect(day)
            if rect is not None:
                p.drawText(rect.translated(0, self.scroll_offset()),
                           Qt.AlignmentFlag.AlignCenter, self.closed_label(day))
        p.restore()

    def _past_minutes(self, day: int) -> float:
        """How much of a day column is already past: all of it, none, or up to now."""
        local = self._now.astimezone(self._tz)
        date_ = self._layout.date_of(day)
        if date_ < local.date():
            return float(MINUTES_PER_DAY)
        if date_ > local.date():
            return 0.0
        return local.hour * 60 + local.minute + local.second / 60

    def _paint_lines(self, p: QPainter, text: QColor, near: QRectF | None = None) -> None:
        """Hour and half-hour lines and the day columns, crisp on whole pixels. With `near`
        (content coordinates) only the lines that cross it."""
        lay = self._layout
        top, bottom = lay.grid_top, lay.grid_top + lay.grid_height
        cols_left, cols_right = lay.metrics.gutter, lay.column_left(DAYS)
        rows = (-math.inf, math.inf) if near is None else (near.top() - 2, near.bottom() + 2)
        columns = (-math.inf, math.inf) if near is None else (near.left() - 2,
                                                               near.right() + 2)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        hour_pen = QPen(self._grid_line(text, 0.13), 1)
        half_pen = QPen(self._grid_line(text, 0.055), 1)
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
        p.setPen(QPen(self._grid_line(text, 0.13), 1))
        for day in range(DAYS + 1):
            x = round(lay.column_left(day))
            if columns[0] <= x <= columns[1]:
                p.drawLine(QPointF(x, top), QPointF(x, bottom))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def _hidden_hour_labels(self) -> tuple[int, ...]:
        """The hours whose label the current time's pill replaces (it would cover them)."""
        placed = self._layout.place(self._now)
        if placed is None:
            return ()
        lay = self._layout
        reach = QFontMetricsF(self._f_small).height() * 0.9
        return tuple(hour for hour in range(1, 24)
                     if abs(placed[1] - lay.y_for_minute(hour * 60)) < reach)

    def _paint_hour_labels(self, p: QPainter, text: QColor, hidden: tuple[int, ...],
                           near: QRectF | None = None) -> None:
        """Hour labels, centred on their line; the current time replaces a label it
        covers. With `near` (content coordinates) only those that reach it."""
        lay = self._layout
        p.setFont(self._f_small)
        fm = QFontMetricsF(self._f_small)
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

    def _selection_label(self) -> list[str]:
        selection = self.current_selection()
        assert selection is not None
        lines = [format_span(selection.start, selection.end, self._tz)]
        if selection.overlaps:
            lines.append("overlaps busy time")
        if selection.is_past:
            lines.append("in the past")
        return lines

    def selection_label_rect(self) -> QRectF | None:
        """Where the label of the selected time is drawn (widget coordinates): an opaque
        chip at its top, kept inside the grid, over any block under it."""
        if self._selection is None:
            return None
        lay = self._layout
        day, start, end = self._selection
        rect = lay.slot_rect(day, start, end)
        fm = QFontMetricsF(self._f_bold)
        lines = self._selection_label()
        width = max(fm.horizontalAdvance(line) for line in lines) + 12
        chip = QRectF(rect.left() + 4, rect.top() + 3, width, len(lines) * fm.height() + 4)
        right = lay.column_left(DAYS) - 2
        if chip.right() > right:
            chip.moveRight(right)
        return chip.translated(0, -self.scroll_offset())

    def _paint_selection(self, p: QPainter, base: QColor, accent: QColor) -> None:
        """The time selected: red when it overlaps busy time, with a focus ring while the
        view has the keyboard, and its label on an opaque chip above everything."""
        assert self._selection is not None
        lay = self._layout
        day, start, end = self._selection
        rect = lay.slot_rect(day, start, end).adjusted(1, 0.5, -1, -0.5)
        selection = self.current_selection()
        color = CONFLICT_COLOR if selection and selection.overlaps else accent
        p.setPen(QPen(color, 1.5))
        p.setBrush(with_alpha(color, 0.18))
        p.drawRoundedRect(rect, RADIUS, RADIUS)
        if self.hasFocus():
            self._paint_focus_ring(p, rect, accent)
        chip = self.selection_label_rect()
        assert chip is not None
        chip.translate(0, self.scroll_offset())
        fill = blend(color, base, 0.14)
        p.setPen(QPen(with_alpha(color, 0.8), 1))
        p.setBrush(fill)
        p.drawRoundedRect(chip, 4, 4)
        p.setFont(self._f_bold)
        p.setPen(ensure_contrast(color, fill, 4.5))
        p.drawText(chip.adjusted(6, 2, -4, -2),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                   "\n".join(self._selection_label()))

    def _paint_now_line(self, p: QPainter, day: int, y: float) -> None:
        """The now-line: faint across the week, strong across today, with the time in
        the gutter."""
        lay = self._layout
        cols_left, cols_right = lay.metrics.gutter, lay.column_left(DAYS)
        p.setPen(QPen(with_alpha(NOW_COLOR, 0.35), 1))
        p.drawLine(QPointF(cols_left, y), QPointF(cols_right, y))
        left = lay.column_left(day)
        p.setPen(QPen(NOW_COLOR, 2))
        p.drawLine(QPointF(left, y), QPointF(left + lay.column_width, y))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(NOW_COLOR)
        p.drawEllipse(QPointF(left, y), 4.5, 4.5)
        label = format_time(self._now.astimezone(self._tz))
        p.setFont(self._f_bold)
        fmb = QFontMetricsF(self._f_bold)
        w = fmb.horizontalAdvance(label) + 10
        pill = QRectF(lay.metrics.gutter - 8 - w, y - fmb.height() / 2 - 1, w, fmb.height() + 2)
        p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        p.setPen(QColor("white"))
        p.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)

    def block_paint_of(self, block: Block, base: QColor | None = None) -> BlockPaint:
        """The colours and border a block is painted with: an appointment iCloud has not
        confirmed yet gets a dashed border (issue 10)."""
        item = block.item
        base = base or self.palette().color(QPalette.ColorRole.Base)
        if isinstance(item.color, str):
            paint = cached_block_paint(block.style, item.color, base.rgba(), item.busy)
        else:
            paint = block_paint(block.style, item.color, base, item.busy)
        if not item.confirmed and not paint.dashed:
            # In the text's colour: a dash in the block's own darker shade is lost on it.
            paint = replace(paint, dashed=True, border=paint.text)
        return paint

    def warning_rects_of(self, item: ScheduleItem) -> list[QRectF]:
        """Where the warning mark of an appointment that an iCloud event now overlaps is
        drawn (widget coordinates; one per block); empty for anything else."""
        if not item.overlapped_by:
            return []
        scroll = self.scroll_offset()
        return [_warning_rect(b.rect).translated(0, -scroll)
                for b in self._layout.blocks_of(item) if not b.all_day]

    def _paint_timed_block(self, p: QPainter, block: Block, base: QColor) -> None:
        item = block.item
        paint = self.block_paint_of(block, base)
        rect = block.rect
        hovered = self._hover is block or (
            self._hover is not None and self._hover.item is item)
        # A darker edge on the left, as desktop calendars mark a block's calendar.
        edge = 3.0 if block.style in (STYLE_SOLID, STYLE_APPOINTMENT) and rect.width() > 6 else 0.0
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
        lines = self._lines.get(id(block), [])
        if lines:
            self._paint_block_text(p, block, paint, lines)
        if item.overlapped_by:
            paint_warning(p, _warning_rect(rect))  # over the text: it must be seen

    def _paint_block_text(self, p: QPainter, block: Block, paint: BlockPaint,
                          lines: list[_Line]) -> None:
        rect = block.rect
        p.save()
        p.setClipRect(rect.adjusted(1, 1, -1, -1), Qt.ClipOperation.IntersectClip)
        p.setPen(paint.text)
        left = rect.left() + 5 + (2 if block.style in (STYLE_SOLID, STYLE_APPOINTMENT) else 0)
        top = self._text_top(rect, lines)
        for line in lines:
            font = self._f_struck if line.struck else self._f_bold if line.bold else self._f_small
            p.setFont(font)
            p.drawText(QPointF(left + line.x, top + line.y), line.text)
        if block.style == STYLE_APPOINTMENT and lines[0].x > 0:
            fm = QFontMetricsF(self._f_bold)
            size = fm.height() * 0.75
            first = lines[0]
            glyph = QRectF(left, top + first.y - fm.ascent() + (fm.height() - size) / 2,
                           size, size)
            paint_person(p, glyph, paint.text)
        p.restore()

    def _text_top(self, rect: QRectF, lines: list[_Line]) -> float:
        """Where a block's text starts (content coordinates): its top, or lower when the top
        is scrolled under the band, so a long block's title stays in sight."""
        shown_top = self._layout.grid_top + self.scroll_offset()
        if rect.top() >= shown_top:
            return rect.top()
        descent = QFontMetricsF(self._f_bold).descent()
        room = rect.height() - (lines[-1].y + descent + 3.0)
        return rect.top() + max(0.0, min(shown_top - rect.top(), room))

    def today_label_color(self) -> QColor:
        """Today's weekday in the header: the accent, made to read on the background in
        any theme (a dark theme's accent can be too dark)."""
        pal = self.palette()
        return ensure_contrast(pal.color(QPalette.ColorRole.Highlight),
                               pal.color(QPalette.ColorRole.Base), 4.5)

    def _paint_header(self, p: QPainter, base: QColor, text: QColor, pal: QPalette) -> None:
        lay = self._layout
        m = lay.metrics
        accent = pal.color(QPalette.ColorRole.Highlight)
        top = lay.header_top
        p.fillRect(QRectF(0, top, self.width(), m.header_height), base)
        today = self.today_column()
        fm_caps = QFontMetricsF(self._f_caps)
        fm_date = QFontMetricsF(self._f_date)
        for day in range(DAYS):
            d = lay.date_of(day)
            left, width = lay.column_left(day), lay.column_width
            is_today = day == today
            caps_rect = QRectF(left, top + 8, width, fm_caps.height())
            p.setFont(self._f_caps)
            p.setPen(self.today_label_color() if is_today else with_alpha(text, 0.6))
            p.drawText(caps_rect, Qt.AlignmentFlag.AlignCenter, f"{d:%a}".upper())
            number = str(d.day)
            date_rect = QRectF(left, caps_rect.bottom() + 6, width, fm_date.height())
            p.setFont(self._f_date)
            if is_today:
                size = max(fm_date.capHeight() * 2.2, fm_date.horizontalAdvance(number) + 14)
                circle = QRectF(0, 0, size, size)
                circle.moveCenter(date_rect.center())
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(accent)
                p.drawEllipse(circle)
                p.setPen(pal.color(QPalette.ColorRole.HighlightedText))
            else:
                p.setPen(text)
            p.drawText(date_rect, Qt.AlignmentFlag.AlignCenter, number)

        # The business's zone in the corner, short enough to fit; its tooltip names it.
        p.setFont(self._f_tz_bold)
        p.setPen(with_alpha(text, 0.65))
        p.drawText(self.zone_label_rect(),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   self.zone_label())

    def _paint_all_day_blocks(self, p: QPainter, base: QColor, text: QColor) -> None:
        """All-day blocks and the "+N more" rows, kept inside the band whatever its height."""
        lay = self._layout
        p.save()
        p.setClipRect(self.band_viewport(), Qt.ClipOperation.IntersectClip)
        for block in lay.all_day:
            item = block.item
            paint = block_paint(block.style, item.color, base, item.busy)
            paint_block(p, block.rect, paint, radius=4, cut_left=block.starts_before,
                        cut_right=block.ends_after,
                        outline_width=1.5 if block.style == STYLE_OUTLINE else 1.0)
            if self._hover is block:
                p.setPen(QPen(with_alpha(paint.text if block.style == STYLE_SOLID
                                         else paint.border, 0.75), 1.5))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(block.rect.adjusted(0.75, 0.75, -0.75, -0.75), 4, 4)
            if item is self._focus_item and self.hasFocus():
                accent = self.palette().color(QPalette.ColorRole.Highlight)
                self._paint_focus_ring(p, block.rect.adjusted(1, 1, -1, -1), accent)
            p.save()
            p.setClipRect(block.rect, Qt.ClipOperation.IntersectClip)
            p.setFont(self._f_bold)
            p.setPen(paint.text)
            for line in self._lines.get(id(block), []):
                p.drawText(QPointF(block.rect.left() + 6, block.rect.top() + line.y), line.text)
            p.restore()

        p.setFont(self._f_small)
        for day, hidden in lay.hidden_all_day.items():
            rect = lay.more_row_rect(day)
            if rect is None:
                continue
            if self._hover_more == day:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(with_alpha(text, 0.08))
                p.drawRoundedRect(rect, 4, 4)
            p.setPen(with_alpha(text, 0.75))
            p.drawText(rect.adjusted(6, 0, 0, 0),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       f"+{len(hidden)} more")
        p.restore()

    def _paint_band(self, p: QPainter, base: QColor, text: QColor, pal: QPalette) -> None:
        lay = self._layout
        m = lay.metrics
        top, height = lay.band_top, lay.band_height
        right = lay.column_left(DAYS)
        p.fillRect(QRectF(0, top, self.width(), height), base)
        p.fillRect(QRectF(m.gutter, top, right - m.gutter, height), with_alpha(text, 0.025))
        today = self.today_column()
        if today is not None:
            p.fillRect(QRectF(lay.column_left(today), top, lay.column_width, height),
                       with_alpha(pal.color(QPalette.ColorRole.Highlight), 0.06))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self._paint_band_lines(p, text)
        p.setPen(QPen(with_alpha(text, 0.22), 1))
        y = round(top + height) - 1
        p.drawLine(QPointF(0, y), QPointF(self.width(), y))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)

        p.setFont(self._f_tz)
        p.setPen(with_alpha(text, 0.55))
        p.drawText(QRectF(0, top + m.all_day_padding, m.gutter - 10, m.all_day_row - 3),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "all-day")

        self._paint_all_day_blocks(p, base, text)

    def _paint_band_lines(self, p: QPainter, text: QColor) -> None:
        """The day columns' lines across the band (not antialiased); each ends one pixel
        into the grid's first row."""
        lay = self._layout
        top, height = lay.band_top, lay.band_height
        p.setPen(QPen(with_alpha(text, 0.13), 1))
        for day in range(DAYS + 1):
            x = round(lay.column_left(day))
            p.drawLine(QPointF(x, top), QPointF(x, top + height))

    def _paint_band_shadow(self, p: QPainter) -> None:
        """A soft shadow under the band once the grid is scrolled beneath it."""
        lay = self._layout
        shadow_top = lay.band_top + lay.band_height
        grad = QLinearGradient(0, shadow_top, 0, shadow_top + 6)
        grad.setColorAt(0, with_alpha(QColor("black"), 0.10))
        grad.setColorAt(1, with_alpha(QColor("black"), 0.0))
        p.fillRect(QRectF(0, shadow_top, lay.column_left(DAYS), 6), QBrush(grad))


__all__ = ["WeekView"]
