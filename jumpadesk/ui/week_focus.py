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
from jumpadesk.kinds import Attendance, OccurrenceKind, Reason, Source
from jumpadesk.ui.event_details import format_time, item_title
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, translate, weekday_name

#: Said wherever free time shows, so a first-time user knows how to book: a click only
#: selects (Enter then books), a drag or a double-click opens the form. Every key is
#: listed in ui/shortcuts.SHORTCUTS (Help > Keyboard Shortcuts).
BOOK_HINT = QT_TRANSLATE_NOOP("week_focus", "Drag or double-click to book; a click selects")


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
    if item.source == Source.APPOINTMENT and item.attendance == Attendance.ARRIVED.value:
        return translate("week_focus", "appointment, arrived")
    if item.source == Source.APPOINTMENT and item.attendance == Attendance.NO_SHOW.value:
        return translate("week_focus", "appointment, no-show")
    if item.source == Source.APPOINTMENT:
        return translate("week_focus", "appointment")
    if item.source == Source.BLOCKED:
        return translate("week_focus", "blocked slot")
    if item.kind == OccurrenceKind.TRAVEL:
        return translate("week_focus", "travel time, {calendar} calendar").format(
            calendar=item.calendar)
    if item.reason == Reason.CANCELLED:
        return translate("week_focus", "cancelled, does not block, {calendar} calendar").format(
            calendar=item.calendar)
    if item.reason == Reason.DECLINED:
        return translate("week_focus", "declined, does not block, {calendar} calendar").format(
            calendar=item.calendar)
    if not item.busy:
        return translate("week_focus", "free, does not block, {calendar} calendar").format(
            calendar=item.calendar)
    return translate("week_focus", "busy, {calendar} calendar").format(calendar=item.calendar)


def spoken_when(start: datetime, end: datetime, tz: ZoneInfo, all_day: bool = False) -> str:
    """ "Tuesday 14:00 to 15:00", "Friday 22:00 to Saturday 02:00", "Monday to Wednesday,
    all day"."""
    s, e = start.astimezone(tz), end.astimezone(tz)
    if all_day:
        last = (e - timedelta(days=1)).date() if e.time() == time(0) else e.date()
        if last <= s.date():
            return translate("week_focus", "{day}, all day").format(day=weekday_name(s.date()))
        return translate("week_focus", "{first} to {last}, all day").format(
            first=weekday_name(s.date()), last=weekday_name(last))
    midnight = datetime.combine(s.date() + timedelta(days=1), time(0), tz)
    if s.date() == e.date() or e == midnight:
        return translate("week_focus", "{day} {start} to {end}").format(
            day=weekday_name(s.date()), start=format_time(s), end=format_time(e))
    return translate("week_focus", "{day} {start} to {end_day} {end}").format(
        day=weekday_name(s.date()), start=format_time(s), end_day=weekday_name(e.date()),
        end=format_time(e))


def spoken_item(item: ScheduleItem, tz: ZoneInfo) -> str:
    """A block as a screen reader says it: "Haircut: Jana Weber, Tuesday 14:00 to 15:00,
    appointment"."""
    title = item_title(item)
    if item.kind == OccurrenceKind.TRAVEL and item.title:
        title = translate("week_focus", "{title} before {event}").format(
            title=title, event=item.title)
    return translate("week_focus", "{title}, {when}, {kind}").format(
        title=title, when=spoken_when(item.start, item.end, tz, item.all_day), kind=_kind(item))


def spoken_selection(selection: SlotSelection, tz: ZoneInfo) -> str:
    """The selected time as a screen reader says it, with what is wrong with it."""
    text = translate("week_focus", "Selected {when}").format(
        when=spoken_when(selection.start, selection.end, tz))
    if selection.overlaps:
        names = ", ".join(item_title(i) for i in selection.overlaps[:2])
        text += translate("week_focus", ", overlaps busy time ({names})").format(names=names)
    else:
        text += translate("week_focus", ", free")
    if selection.is_past:
        text += translate("week_focus", ", in the past")
    return text + translate("week_focus", ". Press Enter to book.")


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
    return translate("week_focus", "{zone} ({offset}): times in the week are in this zone").format(
        zone=tz.key.replace('_', ' '), offset=extra)


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
