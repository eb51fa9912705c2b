"""Issue 21 item 10, the window's small things: a cancel says so in the status bar; a
past time outside the opening hours is asked about once; a switch of sub-account leaves
no selected time behind; Sync Now stays on the tool bar at 700 px; View > Appearance
(System, Light, Dark), kept for the next start; Qt's own options reach Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from jumpadesk.service import Desk
from jumpadesk.ui.appearance import Appearance, apply_appearance, apply_saved_appearance
from jumpadesk.ui.booking_dialog import BookingRequest
from jumpadesk.ui.colors import is_dark
from jumpadesk.ui.qt_arguments import split_qt_arguments
from tests.helpers.window import Answers, book_through_dialog, make_window, shown
from tests.icloud_server import FIXED_WEEK, week_day
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_a_cancel_says_so_over_an_old_refusal(qtbot: Any, connected_desk: Desk) -> None:
    window = make_window(qtbot, connected_desk, ask=Answers())
    window.show_week(FIXED_WEEK)
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        window.booking.submit_booking(BookingRequest("appointment", week_day(0, "10:00"),
                                             week_day(0, "11:00"), "Massage",
                                             name="Jana Weber"))
    window.statusBar().showMessage("That time is not free: Massage overlaps it.", 30_000)
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        window.booking.cancel_appointment(shown(window, "appointment", "Massage"))
    said = window.statusBar().currentMessage()
    assert said.startswith("Cancelled \u201cMassage\u201d on Monday 23 November"), said


def test_a_past_time_outside_the_opening_hours_is_asked_about_once(
    qtbot: Any, connected_desk: Desk
) -> None:
    answers = Answers(yes=True)
    window = make_window(qtbot, connected_desk, ask=answers,
                         clock=lambda: week_day(2, "15:30"))
    window.show_week(FIXED_WEEK)
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        book_through_dialog(qtbot, window, week_day(1, "19:00"), week_day(1, "19:30"),
                            "Late walk-in")
    assert answers.asked == [(
        "Book a past time outside opening hours?",
        "That time has passed, and it is outside opening hours (Tuesday 09:00 \u2013 18:00). "
        "Book it anyway?")]


def test_switching_sub_accounts_leaves_no_selected_time(qtbot: Any, desk: Desk) -> None:
    desk.add_sub_account("Salon B", "Europe/Berlin")
    window = make_window(qtbot, desk)
    view = window.week_view.view
    view.select_slot(2, 10 * 60, 10 * 60 + 30)
    window.switcher.combo.setCurrentText("Salon B")
    assert window.sub_name == "Salon B"
    assert view.current_selection() is None


@pytest.mark.parametrize("demo", [False, True], ids=["own", "demo"])
def test_sync_now_stays_on_the_tool_bar_at_700_pixels(
    qtbot: Any, desk: Desk, demo: bool
) -> None:
    window = make_window(qtbot, desk, demo=demo)
    window.resize(700, 600)
    qtbot.waitUntil(lambda: window.width() == 700)
    qtbot.wait(50)  # the tool bar lays itself out again
    [bar] = [b for b in window.findChildren(type(window.addToolBar("probe")))
             if b.objectName() == "mainToolBar"]
    button = bar.widgetForAction(window.menus.sync_action)
    assert button is not None and button.isVisible()
    assert bar.rect().contains(button.geometry())


@pytest.fixture
def system_look() -> Any:
    app = QApplication.instance()
    yield app
    apply_appearance(Appearance.SYSTEM, app)  # the next test gets the desktop's look


def test_view_appearance_dark_light_system_is_kept_for_the_next_start(
    qtbot: Any, desk: Desk, jumpadesk_home: Path, system_look: Any
) -> None:
    window = make_window(qtbot, desk)
    [view_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&View"]
    [appearance] = [a.menu() for a in view_menu.actions() if a.text() == "Appearance"]
    assert [a.text() for a in appearance.actions()] == ["System", "Light", "Dark"]
    assert [a.isChecked() for a in appearance.actions()] == [True, False, False]
    desktop_base = system_look.palette().color(system_look.palette().ColorRole.Base)

    appearance.actions()[2].trigger()  # Dark
    week = window.week_view.view
    qtbot.waitUntil(lambda: is_dark(week.palette().color(week.palette().ColorRole.Base)))
    assert [a.isChecked() for a in appearance.actions()] == [False, False, True]
    assert '"appearance": "dark"' in (jumpadesk_home / "window.json").read_text()
    assert (jumpadesk_home / "window.json").stat().st_mode & 0o777 == 0o600

    appearance.actions()[1].trigger()  # Light
    assert not is_dark(system_look.palette().color(system_look.palette().ColorRole.Base))
    appearance.actions()[0].trigger()  # System: the desktop's own again
    assert system_look.palette().color(system_look.palette().ColorRole.Base) == desktop_base

    appearance.actions()[2].trigger()
    apply_appearance(Appearance.SYSTEM, system_look)  # as a fresh start finds it
    assert apply_saved_appearance(system_look) is Appearance.DARK
    assert is_dark(system_look.palette().color(system_look.palette().ColorRole.Base))


def test_qt_options_are_told_apart_from_jumpadesks() -> None:
    assert split_qt_arguments(
        ["-style", "Fusion", "--demo", "-platform=xcb", "-reverse", "--sub-account", "B"]
    ) == (["--demo", "--sub-account", "B"], ["-style", "Fusion", "-platform=xcb", "-reverse"])
    # jumpadesk's own --title and --name stay its own; Qt's are written with one dash.
    assert split_qt_arguments(["book", "--title", "Cut", "--name", "Ann"]) == (
        ["book", "--title", "Cut", "--name", "Ann"], [])


def test_qt_options_on_the_command_line_are_not_an_unknown_command(
    jumpadesk_home: Path,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "jumpadesk", "-style", "Fusion",
                           "-platform", "offscreen", "--version"],
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("jumpadesk ")
