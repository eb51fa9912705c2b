"""Changing the services list (offered.py reads it): add and remove, in the store's
session; the list with every service's length and buffers."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.exc import IntegrityError
from sqlmodel import col, delete, select

from jumpadesk.errors import InputError
from jumpadesk.free_time import LONGEST
from jumpadesk.language import translate
from jumpadesk.models import BookableService
from jumpadesk.models.reading import SessionReader
from jumpadesk.services.offered import (
    LONGEST_BUFFER,
    Offered,
    minutes_of,
    named_in,
    service_in,
    services_in,
)
from jumpadesk.services.store import Store


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
                buffer_after: timedelta = timedelta(0)) -> Offered:
    """Add a service to the list; InputError for an empty or taken name, a length that
    cannot be, or a buffer below zero or over twelve hours."""
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
        s.add(BookableService(name=name, length_minutes=minutes_of(length),
                              buffer_before_minutes=minutes_of(buffer_before),
                              buffer_after_minutes=minutes_of(buffer_after)))
        try:
            s.flush()
        except IntegrityError as exc:  # another desk added it meanwhile
            raise InputError(_taken(name)) from exc
        return Offered(name, length, buffer_before, buffer_after)


def _taken(name: str) -> str:
    return translate("services", "There is already a service named '{name}'; remove it first "
                                 "or choose another name.").format(name=name)


def remove_service(store: Store, name: str) -> Offered:
    """Take a service off the list; appointments booked for it keep their length and
    buffers. UnknownService if there is none of that name."""
    with store.errors(), store.session() as s:
        found = {o.name: o for o in services_in(SessionReader(s))}
        gone = found[named_in(list(found), name)]
        s.exec(delete(BookableService).where(col(BookableService.name) == gone.name))
        return gone
