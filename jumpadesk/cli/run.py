"""Running the command the parser chose: on the read-only desk when a question can be
answered without the ORM, else on the full Desk of this data folder (bookings whose
answer was lost are asked about first); every refusal and failure becomes one sentence
on stderr and its exit code."""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from jumpadesk.cli.output import (
    EXIT_ERROR,
    EXIT_SLOT_TAKEN,
    EXIT_USAGE,
    BadArgument,
    say,
)
from jumpadesk.cli.parser import build_parser
from jumpadesk.errors import JumpadeskError, SlotTaken, UnknownAccount, UnknownSubAccount
from jumpadesk.language import translate
from jumpadesk.services.offered import NotOffered, UnknownService
from jumpadesk.store_file import os_error_sentence

if TYPE_CHECKING:  # the service, the store and the sync engine load only when a command runs
    from jumpadesk.service import Desk

log = logging.getLogger("jumpadesk.cli")

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


def _desk() -> Desk:
    from jumpadesk.service import Desk

    return Desk()


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
    except (UnknownSubAccount, UnknownService, UnknownAccount, NotOffered) as exc:  # a name
        say(f"jumpadesk: {exc}", err=True)
        return EXIT_USAGE
    except BadArgument as exc:
        say(f"jumpadesk: {exc}", err=True)
        return EXIT_USAGE
    except JumpadeskError as exc:
        say(f"jumpadesk: {exc}", err=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        say("jumpadesk: " + translate("cli", "Stopped."), err=True)
        return 130
    except OSError as exc:
        log.exception("system error")
        sentence = os_error_sentence(exc) or translate("cli", "The system refused: "
                                                              "{why}.").format(
            why=exc.strerror or exc)
        say(f"jumpadesk: {sentence}", err=True)
        return EXIT_ERROR
    except Exception:
        log.exception("unexpected error in %s", args.command)
        say("jumpadesk: " + translate("cli", "Something went wrong that should not have; the "
                                             "details are in the log file. Nothing was changed "
                                             "by the failed step."), err=True)
        return EXIT_ERROR
