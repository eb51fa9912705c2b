"""Stopping the window from outside: `jumpadesk --demo` in a real process, stopped by
SIGTERM or SIGINT (Ctrl+C), leaves no temporary folder behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals"),
]


def start_demo_window(tmp_path: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TMPDIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "JUMPADESK_HOME": str(tmp_path / "home")}
    return subprocess.Popen([sys.executable, "-m", "jumpadesk", "--demo"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_for(condition, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def demo_folders(tmp_path: Path) -> list[Path]:
    return sorted(tmp_path.glob("jumpadesk-demo-*"))


def first_sync_done(tmp_path: Path) -> bool:
    # Logging starts before the demo takes over JUMPADESK_HOME, so the log is in "home".
    log = tmp_path / "home" / "logs" / "jumpadesk.log"
    return log.exists() and "sync pass finished" in log.read_text(errors="replace")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_closes_the_window_and_removes_the_demo_folder(
    tmp_path: Path, signum: int
) -> None:
    process = start_demo_window(tmp_path)
    try:
        wait_for(lambda: first_sync_done(tmp_path) or process.poll() is not None)
        assert process.poll() is None, "the window ended by itself"
        process.send_signal(signum)
        assert process.wait(timeout=30) == 0  # as if Quit had been chosen
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert demo_folders(tmp_path) == []


def test_a_stop_signal_before_the_window_opens_still_removes_the_demo_folder(
    tmp_path: Path,
) -> None:
    process = start_demo_window(tmp_path)
    try:
        wait_for(lambda: demo_folders(tmp_path) or process.poll() is not None)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) in (0, 128 + signal.SIGTERM)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert demo_folders(tmp_path) == []
