"""The arguments every command reads alike: times, days, whole numbers and ids, each
refused with one sentence; the parser that ends with that sentence; and the shape of a
command's entry in the parser (`AddCommand`) and of its handler (`Handler`)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import Any, NoReturn, Protocol

from jumpadesk.availability import outside_sentence
from jumpadesk.cli.output import EXIT_USAGE, BadArgument
from jumpadesk.free_time import MOST_STARTS
from jumpadesk.language import translate

#: A command: what it does with the desk (the full Desk, a read-only one, or None for
#: `store`) and the parsed arguments; its exit code.
Handler = Callable[[Any, argparse.Namespace], int]



def sub_account_help() -> str:
    """--sub-account's help, in the person's language."""
    return translate("cli", "the business, location or staff member (default: Main, the "
                            "first); see jumpadesk sub-accounts")


class AddCommand(Protocol):
    """Adds one command to `jumpadesk`: its name, its help (also its description) and its
    handler; its own arguments are then added to the parser this returns."""

    def __call__(self, name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        ...


class CliParser(argparse.ArgumentParser):
    """argparse that ends with one sentence rather than a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, "jumpadesk: " + translate(
            "cli", "{refusal}. See 'jumpadesk --help'.").format(
            refusal=message[0].upper() + message[1:]) + "\n")


def add_actions(command: argparse.ArgumentParser, first: str,
                first_help: str) -> argparse._SubParsersAction[CliParser]:
    """The actions of a command ("services add"), the first of them (`first`) what the
    command does without one; its --json stands before or after the action."""
    command.add_argument("--json", action="store_true")
    actions = command.add_subparsers(dest="action", metavar="ACTION", parser_class=CliParser)
    shown = actions.add_parser(first, help=first_help)
    shown.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    return actions


def parse_time(text: str) -> datetime:
    """ISO 8601 with an offset or Z, within the years jumpadesk works with; anything else
    is refused with a sentence (BadArgument)."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise BadArgument(translate(
            "cli", "\"{typed}\" is not a time jumpadesk understands; use ISO 8601 with a zone, "
                   "for example 2026-11-25T10:00:00+01:00 or 2026-11-25T09:00:00Z.").format(
            typed=text)) from exc
    if moment.tzinfo is None:
        raise BadArgument(translate(
            "cli", "\"{typed}\" has no time zone; add an offset such as +01:00, or Z for "
                   "UTC.").format(typed=text))
    refusal = outside_sentence(moment, text)
    if refusal:
        raise BadArgument(refusal)
    return moment


def whole_number(highest: int, refusal: Callable[[], str], name: str) -> Callable[[str], int]:
    """An argparse type for a whole number from 1 to `highest`; anything else is refused
    with `refusal()`, a sentence in the person's language with what was `{typed}` ("'0'
    is not a number of days; ...")."""

    def parse(text: str) -> int:
        try:
            number = int(text.strip())
        except ValueError:
            number = 0
        if not 1 <= number <= highest:
            raise argparse.ArgumentTypeError(refusal().format(typed=repr(text),
                                                              highest=highest))
        return number

    parse.__name__ = name
    return parse


#: Ids are SQLite's (and PostgreSQL's bigint) row ids: whole numbers from 1 up to this.
LARGEST_ID = 2**63 - 1


def row_id(what: str) -> Callable[[str], int]:
    """An argparse type for the id of `what` ("appointment", "blocked slot")."""
    def refusal() -> str:
        if what == "appointment":
            return translate("cli", "{typed} is not the number of an appointment; jumpadesk "
                                    "events shows each one's number, like [#12]")
        return translate("cli", "{typed} is not the number of a blocked slot; jumpadesk "
                                "events shows each one's number, like [#12]")

    return whole_number(LARGEST_ID, refusal, f"{what} id")


#: `conflicts --days` looks at most this far ahead: a hundred years.
LONGEST_LOOK_AHEAD_DAYS = 36_500

#: An argparse type for how many days ahead to look: a whole number, 1 or more.
days_ahead = whole_number(LONGEST_LOOK_AHEAD_DAYS, lambda: translate(
    "cli", "{typed} is not a number of days; give a whole number from 1 to {highest}"),
    "days_ahead")

#: An argparse type for how many free times to list: 1 to MOST_STARTS.
how_many = whole_number(MOST_STARTS, lambda: translate(
    "cli", "{typed} is not a number of free times; give a whole number from 1 to {highest}"),
    "how_many")


def a_day(text: str) -> date:
    """An argparse type for a day: YYYY-MM-DD, within the years jumpadesk works with."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "cli", "{typed} is not a day; give it as YYYY-MM-DD, for example "
                   "2026-11-24").format(typed=repr(text))) from None
    refusal = outside_sentence(datetime.combine(day, time(12), UTC), text)
    if refusal:
        raise argparse.ArgumentTypeError(refusal.removesuffix("."))
    return day
