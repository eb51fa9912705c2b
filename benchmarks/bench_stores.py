"""Booking on a shared store: latency and throughput with 1, 4 and 16 concurrent bookers
on SQLite and on PostgreSQL, and the time from a booking at one desk to another desk
hearing of it (StoreWatcher: LISTEN/NOTIFY on PostgreSQL, data_version on SQLite).

    .venv/bin/python benchmarks/bench_stores.py [--per-booker 15] [--bookers 1,4,16]

Each booker is a real process with its own engine (as a desk or a command line is),
released together. A booking here is the database's part of one: the booking
transaction (lock, conflict check over appointments, blocked slots and calendars,
insert) through Desk.block, so the figures do not include iCloud's answer. Half of the
bookings contend for the same slots (one wins, the others are refused), half are free
slots of their own. PostgreSQL runs from the system's binaries on 127.0.0.1 (tests/pg.py),
with fsync on, as a real server would.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DAY0 = datetime(2027, 3, 1, 6, tzinfo=UTC)


def _booker(url: str, index: int, per_booker: int, ready, go, out) -> None:  # type: ignore[no-untyped-def]
    from jumpadesk.errors import SlotTaken
    from jumpadesk.models import make_engine
    from jumpadesk.service import Desk

    desk = Desk(engine=make_engine(url))
    desk.sub_account("Main")
    desk.schedule("Main", DAY0, DAY0 + timedelta(days=1))  # connected and warm
    ready.put(index)
    go.wait()
    latencies, won, refused = [], 0, 0
    for k in range(per_booker):
        if k % 2 == 0:  # contended: every booker wants this slot
            start = DAY0 + timedelta(days=k)
        else:  # a slot of its own
            start = DAY0 + timedelta(days=k, hours=2 + index)
        began = time.perf_counter()
        try:
            desk.block("Main", start, start + timedelta(minutes=30), f"b{index}-{k}")
            won += 1
        except SlotTaken:
            refused += 1
        latencies.append(time.perf_counter() - began)
    desk.engine.dispose()
    out.put((latencies, won, refused))


def run_bookers(url: str, bookers: int, per_booker: int) -> dict:
    ctx = mp.get_context("spawn")
    go = ctx.Event()
    ready = ctx.Queue()
    out = ctx.Queue()
    procs = [ctx.Process(target=_booker, args=(url, i, per_booker, ready, go, out))
             for i in range(bookers)]
    for p in procs:
        p.start()
    for _ in procs:  # every booker imported, connected and waiting
        ready.get(timeout=300)
    began = time.perf_counter()
    go.set()
    results = [out.get(timeout=600) for _ in procs]
    wall = time.perf_counter() - began
    for p in procs:
        p.join()
    latencies = sorted(x for r in results for x in r[0])
    won = sum(r[1] for r in results)
    contended = (per_booker + 1) // 2
    return {
        "median_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[int(0.95 * (len(latencies) - 1))] * 1000,
        "per_second": len(latencies) / wall,
        "won": won,
        "expected_won": contended + (per_booker // 2) * bookers,
    }


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-booker", type=int, default=15)
    parser.add_argument("--bookers", default="1,4,16")
    parser.add_argument("--live-rounds", type=int, default=10)
    args = parser.parse_args()
    counts = [int(x) for x in args.bookers.split(",")]

    from tests.pg import PostgresServer

    server = PostgresServer()
    server.start()
    server.admin("ALTER SYSTEM SET fsync = on")
    server.admin("ALTER SYSTEM SET synchronous_commit = on")
    server.admin("SELECT pg_reload_conf()")
    folder = Path(tempfile.mkdtemp(prefix="jumpadesk-bench-"))
    try:
        print(f"{os.cpu_count()} cores; {args.per_booker} bookings per booker, half of them "
              "on slots every booker wants")
        print(f"{'store':<11}{'bookers':>8}{'median ms':>11}{'p95 ms':>9}{'bookings/s':>12}"
              f"{'won/expected':>14}")
        for kind in ("sqlite", "postgresql"):
            for n in counts:
                if kind == "sqlite":
                    url = f"sqlite:///{folder / f'bench-{n}.db'}"
                else:
                    server.admin(f"CREATE DATABASE bench_{n}")
                    url = server.url(f"bench_{n}")
                from jumpadesk.models import make_engine

                make_engine(url).dispose()
                r = run_bookers(url, n, args.per_booker)
                print(f"{kind:<11}{n:>8}{r['median_ms']:>11.1f}{r['p95_ms']:>9.1f}"
                      f"{r['per_second']:>12.1f}{r['won']:>8}/{r['expected_won']}")
                assert r["won"] == r["expected_won"], "a slot was booked twice or lost"
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
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
