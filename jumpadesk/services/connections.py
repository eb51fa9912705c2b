"""iCloud accounts of a sub-account: connect, sync, and let go."""

from __future__ import annotations

import logging
from types import ModuleType

from sqlmodel import col, delete, select

from jumpadesk import secrets
from jumpadesk.config import DEFAULT_SERVER_URL
from jumpadesk.errors import InputError, NotFound
from jumpadesk.kinds import PasswordKeeping
from jumpadesk.language import translate
from jumpadesk.models import (
    Calendar,
    CalendarRole,
    SubAccountConnection,
)
from jumpadesk.models.locks import configuration_transaction
from jumpadesk.rows import ConnectionInfo, SubKey, connections_of
from jumpadesk.secrets import password_kept_until_quit
from jumpadesk.services.store import Store
from jumpadesk.services.sub_accounts import sub_account, sub_named
from jumpadesk.sync.report import ProgressCallback, SyncReport
from jumpadesk.sync.servers import is_icloud, service_name

log = logging.getLogger("jumpadesk.services.connections")


def _sync_api() -> ModuleType:
    """The CalDAV stack, imported on first use: a command that only reads the store
    does not pay for it."""
    from jumpadesk.sync import api

    return api


def connect(
    store: Store,
    sub_name: SubKey,
    apple_id: str,
    password: str,
    server_url: str = DEFAULT_SERVER_URL,
    keeping: PasswordKeeping | None = None,
) -> int:
    """Check the Apple ID and app-specific password with the server, keep the password
    in the keychain (or, on a computer without one, where the person chose: `keeping`)
    and the calendars in the store; returns the connection's id."""
    apple_id = apple_id.strip()
    password = "".join(password.split())  # pasted passwords carry spaces and newlines
    if not is_icloud(server_url or DEFAULT_SERVER_URL, account=apple_id or "@icloud.com"):
        if not apple_id or not password:  # another CalDAV server: its own words
            raise InputError(translate("services", "Enter the user name and the password for "
                                                   "the server."))
    if not apple_id:
        raise InputError(translate("services", "Enter the Apple ID (the email address you "
                                               "sign in to Apple with)."))
    if not password:
        raise InputError(translate("services", "Enter the app-specific password you made at "
                                               "appleid.apple.com."))
    sub = sub_account(store, sub_name)
    assert sub.id is not None
    with store.errors():
        return _sync_api().connect(
            store.engine, sub.id, apple_id, password, server_url or DEFAULT_SERVER_URL,
            client_factory=store.client_factory, keeping=keeping,
        )


def keychain_problem() -> str | None:
    """None when this computer's keychain keeps passwords; else why not (for the log).
    Reaches the keychain: call it off the GUI thread."""
    return secrets.keychain_problem()


def passwords_to_enter_again(store: Store, sub_name: SubKey | None = None,
                             ) -> list[tuple[ConnectionInfo, str]]:
    """The sub-account's accounts whose password was kept only until jumpadesk quit,
    each with the sentence that asks for it again. Reads no keychain."""
    return [(c, password_kept_until_quit(c.apple_id, service_name(c.server_url, c.apple_id)))
            for c in connections(store, sub_name)
            if secrets.kept_until_quit(c.server_url, c.apple_id)]


def connections(store: Store, sub_name: SubKey | None = None) -> list[ConnectionInfo]:
    with store.reading(sub_name) as (reader, sub):
        return connections_of(reader, sub)


def has_connection(store: Store, sub_name: SubKey | None = None) -> bool:
    return bool(connections(store, sub_name))


def sync(
    store: Store,
    sub_name: SubKey | None = None,
    progress: ProgressCallback | None = None,
) -> SyncReport:
    """One sync pass over the sub-account's accounts (every account when None)."""
    sub_id = sub_account(store, sub_name).id if sub_name else None
    with store.errors():
        return _sync_api().sync(
            store.engine, sub_account_id=sub_id, progress=progress,
            client_factory=store.client_factory, settings=store.settings,
        )



def disconnect(store: Store, connection_id: int, sub_name: SubKey | None = None) -> str:
    """Stop using an iCloud account. With `sub_name`, and when other sub-accounts still
    use the account, only this sub-account lets go of it ("unlinked"); otherwise the
    keychain entry and every cached event go too ("removed")."""
    if sub_name is not None and _let_go(store, connection_id, sub_name):
        return "unlinked"
    with store.errors():
        _sync_api().disconnect(store.engine, connection_id)
    return "removed"


def _let_go(store: Store, connection_id: int, sub_name: SubKey) -> bool:
    """This sub-account stops using the account, when others still use it: its roles
    and its link go, nothing else. False when it is the account's last user. A change of
    what blocks it (configuration_transaction)."""
    with store.errors(), configuration_transaction(store.engine) as s:
        sub = sub_named(s, sub_name)
        users = set(s.exec(
            select(SubAccountConnection.sub_account_id)
            .where(SubAccountConnection.connection_id == connection_id)
        ).all())
        if sub.id not in users:
            raise NotFound(translate("services", "That iCloud account is not connected in "
                                                 "{sub_account}.").format(sub_account=sub_name))
        if not users - {sub.id}:
            return False
        cal_ids = select(Calendar.id).where(Calendar.connection_id == connection_id)
        s.exec(delete(CalendarRole)
               .where(col(CalendarRole.sub_account_id) == sub.id)
               .where(col(CalendarRole.calendar_id).in_(cal_ids)))
        s.exec(delete(SubAccountConnection)
               .where(col(SubAccountConnection.sub_account_id) == sub.id)
               .where(col(SubAccountConnection.connection_id) == connection_id))
        log.info("sub-account %r let go of connection %s", sub_name, connection_id)
        return True
