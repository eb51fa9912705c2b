"""How long a command runs against a server that misbehaves, and how much memory it takes.

Runs the real command line as processes, with the default deadlines (60 s for a listing
or report, 30 s for one event, a 30 s stall timeout, a 100 MB cap on one answer), against
tests/hostile_http.py's HostileServer:

- `connect` to a server on 127.0.0.1 that never answers, trickles its answer a byte every
  2 s (body, or status line and headers), or sends a 1 GB answer (declared up front, or
  chunked with no length);
- `sync` and `book --even-if-stale` of an account connected and synced through a
  HostileServer standing in as its partition host (127.0.0.2), once it turns hostile the
  same ways.

Printed per run: wall time from spawn to exit, the child's peak memory (GNU time), the
exit code and the first line the command printed on stderr. A normal `sync` is run first
for the memory it takes when nothing misbehaves.

Run: .venv/bin/python benchmarks/bench_hostile.py [--deadline SECONDS] [--only NAME,...]
(--deadline sets JUMPADESK_REQUEST_DEADLINE for a quick run; the figures in the README
are with the defaults). It asserts that every command ended by itself with one sentence.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from harness import ProcessRun, child_env, jumpadesk_command, run_measured  # noqa: E402

from jumpadesk.cli import zulu  # noqa: E402
from jumpadesk.sync.client import DEADLINE_ENV  # noqa: E402
from tests.hostile_http import (  # noqa: E402
    Answer,
    HostileServer,
    forward,
    oversized,
    silent,
    trickle,
)
from tests.icloud_server import IcloudServer, build_seeded_folder, week_day  # noqa: E402

GIGABYTE = 1 << 30
SLOW = b'<?xml version="1.0"?><D:multistatus xmlns:D="DAV:">' + b" " * 4000


def hostile_answers() -> dict[str, Callable[[], Answer]]:
    return {
        "silent": silent,
        "trickled body": lambda: trickle(SLOW, 2.0),
        "trickled headers": lambda: trickle(SLOW, 2.0, headers_too=True),
        "1 GB declared": lambda: oversized(GIGABYTE, declared=True),
        "1 GB chunked": lambda: oversized(GIGABYTE, declared=False),
    }


def report(name: str, command: str, run: ProcessRun) -> None:
    first = (run.stderr.strip().splitlines() or [""])[0]
    print(f"{name:<17} {command:<8} {run.seconds:7.1f} s {run.peak_mb:8.0f} MB  "
          f"exit {run.returncode}  {first[:150]}", flush=True)


def check(run: ProcessRun) -> None:
    lines = run.stderr.strip().splitlines()
    if run.returncode == 0 or len(lines) != 1 or not lines[0].startswith("jumpadesk: "):
        raise SystemExit(f"not one sentence and a non-zero exit:\n{run.stderr}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deadline", type=float, default=0.0,
                        help="seconds for every deadline (default: the app's own)")
    parser.add_argument("--only", default="", help="comma-separated misbehaviours to run")
    args = parser.parse_args()
    answers = hostile_answers()
    if args.only:
        answers = {k: v for k, v in answers.items() if k in args.only.split(",")}
    extra = {DEADLINE_ENV: str(args.deadline)} if args.deadline else {}
    jd = jumpadesk_command()

    work = Path(tempfile.mkdtemp(prefix="jumpadesk-bench-hostile-"))
    try:
        print(f"{'misbehaviour':<17} {'command':<8} {'wall':>9} {'peak':>11}")
        # connect: the very first request meets the misbehaviour.
        for name, answer in answers.items():
            home = work / f"connect-{len(list(work.iterdir()))}"
            env = child_env(home, JUMPADESK_PASSWORD="pw-1234", **extra)
            with HostileServer("127.0.0.1") as server:
                server.behave(answer())
                run = run_measured([*jd, "connect", "--apple-id", "sam@icloud.com",
                                    "--server", server.url], env=env, cwd=ROOT)
            report(name, "connect", run)
            check(run)

        # sync and book: an account connected and synced through the partition host.
        build_seeded_folder(work / "seed")
        icloud = IcloudServer(work / "seed", seed=False).start()
        front = HostileServer("127.0.0.2", forward_to=icloud.partition_url).start()
        try:
            front.behave(forward())
            icloud.layer.partition_url = front.url
            home = work / "account"
            env = child_env(home, JUMPADESK_PASSWORD=icloud.password, **extra)
            for step in (["connect", "--apple-id", icloud.apple_id, "--server", icloud.url],
                         ["configure", "--linked", "Work", "--conflict", "Home"]):
                done = run_measured([*jd, *step], env=env, cwd=ROOT)
                if done.returncode:
                    raise SystemExit(done.stderr)
            baseline = run_measured([*jd, "sync"], env=env, cwd=ROOT)
            report("(none)", "sync", baseline)
            for k, (name, answer) in enumerate(answers.items()):
                front.behave(answer())
                run = run_measured([*jd, "sync"], env=env, cwd=ROOT)
                report(name, "sync", run)
                check(run)
                start, end = week_day(40, f"{5 + k:02d}:00"), week_day(40, f"{5 + k:02d}:30")
                run = run_measured([*jd, "book", "--start", zulu(start), "--end", zulu(end),
                                    "--title", f"Bench {k}", "--even-if-stale"],
                                   env=env, cwd=ROOT)
                report(name, "book", run)
                check(run)
                front.behave(forward())
        finally:
            front.stop()
            icloud.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
