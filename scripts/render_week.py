"""Render the week view with sample data to a PNG, to look at it as a receptionist would.

    python scripts/render_week.py [--out resources/screenshots/week.png] [--scale 2] [--dark]

Works headless (the offscreen platform is used unless a display is asked for with
--onscreen). The sample week is fixed (Monday 23 November 2026, Europe/Berlin) and "now"
is Wednesday 14:20, so the picture is the same on every run.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MONDAY = date(2026, 11, 23)
ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 25, 14, 20, tzinfo=ZONE)

WORK = ("Work", 1, "#1BADF8", "anna.becker@icloud.com")
HOME = ("Home", 2, "#CC73E1", "anna.becker@icloud.com")
FAMILY = ("Family", 3, "#FFCC00", "jonas.becker@icloud.com")
STUDIO = ("Studio", 4, "#FF2968", "anna.becker@icloud.com")


def _at(day: int, hhmm: str) -> datetime:
    hour, minute = (int(x) for x in hhmm.split(":"))
    d = MONDAY + timedelta(days=day)
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=ZONE).astimezone(UTC)


# A calendar coloured nearly as the appointments are (issue 21 item 5): --green-calendar
# gives Studio this colour, to see that appointments still stand apart from it.
SEA_GREEN = "#2E8B57"


def sample_items(*, green_calendar: bool = False) -> list:
    from jumpadesk.availability import APPOINTMENT_COLOR, BLOCKED_COLOR, ScheduleItem

    studio = (*STUDIO[:2], SEA_GREEN, STUDIO[3]) if green_calendar else STUDIO

    def icloud(cal, day, start, end, title, busy=True, reason="busy", kind="event",
               location="", end_day=None):
        name, cal_id, color, account = cal
        return ScheduleItem(
            start=_at(day, start), end=_at(day if end_day is None else end_day, end),
            title=title, busy=busy, source="icloud", reason=reason, calendar=name,
            calendar_id=cal_id, color=color, kind=kind, location=location, account=account,
        )

    def all_day(cal, first, days, title, busy=True, reason="busy"):
        name, cal_id, color, account = cal
        return ScheduleItem(
            start=_at(first, "00:00"), end=_at(first + days, "00:00"), title=title, busy=busy,
            source="icloud", reason=reason, calendar=name, calendar_id=cal_id, color=color,
            all_day=True, account=account,
        )

    def appointment(day, start, end, title):
        return ScheduleItem(
            start=_at(day, start), end=_at(day, end), title=title, busy=True,
            source="appointment", reason="appointment", calendar="Appointments",
            calendar_id=None, color=APPOINTMENT_COLOR, ref_id=1,
        )

    def blocked(day, start, end, title):
        return ScheduleItem(
            start=_at(day, start), end=_at(day, end), title=title, busy=True, source="blocked",
            reason="blocked", calendar="Blocked", calendar_id=None, color=BLOCKED_COLOR,
            ref_id=1,
        )

    return [
        all_day(WORK, 0, 3, "Trade fair: Friseur & Beauty, Messe Berlin"),
        all_day(FAMILY, 4, 1, "School holiday", busy=False, reason="free"),
        all_day(HOME, 6, 1, "Oma's birthday"),
        icloud(WORK, 0, "09:00", "09:30", "Team stand-up"),
        icloud(WORK, 0, "10:30", "12:00", "Supplier call: Müller Haarkosmetik"),
        appointment(0, "14:00", "15:00", "Haircut: Jana Weber"),
        icloud(studio, 0, "16:00", "17:30", "Colour training"),
        icloud(WORK, 1, "08:30", "10:00", "Quarterly review with the accountant"),
        icloud(HOME, 1, "12:00", "13:30", "Lunch with Sam", busy=False, reason="free"),
        blocked(1, "12:30", "13:30", "Lunch break"),
        appointment(1, "15:00", "16:00", "Balayage: Mia Schulz"),
        icloud(FAMILY, 1, "17:30", "19:00", "Kids' swimming"),
        icloud(WORK, 2, "10:00", "11:30", "Design review"),
        icloud(studio, 2, "10:30", "11:00", "Dentist"),
        icloud(HOME, 2, "11:00", "12:00", "Parcel pick-up"),
        appointment(2, "15:00", "15:45", "Consultation: Lea Braun"),
        icloud(WORK, 2, "16:30", "17:00", "Vendor demo", busy=False, reason="declined"),
        appointment(3, "09:30", "10:30", "Beard trim: Tom Richter"),
        icloud(WORK, 3, "13:30", "14:00", "Site visit, Potsdam", kind="travel",
               reason="travel", location="Brandenburger Str. 12, Potsdam"),
        icloud(WORK, 3, "14:00", "15:30", "Site visit, Potsdam",
               location="Brandenburger Str. 12, Potsdam"),
        icloud(studio, 3, "16:15", "16:30", "Quick call"),
        icloud(FAMILY, 3, "18:00", "19:00", "Parents' evening", busy=False,
               reason="cancelled"),
        blocked(4, "08:00", "09:00", "Deliveries"),
        icloud(studio, 4, "11:00", "13:00", "Photo shoot for the new website"),
        appointment(4, "15:30", "16:30", "Haircut: Ben Wolf"),
        icloud(WORK, 4, "22:00", "02:00", "Server migration", end_day=5),
        appointment(5, "10:00", "12:00", "Bridal styling: Sophie Klein"),
        icloud(HOME, 6, "10:00", "11:00", "Brunch", busy=False, reason="free"),
    ]


def render(out: Path, width: int, height: int, *, dark: bool = False,
           green_calendar: bool = False) -> Path:
    from PySide6.QtWidgets import QApplication

    from jumpadesk.availability import StaleCalendar
    from jumpadesk.ui.week_panel import WeekPanel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if dark:
        from jumpadesk.ui.colors import dark_palette

        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    panel = WeekPanel(tz=ZONE, monday=MONDAY, clock=lambda: NOW)
    panel.set_items(sample_items(green_calendar=green_calendar))
    panel.set_stale([StaleCalendar(3, "Family", FAMILY[3],
                                   datetime(2026, 11, 25, 9, 42, tzinfo=UTC),
                                   "cannot reach iCloud")])
    panel.resize(width, height)
    panel.show()
    for _ in range(5):
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not panel.grab().save(str(out)):
        raise SystemExit(f"could not write {out}")
    panel.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources/screenshots/week.png")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=860)
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio")
    parser.add_argument("--onscreen", action="store_true", help="use the real display")
    parser.add_argument("--dark", action="store_true", help="with a dark palette")
    parser.add_argument("--green-calendar", action="store_true",
                        help=f"Studio coloured {SEA_GREEN}, near the appointments' green")
    args = parser.parse_args(argv)
    if not args.onscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    print(render(args.out, args.width, args.height, dark=args.dark,
                 green_calendar=args.green_calendar))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
