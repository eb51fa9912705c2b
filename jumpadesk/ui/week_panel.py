"""The week as the main window embeds it: navigator, stale banner, week view, legend.

`WeekPanel` is the one widget the main window embeds. The owner reads the week after each
`week_changed` and hands it over with `show_snapshot()` (or the pieces with `set_items()`
and friends); the view never queries anything itself."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QFrame,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.availability import ScheduleItem, StaleCalendar
from jumpadesk.hours import OpeningHours
from jumpadesk.ui.event_details import EventDetails, uses_am_pm
from jumpadesk.ui.week_legend import WeekLegend
from jumpadesk.ui.week_navigator import WeekNavigator
from jumpadesk.ui.week_paint import Clock
from jumpadesk.ui.week_view import WeekView
from jumpadesk.week import WeekSnapshot
from jumpadesk.wording import stale_banner_text

log = logging.getLogger("jumpadesk.ui.week_view")


class WeekPanel(QWidget):
    """The week as the main window embeds it: navigator, stale banner, week view, legend.

    With `show_details=True` a click on a block opens `EventDetails` itself (the main
    window leaves it False and opens its own, with actions). Dragging over empty time only
    emits `slot_selected`: booking needs the Desk and a worker.

    Signals:
        week_changed(date): forwarded from the view.
        item_activated(ScheduleItem): forwarded from the view.
        slot_selected(datetime, datetime): forwarded from the view (UTC, 15-minute steps).
        delete_requested(ScheduleItem): forwarded from the view: Delete on an appointment
            (cancel it) or a blocked slot (unblock it), after the owner's confirmation.
        move_requested(ScheduleItem, datetime, datetime): forwarded from the view: an
            appointment was dragged to a new time (UTC).

    Tab order: Today, previous week, next week, then the week view (whose Tab walks its
    blocks before focus leaves it).
    """

    # Python date and aware datetimes travel as objects: a QDate/QDateTime would drop
    # the zone.
    week_changed = Signal(object)
    item_activated = Signal(ScheduleItem)
    slot_selected = Signal(object, object)
    delete_requested = Signal(ScheduleItem)
    move_requested = Signal(ScheduleItem, object, object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        tz: ZoneInfo | None = None,
        monday: date | None = None,
        clock: Clock | None = None,
        show_details: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weekPanel")
        self.show_details = show_details
        self.details: EventDetails | None = None
        self.navigator = WeekNavigator(self)
        self.view = WeekView(self, tz=tz, monday=monday, clock=clock)
        self.legend = WeekLegend(self)

        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(6)
        column.addWidget(self.navigator)
        frame = QFrame(self)
        frame.setObjectName("weekFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(1, 1, 1, 1)
        inner.addWidget(self.view)
        column.addWidget(frame, 1)
        column.addWidget(self.legend)

        self.navigator.previous_requested.connect(self.view.go_previous_week)
        self.navigator.next_requested.connect(self.view.go_next_week)
        self.navigator.today_requested.connect(self.view.go_today)
        self.view.week_changed.connect(self._on_week_changed)
        self.view.item_activated.connect(self._on_item_activated)
        self.view.slot_selected.connect(self.slot_selected)
        self.view.delete_requested.connect(self.delete_requested)
        self.view.move_requested.connect(self.move_requested)
        nav = self.navigator
        QWidget.setTabOrder(nav.today_button, nav.previous_button)
        QWidget.setTabOrder(nav.previous_button, nav.next_button)
        QWidget.setTabOrder(nav.next_button, self.view)
        self.setFocusProxy(self.view)
        self._update_navigator()

    def show_snapshot(self, snapshot: WeekSnapshot) -> None:
        """One read of the week, shown whole: the view's week, zone, banner, opening
        hours and items, and the legend's calendars and styles."""
        self.view.show_snapshot(snapshot)
        self.legend.set_items(snapshot.items)
        self.legend.set_calendars(snapshot.legend())
        self._update_navigator()

    def set_items(self, items: Sequence[ScheduleItem]) -> None:
        self.view.set_items(items)
        self.legend.set_items(items)

    def set_calendars(self, calendars: Sequence[tuple[str, str]]) -> None:
        """The sub-account's conflict calendars as (name, colour): the legend lists them
        every week, whether or not they have events in it."""
        self.legend.set_calendars(calendars)

    def set_week(self, day: date) -> None:
        self.view.set_week(day)

    def week_start(self) -> date:
        return self.view.week_start()

    def set_timezone(self, tz: ZoneInfo) -> None:
        self.view.set_timezone(tz)
        self._update_navigator()

    def timezone(self) -> ZoneInfo:
        return self.view.timezone()

    def items(self) -> list[ScheduleItem]:
        return self.view.items()

    def set_opening_hours(self, hours: OpeningHours) -> None:
        """Per weekday, Monday first (None: closed); the time outside them is shaded."""
        self.view.set_opening_hours(hours)

    def set_stale_banner(self, text: str | None) -> None:
        """Show (or with None, hide) the warning that some calendars are out of date."""
        self.view.set_stale_banner(text)

    def set_stale(self, stale: Sequence[StaleCalendar]) -> None:
        """The banner from Desk.stale(): one sentence per calendar, in the business's zone."""
        self.view.set_stale_banner(
            stale_banner_text(stale, self.view.timezone(), uses_am_pm()))

    @Slot(object)
    def _on_week_changed(self, monday: date) -> None:
        self._update_navigator()
        self.week_changed.emit(monday)

    @Slot(ScheduleItem)
    def _on_item_activated(self, item: ScheduleItem) -> None:
        self.item_activated.emit(item)
        if self.show_details:
            if self.details is not None:
                self.details.close()
            self.details = EventDetails(item, self.view.timezone(), self)
            self.details.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.details.finished.connect(self._on_details_finished)
            self.details.open()

    @Slot(int)
    def _on_details_finished(self, result: int) -> None:
        self.details = None

    def _update_navigator(self) -> None:
        self.navigator.set_week(self.view.week_start(), self.view.timezone(),
                                 self.view.scene.today())
