"""The booking form's words: the time it books, said in full, and what is wrong with
what was typed (the sentences are the booking form's, in its catalogue context)."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale

from jumpadesk.service import EMAIL_RE
from jumpadesk.ui.event_details import format_time
from jumpadesk.ui.translation import long_day, translate

KIND_APPOINTMENT = "appointment"
KIND_BLOCK = "block"

#: Digits and the punctuation people type in phone numbers; the Desk stores it as typed.
PHONE_RE = re.compile(r"^\+?[0-9 ()./-]{3,30}$")


def describe_slot(start: datetime, end: datetime, tz: ZoneInfo) -> str:
    """ "Wednesday 25 November 2026, 10:00 – 11:15" in the business's zone."""
    s, e = start.astimezone(tz), end.astimezone(tz)
    end_text = format_time(e) if e.date() == s.date() else translate(
        "booking_dialog", "{weekday} {time}", "an end on another day: short weekday, time"
    ).format(weekday=QLocale().dayName(e.isoweekday(), QLocale.FormatType.ShortFormat),
             time=format_time(e))
    return translate("booking_dialog", "{day}, {start} \u2013 {end}",
                     "the booking's day and times").format(
        day=long_day(s.date()), start=format_time(s), end=end_text)


def field_problems(kind: str, title: str, email: str, phone: str) -> dict[str, str]:
    """What is wrong with the input, by field name; empty when it can be sent."""
    problems: dict[str, str] = {}
    if kind == KIND_APPOINTMENT:
        if not title.strip():
            problems["title"] = translate("booking_dialog", "An appointment needs a title.")
        if email.strip() and not EMAIL_RE.match(email.strip()):
            problems["email"] = translate(
                "booking_dialog",
                "That does not look like an email address (name@example.com).")
        if phone.strip() and not PHONE_RE.match(phone.strip()):
            problems["phone"] = translate(
                "booking_dialog", "A phone number has digits, spaces and + ( ) - only.")
    return problems


__all__ = ["KIND_APPOINTMENT", "KIND_BLOCK", "PHONE_RE", "describe_slot", "field_problems"]
