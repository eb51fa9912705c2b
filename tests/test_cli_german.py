"""The command line in German (issue 22): a salon owner's session under
JUMPADESK_LANGUAGE=de says every sentence in German, against the iCloud-like server and a
real store; `--json` says the same bytes whatever the language; English stays the default."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jumpadesk import cli, language
from tests.helpers.cli import jd, open_cli_shop, zulu
from tests.helpers.clock import next_week
from tests.helpers.translations import english_pieces
from tests.icloud_server import IcloudServer, week_day


@pytest.fixture(autouse=True)
def _language_read_afresh() -> Iterator[None]:
    language._current.clear()
    yield
    language._current.clear()


def _german(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JUMPADESK_LANGUAGE", "de")
    language._current.clear()


def _english_left(said: str) -> list[str]:
    """The catalogue's English sentences (their fixed words) that are still in `said`."""
    return sorted({piece for piece in english_pieces() if piece in said})


def test_a_session_in_german_says_every_sentence_in_german(
    icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _german(monkeypatch)
    said: list[str] = []

    def step(*args: str, code: int = 0) -> str:
        got, out, err = jd(capsys, *args)
        assert got == code, (args, out, err)
        said.append(out + err)
        return out + err

    monkeypatch.setenv("JUMPADESK_PASSWORD", "MyAppleIDPassword1")  # the usual mistake
    wrong = step("connect", "--apple-id", icloud.apple_id, "--server", icloud.url, code=1)
    assert "App-spezifisch" in wrong
    monkeypatch.setenv("JUMPADESK_PASSWORD", icloud.password)
    assert "Kalender" in step("connect", "--apple-id", icloud.apple_id, "--server", icloud.url)
    step("timezone", "Europe/Berlin")
    assert "Kalender" in step("configure", "--linked", "Work", "--conflict", "Home",
                              "--conflict", "Family")
    step("sync")
    assert "Hinzugefügt" in step("services", "add", "Färben", "--length", "1h",
                                 "--buffer-after", "15m")
    assert "Färben" in step("services")
    assert "Waschen wird von Main angeboten." in step("services", "add", "Waschen", "--length",
                                                      "30m", "--staff", "Main")
    assert "angeboten von Main" in step("services")
    assert "Nennen Sie die Mitarbeiter" in step("services", "staff", "Waschen",
                                                code=cli.EXIT_USAGE)
    assert step("services", "staff", "Waschen", "--everyone") == (
        "Waschen wird von allen angeboten.\n")
    assert "angeboten von allen" in step("services")
    step("services", "remove", "Waschen")

    booked = step("book", "--in-the-past", "--start", zulu(week_day(1, "14:00")),
                  "--service", "Färben", "--name", "Anna Berg")
    assert booked.startswith("Gebucht #") and "Di 24. Nov 14:00" in booked
    refused = step("book", "--in-the-past", "--start", zulu(week_day(1, "14:30")),
                   "--end", zulu(week_day(1, "15:30")), "--title", "Schnitt",
                   code=cli.EXIT_SLOT_TAKEN)
    assert "nicht frei" in refused and "Färben" in refused

    ident = re.search(r"#(\d+)", booked).group(1)  # type: ignore[union-attr]
    _edit_and_give(step, icloud, ident)

    span = ("--from", zulu(week_day(1, "07:00")), "--to", zulu(week_day(1, "18:00")))
    assert "belegt" in step("busy", *span)
    assert "Di " in step("events", *span)
    step("status")
    step("free", "--length", "45m", "--after", zulu(week_day(1, "07:00")),
         "--before", zulu(week_day(2, "18:00")))
    step("hours")

    icloud.stop()  # the server is down
    down = step("sync", code=cli.EXIT_SYNC_FAILED)
    assert "nicht erreichen" in down
    step("status")
    stale = step("free", "--length", "45m", "--after", zulu(week_day(1, "07:00")),
                 "--before", zulu(week_day(2, "18:00")), code=1)  # nothing offered
    assert "Für Main werden keine Zeiten angeboten" in stale, stale

    text = "\n".join(said)
    assert _english_left(text) == [], text
    for english in ("Booked", "busy", "free", " not ", "appointment", "calendar",
                    "password", "Tue ", " Dec ", "Changed", "Gave", "change", " to ",
                    "--even-if-stale to", "already"):
        assert english not in text, (english, text)


def _edit_and_give(step: Callable[..., str], icloud: IcloudServer, ident: str) -> None:
    """`edit` (a phone corrected) and `move --to` with their refusals, in German."""
    edited = step("edit", ident, "--phone", "+49 30 1234567")
    assert edited.startswith(f"Geändert #{ident}: Telefon +49 30 1234567"), edited
    assert "Nichts zu ändern" in step("edit", ident, "--phone", "+49 30 1234567")
    assert "Sagen Sie" in step("edit", ident, code=2)
    assert "Titel" in step("edit", ident, "--title", " ", code=1)
    assert "Bea hinzugefügt" in step("sub-accounts", "add", "Bea", "--use", icloud.apple_id,
                                     "--linked", "Home", "--conflict", "Family")
    assert "--start" in step("move", ident, "--to", "Bea", "--start",
                             zulu(week_day(1, "16:00")), code=2)
    given = step("move", ident, "--to", "Bea")
    assert given.startswith(f"Termin {ident} an Bea gegeben:"), given
    assert "bereits bei Bea" in step("--sub-account", "Bea", "move", ident, "--to", "Bea",
                                     code=1)


#: The months as the German catalogue says them (short, long), for a day next week.
MONATE = ("Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sept", "Okt", "Nov", "Dez")
MONATSNAMEN = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
               "September", "Oktober", "November", "Dezember")


def test_the_clients_commands_in_german(
    icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """clients, client, notes and mark, their help and their refusals, in German."""
    _german(monkeypatch)
    open_cli_shop(capsys, monkeypatch, icloud, then=[
        ("book", "--in-the-past", "--start", zulu(week_day(1, "14:00")), "--end",
         zulu(week_day(1, "15:00")), "--title", "Färben", "--name", "Anna Berg", "--email",
         "anna@example.com", "--phone", "+49 151 2345 678"),
        ("book", "--start", zulu(next_week(1, "10:00")), "--end", zulu(next_week(1, "11:00")),
         "--title", "Pony", "--name", "Anna Berg", "--email", "anna@example.com")])
    said: list[str] = []

    def step(*args: str, code: int = 0) -> str:
        got, out, err = jd(capsys, *args)
        assert got == code, (args, out, err)
        said.append(out + err)
        return out + err

    assert step("clients") == ("#1     Anna Berg \u00b7 anna@example.com \u00b7 "
                               "+49 151 2345 678  (Main)\n")
    assert step("clients", "Clara") == (
        "Niemand unter Ihren Kunden passt zu \u201eClara\u201c.\n")
    assert step("mark", "1", "arrived") == (
        "\u201eFärben\u201c für Anna Berg am Dienstag, 24. November 2026, 14:00 \u2013 15:00 "
        "ist als erschienen markiert.\n")
    pony = next_week(1, "10:00")
    assert step("mark", "2", "no-show", code=1) == (
        f"jumpadesk: \u201ePony\u201c für Anna Berg am Dienstag, {pony.day}. "
        f"{MONATSNAMEN[pony.month - 1]} {pony.year}, 10:00 \u2013 11:00 hat noch nicht "
        "begonnen: Sie können den Gast erst als nicht erschienen markieren, wenn der Termin "
        "begonnen hat.\n")
    assert step("notes", "anna@example.com", "Allergisch gegen Ammoniak.\nTrinkt Tee.") == (
        "Die Notizen zu Anna Berg wurden gespeichert.\n")
    assert step("client", "anna@example.com").splitlines() == [
        "Anna Berg (Kundennr. 1)", "E-Mail: anna@example.com", "Telefon: +49 151 2345 678",
        "Mitarbeiter: Main", "Notizen: Allergisch gegen Ammoniak.", "         Trinkt Tee.",
        "Erschienen: einmal, nicht erschienen: nie", "Kommende Termine:",
        f"  #2 Di {pony.day}. {MONATE[pony.month - 1]} {pony.year} 10:00\u201311:00 Pony "
        "bei Main",
        "Vergangene Termine:", "  #1 Di 24. Nov 2026 14:00\u201315:00 Färben bei Main, erschienen"]
    assert step("client", "Anna", code=2).startswith("jumpadesk: \u201eAnna\u201c ist weder ")
    assert step("client", "42", code=1) == "jumpadesk: Es gibt keine Kundennummer 42.\n"
    for command in ("clients", "client", "notes", "mark"):
        with pytest.raises(SystemExit):
            cli.main([command, "--help"])
        said.append(capsys.readouterr().out)

    text = "\n".join(said)
    assert _english_left(text) == [], text
    for english in ("client's", "client #", "Notes", "Upcoming", "Past", "Arrived", " with ",
                    "Marked", "Saved", "not started", "Tue ", "24 Nov", " email ",
                    "guest", "appointment", "find clients"):
        assert english not in text, (english, text)


def _json_answers(capsys: pytest.CaptureFixture, icloud: IcloudServer) -> list[str]:
    span = ("--from", zulu(week_day(1, "07:00")), "--to", zulu(week_day(1, "18:00")))
    answers = []
    for args in [("busy", *span, "--json"), ("events", *span, "--json"), ("status",),
                 ("free", "--length", "45m", "--after", zulu(week_day(1, "07:00")),
                  "--before", zulu(week_day(2, "18:00")), "--json"),
                 ("services", "--json"), ("hours", "--json"), ("calendars", "--json"),
                 ("store", "show", "--json"), ("clients", "bob", "--json"),
                 ("client", "bob@example.com", "--json")]:
        code, out, err = jd(capsys, *args)
        assert code == 0, (args, err)
        answers.append(out if "--json" in args else "")
    return answers


def _said_busy(capsys: pytest.CaptureFixture) -> str:
    """`busy` without --json: what a person reads."""
    return jd(capsys, "busy", "--from", zulu(week_day(1, "07:00")),
              "--to", zulu(week_day(1, "18:00")))[1]


def test_json_is_the_same_in_every_language(
    icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("JUMPADESK_PASSWORD", icloud.password)
    monkeypatch.delenv("JUMPADESK_LANGUAGE", raising=False)
    for args in [("connect", "--apple-id", icloud.apple_id, "--server", icloud.url),
                 ("timezone", "Europe/Berlin"),
                 ("configure", "--linked", "Work", "--conflict", "Home", "--conflict", "Family"),
                 ("sync",), ("services", "add", "Colour", "--length", "1h"),
                 ("book", "--start", "2031-03-03T10:00:00Z", "--service", "Colour", "--name",
                  "Bob Brown", "--email", "bob@example.com", "--phone", "0171 99 88 77"),
                 ("notes", "bob@example.com", "Likes tea.")]:
        assert jd(capsys, *args)[0] == 0, args
    answers = {}
    booked = {}
    edited = {}
    said = {}
    for lang, day in (("de_DE.UTF-8", "2031-03-04"), ("en_US.UTF-8", "2031-03-05")):
        monkeypatch.setenv("LANG", lang)
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
            monkeypatch.delenv(name, raising=False)
        language._current.clear()
        assert language.current() == lang[:2]
        answers[lang] = _json_answers(capsys, icloud)
        said[lang] = _said_busy(capsys)
        code, out, err = jd(capsys, "book", "--start", f"{day}T10:00:00Z", "--service",
                            "Colour", "--name", "Ann Lee", "--json")
        assert code == 0, err
        booked[lang] = re.sub(r'"(id|start|end)": [^,}]+', r'"\1": _', out)
        ident = re.search(r'"id": (\d+)', out).group(1)  # type: ignore[union-attr]
        code, out, err = jd(capsys, "edit", ident, "--phone", "+49 30 1234567", "--json")
        assert code == 0, err
        assert json.loads(out)["changed"] == ["phone"]
        edited[lang] = re.sub(r'"(id|end)": [^,}]+', r'"\1": _', out)
    assert "belegt" in said["de_DE.UTF-8"] and "busy" in said["en_US.UTF-8"]
    assert answers["de_DE.UTF-8"] == answers["en_US.UTF-8"]
    assert booked["de_DE.UTF-8"] == booked["en_US.UTF-8"]
    assert edited["de_DE.UTF-8"] == edited["en_US.UTF-8"]
    assert '"reason": "Busy in iCloud"' in answers["de_DE.UTF-8"][1]
    assert '"notes": "Likes tea."' in answers["de_DE.UTF-8"][-1]


ENGLISH = ("Tue 2031-03-04 10:00 – Tue 2031-03-04 11:00  busy\n",
           "jumpadesk: That time is not free: it overlaps ")
GERMAN = ("Di 04.03.2031 10:00 – Di 04.03.2031 11:00  belegt\n",
          "jumpadesk: Diese Zeit ist nicht frei: Sie überschneidet sich mit ")


@pytest.mark.parametrize(("env", "said"), [
    ({}, ENGLISH), ({"LANG": "C"}, ENGLISH), ({"LANG": "fr_FR.UTF-8"}, ENGLISH),
    ({"LANG": "C.UTF-8", "LC_ALL": "fr_CA.UTF-8"}, ENGLISH),
    ({"LANG": "de_DE.UTF-8"}, GERMAN), ({"LANG": "en_US.UTF-8", "LC_ALL": "de_AT.UTF-8"}, GERMAN),
])
def test_the_system_language_is_spoken_and_english_stays_the_default(
    env: dict[str, str], said: tuple[str, str], tmp_path: Path,
    capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("JUMPADESK_HOME", str(tmp_path))
    monkeypatch.delenv("JUMPADESK_DATABASE_URL", raising=False)
    for name in ("JUMPADESK_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert jd(capsys, "timezone", "Europe/Berlin")[0] == 0
    code, out, err = jd(capsys, "block", "--start", "2031-03-04T10:00:00+01:00",
                        "--end", "2031-03-04T11:00:00+01:00")
    assert code == 0, err
    code, out, err = jd(capsys, "busy", "--from", "2031-03-04T00:00:00Z",
                        "--to", "2031-03-05T00:00:00Z")
    assert out == said[0]
    code, out, err = jd(capsys, "block", "--start", "2031-03-04T10:30:00+01:00",
                        "--end", "2031-03-04T11:30:00+01:00")
    assert code == cli.EXIT_SLOT_TAKEN
    assert err.startswith(said[1])


BROKEN = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
          "UID:broken-1\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261124T090000Z\r\n"
          "DTEND:20261124T081000Z\r\nSUMMARY:Spam\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_refusals_of_the_server_the_store_and_a_broken_event_in_german(
    icloud: IcloudServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the server, the store and a calendar's data refuse, said in German: a broken
    event, a booking the server refuses, a cancellation it fails, a move it refuses,
    the questions that cannot be asked, a store URL that is none, and a store written by
    a newer jumpadesk."""
    _german(monkeypatch)
    open_cli_shop(capsys, monkeypatch, icloud)
    said: list[str] = []

    def step(*args: str, code: int | None = 0) -> str:
        """The command's words; `code` None: refused, with whatever status."""
        got, out, err = jd(capsys, *args)
        assert got == code if code is not None else got != 0, (args, out, err)
        said.append(out + err)
        return out + err

    icloud.put_event("Home", BROKEN)
    step("sync")
    assert "Ein Termin in Home kann nicht gelesen werden (Termin \u201eSpam\u201c endet, " \
        "bevor er beginnt" in step("status")
    start, end = zulu(next_week(1, "10:00")), zulu(next_week(1, "11:00"))
    icloud.fail_next(status=403, method="PUT")
    assert "verweigerte" in step("book", "--start", start, "--end", end, "--title", "Pony",
                                 code=cli.EXIT_ERROR)
    booked = step("book", "--start", start, "--end", end, "--title", "Pony")
    ident = re.search(r"#(\d+)", booked).group(1)  # type: ignore[union-attr]
    icloud.fail_next(status=403, method="PUT")
    assert "nur lesen" in step("edit", ident, "--title", "Pony lang", code=cli.EXIT_ERROR)
    icloud.fail_next(2, status=500, method="DELETE")
    assert "HTTP 500" in step("cancel", ident, code=cli.EXIT_ERROR)
    assert "keine Zeitzone" in step("timezone", "Mars/Olympus", code=None)
    assert "Es gibt keinen Kalender" in step("configure", "--linked", "Nirgends",
                                             code=None)
    assert "keine E-Mail-Adresse" in step("book", "--start", zulu(next_week(2, "10:00")),
                                          "--end", zulu(next_week(2, "11:00")), "--title",
                                          "X", "--email", "nope", code=None)
    assert "PostgreSQL-Datenbank" in step("store", "use", "mysql://desk@server/salon",
                                   code=None)
    assert "Namen der Datenbank" in step("store", "test", "postgresql://desk@server.local",
                                         code=None)

    [data_file] = jumpadesk_home.glob("*.db")
    with sqlite3.connect(data_file) as db:
        db.execute("PRAGMA user_version = 999")
    assert "neueres jumpadesk" in step("status", code=None)
    data_file.write_bytes(b"not a database at all, but long enough to be read as one" * 4)
    assert "keine SQLite-Datenbank" in step("status", code=None)

    text = "\n".join(said)
    assert _english_left(text) == [], text
    for english in ("cannot be read", "refused", "Check it", "answered", "not free",
                    "newer", "database", "time zone", "calendar called", "email"):
        assert english not in text, (english, text)
