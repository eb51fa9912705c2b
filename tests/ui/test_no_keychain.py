"""The window on a computer without a keychain (issue 21 item 6): before connecting it
says so and offers the choice (until jumpadesk quits, or a file only the person can
read, the trade-off said); a file keeps the password at 0600 for a fresh Desk and a
new process; memory says so, and the next start asks for the password again saying
why. Keychains: one that refuses to store (tests/refusing_keyring.py) and keyring's
null backend, installed with keyring.set_keyring; servers: Radicale and the iCloud-like
one, real, on loopback."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import null
from PySide6.QtWidgets import QApplication, QLabel

from jumpadesk import secrets
from jumpadesk.service import Desk
from jumpadesk.ui.calendar_picker import CalendarPickerDialog
from jumpadesk.ui.other_server import OtherServerDialog
from jumpadesk.ui.password_keeping import IN_A_FILE_NOTE, NO_KEYCHAIN, UNTIL_QUIT_NOTE
from jumpadesk.ui.wizard import ConnectWizard
from tests.concurrency.procs import DeskProcesses
from tests.helpers.window import make_window, start
from tests.icloud_server import IcloudServer
from tests.other_servers import RadicaleServer
from tests.refusing_keyring import RefusingKeyring
from tests.ui.conftest import OFFSCREEN_NOISE, SUB

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[RadicaleServer]:
    server = RadicaleServer(tmp_path / "radicale")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def a_fresh_run() -> Iterator[None]:
    """Passwords kept until quit belong to one run: none left over between tests."""
    secrets.forget_this_run()
    yield
    secrets.forget_this_run()


def _words(widget: Any) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def _holders(folder: Path, secret: str) -> list[str]:
    return sorted(p.name for p in folder.rglob("*")
                  if p.is_file() and secret.encode() in p.read_bytes())


def _close_the_picker(qtbot: Any) -> None:
    """Close the calendar picker that follows a connect (it opens once the window has
    read the new connection, off the GUI thread)."""
    qtbot.waitUntil(lambda: any(isinstance(w, CalendarPickerDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20_000)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, CalendarPickerDialog) and widget.isVisible():
            widget.reject()


def _the_choice_appears(qtbot: Any, dialog: OtherServerDialog) -> None:
    qtbot.waitUntil(lambda: dialog.keeping.isVisible(), timeout=10_000)
    words = _words(dialog)
    assert NO_KEYCHAIN in words and UNTIL_QUIT_NOTE in words and IN_A_FILE_NOTE in words
    assert "anyone who can read your files as you could read it" in words.lower()


def test_a_file_only_the_person_can_read_keeps_it_for_a_fresh_desk_and_a_new_process(
    qtbot: Any, desk: Desk, radicale: RadicaleServer, jumpadesk_home: Path, tmp_path: Path,
) -> None:
    keyring.set_keyring(RefusingKeyring())
    window = make_window(qtbot, desk)
    dialog = window.accounts.open_other_server()
    _the_choice_appears(qtbot, dialog)
    dialog.server.setText(radicale.url)
    dialog.user.setText(radicale.user)
    dialog.password.setText(radicale.password)
    dialog.connect_button.click()  # nothing chosen yet: nothing happens but a sentence
    assert dialog.error.text() == "Choose where jumpadesk keeps the password, then press Connect."
    assert not dialog.is_busy and desk.connections(SUB) == []

    dialog.keeping.in_a_file.setChecked(True)
    with qtbot.waitSignal(dialog.connected, timeout=20_000):
        dialog.connect_button.click()
    _close_the_picker(qtbot)
    assert "kept in a file in jumpadesk's data folder that only you can read" in (
        window.statusBar().currentMessage())
    kept = jumpadesk_home / "passwords.json"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(jumpadesk_home.stat().st_mode) == 0o700
    assert _holders(jumpadesk_home, radicale.password) == ["passwords.json"]

    desk.configure(SUB, "Work", ["Home"])
    assert Desk().sync(SUB).ok  # a fresh Desk finds it
    cli = DeskProcesses(tmp_path / "cli", home=jumpadesk_home)
    cli.env["PYTHON_KEYRING_BACKEND"] = "tests.refusing_keyring.RefusingKeyring"
    synced = cli.run("sync")  # and so does a new process
    assert synced.returncode == 0, synced.stderr


def test_until_quit_says_so_and_the_next_start_asks_again_saying_why(
    qtbot: Any, desk: Desk, radicale: RadicaleServer, jumpadesk_home: Path,
) -> None:
    keyring.set_keyring(null.Keyring())
    window = make_window(qtbot, desk)
    dialog = window.accounts.open_other_server()
    _the_choice_appears(qtbot, dialog)
    dialog.server.setText(radicale.url)
    dialog.user.setText(radicale.user)
    dialog.password.setText(radicale.password)
    dialog.keeping.until_quit.setChecked(True)
    with qtbot.waitSignal(dialog.connected, timeout=20_000):
        dialog.connect_button.click()
    _close_the_picker(qtbot)
    said = window.statusBar().currentMessage()
    assert said == (f"The password for {radicale.user} on 127.0.0.1 is kept until jumpadesk "
                    "quits; jumpadesk asks for it again at the next start.")
    assert _holders(jumpadesk_home, radicale.password) == []
    desk.configure(SUB, "Work", ["Home"])
    assert desk.sync(SUB).ok  # for the rest of this run, it is there

    secrets.forget_this_run()  # jumpadesk quit
    why = (f"The password for {radicale.user} on 127.0.0.1 was kept only until jumpadesk "
           "quit, as chosen when it was connected, because this computer has no keychain. "
           "Enter it again to sync this account.")
    again = Desk()
    report = again.sync(SUB)
    assert report.failures() == [f"{radicale.user}: {why}"]
    assert "keychain any more" not in " ".join(report.failures())

    window2 = make_window(qtbot, again)
    start(qtbot, window2)
    asked = window2.accounts.other_server_dialog
    assert isinstance(asked, OtherServerDialog) and asked.isVisible()
    assert asked.intro.text() == why
    assert (asked.server.text(), asked.user.text()) == (radicale.url, radicale.user)
    _the_choice_appears(qtbot, asked)  # still no keychain: asked where, again
    asked.password.setText(radicale.password)
    asked.keeping.in_a_file.setChecked(True)
    with qtbot.waitSignal(asked.connected, timeout=20_000):
        asked.connect_button.click()
    _close_the_picker(qtbot)
    assert again.sync(SUB).ok


def test_the_walkthrough_asks_where_the_password_stays_before_connecting(
    qtbot: Any, desk: Desk, icloud: IcloudServer, jumpadesk_home: Path,
) -> None:
    keyring.set_keyring(RefusingKeyring())
    window = make_window(qtbot, desk)
    wizard = window.open_wizard()
    assert isinstance(wizard, ConnectWizard)
    wizard.setStartId(ConnectWizard.PAGE_CONNECT)
    wizard.restart()
    page = wizard.connect_page
    qtbot.waitUntil(lambda: page.keeping.isVisible(), timeout=10_000)
    assert NO_KEYCHAIN in _words(page)
    page.apple_id.setText(icloud.apple_id)
    page.password.setText(icloud.password)
    page.server.setText(icloud.url)
    icloud.reset_requests()
    page.start_connect()
    assert page.error.text() == "Choose where jumpadesk keeps the password, then press Connect."
    assert icloud.request_count() == 0
    page.keeping.until_quit.setChecked(True)
    with qtbot.waitSignal(wizard.connected, timeout=20_000):
        page.start_connect()
    assert page.success.text().endswith(
        f"The password for {icloud.apple_id} on iCloud is kept until jumpadesk quits; "
        "jumpadesk asks for it again at the next start.")
    assert _holders(jumpadesk_home, icloud.password) == []
    wizard.reject()


def test_with_a_keychain_there_is_nothing_to_choose(qtbot: Any, desk: Desk) -> None:
    window = make_window(qtbot, desk)  # the tests' keychain keeps what it is given
    dialog = window.accounts.open_other_server()
    qtbot.waitUntil(lambda: not dialog.keeping.is_checking, timeout=10_000)
    assert dialog.keeping.isHidden() and NO_KEYCHAIN not in _words(dialog)
    dialog.reject()
