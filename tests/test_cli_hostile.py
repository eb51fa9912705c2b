"""The command line against a server that misbehaves (issue 18, items 3 and 6): every
command ends by itself within its deadline with one sentence and a non-zero exit, a
redirect elsewhere gets no password, and what was synced before still blocks.

Deadlines come from JUMPADESK_REQUEST_DEADLINE (2 s here, so the suite stays fast);
benchmarks/bench_hostile.py runs the same as processes with the default deadlines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from jumpadesk import cli
from jumpadesk.sync.client import DEADLINE_ENV
from tests.hostile_http import HostileServer, forward, oversized, redirect, silent, trickle
from tests.icloud_server import IcloudServer, week_day

DEADLINE = 2
SLOW_ANSWER = b'<?xml version="1.0"?><D:multistatus xmlns:D="DAV:">' + b" " * 2000


def jd(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def zulu(moment) -> str:  # type: ignore[no-untyped-def]
    return cli.zulu(moment)


@pytest.fixture(autouse=True)
def short_deadlines(monkeypatch: pytest.MonkeyPatch, jumpadesk_home: Path) -> None:
    monkeypatch.setenv(DEADLINE_ENV, str(DEADLINE))
    monkeypatch.setenv("JUMPADESK_PASSWORD", "pw-1234")


@pytest.fixture
def front(icloud: IcloudServer, capsys: pytest.CaptureFixture,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[HostileServer]:
    """The iCloud-like account connected, configured and synced on the command line,
    its calendar home on a HostileServer (127.0.0.2) that passes requests through."""
    with HostileServer("127.0.0.2", forward_to=icloud.partition_url) as server:
        server.behave(forward())
        icloud.layer.partition_url = server.url
        monkeypatch.setenv("JUMPADESK_PASSWORD", icloud.password)
        code, _, err = jd(capsys, "connect", "--apple-id", icloud.apple_id,
                          "--server", icloud.url)
        assert code == 0, err
        code, _, err = jd(capsys, "configure", "--linked", "Work", "--conflict", "Home")
        assert code == 0, err
        code, _, err = jd(capsys, "sync")
        assert code == 0, err
        yield server


def _one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("jumpadesk: ")
    return lines[0].removeprefix("jumpadesk: ")


def test_connect_to_a_server_that_never_answers_ends_with_one_sentence(capsys):
    with HostileServer("127.0.0.1") as server:
        server.behave(silent())
        code, out, err = jd(capsys, "connect", "--apple-id", "sam@icloud.com",
                            "--server", server.url)
        assert len(server.requests) == 1
    assert code == 1 and out == ""
    assert _one_sentence(err) == (
        f"127.0.0.1 did not answer within {DEADLINE} seconds, so jumpadesk stopped waiting "
        "(the server may be down or overloaded); nothing was saved; connect again once the "
        "server answers.")
    code, out, _ = jd(capsys, "calendars")
    assert "No calendars yet" in out


def test_connect_redirected_to_another_address_sends_it_nothing(capsys):
    with HostileServer("127.0.0.3") as foreign, HostileServer("127.0.0.1") as server:
        server.behave(redirect(foreign.url))
        code, _, err = jd(capsys, "connect", "--apple-id", "sam@icloud.com",
                          "--server", server.url)
        assert foreign.requests == []
    assert code == 1
    assert "does not send the password to another server" in _one_sentence(err)


def test_sync_and_book_against_a_trickling_server_end_by_themselves(capsys, front):
    sent_before = front.bytes_sent
    front.behave(trickle(SLOW_ANSWER, 0.2))

    code, _, err = jd(capsys, "sync")
    assert code == cli.EXIT_SYNC_FAILED
    assert _one_sentence(err) == (
        f"demo@icloud.com: 127.0.0.2 had not finished its answer after {DEADLINE} seconds "
        "(it was sending very slowly), so jumpadesk stopped waiting; jumpadesk will try "
        "again at the next sync.")

    # A booking syncs first, which fails the same way, so it asks before booking...
    start, end = week_day(2, "15:00"), week_day(2, "16:00")
    book = ("book", "--in-the-past",
            "--start", zulu(start), "--end", zulu(end), "--title", "Cut and colour")
    code, out, err = jd(capsys, *book)
    assert code != 0 and out == ""
    sentence = _one_sentence(err)
    assert sentence.startswith("The schedule may be out of date")
    assert "had not finished its answer" in sentence
    # ...and booked anyway, its PUT trickled too: kept, the time held, and said so.
    code, out, err = jd(capsys, *book, "--even-if-stale")
    assert code == 1 and out == ""
    sentence = _one_sentence(err)
    assert sentence.startswith("Sent to iCloud; iCloud has not confirmed it yet")
    assert "not yet confirmed, and the time stays held" in sentence
    assert [r.method for r in front.requests[-1:]] == ["PUT"]
    # Four answers were begun (two syncs, the booking's sync, its PUT); none waited for.
    assert front.bytes_sent - sent_before < len(SLOW_ANSWER)

    # The slot is held, and what the last good sync saw still blocks.
    code, out, _ = jd(capsys, "busy", "--from", zulu(start), "--to", zulu(end), "--json")
    assert json.loads(out)["busy"] == [{"start": zulu(start), "end": zulu(end)}]
    code, out, _ = jd(capsys, "busy", "--from", zulu(week_day(1, "07:00")),
                      "--to", zulu(week_day(1, "12:00")), "--json")
    assert json.loads(out)["busy"]


def test_sync_against_an_oversized_answer_says_so(capsys, front):
    front.behave(oversized(1 << 30))
    code, _, err = jd(capsys, "sync")
    assert code == cli.EXIT_SYNC_FAILED
    assert _one_sentence(err).startswith(
        "demo@icloud.com: 127.0.0.2 sent more than 100 MB for one answer, so jumpadesk "
        "stopped reading it")
    assert len([r for r in front.requests if r.method == "PROPFIND"]) >= 1


def test_a_booking_whose_answer_is_too_large_says_so(capsys, front):
    front.behave(oversized(200 << 20, status=201), method="PUT")
    start, end = week_day(2, "15:00"), week_day(2, "16:00")
    code, out, err = jd(capsys, "book", "--in-the-past", "--start", zulu(start), "--end", zulu(end),
                        "--title", "Cut and colour")
    assert code == 1 and out == ""
    sentence = _one_sentence(err)
    assert sentence.startswith("Sent to iCloud; iCloud has not confirmed it yet (its answer "
                               "was larger than jumpadesk reads")
