"""A bounded network (issue 18, item 6): every request ends by its deadline even when the
server trickles its answer or its headers a byte at a time, or never answers; an answer
too large is dropped unread past the cap; an answer that cannot be read, or is too
large, or never came, is not asked for again; and each says what happened.

The server is a HostileServer (tests/hostile_http.py) on 127.0.0.1, or in front of the
iCloud-like server as its partition host 127.0.0.2, so an account is connected and
synced first and the server turns hostile mid-life. Deadlines are a few seconds here;
benchmarks/bench_hostile.py measures the real command line with the defaults."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy.engine import Engine

from jumpadesk.errors import AnswerTooLarge, AnswerUnreadable, NoAnswer
from jumpadesk.models import Connection, session_scope
from jumpadesk.sync import api
from jumpadesk.sync.client import CalDAVClient
from jumpadesk.sync.report import SyncReport
from tests.hostile_http import (
    HostileServer,
    canned,
    forward,
    oversized,
    silent,
    tls_for,
    trickle,
)
from tests.icloud_server import IcloudServer, week_day
from tests.sync.conftest import set_roles

STALL = 2  # seconds without a byte: no answer
DEADLINE = 3  # seconds for a whole request
CAP = 1024 * 1024  # bytes of one answer
# A multistatus long enough that trickled at 5 bytes a second it would take minutes.
SLOW_ANSWER = (b'<?xml version="1.0" encoding="utf-8"?><D:multistatus xmlns:D="DAV:">'
               + b" " * 2000 + b"</D:multistatus>")


@pytest.fixture
def short(sleeps: list[float]):  # type: ignore[no-untyped-def]
    """Clients with deadlines of a few seconds, whose backoff is recorded, not slept."""

    def factory(server_url: str, apple_id: str, password: str) -> CalDAVClient:
        return CalDAVClient(server_url, apple_id, password, sleep=sleeps.append,
                            timeout=STALL, listing_deadline=DEADLINE, item_deadline=DEADLINE,
                            max_answer_bytes=CAP)

    return factory


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    with HostileServer("127.0.0.1") as server:
        yield server


def _connect(store: Engine, sub_id: int, server: HostileServer, factory) -> None:  # type: ignore[no-untyped-def]
    api.connect(store, sub_id, "sam@icloud.com", "pw-1234", server.url, client_factory=factory)


def _no_connection(store: Engine) -> bool:
    with session_scope(store) as s:
        from sqlmodel import select

        return not s.exec(select(Connection)).all()


# -- at connect: the first request meets the misbehaviour -------------------------------


@pytest.mark.parametrize(("headers_too", "sentence"), [
    (False, f"127.0.0.1 had not finished its answer after {DEADLINE} seconds (it was sending "
            "very slowly), so jumpadesk stopped waiting; "),
    (True, f"127.0.0.1 did not answer within {DEADLINE} seconds, so jumpadesk stopped "
           "waiting"),
], ids=["body", "headers"])
def test_an_answer_trickled_a_byte_at_a_time_ends_at_the_deadline(
    store, sub_id, short, hostile, headers_too, sentence
):
    hostile.behave(trickle(SLOW_ANSWER, 0.2, headers_too=headers_too))
    with pytest.raises(NoAnswer) as caught:
        _connect(store, sub_id, hostile, short)
    assert str(caught.value).startswith(sentence)
    assert "kept breaking off" not in str(caught.value)
    assert len(hostile.requests) == 1  # not asked again
    assert hostile.bytes_sent < len(SLOW_ANSWER)  # it gave up long before the end
    assert _no_connection(store)


def test_a_trickle_over_https_ends_at_the_deadline_too(store, sub_id, tmp_path, sleeps):
    context, certificate = tls_for("127.0.0.1", tmp_path)
    with HostileServer("127.0.0.1", tls=context) as secure:
        secure.behave(trickle(SLOW_ANSWER, 0.2, headers_too=True))
        with pytest.raises(NoAnswer) as caught:
            _connect(store, sub_id, secure, lambda u, a, p: CalDAVClient(
                u, a, p, sleep=sleeps.append, timeout=STALL, listing_deadline=DEADLINE,
                verify=certificate))
        assert len(secure.requests) == 1
        assert secure.bytes_sent < len(SLOW_ANSWER)
    assert str(caught.value).startswith(f"127.0.0.1 did not answer within {DEADLINE} seconds")


def test_a_server_that_never_answers_is_asked_once(store, sub_id, short, hostile, sleeps):
    hostile.behave(silent())
    with pytest.raises(NoAnswer) as caught:
        _connect(store, sub_id, hostile, short)
    assert str(caught.value).startswith(
        f"127.0.0.1 did not answer within {STALL} seconds, so jumpadesk stopped waiting")
    assert len(hostile.requests) == 1
    assert sleeps == []  # no backoff either
    assert _no_connection(store)


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "chunked"])
def test_an_answer_over_the_cap_is_dropped_unread_and_not_asked_again(
    store, sub_id, short, hostile, declared
):
    gigabyte = 1 << 30
    hostile.behave(oversized(gigabyte, declared=declared))
    with pytest.raises(AnswerTooLarge) as caught:
        _connect(store, sub_id, hostile, short)
    assert str(caught.value).startswith(
        "127.0.0.1 sent more than 1 MB for one answer, so jumpadesk stopped reading it")
    assert len(hostile.requests) == 1
    # What went out before jumpadesk hung up: socket buffers' worth, not the gigabyte.
    assert hostile.bytes_sent < 64 * CAP
    assert _no_connection(store)


def test_an_unreadable_answer_is_not_asked_for_again(store, sub_id, short, hostile, sleeps):
    hostile.behave(canned(207, b'<?xml version="1.0"?><D:multistatus xmlns:D="DAV:"><D:resp'))
    with pytest.raises(AnswerUnreadable) as caught:
        _connect(store, sub_id, hostile, short)
    assert str(caught.value).startswith(
        "127.0.0.1 sent an answer jumpadesk could not read")
    assert len(hostile.requests) == 1
    assert sleeps == []


# -- mid-life: the partition host turns hostile during a sync ----------------------------


@dataclass
class Fronted:
    engine: Engine
    icloud: IcloudServer
    front: HostileServer
    factory: object

    def sync(self) -> SyncReport:
        return api.sync(self.engine, client_factory=self.factory)  # type: ignore[arg-type]

    def objects(self) -> dict[str, set[str]]:
        from sqlmodel import select

        from jumpadesk.models import Calendar, CalendarObject

        with session_scope(self.engine) as s:
            names = {c.id: c.name for c in s.exec(select(Calendar)).all()}
            found: dict[str, set[str]] = {}
            for o in s.exec(select(CalendarObject)).all():
                found.setdefault(names[o.calendar_id], set()).add(o.uid)
            return found


@pytest.fixture
def fronted(store, icloud, sub_id, short) -> Iterator[Fronted]:  # type: ignore[no-untyped-def]
    """The iCloud-like account, connected and synced, its calendar home on a
    HostileServer (127.0.0.2) that passes every request through until told otherwise."""
    with HostileServer("127.0.0.2", forward_to=icloud.partition_url) as front:
        front.behave(forward())
        icloud.layer.partition_url = front.url
        api.connect(store, sub_id, icloud.apple_id, icloud.password, icloud.url,
                    client_factory=short)
        set_roles(store, sub_id, "Work", ["Home", "Family"])
        fronted = Fronted(store, icloud, front, short)
        assert fronted.sync().ok
        yield fronted


def test_a_sync_against_a_trickling_home_ends_with_one_sentence_and_loses_nothing(fronted):
    before = fronted.objects()
    asked = len(fronted.front.requests)
    fronted.front.behave(trickle(SLOW_ANSWER, 0.2))

    report = fronted.sync()

    assert not report.ok
    [failure] = report.failures()
    assert failure == (
        f"demo@icloud.com: 127.0.0.2 had not finished its answer after {DEADLINE} seconds "
        "(it was sending very slowly), so jumpadesk stopped waiting; jumpadesk will try "
        "again at the next sync.")
    assert len(fronted.front.requests) == asked + 1  # the listing, once
    assert fronted.objects() == before


def test_once_a_server_stops_answering_the_rest_of_the_pass_is_not_sent(fronted):
    icloud = fronted.icloud
    icloud.add_event("Work", "New at work", week_day(2, "08:00"), week_day(2, "09:00"))
    icloud.add_event("Home", "New at home", week_day(2, "08:00"), week_day(2, "09:00"))
    before = fronted.objects()
    fronted.front.behave(silent(), method="REPORT")  # the listing still answers
    asked = len(fronted.front.requests)

    report = fronted.sync()

    assert not report.ok
    failures = report.failures()
    assert {f.split(": ", 1)[0] for f in failures} == {
        "Home (demo@icloud.com)", "Work (demo@icloud.com)"}
    for failure in failures:
        assert f"127.0.0.2 did not answer within {STALL} seconds" in failure
    new = fronted.front.requests[asked:]
    assert [r.method for r in new] == ["PROPFIND", "REPORT"]  # the second calendar: not sent
    assert fronted.objects() == before


def test_an_answer_that_stops_halfway_says_so(store, sub_id, short, hostile):
    hostile.behave(trickle(SLOW_ANSWER, STALL + 5))  # the first byte, then a long pause
    with pytest.raises(NoAnswer) as caught:
        _connect(store, sub_id, hostile, short)
    assert str(caught.value).startswith(
        f"127.0.0.1 stopped sending halfway through its answer for {STALL} seconds")
    assert len(hostile.requests) == 1
