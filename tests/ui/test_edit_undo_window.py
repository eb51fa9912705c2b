"""The receptionist's script in the window (issue 20 item 5), against the iCloud-like
server with real widgets: book, correct the phone in the details (Edit…), cancel by
mistake, Ctrl+Z, and the appointment is back in iCloud and in the week; an undo refused
because the time was taken meanwhile at another desk names the clash and changes
nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtGui import QKeySequence

from jumpadesk.kinds import AppointmentStatus
from jumpadesk.service import Desk
from jumpadesk.services.undo import CancelDone
from jumpadesk.sync.client import CalDAVClient
from jumpadesk.ui.edit_appointment import EditAppointmentDialog
from jumpadesk.ui.main_window import MainWindow
from tests.helpers.window import (
    Answers,
    book_through_dialog,
    click_in_week,
    make_window,
    settled,
    shown,
    shown_items,
)
from tests.icloud_server import FIXED_WEEK, FIXED_ZONE, IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE, SUB, connect_and_sync

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

NOON, ONE = week_day(2, "12:00"), week_day(2, "13:00")


def _ours(icloud: IcloudServer) -> list[icalendar.Event]:
    """The events jumpadesk wrote to Work."""
    events = []
    for href in icloud.hrefs("Work"):
        text = icloud.get_event("Work", href)
        if text is not None and "@jumpadesk" in text:
            events.extend(icalendar.Calendar.from_ical(text).walk("VEVENT"))
    return events


@pytest.fixture
def patient_desk(jumpadesk_home: Path, icloud: IcloudServer) -> Desk:
    """A connected Desk whose clients note their backoff instead of sleeping, so a
    server that keeps failing gives up at once."""
    def factory(server_url: str, apple_id: str, password: str) -> CalDAVClient:
        return CalDAVClient(server_url, apple_id, password, sleep=lambda _s: None, timeout=10)

    desk = Desk(client_factory=factory)
    desk.sub_account(SUB)
    desk.set_timezone(SUB, FIXED_ZONE.key)
    connect_and_sync(desk, icloud)
    return desk


def _booked(qtbot: Any, desk: Desk, answers: Answers | None = None) -> MainWindow:
    """The window on the seeded week, with a Haircut for Ann Lee booked through it."""
    window = make_window(qtbot, desk, ask=answers or Answers())
    window.show_week(FIXED_WEEK)
    settled(qtbot, window)
    with qtbot.waitSignal(window.booking_done, timeout=30_000):
        book_through_dialog(qtbot, window, NOON, ONE, "Haircut", guest="Ann Lee",
                            phone="+49 30 7654321")
    settled(qtbot, window)
    return window


def _cancel_in_details(qtbot: Any, window: MainWindow) -> None:
    details = click_in_week(qtbot, window, shown(window, "appointment", "Haircut"))
    assert details.cancel_button is not None
    with qtbot.waitSignal(window.booking_done, timeout=30_000):
        details.cancel_button.click()
    settled(qtbot, window)


def _press_undo(qtbot: Any, window: MainWindow, signal: Any) -> None:
    """Ctrl+Z (the platform's Undo key) in the window, as the receptionist presses it."""
    undo_key = QKeySequence(QKeySequence.StandardKey.Undo)[0]
    window.activateWindow()  # the dialogs over it have closed
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(signal, timeout=30_000):
        qtbot.keyClick(window, undo_key.key(), undo_key.keyboardModifiers())
    settled(qtbot, window)


def test_correct_the_phone_cancel_by_mistake_and_undo(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    window = _booked(qtbot, connected_desk)
    assert not window.undo.undo_action.isEnabled()
    (booked,) = _ours(icloud)
    uid = str(booked["UID"])

    # Correct the phone in the details.
    details = click_in_week(qtbot, window, shown(window, "appointment", "Haircut"))
    assert details.edit_button is not None
    details.edit_button.click()
    form = window.edits.dialog
    assert isinstance(form, EditAppointmentDialog)
    qtbot.waitUntil(form.save_button.isEnabled, timeout=20_000)
    assert (form.name_edit.text(), form.phone_edit.text()) == ("Ann Lee", "+49 30 7654321")
    form.phone_edit.setText("+49 30 1234567")
    with qtbot.waitSignal(window.edits.done, timeout=30_000):
        form.save_button.click()
    settled(qtbot, window)
    assert window.statusBar().currentMessage() == "Changed #1: phone +49 30 1234567."
    (edited,) = _ours(icloud)
    assert str(edited["UID"]) == uid
    assert "Phone: +49 30 1234567" in str(edited["DESCRIPTION"])
    assert window.undo.undo_action.text() == "Undo Edit of Haircut \u00b7 Ann Lee"

    # Cancel by mistake.
    _cancel_in_details(qtbot, window)
    assert _ours(icloud) == []
    assert [i for i in shown_items(window) if i.source == "appointment"] == []
    assert window.undo.undo_action.text() == "Undo Cancel of Haircut \u00b7 Ann Lee"
    assert window.undo.undo_action.isEnabled()

    # Ctrl+Z: back in iCloud (with the corrected phone) and in the week.
    _press_undo(qtbot, window, window.undo.undone)
    assert window.statusBar().currentMessage() == "Booked again: Haircut \u00b7 Ann Lee."
    (again,) = _ours(icloud)
    assert (again.decoded("DTSTART"), again.decoded("DTEND")) == (NOON, ONE)
    assert "Phone: +49 30 1234567" in str(again["DESCRIPTION"])
    item = shown(window, "appointment", "Haircut")
    assert (item.start, item.end) == (NOON, ONE)
    assert connected_desk.appointment(SUB, 1).status == AppointmentStatus.WRITTEN
    # Next, the edit before it.
    assert window.undo.undo_action.text() == "Undo Edit of Haircut \u00b7 Ann Lee"


def test_an_undo_refused_because_the_time_was_taken_names_the_clash_and_changes_nothing(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    window = _booked(qtbot, connected_desk)
    _cancel_in_details(qtbot, window)
    # Meanwhile another desk books the same hour.
    other = Desk()
    other.book(SUB, NOON, ONE, "Colour", "Bo Berg")

    _press_undo(qtbot, window, window.undo.failed)
    said = window.statusBar().currentMessage()
    assert said.startswith("That time is not free: it overlaps Colour (Work, Wed "
                           "12:00\u201313:00, Appointment booked in jumpadesk); free from "), said
    assert [str(e["SUMMARY"]) for e in _ours(icloud)] == ["Colour"]
    assert connected_desk.appointment(SUB, 1).status == AppointmentStatus.CANCELLED
    assert [i.title for i in shown_items(window) if i.source == "appointment"] == ["Colour"]
    # Nothing changed, so it can be tried again once the time is free.
    assert window.undo.undo_action.text() == "Undo Cancel of Haircut \u00b7 Ann Lee"
    assert window.undo.undo_action.isEnabled()


def test_an_undo_on_an_out_of_date_schedule_asks_first_then_undoes(
    qtbot: Any, patient_desk: Desk, icloud: IcloudServer,
) -> None:
    answers = Answers()
    window = _booked(qtbot, patient_desk, answers)
    _cancel_in_details(qtbot, window)
    icloud.fail_next(10_000, status=500, method="PROPFIND")  # the sync before it fails
    _press_undo(qtbot, window, window.undo.undone)
    icloud.clear_faults()
    assert answers.asked[-1][0] == "Undo anyway?"
    assert answers.asked[-1][1].startswith("The schedule may be out of date:")
    assert answers.asked[-1][1].endswith("Undo anyway?")
    assert [str(e["SUMMARY"]) for e in _ours(icloud)] == ["Haircut"]
    assert window.undo.undo_action.text() == "Undo"


def test_undo_is_in_the_edit_menu_with_the_platform_key(
    qtbot: Any, connected_desk: Desk,
) -> None:
    window = make_window(qtbot, connected_desk)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&File", "&Edit"]
    assert window.undo.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.undo.undo_action.text() == "Undo"
    assert not window.undo.undo_action.isEnabled()
    # A guest's name is text: its "&" is no mnemonic.
    window.undo.push(CancelDone(SUB, 1, "Cut \u00b7 Tom & Jerry"))
    assert window.undo.undo_action.text() == "Undo Cancel of Cut \u00b7 Tom && Jerry"
    assert window.undo.undo_action.isEnabled()
