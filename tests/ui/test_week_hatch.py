"""Hatching, as a receptionist sees it: blocked time and travel time are striped with thin
lines rising to the right at 45 degrees, 7 px apart, and the stripes of blocks and days
line up as one pattern, on a normal screen and on a sharp one (2x)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, date, datetime, timedelta  # noqa: E402
from typing import Any  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPixmap  # noqa: E402

from jumpadesk.availability import BLOCKED_COLOR, ScheduleItem  # noqa: E402
from jumpadesk.ui.week_view import WeekView  # noqa: E402

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 7, 0, tzinfo=BERLIN)  # Monday morning: nothing shown is past

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def at(day: int, hhmm: str) -> datetime:
    hour, minute = (int(x) for x in hhmm.split(":"))
    d = MONDAY + timedelta(days=day)
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


def blocked(start: datetime, end: datetime) -> ScheduleItem:
    return ScheduleItem(start=start, end=end, title="", busy=True, source="blocked",
                        reason="blocked", calendar="Blocked", calendar_id=None,
                        color=BLOCKED_COLOR)


def travel(start: datetime, end: datetime) -> ScheduleItem:
    return ScheduleItem(start=start, end=end, title="", busy=True, source="icloud",
                        reason="busy", calendar="Work", calendar_id=1, color="#FF2968",
                        kind="travel")


@pytest.fixture
def view(qtbot: Any) -> WeekView:
    v = WeekView(tz=BERLIN, monday=MONDAY, clock=lambda: NOW)
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    qtbot.waitExposed(v)
    v.scroll_to_minute(8 * 60)
    return v


def shot(view: WeekView, ratio: float) -> QImage:
    """The view as painted on a screen of this pixel ratio."""
    pixmap = QPixmap(view.size() * ratio)
    pixmap.setDevicePixelRatio(ratio)
    view.render(pixmap)
    return pixmap.toImage()


def rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    c = QColor(image.pixel(x, y))
    return c.red(), c.green(), c.blue()


def close(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    return max(abs(p - q) for p, q in zip(a, b, strict=True)) <= 3


def inside(view: WeekView, item: ScheduleItem, ratio: float) -> tuple[int, int, int, int]:
    """Device pixels well inside the item's block, away from its outline and from its
    text (at the top): its lower half."""
    rect = view.visible_rects_of(item)[0]
    return (round((rect.left() + 8) * ratio), round(rect.center().y() * ratio),
            round((rect.right() - 8) * ratio), round((rect.bottom() - 8) * ratio))


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("make", [blocked, travel], ids=["blocked", "travel"])
def test_a_hatched_block_has_lines_rising_to_the_right_7px_apart(
        view: WeekView, ratio: float, make: Any) -> None:
    item = make(at(1, "10:00"), at(1, "12:00"))
    view.set_items([item])
    image = shot(view, ratio)
    left, top, right, bottom = inside(view, item, ratio)
    step = 21 if ratio == 1.5 else round(7 * ratio)  # two stripes at 1.5x: whole pixels
    row = [rgb(image, x, bottom) for x in range(left, right)]
    assert len(set(row)) > 2, "the block is not striped"
    lightest, darkest = max(row, key=sum), min(row, key=sum)
    assert sum(lightest) - sum(darkest) > 20, "the stripes cannot be seen"
    for y in range(top + 1, bottom, 3):
        for x in range(left, right - step - 1):
            here = rgb(image, x, y)
            # The same one step along the row, and one pixel up and right (45 degrees).
            assert close(here, rgb(image, x + step, y)), (x, y)
            assert close(here, rgb(image, x + 1, y - 1)), (x, y)


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_stripes_of_blocks_one_above_another_line_up(view: WeekView, ratio: float) -> None:
    upper = blocked(at(2, "10:00"), at(2, "12:00"))
    lower = blocked(at(2, "12:00"), at(2, "14:00"))
    view.set_items([upper, lower])
    image = shot(view, ratio)
    u_left, u_top, u_right, u_bottom = inside(view, upper, ratio)
    l_left, l_top, l_right, l_bottom = inside(view, lower, ratio)
    compared = 0
    for y in range(l_top, l_bottom, 3):
        for x in range(l_left, l_right):
            # Up and to the right along a stripe, from the lower block into the upper.
            for y_up in (u_top + 4, u_bottom - 4):
                x_up = x + (y - y_up)
                if u_left <= x_up < u_right:
                    assert close(rgb(image, x, y), rgb(image, x_up, y_up)), (x, y)
                    compared += 1
    assert compared > 100


def test_a_busy_all_day_event_hatches_its_whole_day_and_the_next_day_alike(
        view: WeekView) -> None:
    """Two days blocked by busy all-day events: each column striped 12 px apart, the
    stripes of one day going on in the next."""
    days = [ScheduleItem(start=datetime(2026, 11, 24 + n, tzinfo=UTC),
                         end=datetime(2026, 11, 25 + n, tzinfo=UTC), title="Closed",
                         busy=True, source="icloud", reason="busy", calendar="Home",
                         calendar_id=2, color="#FF2968", all_day=True) for n in range(2)]
    view.set_items(days)
    image = shot(view, 1.0)
    lay = view.week_layout()
    grid = view.scene.grid_viewport()
    scroll = view.scroll_offset()
    # Within the opening hours (08:00-18:00): the shading of closed hours aside.
    y0 = round(max(grid.top(), lay.y_for_minute(8 * 60) - scroll) + 4)
    y1 = round(min(grid.bottom(), lay.y_for_minute(18 * 60) - scroll) - 4)
    tuesday = (round(lay.column_left(1)) + 3, round(lay.column_left(2)) - 3)
    wednesday = (round(lay.column_left(2)) + 3, round(lay.column_left(3)) - 3)

    def off_lines(*ys: int) -> bool:
        """Away from the hour and half-hour lines drawn over the hatching."""
        return all(min(abs(y - (lay.y_for_minute(m) - scroll)) for m in range(0, 1441, 30))
                   > 2 for y in ys)

    rows = [y for y in range(y0 + 12, y1) if off_lines(y, y - 1)]
    row = [rgb(image, x, rows[0]) for x in range(*tuesday)]
    assert len(set(row)) > 2 and sum(max(row, key=sum)) - sum(min(row, key=sum)) > 10
    compared = 0
    for y in rows[::3]:
        for x in range(tuesday[0], tuesday[1] - 13):
            assert close(rgb(image, x, y), rgb(image, x + 12, y)), (x, y)
            assert close(rgb(image, x, y), rgb(image, x + 1, y - 1)), (x, y)
        for x in range(tuesday[1] - 20, tuesday[1]):
            # Across the line between the days, along the stripe.
            d = wednesday[0] + 2 - x
            if y - d > y0 and off_lines(y - d):
                assert close(rgb(image, x + d, y - d), rgb(image, x, y)), (x, y)
                compared += 1
    assert compared > 100
