"""Issue 22, item 5: German's longer words fit. Under German, on a screen of 1024×700 (and
at twice the scale), the main window (week and team's day) and every dialog it opens fit
on the screen, and no label, button, check box or group title is narrower (or a wrapped
label lower) than its text needs: nothing is clipped.

What is measured is Qt's own: a widget's size hint is what its text needs in the font it
is drawn with; a layout squeezes a widget below it only when the window is held smaller
than its layout wants, which is the clipping a person would see."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from jumpadesk.service import Desk
from jumpadesk.ui.attendance import AttendancePanel
from jumpadesk.ui.print_day import Paper
from jumpadesk.ui.sub_accounts import SubAccountDialog, TimeZoneDialog
from tests.helpers.team import add_alex
from tests.helpers.window import click_in_week, make_window, settled, shown
from tests.icloud_server import FIXED_WEEK, IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE, SUB

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

SCREEN = (1024, 700)


def _shown_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def clipped(top: QWidget) -> list[str]:
    """What in `top` is shown smaller than its text needs, each in a sentence."""
    found = []
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisibleTo(top) or not _shown_text(w).strip():
            continue
        what = f"{type(w).__name__} {_shown_text(w)!r} in {top.windowTitle()!r}"
        if isinstance(w, QLabel) and w.wordWrap():
            needs = w.heightForWidth(w.width())
            if w.height() + 1 < needs:
                found.append(f"{what}: {w.height()} px high, needs {needs}")
        elif isinstance(w, QLabel) and not w.pixmap().isNull():
            continue
        elif isinstance(w, QLabel | QPushButton | QCheckBox | QRadioButton):
            needs = (w.minimumSizeHint() if isinstance(w, QLabel) else w.sizeHint()).width()
            if w.width() + 1 < needs:
                found.append(f"{what}: {w.width()} px wide, needs {needs}")
        elif isinstance(w, QGroupBox):
            needs = w.fontMetrics().horizontalAdvance(w.title().replace("&", ""))
            if w.width() < needs:
                found.append(f"{what}: {w.width()} px wide, the title needs {needs}")
    return found


def on_screen(top: QWidget) -> list[str]:
    """`top` at the size it opens with, held to the screen: what does not fit."""
    if not top.isVisible():
        top.show()
    QApplication.processEvents()
    width, height = SCREEN
    problems = []
    wants = top.minimumSizeHint()
    if wants.width() > width or wants.height() > height:
        problems.append(f"{top.windowTitle()!r} needs at least {wants.width()}×"
                        f"{wants.height()}, more than the screen's {width}×{height}")
    top.resize(min(top.width(), width), min(top.height(), height))
    QApplication.processEvents()
    return problems + clipped(top)


def test_german_fits_a_small_screen(qtbot: Any, german: str, connected_desk: Desk,
                                     icloud: IcloudServer) -> None:
    add_alex(connected_desk, icloud)
    connected_desk.book(SUB, week_day(0, "10:00"), week_day(0, "11:00"), "Haircut",
                        "Jana Weber")
    window = make_window(qtbot, connected_desk)
    window.resize(*SCREEN)
    window.show_week(FIXED_WEEK)
    qtbot.waitUntil(lambda: window.week is not None
                    and any(i.title == "Haircut" for i in window.week.items), timeout=20_000)
    found = on_screen(window)
    window.show_settings()
    found += on_screen(window)
    window.show_schedule()

    haircut = shown(window, "appointment", "Haircut")
    details = click_in_week(qtbot, window, haircut)
    panel = details.findChild(AttendancePanel)
    assert panel is not None
    qtbot.waitUntil(lambda: panel.record is not None, timeout=20_000)  # who booked it
    opened: list[QWidget] = [details]
    opened.append(window.booking.open_change_time(haircut))
    opened.append(window.open_booking(week_day(2, "12:00"), week_day(2, "13:00")))
    picker = window.accounts.edit_calendars()
    qtbot.waitUntil(lambda: bool(picker.picker.rows()), timeout=20_000)
    opened.append(picker)
    opened.append(window.menus.open_services())
    opened.append(window.shown_week.open_opening_hours())
    opened.append(window.menus.open_find_time())
    opened.append(window.menus.open_print_day(Paper.PDF))
    opened.append(window.menus.open_shortcuts())
    opened.append(window.menus.open_share_page())
    opened.append(window.accounts.open_other_server())
    opened.append(window.open_wizard())
    opened.append(SubAccountDialog("Unterkonto hinzufügen", lambda _n, _z: "", parent=window))
    opened.append(TimeZoneDialog(SUB, "Europe/Berlin", lambda _z: "", parent=window))
    clients = window.menus.open_clients()
    qtbot.waitUntil(lambda: not clients.searching, timeout=20_000)
    opened.append(clients)
    for top in opened:
        assert top is not None
        found += on_screen(top)
        top.close()

    team = window.views.team
    with qtbot.waitSignal(team.reloaded, timeout=20_000):
        window.views.show("team")
    settled(qtbot, window)
    found += on_screen(window)
    assert found == [], "\n".join(found)


@pytest.mark.slow  # a process of its own
def test_german_fits_a_small_screen_at_twice_the_scale(tmp_path: Path) -> None:
    """The same check on a screen at 2x (QT_SCALE_FACTOR=2, which Qt reads once, at
    start): German's words are measured in the larger font's own metrics."""
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
         "--basetemp", str(tmp_path / "run"),
         f"{Path(__file__).resolve()}::test_german_fits_a_small_screen"],
        env=env, capture_output=True, text=True, timeout=600, check=False,
        cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
