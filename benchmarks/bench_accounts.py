"""A quiet sync pass over many iCloud accounts: one after another against all at once.

A salon chain's desk may hold an iCloud account per staff member. A quiet pass (nothing
changed) asks each account one PROPFIND of its calendar home; with the accounts asked at
once (Settings.accounts_at_once, 8 by default) 20 accounts should cost little more than
one. This runs the pass over 1, 5 and 20 accounts both ways (accounts_at_once=1 is the
old way) and prints the times side by side with their ratios.

The iCloud-like server (tests/icloud_server.py, Radicale) runs in a process of its own
with 20 Apple IDs, each with the demo's calendars (Work linked, Home and Family as
conflict calendars), so the server's work and the pass's do not share one interpreter.
On loopback a request costs only the server's own work; against iCloud each also waits
for the internet and for Apple's servers, so the run is repeated with a delay added in
front of every request (--delay-ms, 150 by default), served on the server's threads.

Run: .venv/bin/python benchmarks/bench_accounts.py [--repeat 5] [--delay-ms 150]
Prints the figures and the ratios; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ACCOUNTS = 20
COUNTS = (1, 5, 20)


def _apple_id(i: int) -> tuple[str, str]:
    return f"staff-{i:02d}@icloud.com", f"pw{i:02d}-abcd-efgh-ijkl"


# -- the server's process ------------------------------------------------------------------


def serve(folder: Path, accounts: int) -> None:
    """Start the iCloud-like server with `accounts` Apple IDs, print where it is (one JSON
    line), and serve until stdin closes. Every request waits the milliseconds written in
    folder/delay-ms first."""
    from tests.icloud_server import IcloudServer

    delay_file = folder / "delay-ms"
    delay_file.write_text("0")

    def delayed(app: Callable) -> Callable:
        def call(environ: dict, start_response: Callable) -> Iterable[bytes]:
            time.sleep(float(delay_file.read_text() or 0) / 1000)
            return app(environ, start_response)

        return call

    first, password = _apple_id(0)
    server = IcloudServer(folder / "server", apple_id=first, password=password).start()
    for i in range(1, accounts):
        server.add_account(*_apple_id(i))
    server.server.put_in_front(delayed)
    print(json.dumps({"url": server.url}), flush=True)
    sys.stdin.read()
    server.stop()


# -- the desk's process --------------------------------------------------------------------


def connect_all(url: str, accounts: int, engine) -> tuple[list[int], set[int]]:  # type: ignore[no-untyped-def]
    """Every account connected to a sub-account of its own, Work linked, Home and Family
    as conflict calendars; returns the connection ids and the calendars with a role."""
    from sqlmodel import select

    from jumpadesk.kinds import Role
    from jumpadesk.models import Calendar, CalendarRole, SubAccount, session_scope
    from jumpadesk.sync import api

    ids, calendars = [], set()
    for i in range(accounts):
        apple_id, password = _apple_id(i)
        with session_scope(engine) as s:
            sub = SubAccount(name=f"Staff {i:02d}", timezone="Europe/Berlin")
            s.add(sub)
            s.flush()
            sub_id = sub.id
        assert sub_id is not None
        connection_id = api.connect(engine, sub_id, apple_id, password, url)
        with session_scope(engine) as s:
            cals = {c.name: c for c in s.exec(
                select(Calendar).where(Calendar.connection_id == connection_id)).all()}
            for name, role in (("Work", Role.LINKED), ("Home", Role.CONFLICT),
                               ("Family", Role.CONFLICT)):
                cal_id = cals[name].id
                assert cal_id is not None
                s.add(CalendarRole(sub_account_id=sub_id, calendar_id=cal_id, role=role))
                calendars.add(cal_id)
        ids.append(connection_id)
    return ids, calendars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes per figure (median)")
    parser.add_argument("--delay-ms", type=float, default=150.0,
                        help="added in front of every request in the second table")
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, ACCOUNTS)
        return

    from jumpadesk.config import Settings
    from jumpadesk.models import make_engine
    from jumpadesk.secrets import use_session_keyring
    from jumpadesk.sync.engine import sync_connections

    logging.basicConfig(level=logging.WARNING)
    use_session_keyring()
    tmp = Path(tempfile.mkdtemp(prefix="jumpadesk-bench-accounts-"))
    child = subprocess.Popen([sys.executable, __file__, "--serve", str(tmp)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                             cwd=ROOT)
    try:
        assert child.stdout is not None
        url = json.loads(child.stdout.readline())["url"]
        engine = make_engine(f"sqlite:///{tmp / 'desk.db'}")
        ids, calendars = connect_all(url, ACCOUNTS, engine)
        first = sync_connections(engine, ids, calendars, settings=Settings())
        assert first.ok, first.failures()

        def quiet_pass(count: int, at_once: int) -> tuple[float, int]:
            times, requests = [], 0
            for _ in range(args.repeat):
                began = time.perf_counter()
                report = sync_connections(engine, ids[:count], calendars,
                                          settings=Settings(accounts_at_once=at_once))
                times.append(time.perf_counter() - began)
                assert report.ok, report.failures()
                requests = report.requests
            return statistics.median(times), requests

        print(f"\nA quiet sync pass over N iCloud accounts (3 calendars each, nothing changed: "
              f"one PROPFIND per account); medians of {args.repeat} passes; the "
              "iCloud-like server in its own process on loopback")
        for delay in (0.0, args.delay_ms):
            (tmp / "delay-ms").write_text(str(delay))
            heading = (f"with {delay:g} ms before each answer" if delay
                       else "loopback, no delay added")
            print(f"\n{heading}")
            print(f"{'accounts':>9}{'requests':>9}{'one after another':>19}{'8 at once':>11}"
                  f"{'ratio':>8}{'x one account':>15}")
            single = None
            for count in COUNTS:
                seq, requests = quiet_pass(count, 1)
                both, _ = quiet_pass(count, 8)
                single = single or both
                print(f"{count:>9}{requests:>9}{seq * 1000:>16.0f} ms{both * 1000:>8.0f} ms"
                      f"{seq / both:>7.1f}x{both / single:>14.1f}x")
        print("\nratio: one after another / at once. x one account: the pass at once over N "
              "accounts against the same pass over one.")
    finally:
        if child.stdin is not None:
            child.stdin.close()
        child.wait(timeout=60)


if __name__ == "__main__":
    main()
