"""Render the team's day with sample data to a PNG, to look at it as a receptionist would.

    python scripts/render_team.py [--out /tmp/team.png] [--dark]

Five staff members of a salon on Wednesday 25 November 2026 (Europe/Berlin), each with
their own opening hours, appointments with the guest's name (one guest arrived, one a
no-show), a colour with 15 minutes kept free after it, a blocked lunch, a busy event from a
calendar; one time chosen in Bea's column, as a click there chooses it, and Ann's colour
being made longer by its lower edge into her lunch (the preview red). The picture is the
same on every run.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DAY = date(2026, 11, 25)
ZONE = ZoneInfo("Europe/Berlin")


def _at(hhmm: str) -> datetime:
    hour, minute = (int(x) for x in hhmm.split(":"))
    return datetime.combine(DAY, time(hour, minute), ZONE).astimezone(UTC)


def sample_team():  # type: ignore[no-untyped-def]
    from jumpadesk.availability import APPOINTMENT_COLOR, BLOCKED_COLOR, ScheduleItem
    from jumpadesk.hours import DayHours
    from jumpadesk.rows import SubAccountRow
    from jumpadesk.services.team_day import TeamColumn, TeamDaySnapshot

    ref = iter(range(1, 1000))

    def appt(start, end, title, guest, after=0, confirmed=True,  # type: ignore[no-untyped-def]
             came=""):
        return ScheduleItem(start=_at(start), end=_at(end), title=title, busy=True,
                            source="appointment", reason="appointment", calendar="Work",
                            calendar_id=1, color=APPOINTMENT_COLOR, ref_id=next(ref),
                            guest=guest, status="written" if confirmed else "pending",
                            buffer_after=timedelta(minutes=after), attendance=came)

    def event(start, end, title, color="#1BADF8", busy=True):  # type: ignore[no-untyped-def]
        return ScheduleItem(start=_at(start), end=_at(end), title=title, busy=busy,
                            source="icloud", reason="busy" if busy else "free",
                            calendar="Home", calendar_id=2, color=color)

    def blocked(start, end, title):  # type: ignore[no-untyped-def]
        return ScheduleItem(start=_at(start), end=_at(end), title=title, busy=True,
                            source="blocked", reason="blocked", calendar="Blocked",
                            calendar_id=None, color=BLOCKED_COLOR, ref_id=next(ref))

    def all_day(title, color):  # type: ignore[no-untyped-def]
        midnight = datetime.combine(DAY, time(0), UTC)
        return ScheduleItem(start=midnight, end=midnight + timedelta(days=1), title=title,
                            busy=False, source="icloud", reason="free", calendar="Home",
                            calendar_id=2, color=color, all_day=True)

    def hours(opens: int, closes: int):  # type: ignore[no-untyped-def]
        return (DayHours(time(opens), time(closes)),) * 7

    staff = [
        ("Ann", hours(9, 18), [appt("09:00", "09:45", "Haircut", "Ann Lee", came="arrived"),
                               appt("10:00", "11:00", "Colour", "Jana Weber", after=15),
                               blocked("12:30", "13:30", "Lunch"),
                               appt("14:15", "15:00", "Haircut", "Tom Berg")]),
        ("Bea", hours(10, 19), [event("10:00", "11:30", "Dentist", "#CC73E1"),
                                appt("13:00", "14:00", "Balayage", "Maria Rossi"),
                                appt("16:00", "16:30", "Beard trim", "Omar Haddad",
                                     confirmed=False)]),
        ("Cem", hours(8, 16), [appt("08:30", "09:15", "Haircut", "Eva Roth", came="no-show"),
                               appt("09:15", "10:45", "Perm", "Lena Vogel", after=15),
                               blocked("12:00", "12:45", "Lunch"),
                               event("14:00", "15:00", "Supplier call", busy=False)]),
        ("Dana", hours(12, 20), [appt("12:00", "12:30", "Fringe", "Ida Lund"),
                                 appt("12:15", "13:15", "Colour", "Sara Kim", after=15),
                                 appt("15:30", "16:30", "Cut and colour", "Noor Ali")]),
        ("Emil", hours(9, 17), [event("09:00", "17:00", "Training course", "#FF9500"),
                                all_day("Trade fair", "#FF9500")]),
    ]
    columns = tuple(
        TeamColumn(sub_account=SubAccountRow(n + 1, name, ZONE.key), zone=ZONE,
                   items=tuple(items), opening_hours=opening)
        for n, (name, opening, items) in enumerate(staff))
    return TeamDaySnapshot(day=DAY, columns=columns,
                           everyone=tuple(c.sub_account for c in columns))


def render(out: Path, width: int, height: int, *, dark: bool = False) -> Path:
    from PySide6.QtWidgets import QApplication

    from jumpadesk.ui.team_day import TeamPanel

    app = QApplication.instance() or QApplication([])
    if dark:
        from jumpadesk.ui.colors import dark_palette

        app.setStyle("Fusion")  # type: ignore[attr-defined]
        app.setPalette(dark_palette())  # type: ignore[attr-defined]
    panel = TeamPanel()
    panel.resize(width, height)
    team = sample_team()
    panel.show_snapshot(team)
    panel.show()
    panel.view.choose(1, _at("11:30").astimezone(ZONE), _at("12:30").astimezone(ZONE))
    # Ann's colour being made longer by its lower edge, into her lunch: the preview is red.
    from jumpadesk.ui.team_paint import Dragged

    [colour] = [b for b in panel.view.blocks() if b.day == 0 and b.item.title == "Colour"]
    panel.view.dragged = Dragged(colour, 0, 105, resize=True)
    panel.view.setFocus()
    for _ in range(10):
        app.processEvents()  # type: ignore[attr-defined]
    panel.scroll_area.verticalScrollBar().setValue(int(7.5 * panel.view.metrics.hour_height))
    panel.scroll_area.horizontalScrollBar().setValue(160)  # narrow: scrolled sideways
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]
    out.parent.mkdir(parents=True, exist_ok=True)
    panel.grab().save(str(out))
    panel.close()
    print(out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/team.png"))
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--onscreen", action="store_true")
    parser.add_argument("--width", type=int, default=1200, help="narrower: columns scroll")
    args = parser.parse_args(argv)
    if not args.onscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    render(args.out, args.width, 760, dark=args.dark)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
