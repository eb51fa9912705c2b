"""Where each schedule item sits in the week view: pure geometry, no painting.

The week view paints from a `WeekLayout`, and tests hit-test it. One coordinate space
serves both: widget coordinates as they are when the time grid is scrolled to the top.
The header and the all-day band never scroll; a timed block's on-screen rectangle is its
`rect` moved up by the scroll offset (`WeekLayout.on_screen`).

Times are placed by wall-clock time in the business's zone: 10:00 is at the same height on
every day, daylight saving or not. An item that crosses midnight gets one block per day.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QPointF, QRectF

from jumpadesk.availability import ScheduleItem, blocks_booking
from jumpadesk.kinds import OccurrenceKind, Source

DAYS = 7
MINUTES_PER_DAY = 24 * 60
SNAP_MINUTES = 15
#: A click on free time selects this much; a sub-account setting may replace it later.
DEFAULT_SLOT_MINUTES = 30
#: A very short (or zero-length) event is drawn at least this tall so it can be read and hit.
MIN_BLOCK_MINUTES = 20

STYLE_SOLID = "solid"  # busy iCloud event
STYLE_OUTLINE = "outline"  # free, cancelled or declined iCloud event: shown, never blocks
STYLE_APPOINTMENT = "appointment"
STYLE_BLOCKED = "blocked"
STYLE_TRAVEL = "travel"


# Read once: an enum member looked up on its class costs a descriptor call each time.
_APPOINTMENT, _BLOCKED, _TRAVEL = Source.APPOINTMENT, Source.BLOCKED, OccurrenceKind.TRAVEL


def block_style(item: ScheduleItem) -> str:
    """How an item is drawn; one of the STYLE_* names."""
    if item.source == _APPOINTMENT:
        return STYLE_APPOINTMENT
    if item.source == _BLOCKED:
        return STYLE_BLOCKED
    if item.kind == _TRAVEL:
        return STYLE_TRAVEL
    return STYLE_SOLID if item.busy else STYLE_OUTLINE


def first_weekday() -> int:
    """The first day of the week in the computer's locale (QLocale), 0 = Monday:
    Sunday (6) in the United States, Monday in Germany."""
    return QLocale().firstDayOfWeek().value - 1  # Qt counts Monday = 1 to Sunday = 7


def monday_of(day: date) -> date:
    """The first day of the week holding `day`: a Monday, or in a locale whose weeks
    start on another day (a Sunday in the United States), that day. The week view's
    column 0."""
    return day - timedelta(days=(day.weekday() - first_weekday()) % 7)


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tz)


@dataclass(frozen=True)
class Metrics:
    """Sizes in device-independent pixels; the widget derives them from its font."""

    gutter: float = 64.0  # hour labels on the left
    banner_height: float = 0.0  # the stale-data warning above everything, when shown
    header_height: float = 52.0  # weekday and date
    all_day_row: float = 22.0
    all_day_padding: float = 4.0
    max_all_day_rows: int = 3
    hour_height: float = 48.0
    right_margin: float = 0.0  # room for the scroll bar
    column_gap: float = 8.0  # free strip on the right of each day, so empty time stays draggable
    block_gap: float = 2.0  # between blocks side by side


@dataclass(frozen=True)
class Block:
    """One rectangle of one item. A timed item crossing midnight has one per day; an
    all-day item has one spanning its days (`days` columns from `day`)."""

    item: ScheduleItem
    day: int
    rect: QRectF
    style: str
    all_day: bool = False
    days: int = 1
    starts_before: bool = False  # the item began on an earlier day (or week)
    ends_after: bool = False  # and goes on past this block
    lane: int = 0
    lanes: int = 1
    start_minute: float = 0.0  # wall-clock minutes from this day's midnight
    end_minute: float = 0.0

    def contains(self, point: QPointF) -> bool:
        return self.rect.contains(point)


@dataclass
class WeekLayout:
    """The geometry of one week at one widget width."""

    monday: date
    tz: ZoneInfo
    width: float
    metrics: Metrics = field(default_factory=Metrics)
    timed: list[Block] = field(default_factory=list)
    all_day: list[Block] = field(default_factory=list)
    all_day_rows: int = 0  # rows drawn, including the "+N more" row
    hidden_all_day: dict[int, list[ScheduleItem]] = field(default_factory=dict)
    #: Day columns a busy all-day event blocks whole (shown in the band or hidden under
    #: "+N more" alike), with the first such event of each day.
    busy_days: dict[int, ScheduleItem] = field(default_factory=dict)

    # -- columns -------------------------------------------------------------------

    @property
    def column_width(self) -> float:
        m = self.metrics
        return max(1.0, (self.width - m.gutter - m.right_margin) / DAYS)

    def column_left(self, day: int) -> float:
        return self.metrics.gutter + day * self.column_width

    def day_at(self, x: float) -> int | None:
        """The day column (0 = Monday) under x, or None in the gutter or the scroll bar."""
        if x < self.metrics.gutter:
            return None
        day = int((x - self.metrics.gutter) // self.column_width)
        return day if 0 <= day < DAYS else None

    def date_of(self, day: int) -> date:
        return self.monday + timedelta(days=day)

    # -- rows ------------------------------------------------------------------------

    @property
    def header_top(self) -> float:
        return self.metrics.banner_height

    @property
    def band_top(self) -> float:
        return self.metrics.banner_height + self.metrics.header_height

    @property
    def band_height(self) -> float:
        m = self.metrics
        return max(1, self.all_day_rows) * m.all_day_row + 2 * m.all_day_padding

    @property
    def grid_top(self) -> float:
        """Where 00:00 is when the grid is scrolled to the top."""
        return self.band_top + self.band_height

    @property
    def grid_height(self) -> float:
        return 24 * self.metrics.hour_height

    def y_for_minute(self, minute: float) -> float:
        return self.grid_top + minute / 60.0 * self.metrics.hour_height

    def minute_at(self, y: float) -> float:
        """Wall-clock minutes from midnight at content height y, clamped to the day."""
        minute = (y - self.grid_top) / self.metrics.hour_height * 60.0
        return min(max(minute, 0.0), float(MINUTES_PER_DAY))

    def place(self, moment: datetime) -> tuple[int, float] | None:
        """(day column, content y) of an instant, or None outside this week."""
        local = moment.astimezone(self.tz)
        day = (local.date() - self.monday).days
        if not 0 <= day < DAYS:
            return None
        return day, self.y_for_minute(_wall_minutes(local))

    def moment_at(self, day: int, minute: float) -> datetime:
        """The UTC instant of a wall-clock minute on a day column of this week."""
        minute = min(max(minute, 0.0), float(MINUTES_PER_DAY))
        wall = datetime.combine(self.date_of(day), time(0)) + timedelta(minutes=minute)
        return wall.replace(tzinfo=self.tz).astimezone(UTC)

    def on_screen(self, block: Block, scroll: float) -> QRectF:
        """A block's rectangle in widget coordinates for a grid scrolled by `scroll`."""
        if block.all_day:
            return QRectF(block.rect)
        return block.rect.translated(0, -scroll)

    def slot_rect(self, day: int, start_minute: float, end_minute: float) -> QRectF:
        """The content rectangle of a selection on one day (full column width)."""
        top = self.y_for_minute(start_minute)
        return QRectF(
            self.column_left(day) + 1,
            top,
            self.column_width - 2,
            self.y_for_minute(end_minute) - top,
        )

    # -- hit tests -----------------------------------------------------------------

    def timed_block_at(self, point: QPointF) -> Block | None:
        """The timed block under a content point (the one painted last wins)."""
        for block in reversed(self.timed):
            if block.rect.contains(point):
                return block
        return None

    def all_day_block_at(self, point: QPointF) -> Block | None:
        for block in reversed(self.all_day):
            if block.rect.contains(point):
                return block
        return None

    def more_row_rect(self, day: int) -> QRectF | None:
        """Where "+N more" is drawn for a day whose all-day items do not all fit."""
        if day not in self.hidden_all_day:
            return None
        m = self.metrics
        y = self.band_top + m.all_day_padding + (self.all_day_rows - 1) * m.all_day_row
        return QRectF(self.column_left(day) + 2, y, self.column_width - 4, m.all_day_row - 2)

    def blocks_of(self, item: ScheduleItem) -> list[Block]:
        return [b for b in (*self.all_day, *self.timed) if b.item is item]

    def busy_over(self, day: int, start_minute: float, end_minute: float) -> list[ScheduleItem]:
        """The items that keep [start, end) on a day from being booked, by the booking
        check's own rule (availability.blocks_booking): a busy all-day event blocks the
        whole day; free, cancelled and declined ones, and events without length, never
        block."""
        begins, ends = self.moment_at(day, start_minute), self.moment_at(day, end_minute)
        out: list[ScheduleItem] = []
        if day in self.busy_days and blocks_booking(self.busy_days[day], begins, ends):
            out.append(self.busy_days[day])
        for b in self.timed:
            if b.day == day and blocks_booking(b.item, begins, ends) and b.item not in out:
                out.append(b.item)
        return out

    def items_in_order(self) -> list[ScheduleItem]:
        """The items with a block this week, in reading order: by start, all-day first.
        The keyboard's Tab walks them in this order."""
        seen: dict[int, ScheduleItem] = {}
        for b in (*self.all_day, *self.timed):
            seen.setdefault(id(b.item), b.item)
        return sorted(seen.values(), key=lambda i: (i.start, not i.all_day, i.end, i.title))


def _wall_minutes(local: datetime) -> float:
    return local.hour * 60 + local.minute + local.second / 60.0


def _all_day_columns(item: ScheduleItem, monday: date, tz: ZoneInfo) -> tuple[int, int] | None:
    """First column and the column after the last, clipped to the week."""
    start = item.start.astimezone(tz)
    end = item.end.astimezone(tz)
    first = start.date()
    # Exclusive end at local midnight; if the zone changed since, round up to whole days.
    last = end.date() if end.time() == time(0) else end.date() + timedelta(days=1)
    if last <= first:
        last = first + timedelta(days=1)
    c0, c1 = (first - monday).days, (last - monday).days
    if c1 <= 0 or c0 >= DAYS:
        return None
    return max(c0, 0), min(c1, DAYS)


@dataclass
class _Segment:
    item: ScheduleItem
    day: int
    start: float  # wall-clock minutes
    end: float
    top: float  # visual extent, at least MIN_BLOCK_MINUTES tall
    bottom: float
    starts_before: bool
    ends_after: bool
    lane: int = 0
    span: int = 1
    lanes: int = 1


@dataclass(frozen=True)
class _Days:
    """The midnights around a week's days, worked out once per layout: each day's local
    midnight as `local_midnight` makes it, and the same instant in UTC (comparing an
    item's UTC times with UTC instants skips the zone's rules)."""

    local: tuple[datetime, ...]  # DAYS + 1 local midnights, Monday's to the next Monday's
    utc: tuple[datetime, ...]

    @classmethod
    def of(cls, monday: date, tz: ZoneInfo) -> _Days:
        local = tuple(local_midnight(monday + timedelta(days=n), tz) for n in range(DAYS + 1))
        return cls(local, tuple(m.astimezone(UTC) for m in local))


def _segments(item: ScheduleItem, days: _Days, tz: ZoneInfo) -> list[_Segment]:
    """One segment per day `item` touches this week (an instant: the day it falls on)."""
    out: list[_Segment] = []
    bounds = days.utc
    # Only the days between the one holding the start and the one holding the end.
    first = max(bisect_right(bounds, item.start) - 1, 0)
    last = min(bisect_left(bounds, item.end) + 1, DAYS)
    for day in range(first, last):
        day_start, day_end = bounds[day], bounds[day + 1]
        s, e = max(item.start, day_start), min(item.end, day_end)
        instant = item.start == item.end and day_start <= item.start < day_end
        if not (s < e or instant):
            continue
        # The day's own midnight is 00:00 on the wall clock, even where that hour is skipped.
        start = 0.0 if day_start > item.start else _wall_minutes(item.start.astimezone(tz))
        end = float(MINUTES_PER_DAY) if e >= day_end else _wall_minutes(e.astimezone(tz))
        end = max(end, start)  # the repeated hour when clocks go back
        top = min(start, MINUTES_PER_DAY - MIN_BLOCK_MINUTES)
        bottom = max(end, top + MIN_BLOCK_MINUTES)
        out.append(_Segment(item, day, start, end, top, bottom,
                            starts_before=item.start < day_start,
                            ends_after=item.end > day_end))
    return out


def _pack(segments: list[_Segment]) -> None:
    """Column packing as desktop calendars do it: overlapping items form a cluster that
    shares the day's width; each item takes the first free lane and then stretches right
    over lanes that nothing in its time uses."""
    segments.sort(key=lambda s: (s.top, -s.bottom, s.item.title))
    cluster: list[_Segment] = []
    cluster_end = -1.0
    for seg in [*segments, None]:
        if seg is None or seg.top >= cluster_end:
            _pack_cluster(cluster)
            cluster = []
            cluster_end = -1.0
        if seg is not None:
            cluster.append(seg)
            cluster_end = max(cluster_end, seg.bottom)


def _pack_cluster(cluster: list[_Segment]) -> None:
    if not cluster:
        return
    lane_ends: list[float] = []
    lanes: list[list[_Segment]] = []
    for seg in cluster:
        for i, end in enumerate(lane_ends):
            if end <= seg.top:
                seg.lane = i
                lane_ends[i] = seg.bottom
                lanes[i].append(seg)
                break
        else:
            seg.lane = len(lane_ends)
            lane_ends.append(seg.bottom)
            lanes.append([seg])
    count = len(lanes)
    for seg in cluster:
        seg.lanes = count
        span = 1
        for lane in lanes[seg.lane + 1:]:
            if any(o.top < seg.bottom and seg.top < o.bottom for o in lane):
                break
            span += 1
        seg.span = span


def compute_layout(
    items: Iterable[ScheduleItem],
    monday: date,
    tz: ZoneInfo,
    width: float,
    metrics: Metrics | None = None,
) -> WeekLayout:
    """Lay out a week's items for a widget `width` pixels wide."""
    metrics = metrics or Metrics()
    monday = monday_of(monday)
    layout = WeekLayout(monday=monday, tz=tz, width=width, metrics=metrics)
    items = list(items)
    all_day = [i for i in items if i.all_day]
    timed = [i for i in items if not i.all_day]
    _layout_all_day(layout, all_day)
    _layout_timed(layout, timed)
    return layout


def _layout_all_day(layout: WeekLayout, items: list[ScheduleItem]) -> None:
    m = layout.metrics
    placed: list[tuple[ScheduleItem, int, int]] = []
    for item in items:
        cols = _all_day_columns(item, layout.monday, layout.tz)
        if cols is not None:
            placed.append((item, *cols))
    placed.sort(key=lambda p: (p[1], -(p[2] - p[1]), p[0].title))
    rows: list[list[bool]] = []
    assigned: list[tuple[ScheduleItem, int, int, int]] = []
    for item, c0, c1 in placed:
        if item.busy:
            for c in range(c0, c1):
                layout.busy_days.setdefault(c, item)
        r = next((i for i, used in enumerate(rows) if not any(used[c0:c1])), len(rows))
        if r == len(rows):
            rows.append([False] * DAYS)
        for c in range(c0, c1):
            rows[r][c] = True
        assigned.append((item, c0, c1, r))
    total = len(rows)
    visible = total if total <= m.max_all_day_rows else max(m.max_all_day_rows - 1, 0)
    layout.all_day_rows = total if total <= m.max_all_day_rows else visible + 1
    col_w = layout.column_width
    for item, c0, c1, r in assigned:
        if r >= visible:
            for c in range(c0, c1):
                layout.hidden_all_day.setdefault(c, []).append(item)
            continue
        start_date = item.start.astimezone(layout.tz).date()
        rect = QRectF(
            layout.column_left(c0) + 2,
            layout.band_top + m.all_day_padding + r * m.all_day_row,
            (c1 - c0) * col_w - 5,
            m.all_day_row - 3,
        )
        layout.all_day.append(Block(
            item=item, day=c0, rect=rect, style=block_style(item), all_day=True, days=c1 - c0,
            starts_before=start_date < layout.monday,
            ends_after=(layout.monday + timedelta(days=c1)) < _all_day_end(item, layout.tz),
            lane=r, lanes=layout.all_day_rows,
        ))


def _all_day_end(item: ScheduleItem, tz: ZoneInfo) -> date:
    end = item.end.astimezone(tz)
    return end.date() if end.time() == time(0) else end.date() + timedelta(days=1)


def _layout_timed(layout: WeekLayout, items: list[ScheduleItem]) -> None:
    m = layout.metrics
    by_day: list[list[_Segment]] = [[] for _ in range(DAYS)]
    days = _Days.of(layout.monday, layout.tz)
    for item in items:
        for seg in _segments(item, days, layout.tz):
            by_day[seg.day].append(seg)
    usable = layout.column_width - m.column_gap - 2
    # y_for_minute's arithmetic, with the grid's top read once rather than per block.
    grid_top, hour_height = layout.grid_top, m.hour_height
    for day, segments in enumerate(by_day):
        _pack(segments)
        left = layout.column_left(day) + 2
        for seg in segments:
            lane_w = usable / seg.lanes
            top = grid_top + seg.top / 60.0 * hour_height
            rect = QRectF(
                left + seg.lane * lane_w,
                top + 0.5,
                max(seg.span * lane_w - m.block_gap, 2.0),
                grid_top + seg.bottom / 60.0 * hour_height - top - 1.5,
            )
            layout.timed.append(Block(
                item=seg.item, day=day, rect=rect, style=block_style(seg.item),
                starts_before=seg.starts_before, ends_after=seg.ends_after,
                lane=seg.lane, lanes=seg.lanes, start_minute=seg.start, end_minute=seg.end,
            ))


def snap_down(minute: float, step: int = SNAP_MINUTES) -> int:
    return int(minute // step) * step


def snap_up(minute: float, step: int = SNAP_MINUTES) -> int:
    return int(-(-minute // step)) * step


def slot_at(minute: float, length: int = DEFAULT_SLOT_MINUTES,
            step: int = SNAP_MINUTES) -> tuple[int, int]:
    """The slot a click at `minute` selects: `length` minutes from the step it falls in,
    kept inside the day."""
    start = min(snap_down(minute, step), MINUTES_PER_DAY - length)
    return max(start, 0), max(start, 0) + length


def selection_minutes(anchor: float, current: float, step: int = SNAP_MINUTES) -> tuple[int, int]:
    """The snapped [start, end) of a drag from `anchor` to `current` on one day; at least
    one step long and inside the day."""
    lo, hi = min(anchor, current), max(anchor, current)
    start = snap_down(lo, step)
    end = max(snap_up(hi, step), start + step)
    if end > MINUTES_PER_DAY:
        end = MINUTES_PER_DAY
        start = min(start, end - step)
    return start, end


__all__ = [
    "DEFAULT_SLOT_MINUTES",
    "Block",
    "Metrics",
    "WeekLayout",
    "block_style",
    "compute_layout",
    "monday_of",
    "first_weekday",
    "selection_minutes",
    "slot_at",
]
