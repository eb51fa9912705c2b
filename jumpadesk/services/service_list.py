"""Changing the services list (offered.py reads it): add and remove, and who offers each
(revision 0012: no staff named is everyone), in the store's session; the list with every
service's length, buffers and staff."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, delete, select

from jumpadesk.errors import InputError
from jumpadesk.free_time import LONGEST
from jumpadesk.language import translate
from jumpadesk.models import BookableService, ServiceStaff
from jumpadesk.models.reading import SessionReader
from jumpadesk.rows import SubKey
from jumpadesk.services.offered import (
    LONGEST_BUFFER,
    Offered,
    minutes_of,
    named_in,
    service_in,
    services_in,
)
from jumpadesk.services.store import Store
from jumpadesk.services.sub_accounts import sub_named


def services(store: Store) -> list[Offered]:
    """Every service, by name (offered.services_in)."""
    with store.errors(), store.session() as s:
        return services_in(SessionReader(s))


def service_named(store: Store, name: str) -> Offered:
    """The service named `name`; UnknownService if the list does not have it."""
    with store.errors(), store.session() as s:
        return service_in(SessionReader(s), name)


def add_service(store: Store, name: str, length: timedelta,
                buffer_before: timedelta = timedelta(0),
                buffer_after: timedelta = timedelta(0),
                staff: Sequence[SubKey] = ()) -> Offered:
    """Add a service to the list, offered by the sub-accounts `staff` names (none:
    everyone); InputError for an empty or taken name, a length that cannot be, or a
    buffer below zero or over twelve hours, UnknownSubAccount for a staff member there is
    not."""
    name = " ".join(name.split())
    if not name:
        raise InputError(translate("services", "A service needs a name."))
    if not timedelta(0) < length <= LONGEST:
        raise InputError(translate("services", "A service lasts from 1 minute to 24 hours."))
    for which, span in (("before", buffer_before), ("after", buffer_after)):
        if not timedelta(0) <= span <= LONGEST_BUFFER:
            raise InputError(
                translate("services", "The buffer before a service is from 0 minutes to 12 "
                                      "hours.") if which == "before" else
                translate("services", "The buffer after a service is from 0 minutes to 12 "
                                      "hours."))
    with store.errors(), store.session() as s:
        taken = [r.name for r in s.exec(select(BookableService)).all()
                 if r.name.casefold() == name.casefold()]
        if taken:
            raise InputError(_taken(taken[0]))
        row = BookableService(name=name, length_minutes=minutes_of(length),
                              buffer_before_minutes=minutes_of(buffer_before),
                              buffer_after_minutes=minutes_of(buffer_after))
        s.add(row)
        try:
            s.flush()
        except IntegrityError as exc:  # another desk added it meanwhile
            raise InputError(_taken(name)) from exc
        assert row.id is not None  # flushed
        names = _name_staff(s, row.id, staff)
        return Offered(name, length, buffer_before, buffer_after, names)


def set_staff(store: Store, name: str, staff: Sequence[SubKey]) -> Offered:
    """Who offers the service named `name`: the sub-accounts `staff` names, or everyone
    when it names none. UnknownService, UnknownSubAccount for a name there is not."""
    with store.errors(), store.session() as s:
        found = {o.name: o for o in services_in(SessionReader(s))}
        offer = found[named_in(list(found), name)]
        row = s.exec(select(BookableService)
                     .where(col(BookableService.name) == offer.name)).one()
        assert row.id is not None
        s.exec(delete(ServiceStaff).where(col(ServiceStaff.service_id) == row.id))
        names = _name_staff(s, row.id, staff)
        return Offered(offer.name, offer.length, offer.buffer_before, offer.buffer_after,
                       names)


def _name_staff(s: Session, service_id: int, staff: Sequence[SubKey]) -> tuple[str, ...]:
    """Rows saying the sub-accounts `staff` names offer the service; their names, sorted."""
    subs = {sub.id: sub for sub in (sub_named(s, which) for which in staff)}
    for sub_id in subs:
        assert sub_id is not None
        s.add(ServiceStaff(service_id=service_id, sub_account_id=sub_id))
    s.flush()
    return tuple(sorted(sub.name for sub in subs.values()))


def _taken(name: str) -> str:
    return translate("services", "There is already a service named '{name}'; remove it first "
                                 "or choose another name.").format(name=name)


def remove_service(store: Store, name: str) -> Offered:
    """Take a service off the list; appointments booked for it keep their length and
    buffers. UnknownService if there is none of that name."""
    with store.errors(), store.session() as s:
        found = {o.name: o for o in services_in(SessionReader(s))}
        gone = found[named_in(list(found), name)]
        row = s.exec(select(BookableService)
                     .where(col(BookableService.name) == gone.name)).one()
        s.exec(delete(ServiceStaff).where(col(ServiceStaff.service_id) == row.id))
        s.delete(row)
        return gone
