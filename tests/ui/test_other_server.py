"""Add New > Other CalDAV Account (issue 14 item 7), against plain Radicale on loopback:
a server address, a user name and a password, worded for the server, no Apple steps."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QStyleOptionFrame

from jumpadesk.demo.seed import home_path
from jumpadesk.demo.server import DAVRequester, LocalAccount
from jumpadesk.service import Desk
from jumpadesk.ui.calendar_picker import CalendarPickerDialog
from jumpadesk.ui.other_server import OtherServerDialog, server_hint
from tests.helpers.cli import jd
from tests.helpers.window import make_window
from tests.icloud_server import IcloudServer
from tests.local_server import CalDAVTestServer
from tests.other_servers import RadicaleServer
from tests.ui.conftest import OFFSCREEN_NOISE, SUB

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
ROOT = Path(__file__).resolve().parents[2]


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


def test_a_second_account_s_calendars_block_time_as_suggested(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer, radicale: RadicaleServer,
    keyring_backend: Any,
) -> None:
    """Beside an iCloud account already chosen, the calendars of an account added with
    Other CalDAV Account come up ticked in Blocks time (as the walkthrough suggests them),
    so Save makes their busy time block bookings; before, they came up unticked and a
    Save left them blocking nothing (seen in the screenshot of the calendar choice)."""
    desk = connected_desk
    window = make_window(qtbot, desk)
    dialog = window.accounts.open_other_server()
    dialog.server.setText(radicale.url)
    dialog.user.setText(radicale.user)
    dialog.password.setText(radicale.password)
    with qtbot.waitSignal(dialog.connected, timeout=20_000):
        dialog.connect_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, CalendarPickerDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5000)
    picker = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, CalendarPickerDialog) and w.isVisible())
    blocking = {(c.name, c.account) for c in picker.picker.conflict_calendars()}
    assert {("Work", radicale.user), ("Home", radicale.user)} <= blocking
    assert picker.picker.linked_calendar().name == "Work"  # the iCloud one, as before
    assert picker.picker.linked_calendar().account != radicale.user
    with qtbot.waitSignal(picker.accepted, timeout=10_000):  # saved on a worker
        picker.accept()
    chosen = {(c.name, c.account) for c in desk.calendars(SUB) if c.conflict}
    assert {("Work", radicale.user), ("Home", radicale.user)} <= chosen
    assert {("Home", icloud.apple_id), ("Family", icloud.apple_id)} <= chosen  # kept


def test_the_menu_offers_other_caldav_accounts(qtbot: Any, desk: Desk) -> None:
    window = make_window(qtbot, desk)
    assert window.menus.add_other_action in window.menus.calendars_menu.actions()
    dialog = window.accounts.open_other_server()
    dialog.connect_button.click()  # nothing typed: a sentence, no request
    assert dialog.error.text() == "Enter the server's address."
    dialog.reject()


def _closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (a connection there is refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_enter_in_a_field_connects(
    qtbot: Any, desk: Desk, radicale: RadicaleServer, keyring_backend: Any,
) -> None:
    window = make_window(qtbot, desk)
    dialog = window.accounts.open_other_server()
    assert dialog.connect_button.isDefault()
    dialog.server.setText(radicale.url)
    dialog.user.setText(radicale.user)
    dialog.password.setText(radicale.password)
    dialog.password.setFocus()
    with qtbot.waitSignal(dialog.connected, timeout=20_000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [c.apple_id for c in desk.connections(SUB)] == [radicale.user]
    qtbot.waitUntil(lambda: any(isinstance(w, CalendarPickerDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20_000)
    picker = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, CalendarPickerDialog) and w.isVisible())
    picker.reject()


def test_the_server_example_shows_whole(qtbot: Any, desk: Desk) -> None:
    """The grey example in the empty Server field ("caldav.fastmail.com, or https://..."):
    all of it fits, not cut off at "remote.php/re" (seen in the 1280x820 screenshot)."""
    window = make_window(qtbot, desk)
    dialog = window.accounts.open_other_server()
    qtbot.waitExposed(dialog)
    field = dialog.server
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    room = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option,
                                        field).width()
    margins = field.textMargins()
    room -= margins.left() + margins.right() + 2 * 2  # Qt's own 2 px either side
    assert field.fontMetrics().horizontalAdvance(field.placeholderText()) <= room


def test_a_refusal_grows_the_dialog_and_the_fields_keep_their_height(
    qtbot: Any, desk: Desk,
) -> None:
    window = make_window(qtbot, desk)
    dialog = window.accounts.open_other_server()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.server.setText(f"127.0.0.1:{_closed_port()}")  # a wrong port: refused
    dialog.user.setText("sam")
    dialog.password.setText("server-password-1")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog.is_busy, timeout=30_000)
    error = dialog.error
    assert "127.0.0.1" in error.text()
    assert dialog.height() > before
    qtbot.waitUntil(lambda: error.height() >= error.heightForWidth(error.width()))
    assert dialog.rect().contains(error.geometry())
    for field in (dialog.server, dialog.user, dialog.password):
        assert field.height() >= field.sizeHint().height()


@pytest.mark.parametrize("scale", [1, 2])
def test_a_refusal_shows_whole_on_a_1024_by_700_screen(tmp_path: Path, scale: int) -> None:
    """On its own process's screen: 1024×700 logical pixels, at 1× and at 2×."""
    screens = tmp_path / "screen.json"
    screens.write_text(json.dumps({"screens": [{
        "name": "desk", "x": 0, "y": 0, "width": 1024 * scale, "height": 700 * scale,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update({"QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
                "QT_SCALE_FACTOR": str(scale), "JUMPADESK_HOME": str(tmp_path / "home"),
                "PYTHONPATH": str(ROOT),
                # No keychain: the dialog also asks where the password stays (its tallest).
                "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"})
    done = subprocess.run([sys.executable, "-m", "tests.ui.other_server_probe",
                           str(_closed_port())], capture_output=True, text=True, env=env,
                          timeout=120, cwd=ROOT, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["screen"] == [1024, 700] and seen["pixel_ratio"] == scale
    assert seen["visible"] and seen["choice_shown"] and "127.0.0.1" in seen["sentence"]
    assert seen["error_height"] >= seen["error_needs"] and seen["error_inside"]
    assert all(height >= needs for height, needs in seen["fields"]), seen["fields"]
    assert seen["dialog"][0] <= 1024 and seen["dialog"][1] <= 700


TASKS_ONLY, NOTHING = "tess", "nina"


@pytest.fixture
def sparse(tmp_path: Path) -> Iterator[CalDAVTestServer]:
    """A second Radicale whose accounts connect but have nothing to block time with:
    `tess` has only a task list (made as a to-do app makes one), `nina` no calendar."""
    server = CalDAVTestServer(tmp_path / "sparse", [LocalAccount(TASKS_ONLY, "pw-tess"),
                                                    LocalAccount(NOTHING, "pw-nina")])
    server.start()
    phone = DAVRequester(server.wsgi_app, TASKS_ONLY, "pw-tess")
    made = phone.request(
        "MKCALENDAR", f"{home_path(TASKS_ONLY)}chores/",
        '<?xml version="1.0" encoding="utf-8"?>'
        '<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
        "<D:set><D:prop><D:displayname>Chores</D:displayname>"
        '<C:supported-calendar-component-set><C:comp name="VTODO"/>'
        "</C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>",
        {"Content-Type": "application/xml; charset=utf-8"})
    assert made.status == 201, made.text
    try:
        yield server
    finally:
        server.stop()


def test_an_account_with_only_a_task_list_says_so_and_the_picker_lists_it(
    qtbot: Any, desk: Desk, radicale: RadicaleServer, sparse: CalDAVTestServer,
) -> None:
    desk.connect(SUB, radicale.user, radicale.password, radicale.url)
    window = make_window(qtbot, desk)
    dialog = window.accounts.open_other_server()
    dialog.server.setText(sparse.url)
    dialog.user.setText(TASKS_ONLY)
    dialog.password.setText("pw-tess")
    with qtbot.waitSignal(dialog.connected, timeout=20_000):
        dialog.connect_button.click()
    sentence = (f"{TASKS_ONLY} on 127.0.0.1 is connected but has no calendars jumpadesk "
                "can use: it has only task lists, which hold tasks, not events.")
    # The calendar choice that follows lists this account too, not only sam's calendars.
    qtbot.waitUntil(lambda: any(isinstance(w, CalendarPickerDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5000)
    picker = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, CalendarPickerDialog) and w.isVisible())
    assert picker.picker.notes() == [sentence]
    assert {r.calendar.name for r in picker.picker.rows()} == {"Work", "Home", "Chores"}
    note = picker.findChild(QLabel, "accountNote")
    assert note is not None and note.isVisible() and note.text() == sentence
    picker.reject()
    # Its card says the same, under no green "Connected".
    window.show_settings()
    [card] = [c for c in window.connections_page.cards().values()
              if c.info.apple_id == TASKS_ONLY]
    assert card.state.text() == "No calendars to use"
    assert card.findChild(QLabel, "noUsableCalendars").text() == sentence
    assert "No calendars found yet" not in _words_of(card)


def _words_of(widget: Any) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def test_an_account_without_calendars_says_so_on_the_command_line(
    sparse: CalDAVTestServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("JUMPADESK_PASSWORD", "pw-nina")
    code, out, err = jd(capsys, "connect", "--user", NOTHING, "--server", sparse.url)
    assert (code, err) == (0, "")
    assert out == (f"{NOTHING} on 127.0.0.1 is connected but has no calendars jumpadesk can "
                   "use: 127.0.0.1 lists none for it; make a calendar there, and it shows "
                   "here after the next sync.\n")


def test_the_window_names_the_server_from_the_connections_it_read(
    qtbot: Any, desk: Desk, radicale: RadicaleServer, keyring_backend: Any,
) -> None:
    """With only a Radicale account, the window's questions and sentences name
    127.0.0.1, not iCloud (issue 21 item 4), from the connections it read on a worker."""
    from jumpadesk.ui.booking_dialog import BookingRequest
    from tests.helpers.window import Answers, shown
    from tests.icloud_server import FIXED_WEEK, week_day

    desk.connect(SUB, radicale.user, radicale.password, radicale.url)
    desk.configure(SUB, "Work", ["Home"])
    assert desk.sync(SUB).ok
    answers = Answers()
    window = make_window(qtbot, desk, ask=answers)
    window.show_week(FIXED_WEEK)
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        window.booking.submit_booking(BookingRequest("appointment", week_day(0, "10:00"),
                                             week_day(0, "11:00"), "Massage",
                                             name="Jana Weber"))
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        window.booking.cancel_appointment(shown(window, "appointment", "Massage"))
    title, question = answers.asked[-1]
    assert question.endswith("It is removed from its calendar in 127.0.0.1 too."), question
    answers.yes = False
    [info] = window.connections.connections
    window.accounts.disconnect_connection(info)
    title, question = answers.asked[-1]
    assert title == "Disconnect 127.0.0.1 account?"
    assert "forgets its password" in question and "iCloud" not in question
