"""How the team's day looks (issue 20 item 1), in the real panel: with more staff than fit,
the names scroll sideways with the columns while the hours stay put; 08:00 is shown
whole when the day opens; closed hours are visibly shaded in the dark theme too; the
header is only as tall as the names (and the all-day row, when there is one)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QImage
from PySide6.QtWidgets import QApplication

from jumpadesk.availability import APPOINTMENT_COLOR, ScheduleItem
from jumpadesk.hours import DayHours
from jumpadesk.rows import SubAccountRow
from jumpadesk.services.team_day import TeamColumn, TeamDaySnapshot
from jumpadesk.ui.colors import contrast_ratio, dark_palette
from jumpadesk.ui.team_day import TeamPanel
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
DAY = date(2026, 11, 25)
ZONE = ZoneInfo("Europe/Berlin")
NAMES = ["Ann", "Bea", "Cem", "Dana", "Emil", "Fay", "Gus", "Hal"]


def at(hhmm: str) -> datetime:
    hour, minute = (int(x) for x in hhmm.split(":"))
    return datetime.combine(DAY, time(hour, minute), ZONE).astimezone(UTC)


def team(count: int, *, all_day: bool = False) -> TeamDaySnapshot:
    """`count` staff open 09:00-18:00, each with one appointment at 10:00."""
    columns = []
    for n, name in enumerate(NAMES[:count]):
        items = [ScheduleItem(start=at("10:00"), end=at("11:00"), title="Haircut", busy=True,
                              source="appointment", reason="appointment", calendar="Work",
                              calendar_id=1, color=APPOINTMENT_COLOR, ref_id=n + 1,
                              guest="Ann Lee", status="written")]
        if all_day and n == 0:
            midnight = datetime.combine(DAY, time(0), UTC)
            items.append(ScheduleItem(start=midnight, end=midnight + timedelta(days=1),
                                      title="Trade fair", busy=True, source="icloud",
                                      reason="busy", calendar="Home", calendar_id=2,
                                      color="#FF9500", all_day=True))
        columns.append(TeamColumn(sub_account=SubAccountRow(n + 1, name, ZONE.key), zone=ZONE,
                                  items=tuple(items),
                                  opening_hours=(DayHours(time(9), time(18)),) * 7))
    return TeamDaySnapshot(day=DAY, columns=tuple(columns),
                           everyone=tuple(c.sub_account for c in columns))


def shown(qtbot: Any, snapshot: TeamDaySnapshot, width: int = 1000) -> TeamPanel:
    panel = TeamPanel()
    qtbot.addWidget(panel)
    panel.resize(width, 700)
    panel.show_snapshot(snapshot)
    panel.show()
    qtbot.waitExposed(panel)
    panel.view.scroll_to_morning(panel.scroll_area)
    QApplication.processEvents()
    return panel


def strip(image: QImage, left: int, top: int, width: int, height: int) -> QImage:
    return image.copy(left, top, width, height)


def test_with_many_columns_the_names_scroll_with_the_grid_and_the_hours_stay_put(
    qtbot: Any,
) -> None:
    panel = shown(qtbot, team(8), width=560)
    bar = panel.scroll_area.horizontalScrollBar()
    assert bar.maximum() > 200  # eight columns do not fit: they scroll
    gutter = int(panel.view.metrics.gutter)
    viewport = panel.scroll_area.viewport()
    header_before, hours_before = panel.header.grab().toImage(), viewport.grab().toImage()

    bar.setValue(200)
    QApplication.processEvents()
    header_after, hours_after = panel.header.grab().toImage(), viewport.grab().toImage()
    height = viewport.height()
    # The hours down the side are where they were, the names moved with their columns.
    assert strip(hours_after, 0, 0, gutter - 2, height) == strip(hours_before, 0, 0,
                                                                 gutter - 2, height)
    h, w = panel.header.height(), 200
    assert strip(header_after, gutter + 20, 0, w, h) == strip(header_before,
                                                              gutter + 220, 0, w, h)
    assert strip(header_after, gutter + 20, 0, w, h) != strip(header_before,
                                                              gutter + 20, 0, w, h)


def test_the_day_opens_with_08_00_whole_at_the_top(qtbot: Any) -> None:
    panel = shown(qtbot, team(3))
    view = panel.view
    label = QFontMetricsF(view.fonts.small).height()
    label_top = 8 * view.metrics.hour_height - label / 2
    top = panel.scroll_area.verticalScrollBar().value()
    assert top <= label_top  # the label's top is in sight
    assert top > 7 * view.metrics.hour_height  # and 07:00 is not


def test_closed_hours_are_visibly_shaded_in_the_dark_theme(qtbot: Any) -> None:
    panel = TeamPanel()
    panel.setPalette(dark_palette())
    qtbot.addWidget(panel)
    panel.resize(800, 700)
    panel.show_snapshot(team(2))
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.view
    image = view.grab().toImage()
    lay = view.layout_
    x = int(lay.column_left(1) + lay.column_width * 0.75)  # clear of the 10:00 block
    open_ = image.pixelColor(x, int(lay.y_for_minute(13 * 60 + 20)))
    closed = image.pixelColor(x, int(lay.y_for_minute(20 * 60 + 20)))
    assert contrast_ratio(open_, closed) >= 1.1, (open_.name(), closed.name())


def test_the_header_is_as_tall_as_the_names_and_the_all_day_row_need(qtbot: Any) -> None:
    panel = shown(qtbot, team(3))
    line = QFontMetricsF(panel.view.fonts.bold).height()
    assert panel.header.height() <= line + 12
    with_all_day = shown(qtbot, team(3, all_day=True))
    assert with_all_day.header.height() > panel.header.height() + 16  # room for its row


def test_a_repaint_with_nothing_changed_copies_the_grid_and_a_change_paints_it_anew(
    qtbot: Any,
) -> None:
    """The static layer (benchmarks/bench_team.py measures what it saves): the same
    picture as painting it whole, painted again only when what it shows changed."""
    panel = shown(qtbot, team(3))
    view = panel.view
    first = view.grab().toImage()
    paints = view.static.paints
    assert view.grab().toImage() == first and view.static.paints == paints
    view.static.forget()
    assert view.grab().toImage() == first and view.static.paints == paints + 1

    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # the first block gets the focus ring
    ringed = view.grab().toImage()
    assert view.static.paints == paints + 2 and ringed != first
    panel.show_snapshot(team(4))  # a new read: painted anew
    assert view.grab().toImage() != ringed and view.static.paints == paints + 3
