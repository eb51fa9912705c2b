"""The clients on the command line (issue 20 item 4), on both stores: `clients [SEARCH]`
finds them by name, email or phone, `client ID|EMAIL` shows one's card, `notes` keeps
notes on one, `mark ID arrived|no-show|clear` says whether a guest came, refused with
one sentence when it cannot be; `--json` gives values, no words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.cli import jd, open_cli_shop, zulu
from tests.helpers.clock import next_week
from tests.icloud_server import IcloudServer, week_day

PAST = ("--in-the-past",)


@pytest.fixture
def shop(icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
         monkeypatch: pytest.MonkeyPatch) -> IcloudServer:
    """Main and Maria; Ann booked with both before and with Main next week, Bob once."""
    monkeypatch.setenv("JUMPADESK_DESK_NAME", "Front desk")
    open_cli_shop(capsys, monkeypatch, icloud, then=[
        ("sub-accounts", "add", "Maria", "--use", icloud.apple_id),
        ("book", *PAST, "--start", zulu(week_day(1, "14:00")), "--end",
         zulu(week_day(1, "15:00")), "--title", "Colour", "--name", "Ann Lee", "--email",
         "ann@example.com", "--phone", "+49 151 2345 678"),
        ("book", "--sub-account", "Maria", *PAST, "--start", zulu(week_day(1, "16:00")),
         "--end", zulu(week_day(1, "16:30")), "--title", "Cut", "--name", "Ann Lee",
         "--email", "ann@example.com"),
        ("book", "--start", zulu(next_week(1, "10:00")), "--end",
         zulu(next_week(1, "11:00")), "--title", "Fringe", "--name", "Ann Lee", "--email",
         "ann@example.com"),
        ("book", *PAST, "--start", zulu(week_day(1, "17:00")), "--end",
         zulu(week_day(1, "17:30")), "--title", "Beard", "--name", "Bob Brown", "--phone",
         "0171 99 88 77"),
    ])
    return icloud


def test_clients_are_listed_and_found_by_name_email_or_phone(
    shop: IcloudServer, capsys: pytest.CaptureFixture,
) -> None:
    code, out, err = jd(capsys, "clients")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "#1     Ann Lee \u00b7 ann@example.com \u00b7 +49 151 2345 678  (Main, Maria)",
        "#3     Bob Brown \u00b7 0171 99 88 77  (Main)"]
    assert jd(capsys, "clients", "151", "2345")[1] == out.splitlines(keepends=True)[0]
    code, out, _ = jd(capsys, "clients", "brown", "--json")
    assert json.loads(out) == [{"id": 3, "name": "Bob Brown", "email": "", "phone":
                                "0171 99 88 77", "staff": ["Main"]}]
    code, out, _ = jd(capsys, "--sub-account", "Maria", "clients", "--json")
    assert [(c["name"], c["staff"]) for c in json.loads(out)] == [("Ann Lee", ["Maria"])]
    assert jd(capsys, "clients", "Clara") == (0, "No client matches \u201cClara\u201d.\n", "")


def test_a_clients_card_marks_and_notes(shop: IcloudServer,
                                        capsys: pytest.CaptureFixture) -> None:
    fringe = next_week(1, "10:00")
    code, out, err = jd(capsys, "mark", "2", "arrived")
    assert (code, err) == (0, "")
    assert out == ("Marked \u201cCut\u201d for Ann Lee on Tuesday 24 November 2026, "
                   "16:00 \u2013 16:30 as arrived.\n")
    code, out, err = jd(capsys, "mark", "3", "no-show")
    assert code == 1 and out == ""
    assert err == (f"jumpadesk: \u201cFringe\u201d for Ann Lee on {fringe:%A} {fringe.day} "
                   f"{fringe:%B %Y}, 10:00 \u2013 11:00 has not started yet: a guest can be "
                   "marked as a no-show once it has.\n")
    assert jd(capsys, "mark", "1", "no-show")[0] == 0
    assert jd(capsys, "mark", "1", "clear")[0] == 0
    assert jd(capsys, "mark", "1", "no-show")[0] == 0
    assert jd(capsys, "notes", "ann@example.com", "Allergic to ammonia.")[1] == (
        "Saved the notes on Ann Lee.\n")

    code, out, err = jd(capsys, "client", "ann@example.com")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Ann Lee (client #1)", "Email: ann@example.com", "Phone: +49 151 2345 678",
        "Staff: Main, Maria", "Notes: Allergic to ammonia.", "Arrived once, no-show once",
        "Upcoming:",
        f"  #3 {fringe:%a} {fringe.day} {fringe:%b %Y} 10:00\u201311:00 Fringe with Main",
        "Past:", "  #2 Tue 24 Nov 2026 16:00\u201316:30 Cut with Maria, arrived",
        "  #1 Tue 24 Nov 2026 14:00\u201315:00 Colour with Main, no-show"]

    code, out, _ = jd(capsys, "client", "1", "--json")
    card = json.loads(out)
    assert {k: card[k] for k in ("id", "name", "notes", "arrived", "no_show", "staff")} == {
        "id": 1, "name": "Ann Lee", "notes": "Allergic to ammonia.", "arrived": 1,
        "no_show": 1, "staff": ["Main", "Maria"]}
    assert [(v["id"], v["staff"], v["attendance"], v["booked_by"], v["cancelled"])
            for v in card["past"]] == [(2, "Maria", "arrived", "Front desk", False),
                                       (1, "Main", "no-show", "Front desk", False)]
    assert card["upcoming"][0]["start"] == zulu(fringe)
    assert card["upcoming"][0]["attendance"] is None


def test_what_cannot_be_marked_or_found_is_one_sentence(
    shop: IcloudServer, capsys: pytest.CaptureFixture,
) -> None:
    assert jd(capsys, "--sub-account", "Maria", "cancel", "2")[0] == 0
    assert jd(capsys, "mark", "2", "arrived") == (
        1, "", "jumpadesk: \u201cCut\u201d for Ann Lee on Tuesday 24 November 2026, 16:00 "
               "\u2013 16:30 was cancelled, so it cannot be marked arrived.\n")
    assert jd(capsys, "mark", "1", "arrived", "--sub-account", "Maria") == (
        1, "", "jumpadesk: There is no appointment 1 in Maria.\n")
    assert jd(capsys, "client", "42") == (1, "", "jumpadesk: There is no client 42.\n")
    code, _, err = jd(capsys, "client", "Ann")
    assert (code, err) == (2, "jumpadesk: \u201cAnn\u201d is neither a client's number nor "
                              "an email address; jumpadesk clients shows each one's number, "
                              "like #12.\n")
    with pytest.raises(SystemExit) as usage:
        jd(capsys, "mark", "1", "came")
    assert usage.value.code == 2
    assert "invalid choice: 'came'" in capsys.readouterr().err
