"""What every command says and how it ends: the exit codes, one printed line, the JSON
answer, a time as JSON and the arguments give it, and the refusal of an argument."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Any

from jumpadesk import terminal
from jumpadesk.errors import InputError

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SLOT_TAKEN = 3
EXIT_SYNC_FAILED = 4


class BadArgument(InputError):
    """An argument the command line cannot take (exit 2, as argparse's own refusals)."""


def say(text: str, *, err: bool = False) -> None:
    """Print one line of the command's answer (stderr with `err`). Every print goes
    through here: titles, names and sentences from servers lose the bidirectional and
    control characters a terminal would act on (jumpadesk.terminal.line)."""
    print(terminal.line(text), file=sys.stderr if err else sys.stdout)


def print_json(data: Any) -> None:
    """`--json`: the text kept whole, what a terminal would act on \\u-escaped."""
    print(terminal.json_text(data))


def zulu(moment: datetime) -> str:
    """A time as the command line takes and prints it: UTC, ending in Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
