"""The window's booking flow as a receptionist meets it (issue 10): a booking iCloud has
not confirmed, no calendar for bookings, a time already past, the staleness question,
the calendar an appointment went to, double bookings made later on the phone, and the
time zone of a sub-account."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from jumpadesk.service import Desk
from jumpadesk.sync.client import CalDAVClient
from jumpadesk.ui.booking_dialog import BookingDialog
from jumpadesk.ui.calendar_picker import CalendarPickerDialog
from jumpadesk.ui.event_details import NOT_IN_ICLOUD, item_title
from jumpadesk.ui.main_window import MainWindow
from jumpadesk.ui.sub_accounts import TimeZoneDialog
from jumpadesk.ui.wizard import ConnectWizard
from tests.helpers.window import (
    Answers,
    book_through_dialog,
    click_in_week,
    make_window,
    said,
    saved,
    shown,
    shown_items,
    sync_and_wait,
)
from tests.icloud_server import FIXED_WEEK, FIXED_ZONE, IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE, SUB, connect_and_sync

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def patient_desk(jumpadesk_home: Path, icloud: IcloudServer) -> Desk:
    """A connected Desk whose clients record their backoff instead of sleeping, so a
    server that keeps breaking off gives up at once."""
    sleeps: list[float] = []

    def factory(server_url: str, apple_id: str, password: str) -> CalDAVClient:
        return CalDAVClient(server_url, apple_id, password, sleep=sleeps.append, timeout=10)

    desk = Desk(client_factory=factory)
    desk.sub_account(SUB)
    desk.set_timezone(SUB, FIXED_ZONE.key)
    connect_and_sync(desk, icloud)
    return desk


# -- bug 2: a booking iCloud has not confirmed -------------------------------------------


def test_a_booking_made_while_icloud_cannot_be_reached_is_kept_and_said_so(
    qtbot: Any, patient_desk: Desk, icloud: IcloudServer
) -> None:
    """The dialog closes with the Desk's sentence (no second Book that clashes with the
    first); the block and its details say it is not yet in iCloud, and it turns
    normal after the sync that finishes it."""
    answers = Answers()
    window = make_window(qtbot, patient_desk, ask=answers)
    window.show_week(FIXED_WEEK)
    icloud.cut_next(10_000, after_processing=False)  # nothing gets through any more
    with qtbot.waitSignal(window.booking_done, timeout=60_000) as done:
        dialog = book_through_dialog(qtbot, window, week_day(2, "12:00"),
                                     week_day(2, "13:00"), "Haircut", guest="Jana Weber")
    assert [title for title, _ in answers.asked] == ["Book anyway?"]
    assert not dialog.isVisible()
    assert dialog.result() == BookingDialog.DialogCode.Accepted
    assert window.booking_dialog is None
    said = window.statusBar().currentMessage()
    assert said.startswith("\u201cHaircut\u201d is booked and its time is kept")
    # The Desk's one sentence (BookingUnconfirmed), as the command line says it.
    assert "not confirmed it yet" in said and "asks Work again" in said
    assert said.endswith("never books it twice. Cancel it if it is not wanted."), said
    notice = window.booking.unconfirmed_notice
    assert notice is not None and notice.isVisible()
    assert notice.text() == said
    assert done.args[0].status == "unconfirmed"

    item = shown(window, "appointment", "Haircut")
    assert not item.confirmed and item.busy
    assert item_title(item) == f"Haircut ({NOT_IN_ICLOUD})"
    drawn = " ".join(" ".join(lines) for lines in window.week_view.view.scene.texts_of(item))
    assert "(not yet i" in drawn, drawn  # elided in an hour's block, whole in a longer one
    window.booking.unconfirmed_notice.accept()
    assert window.booking.unconfirmed_notice is None
    details = click_in_week(qtbot, window, item)
    assert details.warning_labels["pending"].text().startswith("Not yet in iCloud")
    assert "next sync writes it to Work" in details.warning_labels["pending"].text()
    details.reject()

    icloud.clear_faults()
    sync_and_wait(qtbot, window)
    item = shown(window, "appointment", "Haircut")
    assert item.confirmed and item.status == "written"
    assert item_title(item) == "Haircut"
    # Once, not also as the iCloud event the sync brought back (the seeded week has a
    # "Haircut" of its own in Home on Friday).
    assert len([i for i in shown_items(window)
                if i.title == "Haircut" and i.start == week_day(2, "12:00")]) == 1
    details = click_in_week(qtbot, window, item)
    assert details.warning_labels == {}


# -- bug 4: no calendar takes the bookings -----------------------------------------------


def test_with_no_linked_calendar_the_window_says_so_in_its_words_and_offers_the_choice(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    connected_desk.configure(SUB, None, ["Home", "Work"])
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    page = window.connections_page
    assert page.no_linked.isVisibleTo(page)  # Calendar Settings says so too
    assert "No calendar takes Main's bookings yet" in page.no_linked.text()
    with qtbot.waitSignal(window.booking_failed, timeout=20_000) as failed:
        dialog = book_through_dialog(qtbot, window, week_day(1, "12:00"),
                                     week_day(1, "13:00"), "Haircut")
    sentence = failed.args[0]
    assert "jumpadesk configure" not in sentence and "--linked" not in sentence
    assert sentence == ("Not booked: no calendar is chosen yet to take Main's bookings. "
                        "Choose one, then press Book again.")
    assert dialog.error_text() == sentence
    assert dialog.error_action.isVisible()
    assert dialog.error_action.text() == "Choose calendar\u2026"

    qtbot.mouseClick(dialog.error_action, Qt.MouseButton.LeftButton)
    picker = dialog.findChild(CalendarPickerDialog)
    assert picker is not None and picker.isVisible()
    picker.picker.row("Work").linked.click()
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        picker.buttons.button(picker.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not window.sync.running)
    assert dialog.isVisible() and dialog.error_text() == ""
    assert not page.no_linked.isVisibleTo(page)
    assert dialog.title_edit.text() == "Haircut"  # the input stayed
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert shown(window, "appointment", "Haircut").calendar == "Work"


def test_with_nothing_connected_the_booking_error_offers_the_walkthrough(
    qtbot: Any, desk: Desk
) -> None:
    window = make_window(qtbot, desk)
    with qtbot.waitSignal(window.booking_failed, timeout=20_000) as failed:
        dialog = book_through_dialog(qtbot, window, week_day(1, "12:00"),
                                     week_day(1, "13:00"), "Haircut")
    assert "jumpadesk configure" not in failed.args[0]
    assert "no iCloud calendar" in failed.args[0]
    assert dialog.error_action.text() == "Connect iCloud\u2026"
    qtbot.mouseClick(dialog.error_action, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.accounts.wizard is not None and window.accounts.wizard.isVisible()
    assert window.accounts.wizard.currentId() == ConnectWizard.PAGE_INTRO
    window.accounts.wizard.reject()


# -- bug 9: a time already past ----------------------------------------------------------


@pytest.mark.parametrize("block", [False, True], ids=["appointment", "blocked slot"])
def test_a_time_already_past_is_booked_only_after_a_question(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer, block: bool
) -> None:
    answers = Answers(yes=False)
    window = make_window(qtbot, connected_desk, ask=answers,
                         clock=lambda: week_day(2, "15:30"))
    window.show_week(FIXED_WEEK)
    verb = "Block" if block else "Book"
    with qtbot.assertNotEmitted(window.booking_done, wait=200):
        dialog = book_through_dialog(qtbot, window, week_day(1, "12:00"),
                                     week_day(1, "13:00"), "Late entry", block=block)
    assert answers.asked == [(f"{verb} a past time?", f"That time has passed. {verb} it anyway?")]
    assert dialog.isVisible() and not dialog.is_busy() and dialog.ok_button.isEnabled()
    assert not [i for i in shown_items(window) if i.title == "Late entry"]

    answers.yes = True
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [i.title for i in shown_items(window) if i.title == "Late entry"] == ["Late entry"]


def test_a_time_that_has_begun_asks_in_those_words_and_a_future_one_asks_nothing(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    answers = Answers(yes=False)
    window = make_window(qtbot, connected_desk, ask=answers,
                         clock=lambda: week_day(1, "12:10"))
    window.show_week(FIXED_WEEK)
    book_through_dialog(qtbot, window, week_day(1, "12:00"), week_day(1, "13:00"), "Walk-in")
    assert answers.asked == [("Book a past time?",
                              "That time has already begun. Book it anyway?")]
    window.booking_dialog.reject()  # type: ignore[union-attr]
    answers.asked.clear()
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        book_through_dialog(qtbot, window, week_day(1, "16:00"), week_day(1, "17:00"),
                            "Later today")
    assert answers.asked == []


# -- bug 10: the staleness question, worded once -----------------------------------------


def test_the_staleness_question_is_worded_once(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    answers = Answers(yes=False)
    window = make_window(qtbot, connected_desk, ask=answers)
    window.show_week(FIXED_WEEK)
    icloud.add_event("Work", "Moved meeting", week_day(2, "08:00"), week_day(2, "09:00"))
    for method in ("PROPFIND", "REPORT"):  # Work cannot be read; a booking could be sent
        icloud.fail_next(100, status=500, path="/work/", method=method)
    with qtbot.waitSignal(window.booking_failed, timeout=30_000) as failed:
        book_through_dialog(qtbot, window, week_day(1, "13:00"), week_day(1, "14:00"),
                            "Risky booking")
    assert len(answers.asked) == 1, failed.args
    [(title, question)] = answers.asked
    assert title == "Book anyway?"
    assert question.count("Book anyway?") == 1 and question.endswith("Book anyway?")
    assert "Confirm to book anyway" not in question
    assert ".)." not in question
    lines = question.splitlines()
    assert lines[0] == "The schedule may be out of date:"
    assert lines[1].startswith("Work (iCloud): last synced")


# -- bug 8: the calendar an appointment was written to -----------------------------------


def test_appointment_details_name_the_calendar_it_was_written_to(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        book_through_dialog(qtbot, window, week_day(1, "12:00"), week_day(1, "13:00"),
                            "Haircut")
    details = click_in_week(qtbot, window, shown(window, "appointment", "Haircut"))
    assert details.fields["Calendar"] == "Work"
    assert details.warning_labels == {}


# -- conflicts after booking -------------------------------------------------------------


def test_an_event_added_on_the_phone_over_an_appointment_is_announced_once(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    with qtbot.waitSignal(window.booking_done, timeout=20_000):
        book_through_dialog(qtbot, window, week_day(3, "12:00"), week_day(3, "13:00"),
                            "Haircut", guest="Jana Weber")
    booked = shown(window, "appointment", "Haircut")
    assert booked.overlapped_by == () and window.conflicts.appointment_ids() == set()

    icloud.add_event("Home", "Dentist", week_day(3, "12:30"), week_day(3, "13:30"))
    with qtbot.waitSignal(window.conflict_announced, timeout=20_000) as announced:
        sync_and_wait(qtbot, window)
    sentence = announced.args[0]
    item = shown(window, "appointment", "Haircut")
    assert sentence.startswith(f"Haircut (Jana Weber, appointment {item.ref_id}, Thu 12:00")
    assert "now overlaps Dentist (Home, Thu 12:30" in sentence
    assert sentence.endswith("Call Jana Weber to move it.")
    assert window.statusBar().currentMessage() == sentence

    assert window.conflicts.appointment_ids() == {item.ref_id}
    # The same rule as `jumpadesk conflicts`, said in the same words.
    listed = connected_desk.appointment_conflicts(SUB, now=week_day(0, "07:00"))
    assert [c.appointment.ref_id for c in listed] == [item.ref_id]
    assert [o.title for o in listed[0].overlapping] == ["Dentist"]
    assert listed[0].sentence(connected_desk.zone(SUB)) == sentence
    assert len(item.overlapped_by) == 1 and "Dentist" in item.overlapped_by[0]
    details = click_in_week(qtbot, window, item)
    warning = details.warning_labels["overlap"].text()
    assert warning.startswith("Double booked: \u201cDentist\u201d (Home, Thu 12:30")
    assert "Call the guest" in warning
    details.reject()

    with qtbot.assertNotEmitted(window.conflict_announced):
        sync_and_wait(qtbot, window)  # the same conflict: told once
    assert window.conflicts.appointment_ids() == {item.ref_id}


def test_a_conflict_already_over_is_not_announced(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer
) -> None:
    connected_desk.book(SUB, week_day(1, "12:00"), week_day(1, "13:00"), "Old haircut")
    icloud.add_event("Home", "Old dentist", week_day(1, "12:30"), week_day(1, "13:30"))
    window = make_window(qtbot, connected_desk, clock=lambda: week_day(4, "09:00"))
    with qtbot.assertNotEmitted(window.conflict_announced):
        sync_and_wait(qtbot, window)
    assert window.conflicts.appointment_ids() == set()


# -- the time zone of a sub-account ------------------------------------------------------


def test_the_time_zone_of_main_can_be_set_in_the_window(
    qtbot: Any, connected_desk: Desk
) -> None:
    window = make_window(qtbot, connected_desk)
    switcher = window.switcher
    sub_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Sub-account")
    assert switcher.timezone_action in sub_menu.actions()
    assert switcher.timezone_action.text() == "Time Zone (Europe/Berlin)\u2026"

    dialog = TimeZoneDialog(SUB, window.tz.key, switcher.set_timezone, parent=window)
    qtbot.addWidget(dialog)
    dialog.zone.setCurrentText("Nowhere/Special")
    dialog.accept()
    saved(qtbot, dialog)
    assert "not a time zone" in dialog.error.text()
    assert connected_desk.zone(SUB).key == "Europe/Berlin"
    dialog.zone.setCurrentText("America/New_York")
    with qtbot.waitSignal(window.schedule_reloaded):
        dialog.accept()
    assert dialog.result() == TimeZoneDialog.DialogCode.Accepted
    assert connected_desk.zone(SUB).key == "America/New_York"
    assert window.tz.key == "America/New_York"
    assert window.week_view.view.timezone().key == "America/New_York"
    assert switcher.timezone_action.text() == "Time Zone (America/New York)\u2026"
    assert "America/New York" in window.statusBar().currentMessage()
    dialog = window.open_booking(datetime(2026, 11, 24, 15, 0, tzinfo=FIXED_ZONE),
                                 datetime(2026, 11, 24, 16, 0, tzinfo=FIXED_ZONE))
    assert "09:00" in dialog.when_label.text()  # 15:00 in Berlin
    dialog.reject()


def test_each_sub_account_keeps_its_own_time_zone(qtbot: Any, connected_desk: Desk) -> None:
    window = make_window(qtbot, connected_desk)
    switcher = window.switcher
    assert said(qtbot, switcher.add("Tokyo studio", "Asia/Tokyo"), window) == ""
    assert switcher.timezone_action.text() == "Time Zone (Asia/Tokyo)\u2026"
    assert said(qtbot, switcher.set_timezone("Asia/Seoul"), window) == ""
    assert window.tz.key == "Asia/Seoul"
    switcher.combo.setCurrentText(SUB)
    assert window.tz.key == "Europe/Berlin"
    assert switcher.timezone_action.text() == "Time Zone (Europe/Berlin)\u2026"
    assert connected_desk.zone("Tokyo studio").key == "Asia/Seoul"


def test_main_window_takes_a_clock(qtbot: Any, connected_desk: Desk) -> None:
    window = make_window(qtbot, connected_desk, clock=lambda: week_day(3, "10:00"))
    assert window.week_monday == FIXED_WEEK
    assert isinstance(window, MainWindow)
