"""Runs one `jumpadesk` command in a child process that stops inside its booking
transaction until the test lets it go, so a test can see who waits for whom.

    python -m tests.concurrency.hold_booking MARK WHERE ARGS...

WHERE is "decided" (the check is done and the row written, nothing committed: every
lock the booking takes is held), "locked" (its locks are taken, nothing read yet) or
"start" (about to begin its booking transaction, its sync done: children held there
and let go together race for the locks). There the child creates MARK.held-<pid> and
waits for MARK.go, then carries on as the command would. Everything else is the real
command against the real store: the pause is only a wrapper around the booking
service's own transaction and locks. Exits with the command's own status.
"""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

WAIT_SECONDS = 180


def pause(mark: Path) -> None:
    Path(f"{mark}.held-{os.getpid()}").touch()
    deadline = time.monotonic() + WAIT_SECONDS
    while not Path(f"{mark}.go").exists() and time.monotonic() < deadline:
        time.sleep(0.005)


def main() -> int:
    mark, where, argv = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
    import jumpadesk.__main__ as entry
    from jumpadesk.services import booking

    if where == "decided":
        transaction = booking.booking_transaction

        @contextmanager
        def held_before_commit(engine):  # type: ignore[no-untyped-def]
            with transaction(engine) as session:
                yield session
                pause(mark)  # only when the body decided without a refusal

        booking.booking_transaction = held_before_commit
    elif where == "start":
        transaction = booking.booking_transaction

        @contextmanager
        def held_before_start(engine):  # type: ignore[no-untyped-def]
            pause(mark)
            with transaction(engine) as session:
                yield session

        booking.booking_transaction = held_before_start
    elif where == "locked":
        hold = booking.hold_schedule

        def held_after_locking(session, sub_account_id, **kwargs) -> None:  # type: ignore[no-untyped-def]
            hold(session, sub_account_id, **kwargs)
            pause(mark)

        booking.hold_schedule = held_after_locking
    else:
        raise SystemExit(f"unknown pause {where!r}")
    return entry.main(argv)


if __name__ == "__main__":
    sys.exit(main())
