"""The sub-account switcher: it lists what the store holds, makes one only by Add, and
holds the one on screen by its id, so a rename at another desk (a real `jumpadesk`
process on the same store) is followed and a removal is said, never undone by making
the old name again. On SQLite and on a shared PostgreSQL store."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from jumpadesk.errors import UnknownSubAccount
from jumpadesk.service import Desk
from jumpadesk.ui.app import open_window
from jumpadesk.ui.main_window import MainWindow
from jumpadesk.ui.sub_accounts import SubAccountDialog
from tests.concurrency.procs import DeskProcesses
from tests.conftest import store_kinds
from tests.helpers.window import settled
from tests.icloud_server import FIXED_ZONE
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
both_stores = pytest.mark.parametrize("store_kind", store_kinds())


def make_window(qtbot: Any, desk: Desk) -> MainWindow:
    first = desk.sub_account_ref(None)  # named before the window, as the launcher does
    window = MainWindow(desk, sub_account=first, auto_sync=False, ask=lambda *_: True)
    qtbot.addWidget(window)
    window.show()
    settled(qtbot, window)
    return window


def names(desk: Desk) -> list[str]:
    return [s.name for s in desk.sub_accounts()]


def another_desk(jumpadesk_home: Path, tmp_path: Path) -> DeskProcesses:
    """`jumpadesk` commands in their own processes, on this test's store."""
    return DeskProcesses(tmp_path / "other-desk", home=jumpadesk_home,
                         database_url=os.environ.get("JUMPADESK_DATABASE_URL"))


def test_a_window_on_a_name_the_store_does_not_have_is_refused_and_makes_nothing(
    qtbot: Any, desk: Desk,
) -> None:
    with pytest.raises(UnknownSubAccount, match="no sub-account named 'Tpyo'; there are: Main"):
        open_window(desk, sub_account="Tpyo")  # as `jumpadesk --sub-account Tpyo` does
    assert names(desk) == ["Main"]


def test_the_window_opens_on_the_businesss_first_sub_account_not_the_first_by_name(
    qtbot: Any, desk: Desk,
) -> None:
    """One rule for "the first sub-account" (Main, unless renamed): the window the
    launcher opens without --sub-account shows Main, not Anna, who sorts before it."""
    desk.add_sub_account("Anna", "Europe/Lisbon")
    window = open_window(desk)
    qtbot.addWidget(window)
    settled(qtbot, window)
    assert window.sub_name == "Main" and window.switcher.combo.currentText() == "Main"
    window.shutdown()


def test_add_is_the_one_way_in_and_starts_in_the_first_sub_accounts_zone(
    qtbot: Any, desk: Desk,
) -> None:
    window = make_window(qtbot, desk)
    assert window.switcher.names() == ["Main"]
    seen: list[str] = []

    def fill_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SubAccountDialog):
            QTimer.singleShot(20, fill_and_accept)
            return
        seen.append(dialog.zone.currentText())
        dialog.name.setText("Downtown")
        dialog.accept()

    QTimer.singleShot(0, fill_and_accept)
    window.switcher.add_action.trigger()  # the dialog runs its own loop until accepted
    assert seen == [FIXED_ZONE.key]  # Main's zone, not the computer's (UTC here)
    assert window.sub_name == "Downtown" and window.switcher.names() == ["Downtown", "Main"]
    assert window.tz == FIXED_ZONE
    assert names(desk) == ["Downtown", "Main"]


@both_stores
def test_a_rename_at_another_desk_is_followed_and_the_old_name_is_not_made_again(
    qtbot: Any, desk: Desk, jumpadesk_home: Path, tmp_path: Path, store_kind: str,
) -> None:
    window = make_window(qtbot, desk)
    window.live.start()
    try:
        done = another_desk(jumpadesk_home, tmp_path).run(
            "sub-accounts", "rename", "Main", "Front room")
        assert done.returncode == 0, done.stderr
        qtbot.waitUntil(lambda: window.sub_name == "Front room", timeout=10_000)
        assert window.windowTitle().startswith("Front room")
        assert window.switcher.names() == ["Front room"]
        assert "Main is now called Front room" in window.statusBar().currentMessage()
        # The window keeps working on it, under its new name; "Main" is not made again.
        window.reload()
        assert window.switcher.combo.currentText() == "Front room"
        assert names(desk) == ["Front room"]
    finally:
        window.live.stop()


@both_stores
def test_a_sub_account_removed_at_another_desk_is_said_gone_and_not_made_again(
    qtbot: Any, desk: Desk, jumpadesk_home: Path, tmp_path: Path, store_kind: str,
) -> None:
    desk.add_sub_account("Salon B", "Europe/Berlin")
    window = make_window(qtbot, desk)
    window.switcher.combo.setCurrentText("Salon B")
    assert window.sub_name == "Salon B"
    settled(qtbot, window)
    window.live.start()
    try:
        with qtbot.waitSignal(window.sub_account_gone, timeout=10_000) as gone:
            done = another_desk(jumpadesk_home, tmp_path).run(
                "sub-accounts", "remove", "Salon B")
            assert done.returncode == 0, done.stderr
        assert gone.args == ["Salon B was removed (at another desk or from the command "
                             "line), so this window shows Main now."]
        assert window.sub_name == "Main" and window.switcher.names() == ["Main"]
        window.reload()
        assert names(desk) == ["Main"]
    finally:
        window.live.stop()
