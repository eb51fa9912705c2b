"""The team's day in the main window, as the tests drive it: a second staff member with
their own calendar, the Team (or Day) shown on Tuesday of the seeded week, and the text
of a column's blocks as painted."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt

from jumpadesk.service import Desk
from jumpadesk.ui.main_window import MainWindow
from tests.icloud_server import FIXED_WEEK, IcloudServer

TUESDAY = FIXED_WEEK + timedelta(days=1)


def add_alex(desk: Desk, icloud: IcloudServer) -> Desk:
    """Alex beside Main (Work linked; Home, Work, Family block): Home linked."""
    desk.add_sub_account("Alex")
    desk.connect("Alex", icloud.apple_id, icloud.password, icloud.url)
    desk.configure("Alex", "Home", [])
    assert desk.sync("Alex").ok
    return desk


def team_on(qtbot: Any, window: MainWindow, key: Qt.Key = Qt.Key.Key_3) -> Any:
    """Alt+3 (or Alt+1), then Tuesday of the seeded week, as read."""
    team = window.views.team
    with qtbot.waitSignal(team.reloaded, timeout=20_000):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is team.panel
    with qtbot.waitSignal(team.reloaded, timeout=20_000):
        team.set_day(TUESDAY)
    return team


def column_texts(team: Any, column: int) -> list[str]:
    view = team.panel.view
    return [" ".join(lines) for block, lines in zip(view.blocks(), view.block_texts(),
                                                     strict=True) if block.day == column]
