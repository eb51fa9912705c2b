"""What the services' reads at one moment share, over a plain StoreReader (the read-only
desk's too): a sub-account's opening hours, whom its appointments are for, and its
calendars as the week's legend names them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from jumpadesk.availability import ScheduleItem
from jumpadesk.hours import OpeningHours, hours_from_text
from jumpadesk.kinds import CalendarKind, Role, Source
from jumpadesk.rows import StoreReader, SubAccountLike, id_marks
from jumpadesk.week import Guest, ShownCalendar

__all__ = ["guests_of", "opening_hours_of", "shown_calendars"]


def opening_hours_of(reader: StoreReader, sub: SubAccountLike) -> OpeningHours:
    """The sub-account's opening hours, Monday first (None: closed); the default ones
    (hours.DEFAULT_OPENING_HOURS) until someone sets them."""
    rows = reader.rows("SELECT opening_hours FROM sub_account WHERE id = :id", {"id": sub.id})
    return hours_from_text(rows[0][0] if rows else "")


def guests_of(reader: StoreReader, sub: SubAccountLike,
              items: Iterable[ScheduleItem]) -> dict[int, Guest]:
    """Whom each appointment among `items` is for, by appointment id: one query for all."""
    ids = sorted({i.ref_id for i in items
                  if i.source == Source.APPOINTMENT and i.ref_id is not None})
    if not ids:
        return {}
    marks, values = id_marks("a", ids)
    rows = reader.rows(
        "SELECT a.id, a.guest_name, a.guest_email, a.guest_phone FROM appointment a "
        f"WHERE a.sub_account_id = :sub AND a.id IN ({marks})", {"sub": sub.id, **values})
    return {appt_id: Guest(name or "", email or "", phone or "")
            for appt_id, name, email, phone in rows}


def shown_calendars(reader: StoreReader, sub: SubAccountLike) -> tuple[ShownCalendar, ...]:
    """The calendars of the sub-account's accounts for the week's legend, in the order
    the calendar picker lists them (services/calendars.calendars_in): by account, the
    usable ones first (not deleted, not a task list or a subscription), then by the
    server's order and name."""
    rows = reader.rows(
        'SELECT c.id, c.name, c.color, c.kind, c."order", c.deleted_on_server, n.apple_id '
        "FROM calendar c JOIN connection n ON n.id = c.connection_id "
        "JOIN sub_account_connection s ON s.connection_id = n.id "
        "WHERE s.sub_account_id = :sub ORDER BY c.id", {"sub": sub.id})
    roles = reader.rows("SELECT calendar_id, role FROM calendar_role "
                        "WHERE sub_account_id = :sub", {"sub": sub.id})
    linked = {calendar for calendar, role in roles if role == Role.LINKED}
    conflict = {calendar for calendar, role in roles if role == Role.CONFLICT} | linked
    unusable = (CalendarKind.TASKS, CalendarKind.SUBSCRIBED)

    def listed(row: Sequence[Any]) -> tuple[str, bool, int, str]:
        _, name, _, kind, order, deleted, account = row
        return account, bool(deleted) or kind in unusable, order, name.lower()

    return tuple(ShownCalendar(name, color, calendar in linked, calendar in conflict,
                               bool(deleted))
                 for calendar, name, color, _, _, deleted, _ in sorted(rows, key=listed))
