"""`jumpadesk sub-accounts add NAME --use APPLE_ID` (issue 20, item 6): a new staff
member uses the account already connected at this desk for Main, with no password asked
(none given in JUMPADESK_PASSWORD, no terminal to type one in), in Main's time zone and
opening hours, and is synced and booked at once; an Apple ID not connected here is
refused in one sentence (exit 2) and makes nothing. On both stores."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from jumpadesk import cli
from tests.conftest import MemoryKeyring
from tests.helpers.cli import jd, open_cli_shop, zulu
from tests.helpers.clock import next_week
from tests.icloud_server import IcloudServer


@pytest.fixture
def shop(jumpadesk_home: Path, icloud: IcloudServer, capsys: pytest.CaptureFixture,
         monkeypatch: pytest.MonkeyPatch) -> IcloudServer:
    """Main connected, in Berlin, open Tuesdays 07:00 to 13:00 only; no password to
    be read from here on."""
    open_cli_shop(capsys, monkeypatch, icloud,
                  then=[("hours", "set", "--day", "tue", "--ranges", "07:00-13:00")])
    monkeypatch.delenv("JUMPADESK_PASSWORD")
    return icloud


def hours(capsys: pytest.CaptureFixture, sub: str) -> str:
    code, out, err = jd(capsys, "hours", "--sub-account", sub)
    assert code == 0, err
    return out


def test_alex_added_with_use_is_synced_and_booked_without_a_password(
    shop: IcloudServer, capsys: pytest.CaptureFixture, keyring_backend: MemoryKeyring,
) -> None:
    keychain = dict(keyring_backend.passwords)
    code, out, err = jd(capsys, "sub-accounts", "add", "Alex", "--use", shop.apple_id)
    assert code == 0, err
    assert out == (f"Added Alex, in Europe/Berlin. It uses {shop.apple_id} (already "
                   "connected for Main), with no password asked again. Linked calendar: "
                   "Work. Conflict calendars: Home, Work, Family.\n")
    assert hours(capsys, "Alex") == hours(capsys, "Main")
    assert "Tuesday    07:00 – 13:00" in hours(capsys, "Alex")

    code, _, err = jd(capsys, "sync", "--sub-account", "Alex")
    assert code == 0, err
    start = next_week(1, "09:00")
    code, out, err = jd(capsys, "book", "--sub-account", "Alex", "--start", zulu(start),
                        "--end", zulu(start + timedelta(hours=1)), "--title", "Beard trim",
                        "--json")
    assert code == 0, err
    assert json.loads(out)["sub_account"] == "Alex"
    assert any("Beard trim" in (shop.get_event("Work", href) or "")
               for href in shop.hrefs("Work"))
    assert keyring_backend.passwords == keychain  # the one entry there was, untouched


def test_use_with_an_apple_id_not_connected_here_is_refused_in_one_sentence(
    shop: IcloudServer, capsys: pytest.CaptureFixture,
) -> None:
    code, out, err = jd(capsys, "sub-accounts", "add", "Alex", "--use", "sam@icloud.com")
    assert code == cli.EXIT_USAGE == 2
    assert out == ""
    assert err == ("jumpadesk: sam@icloud.com is not connected at this desk (the account "
                   f"connected here is {shop.apple_id}); connect it first with jumpadesk "
                   "connect.\n")
    code, out, _ = jd(capsys, "sub-accounts", "--json")
    assert [s["name"] for s in json.loads(out)] == ["Main"]
