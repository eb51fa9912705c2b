"""The commands about what the business offers and when: free (the next free times),
agenda (a staff member's day as text, CSV or PDF), services and opening hours; each with
its arguments (`add_<command>`) and its handler (`cmd_<command>`)."""

from __future__ import annotations

import argparse
import csv
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jumpadesk import agenda
from jumpadesk.cli.arguments import AddCommand, a_day, add_actions, how_many, parse_time
from jumpadesk.cli.output import EXIT_ERROR, BadArgument, print_json, say, zulu
from jumpadesk.errors import InputError
from jumpadesk.free_time import DEFAULT_COUNT, DEFAULT_DAYS, describe_length, parse_length
from jumpadesk.hours import (
    WEEKDAYS,
    OpeningHours,
    day_name,
    describe_day,
    describe_ranges,
    parse_ranges,
    weekday_number,
    with_day,
)
from jumpadesk.language import translate
from jumpadesk.lazy import LazyModule
from jumpadesk.services.offered import Offered, parse_buffer
from jumpadesk.store_file import save_whole
from jumpadesk.wording import numbered_day, numbered_moment

if TYPE_CHECKING:  # the service, the store and the sync engine load only when a command runs
    from jumpadesk.service import Desk
    from jumpadesk.services.read_only import ReadOnlyDesk

#: The printed day sheet, and Qt with it, load only when `agenda --pdf` asks for one.
day_sheet = LazyModule("jumpadesk.day_sheet")


# -- free -------------------------------------------------------------------------------


def add_free(command: AddCommand) -> None:
    c = command("free", translate("cli", "the next free starts of a given length, on the "
                                         "quarter hour, inside the opening hours"), cmd_free)
    what = c.add_mutually_exclusive_group(required=True)
    what.add_argument("--length", metavar="LENGTH", help=translate("cli", "45m, 1h, 1h30m, 90m"))
    what.add_argument("--service", metavar="NAME",
                      help=translate("cli", "a service's length, with its buffers before and "
                                            "after free too"))
    c.add_argument("--anyone", action="store_true",
                   help=translate("cli", "with any sub-account (each start names its "
                                         "sub-account)"))
    c.add_argument("--after", metavar="T",
                   help=translate("cli", "from this time on (default: now)"))
    c.add_argument("--before", metavar="T",
                   help=translate("cli", "ending by this time (default: {days} days after "
                                         "--after)").format(days=DEFAULT_DAYS))
    c.add_argument("--count", type=how_many, default=DEFAULT_COUNT, metavar="N",
                   help=translate("cli", "at most this many (default: {count})").format(
                       count=DEFAULT_COUNT))
    c.add_argument("--even-if-stale", action="store_true",
                   help=translate("cli", "offer times even when a conflict calendar could "
                                         "not be synced"))
    c.add_argument("--json", action="store_true")


def cmd_free(desk: Desk | ReadOnlyDesk, args: argparse.Namespace) -> int:
    try:  # what was typed cannot be taken: a usage error (exit 2)
        if args.anyone and args.given_sub_account:
            raise InputError(translate("cli", "Give --sub-account or --anyone, not both."))
        length = parse_length(args.length) if args.length is not None else None
        after = parse_time(args.after) if args.after else None
        before = parse_time(args.before) if args.before else None
        answer = desk.free_times(args.sub_account, length, anyone=args.anyone, after=after,
                                 before=before, count=args.count,
                                 allow_stale=args.even_if_stale, service=args.service)
    except InputError as exc:
        raise BadArgument(str(exc)) from exc
    for left_out in answer.out_of_date:
        say("jumpadesk: " + translate("cli", "{sentence} (or add --even-if-stale).").format(
            sentence=left_out.sentence().removesuffix(".")), err=True)
    if args.json:
        print_json([{"start": zulu(f.start), "end": zulu(f.end),
                     "sub_account": f.sub_account.name} for f in answer.starts])
    else:
        for f in answer.starts:
            tz = f.zone
            say(translate("cli", "{start} – {end}  free  {sub_account}").format(
                start=numbered_moment(f.start.astimezone(tz)),
                end=numbered_moment(f.end.astimezone(tz)), sub_account=f.sub_account.name))
        if not answer.starts and not answer.out_of_date:
            said = translate("cli", "No free {length} with anyone from {after} to {before}.") \
                if args.anyone else translate("cli", "No free {length} with {sub_account} from "
                                                     "{after} to {before}.")
            say(said.format(length=describe_length(answer.length), after=zulu(answer.after),
                            before=zulu(answer.before), sub_account=args.sub_account.name))
    return EXIT_ERROR if answer.out_of_date and not answer.starts else 0


# -- agenda -----------------------------------------------------------------------------


def add_agenda(command: AddCommand) -> None:
    c = command("agenda", translate("cli", "one staff member's day (or everyone's, --all) in "
                                           "time order, with the opening hours: as text, a CSV "
                                           "or a printable PDF"), cmd_agenda)
    c.add_argument("--day", required=True, type=a_day, metavar="YYYY-MM-DD",
                   help=translate("cli", "the day, on each staff member's own clock"))
    c.add_argument("--all", action="store_true",
                   help=translate("cli", "every staff member, one after another"))
    out = c.add_mutually_exclusive_group()
    out.add_argument("--pdf", metavar="FILE",
                     help=translate("cli", "write a printable day sheet (one page per staff "
                                           "member) here"))
    out.add_argument("--csv", metavar="FILE",
                     help=translate("cli", "write the day as CSV here"))


def cmd_agenda(desk: Desk | ReadOnlyDesk, args: argparse.Namespace) -> int:
    if args.all and args.given_sub_account:
        raise BadArgument(translate("cli", "Give --sub-account or --all, not both."))
    days = desk.agenda_days(args.sub_account, args.day, everyone=args.all)
    names = {"who": days[0].sub_account.name, "day": numbered_day(args.day)}
    if args.csv:
        path = save_whole(Path(args.csv), lambda partial: _write_csv(partial, days))
        said = translate("cli", "Saved everyone's day, {day}, as CSV to {path}.") if args.all \
            else translate("cli", "Saved {who}'s day, {day}, as CSV to {path}.")
        say(said.format(path=path, **names))
        return 0
    if args.pdf:
        path = day_sheet.save_pdf(Path(args.pdf), days)
        said = translate("cli", "Saved everyone's day sheet, {day}, as PDF to {path}.") \
            if args.all else translate("cli", "Saved {who}'s day sheet, {day}, as PDF to "
                                              "{path}.")
        say(said.format(path=path, **names))
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
            say(translate("cli", "Nothing on the schedule."))
    return 0


def _write_csv(path: Path, days: Sequence[agenda.AgendaDay]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(agenda.CSV_COLUMNS)
        writer.writerows(agenda.csv_rows(days))


# -- services ---------------------------------------------------------------------------


def add_services(command: AddCommand) -> None:
    c = command("services", translate("cli", "list, add or remove the services the business "
                                             "offers (a length, buffers before and after, and who "
                                             "offers each)"),
                cmd_services)
    c.set_defaults(needs_sub_account=False)
    actions = add_actions(c, "list", translate("cli", "every service with its length and "
                                                      "buffers (default)"))
    a = actions.add_parser("add", help=translate("cli", "add a service"))
    a.add_argument("name", metavar="NAME")
    a.add_argument("--length", required=True, metavar="LENGTH",
                   help=translate("cli", "45m, 1h, 1h30m, 90m"))
    a.add_argument("--buffer-before", default="0m", metavar="LENGTH",
                   help=translate("cli", "time kept free before it (default: 0m)"))
    a.add_argument("--buffer-after", default="0m", metavar="LENGTH",
                   help=translate("cli", "time kept free after it, e.g. to clean up "
                                         "(default: 0m)"))
    a.add_argument("--staff", nargs="+", action="extend", default=[], metavar="NAME",
                   help=translate("cli", "the sub-accounts (staff) who offer it (default: "
                                         "everyone)"))
    a = actions.add_parser("staff", help=translate("cli", "change who offers a service: the "
                                                          "staff named, or everyone"))
    a.add_argument("name", metavar="NAME")
    a.add_argument("staff", nargs="*", metavar="STAFF",
                   help=translate("cli", "the sub-accounts who offer it from now on"))
    a.add_argument("--everyone", action="store_true",
                   help=translate("cli", "every sub-account offers it (as before any staff "
                                         "were named)"))
    a = actions.add_parser("remove", help=translate("cli", "take a service off the list "
                                                           "(appointments booked for it keep "
                                                           "their times)"))
    a.add_argument("name", metavar="NAME")


def cmd_services(desk: Desk, args: argparse.Namespace) -> int:
    try:  # a name taken or unknown, a length that cannot be: a usage error (exit 2)
        if args.action == "add":
            added = desk.add_service(args.name, parse_length(args.length),
                                     parse_buffer(args.buffer_before),
                                     parse_buffer(args.buffer_after), args.staff)
            say(translate("cli", "Added {service}.").format(service=added.words()))
            if added.staff:
                say(_offered_by(added))
            return 0
        if args.action == "staff":
            if bool(args.staff) == args.everyone:
                raise BadArgument(translate("cli", "Name the staff who offer {service}, or "
                                                   "give --everyone.").format(
                    service=args.name))
            say(_offered_by(desk.set_service_staff(args.name, args.staff)))
            return 0
        if args.action == "remove":
            gone = desk.remove_service(args.name)
            say(translate("cli", "Removed {service}; appointments booked for it keep their "
                                 "times.").format(service=gone.name))
            return 0
    except InputError as exc:
        raise BadArgument(str(exc)) from exc
    offered = desk.services()
    if args.json:
        print_json([o.json() for o in offered])
    elif not offered:
        say(translate("cli", "No services yet; add one with: jumpadesk services add NAME "
                             "--length 60m."))
    else:
        for o in offered:
            before = describe_length(o.buffer_before) if o.buffer_before else "-"
            after = describe_length(o.buffer_after) if o.buffer_after else "-"
            say(f"{o.name:<24} {describe_length(o.length):<12} "
                + translate("cli", "before {before} after {after}").format(
                    before=f"{before:<10}", after=f"{after:<10}")
                + " " + (translate("cli", "offered by {staff}").format(
                    staff=", ".join(o.staff)) if o.staff else
                    translate("cli", "offered by everyone")))
    return 0


def _offered_by(offer: Offered) -> str:
    """The sentence naming who offers it: the staff by name, or everyone."""
    if not offer.staff:
        return translate("cli", "{service} is offered by everyone.").format(service=offer.name)
    return translate("cli", "{service} is offered by {staff}.").format(
        service=offer.name, staff=", ".join(offer.staff))


# -- opening hours ----------------------------------------------------------------------


def add_hours(command: AddCommand) -> None:
    c = command("hours", translate("cli", "show or set the opening hours, per weekday "
                                          "(several ranges a day, a day possibly closed)"),
                cmd_hours)
    actions = add_actions(c, "show", translate("cli", "each weekday's opening hours "
                                                      "(default)"))
    a = actions.add_parser("set", help=translate("cli", "set one or more weekdays' opening "
                                                        "hours"))
    a.add_argument("--day", action="append", required=True, metavar="DAY",
                   help=translate("cli", "mon, tue, ... sun (repeatable, or several joined by "
                                         "commas)"))
    given = a.add_mutually_exclusive_group(required=True)
    given.add_argument("--ranges", metavar="RANGES",
                       help=translate("cli", "for example 09:00-12:30,13:30-18:00 (a lunch "
                                             "break)"))
    given.add_argument("--closed", action="store_true",
                       help=translate("cli", "closed all day"))


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
                raise InputError(translate("cli", "Say which day with --day, for example "
                                                  "--day tue."))
            new = None if args.closed else parse_ranges(args.ranges, WEEKDAYS[days[0]])
        except InputError as exc:
            raise BadArgument(str(exc)) from exc
        for day in days:
            hours = with_day(hours, day, new)
        hours = desk.set_opening_hours(sub, hours)
        said = "; ".join(describe_day(hours, day) for day in days)
        say(translate("cli", "{sub_account}'s opening hours are saved: {hours}.").format(
            sub_account=desk.sub_account(sub).name, hours=said))
        return 0
    if args.json:
        print_json(_hours_json(hours))
        return 0
    for number, ranges in enumerate(hours):
        shown = translate("cli", "closed") if ranges is None else describe_ranges(ranges)
        say(f"{day_name(number):<10} {shown}")
    return 0
