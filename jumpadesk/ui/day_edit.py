"""One day field for every dialog: the locale's long date ("Monday, 7 December 2026",
"Montag, 7. Dezember 2026") with a calendar to pick from, and Tab leaving it in one step
(a QDateEdit's own Tab walks its weekday, day, month and year first)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget


def long_date_format() -> str:
    """The locale's long date, as a QDateEdit display format ("dddd d MMMM yyyy")."""
    return QLocale().dateFormat(QLocale.FormatType.LongFormat)


class DayEdit(QDateEdit):
    """A day in the locale's long form with a calendar popup (`display_format` for a
    shorter one where room is scarce)."""

    def __init__(self, day: date | None = None, parent: QWidget | None = None, *,
                 display_format: str | None = None) -> None:
        super().__init__(parent)
        if day is not None:
            self.setDate(QDate(day.year, day.month, day.day))
        self.setDisplayFormat(display_format or long_date_format())
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt's names)
        return QWidget.focusNextPrevChild(self, next)


__all__ = ["DayEdit", "long_date_format"]
