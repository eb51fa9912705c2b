"""The connect walkthrough end to end, against the iCloud-like server on loopback."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWizard

from jumpadesk.config import DEFAULT_SERVER_URL
from jumpadesk.service import Desk
from jumpadesk.ui.calendar_picker import suggested_choice
from jumpadesk.ui.tasks import live_tasks
from jumpadesk.ui.wizard import (
    APPLE_ACCOUNT_URL,
    ConnectWizard,
    Prefill,
    clean_password,
    password_hint,
)
from tests.icloud_server import IcloudServer
from tests.ui.conftest import SUB, Gate, UrlRecorder


def make_wizard(qtbot: Any, desk: Desk, **kwargs: Any) -> ConnectWizard:
    wizard = ConnectWizard(desk, SUB, **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_button(wizard: ConnectWizard) -> Any:
    return wizard.button(QWizard.WizardButton.NextButton)


def to_connect_page(qtbot: Any, wizard: ConnectWizard) -> None:
    next_button(wizard).click()
    next_button(wizard).click()
    assert wizard.currentId() == ConnectWizard.PAGE_CONNECT


def fill(wizard: ConnectWizard, icloud: IcloudServer, password: str) -> None:
    page = wizard.connect_page
    page.apple_id.setText(icloud.apple_id)
    page.password.setText(password)
    page._on_other_server_clicked()
    page.server.setText(icloud.url)


def test_pages_come_in_order_and_the_apple_site_button_asks_for_the_right_url(
    qtbot: Any, desk: Desk, opened_urls: UrlRecorder
) -> None:
    wizard = make_wizard(qtbot, desk, open_url=opened_urls)
    assert wizard.currentId() == ConnectWizard.PAGE_INTRO
    intro = " ".join(label.text() for label in wizard.intro_page.findChildren(QLabel))
    assert "two-factor authentication" in intro
    assert "read-only access" in intro
    next_button(wizard).click()
    assert wizard.currentId() == ConnectWizard.PAGE_PASSWORD
    qtbot.mouseClick(wizard.password_page.open_button, Qt.MouseButton.LeftButton)
    assert opened_urls.urls == [APPLE_ACCOUNT_URL]
    next_button(wizard).click()
    assert wizard.currentId() == ConnectWizard.PAGE_CONNECT
    assert next_button(wizard).text() == "Connect"
    assert not next_button(wizard).isEnabled()  # nothing typed yet


def test_password_field_is_masked_with_a_show_toggle_and_a_gentle_hint(
    qtbot: Any, desk: Desk
) -> None:
    wizard = make_wizard(qtbot, desk)
    page = wizard.connect_page
    assert page.password.echoMode() == QLineEdit.EchoMode.Password
    assert page.password.placeholderText() == "xxxx-xxxx-xxxx-xxxx"
    page.show_password.click()
    assert page.password.echoMode() == QLineEdit.EchoMode.Normal
    page.show_password.click()
    assert page.password.echoMode() == QLineEdit.EchoMode.Password
    # The iCloud server is the default and stays out of the way.
    assert page.server.text() == DEFAULT_SERVER_URL
    assert not page.form.isRowVisible(page.server)
    assert password_hint("abcd-efgh-ijkl-mnop") == ""
    assert "app-specific" in password_hint("MyApplePassword1")
    assert clean_password(" abcd-efgh\n-ijkl-mnop ") == "abcd-efgh-ijkl-mnop"


def test_pasted_password_loses_its_spaces(qtbot: Any, desk: Desk) -> None:
    wizard = make_wizard(qtbot, desk)
    page = wizard.connect_page
    QGuiApplication.clipboard().setText("  abcd-efgh-ijkl-mnop \n")
    page.password.paste()
    assert page.password.text() == "abcd-efgh-ijkl-mnop"


def test_wrong_password_shows_the_sentence_inline_and_stays(
    qtbot: Any, desk: Desk, icloud: IcloudServer
) -> None:
    wizard = make_wizard(qtbot, desk)
    to_connect_page(qtbot, wizard)
    fill(wizard, icloud, "my-apple-id-password")
    page = wizard.connect_page
    next_button(wizard).click()  # "Connect"
    assert page.busy.isVisible()
    assert not next_button(wizard).isEnabled()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=10_000)
    assert "app-specific password" in page.error.text()
    assert not page.busy.isVisible()
    assert wizard.currentId() == ConnectWizard.PAGE_CONNECT
    assert next_button(wizard).isEnabled()  # try again
    assert desk.connections(SUB) == []


def test_right_password_lists_calendars_and_saves_the_choice(
    qtbot: Any, desk: Desk, icloud: IcloudServer, keyring_backend: Any
) -> None:
    wizard = make_wizard(qtbot, desk)
    to_connect_page(qtbot, wizard)
    fill(wizard, icloud, f"  {icloud.password} ")
    with qtbot.waitSignal(wizard.connected, timeout=10_000):
        next_button(wizard).click()
    qtbot.waitUntil(lambda: wizard.currentId() == ConnectWizard.PAGE_CONFIGURE)
    assert len(keyring_backend.passwords) == 1

    picker = wizard.configure_page.picker
    names = [r.calendar.name for r in picker.rows()]
    assert names == ["Home", "Work", "Family", "Reminders", "US Holidays"]
    # The linked radio only on writable calendars.
    assert picker.row("Home").linked.isEnabled()
    assert picker.row("Work").linked.isEnabled()
    assert not picker.row("Family").linked.isEnabled()
    assert picker.row("Family").conflict.isEnabled()
    assert "read-only" in picker.row("Family").reason.text()
    # Reminders and the subscribed calendar: greyed out, with the reason.
    for name, why in (("Reminders", "tasks"), ("US Holidays", "subscribed calendar")):
        row = picker.row(name)
        assert not row.linked.isEnabled()
        assert not row.conflict.isEnabled()
        assert not row.conflict.isChecked()
        assert not row.name.isEnabled()
        assert why in row.reason.text()
        assert row.reason.isVisible()
    # Defaults: the calendar named for work takes the bookings (not the first writable
    # one, Home), every event calendar blocks.
    assert picker.linked_calendar().name == "Work"
    assert {c.name for c in picker.conflict_calendars()} == {"Home", "Work", "Family"}
    # The linked calendar always blocks: its checkbox is held on.
    assert not picker.row("Work").conflict.isEnabled()

    picker.row("Home").linked.click()
    assert picker.row("Home").conflict.isChecked()
    picker.row("Work").linked.click()
    picker.row("Home").conflict.click()
    assert picker.linked_calendar().name == "Work"
    assert {c.name for c in picker.conflict_calendars()} == {"Work", "Family"}
    with qtbot.waitSignal(wizard.configured):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    chosen = {c.name: (c.linked, c.conflict) for c in desk.calendars(SUB)}
    assert chosen["Work"] == (True, True)
    assert chosen["Family"] == (False, True)
    assert chosen["Home"] == (False, False)


def test_connect_can_be_cancelled_while_the_server_is_slow(
    qtbot: Any, jumpadesk_home: Any, icloud: IcloudServer, gate: Gate, keyring_backend: Any
) -> None:
    desk = Desk(client_factory=gate.factory)
    wizard = make_wizard(qtbot, desk)
    to_connect_page(qtbot, wizard)
    fill(wizard, icloud, icloud.password)
    page = wizard.connect_page
    next_button(wizard).click()
    qtbot.waitUntil(gate.waiting.is_set)
    # The server is holding the request; the window still answers.
    assert page.busy.isVisible()
    assert not page.apple_id.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert not page.busy.isVisible()
    assert page.apple_id.isEnabled()
    assert "Stopped" in page.error.text()
    assert wizard.currentId() == ConnectWizard.PAGE_CONNECT
    # iCloud accepts the password after all: what it saved is taken back.
    with qtbot.assertNotEmitted(wizard.connected), \
            qtbot.waitSignal(wizard.connect_undone, timeout=10_000) as undone:
        gate.open()
    qtbot.waitUntil(lambda: not live_tasks(), timeout=10_000)
    assert isinstance(undone.args[0], int)
    assert desk.connections(SUB) == []
    assert desk.calendars(SUB) == []
    assert keyring_backend.passwords == {}
    assert not page.busy.isVisible()
    assert wizard.currentId() == ConnectWizard.PAGE_CONNECT
    assert wizard.connection_id is None


def test_closing_the_walkthrough_during_connect_leaves_nothing_behind(
    qtbot: Any, jumpadesk_home: Any, icloud: IcloudServer, gate: Gate, keyring_backend: Any
) -> None:
    desk = Desk(client_factory=gate.factory)
    wizard = make_wizard(qtbot, desk)
    to_connect_page(qtbot, wizard)
    fill(wizard, icloud, icloud.password)
    next_button(wizard).click()
    qtbot.waitUntil(gate.waiting.is_set)
    wizard.reject()  # the window's close button or Escape
    with qtbot.waitSignal(wizard.connect_undone, timeout=10_000):
        gate.open()
    qtbot.waitUntil(lambda: not live_tasks(), timeout=10_000)
    assert desk.connections(SUB) == []
    assert keyring_backend.passwords == {}


def test_connect_again_after_a_cancel_waits_for_the_cancelled_one(
    qtbot: Any, jumpadesk_home: Any, icloud: IcloudServer, gate: Gate, keyring_backend: Any
) -> None:
    desk = Desk(client_factory=gate.factory)
    wizard = make_wizard(qtbot, desk)
    to_connect_page(qtbot, wizard)
    fill(wizard, icloud, icloud.password)
    page = wizard.connect_page
    next_button(wizard).click()
    qtbot.waitUntil(gate.waiting.is_set)
    page.cancel_button.click()
    next_button(wizard).click()  # Connect again while the first check is still held
    assert page.busy.isVisible()
    with qtbot.waitSignal(wizard.connected, timeout=15_000) as connected:
        gate.open()
    qtbot.waitUntil(lambda: wizard.currentId() == ConnectWizard.PAGE_CONFIGURE)
    qtbot.waitUntil(lambda: not live_tasks(), timeout=10_000)
    # The first check's undo ran before the second check, never after it.
    assert [c.id for c in desk.connections(SUB)] == [connected.args[0]]
    assert len(keyring_backend.passwords) == 1
    assert [r.calendar.name for r in wizard.configure_page.picker.rows()]


def test_a_cancelled_reconnect_keeps_the_connection_it_had(
    qtbot: Any, jumpadesk_home: Any, icloud: IcloudServer, gate: Gate
) -> None:
    plain = Desk()
    plain.sub_account(SUB)
    before = plain.connect(SUB, icloud.apple_id, icloud.password, icloud.url)
    desk = Desk(client_factory=gate.factory)
    wizard = make_wizard(qtbot, desk, prefill=Prefill(apple_id=icloud.apple_id,
                                                      server_url=icloud.url, reconnect=True))
    next_button(wizard).click()
    wizard.connect_page.password.setText(icloud.password)
    next_button(wizard).click()
    qtbot.waitUntil(gate.waiting.is_set)
    wizard.connect_page.cancel_button.click()
    with qtbot.waitSignal(wizard.connect_undone, timeout=10_000):
        gate.open()
    qtbot.waitUntil(lambda: not live_tasks(), timeout=10_000)
    assert [c.id for c in desk.connections(SUB)] == [before]


def test_reconnect_starts_at_the_password_page_pre_filled(
    qtbot: Any, desk: Desk
) -> None:
    wizard = make_wizard(qtbot, desk, prefill=Prefill(apple_id="shop@icloud.com",
                                                      reconnect=True))
    assert wizard.currentId() == ConnectWizard.PAGE_PASSWORD
    assert wizard.connect_page.apple_id.text() == "shop@icloud.com"
    assert wizard.connect_page.password.text() == ""


@pytest.mark.parametrize("new_connection", [False, True])
def test_suggested_choice_keeps_an_earlier_choice(
    desk: Desk, icloud: IcloudServer, new_connection: bool
) -> None:
    connection_id = desk.connect(SUB, icloud.apple_id, icloud.password, icloud.url)
    desk.configure(SUB, "Work", ["Family"])
    cals = desk.calendars(SUB)
    choice = suggested_choice(cals, connection_id if new_connection else None)
    by_id = {c.id: c.name for c in cals}
    assert by_id[choice.linked_id] == "Work"
    expected = {"Work", "Family", "Home"} if new_connection else {"Work", "Family"}
    assert {by_id[i] for i in choice.conflict_ids} == expected


def test_enter_on_the_password_page_goes_next_and_opens_nothing(
    qtbot: Any, desk: Desk, opened_urls: UrlRecorder
) -> None:
    """Issue 10, item 5: Enter on the second page opened the browser instead."""
    wizard = make_wizard(qtbot, desk, open_url=opened_urls)
    next_button(wizard).click()
    assert wizard.currentId() == ConnectWizard.PAGE_PASSWORD
    button = wizard.password_page.open_button
    button.setFocus()  # where Tab lands first on that page
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert wizard.currentId() == ConnectWizard.PAGE_CONNECT
    assert opened_urls.urls == []


def test_when_no_browser_opens_the_address_is_shown_to_copy(
    qtbot: Any, desk: Desk
) -> None:
    """Issue 10, item 5: with no browser, nothing on screen said so."""
    wizard = make_wizard(qtbot, desk, open_url=lambda _url: False)
    next_button(wizard).click()
    page = wizard.password_page
    assert not page.no_browser.isVisible()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.no_browser.isVisible()
    assert "No web browser opened" in page.no_browser.text()
    assert APPLE_ACCOUNT_URL in page.no_browser.text()
    flags = page.no_browser.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard


@pytest.mark.parametrize("fault", ["server error", "unreachable"])
def test_a_connect_that_fails_promises_no_next_sync(
    qtbot: Any, desk: Desk, icloud: IcloudServer, fault: str
) -> None:
    """Issue 10, item 7: connection errors promised "jumpadesk will try again at the
    next sync" for an account that was never saved (fixed by issue 14's merge)."""
    wizard = make_wizard(qtbot, desk)
    to_connect_page(qtbot, wizard)
    fill(wizard, icloud, icloud.password)
    page = wizard.connect_page
    if fault == "server error":
        icloud.fail_next(5, status=500)
    else:
        page.server.setText("http://127.0.0.1:9/")  # the discard port: nobody answers
    next_button(wizard).click()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=20_000)
    sentence = page.error.text()
    assert "next sync" not in sentence
    assert "nothing was saved" in sentence
    assert desk.connections(SUB) == []
