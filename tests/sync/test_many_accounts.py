"""Issue 23, item 3: a pass over several accounts asks them at once.

Three Apple IDs on the iCloud-like server, one per sub-account (each staff member with
their own iCloud account). Each account's pass runs on its own thread with its own
client, so when iCloud answers one account with 503 and Retry-After, that account
backs off alone: the others finish and are stored meanwhile, and the one backing off is
named out of date while its events go on blocking, never free.

The backing-off account's client sleeps through `waits_for_the_others`: it records
whether the other accounts had been stored by the time it was done waiting (it waits for
them, ten seconds at most). Passes that ran one account after another would keep the
others waiting behind it instead.
"""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from jumpadesk.config import Settings
from jumpadesk.service import Desk
from jumpadesk.sync.client import CalDAVClient
from jumpadesk.sync.report import SyncProgress
from tests.icloud_server import IcloudServer, make_event, week_day

OTHERS = {"salon-b@icloud.com": ("Salon B", "bbbb-cccc-dddd-eeee"),
          "salon-c@icloud.com": ("Salon C", "cccc-dddd-eeee-ffff")}


class Shop:
    """The desk, with the demo account on Main and the two others on their own
    sub-accounts; Work linked and Home a conflict calendar everywhere."""

    def __init__(self, icloud: IcloudServer, settings: Settings) -> None:
        self.icloud = icloud
        self.backing_off = icloud.apple_id  # connected first: the first account asked
        self.others_stored = threading.Event()
        self.waited: list[bool] = []  # per sleep of the backing-off account
        self.sleeps: list[float] = []
        self.paths = {apple_id: icloud.add_account(apple_id, password)
                      for apple_id, (_, password) in OTHERS.items()}
        self.desk = Desk(settings=settings, client_factory=self.client)
        self.desk.set_timezone("Main", "Europe/Berlin")
        self.desk.connect("Main", icloud.apple_id, icloud.password, icloud.url)
        self.desk.configure("Main", "Work", ["Home"])
        for apple_id, (sub, password) in OTHERS.items():
            self.desk.add_sub_account(sub, "Europe/Berlin")
            self.desk.connect(sub, apple_id, password, icloud.url)
            self.desk.configure(sub, "Work", ["Home"])

    def client(self, server_url: str, apple_id: str, password: str) -> CalDAVClient:
        if apple_id == self.backing_off:
            return CalDAVClient(server_url, apple_id, password, timeout=20,
                                sleep=self.waits_for_the_others, retry_floor=1,
                                retry_budget=2)
        return CalDAVClient(server_url, apple_id, password, timeout=20,
                            sleep=self.sleeps.append)

    def waits_for_the_others(self, seconds: float) -> None:
        self.waited.append(self.others_stored.wait(10))

    def progress(self) -> object:
        """A progress callback that tells when the other accounts' calendars are done."""
        done: dict[str, int] = {}

        def seen(p: SyncProgress) -> None:
            if p.calendar and p.account in OTHERS:
                done[p.account] = done.get(p.account, 0) + 1
            if all(done.get(a, 0) >= 2 for a in OTHERS):
                self.others_stored.set()

        return seen


def test_one_account_backing_off_after_a_503_never_holds_up_the_others(
    jumpadesk_home: Path, icloud: IcloudServer
) -> None:
    shop = Shop(icloud, Settings())
    assert shop.desk.sync().ok
    # The phone adds an appointment to each of the other two accounts' Work ...
    added = {}
    for apple_id, (sub, _) in OTHERS.items():
        start = week_day(3, "15:00")
        icloud.put_event("Work", make_event(f"New client of {sub}", start,
                                            start + timedelta(hours=1)),
                         href=shop.paths[apple_id]["Work"] + f"new-{sub[-1]}.ics")
        added[sub] = (start, start + timedelta(hours=1))
    main_before = [(i.start, i.end) for i in shop.desk.busy("Main", week_day(0), week_day(7))]
    assert main_before
    # ... and iCloud answers every request of the demo account with 503, Retry-After 1.
    icloud.fail_next(1000, status=503, retry_after=1, path=f"/{icloud.apple_id}/")

    report = shop.desk.sync(progress=shop.progress())

    # The others were stored while the demo account was still backing off.
    assert shop.waited == [True]
    by_account = {a.apple_id: a for a in report.accounts}
    assert [a.apple_id for a in report.accounts] == [icloud.apple_id, *OTHERS]
    for apple_id, (sub, _) in OTHERS.items():
        assert by_account[apple_id].ok, report.failures()
        start, end = added[sub]
        assert (start, end) in [(i.start, i.end) for i in shop.desk.busy(sub, start, end)]
        assert shop.desk.stale(sub) == []
    # The one backing off is named out of date, and its events still block.
    backing_off = by_account[icloud.apple_id]
    assert not backing_off.ok and "is busy (HTTP 503)" in backing_off.error
    stale = shop.desk.stale("Main")
    assert sorted(s.name for s in stale) == ["Home", "Work"]
    assert all("is busy (HTTP 503)" in s.error for s in stale)
    assert [(i.start, i.end)
            for i in shop.desk.busy("Main", week_day(0), week_day(7))] == main_before


def test_one_account_after_another_when_asked_to(
    jumpadesk_home: Path, icloud: IcloudServer
) -> None:
    # The old way (accounts_at_once=1) still works: the same pass, one account at a time.
    shop = Shop(icloud, Settings(accounts_at_once=1))
    report = shop.desk.sync()
    assert report.ok, report.failures()
    assert [a.apple_id for a in report.accounts] == [icloud.apple_id, *OTHERS]
    assert all(shop.desk.busy(sub, week_day(0), week_day(7))
               for sub in ["Main", "Salon B", "Salon C"])
