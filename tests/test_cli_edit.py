"""Edit (issue 20 item 5) on the command line, on a real store (SQLite and PostgreSQL)
against the iCloud-like server: `jumpadesk edit ID` changes the title, guest, email,
phone, notes or service of an appointment here and in iCloud in place (the same event,
the same UID), says what changed in one sentence, and the contact follows; an event the
phone changed meanwhile is refused with a sentence and nothing changes; bad input is one
sentence and sends nothing; a service of another length is checked like a booking."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest

from tests.helpers.cli import jd, open_cli_shop, zulu
from tests.icloud_server import IcloudServer, week_day


@pytest.fixture
def shop(icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
         monkeypatch: pytest.MonkeyPatch) -> IcloudServer:
    """Synced, with Colour (1h, 15m after) and Perm (2h) offered, and appointment #1:
    Colour for Ann Lee on Tuesday 14:00-15:00."""
    open_cli_shop(capsys, monkeypatch, icloud, then=(
        ("services", "add", "Colour", "--length", "1h", "--buffer-after", "15m"),
        ("services", "add", "Perm", "--length", "2h")))
    code, _, err = jd(capsys, "book", "--in-the-past", "--service", "Colour",
                      "--start", zulu(week_day(1, "14:00")), "--name", "Ann Lee",
                      "--email", "ann@example.com", "--phone", "+49 30 7654321")
    assert code == 0, err
    return icloud


def _booked(icloud: IcloudServer) -> list[str]:
    """The hrefs of the events jumpadesk wrote to Work (their UIDs end in @jumpadesk)."""
    return [h for h in icloud.hrefs("Work") if h.endswith("jumpadesk.ics")]


def _event(icloud: IcloudServer, href: str) -> icalendar.Event:
    text = icloud.get_event("Work", href)
    assert text is not None
    return icalendar.Calendar.from_ical(text).walk("VEVENT")[0]


def test_edit_changes_the_event_in_icloud_in_place_and_the_contact_follows(
    shop: IcloudServer, capsys: pytest.CaptureFixture,
) -> None:
    (href,) = _booked(shop)
    uid = str(_event(shop, href)["UID"])
    hrefs = shop.hrefs("Work")
    code, out, err = jd(capsys, "edit", "1", "--phone", "+49 30 1234567",
                        "--notes", "Allergic to ammonia", "--title", "Colour and cut")
    assert (code, err) == (0, "")
    assert out == ("Changed #1: title \u201cColour and cut\u201d, phone +49 30 1234567, "
                   "notes \u201cAllergic to ammonia\u201d.\n")
    assert shop.hrefs("Work") == hrefs  # changed in place: no second event
    event = _event(shop, href)
    assert str(event["UID"]) == uid
    assert str(event["SUMMARY"]) == "Colour and cut"
    assert str(event["DESCRIPTION"]).splitlines() == [
        "Guest: Ann Lee", "Email: ann@example.com", "Phone: +49 30 1234567",
        "Allergic to ammonia"]
    code, out, _ = jd(capsys, "contacts", "--json")
    assert json.loads(out) == [
        {"name": "Ann Lee", "email": "ann@example.com", "phone": "+49 30 1234567"}]
    code, out, _ = jd(capsys, "events", "--from", zulu(week_day(1, "13:00")),
                      "--to", zulu(week_day(1, "17:00")), "--json")
    (mine,) = [e for e in json.loads(out) if e["source"] == "appointment"]
    assert (mine["title"], mine["guest"]) == ("Colour and cut", "Ann Lee")


def test_an_edit_of_an_event_the_phone_changed_meanwhile_is_refused_and_changes_nothing(
    shop: IcloudServer, capsys: pytest.CaptureFixture,
) -> None:
    (href,) = _booked(shop)
    text = shop.get_event("Work", href)
    assert text is not None
    shop.put_event("Work", text.replace("SUMMARY:Colour", "SUMMARY:Colour (on the phone)"),
                   href=href)
    shop.reset_requests()
    code, out, err = jd(capsys, "edit", "1", "--phone", "+49 30 1234567")
    assert (code, out) == (1, "")
    assert err == ("jumpadesk: The appointment was changed in Work on another device (the "
                   "phone?) since jumpadesk last read it, so its details were not changed. "
                   "Sync, look at it, and try again.\n")
    assert [r.status for r in shop.requests if r.method == "PUT"] == [412]
    event = _event(shop, href)
    assert str(event["SUMMARY"]) == "Colour (on the phone)"
    assert "Phone: +49 30 7654321" in str(event["DESCRIPTION"])
    code, out, _ = jd(capsys, "contacts", "--json")
    assert json.loads(out)[0]["phone"] == "+49 30 7654321"


@pytest.mark.parametrize(("args", "code", "sentence"), [
    (("--email", "ann at example"), 1, '"ann at example" does not look like an email address.'),
    (("--title", "  "), 1, "An appointment needs a title; give one, or leave it as it is."),
    (("--service", "Balayage"), 2, None),
    ((), 2, "Say what to change: --title, --name, --email, --phone, --notes or --service."),
])
def test_bad_input_is_one_sentence_and_sends_nothing(
    shop: IcloudServer, capsys: pytest.CaptureFixture, args: tuple[str, ...], code: int,
    sentence: str | None,
) -> None:
    shop.reset_requests()
    got, out, err = jd(capsys, "edit", "1", *args)
    assert (got, out) == (code, "")
    assert err.count("\n") == 1 and err.startswith("jumpadesk: ")
    if sentence is not None:
        assert err == f"jumpadesk: {sentence}\n"
    assert shop.request_count("PUT") == 0


def test_another_service_takes_its_length_and_buffers_and_is_checked_like_a_booking(
    shop: IcloudServer, capsys: pytest.CaptureFixture,
) -> None:
    (href,) = _booked(shop)
    code, _, err = jd(capsys, "book", "--in-the-past", "--start", zulu(week_day(1, "15:30")),
                      "--end", zulu(week_day(1, "16:00")), "--title", "Fringe")
    assert code == 0, err
    # Perm (2 h) from 14:00 would run into the fringe at 15:30: refused, nothing changed.
    code, out, err = jd(capsys, "edit", "1", "--service", "Perm")
    assert (code, out) == (3, "")
    assert "Fringe" in err and err.count("\n") == 1
    assert _event(shop, href).decoded("DTEND") == week_day(1, "15:00")
    code, _, err = jd(capsys, "cancel", "2")
    assert code == 0, err
    code, out, err = jd(capsys, "edit", "1", "--service", "Perm", "--json")
    assert (code, err) == (0, "")
    answer = json.loads(out)
    assert (answer["changed"], answer["title"], answer["service"], answer["end"]) == (
        ["title", "service"], "Perm", "Perm", zulu(week_day(1, "16:00")))
    event = _event(shop, href)
    assert (event.decoded("DTSTART"), event.decoded("DTEND")) == (
        week_day(1, "14:00"), week_day(1, "16:00"))
    # Colour's 15 minutes after went with it: Perm keeps none, so 16:00 is free at once.
    code, out, _ = jd(capsys, "busy", "--from", zulu(week_day(1, "13:00")),
                      "--to", zulu(week_day(1, "17:00")), "--json")
    assert [(b["start"], b["end"]) for b in json.loads(out)["busy"]] == [
        (zulu(week_day(1, "14:00")), zulu(week_day(1, "16:00")))]
