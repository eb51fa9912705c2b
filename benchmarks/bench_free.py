"""How long does "the next free 45 minutes with anyone" take: `free --anyone` over 8 staff
and 30 days, in this process (Desk.free_times) and as a whole `jumpadesk free` process,
side by side with `busy` over the same 30 days as the baseline (in process: busy for each
of the 8 staff; as a process: `jumpadesk busy` for one).

Each staff member has a conflict calendar filled with busy events (a day of 5 to 7, 30 to
120 minutes, about a tenth repeating weekly), an appointment a day and a repeating
lunch break, so free starts are scattered and the search reads most of the 30 days.

Run: .venv/bin/python benchmarks/bench_free.py [--staff 8] [--days 30] [--rounds 7]
Prints the figures and the ratios; it asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import child_env, jumpadesk_command, median, run_measured  # noqa: E402

from jumpadesk.config import Settings  # noqa: E402
from jumpadesk.free_time import MOST_STARTS  # noqa: E402
from jumpadesk.models import (  # noqa: E402
    Appointment,
    BlockedSlot,
    Calendar,
    CalendarObject,
    CalendarRole,
    Connection,
    SubAccount,
    SubAccountConnection,
    make_engine,
)
from jumpadesk.service import Desk  # noqa: E402
from jumpadesk.sync.occurrences import epoch, reexpand_calendar  # noqa: E402

BERLIN = ZoneInfo("Europe/Berlin")


def event_ics(uid: str, start: datetime, minutes: int, weekly: bool) -> str:
    stamp = start.astimezone(BERLIN).strftime("%Y%m%dT%H%M%S")
    end = (start + timedelta(minutes=minutes)).astimezone(BERLIN).strftime("%Y%m%dT%H%M%S")
    rrule = "RRULE:FREQ=WEEKLY;COUNT=6\r\n" if weekly else ""
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;TZID=Europe/Berlin:{stamp}\r\n"
            f"DTEND;TZID=Europe/Berlin:{end}\r\n{rrule}SUMMARY:Busy {uid}\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


def build(home: Path, staff: int, days: int, first: date) -> int:
    """The store of a salon with `staff` staff members; returns how many objects."""
    engine = make_engine(f"sqlite:///{home / 'jumpadesk.db'}")
    rng = random.Random(20)
    now = datetime.now(UTC)
    objects = 0
    with Session(engine, expire_on_commit=False) as s:
        main = s.exec(select(SubAccount).where(SubAccount.name == "Main")).one()
        conn = Connection(apple_id="salon@icloud.com", server_url="https://x/", state="ok",
                          last_sync_at=now)
        s.add(conn)
        s.flush()
        window = (datetime.combine(first, datetime.min.time(), UTC) - timedelta(days=30),
                  datetime.combine(first, datetime.min.time(), UTC) + timedelta(days=400))
        for n in range(staff):
            sub = main if n == 0 else SubAccount(name=f"Staff {n:02d}")
            sub.timezone = "Europe/Berlin"
            s.add(sub)
            s.flush()
            s.add(SubAccountConnection(sub_account_id=sub.id, connection_id=conn.id))
            cal = Calendar(connection_id=conn.id, path=f"/staff{n}/", name=f"Staff {n}",
                           last_sync_at=now)
            s.add(cal)
            s.flush()
            s.add(CalendarRole(sub_account_id=sub.id, calendar_id=cal.id, role="conflict"))
            for d in range(days):
                day = first + timedelta(days=d)
                if day.weekday() >= 5:
                    continue
                for k in range(rng.randint(5, 7)):
                    at = datetime(day.year, day.month, day.day, rng.randint(8, 17),
                                  rng.choice((0, 15, 30, 45)), tzinfo=BERLIN)
                    ics = event_ics(f"s{n}-d{d}-{k}", at, rng.choice((30, 45, 60, 90, 120)),
                                    weekly=rng.random() < 0.1)
                    s.add(CalendarObject(calendar_id=cal.id, href=f"/staff{n}/{d}-{k}.ics",
                                         ics=ics))
                    objects += 1
                appt = datetime(day.year, day.month, day.day, 9 + n % 8, tzinfo=BERLIN)
                s.add(Appointment(sub_account_id=sub.id, calendar_id=cal.id, title="Cut",
                                  start_ts=epoch(appt), end_ts=epoch(appt) + 3600,
                                  uid=f"a{n}-{d}@jumpadesk", status="written"))
            lunch = datetime(first.year, first.month, first.day, 13, tzinfo=BERLIN)
            s.add(BlockedSlot(sub_account_id=sub.id, title="Lunch", start_ts=epoch(lunch),
                              end_ts=epoch(lunch) + 1800, repeat_rule="weekdays"))
            s.flush()
            reexpand_calendar(s, cal, [], window)
        s.commit()
    return objects


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--staff", type=int, default=8)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    today = date.today()
    first = today + timedelta(days=7 - today.weekday())  # next Monday
    after = datetime.combine(first, datetime.min.time(), BERLIN)
    before = after + timedelta(days=args.days)
    length = timedelta(minutes=45)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        home.chmod(0o700)
        t0 = time.perf_counter()
        objects = build(home, args.staff, args.days, first)
        built = time.perf_counter() - t0
        engine = make_engine(f"sqlite:///{home / 'jumpadesk.db'}")
        desk = Desk(engine, Settings(stale_after_seconds=3600))
        names = [s.name for s in desk.sub_accounts()]

        free_s, every_s, busy_s, found, every = [], [], [], 0, 0
        for _ in range(args.rounds):  # side by side, so load on the machine hits both alike
            t0 = time.perf_counter()
            answer = desk.free_times(None, length, anyone=True, after=after, before=before,
                                     count=args.count)
            free_s.append(time.perf_counter() - t0)
            found = len(answer.starts)
            t0 = time.perf_counter()  # every start of the 30 days: the whole span is read
            answer = desk.free_times(None, length, anyone=True, after=after, before=before,
                                     count=MOST_STARTS)
            every_s.append(time.perf_counter() - t0)
            every = len(answer.starts)
            t0 = time.perf_counter()
            for name in names:
                desk.busy(name, after, before)
            busy_s.append(time.perf_counter() - t0)

        env = child_env(home, JUMPADESK_STALE_AFTER="3600")
        stamp = {"--after": after.isoformat(), "--before": before.isoformat()}
        free_argv = [*jumpadesk_command(), "free", "--anyone", "--length", "45m",
                     "--count", str(args.count), "--json",
                     *(x for kv in stamp.items() for x in kv)]
        busy_argv = [*jumpadesk_command(), "busy", "--from", after.isoformat(), "--to",
                     before.isoformat(), "--json"]
        every_argv = list(free_argv)
        every_argv[every_argv.index("--count") + 1] = str(MOST_STARTS)
        free_p, every_p, busy_p = [], [], []
        for _ in range(max(3, args.rounds // 2)):
            run = run_measured(free_argv, env)
            assert run.returncode == 0, run.stderr
            free_p.append(run)
            run = run_measured(every_argv, env)
            assert run.returncode == 0, run.stderr
            every_p.append(run)
            run = run_measured(busy_argv, env)
            assert run.returncode == 0, run.stderr
            busy_p.append(run)

    print(f"store: {args.staff} staff, {args.days} days, {objects} busy iCloud objects "
          f"(~10% weekly), an appointment a day each and a weekday lunch; built in {built:.1f} s")
    print(f"in process, median of {args.rounds}:")
    print(f"  free --anyone, 45 min, {found} starts:  {median(free_s) * 1000:7.1f} ms")
    print(f"  free --anyone, every start ({every}):   {median(every_s) * 1000:7.1f} ms")
    print(f"  busy for each of the {len(names)} staff:       {median(busy_s) * 1000:7.1f} ms")
    print(f"  ratio free/busy: {median(free_s) / median(busy_s):.2f} (first {args.count}), "
          f"{median(every_s) / median(busy_s):.2f} (every start)")
    print(f"as a whole process, median of {len(free_p)}:")
    f_sec = median([r.seconds for r in free_p])
    b_sec = median([r.seconds for r in busy_p])
    print(f"  jumpadesk free --anyone --count {args.count}: {f_sec * 1000:7.0f} ms, "
          f"peak {max(r.peak_mb for r in free_p):.0f} MB")
    e_sec = median([r.seconds for r in every_p])
    print(f"  jumpadesk free --anyone, every start: {e_sec * 1000:6.0f} ms, "
          f"peak {max(r.peak_mb for r in every_p):.0f} MB")
    print(f"  jumpadesk busy (one staff member):   {b_sec * 1000:7.0f} ms, "
          f"peak {max(r.peak_mb for r in busy_p):.0f} MB")
    print(f"  ratio free/busy: {f_sec / b_sec:.2f} (first {args.count}), "
          f"{e_sec / b_sec:.2f} (every start)")


if __name__ == "__main__":
    main()
