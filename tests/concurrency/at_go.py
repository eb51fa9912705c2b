"""Runs one `jumpadesk` command in a child process the moment a start file appears.

    python -m tests.concurrency.at_go GO_FILE ARGS...

The child imports everything first and says so by creating GO_FILE.ready-<pid>, so the
parent can release all its children at once and they reach the booking desk together,
which is when bookers race. Exits with the command's own status (99 if never started).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def main() -> int:
    go = Path(sys.argv[1])
    argv = sys.argv[2:]
    import jumpadesk.__main__ as entry
    import jumpadesk.service  # noqa: F401  (loaded before the start, not after)
    import jumpadesk.sync.api  # noqa: F401

    Path(f"{go}.ready-{os.getpid()}").touch()
    deadline = time.monotonic() + 120
    while not go.exists():
        if time.monotonic() > deadline:
            return 99
        time.sleep(0.002)
    return entry.main(argv)


if __name__ == "__main__":
    sys.exit(main())
