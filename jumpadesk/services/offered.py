"""The services the business offers (a haircut, a colour): a name, a length and the time
each keeps the staff member before and after it (buffers). One list for the whole store,
shared by every sub-account (revision 0009), read here through plain SQL (the command
line's read-only desk loads no ORM; services/service_list.py changes it). A booking of a
service takes its end from the length and keeps the buffers on the appointment as they
were then, so changing a service later never moves what is booked.

Which staff offer a service (revision 0012, table `service_staff`) is read here too, and
the rule is one: a service naming no staff is offered by everyone; once staff are named,
only they offer it (`Offered.offered_by`). Booking refuses the others (`refuse_unoffered`,
NotOffered), free times with anyone consider only those who offer it (`who_offer`), and
the window's booking form lists a staff member's own (`offered_by`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, TypeVar

from jumpadesk.errors import InputError
from jumpadesk.free_time import parse_length
from jumpadesk.language import translate
from jumpadesk.rows import StoreReader, SubAccountLike
from jumpadesk.wording import describe_length

_Sub = TypeVar("_Sub", bound=SubAccountLike)

#: The longest buffer on either side.
LONGEST_BUFFER = timedelta(hours=12)


def parse_buffer(text: str) -> timedelta:
    """A buffer as people write it: 0m (or 0) for none, else a length (15m, 1h, 1h30m);
    InputError with one sentence for anything else."""
    if text.strip().lower().replace(" ", "") in ("0", "0m", "0min", "0h"):
        return timedelta(0)
    return parse_length(text)


@dataclass(frozen=True)
class Offered:
    """A service: what is booked (length) and the staff member's time around it."""

    name: str
    length: timedelta
    buffer_before: timedelta = timedelta(0)
    buffer_after: timedelta = timedelta(0)
    # The staff (sub-accounts' names, by name) who offer it; none: everyone does.
    staff: tuple[str, ...] = ()

    def json(self) -> dict[str, Any]:
        return {"name": self.name, "length_minutes": minutes_of(self.length),
                "buffer_before_minutes": minutes_of(self.buffer_before),
                "buffer_after_minutes": minutes_of(self.buffer_after),
                "staff": list(self.staff)}

    def offered_by(self, sub_name: str) -> bool:
        """Whether the staff member named `sub_name` offers it: everyone does while it
        names no staff."""
        return not self.staff or sub_name in self.staff

    @property
    def around(self) -> tuple[timedelta, timedelta]:
        """The buffers (before, after): what a booking of it keeps beside the service."""
        return self.buffer_before, self.buffer_after

    def words(self, between: str = ", ") -> str:
        """"Colour, 1 h, 15 min after" (each buffer only when there is one); the window's
        lists put "  ·  " `between`."""
        parts = [self.name, describe_length(self.length)]
        if self.buffer_before:
            parts.append(translate("services", "{length} before").format(
                length=describe_length(self.buffer_before)))
        if self.buffer_after:
            parts.append(translate("services", "{length} after").format(
                length=describe_length(self.buffer_after)))
        return between.join(parts)


def minutes_of(span: timedelta) -> int:
    return int(span.total_seconds() // 60)


class UnknownService(InputError):
    """A service named that the store's list does not have."""

    def __init__(self, name: str, known: list[str]) -> None:
        self.name = name
        said = translate("services", "There is no service named '{name}'; there are: "
                                     "{known}.") if known else \
            translate("services", "There is no service named '{name}'; there are none yet.")
        super().__init__(said.format(name=name, known=", ".join(known)))


class NotOffered(InputError):
    """A service booked (or asked about) with a staff member who does not offer it."""

    def __init__(self, offer: Offered, sub_name: str) -> None:
        self.service = offer.name
        self.sub_name = sub_name
        super().__init__(translate("services", "{staff} does not offer {service}; it is "
                                               "offered by {names}.").format(
            staff=sub_name, service=offer.name, names=", ".join(offer.staff)))


def refuse_unoffered(offer: Offered | None, sub_name: str) -> None:
    """NotOffered when `offer` is a service the staff member `sub_name` does not offer."""
    if offer is not None and not offer.offered_by(sub_name):
        raise NotOffered(offer, sub_name)


def offered_by(offers: Iterable[Offered], sub_name: str) -> list[Offered]:
    """The services of `offers` the staff member `sub_name` offers, in their order."""
    return [o for o in offers if o.offered_by(sub_name)]


def who_offer(offer: Offered, subs: Sequence[_Sub]) -> list[_Sub]:
    """The sub-accounts of `subs` that offer `offer`, in their order."""
    return [s for s in subs if offer.offered_by(s.name)]


def buffers_of(offer: Offered | None) -> tuple[timedelta, timedelta]:
    """What a booking keeps before and after it: its service's buffers, none without one."""
    return offer.around if offer is not None else (timedelta(0), timedelta(0))


def services_in(reader: StoreReader) -> list[Offered]:
    """Every service, by name, with the staff who offer it (by name), read through a
    plain reader (the read-only desk's too)."""
    rows = reader.rows("SELECT name, length_minutes, buffer_before_minutes, "
                       "buffer_after_minutes FROM service ORDER BY name", {})
    staff: dict[str, list[str]] = {}
    for service, sub in reader.rows(
            "SELECT service.name, sub_account.name FROM service_staff "
            "JOIN service ON service.id = service_staff.service_id "
            "JOIN sub_account ON sub_account.id = service_staff.sub_account_id "
            "ORDER BY sub_account.name", {}):
        staff.setdefault(service, []).append(sub)
    return [Offered(n, timedelta(minutes=length), timedelta(minutes=before),
                    timedelta(minutes=after), tuple(staff.get(n, ())))
            for n, length, before, after in rows]


def named_in(names: list[str], name: str) -> str:
    """Which of `names` a person means by `name`: the same name as typed, or in any case
    when only one matches; UnknownService if none (naming `names`, in their order)."""
    wanted = name.strip()
    if wanted in names:
        return wanted
    folded = [n for n in names if n.casefold() == wanted.casefold()]
    if len(folded) == 1:
        return folded[0]
    raise UnknownService(wanted, names)


def service_in(reader: StoreReader, name: str) -> Offered:
    """The service named `name` (named_in), read through a plain reader; UnknownService
    if none."""
    found = {o.name: o for o in services_in(reader)}
    return found[named_in(list(found), name)]
