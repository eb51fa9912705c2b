"""Which staff offer each service (issue 20 item 3) on the command line, on a real store
(SQLite and PostgreSQL) synced from the iCloud-like server: `services add --staff` and
`services staff` name them (or everyone), `services` lists them; a booking of a service
with a staff member who does not offer it is refused in one sentence (exit 2) and nothing
reaches iCloud (nor can an appointment be changed to it); `free --service --anyone` asks
only those who offer it; removing a sub-account or a service takes its names away."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jumpadesk import cli
from tests.helpers.cli import both_paths, jd, open_cli_shop, zulu
from tests.icloud_server import IcloudServer, week_day


@pytest.fixture
def shop(icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
         monkeypatch: pytest.MonkeyPatch) -> IcloudServer:
    """Main and Alex, synced; Colour (1 h) offered by Alex only, Cut (30 min) by everyone."""
    return open_cli_shop(capsys, monkeypatch, icloud, staff=("Alex",), then=(
        ("services", "add", "Colour", "--length", "1h", "--staff", "Alex"),
        ("services", "add", "Cut", "--length", "30m")))


def test_services_name_who_offers_each_and_who_offers_one_can_be_changed(
    shop: IcloudServer, capsys: pytest.CaptureFixture,
) -> None:
    code, out, _ = jd(capsys, "services", "--json")
    assert (code, json.loads(out)) == (0, [
        {"name": "Colour", "length_minutes": 60, "buffer_before_minutes": 0,
         "buffer_after_minutes": 0, "staff": ["Alex"]},
        {"name": "Cut", "length_minutes": 30, "buffer_before_minutes": 0,
         "buffer_after_minutes": 0, "staff": []}])
    code, out, _ = jd(capsys, "services")
    assert [line.split()[-3:] for line in out.splitlines()] == [
        ["offered", "by", "Alex"], ["offered", "by", "everyone"]]

    assert jd(capsys, "services", "add", "Perm", "--length", "2h", "--staff", "Main",
              "--staff", "Alex") == (0, "Added Perm, 2 h.\nPerm is offered by Alex, Main.\n", "")
    assert jd(capsys, "services", "staff", "cut", "Main") == (
        0, "Cut is offered by Main.\n", "")
    assert jd(capsys, "services", "staff", "Colour", "--everyone") == (
        0, "Colour is offered by everyone.\n", "")
    code, out, _ = jd(capsys, "services", "list", "--json")
    assert [(s["name"], s["staff"]) for s in json.loads(out)] == [
        ("Colour", []), ("Cut", ["Main"]), ("Perm", ["Alex", "Main"])]


@pytest.mark.parametrize(("args", "sentence"), [
    (("services", "staff", "Colour"), "Name the staff who offer Colour, or give --everyone."),
    (("services", "staff", "Colour", "Main", "--everyone"),
     "Name the staff who offer Colour, or give --everyone."),
    (("services", "staff", "Balayage", "Main"),
     "There is no service named 'Balayage'; there are: Colour, Cut."),
])
def test_who_offers_a_service_asked_wrongly_is_one_sentence(
    shop: IcloudServer, capsys: pytest.CaptureFixture, args: tuple[str, ...], sentence: str,
) -> None:
    assert jd(capsys, *args) == (cli.EXIT_USAGE, "", f"jumpadesk: {sentence}\n")
    code, out, _ = jd(capsys, "services", "--json")
    assert [(s["name"], s["staff"]) for s in json.loads(out)] == [
        ("Colour", ["Alex"]), ("Cut", [])]


def test_booking_a_service_with_staff_who_do_not_offer_it_is_refused_and_nothing_is_written(
    shop: IcloudServer, capsys: pytest.CaptureFixture,
) -> None:
    before = set(shop.hrefs("Work"))
    booking = ("book", "--sub-account", "Main", "--in-the-past", "--service", "Colour",
               "--start", zulu(week_day(1, "14:00")), "--name", "Ann Lee")
    assert jd(capsys, *booking) == (
        cli.EXIT_USAGE, "", "jumpadesk: Main does not offer Colour; it is offered by Alex.\n")
    assert set(shop.hrefs("Work")) == before
    code, out, _ = jd(capsys, "events", "--from", zulu(week_day(1, "13:00")), "--to",
                      zulu(week_day(1, "16:00")), "--json")
    assert [e for e in json.loads(out) if e["source"] == "appointment"] == []

    # Cut, offered by everyone, books; so does Colour once Main offers it too.
    code, out, err = jd(capsys, "book", "--sub-account", "Main", "--in-the-past", "--service",
                        "Cut", "--start", zulu(week_day(1, "09:00")), "--name", "Bo Chen",
                        "--json")
    assert (code, err) == (0, "")
    cut = json.loads(out)["id"]
    # Nor can Main's appointment be changed to it.
    assert jd(capsys, "edit", str(cut), "--sub-account", "Main", "--service", "Colour") == (
        cli.EXIT_USAGE, "", "jumpadesk: Main does not offer Colour; it is offered by Alex.\n")
    assert jd(capsys, "services", "staff", "Colour", "Main", "Alex")[0] == 0
    code, _, err = jd(capsys, *booking)
    assert (code, err) == (0, "")
    assert len(set(shop.hrefs("Work")) - before) == 2


def test_free_with_a_service_and_anyone_asks_only_the_staff_who_offer_it(
    shop: IcloudServer, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    span = ("--after", zulu(week_day(1, "07:00")), "--before", zulu(week_day(1, "18:00")),
            "--count", "40", "--json")
    code, out, err = both_paths(capsys, monkeypatch, "free", "--service", "Cut", "--anyone",
                                *span)
    assert (code, err) == (0, "")
    assert {f["sub_account"] for f in json.loads(out)} == {"Alex", "Main"}
    code, out, err = both_paths(capsys, monkeypatch, "free", "--service", "Colour",
                                "--anyone", *span)
    assert (code, err) == (0, "")
    found = json.loads(out)
    assert found and {f["sub_account"] for f in found} == {"Alex"}

    code, out, err = both_paths(capsys, monkeypatch, "free", "--service", "Colour",
                                "--sub-account", "Main", *span)
    assert (code, out, err) == (
        cli.EXIT_USAGE, "", "jumpadesk: Main does not offer Colour; it is offered by Alex.\n")


def test_removing_a_staff_member_or_a_service_takes_its_names_away(
    shop: IcloudServer, capsys: pytest.CaptureFixture,
) -> None:
    assert jd(capsys, "services", "staff", "Cut", "Main", "Alex")[0] == 0
    code, _, err = jd(capsys, "sub-accounts", "remove", "Alex")
    assert (code, err) == (0, "")
    code, out, _ = jd(capsys, "services", "--json")
    # Colour named only Alex: with no staff named, everyone (Main) offers it now.
    assert [(s["name"], s["staff"]) for s in json.loads(out)] == [
        ("Colour", []), ("Cut", ["Main"])]

    assert jd(capsys, "services", "remove", "Cut")[0] == 0
    assert jd(capsys, "services", "add", "Cut", "--length", "45m")[0] == 0
    code, out, _ = jd(capsys, "services", "--json")
    assert [(s["name"], s["staff"]) for s in json.loads(out)] == [
        ("Colour", []), ("Cut", [])]
