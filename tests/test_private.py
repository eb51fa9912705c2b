"""Private by default: nothing jumpadesk keeps can be read by other users of the computer.

Real processes at umask 022 (which makes files 0644 unless told otherwise): the command
line connecting, syncing, booking and blocking on a data folder left by an older
jumpadesk (folders 0755, files 0644, a store from before migrations, a log about to
rotate), and the window starting on the platform's own folders. After each process
every folder under the data and log folders is 0700 and every file 0600 at most.
"""

from __future__ import annotations

import signal
import sqlite3
import stat
import sys
import time
from pathlib import Path

import pytest

from tests.concurrency.procs import DeskProcesses
from tests.hostile_disk import run, start_window, umask
from tests.icloud_server import IcloudServer, week_day

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32",
                       reason="Windows: the per-user folder's ACL keeps it private"),
]

FIXTURES = Path(__file__).resolve().parent / "fixtures"
LOG_LIMIT = 1_000_000  # jumpadesk.logs rotates its log at this size


def readable_by_others(*folders: Path) -> list[str]:
    """Every folder or file under `folders` that the group or others may use."""
    found = []
    for folder in folders:
        for path in [folder, *folder.rglob("*")]:
            mode = path.lstat().st_mode
            if stat.S_IMODE(mode) & 0o077:
                found.append(f"{stat.filemode(mode)} {path}")
    return found


def leave_an_older_install(home: Path) -> None:
    """What an older jumpadesk left at umask 022: a store from before migrations, a log
    one line short of rotating and its rotated copy, the store settings."""
    home.chmod(0o755)
    old = sqlite3.connect(home / "jumpadesk.db")
    old.executescript((FIXTURES / "store_v1.sql").read_text())
    old.close()
    logs = home / "logs"
    logs.mkdir(mode=0o755)
    (logs / "jumpadesk.log").write_text("x" * (LOG_LIMIT - 10) + "\n")
    (logs / "jumpadesk.log.1").write_text("older lines\n")
    (home / "store.json").write_text("{}\n")
    for path in (home / "jumpadesk.db", logs / "jumpadesk.log", logs / "jumpadesk.log.1",
                 home / "store.json"):
        path.chmod(0o644)
    logs.chmod(0o755)


def test_the_command_line_keeps_the_data_and_log_folders_private_at_umask_022(
    icloud: IcloudServer, tmp_path: Path
) -> None:
    desk = DeskProcesses(tmp_path)
    leave_an_older_install(desk.home)
    assert readable_by_others(desk.home)

    slot = ("--start", week_day(1, "14:00").isoformat(), "--end", week_day(1, "15:00").isoformat())
    steps = [
        ("connect", "--apple-id", icloud.apple_id, "--server", icloud.url),
        ("configure", "--linked", "Work", "--conflict", "Home"),
        ("sync",),
        ("book", "--in-the-past", *slot, "--title", "Colour", "--name", "Ada Guest",
         "--email", "ada@example.com", "--phone", "+49 30 1234"),
        ("block", "--start", week_day(3, "12:00").isoformat(),
         "--end", week_day(3, "13:00").isoformat(), "--title", "Doctor (private)"),
    ]
    for args in steps:
        done = run(desk, *args, prepare=umask(0o022), password=icloud.password)
        assert done.returncode == 0, (args, done.stderr)
        # Checked after each process: what it made was made private, not only tightened
        # by the next one's start.
        assert readable_by_others(desk.home) == [], args

    made = {p.name for p in desk.home.rglob("*")}
    assert "jumpadesk.db.v1.bak" in made  # the backup before the migration
    assert any(name.startswith("sync-account-") for name in made)  # a sync's lock file
    assert {"jumpadesk.log", "jumpadesk.log.1", "jumpadesk.log.2"} <= made  # it rotated
    assert "older lines" in (desk.home / "logs" / "jumpadesk.log.2").read_text()


def test_the_window_starts_on_private_folders_at_umask_022(tmp_path: Path) -> None:
    # The platform's own folders this time (no JUMPADESK_HOME): data and logs apart.
    desk = DeskProcesses(tmp_path)
    env = {"HOME": str(tmp_path / "user"), "XDG_DATA_HOME": str(tmp_path / "user" / "data"),
           "XDG_STATE_HOME": str(tmp_path / "user" / "state"),
           "XDG_CONFIG_HOME": str(tmp_path / "user" / "config")}
    desk.env.pop("JUMPADESK_HOME")
    data = tmp_path / "user" / "data" / "jumpadesk"
    logs = tmp_path / "user" / "state" / "jumpadesk" / "log"
    window = start_window(desk, prepare=umask(0o022), env=env)
    try:
        deadline = time.monotonic() + 60
        # The window holds its store open: the WAL's shared memory exists while it runs.
        while not ((data / "jumpadesk.db-shm").exists() and (logs / "jumpadesk.log").exists()):
            assert window.poll() is None, window.stderr.read()  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "the window did not open its store"
            time.sleep(0.05)
        assert readable_by_others(data, logs) == []
        window.send_signal(signal.SIGTERM)
        # Quit as if chosen (0), or stopped just before its event loop ran (128 + 15).
        assert window.wait(timeout=30) in (0, 128 + signal.SIGTERM)
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()
    assert (data / "jumpadesk.db").stat().st_size > 0
    assert readable_by_others(data, logs) == []


def test_the_shared_store_setting_is_private_at_umask_022(pg_url: str, tmp_path: Path) -> None:
    desk = DeskProcesses(tmp_path)
    done = run(desk, "store", "use", pg_url, prepare=umask(0o022))
    assert done.returncode == 0, done.stderr
    settings = desk.home / "store.json"
    assert "postgresql" in settings.read_text()
    assert stat.S_IMODE(settings.stat().st_mode) == 0o600
    assert readable_by_others(desk.home) == []
