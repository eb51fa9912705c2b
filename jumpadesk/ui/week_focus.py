"""What the week view says about what has focus: sentences a screen reader reads for a
block or a selected time, and the short name of the business's time zone; and its keys
(`WeekKeys`, mixed into WeekView).

The sentences are pure text, no painting and no widgets, so tests read them directly."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from jumpadesk.availability import ScheduleItem
from jumpadesk.kinds import OccurrenceKind, Reason, Source
from jumpadesk.ui.event_details import format_time, item_title
from jumpadesk.ui.week_layout import DAYS, MINUTES_PER_DAY, SNAP_MINUTES, slot_at, snap_down

if TYPE_CHECKING:
    from jumpadesk.ui.week_view import WeekView

#: What the keyboard does in the week view, for its accessible description and tooltips.
KEYS_HINT = ("Arrows move the selected time, Shift+arrows extend it, Enter books it; "
             "Tab walks the events, Enter opens one, Delete cancels it.")
#: Said wherever free time shows, so a first-time user knows how to book.
BOOK_HINT = "Click or drag to book"
#: The week view's keys, for a Help menu or a shortcuts page: (keys, what they do).
WEEK_SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Up / Down", "Move the selected time by 15 minutes"),
    ("Left / Right", "The same time on the day before or after"),
    ("Shift+Up / Shift+Down", "Make the selected time longer or shorter"),
    ("Enter", "Book the selected time, or open the event that has the focus"),
    ("Tab / Shift+Tab", "Walk the events of the week"),
    ("Delete", "Cancel the appointment or remove the blocked slot (asks first)"),
    ("Page Up / Page Down", "Previous or next week"),
    ("T or Home", "Go to today"),
    ("Escape", "Clear the selection"),
    ("Click / double-click", "Select half an hour / book it"),
)


@dataclass(frozen=True)
class SlotSelection:
    """The time selected in the week view (a click, a drag or the keyboard).

    `start` and `end` are aware UTC datetimes; `overlaps` names the busy items under it,
    and `is_past` says it starts before now (allowed, but the owner may want to ask)."""

    start: datetime
    end: datetime
    overlaps: tuple[ScheduleItem, ...] = ()
    is_past: bool = False

    @property
    def overlaps_busy(self) -> bool:
        return bool(self.overlaps)


def _kind(item: ScheduleItem) -> str:
    """The last part of a block's spoken name: what kind of entry it is and whether it
    blocks."""
    if item.source == Source.APPOINTMENT:
        return "appointment"
    if item.source == Source.BLOCKED:
        return "blocked slot"
    if item.kind == OccurrenceKind.TRAVEL:
        return f"travel time, {item.calendar} calendar"
    if item.reason in (Reason.CANCELLED, Reason.DECLINED):
        return f"{item.reason}, does not block, {item.calendar} calendar"
    if not item.busy:
        return f"free, does not block, {item.calendar} calendar"
    return f"busy, {item.calendar} calendar"


def spoken_when(start: datetime, end: datetime, tz: ZoneInfo, all_day: bool = False) -> str:
    """ "Tuesday 14:00 to 15:00", "Friday 22:00 to Saturday 02:00", "Monday to Wednesday,
    all day"."""
    s, e = start.astimezone(tz), end.astimezone(tz)
    if all_day:
        last = (e - timedelta(days=1)).date() if e.time() == time(0) else e.date()
        if last <= s.date():
            return f"{s:%A}, all day"
        return f"{s:%A} to {last:%A}, all day"
    midnight = datetime.combine(s.date() + timedelta(days=1), time(0), tz)
    if s.date() == e.date() or e == midnight:
        return f"{s:%A} {format_time(s)} to {format_time(e)}"
    return f"{s:%A} {format_time(s)} to {e:%A} {format_time(e)}"


def spoken_item(item: ScheduleItem, tz: ZoneInfo) -> str:
    """A block as a screen reader says it: "Haircut: Jana Weber, Tuesday 14:00 to 15:00,
    appointment"."""
    title = item_title(item)
    if item.kind == OccurrenceKind.TRAVEL and item.title:
        title = f"{title} before {item.title}"
    return f"{title}, {spoken_when(item.start, item.end, tz, item.all_day)}, {_kind(item)}"


def spoken_selection(selection: SlotSelection, tz: ZoneInfo) -> str:
    """The selected time as a screen reader says it, with what is wrong with it."""
    text = f"Selected {spoken_when(selection.start, selection.end, tz)}"
    if selection.overlaps:
        names = ", ".join(item_title(i) for i in selection.overlaps[:2])
        text += f", overlaps busy time ({names})"
    else:
        text += ", free"
    if selection.is_past:
        text += ", in the past"
    return text + ". Press Enter to book."


def zone_abbreviation(tz: ZoneInfo, moment: datetime) -> str:
    """A short name of the zone that fits the grid's corner: "CET", "UTC", "UTC+5:30"
    (for zones whose abbreviation is only a number, such as "+0530")."""
    local = moment.astimezone(tz)
    name = local.tzname() or ""
    if name and name[0] not in "+-" and len(name) <= 5:
        return name
    offset = local.utcoffset() or timedelta(0)
    return "UTC" + utc_offset_text(offset)


def utc_offset_text(offset: timedelta) -> str:
    """ "+1", "-3:30", "" for UTC itself."""
    minutes = round(offset.total_seconds() / 60)
    if minutes == 0:
        return ""
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_description(tz: ZoneInfo, moment: datetime) -> str:
    """The zone's full name and offset, for the corner's tooltip: "Europe/Berlin (CET,
    UTC+1)"."""
    local = moment.astimezone(tz)
    offset = "UTC" + utc_offset_text(local.utcoffset() or timedelta(0))
    short = zone_abbreviation(tz, moment)
    extra = offset if short == offset else f"{short}, {offset}"
    return f"{tz.key.replace('_', ' ')} ({extra}): times in the week are in this zone"


# -- the keys and the focus, mixed into the week view -------------------------------------

_ARROWS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)


def next_focus_index(order: Sequence[ScheduleItem], current: ScheduleItem | None, *,
                     forward: bool) -> int | None:
    """Where Tab (or Shift+Tab) goes from `current` among the blocks in `order`: an
    index, -1 for the selected time (before the first block), None to leave the view."""
    if current is None:
        return 0 if forward and order else None
    index = next((n for n, i in enumerate(order) if i is current), None)
    if index is None:
        return 0 if forward and order else -1
    index += 1 if forward else -1
    return index if index < len(order) else None


class WeekKeys:
    """The week view's keyboard and focus (see WeekView's docstring for the keys): moving
    and growing the selected time, Tab through the blocks, Enter, Delete, Escape, and what
    assistive technology is told has the focus. Mixed into WeekView, whose state it
    reads; the module's sentences above stay free of widgets."""

    def keyPressEvent(self: WeekView, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift = mods == Qt.KeyboardModifier.ShiftModifier
        if key in _ARROWS and (shift or not mods):
            self._on_arrow(key, extend=shift)
        elif mods:
            super().keyPressEvent(event)
            return
        elif key == Qt.Key.Key_PageUp:
            self.go_previous_week()
        elif key == Qt.Key.Key_PageDown:
            self.go_next_week()
        elif key in (Qt.Key.Key_T, Qt.Key.Key_Home):
            self.go_today()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._request_delete()
        elif key == Qt.Key.Key_Escape:
            self._escape()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusNextPrevChild(self: WeekView, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        """Tab and Shift+Tab walk the blocks of the week before focus leaves the view:
        the selected time, then each block in reading order."""
        if self.hasFocus():
            order = self._layout.items_in_order()
            index = next_focus_index(order, self._focus_item, forward=next)
            if index is not None and index >= 0:
                self.focus_item(order[index])
                return True
            if index is not None:
                # Back before the first block: the time where that block starts.
                self._ensure_selection()
                return True
            self._focus_item = None
            self.update()
        return super().focusNextPrevChild(next)

    def focusInEvent(self: WeekView, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        # Coming back with Shift+Tab lands on the last block, with Tab on the time.
        reason = event.reason()
        order = self._layout.items_in_order()
        if reason == Qt.FocusReason.BacktabFocusReason and order:
            self.focus_item(order[-1])
        elif reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self._focus_item = None
            self._ensure_selection()
        self._announce()
        self.update()

    def focusOutEvent(self: WeekView, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.update()  # the focus ring goes

    def _ensure_selection(self: WeekView) -> None:
        """A selected time to start from: the focused block's start, else the next slot
        after now when this is the current week, else the start of working hours."""
        if self._selection is not None:
            return
        if self._focus_item is not None:
            blocks = self._layout.blocks_of(self._focus_item)
            if blocks:
                start = 0.0 if blocks[0].all_day else blocks[0].start_minute
                day = blocks[0].day
                self.select_slot(day, *slot_at(start))
                return
        today = self.today_column()
        if today is not None:
            local = self._now.astimezone(self._tz)
            minute = local.hour * 60 + local.minute + SNAP_MINUTES - 1
            day, start = today, max(snap_down(minute), self._working_hours[0] * 60)
        else:
            day, start = 0, self._working_hours[0] * 60
        first, last = slot_at(start)
        self.select_slot(day, first, last)
        self._ensure_span_visible(first, last)

    def _on_arrow(self: WeekView, key: int, *, extend: bool) -> None:
        """Move the selected time by the grid's step (a day left and right), or with
        Shift grow or shrink it from where it was first selected."""
        if self._selection is None:
            self._ensure_selection()
            return
        day, start, end = self._selection
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            if not extend:
                self._move_day(day + (1 if key == Qt.Key.Key_Right else -1), start, end)
            return
        step = SNAP_MINUTES if key == Qt.Key.Key_Down else -SNAP_MINUTES
        if extend:
            a0, a1 = self._anchor
            c0, c1 = self._active
            if 0 <= c0 + step and c1 + step <= MINUTES_PER_DAY:
                c0, c1 = c0 + step, c1 + step
            self._active = (c0, c1)
            self._selection = (day, min(a0, c0), max(a1, c1))
            self._ensure_span_visible(c0, c1)
            self._announce()
            self.update()
            return
        if 0 <= start + step and end + step <= MINUTES_PER_DAY:
            start, end = start + step, end + step
        self.select_slot(day, start, end)
        self._ensure_span_visible(start, end)

    def _move_day(self: WeekView, day: int, start: int, end: int) -> None:
        """The same time on another day; past Sunday or before Monday, in the next or
        previous week."""
        if day >= DAYS:
            self.go_next_week()
            day = 0
        elif day < 0:
            self.go_previous_week()
            day = DAYS - 1
        self.select_slot(day, start, end)

    def _activate(self: WeekView) -> None:
        """Enter: open the focused block, or book the selected time."""
        if self._focus_item is not None:
            self.item_activated.emit(self._focus_item)
        elif self._selection is not None:
            start, end = self.selection()  # type: ignore[misc]
            self.slot_selected.emit(start, end)
        else:
            self._ensure_selection()

    def _request_delete(self: WeekView) -> None:
        item = self._focus_item
        if item is not None and item.source in (Source.APPOINTMENT, Source.BLOCKED):
            self.delete_requested.emit(item)
        else:
            QApplication.beep()

    def _escape(self: WeekView) -> None:
        if self._press is not None:
            self._cancel_drag()
        elif self._selection is not None:
            self.clear_selection()
        elif self._focus_item is not None:
            self.focus_item(None)

    def _announce(self: WeekView) -> None:
        """Tell assistive technology what has the focus: the focused block or the
        selected time, as one sentence in the view's accessible name."""
        if self._focus_item is not None:
            name = spoken_item(self._focus_item, self._tz)
        elif (selection := self.current_selection()) is not None:
            name = spoken_selection(selection, self._tz)
        else:
            name = "Week view"
        if name == self.accessibleName():
            return
        self.setAccessibleName(name)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.NameChanged))
