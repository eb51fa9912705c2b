"""Several desks on one store: live changes between them, a lost database server, and
booking races between real processes of two desks (two data folders and keychains,
one PostgreSQL store) against the iCloud-like server.

The store-watcher and lost-server tests run on both stores where they apply (SQLite:
several windows on one computer); the two-desk tests need PostgreSQL.
"""

from __future__ import annotations

import json
import queue
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, text

from jumpadesk.errors import StoreError
from jumpadesk.models import make_engine
from jumpadesk.models.watch import StoreChange, StoreReach, StoreWatcher
from jumpadesk.service import Desk
from jumpadesk.store_url import database_url
from tests.concurrency.procs import ROOT, DeskProcesses, Result
from tests.icloud_server import IcloudServer, week_day
from tests.pg import PostgresServer

BERLIN = ZoneInfo("Europe/Berlin")
LIVE_WITHIN = 2.0  # seconds, from the other desk's commit to this desk hearing of it


def zulu(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def changes() -> queue.Queue:
    return queue.Queue()


def wait_for(q: queue.Queue, predicate, timeout: float) -> object:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"nothing arrived within {timeout} s")
        try:
            item = q.get(timeout=left)
        except queue.Empty as exc:
            raise AssertionError(f"nothing arrived within {timeout} s") from exc
        if predicate(item):
            return item


def test_a_block_at_another_desk_is_heard_within_two_seconds_without_a_sync(
    jumpadesk_home: Path, tmp_path: Path, changes: queue.Queue, store_kind: str,
) -> None:
    # This desk (a window) and another process on the same store: a second desk on
    # PostgreSQL, a second window or the command line on SQLite.
    desk = Desk()
    main = desk.sub_account("Main")
    other = DeskProcesses(tmp_path / "other", database_url=database_url())
    if store_kind == "sqlite":
        other.home = jumpadesk_home
        other.env["JUMPADESK_HOME"] = str(jumpadesk_home)
    start = datetime(2026, 11, 25, 9, tzinfo=UTC)
    with StoreWatcher(desk.engine, on_change=changes.put, poll_seconds=0.25):
        time.sleep(0.5)  # listening before the other desk writes
        done = other.run("block", "--start", zulu(start),
                         "--end", zulu(start + timedelta(hours=1)), "--title", "Delivery")
        assert done.returncode == 0, done.stderr
        committed = time.monotonic()
        change = wait_for(changes, lambda c: c.touches(
            main.id, int(start.timestamp()), int(start.timestamp()) + 3600), LIVE_WITHIN)
        heard_after = time.monotonic() - committed
    assert heard_after < LIVE_WITHIN
    assert isinstance(change, StoreChange)
    if store_kind == "postgresql":
        # A shared store says what changed, so a week view repaints only that.
        assert not change.everything and "blocked_slot" in change.tables
        assert {(s.sub_account_id, s.start_ts) for s in change.spans} == {
            (main.id, int(start.timestamp()))}
        assert not change.touches(main.id, int(start.timestamp()) + 7200,
                                  int(start.timestamp()) + 9000)
    # and the desk's own read shows it, with no sync in between
    assert [i.title for i in desk.schedule("Main", start, start + timedelta(hours=1))] == [
        "Delivery"]


def test_a_desk_that_loses_the_database_server_says_so_by_name_and_refuses_to_book(
    tmp_path: Path,
) -> None:
    server = PostgresServer()  # its own server, so stopping it harms no other test
    server.start()
    try:
        server.admin("CREATE DATABASE salon")
        engine = make_engine(server.url("salon"))
        desk = Desk(engine=engine)
        start = datetime(2026, 11, 25, 9, tzinfo=UTC)
        desk.block("Main", start, start + timedelta(hours=1), "Before")
        reach: queue.Queue = queue.Queue()
        with StoreWatcher(engine, on_change=lambda _c: None, on_reach=reach.put,
                          retry_seconds=0.3):
            time.sleep(0.5)
            server.kill()
            lost = wait_for(reach, lambda r: not r.reachable, 5)
            assert isinstance(lost, StoreReach)
            where = f"the shared schedule on 127.0.0.1:{server.port} (salon)"
            assert lost.sentence.startswith(f"Cannot reach {where}.")
            refusal = re.escape(f"Cannot reach {where}. Nothing can be booked until it is back")
            with pytest.raises(StoreError, match=f"^{refusal}"):
                desk.block("Main", start + timedelta(hours=2), start + timedelta(hours=3),
                           "While down")
            server.restart()
            assert wait_for(reach, lambda r: r.reachable, 10)
        desk.block("Main", start + timedelta(hours=2), start + timedelta(hours=3), "After")
        titles = [i.title for i in desk.schedule("Main", start, start + timedelta(hours=4))]
        assert titles == ["Before", "After"]
        engine.dispose()
    finally:
        server.stop()


# -- two desks, one PostgreSQL store, one iCloud account ---------------------------------


@pytest.fixture
def two_desks(tmp_path: Path, pg_url: str, icloud: IcloudServer) -> Iterator[
        tuple[DeskProcesses, DeskProcesses]]:
    """Two desks (own data folders and keychains) sharing one PostgreSQL store, both
    connected to the same iCloud account: Work linked, Home and Family blocking."""
    desks = (DeskProcesses(tmp_path / "desk1", database_url=pg_url),
             DeskProcesses(tmp_path / "desk2", database_url=pg_url))
    first, second = desks
    for d in desks:
        assert d.run("timezone", "Europe/Berlin").returncode == 0
    done = first.run("connect", "--apple-id", icloud.apple_id, "--server", icloud.url,
                     password=icloud.password)
    assert done.returncode == 0, done.stderr
    done = first.run("configure", "--linked", "Work", "--conflict", "Home",
                     "--conflict", "Family")
    assert done.returncode == 0, done.stderr
    # The second desk keeps the same app-specific password in its own keychain.
    done = second.run("connect", "--apple-id", icloud.apple_id, "--server", icloud.url,
                      password=icloud.password)
    assert done.returncode == 0, done.stderr
    yield desks


def race(desks: list[DeskProcesses], go: Path, args: tuple[str, ...],
         timeout: float = 180) -> list[Result]:
    """Start `args` once at each desk given (a desk may be listed several times), wait
    until every child has imported everything, then release them all at once."""
    children = [
        subprocess.Popen([sys.executable, "-m", "tests.concurrency.at_go", str(go), *args],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         env=d.env, stdin=subprocess.DEVNULL, cwd=ROOT)
        for d in desks
    ]
    try:
        deadline = time.monotonic() + timeout
        while len(list(go.parent.glob(f"{go.name}.ready-*"))) < len(children):
            if any(c.poll() is not None for c in children) or time.monotonic() > deadline:
                break
            time.sleep(0.01)
        go.touch()
        results = []
        for child in children:
            out, err = child.communicate(timeout=max(1.0, deadline - time.monotonic()))
            results.append(Result(args, child.returncode, out, err))
        return results
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()


@pytest.mark.slow
def test_bookers_at_two_desks_never_both_get_one_slot(
    two_desks: tuple[DeskProcesses, DeskProcesses], icloud: IcloudServer, tmp_path: Path,
) -> None:
    first, second = two_desks
    rounds, per_desk = 4, 2
    for n in range(rounds):
        # Early mornings of the weeks after the seeded one: nothing else is there.
        start = datetime(2026, 12, 7, 6, 0, tzinfo=BERLIN) + timedelta(days=n)
        before = set(icloud.hrefs("Work"))
        results = race([first, second] * per_desk, tmp_path / f"go-{n}",
                       ("book", "--in-the-past", "--start", zulu(start),
                        "--end", zulu(start + timedelta(minutes=30)),
                        "--title", f"Round {n}", "--name", "Ann Lee"))
        winners = [r for r in results if r.returncode == 0]
        assert len(winners) == 1, [(r.returncode, r.stderr) for r in results]
        losers = [r for r in results if r.returncode != 0]
        assert all(r.returncode == 3 and "That time is not free" in r.stderr for r in losers), \
            [(r.returncode, r.stderr) for r in losers]
        assert len(set(icloud.hrefs("Work")) - before) == 1  # one event in iCloud
    # Each desk sees every round's winner, without a sync of its own.
    span = ("--from", zulu(datetime(2026, 12, 7, tzinfo=BERLIN)),
            "--to", zulu(datetime(2026, 12, 7 + rounds, tzinfo=BERLIN)), "--json")
    for desk in (first, second):
        events = json.loads(desk.run("events", *span).stdout)
        assert sorted(e["title"] for e in events if e["source"] == "appointment") == [
            f"Round {n}" for n in range(rounds)]


def test_a_desk_without_the_password_books_from_what_the_other_desk_synced(
    tmp_path: Path, pg_url: str, icloud: IcloudServer,
) -> None:
    first = DeskProcesses(tmp_path / "desk1", database_url=pg_url)
    second = DeskProcesses(tmp_path / "desk2", database_url=pg_url)  # empty keychain
    first.env["JUMPADESK_DESK_NAME"] = "Reception"
    assert first.run("timezone", "Europe/Berlin").returncode == 0
    assert first.run("connect", "--apple-id", icloud.apple_id, "--server", icloud.url,
                     password=icloud.password).returncode == 0
    assert first.run("configure", "--linked", "Work", "--conflict", "Home").returncode == 0
    assert first.run("sync").returncode == 0
    # The second desk sees what the first synced (Thursday's dentist in Home) ...
    span = ("--from", zulu(week_day(0, "00:00")), "--to", zulu(week_day(7, "00:00")), "--json")
    assert json.loads(second.run("busy", *span).stdout) == json.loads(first.run("busy",
                                                                                *span).stdout)
    # It cannot sync the account itself, says whose data it shows and how old it is,
    # and does not mark the shared account as failed for the desk that has the password.
    synced = second.run("sync")
    assert synced.returncode == 4
    assert "demo@icloud.com" in synced.stderr and "keychain" in synced.stderr
    assert ("so this desk does not fetch it from iCloud; it shows what Reception synced "
            "less than a minute ago") in synced.stderr
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT state, last_error FROM connection")).one() == ("ok", "")
    engine.dispose()
    assert first.run("sync").returncode == 0
    # ... and a block made there shows at the first desk at once.
    start = week_day(4, "15:00")
    done = second.run("block", "--start", zulu(start),
                      "--end", zulu(start + timedelta(hours=1)), "--title", "Inventory")
    assert done.returncode == 0, done.stderr
    events = json.loads(first.run("events", *span).stdout)
    assert [e["title"] for e in events if e["source"] == "blocked"] == ["Inventory"]


@pytest.mark.slow
def test_two_desks_syncing_at_once_fetch_from_icloud_once(
    two_desks: tuple[DeskProcesses, DeskProcesses], icloud: IcloudServer, tmp_path: Path,
) -> None:
    first, second = two_desks
    assert first.run("sync").returncode == 0
    week = datetime(2026, 11, 23, tzinfo=BERLIN)
    for n in range(2):
        start = week + timedelta(days=n, hours=19)
        icloud.add_event("Home", f"Phone change {n}", start, start + timedelta(minutes=40))
        icloud.reset_requests()
        results = race([first, second], tmp_path / f"go-sync-{n}", ("sync", "--json"))
        for r in results:
            assert r.returncode == 0, r.stderr
            assert json.loads(r.stdout)["ok"] is True
        raced = [(r.method, r.path) for r in icloud.requests]
        # The same kind of change, fetched by one desk alone.
        start = week + timedelta(days=n, hours=21)
        icloud.add_event("Home", f"Phone again {n}", start, start + timedelta(minutes=40))
        icloud.reset_requests()
        assert first.run("sync").returncode == 0
        single = [(r.method, r.path) for r in icloud.requests]
        # The change was fetched once for both desks: a desk that waited for the other's
        # pass reused it; one that came after it at most asks "anything new?" once.
        assert [r for r in raced if r[0] == "REPORT"] == [r for r in single if r[0] == "REPORT"]
        assert len(single) <= len(raced) <= len(single) + 1, (raced, single)


def test_a_desk_killed_mid_booking_and_mid_sync_leaves_the_shared_store_consistent(
    two_desks: tuple[DeskProcesses, DeskProcesses], icloud: IcloudServer, tmp_path: Path,
    pg_url: str,
) -> None:
    first, second = two_desks
    week = datetime(2026, 11, 23, tzinfo=BERLIN)
    for n, delay in enumerate((0.8, 1.6, 2.4)):
        start = week + timedelta(days=n, hours=20)
        icloud.add_event("Home", f"Phone change {n}", start, start + timedelta(minutes=40))
        slot = datetime(2026, 12, 21, 6, 0, tzinfo=BERLIN) + timedelta(days=n)
        children = [
            subprocess.Popen([sys.executable, "-m", "jumpadesk", *args], env=first.env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             stdin=subprocess.DEVNULL, cwd=ROOT)
            for args in (("sync",), ("book", "--in-the-past", "--start", zulu(slot), "--end",
                                     zulu(slot + timedelta(minutes=30)), "--title",
                                     f"Killed {n}"))
        ]
        time.sleep(delay)
        for child in children:
            child.send_signal(signal.SIGKILL)
            child.wait()
        # The other desk goes on at once: no lock left behind, nothing half written.
        synced = second.run("sync", "--json", timeout=60)
        assert synced.returncode == 0, synced.stderr
        later = slot + timedelta(hours=2)
        booked = second.run("book", "--in-the-past", "--start", zulu(later), "--end",
                            zulu(later + timedelta(minutes=30)), "--title", f"After {n}",
                            timeout=60)
        assert booked.returncode == 0, booked.stderr

    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text(
            "SELECT calendar_id, href FROM calendar_object GROUP BY calendar_id, href "
            "HAVING COUNT(*) > 1")).all() == []
        assert conn.execute(text(
            "SELECT object_id, start_ts, kind FROM occurrence GROUP BY object_id, start_ts, "
            "kind HAVING COUNT(*) > 1")).all() == []
        written = conn.execute(text(
            "SELECT uid FROM appointment WHERE status = 'written'")).scalars().all()
    engine.dispose()
    in_icloud = {icloud.get_event("Work", uid) is not None for uid in written}
    assert in_icloud <= {True}
    # Every phone change reached the shared store, whoever was killed meanwhile.
    span = ("--from", zulu(week), "--to", zulu(week + timedelta(days=7)), "--json")
    titles = {e["title"] for e in json.loads(second.run("events", *span).stdout)}
    assert {f"Phone change {n}" for n in range(3)} <= titles


def test_a_repeating_block_at_another_desk_repaints_every_week_it_shows_in(
    jumpadesk_home: Path, tmp_path: Path, changes: queue.Queue, store_kind: str,
) -> None:
    desk = Desk()
    main = desk.sub_account("Main")
    other = DeskProcesses(tmp_path / "other", database_url=database_url())
    if store_kind == "sqlite":
        other.home = jumpadesk_home
        other.env["JUMPADESK_HOME"] = str(jumpadesk_home)
    start = datetime(2026, 11, 25, 12, tzinfo=UTC)
    later = int((start + timedelta(weeks=20)).timestamp())  # a week months on
    with StoreWatcher(desk.engine, on_change=changes.put, poll_seconds=0.25):
        time.sleep(0.5)  # listening before the other desk writes
        made = other.run("block", "--start", zulu(start), "--end",
                         zulu(start + timedelta(hours=1)), "--title", "Lunch",
                         "--repeat", "daily")
        assert made.returncode == 0, made.stderr
        wait_for(changes, lambda c: c.touches(main.id, later, later + 3600), LIVE_WITHIN)
        day = (start + timedelta(weeks=20)).date()
        out = other.run("unblock", made.stdout.strip(), "--only", str(day))
        assert out.returncode == 0, out.stderr
        change = wait_for(changes, lambda c: c.touches(main.id, later, later + 3600),
                          LIVE_WITHIN)
        assert isinstance(change, StoreChange)
        if store_kind == "postgresql":  # the span named reaches past that week
            assert not change.everything
            assert not change.touches(main.id, later - 86400 * 365, later - 86400 * 364)
    assert desk.schedule("Main", start + timedelta(weeks=20), start + timedelta(weeks=20,
                                                                               hours=1)) == []
