"""A shop opened from the command line, by real `jumpadesk` processes on one data folder
(tests/concurrency/procs.py), against the iCloud-like server."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from tests.concurrency.procs import DeskProcesses
from tests.icloud_server import IcloudServer

BERLIN = ZoneInfo("Europe/Berlin")


def z(moment: datetime) -> str:
    """A time as the command line takes it: UTC, ending in Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def open_shop(desk: DeskProcesses, icloud: IcloudServer) -> None:
    """Connect, choose Work as linked and Home and Family as conflict calendars, sync."""
    steps = [
        desk.run("timezone", "Europe/Berlin"),
        desk.run("connect", "--apple-id", icloud.apple_id, "--server", icloud.url,
                 password=icloud.password),
        desk.run("configure", "--linked", "Work", "--conflict", "Home", "--conflict", "Family"),
        desk.run("sync"),
    ]
    for step in steps:
        assert step.returncode == 0, (step.args, step.stderr)
