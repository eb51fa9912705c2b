"""Settling bookings whose answer was lost: asked again, then looked for.

A booking (or a change of its time) whose answer never came stays "unconfirmed",
holding its time. `recheck` asks the server again with the same UID (a 412 means our
event is there) and, failing an answer, looks (GET): only what the server then shows
decides. `finish_unconfirmed` does that for every booking left so, whoever left it:
before each command, on the window's retry timer and after every sync.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from datetime import datetime

import icalendar
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from jumpadesk.errors import JumpadeskError, StoreError
from jumpadesk.kinds import AppointmentStatus, Recheck
from jumpadesk.language import translate
from jumpadesk.models import Appointment, Calendar, session_scope
from jumpadesk.models.locks import BookingWriter
from jumpadesk.models.tables import NOT_CONFIRMED
from jumpadesk.sync.apply import uid_of
from jumpadesk.sync.booking import (
    booking_href,
    gone_sentence,
    holds_change,
    is_refusal,
    lost_answer,
    resource_url,
    target_of,
    update_appointment,
    write_appointment,
)
from jumpadesk.sync.client import CalDAVClient, ClientFactory, client_for, default_client_factory
from jumpadesk.sync.report import Rechecked

log = logging.getLogger("jumpadesk.sync.recheck")


def recheck(
    engine: Engine, appointment_id: int, *, client_factory: ClientFactory | None = None,
    old_times: tuple[int, int] | None = None, quick: bool = False,
    after: JumpadeskError | None = None,
) -> Rechecked | None:
    """Ask iCloud again about a booking (or a change of time) whose answer was lost,
    with the same UID: written again (a booking: If-None-Match, where a 412 finds our
    first copy; a change: If-Match on the ETag held before it), and when that is not
    answered either, looked for (GET). Only what iCloud states settles it: the row is
    written, or let go (a booking not there is cancelled; a change not there leaves
    the appointment where iCloud has it, or at `old_times` when iCloud lost it), or left
    unconfirmed. With `quick`, one try of each request (no retries: a command waits);
    `after` (how a try just made failed): only looked for, not written again. The
    caller holds the booking (models.locks.BookingWriter). None when the row is not
    unconfirmed (any more). Raises StoreError only."""
    if quick:
        client_factory = _quick(client_factory)
    with session_scope(engine) as s:
        appt = s.get(Appointment, appointment_id)
        if appt is None or appt.status not in NOT_CONFIRMED or not appt.uid:
            return None
        changing = bool(appt.href)
        s.expunge(appt)
    if after is not None:
        return _look(engine, appt, after, client_factory, old_times)
    try:
        if changing:
            update_appointment(engine, appointment_id, client_factory=client_factory)
        else:
            write_appointment(engine, appointment_id, client_factory=client_factory)
        return _rechecked(engine, appointment_id, Recheck.CONFIRMED, change=changing)
    except StoreError:
        raise
    except JumpadeskError as exc:
        failure: JumpadeskError = exc
    log.info("booking %s: asked again, %s; looking for it", appointment_id,
             type(failure).__name__)
    return _look(engine, appt, failure, client_factory, old_times)


def _look(
    engine: Engine, appt: Appointment, failure: JumpadeskError,
    client_factory: ClientFactory | None, old_times: tuple[int, int] | None,
) -> Rechecked:
    """Settle a booking by what its place in iCloud holds now (see recheck)."""
    assert appt.id is not None
    appt_id = appt.id
    change = bool(appt.href)
    try:
        with session_scope(engine) as s:
            cal, conn = target_of(s, appt)
        href = appt.href or booking_href(cal, appt.uid)
        with client_for(conn, client_factory) as client:
            found = client.get(resource_url(cal, conn, href))
    except StoreError:
        raise
    except JumpadeskError as exc:
        cause = failure if not is_refusal(failure) else exc
        return _rechecked(engine, appt_id, Recheck.UNSURE, lost_answer(cause), change=change)
    ours = found.status == 200 and uid_of(found.text) == appt.uid
    if ours and (not appt.href or holds_change(found.text, appt)):
        with session_scope(engine) as s:
            row = s.get(Appointment, appt.id)
            assert row is not None
            row.calendar_id, row.href = cal.id, href
            row.etag = found.etag or row.etag
            row.status = AppointmentStatus.WRITTEN
            s.add(row)
        log.info("booking %s found in %r after all", appt.id, cal.name)
        return _rechecked(engine, appt_id, Recheck.CONFIRMED, change=change)
    if found.status not in (200, 404, 410):
        return _rechecked(engine, appt_id, Recheck.UNSURE,
                          translate("sync", "it answered with HTTP {status} when asked what "
                                            "it holds").format(status=found.status),
                          change=change)
    why = str(failure) if is_refusal(failure) else translate(
        "sync", "{calendar} does not have it").format(calendar=cal.name)
    with session_scope(engine) as s:
        row = s.get(Appointment, appt.id)
        assert row is not None
        if not appt.href:
            row.status = AppointmentStatus.CANCELLED  # never booked: the time is free
        elif ours:  # the change is not there: where iCloud has it is where it is
            row.start_ts, row.end_ts = _times_of(found.text) or old_times or (
                row.start_ts, row.end_ts)
            row.etag, row.status = found.etag, AppointmentStatus.WRITTEN
        else:  # its event is gone (or replaced) in iCloud: kept as it was, and said
            row.start_ts, row.end_ts = old_times or (row.start_ts, row.end_ts)
            row.etag, row.status = "", AppointmentStatus.WRITTEN
            why = gone_sentence(cal)
        s.add(row)
    log.warning("booking %s let go: %s", appt.id, why)
    return _rechecked(engine, appt_id, Recheck.REFUSED, why, change=change)


def _times_of(text: str) -> tuple[int, int] | None:
    try:
        [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")[:1]
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    except (ValueError, KeyError):
        return None
    if isinstance(start, datetime) and isinstance(end, datetime):
        return int(start.timestamp()), int(end.timestamp())
    return None


def _rechecked(engine: Engine, appointment_id: int, outcome: Recheck, why: str = "",
               *, change: bool) -> Rechecked:
    with session_scope(engine) as s:
        row = s.get(Appointment, appointment_id)
        assert row is not None
        cal = s.get(Calendar, row.calendar_id) if row.calendar_id else None
        return Rechecked(appointment_id, row.sub_account_id, row.title, row.start_ts,
                         row.end_ts, cal.name if cal else "", outcome, why, change)


def unconfirmed_ids(
    engine: Engine, *, connection_ids: Collection[int] | None = None,
    sub_account_id: int | None = None,
) -> list[tuple[int, int]]:
    """(appointment id, connection id) of every booking not yet confirmed by iCloud,
    oldest first: on these accounts and of this sub-account when given."""
    with session_scope(engine) as s:
        query = (
            select(Appointment.id, Calendar.connection_id)
            .join(Calendar, col(Calendar.id) == col(Appointment.calendar_id))
            .where(col(Appointment.status).in_(NOT_CONFIRMED))
            .where(Appointment.uid != "")
            .order_by(col(Appointment.id))
        )
        if connection_ids is not None:
            query = query.where(col(Calendar.connection_id).in_(list(connection_ids)))
        if sub_account_id is not None:
            query = query.where(Appointment.sub_account_id == sub_account_id)
        return [(a, c) for a, c in s.exec(query).all() if a is not None]


def finish_unconfirmed(
    engine: Engine,
    *,
    connection_ids: Collection[int] | None = None,
    sub_account_id: int | None = None,
    client_factory: ClientFactory | None = None,
    quick: bool = False,
) -> list[Rechecked]:
    """Check again every booking left unconfirmed (its answer lost) or pending with
    nobody writing it (its booker died, or the store went away under it): see recheck.
    A booking its booker is still writing is left to it. With `quick` each is asked
    once, without the client's retries, and an account that leaves one unsure is not
    asked about the rest: for a command that has other work to do."""
    done: list[Rechecked] = []
    unsure: set[int] = set()
    for appt_id, connection_id in unconfirmed_ids(
            engine, connection_ids=connection_ids, sub_account_id=sub_account_id):
        if quick and connection_id in unsure:
            continue
        with BookingWriter(engine) as writer:
            if not writer.claim(appt_id):
                continue  # its booker is on it
            try:
                found = recheck(engine, appt_id, client_factory=client_factory,
                                quick=quick)
            except Exception:  # a store that failed, or a bug: the row stays, held
                log.exception("booking %s could not be checked again", appt_id)
                break
        if found is None:
            continue
        log.info("unconfirmed booking %s: %s", appt_id, found.outcome)
        done.append(found)
        if found.outcome == Recheck.UNSURE:
            unsure.add(connection_id)
    return done


def _quick(factory: ClientFactory | None) -> ClientFactory:
    def make(server_url: str, apple_id: str, password: str) -> CalDAVClient:
        client = (factory or default_client_factory)(server_url, apple_id, password)
        client.retry_budget = 0.0  # one try each: a command is waiting
        return client

    return make
