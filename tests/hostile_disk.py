"""A disk that refuses, for `jumpadesk` processes: full, read-only, or shared with others.

A real process is started the way tests/concurrency/procs.py starts one (same data folder
and keychain file), with one thing about its disk changed before it runs:

- `full_disk(limit)`: the kernel refuses every write past `limit` bytes of any file
  (RLIMIT_FSIZE; Python ignores SIGXFSZ, so the write fails with EFBIG, as a write to a
  full disk fails with ENOSPC, and SQLite answers SQLITE_FULL or "disk I/O error" alike).
- `plain_user()`: as root, the process keeps root's identity but loses the power to
  write where the permissions say no (CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH leave its
  bounding set before it starts), so a folder made read-only is read-only for it, as for
  the person whose folder it is. Not root: nothing to change.
- `umask(mask)`: the process starts with that umask.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from collections.abc import Callable

try:
    import resource  # POSIX; the tests that use full_disk run there only
except ImportError:  # pragma: no cover - Windows
    resource = None  # type: ignore[assignment]

from tests.concurrency.procs import ROOT, DeskProcesses, Result

Preparation = Callable[[], None]

_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE = 1
_CAP_DAC_READ_SEARCH = 2


def full_disk(limit: int) -> Preparation:
    def prepare() -> None:
        assert resource is not None, "RLIMIT_FSIZE is POSIX only"
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return prepare


def plain_user() -> Preparation:
    def prepare() -> None:
        if os.geteuid() != 0:
            return
        libc = ctypes.CDLL(None, use_errno=True)
        for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
            if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    return prepare


def umask(mask: int) -> Preparation:
    def prepare() -> None:
        os.umask(mask)

    return prepare


def run(desk: DeskProcesses, *args: str, prepare: Preparation | None = None,
        password: str | None = None, env: dict[str, str] | None = None,
        timeout: float = 120) -> Result:
    """One `jumpadesk` command of `desk`, its disk changed by `prepare` first."""
    full_env = {**desk.env, **(env or {})}
    if password is not None:
        full_env["JUMPADESK_PASSWORD"] = password
    done = subprocess.run(
        [sys.executable, "-m", "jumpadesk", *args], capture_output=True, text=True,
        env=full_env, timeout=timeout, stdin=subprocess.DEVNULL, cwd=ROOT,
        preexec_fn=prepare,
    )
    return Result(tuple(args), done.returncode, done.stdout, done.stderr)


def start_window(desk: DeskProcesses, *, prepare: Preparation | None = None,
                 env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """`jumpadesk` with no command (the window, offscreen) as a process of `desk`."""
    full_env = {**desk.env, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.Popen(
        [sys.executable, "-m", "jumpadesk"], env=full_env, cwd=ROOT, text=True,
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        preexec_fn=prepare,
    )
