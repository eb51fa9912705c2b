"""The command line. Imports no Qt.

Every command takes --sub-account NAME (default: Main, the business's first sub-account);
a name the store does not have is refused (exit 2) with the names it has, never made
on the fly: `jumpadesk sub-accounts add NAME` makes one. On error it prints one
sentence on stderr and exits non-zero, never a traceback: 2 for an argument it cannot
take (an unknown sub-account, not a time, a time without a zone or outside the years
jumpadesk works with, an id that cannot be one), 1 for a refusal or failure after that.
Times in are ISO 8601 with an offset or Z; JSON times out are UTC ending in Z.

The parts, top first: `run` (a command run, its refusals as exit codes), `parser` (the
whole command line), the commands by what they are about (`accounts`, `schedule`,
`business`, `bookings`: each command's arguments beside its handler), `arguments` (times,
days, numbers and ids read alike) and `output` (one line, JSON, exit codes).
"""

from jumpadesk.cli.output import (
    EXIT_ERROR,
    EXIT_SLOT_TAKEN,
    EXIT_SYNC_FAILED,
    EXIT_USAGE,
    BadArgument,
    say,
    zulu,
)
from jumpadesk.cli.parser import build_parser
from jumpadesk.cli.run import FULL_PATH_ENV, READ_ONLY_COMMANDS, main, run_command, run_parsed

__all__ = [
    "EXIT_ERROR",
    "EXIT_SLOT_TAKEN",
    "EXIT_SYNC_FAILED",
    "EXIT_USAGE",
    "FULL_PATH_ENV",
    "READ_ONLY_COMMANDS",
    "BadArgument",
    "build_parser",
    "main",
    "run_command",
    "run_parsed",
    "say",
    "zulu",
]
