"""The receptionist's script as one window test (issue 20, "Tests and measures"): in a
real main window against the iCloud-like server and a real store, with Main and Alex
connected: Find a Time (Ctrl+F) for 45 minutes with anyone on Tuesday afternoon, the
first suggestion booked with Enter, the guest's name on the block in Alex's column of the
team day, the appointment dragged to Main, the phone corrected in the details' Edit
form, a cancel by mistake, and Ctrl+Z, three times: booked again, the phone as it was,
and the appointment given back to Alex. At each step what a receptionist would check:
the blocks of each column, iCloud's events, the store."""

from __future__ import annotations

from datetime import UTC
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QKeySequence

from jumpadesk.kinds import AppointmentStatus
from jumpadesk.service import Desk
from jumpadesk.ui.booking_dialog import BookingDialog
from jumpadesk.ui.edit_appointment import EditAppointmentDialog
from jumpadesk.ui.event_details import EventDetails
from jumpadesk.ui.find_time import FindTimeDialog
from jumpadesk.ui.main_window import MainWindow
from tests.helpers.team import add_alex, column_texts, team_on
from tests.helpers.window import Answers, make_window, settled
from tests.icloud_server import IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

NOON, QUARTER_TO_ONE = week_day(1, "12:00"), week_day(1, "12:45")
ALEX, MAIN = 0, 1  # the team day's columns, by name
BLOCK = "Colour \u00b7 Ann Lee"


def _ours(icloud: IcloudServer, calendar: str) -> list[str]:
    """The events jumpadesk wrote to `calendar`, as their text."""
    texts = (icloud.get_event(calendar, href) for href in icloud.hrefs(calendar))
    return [t for t in texts if t is not None and "@jumpadesk" in t]


def _columns(team: Any) -> tuple[bool, bool]:
    """Whether the guest's block is in Alex's column, and in Main's."""
    return tuple(any(t.startswith(BLOCK) for t in column_texts(team, c))  # type: ignore
                 for c in (ALEX, MAIN))


def _showing(qtbot: Any, team: Any, alex: bool, main: bool) -> None:
    qtbot.waitUntil(lambda: _columns(team) == (alex, main), timeout=20_000)


def _block(team: Any, title: str = "Colour") -> Any:
    return next(b for b in team.panel.view.blocks() if b.item.title == title)


def _details(qtbot: Any, window: MainWindow, team: Any) -> EventDetails:
    """A double-click on the guest's block: its details (its staff member on screen)."""
    view = team.panel.view
    with qtbot.waitSignal(view.item_activated, timeout=10_000):
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton,
                          pos=_block(team).rect.center().toPoint())
    details = window.details_dialog
    assert isinstance(details, EventDetails) and details.isVisible()
    return details


def _ctrl_z(qtbot: Any, window: MainWindow, *, refused: bool = False) -> str:
    """The platform's Undo key in the window; the status bar's sentence once done (or,
    `refused`, once refused)."""
    undo_key = QKeySequence(QKeySequence.StandardKey.Undo)[0]
    window.activateWindow()  # the dialogs over it have closed
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.undo.failed if refused else window.undo.undone,
                          timeout=30_000):
        qtbot.keyClick(window, undo_key.key(), undo_key.keyboardModifiers())
    settled(qtbot, window)
    return window.statusBar().currentMessage()


def _find_and_book(qtbot: Any, window: MainWindow) -> None:
    """Ctrl+F: 45 minutes with anyone on Tuesday afternoons; Enter on the first, the
    guest typed into the booking form, Enter again."""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    [finder] = window.findChildren(FindTimeDialog)
    qtbot.waitUntil(lambda: finder.status_label.text() != "Looking\u2026", timeout=20_000)
    assert (finder.length_combo.currentText(), finder.who_combo.currentText()) == (
        "45m", "Anyone")
    finder.part_combo.setCurrentIndex(2)  # the afternoon
    for number, box in enumerate(finder.day_boxes):
        box.setChecked(number == 1)
    with qtbot.waitSignal(finder.answered, timeout=20_000):
        finder.from_edit.setDate(QDate(2026, 11, 24))
    assert finder.results.item(0).text() == "Tue 24 Nov  12:00 \u2013 12:45  \u00b7  Alex"
    finder.results.setFocus()
    qtbot.keyClick(finder.results, Qt.Key.Key_Return)
    form = window.booking_dialog
    assert isinstance(form, BookingDialog) and form.isVisible()
    assert (window.sub.name, form.start, form.end) == ("Alex", NOON, QUARTER_TO_ONE)
    form.title_edit.setText("Colour")
    form.name_edit.setText("Ann Lee")
    form.phone_edit.setText("+49 30 7654321")
    with qtbot.waitSignal(window.booking_done, timeout=30_000):
        qtbot.keyClick(form.phone_edit, Qt.Key.Key_Return)
    settled(qtbot, window)


def _drag(qtbot: Any, team: Any, column: int = MAIN, title: str = "Colour",
          lower: int = 0) -> str:
    """The block dragged into `column` (Main's) at the same height (or `lower` block
    heights lower); the sentence said."""
    view = team.panel.view
    rect = _block(team, title).rect
    start = rect.center().toPoint()
    lay = view.layout_
    target = QPoint(int(lay.column_left(column) + lay.column_width / 2),
                    int(start.y() + lower * rect.height()))
    with qtbot.waitSignal(team.given, timeout=30_000) as given:
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view, QPoint(start.x() + 20, start.y()))
        qtbot.mouseMove(view, target)
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=target)
    return str(given.args[0])


def test_find_book_move_correct_cancel_by_mistake_and_undo_all_of_it(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    desk = add_alex(connected_desk, icloud)  # Main books into Work, Alex into Home
    answers = Answers()
    window = make_window(qtbot, desk, ask=answers)

    # Find a time, book it for Alex.
    _find_and_book(qtbot, window)
    [appt] = [i for i in desk.schedule("Alex", NOON, QUARTER_TO_ONE)
              if i.source == "appointment"]
    assert appt.ref_id is not None
    ref = appt.ref_id
    assert (appt.title, appt.guest, appt.start, appt.end) == (
        "Colour", "Ann Lee", NOON, QUARTER_TO_ONE)
    [event] = _ours(icloud, "Home")
    assert "Ann Lee" in event and "T110000Z" in event  # 12:00 Berlin
    assert _ours(icloud, "Work") == []

    # The team day: the name on the block in Alex's column.
    assert not [f for f in window.findChildren(FindTimeDialog) if f.isVisible()]
    window.activateWindow()  # the form has closed: the window has the keys again
    qtbot.waitUntil(window.isActiveWindow)
    team = team_on(qtbot, window)
    assert [s.name for s in team.panel.staff()] == ["Alex", "Main"]
    _showing(qtbot, team, alex=True, main=False)

    # Move it to Main.
    said = _drag(qtbot, team)
    assert said.startswith("\u201cColour\u201d for Ann Lee is now with Main, ")
    settled(qtbot, window)
    _showing(qtbot, team, alex=False, main=True)
    given = desk.appointment("Main", ref)
    assert (given.start_ts, given.end_ts) == (int(NOON.timestamp()),
                                              int(QUARTER_TO_ONE.timestamp()))
    assert _ours(icloud, "Home") == []
    [event] = _ours(icloud, "Work")
    assert "Ann Lee" in event
    assert window.undo.undo_action.text() == f"Undo Giving {BLOCK} to Main"

    # Correct the phone in the details' Edit form.
    details = _details(qtbot, window, team)
    assert window.sub.name == "Main"
    assert details.edit_button is not None
    details.edit_button.click()
    form = window.edits.dialog
    assert isinstance(form, EditAppointmentDialog)
    qtbot.waitUntil(form.save_button.isEnabled, timeout=20_000)
    assert form.phone_edit.text() == "+49 30 7654321"
    form.phone_edit.setText("+49 30 1234567")
    with qtbot.waitSignal(window.edits.done, timeout=30_000):
        form.save_button.click()
    settled(qtbot, window)
    [event] = _ours(icloud, "Work")
    assert "Phone: +49 30 1234567" in event
    assert desk.appointment("Main", ref).guest_phone == "+49 30 1234567"
    assert window.undo.undo_action.text() == f"Undo Edit of {BLOCK}"

    # Cancel by mistake.
    details = _details(qtbot, window, team)
    assert details.cancel_button is not None
    with qtbot.waitSignal(window.booking_done, timeout=30_000):
        details.cancel_button.click()
    settled(qtbot, window)
    _showing(qtbot, team, alex=False, main=False)
    assert _ours(icloud, "Work") == [] and _ours(icloud, "Home") == []
    assert desk.appointment("Main", ref).status == AppointmentStatus.CANCELLED
    assert window.undo.undo_action.text() == f"Undo Cancel of {BLOCK}"

    # Ctrl+Z: booked again for Main, with the corrected phone.
    assert _ctrl_z(qtbot, window) == f"Booked again: {BLOCK}."
    _showing(qtbot, team, alex=False, main=True)
    [event] = _ours(icloud, "Work")
    assert "Phone: +49 30 1234567" in event
    assert desk.appointment("Main", ref).status == AppointmentStatus.WRITTEN

    # Ctrl+Z: the phone as it was.
    assert window.undo.undo_action.text() == f"Undo Edit of {BLOCK}"
    assert _ctrl_z(qtbot, window) == f"Changed back: {BLOCK}."
    [event] = _ours(icloud, "Work")
    assert "Phone: +49 30 7654321" in event

    # Ctrl+Z: given back to Alex, in Home again, at its time.
    assert window.undo.undo_action.text() == f"Undo Giving {BLOCK} to Main"
    assert _ctrl_z(qtbot, window) == f"Given back to Alex: {BLOCK}."
    _showing(qtbot, team, alex=True, main=False)
    assert _ours(icloud, "Work") == []
    [event] = _ours(icloud, "Home")
    assert "Ann Lee" in event and "Phone: +49 30 7654321" in event
    back = desk.appointment("Alex", ref)
    assert (back.status, back.start_ts) == (AppointmentStatus.WRITTEN, int(NOON.timestamp()))
    assert [i.start.astimezone(UTC) for i in desk.schedule("Main", NOON, QUARTER_TO_ONE)
            if i.source == "appointment"] == []
    assert window.undo.undo_action.text() == "Undo"
    assert not window.undo.undo_action.isEnabled()


def test_giving_back_a_time_taken_since_is_refused_and_stays_to_undo(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    desk = add_alex(connected_desk, icloud)
    five, six = week_day(1, "05:00"), week_day(1, "06:00")
    appt = desk.book("Main", five, six, "Haircut", "Ann Lee")
    assert appt.id is not None
    window = make_window(qtbot, desk)
    team = team_on(qtbot, window)
    _drag(qtbot, team, ALEX, "Haircut", lower=2)  # to Alex, two hours later
    settled(qtbot, window)
    given = desk.appointment("Alex", appt.id)
    assert given.start_ts >= int(six.timestamp())
    # Meanwhile another desk books Main's hour, free since.
    Desk().book("Main", five, six, "Perm", "Eva Roth")

    said = _ctrl_z(qtbot, window, refused=True)

    assert said == ("That time is not free: it overlaps Perm (Work, Tue 05:00\u201306:00, "
                    "Appointment booked in jumpadesk).")  # as a move to a taken time says
    assert desk.appointment("Alex", appt.id).href == given.href
    assert "Ann Lee" in (icloud.get_event("Home", given.href) or "")
    assert [e for e in _ours(icloud, "Work") if "Ann Lee" in e] == []
    qtbot.waitUntil(lambda: any(t.startswith("Haircut \u00b7 Ann Lee")
                                for t in column_texts(team, ALEX)), timeout=20_000)
    # Nothing changed, so it can be tried again once the time is free.
    assert window.undo.undo_action.text() == "Undo Giving Haircut \u00b7 Ann Lee to Alex"
    assert window.undo.undo_action.isEnabled()


def test_giving_back_speaks_german(
    qtbot: Any, german: str, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    """Edit > Undo of an appointment given to another staff member, the status bar while
    it is undone and once it is, in German."""
    desk = add_alex(connected_desk, icloud)
    appt = desk.book("Main", week_day(1, "05:00"), week_day(1, "06:00"), "Haircut", "Ann Lee")
    assert appt.id is not None
    window = make_window(qtbot, desk)
    team = team_on(qtbot, window)
    _drag(qtbot, team, ALEX, "Haircut")
    settled(qtbot, window)
    undo = window.undo.undo_action
    assert undo.text() == "Übergabe von Haircut \u00b7 Ann Lee an Alex rückgängig machen"

    with qtbot.waitSignal(window.undo.undone, timeout=30_000) as undone:
        undo.trigger()
        undoing = window.statusBar().currentMessage()
    settled(qtbot, window)
    assert undoing == "Haircut \u00b7 Ann Lee wird an Main zurückgegeben \u2026"
    assert undone.args[0] == "An Main zurückgegeben: Haircut \u00b7 Ann Lee."
    assert desk.appointment("Main", appt.id).start_ts == int(week_day(1, "05:00").timestamp())
