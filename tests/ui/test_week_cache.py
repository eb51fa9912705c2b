"""The week view's static layer (issue 11): whatever changes, the week on screen is the
week a view painting everything afresh shows, pixel for pixel.

Each test changes one thing a receptionist would see change (the items, the theme, the
size, a conflict mark, the focus, the hover, the clock, the scroll, the locale) and checks
that the picture changed and is exactly what an uncached paint of the same state gives.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from dataclasses import replace  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402
from typing import Any  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QLocale, QPoint, QPointF, QSize, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QImage,
    QPalette,
    QPixmap,
    QRegion,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication  # noqa: E402

from jumpadesk.availability import APPOINTMENT_COLOR, BLOCKED_COLOR, ScheduleItem  # noqa: E402
from jumpadesk.hours import every_day  # noqa: E402
from jumpadesk.rows import SubAccountRow  # noqa: E402
from jumpadesk.ui.colors import dark_palette  # noqa: E402
from jumpadesk.ui.week_view import WeekView  # noqa: E402
from jumpadesk.week import WeekSnapshot  # noqa: E402
from tests.helpers.clock import Clock  # noqa: E402
from tests.helpers.week import BERLIN, MONDAY, at  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def item(start: datetime, end: datetime, title: str = "Event", *, busy: bool = True,
         source: str = "icloud", color: str = "#1BADF8", all_day: bool = False,
         kind: str = "event", status: str = "", location: str = "",
         overlapped_by: tuple[str, ...] = ()) -> ScheduleItem:
    return ScheduleItem(start=start, end=end, title=title, busy=busy, source=source,
                        reason="busy" if busy else "free", calendar="Work", calendar_id=1,
                        color=color, all_day=all_day, kind=kind, location=location,
                        account="anna@icloud.com", status=status, overlapped_by=overlapped_by)


def busy_week() -> list[ScheduleItem]:
    """Every kind of block, overlapping, with long titles, and a busy all-day day."""
    out = [
        item(at(0, "09:00"), at(0, "10:30"), "Colour and cut with a long consultation",
             location="Salon, Hauptstr. 12, 10827 Berlin"),
        item(at(0, "09:30"), at(0, "11:00"), "Supplier call", busy=False),
        item(at(0, "10:00"), at(0, "10:45"), "Haircut", source="appointment",
             color=APPOINTMENT_COLOR, status="written"),
        item(at(1, "11:00"), at(1, "12:00"), "Beard trim", source="appointment",
             color="#8E8E93", status="pending"),
        item(at(1, "13:00"), at(1, "15:00"), "Blocked", source="blocked", color=BLOCKED_COLOR),
        item(at(2, "08:30"), at(2, "09:00"), "Dentist", kind="travel"),
        item(at(2, "09:00"), at(2, "10:00"), "Dentist"),
        item(at(2, "13:30"), at(2, "15:30"), "Team meeting about the quarterly numbers"),
        item(at(3, "10:00"), at(3, "11:30"), "Physio", color="#FF2968"),
        item(at(4, "16:00"), at(4, "17:00"), "Yoga", color="#63DA38"),
        item(datetime(2026, 11, 27, tzinfo=UTC), datetime(2026, 11, 28, tzinfo=UTC),
             "Trade fair", all_day=True, color="#CC73E1"),
        item(datetime(2026, 11, 24, tzinfo=UTC), datetime(2026, 11, 26, tzinfo=UTC),
             "School holidays", all_day=True, busy=False, color="#FFCC00"),
    ]
    for k in range(24):  # a crowded Thursday afternoon
        start = at(3, f"{13 + k // 6}:{(k % 6) * 10:02d}")
        out.append(item(start, start + timedelta(minutes=45), f"Walk-in {k}",
                        color=("#1BADF8", "#F57C00", "#A2845E")[k % 3]))
    return out


@pytest.fixture
def view(view: WeekView) -> WeekView:
    """The shown week view (tests/ui/conftest.py), with a busy week, from 08:00."""
    view.set_items(busy_week())
    view.scroll_to_minute(8 * 60)
    return view


@pytest.fixture
def light_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application's palette put back after a test that changes it."""
    before = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(before)


def picture(view: WeekView, *, cached: bool = True) -> QImage:
    view.paint_cache_enabled = cached
    try:
        return view.grab().toImage()
    finally:
        view.paint_cache_enabled = True


def assert_as_painted_afresh(view: WeekView) -> QImage:
    """The view's picture (from its static layer) equals an uncached paint of its state."""
    shown = picture(view)
    fresh = picture(view, cached=False)
    assert shown.size() == fresh.size()
    assert shown == fresh, f"{differing_pixels(shown, fresh)} pixels differ from a fresh paint"
    return shown


def differing_pixels(a: QImage, b: QImage) -> int:
    return sum(1 for y in range(a.height()) for x in range(a.width())
               if a.pixel(x, y) != b.pixel(x, y))


def colour_at(image: QImage, point: QPoint) -> QColor:
    return image.pixelColor(point)


def test_a_repaint_with_nothing_changed_shows_the_same_week(view: WeekView) -> None:
    first = assert_as_painted_afresh(view)
    assert picture(view) == first


def test_new_items_show_at_once(view: WeekView) -> None:
    before = assert_as_painted_afresh(view)
    late = item(at(5, "10:00"), at(5, "12:00"), "Wedding party", color="#F57C00")
    view.set_items([*busy_week(), late])
    after = assert_as_painted_afresh(view)
    assert after != before
    [rect] = view.visible_rects_of(late)
    assert colour_at(after, rect.center().toPoint()) == QColor("#F57C00")


def test_a_switch_to_the_dark_palette_repaints_the_week_dark(view: WeekView) -> None:
    before = assert_as_painted_afresh(view)
    view.setPalette(dark_palette())
    after = assert_as_painted_afresh(view)
    assert after != before
    corner = QPoint(view.width() - 40, 8)  # the header, right of Sunday: the base colour
    assert colour_at(after, corner) == dark_palette().color(QPalette.ColorRole.Base)


def test_the_applications_palette_change_reaches_the_week(
        view: WeekView, light_app: QApplication, qtbot: Any) -> None:
    before = assert_as_painted_afresh(view)
    dark_base = dark_palette().color(QPalette.ColorRole.Base)
    light_app.setPalette(dark_palette())
    qtbot.waitUntil(lambda: view.palette().color(QPalette.ColorRole.Base) == dark_base)
    after = assert_as_painted_afresh(view)
    assert after != before


def test_a_resize_repaints_at_the_new_size(view: WeekView, qtbot: Any) -> None:
    assert_as_painted_afresh(view)
    view.resize(1200, 760)
    qtbot.waitUntil(lambda: view.size() == QSize(1200, 760))
    after = assert_as_painted_afresh(view)
    assert after.width() == 1200 * after.devicePixelRatio()


def test_a_conflict_mark_shows_as_soon_as_it_appears(view: WeekView) -> None:
    items = busy_week()
    haircut = items[2]
    view.set_items(items)
    before = assert_as_painted_afresh(view)
    marked = replace(haircut, overlapped_by=("Dentist",))
    view.set_items([marked if i is haircut else i for i in items])
    after = assert_as_painted_afresh(view)
    [mark] = view.scene.warning_rects_of(marked)
    inside = QPoint(round(mark.left() + mark.width() * 0.3), round(mark.bottom() - 2))
    amber = colour_at(after, inside)  # the warning triangle's amber, over the green block
    assert amber != colour_at(before, inside)
    assert amber.red() > 200 and amber.blue() < 110


def test_a_confirmed_appointment_loses_its_dashed_border(view: WeekView) -> None:
    items = busy_week()
    pending = items[3]
    before = assert_as_painted_afresh(view)
    written = replace(pending, status="written", color=APPOINTMENT_COLOR)
    view.set_items([written if i is pending else i for i in items])
    assert assert_as_painted_afresh(view) != before


def test_the_focus_ring_follows_the_keyboard(view: WeekView, qtbot: Any) -> None:
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(view.hasFocus)
    seen = [assert_as_painted_afresh(view)]
    for _ in range(4):  # the all-day blocks first, then the timed ones
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert view.focused_item() is not None
        seen.append(assert_as_painted_afresh(view))
        assert seen[-1] != seen[-2]
    view.clearFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert assert_as_painted_afresh(view) != seen[-1]  # the ring is gone


def test_the_hover_follows_the_pointer(view: WeekView, qtbot: Any) -> None:
    items = view.items()
    before = assert_as_painted_afresh(view)
    for it in (items[0], items[6], items[10], items[6]):
        [rect] = view.visible_rects_of(it)
        qtbot.mouseMove(view, rect.center().toPoint())
        shown = assert_as_painted_afresh(view)
        assert shown != before
    qtbot.mouseMove(view, QPoint(view.week_layout().metrics.gutter // 2, view.height() - 20))
    assert assert_as_painted_afresh(view) == before


def test_the_clock_moves_the_now_line_and_greys_the_past(view: WeekView,
                                                         clock: Clock) -> None:
    before = assert_as_painted_afresh(view)
    shown = before
    for minutes in (1, 9, 30, 45, 60, 60 * 10):  # past 15:00's label, then past midnight
        clock.now += timedelta(minutes=minutes)
        view.refresh_now()
        previous, shown = shown, assert_as_painted_afresh(view)
        assert shown != previous
    assert view.scene.today_column() == 3  # Thursday now


def test_scrolling_shows_the_hours_scrolled_to(view: WeekView) -> None:
    before = assert_as_painted_afresh(view)
    view.scroll_to_minute(12 * 60)
    assert assert_as_painted_afresh(view) != before
    view.scroll_to_minute(0)
    assert assert_as_painted_afresh(view) != before


def test_the_selected_time_and_its_label_show_over_the_blocks(view: WeekView,
                                                              qtbot: Any) -> None:
    before = assert_as_painted_afresh(view)
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(view.hasFocus)
    view.select_slot(0, 9 * 60 + 30, 11 * 60)  # over the busy Monday morning
    shown = assert_as_painted_afresh(view)
    assert shown != before
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert assert_as_painted_afresh(view) != shown


def test_a_banner_and_opening_hours_change_the_picture(view: WeekView) -> None:
    before = assert_as_painted_afresh(view)
    view.set_opening_hours(every_day(10, 16))
    shaded = assert_as_painted_afresh(view)
    assert shaded != before
    view.set_stale_banner("Work (iCloud): last synced 10:42, cannot reach iCloud")
    assert assert_as_painted_afresh(view) != shaded


def test_a_snapshot_of_another_zone_with_a_banner_paints_as_afresh(view: WeekView) -> None:
    """A read of the week handed over whole (WeekView.show_snapshot): laid out once, the
    same picture as an uncached paint; read again unchanged, the picture stays."""
    before = assert_as_painted_afresh(view)
    tokyo = ZoneInfo("Asia/Tokyo")
    snapshot = WeekSnapshot(
        sub_account=SubAccountRow(1, "Main", tokyo.key), monday=MONDAY, zone=tokyo,
        items=tuple(busy_week()), banner="Work (iCloud): last synced 10:42, cannot reach iCloud",
        opening_hours=every_day(10, 16))
    view.show_snapshot(snapshot)
    after = assert_as_painted_afresh(view)
    assert after != before
    view.show_snapshot(replace(snapshot, items=tuple(replace(i) for i in snapshot.items)))
    assert assert_as_painted_afresh(view) == after


def test_the_hour_labels_follow_a_locale_change(view: WeekView) -> None:
    before_locale = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        german = assert_as_painted_afresh(view)
        QLocale.setDefault(QLocale("en_US"))
        english = assert_as_painted_afresh(view)  # "2 PM", not "14:00"
        assert english != german
    finally:
        QLocale.setDefault(before_locale)


def test_the_layer_is_painted_at_the_screens_pixel_ratio(view: WeekView) -> None:
    """On a 2x screen the week is painted at twice the pixels (crisp), not scaled up."""
    size = view.size() * 2
    pictures = []
    for cached in (True, False):
        pixmap = QPixmap(size)
        pixmap.setDevicePixelRatio(2.0)
        view.paint_cache_enabled = cached
        view.render(pixmap)
        view.paint_cache_enabled = True
        pictures.append(pixmap.toImage())
    assert pictures[0] == pictures[1]
    # A hover, then a paint at 1x and again at 2x: each at its own ratio.
    [rect] = view.visible_rects_of(view.items()[6])
    view.pointer.set_hover(rect.center())
    assert_as_painted_afresh(view)


def test_after_many_changes_the_week_is_what_a_new_view_shows(
        view: WeekView, qtbot: Any, clock: Clock) -> None:
    """A day of changes on one view, then a view made fresh in the same state: the same
    picture."""
    items = busy_week()
    picture(view)
    view.set_items(items[:5])
    picture(view)
    view.go_next_week()
    picture(view)
    view.go_previous_week()
    view.set_timezone(ZoneInfo("Europe/London"))
    picture(view)
    view.set_timezone(BERLIN)
    view.resize(900, 640)
    picture(view)
    view.setPalette(dark_palette())
    picture(view)
    clock.now += timedelta(minutes=37)
    view.refresh_now()
    picture(view)
    view.set_items(items)
    view.scroll_to_minute(9 * 60)
    [rect] = view.visible_rects_of(items[7])
    qtbot.mouseMove(view, rect.center().toPoint())
    picture(view)
    qtbot.mouseMove(view, QPoint(5, view.height() - 5))
    view.clearFocus()  # the new view has not got the keyboard either
    qtbot.waitUntil(lambda: not view.hasFocus())
    shown = picture(view)

    fresh = WeekView(tz=BERLIN, monday=MONDAY, clock=clock)
    qtbot.addWidget(fresh)
    fresh.setPalette(dark_palette())
    fresh.resize(900, 640)
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.set_items(items)
    fresh.scroll_to_minute(9 * 60)
    fresh.clearFocus()
    assert fresh.size() == view.size() and not fresh.hasFocus()
    assert shown == picture(fresh), f"{differing_pixels(shown, picture(fresh))} pixels differ"


def read_again(items: list[ScheduleItem]) -> list[ScheduleItem]:
    """The same entries as new objects, as a sync reading the store again gives them."""
    return [replace(i) for i in items]


def test_a_sync_that_changed_nothing_keeps_the_week_and_its_blocks_answer(
        view: WeekView, qtbot: Any) -> None:
    before = assert_as_painted_afresh(view)
    again = read_again(view.items())
    view.set_items(again)
    assert assert_as_painted_afresh(view) == before
    # The blocks are the new entries': a click opens the entry just read.
    target = again[6]
    [rect] = view.visible_rects_of(target)
    with qtbot.waitSignal(view.item_activated) as opened:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert opened.args[0] is target


def test_a_sync_that_moved_one_event_shows_it_moved(view: WeekView) -> None:
    before = assert_as_painted_afresh(view)
    items = read_again(view.items())
    yoga = items[9]
    moved = replace(yoga, start=yoga.start - timedelta(hours=3), end=yoga.end - timedelta(hours=3))
    items[9] = moved
    view.set_items(items)
    after = assert_as_painted_afresh(view)
    assert after != before
    [rect] = view.visible_rects_of(moved)
    fill = QPoint(round(rect.right()) - 8, round(rect.bottom()) - 5)  # below its text
    assert colour_at(after, fill) == QColor("#63DA38")


@pytest.mark.parametrize("change", ["added beside others", "removed", "renamed", "marked",
                                    "all-day added"])
def test_a_sync_that_changed_a_few_entries_shows_the_new_week(view: WeekView,
                                                              change: str) -> None:
    before = assert_as_painted_afresh(view)
    items = read_again(view.items())
    walk_in = items[20]  # on the crowded Thursday: its neighbours make room
    if change == "added beside others":
        items.append(replace(walk_in, title="Late walk-in", color="#FF2968"))
    elif change == "removed":
        items.remove(walk_in)
    elif change == "renamed":  # a block wide enough to show its title
        items[0] = replace(items[0], title="Colour, cut and a blow-dry")
    elif change == "marked":
        items[2] = replace(items[2], overlapped_by=("Dentist",))
    else:
        items.append(item(datetime(2026, 11, 23, tzinfo=UTC), datetime(2026, 11, 24, tzinfo=UTC),
                          "Inventory", all_day=True))
    view.set_items(items)
    assert assert_as_painted_afresh(view) != before


def test_a_sync_that_moved_the_whole_crowded_afternoon_and_another_day_shows_both(
        view: WeekView) -> None:
    """Every walk-in of the crowded Thursday ten minutes later, and Monday's haircut an
    hour earlier: the afternoon re-packed as one, Monday apart."""
    before = assert_as_painted_afresh(view)
    items = read_again(view.items())
    for k, entry in enumerate(items):
        if entry.title.startswith("Walk-in") or entry.title == "Haircut":
            shift = timedelta(minutes=10) if entry.title != "Haircut" else timedelta(hours=-1)
            items[k] = replace(entry, start=entry.start + shift, end=entry.end + shift)
    view.set_items(items)
    after = assert_as_painted_afresh(view)
    assert after != before


def test_many_syncs_in_a_row_each_show_what_was_read(view: WeekView) -> None:
    """Entries moved, added and removed over a day of syncs, one paint after each."""
    items = view.items()
    for n in range(12):
        items = read_again(items)
        k = 12 + n
        if n % 3 == 0:
            items[k] = replace(items[k], start=items[k].start + timedelta(minutes=30),
                               end=items[k].end + timedelta(minutes=30))
        elif n % 3 == 1:
            items.insert(k, replace(items[k], title=f"Squeezed in {n}"))
        else:
            del items[k]
        view.set_items(items)
        assert_as_painted_afresh(view)


def test_the_wheel_scrolls_the_week_step_by_step(view: WeekView, qtbot: Any) -> None:
    shown = assert_as_painted_afresh(view)
    centre = QPointF(view.width() / 2, view.height() / 2)
    for notches in (1, 1, -3, 2, 5, -1):
        wheel = QWheelEvent(centre, view.mapToGlobal(centre), QPoint(0, 0),
                            QPoint(0, -120 * notches), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(view, wheel)
        previous, shown = shown, assert_as_painted_afresh(view)
        assert shown != previous


def test_the_hover_over_each_block_of_a_crowded_afternoon(view: WeekView, qtbot: Any) -> None:
    walk_ins = [i for i in view.items() if i.title.startswith("Walk-in")]
    for walk_in in walk_ins:
        rects = view.visible_rects_of(walk_in)
        assert rects, walk_in.title
        qtbot.mouseMove(view, rects[0].center().toPoint())
        assert_as_painted_afresh(view)


def test_a_part_repainted_is_that_part_of_the_whole_week(view: WeekView) -> None:
    """Qt repaints only what was uncovered (a closed tooltip, a dialog moved away): that
    part shows exactly what the whole week shows there, hatching included (Qt lays a hatch
    line by the clip it is drawn in, so painting it again there would shift it a shade)."""
    whole = QPixmap(view.size())
    view.render(whole)
    lay = view.week_layout()
    part = QPoint(round(lay.column_left(3)) + 5, round(lay.grid_top) + 40)  # crowded Thursday
    size = QSize(round(lay.column_width * 2), 300)
    piece = QPixmap(size)
    view.render(piece, QPoint(), QRegion(part.x(), part.y(), size.width(), size.height()))
    assert piece.toImage() == whole.toImage().copy(part.x(), part.y(), size.width(),
                                                   size.height())
