"""Changing the services list (offered.py reads it): add and remove, in the store's
session; the list with every service's length and buffers."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from jumpadesk.errors import InputError
from jumpadesk.free_time import LONGEST
from jumpadesk.models import BookableService
from jumpadesk.services.offered import (
    LONGEST_BUFFER,
    Offered,
    UnknownService,
    minutes_of,
    service_in,
)
from jumpadesk.services.store import Store

_minutes = minutes_of


def _of(row: BookableService) -> Offered:
    return Offered(row.name, timedelta(minutes=row.length_minutes),
                   timedelta(minutes=row.buffer_before_minutes),
                   timedelta(minutes=row.buffer_after_minutes))


def services(store: Store) -> list[Offered]:
    """Every service, by name."""
    with store.errors(), store.session() as s:
        rows = s.exec(select(BookableService).order_by(BookableService.name)).all()
        return [_of(r) for r in rows]


def service_named(store: Store, name: str) -> Offered:
    """The service named `name`; UnknownService if the list does not have it."""
    with store.errors(), store.reading(None) as (reader, _):
        return service_in(reader, name)


def add_service(store: Store, name: str, length: timedelta,
                buffer_before: timedelta = timedelta(0),
                buffer_after: timedelta = timedelta(0)) -> Offered:
    """Add a service to the list; InputError for an empty or taken name, a length that
    cannot be, or a buffer below zero or over twelve hours."""
    name = " ".join(name.split())
    if not name:
        raise InputError("A service needs a name.")
    if not timedelta(0) < length <= LONGEST:
        raise InputError("A service lasts from 1 minute to 24 hours.")
    for which, span in (("before", buffer_before), ("after", buffer_after)):
        if not timedelta(0) <= span <= LONGEST_BUFFER:
            raise InputError(f"The buffer {which} a service is from 0 minutes to 12 hours.")
    with store.errors(), store.session() as s:
        taken = [r.name for r in s.exec(select(BookableService)).all()
                 if r.name.casefold() == name.casefold()]
        if taken:
            raise InputError(f"There is already a service named '{taken[0]}'; remove it "
                             "first or choose another name.")
        row = BookableService(name=name, length_minutes=_minutes(length),
                              buffer_before_minutes=_minutes(buffer_before),
                              buffer_after_minutes=_minutes(buffer_after))
        s.add(row)
        try:
            s.flush()
        except IntegrityError as exc:  # another desk added it meanwhile
            raise InputError(f"There is already a service named '{name}'; remove it first "
                             "or choose another name.") from exc
        return _of(row)


def remove_service(store: Store, name: str) -> Offered:
    """Take a service off the list; appointments booked for it keep their length and
    buffers. UnknownService if there is none of that name."""
    with store.errors(), store.session() as s:
        rows = list(s.exec(select(BookableService)).all())
        wanted = name.strip()
        exact = [r for r in rows if r.name == wanted]
        folded = [r for r in rows if r.name.casefold() == wanted.casefold()]
        if not exact and len(folded) != 1:
            raise UnknownService(wanted, sorted(r.name for r in rows))
        row = (exact or folded)[0]
        gone = _of(row)
        s.delete(row)
        return gone
