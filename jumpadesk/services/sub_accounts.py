"""Sub-accounts: a business, location or staff member, each with its own time zone and
opening hours.

A sub-account is made only by an explicit add (and the store's first, Main, with the
store: models/migrations/versions/0006_store_version.py); naming one that is not there
is refused with the names there are (errors.UnknownSubAccount), never made on the fly.
The command line and the window resolve a name once to a reference (rows.SubAccountRow:
id, name, zone) and pass that on, so a rename at another desk does not lose it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, delete, func, select

from jumpadesk.config import DEFAULT_SUB_ACCOUNT
from jumpadesk.errors import InputError
from jumpadesk.hours import OpeningHours, check_hours, hours_to_text
from jumpadesk.kinds import AppointmentStatus
from jumpadesk.language import translate
from jumpadesk.models import (
    Appointment,
    BlockedSlot,
    CalendarRole,
    Connection,
    Contact,
    ServiceStaff,
    SubAccount,
    SubAccountConnection,
)
from jumpadesk.models.locks import configuration_transaction
from jumpadesk.models.reading import SessionReader
from jumpadesk.rows import SubAccountRow, SubKey, missing_sub_account
from jumpadesk.services.reads import opening_hours_of
from jumpadesk.services.store import Store
from jumpadesk.wording import counted, month_short, weekday_short
from jumpadesk.zones import check_zone, system_timezone

__all__ = [
    "Removal",
    "add_sub_account",
    "check_zone",
    "new_sub_account",
    "opening_hours",
    "reference",
    "remove_sub_account",
    "rename_sub_account",
    "set_opening_hours",
    "set_timezone",
    "sub_account",
    "sub_accounts",
    "sub_named",
    "system_timezone",
    "zone",
]

log = logging.getLogger("jumpadesk.services.sub_accounts")

T = TypeVar("T", Appointment, BlockedSlot, Contact)


def _find(s: Session, name: str) -> SubAccount | None:
    return s.exec(select(SubAccount).where(SubAccount.name == name)).first()


def _first(s: Session) -> SubAccount | None:
    """The business's first sub-account: Main, else (renamed) the oldest."""
    return _find(s, DEFAULT_SUB_ACCOUNT) or s.exec(
        select(SubAccount).order_by(col(SubAccount.id))).first()


def sub_named(s: Session, which: SubKey | None = None) -> SubAccount:
    """The sub-account in this session: a reference by its id, a name by that name,
    None the first one. Never made here: UnknownSubAccount (with the names there are)
    or SubAccountGone (a reference whose sub-account was removed)."""
    if isinstance(which, SubAccountRow):
        sub = s.get(SubAccount, which.id)
    elif which is None or not which.strip():
        sub = _first(s)
    else:
        sub = _find(s, which.strip())
    if sub is None:
        raise missing_sub_account(SessionReader(s), which)
    return sub


def reference(store: Store, which: SubKey | None = None) -> SubAccountRow:
    """The sub-account resolved once to a reference (id, name, zone), as it is now."""
    with store.session() as s:
        return SubAccountRow.of(sub_named(s, which))


def sub_account(store: Store, which: SubKey | None = None) -> SubAccount:
    """The sub-account (see sub_named); never made here."""
    with store.session() as s:
        return sub_named(s, which)


def sub_accounts(store: Store) -> list[SubAccount]:
    with store.session() as s:
        return list(s.exec(select(SubAccount).order_by(SubAccount.name)).all())


def default_timezone(store: Store) -> str:
    """The zone a new sub-account gets unless told: the business's first sub-account's,
    so a second location is not put in UTC by accident; the computer's without one."""
    with store.session() as s:
        first = _first(s)
        return first.timezone if first is not None else system_timezone()


def add_sub_account(store: Store, name: str, timezone: str | None = None,
                    hours: OpeningHours | None = None) -> SubAccount:
    """Make a sub-account: the one way one is made (new_sub_account, in a session of its
    own)."""
    with store.session() as s:
        return new_sub_account(s, name, timezone, hours)


def new_sub_account(s: Session, name: str, timezone: str | None = None,
                    hours: OpeningHours | None = None) -> SubAccount:
    """Make a sub-account in the caller's session. Its zone is `timezone` and its opening
    hours `hours`, each else the business's first sub-account's, so a new staff member
    is not put in UTC or in hours nobody chose by accident."""
    name = name.strip()
    if not name:
        raise InputError(translate("services", "A sub-account needs a name."))
    first = _first(s)
    tz = check_zone(timezone.strip() if timezone and timezone.strip()
                    else first.timezone if first is not None else system_timezone())
    text = (hours_to_text(check_hours(hours)) if hours is not None
            else first.opening_hours if first is not None else "")
    taken = InputError(translate("services", "There is already a sub-account called "
                                             "\"{name}\".").format(name=name))
    if _find(s, name):
        raise taken
    sub = SubAccount(name=name, timezone=tz, opening_hours=text)
    s.add(sub)
    try:
        s.flush()
    except IntegrityError as exc:  # another desk added it a moment ago
        raise taken from exc
    log.info("added sub-account %r", name)
    return sub


def rename_sub_account(store: Store, old: SubKey, new: str) -> SubAccount:
    new = new.strip()
    if not new:
        raise InputError(translate("services", "A sub-account needs a name."))
    with store.session() as s:
        sub = sub_named(s, old)
        if new != sub.name and _find(s, new):
            raise InputError(translate("services", "There is already a sub-account called "
                                                   "\"{name}\".").format(name=new))
        sub.name = new
        s.add(sub)
        return sub


def _count(n: int, one: str, many: str) -> str:
    return counted(n, one, many)


@dataclass(frozen=True)
class Removal:
    """What removing a sub-account let go of."""

    name: str
    past_appointments: int  # not cancelled: they stay in iCloud as events
    blocked_slots: int
    contacts: int

    def sentence(self) -> str:
        past = _count(self.past_appointments,
                      translate("services", "its %n past appointment stays in iCloud as an "
                                            "event, and jumpadesk forgot it"),
                      translate("services", "its %n past appointments stay in iCloud as "
                                            "events, and jumpadesk forgot them")) \
            if self.past_appointments else \
            translate("services", "it had no past appointments")
        return translate("services", "Removed {name}: {past}; its {slots} and {contacts} are "
                                     "deleted.").format(
            name=self.name, past=past,
            slots=_count(self.blocked_slots, translate("services", "%n blocked slot"),
                         translate("services", "%n blocked slots")),
            contacts=_count(self.contacts, translate("services", "%n contact"),
                            translate("services", "%n contacts")))


def remove_sub_account(store: Store, which: SubKey, now: datetime | None = None) -> Removal:
    """Remove a sub-account with its blocked slots, contacts and past appointments (those
    stay in iCloud as events). Refused, with a sentence, while it has appointments
    ahead, while it still uses an iCloud account, and for the only sub-account. Runs as a
    change of what blocks whom (configuration_transaction): it waits for the bookings
    under way and they for it, so no booking lands in it meanwhile."""
    now = now or datetime.now(UTC)
    with store.errors(), configuration_transaction(store.engine) as s:
        sub = sub_named(s, which)
        _check_removable(s, sub, now)
        # Appointments point at contacts: they go first.
        appointments = _delete_rows(s, Appointment, sub.id)
        slots = _delete_rows(s, BlockedSlot, sub.id)
        guests = _delete_rows(s, Contact, sub.id)
        s.exec(delete(CalendarRole).where(
            col(CalendarRole.sub_account_id) == sub.id))
        s.exec(delete(ServiceStaff).where(col(ServiceStaff.sub_account_id) == sub.id))
        s.delete(sub)
        log.info("removed sub-account %r", sub.name)
        past = [a for a in appointments if a.status != AppointmentStatus.CANCELLED]
        return Removal(sub.name, len(past), len(slots), len(guests))


def _check_removable(s: Session, sub: SubAccount, now: datetime) -> None:
    if s.exec(select(func.count()).select_from(SubAccount)).one() <= 1:
        raise InputError(translate("services", "{name} is the only sub-account, and a desk "
                                               "needs one: add another first, or rename this "
                                               "one.").format(name=sub.name))
    ahead = s.exec(
        select(Appointment).where(Appointment.sub_account_id == sub.id)
        .where(Appointment.status != AppointmentStatus.CANCELLED)
        .where(Appointment.end_ts > int(now.timestamp()))
        .order_by(col(Appointment.start_ts))).all()
    if ahead:
        start = datetime.fromtimestamp(ahead[0].start_ts, ZoneInfo(sub.timezone))
        raise InputError(_count(
            len(ahead),
            translate("services", "{name} still has %n appointment ahead (the next: "
                                  "\"{title}\" on {when}); cancel or move it first, then "
                                  "remove {name}."),
            translate("services", "{name} still has %n appointments ahead (the next: "
                                  "\"{title}\" on {when}); cancel or move them first, then "
                                  "remove {name}.")).format(
            name=sub.name, title=ahead[0].title,
            when=f"{weekday_short(start)} {start:%d} {month_short(start)} {start:%H:%M}"))
    accounts = s.exec(
        select(Connection.apple_id)
        .join(SubAccountConnection,
              col(SubAccountConnection.connection_id) == Connection.id)
        .where(SubAccountConnection.sub_account_id == sub.id)).all()
    if accounts:
        raise InputError(translate("services", "{name} still uses {accounts}: disconnect it "
                                               "first (jumpadesk disconnect --sub-account "
                                               "\"{name}\" --all), then remove the "
                                               "sub-account.").format(
            name=sub.name, accounts=", ".join(sorted(accounts))))


def _delete_rows(s: Session, model: type[T], sub_id: int | None) -> list[T]:
    rows = list(s.exec(select(model).where(model.sub_account_id == sub_id)).all())
    for row in rows:
        s.delete(row)
    s.flush()
    return rows


def set_timezone(store: Store, which: SubKey, timezone: str) -> SubAccount:
    tz = check_zone(timezone)
    with store.session() as s:
        sub = sub_named(s, which)
        sub.timezone = tz
        s.add(sub)
        return sub


def zone(store: Store, which: SubKey | None = None) -> ZoneInfo:
    """The sub-account's time zone, in which its all-day and floating events are placed."""
    return ZoneInfo(sub_account(store, which).timezone)


def opening_hours(store: Store, which: SubKey | None = None) -> OpeningHours:
    """The sub-account's opening hours, Monday first (None: closed); Monday to Friday
    09:00 to 18:00 until someone sets them. They shade the week and make the window ask
    before booking outside them; they never change what blocks."""
    with store.reading(which) as (reader, sub):
        return opening_hours_of(reader, sub)


def set_opening_hours(store: Store, which: SubKey, hours: OpeningHours) -> OpeningHours:
    """Keep new opening hours (InputError when a day closes before it opens)."""
    hours = check_hours(hours)
    with store.session() as s:
        sub = sub_named(s, which)
        sub.opening_hours = hours_to_text(hours)
        s.add(sub)
    return hours
