"""Add New > Other CalDAV Account (issue 14 item 7), against plain Radicale on loopback:
a server address, a user name and a password, worded for the server, no Apple steps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from jumpadesk.service import Desk
from jumpadesk.ui.calendar_picker import CalendarPickerDialog
from jumpadesk.ui.other_server import OtherServerDialog, server_hint
from tests.helpers.window import make_window
from tests.other_servers import RadicaleServer
from tests.ui.conftest import OFFSCREEN_NOISE, SUB

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[RadicaleServer]:
    server = RadicaleServer(tmp_path / "radicale")
    try:
        yield server
    finally:
        server.stop()


def _words(dialog: OtherServerDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def test_the_hint_is_worded_for_the_server_typed() -> None:
    assert "Fastmail" in server_hint("caldav.fastmail.com", "me@fastmail.com")
    assert "on cloud.example.org" in server_hint("https://cloud.example.org/remote.php/dav/")
    assert "Add New > iCloud Calendar" in server_hint("caldav.icloud.com")
    for text in ("caldav.fastmail.com", "127.0.0.1:5232", ""):
        assert "app-specific" not in server_hint(text, "sam")


def test_add_new_other_caldav_account_connects_to_radicale(
    qtbot: Any, desk: Desk, radicale: RadicaleServer, keyring_backend: Any,
) -> None:
    window = make_window(qtbot, desk)
    window.show_settings()
    [action] = [a for a in window.connections_page.add_menu.actions()
                if a.text() == "Other CalDAV Account"]
    action.trigger()
    dialog = window.findChild(OtherServerDialog)
    assert dialog is not None and dialog.isVisible()
    assert "app-specific" not in _words(dialog) and "Apple" not in _words(dialog)

    dialog.server.setText(radicale.url.split("://", 1)[1])  # as typed: host and port
    dialog.user.setText(radicale.user)
    assert "on 127.0.0.1" in dialog.hint.text()
    dialog.password.setText("wrong")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert dialog.error.text().startswith("127.0.0.1 did not accept the user name and password")
    assert "app-specific" not in dialog.error.text() and "iCloud" not in dialog.error.text()
    assert desk.connections(SUB) == []

    dialog.password.setText(radicale.password)
    with qtbot.waitSignal(dialog.connected, timeout=20_000) as connected:
        dialog.connect_button.click()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    [info] = desk.connections(SUB)
    assert info.id == connected.args[0] and info.apple_id == radicale.user
    assert info.server_url == radicale.url
    assert {c.name for c in desk.calendars(SUB)} == {"Work", "Home"}
    assert list(keyring_backend.passwords.values()) == [radicale.password]

    # The next step is the walkthrough's: choose the linked and conflict calendars.
    qtbot.waitUntil(lambda: any(isinstance(w, CalendarPickerDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5000)
    picker = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, CalendarPickerDialog) and w.isVisible())
    picker.reject()


def test_the_menu_offers_other_caldav_accounts(qtbot: Any, desk: Desk) -> None:
    window = make_window(qtbot, desk)
    assert window.add_other_action in window.calendars_menu.actions()
    dialog = window.open_other_server()
    dialog.connect_button.click()  # nothing typed: a sentence, no request
    assert dialog.error.text() == "Enter the server's address."
    dialog.reject()
