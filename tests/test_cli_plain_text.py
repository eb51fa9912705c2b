"""What the command line prints from servers (issue 18, item 4): an invitation's title and
a calendar's name chosen to fool a terminal (bidirectional overrides that turn "busy"
round, an escape sequence that clears the screen, a bell, a carriage return that
writes over the line, a newline that invents a second event) come out as the words
only, one line each; `--json` keeps every character and escapes what a terminal acts on.

The calendar and the event are the iCloud-like server's; the guest and the blocked slot
the owner typed (the escape sequence, carriage return and backspaces reach the store
only that way here: Radicale drops them from what it stores)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from jumpadesk import cli
from jumpadesk.terminal import BIDI_CONTROLS
from tests.helpers.phone import rename_calendar
from tests.icloud_server import IcloudServer, week_day

RLO, LRI, PDI = "\u202e", "\u2066", "\u2069"
TITLE = f"Checkup {RLO}eerf{PDI} \x1b[2J\x1b]0;pwned\x07done\nTue 09:00 free (fake)"
CALENDAR = f"Home {LRI}{RLO}emoh{PDI} \u200fcal"
GUEST = f"Ann {RLO}nosbboR"
BLOCK = "Stock\x1b[31m take\r\x08\x08over"


def jd(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def acts_on_a_terminal(text: str) -> list[str]:
    """The characters of `text` a terminal would act on instead of showing (a newline
    ends a printed line and is fine)."""
    return [f"U+{ord(c):04X}" for c in text
            if c in BIDI_CONTROLS or (unicodedata.category(c) == "Cc" and c != "\n")
            or c in "\u2028\u2029"]


@pytest.fixture
def hostile_home(icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
                 monkeypatch: pytest.MonkeyPatch) -> IcloudServer:
    """Connected and synced with Home renamed CALENDAR holding TITLE on Tuesday 12:00."""
    rename_calendar(icloud, "Home", CALENDAR)
    icloud.add_event("Home", TITLE, week_day(1, "12:00"), week_day(1, "13:00"))
    monkeypatch.setenv("JUMPADESK_PASSWORD", icloud.password)
    assert jd(capsys, "connect", "--apple-id", icloud.apple_id, "--server", icloud.url)[0] == 0
    code, _, err = jd(capsys, "configure", "--linked", "Work", "--conflict", CALENDAR,
                      "--conflict", "Work")
    assert code == 0, err
    code, _, err = jd(capsys, "sync")
    assert code == 0, err
    return icloud


def test_the_command_line_prints_server_text_without_what_a_terminal_acts_on(
    hostile_home: IcloudServer, capsys: pytest.CaptureFixture
) -> None:
    icloud = hostile_home
    start, end = cli.zulu(week_day(1, "00:00")), cli.zulu(week_day(2, "00:00"))
    code, out, err = jd(capsys, "block", "--start", cli.zulu(week_day(1, "16:00")),
                        "--end", cli.zulu(week_day(1, "17:00")), "--title", BLOCK)
    assert code == 0, err
    code, out, err = jd(capsys, "book", "--in-the-past", "--start", cli.zulu(week_day(1, "14:00")),
                        "--end", cli.zulu(week_day(1, "15:00")), "--title", "Colour",
                        "--name", GUEST, "--email", "ann@example.com")
    assert code == 0, err
    # The phone puts the invitation over the appointment, too (a conflict, had the week
    # not passed).
    icloud.add_event("Home", TITLE, week_day(1, "14:30"), week_day(1, "15:30"))
    assert jd(capsys, "sync")[0] == 0

    said: dict[str, str] = {}
    for args in (("calendars",), ("events", "--from", start, "--to", end), ("status",),
                 ("conflicts",), ("contacts",), ("clients",), ("client", "1")):
        code, out, err = jd(capsys, *args)
        assert code == 0, err
        said[args[0]] = out
        assert acts_on_a_terminal(out + err) == [], (args, out, err)
    # The words are all there, in their order, each event on its own line.
    assert "Home emoh cal" in said["calendars"]
    events = said["events"].splitlines()
    invitation = [line for line in events if "Checkup" in line]
    assert len(invitation) == 2, events
    assert all("Checkup eerf" in line and "done Tue 09:00 free (fake)" in line
               for line in invitation), invitation
    assert not any(line.startswith("Tue 09:00 free") for line in events)
    assert any("Stock" in line and "take" in line and "over" in line for line in events)
    assert "Ann nosbboR" in said["contacts"]
    assert "Ann nosbboR" in said["clients"] and said["client"].startswith("Ann nosbboR")

    # A refusal on stderr names the invitation the same way.
    code, out, err = jd(capsys, "book", "--in-the-past", "--start", cli.zulu(week_day(1, "12:00")),
                        "--end", cli.zulu(week_day(1, "12:30")), "--title", "Cut")
    assert code == cli.EXIT_SLOT_TAKEN
    assert "Checkup eerf" in err and acts_on_a_terminal(out + err) == [], err

    # A failed sync names the calendar on stderr, and status says it is out of date.
    icloud.add_event("Home", "Moved", week_day(2, "08:00"), week_day(2, "09:00"))
    icloud.fail_next(50, status=500, path="/home/")
    code, out, err = jd(capsys, "sync")
    assert code == cli.EXIT_SYNC_FAILED
    assert "Home emoh cal" in err and acts_on_a_terminal(out + err) == [], err
    code, out, err = jd(capsys, "status")
    assert "Out of date: Home emoh cal" in out and acts_on_a_terminal(out + err) == [], out


def test_json_keeps_every_character_and_escapes_what_a_terminal_acts_on(
    hostile_home: IcloudServer, capsys: pytest.CaptureFixture
) -> None:
    code, _, err = jd(capsys, "block", "--start", cli.zulu(week_day(1, "16:00")),
                      "--end", cli.zulu(week_day(1, "17:00")), "--title", BLOCK)
    assert code == 0, err
    start, end = cli.zulu(week_day(1, "00:00")), cli.zulu(week_day(2, "00:00"))
    for args in (("events", "--from", start, "--to", end, "--json"), ("calendars", "--json")):
        code, out, err = jd(capsys, *args)
        assert code == 0, err
        assert acts_on_a_terminal(out) == [], out
    code, out, _ = jd(capsys, "events", "--from", start, "--to", end, "--json")
    titles = [e["title"] for e in json.loads(out)]
    assert BLOCK in titles  # every character, the escape sequence's too
    # The invitation's overrides and its line break as the server holds them (Radicale,
    # behind the test server, drops the other C0 controls when it stores an event; the
    # blocked slot above carries them).
    assert any(t.startswith(f"Checkup {RLO}eerf{PDI} ") and t.endswith("\nTue 09:00 free (fake)")
               for t in titles), titles
    assert "\\u202e" in out and "\\u2069" in out and "\\u001b" in out and "\\r" in out
    code, out, _ = jd(capsys, "calendars", "--json")
    assert CALENDAR in [c["name"] for c in json.loads(out)]
