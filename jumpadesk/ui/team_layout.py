"""The geometry of the team's day: one column per staff member, the day's hours down the
side. Each column's blocks are packed by the week's own rule (week_layout.compute_layout,
lanes side by side where items overlap) and placed in the column: no second packing rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QPointF, QRectF

from jumpadesk.availability import ScheduleItem
from jumpadesk.services.team_day import TeamColumn, TeamDaySnapshot
from jumpadesk.ui.week_layout import (
    MINUTES_PER_DAY,
    Block,
    block_style,
    compute_layout,
    local_midnight,
    monday_of,
)

#: The team's columns are never narrower than this; wider windows share the room.
MIN_COLUMN_WIDTH = 120.0


@dataclass(frozen=True)
class TeamMetrics:
    """Sizes in device-independent pixels."""

    gutter: float = 64.0
    names_padding: float = 10.0  # above and below the names, together
    all_day_row: float = 22.0
    all_day_padding: float = 4.0
    max_all_day_rows: int = 3
    hour_height: float = 48.0
    column_gap: float = 8.0
    block_gap: float = 2.0


@dataclass
class TeamLayout:
    """Where each column and block of one team day is, for a widget `width` wide. `top`
    is where midnight is (the grid is the whole widget's height under it)."""

    day: date
    columns: tuple[TeamColumn, ...]
    width: float
    metrics: TeamMetrics = field(default_factory=TeamMetrics)
    top: float = 0.0
    blocks: list[Block] = field(default_factory=list)  # Block.day is the column
    all_day: list[Block] = field(default_factory=list)  # in the header, under the names
    hidden_all_day: dict[int, int] = field(default_factory=dict)  # column: how many more
    all_day_rows: int = 0  # rows drawn, including the "+N more" row
    band_top: float = 0.0  # where the all-day row begins in the header

    @property
    def column_width(self) -> float:
        room = self.width - self.metrics.gutter
        return max(MIN_COLUMN_WIDTH, room / max(1, len(self.columns)))

    @property
    def grid_height(self) -> float:
        return 24 * self.metrics.hour_height

    def column_left(self, column: int) -> float:
        return self.metrics.gutter + column * self.column_width

    def column_at(self, x: float) -> int | None:
        if x < self.metrics.gutter or not self.columns:
            return None
        n = int((x - self.metrics.gutter) // self.column_width)
        return n if 0 <= n < len(self.columns) else None

    def y_for_minute(self, minute: float) -> float:
        return self.top + minute / 60.0 * self.metrics.hour_height

    def minute_at(self, y: float) -> float:
        return min(max((y - self.top) / self.metrics.hour_height * 60.0, 0.0),
                   float(MINUTES_PER_DAY))

    def moment_at(self, column: int, minute: float) -> datetime:
        """The instant at `minute` after midnight on the column's staff member's clock."""
        zone = self.columns[column].zone
        return (local_midnight(self.day, zone) + timedelta(minutes=minute)).astimezone(zone)

    def slot_rect(self, column: int, first: float, last: float) -> QRectF:
        y0, y1 = self.y_for_minute(first), self.y_for_minute(last)
        return QRectF(self.column_left(column) + 1, y0, self.column_width - 2, y1 - y0)

    def block_at(self, point: QPointF) -> Block | None:
        for block in reversed(self.blocks):
            if block.rect.contains(point):
                return block
        return None

    def all_day_at(self, point: QPointF) -> Block | None:
        """The all-day block at a point of the header (its own coordinates)."""
        for block in self.all_day:
            if block.rect.contains(point):
                return block
        return None

    def band_height(self) -> float:
        """The all-day row's height in the header (0: nothing all-day that day)."""
        if not self.all_day_rows:
            return 0.0
        return self.all_day_rows * self.metrics.all_day_row + 2 * self.metrics.all_day_padding

    def column_items(self, column: int) -> list[ScheduleItem]:
        """A column's blocks' items in reading order: all-day first, then by start."""
        seen: dict[int, ScheduleItem] = {}
        for b in (*self.all_day, *self.blocks):
            if b.day == column:
                seen.setdefault(id(b.item), b.item)
        return sorted(seen.values(), key=lambda i: (not i.all_day, i.start, i.end, i.title))


def compute_team_layout(team: TeamDaySnapshot, width: float,
                        metrics: TeamMetrics | None = None, top: float = 0.0,
                        names_height: float = 24.0) -> TeamLayout:
    """Lay out the team's day: each column's timed items as the week packs them on that
    day, placed in the column; its all-day items in the header's row under the names
    (`names_height` tall)."""
    layout = TeamLayout(team.day, team.columns, width, metrics or TeamMetrics(), top)
    m = layout.metrics
    monday = monday_of(team.day)
    offset = (team.day - monday).days
    usable = layout.column_width - m.column_gap - 2
    for n, column in enumerate(team.columns):
        week = compute_layout([i for i in column.items if not i.all_day], monday, column.zone,
                              width=7 * MIN_COLUMN_WIDTH + 64)
        left = layout.column_left(n) + 2
        for b in week.timed:
            if b.day != offset:
                continue
            lane_w = usable / b.lanes
            top_y = layout.y_for_minute(b.start_minute)
            rect = QRectF(left + b.lane * lane_w, top_y + 0.5,
                          max(lane_w - m.block_gap, 2.0),
                          layout.y_for_minute(b.end_minute) - top_y - 1.5)
            layout.blocks.append(replace(b, day=n, rect=rect))
    _layout_all_day(layout, names_height)
    return layout


def _layout_all_day(layout: TeamLayout, top: float) -> None:
    """Each column's all-day items one under another in the header, from `top`; a column
    with more than the rows allow ends in a "+N more" row (as the week's band does)."""
    m = layout.metrics
    per_column = [[i for i in c.items if i.all_day] for c in layout.columns]
    most = max((len(items) for items in per_column), default=0)
    rows = most if most <= m.max_all_day_rows else m.max_all_day_rows
    layout.all_day_rows, layout.band_top = rows, top
    for n, items in enumerate(per_column):
        room = rows if len(items) <= rows else rows - 1
        for r, item in enumerate(sorted(items, key=lambda i: (i.start, i.title))[:room]):
            rect = QRectF(layout.column_left(n) + 2, top + m.all_day_padding + r * m.all_day_row,
                          layout.column_width - 4, m.all_day_row - 3)
            layout.all_day.append(Block(item=item, day=n, rect=rect, style=block_style(item),
                                        all_day=True))
        if len(items) > room:
            layout.hidden_all_day[n] = len(items) - room
