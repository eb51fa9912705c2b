"""The calendar picker: which calendar takes the bookings (never a personal one by
accident), and radio buttons that can be seen on a dark theme."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from jumpadesk.service import CalendarInfo, Desk
from jumpadesk.ui.calendar_picker import (
    CHOOSE_LINKED,
    CalendarPicker,
    CalendarPickerDialog,
    suggested_choice,
)
from jumpadesk.ui.colors import contrast_ratio
from tests.icloud_server import IcloudServer
from tests.ui.conftest import SUB

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def calendar(cid: int, name: str, access: str = "write") -> CalendarInfo:
    return CalendarInfo(
        id=cid, name=name, url=f"https://p1-caldav.icloud.com/1/calendars/{cid}/",
        color="#1BADF8", access=access, kind="events", connectable=True, reason=None,
        linked=False, conflict=False, account="shop@icloud.com", connection_id=1,
        order=cid, deleted=False)


def make_picker(qtbot: Any, calendars: list[CalendarInfo]) -> CalendarPicker:
    picker = CalendarPicker()
    qtbot.addWidget(picker)
    picker.set_calendars(calendars)
    picker.resize(640, 300)
    picker.show()
    qtbot.waitExposed(picker)
    return picker


def test_a_personal_calendar_is_never_linked_by_default(
    desk: Desk, icloud: IcloudServer
) -> None:
    """Issue 10, item 8: the first writable calendar (Home) took the bookings."""
    desk.connect(SUB, icloud.apple_id, icloud.password, icloud.url)
    cals = desk.calendars(SUB)
    assert [c.name for c in cals if c.can_be_linked][0] == "Home"
    by_id = {c.id: c.name for c in cals}
    assert by_id[suggested_choice(cals).linked_id] == "Work"  # by its name


@pytest.mark.parametrize(("names", "expected"), [
    (["Home", "Bookings", "Work"], "Bookings"),
    (["Home", "work", "Appointments"], "Appointments"),
    (["Home", "Family", "Salon"], None),
])
def test_a_calendar_is_linked_by_default_only_when_its_name_says_so(
    names: list[str], expected: str | None
) -> None:
    cals = [calendar(n, name) for n, name in enumerate(names, 1)]
    choice = suggested_choice(cals)
    assert ({c.id: c.name for c in cals}.get(choice.linked_id)  # type: ignore[arg-type]
            == expected)


def test_with_no_calendar_named_for_bookings_the_picker_asks_to_choose(
    qtbot: Any, desk: Desk, icloud: IcloudServer
) -> None:
    picker = make_picker(qtbot, [calendar(1, "Home"), calendar(2, "Salon"),
                                 calendar(3, "Shared", access="read")])
    assert picker.linked_calendar() is None
    assert picker.linked_missing()
    assert picker.summary().startswith(CHOOSE_LINKED)
    picker.row("Salon").linked.click()
    assert not picker.linked_missing()
    assert picker.summary().startswith("Bookings are written to Salon.")


def test_saving_the_calendars_with_none_linked_says_what_to_do(
    qtbot: Any, desk: Desk, icloud: IcloudServer
) -> None:
    desk.connect(SUB, icloud.apple_id, icloud.password, icloud.url)
    dialog = CalendarPickerDialog(desk, SUB)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy)  # the calendars are read on a worker
    dialog.picker.set_calendars(desk.calendars(SUB), suggested_choice([]))  # none chosen
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text() == CHOOSE_LINKED
    assert not any(c.linked for c in desk.calendars(SUB))
    dialog.picker.row("Home").linked.click()
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.busy)  # saved on a worker
    assert not dialog.isVisible()
    assert [c.name for c in desk.calendars(SUB) if c.linked] == ["Home"]


def strongest_contrast(widget: QWidget, background: QColor) -> float:
    image = widget.grab().toImage()
    return max(contrast_ratio(image.pixelColor(x, y), background)
               for x in range(image.width()) for y in range(image.height()))


def test_the_linked_radio_buttons_can_be_seen_on_a_dark_theme(
    qtbot: Any, dark_app: Any
) -> None:
    """Issue 10, item 10: on a dark palette the Linked radios were nearly invisible."""
    picker = make_picker(qtbot, [calendar(1, "Work"), calendar(2, "Home"),
                                 calendar(3, "Shared", access="read")])
    window = picker.palette().color(QPalette.ColorRole.Window)
    # Non-text contrast (WCAG 1.4.11): 3:1 for the unchosen and the chosen alike.
    assert strongest_contrast(picker.row("Home").linked, window) >= 3.0
    assert strongest_contrast(picker.row("Work").linked, window) >= 3.0
    assert picker.row("Work").linked.isChecked()


def test_a_calendar_linked_by_its_name_is_said_to_be_a_suggestion(qtbot: Any) -> None:
    picker = make_picker(qtbot, [calendar(1, "Home"), calendar(2, "Work")])
    assert picker.linked_calendar().name == "Work"  # type: ignore[union-attr]
    assert picker.summary().startswith(
        "Bookings will be written to Work, suggested by its name; click another circle")
    picker.row("Home").linked.click()
    assert picker.summary().startswith("Bookings are written to Home.")
    picker.row("Work").linked.click()  # chosen now, not suggested
    assert picker.summary().startswith("Bookings are written to Work.")
