"""What the rest of the app asks of the CalDAV layer about accounts: connect, sync,
read the calendar list again, disconnect. One implementation, used by the command line
and by the window's sync worker alike. Bookings are written by sync.booking, and what a
pass reports is in sync.report.

Every function takes the SQLAlchemy engine of the store and an optional
`client_factory` (tests hand in a client for a local server or a broken one).
Failures raise jumpadesk.errors.SyncError subclasses whose str() is a sentence.
"""

from __future__ import annotations

import copy
import logging

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, delete, func, select

from jumpadesk import secrets
from jumpadesk.config import DEFAULT_SERVER_URL, Settings
from jumpadesk.errors import JumpadeskError, NotConnected, NotFound, ServerFailed
from jumpadesk.kinds import ConnectionState, PasswordKeeping
from jumpadesk.language import translate
from jumpadesk.models import (
    Appointment,
    Calendar,
    CalendarObject,
    CalendarRole,
    Connection,
    Occurrence,
    SubAccount,
    SubAccountConnection,
    session_scope,
)
from jumpadesk.models.locks import configuration_transaction
from jumpadesk.sync.client import (
    ClientFactory,
    check_server_url,
    client_for,
    default_client_factory,
)
from jumpadesk.sync.discovery import (
    HomeGone,
    ListingChanges,
    apply_listing,
    discover_account,
    list_home,
    owner_lines,
    read_listing,
)
from jumpadesk.sync.engine import sync_connections
from jumpadesk.sync.recheck import finish_unconfirmed
from jumpadesk.sync.report import ProgressCallback, SyncReport
from jumpadesk.sync.servers import is_icloud

log = logging.getLogger("jumpadesk.sync.api")

__all__ = ["connect", "disconnect", "refresh_calendars", "sync"]


def connect(
    engine: Engine,
    sub_account_id: int,
    apple_id: str,
    password: str,
    server_url: str,
    *,
    client_factory: ClientFactory | None = None,
    keeping: PasswordKeeping | None = None,
) -> int:
    """Check the credentials, discover the calendars, keep the password (only after the
    server accepted it) in the keychain, or where `keeping` says when this computer has
    none, link the connection to the sub-account. Returns the connection id.

    Without a keychain and without `keeping`, NoKeychain before any request: the person
    is told before connecting, never "connected" and then forgotten."""
    server_url = check_server_url(server_url or DEFAULT_SERVER_URL)
    apple_id = apple_id.strip()
    secrets.check_can_keep(keeping)
    with session_scope(engine) as s:
        if s.get(SubAccount, sub_account_id) is None:
            raise NotFound(translate("sync", "There is no sub-account {id}.").format(
                id=sub_account_id))
    # Three requests: principal (this is the credentials check), home, listing.
    with (client_factory or default_client_factory)(server_url, apple_id, password) as client:
        try:
            places = discover_account(client, server_url)
            try:
                found = list_home(client, places.home_url)
            except HomeGone as why:
                raise ServerFailed(_home_gone(why, is_icloud(server_url, account=apple_id))
                                   ) from why
        except JumpadeskError as exc:
            raise _not_saved(exc) from exc
    secrets.save_password(server_url, apple_id, password,
                          keeping or PasswordKeeping.KEYCHAIN)
    with session_scope(engine) as s:
        conn = _find_connection(s, server_url, apple_id)
        if conn is None:
            conn = Connection(apple_id=apple_id, server_url=server_url)
        conn.principal_url = places.principal_url
        conn.home_url = places.home_url
        conn.owner_addresses = owner_lines(places.owner_addresses, apple_id)
        conn.state = ConnectionState.OK
        conn.last_error = ""
        s.add(conn)
        s.flush()
        assert conn.id is not None
        connection_id = conn.id
        apply_listing(s, conn, found)
        link = s.get(SubAccountConnection, (sub_account_id, connection_id))
        if link is None:
            s.add(SubAccountConnection(sub_account_id=sub_account_id,
                                       connection_id=connection_id))
    log.info("connected %s: %d calendars", apple_id, len(found))
    return connection_id


def _home_gone(why: HomeGone, icloud: bool) -> str:
    return (translate("sync", "The server did not let jumpadesk read the calendar list ({why}); "
                              "check that iCloud Calendar is turned on for this Apple ID.")
            if icloud else translate(
        "sync", "The server did not let jumpadesk read the calendar list ({why}); check that "
                "calendars are turned on for this account on the server.")).format(why=why)


def _not_saved(exc: JumpadeskError) -> JumpadeskError:
    """At connect time nothing is saved yet, so there is no next sync to promise."""
    text = str(exc)
    next_sync = translate("sync", "jumpadesk will try again at the next sync.")
    if next_sync not in text:
        return exc
    again = copy.copy(exc)
    again.args = (text.replace(next_sync, translate(
        "sync", "nothing was saved; connect again once the server answers.")),)
    return again


def _find_connection(s: Session, server_url: str, apple_id: str) -> Connection | None:
    return s.exec(
        select(Connection)
        .where(Connection.server_url == server_url)
        .where(func.lower(Connection.apple_id) == apple_id.lower())
    ).first()


def refresh_calendars(
    engine: Engine, connection_id: int, *, client_factory: ClientFactory | None = None
) -> ListingChanges:
    """Read the calendar list again (one request): new, renamed, recoloured, deleted."""
    with session_scope(engine) as s:
        conn = s.get(Connection, connection_id)
        if conn is None:
            raise NotFound(translate("sync", "There is no such connection."))
    with client_for(conn, client_factory) as client:
        found = read_listing(engine, client, conn)
    with session_scope(engine) as s:
        row = s.get(Connection, connection_id)
        assert row is not None
        return apply_listing(s, row, found)


def sync(
    engine: Engine,
    *,
    sub_account_id: int | None = None,
    progress: ProgressCallback | None = None,
    client_factory: ClientFactory | None = None,
    settings: Settings | None = None,
) -> SyncReport:
    """One pass over the connections of one sub-account (or all of them when None);
    each account is fetched once even when several sub-accounts use it. Bookings left
    unconfirmed on the accounts that synced fine are then finished (one PUT each)."""
    with session_scope(engine) as s:
        links = select(SubAccountConnection.connection_id)
        roles = select(CalendarRole.calendar_id)
        if sub_account_id is not None:
            links = links.where(SubAccountConnection.sub_account_id == sub_account_id)
            roles = roles.where(CalendarRole.sub_account_id == sub_account_id)
        connection_ids = sorted(set(s.exec(links).all()))
        calendar_ids = set(s.exec(roles).all())
    if not connection_ids:
        if sub_account_id is not None:
            raise NotConnected(translate(
                "sync", "This sub-account has no calendar account connected yet."))
        return SyncReport()
    report = sync_connections(
        engine,
        connection_ids,
        calendar_ids,
        progress=progress,
        client_factory=client_factory,
        settings=settings,
    )
    report.rechecked = finish_unconfirmed(
        engine, connection_ids=[a.connection_id for a in report.accounts if a.ok],
        sub_account_id=sub_account_id, client_factory=client_factory)
    return report


def disconnect(engine: Engine, connection_id: int) -> None:
    """Forget a connection entirely, for every sub-account that used it: its keychain
    entry, calendars, roles, cached events and occurrences. Appointments stay (they are
    the business's records) but no longer point at a calendar."""
    with session_scope(engine) as s:
        conn = s.get(Connection, connection_id)
        if conn is None:
            raise NotFound(translate("sync", "There is no such connection."))
        server_url, apple_id = conn.server_url, conn.apple_id
    # The secret goes first: a store left half-cleaned is repaired by connecting again,
    # a password left behind in the keychain is not seen by anyone.
    secrets.delete_password(server_url, apple_id)
    # Its calendars stop blocking: a change of what blocks whom (models.locks).
    with configuration_transaction(engine) as s:
        cal_ids = list(
            s.exec(select(Calendar.id).where(Calendar.connection_id == connection_id)).all()
        )
        if cal_ids:
            s.exec(delete(Occurrence).where(col(Occurrence.calendar_id).in_(cal_ids)))
            s.exec(delete(CalendarObject).where(col(CalendarObject.calendar_id).in_(cal_ids)))
            s.exec(delete(CalendarRole).where(col(CalendarRole.calendar_id).in_(cal_ids)))
            for appt in s.exec(
                select(Appointment).where(col(Appointment.calendar_id).in_(cal_ids))
            ).all():
                appt.calendar_id = None
                s.add(appt)
            s.flush()
            s.exec(delete(Calendar).where(col(Calendar.id).in_(cal_ids)))
        s.exec(
            delete(SubAccountConnection).where(
                col(SubAccountConnection.connection_id) == connection_id
            )
        )
        s.exec(delete(Connection).where(col(Connection.id) == connection_id))
    log.info("disconnected %s", apple_id)
