"""The one entry the window and the command line share: `Desk`.

Each rule lives once, in jumpadesk.services, split by what a person does (sub-accounts,
connections, calendars, schedule, booking, contacts); `Desk` holds the store and only
forwards, so both faces call the same functions. No Qt and no direct network: the
CalDAV work is in jumpadesk.sync.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from sqlalchemy.engine import Engine
from sqlmodel import Session

from jumpadesk.config import Settings

# Underscored: the class body below reuses the plain names for its methods.
from jumpadesk.services import agenda as _agenda
from jumpadesk.services import appointment_changes as _changes
from jumpadesk.services import appointment_edit as _edit
from jumpadesk.services import blocked_slots as _blocked
from jumpadesk.services import booking as _booking
from jumpadesk.services import calendars as _calendars
from jumpadesk.services import clients as _clients
from jumpadesk.services import connections as _connections
from jumpadesk.services import connections_view as _connections_view
from jumpadesk.services import contacts as _contacts
from jumpadesk.services import free as _free
from jumpadesk.services import reassign as _reassign
from jumpadesk.services import schedule as _schedule
from jumpadesk.services import service_list as _service_list
from jumpadesk.services import staff as _staff
from jumpadesk.services import sub_accounts as _sub_accounts
from jumpadesk.services import team_day as _team_day
from jumpadesk.services import undo as _undo
from jumpadesk.services import week as _week
from jumpadesk.services.booking import NO_LINKED_CALENDAR, StaleData
from jumpadesk.services.calendars import (
    REASON_READ_ONLY,
    REASON_SUBSCRIBED,
    REASON_TASKS,
    CalendarInfo,
    calendar_usability,
    no_usable_calendars,
)
from jumpadesk.services.connections import ConnectionInfo
from jumpadesk.services.contacts import EMAIL_RE
from jumpadesk.services.schedule import AppointmentConflict, validate_span
from jumpadesk.services.store import Store
from jumpadesk.wording import brief_when
from jumpadesk.zones import system_timezone

if TYPE_CHECKING:  # the CalDAV stack is imported when a sync first needs it
    from jumpadesk.sync.client import ClientFactory

P = ParamSpec("P")
R = TypeVar("R")


def _on_store(func: Callable[Concatenate[Store, P], R]) -> Callable[Concatenate[Desk, P], R]:
    """A Desk method that calls `func` with the desk's store."""

    @functools.wraps(func)
    def method(self: Desk, *args: P.args, **kwargs: P.kwargs) -> R:
        return func(self.store, *args, **kwargs)

    signature = inspect.signature(func)
    self_param = inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)
    # inspect reads __signature__ off any callable; typeshed does not declare it on functions.
    method.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[self_param, *list(signature.parameters.values())[1:]])
    return method


class Desk:
    """The booking desk of one data folder (or shared store): sub-accounts, connections,
    calendars, schedule, bookings and contacts, as jumpadesk.services does them."""

    def __init__(
        self,
        engine: Engine | None = None,
        settings: Settings | None = None,
        client_factory: ClientFactory | None = None,
    ) -> None:
        self.store = Store.open(engine, settings, client_factory)
        self.engine = self.store.engine
        self.settings = self.store.settings
        self.client_factory = client_factory

    def session(self) -> AbstractContextManager[Session]:
        return self.store.session()

    # sub-accounts
    sub_account = _on_store(_sub_accounts.sub_account)
    sub_account_ref = _on_store(_sub_accounts.reference)
    sub_accounts = _on_store(_sub_accounts.sub_accounts)
    default_timezone = _on_store(_sub_accounts.default_timezone)
    add_sub_account = _on_store(_sub_accounts.add_sub_account)
    rename_sub_account = _on_store(_sub_accounts.rename_sub_account)
    remove_sub_account = _on_store(_sub_accounts.remove_sub_account)
    set_timezone = _on_store(_sub_accounts.set_timezone)
    zone = _on_store(_sub_accounts.zone)
    opening_hours = _on_store(_sub_accounts.opening_hours)
    set_opening_hours = _on_store(_sub_accounts.set_opening_hours)
    add_staff = _on_store(_staff.add_staff)
    accounts_here = _on_store(_staff.accounts_here)
    use_account = _on_store(_staff.use_account)

    # iCloud accounts
    connect = _on_store(_connections.connect)
    connections = _on_store(_connections.connections)
    has_connection = _on_store(_connections.has_connection)
    disconnect = _on_store(_connections.disconnect)
    sync = _on_store(_connections.sync)
    passwords_to_enter_again = _on_store(_connections.passwords_to_enter_again)
    keychain_problem = staticmethod(_connections.keychain_problem)
    connections_snapshot = _on_store(_connections_view.connections_snapshot)

    # calendars
    calendars = _on_store(_calendars.calendars)
    configure = _on_store(_calendars.configure)

    # the schedule
    schedule = _on_store(_schedule.schedule)
    busy = _on_store(_schedule.busy)
    stale = _on_store(_schedule.stale)
    event_problems = _on_store(_schedule.event_problems)
    conflicts = _on_store(_schedule.conflicts)
    appointment_conflicts = _on_store(_schedule.appointment_conflicts)
    describe_conflicts = _on_store(_schedule.describe_conflicts)
    unconfirmed = _on_store(_schedule.unconfirmed)
    week_snapshot = _on_store(_week.week_snapshot)
    team_day_snapshot = _on_store(_team_day.team_day_snapshot)
    free_times = _on_store(_free.free_times)
    agenda_days = _on_store(_agenda.agenda_days)

    # bookings and blocked slots
    book = _on_store(_booking.book)
    appointment = _on_store(_booking.appointment)
    cancel = _on_store(_changes.cancel)
    move_appointment = _on_store(_changes.move_appointment)
    reassign = _on_store(_reassign.reassign)
    edit_appointment = _on_store(_edit.edit_appointment)
    undo = _on_store(_undo.undo)
    book_again = _on_store(_undo.book_again)
    block = _on_store(_blocked.block)
    finish_unconfirmed = _on_store(_booking.finish_unconfirmed)
    settle_unconfirmed = _on_store(_booking.settle_unconfirmed)
    recheck_sentence = _on_store(_booking.recheck_sentence)
    unblock = _on_store(_blocked.unblock)

    # contacts
    contacts = _on_store(_contacts.contacts)
    find_clients = _on_store(_clients.find_clients)
    client_card = _on_store(_clients.client_card)
    set_client_notes = _on_store(_clients.set_notes)
    mark_attendance = _on_store(_clients.mark_attendance)
    booking_record = _on_store(_clients.booking_record)

    # the services offered (a length, buffers before and after)
    services = _on_store(_service_list.services)
    service_named = _on_store(_service_list.service_named)
    add_service = _on_store(_service_list.add_service)
    remove_service = _on_store(_service_list.remove_service)
    set_service_staff = _on_store(_service_list.set_staff)


__all__ = [
    "EMAIL_RE",
    "NO_LINKED_CALENDAR",
    "REASON_READ_ONLY",
    "REASON_SUBSCRIBED",
    "REASON_TASKS",
    "AppointmentConflict",
    "CalendarInfo",
    "ConnectionInfo",
    "Desk",
    "StaleData",
    "brief_when",
    "calendar_usability",
    "no_usable_calendars",
    "system_timezone",
    "validate_span",
]
