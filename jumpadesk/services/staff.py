"""A new staff member in one step: a sub-account added with the business's defaults (the
first sub-account's time zone and opening hours) that uses accounts already connected at
this desk for other sub-accounts, without the password typed again.

An account (a `Connection`) is shared by any number of sub-accounts; its password stays
where connecting put it (the keychain, secrets.py), keyed by server and Apple ID, so
giving the account to one more sub-account is a row in `sub_account_connection` and
nothing else. Its calendars are then chosen by the calendar picker's rule
(calendars.suggested_choice, as for an account just connected): every event calendar of
it blocks time, and one is linked only when its name says it takes bookings; else the
owner chooses, as after connecting (`jumpadesk configure`, the window's calendar picker).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from jumpadesk.errors import InputError, UnknownAccount
from jumpadesk.hours import OpeningHours
from jumpadesk.language import translate
from jumpadesk.models import Connection, SubAccount, SubAccountConnection
from jumpadesk.models.locks import configuration_transaction
from jumpadesk.rows import SubAccountRow, SubKey
from jumpadesk.services.calendars import (
    CalendarInfo,
    calendars_in,
    chosen_by_name,
    suggested_choice,
    write_roles,
)
from jumpadesk.services.store import Store
from jumpadesk.services.sub_accounts import new_sub_account, sub_named
from jumpadesk.wording import join_names

__all__ = ["AccountHere", "NewStaff", "accounts_here", "add_staff", "use_account"]

log = logging.getLogger("jumpadesk.services.staff")


@dataclass(frozen=True)
class AccountHere:
    """An account connected at this desk, and the sub-accounts that use it."""

    connection_id: int
    apple_id: str
    server_url: str
    users: tuple[str, ...]

    def offer(self) -> str:
        """"Use sam@icloud.com, already connected for Main"."""
        return translate("services", "Use {account}, already connected for {users}").format(
            account=self.apple_id, users=join_names(list(self.users)))


@dataclass(frozen=True)
class NewStaff:
    """A sub-account as adding it left it: its reference, the accounts it uses and its
    calendars with their roles."""

    sub: SubAccountRow
    accounts: tuple[AccountHere, ...]
    calendars: tuple[CalendarInfo, ...]

    @property
    def linked(self) -> CalendarInfo | None:
        return next((c for c in self.calendars if c.linked), None)

    def sentence(self) -> str:
        """What was made, in words: the zone, the accounts and the calendars, and what
        is left to choose."""
        head = translate("services", "Added {name}, in {zone}.").format(
            name=self.sub.name, zone=self.sub.timezone)
        if not self.accounts:
            return head
        used = join_names([translate("services", "{account} (already connected for "
                                                 "{users})").format(
            account=a.apple_id, users=join_names([u for u in a.users if u != self.sub.name]))
            for a in self.accounts])
        blocking = ", ".join(c.name for c in self.calendars if c.conflict) or \
            translate("services", "none")
        linked = self.linked
        calendars = translate("services", "Linked calendar: {linked}. Conflict calendars: "
                                          "{conflict}.") if linked is not None else \
            translate("services", "Conflict calendars: {conflict}. Next: choose where {name}'s "
                                  "bookings go: jumpadesk configure --sub-account \"{name}\" "
                                  "--linked NAME")
        return translate("services", "{added} It uses {accounts}, with no password asked "
                                     "again. {calendars}").format(
            added=head, accounts=used, calendars=calendars.format(
                linked=linked.name if linked is not None else "", conflict=blocking,
                name=self.sub.name))


def accounts_here(store: Store) -> list[AccountHere]:
    """Every account connected at this desk for some sub-account, with who uses it."""
    with store.session() as s:
        return _accounts_here(s)


def _accounts_here(s: Session) -> list[AccountHere]:
    rows = s.exec(
        select(Connection.id, Connection.apple_id, Connection.server_url, SubAccount.name)
        .join(SubAccountConnection, col(SubAccountConnection.connection_id) == Connection.id)
        .join(SubAccount, col(SubAccount.id) == SubAccountConnection.sub_account_id)
        .order_by(func.lower(Connection.apple_id), col(Connection.id))).all()
    found: dict[int, AccountHere] = {}
    for conn_id, apple_id, server_url, user in rows:
        assert conn_id is not None
        was = found.get(conn_id)
        users = tuple(sorted((*was.users, user))) if was is not None else (user,)
        found[conn_id] = AccountHere(conn_id, apple_id, server_url, users)
    return list(found.values())


def _account_named(here: list[AccountHere], apple_id: str) -> AccountHere:
    wanted = apple_id.strip().lower()
    matches = [a for a in here if a.apple_id.lower() == wanted]
    if not matches:
        ids = join_names([a.apple_id for a in here])
        there = (translate("services", "the account connected here is {ids}") if len(here) == 1
                 else translate("services", "the accounts connected here are {ids}") if here
                 else translate("services", "no account is connected here yet"))
        raise UnknownAccount(translate("services", "{account} is not connected at this desk "
                                                   "({there}); connect it first with jumpadesk "
                                                   "connect.").format(
            account=apple_id.strip(), there=there.format(ids=ids)))
    if len(matches) > 1:
        raise InputError(translate("services", "{account} is connected here on more than one "
                                               "server; connect it to the sub-account with "
                                               "jumpadesk connect --server.").format(
            account=apple_id.strip()))
    return matches[0]


def _give(s: Session, sub_id: int, accounts: Iterable[AccountHere], linked: str | None,
          conflicts: Iterable[str]) -> None:
    """Link the accounts to the sub-account and choose its calendars: the ones named,
    else the picker's suggestion for accounts just added."""
    new = [a.connection_id for a in accounts
           if s.get(SubAccountConnection, (sub_id, a.connection_id)) is None]
    for conn_id in new:
        s.add(SubAccountConnection(sub_account_id=sub_id, connection_id=conn_id))
    s.flush()
    conflicts = list(conflicts)
    if not (linked or conflicts or new):
        return  # an account it already uses: its choice stays
    cals = calendars_in(s, sub_id)
    choice = (chosen_by_name(cals, linked, conflicts) if linked or conflicts
              else suggested_choice(cals, new_connections=new))
    write_roles(s, sub_id, choice)


def use_account(store: Store, which: SubKey, apple_id: str, linked: str | None = None,
                conflicts: Iterable[str] = ()) -> NewStaff:
    """Give an account already connected at this desk (for another sub-account) to the
    sub-account `which`, without its password: UnknownAccount when it is not connected
    here. Its calendars: `linked` and `conflicts` by name, else the picker's suggestion.
    A change of what blocks whom (configuration_transaction)."""
    with store.errors(), configuration_transaction(store.engine) as s:
        account = _account_named(_accounts_here(s), apple_id)
        sub = sub_named(s, which)
        assert sub.id is not None
        _give(s, sub.id, [account], linked, conflicts)
        log.info("sub-account %r uses connection %s", sub.name, account.connection_id)
        return _as_made(s, sub)


def add_staff(store: Store, name: str, timezone: str | None = None, *,
              hours: OpeningHours | None = None, use: Iterable[str] = (),
              linked: str | None = None, conflicts: Iterable[str] = ()) -> NewStaff:
    """Add a sub-account (the first sub-account's zone and opening hours unless given)
    using the accounts `use` names, already connected here, with no password; all in one
    transaction, so a refusal (an account not connected here, a calendar not found)
    makes nothing."""
    use, conflicts = [u for u in use if u.strip()], list(conflicts)
    if (linked or conflicts) and not use:
        raise InputError(translate("services", "A new sub-account has no calendars to choose "
                                               "yet: name an account already connected here "
                                               "with --use APPLE_ID."))
    with store.errors(), configuration_transaction(store.engine) as s:
        here = _accounts_here(s)
        accounts = list({a.connection_id: a for a in
                         (_account_named(here, u) for u in use)}.values())
        sub = new_sub_account(s, name, timezone, hours)
        assert sub.id is not None
        if accounts:
            _give(s, sub.id, accounts, linked, conflicts)
        log.info("added sub-account %r using %d accounts", sub.name, len(accounts))
        return _as_made(s, sub)


def _as_made(s: Session, sub: SubAccount) -> NewStaff:
    assert sub.id is not None
    used = {a.connection_id: a for a in _accounts_here(s)}
    mine = s.exec(select(SubAccountConnection.connection_id)
                  .where(SubAccountConnection.sub_account_id == sub.id)).all()
    return NewStaff(SubAccountRow.of(sub), tuple(used[c] for c in sorted(mine) if c in used),
                    tuple(calendars_in(s, sub.id)))
