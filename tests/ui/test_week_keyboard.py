"""The week view with the keyboard alone, and click to create: select, extend, book,
walk the blocks, open and delete them; what a screen reader is told."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, timedelta  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402

from jumpadesk.availability import APPOINTMENT_COLOR, BLOCKED_COLOR  # noqa: E402
from jumpadesk.ui.week_focus import spoken_item, zone_abbreviation  # noqa: E402
from jumpadesk.ui.week_panel import WeekPanel  # noqa: E402
from jumpadesk.ui.week_view import WeekView  # noqa: E402
from tests.helpers.clock import Clock  # noqa: E402
from tests.helpers.week import BERLIN, MONDAY, NOW, at, item  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def haircut() -> Any:
    return item(at(1, "14:00"), at(1, "15:00"), "Haircut: Jana Weber", source="appointment",
                reason="appointment", color=APPOINTMENT_COLOR, calendar="Appointments")


def lunch() -> Any:
    return item(at(1, "12:30"), at(1, "13:30"), "Lunch break", source="blocked",
                reason="blocked", color=BLOCKED_COLOR, calendar="Blocked")


def grid_point(view: WeekView, day: int, minute: float) -> QPoint:
    lay = view.week_layout()
    x = lay.column_left(day) + lay.column_width / 2
    return QPointF(x, lay.y_for_minute(minute) - view.scroll_offset()).toPoint()


def focus_with_tab(qtbot: Any, view: WeekView) -> None:
    """Focus arrives as it does from the widget before it in the Tab order."""
    view.clearFocus()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    assert view.hasFocus()


# -- selecting and booking with the keys ------------------------------------------------


def test_tab_into_the_view_selects_the_next_half_hour_after_now(
    qtbot: Any, view: WeekView
) -> None:
    focus_with_tab(qtbot, view)
    # Now is Wednesday 14:20: the next step on the grid is 14:30.
    assert view.selection() == (at(2, "14:30"), at(2, "15:00"))


def test_arrows_move_the_selection_and_enter_books_it(qtbot: Any, view: WeekView) -> None:
    focus_with_tab(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selection() == (at(2, "14:45"), at(2, "15:15"))
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.selection() == (at(2, "14:15"), at(2, "14:45"))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selection() == (at(3, "14:15"), at(3, "14:45"))
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selection() == (at(1, "14:15"), at(1, "14:45"))
    with qtbot.waitSignal(view.slot_selected) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [at(1, "14:15"), at(1, "14:45")]


def test_shift_arrows_extend_the_selection_from_where_it_began(
    qtbot: Any, view: WeekView
) -> None:
    view.select_slot(1, 10 * 60, 10 * 60 + 30)
    view.setFocus()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection() == (at(1, "10:00"), at(1, "11:15"))
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    # Past where it began, it grows upwards and keeps the first quarter hour.
    assert view.selection() == (at(1, "09:45"), at(1, "10:15"))
    with qtbot.waitSignal(view.slot_selected) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert blocker.args == [at(1, "09:45"), at(1, "10:15")]


def test_shift_up_from_half_an_hour_books_a_quarter_of_an_hour(
    qtbot: Any, view: WeekView
) -> None:
    """Issue 21 item 8: Shift+Up/Down step 15 minutes at the end, so a 15-minute booking
    can be made by keys (it used to go from 09:00-09:30 to 08:45-09:30)."""
    view.select_slot(1, 9 * 60, 9 * 60 + 30)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection() == (at(1, "09:00"), at(1, "09:15"))
    with qtbot.waitSignal(view.slot_selected) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [at(1, "09:00"), at(1, "09:15")]
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection() == (at(1, "09:00"), at(1, "09:30"))


def test_arrows_past_sunday_go_on_into_the_next_week(qtbot: Any, view: WeekView) -> None:
    view.select_slot(6, 9 * 60, 9 * 60 + 30)
    view.setFocus()
    with qtbot.waitSignal(view.week_changed) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert blocker.args == [MONDAY + timedelta(days=7)]
    monday = at(7, "09:00")
    assert view.selection() == (monday, monday + timedelta(minutes=30))


def test_escape_clears_the_selection(qtbot: Any, view: WeekView) -> None:
    view.select_slot(1, 600, 630)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selection() is None


# -- walking, opening and deleting blocks ---------------------------------------------


def test_tab_walks_the_blocks_of_the_week_in_order_and_then_leaves(
    qtbot: Any, view: WeekView
) -> None:
    moving = item(at(3, "00:00"), at(4, "00:00"), "Moving day", all_day=True)
    cut, brk = haircut(), lunch()
    view.set_items([cut, moving, brk])
    focus_with_tab(qtbot, view)
    seen = []
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        seen.append(view.focused_item())
    assert seen == [brk, cut, moving]
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert view.focused_item() is cut
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    # Back on the time, where the first block starts.
    assert view.focused_item() is None
    assert view.selection() == (at(1, "12:30"), at(1, "13:00"))


def test_enter_opens_the_focused_block_and_delete_asks_to_cancel_it(
    qtbot: Any, view: WeekView
) -> None:
    cut = haircut()
    view.set_items([cut])
    focus_with_tab(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.focused_item() is cut
    with qtbot.waitSignal(view.item_activated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [cut]
    with qtbot.waitSignal(view.delete_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert blocker.args == [cut]


def test_delete_on_an_icloud_event_asks_nothing(qtbot: Any, view: WeekView) -> None:
    review = item(at(2, "10:00"), at(2, "11:00"), "Design review")
    view.set_items([review])
    view.focus_item(review)
    view.setFocus()
    with qtbot.assertNotEmitted(view.delete_requested):
        qtbot.keyClick(view, Qt.Key.Key_Delete)


def test_the_focus_stays_on_a_block_when_the_week_is_read_again(view: WeekView) -> None:
    view.set_items([haircut()])
    view.focus_item(view.items()[0])
    view.set_items([haircut()])  # the same appointment, a new object from the store
    assert view.focused_item() == haircut()


def test_the_panel_tab_order_reaches_today_previous_next_and_the_week(
    qtbot: Any, clock: Clock
) -> None:
    panel = WeekPanel(tz=BERLIN, monday=MONDAY, clock=clock)
    qtbot.addWidget(panel)
    panel.resize(1100, 760)
    panel.show()
    qtbot.waitExposed(panel)
    nav = panel.navigator
    nav.today_button.setFocus(Qt.FocusReason.OtherFocusReason)
    order = [panel.focusWidget()]
    for _ in range(3):
        qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)
        order.append(panel.focusWidget())
    assert order == [nav.today_button, nav.previous_button, nav.next_button, panel.view]
    with qtbot.waitSignal(panel.week_changed):
        qtbot.keyClick(panel.view, Qt.Key.Key_Backtab)  # back to "next week"
        qtbot.keyClick(nav.next_button, Qt.Key.Key_Space)
    assert panel.week_start() == date(2026, 11, 30)


# -- click to create ------------------------------------------------------------------


def test_a_click_on_free_time_selects_a_half_hour(qtbot: Any, view: WeekView) -> None:
    view.scroll_to_minute(9 * 60)
    with qtbot.assertNotEmitted(view.slot_selected):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=grid_point(view, 1, 10 * 60 + 20))
    assert view.selection() == (at(1, "10:15"), at(1, "10:45"))
    with qtbot.waitSignal(view.slot_selected) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [at(1, "10:15"), at(1, "10:45")]


def test_a_double_click_on_free_time_books_it(qtbot: Any, view: WeekView) -> None:
    view.scroll_to_minute(9 * 60)
    with qtbot.waitSignal(view.slot_selected) as blocker:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=grid_point(view, 4, 11 * 60 + 5))
    assert blocker.args == [at(4, "11:00"), at(4, "11:30")]


def _tooltip_at(view: WeekView, pos: QPoint) -> str:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, pos, view.mapToGlobal(pos)))
    return QToolTip.text()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip's window
def test_free_time_says_how_to_book_and_the_corner_names_the_zone(
    qtbot: Any, view: WeekView
) -> None:
    view.scroll_to_minute(9 * 60)
    assert _tooltip_at(view, grid_point(view, 3, 10 * 60)).startswith(
        "Drag or double-click to book; a click selects")
    corner = view.scene.zone_label_rect().center().toPoint()
    assert _tooltip_at(view, corner).startswith("Europe/Berlin (CET, UTC+1)")


# -- what a screen reader is told -----------------------------------------------------


def test_blocks_and_the_selection_have_accessible_names(qtbot: Any, view: WeekView) -> None:
    cut = haircut()
    view.set_items([cut])
    assert spoken_item(cut, BERLIN) == "Haircut: Jana Weber, Tuesday 14:00 to 15:00, appointment"
    view.focus_item(cut)
    assert view.accessibleName() == "Haircut: Jana Weber, Tuesday 14:00 to 15:00, appointment"
    view.select_slot(1, 14 * 60 + 30, 15 * 60)
    name = view.accessibleName()
    assert name.startswith("Selected Tuesday 14:30 to 15:00, overlaps busy time")
    assert "in the past" in name  # Tuesday is before Wednesday 14:20
    assert "Enter" in view.accessibleDescription()


def test_zone_names_fit_the_corner(view: WeekView) -> None:
    assert zone_abbreviation(BERLIN, NOW) == "CET"
    from zoneinfo import ZoneInfo

    assert zone_abbreviation(ZoneInfo("Etc/UTC"), NOW) == "UTC"
    assert zone_abbreviation(ZoneInfo("Asia/Kolkata"), NOW) == "IST"
    assert zone_abbreviation(ZoneInfo("Asia/Tehran"), NOW) == "UTC+3:30"
    assert zone_abbreviation(ZoneInfo("America/Sao_Paulo"), NOW) == "UTC-3"


def test_while_a_drag_books_the_owner_can_ask_whether_it_is_past(
    qtbot: Any, view: WeekView
) -> None:
    seen = []
    view.slot_selected.connect(lambda *_: seen.append(view.current_selection()))
    view.scroll_to_minute(9 * 60)
    start, end = grid_point(view, 0, 10 * 60), grid_point(view, 0, 11 * 60)  # Monday
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
    [selection] = seen
    assert selection.is_past and not selection.overlaps_busy
    assert (selection.start, selection.end) == (at(0, "10:00"), at(0, "11:00"))


def test_the_shortcuts_listed_for_the_help_menu_are_the_keys_the_view_takes(
    qtbot: Any, view: WeekView
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    from jumpadesk.ui.shortcuts import SHORTCUTS, Action, ShortcutsDialog

    keys = " ".join(s.label for s in SHORTCUTS)
    for key in ("Up", "Down", "Left", "Right", "Shift", "Enter", "Tab", "Delete",
                "Page Up", "Page Down", "Escape", "Home", "T /"):
        assert key in keys

    def taken(key: int, shift: bool) -> bool:
        mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        view.select_slot(3, 10 * 60, 10 * 60 + 30)
        return view.keys.key_press(QKeyEvent(QEvent.Type.KeyPress, key, mods))

    for shortcut in SHORTCUTS:
        if shortcut.action in (Action.WALK, Action.MOUSE):
            continue  # Qt hands Tab to focusNextPrevChild; the mouse has no key
        for key, shift in shortcut.keys:
            assert taken(key, shift), shortcut.label
    for key, shift in ((Qt.Key.Key_A, False), (Qt.Key.Key_X, False), (Qt.Key.Key_T, True),
                       (Qt.Key.Key_Left, True)):
        assert not taken(key, shift)
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    assert [label for label, _ in dialog.rows()] == [s.label for s in SHORTCUTS]


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip's window
def test_a_day_blocked_all_day_does_not_offer_to_book(qtbot: Any, view: WeekView) -> None:
    """Issue 21 item 8: hovering a day a busy all-day event fills says what blocks it."""
    view.set_items([item(at(4, "00:00"), at(5, "00:00"), "Trade fair", all_day=True)])
    view.scroll_to_minute(9 * 60)
    said = _tooltip_at(view, grid_point(view, 4, 10 * 60))
    assert "book" not in said.lower() and "Not free: Trade fair" in said
    assert _tooltip_at(view, grid_point(view, 3, 10 * 60)).startswith("Drag or double-click")


def test_the_views_description_names_every_key_of_the_shortcuts_table(
    qtbot: Any, view: WeekView
) -> None:
    """One table (ui/shortcuts.SHORTCUTS) for the keys, Help > Keyboard Shortcuts and
    what a screen reader hears of the view: Page Up, T, Escape... are in it too."""
    from jumpadesk.ui.shortcuts import SHORTCUTS

    described = view.accessibleDescription()
    missing = [row.label for row in SHORTCUTS if row.keys and row.label not in described]
    assert missing == [], described
