"""The long fuzzing run (issue 14): the checks of tests/fuzz_strategies.py, random (not
derandomized), round after round until the time is up or something is found.

    .venv/bin/python scripts/fuzz.py                 # 10 minutes
    .venv/bin/python scripts/fuzz.py --minutes 60 --examples 2000

Exit status 0 when nothing was found; 1 with hypothesis's shrunk failing example printed.
The bounded, deterministic run of the same checks is tests/sync/test_fuzz.py.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from jumpadesk.models import make_engine  # noqa: E402
from tests.fuzz_strategies import (  # noqa: E402
    GeneratedEvent,
    calendar_objects,
    check_calendar_object,
    check_multistatus,
    check_paged_listing,
    make_calendar,
    multistatus_bodies,
    mutated,
    sync_pages,
)


class Overran(Exception):
    """One example took longer than WATCHDOG_SECONDS: a hang, as far as a sync is concerned."""


WATCHDOG_SECONDS = 10


@contextmanager
def watchdog() -> Iterator[None]:
    """Turn an example that runs too long into a failure hypothesis can shrink and print."""

    def overran(signum: int, frame: object) -> None:
        raise Overran(f"one example ran longer than {WATCHDOG_SECONDS}s")

    previous = signal.signal(signal.SIGALRM, overran)
    signal.setitimer(signal.ITIMER_REAL, WATCHDOG_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_round(examples: int, engine_url: str) -> None:
    """One round of every check; raises on the first finding (shrunk by hypothesis)."""
    long_run = settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )

    @long_run
    @given(calendar_objects())
    def generated(event: GeneratedEvent) -> None:
        with watchdog():
            check_calendar_object(event.ics, event.must_block)

    @long_run
    @given(st.data())
    def mutations(data: st.DataObject) -> None:
        event = data.draw(calendar_objects())
        text = data.draw(mutated(event.ics))
        with watchdog():
            check_calendar_object(text)

    engine = make_engine(engine_url)
    calendar_id = make_calendar(engine)

    @long_run
    @given(multistatus_bodies(), st.sampled_from(["", "tok-1"]))
    def answers(body: bytes, token: str) -> None:
        with watchdog():
            check_multistatus(body, engine, calendar_id, token)

    @long_run
    @given(sync_pages(), st.sampled_from(["", "tok-1"]))
    def pages(pages: list[bytes], token: str) -> None:
        with watchdog():
            check_paged_listing(pages, engine, calendar_id, token)

    for check in (generated, mutations, answers, pages):
        started = time.perf_counter()
        check()
        print(f"  {check.__name__}: {examples} examples in {time.perf_counter() - started:.1f}s",
              flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--examples", type=int, default=500, help="per check and round")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)  # broken objects are logged by design; findings raise
    warnings.simplefilter("ignore")
    deadline = time.monotonic() + args.minutes * 60
    rounds = 0
    with tempfile.TemporaryDirectory() as folder:
        while time.monotonic() < deadline:
            rounds += 1
            print(f"round {rounds}", flush=True)
            try:
                run_round(args.examples, f"sqlite:///{Path(folder) / f'fuzz{rounds}.db'}")
            except Exception:
                import traceback

                traceback.print_exc()
                print(f"FOUND something in round {rounds} (shrunk example above)")
                return 1
    print(f"nothing found in {rounds} rounds of {args.examples} examples per check")
    return 0


if __name__ == "__main__":
    sys.exit(main())
