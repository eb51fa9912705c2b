"""The window after a listing that could not be trusted (issue 18, item 1): the week keeps
every event it showed, and the staleness line over it names the calendar and says its
list was incomplete, until a whole listing arrives."""

from __future__ import annotations

from typing import Any

import pytest

from jumpadesk.service import Desk
from tests.helpers.window import banner_text, make_window, shown_items, sync_and_wait
from tests.hostile_listing import HostileListing
from tests.icloud_server import FIXED_WEEK, IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_the_staleness_line_names_the_calendar_whose_list_was_incomplete(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    shown_before = sorted((i.title, i.start, i.end) for i in shown_items(window))
    assert "Quarterly planning" in {title for title, _, _ in shown_before}
    icloud.add_event("Work", "Moved meeting", week_day(2, "08:00"), week_day(2, "09:00"))
    icloud.expire_sync_tokens()
    # Work read afresh: the server lists nothing and gives no token.
    layer = HostileListing.install(icloud, "Work", "empty-no-token")

    report = sync_and_wait(qtbot, window)

    assert sorted((i.title, i.start, i.end) for i in shown_items(window)) == shown_before
    assert not report.ok
    banner = banner_text(window)
    assert "Work (iCloud): last synced " in banner
    assert "iCloud's list of events was incomplete" in banner
    assert "Home (iCloud)" not in banner

    layer.mode = ""
    assert sync_and_wait(qtbot, window).ok
    assert banner_text(window) == ""
    assert "Moved meeting" in {i.title for i in shown_items(window)}
