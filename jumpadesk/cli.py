"""The command line. Imports no Qt.

Every command takes --sub-account NAME (default: Main, the business's first sub-account);
a name the store does not have is refused (exit 2) with the names it has, never made
on the fly: `jumpadesk sub-accounts add NAME` makes one. On error it prints one
sentence on stderr and exits non-zero, never a traceback: 2 for an argument it cannot
take (an unknown sub-account, not a time, a time without a zone or outside the years
jumpadesk works with, an id that cannot be one), 1 for a refusal or failure after that.
Times in are ISO 8601 with an offset or Z; JSON times out are UTC ending in Z.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import getpass
import io
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn
from zoneinfo import ZoneInfo

from jumpadesk import __version__, agenda, terminal
from jumpadesk.availability import CONFLICT_HORIZON, outside_sentence
from jumpadesk.config import DEFAULT_SERVER_URL
from jumpadesk.errors import InputError, JumpadeskError, SlotTaken, UnknownSubAccount
from jumpadesk.free_time import (
    DEFAULT_COUNT,
    DEFAULT_DAYS,
    MOST_STARTS,
    describe_length,
    parse_length,
)
from jumpadesk.hours import (
    WEEKDAYS,
    OpeningHours,
    describe_day,
    describe_ranges,
    parse_ranges,
    weekday_number,
    with_day,
)
from jumpadesk.kinds import Source
from jumpadesk.lazy import LazyModule
from jumpadesk.repeats import Repeat, parse_until, parse_weekdays
from jumpadesk.services.offered import UnknownService, parse_buffer
from jumpadesk.store_file import os_error_sentence, save_whole
from jumpadesk.sync.servers import service_name
from jumpadesk.wording import booked_sentence

if TYPE_CHECKING:  # the service, the store and the sync engine load only when a command runs
    from jumpadesk.rows import SubKey
    from jumpadesk.service import Desk
    from jumpadesk.services.read_only import ReadOnlyDesk
    from jumpadesk.sync.report import SyncReport

log = logging.getLogger("jumpadesk.cli")
#: The printed day sheet, and Qt with it, load only when `agenda --pdf` asks for one.
day_sheet = LazyModule("jumpadesk.day_sheet")
#: The passwords' module, and keyring with it, load only when a command needs them.
secrets = LazyModule("jumpadesk.secrets")

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SLOT_TAKEN = 3
EXIT_SYNC_FAILED = 4


class CliParser(argparse.ArgumentParser):
    """argparse that ends with one sentence rather than a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"jumpadesk: {message[0].upper() + message[1:]}. "
                              f"See 'jumpadesk --help'.\n")


class BadArgument(InputError):
    """An argument the command line cannot take (exit 2, as argparse's own refusals)."""


def parse_time(text: str) -> datetime:
    """ISO 8601 with an offset or Z, within the years jumpadesk works with; anything else
    is refused with a sentence (BadArgument)."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise BadArgument(
            f'"{text}" is not a time jumpadesk understands; use ISO 8601 with a zone, '
            "for example 2026-11-25T10:00:00+01:00 or 2026-11-25T09:00:00Z."
        ) from exc
    if moment.tzinfo is None:
        raise BadArgument(
            f'"{text}" has no time zone; add an offset such as +01:00, or Z for UTC.'
        )
    refusal = outside_sentence(moment, text)
    if refusal:
        raise BadArgument(refusal)
    return moment


#: Ids are SQLite's (and PostgreSQL's bigint) row ids: whole numbers from 1 up to this.
LARGEST_ID = 2**63 - 1


def row_id(what: str) -> Callable[[str], int]:
    """An argparse type for the id of `what` ("appointment", "blocked slot")."""

    def parse(text: str) -> int:
        try:
            number = int(text.strip())
        except ValueError:
            number = 0
        if not 1 <= number <= LARGEST_ID:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not the number of {'an' if what[0] in 'aeiou' else 'a'} {what}; "
                "jumpadesk events shows each one's number, like [#12]")
        return number

    parse.__name__ = f"{what} id"
    return parse


#: `conflicts --days` looks at most this far ahead: a hundred years.
LONGEST_LOOK_AHEAD_DAYS = 36_500


def days_ahead(text: str) -> int:
    """An argparse type for how many days ahead to look: a whole number, 1 or more."""
    try:
        number = int(text.strip())
    except ValueError:
        number = 0
    if not 1 <= number <= LONGEST_LOOK_AHEAD_DAYS:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of days; give a whole number from 1 to "
            f"{LONGEST_LOOK_AHEAD_DAYS}")
    return number


def how_many(text: str) -> int:
    """An argparse type for how many free times to list: 1 to MOST_STARTS."""
    try:
        number = int(text.strip())
    except ValueError:
        number = 0
    if not 1 <= number <= MOST_STARTS:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of free times; give a whole number from 1 to {MOST_STARTS}")
    return number


def a_day(text: str) -> date:
    """An argparse type for a day: YYYY-MM-DD, within the years jumpadesk works with."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a day; give it as YYYY-MM-DD, for example 2026-11-24") from None
    refusal = outside_sentence(datetime.combine(day, time(12), UTC), text)
    if refusal:
        raise argparse.ArgumentTypeError(refusal.removesuffix("."))
    return day


def zulu(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


SUB_ACCOUNT_HELP = ("the business, location or staff member (default: Main, the first); "
                    "see jumpadesk sub-accounts")


class TopParser(CliParser):
    """The `jumpadesk` parser: --sub-account may stand before or after the command, with
    one meaning; given in both places with different names, the command is refused."""

    def parse_known_args(  # type: ignore[override]  # one form for argparse's overloads
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        before = getattr(parsed, "sub_account_before", None)
        after = getattr(parsed, "sub_account_after", None)
        if before is not None and after is not None and before.strip() != after.strip():
            self.error(f"--sub-account is given twice, as {before!r} and {after!r}; "
                       "give it once")
        chosen = after if after is not None else before
        parsed.sub_account = (chosen or "").strip() or None  # None: the first (Main)
        parsed.given_sub_account = parsed.sub_account is not None
        for name in ("sub_account_before", "sub_account_after"):
            if hasattr(parsed, name):
                delattr(parsed, name)
        return parsed, extras


def build_parser() -> argparse.ArgumentParser:
    """The whole command line. Longer than a function should be because it is a table:
    one short block of arguments per command, and no logic."""
    common = CliParser(add_help=False)
    common.add_argument("--sub-account", dest="sub_account_after", default=None,
                        metavar="NAME", help=SUB_ACCOUNT_HELP)

    p = TopParser(prog="jumpadesk", description="iCloud calendars in your booking schedule.")
    p.add_argument("--sub-account", dest="sub_account_before", default=None, metavar="NAME",
                   help=SUB_ACCOUNT_HELP + "; also accepted after the command")
    p.add_argument("--version", action="version", version=f"jumpadesk {__version__}")
    p.add_argument("--debug", action="store_true", help="log verbosely to stderr too")
    p.add_argument("--demo", action="store_true",
                   help="open the window on a built-in demo iCloud account (no Apple ID needed)")
    p.add_argument("--self-test", action="store_true",
                   help="open the window offscreen, sync the demo, paint the week, exit")
    sub = p.add_subparsers(dest="command", parser_class=CliParser, metavar="COMMAND")

    def cmd(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
        parser.set_defaults(func=COMMANDS[name], needs_desk=True, needs_sub_account=True)
        return parser

    c = cmd("connect", "connect an iCloud account with an app-specific password, or any "
                       "CalDAV server (--server) with its user name and password")
    c.add_argument("--apple-id", "--user", dest="apple_id", required=True, metavar="NAME",
                   help="the Apple ID, or the user name on another server")
    c.add_argument("--server", default=DEFAULT_SERVER_URL, metavar="URL",
                   help="a host or any address of a CalDAV server (default: iCloud)")
    keep = c.add_mutually_exclusive_group()
    keep.add_argument("--password-in-file", action="store_true",
                      help="on a computer without a keychain: keep the password in a file in "
                           "the data folder that only you can read")
    keep.add_argument("--password-for-this-run", action="store_true",
                      help="on a computer without a keychain: keep the password nowhere; "
                           "later commands read it from JUMPADESK_PASSWORD")

    c = cmd("calendars", "list the calendars found in the connected accounts")
    c.add_argument("--json", action="store_true")

    c = cmd("configure", "choose the linked calendar and the conflict calendars")
    c.add_argument("--linked", metavar="NAME", help="where new appointments are written")
    c.add_argument("--conflict", metavar="NAME", action="append", default=[],
                   help="a calendar whose busy events block bookings (repeatable)")

    c = cmd("sync", "fetch changes from the calendar servers now")
    c.add_argument("--json", action="store_true")

    for name, help_text in (("busy", "busy time between two times"),
                            ("events", "everything on the schedule between two times")):
        c = cmd(name, help_text)
        c.add_argument("--from", dest="start", required=True, metavar="T")
        c.add_argument("--to", dest="end", required=True, metavar="T")
        c.add_argument("--json", action="store_true")

    c = cmd("free", "the next free starts of a given length, on the quarter hour, inside "
                    "the opening hours")
    what = c.add_mutually_exclusive_group(required=True)
    what.add_argument("--length", metavar="LENGTH", help="45m, 1h, 1h30m, 90m")
    what.add_argument("--service", metavar="NAME",
                      help="a service's length, with its buffers before and after free too")
    c.add_argument("--anyone", action="store_true",
                   help="with any sub-account (each start names its sub-account)")
    c.add_argument("--after", metavar="T", help="from this time on (default: now)")
    c.add_argument("--before", metavar="T",
                   help=f"ending by this time (default: {DEFAULT_DAYS} days after --after)")
    c.add_argument("--count", type=how_many, default=DEFAULT_COUNT, metavar="N",
                   help=f"at most this many (default: {DEFAULT_COUNT})")
    c.add_argument("--even-if-stale", action="store_true",
                   help="offer times even when a conflict calendar could not be synced")
    c.add_argument("--json", action="store_true")

    c = cmd("agenda", "one staff member's day (or everyone's, --all) in time order, with the "
                      "opening hours: as text, a CSV or a printable PDF")
    c.add_argument("--day", required=True, type=a_day, metavar="YYYY-MM-DD",
                   help="the day, on each staff member's own clock")
    c.add_argument("--all", action="store_true", help="every staff member, one after another")
    out = c.add_mutually_exclusive_group()
    out.add_argument("--pdf", metavar="FILE",
                     help="write a printable day sheet (one page per staff member) here")
    out.add_argument("--csv", metavar="FILE", help="write the day as CSV here")

    c = cmd("book", "book an appointment in the linked calendar")
    c.add_argument("--start", required=True, metavar="T")
    c.add_argument("--end", metavar="T", help="required unless --service gives the length")
    c.add_argument("--service", metavar="NAME",
                   help="a service from `jumpadesk services`: its length gives the end, its "
                        "name the title, and its buffers are kept free around it")
    c.add_argument("--title", help="required unless --service names it")
    c.add_argument("--name", default="")
    c.add_argument("--email", default="")
    c.add_argument("--phone", default="")
    c.add_argument("--even-if-stale", action="store_true",
                   help="book even when a conflict calendar could not be synced")
    c.add_argument("--in-the-past", action="store_true",
                   help="book a time that has already begun or is over")
    c.add_argument("--json", action="store_true",
                   help="the booking as a JSON object (its id, times, guest, calendar)")

    c = cmd("cancel", "cancel an appointment (and remove it from its calendar)")
    c.add_argument("id", type=row_id("appointment"))

    c = cmd("move", "give an appointment a new time (changed in its calendar in place)")
    c.add_argument("id", type=row_id("appointment"))
    c.add_argument("--start", required=True, metavar="T")
    c.add_argument("--end", required=True, metavar="T")
    c.add_argument("--even-if-stale", action="store_true",
                   help="move even when a conflict calendar could not be synced")

    c = cmd("block", "block time locally (never written to a calendar server), once or repeating")
    c.add_argument("--start", required=True, metavar="T")
    c.add_argument("--end", required=True, metavar="T")
    c.add_argument("--title", default="Blocked")
    c.add_argument("--repeat", choices=("daily", "weekdays", "weekly"),
                   help="repeat it every day, every weekday (Monday to Friday) or every "
                        "week, at the same time of day")
    c.add_argument("--days", metavar="DAYS",
                   help="with --repeat weekly: which weekdays, e.g. mon,wed "
                        "(default: the start's)")
    c.add_argument("--until", metavar="YYYY-MM-DD",
                   help="with --repeat: the last day it repeats on (default: no end)")

    c = cmd("unblock", "remove a blocked slot (a repeating one with all its days)")
    c.add_argument("id", type=row_id("blocked slot"))
    c.add_argument("--only", metavar="YYYY-MM-DD",
                   help="remove just this day of a repeating blocked slot")

    c = cmd("contacts", "list the guests who booked")
    c.add_argument("--json", action="store_true")

    cmd("status", "connections, last sync, anything out of date, and conflicts")

    c = cmd("conflicts", "appointments that an event added since now overlaps, within the "
                         f"next {CONFLICT_HORIZON.days} days (--days)")
    c.add_argument("--days", type=days_ahead, default=CONFLICT_HORIZON.days, metavar="N",
                   help="look this many days ahead (default: "
                        f"{CONFLICT_HORIZON.days}, as far as the window looks)")
    c.add_argument("--json", action="store_true")

    _sub_accounts_parser(cmd("sub-accounts", "list, add, rename or remove the businesses, "
                                             "locations or staff members"))

    _services_parser(cmd("services", "list, add or remove the services the business offers "
                                     "(a length, and buffers before and after)"))

    _hours_parser(cmd("hours", "show or set the opening hours, per weekday (several ranges "
                               "a day, a day possibly closed)"))

    c = cmd("timezone", "show or set the business's time zone (an IANA name)")
    c.add_argument("zone", nargs="?", metavar="ZONE", help="for example Europe/Berlin")

    c = cmd("disconnect", "forget a calendar account: its keychain entry and cached events")
    who = c.add_mutually_exclusive_group(required=True)
    who.add_argument("--apple-id", metavar="ID")
    who.add_argument("--all", action="store_true", help="every account of the sub-account")

    c = cmd("store", "where the schedule is kept; test, fill, use and upgrade a PostgreSQL "
                     "store shared by several desks")
    c.set_defaults(needs_desk=False)  # the store may be what fails to open
    c.add_argument("action", nargs="?", default="show",
                   choices=("show", "test", "copy-to", "use", "upgrade"),
                   help="show (default); test URL; copy-to URL; use URL (or: use local); "
                        "upgrade (this desk's store, or URL) to this jumpadesk's schema")
    c.add_argument("url", nargs="?", metavar="URL", help="postgresql://USER@HOST[:PORT]/DATABASE")
    c.add_argument("--json", action="store_true")
    return p


def say(text: str, *, err: bool = False) -> None:
    """Print one line of the command's answer (stderr with `err`). Every print goes
    through here: titles, names and sentences from servers lose the bidirectional and
    control characters a terminal would act on (jumpadesk.terminal.line)."""
    print(terminal.line(text), file=sys.stderr if err else sys.stdout)


def _sub_accounts_parser(c: argparse.ArgumentParser) -> None:
    c.set_defaults(needs_sub_account=False)
    c.add_argument("--json", action="store_true")
    actions = c.add_subparsers(dest="action", metavar="ACTION", parser_class=CliParser)
    a = actions.add_parser("list", help="every sub-account with its time zone (default)")
    a.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    a = actions.add_parser("add", help="add a sub-account: the one way one is made")
    a.add_argument("name", metavar="NAME")
    a.add_argument("--timezone", metavar="ZONE",
                   help="an IANA name (default: the first sub-account's time zone)")
    a = actions.add_parser("rename", help="give a sub-account a new name")
    a.add_argument("old", metavar="OLD")
    a.add_argument("new", metavar="NEW")
    a = actions.add_parser("remove", help="remove a sub-account with no appointments ahead")
    a.add_argument("name", metavar="NAME")


def _services_parser(c: argparse.ArgumentParser) -> None:
    c.set_defaults(needs_sub_account=False)
    c.add_argument("--json", action="store_true")
    actions = c.add_subparsers(dest="action", metavar="ACTION", parser_class=CliParser)
    a = actions.add_parser("list", help="every service with its length and buffers (default)")
    a.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    a = actions.add_parser("add", help="add a service")
    a.add_argument("name", metavar="NAME")
    a.add_argument("--length", required=True, metavar="LENGTH", help="45m, 1h, 1h30m, 90m")
    a.add_argument("--buffer-before", default="0m", metavar="LENGTH",
                   help="time kept free before it (default: 0m)")
    a.add_argument("--buffer-after", default="0m", metavar="LENGTH",
                   help="time kept free after it, e.g. to clean up (default: 0m)")
    a = actions.add_parser("remove", help="take a service off the list (appointments booked "
                                          "for it keep their times)")
    a.add_argument("name", metavar="NAME")


def _hours_parser(c: argparse.ArgumentParser) -> None:
    c.add_argument("--json", action="store_true")
    actions = c.add_subparsers(dest="action", metavar="ACTION", parser_class=CliParser)
    a = actions.add_parser("show", help="each weekday's opening hours (default)")
    a.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    a = actions.add_parser("set", help="set one or more weekdays' opening hours")
    a.add_argument("--day", action="append", required=True, metavar="DAY",
                   help="mon, tue, ... sun (repeatable, or several joined by commas)")
    given = a.add_mutually_exclusive_group(required=True)
    given.add_argument("--ranges", metavar="RANGES",
                       help="for example 09:00-12:30,13:30-18:00 (a lunch break)")
    given.add_argument("--closed", action="store_true", help="closed all day")


def _print_json(data: Any) -> None:
    """`--json`: the text kept whole, what a terminal would act on \\u-escaped."""
    print(terminal.json_text(data))


def _desk() -> Desk:
    from jumpadesk.service import Desk

    return Desk()


def _read_password(server: str = DEFAULT_SERVER_URL, user: str = "") -> str:
    from jumpadesk.sync.servers import is_icloud

    password = os.environ.get("JUMPADESK_PASSWORD")
    if password:
        return password
    url = server if "://" in server else f"https://{server}"
    icloud = is_icloud(url, account=user)
    if not sys.stdin or not sys.stdin.isatty():
        raise InputError(
            f"No {'app-specific password' if icloud else 'password'} given: set "
            "JUMPADESK_PASSWORD or run this in a terminal."
        )
    if not icloud:
        return getpass.getpass(f"Password for {user} on {service_name(url, user)}: ")
    return getpass.getpass("App-specific password (not your Apple ID password): ")


# -- the commands: one handler each, chosen by the parser (set_defaults(func=...)) ----------


def cmd_connect(desk: Desk, args: argparse.Namespace) -> int:
    from jumpadesk.errors import NoKeychain
    from jumpadesk.kinds import PasswordKeeping
    from jumpadesk.service import no_usable_calendars

    keeping = (PasswordKeeping.FILE if args.password_in_file
               else PasswordKeeping.THIS_RUN if args.password_for_this_run else None)
    if keeping is None and desk.keychain_problem():
        raise NoKeychain()  # before the password is asked for: where would it go?
    password = _read_password(args.server, args.apple_id)
    connection_id = desk.connect(args.sub_account, args.apple_id, password, args.server,
                                 keeping=keeping)

    cals = [c for c in desk.calendars(args.sub_account) if c.connection_id == connection_id]
    info = next(c for c in desk.connections(args.sub_account) if c.id == connection_id)
    unusable = no_usable_calendars(info.apple_id, info.server_url, cals)
    if unusable:  # connected, but nothing to configure
        say(unusable)
        return 0
    kept = ""
    if keeping == PasswordKeeping.FILE:
        kept = " The password is kept in a file only you can read."
    elif keeping == PasswordKeeping.THIS_RUN:
        kept = " The password is kept nowhere: later commands read it from JUMPADESK_PASSWORD."
    say(f"Connected {args.apple_id}: {len(cals)} calendars found.{kept} "
        "Next: jumpadesk configure --linked NAME --conflict NAME")
    return 0


def cmd_calendars(desk: Desk, args: argparse.Namespace) -> int:
    cals = desk.calendars(args.sub_account)
    if args.json:
        _print_json([c.as_json() for c in cals])
        return 0
    if not cals:
        say("No calendars yet: connect a calendar account first (jumpadesk connect).")
        return 0
    for c in cals:
        role = "linked" if c.linked else "conflict" if c.conflict else ""
        note = f"  ({c.reason})" if c.reason and not c.connectable else ""
        say(f"{c.name:<24} {c.kind:<10} {c.access:<5} {role:<8} {c.account}{note}")
    return 0


def cmd_configure(desk: Desk, args: argparse.Namespace) -> int:
    if not args.linked and not args.conflict:
        raise InputError("Say which calendars to use: --linked NAME and/or --conflict NAME.")
    cals = desk.configure(args.sub_account, args.linked, args.conflict)
    linked = [c.name for c in cals if c.linked]
    conflict = [c.name for c in cals if c.conflict]
    say(f"Linked calendar: {linked[0] if linked else 'none'}. "
        f"Conflict calendars: {', '.join(conflict) or 'none'}.")
    return 0


def _sync_json(report: SyncReport) -> dict:
    return {
        "ok": report.ok,
        "requests": report.requests,
        "failures": report.failures(),
        "accounts": [{
            "account": a.apple_id, "ok": a.ok, "error": a.error or None,
            "requests": a.requests,
            "calendars": [{"name": c.name, "ok": c.ok, "error": c.error or None,
                           "changed": c.changed, "deleted": c.deleted,
                           "broken": c.broken, "unchanged": c.skipped_unchanged,
                           "notes": c.notes}
                          for c in a.calendars],
        } for a in report.accounts],
    }


def cmd_sync(desk: Desk, args: argparse.Namespace) -> int:
    report = desk.sync(args.sub_account)
    if args.json:
        _print_json(_sync_json(report))
    else:
        for a in report.accounts:
            changed = sum(c.changed + c.deleted for c in a.calendars)
            state = "ok" if a.ok and all(c.ok for c in a.calendars) else "FAILED"
            say(f"{a.apple_id}: {state}, {changed} changes, {a.requests} requests")
            for c in a.calendars:
                for note in c.notes:
                    say(f"  {note}")
    if not report.ok:
        for line in report.failures():
            say(f"jumpadesk: {line}", err=True)
        return EXIT_SYNC_FAILED
    return 0


def cmd_busy(desk: Desk | ReadOnlyDesk, args: argparse.Namespace) -> int:
    spans = desk.busy(args.sub_account, parse_time(args.start), parse_time(args.end))
    if args.json:
        _print_json({"busy": [{"start": zulu(i.start), "end": zulu(i.end)} for i in spans]})
        return 0
    tz = desk.zone(args.sub_account)
    for i in spans:
        say(f"{i.start.astimezone(tz):%a %Y-%m-%d %H:%M} – "
            f"{i.end.astimezone(tz):%a %Y-%m-%d %H:%M}  busy")
    return 0


def cmd_events(desk: Desk | ReadOnlyDesk, args: argparse.Namespace) -> int:
    items = desk.schedule(args.sub_account, parse_time(args.start), parse_time(args.end))
    if args.json:
        _print_json([{
            "calendar": i.calendar, "title": i.title, "start": zulu(i.start),
            "end": zulu(i.end), "busy": i.busy, "source": i.source,
            "reason": i.reason_text, "all_day": i.all_day, "kind": i.kind,
            "id": i.ref_id if i.source != Source.ICLOUD else None,
            "confirmed": i.confirmed, "repeat": i.repeat or None,
            "guest": i.guest if i.source == Source.APPOINTMENT else None,
        } for i in items])
        return 0
    tz = desk.zone(args.sub_account)
    for i in items:
        flag = "busy" if i.busy else "free"
        ident = f" [#{i.ref_id}]" if i.source != Source.ICLOUD else ""
        if not i.confirmed:
            ident += f" (not yet confirmed by {i.service}; the time stays held)"
        repeats = f"; repeats {i.repeat}" if i.repeat else ""
        start, end = i.start.astimezone(tz), i.end.astimezone(tz)
        # An end on another day says which ("Wed 11-25 20:00–Thu 11-26 09:30").
        ends = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%a %m-%d %H:%M}"
        guest = f" \u00b7 {i.guest}" if i.guest and i.source == Source.APPOINTMENT else ""
        say(f"{start:%a %m-%d %H:%M}–{ends} "
            f"{flag:<4} {i.title}{guest}{ident} ({i.calendar}: {i.reason_text}{repeats})")
    return 0


def cmd_free(desk: Desk | ReadOnlyDesk, args: argparse.Namespace) -> int:
    try:  # what was typed cannot be taken: a usage error (exit 2)
        if args.anyone and args.given_sub_account:
            raise InputError("Give --sub-account or --anyone, not both.")
        length = parse_length(args.length) if args.length is not None else None
        after = parse_time(args.after) if args.after else None
        before = parse_time(args.before) if args.before else None
        answer = desk.free_times(args.sub_account, length, anyone=args.anyone, after=after,
                                 before=before, count=args.count,
                                 allow_stale=args.even_if_stale, service=args.service)
    except InputError as exc:
        raise BadArgument(str(exc)) from exc
    for left_out in answer.out_of_date:
        say(f"jumpadesk: {left_out.sentence().removesuffix('.')} (or add --even-if-stale).",
            err=True)
    if args.json:
        _print_json([{"start": zulu(f.start), "end": zulu(f.end),
                      "sub_account": f.sub_account.name} for f in answer.starts])
    else:
        for f in answer.starts:
            tz = f.zone
            say(f"{f.start.astimezone(tz):%a %Y-%m-%d %H:%M} – "
                f"{f.end.astimezone(tz):%a %Y-%m-%d %H:%M}  free  {f.sub_account.name}")
        if not answer.starts and not answer.out_of_date:
            who = "with anyone" if args.anyone else f"with {args.sub_account.name}"
            say(f"No free {describe_length(answer.length)} {who} from {zulu(answer.after)} to "
                f"{zulu(answer.before)}.")
    return EXIT_ERROR if answer.out_of_date and not answer.starts else 0


def cmd_agenda(desk: Desk | ReadOnlyDesk, args: argparse.Namespace) -> int:
    if args.all and args.given_sub_account:
        raise BadArgument("Give --sub-account or --all, not both.")
    days = desk.agenda_days(args.sub_account, args.day, everyone=args.all)
    whose = "everyone" if args.all else days[0].sub_account.name
    if args.csv:
        path = save_whole(Path(args.csv), lambda partial: _write_csv(partial, days))
        say(f"Saved {whose}'s day, {args.day:%a %Y-%m-%d}, as CSV to {path}.")
        return 0
    if args.pdf:
        path = day_sheet.save_pdf(Path(args.pdf), days)
        say(f"Saved {whose}'s day sheet, {args.day:%a %Y-%m-%d}, as PDF to {path}.")
        return 0
    for number, day in enumerate(days):
        if number:
            say("")
        say(f"{agenda.heading(day)} ({day.zone.key})")
        say(agenda.hours_line(day))
        for line in agenda.stale_lines(day):
            say(line)
        for entry in day.entries:
            say(agenda.entry_line(entry, day.day))
        if not day.entries:
            say("Nothing on the schedule.")
    return 0


def _write_csv(path: Path, days: Sequence[agenda.AgendaDay]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(agenda.CSV_COLUMNS)
        writer.writerows(agenda.csv_rows(days))


def cmd_book(desk: Desk, args: argparse.Namespace) -> int:
    from jumpadesk.service import StaleData

    if args.end is None and args.service is None:
        raise BadArgument("Give --end, or --service to take the length from.")
    if args.title is None and args.service is None:
        raise BadArgument("Give --title, or --service to take the title from.")
    start = parse_time(args.start)
    if args.end is not None:
        end = parse_time(args.end)
    else:  # the service's length (an unknown service: a usage error, exit 2)
        end = start + desk.service_named(args.service).length
    _refuse_the_past(desk, args, start, end)
    try:
        appt = desk.book(args.sub_account, start, end, args.title or "", args.name,
                         args.email, args.phone, allow_stale=args.even_if_stale,
                         service=args.service)
    except StaleData as exc:
        raise exc.saying("Add --even-if-stale to book anyway.") from exc
    start = datetime.fromtimestamp(appt.start_ts, UTC)
    end = datetime.fromtimestamp(appt.end_ts, UTC)
    calendar = next((c.name for c in desk.calendars(args.sub_account)
                     if c.id == appt.calendar_id), "")
    staff = desk.sub_account(args.sub_account).name
    if args.json:
        _print_json({"id": appt.id, "title": appt.title, "guest": appt.guest_name,
                     "start": zulu(start), "end": zulu(end), "sub_account": staff,
                     "calendar": calendar})
        return 0
    say(booked_sentence(appt.id, appt.title, appt.guest_name,  # type: ignore[arg-type]
                        start, end, desk.zone(args.sub_account), staff, calendar))
    return 0


def _refuse_the_past(desk: Desk, args: argparse.Namespace, start: datetime,
                     end: datetime) -> None:
    """A time already begun or over is booked only with --in-the-past, as the window asks
    first (a walk-in booked late is fine; a slip of the date is not)."""
    now = datetime.now(UTC)
    if start >= now or args.in_the_past:
        return
    tz = desk.zone(args.sub_account)
    state = "is over" if end <= now else "has already begun"
    raise BadArgument(f"That time ({start.astimezone(tz):%a %Y-%m-%d %H:%M}) {state}; "
                      "add --in-the-past to book it anyway.")


def cmd_cancel(desk: Desk, args: argparse.Namespace) -> int:
    desk.cancel(args.sub_account, args.id)
    say(f"Cancelled appointment {args.id}.")
    return 0


def cmd_move(desk: Desk, args: argparse.Namespace) -> int:
    from jumpadesk.service import StaleData

    try:
        desk.move_appointment(args.sub_account, args.id, parse_time(args.start),
                              parse_time(args.end), allow_stale=args.even_if_stale)
    except StaleData as exc:
        raise exc.saying("Add --even-if-stale to move it anyway.") from exc
    say(f"Moved appointment {args.id}.")
    return 0


def _repeat_of(args: argparse.Namespace, start: datetime) -> Repeat | None:
    """The rule `block --repeat` asks for; BadArgument for --days or --until that cannot
    be taken (or given without --repeat)."""
    if args.repeat is None:
        if args.days or args.until:
            raise BadArgument("--days and --until go with --repeat; add --repeat daily, "
                              "weekdays or weekly.")
        return None
    try:
        return Repeat.make(args.repeat, parse_weekdays(args.days or ""),
                           parse_until(args.until) if args.until else None,
                           first_day=start.date())
    except InputError as exc:
        raise BadArgument(str(exc)) from exc


def cmd_block(desk: Desk, args: argparse.Namespace) -> int:
    start, end = parse_time(args.start), parse_time(args.end)
    repeat = _repeat_of(args, start.astimezone(desk.zone(args.sub_account)))
    slot = desk.block(args.sub_account, start, end, args.title, repeat)
    say(str(slot.id))
    return 0


def cmd_unblock(desk: Desk, args: argparse.Namespace) -> int:
    only = None
    if args.only:
        try:
            only = parse_until(args.only)
        except InputError as exc:
            raise BadArgument(str(exc)) from exc
    say(desk.unblock(args.sub_account, args.id, only=only).sentence(args.id))
    return 0


def cmd_contacts(desk: Desk, args: argparse.Namespace) -> int:
    people = desk.contacts(args.sub_account)
    if args.json:
        _print_json([{"name": c.name, "email": c.email, "phone": c.phone} for c in people])
        return 0
    for c in people:
        say(f"{c.name:<24} {c.email:<32} {c.phone}")
    return 0


def cmd_status(desk: Desk | ReadOnlyDesk, args: argparse.Namespace) -> int:
    sub = args.sub_account
    tz = desk.zone(sub)
    conns = desk.connections(sub)
    if not conns:
        say(f"{sub}: no calendar account connected yet.")
    for c in conns:
        last = f"{c.last_sync_at.astimezone(tz):%Y-%m-%d %H:%M}" if c.last_sync_at else "never"
        err = f" — {c.last_error}" if c.last_error else ""
        say(f"{c.apple_id}: {c.state}, last good sync {last}{err}")
    for s in desk.stale(sub):
        say(f"Out of date: {s.sentence(tz)}")
    for sentence in desk.event_problems(sub):
        say(f"Check: {sentence}")
    clashes = desk.appointment_conflicts(sub)
    for line in _unconfirmed_lines(desk, sub, tz):
        say(line)
    if clashes:
        say(f"Conflicts: {len(clashes)} appointment"
            f"{'s' if len(clashes) != 1 else ''} now overlapped by other events "
            "(jumpadesk conflicts lists them).")
    return 0


def _unconfirmed_lines(desk: Desk | ReadOnlyDesk, sub: SubKey, tz: ZoneInfo) -> list[str]:
    """For `status`: each appointment its server has not confirmed yet, and what that
    means, the server named as everywhere (sync/servers.service_name)."""
    lines = []
    for a in desk.unconfirmed(sub):
        if a.server_url:
            service = service_name(a.server_url, a.account)
        else:  # not yet given a calendar: the sub-account's server, when it has one
            names = {service_name(c.server_url, c.apple_id) for c in desk.connections(sub)}
            service = names.pop() if len(names) == 1 else "its calendar server"
        lines.append(
            f"Not yet confirmed: {a.title} (appointment {a.id}, "
            f"{datetime.fromtimestamp(a.start_ts, tz):%a %Y-%m-%d %H:%M}–"
            f"{datetime.fromtimestamp(a.end_ts, tz):%H:%M}) was sent to "
            f"{a.calendar_name or service}; {service} has not confirmed it yet; the time "
            "stays held.")
    return lines


def cmd_conflicts(desk: Desk | ReadOnlyDesk, args: argparse.Namespace) -> int:
    clashes = desk.appointment_conflicts(args.sub_account, horizon=timedelta(days=args.days))
    if args.json:
        _print_json([{
            "appointment": {"id": c.appointment.ref_id, "title": c.appointment.title,
                            "start": zulu(c.appointment.start),
                            "end": zulu(c.appointment.end)},
            "overlapping": [{"title": i.title, "calendar": i.calendar,
                             "start": zulu(i.start), "end": zulu(i.end),
                             "reason": i.reason_text, "source": i.source}
                            for i in c.overlapping],
        } for c in clashes])
        return 0
    if not clashes:
        say("No conflicts: nothing overlaps a booked appointment in the next "
            f"{args.days} days.")
        return 0
    tz = desk.zone(args.sub_account)
    for c in clashes:
        say(c.sentence(tz))
    return 0


def _hours_json(hours: OpeningHours) -> list[dict[str, Any]]:
    return [{"day": name, "closed": day is None,
             "ranges": [] if day is None else [
                 {"opens": f"{opens // 60:02d}:{opens % 60:02d}",
                  "closes": f"{closes // 60:02d}:{closes % 60:02d}"}
                 for opens, closes in day.minute_ranges]}
            for name, day in zip(WEEKDAYS, hours, strict=True)]


def cmd_hours(desk: Desk, args: argparse.Namespace) -> int:
    sub = args.sub_account
    hours = desk.opening_hours(sub)
    if args.action == "set":
        try:  # what was typed cannot be taken: a usage error (exit 2)
            days = sorted({weekday_number(word) for given in args.day
                           for word in given.split(",") if word.strip()})
            if not days:
                raise InputError("Say which day with --day, for example --day tue.")
            new = None if args.closed else parse_ranges(args.ranges, WEEKDAYS[days[0]])
        except InputError as exc:
            raise BadArgument(str(exc)) from exc
        for day in days:
            hours = with_day(hours, day, new)
        hours = desk.set_opening_hours(sub, hours)
        said = "; ".join(describe_day(hours, day) for day in days)
        say(f"{desk.sub_account(sub).name}'s opening hours are saved: {said}.")
        return 0
    if args.json:
        _print_json(_hours_json(hours))
        return 0
    for number, ranges in enumerate(hours):
        say(f"{WEEKDAYS[number]:<10} {'closed' if ranges is None else describe_ranges(ranges)}")
    return 0


def cmd_timezone(desk: Desk, args: argparse.Namespace) -> int:
    if args.zone:
        desk.set_timezone(desk.sub_account(args.sub_account).name, args.zone.strip())
    say(desk.sub_account(args.sub_account).timezone)
    return 0


def cmd_sub_accounts(desk: Desk, args: argparse.Namespace) -> int:
    if args.action == "add":
        sub = desk.add_sub_account(args.name, args.timezone)
        say(f"Added {sub.name}, in {sub.timezone}.")
    elif args.action == "rename":
        sub = desk.rename_sub_account(args.old.strip(), args.new)
        say(f"Renamed {args.old.strip()} to {sub.name}.")
    elif args.action == "remove":
        say(desk.remove_sub_account(args.name.strip()).sentence())
    elif args.json:
        _print_json([{"id": s.id, "name": s.name, "timezone": s.timezone}
                     for s in desk.sub_accounts()])
    else:
        for s in desk.sub_accounts():
            say(f"{s.name:<24} {s.timezone}")
    return 0


def cmd_services(desk: Desk, args: argparse.Namespace) -> int:
    try:  # a name taken or unknown, a length that cannot be: a usage error (exit 2)
        if args.action == "add":
            added = desk.add_service(args.name, parse_length(args.length),
                                     parse_buffer(args.buffer_before),
                                     parse_buffer(args.buffer_after))
            say(f"Added {added.words()}.")
            return 0
        if args.action == "remove":
            gone = desk.remove_service(args.name)
            say(f"Removed {gone.name}; appointments booked for it keep their times.")
            return 0
    except InputError as exc:
        raise BadArgument(str(exc)) from exc
    offered = desk.services()
    if args.json:
        _print_json([o.json() for o in offered])
    elif not offered:
        say("No services yet; add one with: jumpadesk services add NAME --length 60m.")
    else:
        for o in offered:
            say(f"{o.name:<24} {describe_length(o.length):<12} "
                f"before {describe_length(o.buffer_before) if o.buffer_before else '-':<10} "
                f"after {describe_length(o.buffer_after) if o.buffer_after else '-'}")
    return 0


def cmd_disconnect(desk: Desk, args: argparse.Namespace) -> int:
    sub = args.sub_account
    chosen = [c for c in desk.connections(sub)
              if args.all or c.apple_id.lower() == (args.apple_id or "").strip().lower()]
    if not chosen:
        raise InputError(f"{args.apple_id} is not connected in {sub}.")
    for c in chosen:
        keeping = secrets.kept_where(c.server_url, c.apple_id)  # read before it goes
        say(secrets.disconnected_sentence(c.apple_id, str(sub), desk.disconnect(c.id, sub),
                                          keeping))
    return 0


def cmd_store(_desk: Desk | None, args: argparse.Namespace) -> int:
    from jumpadesk import store_admin

    return store_admin.run(args)


COMMANDS: dict[str, Callable[[Any, argparse.Namespace], int]] = {
    "connect": cmd_connect,
    "calendars": cmd_calendars,
    "configure": cmd_configure,
    "sync": cmd_sync,
    "busy": cmd_busy,
    "events": cmd_events,
    "free": cmd_free,
    "agenda": cmd_agenda,
    "book": cmd_book,
    "cancel": cmd_cancel,
    "move": cmd_move,
    "block": cmd_block,
    "unblock": cmd_unblock,
    "contacts": cmd_contacts,
    "status": cmd_status,
    "conflicts": cmd_conflicts,
    "sub-accounts": cmd_sub_accounts,
    "services": cmd_services,
    "hours": cmd_hours,
    "timezone": cmd_timezone,
    "disconnect": cmd_disconnect,
    "store": cmd_store,
}


#: The questions a read-only desk can answer (services/read_only.py) without the ORM.
READ_ONLY_COMMANDS = frozenset({"busy", "events", "status", "conflicts", "free", "agenda"})
#: Set (to anything) to answer them through the full Desk: for tests and benchmarks.
FULL_PATH_ENV = "JUMPADESK_FULL_PATH"


def run_command(args: argparse.Namespace) -> int:
    """Run the command the parser chose, on the desk of this data folder: a question
    that only reads is answered from the store read-only when it can be, else (and
    for everything else) by the full Desk."""
    if args.command in READ_ONLY_COMMANDS and not os.environ.get(FULL_PATH_ENV):
        answered = _run_read_only(args)
        if answered is not None:
            return answered
    desk = _desk() if args.needs_desk else None
    if desk is not None and args.needs_sub_account:
        # Resolved once: every call below finds it by id (UnknownSubAccount if not there).
        args.sub_account = desk.sub_account_ref(args.sub_account)
    if desk is not None and args.command != "cancel":
        _finish_unconfirmed(desk)
    return args.func(desk, args)


def _finish_unconfirmed(desk: Desk) -> None:
    """Bookings whose answer from iCloud was lost, or whose store went away while iCloud
    was asked, are asked about again before the command (once each), and what that
    settled is said. `cancel` settles its own appointment."""
    try:
        settled = desk.settle_unconfirmed()
    except JumpadeskError as exc:  # the command itself then meets it and says it
        log.warning("unconfirmed bookings not asked about: %s", exc)
        return
    for sentence in settled:
        say(f"jumpadesk: {sentence}", err=True)


def _run_read_only(args: argparse.Namespace) -> int | None:
    """The command's exit code when the read-only desk answered it; None when the full
    Desk must (then nothing was printed: the answer is held until it is complete)."""
    from jumpadesk.services.read_only import CannotAnswer, open_read_only_desk

    desk = open_read_only_desk(args.sub_account)
    if desk is None:
        return None
    args.sub_account = desk.sub  # resolved once, as on the full path
    answer = io.StringIO()
    try:
        with contextlib.redirect_stdout(answer):
            code = args.func(desk, args)
    except CannotAnswer as exc:
        log.info("answering %s with the full desk: %s", args.command, exc)
        return None
    finally:
        desk.close()
    sys.stdout.write(answer.getvalue())
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the caller handles the window and the demo."""
    parser = build_parser()
    args = parser.parse_args(argv)
    return run_parsed(args)


def run_parsed(args: argparse.Namespace) -> int:
    try:
        return run_command(args)
    except SlotTaken as exc:
        say(f"jumpadesk: {exc}", err=True)
        return EXIT_SLOT_TAKEN
    except (UnknownSubAccount, UnknownService) as exc:  # a mistyped name: a usage error
        say(f"jumpadesk: {exc}", err=True)
        return EXIT_USAGE
    except BadArgument as exc:
        say(f"jumpadesk: {exc}", err=True)
        return EXIT_USAGE
    except JumpadeskError as exc:
        say(f"jumpadesk: {exc}", err=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        say("jumpadesk: Stopped.", err=True)
        return 130
    except OSError as exc:
        log.exception("system error")
        sentence = os_error_sentence(exc) or f"The system refused: {exc.strerror or exc}."
        say(f"jumpadesk: {sentence}", err=True)
        return EXIT_ERROR
    except Exception:
        log.exception("unexpected error in %s", args.command)
        say("jumpadesk: Something went wrong that should not have; the details are in the "
            "log file. Nothing was changed by the failed step.", err=True)
        return EXIT_ERROR
