"""Qt's dates and times as Python's: what an edit shows, as `datetime.date` and `time`.

PySide6's own `toPython()` is typed as returning `object`; these say what comes back.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime


def py_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def py_time(moment: QTime) -> time:
    return time(moment.hour(), moment.minute(), moment.second(), moment.msec() * 1000)
