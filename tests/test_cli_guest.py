"""The client on the command line (issue 20 item 4): `book` says what was booked, for
whom, when and with whom ("Booked #1: Colour for Ann Lee, Tue 24 Nov 14:00–15:00 with
Main (Work)"), `book --json` is an object with its id; `events` names each
appointment's guest, as a line and in --json (`guest`), the same on the read-only path
and the full Desk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jumpadesk import cli
from tests.helpers.cli import jd, open_cli_shop, zulu
from tests.icloud_server import IcloudServer, week_day


@pytest.fixture
def shop(icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
         monkeypatch: pytest.MonkeyPatch) -> IcloudServer:
    return open_cli_shop(capsys, monkeypatch, icloud)


def test_book_says_who_when_and_with_whom_and_events_names_the_guest(
    shop: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = jd(capsys, "book", "--in-the-past", "--start", zulu(week_day(1, "14:00")),
                        "--end", zulu(week_day(1, "15:00")), "--title", "Colour",
                        "--name", "Ann Lee")
    assert (code, err) == (0, "")
    assert out == "Booked #1: Colour for Ann Lee, Tue 24 Nov 14:00\u201315:00 with Main (Work)\n"
    code, out, err = jd(capsys, "book", "--in-the-past", "--start", zulu(week_day(1, "16:00")),
                        "--end", zulu(week_day(1, "16:30")), "--title", "Fringe", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "id": 2, "title": "Fringe", "guest": "", "start": "2026-11-24T15:00:00Z",
        "end": "2026-11-24T15:30:00Z", "sub_account": "Main", "calendar": "Work"}

    span = ("--from", zulu(week_day(1, "13:00")), "--to", zulu(week_day(1, "17:00")))
    for full in ("", "1"):
        monkeypatch.setenv(cli.FULL_PATH_ENV, full)  # "" reads read-only, "1" the full Desk
        code, out, _ = jd(capsys, "events", *span)
        assert code == 0
        assert [line for line in out.splitlines() if "[#" in line] == [
            "Tue 11-24 14:00–15:00 busy Colour \u00b7 Ann Lee [#1] (Work: Appointment booked in "
            "jumpadesk)",
            "Tue 11-24 16:00–16:30 busy Fringe [#2] (Work: Appointment booked in jumpadesk)"]
        code, out, _ = jd(capsys, "events", *span, "--json")
        listed = json.loads(out)
        assert [(e["title"], e["guest"]) for e in listed if e["source"] == "appointment"] == [
            ("Colour", "Ann Lee"), ("Fringe", "")]
        assert all(e["guest"] is None for e in listed if e["source"] != "appointment")
