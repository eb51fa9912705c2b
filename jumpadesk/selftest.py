"""`jumpadesk --self-test`: proves an installed copy works end to end, without Apple.

It opens the window offscreen, connects to the built-in demo server, syncs, paints the
week and exits 0, or non-zero with the reason. Used by CI on the PyInstaller bundle.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when the self-test runs, not when the module loads
    from PySide6.QtGui import QImage

    from jumpadesk.availability import ScheduleItem
    from jumpadesk.demo import DemoInfo
    from jumpadesk.service import Desk
    from jumpadesk.sync.report import SyncReport

log = logging.getLogger("jumpadesk.selftest")


class SelfTestFailed(Exception):
    pass


def seconds_since_process_start() -> float | None:
    """Wall time since this process was started (Linux), bundle start-up included."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _check_postgresql_support() -> None:
    """A shared store needs psycopg and SQLAlchemy's dialect for it inside the bundle."""
    from sqlalchemy import create_engine

    try:
        create_engine("postgresql+psycopg://selftest@127.0.0.1/selftest").dispose()
    except Exception as exc:
        raise SelfTestFailed(f"PostgreSQL support is missing: {exc}") from exc


def run_self_test() -> int:
    started = time.perf_counter()
    before_us = seconds_since_process_start()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    demo = None
    try:
        from jumpadesk.demo import start_demo
        from jumpadesk.service import Desk

        _check_postgresql_support()
        demo = start_demo(isolate=True)
        desk = Desk()
        report, sync_seconds = _connect_and_sync(desk, demo)
        items = _demo_week(desk, demo.week_monday)
        picture, painted, painted_at = _paint_window(desk, demo.week_monday)
        total = painted_at - started
        startup = "" if before_us is None else f"process start-up {before_us:.2f} s, "
        return _report(f"self-test passed: {len(items)} events this week; {startup}"
                       f"first sync {sync_seconds:.2f} s ({report.requests} requests), "
                       f"window built and painted {picture.width()}x{picture.height()} in "
                       f"{painted:.2f} s; {total + (before_us or 0):.2f} s in all")
    except SelfTestFailed as exc:
        return _report(f"jumpadesk self-test failed: {exc}", failed=True)
    except Exception as exc:  # the self-test reports whatever broke, in one line
        return _report(f"jumpadesk self-test failed: {type(exc).__name__}: {exc}", failed=True)
    finally:
        if demo is not None:
            demo.stop()


def _connect_and_sync(desk: Desk, demo: DemoInfo) -> tuple[SyncReport, float]:
    """Connect the demo account, link a writable calendar, block on all, sync once."""
    desk.connect("Main", demo.apple_id, demo.password, demo.url)
    cals = desk.calendars("Main")
    writable = [c for c in cals if c.can_be_linked]
    events = [c for c in cals if c.can_block]
    if not writable:
        raise SelfTestFailed("the demo account offered no writable calendar")
    desk.configure("Main", writable[0].url, [c.url for c in events])
    synced_at = time.perf_counter()
    report = desk.sync("Main")
    sync_seconds = time.perf_counter() - synced_at
    if not report.ok:
        raise SelfTestFailed("sync failed: " + "; ".join(report.failures()))
    return report, sync_seconds


def _demo_week(desk: Desk, monday: date) -> list[ScheduleItem]:
    """The demo week's schedule, which holds both busy and free events."""
    tz = desk.zone("Main")
    week_start = datetime.combine(monday, datetime.min.time(), tzinfo=tz)
    items = desk.schedule("Main", week_start, week_start + timedelta(days=7))
    if not any(i.busy for i in items) or not any(not i.busy for i in items):
        raise SelfTestFailed(
            f"the demo week should hold busy and free events; got {len(items)}"
        )
    return items


def _paint_window(desk: Desk, monday: date) -> tuple[QImage, float, float]:
    """Build and show the main window on the demo week, grab it, check it painted
    something, close it: the picture, the seconds it took, and when it was done."""
    from PySide6.QtWidgets import QApplication

    from jumpadesk.ui.app import make_application
    from jumpadesk.ui.main_window import MainWindow

    window_started = time.perf_counter()
    app = make_application(["jumpadesk"])
    window = MainWindow(desk, sub_account="Main", auto_sync=False, ask=lambda *_: True)
    window.week_view.set_week(monday)
    window.show()
    deadline = time.perf_counter() + 10
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        # Shown, and showing the week it reads off the GUI thread.
        if window.week_view.isVisible() and not window.schedule_pending:
            break
    picture = window.grab().toImage()
    painted_at = time.perf_counter()
    painted = painted_at - window_started
    colours = {picture.pixel(x, y) for x in range(0, picture.width(), 7)
               for y in range(0, picture.height(), 7)}
    if picture.isNull() or len(colours) < 8:
        raise SelfTestFailed("the window painted nothing recognisable")
    window.close()
    window.shutdown()
    app.processEvents()
    return picture, painted, painted_at


def _report(line: str, failed: bool = False) -> int:
    """The result on the terminal and in the log (a windowed bundle on Windows or macOS
    started from the desktop has no terminal)."""
    print(line, file=sys.stderr if failed else sys.stdout, flush=True)
    (log.error if failed else log.info)("%s", line)
    return 1 if failed else 0
