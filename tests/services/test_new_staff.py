"""A new staff member in one step (issue 20, item 6): a sub-account added with the
business's time zone and opening hours that uses an account already connected at this
desk for Main, with no password typed again: the keychain entry is the one there was,
and the new staff member can be synced and booked at once. On both stores."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from jumpadesk.errors import NotFound
from jumpadesk.hours import DayHours, every_day
from jumpadesk.service import Desk
from tests.conftest import MemoryKeyring
from tests.helpers.clock import next_week
from tests.helpers.shop import opened_desk
from tests.icloud_server import IcloudServer


@pytest.fixture
def desk(jumpadesk_home: Path, icloud: IcloudServer) -> Desk:
    """Main in Berlin, connected, Work linked and Home and Family blocking, synced."""
    return opened_desk(icloud)


def test_alex_uses_mains_account_without_a_password_and_is_booked_at_once(
    desk: Desk, icloud: IcloudServer, keyring_backend: MemoryKeyring,
) -> None:
    desk.set_opening_hours("Main", every_day(8, 20))
    keychain = dict(keyring_backend.passwords)
    assert [a.offer() for a in desk.accounts_here()] == [
        f"Use {icloud.apple_id}, already connected for Main"]

    made = desk.add_staff("Alex", use=[icloud.apple_id.upper()])

    assert (made.sub.name, made.sub.timezone) == ("Alex", "Europe/Berlin")
    assert desk.opening_hours("Alex") == every_day(8, 20)
    assert [c.apple_id for c in desk.connections("Alex")] == [icloud.apple_id]
    # The picker's rule for an account just added: Work (by its name) takes the
    # bookings, every event calendar blocks time.
    cals = desk.calendars("Alex")
    assert [c.name for c in cals if c.linked] == ["Work"]
    assert {c.name for c in cals if c.conflict} == {
        c.name for c in cals if c.connectable}
    assert made.sentence().startswith(
        f"Added Alex, in Europe/Berlin. It uses {icloud.apple_id} (already connected for "
        "Main), with no password asked again. Linked calendar: Work.")
    assert keyring_backend.passwords == keychain  # nothing typed, nothing copied
    assert [a.offer() for a in desk.accounts_here()] == [
        f"Use {icloud.apple_id}, already connected for Alex and Main"]

    report = desk.sync("Alex")
    assert report.ok, report.failures()
    start = next_week(2, "10:00")
    booked = desk.book("Alex", start, start.replace(hour=11), "Haircut with Alex")
    assert booked.sub_account_id == made.sub.id
    assert any("Haircut with Alex" in (icloud.get_event("Work", href) or "")
               for href in icloud.hrefs("Work"))
    assert keyring_backend.passwords == keychain


def test_a_new_sub_account_takes_mains_opening_hours_unless_told(desk: Desk) -> None:
    mains = (DayHours(time(7, 30), time(12)), None, None, None, None, None, None)
    desk.set_opening_hours("Main", mains)
    desk.add_sub_account("Salon B")
    assert desk.opening_hours("Salon B") == mains
    desk.add_staff("Salon C")
    assert desk.opening_hours("Salon C") == mains
    own = every_day(10, 16)
    desk.add_sub_account("Salon D", hours=own)
    assert desk.opening_hours("Salon D") == own


def test_an_account_not_connected_here_is_refused_in_one_sentence_and_makes_nothing(
    desk: Desk, icloud: IcloudServer, keyring_backend: MemoryKeyring,
) -> None:
    keychain = dict(keyring_backend.passwords)
    with pytest.raises(NotFound) as refused:  # a mistyped name, as an unknown sub-account
        desk.add_staff("Alex", use=["sam@icloud.com"])
    assert str(refused.value) == (
        f"sam@icloud.com is not connected at this desk (the account connected here is "
        f"{icloud.apple_id}); connect it first with jumpadesk connect.")
    with pytest.raises(NotFound, match='no calendar called "Nope"'):
        desk.add_staff("Alex", use=[icloud.apple_id], linked="Nope")
    assert [s.name for s in desk.sub_accounts()] == ["Main"]
    assert keyring_backend.passwords == keychain


def test_an_existing_sub_account_is_given_mains_account_and_keeps_its_own_choice(
    desk: Desk, icloud: IcloudServer, keyring_backend: MemoryKeyring,
) -> None:
    keychain = dict(keyring_backend.passwords)
    desk.add_sub_account("Front desk", "Europe/Lisbon")
    given = desk.use_account("Front desk", icloud.apple_id, linked="Work",
                             conflicts=["Home"])
    assert [c.apple_id for c in desk.connections("Front desk")] == [icloud.apple_id]
    assert [(c.name, c.linked) for c in given.calendars if c.conflict] == [
        ("Home", False), ("Work", True)]
    # Given again: still one link, and its own choice stays as it was.
    desk.use_account("Front desk", icloud.apple_id)
    assert [c.name for c in desk.calendars("Front desk") if c.conflict] == ["Home", "Work"]
    assert len(desk.connections("Front desk")) == 1
    assert desk.zone("Front desk").key == "Europe/Lisbon"
    assert keyring_backend.passwords == keychain
