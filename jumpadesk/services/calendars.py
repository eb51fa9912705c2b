"""The calendars of a sub-account's iCloud accounts: which one bookings are written to
(the linked calendar), which ones block (the conflict calendars), and which cannot be
used at all, with the reason in one sentence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, delete, select

from jumpadesk.errors import InputError, NotConnected, NotFound
from jumpadesk.kinds import Access, CalendarKind, Role
from jumpadesk.language import translate
from jumpadesk.models import Calendar, CalendarRole, Connection, SubAccountConnection
from jumpadesk.models.locks import configuration_transaction
from jumpadesk.rows import SubKey
from jumpadesk.services.store import Store
from jumpadesk.services.sub_accounts import sub_named
from jumpadesk.sync.servers import is_icloud, service_name

REASON_TASKS = "Reminders lists hold tasks, not events, so they cannot block time."
REASON_SUBSCRIBED = (
    "This is a subscribed calendar (a webcal feed{src}). iCloud does not serve its events "
    "over CalDAV, so it cannot be connected; copy the events you need into one of your own "
    "calendars instead."
)
REASON_READ_ONLY = (
    "This calendar is shared with you read-only, so bookings cannot be written to it; "
    "it can still block time as a conflict calendar."
)


def deleted_reason(service: str) -> str:
    """Why a calendar its server deleted cannot be used, naming that server."""
    return f"This calendar was deleted in {service}."


@dataclass(frozen=True)
class CalendarInfo:
    """A discovered calendar as the picker and `jumpadesk calendars` show it."""

    id: int
    name: str
    url: str
    color: str
    access: Access
    kind: CalendarKind
    connectable: bool
    reason: str | None
    linked: bool
    conflict: bool
    account: str
    connection_id: int
    order: int
    deleted: bool

    @property
    def can_be_linked(self) -> bool:
        """Bookings can be written to it: connectable and writable."""
        return self.connectable and self.access == Access.WRITE

    @property
    def can_block(self) -> bool:
        """It can be a conflict calendar: an event calendar that can be connected."""
        return self.connectable

    def as_json(self) -> dict:
        return {
            "name": self.name,
            "url": self.url,
            "color": self.color,
            "access": self.access,
            "kind": self.kind,
            "connectable": self.connectable,
            "reason": self.reason,
            "linked": self.linked,
            "conflict": self.conflict,
            "account": self.account,
        }


@dataclass(frozen=True)
class PickerChoice:
    """A choice of calendars for a sub-account: the linked one (None: not chosen) and
    the conflict ones."""

    linked_id: int | None
    conflict_ids: frozenset[int]


#: Calendar names that say "bookings go here", best first; the only ones ever linked
#: without the owner choosing (the first writable calendar is often a personal one).
BOOKING_CALENDAR_NAMES = ("appointments", "bookings", "work")


def calendar_for_bookings(calendars: Iterable[CalendarInfo]) -> int | None:
    """The writable calendar whose name says it takes bookings, or None."""
    writable = {c.name.strip().lower(): c.id for c in reversed(list(calendars))
                if c.can_be_linked}
    return next((writable[n] for n in BOOKING_CALENDAR_NAMES if n in writable), None)


def suggested_choice(calendars: Iterable[CalendarInfo],
                     new_connection_id: int | None = None, *,
                     new_connections: Iterable[int] = ()) -> PickerChoice:
    """Sensible defaults (the calendar picker's, and a new staff member's given an
    account already connected: services/staff.py): keep what was chosen before;
    otherwise every connectable event calendar blocks time, and a calendar is linked
    only when its name says it takes bookings ("Appointments", "Bookings", "Work");
    else the owner must choose.

    With `new_connection_id` (or several: `new_connections`), connections just added,
    their event calendars are added to the existing choice, and one of them is
    suggested as the linked one (by name) only when nothing was linked before."""
    cals = list(calendars)
    new = set(new_connections) | ({new_connection_id} if new_connection_id is not None
                                  else set())
    linked = next((c.id for c in cals if c.linked and c.can_be_linked), None)
    chosen = {c.id for c in cals if c.conflict and c.can_block}
    has_previous_choice = linked is not None or bool(chosen)
    if new:
        fresh = [c for c in cals if c.connection_id in new]
        chosen |= {c.id for c in fresh if c.can_block}
        if linked is None:
            linked = calendar_for_bookings(fresh)
    elif not has_previous_choice:
        chosen = {c.id for c in cals if c.can_block}
    if linked is None:
        linked = calendar_for_bookings(cals)
    if linked is not None:
        chosen.add(linked)
    return PickerChoice(linked, frozenset(chosen))


def calendar_usability(cal: Calendar, service: str = "iCloud") -> tuple[bool, str | None]:
    """Whether a calendar can be connected at all, and if not, why (one sentence);
    `service` names its server (sync/servers.service_name)."""
    if cal.deleted_on_server:
        return False, deleted_reason(service)
    if cal.kind == CalendarKind.TASKS:
        return False, REASON_TASKS
    if cal.kind == CalendarKind.SUBSCRIBED:
        src = f" from {cal.source_url}" if cal.source_url else ""
        return False, REASON_SUBSCRIBED.format(src=src)
    return True, None


def no_usable_calendars(account: str, server_url: str,
                        calendars: Sequence[CalendarInfo]) -> str | None:
    """One sentence when an account is connected but has no calendar jumpadesk can use
    (none at all, only task lists, only subscriptions, only deleted ones), saying why;
    None when it has one. `calendars` are that account's."""
    if any(c.connectable and not c.deleted for c in calendars):
        return None
    service = service_name(server_url, account)
    icloud = is_icloud(server_url, account=account)
    kinds = {c.kind for c in calendars if not c.deleted}
    if not calendars:
        why = translate("services", "{service} lists none for it; make a calendar there, and "
                                    "it shows here after the next sync")
    elif not kinds:
        why = translate("services", "its calendars were deleted on {service}")
    elif kinds == {CalendarKind.TASKS}:
        why = translate("services", "it has only Reminders lists, which hold tasks, not "
                                    "events") if icloud else \
            translate("services", "it has only task lists, which hold tasks, not events")
    elif kinds == {CalendarKind.SUBSCRIBED}:
        why = translate("services", "it has only subscribed calendars, whose events {service} "
                                    "does not serve")
    else:
        why = translate("services", "it has only Reminders lists and subscribed calendars, "
                                    "which cannot block time") if icloud else \
            translate("services", "it has only task lists and subscribed calendars, which "
                                  "cannot block time")
    return translate("services", "{account} on {service} is connected but has no calendars "
                                 "jumpadesk can use: {why}.").format(
        account=account, service=service, why=why.format(service=service))


def _info(cal: Calendar, conn: Connection, linked: set[int], conflict: set[int]) -> CalendarInfo:
    connectable, reason = calendar_usability(cal, service_name(conn.server_url, conn.apple_id))
    if connectable and cal.access != Access.WRITE and reason is None:
        reason = REASON_READ_ONLY
    assert cal.id is not None and conn.id is not None  # both read from the store
    return CalendarInfo(
        id=cal.id, name=cal.name, url=cal.url, color=cal.color,
        access=Access(cal.access), kind=CalendarKind(cal.kind), connectable=connectable,
        reason=reason,
        linked=cal.id in linked, conflict=cal.id in conflict or cal.id in linked,
        account=conn.apple_id, connection_id=conn.id,
        order=cal.order, deleted=cal.deleted_on_server,
    )


def calendars(store: Store, sub_name: SubKey | None = None) -> list[CalendarInfo]:
    """Every calendar of the sub-account's connections, with its role and usability."""
    with store.session() as s:
        sub = sub_named(s, sub_name)
        assert sub.id is not None
        return calendars_in(s, sub.id)


def calendars_in(s: Session, sub_id: int) -> list[CalendarInfo]:
    """calendars(), read in a session the caller holds (one transaction with its other
    reads: services/week.py)."""
    rows = s.exec(
        select(Calendar, Connection)
        .join(Connection, col(Connection.id) == Calendar.connection_id)
        .join(SubAccountConnection, col(SubAccountConnection.connection_id) == Connection.id)
        .where(SubAccountConnection.sub_account_id == sub_id)
    ).all()
    roles = s.exec(select(CalendarRole).where(CalendarRole.sub_account_id == sub_id)).all()
    linked = {r.calendar_id for r in roles if r.role == Role.LINKED}
    conflict = {r.calendar_id for r in roles if r.role == Role.CONFLICT}
    out = [_info(cal, conn, linked, conflict) for cal, conn in rows]
    out.sort(key=lambda c: (c.account, not c.connectable, c.order, c.name.lower()))
    return out


def find_calendar(cals: list[CalendarInfo], ref: str) -> CalendarInfo:
    """The calendar a person means by `ref`: its URL, its name, its name in any case."""
    ref_norm = ref.strip()
    exact = [c for c in cals if c.url.rstrip("/") == ref_norm.rstrip("/")]
    if not exact:
        exact = [c for c in cals if c.name == ref_norm]
    if not exact:
        exact = [c for c in cals if c.name.lower() == ref_norm.lower()]
    if not exact:
        names = ", ".join(sorted({c.name for c in cals})) or translate("services", "none yet")
        raise NotFound(translate("services", "There is no calendar called \"{name}\". "
                                             "Calendars: {names}.").format(name=ref, names=names))
    if len(exact) > 1:
        raise InputError(translate("services", "More than one calendar is called \"{name}\"; "
                                               "use its URL (see `jumpadesk "
                                               "calendars`).").format(name=ref))
    return exact[0]


def _checked_linked(cal: CalendarInfo) -> CalendarInfo:
    if not cal.connectable:
        raise InputError(_cannot_be_used(cal))
    if cal.access != Access.WRITE:
        raise InputError(translate(
            "services", "{calendar} is read-only for you, so it cannot be the linked calendar "
                        "where bookings are written. Choose one of your own calendars.").format(
            calendar=cal.name))
    return cal


def _cannot_be_used(cal: CalendarInfo) -> str:
    return translate("services", "{calendar} cannot be used: {why}").format(
        calendar=cal.name, why=cal.reason)


def _checked_conflict(cal: CalendarInfo) -> CalendarInfo:
    if not cal.connectable:
        raise InputError(_cannot_be_used(cal))
    return cal


def chosen_by_name(cals: list[CalendarInfo], linked: str | None,
                   conflicts: Iterable[str]) -> PickerChoice:
    """The linked calendar and the conflict calendars a person named (by name or URL)
    among `cals`, each checked: InputError or NotFound with the sentence why not."""
    chosen_linked = _checked_linked(find_calendar(cals, linked)) if linked else None
    chosen_conflicts = [_checked_conflict(find_calendar(cals, ref)) for ref in conflicts]
    return PickerChoice(chosen_linked.id if chosen_linked is not None else None,
                        frozenset(c.id for c in chosen_conflicts))


def write_roles(s: Session, sub_id: int, choice: PickerChoice) -> None:
    """The sub-account's calendar roles become `choice`, in the caller's session (a
    configuration_transaction: bookings under way finish on the old calendars)."""
    s.exec(delete(CalendarRole).where(col(CalendarRole.sub_account_id) == sub_id))
    if choice.linked_id is not None:
        s.add(CalendarRole(sub_account_id=sub_id, calendar_id=choice.linked_id,
                           role=Role.LINKED))
    for cal_id in sorted(choice.conflict_ids):
        s.add(CalendarRole(sub_account_id=sub_id, calendar_id=cal_id, role=Role.CONFLICT))


def configure(
    store: Store, sub_name: SubKey, linked: str | None, conflicts: list[str]
) -> list[CalendarInfo]:
    """Choose the linked calendar and the conflict calendars, by name or URL."""
    cals = calendars(store, sub_name)
    if not cals:
        raise NotConnected(translate("services", "This sub-account has no calendar account "
                                                 "connected yet; connect one first."))
    choice = chosen_by_name(cals, linked, conflicts)
    # Bookings under way finish on the old calendars, later ones start on the new.
    with store.errors(), configuration_transaction(store.engine) as s:
        sub = sub_named(s, sub_name)
        assert sub.id is not None
        write_roles(s, sub.id, choice)
    return calendars(store, sub_name)
