"""The commands about calendar accounts and sub-accounts: connect, calendars, configure,
sync, disconnect, sub-accounts and timezone; each with its arguments (`add_<command>`)
and its handler (`cmd_<command>`)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from jumpadesk.cli.arguments import AddCommand, add_actions
from jumpadesk.cli.output import EXIT_SYNC_FAILED, print_json, say
from jumpadesk.config import DEFAULT_SERVER_URL
from jumpadesk.errors import InputError
from jumpadesk.language import translate
from jumpadesk.lazy import LazyModule
from jumpadesk.sync.servers import service_name
from jumpadesk.wording import counted

if TYPE_CHECKING:  # the service, the store and the sync engine load only when a command runs
    from jumpadesk.service import Desk
    from jumpadesk.sync.report import SyncReport

#: The passwords' module, and keyring with it, load only when disconnect needs them.
secrets = LazyModule("jumpadesk.secrets")

# -- connect ----------------------------------------------------------------------------


def add_connect(command: AddCommand) -> None:
    c = command("connect", translate("cli", "connect an iCloud account with an app-specific "
                                            "password, or any CalDAV server (--server) with its "
                                            "user name and password"), cmd_connect)
    c.add_argument("--apple-id", "--user", dest="apple_id", required=True, metavar="NAME",
                   help=translate("cli", "the Apple ID, or the user name on another server"))
    c.add_argument("--server", default=DEFAULT_SERVER_URL, metavar="URL",
                   help=translate("cli", "a host or any address of a CalDAV server (default: "
                                         "iCloud)"))
    keep = c.add_mutually_exclusive_group()
    keep.add_argument("--password-in-file", action="store_true",
                      help=translate("cli", "on a computer without a keychain: keep the "
                                            "password in a file in the data folder that only "
                                            "you can read"))
    keep.add_argument("--password-for-this-run", action="store_true",
                      help=translate("cli", "on a computer without a keychain: keep the "
                                            "password nowhere; later commands read it from "
                                            "JUMPADESK_PASSWORD"))


def _read_password(server: str = DEFAULT_SERVER_URL, user: str = "") -> str:
    from jumpadesk.sync.servers import is_icloud

    password = os.environ.get("JUMPADESK_PASSWORD")
    if password:
        return password
    url = server if "://" in server else f"https://{server}"
    icloud = is_icloud(url, account=user)
    if not sys.stdin or not sys.stdin.isatty():
        raise InputError(
            translate("cli", "No app-specific password given: set JUMPADESK_PASSWORD or run "
                             "this in a terminal.") if icloud else
            translate("cli", "No password given: set JUMPADESK_PASSWORD or run this in a "
                             "terminal."))
    if not icloud:
        return getpass.getpass(translate("cli", "Password for {user} on {service}: ").format(
            user=user, service=service_name(url, user)))
    return getpass.getpass(translate("cli", "App-specific password (not your Apple ID "
                                            "password): "))


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
        kept = " " + translate("cli", "The password is kept in a file only you can read.")
    elif keeping == PasswordKeeping.THIS_RUN:
        kept = " " + translate("cli", "The password is kept nowhere: later commands read it "
                                      "from JUMPADESK_PASSWORD.")
    found = counted(len(cals), translate("cli", "Connected {account}: %n calendar found."),
                    translate("cli", "Connected {account}: %n calendars found."))
    say(found.format(account=args.apple_id) + kept + " "
        + translate("cli", "Next: jumpadesk configure --linked NAME --conflict NAME"))
    return 0


# -- calendars and configure ------------------------------------------------------------


def add_calendars(command: AddCommand) -> None:
    c = command("calendars", translate("cli", "list the calendars found in the connected "
                                              "accounts"), cmd_calendars)
    c.add_argument("--json", action="store_true")


def cmd_calendars(desk: Desk, args: argparse.Namespace) -> int:
    cals = desk.calendars(args.sub_account)
    if args.json:
        print_json([c.as_json() for c in cals])
        return 0
    if not cals:
        say(translate("cli", "No calendars yet: connect a calendar account first (jumpadesk "
                             "connect)."))
        return 0
    for c in cals:
        role = translate("cli", "linked") if c.linked else \
            translate("cli", "conflict") if c.conflict else ""
        note = f"  ({c.reason})" if c.reason and not c.connectable else ""
        say(f"{c.name:<24} {c.kind:<10} {c.access:<5} {role:<8} {c.account}{note}")
    return 0


def add_configure(command: AddCommand) -> None:
    c = command("configure", translate("cli", "choose the linked calendar and the conflict "
                                              "calendars"), cmd_configure)
    c.add_argument("--linked", metavar="NAME",
                   help=translate("cli", "where new appointments are written"))
    c.add_argument("--conflict", metavar="NAME", action="append", default=[],
                   help=translate("cli", "a calendar whose busy events block bookings "
                                         "(repeatable)"))


def cmd_configure(desk: Desk, args: argparse.Namespace) -> int:
    if not args.linked and not args.conflict:
        raise InputError(translate("cli", "Say which calendars to use: --linked NAME and/or "
                                          "--conflict NAME."))
    cals = desk.configure(args.sub_account, args.linked, args.conflict)
    linked = [c.name for c in cals if c.linked]
    conflict = [c.name for c in cals if c.conflict]
    none = translate("cli", "none")
    say(translate("cli", "Linked calendar: {linked}. Conflict calendars: {conflict}.").format(
        linked=linked[0] if linked else none, conflict=", ".join(conflict) or none))
    return 0


# -- sync -------------------------------------------------------------------------------


def add_sync(command: AddCommand) -> None:
    c = command("sync", translate("cli", "fetch changes from the calendar servers now"),
                cmd_sync)
    c.add_argument("--json", action="store_true")


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
        print_json(_sync_json(report))
    else:
        for a in report.accounts:
            changed = sum(c.changed + c.deleted for c in a.calendars)
            said = translate("cli", "{account}: ok, {changes} changes, {requests} requests") \
                if a.ok and all(c.ok for c in a.calendars) else \
                translate("cli", "{account}: FAILED, {changes} changes, {requests} requests")
            say(said.format(account=a.apple_id, changes=changed, requests=a.requests))
            for c in a.calendars:
                for note in c.notes:
                    say(f"  {note}")
    if not report.ok:
        for line in report.failures():
            say(f"jumpadesk: {line}", err=True)
        return EXIT_SYNC_FAILED
    return 0


# -- sub-accounts and their time zones --------------------------------------------------


def add_sub_accounts(command: AddCommand) -> None:
    c = command("sub-accounts", translate("cli", "list, add, rename or remove the businesses, "
                                                 "locations or staff members"),
                cmd_sub_accounts)
    c.set_defaults(needs_sub_account=False)
    actions = add_actions(c, "list", translate("cli", "every sub-account with its time zone "
                                                      "(default)"))
    a = actions.add_parser("add", help=translate("cli", "add a sub-account: the one way one "
                                                        "is made"))
    a.add_argument("name", metavar="NAME")
    a.add_argument("--timezone", metavar="ZONE",
                   help=translate("cli", "an IANA name (default: the first sub-account's time "
                                         "zone; the opening hours are the first "
                                         "sub-account's too)"))
    a.add_argument("--use", metavar="APPLE_ID", action="append", default=[],
                   help=translate("cli", "an account already connected at this desk for "
                                         "another sub-account, used without its password "
                                         "again (repeatable)"))
    a.add_argument("--linked", metavar="NAME",
                   help=translate("cli", "with --use: where the new sub-account's bookings "
                                         "are written (default: a calendar called "
                                         "Appointments, Bookings or Work)"))
    a.add_argument("--conflict", metavar="NAME", action="append", default=[],
                   help=translate("cli", "with --use: a calendar whose busy events block its "
                                         "bookings (repeatable; default: every event "
                                         "calendar of the accounts)"))
    a = actions.add_parser("rename", help=translate("cli", "give a sub-account a new name"))
    a.add_argument("old", metavar="OLD")
    a.add_argument("new", metavar="NEW")
    a = actions.add_parser("remove", help=translate("cli", "remove a sub-account with no "
                                                           "appointments ahead"))
    a.add_argument("name", metavar="NAME")


def cmd_sub_accounts(desk: Desk, args: argparse.Namespace) -> int:
    if args.action == "add":
        say(desk.add_staff(args.name, args.timezone, use=args.use, linked=args.linked,
                           conflicts=args.conflict).sentence())
    elif args.action == "rename":
        sub = desk.rename_sub_account(args.old.strip(), args.new)
        say(translate("cli", "Renamed {old} to {new}.").format(old=args.old.strip(),
                                                                 new=sub.name))
    elif args.action == "remove":
        say(desk.remove_sub_account(args.name.strip()).sentence())
    elif args.json:
        print_json([{"id": s.id, "name": s.name, "timezone": s.timezone}
                    for s in desk.sub_accounts()])
    else:
        for s in desk.sub_accounts():
            say(f"{s.name:<24} {s.timezone}")
    return 0


def add_timezone(command: AddCommand) -> None:
    c = command("timezone", translate("cli", "show or set the business's time zone (an IANA "
                                             "name)"), cmd_timezone)
    c.add_argument("zone", nargs="?", metavar="ZONE",
                   help=translate("cli", "for example Europe/Berlin"))


def cmd_timezone(desk: Desk, args: argparse.Namespace) -> int:
    if args.zone:
        desk.set_timezone(desk.sub_account(args.sub_account).name, args.zone.strip())
    say(desk.sub_account(args.sub_account).timezone)
    return 0


# -- disconnect -------------------------------------------------------------------------


def add_disconnect(command: AddCommand) -> None:
    c = command("disconnect", translate("cli", "forget a calendar account: its keychain "
                                               "entry and cached events"), cmd_disconnect)
    who = c.add_mutually_exclusive_group(required=True)
    who.add_argument("--apple-id", metavar="ID")
    who.add_argument("--all", action="store_true",
                     help=translate("cli", "every account of the sub-account"))


def cmd_disconnect(desk: Desk, args: argparse.Namespace) -> int:
    sub = args.sub_account
    chosen = [c for c in desk.connections(sub)
              if args.all or c.apple_id.lower() == (args.apple_id or "").strip().lower()]
    if not chosen:
        raise InputError(translate("cli", "{account} is not connected in {sub_account}.").format(
            account=args.apple_id, sub_account=sub))
    for c in chosen:
        keeping = secrets.kept_where(c.server_url, c.apple_id)  # read before it goes
        say(secrets.disconnected_sentence(c.apple_id, str(sub), desk.disconnect(c.id, sub),
                                          keeping))
    return 0
