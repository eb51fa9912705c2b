"""Which staff offer each service in the window (issue 20 item 3), in real Qt widgets
offscreen on a real store (SQLite and PostgreSQL) synced from the iCloud-like server: the
Services page ticks who offers each (Everyone by default) and saves it on a worker; the
booking form, from the team's day or the week, lists only the services of the staff
member it books for; Find a Time with a service and anyone offers only the staff who offer
it, and its form starts with that service; a service taken from the staff member at
another desk while the form was open is refused under the form in one sentence."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from jumpadesk.service import Desk
from jumpadesk.ui.booking_dialog import BookingDialog
from jumpadesk.ui.find_time import FindTimeDialog
from jumpadesk.ui.services_dialog import ServicesDialog
from tests.helpers.team import add_alex, team_on
from tests.helpers.window import make_window
from tests.icloud_server import IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _ticks(dialog: ServicesDialog) -> dict[str, bool]:
    staff = dialog.staff.list
    return {staff.item(n).text(): staff.item(n).checkState() == Qt.CheckState.Checked
            for n in range(staff.count())}


def _tick(dialog: ServicesDialog, text: str, on: bool = True) -> None:
    staff = dialog.staff.list
    (item,) = [staff.item(n) for n in range(staff.count()) if staff.item(n).text() == text]
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def test_the_services_page_saves_which_staff_offer_each(qtbot: Any, desk: Desk) -> None:
    desk.add_sub_account("Alex")
    desk.add_service("Colour", timedelta(hours=1))
    dialog = ServicesDialog(desk)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=20_000)
    assert _ticks(dialog) == {"Everyone": True, "Alex": False, "Main": False}

    dialog.list.setCurrentRow(0)
    _tick(dialog, "Alex")  # a staff member ticked: not everyone any more
    assert _ticks(dialog) == {"Everyone": False, "Alex": True, "Main": False}
    with qtbot.waitSignal(dialog.answered, timeout=20_000):
        qtbot.mouseClick(dialog.staff_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "Saved who offers Colour."
    assert [(o.name, o.staff) for o in desk.services()] == [("Colour", ("Alex",))]
    assert dialog.list.item(0).text() == "Colour  \u00b7  1 h  \u00b7  by Alex"
    assert _ticks(dialog) == {"Everyone": False, "Alex": True, "Main": False}

    # A new service is offered by those ticked; the ticks follow the service chosen.
    _tick(dialog, "Alex", on=False)
    assert _ticks(dialog) == {"Everyone": True, "Alex": False, "Main": False}
    _tick(dialog, "Main")
    dialog.name_edit.setText("Cut")
    dialog.length_edit.setText("30m")
    with qtbot.waitSignal(dialog.answered, timeout=20_000):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [(o.name, o.staff) for o in desk.services()] == [
        ("Colour", ("Alex",)), ("Cut", ("Main",))]
    dialog.list.setCurrentRow(0)
    assert _ticks(dialog) == {"Everyone": False, "Alex": True, "Main": False}

    _tick(dialog, "Everyone")  # back to everyone
    assert _ticks(dialog) == {"Everyone": True, "Alex": False, "Main": False}
    with qtbot.waitSignal(dialog.answered, timeout=20_000):
        qtbot.mouseClick(dialog.staff_button, Qt.MouseButton.LeftButton)
    assert [(o.name, o.staff) for o in desk.services()] == [
        ("Colour", ()), ("Cut", ("Main",))]


def test_the_booking_form_lists_only_the_services_of_the_staff_member_it_books_for(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    desk = add_alex(connected_desk, icloud)
    desk.add_service("Colour", timedelta(hours=1), staff=["Alex"])
    desk.add_service("Cut", timedelta(minutes=30))
    window = make_window(qtbot, desk)
    team = team_on(qtbot, window)
    qtbot.waitUntil(lambda: len(window.shown_week.services) == 2, timeout=20_000)
    alex, main = team.panel.staff()
    assert (alex.name, main.name) == ("Alex", "Main")

    def offered(form: Any) -> list[str | None]:
        assert isinstance(form, BookingDialog)
        return [form.service_combo.itemData(n) for n in range(form.service_combo.count())]

    form = team.book(main, week_day(1, "09:00"), week_day(1, "09:30"))
    assert offered(form) == [None, "Cut"]
    form.reject()
    form = team.book(alex, week_day(1, "09:00"), week_day(1, "09:30"))
    assert offered(form) == [None, "Colour", "Cut"]
    form.service_combo.setCurrentIndex(form.service_combo.findData("Colour"))
    form.name_edit.setText("Eva Roth")
    with qtbot.waitSignal(window.booking_done, timeout=60_000) as done:
        form.ok_button.click()
    assert (done.args[0].title, done.args[0].service_name) == ("Colour", "Colour")


def test_find_a_time_with_a_service_and_anyone_offers_only_the_staff_who_offer_it(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    desk = add_alex(connected_desk, icloud)
    desk.add_service("Colour", timedelta(minutes=45), staff=["Main"])
    window = make_window(qtbot, desk)
    qtbot.waitUntil(lambda: len(window.shown_week.services) == 1, timeout=20_000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    [dialog] = window.findChildren(FindTimeDialog)
    qtbot.waitUntil(lambda: dialog.status_label.text() != "Looking\u2026", timeout=20_000)
    assert dialog.who_combo.currentText() == "Anyone"
    dialog.part_combo.setCurrentIndex(2)  # Tuesday afternoons
    for number, box in enumerate(dialog.day_boxes):
        box.setChecked(number == 1)
    with qtbot.waitSignal(dialog.answered, timeout=20_000):
        dialog.from_edit.setDate(QDate(2026, 11, 24))
    # A length alone: Alex and Main alike.
    assert {f.sub_account.name for f in dialog.starts()} == {"Alex", "Main"}
    with qtbot.waitSignal(dialog.answered, timeout=20_000):
        dialog.service_combo.setCurrentIndex(dialog.service_combo.findData("Colour"))
    starts = dialog.starts()
    assert starts and {f.sub_account.name for f in starts} == {"Main"}
    assert starts[0].end - starts[0].start == timedelta(minutes=45)

    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    form = window.booking_dialog
    assert isinstance(form, BookingDialog) and form.isVisible()
    assert window.sub.name == "Main"
    assert form.service_combo.currentData() == "Colour"
    assert (form.start, form.end) == (starts[0].start, starts[0].end)


def test_a_service_taken_from_the_staff_member_while_the_form_was_open_is_refused_in_the_window(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer,
) -> None:
    desk = add_alex(connected_desk, icloud)
    desk.add_service("Colour", timedelta(hours=1))
    window = make_window(qtbot, desk)
    qtbot.waitUntil(lambda: len(window.shown_week.services) == 1, timeout=20_000)
    form = window.open_booking(week_day(1, "09:00"), week_day(1, "09:30"))
    assert window.sub.name == "Main"
    form.service_combo.setCurrentIndex(form.service_combo.findData("Colour"))
    form.name_edit.setText("Eva Roth")
    desk.set_service_staff("Colour", ["Alex"])  # at another desk, meanwhile
    before = set(icloud.hrefs("Work"))
    with qtbot.waitSignal(window.booking_failed, timeout=60_000) as failed:
        form.ok_button.click()
    assert failed.args[0] == "Main does not offer Colour; it is offered by Alex."
    assert form.error_label.text() == failed.args[0]  # under the form, the input kept
    assert form.name_edit.text() == "Eva Roth"
    assert set(icloud.hrefs("Work")) == before
    assert [i for i in desk.schedule("Main", week_day(1), week_day(2))
            if i.source == "appointment"] == []
