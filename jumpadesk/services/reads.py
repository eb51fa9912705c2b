"""What the services' reads at one moment share, over a plain StoreReader (the read-only
desk's too): a sub-account's opening hours, and whom its appointments are for."""

from __future__ import annotations

from collections.abc import Iterable

from jumpadesk.availability import ScheduleItem
from jumpadesk.hours import OpeningHours, hours_from_text
from jumpadesk.kinds import Source
from jumpadesk.rows import StoreReader, SubAccountLike, id_marks
from jumpadesk.week import Guest

__all__ = ["guests_of", "opening_hours_of"]


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
