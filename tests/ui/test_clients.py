"""The clients in the window (issue 20 item 4), in real widgets against the iCloud-like
server: Clients… (Ctrl+K) finds a client as one types, Enter opens the card (counts,
notes saved, appointments ahead and behind, a past one marked); an appointment's details
say which desk booked it and when, and mark the guest arrived or refuse a no-show before
it started, in a sentence. Every store call on a worker (tests/ui/conftest.py)."""

from __future__ import annotations

from datetime import UTC
from typing import Any

import pytest
from PySide6.QtCore import Qt

from jumpadesk.service import Desk
from jumpadesk.ui.attendance import AttendancePanel
from jumpadesk.ui.client_card import ClientCardDialog
from jumpadesk.ui.client_list import ClientListDialog
from tests.helpers.window import click_in_week, make_window, shown
from tests.icloud_server import FIXED_WEEK, FIXED_ZONE, IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE, SUB

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def clients(connected_desk: Desk, icloud: IcloudServer,
            monkeypatch: pytest.MonkeyPatch) -> Desk:
    """Ann booked the week before and twice this week, Bob once; at Front desk."""
    monkeypatch.setenv("JUMPADESK_DESK_NAME", "Front desk")
    desk = connected_desk
    desk.book(SUB, week_day(-6, "14:00"), week_day(-6, "15:00"), "Colour", "Ann Lee",
              "ann@example.com", "+49 151 2345 678")
    desk.book(SUB, week_day(1, "14:00"), week_day(1, "15:00"), "Cut", "Ann Lee",
              "ann@example.com")
    desk.book(SUB, week_day(0, "12:00"), week_day(0, "12:30"), "Fringe", "Ann Lee",
              "ann@example.com")
    desk.book(SUB, week_day(1, "17:00"), week_day(1, "17:30"), "Beard", "Bob Brown",
              phone="0171 99 88 77")
    return desk


def rows(widget: Any) -> list[str]:
    return [widget.item(n).text() for n in range(widget.count())]


def answered(qtbot: Any, dialog: Any, change: Any) -> None:
    with qtbot.waitSignal(dialog.answered, timeout=20_000):
        change()


def test_ctrl_k_finds_a_client_as_one_types_and_enter_opens_the_card(
    qtbot: Any, clients: Desk,
) -> None:
    window = make_window(qtbot, clients)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    [dialog] = window.findChildren(ClientListDialog)
    qtbot.waitUntil(lambda: not dialog.searching, timeout=20_000)
    assert rows(dialog.results) == [
        "Ann Lee \u00b7 ann@example.com \u00b7 +49 151 2345 678   (Main)",
        "Bob Brown \u00b7 0171 99 88 77   (Main)"]
    qtbot.keyClicks(dialog.search_edit, "0171 99")
    qtbot.waitUntil(lambda: not dialog.searching, timeout=20_000)
    assert rows(dialog.results) == ["Bob Brown \u00b7 0171 99 88 77   (Main)"]
    dialog.search_edit.clear()
    qtbot.keyClicks(dialog.search_edit, "ann")
    qtbot.waitUntil(lambda: not dialog.searching, timeout=20_000)
    assert [c.name for c in dialog.clients] == ["Ann Lee"]

    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    card = dialog.card_dialog
    assert isinstance(card, ClientCardDialog) and card.isVisible()
    qtbot.waitUntil(lambda: card.card is not None and not card.reading, timeout=20_000)
    assert card.windowTitle() == "Client: Ann Lee"
    assert card.name_label.text() == "Ann Lee"
    assert {k: v.text() for k, v in card.field_labels.items()} == {
        "Email": "ann@example.com", "Phone": "+49 151 2345 678", "Staff": "Main"}
    assert card.counts_label.text() == "Arrived never, no-show never"
    sep = "  \u00b7  "  # the window's clock: Monday of the seeded week, 07:00
    assert rows(card.upcoming) == [
        sep.join(("Mon 23 Nov 2026 12:00\u201312:30", "Fringe", "with Main")),
        sep.join(("Tue 24 Nov 2026 14:00\u201315:00", "Cut", "with Main"))]
    assert rows(card.past) == [sep.join(("Tue 17 Nov 2026 14:00\u201315:00", "Colour",
                                         "with Main"))]

    card.notes_edit.setPlainText("Allergic to ammonia.")
    answered(qtbot, card, card.save_notes_button.click)
    assert card.status_label.text() == "Saved the notes on Ann Lee."
    assert clients.client_card("ann@example.com").notes == "Allergic to ammonia."

    card.past.setCurrentRow(0)
    assert card.mark_buttons["no-show"].isEnabled()
    answered(qtbot, card, card.mark_buttons["no-show"].click)
    assert card.counts_label.text() == "Arrived never, no-show once"
    assert rows(card.past)[0].endswith(f"{sep}No-show")
    assert card.chosen_visit() == card.card.past[0]  # still chosen: Clear Mark undoes it
    assert card.mark_buttons["clear"].isEnabled()
    assert clients.client_card("ann@example.com").no_show == 1


def test_the_details_say_who_booked_it_and_mark_the_guest_arrived(
    qtbot: Any, clients: Desk, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("JUMPADESK_DESK_NAME", "Back office")  # another desk opens it
    window = make_window(qtbot, clients)
    window.show_week(FIXED_WEEK)
    qtbot.waitUntil(lambda: not window.working, timeout=20_000)
    fringe = shown(window, "appointment", "Fringe")
    details = click_in_week(qtbot, window, fringe)
    panel = details.findChild(AttendancePanel)
    assert isinstance(panel, AttendancePanel)
    qtbot.waitUntil(lambda: panel.record is not None, timeout=20_000)
    booked = clients.appointment(SUB, fringe.ref_id).created_at.replace(tzinfo=UTC)
    local = booked.astimezone(FIXED_ZONE)
    assert panel.booked_label.text() == (
        f"Booked by Front desk, {local:%a} {local.day} {local:%b %Y} {local:%H:%M}")
    assert panel.mark_label.text() == "Guest: Not marked yet"
    assert not panel.buttons["clear"].isEnabled()

    answered(qtbot, panel, panel.buttons["no-show"].click)  # 07:00; it starts at 12:00
    assert panel.status_label.text() == (
        "\u201cFringe\u201d for Ann Lee on Monday 23 November 2026, 12:00 \u2013 12:30 has "
        "not started yet: a guest can be marked as a no-show once it has.")
    answered(qtbot, panel, panel.buttons["arrived"].click)  # early, the same day
    assert panel.mark_label.text() == "Guest: Arrived"
    assert panel.status_label.isHidden()
    assert panel.buttons["clear"].isEnabled()
    assert clients.appointment(SUB, fringe.ref_id).attendance == "arrived"
    details.close()

    cut = click_in_week(qtbot, window, shown(window, "appointment", "Cut"))
    panel = cut.findChild(AttendancePanel)
    qtbot.waitUntil(lambda: panel.record is not None, timeout=20_000)
    answered(qtbot, panel, panel.buttons["arrived"].click)
    assert panel.status_label.text().endswith(
        "is not today: a guest can be marked arrived from Tuesday 24 November 2026 on.")
    assert clients.appointment(SUB, cut.item.ref_id).attendance == ""
