"""A new staff member in one step, in the window (issue 20, item 6): Add Sub-account
offers "Use sam@icloud.com, already connected for Main" (read off the GUI thread), in the
business's time zone; ticked, the new staff member is bookable at once, with no password
typed and the keychain as it was."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from jumpadesk.service import Desk
from jumpadesk.ui.sub_accounts import SubAccountDialog
from tests.conftest import MemoryKeyring
from tests.helpers.window import book_through_dialog, make_window, settled
from tests.icloud_server import FIXED_WEEK, FIXED_ZONE, IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_add_with_mains_account_ticked_then_book_for_the_new_staff_member(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer, keyring_backend: MemoryKeyring,
) -> None:
    keychain = dict(keyring_backend.passwords)
    window = make_window(qtbot, connected_desk)
    seen: list[tuple[str, list[str]]] = []

    tries: list[int] = []

    def tick_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        tries.append(1)
        if isinstance(dialog, SubAccountDialog) and len(tries) > 500:  # 10 s: none came
            dialog.reject()
            return
        if not isinstance(dialog, SubAccountDialog) or not getattr(dialog, "uses", None):
            QTimer.singleShot(20, tick_and_accept)
            return
        seen.append((dialog.zone.currentText(), [box.text() for box, _ in dialog.uses]))
        dialog.uses[0][0].setChecked(True)
        dialog.name.setText("Alex")
        dialog.accept()

    QTimer.singleShot(0, tick_and_accept)
    window.switcher.add_action.trigger()  # the dialog runs its own loop until accepted
    settled(qtbot, window)
    assert seen == [(FIXED_ZONE.key, [f"Use {icloud.apple_id}, already connected for Main"])]
    assert window.sub_name == "Alex" and window.tz == FIXED_ZONE
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Alex uses {icloud.apple_id} with no password asked again: "
                           "bookings go to Work")

    window.show_week(FIXED_WEEK)
    settled(qtbot, window)
    with qtbot.waitSignal(window.booking_done, timeout=30_000) as done:
        book_through_dialog(qtbot, window, week_day(2, "12:00"), week_day(2, "13:00"),
                            "Beard trim", guest="Sam Lee")
    assert done.args[0].sub_account_id == connected_desk.sub_account("Alex").id
    assert any("Beard trim" in (icloud.get_event("Work", href) or "")
               for href in icloud.hrefs("Work"))
    assert keyring_backend.passwords == keychain
