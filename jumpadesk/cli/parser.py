"""The whole command line as argparse reads it: `jumpadesk`'s own options, then every
command in the order `jumpadesk --help` lists them, each added by its group's module
(accounts, schedule, business, bookings) with its arguments and its handler."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from jumpadesk import __version__
from jumpadesk.cli import accounts, bookings, business, clients, schedule
from jumpadesk.cli.arguments import AddCommand, CliParser, Handler, sub_account_help
from jumpadesk.language import translate


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
            self.error(translate("cli", "--sub-account is given twice, as {first} and "
                                        "{second}; give it once").format(first=repr(before),
                                                                        second=repr(after)))
        chosen = after if after is not None else before
        parsed.sub_account = (chosen or "").strip() or None  # None: the first (Main)
        parsed.given_sub_account = parsed.sub_account is not None
        for name in ("sub_account_before", "sub_account_after"):
            if hasattr(parsed, name):
                delattr(parsed, name)
        return parsed, extras


def add_store(command: AddCommand) -> None:
    c = command("store", translate("cli", "where the schedule is kept; test, fill, use and "
                                          "upgrade a PostgreSQL store shared by several desks"),
                cmd_store)
    c.set_defaults(needs_desk=False)  # the store may be what fails to open
    c.add_argument("action", nargs="?", default="show",
                   choices=("show", "test", "copy-to", "use", "upgrade"),
                   help=translate("cli", "show (default); test URL; copy-to URL; use URL "
                                         "(or: use local); upgrade (this desk's store, or URL) "
                                         "to this jumpadesk's schema"))
    c.add_argument("url", nargs="?", metavar="URL", help="postgresql://USER@HOST[:PORT]/DATABASE")
    c.add_argument("--json", action="store_true")


def cmd_store(_desk: None, args: argparse.Namespace) -> int:
    from jumpadesk import store_admin

    return store_admin.run(args)


#: Every command, in the order `jumpadesk --help` lists them.
COMMANDS: tuple[Callable[[AddCommand], None], ...] = (
    accounts.add_connect, accounts.add_calendars, accounts.add_configure, accounts.add_sync,
    schedule.add_busy, schedule.add_events, business.add_free, business.add_agenda,
    bookings.add_book, bookings.add_cancel, bookings.add_move, bookings.add_edit,
    bookings.add_block, bookings.add_unblock, bookings.add_contacts, clients.add_clients,
    clients.add_client, clients.add_notes, clients.add_mark, schedule.add_status,
    schedule.add_conflicts,
    accounts.add_sub_accounts, business.add_services, business.add_hours,
    accounts.add_timezone, accounts.add_disconnect, add_store,
)


def _top_parser() -> TopParser:
    p = TopParser(prog="jumpadesk",
                  description=translate("cli", "iCloud calendars in your booking schedule."))
    p.add_argument("--sub-account", dest="sub_account_before", default=None, metavar="NAME",
                   help=translate("cli", "{help}; also accepted after the command").format(
                       help=sub_account_help()))
    p.add_argument("--version", action="version", version=f"jumpadesk {__version__}")
    p.add_argument("--debug", action="store_true",
                   help=translate("cli", "log verbosely to stderr too"))
    p.add_argument("--demo", action="store_true",
                   help=translate("cli", "open the window on a built-in demo iCloud account "
                                         "(no Apple ID needed)"))
    p.add_argument("--self-test", action="store_true",
                   help=translate("cli", "open the window offscreen, sync the demo, paint the "
                                         "week, exit"))
    return p


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: every command takes --sub-account after its name too."""
    common = CliParser(add_help=False)
    common.add_argument("--sub-account", dest="sub_account_after", default=None,
                        metavar="NAME", help=sub_account_help())
    p = _top_parser()
    sub = p.add_subparsers(dest="command", parser_class=CliParser, metavar="COMMAND")

    def command(name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
        parser.set_defaults(func=handler, needs_desk=True, needs_sub_account=True)
        return parser

    for add in COMMANDS:
        add(command)
    return p
