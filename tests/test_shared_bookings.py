"""One iCloud account in two sub-accounts, and double bookings made outside jumpadesk.

- A booking in sub-account A blocks at once in sub-account B when B's conflict calendars
  include the calendar it was written to: before any sync, and with iCloud down.
- When the sync brings the same event back (same UID) it is still one block.
- An event added on the phone over a booked appointment is listed as a conflict
  (`Desk.appointment_conflicts`, `jumpadesk conflicts`, counted by `status`).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from jumpadesk import cli
from jumpadesk.config import Settings
from jumpadesk.errors import SlotTaken
from jumpadesk.service import Desk, StaleData
from jumpadesk.sync.client import CalDAVClient
from tests.helpers.shop import at, busy_on, items_at, open_shop
from tests.icloud_server import IcloudServer


@pytest.fixture
def desk(jumpadesk_home: Path) -> Desk:
    """The desk of a fresh data folder, with clients that never sleep for real."""

    def factory(server_url: str, apple_id: str, password: str) -> CalDAVClient:
        return CalDAVClient(server_url, apple_id, password, sleep=lambda _s: None, timeout=10)

    return Desk(settings=Settings(), client_factory=factory)


def two_salons(desk: Desk, icloud: IcloudServer) -> None:
    """Salon A books into Work; Salon B books into Home and counts Work as a conflict."""
    open_shop(desk, icloud, sub="Salon A", linked="Work", conflicts=("Home",))
    open_shop(desk, icloud, sub="Salon B", linked="Home", conflicts=("Work", "Family"))


def test_a_booking_in_one_sub_account_blocks_at_once_in_another_using_its_calendar(
    desk: Desk, icloud: IcloudServer,
) -> None:
    two_salons(desk, icloud)
    day = at(2026, 12, 2).date()
    assert ("15:00", "16:00") not in busy_on(desk, day, sub="Salon B")

    appt = desk.book("Salon A", at(2026, 12, 2, "15:00"), at(2026, 12, 2, "16:00"),
                     "Balayage", name="Jana Weber")

    # No sync of B in between: the row itself blocks there.
    assert ("15:00", "16:00") in busy_on(desk, day, sub="Salon B")
    [shown] = desk.schedule("Salon B", at(2026, 12, 2, "15:00"), at(2026, 12, 2, "16:00"))
    assert (shown.title, shown.calendar, shown.busy) == ("Balayage", "Work", True)
    assert shown.reason_text == "Appointment booked in jumpadesk by another sub-account"
    assert shown.ref_id is None  # B cannot cancel A's booking
    with pytest.raises(SlotTaken) as taken:
        desk.book("Salon B", at(2026, 12, 2, "15:30"), at(2026, 12, 2, "16:30"), "Perm",
                  sync_first=False)
    assert "Balayage (Work" in str(taken.value)

    # The sync brings the event back from iCloud: still one block, in A and in B.
    assert desk.sync("Salon B").ok
    for sub, source in (("Salon B", "icloud"), ("Salon A", "appointment")):
        assert [(t, s) for t, s, _, _ in items_at(
            desk, at(2026, 12, 2, "15:00"), at(2026, 12, 2, "16:00"), sub=sub)
        ] == [("Balayage", source)]

    # Cancelled in A: free again in B, before any sync.
    desk.cancel("Salon A", appt.id)  # type: ignore[arg-type]
    assert ("15:00", "16:00") not in busy_on(desk, day, sub="Salon B")


def test_with_icloud_down_a_booking_still_blocks_the_other_sub_account(
    desk: Desk, icloud: IcloudServer,
) -> None:
    two_salons(desk, icloud)
    desk.book("Salon A", at(2026, 12, 3, "09:00"), at(2026, 12, 3, "10:00"), "Cut")
    icloud.stop()

    assert ("09:00", "10:00") in busy_on(desk, at(2026, 12, 3).date(), sub="Salon B")
    slot = (at(2026, 12, 3, "09:30"), at(2026, 12, 3, "10:30"))
    with pytest.raises(StaleData):  # iCloud down: the staleness question comes first
        desk.book("Salon B", *slot, "Colour")
    with pytest.raises(SlotTaken) as taken:  # and "book anyway" still cannot double book
        desk.book("Salon B", *slot, "Colour", allow_stale=True)
    assert "Cut (Work" in str(taken.value)


def test_an_event_added_on_the_phone_over_a_booking_is_listed_as_a_conflict(
    desk: Desk, icloud: IcloudServer, capsys: pytest.CaptureFixture,
) -> None:
    open_shop(desk, icloud)
    # A week from today (the command line asks about appointments not yet over).
    d = date.today() + timedelta(days=7)
    haircut = desk.book("Main", at(d.year, d.month, d.day, "10:00"),
                        at(d.year, d.month, d.day, "11:00"), "Haircut", name="Ann Lee")
    desk.book("Main", at(d.year, d.month, d.day, "14:00"), at(d.year, d.month, d.day, "15:00"),
              "Colour")
    assert desk.appointment_conflicts("Main") == []

    # On the phone: a dentist visit over the haircut, and a free event over the colour.
    icloud.add_event("Home", "Dentist", at(d.year, d.month, d.day, "10:30"),
                     at(d.year, d.month, d.day, "11:30"))
    icloud.add_event("Home", "Maybe lunch", at(d.year, d.month, d.day, "14:00"),
                     at(d.year, d.month, d.day, "15:00"), transp="TRANSPARENT")
    assert desk.sync().ok

    [clash] = desk.appointment_conflicts("Main")
    assert (clash.appointment.ref_id, clash.appointment.title) == (haircut.id, "Haircut")
    assert [(i.title, i.calendar) for i in clash.overlapping] == [("Dentist", "Home")]
    wd = f"{d:%a}"
    assert clash.sentence(desk.zone("Main")) == (
        f"Haircut (Ann Lee, appointment {haircut.id}, {wd} 10:00–11:00) now overlaps "
        f"Dentist (Home, {wd} 10:30–11:30, Busy in iCloud). Call Ann Lee to move it.")
    # Once the appointment is over it is no longer a conflict to act on.
    assert desk.appointment_conflicts("Main", now=at(d.year, d.month, d.day, "11:00")) == []

    assert cli.main(["conflicts", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(c["appointment"]["title"], [o["title"] for o in c["overlapping"]])
            for c in listed] == [("Haircut", ["Dentist"])]
    assert listed[0]["overlapping"][0]["start"] == cli.zulu(at(d.year, d.month, d.day, "10:30"))
    assert cli.main(["conflicts"]) == 0
    assert "now overlaps Dentist (Home" in capsys.readouterr().out
    assert cli.main(["status"]) == 0
    assert "Conflicts: 1 appointment now overlapped" in capsys.readouterr().out


def test_conflicts_look_as_far_ahead_as_the_window_unless_told_otherwise(
    desk: Desk, icloud: IcloudServer, capsys: pytest.CaptureFixture,
) -> None:
    open_shop(desk, icloud)
    soon, later = (date.today() + timedelta(days=days) for days in (7, 100))
    for day, title in ((soon, "Haircut"), (later, "Colour")):
        desk.book("Main", at(day.year, day.month, day.day, "10:00"),
                  at(day.year, day.month, day.day, "11:00"), title)
    # On the phone, over both: the colour is 100 days ahead, past the window's 90.
    for day, title in ((soon, "Dentist"), (later, "Gym")):
        icloud.add_event("Home", title, at(day.year, day.month, day.day, "10:30"),
                         at(day.year, day.month, day.day, "11:30"))
    assert desk.sync().ok

    assert [c.appointment.title for c in desk.appointment_conflicts("Main")] == ["Haircut"]
    assert cli.main(["conflicts"]) == 0
    out = capsys.readouterr().out
    assert "Haircut" in out and "Colour" not in out
    assert cli.main(["status"]) == 0
    assert "Conflicts: 1 appointment now overlapped" in capsys.readouterr().out

    assert cli.main(["conflicts", "--days", "120", "--json"]) == 0
    assert [c["appointment"]["title"] for c in json.loads(capsys.readouterr().out)] == [
        "Haircut", "Colour"]
    assert cli.main(["conflicts", "--days", "3"]) == 0
    assert capsys.readouterr().out == (
        "No conflicts: nothing overlaps a booked appointment in the next 3 days.\n")
