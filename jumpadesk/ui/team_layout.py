"""The geometry of the team's day: one column per staff member, the day's hours down the
side. Each column's blocks are packed by the week's own rule (week_layout.compute_layout,
lanes side by side where items overlap) and placed in the column: no second packing rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QPointF, QRectF

from jumpadesk.services.team_day import TeamColumn, TeamDaySnapshot
from jumpadesk.ui.week_layout import (
    MINUTES_PER_DAY,
    Block,
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
    header_height: float = 40.0
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


def compute_team_layout(team: TeamDaySnapshot, width: float,
                        metrics: TeamMetrics | None = None, top: float = 0.0) -> TeamLayout:
    """Lay out the team's day: each column's timed items as the week packs them on that
    day, placed in the column (all-day items are left to the header's marks)."""
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
    return layout
