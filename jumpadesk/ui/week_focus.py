"""What the week view says about what has focus: sentences a screen reader reads for a
block or a selected time, the short name of the business's time zone, and telling
assistive technology (`announce`). The keys themselves are week_keys.WeekKeys.

The sentences are pure text, no painting and no widgets, so tests read them directly."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

from jumpadesk.availability import ScheduleItem
from jumpadesk.kinds import OccurrenceKind, Reason, Source
from jumpadesk.ui.event_details import format_time, item_title

#: Said wherever free time shows, so a first-time user knows how to book: a click only
#: selects (Enter then books), a drag or a double-click opens the form. Every key is
#: listed in ui/shortcuts.SHORTCUTS (Help > Keyboard Shortcuts).
BOOK_HINT = "Drag or double-click to book; a click selects"


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


def announce(widget: QWidget, sentence: str) -> None:
    """Tell assistive technology what has the focus in `widget`: the sentence becomes its
    accessible name (a screen reader reads the name change)."""
    if sentence == widget.accessibleName():
        return
    widget.setAccessibleName(sentence)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
