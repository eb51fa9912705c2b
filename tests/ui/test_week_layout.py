"""Where blocks go: hit tests on the week layout's geometry (no widget needed)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, date, datetime, timedelta  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QPointF  # noqa: E402

from jumpadesk.availability import APPOINTMENT_COLOR, BLOCKED_COLOR, ScheduleItem  # noqa: E402
from jumpadesk.ui.week_layout import (  # noqa: E402
    STYLE_APPOINTMENT,
    STYLE_BLOCKED,
    STYLE_OUTLINE,
    STYLE_SOLID,
    STYLE_TRAVEL,
    Metrics,
    compute_layout,
    selection_minutes,
    slot_at,
)

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 11, 23)
WIDTH = 64 + 7 * 100  # gutter + seven 100 px columns
METRICS = Metrics(gutter=64, header_height=50, all_day_row=20, all_day_padding=4,
                  hour_height=48, right_margin=0, column_gap=8, block_gap=2)


def at(day: int, hhmm: str, tz: ZoneInfo = BERLIN) -> datetime:
    hour, minute = (int(x) for x in hhmm.split(":"))
    d = MONDAY + timedelta(days=day)
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=tz).astimezone(UTC)


def event(start: datetime, end: datetime, title: str = "Event", *, busy: bool = True,
          reason: str = "busy", all_day: bool = False, kind: str = "event",
          source: str = "icloud", color: str = "#1BADF8") -> ScheduleItem:
    return ScheduleItem(start=start, end=end, title=title, busy=busy, source=source,
                        reason=reason, calendar="Work", calendar_id=1, color=color,
                        all_day=all_day, kind=kind)


def lay(*items: ScheduleItem, monday: date = MONDAY, tz: ZoneInfo = BERLIN):
    return compute_layout(list(items), monday, tz, WIDTH, METRICS)


def column_range(layout, day: int) -> tuple[float, float]:
    left = layout.column_left(day)
    return left, left + layout.column_width


def test_a_busy_event_sits_where_its_time_says() -> None:
    item = event(at(2, "10:00"), at(2, "11:30"), "Design review")
    layout = lay(item)
    [block] = layout.timed
    assert block.style == STYLE_SOLID
    assert block.day == 2
    top = layout.grid_top
    assert block.rect.top() == pytest.approx(top + 10 * 48, abs=1)
    assert block.rect.bottom() == pytest.approx(top + 11.5 * 48, abs=2)
    left, right = column_range(layout, 2)
    assert left <= block.rect.left() < block.rect.right() <= right
    # The point at 10:45 on Wednesday hits it; the same time on Tuesday does not.
    y = layout.y_for_minute(10 * 60 + 45)
    assert layout.timed_block_at(QPointF(left + 20, y)) is block
    assert layout.timed_block_at(QPointF(layout.column_left(1) + 20, y)) is None
    # And the geometry maps back: x to the day, y to the time.
    assert layout.day_at(block.rect.center().x()) == 2
    minute = layout.minute_at(block.rect.top())
    assert abs(layout.moment_at(2, minute) - at(2, "10:00")) < timedelta(minutes=1)


def test_times_are_placed_in_the_business_zone_not_utc() -> None:
    # 09:00 UTC is 10:00 in Berlin in November.
    item = event(datetime(2026, 11, 24, 9, 0, tzinfo=UTC), datetime(2026, 11, 24, 10, 0,
                                                                    tzinfo=UTC))
    [block] = lay(item).timed
    assert block.start_minute == 10 * 60
    [tokyo] = lay(item, tz=ZoneInfo("Asia/Tokyo")).timed
    assert tokyo.start_minute == 18 * 60


def test_styles_follow_what_the_item_is() -> None:
    free = event(at(0, "09:00"), at(0, "10:00"), busy=False, reason="free")
    declined = event(at(0, "11:00"), at(0, "12:00"), busy=False, reason="declined")
    appt = event(at(1, "09:00"), at(1, "10:00"), source="appointment", reason="appointment",
                 color=APPOINTMENT_COLOR)
    slot = event(at(1, "11:00"), at(1, "12:00"), source="blocked", reason="blocked",
                 color=BLOCKED_COLOR)
    travel = event(at(2, "09:30"), at(2, "10:00"), kind="travel", reason="travel")
    styles = {b.item: b.style for b in lay(free, declined, appt, slot, travel).timed}
    assert styles == {free: STYLE_OUTLINE, declined: STYLE_OUTLINE, appt: STYLE_APPOINTMENT,
                      slot: STYLE_BLOCKED, travel: STYLE_TRAVEL}


def test_two_overlapping_events_sit_side_by_side_at_half_width() -> None:
    a = event(at(3, "10:00"), at(3, "11:00"), "A")
    b = event(at(3, "10:30"), at(3, "11:30"), "B")
    layout = lay(a, b)
    ra, rb = (layout.blocks_of(x)[0].rect for x in (a, b))
    assert not ra.intersects(rb)
    usable = layout.column_width - METRICS.column_gap
    for r in (ra, rb):
        assert r.width() == pytest.approx(usable / 2, abs=4)
        left, right = column_range(layout, 3)
        assert left <= r.left() and r.right() <= right
    assert ra.left() < rb.left()
    # The overlap time hits each block at its own x.
    y = layout.y_for_minute(10 * 60 + 45)
    assert layout.timed_block_at(QPointF(ra.center().x(), y)).item is a
    assert layout.timed_block_at(QPointF(rb.center().x(), y)).item is b


def test_a_lone_event_after_a_cluster_gets_the_full_width_again() -> None:
    a = event(at(3, "10:00"), at(3, "11:00"), "A")
    b = event(at(3, "10:30"), at(3, "11:30"), "B")
    later = event(at(3, "14:00"), at(3, "15:00"), "Later")
    layout = lay(a, b, later)
    [block] = layout.blocks_of(later)
    assert block.lanes == 1
    assert block.rect.width() == pytest.approx(layout.column_width - METRICS.column_gap - 2,
                                               abs=3)


def test_three_way_cluster_stretches_an_item_over_free_lanes() -> None:
    # A overlaps B and C; B and C do not overlap: two lanes, not three.
    a = event(at(4, "10:00"), at(4, "12:00"), "A")
    b = event(at(4, "10:00"), at(4, "11:00"), "B")
    c = event(at(4, "11:00"), at(4, "12:00"), "C")
    layout = lay(a, b, c)
    rects = [layout.blocks_of(x)[0].rect for x in (a, b, c)]
    assert {layout.blocks_of(x)[0].lanes for x in (a, b, c)} == {2}
    for i, r in enumerate(rects):
        for other in rects[i + 1:]:
            assert not r.intersects(other)


def test_touching_events_do_not_share_width() -> None:
    a = event(at(0, "09:00"), at(0, "10:00"))
    b = event(at(0, "10:00"), at(0, "11:00"))
    layout = lay(a, b)
    assert [blk.lanes for blk in layout.timed] == [1, 1]


def test_an_all_day_event_is_in_the_top_band_not_in_the_grid() -> None:
    holiday = event(at(4, "00:00"), at(5, "00:00"), "School holiday", all_day=True)
    layout = lay(holiday)
    assert layout.timed == []
    [block] = layout.all_day
    assert block.all_day and block.day == 4 and block.days == 1
    assert layout.band_top <= block.rect.top() and block.rect.bottom() <= layout.grid_top
    left, right = column_range(layout, 4)
    assert left <= block.rect.left() and block.rect.right() <= right
    assert layout.all_day_block_at(block.rect.center()) is block


def test_a_multi_day_all_day_event_spans_its_columns_and_is_clipped_to_the_week() -> None:
    fair = event(at(0, "00:00"), at(3, "00:00"), "Trade fair", all_day=True)  # Mon-Wed
    trip = event(at(5, "00:00"), at(9, "00:00"), "Trip", all_day=True)  # Sat - next Tue
    layout = lay(fair, trip)
    [f] = layout.blocks_of(fair)
    assert (f.day, f.days) == (0, 3)
    assert f.rect.left() < layout.column_left(1) and f.rect.right() > layout.column_left(2)
    assert f.rect.right() <= layout.column_left(3)
    [t] = layout.blocks_of(trip)
    assert (t.day, t.days) == (5, 2) and t.ends_after and not t.starts_before


def test_overlapping_all_day_events_stack_in_rows() -> None:
    a = event(at(0, "00:00"), at(2, "00:00"), "A", all_day=True)
    b = event(at(1, "00:00"), at(2, "00:00"), "B", all_day=True)
    layout = lay(a, b)
    ra, rb = (layout.blocks_of(x)[0].rect for x in (a, b))
    assert not ra.intersects(rb)
    assert layout.all_day_rows == 2
    assert layout.grid_top == pytest.approx(layout.band_top + 2 * 20 + 2 * 4)


def test_too_many_all_day_events_fold_into_a_more_row() -> None:
    items = [event(at(2, "00:00"), at(3, "00:00"), f"Day off {i}", all_day=True)
             for i in range(5)]
    layout = lay(*items)
    assert layout.all_day_rows == METRICS.max_all_day_rows
    assert len(layout.all_day) == METRICS.max_all_day_rows - 1
    assert len(layout.hidden_all_day[2]) == 5 - (METRICS.max_all_day_rows - 1)
    assert layout.more_row_rect(2) is not None and layout.more_row_rect(1) is None


def test_an_event_crossing_midnight_has_a_block_on_both_days() -> None:
    item = event(at(4, "22:00"), at(5, "02:00"), "Server migration")
    layout = lay(item)
    friday, saturday = sorted(layout.blocks_of(item), key=lambda b: b.day)
    assert (friday.day, saturday.day) == (4, 5)
    assert friday.rect.top() == pytest.approx(layout.y_for_minute(22 * 60), abs=1)
    assert friday.rect.bottom() == pytest.approx(layout.y_for_minute(24 * 60), abs=2)
    assert saturday.rect.top() == pytest.approx(layout.grid_top, abs=1)
    assert saturday.rect.bottom() == pytest.approx(layout.y_for_minute(2 * 60), abs=2)
    assert friday.ends_after and not friday.starts_before
    assert saturday.starts_before and not saturday.ends_after


def test_an_event_from_the_previous_week_shows_only_its_part_in_this_week() -> None:
    item = event(at(-1, "23:00"), at(0, "01:00"), "Late")
    [block] = lay(item).timed
    assert block.day == 0 and block.starts_before and block.end_minute == 60


def test_items_outside_the_week_are_left_out() -> None:
    layout = lay(event(at(7, "10:00"), at(7, "11:00")), event(at(-3, "10:00"), at(-3, "11:00")))
    assert layout.timed == [] and layout.all_day == []


def test_rows_are_wall_clock_hours_on_a_daylight_saving_day() -> None:
    # Europe/Berlin goes back from 03:00 to 02:00 on Sunday 25 October 2026.
    monday = date(2026, 10, 19)
    start = datetime(2026, 10, 25, 10, 0, tzinfo=BERLIN).astimezone(UTC)
    item = event(start, start + timedelta(hours=1))
    layout = compute_layout([item], monday, BERLIN, WIDTH, METRICS)
    [block] = layout.timed
    assert block.day == 6 and block.start_minute == 10 * 60 and block.end_minute == 11 * 60


def test_a_zero_length_event_still_gets_a_visible_block() -> None:
    item = event(at(1, "09:00"), at(1, "09:00"), "Reminder")
    [block] = lay(item).timed
    assert block.rect.height() >= 48 * 15 / 60


def test_moment_at_turns_a_grid_position_into_a_utc_instant() -> None:
    layout = lay()
    assert layout.moment_at(2, 10 * 60 + 15) == at(2, "10:15")
    assert layout.moment_at(2, 24 * 60) == at(3, "00:00")
    assert layout.place(at(2, "10:15")) == (2, pytest.approx(layout.y_for_minute(615)))
    assert layout.place(at(7, "10:15")) is None


@pytest.mark.parametrize(
    ("anchor", "current", "expected"),
    [
        (10 * 60 + 5, 11 * 60 + 20, (600, 690)),  # down: from 10:00 to 11:30
        (11 * 60 + 20, 10 * 60 + 5, (600, 690)),  # up: the same slot
        (600, 601, (600, 615)),  # at least one step
        (23 * 60 + 50, 24 * 60, (1425, 1440)),  # never past midnight
    ],
)
def test_a_drag_snaps_to_quarter_hours(anchor: float, current: float,
                                        expected: tuple[int, int]) -> None:
    assert selection_minutes(anchor, current) == expected


def test_a_busy_all_day_event_blocks_every_day_it_covers_even_when_hidden() -> None:
    moving = event(at(3, "00:00"), at(5, "00:00"), "Moving day", all_day=True)
    holiday = event(at(0, "00:00"), at(1, "00:00"), "Holiday", all_day=True, busy=False,
                    reason="free")
    crowd = [event(at(3, "00:00"), at(4, "00:00"), f"Note {n}", all_day=True, busy=False,
                   reason="free") for n in range(4)]
    layout = lay(*crowd, moving, holiday)
    assert set(layout.busy_days) == {3, 4}
    assert layout.busy_over(4, 600, 630) == [moving]
    assert layout.busy_over(0, 600, 630) == []  # a free all-day event never blocks


def test_busy_over_names_timed_busy_items_only() -> None:
    review = event(at(1, "10:00"), at(1, "11:00"), "Review")
    free = event(at(1, "10:00"), at(1, "11:00"), "Lunch", busy=False, reason="free")
    layout = lay(review, free)
    assert layout.busy_over(1, 10 * 60 + 30, 11 * 60 + 30) == [review]
    assert layout.busy_over(1, 11 * 60, 12 * 60) == []  # touching is not overlapping


def test_a_click_selects_the_default_half_hour_inside_the_day() -> None:
    assert slot_at(10 * 60 + 20) == (10 * 60 + 15, 10 * 60 + 45)
    assert slot_at(23 * 60 + 50) == (23 * 60 + 30, 24 * 60)


def test_blocks_are_walked_in_reading_order() -> None:
    late = event(at(0, "15:00"), at(0, "16:00"), "Late")
    early = event(at(0, "09:00"), at(0, "10:00"), "Early")
    all_day = event(at(0, "00:00"), at(1, "00:00"), "All day", all_day=True)
    tuesday = event(at(1, "08:00"), at(1, "09:00"), "Tuesday")
    layout = lay(tuesday, late, early, all_day)
    assert layout.items_in_order() == [all_day, early, late, tuesday]
