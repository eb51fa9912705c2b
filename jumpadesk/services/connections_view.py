"""A sub-account's accounts and calendars as the window shows them, read at one moment:
`ConnectionsSnapshot`, one session and one transaction for the Connections page, the
status bar's last sync per account and the choices that depend on whether anything is
connected (the walkthrough at start, the booking form's "Choose calendar…"), and who
else uses each account (what Disconnect asks).

The window reads it off the GUI thread (Desk.connections_snapshot); the words and rules
are those of services/connections.py and services/calendars.py."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from jumpadesk.rows import (
    ConnectionInfo,
    StoreReader,
    SubAccountRow,
    SubKey,
    connections_of,
    id_marks,
)
from jumpadesk.services.calendars import CalendarInfo, calendars_in
from jumpadesk.services.store import Store

__all__ = ["ConnectionsSnapshot", "connections_snapshot"]


@dataclass(frozen=True)
class ConnectionsSnapshot:
    """The accounts a sub-account uses (by Apple ID, each with its state and last sync)
    and every calendar of them with its role, as one moment of the store saw them."""

    sub_account: SubAccountRow
    connections: tuple[ConnectionInfo, ...] = ()
    calendars: tuple[CalendarInfo, ...] = ()
    #: The sub-accounts that use each account, by connection id, names sorted.
    users: Mapping[int, tuple[str, ...]] = field(default_factory=dict)

    @property
    def connected(self) -> bool:
        """The sub-account uses at least one account."""
        return bool(self.connections)

    def connection(self, connection_id: int) -> ConnectionInfo | None:
        return next((c for c in self.connections if c.id == connection_id), None)

    def calendars_of(self, connection_id: int) -> list[CalendarInfo]:
        return [c for c in self.calendars if c.connection_id == connection_id]

    def other_users(self, connection_id: int) -> list[str]:
        """The other sub-accounts that use an account: disconnecting here keeps it."""
        return [n for n in self.users.get(connection_id, ()) if n != self.sub_account.name]


def connections_snapshot(store: Store, which: SubKey | None) -> ConnectionsSnapshot:
    """The sub-account's connections and calendars, read in one transaction that sees
    the store at one moment (Store.reading_at_one_moment)."""
    with store.reading_at_one_moment(which) as (reader, sub):
        connections = tuple(connections_of(reader, sub))
        calendars = tuple(calendars_in(reader.session, sub.id))
        users = _users(reader, [c.id for c in connections])
    return ConnectionsSnapshot(sub, connections, calendars, users)


def _users(reader: StoreReader, connection_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Who uses each of the accounts: one query for all of them."""
    if not connection_ids:
        return {}
    marks, values = id_marks("c", connection_ids)
    rows = reader.rows(
        "SELECT sc.connection_id, s.name FROM sub_account_connection sc "
        f"JOIN sub_account s ON s.id = sc.sub_account_id WHERE sc.connection_id IN ({marks})",
        values)
    users: dict[int, list[str]] = {i: [] for i in connection_ids}
    for connection_id, name in rows:
        users[connection_id].append(name)
    return {i: tuple(sorted(names)) for i, names in users.items()}
