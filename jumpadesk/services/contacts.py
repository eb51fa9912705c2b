"""The guests who booked: one contact per email address in each sub-account."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Session, select

from jumpadesk.errors import InputError
from jumpadesk.language import translate
from jumpadesk.models import Contact
from jumpadesk.rows import SubKey
from jumpadesk.services.store import Store
from jumpadesk.services.sub_accounts import sub_named

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Guest:
    """Who a booking is for, as given (any of the three may be empty)."""

    name: str = ""
    email: str = ""
    phone: str = ""

    @classmethod
    def checked(cls, name: str = "", email: str = "", phone: str = "") -> Guest:
        """Trimmed; InputError for an email address that cannot be one."""
        email = email.strip()
        if email and not EMAIL_RE.match(email):
            raise InputError(translate("services", "\"{email}\" does not look like an email "
                                                   "address.").format(email=email))
        return cls(name.strip(), email, phone.strip())

    def __bool__(self) -> bool:
        return bool(self.name or self.email or self.phone)


def contact_for(s: Session, sub_id: int, guest: Guest) -> int:
    """The guest's contact (found by email, else new), brought up to date; its id."""
    contact = None
    if guest.email:
        contact = s.exec(
            select(Contact)
            .where(Contact.sub_account_id == sub_id)
            .where(Contact.email == guest.email.lower())
        ).first()
    if contact is None:
        contact = Contact(sub_account_id=sub_id, name=guest.name, email=guest.email.lower(),
                          phone=guest.phone)
    else:
        contact.name = guest.name or contact.name
        contact.phone = guest.phone or contact.phone
    s.add(contact)
    s.flush()
    assert contact.id is not None  # flushed, so the store gave it its id
    return contact.id


def contacts(store: Store, sub_name: SubKey | None = None) -> list[Contact]:
    with store.session() as s:
        sub = sub_named(s, sub_name)
        return list(s.exec(
            select(Contact).where(Contact.sub_account_id == sub.id).order_by(Contact.name)
        ).all())
