"""Guests become contacts, one per email address in each sub-account."""

from __future__ import annotations

import pytest

from jumpadesk.errors import InputError
from jumpadesk.services import contacts, sub_accounts
from jumpadesk.services.contacts import Guest, contact_for
from jumpadesk.services.store import Store
from jumpadesk.services.sub_accounts import sub_named


def test_a_guest_is_trimmed_and_its_email_checked() -> None:
    assert Guest.checked(" Ann Lee ", " ann@example.com ", " 0171 ") == Guest(
        "Ann Lee", "ann@example.com", "0171")
    assert not Guest.checked("  ", "", " ")
    with pytest.raises(InputError, match='"ann@example" does not look like an email'):
        Guest.checked("Ann", "ann@example")


def test_the_same_email_is_the_same_contact_brought_up_to_date(store: Store) -> None:
    with store.session() as s:
        sub_id = sub_named(s, "Main").id
        first = contact_for(s, sub_id, Guest("Ann Lee", "Ann@Example.com", "0171"))
        again = contact_for(s, sub_id, Guest("", "ann@example.com", "0172"))
        other = contact_for(s, sub_id, Guest("Ben Wolf"))
    assert again == first and other != first
    found = {c.name: c for c in contacts.contacts(store, "Main")}
    assert found["Ann Lee"].email == "ann@example.com" and found["Ann Lee"].phone == "0172"
    assert found["Ben Wolf"].email == ""
    sub_accounts.add_sub_account(store, "Salon B")
    assert contacts.contacts(store, "Salon B") == []
