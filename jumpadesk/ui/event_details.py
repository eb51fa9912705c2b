"""The details of one item on the week view: what it is, when, and why it blocks or not."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jumpadesk import wording
from jumpadesk.availability import ScheduleItem
from jumpadesk.kinds import OccurrenceKind, Source
from jumpadesk.ui.colors import blend, ensure_contrast, parse_color
from jumpadesk.ui.plain import plain_label, plain_title
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, translate
from jumpadesk.wording import NOT_IN_ICLOUD, describe_duration, item_title

WARNING_COLOR = "#B26A00"


def uses_am_pm() -> bool:
    fmt = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    return "a" in fmt.lower()


# The words are jumpadesk.wording's; these only add the person's clock (14:30 or 2:30 PM).


def format_time(moment: datetime | time, am_pm: bool | None = None) -> str:
    return wording.format_time(moment, uses_am_pm() if am_pm is None else am_pm)


def format_hour(hour: int, am_pm: bool | None = None) -> str:
    return wording.format_hour(hour, uses_am_pm() if am_pm is None else am_pm)


def format_span(start: datetime, end: datetime, tz: ZoneInfo) -> str:
    return wording.format_span(start, end, tz, uses_am_pm())


def describe_when(item: ScheduleItem, tz: ZoneInfo) -> str:
    return wording.describe_when(item, tz, uses_am_pm())


def blocking_sentence(item: ScheduleItem) -> str:
    """Why the item blocks booking or not, in the words the receptionist reads."""
    if item.source == Source.APPOINTMENT:  # ours: nothing in the way (issue 21 item 10)
        return translate("event_details", "Booked in jumpadesk: this time is held for it.")
    if item.source == Source.BLOCKED:
        return translate("event_details", "Blocks booking: Blocked slot.")
    if item.kind == OccurrenceKind.TRAVEL:
        if item.busy:
            if not item.title:
                return translate("event_details", "Blocks booking: Travel time before an event.")
            return translate("event_details",
                             "Blocks booking: Travel time before \u201c{title}\u201d.").format(
                title=item.title)
        return translate("event_details",
                         "Does not block: Travel time before an event that is free.")
    if item.busy:
        return translate("event_details", "Blocks booking: {reason}.").format(
            reason=item.reason_text)
    return translate("event_details", "Does not block: {reason}.").format(
        reason=item.reason_text)


def pending_sentence(item: ScheduleItem) -> str:
    """For an appointment iCloud has not confirmed: what that means; "" otherwise."""
    if item.confirmed:
        return ""
    if item.calendar_id is not None:
        return translate(
            "event_details", "Not yet in {service}: it was sent, but {service} has not "
            "confirmed it, so it is kept here and its time stays held. jumpadesk asks again "
            "soon, and the next sync writes it to {calendar}, never twice.").format(
            service=item.service, calendar=item.calendar)
    return translate(
        "event_details", "Not yet in {service}: it was sent, but {service} has not "
        "confirmed it, so it is kept here and its time stays held. jumpadesk asks again "
        "soon, and the next sync writes it to the linked calendar, never twice.").format(
        service=item.service)


def overlap_sentence(item: ScheduleItem) -> str:
    """For an appointment that something added in iCloud later now overlaps: what, and
    what to do; "" otherwise."""
    if not item.overlapped_by:
        return ""
    what = item.overlapped_by[0] if len(item.overlapped_by) == 1 else (
        translate("event_details", "{names} and {last}").format(
            names=", ".join(item.overlapped_by[:-1]), last=item.overlapped_by[-1]))
    return translate("event_details", "Double booked: {what} now overlaps this appointment. "
                     "Call the guest to move it, or move the other event in iCloud.").format(
        what=what)


#: Whether the guest came, as a block's tooltip says it (kinds.Attendance).
ATTENDANCE_WORDS = {"arrived": QT_TRANSLATE_NOOP("event_details", "Arrived"),
                    "no-show": QT_TRANSLATE_NOOP("event_details", "No-show")}


def tooltip_html(item: ScheduleItem, tz: ZoneInfo) -> str:
    """Rich text for the hover tooltip: title, calendar, time, reason."""
    from html import escape

    calendar = escape(item.calendar)
    if item.account:
        calendar += f" <span style='color:gray'>({escape(item.account)})</span>"
    lines = [
        f"<b>{escape(item_title(item))}</b>",
        calendar,
        escape(describe_when(item, tz)),
    ]
    if item.kind == OccurrenceKind.TRAVEL and item.title:
        lines.insert(1, escape(translate("event_details", "before \u201c{title}\u201d").format(
            title=item.title)))
    if item.location:
        lines.append(escape(item.location))
    if item.repeat:
        lines.append(escape(translate("event_details", "Repeats {how}").format(how=item.repeat)))
    lines.append(f"<i>{escape(blocking_sentence(item))}</i>")
    if item.source == Source.APPOINTMENT and item.attendance in ATTENDANCE_WORDS:
        lines.append(f"<b>{escape(translate('event_details', ATTENDANCE_WORDS[item.attendance]))}"
                     "</b>")
    for warning in (pending_sentence(item), overlap_sentence(item)):
        if warning:
            lines.append(f"<b>{escape(warning.split(':')[0])}</b>")
    return "<p style='white-space:pre'>" + "<br>".join(lines) + "</p>"


class _Swatch(QWidget):
    """A rounded square in the calendar's colour."""

    def __init__(self, color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._color = color
        self.setFixedSize(QSize(14, 14))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._color)
        p.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)


class EventDetails(QDialog):
    """Title, calendar and account, time in the business's zone, location, and why the
    item blocks booking or does not ("Free in iCloud", "Declined invitation", ...).

    `extra_rows` adds (caption, value) rows the owner knows and the item does not, such as
    an appointment's guest; empty values are left out. With `actions=True` the dialog
    also offers what can be done to the item: "Cancel
    appointment…" for an appointment booked in jumpadesk and "Remove blocked slot" for a
    blocked slot (iCloud events are changed in iCloud, so they get none). Pressing one
    emits the matching signal and closes the dialog; the owner confirms and does the work,
    since that needs the Desk (and for a cancel, a worker). `action_buttons()` says which
    buttons are shown.

    A repeating blocked slot offers "Remove This Day" and "Remove Every Day" instead.

    Signals:
        cancel_requested(ScheduleItem): "Cancel appointment…" was pressed.
        change_time_requested(ScheduleItem): "Change time…" was pressed (an appointment
            iCloud has confirmed); the owner asks for the new time and moves it.
        edit_requested(ScheduleItem): "Edit…" was pressed (an appointment iCloud has
            confirmed); the owner opens the form for its title, guest, notes, service.
        unblock_requested(ScheduleItem): "Remove blocked slot" was pressed, or, for a
            repeating one, "Remove This Day" (just the item's day).
        unblock_series_requested(ScheduleItem): "Remove Every Day" was pressed (a
            repeating blocked slot, all its days).
    """

    cancel_requested = Signal(ScheduleItem)
    change_time_requested = Signal(ScheduleItem)
    edit_requested = Signal(ScheduleItem)
    unblock_requested = Signal(ScheduleItem)
    unblock_series_requested = Signal(ScheduleItem)

    def __init__(self, item: ScheduleItem, tz: ZoneInfo, parent: QWidget | None = None,
                 *, actions: bool = False, extra_rows: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__(parent)
        self.item = item
        self.tz = tz
        self.cancel_button: QPushButton | None = None
        self.change_time_button: QPushButton | None = None
        self.edit_button: QPushButton | None = None
        self.unblock_button: QPushButton | None = None
        self.unblock_series_button: QPushButton | None = None
        self.setWindowTitle(plain_title(item_title(item)))
        self.setMinimumWidth(460)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 14)
        outer.setSpacing(12)

        self._build_title(outer)
        self._build_reason(outer)
        self._build_warnings(outer)
        self._build_fields(outer, extra_rows)
        outer.addStretch(1)
        self._build_buttons(outer, actions)
        self.adjustSize()

    def _build_title(self, outer: QVBoxLayout) -> None:
        """The calendar's colour and the title, large."""
        item = self.item
        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        swatch = _Swatch(parse_color(item.color), self)
        title = plain_label(item_title(item), self)
        title.setObjectName("detailsTitle")
        title.setWordWrap(True)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        # The swatch sits on the middle of the title's first line.
        swatch_column = QVBoxLayout()
        offset = max(0, (QFontMetrics(font).height() - 14) // 2 + 2)
        swatch_column.setContentsMargins(0, offset, 0, 0)
        swatch_column.addWidget(swatch, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addLayout(swatch_column)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        title_row.addWidget(title, 1, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(title_row)

    def _build_reason(self, outer: QVBoxLayout) -> None:
        """Whether and why it blocks, on a red or green chip."""
        item = self.item
        # Red for what is in the way of booking; an appointment of our own is not.
        blocks = item.busy and item.source != Source.APPOINTMENT
        self.reason_label = plain_label(blocking_sentence(item), self)
        self.reason_label.setObjectName("detailsReason")
        self.reason_label.setWordWrap(True)
        chip = QColor("#B3261E") if blocks else QColor("#2E7D32")
        # A tint of red or green on whatever the theme's window is, text readable on it.
        chip_fill = blend(chip, self.palette().color(QPalette.ColorRole.Window), 0.12)
        self.reason_label.setStyleSheet(
            "QLabel#detailsReason {"
            f" background: {chip_fill.name()};"
            f" color: {ensure_contrast(chip, chip_fill, 4.5).name()}; border-radius: 6px;"
            " padding: 6px 10px; }"
        )
        outer.addWidget(self.reason_label)

    def _build_warnings(self, outer: QVBoxLayout) -> None:
        """An appointment not yet in iCloud, or one something now overlaps: said in
        words under the reason, on a tint of amber."""
        self.warning_labels: dict[str, QLabel] = {}
        for name, text in (("pending", pending_sentence(self.item)),
                           ("overlap", overlap_sentence(self.item))):
            if not text:
                continue
            label = plain_label(text, self)
            label.setObjectName(f"details{name.title()}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            amber = QColor(WARNING_COLOR)
            fill = blend(amber, self.palette().color(QPalette.ColorRole.Window), 0.14)
            label.setStyleSheet(
                f"QLabel {{ background: {fill.name()};"
                f" color: {ensure_contrast(amber, fill, 4.5).name()};"
                " border-radius: 6px; padding: 6px 10px; }")
            self.warning_labels[name] = label
            outer.addWidget(label)

    def _build_fields(self, outer: QVBoxLayout, extra_rows: Sequence[tuple[str, str]]) -> None:
        """When, calendar, account, guest...: one row each."""
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.fields: dict[str, str] = {}
        for label, value in [*self._rows(), *((k, v) for k, v in extra_rows if v)]:
            self.fields[label] = value
            text = plain_label(value, self)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = plain_label(label, self)
            caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            form.addRow(caption, text)
        outer.addLayout(form)

    def _build_buttons(self, outer: QVBoxLayout, actions: bool) -> None:
        """Close, and the item's own action when `actions` (cancel or unblock)."""
        item = self.item
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        if actions and item.ref_id is not None:
            if item.source == Source.APPOINTMENT and item.confirmed and not item.all_day:
                self.change_time_button = self._action_button(
                    translate("event_details", "Change time…"), "changeTime",
                    translate("event_details", "Move it to another time, here and in the "
                                               "linked iCloud calendar"),
                    self._on_change_time_button_clicked)
                self.edit_button = self._action_button(
                    translate("event_details", "Edit…"), "editAppointment",
                    translate("event_details", "Correct its title, guest, email, phone, "
                                               "notes or service, here and in its calendar"),
                    self._on_edit_button_clicked)
            if item.source == Source.APPOINTMENT:
                self.cancel_button = self._action_button(
                    translate("event_details", "Cancel appointment…"), "cancelAppointment",
                    translate("event_details", "Cancel it here and in the linked iCloud "
                                               "calendar; asks first"),
                    self._on_cancel_button_clicked)
            elif item.source == Source.BLOCKED and item.repeat:
                self.unblock_button = self._action_button(
                    translate("event_details", "Remove This Day"), "removeBlockedDay",
                    translate("event_details", "Make this time bookable again on this day "
                                               "only; asks first"),
                    self._on_unblock_button_clicked)
                self.unblock_series_button = self._action_button(
                    translate("event_details", "Remove Every Day"), "removeBlockedSeries",
                    translate("event_details", "Remove it on every day it repeats ({how}); "
                                               "asks first").format(how=item.repeat),
                    self._on_unblock_series_button_clicked)
            elif item.source == Source.BLOCKED:
                self.unblock_button = self._action_button(
                    translate("event_details", "Remove blocked slot"), "removeBlockedSlot",
                    translate("event_details", "Make this time bookable again; asks first"),
                    self._on_unblock_button_clicked)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()  # Enter or Space closes; an action takes a deliberate click
        outer.addWidget(self.buttons)
        self.adjustSize()

    def _action_button(self, text: str, name: str, tip: str,
                       clicked: Callable[[], None]) -> QPushButton:
        """One of the item's actions beside Close: its words, object name and tooltip."""
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(clicked)
        return button

    def action_buttons(self) -> list[QPushButton]:
        """The item actions offered (none for iCloud events, or without `actions=True`)."""
        return [b for b in (self.change_time_button, self.edit_button, self.cancel_button,
                            self.unblock_button, self.unblock_series_button)
                if b is not None]

    @Slot()
    def _on_change_time_button_clicked(self) -> None:
        self.accept()
        self.change_time_requested.emit(self.item)

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        self.accept()
        self.edit_requested.emit(self.item)

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.accept()
        self.cancel_requested.emit(self.item)

    @Slot()
    def _on_unblock_button_clicked(self) -> None:
        self.accept()
        self.unblock_requested.emit(self.item)

    @Slot()
    def _on_unblock_series_button_clicked(self) -> None:
        self.accept()
        self.unblock_series_requested.emit(self.item)

    def _rows(self) -> list[tuple[str, str]]:
        item, tz = self.item, self.tz
        rows = [
            (translate("event_details", "When"), describe_when(item, tz)),
            (translate("event_details", "Length"), describe_duration(item)),
            (translate("event_details", "Time zone"), tz.key),
        ]
        calendar = item.calendar
        if item.account:
            calendar += f" \u00b7 {item.account}"
        rows.append((translate("event_details", "Calendar"), calendar))
        if item.repeat:
            rows.append((translate(
                "event_details", "Repeats"), item.repeat[0].upper() + item.repeat[1:]))
        if item.kind == OccurrenceKind.TRAVEL and item.title:
            rows.append((translate("event_details", "Before"), item.title))
        if item.location:
            rows.append((translate("event_details", "Location"), item.location))
        return rows


__all__ = [
    "NOT_IN_ICLOUD",
    "EventDetails",
    "blocking_sentence",
    "describe_when",
    "format_span",
    "format_time",
    "item_title",
    "overlap_sentence",
    "pending_sentence",
    "tooltip_html",
]
