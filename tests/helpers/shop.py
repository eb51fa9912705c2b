"""A shop opened on the service layer (`Desk`) against the iCloud-like server, and the
ways its owner looks at the day: busy hours, what is on the schedule, an event's UID,
the transactions a question took. Times are Berlin wall times unless told."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import event

from jumpadesk.config import Settings
from jumpadesk.service import Desk
from jumpadesk.sync.client import CalDAVClient
from tests.icloud_server import IcloudServer

BERLIN = ZoneInfo("Europe/Berlin")


def three_staff(icloud: IcloudServer) -> Desk:
    """Ann books into Work, Bea into Home, Cem into Work too; Family blocks all three. The
    client retries at once and gives up after 10 s."""

    def factory(server_url: str, apple_id: str, password: str) -> CalDAVClient:
        return CalDAVClient(server_url, apple_id, password, sleep=lambda _s: None, timeout=10)

    desk = Desk(settings=Settings(), client_factory=factory)
    open_shop(desk, icloud, sub="Ann", linked="Work", conflicts=("Family",))
    open_shop(desk, icloud, sub="Bea", linked="Home", conflicts=("Family",))
    open_shop(desk, icloud, sub="Cem", linked="Work", conflicts=("Family",))
    return desk


def open_shop(
    desk: Desk,
    icloud: IcloudServer,
    *,
    sub: str = "Main",
    linked: str | None = "Work",
    conflicts: Iterable[str] = ("Home", "Family"),
    zone: str = "Europe/Berlin",
    sync: bool = True,
) -> None:
    """Add the sub-account (Main comes with the store), connect, choose the calendars,
    run the first sync."""
    if sub not in {s.name for s in desk.sub_accounts()}:
        desk.add_sub_account(sub, zone)
    desk.set_timezone(sub, zone)
    desk.connect(sub, icloud.apple_id, icloud.password, icloud.url)
    desk.configure(sub, linked, list(conflicts))
    if sync:
        report = desk.sync(sub)
        assert report.ok, report.failures()


def at(y: int, m: int, d: int, hhmm: str = "00:00", zone: ZoneInfo = BERLIN) -> datetime:
    hour, minute = (int(x) for x in hhmm.split(":"))
    return datetime(y, m, d, hour, minute, tzinfo=zone)


def busy_on(desk: Desk, day: date, sub: str = "Main", zone: ZoneInfo = BERLIN) -> list[tuple]:
    """The busy hours of one whole local day, as (HH:MM, HH:MM) wall times; 24:00 is
    the next midnight."""
    start = datetime(day.year, day.month, day.day, tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), start.time(), tzinfo=zone)
    out = []
    for i in desk.busy(sub, start, end):
        s, e = i.start.astimezone(zone), i.end.astimezone(zone)
        out.append((f"{s:%H:%M}", "24:00" if e == end else f"{e:%H:%M}"))
    return out


def items_at(desk: Desk, start: datetime, end: datetime, sub: str = "Main") -> list[tuple]:
    """(title, source, busy, reason) of everything on the schedule in the span."""
    return [(i.title, i.source, i.busy, i.reason) for i in desk.schedule(sub, start, end)]


def uid_at(icloud: IcloudServer, calendar: str, href: str) -> str:
    text = icloud.get_event(calendar, href)
    assert text is not None
    [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    return str(event["UID"])


def opened_desk(icloud: IcloudServer) -> Desk:
    """A Desk on the data folder of $JUMPADESK_HOME with its shop opened (open_shop):
    Main in Berlin, Work linked, Home and Family blocking, synced."""
    desk = Desk()
    open_shop(desk, icloud)
    return desk


@contextmanager
def transactions_begun(desk: Desk) -> Iterator[list[object]]:
    """Every transaction begun on the desk's store while the block runs."""
    begun: list[object] = []

    def on_begin(conn: Any) -> None:
        begun.append(conn)

    event.listen(desk.engine, "begin", on_begin)
    try:
        yield begun
    finally:
        event.remove(desk.engine, "begin", on_begin)
