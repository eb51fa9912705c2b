"""The demo: a throwaway iCloud-like account on loopback, filled with this week's events.

`start_demo()` starts the embedded Radicale (jumpadesk.demo.server) on 127.0.0.1,
creates the account demo@icloud.com (password abcd-efgh-ijkl-mnop) with the calendars of
resources/demo/layout.json, and writes the sample events of resources/demo/ placed in the
current week of the business's zone (jumpadesk.demo.seed). The launcher (`jumpadesk
--demo`), the self-test and the screenshot script all start it so. `python -m
jumpadesk.demo` runs the server alone until Ctrl+C.

`set_up_demo(desk, demo)` then does what a finished walkthrough would (connect, Work
linked, Home, Work and Family as conflict calendars, one sync), so the demo window opens
on the filled week at once.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jumpadesk.demo.seed import load_layout, seed_icloud_like_account
from jumpadesk.demo.server import LocalAccount, LocalCalDAVServer
from jumpadesk.language import translate

if TYPE_CHECKING:
    from jumpadesk.service import Desk

__all__ = ["DEMO_APPLE_ID", "DEMO_CONFLICTS", "DEMO_LINKED", "DEMO_PASSWORD", "DemoInfo",
           "business_zone", "set_up_demo", "start_demo"]

log = logging.getLogger("jumpadesk.demo")

DEMO_APPLE_ID = "demo@icloud.com"
DEMO_PASSWORD = "abcd-efgh-ijkl-mnop"
#: The demo's choices, as a small business would make them: bookings go to Work; Home,
#: Work and Family block.
DEMO_LINKED = "Work"
DEMO_CONFLICTS = ("Home", "Work", "Family")


@dataclass
class DemoInfo:
    """A running demo. `url` is where discovery starts (ends in /); `folder` holds the
    server's files (`server/`) and, for a demo that isolates the process, jumpadesk's
    own data (`data_folder`)."""

    url: str
    apple_id: str
    password: str = field(repr=False)
    server: LocalCalDAVServer = field(repr=False)
    week_monday: date  # the Monday of the week the demo's events are in
    folder: Path = field(default_factory=Path)
    zone: tzinfo = field(default_factory=lambda: ZoneInfo("UTC"))
    calendars: dict[str, str] = field(default_factory=dict)  # name -> path
    _owns_folder: bool = field(default=False, repr=False)

    @property
    def data_folder(self) -> Path:
        """Where jumpadesk keeps the demo's store and logs (JUMPADESK_HOME, when isolated)."""
        return self.folder / "data"

    def stop(self) -> None:
        """Stop the server; remove the folder when start_demo made it."""
        self.server.stop()
        if self._owns_folder:
            shutil.rmtree(self.folder, ignore_errors=True)


def business_zone() -> ZoneInfo:
    """The computer's zone; UTC when it has none."""
    try:
        import tzlocal

        return ZoneInfo(tzlocal.get_localzone_name() or "UTC")
    except (ImportError, ZoneInfoNotFoundError, ValueError, OSError):
        log.warning("could not read the system time zone; the demo uses UTC")
        return ZoneInfo("UTC")


def start_demo(
    folder: Path | None = None,
    *,
    isolate: bool = False,
    zone: tzinfo | None = None,
    today: date | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
) -> DemoInfo:
    """Start the demo server and return where it is and how to sign in.

    `folder`: where the demo keeps its files (default: a new temporary folder, removed
    by DemoInfo.stop()). `isolate`: from now on this process keeps its data in the
    demo's `data_folder`, forgets any shared store and holds passwords in memory only, so
    trying the demo never touches the person's data or keychain (the launcher, the
    self-test and the screenshots want this). `zone`: the business's zone (default: the
    computer's); the events land in the week holding `today` (default: today there).
    """
    owns_folder = folder is None
    folder = Path(tempfile.mkdtemp(prefix="jumpadesk-demo-")) if folder is None else Path(folder)
    server: LocalCalDAVServer | None = None
    # Anything raised, a stop signal too: the server must not outlive its folder.
    try:
        if isolate:
            _isolate(folder / "data")
        zone = zone or business_zone()
        today = today or datetime.now(zone).date()
        server = LocalCalDAVServer(
            folder / "server", [LocalAccount(DEMO_APPLE_ID, DEMO_PASSWORD)], host, port
        )
        server.start()
        calendars = seed_icloud_like_account(
            server, DEMO_APPLE_ID, DEMO_PASSWORD, load_layout(), events_for_week=today, zone=zone
        )
    except BaseException:
        if server is not None:
            server.stop()
        if owns_folder:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    monday = date.fromordinal(today.toordinal() - today.weekday())
    log.info("demo server at %s", server.url)
    return DemoInfo(
        url=server.url,
        apple_id=DEMO_APPLE_ID,
        password=DEMO_PASSWORD,
        server=server,
        folder=folder,
        zone=zone,
        week_monday=monday,
        calendars=calendars,
        _owns_folder=owns_folder,
    )


def set_up_demo(desk: Desk, demo: DemoInfo, sub_name: str = "Main") -> None:
    """Connect `sub_name` to the running demo, link Work, block with Home, Work and
    Family, and sync once: what the walkthrough would leave behind. Raises the Desk's
    JumpadeskError when any step fails (the report's failures, for a sync)."""
    from jumpadesk.errors import JumpadeskError

    desk.sub_account(sub_name)
    zone_name = getattr(demo.zone, "key", None)
    if zone_name:
        desk.set_timezone(sub_name, zone_name)  # the zone its events were placed in
    desk.connect(sub_name, demo.apple_id, demo.password, demo.url)
    desk.configure(sub_name, DEMO_LINKED, list(DEMO_CONFLICTS))
    report = desk.sync(sub_name)
    if not report.ok:
        raise JumpadeskError(translate("services", "The demo could not sync: {why}").format(
            why="; ".join(report.failures())))


def _isolate(data_folder: Path) -> None:
    """Point this process at the demo's data folder and an in-memory keychain."""
    from jumpadesk import secrets

    os.environ["JUMPADESK_HOME"] = str(data_folder)
    os.environ.pop("JUMPADESK_DATABASE_URL", None)
    secrets.use_session_keyring()


def main() -> None:
    """Run the demo server until Ctrl+C or SIGTERM, printing how to connect."""
    import signal
    import time

    # SIGTERM unwinds like Ctrl+C, so the server stops and its folder goes.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    demo = start_demo()
    print(f"Demo iCloud server: {demo.url}")
    print(f"Apple ID: {demo.apple_id}   app-specific password: {demo.password}")
    print("Ctrl+C to stop.")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        demo.stop()
