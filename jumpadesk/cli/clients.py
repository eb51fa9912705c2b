"""The commands about the business's clients (services/clients.py): `clients [SEARCH]`
lists them (by name, email or phone), `client ID|EMAIL` shows one's card, `notes ID|EMAIL
TEXT` keeps notes on one, `mark ID arrived|no-show|clear` says whether a guest came. Each
with its arguments (`add_<command>`) beside its handler (`cmd_<command>`)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from jumpadesk.cli.arguments import LARGEST_ID, AddCommand, row_id
from jumpadesk.cli.output import BadArgument, print_json, say, zulu
from jumpadesk.kinds import ATTENDANCE_MARKS
from jumpadesk.language import translate

if TYPE_CHECKING:  # the service and the store load only when a command runs
    from jumpadesk.service import Desk
    from jumpadesk.services.clients import Client, ClientCard, Visit

# -- clients -----------------------------------------------------------------------------


def add_clients(command: AddCommand) -> None:
    c = command("clients", translate("cli", "find clients by name, email or phone (all of "
                                            "them without SEARCH); the whole business unless "
                                            "--sub-account is given"), cmd_clients)
    c.add_argument("search", nargs="*", metavar="SEARCH")
    c.add_argument("--json", action="store_true")


def _client_json(client: Client) -> dict[str, Any]:
    return {"id": client.id, "name": client.name, "email": client.email,
            "phone": client.phone, "staff": list(client.staff)}


def cmd_clients(desk: Desk, args: argparse.Namespace) -> int:
    words = " ".join(args.search)
    found = desk.find_clients(words, args.sub_account,
                              whole_business=not args.given_sub_account)
    if args.json:
        print_json([_client_json(c) for c in found])
        return 0
    if not found:
        say(translate("cli", "No client matches \u201c{words}\u201d.").format(words=words)
            if words else translate("cli", "No clients yet: a guest booked with a name, email "
                                           "or phone becomes one."))
        return 0
    for c in found:
        say(f"#{c.id:<5} {c.words()}  ({', '.join(c.staff)})")
    return 0


# -- client ------------------------------------------------------------------------------


def client_key(text: str) -> int | str:
    """A client's number or email address, as `client` and `notes` take it."""
    text = text.strip()
    if text.isdigit() and 1 <= int(text) <= LARGEST_ID:
        return int(text)
    if "@" in text and not text.isdigit():
        return text
    raise BadArgument(translate("cli", "\u201c{typed}\u201d is neither a client's number nor "
                                       "an email address; jumpadesk clients shows each one's "
                                       "number, like #12.").format(typed=text))


def add_client(command: AddCommand) -> None:
    c = command("client", translate("cli", "a client's card: details, notes, upcoming and "
                                           "past appointments, how often they arrived and did "
                                           "not come"), cmd_client)
    c.add_argument("client", metavar="ID|EMAIL")
    c.add_argument("--json", action="store_true")


def _visit_json(visit: Visit) -> dict[str, Any]:
    return {"id": visit.id, "title": visit.title, "service": visit.service or None,
            "staff": visit.staff, "start": zulu(visit.start), "end": zulu(visit.end),
            "cancelled": visit.cancelled, "attendance": visit.attendance or None,
            "booked_by": visit.booked_by or None, "booked_at": zulu(visit.booked_at)}


def card_json(card: ClientCard) -> dict[str, Any]:
    """The card as `client --json` gives it: no words, only values."""
    return {**_client_json(card.client), "notes": card.notes, "arrived": card.arrived,
            "no_show": card.no_show, "upcoming": [_visit_json(v) for v in card.upcoming],
            "past": [_visit_json(v) for v in card.past]}


def card_lines(card: ClientCard) -> list[str]:
    """The card as `client` says it."""
    c = card.client
    lines = [translate("cli", "{name} (client #{id})").format(
        name=c.name or translate("cli", "(no name)"), id=c.id)]
    lines += [said.format(value=value) for said, value in (
        (translate("cli", "Email: {value}"), c.email),
        (translate("cli", "Phone: {value}"), c.phone),
        (translate("cli", "Staff: {value}"), ", ".join(c.staff))) if value]
    if card.notes:
        said = translate("cli", "Notes: {notes}")
        first, *more = card.notes.splitlines()
        lines.append(said.format(notes=first))
        lines += [" " * said.index("{notes}") + line for line in more]  # under the first
    lines.append(card.counts())
    lines.append(translate("cli", "Upcoming:") if card.upcoming
                 else translate("cli", "Upcoming: none"))
    lines += [f"  {v.line()}" for v in card.upcoming]
    lines.append(translate("cli", "Past:") if card.past else translate("cli", "Past: none"))
    lines += [f"  {v.line()}" for v in card.past]
    return lines


def cmd_client(desk: Desk, args: argparse.Namespace) -> int:
    card = desk.client_card(client_key(args.client))
    if args.json:
        print_json(card_json(card))
        return 0
    for line in card_lines(card):
        say(line)
    return 0


# -- notes -------------------------------------------------------------------------------


def add_notes(command: AddCommand) -> None:
    c = command("notes", translate("cli", "keep notes on a client (\"\" clears them)"),
                cmd_notes)
    c.add_argument("client", metavar="ID|EMAIL")
    c.add_argument("text", metavar="TEXT")


def cmd_notes(desk: Desk, args: argparse.Namespace) -> int:
    say(desk.set_client_notes(client_key(args.client), args.text))
    return 0


# -- mark --------------------------------------------------------------------------------


def add_mark(command: AddCommand) -> None:
    c = command("mark", translate("cli", "mark an appointment's guest arrived or no-show "
                                         "(clear: neither)"), cmd_mark)
    c.add_argument("id", type=row_id("appointment"))
    c.add_argument("mark", choices=tuple(ATTENDANCE_MARKS))


def cmd_mark(desk: Desk, args: argparse.Namespace) -> int:
    sub = args.sub_account if args.given_sub_account else None
    say(desk.mark_attendance(args.id, args.mark, sub))
    return 0


__all__ = ["add_client", "add_clients", "add_mark", "add_notes", "card_json", "card_lines",
           "client_key"]
