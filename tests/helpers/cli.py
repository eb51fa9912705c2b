"""The command line run in this process, its answer captured."""

from __future__ import annotations

from datetime import datetime

import pytest

from jumpadesk import cli


def jd(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    """`jumpadesk ARGS...`: its exit status, stdout and stderr."""
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def zulu(moment: datetime) -> str:
    """A time as the command line takes and prints it: UTC, ending in Z."""
    return cli.zulu(moment)
