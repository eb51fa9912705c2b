"""How light the command line and the window are: whole-process times against a prepared store.

Prepares a store the way a person would (connect, configure, sync against the iCloud-like
test server on loopback, with `--events` extra events in the current week), then times, as
whole processes, `jumpadesk --version`, `busy`, `status` and `events` for this week, and the
window's cold start to a painted week (offscreen), and one paint of that week.

Run: .venv/bin/python benchmarks/bench_startup.py [--events 500] [--repeat 7]
Prints medians; it asserts nothing.
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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402


def window_child(monday: str, paints: int) -> None:
    """In a fresh process: open the window on the store, show `monday`'s week, paint it."""
    from jumpadesk.selftest import seconds_since_process_start
    from jumpadesk.service import Desk
    from jumpadesk.ui.app import make_application
    from jumpadesk.ui.main_window import MainWindow
    from jumpadesk.ui.week_view import WeekView

    app = make_application(["jumpadesk"])
    desk = Desk()
    window = MainWindow(desk, sub_account="Main", auto_sync=False, ask=lambda *_: True)
    window.show_week(date.fromisoformat(monday))
    window.show()
    view = window.findChild(WeekView)
    while not view.isVisible():
        app.processEvents()
    view.grab()  # the week as painted
    cold = seconds_since_process_start()
    cold_cpu = time.process_time()
    from PySide6.QtGui import QPixmap

    pixmap = QPixmap(view.size())
    times, cpu_times = [], []
    for _ in range(paints):
        t, c = time.perf_counter(), time.thread_time()
        view.render(pixmap)  # one paintEvent of the whole week
        times.append(time.perf_counter() - t)
        cpu_times.append(time.thread_time() - c)
    print(json.dumps({"cold": cold, "cold_cpu": cold_cpu, "items": len(view.items()),
                      "paint_ms": harness.median(times) * 1000,
                      "paint_cpu_ms": harness.median(cpu_times) * 1000}))
    window.close()
    window.shutdown()
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=500, help="events in this week")
    parser.add_argument("--repeat", type=int, default=7, help="runs per figure")
    parser.add_argument("--window-child", metavar="MONDAY", help=argparse.SUPPRESS)
    parser.add_argument("--paints", type=int, default=30, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.window_child:
        window_child(args.window_child, args.paints)
        return

    from tests.icloud_server import IcloudServer

    tmp = Path(tempfile.mkdtemp(prefix="jumpadesk-bench-startup-"))
    server = IcloudServer(tmp / "server").start()
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    objects = harness.make_objects(args.events, monday, seed=5, days=(0, 6))
    harness.write_into_collection(tmp / "server", server.calendar_path("Work"), objects)

    home = tmp / "jumpadesk"
    home.mkdir()
    env = harness.child_env(home, JUMPADESK_PASSWORD=server.password)
    jd = harness.jumpadesk_command()

    def jumpadesk(*argv: str) -> harness.ProcessRun:
        run = harness.run_measured([*jd, *argv], env=env)
        if run.returncode != 0:
            raise SystemExit(f"jumpadesk {' '.join(argv)} failed: {run.stderr.strip()}")
        return run

    jumpadesk("connect", "--apple-id", server.apple_id, "--server", server.url)
    jumpadesk("configure", "--linked", "Work", "--conflict", "Home", "--conflict", "Family")
    jumpadesk("timezone", "Europe/Berlin")
    jumpadesk("sync")
    server.stop()  # the questions below are answered from the store alone

    start = datetime.combine(monday, datetime.min.time()).isoformat() + "+01:00"
    end = datetime.combine(monday + timedelta(days=7), datetime.min.time()).isoformat() + "+01:00"
    commands = {
        "jumpadesk --version": ["--version"],
        "jumpadesk busy (this week)": ["busy", "--from", start, "--to", end],
        "jumpadesk busy --json": ["busy", "--from", start, "--to", end, "--json"],
        "jumpadesk status": ["status"],
        "jumpadesk events (this week)": ["events", "--from", start, "--to", end],
        "python -c pass (the interpreter)": None,
    }
    rows = []
    for name, argv in commands.items():
        full = [sys.executable, "-c", "pass"] if argv is None else [*jd, *argv]
        jumpadesk(*argv) if argv else None  # warm the page cache
        runs = [harness.run_measured(full, env=env) for _ in range(args.repeat)]
        assert all(r.returncode == 0 for r in runs), runs[0].stderr
        rows.append((name, harness.median([r.seconds for r in runs]) * 1000,
                     harness.median([r.cpu_seconds for r in runs]) * 1000,
                     max(r.peak_mb for r in runs)))
    busy_lines = len(jumpadesk("busy", "--from", start, "--to", end).stdout.splitlines())

    child = [sys.executable, str(Path(__file__).resolve()), "--window-child", monday.isoformat(),
             "--paints", "30"]
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
    shown = windows[0][0]["items"]
    shutil.rmtree(tmp, ignore_errors=True)

    print(f"\njumpadesk start-up benchmark: a store with {args.events} extra events this week "
          f"(plus the demo account's), medians of {args.repeat} whole processes\n")
    print(f"{'':36}{'wall ms':>8}{'cpu ms':>8}{'peak MB':>9}")
    for name, ms, cpu_ms, peak in rows:
        print(f"{name:36}{ms:8.0f}{cpu_ms:8.0f}{peak:9.0f}")
    print(f"{'window: cold start to a painted week':36}{cold * 1000:8.0f}{cold_cpu * 1000:8.0f}"
          f"{max(r.peak_mb for _, r in windows):9.0f}")
    print(f"{'window: one paint of the week':36}{paint:8.1f}{paint_cpu:8.1f}")
    print(f"\nbusy printed {busy_lines} busy spans; the week view held {shown} items. "
          "cpu: user + system time (a paint: the GUI thread's), steadier than wall time on a "
          "shared machine. "
          "Cold start: from the process's creation (/proc) to the week painted offscreen; "
          "one paint: WeekView.render() into a pixmap, median of 30 in each of "
          f"{len(windows)} processes.")


if __name__ == "__main__":
    main()
