"""What "one booking at a time" costs: booking latency with 1, 4 and 8 bookers at once.

Each booker is a real process on one data folder (SQLite store, or the PostgreSQL URL in
JUMPADESK_DATABASE_URL) against the iCloud-like server on loopback. A booker does what
`jumpadesk book` does (sync first, then the booking transaction, then the PUT to the
linked calendar). Bookers are released together, round after round:

- spread: every booker its own slot, so all of them succeed and queue only on the lock;
- same slot: all of them want one slot; exactly one may win.

Printed per round size: latency of the whole booking (median, p95), time spent waiting
for the booking transaction (median, p95), the share of bookers that had to wait for it
(more than 2 ms), and winners per same-slot round; the ratios are against one booker
alone, run side by side in the same invocation.

Run: .venv/bin/python benchmarks/bench_booking.py [--rounds 5] [--bookers 1,4,8]
It asserts nothing except that no slot is ever won twice.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.concurrency.procs import DeskProcesses  # noqa: E402
from tests.icloud_server import IcloudServer, build_seeded_folder  # noqa: E402

CHILD = r'''
import json, sys, time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

go, start, end, title = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
import jumpadesk.service as service
import jumpadesk.services.booking as booking
from jumpadesk.errors import SlotTaken

real = booking.booking_transaction
waits = []

@contextmanager
def timed(engine):
    asked = time.perf_counter()
    with real(engine) as session:
        waits.append(time.perf_counter() - asked)
        yield session

booking.booking_transaction = timed
hold = booking.hold_schedule

def timed_hold(session, sub_account_id, **kwargs):
    # On PostgreSQL the locks of what the booking reads are taken here.
    asked = time.perf_counter()
    hold(session, sub_account_id, **kwargs)
    waits[-1] += time.perf_counter() - asked

booking.hold_schedule = timed_hold
desk = service.Desk()
desk.sub_account("Main")
Path(f"{go}.ready-{__import__('os').getpid()}").touch()
while not go.exists():
    time.sleep(0.002)
began = time.perf_counter()
try:
    desk.book("Main", datetime.fromisoformat(start), datetime.fromisoformat(end), title)
    ok = True
except SlotTaken:
    ok = False
print(json.dumps({"ok": ok, "latency": time.perf_counter() - began,
                  "lock_wait": waits[0] if waits else 0.0}))
'''


def z(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def run_round(desk: DeskProcesses, go: Path, slots: list[tuple[datetime, datetime]],
              tag: str) -> list[dict]:
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(go), z(s), z(e), f"{tag} {k}"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=desk.env, cwd=ROOT,
        )
        for k, (s, e) in enumerate(slots)
    ]
    deadline = time.monotonic() + 120
    while len(list(go.parent.glob(f"{go.name}.ready-*"))) < len(children):
        if time.monotonic() > deadline or any(c.poll() is not None for c in children):
            break
        time.sleep(0.005)
    go.touch()
    out = []
    for child in children:
        stdout, stderr = child.communicate(timeout=180)
        if child.returncode != 0:
            raise SystemExit(f"a booker failed:\n{stderr}")
        out.append(json.loads(stdout.strip().splitlines()[-1]))
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--bookers", default="1,4,8")
    args = parser.parse_args()
    sizes = [int(n) for n in args.bookers.split(",")]

    work = Path(tempfile.mkdtemp(prefix="jumpadesk-bench-booking-"))
    try:
        build_seeded_folder(work / "seed")
        server = IcloudServer(work / "seed", seed=False).start()
        desk = DeskProcesses(work / "desk")
        for step in (("timezone", "Europe/Berlin"),
                     ("connect", "--apple-id", server.apple_id, "--server", server.url),
                     ("configure", "--linked", "Work", "--conflict", "Home"),
                     ("sync",)):
            done = desk.run(*step, password=server.password)
            if done.returncode != 0:
                raise SystemExit(f"set-up failed at {step[0]}: {done.stderr}")

        day = datetime(2027, 1, 4, 6, 0, tzinfo=UTC)
        rows = []
        n_round = 0
        for size in sizes:
            spread: list[dict] = []
            same_winners: list[int] = []
            for _ in range(args.rounds):
                n_round += 1
                base = day + timedelta(days=n_round)
                slots = [(base + timedelta(hours=k), base + timedelta(hours=k, minutes=30))
                         for k in range(size)]
                spread += run_round(desk, desk.home / f"go-spread-{n_round}", slots, "Spread")
                if size > 1:
                    one = (base + timedelta(hours=12), base + timedelta(hours=12, minutes=30))
                    same = run_round(desk, desk.home / f"go-same-{n_round}", [one] * size,
                                     "Same")
                    winners = sum(1 for r in same if r["ok"])
                    if winners != 1:
                        raise SystemExit(f"{winners} bookers won one slot: double booked")
                    same_winners.append(winners)
            lat = [r["latency"] * 1000 for r in spread]
            wait = [r["lock_wait"] * 1000 for r in spread]
            rows.append((size, statistics.median(lat), pct(lat, 0.95), statistics.median(wait),
                         pct(wait, 0.95), sum(1 for w in wait if w > 2) / len(wait),
                         same_winners))
        server.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    base_median = rows[0][1]
    print(f"booking latency, {args.rounds} rounds per size, whole booking "
          "(sync first, booking transaction, PUT)")
    print(f"{'bookers':>7} {'median ms':>10} {'p95 ms':>8} {'x1 booker':>9} "
          f"{'lock wait med':>13} {'p95':>7} {'waited':>7} {'same-slot winners':>18}")
    for size, med, p95, wmed, wp95, waited, winners in rows:
        won = ",".join(str(w) for w in winners) if winners else "-"
        print(f"{size:>7} {med:>10.0f} {p95:>8.0f} {med / base_median:>9.2f} "
              f"{wmed:>13.1f} {wp95:>7.1f} {waited:>7.0%} {won:>18}")


if __name__ == "__main__":
    main()
