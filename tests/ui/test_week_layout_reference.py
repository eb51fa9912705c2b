"""compute_layout against the layout as it was before it was made fast (issue 11): the
same blocks, in the same order and places, for generated weeks full of overlaps, events
crossing midnight, instants, items from other zones and weeks with a clock change."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random  # noqa: E402
from datetime import UTC, date, datetime, timedelta  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

import pytest  # noqa: E402

from jumpadesk.availability import ScheduleItem  # noqa: E402
from jumpadesk.ui import week_layout  # noqa: E402
from jumpadesk.ui.week_layout import (  # noqa: E402
    DAYS,
    MIN_BLOCK_MINUTES,
    MINUTES_PER_DAY,
    Metrics,
    _pack,
    _Segment,
    _wall_minutes,
    block_style,
    compute_layout,
    local_midnight,
    monday_of,
)


def reference_segments(item: ScheduleItem, monday: date, tz: ZoneInfo) -> list[_Segment]:
    """week_layout._segments before issue 11, word for word: every day of the week, with
    its local midnights worked out anew for each item."""
    out: list[_Segment] = []
    for day in range(DAYS):
        d = monday + timedelta(days=day)
        day_start, day_end = local_midnight(d, tz), local_midnight(d + timedelta(days=1), tz)
        s, e = max(item.start, day_start), min(item.end, day_end)
        instant = item.start == item.end and day_start <= item.start < day_end
        if not (s < e or instant):
            continue
        start = _wall_minutes(s.astimezone(tz))
        end = float(MINUTES_PER_DAY) if e >= day_end else _wall_minutes(e.astimezone(tz))
        end = max(end, start)  # the repeated hour when clocks go back
        top = min(start, MINUTES_PER_DAY - MIN_BLOCK_MINUTES)
        bottom = max(end, top + MIN_BLOCK_MINUTES)
        out.append(_Segment(item, day, start, end, top, bottom,
                            starts_before=item.start < day_start,
                            ends_after=item.end > day_end))
    return out


def reference_timed(items: list[ScheduleItem], monday: date, tz: ZoneInfo, width: float,
                    metrics: Metrics) -> list[tuple[object, ...]]:
    """The timed blocks the old layout made: (item, day, x, y, w, h, style, starts_before,
    ends_after, lane, lanes, start minute, end minute), in painting order."""
    layout = week_layout.WeekLayout(monday=monday_of(monday), tz=tz, width=width,
                                    metrics=metrics)
    week_layout._layout_all_day(layout, [i for i in items if i.all_day])
    by_day: list[list[_Segment]] = [[] for _ in range(DAYS)]
    for item in items:
        if not item.all_day:
            for seg in reference_segments(item, layout.monday, tz):
                by_day[seg.day].append(seg)
    usable = layout.column_width - metrics.column_gap - 2
    out = []
    for day, segments in enumerate(by_day):
        _pack(segments)
        left = layout.column_left(day) + 2
        for seg in segments:
            lane_w = usable / seg.lanes
            top = layout.y_for_minute(seg.top)
            out.append((seg.item, day, left + seg.lane * lane_w, top + 0.5,
                        max(seg.span * lane_w - metrics.block_gap, 2.0),
                        layout.y_for_minute(seg.bottom) - top - 1.5, block_style(seg.item),
                        seg.starts_before, seg.ends_after, seg.lane, seg.lanes, seg.start,
                        seg.end))
    return out


def generated_week(seed: int, monday: date, tz: ZoneInfo, count: int) -> list[ScheduleItem]:
    """Items around a week: short and long, crossing midnight and the week's edges,
    instants, on quarter hours and odd seconds, some written in another zone."""
    rnd = random.Random(seed)
    zones = [tz, ZoneInfo("UTC"), ZoneInfo("America/New_York"), ZoneInfo("Asia/Kolkata")]
    items = []
    for n in range(count):
        day = monday + timedelta(days=rnd.randrange(-2, DAYS + 2))
        zone = rnd.choice(zones)
        start = datetime(day.year, day.month, day.day, tzinfo=zone) + timedelta(
            minutes=rnd.randrange(0, MINUTES_PER_DAY, rnd.choice([15, 15, 7])),
            seconds=rnd.choice([0, 0, 0, 30]))
        length = rnd.choice([0, 5, 15, 30, 45, 60, 90, 120, 240, 600, 1500, 3000])
        end = start + timedelta(minutes=length)
        if rnd.random() < 0.5:
            start, end = start.astimezone(UTC), end.astimezone(UTC)
        items.append(ScheduleItem(
            start=start, end=end, title=rnd.choice(["A", "B", "Long title", "Zed"]),
            busy=rnd.random() < 0.8, source=rnd.choice(["icloud", "appointment", "blocked"]),
            reason="busy", calendar="Work", calendar_id=1, color="#1BADF8",
            kind=rnd.choice(["event", "event", "travel"]), ref_id=n))
    # Whole days and midnights exactly, where the boundaries decide.
    for n in range(DAYS + 1):
        midnight = local_midnight(monday + timedelta(days=n), tz)
        items.append(ScheduleItem(start=midnight, end=midnight, title="Instant", busy=True,
                                  source="icloud", reason="busy", calendar="Work",
                                  calendar_id=1, color="#FF2968"))
        items.append(ScheduleItem(start=midnight, end=midnight + timedelta(days=1),
                                  title="Whole day", busy=True, source="icloud",
                                  reason="busy", calendar="Work", calendar_id=1,
                                  color="#FF2968"))
    return items


WEEKS = [
    ("Europe/Berlin", date(2026, 11, 23)),
    ("Europe/Berlin", date(2026, 3, 23)),  # clocks go forward on Sunday 29 March
    ("Europe/Berlin", date(2026, 10, 19)),  # and back on Sunday 25 October
    ("America/Santiago", date(2026, 9, 1)),  # the change happens at midnight there
    ("America/Santiago", date(2026, 4, 1)),
    ("Australia/Lord_Howe", date(2026, 4, 1)),  # a half-hour change
    ("UTC", date(2026, 6, 1)),
]


@pytest.mark.parametrize(("zone", "monday"), WEEKS)
def test_the_layout_is_the_old_layout_block_for_block(zone: str, monday: date) -> None:
    tz = ZoneInfo(zone)
    metrics = Metrics(gutter=64, header_height=50, all_day_row=20, all_day_padding=4,
                      hour_height=48, right_margin=15, column_gap=8, block_gap=2)
    for seed in range(6):
        items = generated_week(seed, monday, tz, 60 + seed * 40)
        layout = compute_layout(items, monday, tz, 1265.0, metrics)
        got = [(b.item, b.day, b.rect.x(), b.rect.y(), b.rect.width(), b.rect.height(),
                b.style, b.starts_before, b.ends_after, b.lane, b.lanes, b.start_minute,
                b.end_minute) for b in layout.timed]
        expected = reference_timed(items, monday, tz, 1265.0, metrics)
        assert len(got) == len(expected)
        for a, b in zip(got, expected, strict=True):
            assert a[0] is b[0]
            assert a[1:] == b[1:], (zone, monday, seed, a[0])
