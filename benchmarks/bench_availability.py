"""How fast is "is this slot free?" from the local store, beside expanding the raw
iCalendar objects on every question (what a client without a cache does, before even
counting the network).

Run: .venv/bin/python benchmarks/bench_availability.py [--events N] [--queries N]
Prints the figures and the ratio; it asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import Session, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jumpadesk import availability  # noqa: E402
from jumpadesk.models import (  # noqa: E402
    Calendar,
    CalendarObject,
    CalendarRole,
    Connection,
    SubAccount,
    SubAccountConnection,
    make_engine,
)
from jumpadesk.models.reading import SessionReader  # noqa: E402
from jumpadesk.sync.ical import expand_calendar_object  # noqa: E402
from jumpadesk.sync.occurrences import reexpand_calendar  # noqa: E402

BASE = datetime(2026, 11, 23, tzinfo=UTC)


def event_ics(i: int) -> str:
    day = BASE + timedelta(days=(i * 7) % 365, hours=8 + i % 9)
    stamp = day.strftime("%Y%m%dT%H%M%S")
    end = (day + timedelta(minutes=45)).strftime("%Y%m%dT%H%M%S")
    rrule = "RRULE:FREQ=WEEKLY;COUNT=20\r\n" if i % 10 == 0 else ""
    transp = "TRANSPARENT" if i % 7 == 0 else "OPAQUE"
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:bench-{i}\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;TZID=Europe/Berlin:{stamp}\r\n"
        f"DTEND;TZID=Europe/Berlin:{end}\r\n{rrule}SUMMARY:Event {i}\r\nTRANSP:{transp}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def build(path: Path, events: int, calendars: int):  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{path}")
    window = (BASE - timedelta(days=30), BASE + timedelta(days=400))
    with Session(engine, expire_on_commit=False) as s:
        sub = s.exec(select(SubAccount).where(SubAccount.name == "Main")).one()  # the store's
        sub.timezone = "Europe/Berlin"
        conn = Connection(apple_id="bench@icloud.com", server_url="https://x/")
        s.add(sub)
        s.add(conn)
        s.flush()
        s.add(SubAccountConnection(sub_account_id=sub.id, connection_id=conn.id))
        t0 = time.perf_counter()
        for c in range(calendars):
            cal = Calendar(connection_id=conn.id, path=f"/c{c}/", name=f"Cal {c}")
            s.add(cal)
            s.flush()
            s.add(CalendarRole(sub_account_id=sub.id, calendar_id=cal.id, role="conflict"))
            for i in range(events // calendars):
                n = c * events + i
                s.add(CalendarObject(calendar_id=cal.id, href=f"/c{c}/{n}.ics", ics=event_ics(n)))
            s.flush()
            reexpand_calendar(s, cal, [], window)
        s.commit()
        expand_seconds = time.perf_counter() - t0
    return engine, expand_seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1500)
    parser.add_argument("--calendars", type=int, default=3)
    parser.add_argument("--queries", type=int, default=30)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        engine, expand_seconds = build(Path(tmp) / "bench.db", args.events, args.calendars)
        with Session(engine) as s:
            sub = s.exec(select(SubAccount)).one()
            objects = [o.ics for o in s.exec(select(CalendarObject)).all()]

            cached, naive = [], []
            for q in range(args.queries):
                start = BASE + timedelta(days=7 * (q % 20))
                end = start + timedelta(days=7)
                t0 = time.perf_counter()
                busy = availability.busy_between(SessionReader(s), sub, start, end)
                cached.append(time.perf_counter() - t0)

                t0 = time.perf_counter()
                spans = []
                for ics in objects:
                    for occ in expand_calendar_object(ics, start, end):
                        if occ.busy and not occ.floating:
                            spans.append((max(occ.start, start), min(occ.end, end)))
                baseline = availability.merge_intervals(spans)
                naive.append(time.perf_counter() - t0)
                assert baseline == busy, "both ways must agree on what is busy"

    med_c, med_n = statistics.median(cached), statistics.median(naive)
    print(f"store: {args.events} events in {args.calendars} calendars, "
          f"expanded once in {expand_seconds:.2f} s")
    print(f"busy_between for one week, median of {args.queries}: {med_c * 1000:.1f} ms")
    print(f"baseline, expand raw objects per question:  {med_n * 1000:.1f} ms")
    print(f"ratio baseline/store: {med_n / med_c:.0f}x")


if __name__ == "__main__":
    main()
