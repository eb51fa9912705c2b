"""The sync pass: one PROPFIND per account for every ctag, then only what changed.

Each account's pass runs under its sync lock (models.locks.account_sync_lock): its
calendar list first (one request, every ctag), then each wanted calendar whose ctag
moved is fetched (sync.fetch: no store writes) and its changes, new token and ctag
stored in one transaction (sync.apply). A failure before that leaves the calendar
exactly as it was, and so does a listing that cannot be trusted to be whole
(ListingIncomplete). How the pass went is recorded and worded by sync.outcome.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from jumpadesk.config import Settings
from jumpadesk.errors import AuthFailed, JumpadeskError
from jumpadesk.kinds import CalendarKind, ConnectionState
from jumpadesk.language import translate
from jumpadesk.models import Calendar, CalendarObject, Connection, session_scope, utcnow
from jumpadesk.models.locks import LockTimeout, account_sync_lock
from jumpadesk.sync.apply import (
    Applied,
    apply_fetched,
    keep_unchanged,
    shown_span,
    store_ahead,
)
from jumpadesk.sync.client import (
    CalDAVClient,
    ClientFactory,
    client_for,
    default_client_factory,
)
from jumpadesk.sync.discovery import FoundCalendar, apply_listing, read_listing
from jumpadesk.sync.fetch import Fetched, fetch_calendar
from jumpadesk.sync.object_reader import EarlyReader
from jumpadesk.sync.occurrences import expansion_window, owner_addresses_of
from jumpadesk.sync.outcome import (
    failure_sentence,
    failure_state,
    record_account,
    record_calendar_error,
    record_pass,
    relying_on_another_desk,
    resting_after_auth_failure,
    reuse_since,
    reused_result,
)
from jumpadesk.sync.report import (
    AccountResult,
    CalendarResult,
    ProgressCallback,
    SyncProgress,
    SyncReport,
)
from jumpadesk.sync.servers import service_name

log = logging.getLogger("jumpadesk.sync.engine")

# One keychain question at a time: accounts sync at once, and not every keychain
# backend answers from several threads.
_KEYCHAIN = threading.Lock()


@dataclass
class _Pass:
    """What every account's part of one pass shares: the store, how to make a client,
    the settings, and the progress so far (accounts may run at once: see _tell)."""

    engine: Engine
    wanted: set[int]  # the calendars to sync (ids), among every account's
    factory: ClientFactory
    settings: Settings
    progress: ProgressCallback | None
    total: int  # calendars in all
    done: int = 0
    objects: int = 0
    done_by_account: dict[int, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _telling: threading.Lock = field(default_factory=threading.Lock)

    def fetched(self, objects: int) -> None:
        with self._lock:
            self.objects += objects

    def calendars_done(self, connection_id: int, count: int, account: str,
                       calendar: str) -> None:
        """`count` more calendars are done (synced, skipped or failed): progress says so."""
        with self._lock:
            self.done += count
            self.done_by_account[connection_id] = (
                self.done_by_account.get(connection_id, 0) + count)
            news = SyncProgress(self.done, self.total, self.objects, account, calendar)
        self._tell(news)

    def shown_weeks_stored(self, account: str, calendar: str) -> None:
        with self._lock:
            news = SyncProgress(self.done, self.total, self.objects, account, calendar,
                                shown_weeks_stored=True)
        self._tell(news)

    def _tell(self, news: SyncProgress) -> None:
        """The progress callback, never called by two accounts' passes at once; from the
        thread that runs the account (between its transactions, never inside one)."""
        if self.progress is None:
            return
        with self._telling:
            try:
                self.progress(news)
            except Exception:  # a broken progress display must not break the sync
                log.exception("progress callback failed")


def sync_connections(
    engine: Engine,
    connection_ids: list[int],
    calendar_ids: set[int],
    *,
    progress: ProgressCallback | None = None,
    client_factory: ClientFactory | None = None,
    settings: Settings | None = None,
) -> SyncReport:
    """One pass: each connection once, syncing its calendars among `calendar_ids`. Up to
    Settings.accounts_at_once accounts run at the same time, each with its own client
    and on its own thread, so one account's slow server, or its backing off after a 503,
    never holds the others up; the report lists the accounts in the order given."""
    with session_scope(engine) as s:
        rows = s.exec(
            select(Calendar.connection_id)
            .where(col(Calendar.connection_id).in_(connection_ids))
            .where(col(Calendar.id).in_(calendar_ids))
        ).all()
    per_account = {cid: sum(1 for r in rows if r == cid) for cid in connection_ids}
    run = _Pass(engine, calendar_ids, client_factory or default_client_factory,
                settings or Settings(), progress, total=len(rows))

    def one(connection_id: int) -> AccountResult:
        account = _sync_account_once(run, connection_id)
        missing = per_account[connection_id] - run.done_by_account.get(connection_id, 0)
        if not account.ok and missing > 0:
            # A failed account still counts as done, so a progress bar reaches its end.
            run.calendars_done(connection_id, missing, account.apple_id, "")
        return account

    at_once = max(1, min(run.settings.accounts_at_once, len(connection_ids)))
    if at_once == 1:
        return SyncReport(accounts=[one(cid) for cid in connection_ids])
    with ThreadPoolExecutor(at_once, thread_name_prefix="sync-account") as pool:
        return SyncReport(accounts=list(pool.map(one, connection_ids)))


def _sync_account_once(run: _Pass, connection_id: int) -> AccountResult:
    """One account's pass under its sync lock, so passes from other windows, the command
    line or other desks never interleave. A pass that waited reuses the result of one
    that started after it asked, rather than asking the server again."""
    asked_at = time.time()
    try:
        with account_sync_lock(run.engine, connection_id) as turn:
            if turn.waited:
                reused = reused_result(run.engine, connection_id, run.wanted,
                                       reuse_since(asked_at, turn.last_started))
                if reused is not None:
                    log.info("sync of account %s reused a pass that just finished",
                             connection_id)
                    return reused
            turn.record_start(time.time())
            return _sync_account(run, connection_id)
    except LockTimeout:
        with session_scope(run.engine) as s:
            conn = s.get(Connection, connection_id)
            who = conn.apple_id if conn else ""
        return AccountResult(
            connection_id, who, ok=False,
            error=translate("sync", "Another jumpadesk has been syncing {account} for minutes "
                                    "and has not finished; this pass left it alone. Try again "
                                    "in a moment.").format(account=who),
        )


def _sync_account(run: _Pass, connection_id: int) -> AccountResult:
    """One account's pass: its calendar list (one request), then each wanted calendar."""
    with session_scope(run.engine) as s:
        conn = s.get(Connection, connection_id)
        if conn is None:
            return AccountResult(connection_id, "", ok=False, error=translate(
                "sync", "This connection is gone."))
    result = AccountResult(connection_id=connection_id, apple_id=conn.apple_id)
    started = utcnow()
    if resting_after_auth_failure(conn, started):
        log.info("not signing in to %s again yet: the password was refused", conn.apple_id)
        result.ok = False
        result.error = conn.last_error
        return result
    opened = _open_account(run, conn, result, started)
    if opened is None:
        return result
    client, found = opened
    try:
        _sync_calendars(run, client, conn, found, result)
    except AuthFailed as exc:
        # The password stopped working mid-pass: the account fails as a whole.
        result.ok = False
        result.error = str(exc)
        record_account(run.engine, connection_id, started, ConnectionState.AUTH_FAILED,
                       result.error)
        return result
    finally:
        result.requests = client.requests
        client.close()
    record_pass(run.engine, connection_id, started, result)
    return result


def _open_account(
    run: _Pass, conn: Connection, result: AccountResult, started: datetime
) -> tuple[CalDAVClient, list[FoundCalendar]] | None:
    """Sign in and read the account's calendar list. None when that failed: the result
    and the stored account then say why."""
    assert conn.id is not None
    client: CalDAVClient | None = None
    try:
        with _KEYCHAIN:
            try:
                client = client_for(conn, run.factory)  # AuthFailed: no password here
            except AuthFailed:
                if run.engine.dialect.name != "postgresql":
                    raise
                # A shared store: a desk that has the password keeps this account fresh,
                # and this one must not mark the account as failed for every desk.
                result.ok = False
                result.error = relying_on_another_desk(conn, started)
                return None
        return client, read_listing(run.engine, client, conn)
    except Exception as exc:
        if not isinstance(exc, JumpadeskError):
            log.exception("sync of %s failed unexpectedly", conn.apple_id)
        else:
            log.warning("sync of %s failed: %s", conn.apple_id, type(exc).__name__)
        result.ok = False
        result.error = failure_sentence(exc, conn.apple_id)
        if client is not None:
            result.requests = client.requests
            client.close()
        record_account(run.engine, conn.id, started, failure_state(exc), result.error)
        return None


def _sync_calendars(
    run: _Pass,
    client: CalDAVClient,
    conn: Connection,
    found: list[FoundCalendar],
    result: AccountResult,
) -> None:
    """The listing applied (new, renamed, deleted calendars), then each wanted calendar
    of the account synced, its result added to `result`."""
    window = expansion_window(run.settings)
    owners = owner_addresses_of(conn.owner_addresses)
    with session_scope(run.engine) as s:
        row = s.get(Connection, conn.id)
        assert row is not None
        listing = apply_listing(s, row, found)
        calendars = list(
            s.exec(
                select(Calendar)
                .where(Calendar.connection_id == conn.id)
                .where(col(Calendar.id).in_(run.wanted))
                .order_by(col(Calendar.order), col(Calendar.name))
            ).all()
        )
    for cal in calendars:
        res = _sync_calendar(run, client, cal, listing.by_path.get(cal.path), owners, window)
        result.calendars.append(res)
        run.calendars_done(result.connection_id, 1, conn.apple_id, cal.name)


def _sync_calendar(
    run: _Pass,
    client: CalDAVClient,
    cal: Calendar,
    found: FoundCalendar | None,
    owners: list[str],
    window: tuple[datetime, datetime],
) -> CalendarResult:
    """One calendar: nothing fetched when its ctag did not move; else what changed,
    fetched and then stored in one transaction. A failure (an incomplete listing too)
    is the calendar's: nothing stored, its sentence kept on it, which makes it out of
    date; except a refused password, which stops the account."""
    assert cal.id is not None
    res = CalendarResult(calendar_id=cal.id, name=cal.name)
    unusable = _why_unusable(cal, found, service_name(client.server_url, client.username))
    if unusable or found is None:
        res.ok = False
        res.error = unusable
        return res
    if found.ctag and found.ctag == cal.ctag:
        res.skipped_unchanged = True
        res.broken = keep_unchanged(run.engine, cal, owners, window)
        return res
    try:
        fetched, applied = _fetch_and_apply(run, client, cal, found, owners, window)
    except Exception as exc:
        if isinstance(exc, JumpadeskError):
            log.warning("calendar %r not synced: %s", cal.name, type(exc).__name__)
        else:
            log.exception("calendar %r not synced", cal.name)
        res.ok = False
        res.error = failure_sentence(exc, cal.name)
        if isinstance(exc, AuthFailed):
            raise
        record_calendar_error(run.engine, cal.id, res.error)
        return res
    res.changed = applied.changed
    res.deleted = applied.deleted
    res.broken = applied.broken
    res.notes = applied.notes
    log.info("calendar %r: %d changed, %d deleted, %d broken (%s)", cal.name,
             applied.changed, applied.deleted, applied.broken, fetched.method)
    return res


def _why_unusable(cal: Calendar, found: FoundCalendar | None,
                  service: str = "iCloud") -> str:
    """Why a wanted calendar cannot be synced ("" when it can); `service` names its
    server (sync/servers.service_name)."""
    if found is None or cal.deleted_on_server:
        return translate("sync", "{calendar} was deleted in {service}. Choose another calendar "
                                 "for this sub-account; until then its last known events "
                                 "still block.").format(calendar=cal.name, service=service)
    if found.kind != CalendarKind.EVENTS:
        return translate("sync", "{calendar} cannot be used: it is {reason}.").format(
            calendar=cal.name, reason=found.reason)
    return ""


def _fetch_and_apply(
    run: _Pass,
    client: CalDAVClient,
    cal: Calendar,
    found: FoundCalendar,
    owners: list[str],
    window: tuple[datetime, datetime],
) -> tuple[Fetched, Applied]:
    """What changed in the calendar since its token (no store writes), each object read
    while the answer is still arriving; then all of it stored, with the new token and
    ctag, in one transaction. A large change stores the weeks a window shows first in a
    transaction of its own before that."""

    def local_etags() -> dict[str, str]:
        with session_scope(run.engine) as s:
            rows = s.exec(
                select(CalendarObject.href, CalendarObject.etag).where(
                    CalendarObject.calendar_id == cal.id
                )
            ).all()
            return {h: e for h, e in rows}

    with EarlyReader(cal.name, owners, window) as early:
        fetched = fetch_calendar(
            client, found.url, cal.path, cal.sync_token, found.supports_sync, local_etags,
            run.settings.listing_deadline_seconds, on_response=early.take,
        )
        readings = early.readings()
    run.fetched(len(fetched.changes))
    ahead: set[str] = set()
    broken_ahead = 0
    if len(fetched.changes) >= run.settings.shown_weeks_first_from:
        with session_scope(run.engine) as s:
            row = s.get(Calendar, cal.id)
            assert row is not None
            ahead, broken_ahead = store_ahead(s, row, fetched, owners, window, readings,
                                              shown_span(utcnow()))
        log.info("calendar %r: %d objects of the shown weeks stored first", cal.name,
                 len(ahead))
        run.shown_weeks_stored(client.username, cal.name)
    with session_scope(run.engine) as s:
        row = s.get(Calendar, cal.id)
        assert row is not None
        applied = apply_fetched(s, row, fetched, found.ctag, owners, window,
                                readings=readings, ahead=ahead)
    # Stored ahead, so the same as stored when applied: counted here.
    applied.changed += len(ahead)
    applied.broken += broken_ahead
    return fetched, applied
