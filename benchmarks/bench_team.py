"""How long the team's day takes to paint: 8 staff members' columns holding 400 items in
one day, against the week view holding the same 400 items (each column's day on a day of
the week), side by side in one run.

Builds a real TeamPanel and a real WeekView offscreen (1280x820), then times, as medians
of `--repeat` runs:

- first paint: the snapshot handed over (laid out, its text measured) and one paint of
  the panel as shown (QWidget.render into a pixmap, scrolled to 08:00); for the week,
  set_items with every entry changed and one paint;
- repaint: one paint with nothing changed (each keeps its static layer: the week's
  ui/week_cache, the team's day's ui/team_cache).

Run: .venv/bin/python benchmarks/bench_team.py [--columns 8] [--items 400] [--repeat 15]
Prints medians of wall and CPU (the GUI thread's) milliseconds and the team's day's time
as a multiple of the week's; it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ZONE = ZoneInfo("Europe/Berlin")
DAY = date(2026, 11, 25)  # a Wednesday
MONDAY = date(2026, 11, 23)
TITLES = ["Haircut", "Colour and cut with a long consultation", "Consultation",
          "Supplier call", "Dentist", "Beard trim", "Perm", "Fringe", "Balayage"]
GUESTS = ["Ann Lee", "Jana Weber", "Tom Berg", "Maria Rossi", "Omar Haddad", ""]
COLOURS = ["#1BADF8", "#63DA38", "#FF2968", "#CC73E1", "#FFCC00"]


def day_items(day: date, count: int, rng: random.Random) -> list:  # type: ignore[type-arg]
    """`count` items on one day: appointments with guests and buffers, busy and free
    events, blocked slots, overlapping in places (lanes)."""
    from jumpadesk.availability import APPOINTMENT_COLOR, BLOCKED_COLOR, ScheduleItem

    items = []
    for n in range(count):
        start = datetime.combine(day, clock_time(7), ZONE) + timedelta(
            minutes=15 * rng.randrange(0, 13 * 4))
        end = start + timedelta(minutes=rng.choice((15, 30, 45, 60, 90)))
        kind = n % 5
        if kind in (0, 1, 2):
            items.append(ScheduleItem(
                start=start.astimezone(UTC), end=end.astimezone(UTC), title=rng.choice(TITLES),
                busy=True, source="appointment", reason="appointment", calendar="Work",
                calendar_id=1, color=APPOINTMENT_COLOR, ref_id=n + 1,
                guest=rng.choice(GUESTS), status="written",
                buffer_after=timedelta(minutes=rng.choice((0, 0, 15)))))
        elif kind == 3:
            busy = rng.random() < 0.7
            items.append(ScheduleItem(
                start=start.astimezone(UTC), end=end.astimezone(UTC), title=rng.choice(TITLES),
                busy=busy, source="icloud", reason="busy" if busy else "free",
                calendar="Home", calendar_id=2, color=rng.choice(COLOURS)))
        else:
            items.append(ScheduleItem(
                start=start.astimezone(UTC), end=end.astimezone(UTC), title="Blocked",
                busy=True, source="blocked", reason="blocked", calendar="Blocked",
                calendar_id=None, color=BLOCKED_COLOR, ref_id=10_000 + n))
    return sorted(items, key=lambda i: i.start)


def measure(columns: int, items: int, repeat: int) -> dict[str, list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication

    from jumpadesk.rows import SubAccountRow
    from jumpadesk.services.team_day import TeamColumn, TeamDaySnapshot
    from jumpadesk.ui.team_day import TeamPanel
    from jumpadesk.ui.week_view import WeekView

    app = QApplication.instance() or QApplication(["bench_team"])
    rng = random.Random(20)
    per = items // columns
    each = [day_items(DAY, per, rng) for _ in range(columns)]
    team = TeamDaySnapshot(DAY, tuple(
        TeamColumn(SubAccountRow(n + 1, f"Staff {n + 1}", ZONE.key), ZONE, tuple(col))
        for n, col in enumerate(each)))
    # The week: column n's day on weekday n % 7, the same items.
    week_items = [replace(i, start=i.start + shift, end=i.end + shift)
                  for n, col in enumerate(each)
                  for shift in [timedelta(days=n % 7 - (DAY - MONDAY).days)] for i in col]

    panel = TeamPanel()
    panel.resize(1280, 820)
    panel.show()
    week = WeekView(tz=ZONE, monday=MONDAY, clock=lambda: datetime(2026, 11, 23, 6, tzinfo=ZONE))
    week.resize(1280, 820)
    week.show()
    app.processEvents()
    view = panel.view

    def pixmap_for(widget) -> QPixmap:  # type: ignore[no-untyped-def]
        ratio = widget.devicePixelRatioF()
        pm = QPixmap(widget.size() * ratio)
        pm.setDevicePixelRatio(ratio)
        return pm

    def timed(step: Callable[[int], object]) -> list[float]:
        walls, cpus = [], []
        for n in range(repeat):
            wall, cpu = time.perf_counter(), time.thread_time()
            step(n)
            cpus.append(time.thread_time() - cpu)
            walls.append(time.perf_counter() - wall)
        return [statistics.median(walls) * 1000, statistics.median(cpus) * 1000]

    panel.show_snapshot(team)
    app.processEvents()
    panel.scroll_area.verticalScrollBar().setValue(int(8 * view.metrics.hour_height))
    app.processEvents()
    team_pm, week_pm = pixmap_for(panel), pixmap_for(week)
    copies = [TeamDaySnapshot(DAY, team.columns) for _ in range(repeat)]
    # Every entry changed where it does not show (its row id): the week lays out and
    # paints its static layer anew, as for a day read again with changes.
    week_copies = [[replace(i, ref_id=(i.ref_id or 0) + 100_000 * (n + 1)) for i in week_items]
                   for n in range(repeat)]
    results = {
        "team first": timed(lambda n: (view.show_snapshot(copies[n]), panel.render(team_pm))),
        "team repaint": timed(lambda n: panel.render(team_pm)),
        "week first": timed(lambda n: (week.set_items(week_copies[n]), week.render(week_pm))),
        "week repaint": timed(lambda n: week.render(week_pm)),
        "meta": [len(view.blocks()), len(week.items()), float(view.width()),
                 float(view.height())],
    }
    panel.close()
    week.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--columns", type=int, default=8)
    parser.add_argument("--items", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    r = measure(args.columns, args.items, args.repeat)
    blocks, week_items, width, height = r["meta"]
    print(f"team day: {args.columns} columns, {int(blocks)} blocks, 1280x820 (grid "
          f"{int(width)}x{int(height)}, scrolled to 08:00); week: {int(week_items)} items, "
          f"1280x820; medians of {args.repeat}")
    print(f"{'':28}{'wall ms':>9}{'cpu ms':>9}{'x week':>9}")
    for what, team_key, week_key in (("first paint", "team first", "week first"),
                                     ("repaint", "team repaint", "week repaint")):
        for label, key in ((f"team day: {what}", team_key), (f"week: {what}", week_key)):
            wall, cpu = r[key]
            ratio = f"{wall / r[week_key][0]:9.2f}" if key == team_key else f"{'':9}"
            print(f"{label:28}{wall:9.2f}{cpu:9.2f}{ratio}")


if __name__ == "__main__":
    main()
