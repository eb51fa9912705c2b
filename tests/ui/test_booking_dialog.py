"""The booking dialog: what it collects, what it refuses, and that a refusal keeps the input."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime  # noqa: E402
from typing import Any  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit  # noqa: E402

from jumpadesk.ui.booking_dialog import (  # noqa: E402
    KIND_APPOINTMENT,
    KIND_BLOCK,
    BookingDialog,
    BookingRequest,
    describe_slot,
    field_problems,
)

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # 10:00 in Berlin
END = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def dialog(qtbot: Any) -> BookingDialog:
    d = BookingDialog(START, END, BERLIN)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def fill(d: BookingDialog, title: str = "Haircut", name: str = "Jana Weber",
         email: str = "jana@example.com", phone: str = "+49 30 1234567") -> None:
    d.title_edit.setText(title)
    d.name_edit.setText(name)
    d.email_edit.setText(email)
    d.phone_edit.setText(phone)


def guest_edits(d: BookingDialog) -> list[QLineEdit]:
    return [d.name_edit, d.email_edit, d.phone_edit]


def test_the_slot_is_shown_in_the_business_zone(dialog: BookingDialog) -> None:
    assert describe_slot(START, END, BERLIN) == "Wednesday 25 November 2026, 10:00 \u2013 11:30"
    assert dialog.when_label.text() == describe_slot(START, END, BERLIN)
    length = dialog.findChild(QLabel, "bookingLength")
    assert length.text() == "1 h 30 min  \u00b7  times in Europe/Berlin"


def test_an_appointment_is_submitted_with_the_values_typed(
    qtbot: Any, dialog: BookingDialog
) -> None:
    fill(dialog, title="  Haircut ", email=" jana@example.com ")
    with qtbot.waitSignal(dialog.submitted) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [BookingRequest(
        KIND_APPOINTMENT, START, END, "Haircut", "Jana Weber", "jana@example.com",
        "+49 30 1234567")]
    # It waits for the Desk's answer, greyed, instead of closing.
    assert dialog.isVisible() and dialog.is_busy()
    assert not dialog.title_edit.isEnabled()


def test_a_refusal_is_shown_inline_and_keeps_the_input(
    qtbot: Any, dialog: BookingDialog
) -> None:
    fill(dialog)
    with qtbot.waitSignal(dialog.submitted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    sentence = ("That time is not free: it overlaps Design review (Work, Wed 10:00\u201311:00, "
                "Busy in iCloud).")
    dialog.show_error(sentence)
    assert dialog.isVisible()
    assert dialog.error_text() == sentence
    assert not dialog.is_busy() and dialog.ok_button.isEnabled()
    assert dialog.request().title == "Haircut" and dialog.request().email == "jana@example.com"
    # The person can try again straight away.
    with qtbot.waitSignal(dialog.submitted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text() == ""


def test_accept_closes_the_dialog_when_the_booking_went_through(
    qtbot: Any, dialog: BookingDialog
) -> None:
    fill(dialog)
    with qtbot.waitSignal(dialog.submitted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize("email", ["jana@", "jana example.com", "@example.com", "jana@example"])
def test_an_email_that_is_not_an_address_is_refused(
    qtbot: Any, dialog: BookingDialog, email: str
) -> None:
    fill(dialog, email=email)
    with qtbot.assertNotEmitted(dialog.submitted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    hint = dialog.hints["email"]
    assert hint.isVisible() and "email address" in hint.text()
    dialog.email_edit.setText("jana@example.com")
    dialog._on_edit_text_edited("")
    assert not hint.isVisible()


def test_an_appointment_needs_a_title(qtbot: Any, dialog: BookingDialog) -> None:
    fill(dialog, title="   ")
    with qtbot.assertNotEmitted(dialog.submitted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.hints["title"].text() == "An appointment needs a title."


def test_guest_details_are_optional(qtbot: Any, dialog: BookingDialog) -> None:
    fill(dialog, name="", email="", phone="")
    with qtbot.waitSignal(dialog.submitted) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].email == "" and blocker.args[0].name == ""


def test_the_phone_field_takes_only_what_phone_numbers_have(
    qtbot: Any, dialog: BookingDialog
) -> None:
    qtbot.keyClicks(dialog.phone_edit, "+49 (30) abc 12-34")
    assert dialog.phone_edit.text() == "+49 (30)  12-34"
    assert field_problems(KIND_APPOINTMENT, "x", "", "call me") == {
        "phone": "A phone number has digits, spaces and + ( ) - only."}


def test_a_blocked_slot_hides_the_guest_fields_and_needs_no_title(
    qtbot: Any, dialog: BookingDialog
) -> None:
    fill(dialog, title="")
    qtbot.mouseClick(dialog.block_radio, Qt.MouseButton.LeftButton)
    assert dialog.kind() == KIND_BLOCK
    assert [e.isVisibleTo(dialog) for e in guest_edits(dialog)] == [False] * 3
    assert dialog.ok_button.text() == "Block time"
    with qtbot.waitSignal(dialog.submitted) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    request = blocker.args[0]
    assert request == BookingRequest(KIND_BLOCK, START, END, "Blocked")
    assert request.is_block


def test_switching_back_to_an_appointment_shows_the_guest_fields(
    qtbot: Any, dialog: BookingDialog
) -> None:
    dialog.set_kind(KIND_BLOCK)
    dialog.set_kind(KIND_APPOINTMENT)
    assert [e.isVisibleTo(dialog) for e in guest_edits(dialog)] == [True] * 3
    assert dialog.ok_button.text() == "Book"


def test_close_on_submit_returns_the_values_like_a_plain_dialog(qtbot: Any) -> None:
    d = BookingDialog(START, END, BERLIN, kind=KIND_BLOCK, close_on_submit=True)
    qtbot.addWidget(d)
    d.show()
    d.title_edit.setText("Lunch")
    with qtbot.waitSignal(d.finished):
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.request() == BookingRequest(KIND_BLOCK, START, END, "Lunch")


def test_switching_to_a_blocked_slot_moves_nothing(qtbot: Any, dialog: BookingDialog) -> None:
    """Issue 10, item 10: the layout jumped when switching to Blocked slot."""
    qtbot.wait(10)

    def places() -> tuple[int, int, int]:
        button = dialog.ok_button.mapTo(dialog, dialog.ok_button.rect().topLeft())
        title = dialog.title_edit.mapTo(dialog, dialog.title_edit.rect().topLeft())
        return dialog.height(), button.y(), title.y()

    before = places()
    qtbot.mouseClick(dialog.block_radio, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    assert places() == before
    qtbot.mouseClick(dialog.appointment_radio, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    assert places() == before


def test_the_refusal_box_follows_a_dark_palette(qtbot: Any, dark_app: Any) -> None:
    """Issue 10, item 10: the refusal box stayed light pink on a dark theme."""
    from jumpadesk.ui.colors import contrast_ratio, is_dark

    d = BookingDialog(START, END, BERLIN)
    qtbot.addWidget(d)
    d.show()
    d.show_error("That time is not free: it overlaps Design review (Work, Wed 10:00).")
    qtbot.waitExposed(d)
    label = d.error_label
    picture = label.grab().toImage()
    fill = picture.pixelColor(label.width() // 2, 3)
    assert is_dark(fill), fill.name()
    sheet = label.styleSheet()
    text_hex = sheet.split("color: ")[1].split(";")[0]
    assert contrast_ratio(text_hex, fill) >= 4.5


def test_a_blocked_slot_says_what_it_is_where_the_guest_rows_were(
    qtbot: Any, dialog: BookingDialog
) -> None:
    dialog.set_kind(KIND_BLOCK)
    assert dialog.block_note.isVisible()
    assert "nothing is written to iCloud" in dialog.block_note.text()
    dialog.set_kind(KIND_APPOINTMENT)
    assert not dialog.block_note.isVisible()


def test_the_kind_radios_can_be_seen_on_a_dark_theme(qtbot: Any, dark_app: Any) -> None:
    from PySide6.QtGui import QPalette

    from jumpadesk.ui.colors import contrast_ratio

    d = BookingDialog(START, END, BERLIN)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    window = d.palette().color(QPalette.ColorRole.Window)
    image = d.block_radio.grab().toImage()
    indicator = [image.pixelColor(x, y) for x in range(min(20, image.width()))
                 for y in range(image.height())]
    assert max(contrast_ratio(c, window) for c in indicator) >= 3.0


def test_the_guest_rows_take_no_more_room_than_they_need(dialog: BookingDialog) -> None:
    """The blocked-slot note shares their place and does not stretch it."""
    assert dialog.guest_stack.sizeHint().height() == dialog.guest_box.sizeHint().height()

