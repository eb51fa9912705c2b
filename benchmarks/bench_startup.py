"""How light the command line and the window are: whole-process times against a prepared store.

Prepares a store the way a person would (connect, configure, sync against the iCloud-like
test server on loopback, with `--events` extra events in the current week, and one
appointment booked), then times, as whole processes, `busy`, `status`, `events` and
`conflicts` answered read-only (the plain path, services/read_only.py) and through the
full Desk (forced with JUMPADESK_FULL_PATH=1) side by side, with `jumpadesk --version`
and `--help` as the floor; then the window's cold start to a painted week (offscreen),
opened as the launcher opens it (the first week through the plain reader, the Desk built
after it: ui/desk_on_the_way.py), the CPU until the Desk is in and the whole window works,
and one paint of that week.

With `--store postgresql` the store is a shared one instead: a database on a temporary
PostgreSQL server on loopback (tests/pg.py), chosen with `jumpadesk store use URL` as a
desk sharing a store would be (the password in the keychain; here a file keychain).

Run: .venv/bin/python benchmarks/bench_startup.py [--events 500] [--repeat 7]
     [--store sqlite|postgresql]

The children run jumpadesk from bytecode compiled in a first run, as an installed
jumpadesk does (a development tree under PYTHONDONTWRITEBYTECODE would compile its own
modules in every process).

Prints medians; it asserts nothing, except that both paths print the same answer.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402


def window_child(monday: str, paints: int) -> None:
    """In a fresh process: open the window on the store as the launcher does
    (ui/launch._desk_for_window: the first week through the plain reader and the Desk
    after it, when the plain reader can answer), show `monday`'s week, paint it; then
    wait for the Desk and the rest of the window."""
    from PySide6.QtCore import QEventLoop

    from jumpadesk.selftest import seconds_since_process_start
    from jumpadesk.ui.app import make_application
    from jumpadesk.ui.desk_on_the_way import desk_on_the_way
    from jumpadesk.ui.main_window import MainWindow
    from jumpadesk.ui.week_view import WeekView

    app = make_application(["jumpadesk"])
    coming = desk_on_the_way("Main")
    if coming is None:  # the Desk first, as the launcher would
        from jumpadesk.service import Desk

        window = MainWindow(Desk(), sub_account="Main", auto_sync=False, ask=lambda *_: True)
    else:
        window = MainWindow(coming, auto_sync=False, ask=lambda *_: True)
    window.show_week(date.fromisoformat(monday))
    window.show()
    view = window.findChild(WeekView)
    while not view.isVisible() or window.schedule_pending:  # the week is read on a worker
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    view.grab()  # the week as painted
    cold = seconds_since_process_start()
    cold_cpu = time.process_time()
    orm_loaded = "sqlalchemy" in sys.modules
    items = len(view.items())
    from PySide6.QtGui import QPixmap

    pixmap = QPixmap(view.size())
    times, cpu_times = [], []
    for _ in range(paints):
        t, c = time.perf_counter(), time.thread_time()
        view.render(pixmap)  # one paintEvent of the whole week
        times.append(time.perf_counter() - t)
        cpu_times.append(time.thread_time() - c)
    cpu_before_desk = time.process_time()
    while window.working or window.schedule_pending or not hasattr(window, "menus"):
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    whole_cpu = time.process_time() - cpu_before_desk + cold_cpu  # the paints left out
    print(json.dumps({"cold": cold, "cold_cpu": cold_cpu, "items": items,
                      "paint_ms": harness.median(times) * 1000,
                      "paint_cpu_ms": harness.median(cpu_times) * 1000,
                      "plain_first": coming is not None, "orm_loaded": orm_loaded,
                      "whole_cpu": whole_cpu}))
    window.close()
    window.shutdown()
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=500, help="events in this week")
    parser.add_argument("--repeat", type=int, default=7, help="runs per figure")
    parser.add_argument("--store", choices=("sqlite", "postgresql"), default="sqlite",
                        help="the data folder's SQLite file, or a shared PostgreSQL store")
    parser.add_argument("--window-child", metavar="MONDAY", help=argparse.SUPPRESS)
    parser.add_argument("--paints", type=int, default=30, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.window_child:
        window_child(args.window_child, args.paints)
        return

    postgres = None
    if args.store == "postgresql":
        from tests.pg import PostgresServer

        postgres = PostgresServer()
        postgres.start()
    try:
        run_benchmark(args, postgres)
    finally:
        if postgres is not None:
            postgres.stop()


def run_benchmark(args: argparse.Namespace, postgres: Any) -> None:
    from tests.icloud_server import IcloudServer

    tmp = Path(tempfile.mkdtemp(prefix="jumpadesk-bench-startup-"))
    server = IcloudServer(tmp / "server").start()
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    objects = harness.make_objects(args.events, monday, seed=5, days=(0, 6))
    harness.write_into_collection(tmp / "server", server.calendar_path("Work"), objects)

    home = tmp / "jumpadesk"
    home.mkdir()
    # jumpadesk's modules compiled once, as an installed jumpadesk has them (pip compiles
    # a wheel's, a bundle carries them): without this, a tree set up for development under
    # PYTHONDONTWRITEBYTECODE compiles every module of its own in every process.
    env = harness.child_env(home, JUMPADESK_PASSWORD=server.password,
                            PYTHONPYCACHEPREFIX=str(tmp / "bytecode"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    jd = harness.jumpadesk_command()

    def jumpadesk(*argv: str) -> harness.ProcessRun:
        run = harness.run_measured([*jd, *argv], env=env)
        if run.returncode != 0:
            raise SystemExit(f"jumpadesk {' '.join(argv)} failed: {run.stderr.strip()}")
        return run

    store = "the data folder's SQLite file"
    if postgres is not None:
        url = postgres.url(postgres.create_database(migrated=False))
        jumpadesk("store", "use", url)  # as a desk sharing the store: password in the keychain
        store = "a shared PostgreSQL store on loopback (password in the keychain)"
    jumpadesk("connect", "--apple-id", server.apple_id, "--server", server.url)
    jumpadesk("configure", "--linked", "Work", "--conflict", "Home", "--conflict", "Family")
    jumpadesk("timezone", "Europe/Berlin")
    jumpadesk("sync")
    night = datetime.combine(monday + timedelta(days=7), datetime.min.time()) + timedelta(hours=3)
    jumpadesk("book", "--start", night.isoformat() + "+01:00",  # for `conflicts` to look at
              "--end", (night + timedelta(hours=1)).isoformat() + "+01:00", "--title", "Colour")
    server.stop()  # the questions below are answered from the store alone

    start = datetime.combine(monday, datetime.min.time()).isoformat() + "+01:00"
    end = datetime.combine(monday + timedelta(days=7), datetime.min.time()).isoformat() + "+01:00"
    questions = {
        "busy (this week)": ["busy", "--from", start, "--to", end],
        "busy --json": ["busy", "--from", start, "--to", end, "--json"],
        "status": ["status"],
        "events (this week)": ["events", "--from", start, "--to", end],
        "conflicts": ["conflicts"],
    }
    floors = {
        "jumpadesk --version": [*jd, "--version"],
        "jumpadesk --help": [*jd, "--help"],
        "python -c pass (the interpreter)": [sys.executable, "-c", "pass"],
    }
    full_env = {**env, "JUMPADESK_FULL_PATH": "1"}

    def measured(argv: list[str], run_env: dict[str, str]) -> list[harness.ProcessRun]:
        harness.run_measured(argv, env=run_env)  # warm the page cache
        runs = [harness.run_measured(argv, env=run_env) for _ in range(args.repeat)]
        assert all(r.returncode == 0 for r in runs), runs[0].stderr
        return runs

    def figures(runs: list[harness.ProcessRun]) -> tuple[float, float, float]:
        return (harness.median([r.seconds for r in runs]) * 1000,
                harness.median([r.cpu_seconds for r in runs]) * 1000,
                max(r.peak_mb for r in runs))

    floor_rows = [(name, figures(measured(argv, env))) for name, argv in floors.items()]
    question_rows = []
    for name, argv in questions.items():
        light, full = [], []
        harness.run_measured([*jd, *argv], env=env)
        harness.run_measured([*jd, *argv], env=full_env)
        for _ in range(args.repeat):  # alternated, so a busy moment hits both alike
            light.append(harness.run_measured([*jd, *argv], env=env))
            full.append(harness.run_measured([*jd, *argv], env=full_env))
        assert all(r.returncode == 0 for r in light + full), (light + full)[0].stderr
        if light[0].stdout != full[0].stdout:
            raise SystemExit(f"jumpadesk {name}: the two paths printed different answers")
        question_rows.append((name, figures(light), figures(full)))
    busy_lines = len(jumpadesk("busy", "--from", start, "--to", end).stdout.splitlines())

    child = [sys.executable, str(Path(__file__).resolve()), "--window-child", monday.isoformat(),
             "--paints", "30"]
    harness.run_measured(child, env=env)  # compiles the window's modules, warms the cache
    windows = []
    for _ in range(max(3, args.repeat // 2)):
        run = harness.run_measured(child, env=env)
        if run.returncode != 0:
            raise SystemExit(f"the window did not start: {run.stderr.strip()[-800:]}")
        windows.append((json.loads(run.stdout.strip().splitlines()[-1]), run))
    cold = harness.median([w["cold"] for w, _ in windows])
    cold_cpu = harness.median([w["cold_cpu"] for w, _ in windows])
    paint = harness.median([w["paint_ms"] for w, _ in windows])
    paint_cpu = harness.median([w["paint_cpu_ms"] for w, _ in windows])
    whole_cpu = harness.median([w.get("whole_cpu", float("nan")) for w, _ in windows])
    first = windows[0][0]
    path = ("first week through the plain reader, the ORM " +
            ("loaded" if first.get("orm_loaded", True) else "not loaded") + " by then"
            if first.get("plain_first") else "the Desk first")
    shown = first["items"]
    shutil.rmtree(tmp, ignore_errors=True)

    print(f"\njumpadesk start-up benchmark: {store} with {args.events} extra events this "
          f"week (plus the demo account's), medians of {args.repeat} whole processes\n")
    print(f"{'':36}{'read-only path':>24}{'full Desk (forced)':>24}{'full/read-only':>16}")
    print(f"{'':36}{'wall ms':>8}{'cpu ms':>8}{'peak MB':>8}{'wall ms':>8}{'cpu ms':>8}"
          f"{'peak MB':>8}{'wall':>8}{'cpu':>8}")
    for name, (ms, cpu_ms, peak), (f_ms, f_cpu, f_peak) in question_rows:
        print(f"{'jumpadesk ' + name:36}{ms:8.0f}{cpu_ms:8.0f}{peak:8.0f}{f_ms:8.0f}{f_cpu:8.0f}"
              f"{f_peak:8.0f}{f_ms / ms:7.1f}x{f_cpu / max(cpu_ms, 1):7.1f}x")
    for name, (ms, cpu_ms, peak) in floor_rows:
        print(f"{name:36}{ms:8.0f}{cpu_ms:8.0f}{peak:8.0f}")
    print(f"{'window: cold start to a painted week':36}{cold * 1000:8.0f}{cold_cpu * 1000:8.0f}"
          f"{max(r.peak_mb for _, r in windows):9.0f}")
    print(f"{'window: ... until the Desk is in':36}{'':8}{whole_cpu * 1000:8.0f}")
    print(f"{'window: one paint of the week':36}{paint:8.1f}{paint_cpu:8.1f}")
    print(f"\nbusy printed {busy_lines} busy spans; the week view held {shown} items. "
          "cpu: user + system time (a paint: the GUI thread's), steadier than wall time on a "
          "shared machine. jumpadesk's modules ran from bytecode compiled in a first run, as "
          "installed. "
          f"Cold start ({path}): from the process's creation (/proc) to the week "
          "painted offscreen; until the Desk is in: the whole window built and its reads "
          "done (the paints below left out); "
          "one paint: WeekView.render() into a pixmap, median of 30 in each of "
          f"{len(windows)} processes.")


if __name__ == "__main__":
    main()
