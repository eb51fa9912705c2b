"""Sub-accounts: a business, location or staff member, each with its own time zone and
opening hours."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session, select

from jumpadesk.config import DEFAULT_SUB_ACCOUNT
from jumpadesk.errors import InputError, NotFound
from jumpadesk.hours import OpeningHours, check_hours, hours_from_text, hours_to_text
from jumpadesk.models import SubAccount
from jumpadesk.models.tables import utcnow
from jumpadesk.services.store import Store

log = logging.getLogger("jumpadesk.services.sub_accounts")


def system_timezone() -> str:
    """The computer's IANA zone name; UTC only when the system has none."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
        if name:
            ZoneInfo(name)
            return name
    except Exception:  # an unreadable system zone is not a reason to refuse to start
        log.warning("could not read the system time zone; using UTC")
    return "UTC"


def check_zone(name: str) -> str:
    """`name` when it is a time zone name; else InputError with an example."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(f'"{name}" is not a time zone name; use one like Europe/Berlin.') from exc
    return name


def _find(s: Session, name: str) -> SubAccount | None:
    return s.exec(select(SubAccount).where(SubAccount.name == name)).first()


def sub_named(s: Session, name: str) -> SubAccount:
    """The named sub-account, created on first use (as the command line promises)."""
    name = name.strip() or DEFAULT_SUB_ACCOUNT
    sub = _find(s, name)
    if sub is None:
        sub = _create(s, name)
    return sub


def _create(s: Session, name: str) -> SubAccount:
    """Create a sub-account on first use. Two desks (or processes) may do so at the same
    moment: the second one's insert does nothing and it reads the first one's row."""
    values = {"name": name, "timezone": system_timezone(), "created_at": utcnow()}
    if s.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
    s.execute(upsert(SubAccount).values(**values)
              .on_conflict_do_nothing(index_elements=["name"]))
    sub = s.exec(select(SubAccount).where(SubAccount.name == name)).one()
    log.info("created sub-account %r", name)
    return sub


def sub_account(store: Store, name: str = DEFAULT_SUB_ACCOUNT, create: bool = True) -> SubAccount:
    """The named sub-account; created on first use unless `create` is False."""
    name = name.strip() or DEFAULT_SUB_ACCOUNT
    with store.session() as s:
        if not create and _find(s, name) is None:
            raise NotFound(f'There is no sub-account called "{name}".')
        return sub_named(s, name)


def sub_accounts(store: Store) -> list[SubAccount]:
    with store.session() as s:
        return list(s.exec(select(SubAccount).order_by(SubAccount.name)).all())


def add_sub_account(store: Store, name: str, timezone: str | None = None) -> SubAccount:
    name = name.strip()
    if not name:
        raise InputError("A sub-account needs a name.")
    tz = check_zone(timezone or system_timezone())
    with store.session() as s:
        if _find(s, name):
            raise InputError(f'There is already a sub-account called "{name}".')
        sub = SubAccount(name=name, timezone=tz)
        s.add(sub)
        s.flush()
        return sub


def rename_sub_account(store: Store, old: str, new: str) -> SubAccount:
    new = new.strip()
    if not new:
        raise InputError("A sub-account needs a name.")
    with store.session() as s:
        sub = sub_named(s, old)
        if new != old and _find(s, new):
            raise InputError(f'There is already a sub-account called "{new}".')
        sub.name = new
        s.add(sub)
        return sub


def set_timezone(store: Store, name: str, timezone: str) -> SubAccount:
    tz = check_zone(timezone)
    with store.session() as s:
        sub = sub_named(s, name)
        sub.timezone = tz
        s.add(sub)
        return sub


def zone(store: Store, sub_name: str = DEFAULT_SUB_ACCOUNT) -> ZoneInfo:
    """The sub-account's time zone, in which its all-day and floating events are placed."""
    return ZoneInfo(sub_account(store, sub_name).timezone)


def opening_hours(store: Store, sub_name: str = DEFAULT_SUB_ACCOUNT) -> OpeningHours:
    """The sub-account's opening hours, Monday first (None: closed); Monday to Friday
    09:00 to 18:00 until someone sets them. They shade the week and make the window ask
    before booking outside them; they never change what blocks."""
    return hours_from_text(sub_account(store, sub_name).opening_hours)


def set_opening_hours(store: Store, sub_name: str, hours: OpeningHours) -> OpeningHours:
    """Keep new opening hours (InputError when a day closes before it opens)."""
    hours = check_hours(hours)
    with store.session() as s:
        sub = sub_named(s, sub_name)
        sub.opening_hours = hours_to_text(hours)
        s.add(sub)
    return hours
