"""A new staff member in one step, in the window (issue 20, item 6): Add Sub-account
offers "Use sam@icloud.com, already connected for Main" (read off the GUI thread), in the
business's time zone; ticked, the new staff member is bookable at once, with no password
typed and the keychain as it was; when none of the account's calendars is called
Appointments, Bookings or Work, the calendar picker asks which one takes the bookings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from jumpadesk.demo.seed import load_layout
from jumpadesk.service import Desk
from jumpadesk.ui.calendar_picker import CalendarPickerDialog
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


def _no_booking_calendar(folder: Path) -> Path:
    """An account's calendars, none called Appointments, Bookings or Work."""
    folder.mkdir()
    (folder / "layout.json").write_text(json.dumps({"calendars": [
        {"slug": "home", "name": "Home", "order": 1},
        {"slug": "salon", "name": "Salon Chair", "order": 2},
        {"slug": "family", "name": "Family", "order": 3}]}), encoding="utf-8")
    return folder


def test_an_account_with_no_calendar_named_for_bookings_asks_which_one_takes_them(
    qtbot: Any, desk: Desk, tmp_path: Path, keyring_backend: MemoryKeyring,
) -> None:
    """Alex uses Main's account, whose calendars are Home, Salon Chair and Family: none
    is chosen silently to take Alex's bookings; the calendar picker asks, for Alex, and
    once a calendar is saved Alex is bookable."""
    layout = load_layout(_no_booking_calendar(tmp_path / "layout"))
    with IcloudServer(tmp_path / "shop", layout=layout) as shop:
        desk.connect("Main", shop.apple_id, shop.password, shop.url)
        desk.configure("Main", "Home", ["Family"])
        assert desk.sync("Main").ok
        keychain = dict(keyring_backend.passwords)
        window = make_window(qtbot, desk)

        def tick_and_accept() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, SubAccountDialog) or not dialog.uses:
                QTimer.singleShot(20, tick_and_accept)
                return
            dialog.uses[0][0].setChecked(True)
            dialog.name.setText("Alex")
            dialog.accept()

        QTimer.singleShot(0, tick_and_accept)
        window.switcher.add_action.trigger()
        settled(qtbot, window)
        assert window.sub_name == "Alex"
        assert not window.statusBar().currentMessage().startswith("Alex uses")
        pickers = [p for p in window.findChildren(CalendarPickerDialog) if p.isVisible()]
        assert len(pickers) == 1
        [picker] = pickers
        assert picker.windowTitle() == "Calendars for Alex"
        qtbot.waitUntil(lambda: not picker.busy, timeout=20_000)
        assert {r.calendar.name for r in picker.picker.rows()} >= {"Home", "Salon Chair"}
        assert picker.picker.linked_calendar() is None  # asked, not guessed
        assert [c.name for c in desk.calendars("Alex") if c.linked] == []

        picker.picker.row("Salon Chair").linked.setChecked(True)
        with qtbot.waitSignal(picker.accepted, timeout=20_000):
            picker.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        settled(qtbot, window)
        assert [c.name for c in desk.calendars("Alex") if c.linked] == ["Salon Chair"]
        assert desk.sync("Alex").ok
        booked = desk.book("Alex", week_day(2, "12:00"), week_day(2, "13:00"), "Colour",
                           "Eva Roth")
        assert "Eva Roth" in (shop.get_event("Salon Chair", booked.href) or "")
        assert keyring_backend.passwords == keychain
