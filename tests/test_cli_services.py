"""Services (issue 20 item 3) on the command line, on a real store (SQLite and
PostgreSQL) synced from the iCloud-like server: `jumpadesk services` lists, adds and
removes them; `book --service` takes the end and the title from the service and keeps its
buffers; the buffers block the staff member in `busy`, `free` and booking, while the
event written to iCloud spans only the service; a name taken or unknown is one sentence
(exit 2)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from jumpadesk import cli
from tests.helpers.cli import both_paths, jd, open_cli_shop, zulu
from tests.icloud_server import IcloudServer, week_day

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def shop(icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
         monkeypatch: pytest.MonkeyPatch) -> IcloudServer:
    """Synced, with two services: Colour (1h, 15m after) and Perm (1h, 15m either side)."""
    return open_cli_shop(capsys, monkeypatch, icloud, then=(
        ("services", "add", "Colour", "--length", "1h", "--buffer-after", "15m"),
        ("services", "add", "Perm", "--length", "1h", "--buffer-before", "15m",
         "--buffer-after", "15m")))


def test_services_are_listed_added_and_removed(
    shop: IcloudServer, capsys: pytest.CaptureFixture,
) -> None:
    code, out, err = jd(capsys, "services", "add", "Cut", "--length", "45m")
    assert (code, out, err) == (0, "Added Cut, 45 min.\n", "")
    code, out, _ = jd(capsys, "services", "--json")
    assert json.loads(out) == [
        {"name": "Colour", "length_minutes": 60, "buffer_before_minutes": 0,
         "buffer_after_minutes": 15, "staff": []},
        {"name": "Cut", "length_minutes": 45, "buffer_before_minutes": 0,
         "buffer_after_minutes": 0, "staff": []},
        {"name": "Perm", "length_minutes": 60, "buffer_before_minutes": 15,
         "buffer_after_minutes": 15, "staff": []}]
    code, out, _ = jd(capsys, "services", "list")
    assert [line.split() for line in out.splitlines()] == [
        ["Colour", "1", "h", "before", "-", "after", "15", "min", "offered", "by", "everyone"],
        ["Cut", "45", "min", "before", "-", "after", "-", "offered", "by", "everyone"],
        ["Perm", "1", "h", "before", "15", "min", "after", "15", "min", "offered", "by",
         "everyone"]]
    code, out, _ = jd(capsys, "services", "remove", "cut")
    assert (code, out) == (0, "Removed Cut; appointments booked for it keep their times.\n")
    code, out, _ = jd(capsys, "services", "list", "--json")
    assert [s["name"] for s in json.loads(out)] == ["Colour", "Perm"]


@pytest.mark.parametrize(("args", "sentence"), [
    (("services", "add", "colour", "--length", "30m"),
     "There is already a service named 'Colour'; remove it first or choose another name."),
    (("services", "add", "Wash", "--length", "half an hour"),
     '"half an hour" is not a length; write it like 45m, 1h, 1h30m or 90m.'),
    (("services", "add", "Wash", "--length", "30m", "--buffer-after", "13h"),
     "The buffer after a service is from 0 minutes to 12 hours."),
    (("services", "remove", "Balayage"),
     "There is no service named 'Balayage'; there are: Colour, Perm."),
    (("book", "--service", "Balayage", "--start", zulu(week_day(1, "14:00"))),
     "There is no service named 'Balayage'; there are: Colour, Perm."),
    (("free", "--service", "Balayage"),
     "There is no service named 'Balayage'; there are: Colour, Perm."),
    (("book", "--start", zulu(week_day(1, "14:00")), "--title", "Cut"),
     "Give --end, or --service to take the length from."),
])
def test_a_name_taken_or_unknown_is_one_sentence(
    shop: IcloudServer, capsys: pytest.CaptureFixture, args: tuple[str, ...], sentence: str,
) -> None:
    code, out, err = jd(capsys, *args)
    assert (code, out) == (cli.EXIT_USAGE, "")
    assert err == f"jumpadesk: {sentence}\n"


def _dates(ics: str) -> tuple[str, str]:
    start = re.search(r"^DTSTART[^:]*:(\S+)", ics, re.MULTILINE)
    end = re.search(r"^DTEND[^:]*:(\S+)", ics, re.MULTILINE)
    assert start and end, ics
    return start.group(1), end.group(1)


def test_a_service_booking_takes_its_length_and_name_and_icloud_gets_only_the_service(
    shop: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = set(shop.hrefs("Work"))
    code, out, err = jd(capsys, "book", "--in-the-past", "--service", "Colour", "--start",
                        zulu(week_day(1, "14:00")), "--name", "Ann Lee", "--json")
    assert (code, err) == (0, "")
    booked = json.loads(out)
    assert (booked["title"], booked["start"], booked["end"]) == (
        "Colour", "2026-11-24T13:00:00Z", "2026-11-24T14:00:00Z")
    (written,) = set(shop.hrefs("Work")) - before
    ics = shop.get_event("Work", written)
    assert ics is not None
    assert _dates(ics) == ("20261124T130000Z", "20261124T140000Z")  # not the buffer

    # busy counts the buffer after it; events shows the service itself.
    code, out, _ = both_paths(capsys, monkeypatch, "busy", "--from", zulu(week_day(1, "13:30")),
                              "--to", zulu(week_day(1, "16:00")), "--json")
    assert [(b["start"], b["end"]) for b in json.loads(out)["busy"]] == [
        ("2026-11-24T13:00:00Z", "2026-11-24T14:15:00Z")]
    code, out, _ = both_paths(capsys, monkeypatch, "events", "--from",
                              zulu(week_day(1, "13:30")), "--to", zulu(week_day(1, "16:00")),
                              "--json")
    assert [(e["start"], e["end"]) for e in json.loads(out)
            if e["source"] == "appointment"] == [("2026-11-24T13:00:00Z", "2026-11-24T14:00:00Z")]


def test_a_booking_in_a_buffer_is_refused_naming_the_appointment(
    shop: IcloudServer, capsys: pytest.CaptureFixture,
) -> None:
    code, _, err = jd(capsys, "book", "--in-the-past", "--service", "Colour", "--start",
                      zulu(week_day(1, "14:00")), "--name", "Ann Lee")
    assert code == 0, err
    code, out, err = jd(capsys, "book", "--in-the-past", "--start",
                        zulu(week_day(1, "15:00")), "--end", zulu(week_day(1, "15:30")),
                        "--title", "Fringe")
    assert (code, out) == (cli.EXIT_SLOT_TAKEN, "")
    assert err.startswith("jumpadesk: That time is not free: it overlaps Colour (Work, "
                          "Tue 14:00–15:00 and 15 min kept free after, Appointment booked "
                          "in jumpadesk)"), err
    # A service with a buffer before cannot end its buffer in another's.
    code, out, err = jd(capsys, "book", "--in-the-past", "--service", "Perm", "--start",
                        zulu(week_day(1, "15:15")))
    assert code == cli.EXIT_SLOT_TAKEN and "Colour" in err, err
    code, out, err = jd(capsys, "book", "--in-the-past", "--service", "Perm", "--start",
                        zulu(week_day(1, "15:30")), "--json")
    assert code == 0, err


def test_free_with_a_service_keeps_its_buffers_free(
    shop: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    tuesday = zulu(week_day(1, "00:00"))
    code, out, _ = both_paths(capsys, monkeypatch, "free", "--length", "1h", "--after",
                              tuesday, "--count", "1", "--json")
    assert json.loads(out)[0]["start"] == "2026-11-24T08:00:00Z"  # 09:00, opening time
    # Perm's quarter hour before would begin before the shop opens, and 10:00 is taken.
    code, out, err = both_paths(capsys, monkeypatch, "free", "--service", "Perm", "--after",
                                tuesday, "--count", "2", "--json")
    assert (code, err) == (0, "")
    assert [(f["start"], f["end"]) for f in json.loads(out)] == [
        ("2026-11-24T10:45:00Z", "2026-11-24T11:45:00Z"),
        ("2026-11-24T11:00:00Z", "2026-11-24T12:00:00Z")]
    # A booked Colour's buffer after it keeps the next start a quarter hour later.
    code, _, err = jd(capsys, "book", "--in-the-past", "--service", "Colour", "--start",
                      zulu(week_day(1, "14:00")))
    assert code == 0, err
    code, out, _ = both_paths(capsys, monkeypatch, "free", "--length", "30m", "--after",
                              zulu(week_day(1, "14:00")), "--count", "1", "--json")
    assert json.loads(out)[0]["start"] == "2026-11-24T14:15:00Z"


def test_a_moved_appointment_takes_its_buffer_along(
    shop: IcloudServer, capsys: pytest.CaptureFixture,
) -> None:
    code, out, err = jd(capsys, "book", "--in-the-past", "--start", zulu(week_day(1, "16:00")),
                        "--end", zulu(week_day(1, "17:00")), "--title", "Fringe", "--json")
    assert code == 0, err
    code, out, err = jd(capsys, "book", "--in-the-past", "--service", "Colour", "--start",
                        zulu(week_day(1, "14:00")), "--json")
    assert code == 0, err
    colour = json.loads(out)["id"]
    # 15:00–16:00 leaves the Colour's quarter hour after it inside the Fringe at 16:00.
    code, out, err = jd(capsys, "move", str(colour), "--start", zulu(week_day(1, "15:00")),
                        "--end", zulu(week_day(1, "16:00")))
    assert code == cli.EXIT_SLOT_TAKEN, (out, err)
    assert err.startswith("jumpadesk: That time is not free: it overlaps Fringe"), err
    code, out, err = jd(capsys, "move", str(colour), "--start", zulu(week_day(1, "14:45")),
                        "--end", zulu(week_day(1, "15:45")))
    assert code == 0, err


def test_an_event_added_later_in_a_buffer_is_a_conflict(
    shop: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    today = date.today()
    monday = today + timedelta(days=7 - today.weekday())
    day = datetime(monday.year, monday.month, monday.day, tzinfo=BERLIN) + timedelta(days=1)
    code, out, err = jd(capsys, "book", "--service", "Colour", "--start",
                        zulu(day.replace(hour=14)), "--name", "Ann Lee", "--json")
    assert code == 0, err
    colour = json.loads(out)["id"]
    # On the phone: something in the quarter hour after the Colour, not in the Colour.
    shop.add_event("Home", "Supplier call", day.replace(hour=15, minute=5),
                   day.replace(hour=15, minute=25))
    code, _, err = jd(capsys, "sync")
    assert code == 0, err
    code, out, _ = both_paths(capsys, monkeypatch, "conflicts", "--json")
    assert [(c["appointment"]["id"], [i["title"] for i in c["overlapping"]])
            for c in json.loads(out)] == [(colour, ["Supplier call"])]
