"""The week view widget: clicks, drags, navigation, the now-line, the banner, painting."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import replace  # noqa: E402
from datetime import UTC, date, datetime, timedelta  # noqa: E402
from typing import Any  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402

from jumpadesk.availability import (  # noqa: E402
    APPOINTMENT_COLOR,
    BLOCKED_COLOR,
    ScheduleItem,
    StaleCalendar,
)
from jumpadesk.hours import every_day  # noqa: E402
from jumpadesk.rows import SubAccountRow  # noqa: E402
from jumpadesk.ui.colors import (  # noqa: E402
    blend,
    contrast_ratio,
    dark_palette,
    ensure_contrast,
    parse_color,
    readable_on,
    readable_text_color,
    relative_luminance,
)
from jumpadesk.ui.event_details import EventDetails, blocking_sentence, tooltip_html  # noqa: E402
from jumpadesk.ui.week_layout import (  # noqa: E402
    STYLE_APPOINTMENT,
    STYLE_BLOCKED,
    STYLE_OUTLINE,
    STYLE_SOLID,
    STYLE_TRAVEL,
)
from jumpadesk.ui.week_navigator import week_title  # noqa: E402
from jumpadesk.ui.week_paint import block_paint  # noqa: E402
from jumpadesk.ui.week_panel import WeekPanel  # noqa: E402
from jumpadesk.ui.week_view import WeekView  # noqa: E402
from jumpadesk.week import ShownCalendar, WeekSnapshot  # noqa: E402
from tests.helpers.clock import Clock  # noqa: E402
from tests.helpers.week import BERLIN, MONDAY, NOW, at, item  # noqa: E402

# The offscreen platform warns about a window feature it lacks whenever a top-level
# widget with a layout is shown; that says nothing about the code under test.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def centre(view: WeekView, it: ScheduleItem, index: int = 0) -> QPoint:
    return view.rects_of(it)[index].center().toPoint()


def test_a_busy_event_is_drawn_where_its_time_says(view: WeekView) -> None:
    review = item(at(2, "10:00"), at(2, "11:00"), "Design review")
    view.set_items([review])
    view.scroll_to_minute(9 * 60)
    [rect] = view.rects_of(review)
    lay = view.week_layout()
    hour = lay.metrics.hour_height
    assert rect.top() == pytest.approx(lay.grid_top + hour, abs=1.5)  # one hour below 09:00
    assert rect.height() == pytest.approx(hour, abs=2)
    assert lay.column_left(2) <= rect.left() < rect.right() <= lay.column_left(3)
    assert view.scene.block_at(rect.center()).item is review
    assert view.week_layout().blocks_of(review)[0].style == STYLE_SOLID


def test_the_view_opens_scrolled_to_working_hours(view: WeekView) -> None:
    lay = view.week_layout()
    top_minute = lay.minute_at(lay.grid_top + view.scroll_offset())
    assert 7 * 60 <= top_minute <= 8 * 60


def test_a_click_on_a_block_emits_item_activated_with_that_item(
    qtbot: Any, view: WeekView
) -> None:
    a = item(at(1, "10:00"), at(1, "11:00"), "A")
    b = item(at(1, "10:30"), at(1, "11:30"), "B")
    view.set_items([a, b])
    view.scroll_to_minute(9 * 60)
    with qtbot.waitSignal(view.item_activated) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(view, b))
    assert blocker.args == [b]
    with qtbot.waitSignal(view.item_activated) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(view, a))
    assert blocker.args == [a]


def test_a_click_on_an_all_day_event_activates_it(qtbot: Any, view: WeekView) -> None:
    holiday = item(at(4, "00:00"), at(5, "00:00"), "School holiday", all_day=True,
                   busy=False, reason="free")
    view.set_items([holiday])
    [rect] = view.rects_of(holiday)
    assert rect.bottom() <= view.week_layout().grid_top  # in the band, above the grid
    with qtbot.waitSignal(view.item_activated) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert blocker.args == [holiday]


def test_both_halves_of_a_midnight_crossing_event_activate_it(
    qtbot: Any, view: WeekView
) -> None:
    migration = item(at(4, "23:00"), at(5, "01:00"), "Server migration")
    view.set_items([migration])
    friday, saturday = view.week_layout().blocks_of(migration)
    assert (friday.day, saturday.day) == (4, 5)
    view.scroll_to_minute(24 * 60)  # the end of Friday
    with qtbot.waitSignal(view.item_activated) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(view, migration, 0))
    assert blocker.args == [migration]
    view.scroll_to_minute(0)  # the start of Saturday
    with qtbot.waitSignal(view.item_activated) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(view, migration, 1))
    assert blocker.args == [migration]


def _grid_point(view: WeekView, day: int, minute: float) -> QPoint:
    lay = view.week_layout()
    x = lay.column_left(day) + lay.column_width / 2
    y = lay.y_for_minute(minute) - view.scroll_offset()
    return QPointF(x, y).toPoint()


def test_a_drag_over_empty_time_emits_the_snapped_slot(qtbot: Any, view: WeekView) -> None:
    view.scroll_to_minute(9 * 60)
    start = _grid_point(view, 1, 10 * 60 + 5)
    end = _grid_point(view, 1, 11 * 60 + 20)
    with qtbot.waitSignal(view.slot_selected) as blocker:
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view, QPoint(start.x(), (start.y() + end.y()) // 2))
        qtbot.mouseMove(view, end)
        assert view.selection() == (at(1, "10:00"), at(1, "11:30"))
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
    slot_start, slot_end = blocker.args
    assert (slot_start, slot_end) == (at(1, "10:00"), at(1, "11:30"))
    assert slot_start.tzinfo is not None and slot_start.utcoffset() == timedelta(0)
    assert view.selection() is None


def test_a_drag_upwards_gives_the_same_slot(qtbot: Any, view: WeekView) -> None:
    view.scroll_to_minute(9 * 60)
    start = _grid_point(view, 3, 11 * 60 + 20)
    end = _grid_point(view, 3, 10 * 60 + 5)
    with qtbot.waitSignal(view.slot_selected) as blocker:
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view, end)
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
    assert blocker.args == [at(3, "10:00"), at(3, "11:30")]


def test_a_plain_click_on_empty_time_books_nothing_yet(qtbot: Any, view: WeekView) -> None:
    view.scroll_to_minute(9 * 60)
    with qtbot.assertNotEmitted(view.slot_selected), \
            qtbot.assertNotEmitted(view.item_activated):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=_grid_point(view, 2, 600))


def test_a_drag_that_starts_on_a_block_books_nothing(qtbot: Any, view: WeekView) -> None:
    busy = item(at(0, "10:00"), at(0, "11:00"))
    view.set_items([busy])
    view.scroll_to_minute(9 * 60)
    with qtbot.assertNotEmitted(view.slot_selected):
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=centre(view, busy))
        qtbot.mouseMove(view, _grid_point(view, 0, 13 * 60))
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=_grid_point(view, 0, 13 * 60))


def test_escape_cancels_a_drag(qtbot: Any, view: WeekView) -> None:
    view.scroll_to_minute(9 * 60)
    start, end = _grid_point(view, 2, 600), _grid_point(view, 2, 700)
    with qtbot.assertNotEmitted(view.slot_selected):
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view, end)
        assert view.selection() is not None
        qtbot.keyClick(view, Qt.Key.Key_Escape)
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
    assert view.selection() is None


@pytest.mark.parametrize(
    ("key", "weeks"),
    [(Qt.Key.Key_PageDown, 1), (Qt.Key.Key_PageUp, -1)],
)
def test_keys_move_by_a_week(qtbot: Any, view: WeekView, key: Qt.Key, weeks: int) -> None:
    with qtbot.waitSignal(view.week_changed) as blocker:
        qtbot.keyClick(view, key)
    assert blocker.args == [MONDAY + timedelta(weeks=weeks)]
    assert view.week_start() == MONDAY + timedelta(weeks=weeks)


@pytest.mark.parametrize("key", [Qt.Key.Key_T, Qt.Key.Key_Home])
def test_today_key_comes_back_to_the_clocks_week(qtbot: Any, view: WeekView, clock: Clock,
                                                 key: Qt.Key) -> None:
    view.set_week(date(2027, 3, 10))
    assert view.week_start() == date(2027, 3, 8)
    with qtbot.waitSignal(view.week_changed) as blocker:
        qtbot.keyClick(view, key)
    assert blocker.args == [MONDAY]


def test_set_week_goes_to_the_monday_and_only_signals_a_change(
    qtbot: Any, view: WeekView
) -> None:
    with qtbot.assertNotEmitted(view.week_changed):
        view.set_week(date(2026, 11, 27))  # the Friday of the week shown
    with qtbot.waitSignal(view.week_changed) as blocker:
        view.set_week(date(2026, 12, 3))
    assert blocker.args == [date(2026, 11, 30)]


def test_the_panel_buttons_navigate(qtbot: Any, clock: Clock) -> None:
    panel = WeekPanel(tz=BERLIN, monday=MONDAY, clock=clock)
    qtbot.addWidget(panel)
    panel.resize(1100, 760)
    panel.show()
    nav = panel.navigator
    assert nav.title_label.text() == "23 \u2013 29 November 2026"
    with qtbot.waitSignal(panel.week_changed) as blocker:
        qtbot.mouseClick(nav.next_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [date(2026, 11, 30)]
    assert nav.title_label.text() == "30 November \u2013 6 December 2026"
    with qtbot.waitSignal(panel.week_changed) as blocker:
        qtbot.mouseClick(nav.previous_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(nav.previous_button, Qt.MouseButton.LeftButton)
    assert panel.week_start() == date(2026, 11, 16)
    with qtbot.waitSignal(panel.week_changed) as blocker:
        qtbot.mouseClick(nav.today_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [MONDAY]
    assert "Europe/Berlin" in nav.info_label.text()


def test_week_titles_across_months_and_years() -> None:
    assert week_title(date(2026, 10, 26)) == "26 October \u2013 1 November 2026"
    assert week_title(date(2026, 12, 28)) == "28 Dec 2026 \u2013 3 Jan 2027"


def test_the_now_line_is_in_todays_column_and_moves_with_the_clock(
    qtbot: Any, view: WeekView, clock: Clock
) -> None:
    assert view.scene.today_column() == 2
    view.scroll_to_minute(12 * 60)
    line = view.scene.now_line()
    assert line is not None
    lay = view.week_layout()
    assert line.x1() == pytest.approx(lay.column_left(2))
    assert line.x2() == pytest.approx(lay.column_left(3))
    assert line.y1() == pytest.approx(lay.y_for_minute(14 * 60 + 20) - view.scroll_offset())

    clock.now = NOW + timedelta(minutes=30)
    timer = view.findChild(QTimer, "nowTimer")
    timer.timeout.emit()
    moved = view.scene.now_line()
    assert moved.y1() - line.y1() == pytest.approx(lay.metrics.hour_height / 2, abs=0.5)


def test_no_now_line_in_another_week(view: WeekView) -> None:
    view.go_next_week()
    assert view.scene.now_line() is None and view.scene.today_column() is None


def test_the_now_timer_runs_only_while_the_view_is_visible(qtbot: Any, view: WeekView) -> None:
    timer = view.findChild(QTimer, "nowTimer")
    assert timer.isActive()
    assert timer.remainingTime() <= 61_000
    view.hide()
    assert not timer.isActive()
    view.show()
    assert timer.isActive()


def test_the_stale_banner_shows_the_sentence_and_pushes_the_grid_down(view: WeekView) -> None:
    top = view.week_layout().grid_top
    sentence = "Work (iCloud): last synced 10:42, cannot reach iCloud"
    view.set_stale_banner(sentence)
    assert view.stale_banner_text() == sentence
    banner = view.scene.banner_rect()
    assert banner is not None and banner.height() > 10
    assert view.week_layout().grid_top > top
    assert view.week_layout().band_top >= banner.bottom()
    view.set_stale_banner(None)
    assert view.scene.banner_rect() is None and view.week_layout().grid_top == top


def test_the_panel_banner_names_each_stale_calendar(qtbot: Any, clock: Clock) -> None:
    panel = WeekPanel(tz=BERLIN, monday=MONDAY, clock=clock)
    qtbot.addWidget(panel)
    stale = StaleCalendar(1, "Work", "anna@icloud.com",
                          datetime(2026, 11, 25, 9, 42, tzinfo=UTC), "cannot reach iCloud")
    panel.set_stale([stale])
    text = panel.view.stale_banner_text()
    assert text is not None
    assert "Work (iCloud): last synced 10:42, cannot reach iCloud" in text
    panel.set_stale([])
    assert panel.view.stale_banner_text() is None


def test_the_legend_lists_the_calendars_shown_and_the_styles(qtbot: Any, clock: Clock) -> None:
    panel = WeekPanel(tz=BERLIN, monday=MONDAY, clock=clock)
    qtbot.addWidget(panel)
    panel.set_items([
        item(at(0, "09:00"), at(0, "10:00"), calendar="Work"),
        item(at(1, "09:00"), at(1, "10:00"), calendar="Home", color="#CC73E1"),
        item(at(2, "09:00"), at(2, "10:00"), source="appointment", reason="appointment",
             color=APPOINTMENT_COLOR, calendar="Appointments"),
    ])
    labels = [e.label for e in panel.legend.entries()]
    assert labels[:2] == ["Home", "Work"]
    assert {"Appointment", "Blocked slot", "Travel time"} <= set(labels)
    assert any(e.style == STYLE_OUTLINE for e in panel.legend.entries())


def test_a_snapshot_shows_its_week_zone_banner_hours_legend_and_items_at_once(
    qtbot: Any, clock: Clock
) -> None:
    """The window hands over one read of the week (issue 19 item 1): the panel shows it
    whole, as the pieces set one by one would, and says when the week is another."""
    panel = WeekPanel(tz=BERLIN, monday=MONDAY, clock=clock)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    tokyo = ZoneInfo("Asia/Tokyo")
    next_week = MONDAY + timedelta(days=7)
    dentist = item(datetime(2026, 12, 1, 1, 0, tzinfo=UTC), datetime(2026, 12, 1, 2, 0,
                                                                    tzinfo=UTC), "Dentist")
    hours = every_day(10, 16)
    snapshot = WeekSnapshot(
        sub_account=SubAccountRow(1, "Main", tokyo.key), monday=next_week, zone=tokyo,
        items=(dentist,), banner="Work (iCloud): last synced 10:42, cannot reach iCloud",
        calendars=(ShownCalendar("Work", "#1BADF8", True, True),
                   ShownCalendar("Holidays", "#FF2968", False, False),
                   ShownCalendar("Gone", "#63DA38", False, True, deleted=True)),
        opening_hours=hours)
    with qtbot.waitSignal(panel.week_changed) as changed:
        panel.show_snapshot(snapshot)
    assert changed.args == [next_week]
    view = panel.view
    assert (view.week_start(), view.timezone(), view.opening_hours()) == (next_week, tokyo, hours)
    assert view.items() == [dentist] and view.stale_banner_text() == snapshot.banner
    [rect] = view.rects_of(dentist)
    lay = view.week_layout()
    assert lay.column_left(1) <= rect.left() < lay.column_left(2)  # Tuesday in Tokyo
    assert lay.grid_top > 0 and view.scene.banner_rect() is not None
    labels = [e.label for e in panel.legend.entries()]
    assert "Work" in labels and "Holidays" not in labels and "Gone" not in labels
    assert panel.navigator.title_label.text() == week_title(next_week)
    with qtbot.assertNotEmitted(panel.week_changed):
        panel.show_snapshot(replace(snapshot, items=(replace(dentist),)))
    assert view.items() == [dentist]


def test_the_panel_can_open_the_details_on_click(qtbot: Any, clock: Clock) -> None:
    panel = WeekPanel(tz=BERLIN, monday=MONDAY, clock=clock, show_details=True)
    qtbot.addWidget(panel)
    panel.resize(1100, 760)
    panel.show()
    qtbot.waitExposed(panel)
    declined = item(at(2, "10:00"), at(2, "11:00"), "Vendor demo", busy=False,
                    reason="declined", location="Room 2")
    panel.set_items([declined])
    panel.view.scroll_to_minute(9 * 60)
    with qtbot.waitSignal(panel.item_activated):
        qtbot.mouseClick(panel.view, Qt.MouseButton.LeftButton,
                         pos=centre(panel.view, declined))
    details = panel.details
    assert isinstance(details, EventDetails)
    assert details.fields["Location"] == "Room 2"
    assert details.reason_label.text() == "Does not block: Declined invitation."
    details.reject()


def test_tooltips_say_what_when_where_and_why(view: WeekView) -> None:
    travel = item(at(3, "13:30"), at(3, "14:00"), "Site visit", kind="travel",
                  reason="travel")
    html = tooltip_html(travel, BERLIN)
    assert "Travel time" in html and "Site visit" in html and "13:30" in html
    assert "Work" in html and "Blocks booking" in html
    free = item(at(3, "09:00"), at(3, "10:00"), "Lunch", busy=False, reason="free")
    assert "Does not block: Free in iCloud" in tooltip_html(free, BERLIN)


@pytest.mark.parametrize(
    ("it", "expected"),
    [
        (item(at(0, "9:00"), at(0, "10:00"), busy=False, reason="free"),
         "Does not block: Free in iCloud."),
        (item(at(0, "9:00"), at(0, "10:00"), busy=False, reason="declined"),
         "Does not block: Declined invitation."),
        (item(at(0, "9:00"), at(0, "10:00"), "Visit", kind="travel", reason="travel"),
         "Blocks booking: Travel time before \u201cVisit\u201d."),
        (item(at(0, "9:00"), at(0, "10:00"), source="blocked", reason="blocked",
              color=BLOCKED_COLOR), "Blocks booking: Blocked slot."),
        (item(at(0, "9:00"), at(0, "10:00")), "Blocks booking: Busy in iCloud."),
    ],
)
def test_details_explain_why_an_item_blocks_or_not(it: ScheduleItem, expected: str) -> None:
    assert blocking_sentence(it) == expected


def test_details_show_time_in_the_business_zone(qtbot: Any) -> None:
    it = item(at(2, "10:00"), at(2, "11:30"), "Design review")
    details = EventDetails(it, BERLIN)
    qtbot.addWidget(details)
    assert details.fields["When"] == "Wednesday 25 November 2026, 10:00 \u2013 11:30"
    assert details.fields["Time zone"] == "Europe/Berlin"
    assert details.fields["Calendar"] == "Work \u00b7 anna@icloud.com"
    texts = [label.text() for label in details.findChildren(QLabel)]
    assert "Design review" in texts


def _pixel(image: Any, point: QPointF) -> QColor:
    return image.pixelColor(point.toPoint())


def test_busy_blocks_are_solid_and_free_ones_outlined_when_painted(view: WeekView) -> None:
    busy = item(at(0, "10:00"), at(0, "12:00"), "", color="#1BADF8")
    free = item(at(1, "10:00"), at(1, "12:00"), "", busy=False, reason="free",
                color="#1BADF8")
    view.set_items([busy, free])
    view.scroll_to_minute(9 * 60)
    image = view.grab().toImage()
    calendar = parse_color("#1BADF8")
    [busy_rect] = view.rects_of(busy)
    [free_rect] = view.rects_of(free)
    inside = QPointF(-12, -10)
    solid = _pixel(image, busy_rect.bottomRight() + inside)
    assert solid == calendar
    light = _pixel(image, free_rect.bottomRight() + inside)
    assert light.lightness() > 220  # a light tint, not a solid fill
    edge = _pixel(image, QPointF(free_rect.center().x(), free_rect.bottom() - 0.6))
    assert contrast_ratio(edge, light) > 1.5  # but with an outline in the colour


@pytest.mark.parametrize("color", ["#FFCC00", "#1BADF8", "#63DA38", "#1B3A8C", "#FF2968",
                                   "#000000", "#FFFFFF", "#A2845E", "#CC73E1"])
def test_text_on_any_calendar_colour_is_readable(color: str) -> None:
    text = readable_text_color(color)
    assert contrast_ratio(text, color) >= 4.5
    tint = QColor("#E8F4FD")
    assert contrast_ratio(ensure_contrast(color, tint), tint) >= 4.5


def test_icloud_colours_with_alpha_are_read_as_rgb() -> None:
    assert parse_color("#1BADF8FF").name() == "#1badf8"
    assert parse_color("not a colour").name() == "#888888"
    assert readable_text_color("#FFCC00").lightness() < 50
    assert readable_text_color("#1B3A8C").lightness() > 200


def _near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()),
               abs(a.blue() - b.blue())) <= tolerance


def test_a_block_scrolled_above_the_grid_stays_off_the_banner_header_and_band(
    view: WeekView,
) -> None:
    night = item(at(2, "20:00"), at(3, "09:30"), "Night shift", color="#1BADF8")
    view.set_stale_banner("Family (iCloud): last synced 10:42, cannot reach iCloud")
    view.set_items([night])
    view.scroll_to_minute(8 * 60)
    _wednesday, thursday = view.rects_of(night)
    grid = view.scene.grid_viewport()
    assert thursday.top() < 0 < grid.top() < thursday.bottom()  # runs up past the banner

    image = view.grab().toImage()
    calendar = parse_color("#1BADF8")
    border = calendar.darker(118)
    x0, x1 = round(thursday.left()) + 1, round(thursday.right()) - 1
    above = [image.pixelColor(x, y) for x in range(x0, x1, 3)
             for y in range(0, round(grid.top()) - 1)]
    assert not [c for c in above if _near(c, calendar) or _near(c, border)]
    inside = QPointF(thursday.right() - 10, thursday.bottom() - 8)
    assert image.pixelColor(inside.toPoint()) == calendar
    # In geometry: what shows starts at the grid's top, and the header is no click on it.
    shown = view.visible_rects_of(night)[-1]
    assert shown.top() == grid.top() and shown.bottom() == thursday.bottom()
    assert view.scene.block_at(QPointF(thursday.center().x(), grid.top() - 10)) is None


def test_the_title_of_a_block_running_under_the_band_stays_in_sight(view: WeekView) -> None:
    night = item(at(2, "20:00"), at(3, "09:30"), "Night shift", color="#1B3A8C")
    view.set_items([night])
    view.scroll_to_minute(8 * 60)
    thursday = view.visible_rects_of(night)[-1]
    image = view.grab().toImage()
    # White text (on navy) in the first line of the visible part.
    band = [image.pixelColor(x, y)
            for x in range(round(thursday.left()) + 8, round(thursday.right()) - 8)
            for y in range(round(thursday.top()) + 2, round(thursday.top()) + 16)]
    assert any(c.lightness() > 200 for c in band)


def test_all_day_blocks_stay_in_the_band(view: WeekView) -> None:
    fair = item(at(0, "00:00"), at(3, "00:00"), "Trade fair", all_day=True)
    view.set_items([fair])
    view.scroll_to_minute(12 * 60)
    [rect] = view.visible_rects_of(fair)
    assert view.scene.band_viewport().contains(rect)
    assert rect.bottom() <= view.scene.grid_viewport().top()


@pytest.mark.parametrize(
    ("source", "button", "signal"),
    [("appointment", "Cancel appointment…", "cancel_requested"),
     ("blocked", "Remove blocked slot", "unblock_requested")],
)
def test_details_offer_the_action_of_their_kind_by_signal(
    qtbot: Any, source: str, button: str, signal: str
) -> None:
    it = replace(item(at(1, "10:00"), at(1, "11:00"), "Kept", source=source, reason=source),
                 ref_id=7)
    details = EventDetails(it, BERLIN, actions=True)
    qtbot.addWidget(details)
    details.show()
    # An appointment iCloud confirmed also offers "Change time…" (issue 10) and "Edit…"
    # (issue 20 item 5), first.
    *moves, action = details.action_buttons()
    assert [b.text() for b in moves] == (["Change time…", "Edit…"] if source == "appointment"
                                         else [])
    assert action.text() == button
    other = "unblock_requested" if signal == "cancel_requested" else "cancel_requested"
    with qtbot.waitSignal(getattr(details, signal)) as blocker, \
            qtbot.assertNotEmitted(getattr(details, other)):
        qtbot.mouseClick(action, Qt.MouseButton.LeftButton)
    assert blocker.args == [it]
    assert not details.isVisible()


def test_details_offer_no_actions_unless_asked_or_for_icloud_events(qtbot: Any) -> None:
    appointment = replace(item(at(1, "10:00"), at(1, "11:00"), source="appointment",
                               reason="appointment"), ref_id=7)
    plain = EventDetails(appointment, BERLIN)
    qtbot.addWidget(plain)
    assert plain.action_buttons() == []
    event = EventDetails(item(at(1, "10:00"), at(1, "11:00")), BERLIN, actions=True)
    qtbot.addWidget(event)
    assert event.action_buttons() == []


@pytest.mark.parametrize("downwards", [True, False])
def test_a_drag_held_at_the_edge_keeps_scrolling(
    qtbot: Any, view: WeekView, downwards: bool
) -> None:
    view.scroll_to_minute(3 * 60 if downwards else 9 * 60)
    grid = view.scene.grid_viewport()
    start = _grid_point(view, 2, 6 * 60 if downwards else 14 * 60)
    edge = QPoint(start.x(), round(grid.bottom() - 6 if downwards else grid.top() + 6))
    offset = view.scroll_offset()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, QPoint(start.x(), (start.y() + edge.y()) // 2))
    qtbot.mouseMove(view, edge)
    before = view.selection()
    assert before is not None
    # No more mouse events: the pointer is held still at the edge.
    far = view.week_layout().metrics.hour_height * 2
    if downwards:
        qtbot.waitUntil(lambda: view.scroll_offset() > offset + far, timeout=5000)
    else:
        qtbot.waitUntil(lambda: view.scroll_offset() < offset - far, timeout=5000)
    after = view.selection()
    assert after is not None
    if downwards:  # the selection grows with the scrolling, from where it started
        assert after[0] == before[0] == at(2, "06:00")
        assert after[1] >= before[1] + timedelta(hours=2)
    else:
        assert after[1] == before[1] == at(2, "14:00")
        assert after[0] <= before[0] - timedelta(hours=2)
    timer = view.findChild(QTimer, "autoScrollTimer")
    assert timer.isActive()
    with qtbot.waitSignal(view.slot_selected) as blocker:
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=edge)
    assert not timer.isActive()
    assert blocker.args[1] - blocker.args[0] >= after[1] - after[0]
    stopped = view.scroll_offset()
    qtbot.mouseMove(view, edge)
    assert view.scroll_offset() == stopped


def test_a_drag_away_from_the_edges_does_not_scroll(qtbot: Any, view: WeekView) -> None:
    view.scroll_to_minute(10 * 60)
    offset = view.scroll_offset()
    start = _grid_point(view, 1, 12 * 60)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, _grid_point(view, 1, 13 * 60))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=_grid_point(view, 1, 13 * 60))
    assert view.scroll_offset() == offset


# -- readable on any theme and in narrow columns ------------------------------------------

LIGHT_BASE, DARK_BASE = QColor("#FFFFFF"), dark_palette().color(QPalette.ColorRole.Base)
CALENDAR_COLOURS = ["#FFCC00", "#1BADF8", "#63DA38", "#1B3A8C", "#FF2968", "#000000",
                    "#FFFFFF", "#A2845E", "#CC73E1", "#6D6D6D"]


@pytest.mark.parametrize("base", [LIGHT_BASE, DARK_BASE], ids=["light", "dark"])
@pytest.mark.parametrize("color", CALENDAR_COLOURS)
def test_every_block_style_is_readable_on_light_and_dark_themes(base: QColor, color: str) -> None:
    for style in (STYLE_SOLID, STYLE_OUTLINE, STYLE_APPOINTMENT, STYLE_BLOCKED, STYLE_TRAVEL):
        for busy in (True, False):
            paint = block_paint(style, color, base, busy)
            assert contrast_ratio(paint.text, paint.fill) >= 4.5, (style, busy)
            if paint.hatch is not None:  # text over a hatch line reads as well
                line = blend(paint.hatch, paint.fill, paint.hatch.alphaF())
                assert contrast_ratio(paint.text, line) >= 4.5, (style, busy)
    # A free event is only its outline: it must stand out from the grid.
    outline = block_paint(STYLE_OUTLINE, color, base, busy=False)
    assert contrast_ratio(outline.border, base) >= 3.0
    solid = block_paint(STYLE_SOLID, color, base)
    assert max(contrast_ratio(solid.fill, base), contrast_ratio(solid.border, base)) >= 2.0


@pytest.fixture
def dark_view(qtbot: Any, clock: Clock) -> WeekView:
    v = WeekView(tz=BERLIN, monday=MONDAY, clock=clock)
    v.setPalette(dark_palette())
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_a_dark_theme_keeps_grid_outlines_and_banner_readable(dark_view: WeekView) -> None:
    view = dark_view
    navy = item(at(1, "10:00"), at(1, "12:00"), "", busy=False, reason="free",
                color="#1B3A8C")
    view.set_items([navy])
    view.set_stale_banner("Family (iCloud): last synced 10:42, cannot reach iCloud")
    view.scroll_to_minute(9 * 60)
    image = view.grab().toImage()
    base = view.palette().color(QPalette.ColorRole.Base)
    [rect] = view.rects_of(navy)
    edge = _pixel(image, QPointF(rect.center().x(), rect.bottom() - 0.6))
    assert contrast_ratio(edge, base) >= 2.5  # the navy outline shows on a dark grid
    lay = view.week_layout()
    x = lay.column_left(5) + lay.column_width / 2  # an empty Saturday
    line_y = round(lay.y_for_minute(11 * 60) - view.scroll_offset())
    grid_line = image.pixelColor(round(x), line_y)
    between = image.pixelColor(round(x), line_y + round(lay.metrics.hour_height / 4))
    assert contrast_ratio(grid_line, between) >= 1.2  # hour lines still visible
    fill, _border, text = view.painter.banner_colors()
    assert relative_luminance(fill) < 0.18  # no bright strip in a dark theme
    assert contrast_ratio(text, fill) >= 7.0
    banner = view.scene.banner_rect()
    assert _near(_pixel(image, QPointF(banner.right() - 12, banner.center().y())), fill, 3)


def test_narrow_blocks_keep_the_title_rather_than_the_time(view: WeekView) -> None:
    review = item(at(2, "10:00"), at(2, "11:30"), "Design review")
    dentist = item(at(2, "10:30"), at(2, "11:00"), "Dentist")
    parcel = item(at(2, "11:00"), at(2, "12:00"), "Parcel pick-up")
    view.set_items([review, dentist, parcel])
    [[dentist_line]] = view.scene.texts_of(dentist)
    assert dentist_line == "Dentist"  # not "10:30  D…"
    [parcel_lines] = view.scene.texts_of(parcel)
    assert "11:00" in parcel_lines  # the start, not "11:00 – 1…"
    wide = item(at(0, "09:00"), at(0, "09:30"), "Stand-up")
    view.set_items([wide])
    assert view.scene.texts_of(wide) == [["09:00  Stand-up"]]  # room for both: both


def test_error_text_and_details_stay_readable_in_a_dark_theme(qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from jumpadesk.ui.calendar_picker import ERROR_COLOR

    dark = dark_palette()
    window = dark.color(QPalette.ColorRole.Window)
    assert contrast_ratio(readable_on(ERROR_COLOR, palette=dark), window) >= 4.5
    app = QApplication.instance()
    light = app.palette()
    app.setPalette(dark)
    try:
        details = EventDetails(item(at(1, "10:00"), at(1, "11:00"), "Busy one"), BERLIN)
        qtbot.addWidget(details)
        details.show()
        qtbot.waitExposed(details)
        chip = details.reason_label.grab().toImage()
        background = chip.pixelColor(4, chip.height() // 2)
        darkest_or_lightest = max(
            contrast_ratio(chip.pixelColor(x, y), background)
            for x in range(0, chip.width(), 2) for y in range(chip.height()))
        assert relative_luminance(background) < 0.18
        assert darkest_or_lightest >= 4.0
    finally:
        app.setPalette(light)


# -- issue 10: what a receptionist tripped over ----------------------------------------


def _mean(image: Any, rect: QRectF) -> QColor:
    """The average colour of a region of a grabbed image."""
    r = g = b = n = 0
    for x in range(round(rect.left()), round(rect.right())):
        for y in range(round(rect.top()), round(rect.bottom())):
            c = image.pixelColor(x, y)
            r, g, b, n = r + c.red(), g + c.green(), b + c.blue(), n + 1
    return QColor(r // n, g // n, b // n)


def _patch(view: WeekView, day: int, minute: float) -> QRectF:
    """A 30-pixel square of empty grid on a day at a time (widget coordinates)."""
    lay = view.week_layout()
    x = lay.column_left(day) + lay.column_width / 2 - 15
    return QRectF(x, lay.y_for_minute(minute) - view.scroll_offset(), 30, 30)


def test_bug1_a_busy_all_day_event_shades_its_whole_day_in_the_grid(view: WeekView) -> None:
    moving = item(at(3, "00:00"), at(4, "00:00"), "Moving day", all_day=True)
    holiday = item(at(4, "00:00"), at(5, "00:00"), "School holiday", all_day=True,
                   busy=False, reason="free", color="#FFCC00")
    view.set_items([moving, holiday])
    view.scroll_to_minute(9 * 60)
    image = view.grab().toImage()
    thursday = _mean(image, _patch(view, 3, 11 * 60))  # Moving day: busy
    friday = _mean(image, _patch(view, 4, 11 * 60))  # the holiday is free: it never blocks
    saturday = _mean(image, _patch(view, 5, 11 * 60))
    assert _near(friday, saturday, 2)
    assert not _near(thursday, saturday, 6)
    assert thursday.blue() > thursday.red() + 6  # shaded in the event's (blue) colour


def test_bug1_the_drag_preview_over_a_busy_all_day_event_is_red_before_the_form(
    qtbot: Any, view: WeekView
) -> None:
    grandma = item(at(3, "00:00"), at(5, "00:00"), "Grandma visiting", all_day=True,
                   color="#CC73E1")
    view.set_items([grandma])
    view.scroll_to_minute(9 * 60)
    start, end = _grid_point(view, 4, 10 * 60), _grid_point(view, 4, 12 * 60)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, end)
    image = view.grab().toImage()
    lay = view.week_layout()
    inside = QPointF(lay.column_left(4) + lay.column_width - 12,
                     lay.y_for_minute(11 * 60 + 45) - view.scroll_offset())
    tint = _pixel(image, inside)
    assert tint.red() > tint.blue()  # red, not the accent's blue
    assert view.current_selection().overlaps == (grandma,)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def test_an_event_without_length_under_a_dragged_slot_leaves_the_preview_free(
    qtbot: Any, view: WeekView
) -> None:
    """Issue 19: the preview counts what the booking check counts (an event that takes no
    time blocks nothing, as in a CalDAV free-busy answer), so it is not red where booking
    succeeds; a busy event with length under it still turns it red."""
    reminder = item(at(3, "11:00"), at(3, "11:00"), "Call back Mia")
    view.set_items([reminder])
    view.scroll_to_minute(9 * 60)
    start, end = _grid_point(view, 3, 10 * 60 + 5), _grid_point(view, 3, 11 * 60 + 50)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, end)
    assert view.selection() == (at(3, "10:00"), at(3, "12:00"))
    assert view.current_selection().overlaps == ()
    image = view.grab().toImage()
    lay = view.week_layout()
    inside = QPointF(lay.column_left(3) + lay.column_width - 12,
                     lay.y_for_minute(11 * 60 + 45) - view.scroll_offset())
    tint = _pixel(image, inside)
    assert tint.blue() > tint.red()  # the accent's blue, not red
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
    meeting = item(at(3, "11:00"), at(3, "11:30"), "Stand-up")
    view.set_items([reminder, meeting])
    view.select_slot(3, 10 * 60, 12 * 60)
    assert view.current_selection().overlaps == (meeting,)


def test_bug6_the_zone_in_the_corner_is_short_whole_and_named_in_full_on_hover(
    view: WeekView,
) -> None:
    from PySide6.QtGui import QFont, QFontMetricsF

    for zone in ("Europe/Berlin", "Etc/UTC", "America/Argentina/ComodRivadavia",
                 "Asia/Kathmandu"):
        view.set_timezone(ZoneInfo(zone))
        label = view.scene.zone_label()
        font = QFont(view.font())
        font.setPointSizeF(font.pointSizeF() * 0.78)
        font.setWeight(QFont.Weight.DemiBold)
        assert QFontMetricsF(font).horizontalAdvance(label) <= view.scene.zone_label_rect().width()
        assert "\u2026" not in label and "/" not in label
        assert zone.replace("_", " ") in view.scene.zone_tooltip()
    view.set_timezone(BERLIN)
    assert view.scene.zone_label() == "CET"


def test_bug9_the_legend_explains_struck_events_and_travel_in_its_drawn_colour(
    qtbot: Any, clock: Clock
) -> None:
    panel = WeekPanel(tz=BERLIN, monday=MONDAY, clock=clock)
    qtbot.addWidget(panel)
    travel = item(at(3, "13:30"), at(3, "14:00"), "Site visit", kind="travel",
                  reason="travel", color="#FF2968", calendar="Studio")
    panel.set_items([travel, item(at(0, "09:00"), at(0, "10:00"), calendar="Work")])
    entries = {e.label: e for e in panel.legend.entries()}
    assert "Declined or cancelled" in entries
    assert entries["Travel time"].color == travel.color  # as the block is drawn
    assert "Drag or double-click to book; a click selects" in entries


def test_bug9_the_legend_lists_the_same_calendars_every_week(qtbot: Any, clock: Clock) -> None:
    panel = WeekPanel(tz=BERLIN, monday=MONDAY, clock=clock)
    qtbot.addWidget(panel)
    panel.set_calendars([("Work", "#1BADF8"), ("Home", "#CC73E1"), ("Family", "#FFCC00")])
    panel.set_items([item(at(0, "09:00"), at(0, "10:00"), calendar="Work")])
    first = [e.label for e in panel.legend.entries() if e.style == STYLE_SOLID]
    panel.set_items([])  # a week with nothing in it
    second = [e.label for e in panel.legend.entries() if e.style == STYLE_SOLID]
    assert first == second == ["Family", "Home", "Work"]


def test_bug10_the_overlap_label_is_drawn_above_the_text_of_the_block_under_it(
    qtbot: Any, view: WeekView
) -> None:
    # A block whose title fills its top with black text (on the Work blue).
    wide = item(at(4, "10:00"), at(4, "12:00"), "MMMMMMMMMMMMMMMMMMMM MMMMMMMMMMMMMMMM")
    view.set_items([wide])
    view.scroll_to_minute(9 * 60)
    start, end = _grid_point(view, 4, 10 * 60), _grid_point(view, 4, 11 * 60 + 50)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, end)
    image = view.grab().toImage()
    lay = view.week_layout()
    # Where the selection's label is written: the block's black title must not show.
    left = lay.column_left(4) + 8
    top = lay.y_for_minute(10 * 60) - view.scroll_offset() + 4
    black = 0
    for x in range(round(left), round(left + 70)):
        for y in range(round(top), round(top + 26)):
            c = image.pixelColor(x, y)
            if max(c.red(), c.green(), c.blue()) < 90 and abs(c.red() - c.blue()) < 25:
                black += 1
    assert black == 0
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def test_bug10_todays_weekday_reads_on_a_dark_theme_with_a_dark_accent(
    dark_view: WeekView,
) -> None:
    pal = dark_view.palette()
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#1F4E8C"))  # 2.2:1 on the base
    dark_view.setPalette(pal)
    image = dark_view.grab().toImage()
    base = pal.color(QPalette.ColorRole.Base)
    lay = dark_view.week_layout()
    best = 1.0
    for x in range(round(lay.column_left(2)), round(lay.column_left(3))):
        for y in range(round(lay.header_top + 4), round(lay.header_top + 24)):
            best = max(best, contrast_ratio(image.pixelColor(x, y), base))
    assert best >= 4.5


def test_time_already_past_is_marked_and_a_selection_there_says_so(view: WeekView) -> None:
    view.scroll_to_minute(9 * 60)
    image = view.grab().toImage()
    monday = _mean(image, _patch(view, 0, 11 * 60))  # before Wednesday 14:20
    thursday = _mean(image, _patch(view, 3, 11 * 60))
    wednesday_morning = _mean(image, _patch(view, 2, 11 * 60))
    wednesday_later = _mean(image, _patch(view, 2, 16 * 60))
    assert monday.lightness() < thursday.lightness() - 4
    assert wednesday_morning.lightness() < wednesday_later.lightness() - 4
    view.select_slot(0, 600, 630)
    assert view.current_selection().is_past
    view.select_slot(3, 600, 630)
    assert not view.current_selection().is_past


def test_opening_hours_shade_a_closed_day_and_the_time_outside_them(view: WeekView) -> None:
    from jumpadesk.hours import DEFAULT_OPENING_HOURS

    def colour(day: int, minute: int) -> QColor:
        view.scroll_to_minute(6 * 60)
        # (20 past the hour: no grid line there)
        return view.grab().toImage().pixelColor(_grid_point(view, day, minute))

    # Thursday to Sunday are still to come (the clock says Wednesday): no past grey.
    assert colour(5, 12 * 60 + 20) == colour(4, 12 * 60 + 20)  # the fixed hours: Saturday is open
    view.set_opening_hours(DEFAULT_OPENING_HOURS)  # Monday to Friday 09:00-18:00
    friday_noon = colour(4, 12 * 60 + 20)
    closed = colour(4, 8 * 60 + 20)  # Friday, before opening
    assert closed != friday_noon
    assert colour(5, 12 * 60 + 20) == closed  # Saturday: closed all day
    assert colour(6, 10 * 60 + 20) == closed  # Sunday too
    assert colour(4, 18 * 60 + 20) == closed  # Friday after closing
    assert colour(3, 9 * 60 + 20) == friday_noon  # Thursday, just after opening


def test_a_lunch_break_is_shaded_and_a_closed_day_says_closed_wherever_the_week_is_scrolled(
    view: WeekView,
) -> None:
    from datetime import time

    from jumpadesk.hours import DEFAULT_OPENING_HOURS, DayHours

    lunch = DayHours(time(9), time(12, 30), time(13, 30), time(18))
    view.set_opening_hours((DEFAULT_OPENING_HOURS[0], lunch, *DEFAULT_OPENING_HOURS[2:]))
    view.scroll_to_minute(8 * 60)
    image = view.grab().toImage()

    def colour(day: int, minute: int) -> QColor:
        return image.pixelColor(_grid_point(view, day, minute))

    tuesday_closed = colour(1, 8 * 60 + 20)
    assert colour(1, 11 * 60 + 20) != tuesday_closed  # open in the morning
    assert colour(1, 12 * 60 + 50) == tuesday_closed  # the lunch break is shaded
    assert colour(1, 13 * 60 + 50) == colour(1, 11 * 60 + 20)  # open again after it
    assert colour(0, 12 * 60 + 50) == colour(0, 11 * 60 + 20)  # Monday has no break

    assert [view.scene.closed_label(day) for day in range(7)] == ["", "", "", "", "",
                                                                  "Closed", "Closed"]
    assert view.scene.closed_label_rect(4) is None

    def inked(rect: QRectF) -> int:
        """How many pixels of `rect` differ from the first of their row: a row of one
        colour is background or a grid line; text leaves rows of several."""
        shot = view.grab().toImage()
        xs = range(round(rect.left()), round(rect.right()))
        return sum(shot.pixelColor(x, y) != shot.pixelColor(xs[0], y)
                   for y in range(round(rect.top()), round(rect.bottom())) for x in xs)

    for minute in (8 * 60, 15 * 60):  # the word stays at the top of what shows
        view.scroll_to_minute(minute)
        saturday = view.scene.closed_label_rect(5)
        assert saturday is not None and view.scene.grid_viewport().contains(saturday)
        assert inked(saturday) > 20
        friday = saturday.translated(view.week_layout().column_left(4)
                                     - view.week_layout().column_left(5), 0)
        assert inked(friday) == 0  # the same place on an open day: nothing written
