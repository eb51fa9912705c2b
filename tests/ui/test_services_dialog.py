"""Services… in the window (issue 20 item 3): the list, add and remove in a real Qt
dialog offscreen on a real store (SQLite and PostgreSQL), each store call answered on a
worker: the dialog is on screen before the list arrives, and a refusal is its one
sentence under the form."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt

from jumpadesk.service import Desk
from jumpadesk.ui.services_dialog import ServicesDialog


def shown(dialog: ServicesDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_services_are_listed_added_and_removed_in_the_window(qtbot: Any, desk: Desk) -> None:
    desk.add_service("Cut", timedelta(minutes=45))
    dialog = ServicesDialog(desk)
    qtbot.addWidget(dialog)
    assert shown(dialog) == []  # asked on a worker: the answer comes through the loop
    qtbot.waitUntil(lambda: shown(dialog) == ["Cut  \u00b7  45 min"], timeout=20_000)

    dialog.name_edit.setText("Colour")
    dialog.length_edit.setText("1h")
    dialog.after_edit.setText("15m")
    with qtbot.waitSignal(dialog.answered, timeout=20_000):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert shown(dialog) == ["Colour  \u00b7  1 h  \u00b7  15 min after", "Cut  \u00b7  45 min"]
    assert dialog.status_label.text() == "Added Colour."
    assert [o.json() for o in desk.services()][0] == {
        "name": "Colour", "length_minutes": 60, "buffer_before_minutes": 0,
        "buffer_after_minutes": 15, "staff": []}

    dialog.name_edit.setText("colour")
    with qtbot.waitSignal(dialog.answered, timeout=20_000):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == (
        "There is already a service named 'Colour'; remove it first or choose another name.")

    dialog.list.setCurrentRow(1)
    with qtbot.waitSignal(dialog.answered, timeout=20_000):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert shown(dialog) == ["Colour  \u00b7  1 h  \u00b7  15 min after"]
    assert [o.name for o in desk.services()] == ["Colour"]


def test_a_length_that_cannot_be_is_said_before_the_store_is_asked(
    qtbot: Any, desk: Desk
) -> None:
    dialog = ServicesDialog(desk)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.status_label.text() != "", timeout=20_000)
    dialog.name_edit.setText("Wash")
    dialog.length_edit.setText("an hour")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == (
        '"an hour" is not a length; write it like 45m, 1h, 1h30m or 90m.')
    assert desk.services() == []


def test_the_booking_form_starts_with_the_service_and_its_length_fills_the_end(
    qtbot: Any,
) -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from jumpadesk.services.offered import Offered
    from jumpadesk.ui.booking_dialog import BookingDialog

    start = datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    colour = Offered("Colour", timedelta(hours=1), timedelta(0), timedelta(minutes=15))
    cut = Offered("Cut", timedelta(minutes=45))
    form = BookingDialog(start, start + timedelta(minutes=30), ZoneInfo("Europe/Berlin"),
                         services=[colour, cut])
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert form.focusWidget() is form.service_combo  # the first thing chosen
    form.service_combo.setCurrentIndex(1)
    assert (form.title_edit.text(), form.end) == ("Colour", start + timedelta(hours=1))
    assert form.when_label.text().endswith("14:00 \u2013 15:00")
    assert form.length_label.text().startswith("1 h")
    form.service_combo.setCurrentIndex(2)  # a title the service gave follows the service
    assert (form.title_edit.text(), form.end) == ("Cut", start + timedelta(minutes=45))
    form.name_edit.setText("Ann Lee")
    request = form.request()
    assert (request.service, request.title, request.end) == (
        "Cut", "Cut", start + timedelta(minutes=45))
    form.service_combo.setCurrentIndex(0)  # no service: the time as chosen
    assert (form.end, form.request().service) == (start + timedelta(minutes=30), "")
