"""A full disk is one sentence, keeps what was there, and heals on the next pass: during a
sync in the desk, and as every command and the window see it, in real processes whose
disk refuses to grow files (the log refused too: no traceback per log line)."""

from __future__ import annotations

import json
import signal
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, text

from jumpadesk import cli
from jumpadesk.errors import StoreError
from jumpadesk.models import make_engine
from jumpadesk.service import Desk
from jumpadesk.store_file import FULL_SENTENCE
from tests.concurrency.procs import DeskProcesses
from tests.hostile_disk import full_disk, run, start_window
from tests.icloud_server import IcloudServer, week_day

zulu = cli.zulu
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")


def test_sync_on_a_full_disk_says_so_and_the_next_pass_catches_up(
    icloud: IcloudServer, jumpadesk_home: Path
) -> None:
    engine = make_engine(f"sqlite:///{jumpadesk_home / 'jumpadesk.db'}")
    desk = Desk(engine=engine)
    desk.connect("Main", icloud.apple_id, icloud.password, icloud.url)
    desk.configure("Main", "Work", ["Home"])
    assert desk.sync("Main").ok
    monday = week_day(0, "00:00")
    before = desk.schedule("Main", monday, monday + timedelta(days=7))

    for i in range(40):  # enough new data that it cannot fit in the capped file
        icloud.add_event("Home", f"Fitting {i} " + "x" * 400, week_day(5, "08:00"),
                         week_day(5, "09:00"))
    with engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar()

    def _cap(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(engine, "connect", _cap)
    engine.dispose()
    sentences: list[str] = []
    try:
        report = desk.sync("Main")
        sentences = report.failures()
    except StoreError as exc:
        sentences = [str(exc)]
    assert any("disk is full" in s for s in sentences), sentences
    event.remove(engine, "connect", _cap)
    engine.dispose()

    assert desk.schedule("Main", monday, monday + timedelta(days=7)) == before
    assert desk.sync("Main").ok
    titles = {i.title for i in desk.schedule("Main", monday, monday + timedelta(days=7))}
    assert sum(t.startswith("Fitting ") for t in titles) == 40


# -- as real processes, on a disk that refuses to grow any file -------------------------
# tests/hostile_disk.full_disk: the kernel refuses writes past a size, as a full disk does.

#: Nothing more fits: less than the store's shared-memory file (32 KiB) or its log.
NOTHING_FITS = 4096
#: The shared memory fits, a small write to the WAL too, 40 new events do not.
LITTLE_FITS = 48 * 1024


def set_up(desk: DeskProcesses, icloud: IcloudServer) -> tuple[str, str]:
    """A connected, synced desk with one appointment and one blocked slot (their ids)."""
    for args in [("connect", "--apple-id", icloud.apple_id, "--server", icloud.url),
                 ("configure", "--linked", "Work", "--conflict", "Home"), ("sync",)]:
        assert desk.run(*args, password=icloud.password).returncode == 0, args
    booked = desk.run("book", "--in-the-past", "--start", zulu(week_day(1, "14:00")),
                      "--end", zulu(week_day(1, "15:00")), "--title", "Colour", "--json")
    blocked = desk.run("block", "--start", zulu(week_day(3, "12:00")),
                       "--end", zulu(week_day(3, "13:00")))
    assert booked.returncode == 0 and blocked.returncode == 0, booked.stderr + blocked.stderr
    return str(json.loads(booked.stdout)["id"]), blocked.stdout.strip()


def week_events(desk: DeskProcesses) -> list[dict]:
    done = desk.run("events", "--from", zulu(week_day(0)), "--to", zulu(week_day(7)), "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def fill_the_log(desk: DeskProcesses, size: int) -> None:
    """A log longer than the disk lets any file grow: every line logged is refused."""
    with open(desk.home / "logs" / "jumpadesk.log", "a", encoding="utf-8") as log:
        log.write("x" * size + "\n")


@posix_only
def test_every_command_on_a_full_disk_says_so_in_one_sentence_and_changes_nothing(
    icloud: IcloudServer, tmp_path: Path
) -> None:
    desk = DeskProcesses(tmp_path)
    appointment, slot = set_up(desk, icloud)
    before = week_events(desk)
    fill_the_log(desk, NOTHING_FITS)
    free = ("--start", zulu(week_day(1, "16:00")), "--end", zulu(week_day(1, "17:00")))
    commands = [
        ("connect", "--apple-id", icloud.apple_id, "--server", icloud.url),
        ("configure", "--linked", "Work", "--conflict", "Home"),
        ("sync",),
        ("book", "--in-the-past", *free, "--title", "Cut"),
        ("block", *free),
        ("cancel", appointment),
        ("move", appointment, *free),
        ("unblock", slot),
        ("timezone", "Asia/Tokyo"),
        ("busy", "--from", zulu(week_day(0)), "--to", zulu(week_day(7))),
        ("status",),
    ]
    for args in commands:
        done = run(desk, *args, prepare=full_disk(NOTHING_FITS), password=icloud.password)
        assert (done.returncode, done.stderr) == (1, f"jumpadesk: {FULL_SENTENCE}\n"), args
    assert week_events(desk) == before


@posix_only
def test_a_sync_that_fills_the_disk_says_so_in_one_line_and_the_next_catches_up(
    icloud: IcloudServer, tmp_path: Path
) -> None:
    desk = DeskProcesses(tmp_path)
    set_up(desk, icloud)
    before = week_events(desk)
    for i in range(40):  # more than fits
        icloud.add_event("Home", f"Fitting {i} " + "x" * 400, week_day(5, "08:00"),
                         week_day(5, "09:00"))
    fill_the_log(desk, LITTLE_FITS)

    done = run(desk, "sync", prepare=full_disk(LITTLE_FITS))
    assert done.returncode == cli.EXIT_SYNC_FAILED
    assert done.stderr == f"jumpadesk: Home ({icloud.apple_id}): {FULL_SENTENCE}\n"
    assert week_events(desk) == before

    assert desk.run("sync").returncode == 0
    titles = [e["title"] for e in week_events(desk)]
    assert sum(t.startswith("Fitting ") for t in titles) == 40


@posix_only
@pytest.mark.slow
def test_the_window_on_a_full_disk_says_so_once(icloud: IcloudServer, tmp_path: Path) -> None:
    desk = DeskProcesses(tmp_path)
    set_up(desk, icloud)
    fill_the_log(desk, NOTHING_FITS)
    window = start_window(desk, prepare=full_disk(NOTHING_FITS))
    try:
        said = window.stderr.readline()  # type: ignore[union-attr]
        assert said == f"jumpadesk: {FULL_SENTENCE}\n"
        assert window.poll() is None  # the sentence stays on screen, in a message box
        window.send_signal(signal.SIGTERM)  # closes the box, as OK would
        assert window.wait(timeout=30) == 1
        rest = window.stderr.read()  # type: ignore[union-attr]
        assert "Traceback" not in rest and "Logging error" not in rest
        assert "jumpadesk:" not in rest  # said once
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()
