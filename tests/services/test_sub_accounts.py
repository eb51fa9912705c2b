"""Sub-accounts: Main comes with the store, any other only by an explicit add; a name
the store does not have is refused, never made; a reference follows a rename."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from jumpadesk.errors import InputError, SubAccountGone, UnknownSubAccount
from jumpadesk.models import Appointment, BlockedSlot, Connection, Contact, SubAccountConnection
from jumpadesk.services import calendars, connections, contacts, schedule, sub_accounts
from jumpadesk.services.store import Store

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


def test_main_comes_with_the_store_and_reading_a_name_never_makes_one(store: Store) -> None:
    assert [(s.name, s.timezone) for s in sub_accounts.sub_accounts(store)] == [
        ("Main", sub_accounts.system_timezone())]
    assert sub_accounts.sub_account(store).name == "Main"  # no name: the first one
    reads = [lambda name: sub_accounts.sub_account(store, name),
             lambda name: sub_accounts.zone(store, name),
             lambda name: sub_accounts.opening_hours(store, name),
             lambda name: schedule.busy(store, name, NOW, NOW + timedelta(hours=1)),
             lambda name: schedule.stale(store, name),
             lambda name: connections.connections(store, name),
             lambda name: calendars.calendars(store, name),
             lambda name: contacts.contacts(store, name)]
    for read in reads:
        with pytest.raises(UnknownSubAccount) as refused:
            read(" mian ")
        assert str(refused.value) == "There is no sub-account named 'mian'; there are: Main."
    assert [s.name for s in sub_accounts.sub_accounts(store)] == ["Main"]

    made = sub_accounts.add_sub_account(store, " Salon B ")
    assert made.name == "Salon B"
    with pytest.raises(UnknownSubAccount, match="there are: Main, Salon B.$"):
        sub_accounts.zone(store, "Salon C")


def test_a_new_sub_account_takes_the_first_ones_zone_unless_told(store: Store) -> None:
    sub_accounts.set_timezone(store, "Main", "Asia/Tokyo")
    assert sub_accounts.add_sub_account(store, "Salon B").timezone == "Asia/Tokyo"
    assert sub_accounts.add_sub_account(store, "Salon C", "Europe/Berlin").timezone == (
        "Europe/Berlin")
    sub_accounts.rename_sub_account(store, "Main", "Downtown")  # still the first one
    assert sub_accounts.add_sub_account(store, "Salon D").timezone == "Asia/Tokyo"


def test_a_reference_follows_a_rename_and_knows_when_it_is_gone(store: Store) -> None:
    sub_accounts.add_sub_account(store, "Salon B", "Europe/Berlin")
    ref = sub_accounts.reference(store, "Salon B")
    sub_accounts.rename_sub_account(store, "Salon B", "Salon North")  # at "another desk"
    assert sub_accounts.reference(store, ref) == ref._replace(name="Salon North")
    assert str(sub_accounts.zone(store, ref)) == "Europe/Berlin"
    with pytest.raises(UnknownSubAccount):
        sub_accounts.reference(store, "Salon B")  # the old name is not made again
    sub_accounts.remove_sub_account(store, ref)
    with pytest.raises(SubAccountGone, match="'Salon B' was removed"):
        schedule.busy(store, ref, NOW, NOW + timedelta(hours=1))
    assert [s.name for s in sub_accounts.sub_accounts(store)] == ["Main"]


def test_names_are_taken_once_and_zones_must_exist(store: Store) -> None:
    sub_accounts.add_sub_account(store, "Salon B", "Europe/Berlin")
    with pytest.raises(InputError, match="already a sub-account"):
        sub_accounts.add_sub_account(store, "Salon B")
    with pytest.raises(InputError, match="needs a name"):
        sub_accounts.add_sub_account(store, " ")
    with pytest.raises(InputError, match='"Mars/Olympus" is not a time zone name'):
        sub_accounts.add_sub_account(store, "Salon C", "Mars/Olympus")
    sub_accounts.add_sub_account(store, "Salon C")
    with pytest.raises(InputError, match='already a sub-account called "Salon C"'):
        sub_accounts.rename_sub_account(store, "Salon B", "Salon C")
    renamed = sub_accounts.rename_sub_account(store, "Salon B", "Salon North")
    assert [s.name for s in sub_accounts.sub_accounts(store)] == [
        "Main", "Salon C", "Salon North"]
    assert renamed.timezone == "Europe/Berlin"


def test_the_zone_is_the_sub_accounts_own(store: Store) -> None:
    sub_accounts.set_timezone(store, "Main", "Asia/Tokyo")
    assert str(sub_accounts.zone(store, "Main")) == "Asia/Tokyo"
    with pytest.raises(InputError):
        sub_accounts.set_timezone(store, "Main", "+01:00")


def _appointment(sub_id: int, start: datetime, title: str, status: str = "written",
                 contact_id: int | None = None) -> Appointment:
    return Appointment(sub_account_id=sub_id, title=title, start_ts=int(start.timestamp()),
                       end_ts=int((start + timedelta(hours=1)).timestamp()), status=status,
                       contact_id=contact_id)


def test_removing_says_what_becomes_of_the_appointments_and_waits_for_those_ahead(
    store: Store,
) -> None:
    salon = sub_accounts.add_sub_account(store, "Salon B", "Europe/Berlin")
    with store.session() as s:
        guest = Contact(sub_account_id=salon.id, name="Ann Lee")  # type: ignore[arg-type]
        s.add(guest)
        s.flush()
        for days, title in ((-30, "Colour"), (-2, "Trim")):
            s.add(_appointment(salon.id, NOW + timedelta(days=days), title,  # type: ignore[arg-type]
                               contact_id=guest.id))
        s.add(_appointment(salon.id, NOW + timedelta(days=3), "Old booking",  # type: ignore[arg-type]
                           status="cancelled"))
        ahead = _appointment(salon.id, NOW + timedelta(days=2), "Perm")  # type: ignore[arg-type]
        s.add(ahead)
        s.add(BlockedSlot(sub_account_id=salon.id, title="Lunch",  # type: ignore[arg-type]
                          start_ts=int(NOW.timestamp()), end_ts=int(NOW.timestamp()) + 3600))

    with pytest.raises(InputError) as refused:
        sub_accounts.remove_sub_account(store, "Salon B", now=NOW)
    assert str(refused.value) == (
        'Salon B still has 1 appointment ahead (the next: "Perm" on Thu 03 Dec 13:00); '
        "cancel or move it first, then remove Salon B.")
    with store.session() as s:
        s.delete(s.get(Appointment, ahead.id))

    removal = sub_accounts.remove_sub_account(store, "Salon B", now=NOW)
    assert removal.sentence() == (
        "Removed Salon B: its 2 past appointments stay in iCloud as events, and jumpadesk "
        "forgot them; its 1 blocked slot and 1 contact are deleted.")
    assert [s.name for s in sub_accounts.sub_accounts(store)] == ["Main"]
    with store.session() as s:
        assert s.exec(Appointment.__table__.select()).all() == []  # type: ignore[attr-defined]


def test_the_last_sub_account_and_one_still_connected_are_not_removed(store: Store) -> None:
    with pytest.raises(InputError, match="Main is the only sub-account"):
        sub_accounts.remove_sub_account(store, "Main")
    salon = sub_accounts.add_sub_account(store, "Salon B")
    with store.session() as s:
        conn = Connection(apple_id="salon@icloud.com", server_url="https://icloud.example")
        s.add(conn)
        s.flush()
        s.add(SubAccountConnection(sub_account_id=salon.id, connection_id=conn.id))  # type: ignore[arg-type]
    with pytest.raises(InputError, match="Salon B still uses salon@icloud.com: disconnect it "
                                         "first"):
        sub_accounts.remove_sub_account(store, "Salon B")
    with pytest.raises(UnknownSubAccount):
        sub_accounts.remove_sub_account(store, "Salon C")
    assert [s.name for s in sub_accounts.sub_accounts(store)] == ["Main", "Salon B"]
