"""Sub-accounts: made on first use, named once, each with a real time zone."""

from __future__ import annotations

import pytest

from jumpadesk.errors import InputError, NotFound
from jumpadesk.services import sub_accounts
from jumpadesk.services.store import Store


def test_a_sub_account_is_made_on_first_use_in_the_computers_zone(store: Store) -> None:
    with pytest.raises(NotFound, match='no sub-account called "Salon B"'):
        sub_accounts.sub_account(store, " Salon B ", create=False)
    made = sub_accounts.sub_account(store, " Salon B ")
    assert made.name == "Salon B" and made.timezone == sub_accounts.system_timezone()
    assert sub_accounts.sub_account(store, "Salon B", create=False).id == made.id
    assert sub_accounts.sub_account(store, "  ").name == "Main"


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
    assert [s.name for s in sub_accounts.sub_accounts(store)] == ["Salon C", "Salon North"]
    assert renamed.timezone == "Europe/Berlin"


def test_the_zone_is_the_sub_accounts_own(store: Store) -> None:
    sub_accounts.set_timezone(store, "Main", "Asia/Tokyo")
    assert str(sub_accounts.zone(store, "Main")) == "Asia/Tokyo"
    with pytest.raises(InputError):
        sub_accounts.set_timezone(store, "Main", "+01:00")
