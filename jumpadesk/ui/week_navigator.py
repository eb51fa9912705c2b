"""Today, previous and next week, and the title of the week shown."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QPalette,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QWidget,
)

from jumpadesk.ui.plain import plain_label
from jumpadesk.ui.translation import translate, week_title
from jumpadesk.ui.week_layout import (
    monday_of,
)

log = logging.getLogger("jumpadesk.ui.week_view")


# -- the pieces around the view ------------------------------------------------------


class WeekNavigator(QWidget):
    """Today, previous and next week, and which week is shown.

    Signals:
        previous_requested(): the previous-week button was clicked.
        next_requested(): the next-week button was clicked.
        today_requested(): the Today button was clicked.
    """

    previous_requested = Signal()
    next_requested = Signal()
    today_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekNavigator")
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        row.setSpacing(6)

        self.today_button = QPushButton(translate("week_navigator", "Today"), self)
        self.today_button.setToolTip(translate(
            "week_navigator", "Go to this week (T or Home in the week)"))
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(translate(
            "week_navigator", "Previous week (Page Up in the week)"))
        self.previous_button.setAccessibleName(translate("week_navigator", "Previous week"))
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(translate(
            "week_navigator", "Next week (Page Down in the week)"))
        self.next_button.setAccessibleName(translate("week_navigator", "Next week"))
        for button in (self.today_button, self.previous_button, self.next_button):
            # Reached with Tab; a mouse click leaves the keyboard with the week view.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for button in (self.previous_button, self.next_button):
            button.setAutoRaise(True)
            button.setIconSize(QSize(14, 14))

        self.title_label = plain_label(parent=self)
        self.title_label.setObjectName("weekTitle")
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.info_label = plain_label(parent=self)
        self.info_label.setObjectName("weekInfo")
        self.info_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        row.addWidget(self.today_button)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addSpacing(8)
        row.addWidget(self.title_label)
        row.addStretch(1)
        row.addWidget(self.info_label)

        self.today_button.clicked.connect(self.today_requested)
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)

    def set_week(self, monday: date, tz: ZoneInfo, today: date | None = None) -> None:
        self.title_label.setText(week_title(monday))  # the locale's (ui/translation)
        # The ISO week most of the shown days are in (a week from Sunday: its Monday's).
        number = (monday + timedelta(days=3)).isocalendar().week
        info = translate("week_navigator", "Week {number}  \u00b7  {zone}").format(
            number=number, zone=tz.key.replace('_', ' '))
        self.info_label.setText(info)
        this_week = today is not None and monday_of(today) == monday
        self.today_button.setProperty("thisWeek", this_week)
