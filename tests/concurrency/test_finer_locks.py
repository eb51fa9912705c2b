"""Bookers on a shared PostgreSQL store wait only for bookers they could collide with
(models/locks.py), as real `jumpadesk` processes against the iCloud-like server.

A booker held open inside its booking transaction (tests/concurrency/hold_booking.py)
shows who waits for it, without timing anything: a booker of other staff finishes while
it is held; one that could collide shows up in PostgreSQL's pg_locks waiting for a
booking lock, and gets the answer the rules give once the held one commits. A change
of the calendars waits for the bookings under way, and bookings after it decide on the
new calendars. Races released together, round after round, still have one winner.

Two staff members, Anna and Ben, share one iCloud account (Work and Home are writable;
Family is shared with them read-only), each with their own linked and conflict
calendars.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from jumpadesk.models import make_engine
from jumpadesk.models.locks import BOOKING_LOCK_KEY, CALENDAR_LOCK_KEY, SUB_ACCOUNT_LOCK_KEY
from jumpadesk.secrets import SERVICE
from jumpadesk.service import Desk
from tests.concurrency.procs import ROOT, DeskProcesses, Result
from tests.conftest import MemoryKeyring
from tests.helpers.shop_processes import BERLIN, z
from tests.icloud_server import IcloudServer

WITHIN = 120  # seconds: only a deadline for something that must happen, never a measure
HOUR = timedelta(hours=1)


@dataclass
class Shop:
    desk: Desk  # this test's own view of the store
    procs: DeskProcesses
    engine: Engine  # a plain connection, for pg_locks
    folder: Path
    subs: dict[int, str]  # id -> "Anna", "Ben"
    calendars: dict[int, str]  # id -> "Work", "Home", "Family", ...

    def configure(self, sub: str, linked: str, conflicts: tuple[str, ...]) -> None:
        self.desk.configure(sub, linked, list(conflicts))
        assert self.desk.sync(sub).ok

    def waiting_for(self) -> list[str]:
        """The booking locks some process is waiting for right now, by name."""
        with self.engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT classid::bigint, objid::bigint, objsubid FROM pg_locks "
                "WHERE locktype = 'advisory' AND NOT granted AND database = "
                "(SELECT oid FROM pg_database WHERE datname = current_database())")).all()
        out = []
        for high, low, two_keys in rows:
            if two_keys == 2 and high == SUB_ACCOUNT_LOCK_KEY:
                out.append(f"sub-account {self.subs.get(low, low)}")
            elif two_keys == 2 and high == CALENDAR_LOCK_KEY:
                out.append(f"calendar {self.calendars.get(low, low)}")
            elif two_keys == 1 and (high << 32) + low == BOOKING_LOCK_KEY:
                out.append("configuration")
            else:
                out.append(f"other {high}/{low}/{two_keys}")
        return sorted(out)

    def events(self, sub: str, start: datetime, end: datetime) -> list[tuple[str, str]]:
        """(title, calendar) of what blocks `sub` in [start, end)."""
        return [(i.title, i.calendar) for i in self.desk.schedule(sub, start, end) if i.busy]


class Child:
    """One `jumpadesk` command as a process, optionally held inside its booking
    transaction ("decided" or "locked", tests/concurrency/hold_booking.py)."""

    def __init__(self, shop: Shop, name: str, args: tuple[str, ...],
                 hold: str | None = None) -> None:
        self.mark = shop.folder / name  # children given one name are let go together
        self.args = args
        module = (["-m", "tests.concurrency.hold_booking", str(self.mark), hold] if hold
                  else ["-m", "jumpadesk"])
        self.process = subprocess.Popen(
            [sys.executable, *module, *args], env=shop.procs.env, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL, cwd=ROOT)

    @property
    def held(self) -> bool:
        return Path(f"{self.mark}.held-{self.process.pid}").exists()

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def go(self) -> None:
        Path(f"{self.mark}.go").touch()

    def result(self) -> Result:
        out, err = self.process.communicate(timeout=WITHIN)
        return Result(self.args, self.process.returncode, out, err)

    def kill(self) -> None:
        if self.running:
            self.process.kill()
            self.process.wait()


def all_held(children: list[Child]) -> bool:
    return all(c.held for c in children)


def until(what: str, condition, *alive: Child,  # type: ignore[no-untyped-def]
          shop: Shop | None = None) -> None:
    """Wait until `condition()` holds; fail at once when one of `alive` has ended."""
    deadline = time.monotonic() + WITHIN
    while not condition():
        for child in alive:
            if not child.running:
                done = child.result()
                raise AssertionError(f"{what}: {done.args} ended first ({done.returncode}): "
                                     f"{done.stderr}")
        if time.monotonic() > deadline:
            waits = shop.waiting_for() if shop else "?"
            raise AssertionError(f"{what}: not within {WITHIN} s (waiting: {waits})")
        time.sleep(0.02)


def book(sub: str, start: datetime, title: str, end: datetime | None = None) -> tuple[str, ...]:
    # --in-the-past: the days are fixed, and a run after them must still book them.
    return ("book", "--in-the-past", "--sub-account", sub, "--start", z(start),
            "--end", z(end or start + HOUR), "--title", title)


@pytest.fixture
def shop(pg_url: str, icloud: IcloudServer, tmp_path: Path, keyring_backend: MemoryKeyring,
         monkeypatch: pytest.MonkeyPatch) -> Iterator[Shop]:
    """Anna and Ben on one PostgreSQL store and one iCloud account, synced. Each test
    chooses their calendars."""
    monkeypatch.setenv("JUMPADESK_HOME", str(tmp_path / "this-desk"))
    desk = Desk(engine=make_engine(pg_url))
    procs = DeskProcesses(tmp_path / "desk", database_url=pg_url)
    for name in ("Anna", "Ben"):
        desk.add_sub_account(name, "Europe/Berlin")
        desk.connect(name, icloud.apple_id, icloud.password, icloud.url)
    # The children's keychain holds the same app-specific password.
    (procs.keychain / "keychain.json").write_text(json.dumps({
        f"{service}\n{user}": password
        for (service, user), password in keyring_backend.passwords.items()
        if service == SERVICE}))
    subs = {s.id: s.name for s in desk.sub_accounts()}
    calendars = {c.id: c.name for c in desk.calendars("Anna")}
    engine = create_engine(pg_url)
    try:
        yield Shop(desk, procs, engine, tmp_path, subs, calendars)  # type: ignore[arg-type]
    finally:
        engine.dispose()
        desk.engine.dispose()


@pytest.mark.slow
def test_bookers_of_staff_without_a_calendar_one_writes_and_the_other_reads_never_wait(
    shop: Shop,
) -> None:
    # No calendar in common but Family, which both only read (it blocks both).
    shop.configure("Anna", "Work", ("Family",))
    shop.configure("Ben", "Home", ("Family",))
    day = datetime(2026, 12, 7, 6, 0, tzinfo=BERLIN)
    anna = Child(shop, "anna", book("Anna", day, "Anna held"), hold="decided")
    ben = third = None
    try:
        until("Anna's booking is held open", lambda: anna.held, anna)

        # Ben books the very same hour while Anna's booking is open: he never waits.
        ben = Child(shop, "ben", book("Ben", day, "Ben meanwhile"))
        waited: list[str] = []

        def ben_done() -> bool:
            waited.extend(shop.waiting_for())
            return not ben.running or bool(waited)

        until("Ben's booking finishes", ben_done, anna)
        assert waited == [], f"Ben's booking waited for {waited}"
        done = ben.result()
        assert done.returncode == 0, done.stderr
        assert anna.running and anna.held

        # A second booking for Anna, at another time, waits for her first one.
        third = Child(shop, "third", book("Anna", day + 2 * HOUR, "Anna later"))
        until("Anna's second booking waits", lambda: shop.waiting_for() == [
            "sub-account Anna"], anna, third, shop=shop)
        assert anna.running
        anna.go()
        for child in (anna, third):
            done = child.result()
            assert done.returncode == 0, done.stderr
    finally:
        for child in (anna, ben, third):
            if child is not None:
                child.kill()
    assert shop.events("Anna", day, day + 3 * HOUR) == [
        ("Anna held", "Work"), ("Anna later", "Work")]
    assert shop.events("Ben", day, day + 3 * HOUR) == [("Ben meanwhile", "Home")]


def refused_by(done: Result, title: str, calendar: str) -> bool:
    """The command was refused with the usual sentence, naming what took the time."""
    return (done.returncode == 3 and done.stderr.startswith("jumpadesk: That time is not free")
            and f"{title} ({calendar}" in done.stderr)


@pytest.mark.slow
def test_a_booking_that_reads_the_calendar_another_writes_to_waits_and_gets_the_rules_answer(
    shop: Shop,
) -> None:
    # Anna books into Work; Ben's conflict calendars include Work. Anna does not read
    # Home, where Ben books.
    shop.configure("Anna", "Work", ("Family",))
    shop.configure("Ben", "Home", ("Work", "Family"))
    first = datetime(2026, 12, 8, 6, 0, tzinfo=BERLIN)
    second = first + 3 * HOUR
    children: list[Child] = []
    try:
        # Anna's booking under way: Ben waits for it, then her booking blocks his.
        anna = Child(shop, "anna", book("Anna", first, "Balayage"), hold="decided")
        children.append(anna)
        until("Anna's booking is held open", lambda: anna.held, anna)
        ben = Child(shop, "ben", book("Ben", first + timedelta(minutes=30), "Perm"))
        children.append(ben)
        until("Ben waits for Anna", lambda: shop.waiting_for() == ["calendar Work"],
              anna, ben, shop=shop)
        anna.go()
        assert anna.result().returncode == 0
        done = ben.result()
        assert refused_by(done, "Balayage", "Work"), done.stderr

        # Ben's booking under way: Anna waits for it too (his decision read Work, where
        # hers goes), and is booked: the rules do not make his booking block her.
        ben = Child(shop, "ben-2", book("Ben", second, "Colour"), hold="decided")
        children.append(ben)
        until("Ben's booking is held open", lambda: ben.held, ben)
        anna = Child(shop, "anna-2", book("Anna", second, "Cut"))
        children.append(anna)
        until("Anna waits for Ben", lambda: shop.waiting_for() == ["calendar Work"],
              anna, ben, shop=shop)
        ben.go()
        for child in (ben, anna):
            done = child.result()
            assert done.returncode == 0, done.stderr
    finally:
        for child in children:
            child.kill()
    assert shop.events("Anna", first, first + 4 * HOUR) == [
        ("Balayage", "Work"), ("Cut", "Work")]
    assert shop.events("Ben", first, first + 4 * HOUR) == [
        ("Balayage", "Work"), ("Colour", "Home"), ("Cut", "Work")]


@pytest.mark.slow
def test_a_move_and_a_blocked_slot_wait_for_a_booking_they_could_collide_with(
    shop: Shop,
) -> None:
    # Each reads the other's linked calendar.
    shop.configure("Anna", "Work", ("Home",))
    shop.configure("Ben", "Home", ("Work",))
    day = datetime(2026, 12, 9, 6, 0, tzinfo=BERLIN)
    appt = shop.desk.book("Anna", day - HOUR, day, "Trim", sync_first=False)
    children: list[Child] = []
    try:
        ben = Child(shop, "ben", book("Ben", day, "Colour"), hold="decided")
        children.append(ben)
        until("Ben's booking is held open", lambda: ben.held, ben)
        move = Child(shop, "move", ("move", "--sub-account", "Anna", str(appt.id),
                                    "--start", z(day), "--end", z(day + HOUR)))
        children.append(move)
        until("Anna's move waits for Ben", lambda: len(shop.waiting_for()) == 1,
              ben, move, shop=shop)
        assert shop.waiting_for()[0].startswith("calendar ")
        ben.go()
        assert ben.result().returncode == 0
        done = move.result()
        assert refused_by(done, "Colour", "Home"), done.stderr

        ben = Child(shop, "ben-2", book("Ben", day + 2 * HOUR, "Perm"), hold="decided")
        children.append(ben)
        until("Ben's second booking is held open", lambda: ben.held, ben)
        block = Child(shop, "block", ("block", "--sub-account", "Anna",
                                      "--start", z(day + 2 * HOUR),
                                      "--end", z(day + 3 * HOUR), "--title", "Lunch"))
        children.append(block)
        until("Anna's blocked slot waits for Ben", lambda: len(shop.waiting_for()) == 1,
              ben, block, shop=shop)
        ben.go()
        assert ben.result().returncode == 0
        done = block.result()
        assert refused_by(done, "Perm", "Home"), done.stderr
    finally:
        for child in children:
            child.kill()
    assert shop.events("Anna", day - HOUR, day + 3 * HOUR) == [
        ("Trim", "Work"), ("Colour", "Home"), ("Perm", "Home")]


@pytest.mark.slow
def test_a_change_of_calendars_waits_for_the_bookings_under_way_and_later_ones_use_it(
    shop: Shop,
) -> None:
    shop.configure("Anna", "Work", ("Family",))
    shop.configure("Ben", "Home", ("Family",))
    day = datetime(2026, 12, 10, 6, 0, tzinfo=BERLIN)
    shop.desk.book("Anna", day, day + HOUR, "Cut", sync_first=False)
    children: list[Child] = []
    try:
        # Ben's booking has chosen what to lock: Home and Family, not Work.
        before = Child(shop, "before", book("Ben", day, "Before the change"), hold="locked")
        children.append(before)
        until("Ben's booking holds its locks", lambda: before.held, before)
        # From now on Work blocks Ben: the change waits for his booking under way ...
        change = Child(shop, "change", ("configure", "--sub-account", "Ben", "--linked", "Home",
                                        "--conflict", "Work", "--conflict", "Family"))
        children.append(change)
        until("the change waits", lambda: shop.waiting_for() == ["configuration"],
              before, change, shop=shop)
        # ... and a booking asked for after it waits for the change.
        after = Child(shop, "after", book("Ben", day + timedelta(minutes=30), "After the change"))
        children.append(after)
        until("the next booking waits", lambda: shop.waiting_for() == [
            "configuration", "configuration"], before, change, after, shop=shop)
        before.go()
        # The booking under way decided on the calendars it had locked, before the change.
        done = before.result()
        assert done.returncode == 0, done.stderr
        assert change.result().returncode == 0
        # The next one decided on the new calendars: Anna's cut in Work blocks Ben now.
        done = after.result()
        assert refused_by(done, "Cut", "Work"), done.stderr
    finally:
        for child in children:
            child.kill()
    assert shop.events("Ben", day, day + 2 * HOUR) == [
        ("Before the change", "Home"), ("Cut", "Work")]


ROUNDS = 8


@pytest.mark.slow
def test_of_staff_racing_for_one_slot_through_their_shared_calendars_exactly_one_wins(
    shop: Shop, icloud: IcloudServer,
) -> None:
    # Each one's linked calendar is among the other's conflict calendars.
    shop.configure("Anna", "Work", ("Home",))
    shop.configure("Ben", "Home", ("Work",))
    who = ["Anna", "Ben", "Anna", "Ben"]
    for rnd in range(ROUNDS):
        day = datetime(2026, 12, 14, 6, 0, tzinfo=BERLIN) + timedelta(days=rnd)
        # Even rounds: the very same hour; odd rounds: four hours that all overlap.
        shift = [timedelta(minutes=10 * k * (rnd % 2)) for k in range(4)]
        titles = [f"Round {rnd} {name} {k}" for k, name in enumerate(who)]
        before = {name: set(icloud.hrefs(name)) for name in ("Work", "Home")}
        # Held after their syncs, just before their booking transactions, and let go at
        # once: they reach the locks together.
        bookers = [Child(shop, f"round-{rnd}", book(who[k], day + shift[k], titles[k]),
                         hold="start") for k in range(4)]
        try:
            until("every booker is ready", partial(all_held, bookers), *bookers)
            bookers[0].go()
            results = [b.result() for b in bookers]
        finally:
            for b in bookers:
                b.kill()
        winners = [k for k, r in enumerate(results) if r.returncode == 0]
        assert len(winners) == 1, [(r.returncode, r.stderr) for r in results]
        [won] = winners
        calendar = "Work" if who[won] == "Anna" else "Home"
        for k, done in enumerate(results):
            if k != won:
                assert refused_by(done, titles[won], calendar), done.stderr
        added = sum(len(set(icloud.hrefs(name)) - before[name]) for name in ("Work", "Home"))
        assert added == 1  # one event written to iCloud
        for sub in ("Anna", "Ben"):
            assert [t for t, _ in shop.events(sub, day, day + 2 * HOUR)] == [titles[won]]
