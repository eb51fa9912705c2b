"""Blocked slots that repeat, in the store (issue 21 item 9): a weekday lunch blocks every
weekday for busy, for booking and for other blocks; one made over an appointment is
refused; one day or the whole series is taken away. On SQLite and PostgreSQL (see
tests/conftest.py BOTH_STORES): on PostgreSQL the database's own check sees only a
series' first occurrence, so the booking transaction's expanded check is what refuses
the later ones."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from jumpadesk.config import Settings
from jumpadesk.errors import InputError, SlotTaken
from jumpadesk.repeats import Repeat
from jumpadesk.service import Desk
from jumpadesk.sync.client import CalDAVClient
from tests.icloud_server import IcloudServer

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 12, 7)  # a week after the seeded one: nothing else is there


def at(day: int, hhmm: str, week: int = 0) -> datetime:
    hour, minute = (int(x) for x in hhmm.split(":"))
    d = MONDAY + timedelta(days=day + 7 * week)
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=BERLIN)


@pytest.fixture
def desk(jumpadesk_home: Path, icloud: IcloudServer) -> Desk:
    def factory(server_url: str, apple_id: str, password: str) -> CalDAVClient:
        return CalDAVClient(server_url, apple_id, password, sleep=lambda _s: None, timeout=10)

    d = Desk(settings=Settings(), client_factory=factory)
    d.set_timezone("Main", "Europe/Berlin")
    d.connect("Main", icloud.apple_id, icloud.password, icloud.url)
    d.configure("Main", "Work", ["Home", "Family"])
    assert d.sync("Main").ok
    return d


def local(spans: list) -> list[str]:
    return [f"{i.start.astimezone(BERLIN):%a %d %H:%M}-{i.end.astimezone(BERLIN):%H:%M}"
            for i in spans]


def busy_afternoons(desk: Desk, first: int, days: int, week: int = 0) -> list[str]:
    """What `busy` says from 10:00 to 20:00 on each of the days (the seeded weekly
    stand-up, Monday, Wednesday and Friday 09:00-09:30, lies outside)."""
    return [span for day in range(first, first + days)
            for span in local(desk.busy("Main", at(day, "10:00", week), at(day, "20:00", week)))]


def test_a_weekday_lunch_blocks_every_weekday_and_booking_over_it_is_refused(
    desk: Desk,
) -> None:
    lunch = desk.block("Main", at(0, "12:30"), at(0, "13:15"), "Lunch",
                       Repeat.make("weekdays"))
    assert busy_afternoons(desk, 0, 7) == [
        "Mon 07 12:30-13:15", "Tue 08 12:30-13:15", "Wed 09 12:30-13:15",
        "Thu 10 12:30-13:15", "Fri 11 12:30-13:15"]
    far = desk.schedule("Main", at(3, "00:00", week=40), at(4, "00:00", week=40))
    assert [(i.title, i.source, i.ref_id, i.repeat) for i in far] == [
        ("Lunch", "blocked", lunch.id, "every weekday (Monday to Friday)")]

    with pytest.raises(SlotTaken, match="That time is not free: it overlaps Lunch "
                                        r"\(Blocked, Thu"):
        desk.book("Main", at(3, "13:00", week=2), at(3, "13:30", week=2), "Haircut")
    with pytest.raises(SlotTaken, match="overlaps Lunch"):
        desk.block("Main", at(2, "12:00"), at(2, "12:45"), "Delivery")
    booked = desk.book("Main", at(3, "13:15", week=2), at(3, "14:00", week=2), "Haircut")
    assert booked.id is not None  # right after lunch is free
    saturday = desk.book("Main", at(5, "12:30"), at(5, "13:15"), "Weekend cut")
    assert saturday.id is not None


def test_a_repeating_block_that_would_land_on_an_appointment_is_refused_naming_it(
    desk: Desk,
) -> None:
    desk.book("Main", at(3, "12:00", week=3), at(3, "12:45", week=3), "Colour", "Ann Lee")
    with pytest.raises(SlotTaken, match=r"That time is not free: it overlaps Colour \(Work"):
        desk.block("Main", at(0, "12:30"), at(0, "13:15"), "Lunch", Repeat.make("daily"))
    assert desk.busy("Main", at(0, "12:00"), at(0, "14:00")) == []  # nothing kept
    # Ending before that Thursday, or on other weekdays, it lands on nothing.
    until = Repeat.make("daily", until=date(2026, 12, 30))
    assert desk.block("Main", at(0, "12:30"), at(0, "13:15"), "Lunch", until).id
    assert busy_afternoons(desk, 2, 1, week=3) == ["Wed 30 12:30-13:15"]
    assert desk.busy("Main", at(3, "12:50", week=4), at(3, "13:00", week=4)) == []
    weekly = Repeat.make("weekly", {0, 2})
    assert desk.block("Main", at(0, "07:00"), at(0, "08:00"), "Team talk", weekly).id
    mornings = [span for day in range(6)
                for span in local(desk.busy("Main", at(day, "06:00", 9), at(day, "08:30", 9)))]
    assert mornings == ["Mon 08 07:00-08:00", "Wed 10 07:00-08:00"]


def test_a_series_starts_on_the_first_day_its_rule_allows_and_lasts_a_day_at_most(
    desk: Desk,
) -> None:
    slot = desk.block("Main", at(5, "12:00"), at(5, "13:00"), "Lunch",
                      Repeat.make("weekdays"))  # asked on a Saturday: starts on Monday
    assert busy_afternoons(desk, 5, 3) == ["Mon 14 12:00-13:00"]
    assert datetime.fromtimestamp(slot.start_ts, BERLIN) == at(7, "12:00")
    with pytest.raises(InputError, match="A block that repeats can last a day at most"):
        desk.block("Main", at(0, "08:00"), at(1, "09:00"), "Long", Repeat.make("daily"))
    with pytest.raises(InputError, match="Nothing to block: every day until Sunday 6 "
                                         "December 2026 ends before Monday 7 December 2026."):
        desk.block("Main", at(0, "08:00"), at(0, "09:00"), "Past",
                   Repeat.make("daily", until=date(2026, 12, 6)))


def test_one_day_or_the_whole_series_is_taken_away(desk: Desk) -> None:
    lunch = desk.block("Main", at(0, "12:30"), at(0, "13:15"), "Lunch",
                       Repeat.make("weekdays"))
    assert lunch.id is not None
    gone = desk.unblock("Main", lunch.id, only=date(2026, 12, 9))
    assert gone.sentence(lunch.id) == ("Removed \u201cLunch\u201d on Wednesday 9 December "
                                       "2026 only; it still blocks every weekday (Monday to "
                                       "Friday).")
    assert desk.book("Main", at(2, "12:30"), at(2, "13:00"), "Wednesday cut").id
    with pytest.raises(SlotTaken):
        desk.book("Main", at(3, "12:30"), at(3, "13:00"), "Thursday cut")
    with pytest.raises(InputError, match="\u201cLunch\u201d does not block Saturday 12 "
                                         "December 2026: it repeats every weekday"):
        desk.unblock("Main", lunch.id, only=date(2026, 12, 12))

    # The first day taken out: the series now starts on Tuesday, and Monday is free on
    # either store (PostgreSQL's own check guards the row's first occurrence).
    desk.unblock("Main", lunch.id, only=MONDAY)
    assert desk.book("Main", at(0, "12:30"), at(0, "13:00"), "Monday cut").id
    assert busy_afternoons(desk, 0, 3) == [
        "Mon 07 12:30-13:00", "Tue 08 12:30-13:15", "Wed 09 12:30-13:00"]  # the cuts booked

    desk.unblock("Main", lunch.id)  # the whole series
    assert desk.busy("Main", at(3, "12:00", week=5), at(3, "14:00", week=5)) == []


def test_taking_out_the_last_day_of_a_series_removes_it(desk: Desk) -> None:
    slot = desk.block("Main", at(0, "18:00"), at(0, "19:00"), "Inventory",
                      Repeat.make("daily", until=date(2026, 12, 8)))
    assert slot.id is not None
    desk.unblock("Main", slot.id, only=date(2026, 12, 8))
    desk.unblock("Main", slot.id, only=MONDAY)
    assert [i for i in desk.schedule("Main", at(0, "00:00"), at(7, "00:00"))
            if i.source == "blocked"] == []
    with pytest.raises(Exception, match="There is no blocked slot"):
        desk.unblock("Main", slot.id)
