"""Driving the main window as a receptionist does, against the iCloud-like server: made
on a desk, synced, booked through the dialog, clicked in the week."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt

from jumpadesk.availability import ScheduleItem
from jumpadesk.service import Desk
from jumpadesk.ui.booking_dialog import BookingDialog
from jumpadesk.ui.event_details import EventDetails
from jumpadesk.ui.main_window import MainWindow
from tests.icloud_server import FIXED_WEEK, IcloudServer, week_day
from tests.ui.conftest import SUB, week_shown


class Answers:
    """Stands in for the confirmation message box: records questions, answers `yes`."""

    def __init__(self, yes: bool = True) -> None:
        self.yes = yes
        self.asked: list[tuple[str, str]] = []

    def __call__(self, title: str, text: str) -> bool:
        self.asked.append((title, text))
        return self.yes


def seeded_monday_morning() -> datetime:
    """Now, for the window: before the seeded week's working hours, so its times are
    still to come."""
    return week_day(0, "07:00")


def make_window(qtbot: Any, desk: Desk, **kwargs: Any) -> MainWindow:
    kwargs.setdefault("auto_sync", False)
    kwargs.setdefault("ask", Answers())
    kwargs.setdefault("clock", seeded_monday_morning)
    window = MainWindow(desk, sub_account=desk.sub_account_ref(SUB), **kwargs)
    qtbot.addWidget(window)
    window.show()
    week_shown(qtbot, window)
    settled(qtbot, window)
    return window


def settled(qtbot: Any, window: MainWindow) -> None:
    """Wait until the window shows what it is reading off the GUI thread (the week, the
    connections, the list of sub-accounts) and has done what follows from it."""
    qtbot.waitUntil(lambda: not window.working, timeout=20_000)


def start(qtbot: Any, window: MainWindow) -> None:
    """window.start(), and wait until it has read whether anything is connected (and so
    opened the walkthrough, or not)."""
    window.start()
    settled(qtbot, window)


def said(qtbot: Any, task: Any, window: MainWindow | None = None) -> str:
    """Wait for a Desk call the window runs on a worker: "" when it went through, else
    the sentence it failed with; with `window`, until the window shows what follows."""
    failed: list[str] = []
    task.failed.connect(lambda failure: failed.append(failure.sentence))
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    if window is not None:
        settled(qtbot, window)
    return failed[0] if failed else ""


def saved(qtbot: Any, dialog: Any) -> None:
    """Wait until what a dialog's OK saves on a worker is saved, or refused."""
    qtbot.waitUntil(lambda: not dialog.saving, timeout=20_000)


def sync_and_wait(qtbot: Any, window: MainWindow) -> Any:
    with qtbot.waitSignal(window.schedule_reloaded, timeout=20_000):
        with qtbot.waitSignal(window.sync.finished, timeout=20_000) as finished:
            assert window.sync_now()
    qtbot.waitUntil(lambda: not window.sync.running)
    return finished.args[0]


def banner_text(window: MainWindow) -> str:
    """The staleness banner as the week view paints it ("" when hidden)."""
    return window.week_view.view.stale_banner_text() or ""


def shown_items(window: MainWindow) -> list[ScheduleItem]:
    return window.week_view.view.items()


def shown(window: MainWindow, source: str, title: str) -> ScheduleItem:
    return next(i for i in shown_items(window) if i.source == source and i.title == title)


def book_through_dialog(qtbot: Any, window: MainWindow, start: datetime, end: datetime,
                        title: str, *, block: bool = False, guest: str = "",
                        phone: str = "") -> BookingDialog:
    window.week_view.slot_selected.emit(start.astimezone(UTC), end.astimezone(UTC))
    dialog = window.booking_dialog
    assert isinstance(dialog, BookingDialog)
    if block:
        dialog.set_kind("block")
    dialog.title_edit.setText(title)
    dialog.name_edit.setText(guest)
    dialog.phone_edit.setText(phone)
    dialog.ok_button.click()
    return dialog


def click_in_week(qtbot: Any, window: MainWindow, item: ScheduleItem) -> EventDetails:
    """Click an item's block in the week view, as the receptionist does; its details."""
    view = window.week_view.view
    local = item.start.astimezone(window.tz)
    view.scroll_to_minute(local.hour * 60 + local.minute - 60)
    [rect] = view.visible_rects_of(item)
    with qtbot.waitSignal(view.item_activated):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    details = window.details_dialog
    assert isinstance(details, EventDetails) and details.isVisible()
    assert details.item == item
    return details


def booked(qtbot: Any, desk: Desk, icloud: IcloudServer, start: datetime,
           end: datetime) -> tuple[MainWindow, ScheduleItem, str]:
    """A "Haircut" for Jana Weber booked at the desk, the window open on its week and
    scrolled to it, the server's request log cleared; the window, its block, its href."""
    appt = desk.book(SUB, start, end, "Haircut", "Jana Weber")
    window = make_window(qtbot, desk)
    window.show_week(FIXED_WEEK)
    view = window.week_view.view
    view.scroll_to_minute(start.hour * 60 - 60)
    icloud.reset_requests()
    return window, shown(window, "appointment", "Haircut"), appt.href
