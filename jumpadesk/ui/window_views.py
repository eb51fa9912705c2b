"""Which schedule the main window shows: the Day (the sub-account on screen, one column of
the team's day), the Week (the week view) or the Team (every staff member's column, or
those chosen), from the tool bar, the View menu and the keyboard (Alt+1, Alt+2, Alt+3);
and Go to Date (Ctrl+G, or a click on the day's title) in whichever is shown.

`ScheduleViews` works for a `ViewsHost` (the main window): its pages, where it puts the
team's page, and the week it shows."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.ui.translation import translate
from jumpadesk.ui.week_panel import WeekPanel
from jumpadesk.ui.window_marks import BlockMarks, week_item_at
from jumpadesk.ui.window_team import TeamDay, TeamHost

#: The keys of the three views, as Help > Keyboard Shortcuts lists them.
VIEW_KEYS = {"day": "Alt+1", "week": "Alt+2", "team": "Alt+3"}
GO_TO_DATE_KEY = "Ctrl+G"


class View(StrEnum):
    DAY = "day"
    WEEK = "week"
    TEAM = "team"


class ViewsHost(TeamHost, Protocol):
    """What the views need of the window."""

    @property
    def pages(self) -> QStackedWidget: ...
    @property
    def week_view(self) -> WeekPanel: ...

    def show_week(self, day: date) -> None: ...
    def selected_day(self) -> date | None: ...


class DateDialog(QDialog):
    """Go to Date: a month to pick a day in (Enter takes it)."""

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("window_views", "Go to Date"))
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.activated.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def chosen(self) -> date:
        picked = self.calendar.selectedDate()
        return date(picked.year(), picked.month(), picked.day())


class ScheduleViews(QObject):
    """Day, Week and Team for the window (`host`), with actions for its menus and tool
    bar. The team's day is `team` (its panel a page of the host's); `marks` offers
    Arrived / No-show on a block of either.

    Signals:
        view_changed(str): the schedule shown is another view ("day", "week", "team").
    """

    view_changed = Signal(str)

    def __init__(self, host: ViewsHost, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = host
        self._parent = parent
        self.team = TeamDay(host, self)
        host.pages.addWidget(self.team.panel)
        self.team.panel.date_asked.connect(self.go_to_date)
        # Arrived / No-show / Clear Mark from a block's menu, in the week and the team's day.
        self.marks = BlockMarks(host, self)
        week, team = host.week_view.view, self.team.panel.view
        self.marks.attach(week, lambda pos: week_item_at(week, pos), lambda: week.scene.focus_item)
        self.marks.attach(team, team.item_at, lambda: team.focus_item)
        self.current = View.WEEK
        self.date_dialog: DateDialog | None = None
        group = QActionGroup(parent)
        self.actions: dict[View, QAction] = {}
        for view, text, tip in (
                (View.DAY, translate("window_views", "Day"),
                 translate("window_views", "Show the day ({key})")),
                (View.WEEK, translate("window_views", "Week"),
                 translate("window_views", "Show the week ({key})")),
                (View.TEAM, translate("window_views", "Team"),
                 translate("window_views", "Show the team ({key})"))):
            action = QAction(text, parent)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(VIEW_KEYS[view]))
            action.setToolTip(tip.format(key=VIEW_KEYS[view]))
            action.triggered.connect(lambda _c=False, v=view: self.show(v))
            group.addAction(action)
            self.actions[view] = action
        self.actions[View.WEEK].setChecked(True)
        self.go_to_date_action = QAction(translate("window_views", "Go to Date\u2026"), parent)
        self.go_to_date_action.setShortcut(QKeySequence(GO_TO_DATE_KEY))
        self.go_to_date_action.triggered.connect(self.go_to_date)
        parent.addAction(self.go_to_date_action)
        # The week's title is clicked to jump to a date too.
        title = host.week_view.navigator.title_label
        title.setToolTip(translate("window_views", "Jump to a date ({key})").format(
            key=GO_TO_DATE_KEY))
        title.setCursor(Qt.CursorShape.PointingHandCursor)
        title.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (event.type() == QEvent.Type.MouseButtonRelease
                and watched is self._host.week_view.navigator.title_label):
            self.go_to_date()
            return True
        return super().eventFilter(watched, event)

    def show(self, view: View | str) -> None:
        """Show the schedule as `view`, on the day in sight (the selected one in the week,
        else the one the team's day shows, else today)."""
        view = View(view)
        host, team = self._host, self.team
        coming_from = self.current
        self.current = view
        self.actions[view].setChecked(True)
        if view == View.WEEK:
            host.pages.setCurrentWidget(host.week_view)
            if coming_from != View.WEEK:
                host.show_week(team.day)
            host.week_view.view.setFocus()
        else:
            if coming_from == View.WEEK:
                team.day = host.selected_day() or self._day_in_week()
            team.only_on_screen = view == View.DAY
            host.pages.setCurrentWidget(team.panel)
            team.reload()
            team.panel.view.setFocus()
        self.view_changed.emit(view.value)

    def _day_in_week(self) -> date:
        """Today when the week shown holds it, else the week's first day."""
        host = self._host
        today = host.clock().astimezone(host.tz).date()
        monday = host.week_view.week_start()
        return today if 0 <= (today - monday).days < 7 else monday

    def schedule_shown(self) -> None:
        """The Schedule page was asked for: it shows the view last chosen."""
        if self.current != View.WEEK:
            self._host.pages.setCurrentWidget(self.team.panel)

    def schedule_reloaded(self) -> None:
        """The store changed (or the week was read again): the team's day follows."""
        if self.current != View.WEEK and self._host.pages.currentWidget() is self.team.panel:
            self.team.reload()

    @Slot()
    def go_to_date(self) -> DateDialog:
        """Ask for a date, then show it in the view shown."""
        host = self._host
        day = (self.team.day if self.current != View.WEEK
               else host.selected_day() or self._day_in_week())
        dialog = DateDialog(day, self._parent)
        dialog.accepted.connect(lambda: self._go_to(dialog.chosen()))
        self.date_dialog = dialog
        dialog.open()
        return dialog

    def _go_to(self, day: date) -> None:
        if self.current == View.WEEK:
            self._host.show_week(day)
        else:
            self.team.set_day(day)
