"""Disconnect says where the password really was (review of issue 21 item 6): the
keychain, jumpadesk's private file, or memory until jumpadesk quits, never "keychain" for
a password that was never there; the window and the command line in one sentence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from jumpadesk import secrets
from jumpadesk.kinds import PasswordKeeping
from jumpadesk.service import Desk
from tests.helpers.window import Answers, make_window
from tests.icloud_server import IcloudServer
from tests.ui.conftest import OFFSCREEN_NOISE, SUB

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def a_fresh_run() -> Iterator[None]:
    secrets.forget_this_run()
    yield
    secrets.forget_this_run()


def _disconnect(qtbot: Any, desk: Desk) -> str:
    window = make_window(qtbot, desk, ask=Answers())
    (card,) = window.connections_page.cards().values()
    with qtbot.waitSignal(window.connections_reloaded, timeout=20_000):
        card.disconnect_button.click()
    return window.statusBar().currentMessage()


def test_an_account_another_sub_account_keeps_says_its_password_stays_in_the_private_file(
    qtbot: Any, desk: Desk, icloud: IcloudServer, keyring_backend: Any
) -> None:
    desk.add_sub_account("Anna", "Europe/Berlin")
    for sub in (SUB, "Anna"):
        desk.connect(sub, icloud.apple_id, icloud.password, icloud.url,
                     keeping=PasswordKeeping.FILE)
    said = _disconnect(qtbot, desk)
    assert said == (f"Main no longer uses {icloud.apple_id}; other sub-accounts still do, "
                    "so its password stays in jumpadesk's private password file.")
    assert secrets.get_password(icloud.url, icloud.apple_id) == icloud.password
    assert keyring_backend.passwords == {}


def test_the_last_user_disconnecting_says_the_password_kept_until_quit_is_gone(
    qtbot: Any, desk: Desk, icloud: IcloudServer, keyring_backend: Any
) -> None:
    desk.connect(SUB, icloud.apple_id, icloud.password, icloud.url,
                 keeping=PasswordKeeping.THIS_RUN)
    said = _disconnect(qtbot, desk)
    assert said == (f"Disconnected {icloud.apple_id}: password kept until jumpadesk quits "
                    "and cached events removed.")
    assert secrets.get_password(icloud.url, icloud.apple_id) is None
