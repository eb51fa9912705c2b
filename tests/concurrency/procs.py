"""Real `jumpadesk` processes sharing one data folder and one keychain file.

A desk here is a data folder ($JUMPADESK_HOME) and a keychain (a file in the test's own
folder, tests/concurrency/test_keyring.py, so children of one test share it and nothing
touches the real keychain). `run` runs one command; `run_together` starts several, waits until
each has imported everything, then releases them at once.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str


class DeskProcesses:
    """Runs jumpadesk commands as separate processes on one data folder."""

    def __init__(self, folder: Path, *, home: Path | None = None,
                 database_url: str | None = None) -> None:
        self.home = home or folder / "jumpadesk-home"
        self.keychain = folder / "keychain"
        self.home.mkdir(parents=True, exist_ok=True)
        self.keychain.mkdir(parents=True, exist_ok=True)
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("JUMPADESK_DATABASE_URL", "JUMPADESK_PASSWORD")}
        self.env.update({
            "JUMPADESK_HOME": str(self.home),
            "PYTHON_KEYRING_BACKEND": "tests.concurrency.test_keyring.FolderKeyring",
            "JUMPADESK_TEST_KEYCHAIN": str(self.keychain),
            "PYTHONPATH": str(ROOT),
        })
        if database_url:
            self.env["JUMPADESK_DATABASE_URL"] = database_url
        self._round = 0

    def run(self, *args: str, password: str | None = None, timeout: float = 120) -> Result:
        env = dict(self.env)
        if password is not None:
            env["JUMPADESK_PASSWORD"] = password
        done = subprocess.run(
            [sys.executable, "-m", "jumpadesk", *args], capture_output=True, text=True,
            env=env, timeout=timeout, stdin=subprocess.DEVNULL, cwd=ROOT,
        )
        return Result(tuple(args), done.returncode, done.stdout, done.stderr)

    def run_together(self, commands: list[tuple[str, ...]], timeout: float = 180) -> list[Result]:
        """Start every command, release them at once, and return their results in order."""
        with self.start_together(commands, timeout) as group:
            group.release()
            return group.wait()

    def start_together(self, commands: list[tuple[str, ...]], timeout: float = 180) -> Together:
        """Start the commands held at the line; `release()` lets them go, `wait()` collects.
        Use as a context manager so no child outlives the test."""
        self._round += 1
        return Together(self, self.home / f"go-{self._round}", commands, timeout)


class Together:
    """Child processes that have imported everything and wait for one start signal."""

    def __init__(self, desk: DeskProcesses, go: Path, commands: list[tuple[str, ...]],
                 timeout: float) -> None:
        self.go = go
        self.commands = commands
        self.deadline = time.monotonic() + timeout
        self.children = [
            subprocess.Popen(
                [sys.executable, "-m", "tests.concurrency.at_go", str(go), *args],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=desk.env,
                stdin=subprocess.DEVNULL, cwd=ROOT,
            )
            for args in commands
        ]

    def release(self) -> None:
        """Wait until every child is ready (or has died), then start them all at once."""
        while len(list(self.go.parent.glob(f"{self.go.name}.ready-*"))) < len(self.children):
            if any(c.poll() is not None for c in self.children):
                break
            if time.monotonic() > self.deadline:
                break
            time.sleep(0.01)
        self.go.touch()

    def wait(self) -> list[Result]:
        results = []
        for args, child in zip(self.commands, self.children, strict=True):
            out, err = child.communicate(timeout=max(1.0, self.deadline - time.monotonic()))
            results.append(Result(tuple(args), child.returncode, out, err))
        return results

    def __enter__(self) -> Together:
        return self

    def __exit__(self, *exc_info: object) -> None:
        for child in self.children:
            if child.poll() is None:
                child.kill()
                child.wait()
