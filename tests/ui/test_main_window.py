"""The main window against the iCloud-like server: start-up, connections, sync, booking."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton, QWizard
from sqlalchemy import event

from jumpadesk.availability import ScheduleItem
from jumpadesk.service import Desk
from jumpadesk.ui.booking_dialog import BookingDialog, BookingRequest
from jumpadesk.ui.calendar_picker import CalendarPickerDialog
from jumpadesk.ui.main_window import MainWindow
from jumpadesk.ui.tasks import live_tasks
from jumpadesk.ui.week_layout import monday_of
from jumpadesk.ui.wizard import ConnectWizard, Prefill
from tests.helpers.window import (
    Answers,
    banner_text,
    book_through_dialog,
    click_in_week,
    make_window,
    said,
    settled,
    shown,
    shown_items,
    start,
    sync_and_wait,
)
from tests.icloud_server import FIXED_WEEK, IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE, SUB, Gate, connect_and_sync, week_shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def first_busy_icloud_item(window: MainWindow) -> ScheduleItem:
    return next(i for i in shown_items(window)
                if i.source == "icloud" and i.busy and not i.all_day and i.kind == "event")


# -- start-up ------------------------------------------------------------------------------


def test_cached_week_shows_at_once_before_any_network(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    icloud.reset_requests()
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    titles = {i.title for i in shown_items(window)}
    assert "Quarterly planning" in titles or len(titles) > 3, titles
    assert icloud.request_count() == 0  # all of that came from the store
    assert "demo@icloud.com: synced today" in window.menus.sync_status.text()
    assert banner_text(window) == ""


def test_switching_weeks_reads_the_store_off_the_gui_thread_in_one_transaction(
    qtbot: Any, connected_desk: Desk
) -> None:
    """Issue 19 item 1: the window never waits on the store for a week: each week shown
    is one transaction on a worker (Desk.week_snapshot), none on the GUI thread."""
    window = make_window(qtbot, connected_desk)
    gui = threading.current_thread()
    on_gui: list[str] = []
    begun: list[bool] = []

    def statement(_conn: Any, _cursor: Any, sql: str, *_: Any) -> None:
        if threading.current_thread() is gui:
            on_gui.append(sql)

    def transaction(_conn: Any) -> None:
        begun.append(threading.current_thread() is gui)

    engine = connected_desk.engine
    event.listen(engine, "before_cursor_execute", statement)
    event.listen(engine, "begin", transaction)
    try:
        with qtbot.waitSignal(window.schedule_reloaded, timeout=20_000):
            window.show_week(FIXED_WEEK + timedelta(days=7))
        assert "Quarterly planning" not in {i.title for i in shown_items(window)}
        with qtbot.waitSignal(window.schedule_reloaded, timeout=20_000):
            qtbot.keyClick(window.week_view.view, Qt.Key.Key_PageUp)
    finally:
        event.remove(engine, "before_cursor_execute", statement)
        event.remove(engine, "begin", transaction)
    assert on_gui == []
    assert begun == [False, False]  # one transaction per week, each on a worker
    assert window.week_monday == FIXED_WEEK
    assert "Quarterly planning" in {i.title for i in shown_items(window)}


def test_start_syncs_and_starts_the_timer(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    window = make_window(qtbot, connected_desk, auto_sync=True)
    icloud.reset_requests()
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        start(qtbot, window)
    assert window.sync.timer_active
    assert window.sync.interval_ms == 120_000
    assert icloud.request_count() >= 1
    assert window.accounts.wizard is None  # connected already: no walkthrough


def test_first_start_opens_the_walkthrough(qtbot: Any, desk: Desk) -> None:
    window = make_window(qtbot, desk)
    start(qtbot, window)
    assert window.accounts.wizard is not None and window.accounts.wizard.isVisible()
    assert window.accounts.wizard.currentId() == ConnectWizard.PAGE_INTRO
    window.accounts.wizard.reject()


def test_menu_path_calendars_settings_connections_add_new_icloud(
    qtbot: Any, desk: Desk
) -> None:
    window = make_window(qtbot, desk)
    names = [a.text() for a in window.menus.calendars_menu.actions()]
    assert "Calendar Settings" in names
    window.menus.settings_action.trigger()
    assert window.pages.currentIndex() == MainWindow.PAGE_SETTINGS
    assert window.settings_tabs.tabText(window.settings_tabs.currentIndex()) == "Connections"
    page = window.connections_page
    assert page.empty.isVisible()
    assert [a.text() for a in page.add_button.menu().actions()] == [
        "iCloud Calendar", "Other CalDAV Account"]  # iCloud first
    page.add_icloud_action.trigger()
    wizard = window.accounts.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.next()
    wizard.next()
    assert wizard.currentPage().title() == "Connect"
    wizard.reject()


# -- the demo ------------------------------------------------------------------------------


@pytest.fixture
def demo_window(qtbot: Any, jumpadesk_home: Path, tmp_path: Path) -> Any:
    """What `jumpadesk --demo` opens: the demo set up as the launcher does, the window
    from ui.app.open_window, not yet started."""
    from jumpadesk.demo import set_up_demo, start_demo
    from jumpadesk.ui.app import open_window

    demo = start_demo(tmp_path / "demo-server", zone=ZoneInfo("Europe/Berlin"))
    window = None
    try:
        desk = Desk()
        set_up_demo(desk, demo)
        window = open_window(desk, demo)
        qtbot.addWidget(window)
        week_shown(qtbot, window)
        yield window
    finally:
        if window is not None:
            window.shutdown()
        demo.stop()


def test_the_demo_opens_on_the_filled_week_with_no_dialog_and_says_demo(
    qtbot: Any, demo_window: MainWindow
) -> None:
    window = demo_window
    titles = {i.title for i in shown_items(window)}  # before any sync of the window's
    assert {"Dentist", "Grandma visiting", "Moving day"} <= titles, titles
    assert window.week_monday == monday_of(datetime.now(window.tz).date())  # this week
    assert "(Demo)" in window.windowTitle()
    assert window.menus.demo_label.isVisible() and window.menus.demo_label.text() == "Demo"
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        start(qtbot, window)
    qtbot.waitUntil(lambda: not window.sync.running)
    assert window.accounts.wizard is None  # connected and configured: no walkthrough over it
    assert QApplication.activeModalWidget() is None
    calendars = {c.name: c for c in window.desk.calendars(window.sub_name)}
    assert calendars["Work"].linked
    assert {n for n, c in calendars.items() if c.conflict} == {"Home", "Work", "Family"}
    assert window.connections_page.cards()


def test_the_demo_button_opens_the_real_walkthrough(demo_window: MainWindow) -> None:
    window = demo_window
    assert window.menus.connect_own_action in window.menus.calendars_menu.actions()  # the menu, too
    button = next(w for w in window.menus.connect_own_action.associatedObjects()
                  if isinstance(w, QToolButton))
    assert button.isVisible()
    button.click()
    wizard = window.accounts.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.currentId() == ConnectWizard.PAGE_INTRO
    page = wizard.connect_page
    assert page.apple_id.text() == ""  # the person's own account, not the demo's
    assert not page.form.isRowVisible(page.server)  # iCloud
    wizard.reject()


def test_a_window_not_in_the_demo_says_nothing_of_it(qtbot: Any, connected_desk: Desk) -> None:
    window = make_window(qtbot, connected_desk)
    assert "Demo" not in window.windowTitle()
    assert window.menus.connect_own_action not in window.menus.calendars_menu.actions()


# -- sync: status, progress, staleness -----------------------------------------------------


def test_progress_shows_during_a_pass_and_the_status_bar_after(
    qtbot: Any, jumpadesk_home: Path, icloud: IcloudServer, gate: Gate
) -> None:
    plain = Desk()
    plain.sub_account(SUB)
    plain.set_timezone(SUB, "Europe/Berlin")
    connect_and_sync(plain, icloud)
    window = make_window(qtbot, Desk(client_factory=gate.factory))
    window.sync_now()
    qtbot.waitUntil(gate.waiting.is_set, timeout=10_000)
    assert window.menus.sync_progress.isVisible()
    assert not window.menus.sync_action.isEnabled()
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        gate.open()
    qtbot.waitUntil(lambda: not window.sync.running)
    assert not window.menus.sync_progress.isVisible()
    assert window.menus.sync_action.isEnabled()
    assert window.menus.sync_status.text().startswith(f"{icloud.apple_id}: synced today")


def test_a_phone_change_shows_after_the_next_pass(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    icloud.add_event("Work", "Call from the phone", week_day(4, "16:00"),
                     week_day(4, "17:00"))
    assert "Call from the phone" not in {i.title for i in shown_items(window)}
    sync_and_wait(qtbot, window)
    assert "Call from the phone" in {i.title for i in shown_items(window)}


def test_staleness_banner_names_the_calendar_whose_sync_failed(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    assert banner_text(window) == ""
    icloud.add_event("Work", "Moved meeting", week_day(2, "08:00"), week_day(2, "09:00"))
    icloud.fail_next(10, status=500, path="/work/")
    report = sync_and_wait(qtbot, window)
    assert not report.ok
    banner = banner_text(window)
    assert "Work (iCloud): last synced" in banner
    assert "Home (iCloud)" not in banner
    assert "Sync problem" in window.statusBar().currentMessage()
    icloud.clear_faults()
    sync_and_wait(qtbot, window)
    assert banner_text(window) == ""


# -- connections ---------------------------------------------------------------------------


def test_revoked_password_offers_reconnect_which_walks_through_again(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    window = make_window(qtbot, connected_desk)
    new_password = icloud.revoke_password()
    sync_and_wait(qtbot, window)

    def card_says_so() -> bool:  # the page is read again on a worker after the sync
        cards = list(window.connections_page.cards().values())
        return len(cards) == 1 and cards[0].info.state == "auth_failed"

    qtbot.waitUntil(card_says_so, timeout=10_000)
    (card,) = window.connections_page.cards().values()
    assert card.info.state == "auth_failed"
    assert card.state.text() == "Password no longer accepted"
    assert card.reconnect_button.isVisibleTo(card)
    assert "app-specific password" in card.error.text()
    assert "password no longer accepted" in window.menus.sync_status.text()

    card.reconnect_button.click()
    wizard = window.accounts.wizard
    assert wizard is not None and wizard.currentId() == ConnectWizard.PAGE_PASSWORD
    wizard.next()
    page = wizard.connect_page
    assert page.apple_id.text() == icloud.apple_id
    assert page.server.text() == icloud.url
    page.password.setText(new_password)
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == ConnectWizard.PAGE_CONFIGURE, timeout=15_000)
    # The earlier choice is kept.
    assert wizard.configure_page.picker.linked_calendar().name == "Work"
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not window.sync.running)
    (card,) = window.connections_page.cards().values()
    assert card.info.state == "ok"
    assert not card.reconnect_button.isVisibleTo(card)


def test_a_connect_cancelled_in_the_walkthrough_leaves_no_connection_card(
    qtbot: Any, jumpadesk_home: Path, icloud: IcloudServer, gate: Gate, keyring_backend: Any
) -> None:
    desk = Desk(client_factory=gate.factory)
    desk.sub_account(SUB)
    window = make_window(qtbot, desk, prefill=Prefill(apple_id=icloud.apple_id,
                                                      password=icloud.password,
                                                      server_url=icloud.url))
    start(qtbot, window)  # nothing connected: the walkthrough opens
    wizard = window.accounts.wizard
    assert wizard is not None
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.NextButton).click()  # Connect
    qtbot.waitUntil(gate.waiting.is_set, timeout=10_000)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible()
    window.show_settings()
    with qtbot.waitSignal(window.connections_reloaded, timeout=15_000):
        gate.open()  # iCloud says yes after all
    qtbot.waitUntil(lambda: not window._tasks and not live_tasks(), timeout=10_000)
    assert desk.connections(SUB) == []
    assert keyring_backend.passwords == {}
    assert window.connections_page.cards() == {}
    window.reload_connections()  # as the next visit to the page does: still nothing
    assert window.connections_page.cards() == {}
    assert not window.connections_page.empty.isHidden()
    assert not window.sync.running


def test_disconnect_asks_first_then_forgets_password_and_data(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer, keyring_backend: Any
) -> None:
    answers = Answers(yes=False)
    window = make_window(qtbot, connected_desk, ask=answers)
    window.show_week(FIXED_WEEK)
    (card,) = window.connections_page.cards().values()
    card.disconnect_button.click()
    assert answers.asked and "Disconnect" in answers.asked[0][0]
    assert connected_desk.connections(SUB)  # said no: nothing happened
    assert keyring_backend.passwords

    answers.yes = True
    with qtbot.waitSignal(window.connections_reloaded, timeout=10_000):
        card.disconnect_button.click()
    week_shown(qtbot, window)
    assert connected_desk.connections(SUB) == []
    assert connected_desk.calendars(SUB) == []
    assert keyring_backend.passwords == {}
    assert not [i for i in shown_items(window) if i.source == "icloud"]
    assert not window.connections_page.empty.isHidden()


def test_disconnect_keeps_an_account_another_sub_account_uses(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer, keyring_backend: Any
) -> None:
    connected_desk.add_sub_account("Anna", "Europe/Berlin")
    connected_desk.connect("Anna", icloud.apple_id, icloud.password, icloud.url)
    answers = Answers()
    window = make_window(qtbot, connected_desk, ask=answers)
    (card,) = window.connections_page.cards().values()
    with qtbot.waitSignal(window.connections_reloaded, timeout=10_000):
        card.disconnect_button.click()
    # The question says what really happens: Anna keeps the account and its password.
    [(_, question)] = answers.asked
    assert "Anna still use it" in question and "forgets" not in question
    assert connected_desk.connections(SUB) == []
    assert [c.apple_id for c in connected_desk.connections("Anna")] == [icloud.apple_id]
    assert list(keyring_backend.passwords.values()) == [icloud.password]
    assert "other sub-accounts still do" in window.statusBar().currentMessage()


def test_edit_calendars_saves_the_choice_and_syncs(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    window = make_window(qtbot, connected_desk)
    (card,) = window.connections_page.cards().values()
    card.edit_button.click()
    dialog = window.findChild(CalendarPickerDialog)
    assert dialog is not None and dialog.isVisible()
    picker = dialog.picker
    assert picker.linked_calendar().name == "Work"
    picker.row("Home").linked.click()
    picker.row("Family").conflict.click()
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not window.sync.running)
    chosen = {c.name: (c.linked, c.conflict) for c in connected_desk.calendars(SUB)}
    assert chosen["Home"] == (True, True)
    assert chosen["Family"] == (False, False)
    assert chosen["Work"] == (False, True)


def test_sub_accounts_can_be_added_and_renamed(qtbot: Any, connected_desk: Desk) -> None:
    window = make_window(qtbot, connected_desk)
    switcher = window.switcher
    assert said(qtbot, switcher.add("Downtown", "Europe/Berlin"), window) == ""
    assert window.sub_name == "Downtown"
    assert switcher.combo.currentText() == "Downtown"
    assert window.pages.currentIndex() == MainWindow.PAGE_SETTINGS  # nothing connected yet
    assert window.connections_page.empty.isVisible()
    assert "already" in said(qtbot, switcher.add("Downtown"), window)
    assert said(qtbot, switcher.rename("Uptown"), window) == ""
    assert window.sub_name == "Uptown"
    assert {s.name for s in connected_desk.sub_accounts()} == {"Main", "Uptown"}
    switcher.combo.setCurrentText("Main")
    assert window.sub_name == "Main"
    settled(qtbot, window)
    assert window.connections_page.cards()


# -- booking -------------------------------------------------------------------------------


def test_booking_a_free_slot_writes_it_to_icloud(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    before = len(icloud.hrefs("Work"))
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        dialog = book_through_dialog(qtbot, window, week_day(1, "12:00"),
                                     week_day(1, "13:00"), "Haircut for Sam")
        assert dialog.is_busy()
    assert dialog.result() == BookingDialog.DialogCode.Accepted
    assert len(icloud.hrefs("Work")) == before + 1
    assert any(i.source == "appointment" and i.title == "Haircut for Sam"
               for i in shown_items(window))


def test_booking_over_busy_time_shows_the_sentence(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    busy = first_busy_icloud_item(window)
    with qtbot.waitSignal(window.booking_failed, timeout=20_000) as failed:
        dialog = book_through_dialog(qtbot, window, busy.start,
                                     busy.start + timedelta(minutes=30), "Clash")
    assert failed.args[0].startswith("That time is not free")
    assert busy.calendar in dialog.error_text()
    assert dialog.isVisible()  # the input stays for another try
    assert not dialog.is_busy()


@pytest.mark.parametrize("confirm", [True, False])
def test_booking_on_stale_data_asks_first(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer, confirm: bool
) -> None:
    answers = Answers(yes=confirm)
    window = make_window(qtbot, connected_desk, ask=answers)
    window.show_week(FIXED_WEEK)
    icloud.add_event("Work", "Moved meeting", week_day(2, "08:00"), week_day(2, "09:00"))
    icloud.fail_next(100, status=500, path="/work/")
    sync_and_wait(qtbot, window)
    assert "Work (iCloud)" in banner_text(window)
    icloud.clear_faults()
    icloud.fail_next(100, status=500, path="/work/", method="PROPFIND")
    icloud.fail_next(100, status=500, path="/work/", method="REPORT")
    signal = window.booking_done if confirm else window.booking_failed
    with qtbot.waitSignal(signal, timeout=30_000):
        dialog = book_through_dialog(qtbot, window, week_day(1, "13:00"),
                                     week_day(1, "14:00"), "Risky booking")
    assert answers.asked and answers.asked[0][0] == "Book anyway?"
    assert "Work (iCloud)" in answers.asked[0][1]
    if not confirm:
        assert "Not booked" in dialog.error_text()


def test_blocking_a_slot_keeps_it_local(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    icloud.reset_requests()
    with qtbot.waitSignal(window.booking_done, timeout=10_000):
        book_through_dialog(qtbot, window, week_day(0, "14:00"), week_day(0, "15:00"),
                            "Lunch", block=True)
    assert any(i.source == "blocked" and i.title == "Lunch" for i in shown_items(window))
    assert icloud.request_count("PUT") == 0


def test_an_appointment_can_be_cancelled_from_its_details(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    answers = Answers()
    window = make_window(qtbot, connected_desk, ask=answers)
    window.show_week(FIXED_WEEK)
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        book_through_dialog(qtbot, window, week_day(0, "10:00"), week_day(0, "11:00"),
                            "Massage", guest="Jana Weber", phone="+49 30 1234567")
    written = len(icloud.hrefs("Work"))
    item = shown(window, "appointment", "Massage")
    details = click_in_week(qtbot, window, item)
    # Who it is for, read from the store; no email was given, so no row for it.
    assert details.fields["Guest"] == "Jana Weber"
    assert details.fields["Phone"] == "+49 30 1234567"
    assert "Email" not in details.fields
    assert details.action_buttons() == [details.change_time_button, details.edit_button,
                                        details.cancel_button]
    assert details.cancel_button is not None
    assert details.cancel_button.text() == "Cancel appointment…"
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        qtbot.mouseClick(details.cancel_button, Qt.MouseButton.LeftButton)
    assert answers.asked[-1][0] == "Cancel appointment?"
    assert "Massage" in answers.asked[-1][1]
    assert len(icloud.hrefs("Work")) == written - 1
    assert not any(i.source == "appointment" and i.title == "Massage"
                   for i in shown_items(window))
    assert connected_desk.appointment(SUB, item.ref_id).status == "cancelled"
    assert window.details_dialog is None


def test_a_blocked_slot_can_be_removed_from_its_details(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    answers = Answers(yes=False)
    window = make_window(qtbot, connected_desk, ask=answers)
    window.show_week(FIXED_WEEK)
    with qtbot.waitSignal(window.booking_done, timeout=10_000):
        book_through_dialog(qtbot, window, week_day(0, "14:00"), week_day(0, "15:00"),
                            "Lunch", block=True)
    icloud.reset_requests()
    slot = shown(window, "blocked", "Lunch")

    details = click_in_week(qtbot, window, slot)
    assert details.action_buttons() == [details.unblock_button]
    assert details.unblock_button is not None
    assert details.unblock_button.text() == "Remove blocked slot"
    with qtbot.assertNotEmitted(window.booking_done):
        qtbot.mouseClick(details.unblock_button, Qt.MouseButton.LeftButton)
    assert answers.asked[-1][0] == "Remove blocked slot?"
    assert shown(window, "blocked", "Lunch")  # said no: still there

    answers.yes = True
    details = click_in_week(qtbot, window, shown(window, "blocked", "Lunch"))
    with qtbot.waitSignal(window.booking_done, timeout=10_000) as done:
        qtbot.mouseClick(details.unblock_button, Qt.MouseButton.LeftButton)
    assert done.args[0].ref_id == slot.ref_id
    assert not [i for i in shown_items(window) if i.source == "blocked"]
    assert not [i for i in connected_desk.schedule(SUB, week_day(0), week_day(1))
                if i.source == "blocked"]
    assert window.statusBar().currentMessage() == "Blocked slot removed."
    assert icloud.request_count() == 0  # a blocked slot never reached iCloud
    # The time can be booked now.
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        book_through_dialog(qtbot, window, week_day(0, "14:00"), week_day(0, "15:00"),
                            "Haircut")


def test_an_icloud_event_offers_no_actions(qtbot: Any, connected_desk: Desk) -> None:
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    details = click_in_week(qtbot, window, first_busy_icloud_item(window))
    assert details.action_buttons() == []
    details.reject()
    assert window.details_dialog is None


def test_booking_request_dataclass_is_what_submit_takes(
    qtbot: Any, connected_desk: Desk
) -> None:
    window = make_window(qtbot, connected_desk)
    request = BookingRequest("block", week_day(6, "09:00"), week_day(6, "10:00"), "Closed")
    with qtbot.waitSignal(window.booking_done, timeout=10_000):
        window.booking.submit_booking(request)
    assert [s.title for s in connected_desk.schedule(SUB, week_day(6), week_day(7))
            if s.source == "blocked"] == ["Closed"]


def test_banner_names_each_stale_calendar_once_per_cause() -> None:
    from zoneinfo import ZoneInfo

    from jumpadesk.availability import StaleCalendar
    from jumpadesk.wording import stale_banner_text

    tz = ZoneInfo("Europe/Berlin")
    at = datetime(2026, 11, 25, 9, 42, tzinfo=UTC)
    down = "cannot reach iCloud"
    text = stale_banner_text([
        StaleCalendar(1, "Home", "a@icloud.com", at, down),
        StaleCalendar(2, "Work", "a@icloud.com", at, down),
        StaleCalendar(3, "Family", "b@icloud.com", None, "not synced yet"),
    ], tz)
    assert text is not None
    lines = text.splitlines()
    assert lines[0] == "Home and Work (iCloud): last synced 10:42, cannot reach iCloud"
    assert lines[1] == "Family (iCloud): never synced, not synced yet"
    assert "ask you to confirm" in lines[2]
    assert stale_banner_text([], tz) is None


def test_two_accounts_in_one_sub_account(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer, tmp_path: Path
) -> None:
    second = IcloudServer(tmp_path / "second", apple_id="shop@icloud.com",
                          password="qrst-uvwx-yzab-cdef").start()
    try:
        window = make_window(qtbot, connected_desk)
        window.show_week(FIXED_WEEK)
        wizard = window.open_wizard(Prefill(apple_id=second.apple_id,
                                            password=second.password,
                                            server_url=second.url))
        wizard.next()
        wizard.next()
        wizard.button(QWizard.WizardButton.NextButton).click()
        qtbot.waitUntil(lambda: wizard.currentId() == ConnectWizard.PAGE_CONFIGURE,
                        timeout=15_000)
        picker = wizard.configure_page.picker
        # The first account's choice stays; the new account's event calendars join it.
        assert picker.linked_calendar().account == icloud.apple_id
        assert {c.account for c in picker.conflict_calendars()} == {
            icloud.apple_id, second.apple_id}
        with qtbot.waitSignal(window.sync.finished, timeout=20_000):
            wizard.button(QWizard.WizardButton.FinishButton).click()
        qtbot.waitUntil(lambda: not window.sync.running)
        week_shown(qtbot, window)
        cards = window.connections_page.cards()
        assert sorted(c.info.apple_id for c in cards.values()) == [
            icloud.apple_id, second.apple_id]
        status = window.menus.sync_status.text()
        assert f"{icloud.apple_id}: synced today" in status
        assert f"{second.apple_id}: synced today" in status
        accounts = {i.account for i in shown_items(window) if i.source == "icloud"}
        assert accounts == {icloud.apple_id, second.apple_id}
    finally:
        second.stop()


def test_a_cancel_the_server_refuses_says_why_and_keeps_the_appointment(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        book_through_dialog(qtbot, window, week_day(0, "10:00"), week_day(0, "11:00"),
                            "Facial")
    item = next(i for i in shown_items(window) if i.source == "appointment")
    icloud.fail_next(2, status=500, method="DELETE")  # and when asked a second time
    with qtbot.waitSignal(window.booking_failed, timeout=20_000) as failed:
        window.booking.cancel_appointment(item)
    assert "HTTP 500" in failed.args[0]
    assert window.statusBar().currentMessage() == failed.args[0]
    assert connected_desk.appointment(SUB, item.ref_id).status != "cancelled"


def test_the_banner_names_an_event_jumpadesk_cannot_expand(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    """Issue 14 item 4: the window's staleness area names it, as `status` does."""
    from tests.helpers.ics import FIXTURES

    icloud.put_event("Work", (FIXTURES / "lenient_minutely.ics").read_text())
    window = make_window(qtbot, connected_desk)
    sync_and_wait(qtbot, window)
    assert "'Team sync' in Work repeats every minute" in banner_text(window)


def test_event_problems_join_the_banner_a_few_at_a_time() -> None:
    from jumpadesk.wording import with_event_problems

    assert with_event_problems(None, []) is None
    assert with_event_problems("Work: stale", []) == "Work: stale"
    text = with_event_problems(None, [f"'E{i}' in Work ..." for i in range(5)])
    assert text is not None
    assert text.splitlines()[-1] == "And 2 more; `jumpadesk status` lists them all."


def test_help_lists_the_keyboard_shortcuts(qtbot: Any, desk: Desk) -> None:
    """Issue 21 item 8: Help > Keyboard Shortcuts lists every key of the week."""
    window = make_window(qtbot, desk, ask=lambda *_: False)
    [help_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    [action] = [a for a in help_menu.actions() if a.text() == "Keyboard Shortcuts"]
    action.trigger()
    dialog = window.menus.shortcuts_dialog
    assert dialog.isVisible()
    listed = "\n".join(f"{keys}: {what}" for keys, what in dialog.rows())
    for key in ("Up / Down", "Shift+Up / Shift+Down", "Left / Right", "Enter", "Delete",
                "T / Home", "Page Up", "Page Down", "Escape", "Tab"):
        assert key in listed
    assert "Click on free time: Select half an hour there (books nothing)" in listed
    dialog.close()
