"""The command line run in this process, its answer captured; a shop set up from it; and
a command asked on both paths (read-only and the full Desk)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import pytest

from jumpadesk import cli
from tests.icloud_server import IcloudServer


def jd(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    """`jumpadesk ARGS...`: its exit status, stdout and stderr."""
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def zulu(moment: datetime) -> str:
    """A time as the command line takes and prints it: UTC, ending in Z."""
    return cli.zulu(moment)


def open_cli_shop(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
                  icloud: IcloudServer, *, staff: Iterable[str] = (),
                  then: Iterable[tuple[str, ...]] = ()) -> IcloudServer:
    """A shop set up with `jumpadesk` commands: connected to `icloud` (the password given
    in JUMPADESK_PASSWORD), in Europe/Berlin, Work linked and Home and Family blocking,
    a sub-account for each of `staff`, synced; then each command of `then`. Each must
    succeed. Returns `icloud`."""
    monkeypatch.setenv("JUMPADESK_PASSWORD", icloud.password)
    steps = [("connect", "--apple-id", icloud.apple_id, "--server", icloud.url),
             ("timezone", "Europe/Berlin"),
             ("configure", "--linked", "Work", "--conflict", "Home", "--conflict", "Family"),
             *(("sub-accounts", "add", name) for name in staff),
             ("sync",), *then]
    for args in steps:
        code, _, err = jd(capsys, *args)
        assert code == 0, (args, err)
    return icloud


def both_paths(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
               *args: str) -> tuple[int, str, str]:
    """The command answered read-only and by the full Desk: the same code, the same
    bytes on stdout and stderr."""
    monkeypatch.delenv(cli.FULL_PATH_ENV, raising=False)
    light = jd(capsys, *args)
    monkeypatch.setenv(cli.FULL_PATH_ENV, "1")
    full = jd(capsys, *args)
    monkeypatch.delenv(cli.FULL_PATH_ENV)
    assert light == full, args
    return light
