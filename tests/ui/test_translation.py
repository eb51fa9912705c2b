"""Issue 22, the window's half: the German catalogue is whole for the window, dates follow
the locale (en_US, en_GB, de_DE, fr_FR), and View > Language keeps the choice."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from jumpadesk import language
from jumpadesk.service import Desk
from jumpadesk.ui import event_details
from jumpadesk.ui.booking_dialog import BookingDialog, describe_slot
from jumpadesk.ui.language_menu import LanguageMenu
from jumpadesk.ui.translation import (
    day_caps,
    install_language,
    phone_example,
    short_day,
    week_title,
)
from tests.helpers.window import make_window
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

ROOT = Path(__file__).resolve().parents[2]
UI_CONTEXTS = {p.stem for p in (ROOT / "jumpadesk" / "ui").glob("*.py")} | {"day_sheet"}
BERLIN = ZoneInfo("Europe/Berlin")
PLACEHOLDER = re.compile(r"\{\w+\}|%n")


def ui_messages(path: Path) -> dict[tuple[str, str, str], ElementTree.Element]:
    """The catalogue's messages of the window's contexts, by (context, source, comment)."""
    found = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        if name in UI_CONTEXTS:
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found[key] = message
    return found


def test_the_german_catalogue_has_every_window_sentence_finished(tmp_path: Path) -> None:
    committed = ui_messages(language.catalogue_path("de"))
    assert len(committed) > 400
    unfinished = [key for key, m in committed.items()
                  if m.find("translation") is None
                  or m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == []
    # What pyside6-lupdate finds in the code now is what the catalogue holds: nothing new
    # untranslated, nothing vanished.
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [str(p) for p in sorted((ROOT / "jumpadesk").rglob("*.py"))]
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
                   check=True, timeout=120)
    assert set(ui_messages(fresh)) == set(committed)


def test_every_placeholder_of_a_sentence_is_in_its_german() -> None:
    missing = []
    for (context, source, _comment), message in ui_messages(
            language.catalogue_path("de")).items():
        german = message.findtext("translation") or ""
        want, have = set(PLACEHOLDER.findall(source)), set(PLACEHOLDER.findall(german))
        if want != have:
            missing.append((context, source, german))
    assert missing == []


@pytest.fixture
def locale_named(request: pytest.FixtureRequest) -> Iterator[QLocale]:
    before = QLocale()
    locale = QLocale(request.param)
    QLocale.setDefault(locale)
    try:
        yield locale
    finally:
        QLocale.setDefault(before)


DATES = {
    "en_US": ("MON", "SUN", "December 7 \u2013 13, 2026", "November 30 \u2013 December 6, 2026",
              "2:00 PM", "+1 555 010 0123"),
    "en_GB": ("MON", "SUN", "7 \u2013 13 December 2026", "30 November \u2013 6 December 2026",
              "14:00", "+44 20 7946 0123"),
    "de_DE": ("MO", "SO", "7.\u201313. Dezember 2026", "30. November \u2013 6. Dezember 2026",
              "14:00", "+49 30 1234567"),
    "fr_FR": ("LUN", "DIM", "7 \u2013 13 d\u00e9cembre 2026",
              "30 novembre \u2013 6 d\u00e9cembre 2026", "14:00", "+33 1 23 45 67 89"),
}


@pytest.mark.parametrize("locale_named", list(DATES), indirect=True)
def test_dates_follow_the_locale(qtbot: Any, locale_named: QLocale) -> None:
    monday_caps, sunday_caps, week, across, two_pm, phone = DATES[locale_named.name()]
    assert day_caps(date(2026, 12, 7)) == monday_caps
    assert day_caps(date(2026, 12, 13)) == sunday_caps
    assert week_title(date(2026, 12, 7)) == week
    assert week_title(date(2026, 11, 30)) == across
    assert event_details.format_time(datetime(2026, 12, 7, 14, 0)).replace(
        "\u202f", " ") == two_pm
    assert event_details.uses_am_pm() == (locale_named.name() == "en_US")
    dialog = BookingDialog(datetime(2026, 12, 7, 14, 0, tzinfo=BERLIN),
                           datetime(2026, 12, 7, 15, 0, tzinfo=BERLIN), BERLIN)
    qtbot.addWidget(dialog)
    assert dialog.phone_edit.placeholderText() == phone


def test_a_week_across_two_years_says_both(qapp: QApplication) -> None:
    assert week_title(date(2026, 12, 28), QLocale("en_GB")) == "28 Dec 2026 \u2013 3 Jan 2027"
    assert week_title(date(2026, 12, 28), QLocale("de_DE")) == \
        "28. Dez. 2026 \u2013 3. Jan. 2027"


def test_a_german_day_in_the_booking_form(qapp: QApplication) -> None:
    before = QLocale()
    install_language(qapp, "de")
    try:
        start = datetime(2026, 12, 9, 10, 0, tzinfo=BERLIN)
        assert describe_slot(start, start.replace(hour=11, minute=15), BERLIN) == \
            "Mittwoch, 9. Dezember 2026, 10:00 \u2013 11:15"
        assert short_day(date(2026, 12, 9)) == "Mi., 9. Dez."
        assert phone_example() == "+49 30 1234567"
    finally:
        install_language(qapp, "en")
        QLocale.setDefault(before)


def test_the_language_menu_keeps_the_choice_for_the_next_start(
    qtbot: Any, desk: Desk, jumpadesk_home: Path
) -> None:
    window = make_window(qtbot, desk)
    [view_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&View"]
    [menu] = [a.menu() for a in view_menu.actions() if a.text() == "Language"]
    assert isinstance(menu, LanguageMenu)
    assert [a.text() for a in menu.actions()] == ["System", "English", "Deutsch"]
    assert [a.isChecked() for a in menu.actions()] == [True, False, False]

    menu.actions()[2].trigger()  # Deutsch
    saved = jumpadesk_home / language.LANGUAGE_SETTINGS
    assert json.loads(saved.read_text()) == {"language": "de"}
    assert saved.stat().st_mode & 0o777 == 0o600
    assert language.saved_choice() == "de"
    notice = menu.notice
    assert isinstance(notice, QMessageBox)
    assert notice.text() == "jumpadesk speaks Deutsch from its next start."
    notice.close()

    menu.actions()[0].trigger()  # System again
    assert language.saved_choice() == language.SYSTEM
    again = LanguageMenu()
    qtbot.addWidget(again)
    assert [a.isChecked() for a in again.actions()] == [True, False, False]
