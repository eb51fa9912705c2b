"""Calendar Settings > Connections (jumpadesk/ui/connections_page.py): each card shows
the account, a state badge, the last good sync, the last error and the calendars in use;
Reconnect appears only after Apple refused the password; the page's buttons hand the
ConnectionInfo to the window, which does the work."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from jumpadesk.kinds import Access, ConnectionState
from jumpadesk.service import CalendarInfo, ConnectionInfo
from jumpadesk.ui.connections_page import ConnectionsPage, state_label, state_phrase
from tests.icloud_server import FIXED_ZONE
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

ICLOUD = "https://caldav.icloud.com/"
REFUSED = "Apple no longer accepts this app-specific password."


def _connection(id: int = 1, state: str = ConnectionState.OK, *, apple_id: str = "anna@icloud.com",
                last_error: str = "", server_url: str = ICLOUD,
                last_sync_at: datetime | None = None) -> ConnectionInfo:
    return ConnectionInfo(id=id, apple_id=apple_id, server_url=server_url, state=state,
                          last_sync_at=last_sync_at, last_error=last_error, calendars=2)


def _calendar(id: int, name: str, connection_id: int = 1, *, linked: bool = False,
              conflict: bool = False) -> CalendarInfo:
    return CalendarInfo(id=id, name=name, url=f"/1/calendars/{name.lower()}/",
                        color="#1E88E5", access=Access.WRITE, kind="calendar",
                        connectable=True, reason=None, linked=linked, conflict=conflict,
                        account="anna@icloud.com", connection_id=connection_id, order=id,
                        deleted=False)


def _page(qtbot: Any, connections: list[ConnectionInfo],
          calendars: list[CalendarInfo] | None = None) -> ConnectionsPage:
    page = ConnectionsPage()
    qtbot.addWidget(page)
    page.set_connections("Main", connections, calendars or [], FIXED_ZONE)
    return page


def _texts(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_a_healthy_card_shows_account_badge_last_sync_and_calendars(qtbot: Any) -> None:
    synced = datetime.now(UTC) - timedelta(minutes=5)
    page = _page(qtbot, [_connection(last_sync_at=synced)],
                 [_calendar(1, "Work", linked=True, conflict=True),
                  _calendar(2, "Home", conflict=True), _calendar(3, "Birthdays")])
    assert page.heading.text() == "iCloud connections for Main"
    card = page.cards()[1]
    assert any("anna@icloud.com" in t for t in _texts(card))
    assert card.state.text() == "Connected"
    local = synced.astimezone(FIXED_ZONE)
    assert card.last_sync.text() == f"Last good sync: today {local:%H:%M}" or \
        card.last_sync.text().startswith("Last good sync: yesterday")  # just after midnight
    assert card.error.isHidden()
    assert card.reconnect_button.isHidden()
    assert not card.edit_button.isHidden() and not card.disconnect_button.isHidden()
    in_use = _texts(card.calendars)
    assert "Work (linked)" in in_use and "Home" in in_use
    assert "Birthdays" not in in_use
    assert page.empty.isHidden() and page.no_linked.isHidden()


def test_a_refused_password_shows_the_error_and_offers_reconnect(qtbot: Any) -> None:
    page = _page(qtbot, [_connection(state=ConnectionState.AUTH_FAILED, last_error=REFUSED)])
    card = page.cards()[1]
    assert card.state.text() == "Password no longer accepted"
    assert card.error.text() == REFUSED and not card.error.isHidden()
    assert not card.reconnect_button.isHidden()
    assert card.last_sync.text() == "Last good sync: never"


def test_an_unreachable_server_shows_its_error_but_no_reconnect(qtbot: Any) -> None:
    page = _page(qtbot, [_connection(state=ConnectionState.UNREACHABLE,
                                     last_error="Cannot reach iCloud.",
                                     server_url="https://dav.example.com/")])
    card = page.cards()[1]
    assert card.state.text() == "Cannot reach dav.example.com"  # its server, not iCloud
    assert not card.error.isHidden()
    assert card.reconnect_button.isHidden()
    assert "Server: https://dav.example.com/" in card.last_sync.text()


def test_an_old_error_is_not_shown_once_the_connection_is_ok(qtbot: Any) -> None:
    page = _page(qtbot, [_connection(last_error="Cannot reach iCloud.")])
    card = page.cards()[1]
    assert card.error.isHidden()
    assert "Server:" not in card.last_sync.text()


def test_no_connection_says_how_to_add_one(qtbot: Any) -> None:
    page = _page(qtbot, [])
    assert page.cards() == {}
    assert not page.empty.isHidden()
    assert "Add New" in page.empty.text()
    assert page.no_linked.isHidden()


def test_connected_without_a_linked_calendar_says_nothing_can_be_booked(qtbot: Any) -> None:
    page = _page(qtbot, [_connection()], [_calendar(1, "Work"), _calendar(2, "Home")])
    assert not page.no_linked.isHidden()
    assert "Main" in page.no_linked.text()
    assert "No calendar chosen yet" in " ".join(_texts(page.cards()[1].calendars))


def test_each_card_shows_only_its_own_calendars_and_a_refresh_replaces_cards(
        qtbot: Any) -> None:
    page = _page(qtbot, [_connection(1), _connection(2, apple_id="ben@icloud.com")],
                 [_calendar(1, "Work", 1, linked=True), _calendar(2, "Team", 2, conflict=True)])
    assert set(page.cards()) == {1, 2}
    assert "Team" not in _texts(page.cards()[1].calendars)
    assert "Team" in _texts(page.cards()[2].calendars)
    page.set_connections("Main", [_connection(2, apple_id="ben@icloud.com")], [], FIXED_ZONE)
    assert set(page.cards()) == {2}
    # Connected but with nothing to use: said in one sentence, not "No calendars found
    # yet" under a green "Connected" (issue 21 item 3).
    assert _texts(page.cards()[2].calendars) == [
        "ben@icloud.com on iCloud is connected but has no calendars jumpadesk can use: "
        "iCloud lists none for it; make a calendar there, and it shows here after the "
        "next sync."]
    assert page.cards()[2].state.text() == "No calendars to use"


def test_the_buttons_hand_the_connection_to_the_window(qtbot: Any) -> None:
    refused = _connection(2, ConnectionState.AUTH_FAILED, apple_id="ben@icloud.com",
                          last_error=REFUSED)
    page = _page(qtbot, [_connection(1), refused])
    card = page.cards()[2]
    for button, signal in ((card.reconnect_button, page.reconnect_requested),
                           (card.edit_button, page.edit_calendars_requested),
                           (card.disconnect_button, page.disconnect_requested)):
        with qtbot.waitSignal(signal) as caught:
            button.click()
        assert caught.args == [refused]
    with qtbot.waitSignal(page.add_requested):
        page.add_icloud_action.trigger()


def test_states_in_words() -> None:
    assert state_label(ConnectionState.AUTH_FAILED) == "Password no longer accepted"
    assert state_label("new") == "Not synced yet"
    assert state_label("some_new_state") == "Some new state"
    assert state_phrase(ConnectionState.UNREACHABLE) == "cannot reach iCloud"
    assert state_phrase(ConnectionState.OK) == "connected"
