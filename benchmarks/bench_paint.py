"""How long one paint of a busy week takes: the week view with its static layer against the
painter that paints everything every time.

Builds a real WeekView offscreen holding `--items` schedule items in one week (overlapping
columns, long titles, every kind of block: busy, free, appointments, pending ones, blocked
slots, travel time, conflict marks, all-day events), then times, in one run and side by
side, one paint (QWidget.render into a pixmap at the widget's pixel ratio):

- baseline: the cache switched off (WeekView.paint_cache_enabled = False), everything
  painted afresh, as before issue 11;
- cold: the static layer painted anew whole (every entry changed, here where it does not
  show, so the picture is the baseline's);
- warm: a repaint with nothing changed, a now-line tick, the hover moving to another block;
- a sync: set_items with the entries read again, then one paint: most of them changed, one
  event moved, nothing changed; against the same with the cache off;
- compute_layout alone: the week's geometry for the items, the part of set_items that
  lays them out.

Then the same in a child process at a device pixel ratio of 2 (QT_SCALE_FACTOR=2).

Run: .venv/bin/python benchmarks/bench_paint.py [--items 500] [--repeat 15]
Prints medians of wall and CPU (the GUI thread's) time per paint and their ratio to the
baseline; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ZONE = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 25, 14, 20, tzinfo=ZONE)  # a Wednesday afternoon

TITLES = ["Haircut", "Colour and cut with a long consultation about the options",
          "Consultation", "Team meeting about the quarterly numbers and the new supplier",
          "Supplier call", "Dentist", "Lunch with Sam", "Yoga", "School run", "Accountant",
          "Beard trim", "Stock delivery", "Training: new products and the spring collection",
          "Physio"]
PLACES = ["", "", "Salon, Hauptstr. 12, 10827 Berlin", "Zoom", "Café Einstein"]
COLOURS = ["#1BADF8", "#63DA38", "#FF2968", "#CC73E1", "#FFCC00", "#A2845E", "#F57C00"]


def busy_week(count: int, seed: int = 11) -> list:  # type: ignore[type-arg]
    """`count` timed items spread over the week's days (06:00-21:00, so columns overlap),
    of every kind, plus an all-day event on six of the days."""
    from jumpadesk.availability import APPOINTMENT_COLOR, BLOCKED_COLOR, ScheduleItem

    rnd = random.Random(seed)
    items = []
    for _ in range(count):
        day = MONDAY + timedelta(days=rnd.randrange(7))
        start = datetime(day.year, day.month, day.day, tzinfo=ZONE) + timedelta(
            minutes=rnd.randrange(6 * 60, 21 * 60, 15))
        end = start + timedelta(minutes=rnd.choice([15, 30, 45, 60, 90, 120, 180]))
        fields = dict(start=start.astimezone(UTC), end=end.astimezone(UTC),
                      title=rnd.choice(TITLES), busy=True, source="icloud", reason="busy",
                      calendar="Work", calendar_id=1, color=rnd.choice(COLOURS),
                      location=rnd.choice(PLACES), account="anna@icloud.com")
        kind = rnd.random()
        if kind < 0.15:
            fields.update(busy=False, reason="free")
        elif kind < 0.25:
            fields.update(source="appointment", color=APPOINTMENT_COLOR, status="written")
        elif kind < 0.30:
            fields.update(source="appointment", color="#8E8E93", status="pending")
        elif kind < 0.35:
            fields.update(source="blocked", color=BLOCKED_COLOR, calendar="Blocked")
        elif kind < 0.40:
            fields.update(kind="travel")
        elif kind < 0.43:
            fields.update(source="appointment", color=APPOINTMENT_COLOR, status="written",
                          overlapped_by=("Dentist",))
        items.append(ScheduleItem(**fields))
    for n in range(6):
        day = MONDAY + timedelta(days=n)
        items.append(ScheduleItem(
            start=datetime(day.year, day.month, day.day, tzinfo=UTC),
            end=datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(days=1),
            title=f"Trade fair, day {n + 1}", busy=n % 3 == 0, source="icloud",
            reason="busy" if n % 3 == 0 else "free", calendar="Home", calendar_id=2,
            color=COLOURS[n], all_day=True))
    return items


def measure(items_count: int, repeat: int) -> dict[str, list[float]]:
    """In this process: medians (wall ms, cpu ms) of each kind of paint."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication

    from jumpadesk.ui.week_layout import compute_layout
    from jumpadesk.ui.week_view import WeekView

    app = QApplication.instance() or QApplication(["bench_paint"])
    clock = [NOW]
    view = WeekView(tz=ZONE, monday=MONDAY, clock=lambda: clock[0])
    view.resize(1280, 820)
    view.show()
    app.processEvents()
    items = busy_week(items_count)
    view.set_items(items)
    view.scroll_to_minute(8 * 60)
    app.processEvents()
    ratio = view.devicePixelRatioF()
    pixmap = QPixmap(view.size() * ratio)
    pixmap.setDevicePixelRatio(ratio)
    # The same week with every entry changed where it does not show (its row id): laid
    # out again and painted anew whole, the picture the same as the baseline's.
    renumbered = [[replace(i, ref_id=n) for i in items] for n in range(2)]

    def timed(prepare: Callable[[int], object], *, with_prepare: bool = False) -> list[float]:
        """Median wall and CPU ms of one paint, after `prepare(n)` (timed too when
        `with_prepare`)."""
        walls, cpus = [], []
        for n in range(repeat):
            if not with_prepare:
                prepare(n)
            wall, cpu = time.perf_counter(), time.thread_time()
            if with_prepare:
                prepare(n)
            view.render(pixmap)
            cpus.append(time.thread_time() - cpu)
            walls.append(time.perf_counter() - wall)
        return [statistics.median(walls) * 1000, statistics.median(cpus) * 1000]

    copies = [[replace(i) for i in items] for _ in range(repeat)]  # entries read again
    one_moved = []
    for n in range(repeat):
        again = [replace(i) for i in items]
        shift = timedelta(minutes=15 if n % 2 else -15)
        k = n * 13 % items_count
        again[k] = replace(again[k], start=again[k].start + shift, end=again[k].end + shift)
        one_moved.append(again)

    def most_changed(n: int) -> None:
        view.set_items(renumbered[n % 2])

    def tick(n: int) -> None:
        clock[0] += timedelta(minutes=1)
        view.refresh_now()

    def hover(n: int) -> None:
        shown = [b for b in view.week_layout().timed if view.visible_rects_of(b.item)]
        target = shown[n * 7 % len(shown)]
        view.pointer.set_hover(view.visible_rects_of(target.item)[0].center())

    results: dict[str, list[float]] = {}
    view.paint_cache_enabled = False
    results["baseline"] = timed(lambda n: None)
    results["baseline sync"] = timed(lambda n: view.set_items(copies[n]), with_prepare=True)
    view.paint_cache_enabled = True
    results["cold"] = timed(most_changed)
    results["sync most"] = timed(most_changed, with_prepare=True)
    view.set_items(items)
    view.render(pixmap)
    results["sync one"] = timed(lambda n: view.set_items(one_moved[n]), with_prepare=True)
    results["sync same"] = timed(lambda n: view.set_items(copies[n]), with_prepare=True)
    view.render(pixmap)
    results["warm"] = timed(lambda n: None)
    results["tick"] = timed(tick)
    results["hover"] = timed(hover)
    lay = view.week_layout()
    layouts = []
    for _ in range(repeat):
        cpu = time.thread_time()
        compute_layout(items, lay.monday, lay.tz, lay.width, lay.metrics)
        layouts.append((time.thread_time() - cpu) * 1000)
    results["layout"] = [statistics.median(layouts)]
    results["meta"] = [len(view.items()), ratio]
    view.close()
    return results


PAINTS = [
    ("baseline", "baseline: cache off, all painted"),
    ("cold", "cold: static layer painted anew"),
    ("warm", "warm: repaint, nothing changed"),
    ("tick", "warm: now-line tick (1 minute)"),
    ("hover", "warm: hover to another block"),
]
SYNCS = [
    ("baseline sync", "baseline: cache off"),
    ("sync most", "most entries changed"),
    ("sync one", "one event moved"),
    ("sync same", "nothing changed"),
]


def print_table(results: dict[str, list[float]]) -> None:
    count, ratio = results["meta"]
    print(f"\n{int(count)} items in one week, 1280x820, device pixel ratio {ratio:g}")
    print(f"{'one paint':34}{'wall ms':>9}{'cpu ms':>9}{'x base':>9}{'cpu x':>8}")
    for rows, base in ((PAINTS, "baseline"), (SYNCS, "baseline sync")):
        if rows is SYNCS:
            print(f"{'a sync: set_items + one paint':34}")
        base_wall, base_cpu = results[base]
        for key, label in rows:
            wall, cpu = results[key]
            print(f"{label:34}{wall:9.2f}{cpu:9.2f}{base_wall / wall:9.1f}"
                  f"{base_cpu / cpu:8.1f}")
    print(f"{'compute_layout alone':34}{'':9}{results['layout'][0]:9.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=500, help="timed items in the week")
    parser.add_argument("--repeat", type=int, default=15, help="paints per figure (median)")
    parser.add_argument("--no-2x", action="store_true", help="skip the 2x pixel ratio run")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.items, args.repeat)))
        return

    print(f"jumpadesk paint benchmark: medians of {args.repeat} paints each; "
          "'x base': how many times faster than the baseline painter (wall, cpu)")
    print_table(measure(args.items, args.repeat))
    if not args.no_2x:
        env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
        run = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child",
                              "--items", str(args.items), "--repeat", str(args.repeat)],
                             env=env, capture_output=True, text=True, check=False)
        if run.returncode != 0:
            print(f"\nthe 2x run failed: {run.stderr.strip()[-600:]}")
        else:
            print_table(json.loads(run.stdout.strip().splitlines()[-1]))
    print("\nwarm rows are the paints of a day (the clock each minute, the pointer moving); "
          "a sync's rows are what the window does after each sync pass. cpu: the GUI "
          "thread's time, steadier than wall time on a shared machine.")


if __name__ == "__main__":
    main()
