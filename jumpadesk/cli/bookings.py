"""The commands that change the schedule: book, cancel, move, edit, block and unblock, and the
guests who booked (contacts); each with its arguments (`add_<command>`) and its handler
(`cmd_<command>`)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from jumpadesk.cli.arguments import AddCommand, parse_time, row_id
from jumpadesk.cli.output import BadArgument, print_json, say, zulu
from jumpadesk.errors import InputError
from jumpadesk.language import translate
from jumpadesk.repeats import Repeat, parse_until, parse_weekdays
from jumpadesk.wording import appointment_words, booked_sentence, numbered_moment

if TYPE_CHECKING:  # the service, the store and the sync engine load only when a command runs
    from jumpadesk.rows import SubAccountRow
    from jumpadesk.service import Desk


# -- book -------------------------------------------------------------------------------


def add_book(command: AddCommand) -> None:
    c = command("book", translate("cli", "book an appointment in the linked calendar"),
                cmd_book)
    c.add_argument("--start", required=True, metavar="T")
    c.add_argument("--end", metavar="T",
                   help=translate("cli", "required unless --service gives the length"))
    c.add_argument("--service", metavar="NAME",
                   help=translate("cli", "a service from `jumpadesk services`: its length "
                                         "gives the end, its name the title, and its buffers "
                                         "are kept free around it"))
    c.add_argument("--title", help=translate("cli", "required unless --service names it"))
    c.add_argument("--name", default="")
    c.add_argument("--email", default="")
    c.add_argument("--phone", default="")
    c.add_argument("--even-if-stale", action="store_true",
                   help=translate("cli", "book even when a conflict calendar could not be "
                                         "synced"))
    c.add_argument("--in-the-past", action="store_true",
                   help=translate("cli", "book a time that has already begun or is over"))
    c.add_argument("--json", action="store_true",
                   help=translate("cli", "the booking as a JSON object (its id, times, "
                                         "guest, calendar)"))


def cmd_book(desk: Desk, args: argparse.Namespace) -> int:
    from jumpadesk.service import StaleData

    if args.end is None and args.service is None:
        raise BadArgument(translate("cli", "Give --end, or --service to take the length "
                                           "from."))
    if args.title is None and args.service is None:
        raise BadArgument(translate("cli", "Give --title, or --service to take the title "
                                           "from."))
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
        raise exc.saying(translate("cli", "Add --even-if-stale to book anyway.")) from exc
    # Said from what the booking returned and the sub-account it was made for (resolved
    # once, cli/run.py); only its calendar's name is read.
    start = datetime.fromtimestamp(appt.start_ts, UTC)
    end = datetime.fromtimestamp(appt.end_ts, UTC)
    calendar = next((c.name for c in desk.calendars(args.sub_account)
                     if c.id == appt.calendar_id), "")
    staff: SubAccountRow = args.sub_account
    if args.json:
        print_json({"id": appt.id, "title": appt.title, "guest": appt.guest_name,
                    "start": zulu(start), "end": zulu(end), "sub_account": staff.name,
                    "calendar": calendar})
        return 0
    say(booked_sentence(appt.id, appt.title, appt.guest_name,  # type: ignore[arg-type]
                        start, end, ZoneInfo(staff.timezone), staff.name, calendar))
    return 0


def _refuse_the_past(desk: Desk, args: argparse.Namespace, start: datetime,
                     end: datetime) -> None:
    """A time already begun or over is booked only with --in-the-past, as the window asks
    first (a walk-in booked late is fine; a slip of the date is not)."""
    now = datetime.now(UTC)
    if start >= now or args.in_the_past:
        return
    tz = desk.zone(args.sub_account)
    said = (translate("cli", "That time ({when}) is over; add --in-the-past to book it "
                             "anyway.") if end <= now else
            translate("cli", "That time ({when}) has already begun; add --in-the-past to book "
                             "it anyway."))
    raise BadArgument(said.format(when=numbered_moment(start.astimezone(tz))))


# -- cancel and move --------------------------------------------------------------------


def add_cancel(command: AddCommand) -> None:
    c = command("cancel", translate("cli", "cancel an appointment (and remove it from its "
                                           "calendar)"), cmd_cancel)
    c.add_argument("id", type=row_id("appointment"))


def cmd_cancel(desk: Desk, args: argparse.Namespace) -> int:
    desk.cancel(args.sub_account, args.id)
    say(translate("cli", "Cancelled appointment {id}.").format(id=args.id))
    return 0


def add_move(command: AddCommand) -> None:
    c = command("move", translate("cli", "give an appointment a new time (changed in its "
                                         "calendar in place), or another staff member (--to)"),
                cmd_move)
    c.add_argument("id", type=row_id("appointment"))
    c.add_argument("--start", metavar="T",
                   help=translate("cli", "required unless --to is given"))
    c.add_argument("--end", metavar="T", help=translate("cli", "required unless --to is given"))
    c.add_argument("--to", metavar="NAME",
                   help=translate("cli", "give it to this sub-account (written to its linked "
                                         "calendar), at its own time or at --start/--end"))
    c.add_argument("--even-if-stale", action="store_true",
                   help=translate("cli", "move even when a conflict calendar could not be "
                                         "synced"))


def cmd_move(desk: Desk, args: argparse.Namespace) -> int:
    from jumpadesk.service import StaleData

    if args.to is not None:
        return _give(desk, args)
    if args.start is None or args.end is None:
        raise BadArgument(translate("cli", "move needs --start and --end, or --to NAME to "
                                           "give the appointment to another sub-account."))
    try:
        desk.move_appointment(args.sub_account, args.id, parse_time(args.start),
                              parse_time(args.end), allow_stale=args.even_if_stale)
    except StaleData as exc:
        raise exc.saying(translate("cli", "Add --even-if-stale to move it anyway.")) from exc
    say(translate("cli", "Moved appointment {id}.").format(id=args.id))
    return 0


def _give(desk: Desk, args: argparse.Namespace) -> int:
    """move --to: the appointment given to another staff member (services/reassign.py)."""
    from jumpadesk.service import StaleData

    if (args.start is None) != (args.end is None):
        raise BadArgument(translate("cli", "Give both --start and --end with --to, or "
                                           "neither."))
    start = parse_time(args.start) if args.start is not None else None
    end = parse_time(args.end) if args.end is not None else None
    try:
        given = desk.reassign(args.sub_account, args.id, args.to, start, end,
                              allow_stale=args.even_if_stale)
    except StaleData as exc:
        raise exc.saying(translate("cli", "Add --even-if-stale to give it anyway.")) from exc
    tz = desk.zone(args.to)
    say(translate("cli", "Gave appointment {id} to {name}: {appointment}.").format(
        id=given.id, name=args.to, appointment=appointment_words(
            given.title, given.guest_name, datetime.fromtimestamp(given.start_ts, UTC),
            datetime.fromtimestamp(given.end_ts, UTC), tz)))
    return 0


# -- edit -------------------------------------------------------------------------------


def add_edit(command: AddCommand) -> None:
    c = command("edit", translate("cli", "change an appointment's title, guest, email, phone, "
                                         "notes or service (changed in its calendar in "
                                         "place)"), cmd_edit)
    c.add_argument("id", type=row_id("appointment"))
    c.add_argument("--title", metavar="T")
    c.add_argument("--name", metavar="N", help=translate("cli", "the guest's name"))
    c.add_argument("--email", metavar="E",
                   help=translate("cli", "the guest's email ('' takes it out)"))
    c.add_argument("--phone", metavar="P",
                   help=translate("cli", "the guest's phone ('' takes it out)"))
    c.add_argument("--notes", metavar="TEXT",
                   help=translate("cli", "notes kept with it ('' takes them out)"))
    c.add_argument("--service", metavar="NAME",
                   help=translate("cli", "another service from `jumpadesk services`: its "
                                         "buffers, and its length from the same start "
                                         "(checked like a booking)"))
    c.add_argument("--even-if-stale", action="store_true",
                   help=translate("cli", "change the service even when a conflict calendar "
                                         "could not be synced"))
    c.add_argument("--json", action="store_true",
                   help=translate("cli", "what changed as a JSON object (its id and each new "
                                         "value)"))


def cmd_edit(desk: Desk, args: argparse.Namespace) -> int:
    from jumpadesk.service import StaleData
    from jumpadesk.services.appointment_edit import Changes

    changes = Changes(title=args.title, name=args.name, email=args.email, phone=args.phone,
                      notes=args.notes, service=args.service)
    if not changes:
        raise BadArgument(translate("cli", "Say what to change: --title, --name, --email, "
                                           "--phone, --notes or --service."))
    try:
        edited = desk.edit_appointment(args.sub_account, args.id, changes,
                                       allow_stale=args.even_if_stale)
    except StaleData as exc:
        raise exc.saying(translate("cli", "Add --even-if-stale to change it anyway.")) from exc
    if args.json:
        after = edited.after
        print_json({"id": args.id, "changed": [word for word, _ in edited.changed()],
                    "title": after.title, "guest": after.guest_name,
                    "email": after.guest_email, "phone": after.guest_phone,
                    "notes": after.notes, "service": after.service_name,
                    "end": zulu(datetime.fromtimestamp(after.end_ts, UTC))})
        return 0
    say(edited.sentence())
    return 0


# -- block and unblock ------------------------------------------------------------------


def add_block(command: AddCommand) -> None:
    c = command("block", translate("cli", "block time locally (never written to a calendar "
                                          "server), once or repeating"), cmd_block)
    c.add_argument("--start", required=True, metavar="T")
    c.add_argument("--end", required=True, metavar="T")
    c.add_argument("--title", default=translate("cli", "Blocked"))
    c.add_argument("--repeat", choices=("daily", "weekdays", "weekly"),
                   help=translate("cli", "repeat it every day, every weekday (Monday to "
                                         "Friday) or every week, at the same time of day"))
    c.add_argument("--days", metavar="DAYS",
                   help=translate("cli", "with --repeat weekly: which weekdays, e.g. mon,wed "
                                         "(default: the start's)"))
    c.add_argument("--until", metavar="YYYY-MM-DD",
                   help=translate("cli", "with --repeat: the last day it repeats on "
                                         "(default: no end)"))


def _repeat_of(args: argparse.Namespace, start: datetime) -> Repeat | None:
    """The rule `block --repeat` asks for; BadArgument for --days or --until that cannot
    be taken (or given without --repeat)."""
    if args.repeat is None:
        if args.days or args.until:
            raise BadArgument(translate("cli", "--days and --until go with --repeat; add "
                                               "--repeat daily, weekdays or weekly."))
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


def add_unblock(command: AddCommand) -> None:
    c = command("unblock", translate("cli", "remove a blocked slot (a repeating one with all "
                                            "its days)"), cmd_unblock)
    c.add_argument("id", type=row_id("blocked slot"))
    c.add_argument("--only", metavar="YYYY-MM-DD",
                   help=translate("cli", "remove just this day of a repeating blocked slot"))


def cmd_unblock(desk: Desk, args: argparse.Namespace) -> int:
    only = None
    if args.only:
        try:
            only = parse_until(args.only)
        except InputError as exc:
            raise BadArgument(str(exc)) from exc
    say(desk.unblock(args.sub_account, args.id, only=only).sentence(args.id))
    return 0


# -- contacts ---------------------------------------------------------------------------


def add_contacts(command: AddCommand) -> None:
    c = command("contacts", translate("cli", "list the guests who booked"), cmd_contacts)
    c.add_argument("--json", action="store_true")


def cmd_contacts(desk: Desk, args: argparse.Namespace) -> int:
    people = desk.contacts(args.sub_account)
    if args.json:
        print_json([{"name": c.name, "email": c.email, "phone": c.phone} for c in people])
        return 0
    for c in people:
        say(f"{c.name:<24} {c.email:<32} {c.phone}")
    return 0
