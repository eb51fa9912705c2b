"""The questions about the schedule: busy, events, status and conflicts; each with its
arguments (`add_<command>`) and its handler (`cmd_<command>`). They only read, and the
read-only desk (services/read_only.py) answers them whenever it can (cli/run.py)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from jumpadesk.availability import CONFLICT_HORIZON, appointment_server
from jumpadesk.cli.arguments import AddCommand, days_ahead, parse_time
from jumpadesk.cli.output import print_json, say, zulu
from jumpadesk.kinds import Source
from jumpadesk.language import translate
from jumpadesk.wording import counted, numbered_moment, short_moment

if TYPE_CHECKING:  # the service, the store and the sync engine load only when a command runs
    from jumpadesk.rows import AppointmentRow
    from jumpadesk.service import Desk
    from jumpadesk.services.read_only import ReadOnlyDesk


def add_busy(command: AddCommand) -> None:
    _between(command("busy", translate("cli", "busy time between two times"), cmd_busy))


def add_events(command: AddCommand) -> None:
    _between(command("events", translate("cli", "everything on the schedule between two "
                                                "times"), cmd_events))


def _between(c: argparse.ArgumentParser) -> None:
    c.add_argument("--from", dest="start", required=True, metavar="T")
    c.add_argument("--to", dest="end", required=True, metavar="T")
    c.add_argument("--json", action="store_true")


def cmd_busy(desk: Desk | ReadOnlyDesk, args: argparse.Namespace) -> int:
    spans = desk.busy(args.sub_account, parse_time(args.start), parse_time(args.end))
    if args.json:
        print_json({"busy": [{"start": zulu(i.start), "end": zulu(i.end)} for i in spans]})
        return 0
    tz = desk.zone(args.sub_account)
    for i in spans:
        say(translate("cli", "{start} – {end}  busy").format(
            start=numbered_moment(i.start.astimezone(tz)),
            end=numbered_moment(i.end.astimezone(tz))))
    return 0


def cmd_events(desk: Desk | ReadOnlyDesk, args: argparse.Namespace) -> int:
    items = desk.schedule(args.sub_account, parse_time(args.start), parse_time(args.end))
    if args.json:
        print_json([{
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
        flag = translate("cli", "busy") if i.busy else translate("cli", "free")
        ident = f" [#{i.ref_id}]" if i.source != Source.ICLOUD else ""
        if not i.confirmed:
            ident += " " + translate("cli", "(not yet confirmed by {service}; the time stays "
                                            "held)").format(service=i.service)
        repeats = translate("cli", "; repeats {rule}").format(rule=i.repeat) if i.repeat else ""
        start, end = i.start.astimezone(tz), i.end.astimezone(tz)
        # An end on another day says which ("Wed 11-25 20:00–Thu 11-26 09:30").
        ends = f"{end:%H:%M}" if end.date() == start.date() else short_moment(end)
        guest = f" \u00b7 {i.guest}" if i.guest and i.source == Source.APPOINTMENT else ""
        say(f"{short_moment(start)}–{ends} "
            f"{flag:<4} {i.title}{guest}{ident} ({i.calendar}: {i.reason_said}{repeats})")
    return 0


# -- status and conflicts ---------------------------------------------------------------


def add_status(command: AddCommand) -> None:
    command("status", translate("cli", "connections, last sync, anything out of date, and "
                                       "conflicts"), cmd_status)


def cmd_status(desk: Desk | ReadOnlyDesk, args: argparse.Namespace) -> int:
    sub = args.sub_account
    tz = desk.zone(sub)
    conns = desk.connections(sub)
    if not conns:
        say(translate("cli", "{sub_account}: no calendar account connected yet.").format(
            sub_account=sub))
    for c in conns:
        last = numbered_moment(c.last_sync_at.astimezone(tz)) if c.last_sync_at \
            else translate("cli", "never")
        err = f" — {c.last_error}" if c.last_error else ""
        say(translate("cli", "{account}: {state}, last good sync {last}").format(
            account=c.apple_id, state=_state_words(c.state), last=last) + err)
    for s in desk.stale(sub):
        say(translate("cli", "Out of date: {calendar}").format(calendar=s.sentence(tz)))
    for sentence in desk.event_problems(sub):
        say(translate("cli", "Check: {problem}").format(problem=sentence))
    clashes = desk.appointment_conflicts(sub)
    for line in _unconfirmed_lines(desk.unconfirmed(sub), tz):
        say(line)
    if clashes:
        say(counted(len(clashes),
                    translate("cli", "Conflicts: %n appointment now overlapped by other events "
                                     "(jumpadesk conflicts lists them)."),
                    translate("cli", "Conflicts: %n appointments now overlapped by other "
                                     "events (jumpadesk conflicts lists them).")))
    return 0


def _state_words(state: str) -> str:
    """A connection's state as `status` says it (the names stay English in the store)."""
    return {"new": translate("cli", "new", "connection state"),
            "ok": translate("cli", "ok", "connection state"),
            "auth_failed": translate("cli", "auth_failed", "connection state"),
            "unreachable": translate("cli", "unreachable", "connection state"),
            "error": translate("cli", "error", "connection state")}.get(state, state)


def _unconfirmed_lines(unconfirmed: Sequence[AppointmentRow], tz: ZoneInfo) -> list[str]:
    """For `status`: each appointment its server has not confirmed yet, and what that
    means, the server named by the one rule (availability.appointment_server: its
    calendar's account, else its sub-account's linked calendar's, read with the row)."""
    lines = []
    for a in unconfirmed:
        service = appointment_server(a)
        lines.append(translate(
            "cli", "Not yet confirmed: {title} (appointment {id}, {start}–{end}) was sent to "
                   "{calendar}; {service} has not confirmed it yet; the time stays held.").format(
            title=a.title, id=a.id, start=numbered_moment(datetime.fromtimestamp(a.start_ts, tz)),
            end=f"{datetime.fromtimestamp(a.end_ts, tz):%H:%M}",
            calendar=a.calendar_name or service, service=service))
    return lines


def add_conflicts(command: AddCommand) -> None:
    c = command("conflicts", translate("cli", "appointments that an event added since now "
                                              "overlaps, within the next {days} days "
                                              "(--days)").format(days=CONFLICT_HORIZON.days),
                cmd_conflicts)
    c.add_argument("--days", type=days_ahead, default=CONFLICT_HORIZON.days, metavar="N",
                   help=translate("cli", "look this many days ahead (default: {days}, as far "
                                         "as the window looks)").format(
                       days=CONFLICT_HORIZON.days))
    c.add_argument("--json", action="store_true")


def cmd_conflicts(desk: Desk | ReadOnlyDesk, args: argparse.Namespace) -> int:
    clashes = desk.appointment_conflicts(args.sub_account, horizon=timedelta(days=args.days))
    if args.json:
        print_json([{
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
        say(counted(args.days,
                    translate("cli", "No conflicts: nothing overlaps a booked appointment in "
                                     "the next %n day."),
                    translate("cli", "No conflicts: nothing overlaps a booked appointment in "
                                     "the next %n days.")))
        return 0
    tz = desk.zone(args.sub_account)
    for c in clashes:
        say(c.sentence(tz))
    return 0
