"""Times the way the computer's locale writes them (issue 10): "2:00 PM" in en_US,
"14:00" in de_DE, in the grid's hour labels, the dialogs and the sentences."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGridLayout, QHBoxLayout

from jumpadesk.availability import StaleCalendar
from jumpadesk.hours import DEFAULT_OPENING_HOURS
from jumpadesk.service import Desk
from jumpadesk.ui import event_details
from jumpadesk.ui.booking_dialog import BookingDialog
from jumpadesk.ui.find_time import FindTimeDialog
from jumpadesk.ui.opening_hours import OpeningHoursDialog
from jumpadesk.ui.week_panel import WeekPanel
from jumpadesk.wording import describe_moment

BERLIN = ZoneInfo("Europe/Berlin")
TUESDAY_2PM = datetime(2026, 11, 24, 14, 0, tzinfo=BERLIN)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(params=["en_US", "de_DE"])
def locale(request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    try:
        yield request.param
    finally:
        QLocale.setDefault(before)


EXPECTED = {
    "en_US": {"hour": "2 PM", "time": "2:00 PM", "span": "2:00 PM \u2013 3:30 PM"},
    "de_DE": {"hour": "14:00", "time": "14:00", "span": "14:00 \u2013 15:30"},
}


def test_the_grids_hour_labels_follow_the_locale(locale: str) -> None:
    # What WeekView._paint_hour_labels and its gutter width are drawn from.
    assert event_details.uses_am_pm() == (locale == "en_US")
    assert event_details.format_hour(14) == EXPECTED[locale]["hour"]
    assert event_details.format_time(TUESDAY_2PM) == EXPECTED[locale]["time"]


def test_the_booking_dialog_says_the_time_the_locales_way(qtbot: Any, locale: str) -> None:
    dialog = BookingDialog(TUESDAY_2PM, TUESDAY_2PM + timedelta(minutes=90), BERLIN)
    qtbot.addWidget(dialog)
    assert EXPECTED[locale]["span"] in dialog.when_label.text()


def test_the_opening_hours_dialog_edits_times_the_locales_way(qtbot: Any, locale: str) -> None:
    dialog = OpeningHoursDialog("Main", DEFAULT_OPENING_HOURS)
    qtbot.addWidget(dialog)
    shown = dialog.days[0].ranges[0].closes.text().replace("\u202f", " ")  # Qt's CLDR narrow space
    assert shown == ("6:00 PM" if locale == "en_US" else "18:00"), shown


def test_sentences_about_syncs_follow_the_locale(qtbot: Any, locale: str) -> None:
    am_pm = event_details.uses_am_pm()
    synced = TUESDAY_2PM.astimezone(UTC)
    words = describe_moment(synced, BERLIN, now=synced, am_pm=am_pm)
    assert words == f"today {EXPECTED[locale]['time']}"
    stale = StaleCalendar(calendar_id=1, name="Work", account="demo@icloud.com",
                          last_sync_at=synced, error="cannot reach iCloud")
    panel = WeekPanel(tz=BERLIN)
    qtbot.addWidget(panel)
    panel.set_stale([stale])
    assert f"last synced {EXPECTED[locale]['time']}" in (panel.view.stale_banner_text() or "")


def test_the_week_starts_on_the_locales_first_day(qtbot: Any, locale: str) -> None:
    panel = WeekPanel(tz=BERLIN, monday=TUESDAY_2PM.date())
    qtbot.addWidget(panel)
    first = panel.view.week_layout().date_of(0)
    if locale == "en_US":
        assert (first.weekday(), first.day) == (6, 22)  # Sunday 22 November
    else:
        assert (first.weekday(), first.day) == (0, 23)  # Monday 23 November
    assert panel.view.week_layout().date_of(6) == first + timedelta(days=6)
    assert "Week 48" in panel.navigator.info_label.text()  # 23-29 November, either way


def _in_layout_order(layout: Any) -> list[str]:
    return [layout.itemAt(n).widget().text() for n in range(layout.count())]


def test_find_a_time_says_the_day_and_its_parts_as_the_locale_does(
    qtbot: Any, locale: str, desk: Desk,
) -> None:
    """The weekdays from the locale's first day (Sunday in the US), the parts of the day
    in its clock ("12:00 PM" in the US)."""
    subs = desk.sub_accounts()
    dialog = FindTimeDialog(desk, subs, subs[0], clock=lambda: TUESDAY_2PM)
    qtbot.addWidget(dialog)
    parts = [dialog.part_combo.itemText(n).replace("\u202f", " ")
             for n in range(dialog.part_combo.count())]
    [row] = [lay for lay in dialog.findChildren(QHBoxLayout)
             if lay.indexOf(dialog.day_boxes[0]) >= 0]
    days = _in_layout_order(row)
    names = [QLocale().dayName(n, QLocale.FormatType.ShortFormat).rstrip(".")
             for n in range(1, 8)]
    if locale == "en_US":
        assert parts[1:] == ["Morning (until 12:00 PM)", "Afternoon (12:00 PM \u2013 5:00 PM)",
                             "Evening (from 5:00 PM)"]
        assert days == [names[6], *names[:6]]
    else:
        assert parts[1:] == ["Morning (until 12:00)", "Afternoon (12:00 \u2013 17:00)",
                             "Evening (from 17:00)"]
        assert days == names
    dialog.day_boxes[6].setChecked(False)  # Sunday, wherever it is shown
    assert 6 not in dialog.within().weekdays and 0 in dialog.within().weekdays


def test_opening_hours_list_the_days_from_the_locales_first_day(
    qtbot: Any, locale: str,
) -> None:
    dialog = OpeningHoursDialog("Main", DEFAULT_OPENING_HOURS)
    qtbot.addWidget(dialog)
    [grid] = [g for g in dialog.findChildren(QGridLayout) if g.indexOf(dialog.days[0].label) >= 0]
    rows = [grid.getItemPosition(grid.indexOf(day.label))[0] for day in dialog.days]
    sunday_row, monday_row = rows[6], rows[0]
    if locale == "en_US":
        assert (sunday_row, monday_row) == (0, 1)
    else:
        assert (monday_row, sunday_row) == (0, 6)
    assert dialog.hours() == DEFAULT_OPENING_HOURS  # still kept Monday first
