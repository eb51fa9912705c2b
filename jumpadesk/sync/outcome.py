"""How a pass went, in the store and in words: an account's state and last error, a
calendar's sentence, a result another pass may reuse, and what a desk without the
password says about the data it shows."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import col, select

from jumpadesk.config import desk_name
from jumpadesk.errors import (
    AnswerTooLarge,
    AuthFailed,
    JumpadeskError,
    ServerUnreachable,
    TLSFailure,
)
from jumpadesk.kinds import ConnectionState
from jumpadesk.language import counted, translate
from jumpadesk.models import Calendar, Connection, session_scope, utcnow
from jumpadesk.models.db import store_sentence
from jumpadesk.rows import instant
from jumpadesk.secrets import password_kept_until_quit
from jumpadesk.sync.report import AccountResult, CalendarResult
from jumpadesk.sync.servers import is_icloud, service_name

log = logging.getLogger("jumpadesk.sync.outcome")

# After a 401, the background passes leave the account alone this long: Apple locks an
# Apple ID that keeps failing to sign in. Connecting again clears it at once.
AUTH_RETRY_AFTER = timedelta(minutes=15)


def failure_state(exc: BaseException) -> ConnectionState:
    """What an account's state becomes when its pass failed with `exc`."""
    if isinstance(exc, AuthFailed):
        return ConnectionState.AUTH_FAILED
    if isinstance(exc, AnswerTooLarge):  # it answered, too much: the server's fault
        return ConnectionState.ERROR
    if isinstance(exc, (ServerUnreachable, TLSFailure)):
        return ConnectionState.UNREACHABLE
    return ConnectionState.ERROR


def failure_sentence(exc: BaseException, what: str) -> str:
    """What the person is told about a failure while syncing `what` (an account or a
    calendar): a known failure's own sentence, else where to look."""
    if isinstance(exc, JumpadeskError):
        return str(exc)
    if isinstance(exc, OperationalError):
        return store_sentence(exc)
    return translate("sync", "An unexpected error stopped the sync of {what}; the details are "
                             "in the log.").format(what=what)


def reuse_since(asked_at: float, last_started: float | None) -> datetime | None:
    """From when a finished pass's stored result may stand in for ours: the pass must
    have started after we asked. The lock file says exactly when it started; the store
    keeps whole seconds only, so without the file the next whole second is the bound."""
    if last_started is not None:
        if last_started < asked_at:
            return None
        return datetime.fromtimestamp(last_started, UTC).replace(microsecond=0)
    return whole_second_after(datetime.fromtimestamp(asked_at, UTC))


def whole_second_after(moment: datetime) -> datetime:
    """The stored times drop microseconds; comparing against the next whole second keeps
    "started after we asked" true, never merely probable."""
    floor = moment.replace(microsecond=0)
    return floor if floor == moment else floor + timedelta(seconds=1)


def reused_result(
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
        if instant(conn.last_attempt_at) < since:
            return None
        cals = s.exec(
            select(Calendar)
            .where(Calendar.connection_id == connection_id)
            .where(col(Calendar.id).in_(wanted))
        ).all()
        result = AccountResult(connection_id=connection_id, apple_id=conn.apple_id)
        for cal in cals:
            assert cal.id is not None
            last = cal.last_sync_at
            if cal.last_error or last is None or instant(last) < since:
                return None
            result.calendars.append(CalendarResult(
                calendar_id=cal.id, name=cal.name, skipped_unchanged=True,
            ))
        return result


def record_pass(
    engine: Engine, connection_id: int, started: datetime, result: AccountResult
) -> None:
    """A pass that reached every calendar: the account is "ok"; the calendars that
    failed are named in its last error."""
    failed = [c for c in result.calendars if not c.ok]
    summary = "; ".join(f"{c.name}: {c.error}" for c in failed)
    record_account(engine, connection_id, started, ConnectionState.OK, summary,
                   all_ok=not failed)
    log.info(
        "synced %s: %d calendars, %d changed, %d failed, %d requests",
        result.apple_id, len(result.calendars),
        sum(1 for c in result.calendars if not c.skipped_unchanged and c.ok), len(failed),
        result.requests,
    )


def relying_on_another_desk(conn: Connection, now: datetime) -> str:
    """What a desk without the account's password says about the data it shows."""
    service = service_name(conn.server_url, conn.apple_id)
    icloud = is_icloud(conn.server_url, account=conn.apple_id)
    if conn.last_sync_at is None:
        return (translate(
            "sync", "This computer's keychain has no app-specific password for {account}, so "
                    "this desk does not fetch it from iCloud, and no desk has synced it yet. "
                    "Connect it here, or at another desk, with its app-specific password.")
            if icloud else translate(
            "sync", "The password for {account} on {service} is not in this computer's "
                    "keychain, so this desk does not fetch it from {service}, and no desk has "
                    "synced it yet. Connect it here, or at another desk, with its password.")
        ).format(account=conn.apple_id, service=service)
    minutes = max(0, int((now - instant(conn.last_sync_at)).total_seconds() // 60))
    age = translate("sync", "less than a minute ago") if minutes < 1 else counted(
        minutes, translate("sync", "%n minute ago"), translate("sync", "%n minutes ago"))
    return (translate(
        "sync", "This computer's keychain has no app-specific password for {account}, so this "
                "desk does not fetch it from iCloud; it shows what {desk} synced {age}.")
        if icloud else translate(
        "sync", "The password for {account} on {service} is not in this computer's keychain, "
                "so this desk does not fetch it from {service}; it shows what {desk} synced "
                "{age}.")
    ).format(account=conn.apple_id, service=service, age=age,
             desk=conn.last_synced_by or translate("sync", "another desk"))


def resting_after_auth_failure(conn: Connection, now: datetime) -> bool:
    """Whether the account's password was refused so recently that a background pass
    leaves it alone (AUTH_RETRY_AFTER)."""
    if (conn.state != ConnectionState.AUTH_FAILED or conn.last_attempt_at is None
            or not conn.last_error):
        return False
    if conn.last_error == password_kept_until_quit(
            conn.apple_id, service_name(conn.server_url, conn.apple_id)):
        return False  # no password was here, so nothing was sent: nothing to rest from
    return now - instant(conn.last_attempt_at) < AUTH_RETRY_AFTER


def record_account(
    engine: Engine,
    connection_id: int,
    started: datetime,
    state: ConnectionState,
    error: str,
    all_ok: bool = False,
) -> None:
    """The account's state and last error after a pass that started at `started`; with
    `all_ok`, also when and by which desk it was last synced in full."""
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


def record_calendar_error(engine: Engine, calendar_id: int, sentence: str) -> None:
    """A calendar that could not be synced keeps its sentence, which makes it out of
    date."""
    with session_scope(engine) as s:
        cal = s.get(Calendar, calendar_id)
        if cal is not None:
            cal.last_error = sentence
            cal.last_error_at = utcnow()
            s.add(cal)
