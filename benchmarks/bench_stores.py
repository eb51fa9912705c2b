"""Booking on a shared store: the database's part of a booking with 1, 16 and 50 bookers
spread over 1, 16 and 50 sub-accounts, under one lock for the whole store (before) and
under the locks of what each booking reads (after), side by side in one run; SQLite for
comparison; and the time from a booking at one desk to another desk hearing of it
(StoreWatcher: LISTEN/NOTIFY on PostgreSQL, data_version on SQLite).

    .venv/bin/python benchmarks/bench_stores.py [--per-booker 12] [--bookers 1,16,50]
                                                [--subs 1,16,50] [--live-rounds 10]

A salon chain's store: each sub-account (a staff member) has its own linked calendar and
a personal conflict calendar, and every one of them counts the chain's shared "Closed
days" calendar as a conflict calendar (a few hundred events across the three). Each
booker is a real process with its own engine (as a desk or a command line is); booker i
books for sub-account i mod S. A booking here is `reserve_appointment` with a
BookingWriter, what `jumpadesk book` does before it asks iCloud: the booking transaction
(locks, the conflict check over events, appointments and blocked slots, the insert),
so the figures do not include iCloud's answer. Half of each booker's bookings want one
slot that every booker of its sub-account wants (one wins, the others are refused), half
a slot of its own. "waited" is the share of bookings that found one of their locks held,
"wait" the time they spent waiting for locks (models/locks.py logs each such wait): what
is left of a booking's time is work, and waiting for a processor when the bookers
outnumber the cores. Before: JUMPADESK_ONE_BOOKING_LOCK=1 in the
bookers, one lock for the whole store, as every booking took before. PostgreSQL runs
from the system's binaries on 127.0.0.1 (tests/pg.py), with fsync on, as a real server
would. The bookers are started once and reused for every row.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DAY0 = datetime(2027, 3, 1, 6, tzinfo=UTC)
ONE_LOCK_ENV = "JUMPADESK_ONE_BOOKING_LOCK"  # models.locks.ONE_LOCK_ENV, not imported here


def sub_name(k: int) -> str:
    return f"Chair {k:02d}"


def prepare(url: str, subs: int) -> None:
    """The chain's store: `subs` sub-accounts with their calendars and events."""
    from sqlalchemy import insert
    from sqlmodel import select

    from jumpadesk.kinds import Access, Role
    from jumpadesk.models import (
        Calendar,
        CalendarObject,
        CalendarRole,
        Connection,
        Occurrence,
        SubAccount,
        make_engine,
    )
    from jumpadesk.models.db import session_scope

    engine = make_engine(url)
    span = (int((DAY0 - timedelta(days=30)).timestamp()),
            int((DAY0 + timedelta(days=400)).timestamp()))
    with session_scope(engine) as s:
        conn = Connection(apple_id="chain@example.com", server_url="https://caldav.example")
        s.add(conn)
        s.flush()

        def calendar(name: str, access: str = Access.WRITE) -> Calendar:
            cal = Calendar(connection_id=conn.id, path=f"/chain/{name}/", name=name,  # type: ignore[arg-type]
                           access=access, expanded_from=span[0], expanded_to=span[1])
            s.add(cal)
            s.flush()
            return cal

        def events(cal: Calendar, count: int, hour: int) -> None:
            """Events at night, away from the slots booked: every check reads them and
            none refuses."""
            obj = CalendarObject(calendar_id=cal.id, href=f"{cal.path}bench.ics")  # type: ignore[arg-type]
            s.add(obj)
            s.flush()
            s.execute(insert(Occurrence), [
                {"object_id": obj.id, "calendar_id": cal.id, "uid": f"{cal.id}-{n}",
                 "title": "Busy", "start_ts": int((DAY0 + timedelta(days=n, hours=hour))
                                                 .timestamp()),
                 "end_ts": int((DAY0 + timedelta(days=n, hours=hour + 1)).timestamp())}
                for n in range(count)])

        closed = calendar("Closed days", Access.READ)
        events(closed, 60, -4)
        first = s.exec(select(SubAccount)).one()  # Main, which comes with the store
        for k in range(subs):
            sub = first if k == 0 else SubAccount(name="", timezone="Europe/Berlin")
            sub.name = sub_name(k)
            s.add(sub)
            s.flush()
            linked, home = calendar(f"Chair {k:02d} bookings"), calendar(f"Chair {k:02d} home")
            events(home, 20, -5)
            s.add_all([
                CalendarRole(sub_account_id=sub.id, calendar_id=linked.id, role=Role.LINKED),  # type: ignore[arg-type]
                CalendarRole(sub_account_id=sub.id, calendar_id=home.id, role=Role.CONFLICT),  # type: ignore[arg-type]
                CalendarRole(sub_account_id=sub.id, calendar_id=closed.id, role=Role.CONFLICT),  # type: ignore[arg-type]
            ])
    engine.dispose()


class _Waits(logging.Handler):
    """Counts the lines models/locks.py logs when a lock was found held, and adds up
    the milliseconds they say it waited."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0
        self.ms = 0.0

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("waited"):
            self.count += 1
            self.ms += float(record.args[0])  # type: ignore[index]


def _booker(index: int, tasks, ready, go, out) -> None:  # type: ignore[no-untyped-def]
    """A booker process: one row of the table per task, until told to stop."""
    from jumpadesk.errors import SlotTaken
    from jumpadesk.models import make_engine
    from jumpadesk.models.locks import BookingWriter
    from jumpadesk.services.booking import reserve_appointment
    from jumpadesk.services.contacts import Guest
    from jumpadesk.services.store import Store

    waits = _Waits()
    locks_log = logging.getLogger("jumpadesk.models.locks")
    locks_log.addHandler(waits)
    locks_log.setLevel(logging.DEBUG)
    locks_log.propagate = False
    guest = Guest()
    while True:
        task = tasks.get()
        if task is None:
            return
        url, subs, per_booker, one_lock, run = task
        os.environ[ONE_LOCK_ENV] = "1" if one_lock else "0"
        store = Store.open(make_engine(url))
        sub = sub_name(index % subs)
        with store.session() as s:  # connected and warm
            s.connection()
        ready.put(index)
        while go.value < run:
            time.sleep(0.0005)
        latencies, lock_waits, waited, won = [], [], 0, 0
        for k in range(per_booker):
            if k % 2 == 0:  # contended: every booker of this sub-account wants it
                start, length = DAY0 + timedelta(days=k), timedelta(minutes=30)
            else:  # a slot of its own, after the contended one
                start = DAY0 + timedelta(days=k, hours=1, minutes=15 * (index // subs))
                length = timedelta(minutes=15)
            before, before_ms = waits.count, waits.ms
            began = time.perf_counter()
            try:
                with BookingWriter(store.engine) as writer:
                    reserve_appointment(store, sub, start, start + length, f"b{index}-{k}",
                                        guest, writer=writer)
                won += 1
            except SlotTaken:
                pass
            latencies.append(time.perf_counter() - began)
            lock_waits.append((waits.ms - before_ms) / 1000)
            waited += waits.count > before
        store.engine.dispose()
        out.put((latencies, waited, won, lock_waits))


@dataclass
class Row:
    median_ms: float
    p95_ms: float
    waited: float  # share of bookings
    wait_median_ms: float  # time spent waiting for locks, over every booking
    wait_p95_ms: float
    per_second: float
    won: int
    expected_won: int


class Bookers:
    """`count` booker processes, started once; `run` hands the first n a row's work."""

    def __init__(self, count: int) -> None:
        ctx = mp.get_context("spawn")
        self.ctx = ctx
        self.ready = ctx.Queue()
        self.out = ctx.Queue()
        self.go = ctx.Value("i", 0)  # the row the bookers may start
        self.tasks = [ctx.Queue() for _ in range(count)]
        self.procs = [ctx.Process(target=_booker,
                                  args=(i, self.tasks[i], self.ready, self.go, self.out))
                      for i in range(count)]
        for p in self.procs:
            p.start()

    def run(self, url: str, bookers: int, subs: int, per_booker: int, one_lock: bool) -> Row:
        run = self.go.value + 1
        for i in range(bookers):
            self.tasks[i].put((url, subs, per_booker, one_lock, run))
        for _ in range(bookers):  # every booker connected and waiting
            self.ready.get(timeout=600)
        began = time.perf_counter()
        self.go.value = run
        results = [self.out.get(timeout=1800) for _ in range(bookers)]
        wall = time.perf_counter() - began
        latencies = sorted(x for r in results for x in r[0])
        lock_waits = sorted(x for r in results for x in r[3])
        per_sub = [len(range(s, bookers, subs)) for s in range(subs)]
        contended, own = (per_booker + 1) // 2, per_booker // 2
        return Row(
            median_ms=statistics.median(latencies) * 1000,
            p95_ms=latencies[int(0.95 * (len(latencies) - 1))] * 1000,
            waited=sum(r[1] for r in results) / len(latencies),
            wait_median_ms=statistics.median(lock_waits) * 1000,
            wait_p95_ms=lock_waits[int(0.95 * (len(lock_waits) - 1))] * 1000,
            per_second=len(latencies) / wall,
            won=sum(r[2] for r in results),
            expected_won=sum(contended + own * n for n in per_sub if n),
        )

    def close(self) -> None:
        for q in self.tasks:
            q.put(None)
        for p in self.procs:
            p.join(timeout=30)


def _commit_one(url: str, k: int, stamp) -> None:  # type: ignore[no-untyped-def]
    from jumpadesk.models import make_engine
    from jumpadesk.service import Desk

    desk = Desk(engine=make_engine(url))
    start = DAY0 + timedelta(days=400 + k)
    desk.block("Main", start, start + timedelta(hours=1), f"live {k}")
    stamp.value = time.time()
    desk.engine.dispose()


def live_latency(url: str, rounds: int) -> list[float]:
    """Seconds from another process's commit to this desk's watcher hearing of it."""
    from jumpadesk.models import make_engine
    from jumpadesk.models.watch import StoreWatcher

    engine = make_engine(url)
    heard = threading.Event()
    heard_at = [0.0]

    def on_change(_change) -> None:  # type: ignore[no-untyped-def]
        heard_at[0] = time.time()
        heard.set()

    ctx = mp.get_context("spawn")
    delays = []
    with StoreWatcher(engine, on_change=on_change):
        time.sleep(1)
        for k in range(rounds):
            heard.clear()
            stamp = ctx.Value("d", 0.0)
            p = ctx.Process(target=_commit_one, args=(url, k, stamp))
            p.start()
            p.join()
            if not heard.wait(5):
                raise SystemExit("a change was never heard")
            delays.append(max(0.0, heard_at[0] - stamp.value))
            time.sleep(0.6)  # let SQLite's poll settle between rounds
    engine.dispose()
    return delays


def _line(store: str, bookers: int, subs: int, locks: str, r: Row) -> str:
    # SQLite's one writer waits inside BEGIN IMMEDIATE, where no one can count it.
    if store == "sqlite":
        waited = f"{'-':>8}{'-':>12}"
    else:
        waited = f"{r.waited:>8.0%}{r.wait_median_ms:>6.0f}/{r.wait_p95_ms:<5.0f}"
    return (f"{store:<11}{bookers:>8}{subs:>6}  {locks:<8}{r.median_ms:>8.1f}{r.p95_ms:>8.1f}"
            f"{waited}{r.per_second:>11.1f}{r.won:>8}/{r.expected_won}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-booker", type=int, default=12)
    parser.add_argument("--bookers", default="1,16,50")
    parser.add_argument("--subs", default="1,16,50")
    parser.add_argument("--live-rounds", type=int, default=10)
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    counts = [int(x) for x in args.bookers.split(",")]
    spreads = [int(x) for x in args.subs.split(",")]
    rows = [(n, s) for n in counts for s in spreads if s <= n]

    from tests.pg import PostgresServer

    server = PostgresServer()
    server.start()
    server.admin("ALTER SYSTEM SET fsync = on")
    server.admin("ALTER SYSTEM SET synchronous_commit = on")
    server.admin("SELECT pg_reload_conf()")
    folder = Path(tempfile.mkdtemp(prefix="jumpadesk-bench-"))
    bookers = Bookers(max(counts))
    ratios = []
    try:
        print(f"{os.cpu_count()} cores; {args.per_booker} bookings per booker, half of them "
              "on a slot every booker of its sub-account wants; times in ms")
        print(f"load average {os.getloadavg()[0]:.1f} at the start")
        # Every booker books once on a store of its own first: what is measured is warm.
        warm = "bench_warm"
        server.admin(f"CREATE DATABASE {warm}")
        prepare(server.url(warm), max(counts))
        bookers.run(server.url(warm), max(counts), max(counts), 2, one_lock=False)
        print(f"{'store':<11}{'bookers':>8}{'subs':>6}  {'locks':<8}{'median':>8}{'p95':>8}"
              f"{'waited':>8}{'wait p50/p95':>13}{'bookings/s':>10}{'won/expected':>14}")
        for n, subs in rows:
            measured = {}
            for locks in ("one", "finer"):
                name = f"bench_{n}_{subs}_{locks}"
                server.admin(f"CREATE DATABASE {name}")
                url = server.url(name)
                prepare(url, subs)
                r = bookers.run(url, n, subs, args.per_booker, one_lock=locks == "one")
                measured[locks] = r
                print(_line("postgresql", n, subs, locks, r), flush=True)
                assert r.won == r.expected_won, "a slot was booked twice or lost"
            before, after = measured["one"], measured["finer"]
            ratios.append((n, subs, before.median_ms / after.median_ms,
                           before.p95_ms / after.p95_ms, before.waited, after.waited))
            if not args.no_sqlite:
                url = f"sqlite:///{folder / f'bench-{n}-{subs}.db'}"
                prepare(url, subs)
                r = bookers.run(url, n, subs, args.per_booker, one_lock=False)
                print(_line("sqlite", n, subs, "one", r), flush=True)
                assert r.won == r.expected_won, "a slot was booked twice or lost"
        print(f"load average {os.getloadavg()[0]:.1f} at the end")
        print("\nPostgreSQL, one lock / finer locks (the database's part of a booking):")
        print(f"{'bookers':>8}{'subs':>6}{'median':>9}{'p95':>8}   waited before -> after")
        for n, subs, med, p95, w_before, w_after in ratios:
            print(f"{n:>8}{subs:>6}{med:>8.1f}x{p95:>7.1f}x   {w_before:>6.0%} -> {w_after:.0%}")
        print()
        for kind in ("sqlite", "postgresql"):
            if kind == "sqlite":
                url = f"sqlite:///{folder / 'live.db'}"
            else:
                server.admin("CREATE DATABASE live")
                url = server.url("live")
            from jumpadesk.models import make_engine

            make_engine(url).dispose()
            delays = sorted(live_latency(url, args.live_rounds))
            print(f"{kind}: a booking at one desk heard at another in median "
                  f"{statistics.median(delays) * 1000:.0f} ms, max {delays[-1] * 1000:.0f} ms "
                  f"({len(delays)} rounds)")
    finally:
        bookers.close()
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
