"""The team's day as the window shows it (issue 20 item 1): one column per staff member,
read in one transaction, each column exactly what blocks that staff member by the rule of
its week and of booking (buffers included), with its opening hours and its stale
calendars. On SQLite and PostgreSQL, against the iCloud-like server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from jumpadesk.hours import DayHours
from jumpadesk.service import Desk
from jumpadesk.week import mark_overlaps
from tests.helpers.shop import at, open_shop, transactions_begun
from tests.icloud_server import IcloudServer

DAY = at(2026, 12, 2).date()  # a Wednesday


@pytest.fixture
def desk(jumpadesk_home: Path, icloud: IcloudServer) -> Desk:
    d = Desk()
    open_shop(d, icloud, sub="Ann", linked="Work", conflicts=("Family",))
    open_shop(d, icloud, sub="Bea", linked="Home", conflicts=("Family", "Work"))
    d.add_sub_account("Cem", "Europe/Berlin")  # nothing connected yet
    return d


@pytest.fixture
def transactions(desk: Desk) -> Iterator[list[object]]:
    with transactions_begun(desk) as begun:
        yield begun


def test_each_column_is_what_blocks_that_staff_member_read_in_one_transaction(
    desk: Desk, icloud: IcloudServer, transactions: list[object],
) -> None:
    desk.add_service("Colour", timedelta(hours=1), timedelta(), timedelta(minutes=15))
    colour = desk.book("Ann", at(2026, 12, 2, "10:00"), None, "", "Ann Lee", service="Colour")
    icloud.add_event("Family", "School play", at(2026, 12, 2, "16:00"), at(2026, 12, 2, "17:00"))
    assert desk.sync("Ann").ok
    lunch = (DayHours(time(9), time(13)),) * 7
    desk.set_opening_hours("Bea", lunch)
    start, end = at(2026, 12, 2), at(2026, 12, 3)

    transactions.clear()
    team = desk.team_day_snapshot(DAY)
    assert len(transactions) == 1

    assert team.day == DAY
    assert [c.name for c in team.columns] == ["Ann", "Bea", "Cem", "Main"]
    assert [c.bookable for c in team.columns] == [True, True, False, False]
    for column in team.columns:
        assert list(column.items) == mark_overlaps(
            desk.schedule(column.name, start, end), column.zone), column.name
        assert column.opening_hours == desk.opening_hours(column.name)
    ann, bea = team.columns[0], team.columns[1]
    [booked] = [i for i in ann.items if i.source == "appointment"]
    assert (booked.ref_id, booked.guest, booked.buffer_after) == (
        colour.id, "Ann Lee", timedelta(minutes=15))
    assert ann.guests[colour.id].name == "Ann Lee"
    # Bea counts Ann's Work calendar: Ann's booking blocks her too, as booking says.
    assert [(i.title, i.reason) for i in bea.items if i.title == "Colour"] == [
        ("Colour", "shared_appointment")]
    assert "School play" in {i.title for i in bea.items}
    assert bea.opening_hours == lunch
    assert team.banner is None
    assert team.column_of(bea.sub_account.id) == 1 and team.item_count() == sum(
        len(c.items) for c in team.columns)


def test_only_the_chosen_staff_members_are_read_and_stale_calendars_are_named(
    desk: Desk, icloud: IcloudServer,
) -> None:
    ids = {s.name: s.id for s in desk.sub_accounts()}
    months_later = datetime(2027, 3, 1, tzinfo=UTC)

    team = desk.team_day_snapshot(DAY, [ids["Bea"], ids["Cem"], 10_000], now=months_later)

    assert [c.name for c in team.columns] == ["Bea", "Cem"]
    assert [s.name for s in team.everyone] == ["Ann", "Bea", "Cem", "Main"]
    assert {s.name for s in team.columns[0].stale} == {
        s.name for s in desk.week_snapshot("Bea", DAY, now=months_later).stale} == {
        "Family", "Home", "Work"}
    assert team.columns[1].stale == ()
    assert team.banner is not None and team.banner.startswith("Bea: ")
    assert "\nCem" not in team.banner
