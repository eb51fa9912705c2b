"""What the week view shows and where: the week, its items and their blocks laid out at the
widget's width with their text, the scroll of the time grid, and what the person has
chosen in it (the selected time, the block with the focus, the hover, a drag's block).

The view's painter, overlays and controllers all read and change one `WeekScene`; the view
(week_view.WeekView) owns it and tells it about its size and font. Hit tests and the
rectangles tests check are answered here, in widget coordinates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QScrollBar, QWidget

from jumpadesk.availability import ScheduleItem
from jumpadesk.hours import OpeningHours, every_day
from jumpadesk.ui.block_paint import warning_rect
from jumpadesk.ui.translation import translate
from jumpadesk.ui.week_cache import adopt_items, block_key, moved_blocks
from jumpadesk.ui.week_focus import (
    SlotSelection,
    spoken_item,
    spoken_selection,
    zone_abbreviation,
    zone_description,
)
from jumpadesk.ui.week_layout import (
    DAYS,
    MINUTES_PER_DAY,
    SNAP_MINUTES,
    Block,
    Metrics,
    WeekLayout,
    compute_layout,
    monday_of,
)
from jumpadesk.ui.week_paint import AUTOSCROLL_ZONE, WORKING_HOURS, Clock, utc_now
from jumpadesk.ui.week_text import (
    TextLine,
    WeekFonts,
    banner_height,
    lines_of_layout,
    texts,
)


class WeekSurface(Protocol):
    """What the week view's controllers (week_pointer, week_keys) ask of the view they
    serve; week_view.WeekView is one."""

    def update(self) -> None: ...
    def setCursor(self, cursor: Qt.CursorShape, /) -> None: ...  # noqa: N802 - Qt's name
    def unsetCursor(self) -> None: ...  # noqa: N802 - Qt's name
    def hasFocus(self) -> bool: ...  # noqa: N802 - Qt's name
    def select_slot(self, day: int, start_minute: int, end_minute: int) -> None: ...
    def clear_selection(self) -> None: ...
    def focus_item(self, item: ScheduleItem | None) -> None: ...
    def go_previous_week(self) -> None: ...
    def go_next_week(self) -> None: ...
    def go_today(self) -> None: ...
    def show_all_day_events(self) -> None: ...
    def announce(self) -> None: ...


class GridScroll:
    """The time grid's vertical scroll bar, and scrolling that brings a time into sight."""

    def __init__(self, parent: QWidget) -> None:
        self.bar = QScrollBar(Qt.Orientation.Vertical, parent)
        self.bar.setObjectName("weekScroll")
        self.bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Until the person scrolls (or a time is brought into sight), the grid opens at the
        # start of the working hours once it can scroll.
        self.first_scroll_pending = True

    def value(self) -> int:
        return self.bar.value()

    def width(self) -> int:
        return self.bar.sizeHint().width()

    def by(self, pixels: int) -> None:
        self.bar.setValue(self.bar.value() + pixels)

    def fit(self, layout: WeekLayout, width: int, height: int, *, shown: bool,
            first_hour: int) -> None:
        """Place the bar beside the grid and let it scroll the grid's height."""
        sbw = self.width()
        visible = max(0.0, height - layout.grid_top)
        self.bar.setGeometry(QRect(width - sbw, round(layout.grid_top), sbw,
                                   max(0, round(visible))))
        self.bar.setRange(0, max(0, round(layout.grid_height - visible)))
        self.bar.setPageStep(max(1, round(visible)))
        self.bar.setSingleStep(max(1, round(layout.metrics.hour_height / 4)))
        if self.first_scroll_pending and self.bar.maximum() > 0 and shown:
            self.to_minute(layout, first_hour * 60 - 30)

    def to_minute(self, layout: WeekLayout, minute: float) -> None:
        """Scroll so that a wall-clock time is at the top of the grid."""
        self.first_scroll_pending = False
        self.bar.setValue(round(layout.y_for_minute(minute) - layout.grid_top))

    def show_span(self, layout: WeekLayout, start: float, end: float) -> None:
        """Scroll the least that shows [start, end) wall-clock minutes (its start when it
        is taller than the grid)."""
        top = layout.y_for_minute(start) - layout.grid_top
        bottom = layout.y_for_minute(end) - layout.grid_top
        visible = self.bar.pageStep()
        value = self.bar.value()
        if top < value:
            self.bar.setValue(round(top) - 8)
        elif bottom > value + visible:
            self.bar.setValue(round(min(top, bottom - visible + 8)))

    def show_minute(self, layout: WeekLayout, minute: float) -> None:
        y = layout.y_for_minute(minute) - layout.grid_top
        visible = self.bar.pageStep()
        if not self.bar.value() <= y <= self.bar.value() + visible - 20:
            self.bar.setValue(round(y - visible / 3))

    def autoscroll_step(self, pos: QPointF, viewport: QRectF) -> int:
        """Pixels to scroll per tick for a drag at `pos`: faster nearer (or past) the edge;
        0 away from the edges or when the grid cannot go further that way."""
        bar = self.bar
        if pos.y() < viewport.top() + AUTOSCROLL_ZONE:
            depth = viewport.top() + AUTOSCROLL_ZONE - pos.y()
            sign = -1 if bar.value() > bar.minimum() else 0
        elif pos.y() > viewport.bottom() - AUTOSCROLL_ZONE:
            depth = pos.y() - (viewport.bottom() - AUTOSCROLL_ZONE)
            sign = 1 if bar.value() < bar.maximum() else 0
        else:
            return 0
        depth = min(depth, AUTOSCROLL_ZONE * 3)
        return sign * round(2 + depth / 3)


class WeekScene:
    """One week in the business's time zone as the view shows it (see the module's
    docstring). The layout is recomputed by `relayout` when items, the week, the zone,
    the font, the banner or the width change, never while painting."""

    def __init__(self, view: QWidget, scroll: GridScroll, *, tz: ZoneInfo,
                 monday: date | None, clock: Clock | None) -> None:
        self.view = view
        self.scroll = scroll
        self.clock: Clock = clock or utc_now
        self.tz = tz
        self.now = self.clock()
        self.monday = monday_of(monday or self.now.astimezone(tz).date())
        self.items: list[ScheduleItem] = []
        self.banner: str | None = None
        # Per weekday (Monday first), None: closed; until set, every day the fixed hours.
        self.opening_hours: OpeningHours = every_day(*WORKING_HOURS)
        self.working_hours = WORKING_HOURS
        self.all_day_expanded = False
        self.fonts = WeekFonts.of(view.font())
        self.metrics = Metrics()
        self.layout = compute_layout([], self.monday, tz, 800.0, self.metrics)
        self.lines: dict[int, list[TextLine]] = {}
        # (day, start minute, end minute) of the selected time; the anchor is the slot
        # first selected and the active slot the one Shift+arrows move: the selection
        # spans both.
        self.selection: tuple[int, int, int] | None = None
        self.anchor: tuple[int, int] = (0, 0)
        self.active: tuple[int, int] = (0, 0)
        self.focus_item: ScheduleItem | None = None  # the block Tab walked to
        self.moving: ScheduleItem | None = None  # the appointment being dragged
        self.hover: Block | None = None
        self.hover_more: int | None = None  # the day whose "+N more" is under the pointer

    # -- what is shown -----------------------------------------------------------------

    def set_font(self) -> None:
        """The view's font changed (or the all-day band grew): fonts and sizes anew."""
        self.fonts = WeekFonts.of(self.view.font())
        self.metrics = self.fonts.metrics(all_day_expanded=self.all_day_expanded,
                                          scroll_width=self.scroll.width())

    def set_opening_hours(self, hours: OpeningHours) -> None:
        """Per weekday (None: closed); the grid opens scrolled to the earliest opening."""
        self.opening_hours = tuple(hours)
        open_days = [d for d in hours if d is not None]
        if open_days:
            first = min(d.opens_minute for d in open_days) // 60
            last = -(-max(d.closes_minute for d in open_days) // 60)
            self.working_hours = (first, last)
        else:
            self.working_hours = WORKING_HOURS

    def relayout(self, *, items_only: bool = False) -> list[QRectF] | None:
        """Lay the items out again. With `items_only` (nothing but the items changed), a
        block laid out as before keeps its text. Returns the content rectangles of the
        timed blocks that moved (week_cache.moved_blocks), None when more changed."""
        old, old_lines = self.layout, self.lines
        width = float(self.view.width())
        self.metrics = replace(self.metrics,
                               banner_height=banner_height(self.view.font(), width, self.banner))
        self.layout = compute_layout(self.items, self.monday, self.tz, width, self.metrics)
        kept: dict[tuple[object, ...], list[TextLine]] = {
            block_key(b): old_lines.get(id(b), []) for b in (*old.all_day, *old.timed)
        } if items_only else {}
        self.lines = lines_of_layout(self.layout, self.fonts, self.tz,
                                     lambda b: kept.get(block_key(b)))
        return moved_blocks(old, self.layout) if items_only else None

    def take_items(self, items: Sequence[ScheduleItem], *, reuse: bool) -> bool:
        """Hold new items (the block with the focus keeps it when its entry is among them).
        True when `reuse` allows it and they equal those shown one for one (a sync that
        changed nothing): the layout and text stay, its blocks now holding the entries
        read again. False: they are to be laid out (`relayout`)."""
        before = self.items
        self.hover = None
        if self.focus_item is not None:
            self.focus_item = next((i for i in items if i == self.focus_item), None)
        same = reuse and len(before) == len(items) and all(
            a == b for a, b in zip(before, items, strict=True))
        if same:
            by_old = dict(zip(map(id, before), items, strict=True))
            self.layout, pairs = adopt_items(self.layout, by_old)
            self.lines = {id(new): self.lines.get(id(was), []) for was, new in pairs}
        self.items = list(items)
        return same

    def refresh_now(self) -> None:
        self.now = self.clock()

    def today(self) -> date:
        return self.now.astimezone(self.tz).date()

    def today_column(self) -> int | None:
        day = (self.today() - self.monday).days
        return day if 0 <= day < DAYS else None

    def past_minutes(self, day: int) -> float:
        """How much of a day column is already past: all of it, none, or up to now."""
        local = self.now.astimezone(self.tz)
        date_ = self.layout.date_of(day)
        if date_ < local.date():
            return float(MINUTES_PER_DAY)
        if date_ > local.date():
            return 0.0
        return local.hour * 60 + local.minute + local.second / 60

    def hidden_hour_labels(self) -> tuple[int, ...]:
        """The hours whose label the current time's pill replaces (it would cover them)."""
        placed = self.layout.place(self.now)
        if placed is None:
            return ()
        reach = QFontMetricsF(self.fonts.small).height() * 0.9
        return tuple(hour for hour in range(1, 24)
                     if abs(placed[1] - self.layout.y_for_minute(hour * 60)) < reach)

    # -- where things are (widget coordinates) -------------------------------------------

    def closed_label(self, day: int) -> str:
        """"Closed" for a day column the opening hours close all day, else ""."""
        if self.opening_hours[self.layout.date_of(day).weekday()] is None:
            return translate("week_scene", "Closed")
        return ""

    def closed_label_rect(self, day: int) -> QRectF | None:
        """Where a closed day's "Closed" is written (widget coordinates): at the top of
        the grid as it shows, whatever the scroll; None for an open day."""
        if not self.closed_label(day):
            return None
        lay = self.layout
        height = QFontMetricsF(self.fonts.small).height() + 6
        return QRectF(lay.column_left(day) + 2, self.grid_viewport().top() + 4,
                      lay.column_width - 4, height)

    def grid_viewport(self) -> QRectF:
        """Where the time grid shows."""
        top = self.layout.grid_top
        return QRectF(0, top, self.view.width() - self.scroll.width(), self.view.height() - top)

    def band_viewport(self) -> QRectF:
        """Where the all-day band shows."""
        lay = self.layout
        return QRectF(0, lay.band_top, self.view.width(), lay.band_height)

    def banner_rect(self) -> QRectF | None:
        """Where the stale-data banner is drawn, or None when it is hidden."""
        if self.banner is None:
            return None
        return QRectF(8, 6, self.view.width() - 16, self.metrics.banner_height - 8)

    def zone_corner(self) -> QRectF:
        """The header's corner above the hour labels, where the zone is named."""
        lay = self.layout
        return QRectF(0, lay.header_top, lay.metrics.gutter, lay.metrics.header_height)

    def zone_label(self) -> str:
        """The short zone name in the grid's corner ("CET"); its tooltip names it in full."""
        return zone_abbreviation(self.tz, self.now)

    def zone_tooltip(self) -> str:
        return zone_description(self.tz, self.now)

    def zone_label_rect(self) -> QRectF:
        """Where the zone's short name is drawn."""
        lay = self.layout
        fm = QFontMetricsF(self.fonts.tz_bold)
        top = lay.header_top + lay.metrics.header_height - 8 - fm.height()
        return QRectF(2, top, lay.metrics.gutter - 8, fm.height())

    def rects_of(self, item: ScheduleItem) -> list[QRectF]:
        """On-screen rectangles of an item's blocks (they may be scrolled out of view)."""
        scroll = self.scroll.value()
        return [self.layout.on_screen(b, scroll) for b in self.layout.blocks_of(item)]

    def visible_rects_of(self, item: ScheduleItem) -> list[QRectF]:
        """The parts of an item's blocks that are painted: timed blocks cut to the time
        grid's viewport, all-day blocks to the band; blocks scrolled out of view are left
        out."""
        scroll = self.scroll.value()
        out = []
        for block in self.layout.blocks_of(item):
            port = self.band_viewport() if block.all_day else self.grid_viewport()
            rect = self.layout.on_screen(block, scroll).intersected(port)
            if not rect.isEmpty():
                out.append(rect)
        return out

    def texts_of(self, item: ScheduleItem) -> list[list[str]]:
        """The lines of text painted on each of an item's blocks (after wrapping and
        eliding), in the order of `rects_of`."""
        return texts(self.layout.blocks_of(item), self.lines)

    def warning_rects_of(self, item: ScheduleItem) -> list[QRectF]:
        """Where the warning mark of an appointment that an iCloud event now overlaps is
        drawn (one per block); empty for anything else."""
        if not item.overlapped_by:
            return []
        scroll = self.scroll.value()
        return [warning_rect(b.rect).translated(0, -scroll)
                for b in self.layout.blocks_of(item) if not b.all_day]

    def block_at(self, pos: QPointF) -> Block | None:
        """The block under a widget position."""
        if pos.y() >= self.layout.grid_top:
            if pos.x() >= self.view.width() - self.scroll.width():
                return None
            return self.layout.timed_block_at(QPointF(pos.x(), pos.y() + self.scroll.value()))
        return self.layout.all_day_block_at(pos)

    def more_day_at(self, pos: QPointF) -> int | None:
        """The day whose "+N more" row is under a widget position."""
        day = self.layout.day_at(pos.x())
        if day is None:
            return None
        rect = self.layout.more_row_rect(day)
        return day if rect is not None and rect.contains(pos) else None

    def empty_day_at(self, pos: QPointF) -> int | None:
        """The day column under a point of the time grid (blocks aside)."""
        if not self.grid_viewport().contains(pos):
            return None
        return self.layout.day_at(pos.x())

    def minute_at(self, pos: QPointF) -> float:
        """The wall-clock minute at a widget position's height on the grid."""
        return self.layout.minute_at(pos.y() + self.scroll.value())

    def now_line(self) -> QLineF | None:
        """The now-line across today's column, or None when today is not in the week."""
        placed = self.layout.place(self.now)
        if placed is None:
            return None
        day, y = placed
        y -= self.scroll.value()
        left = self.layout.column_left(day)
        return QLineF(left, y, left + self.layout.column_width, y)

    # -- what is chosen ----------------------------------------------------------------

    def select(self, day: int, start_minute: int, end_minute: int) -> None:
        """Select [start, end) wall-clock minutes on a day column (kept inside the day and
        the week); the keyboard leaves the block it was on."""
        start = max(0, min(start_minute, MINUTES_PER_DAY - SNAP_MINUTES))
        end = max(start + SNAP_MINUTES, min(end_minute, MINUTES_PER_DAY))
        self.selection = (max(0, min(day, DAYS - 1)), start, end)
        # Shift+Up/Down move the last quarter hour and keep the first: from half an hour
        # Shift+Up leaves a quarter of an hour (issue 21 item 8).
        self.anchor = (start, start + SNAP_MINUTES)
        self.active = (end - SNAP_MINUTES, end)
        self.focus_item = None

    def selected_span(self) -> tuple[datetime, datetime] | None:
        """The selected time as aware UTC datetimes."""
        if self.selection is None:
            return None
        day, start, end = self.selection
        return self.layout.moment_at(day, start), self.layout.moment_at(day, end)

    def current_selection(self) -> SlotSelection | None:
        """The selected time with the busy items it overlaps (the appointment being
        dragged aside) and whether it starts in the past."""
        if self.selection is None:
            return None
        day, start, end = self.selection
        begins, ends = self.layout.moment_at(day, start), self.layout.moment_at(day, end)
        over = [i for i in self.layout.busy_over(day, start, end) if i is not self.moving]
        return SlotSelection(begins, ends, tuple(over), is_past=begins < self.now)

    def spoken(self) -> str:
        """What has the focus, as one sentence for assistive technology."""
        if self.focus_item is not None:
            return spoken_item(self.focus_item, self.tz)
        if (selection := self.current_selection()) is not None:
            return spoken_selection(selection, self.tz)
        return translate("week_scene", "Week view")


__all__ = ["GridScroll", "WeekScene", "WeekSurface", "warning_rect"]
