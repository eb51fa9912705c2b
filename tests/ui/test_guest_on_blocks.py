"""The client on every block (issue 20 item 4): an appointment's block in the week reads
its title and who is coming ("Haircut · Jana Weber"); a blocked slot or an iCloud event
has no guest to name. Real widgets, the iCloud-like server."""

from __future__ import annotations

from typing import Any

import pytest

from jumpadesk.service import Desk
from tests.helpers.window import booked, shown
from tests.icloud_server import IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_an_appointment_block_names_its_guest(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    connected_desk.block("Main", week_day(3, "12:00"), week_day(3, "13:00"), "Lunch")
    window, item, _ = booked(qtbot, connected_desk, icloud, week_day(3, "10:15"),
                             week_day(3, "11:45"))
    assert item.guest == "Jana Weber"
    scene = window.week_view.view.scene
    [lines] = scene.texts_of(item)
    assert " ".join(lines).startswith("Haircut \u00b7 Jana Weber"), lines
    assert lines[-1] == "10:15 \u2013 11:45"
    [lunch] = scene.texts_of(shown(window, "blocked", "Lunch"))
    assert lunch[0] == "Lunch"
    planning = shown(window, "icloud", "Quarterly planning")
    assert scene.texts_of(planning)[0][0].startswith("Quarterly")
    assert "\u00b7" not in " ".join(scene.texts_of(planning)[0])
