"""A booking left pending by a `jumpadesk book` process that cannot finish it: its store
went away while iCloud was asked (a real PostgreSQL server, stopped), or it was killed.
The next command finishes it with the same UID as soon as it can reach the store, and
never while a live booker is still writing it. Real processes, a real store, the
iCloud-like server holding the answer to the PUT (tests/lost_answers.py).
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.concurrency.procs import ROOT, DeskProcesses
from tests.helpers.shop import at
from tests.helpers.shop_processes import open_shop, z
from tests.icloud_server import IcloudServer
from tests.lost_answers import AnswerLoser, icloud_losing_answers
from tests.pg import PostgresServer

TEN, ELEVEN = at(2026, 12, 2, "10:00"), at(2026, 12, 2, "11:00")
BOOK = ("book", "--in-the-past", "--start", z(TEN), "--end", z(ELEVEN), "--title", "Colour")
SPAN = ("--from", z(TEN), "--to", z(ELEVEN))
CONFIRMED = ("jumpadesk: \u201cColour\u201d (appointment 1, Wed 2 Dec 10:00–11:00) is now "
             "confirmed: Work has it.\n")


@pytest.fixture
def served(_icloud_seeded_storage: Path, tmp_path: Path) -> Iterator[
        tuple[IcloudServer, AnswerLoser]]:
    with icloud_losing_answers(_icloud_seeded_storage, tmp_path / "icloud") as both:
        yield both


def start(desk: DeskProcesses, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "jumpadesk", *args], env=desk.env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            stdin=subprocess.DEVNULL, cwd=ROOT)


def events(desk: DeskProcesses) -> tuple[list[tuple[str, bool]], str]:
    done = desk.run("events", *SPAN, "--json")
    assert done.returncode == 0, done.stderr
    return [(e["title"], e["confirmed"]) for e in json.loads(done.stdout)], done.stderr


def test_a_booking_whose_store_dies_while_icloud_is_asked_is_finished_when_it_is_back(
    served: tuple[IcloudServer, AnswerLoser], tmp_path: Path,
) -> None:
    icloud, loser = served
    server = PostgresServer()  # its own server, so stopping it harms no other test
    server.start()
    try:
        server.admin("CREATE DATABASE salon")
        desk = DeskProcesses(tmp_path / "desk", database_url=server.url("salon"))
        open_shop(desk, icloud)
        before = set(icloud.hrefs("Work"))
        loser.lose_next("PUT", "hold")
        booker = start(desk, *BOOK)
        try:
            assert loser.arrived.wait(60)  # iCloud has stored it; the answer is held
            # The test server commits asynchronously (synchronous_commit=off); a real one
            # has the reserved row on disk when its transaction ends, as this makes sure.
            server.admin("CHECKPOINT")
            server.kill()
            loser.release()
            out, err = booker.communicate(timeout=60)
        finally:
            if booker.poll() is None:
                booker.kill()
                booker.wait()
        assert (booker.returncode, out) == (1, "")
        assert err.startswith(f"jumpadesk: Cannot reach the shared schedule on "
                              f"127.0.0.1:{server.port} (salon).")
        assert err.endswith(
            " The booking \u201cColour\u201d may be in iCloud already: it is kept as "
            "appointment 1, and its time stays held; jumpadesk finishes it with iCloud, "
            "never twice, as soon as the store is back (the next command or sync does).\n")
        assert len(set(icloud.hrefs("Work")) - before) == 1

        server.restart()
        shown, said = events(desk)  # the next command, whatever it is
        assert said == CONFIRMED
        assert shown == [("Colour", True)]
        assert len(set(icloud.hrefs("Work")) - before) == 1  # never written twice
        engine = create_engine(server.url("salon"))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT status FROM appointment")).scalars().all() == [
                "written"]
        engine.dispose()
    finally:
        server.stop()


def test_a_booker_killed_while_icloud_is_asked_is_finished_by_the_next_command_at_once(
    served: tuple[IcloudServer, AnswerLoser], tmp_path: Path,
) -> None:
    icloud, loser = served
    desk = DeskProcesses(tmp_path / "desk")
    open_shop(desk, icloud)
    before = set(icloud.hrefs("Work"))
    loser.lose_next("PUT", "hold")
    booker = start(desk, *BOOK)
    try:
        assert loser.arrived.wait(60)
        # While it waits for iCloud's answer, another command leaves it alone: the
        # slot is busy there, and nobody else asks iCloud about it.
        shown, said = events(desk)
        assert (shown, said) == ([("Colour", False)], "")
        assert [m for m, _, _ in loser.lost] == ["PUT"]
        assert icloud.request_count("PUT") == 1
        booker.send_signal(signal.SIGKILL)
        booker.wait()
    finally:
        if booker.poll() is None:
            booker.kill()
            booker.wait()
        loser.release()

    done = desk.run("status")  # at once: no grace to wait out
    assert done.returncode == 0, done.stderr
    assert done.stderr == CONFIRMED
    assert "Not yet confirmed" not in done.stdout
    assert events(desk) == ([("Colour", True)], "")
    assert len(set(icloud.hrefs("Work")) - before) == 1
