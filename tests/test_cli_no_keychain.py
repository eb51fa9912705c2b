"""`connect` on a computer without a keychain (issue 21 item 6), each command its own
process: refused before any request with a sentence naming the two choices; with
--password-in-file the password is in a private file and a later process syncs with
it; with --password-for-this-run it is kept nowhere, a later `sync` says why, and
JUMPADESK_PASSWORD gives it again. Keychains: one that refuses to store (a real keyring
backend, tests/refusing_keyring.py) and keyring's null backend."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from tests.concurrency.procs import DeskProcesses
from tests.icloud_server import IcloudServer

BACKENDS = {"refusing": "tests.refusing_keyring.RefusingKeyring",
            "null": "keyring.backends.null.Keyring"}


@pytest.fixture(params=sorted(BACKENDS))
def desk(request: pytest.FixtureRequest, tmp_path: Path) -> DeskProcesses:
    procs = DeskProcesses(tmp_path / "desk")
    procs.env["PYTHON_KEYRING_BACKEND"] = BACKENDS[request.param]
    return procs


def _connect(desk: DeskProcesses, icloud: IcloudServer, *flags: str,
             password: str | None = None) -> tuple[int, str, str]:
    done = desk.run("connect", "--apple-id", icloud.apple_id, "--server", icloud.url, *flags,
                    password=password)
    return done.returncode, done.stdout, done.stderr


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_connect_without_a_keychain_is_refused_before_any_request_naming_the_choices(
    desk: DeskProcesses, icloud: IcloudServer,
) -> None:
    icloud.reset_requests()
    code, out, err = _connect(desk, icloud, password=icloud.password)
    assert (code, out) == (1, "")
    assert err.startswith("jumpadesk: This computer has no system keychain to keep the "
                          "password in, so jumpadesk did not connect.")
    assert "--password-in-file" in err and "--password-for-this-run" in err
    assert "anyone who can read your files as you could read it" in err
    assert icloud.request_count() == 0
    listed = desk.run("calendars", "--json")
    assert json.loads(listed.stdout) == []


def test_password_in_file_keeps_it_private_and_a_later_process_syncs_with_it(
    desk: DeskProcesses, icloud: IcloudServer,
) -> None:
    code, out, err = _connect(desk, icloud, "--password-in-file", password=icloud.password)
    assert code == 0, err
    assert "kept in a file only you can read" in out
    kept = desk.home / "passwords.json"
    assert _mode(kept) == 0o600 and _mode(desk.home) == 0o700
    assert icloud.password in kept.read_text()
    # Only that file holds it: not the store, not the log.
    holders = [p.name for p in desk.home.rglob("*")
               if p.is_file() and icloud.password.encode() in p.read_bytes()]
    assert holders == ["passwords.json"]
    assert desk.run("configure", "--linked", "Work", "--conflict", "Home").returncode == 0
    synced = desk.run("sync")  # a new process, no JUMPADESK_PASSWORD
    assert synced.returncode == 0, synced.stderr
    assert "ok" in synced.stdout
    gone = desk.run("disconnect", "--all")
    assert gone.returncode == 0, gone.stderr
    assert not kept.exists()


def test_password_for_this_run_keeps_it_nowhere_and_a_later_sync_says_why(
    desk: DeskProcesses, icloud: IcloudServer,
) -> None:
    code, out, err = _connect(desk, icloud, "--password-for-this-run",
                              password=icloud.password)
    assert code == 0, err
    assert "kept nowhere: later commands read it from JUMPADESK_PASSWORD" in out
    assert [p.name for p in desk.home.rglob("*")
            if p.is_file() and icloud.password.encode() in p.read_bytes()] == []
    assert desk.run("configure", "--linked", "Work").returncode == 0
    refused = desk.run("sync")
    assert refused.returncode == 4
    assert (f"The password for {icloud.apple_id} on iCloud was kept only until jumpadesk "
            "quit, as chosen when it was connected, because this computer has no keychain. "
            "Enter it again to sync this account.") in refused.stderr
    assert "keychain any more" not in refused.stderr
    given = desk.run("sync", password=icloud.password)
    assert given.returncode == 0, given.stderr


def test_without_a_secret_service_connect_is_refused_not_kept_in_memory(
    icloud: IcloudServer, tmp_path: Path,
) -> None:
    """As on a Linux desktop without a Secret Service: keyring chooses by itself (no
    PYTHON_KEYRING_BACKEND, no D-Bus session to reach a keychain on, keyrings.alt's
    plain-text file installed). jumpadesk's own in-memory keyring must not be its choice,
    alone or first in a chain ("Connected", then forgotten at the next start)."""
    desk = DeskProcesses(tmp_path / "desk")
    del desk.env["PYTHON_KEYRING_BACKEND"]
    desk.env.update({"DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-bus'}",
                     "XDG_DATA_HOME": str(tmp_path / "data"),
                     "XDG_CONFIG_HOME": str(tmp_path / "config")})
    icloud.reset_requests()
    code, out, err = _connect(desk, icloud, password=icloud.password)
    assert (code, out) == (1, ""), err
    assert "no system keychain" in err and "--password-in-file" in err
    assert icloud.request_count() == 0
    for folder in ("desk", "data", "config"):  # nothing kept, in the data folder or beside
        assert [p for p in (tmp_path / folder).rglob("*")
                if p.is_file() and icloud.password.encode() in p.read_bytes()] == []
