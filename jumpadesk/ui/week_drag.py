"""Moving and resizing an appointment's block by dragging it (issue 10): which blocks
may be dragged, and where a drag puts them, snapped to the grid step. Pure geometry in
wall-clock minutes; the week view paints the preview and emits the request."""

from __future__ import annotations

from dataclasses import dataclass

from jumpadesk.availability import ScheduleItem
from jumpadesk.kinds import Source
from jumpadesk.ui.week_layout import MINUTES_PER_DAY, SNAP_MINUTES, Block

#: A press this close (pixels) to an appointment's bottom edge resizes it.
RESIZE_EDGE = 6.0


def movable(block: Block) -> bool:
    """Only a timed appointment that iCloud has confirmed, within one day, can be
    dragged: iCloud events are not ours, blocked slots stay where they were made."""
    item = block.item
    return (item.source == Source.APPOINTMENT and item.ref_id is not None
            and not block.all_day and item.confirmed
            and not block.starts_before and not block.ends_after)


def snap(minute: float, step: int = SNAP_MINUTES) -> int:
    """The grid step nearest to `minute`."""
    return int(round(minute / step)) * step


@dataclass(frozen=True)
class BlockDrag:
    """A drag of one appointment's block: a move (grabbed `grab` minutes below its
    start) or a resize by its bottom edge."""

    item: ScheduleItem
    day: int
    start_minute: float
    resize: bool
    grab: float = 0.0

    @property
    def length(self) -> float:
        return (self.item.end - self.item.start).total_seconds() / 60.0

    @classmethod
    def pressed(cls, block: Block, minute: float, at_bottom: bool) -> BlockDrag:
        return cls(block.item, block.day, block.start_minute, at_bottom,
                   grab=minute - block.start_minute)

    def span_at(self, day: int | None, minute: float) -> tuple[int, int, int]:
        """(day, start, end) in wall-clock minutes for the pointer at `minute` over the
        column `day` (None: the gutter; the drag keeps its day)."""
        if self.resize:
            start = round(self.start_minute)
            end = min(max(snap(minute), start + SNAP_MINUTES), MINUTES_PER_DAY)
            return self.day, start, end
        length = round(self.length)
        start = snap(minute - self.grab)
        start = max(0, min(start, MINUTES_PER_DAY - length))
        return (self.day if day is None else day), start, start + length
