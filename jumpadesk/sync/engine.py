"""The sync pass: one PROPFIND per account for every ctag, then only what changed.

Per calendar: sync-collection from the saved token (an empty token when none, or when
the server refuses it), page after page until the server says the listing is whole, else
ETag listing and calendar-multiget. Everything a calendar needs is fetched first; then
its changes, its new token and its ctag are written in one transaction. A failure before
that leaves the calendar exactly as it was; so does a listing that cannot be trusted to
be whole (ListingIncomplete: cut short, paged with no way on, without its token, still
paging at its deadline), which never deletes an event as unseen.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, col, delete, select

from jumpadesk import secrets
from jumpadesk.config import Settings, desk_name
from jumpadesk.errors import (
    AnswerTooLarge,
    AuthFailed,
    JumpadeskError,
    ListingIncomplete,
    ServerFailed,
    ServerUnreachable,
    SyncError,
    TLSFailure,
)
from jumpadesk.kinds import CalendarKind, ConnectionState
from jumpadesk.models import (
    Calendar,
    CalendarObject,
    Connection,
    Occurrence,
    session_scope,
    utcnow,
)
from jumpadesk.models.db import store_sentence
from jumpadesk.models.locks import LockTimeout, account_sync_lock
from jumpadesk.secrets import password_kept_until_quit
from jumpadesk.sync import davxml
from jumpadesk.sync.client import (
    CalDAVClient,
    ClientFactory,
    Response,
    client_for,
    default_client_factory,
)
from jumpadesk.sync.davxml import CALDAV, DAV, tag
from jumpadesk.sync.discovery import (
    FoundCalendar,
    HomeGone,
    apply_listing,
    discover_account,
    list_home,
    owner_lines,
)
from jumpadesk.sync.occurrences import (
    StoredObject,
    expansion_window,
    needs_reexpansion,
    owner_addresses_of,
    reexpand_calendar,
    store_occurrences,
    stored_objects,
)
from jumpadesk.sync.report import (
    AccountResult,
    CalendarResult,
    ProgressCallback,
    SyncProgress,
    SyncReport,
)
from jumpadesk.sync.servers import is_icloud, service_name

log = logging.getLogger("jumpadesk.sync.engine")

MULTIGET_CHUNK = 100
# After a 401, the background passes leave the account alone this long: Apple locks an
# Apple ID that keeps failing to sign in. Connecting again clears it at once.
AUTH_RETRY_AFTER = timedelta(minutes=15)


class TokenRefused(Exception):
    """The server no longer knows the saved sync token (403/409, body or not)."""


class SyncUnsupported(Exception):
    """The server does not do sync-collection here: use ETags and multiget."""


@dataclass
class Fetched:
    """What the server said about one calendar, before anything is stored."""

    changes: dict[str, tuple[str, str]] = field(default_factory=dict)  # path -> etag, ics
    deleted: set[str] = field(default_factory=set)
    full: bool = False  # a complete listing: stored objects not in `seen` are gone
    seen: set[str] = field(default_factory=set)
    token: str = ""
    complete: bool = True  # False when an href was listed but could not be read yet
    method: str = "sync-collection"


def _unquote_etag(etag: str) -> str:
    return etag.strip()


# -- fetching ---------------------------------------------------------------------------


def _multiget(
    client: CalDAVClient, cal_url: str, paths: list[str], fetched: Fetched
) -> None:
    """Read the data of `paths` (calendar-multiget). A 404 for an href means it vanished
    since it was listed: it is deleted, and the pass still completes. An href answered
    without data (or not at all) keeps the pass from advancing the token, so it is asked
    for again next time."""
    for i in range(0, len(paths), MULTIGET_CHUNK):
        chunk = paths[i : i + MULTIGET_CHUNK]
        # RFC 4791 7.9: no Depth header on calendar-multiget.
        r = client.report(cal_url, davxml.multiget_body(chunk), depth=None)
        if r.status != 207 or r.multistatus is None:
            raise ServerFailed(
                f"The server could not send the events (HTTP {r.status}); "
                "jumpadesk will try again at the next sync."
            )
        got: set[str] = set()
        for item in r.multistatus.responses:
            data = item.raw_text(tag(CALDAV, "calendar-data"))
            if _vanished(item) and item.path in chunk:
                log.info("%s vanished between listing and fetch; treated as deleted", item.path)
                fetched.changes.pop(item.path, None)
                fetched.seen.discard(item.path)
                fetched.deleted.add(item.path)
                got.add(item.path)
                continue
            if item.status == 404 or not data.strip():
                continue
            fetched.changes[item.path] = (_unquote_etag(item.text(tag(DAV, "getetag"))), data)
            fetched.deleted.discard(item.path)
            got.add(item.path)
        for path in chunk:
            if path not in got:
                log.info("%s was listed but could not be read yet; asking again next sync", path)
                fetched.complete = False


def _vanished(item: davxml.DavResponse) -> bool:
    """A multiget member answered 404 (or 410): the object is not there any more."""
    if item.status in (404, 410):
        return True
    # Or per property: no data and nothing else found, the data itself "not found".
    return item.status is None and not item.props and tag(CALDAV, "calendar-data") in item.missing


@dataclass(frozen=True)
class _Deadline:
    """When the listing of one calendar, all its pages and fallbacks, must be done."""

    seconds: float
    ends: float

    @classmethod
    def starting_now(cls, seconds: float) -> _Deadline:
        return cls(seconds, time.monotonic() + seconds)

    def passed(self) -> bool:
        return time.monotonic() >= self.ends

    def words(self) -> str:
        if self.seconds >= 120 and self.seconds % 60 == 0:
            return f"{self.seconds // 60:.0f} minutes"
        return "1 second" if self.seconds == 1 else f"{self.seconds:g} seconds"


def _sync_collection(
    client: CalDAVClient, cal_url: str, cal_path: str, token: str, deadline: _Deadline
) -> Fetched:
    """What changed since `token` (everything when it is empty), page by page until the
    server says the listing is whole (RFC 6578 3.6: a 507 on the collection means more
    to come, asked for with the page's token); objects listed without their data are read
    with multiget afterwards. ListingIncomplete when the pages cannot be followed to
    their end before the deadline: nothing of such a listing may be stored."""
    fetched = Fetched(full=not token)
    pending: dict[str, str] = {}  # listed with an etag but without data
    asked = {token}
    current = token
    while True:
        r = _sync_report(client, cal_url, current)
        _check_sync_answer(r, current)
        assert r.multistatus is not None
        truncated = _take_page(r.multistatus.responses, cal_path, fetched, pending)
        new_token = r.multistatus.sync_token
        if not new_token:
            raise _incomplete(client, _no_token_reason(truncated, r.multistatus))
        if not truncated:
            break
        if new_token in asked:
            raise _incomplete(client, "it said more was to come but gave back a sync token "
                                      "it had already sent, so the rest could not be asked for")
        if deadline.passed():
            raise _incomplete(client, f"it was still sending pages after {deadline.words()}")
        asked.add(new_token)
        current = new_token
    fetched.token = new_token
    if pending:
        _multiget(client, cal_url, sorted(pending), fetched)
    return fetched


def _no_token_reason(truncated: bool, answer: davxml.Multistatus) -> str:
    if truncated:
        return "it said more was to come but sent no sync token to ask for the rest"
    if not answer.responses:
        return "it listed nothing, without the sync token that must end such a list"
    return "it came without the sync token that must end such a list"


def _incomplete(client: CalDAVClient, why: str) -> ListingIncomplete:
    log.warning("a listing from %s was incomplete: %s", service_name(client.server_url), why)
    service = service_name(client.server_url, client.username)
    return ListingIncomplete(
        f"{service}'s list of events was incomplete: {why}. jumpadesk changed nothing, so "
        "the events it already had still block; it will ask again at the next sync."
    )


def _sync_report(client: CalDAVClient, cal_url: str, token: str) -> Response:
    r = client.report(cal_url, davxml.sync_collection_body(token), depth=client.sync_depth)
    if r.status == 400 and client.sync_depth == "0":
        # Some servers want Depth: 1 here; ask once more and remember it.
        conditions = davxml.error_conditions(r.body)
        if tag(DAV, "valid-sync-token") not in conditions:
            client.sync_depth = "1"
            r = client.report(cal_url, davxml.sync_collection_body(token), depth="1")
    return r


def _check_sync_answer(r: Response, token: str) -> None:
    """Raise unless the server answered the sync-collection report with its changes:
    TokenRefused (the token is too old), SyncUnsupported (fall back to ETags) or a
    sentence."""
    conditions = davxml.error_conditions(r.body) if r.status != 207 else set()
    if r.status in (403, 409) or tag(DAV, "valid-sync-token") in conditions:
        if token:
            raise TokenRefused(f"HTTP {r.status}")
        raise SyncUnsupported(f"HTTP {r.status}")
    if r.status == 404:
        raise ServerFailed(
            "The calendar was not found on the server; it may just have been deleted."
        )
    if r.status in (400, 405, 415, 422, 501):
        raise SyncUnsupported(f"HTTP {r.status}")
    if r.status != 207 or r.multistatus is None:
        raise ServerFailed(
            f"The server answered the sync with HTTP {r.status}; "
            "jumpadesk will try again at the next sync."
        )


def _take_page(
    responses: list[davxml.DavResponse], cal_path: str, fetched: Fetched,
    pending: dict[str, str],
) -> bool:
    """One page of a sync-collection answer into `fetched`; True when the server says
    there is more to come."""
    truncated = False
    for item in responses:
        path = item.path
        if davxml.same_collection(path, cal_path):
            # iCloud lists the collection itself; 507 on it means "more to come".
            truncated = truncated or item.status == 507
            continue
        if item.status == 404:
            fetched.deleted.add(path)
            fetched.changes.pop(path, None)
            pending.pop(path, None)
            fetched.seen.discard(path)
            continue
        etag = _unquote_etag(item.text(tag(DAV, "getetag")))
        data = item.raw_text(tag(CALDAV, "calendar-data"))
        fetched.deleted.discard(path)
        fetched.seen.add(path)
        if data.strip():
            fetched.changes[path] = (etag, data)
            pending.pop(path, None)
        else:
            fetched.changes.pop(path, None)
            pending[path] = etag
    return truncated


def _etag_listing(
    client: CalDAVClient, cal_url: str, cal_path: str, local: dict[str, str]
) -> Fetched:
    """For servers without sync-collection: compare ETags, multiget what differs."""
    r = client.propfind(cal_url, davxml.ETAG_PROPFIND, "1")
    if r.status != 207 or r.multistatus is None:
        raise ServerFailed(
            f"The server could not list the calendar (HTTP {r.status}); "
            "jumpadesk will try again at the next sync."
        )
    remote: dict[str, str] = {}
    for item in r.multistatus.responses:
        if davxml.same_collection(item.path, cal_path):
            if item.status == 507:  # the listing was cut short: "more to come"
                raise _incomplete(client, "it said it had left some events out")
            continue
        if tag(DAV, "collection") in item.children(tag(DAV, "resourcetype")):
            continue
        if item.status == 404:
            continue
        remote[item.path] = _unquote_etag(item.text(tag(DAV, "getetag")))
    fetched = Fetched(full=True, seen=set(remote), method="etag")
    changed = sorted(p for p, e in remote.items() if not e or local.get(p) != e)
    if changed:
        _multiget(client, cal_url, changed, fetched)
    return fetched


def fetch_calendar(
    client: CalDAVClient,
    cal_url: str,
    cal_path: str,
    token: str,
    supports_sync: bool | None,
    local_etags: Callable[[], dict[str, str]],
    deadline: float = Settings.listing_deadline_seconds,
) -> Fetched:
    """Everything that changed in one calendar since `token`. No store writes.
    ListingIncomplete when the server's listing cannot be trusted to be whole, or is not
    whole within `deadline` seconds."""
    ends = _Deadline.starting_now(deadline)
    if supports_sync is not False:
        if token:
            try:
                return _sync_collection(client, cal_url, cal_path, token, ends)
            except TokenRefused as why:
                log.info("sync token for %s refused (%s); reading the calendar afresh",
                         cal_path, why)
            except SyncUnsupported as why:
                log.info("sync-collection not usable for %s (%s); comparing ETags",
                         cal_path, why)
                return _etag_listing(client, cal_url, cal_path, local_etags())
        try:
            return _sync_collection(client, cal_url, cal_path, "", ends)
        except (SyncUnsupported, TokenRefused) as why:
            log.info("sync-collection not usable for %s (%s); comparing ETags", cal_path, why)
    return _etag_listing(client, cal_url, cal_path, local_etags())


# -- storing -----------------------------------------------------------------------------


def uid_of(ics: str) -> str:
    """The first UID line, unfolded; enough to identify an object without parsing it."""
    lines = ics.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "").split("\n")
    for line in lines:
        name, _, value = line.partition(":")
        if name.split(";", 1)[0].strip().upper() == "UID":
            return value.strip()
    return ""


def delete_objects(session: Session, ids: list[int]) -> None:
    """Delete calendar objects and their occurrences (occurrences first: foreign keys)."""
    if not ids:
        return
    session.exec(delete(Occurrence).where(col(Occurrence.object_id).in_(ids)))  # type: ignore[call-overload]
    session.exec(delete(CalendarObject).where(col(CalendarObject.id).in_(ids)))  # type: ignore[call-overload]


@dataclass
class Applied:
    changed: int = 0
    deleted: int = 0
    broken: int = 0
    notes: list[str] = field(default_factory=list)


def apply_fetched(
    session: Session,
    calendar: Calendar,
    fetched: Fetched,
    ctag: str,
    owners: list[str],
    window: tuple[datetime, datetime],
) -> Applied:
    """Store one calendar's changes, then its token and ctag, in the caller's transaction."""
    out = Applied()
    touched = set(fetched.changes) | fetched.deleted
    query = select(CalendarObject).where(CalendarObject.calendar_id == calendar.id)
    if not fetched.full:
        query = query.where(col(CalendarObject.href).in_(touched))
    stored = {o.href: o for o in session.exec(query).all()}
    gone = set(fetched.deleted)
    if fetched.full:
        gone |= {h for h in stored if h not in fetched.seen and h not in fetched.changes}
    gone_ids = [stored[h].id for h in gone if h in stored]
    delete_objects(session, gone_ids)  # type: ignore[arg-type]
    out.deleted = len(gone_ids)
    reexpand = needs_reexpansion(calendar, window)
    now = utcnow()
    to_expand, new_rows = _update_changed(session, calendar, fetched, stored, now)
    out.changed = len(to_expand) + len(new_rows)
    session.flush()
    if new_rows:
        session.execute(CalendarObject.__table__.insert(), new_rows)  # type: ignore[attr-defined]
    if not reexpand and new_rows:
        to_expand.extend(stored_objects(session, calendar, [r["href"] for r in new_rows]))
    if not reexpand and to_expand:
        out.broken = store_occurrences(session, calendar, to_expand, owners, window)
    if reexpand:
        out.broken = reexpand_calendar(session, calendar, owners, window)
    out.notes = _notes_of(session, calendar, set(fetched.changes))
    if fetched.complete:
        calendar.sync_token = fetched.token
        calendar.ctag = ctag
    _mark_synced(session, calendar, now)
    return out


def _mark_synced(session: Session, calendar: Calendar, now: datetime) -> None:
    """The calendar's data is good as of `now`: its last error goes."""
    calendar.last_sync_at = now
    calendar.last_error = ""
    calendar.last_error_at = None
    session.add(calendar)


def _update_changed(
    session: Session,
    calendar: Calendar,
    fetched: Fetched,
    stored: dict[str, CalendarObject],
    now: datetime,
) -> tuple[list[StoredObject], list[dict[str, object]]]:
    """Bring the stored objects up to the fetched changes: the changed objects already
    stored (to expand again), and rows for the new ones (to insert)."""
    to_expand: list[StoredObject] = []
    new_rows: list[dict[str, object]] = []
    for href, (etag, ics) in fetched.changes.items():
        obj = stored.get(href)
        if obj is not None and obj.ics == ics:
            # Listed again but the same (a full resync, a duplicate href): no re-expansion.
            if etag and obj.etag != etag:
                obj.etag = etag
                session.add(obj)
            continue
        if obj is None:
            # New objects go in as rows (a first sync brings thousands), not ORM objects.
            new_rows.append({"calendar_id": calendar.id, "href": href, "etag": etag,
                             "uid": uid_of(ics), "ics": ics, "error": "", "updated_at": now})
            continue
        obj.etag = etag
        obj.ics = ics
        obj.uid = uid_of(ics)
        obj.updated_at = now
        session.add(obj)
        to_expand.append(obj)
    return to_expand, new_rows


def _notes_of(session: Session, calendar: Calendar, hrefs: set[str]) -> list[str]:
    """The sentences stored on these objects (unreadable, or read with an assumption)."""
    if not hrefs:
        return []
    rows = session.exec(
        select(CalendarObject.error)
        .where(CalendarObject.calendar_id == calendar.id)
        .where(col(CalendarObject.href).in_(hrefs))
        .where(CalendarObject.error != "")
    ).all()
    return sorted(rows)


# -- the pass ------------------------------------------------------------------------------


@dataclass
class _Counter:
    total: int
    done: int = 0
    objects: int = 0


def _failure_state(exc: BaseException) -> str:
    if isinstance(exc, AuthFailed):
        return ConnectionState.AUTH_FAILED
    if isinstance(exc, AnswerTooLarge):  # it answered, too much: the server's fault
        return "error"
    if isinstance(exc, (ServerUnreachable, TLSFailure)):
        return ConnectionState.UNREACHABLE
    return "error"


def _sentence(exc: BaseException, what: str) -> str:
    if isinstance(exc, JumpadeskError):
        return str(exc)
    if isinstance(exc, OperationalError):
        return store_sentence(exc)
    return f"An unexpected error stopped the sync of {what}; the details are in the log."


def sync_connections(
    engine: Engine,
    connection_ids: list[int],
    calendar_ids: set[int],
    *,
    progress: ProgressCallback | None = None,
    client_factory: ClientFactory | None = None,
    settings: Settings | None = None,
) -> SyncReport:
    """One pass: each connection once, syncing its calendars among `calendar_ids`."""
    settings = settings or Settings()
    factory = client_factory or default_client_factory
    with session_scope(engine) as s:
        rows = s.exec(
            select(Calendar.connection_id)
            .where(col(Calendar.connection_id).in_(connection_ids))
            .where(col(Calendar.id).in_(calendar_ids))
        ).all()
    per_account = {cid: sum(1 for r in rows if r == cid) for cid in connection_ids}
    counter = _Counter(total=len(rows))
    report = SyncReport()
    for connection_id in connection_ids:
        done_before = counter.done
        account = _sync_account_once(
            engine, connection_id, calendar_ids, factory, settings, progress, counter
        )
        report.accounts.append(account)
        if not account.ok and counter.done < done_before + per_account[connection_id]:
            # A failed account still counts as done, so a progress bar reaches its end.
            counter.done = done_before + per_account[connection_id]
            _emit(progress, counter, account.apple_id, "")
    return report


def _sync_account_once(
    engine: Engine,
    connection_id: int,
    wanted: set[int],
    factory: ClientFactory,
    settings: Settings,
    progress: ProgressCallback | None,
    counter: _Counter,
) -> AccountResult:
    """One account's pass under its sync lock, so passes from other windows, the command
    line or other desks never interleave. A pass that waited reuses the result of one
    that started after it asked, rather than asking the server again."""
    asked_at = time.time()
    try:
        with account_sync_lock(engine, connection_id) as turn:
            if turn.waited:
                reused = _reused_result(engine, connection_id, wanted,
                                        _reuse_since(asked_at, turn.last_started))
                if reused is not None:
                    log.info("sync of account %s reused a pass that just finished",
                             connection_id)
                    return reused
            turn.record_start(time.time())
            return _sync_account(
                engine, connection_id, wanted, factory, settings, progress, counter
            )
    except LockTimeout:
        with session_scope(engine) as s:
            conn = s.get(Connection, connection_id)
            who = conn.apple_id if conn else ""
        return AccountResult(
            connection_id, who, ok=False,
            error=(f"Another jumpadesk has been syncing {who} for minutes and has not "
                   "finished; this pass left it alone. Try again in a moment."),
        )


def _reuse_since(asked_at: float, last_started: float | None) -> datetime | None:
    """From when a finished pass's stored result may stand in for ours: the pass must
    have started after we asked. The lock file says exactly when it started; the store
    keeps whole seconds only, so without the file the next whole second is the bound."""
    if last_started is not None:
        if last_started < asked_at:
            return None
        return datetime.fromtimestamp(last_started, UTC).replace(microsecond=0)
    return _whole_second_after(datetime.fromtimestamp(asked_at, UTC))


def _whole_second_after(moment: datetime) -> datetime:
    """The stored times drop microseconds; comparing against the next whole second keeps
    "started after we asked" true, never merely probable."""
    floor = moment.replace(microsecond=0)
    return floor if floor == moment else floor + timedelta(seconds=1)


def _reused_result(
    engine: Engine, connection_id: int, wanted: set[int], since: datetime | None
) -> AccountResult | None:
    """The result of a pass over this account that started at or after `since` and
    synced every wanted calendar fine; None when there is none to reuse."""
    if since is None:
        return None
    with session_scope(engine) as s:
        conn = s.get(Connection, connection_id)
        if conn is None or conn.state != ConnectionState.OK or conn.last_attempt_at is None:
            return None
        started = conn.last_attempt_at
        if started.tzinfo is None:
            started = started.replace(tzinfo=UTC)
        if started < since:
            return None
        cals = s.exec(
            select(Calendar)
            .where(Calendar.connection_id == connection_id)
            .where(col(Calendar.id).in_(wanted))
        ).all()
        result = AccountResult(connection_id=connection_id, apple_id=conn.apple_id)
        for cal in cals:
            last = cal.last_sync_at
            if last is not None and last.tzinfo is None:
                last = last.replace(tzinfo=UTC)
            if cal.last_error or last is None or last < since:
                return None
            result.calendars.append(CalendarResult(
                calendar_id=cal.id, name=cal.name, skipped_unchanged=True,  # type: ignore[arg-type]
            ))
        return result


def _emit(progress: ProgressCallback | None, counter: _Counter, account: str, cal: str) -> None:
    if progress is None:
        return
    try:
        progress(SyncProgress(counter.done, counter.total, counter.objects, account, cal))
    except Exception:  # a broken progress display must not break the sync
        log.exception("progress callback failed")


def _sync_account(
    engine: Engine,
    connection_id: int,
    wanted: set[int],
    factory: ClientFactory,
    settings: Settings,
    progress: ProgressCallback | None,
    counter: _Counter,
) -> AccountResult:
    """One account's pass: its calendar list (one request), then each wanted calendar."""
    with session_scope(engine) as s:
        conn = s.get(Connection, connection_id)
        if conn is None:
            return AccountResult(connection_id, "", ok=False, error="This connection is gone.")
    result = AccountResult(connection_id=connection_id, apple_id=conn.apple_id)
    started = utcnow()
    if _resting_after_auth_failure(conn, started):
        log.info("not signing in to %s again yet: the password was refused", conn.apple_id)
        result.ok = False
        result.error = conn.last_error
        return result
    opened = _open_account(engine, conn, factory, result, started)
    if opened is None:
        return result
    client, found = opened
    try:
        _sync_calendars(engine, client, conn, found, wanted, settings, progress, counter,
                        result)
    except AuthFailed as exc:
        # The password stopped working mid-pass: the account fails as a whole.
        result.ok = False
        result.error = str(exc)
        _record_account(engine, connection_id, started, ConnectionState.AUTH_FAILED,
                        result.error)
        return result
    finally:
        result.requests = client.requests
        client.close()
    _record_pass(engine, conn, started, result)
    return result


def _open_account(
    engine: Engine,
    conn: Connection,
    factory: ClientFactory,
    result: AccountResult,
    started: datetime,
) -> tuple[CalDAVClient, list[FoundCalendar]] | None:
    """Sign in and read the account's calendar list. None when that failed: the result
    and the stored account then say why."""
    client: CalDAVClient | None = None
    try:
        if (engine.dialect.name == "postgresql"
                and not secrets.get_password(conn.server_url, conn.apple_id)):
            # A shared store: a desk that has the password keeps this account fresh, and
            # this one must not mark the account as failed for every desk.
            result.ok = False
            result.error = relying_on_another_desk(conn, started)
            return None
        client = client_for(conn, factory)
        return client, read_listing(engine, client, conn)
    except Exception as exc:
        if not isinstance(exc, JumpadeskError):
            log.exception("sync of %s failed unexpectedly", conn.apple_id)
        else:
            log.warning("sync of %s failed: %s", conn.apple_id, type(exc).__name__)
        result.ok = False
        result.error = _sentence(exc, conn.apple_id)
        if client is not None:
            result.requests = client.requests
            client.close()
        _record_account(engine, conn.id, started, _failure_state(exc), result.error)  # type: ignore[arg-type]
        return None


def _sync_calendars(
    engine: Engine,
    client: CalDAVClient,
    conn: Connection,
    found: list[FoundCalendar],
    wanted: set[int],
    settings: Settings,
    progress: ProgressCallback | None,
    counter: _Counter,
    result: AccountResult,
) -> None:
    """The listing applied (new, renamed, deleted calendars), then each wanted calendar
    of the account synced, its result added to `result`."""
    window = expansion_window(settings)
    owners = owner_addresses_of(conn.owner_addresses)
    with session_scope(engine) as s:
        apply = apply_listing(s, s.get(Connection, conn.id), found)  # type: ignore[arg-type]
        calendars = list(
            s.exec(
                select(Calendar)
                .where(Calendar.connection_id == conn.id)
                .where(col(Calendar.id).in_(wanted))
                .order_by(Calendar.order, Calendar.name)
            ).all()
        )
    for cal in calendars:
        res = _sync_calendar(
            engine, client, cal, apply.by_path.get(cal.path), owners, window, counter,
            settings.listing_deadline_seconds,
        )
        result.calendars.append(res)
        counter.done += 1
        _emit(progress, counter, conn.apple_id, cal.name)


def _record_pass(
    engine: Engine, conn: Connection, started: datetime, result: AccountResult
) -> None:
    """A pass that reached every calendar: the account is "ok"; the calendars that
    failed are named in its last error."""
    failed = [c for c in result.calendars if not c.ok]
    summary = "; ".join(f"{c.name}: {c.error}" for c in failed)
    _record_account(engine, conn.id, started, ConnectionState.OK, summary,  # type: ignore[arg-type]
                    all_ok=not failed)  # type: ignore[arg-type]
    log.info(
        "synced %s: %d calendars, %d changed, %d failed, %d requests",
        conn.apple_id, len(result.calendars),
        sum(1 for c in result.calendars if not c.skipped_unchanged and c.ok), len(failed),
        result.requests,
    )


def relying_on_another_desk(conn: Connection, now: datetime) -> str:
    """What a desk without the account's password says about the data it shows."""
    service = service_name(conn.server_url, conn.apple_id)
    if is_icloud(conn.server_url, account=conn.apple_id):
        word = "app-specific password"
        head = (f"This computer's keychain has no app-specific password for {conn.apple_id}, "
                "so this desk does not fetch it from iCloud")
    else:
        word = "password"
        head = (f"The password for {conn.apple_id} on {service} is not in this computer's "
                f"keychain, so this desk does not fetch it from {service}")
    if conn.last_sync_at is None:
        return (f"{head}, and no desk has synced it yet. Connect it here, or at another "
                f"desk, with its {word}.")
    last = conn.last_sync_at if conn.last_sync_at.tzinfo else conn.last_sync_at.replace(
        tzinfo=UTC)
    minutes = max(0, int((now - last).total_seconds() // 60))
    age = "less than a minute ago" if minutes < 1 else (
        "1 minute ago" if minutes == 1 else f"{minutes} minutes ago")
    return f"{head}; it shows what {conn.last_synced_by or 'another desk'} synced {age}."


def _resting_after_auth_failure(conn: Connection, now: datetime) -> bool:
    if (conn.state != ConnectionState.AUTH_FAILED or conn.last_attempt_at is None
            or not conn.last_error):
        return False
    if conn.last_error == password_kept_until_quit(
            conn.apple_id, service_name(conn.server_url, conn.apple_id)):
        return False  # no password was here, so nothing was sent: nothing to rest from
    last = conn.last_attempt_at
    if last.tzinfo is None:
        last = last.replace(tzinfo=UTC)
    return now - last < AUTH_RETRY_AFTER


def read_listing(engine: Engine, client: CalDAVClient, conn: Connection) -> list[FoundCalendar]:
    """The home's listing; when the home moved (a new partition host), find it again."""
    if conn.home_url:
        try:
            return list_home(client, conn.home_url)
        except HomeGone:
            log.info("calendar home of %s moved; discovering it again", conn.apple_id)
    places = discover_account(client, conn.server_url)
    try:
        found = list_home(client, places.home_url)
    except HomeGone as why:
        raise ServerFailed(
            f"iCloud did not let jumpadesk read the calendar list of {conn.apple_id} ({why}). "
            "Connect the account again; if that does not help, try again later."
        ) from why
    with session_scope(engine) as s:
        row = s.get(Connection, conn.id)
        assert row is not None
        row.principal_url = places.principal_url
        row.home_url = places.home_url
        row.owner_addresses = owner_lines(places.owner_addresses, conn.apple_id)
        s.add(row)
    conn.home_url = places.home_url
    conn.owner_addresses = owner_lines(places.owner_addresses, conn.apple_id)
    return found


def _record_account(
    engine: Engine,
    connection_id: int,
    started: datetime,
    state: str,
    error: str,
    all_ok: bool = False,
) -> None:
    with session_scope(engine) as s:
        conn = s.get(Connection, connection_id)
        if conn is None:
            return
        conn.state = state
        conn.last_error = error
        conn.last_attempt_at = started
        if all_ok:
            conn.last_sync_at = utcnow()
            conn.last_synced_by = desk_name()
        s.add(conn)


def _record_calendar_error(engine: Engine, calendar_id: int, sentence: str) -> None:
    with session_scope(engine) as s:
        cal = s.get(Calendar, calendar_id)
        if cal is not None:
            cal.last_error = sentence
            cal.last_error_at = utcnow()
            s.add(cal)


def _sync_calendar(
    engine: Engine,
    client: CalDAVClient,
    cal: Calendar,
    found: FoundCalendar | None,
    owners: list[str],
    window: tuple[datetime, datetime],
    counter: _Counter,
    deadline: float,
) -> CalendarResult:
    """One calendar: nothing fetched when its ctag did not move; else what changed,
    fetched and then stored in one transaction. A failure (an incomplete listing too)
    is the calendar's: nothing stored, its sentence kept on it, which makes it out of
    date; except a refused password, which stops the account."""
    res = CalendarResult(calendar_id=cal.id, name=cal.name)  # type: ignore[arg-type]
    unusable = _why_unusable(cal, found)
    if unusable or found is None:
        res.ok = False
        res.error = unusable
        return res
    if found.ctag and found.ctag == cal.ctag:
        res.skipped_unchanged = True
        res.broken = _keep_unchanged(engine, cal, owners, window)
        return res
    try:
        fetched, applied = _fetch_and_apply(engine, client, cal, found, owners, window,
                                            counter, deadline)
    except Exception as exc:
        if isinstance(exc, JumpadeskError):
            log.warning("calendar %r not synced: %s", cal.name, type(exc).__name__)
        else:
            log.exception("calendar %r not synced", cal.name)
        res.ok = False
        res.error = _sentence(exc, cal.name)
        if isinstance(exc, AuthFailed):
            raise
        _record_calendar_error(engine, cal.id, res.error)  # type: ignore[arg-type]
        return res
    res.changed = applied.changed
    res.deleted = applied.deleted
    res.broken = applied.broken
    res.notes = applied.notes
    log.info("calendar %r: %d changed, %d deleted, %d broken (%s)", cal.name,
             applied.changed, applied.deleted, applied.broken, fetched.method)
    return res


def _why_unusable(cal: Calendar, found: FoundCalendar | None) -> str:
    """Why a wanted calendar cannot be synced ("" when it can)."""
    if found is None or cal.deleted_on_server:
        return (f"{cal.name} was deleted in iCloud. Choose another calendar for this "
                "sub-account; until then its last known events still block.")
    if found.kind != CalendarKind.EVENTS:
        return f"{cal.name} cannot be used: it is {found.reason}."
    return ""


def _keep_unchanged(
    engine: Engine, cal: Calendar, owners: list[str], window: tuple[datetime, datetime]
) -> int:
    """A calendar whose ctag did not move is fresh again, and expanded anew when the
    window has moved past what was expanded; returns the events it could not read."""
    broken = 0
    with session_scope(engine) as s:
        row = s.get(Calendar, cal.id)
        assert row is not None
        if needs_reexpansion(row, window):
            broken = reexpand_calendar(s, row, owners, window)
        _mark_synced(s, row, utcnow())
    return broken


def _fetch_and_apply(
    engine: Engine,
    client: CalDAVClient,
    cal: Calendar,
    found: FoundCalendar,
    owners: list[str],
    window: tuple[datetime, datetime],
    counter: _Counter,
    deadline: float,
) -> tuple[Fetched, Applied]:
    """What changed in the calendar since its token (no store writes), then all of it
    stored, with the new token and ctag, in one transaction."""

    def local_etags() -> dict[str, str]:
        with session_scope(engine) as s:
            rows = s.exec(
                select(CalendarObject.href, CalendarObject.etag).where(
                    CalendarObject.calendar_id == cal.id
                )
            ).all()
            return {h: e for h, e in rows}

    fetched = fetch_calendar(
        client, found.url, cal.path, cal.sync_token, found.supports_sync, local_etags,
        deadline,
    )
    counter.objects += len(fetched.changes)
    with session_scope(engine) as s:
        row = s.get(Calendar, cal.id)
        assert row is not None
        return fetched, apply_fetched(s, row, fetched, found.ctag, owners, window)


__all__ = [
    "Fetched",
    "SyncError",
    "apply_fetched",
    "fetch_calendar",
    "sync_connections",
]
