"""Booking on a shared store: the database's part of a booking with 1, 16 and 50 bookers
spread over 1, 16 and 50 sub-accounts, under one lock for the whole store (before) and
under the locks of what each booking reads (after), side by side in one run; SQLite for
comparison; and the time from a booking at one desk to another desk hearing of it
(StoreWatcher: LISTEN/NOTIFY on PostgreSQL, data_version on SQLite).

    .venv/bin/python benchmarks/bench_stores.py [--per-booker 12] [--bookers 1,16,50]
                        [--subs 1,16,50] [--rtt-ms 0,5] [--live-rounds 10] [--no-sqlite]

A salon chain's store: each sub-account (a staff member) has its own linked calendar and
a personal conflict calendar, and every one of them counts the chain's shared "Closed
days" calendar as a conflict calendar (a few hundred events across them). Each booker is
a real process with its own engine (as a desk or a command line is); booker i books for
sub-account i mod S. A booking here is `reserve_appointment` with a BookingWriter, what
`jumpadesk book` does before it asks iCloud: the booking transaction (locks, the conflict
check over events, appointments and blocked slots, the insert), so the figures do not
include iCloud's answer. Half of each booker's bookings want one slot that every booker
of its sub-account wants (one wins, the others are refused), half a slot of its own;
every run checks that each slot was won exactly once. "waited" is the share of bookings
that found one of their locks held, "wait" the time they spent waiting for locks
(models/locks.py logs each such wait): the rest of a booking's time is work, and waiting
for a processor when the bookers outnumber the cores; "cpu" is a booker's own processor
time per booking (about 6 ms alone; more when many share the cores: caches go cold).

Before: JUMPADESK_ONE_BOOKING_LOCK=1 in the bookers, one lock for the whole store, as
every booking took before. Each row runs one, finer, finer, one on fresh stores, so load
that drifts favours neither. rtt 0: the bookers on this computer, as the issue measured
(they share its cores, which desks on their own computers do not). rtt 5: every byte to
and from the store delayed 2.5 ms each way by a proxy (LatencyProxy), as for desks in
salons across a city and the store on a server: time in the network holds a lock without
using a processor. PostgreSQL runs from the system's binaries on 127.0.0.1
(tests/pg.py), with fsync on, as a real server would. The bookers are started once and
reused for every row.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
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
        latencies, lock_waits, waited, won, cpu = [], [], 0, 0, 0.0
        for k in range(per_booker):
            if k % 2 == 0:  # contended: every booker of this sub-account wants it
                start, length = DAY0 + timedelta(days=k), timedelta(minutes=30)
            else:  # a slot of its own, after the contended one
                start = DAY0 + timedelta(days=k, hours=1, minutes=15 * (index // subs))
                length = timedelta(minutes=15)
            before, before_ms = waits.count, waits.ms
            began, began_cpu = time.perf_counter(), time.process_time()
            try:
                with BookingWriter(store.engine) as writer:
                    reserve_appointment(store, sub, start, start + length, f"b{index}-{k}",
                                        guest, writer=writer)
                won += 1
            except SlotTaken:
                pass
            latencies.append(time.perf_counter() - began)
            cpu += time.process_time() - began_cpu
            lock_waits.append((waits.ms - before_ms) / 1000)
            waited += waits.count > before
        store.engine.dispose()
        out.put((latencies, waited, won, lock_waits, cpu))


@dataclass
class Run:
    """What the bookers of one run measured (seconds), and whether every slot was won
    exactly as often as it should be."""

    latencies: list[float]
    lock_waits: list[float]
    cpu: float  # the bookers' own processor time
    waited: int
    wall: float
    won: int
    expected_won: int


@dataclass
class Row:
    median_ms: float
    p95_ms: float
    waited: float  # share of bookings
    wait_median_ms: float  # time spent waiting for locks, over every booking
    wait_p95_ms: float
    per_second: float
    cpu_ms: float  # a booker's processor time per booking, on average

    @classmethod
    def of(cls, runs: list[Run]) -> Row:
        """The runs of one kind taken together."""
        latencies = sorted(x for r in runs for x in r.latencies)
        waits = sorted(x for r in runs for x in r.lock_waits)

        def p95(xs: list[float]) -> float:
            return xs[int(0.95 * (len(xs) - 1))]

        return cls(
            median_ms=statistics.median(latencies) * 1000, p95_ms=p95(latencies) * 1000,
            waited=sum(r.waited for r in runs) / len(latencies),
            wait_median_ms=statistics.median(waits) * 1000, wait_p95_ms=p95(waits) * 1000,
            per_second=len(latencies) / sum(r.wall for r in runs),
            cpu_ms=sum(r.cpu for r in runs) / len(latencies) * 1000,
        )


class Bookers:
    """`count` booker processes, started once; `run` hands the first n a row's work."""

    def __init__(self, count: int) -> None:
        ctx = mp.get_context("spawn")
        self.ctx = ctx
        self.ready = ctx.Queue()
        self.out = ctx.Queue()
        self.go = ctx.Value("i", 0)  # the run the bookers may start
        self.tasks = [ctx.Queue() for _ in range(count)]
        self.procs = [ctx.Process(target=_booker,
                                  args=(i, self.tasks[i], self.ready, self.go, self.out))
                      for i in range(count)]
        for p in self.procs:
            p.start()

    def run(self, url: str, bookers: int, subs: int, per_booker: int, one_lock: bool) -> Run:
        run = self.go.value + 1
        for i in range(bookers):
            self.tasks[i].put((url, subs, per_booker, one_lock, run))
        for _ in range(bookers):  # every booker connected and waiting
            self.ready.get(timeout=600)
        began = time.perf_counter()
        self.go.value = run
        results = [self.out.get(timeout=1800) for _ in range(bookers)]
        wall = time.perf_counter() - began
        per_sub = [len(range(s, bookers, subs)) for s in range(subs)]
        contended, own = (per_booker + 1) // 2, per_booker // 2
        done = Run([x for r in results for x in r[0]], [x for r in results for x in r[3]],
                   sum(r[4] for r in results), sum(r[1] for r in results), wall,
                   sum(r[2] for r in results),
                   sum(contended + own * n for n in per_sub if n))
        assert done.won == done.expected_won, "a slot was booked twice or lost"
        return done

    def close(self) -> None:
        for q in self.tasks:
            q.put(None)
        for p in self.procs:
            p.join(timeout=30)


class LatencyProxy:
    """A TCP proxy on 127.0.0.1 in front of the PostgreSQL server that delays every byte
    by `one_way` seconds in each direction: the bookers are then as far from the store as
    desks on other computers are, and waiting on the network costs no processor, as it
    costs none there. Runs in a thread of its own."""

    def __init__(self, target_port: int, one_way: float) -> None:
        self.target_port = target_port
        self.one_way = one_way
        self.port = 0
        self._loop = asyncio.new_event_loop()
        started = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(started,), daemon=True)
        self._thread.start()
        started.wait(10)

    def _serve(self, started: threading.Event) -> None:
        asyncio.set_event_loop(self._loop)

        async def listen() -> None:
            server = await asyncio.start_server(self._client, "127.0.0.1", 0)
            self.port = server.sockets[0].getsockname()[1]
            started.set()

        self._loop.run_until_complete(listen())
        self._loop.run_forever()
        tasks = asyncio.all_tasks(self._loop)  # connections still open: closed here
        for task in tasks:
            task.cancel()
        self._loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
        self._loop.close()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
            await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer),
                                 return_exceptions=True)
        except asyncio.CancelledError:  # the proxy stops with connections open: they end
            writer.close()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        queue: asyncio.Queue = asyncio.Queue()

        async def deliver() -> None:
            while (item := await queue.get()) is not None:
                due, data = item
                await asyncio.sleep(max(0.0, due - self._loop.time()))
                writer.write(data)
                await writer.drain()
            writer.close()

        sender = asyncio.ensure_future(deliver())
        try:
            while data := await reader.read(65536):
                queue.put_nowait((self._loop.time() + self.one_way, data))
        finally:
            queue.put_nowait(None)
            await sender

    def url(self, url: str, server_port: int) -> str:
        return url.replace(f"@127.0.0.1:{server_port}/", f"@127.0.0.1:{self.port}/")

    def close(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)


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


def _line(store: str, rtt: float, bookers: int, subs: int, locks: str, r: Row) -> str:
    # SQLite's one writer waits inside BEGIN IMMEDIATE, where no one can count it.
    if store == "sqlite":
        waited = f"{'-':>8}{'-':>13}"
    else:
        waited = f"{r.waited:>8.0%}{r.wait_median_ms:>7.0f}/{r.wait_p95_ms:<5.0f}"
    return (f"{store:<11}{rtt:>4g}{bookers:>8}{subs:>6}  {locks:<7}{r.median_ms:>8.1f}"
            f"{r.p95_ms:>8.1f}{waited}{r.per_second:>10.1f}{r.cpu_ms:>6.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-booker", type=int, default=12)
    parser.add_argument("--bookers", default="1,16,50")
    parser.add_argument("--subs", default="1,16,50")
    parser.add_argument("--rtt-ms", default="0,5",
                        help="round trips between bookers and the store to measure, in ms")
    parser.add_argument("--live-rounds", type=int, default=10)
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    counts = [int(x) for x in args.bookers.split(",")]
    spreads = [int(x) for x in args.subs.split(",")]
    rtts = [float(x) for x in args.rtt_ms.split(",")]
    rows = [(n, s) for n in counts for s in spreads if s <= n]

    from tests.pg import PostgresServer

    server = PostgresServer()
    server.start()
    server.admin("ALTER SYSTEM SET fsync = on")
    server.admin("ALTER SYSTEM SET synchronous_commit = on")
    server.admin("SELECT pg_reload_conf()")
    folder = Path(tempfile.mkdtemp(prefix="jumpadesk-bench-"))
    bookers = Bookers(max(counts))
    names = itertools.count()
    ratios = []

    def fresh_store(subs: int, proxy: LatencyProxy | None) -> str:
        name = f"bench_{next(names)}"
        server.admin(f"CREATE DATABASE {name}")
        prepare(server.url(name), subs)
        return proxy.url(server.url(name), server.port) if proxy else server.url(name)

    try:
        print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start; "
              f"{args.per_booker} bookings per booker, half of them on a slot every booker of "
              "its sub-account wants; rtt: the round trip to the store; times in ms")
        # Every booker books on a store of its own first: what is measured is warm.
        bookers.run(fresh_store(max(counts), None), max(counts), max(counts), 2, False)
        print(f"{'store':<11}{'rtt':>4}{'bookers':>8}{'subs':>6}  {'locks':<7}{'median':>8}"
              f"{'p95':>8}{'waited':>8}{'wait p50/p95':>13}{'bookings/s':>11}{'cpu':>5}")
        for rtt in rtts:
            proxy = LatencyProxy(server.port, rtt / 2000) if rtt else None
            for n, subs in rows:
                # One, finer, finer, one: a machine whose load drifts favours neither.
                runs: dict[str, list[Run]] = {"one": [], "finer": []}
                for locks in ("one", "finer", "finer", "one"):
                    runs[locks].append(bookers.run(fresh_store(subs, proxy), n, subs,
                                                   args.per_booker, one_lock=locks == "one"))
                before, after = Row.of(runs["one"]), Row.of(runs["finer"])
                print(_line("postgresql", rtt, n, subs, "one", before), flush=True)
                print(_line("postgresql", rtt, n, subs, "finer", after), flush=True)
                ratios.append((rtt, n, subs, before, after))
                if rtt == 0 and not args.no_sqlite:
                    url = f"sqlite:///{folder / f'bench-{n}-{subs}.db'}"
                    prepare(url, subs)
                    r = Row.of([bookers.run(url, n, subs, args.per_booker, one_lock=False)])
                    print(_line("sqlite", rtt, n, subs, "one", r), flush=True)
            if proxy:
                proxy.close()
        print(f"load average {os.getloadavg()[0]:.1f} at the end")
        print("\nPostgreSQL, one lock / finer locks (the database's part of a booking):")
        print(f"{'rtt':>4}{'bookers':>8}{'subs':>6}{'median':>9}{'p95':>8}{'bookings/s':>12}"
              "   waited before -> after")
        for rtt, n, subs, before, after in ratios:
            print(f"{rtt:>4g}{n:>8}{subs:>6}{before.median_ms / after.median_ms:>8.1f}x"
                  f"{before.p95_ms / after.p95_ms:>7.1f}x"
                  f"{after.per_second / before.per_second:>11.1f}x"
                  f"   {before.waited:>6.0%} -> {after.waited:.0%}")
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
