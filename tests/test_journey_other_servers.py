"""The command-line journey on CalDAV servers that are not iCloud (issue 14 item 7): plain
Radicale and Xandikos, both real, on loopback. Connect (a wrong password first), calendars,
configure, sync, busy, book (refused over a phone's event, then written), cancel; every
sentence worded for the server in use, none about iCloud or app-specific passwords."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from jumpadesk import cli
from tests.helpers.cli import jd, zulu
from tests.icloud_server import week_day
from tests.other_servers import OtherServer, RadicaleServer, XandikosServer


@pytest.fixture(params=["radicale", "xandikos"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[OtherServer]:
    running: OtherServer = (RadicaleServer(tmp_path / "radicale") if request.param == "radicale"
                            else XandikosServer())
    try:
        yield running
    finally:
        running.stop()


def _not_about_icloud(*texts: str) -> None:
    for text in texts:
        assert "iCloud" not in text and "app-specific" not in text and "Apple" not in text, text


def _bare(url: str) -> str:
    """The address as a person types it: host and port, no scheme."""
    return url.split("://", 1)[1].rstrip("/")


def test_the_whole_journey_on_another_server(
    server: OtherServer, jumpadesk_home: Path, capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch, keyring_backend,  # type: ignore[no-untyped-def]
) -> None:
    where = ("--server", _bare(server.url))  # Xandikos is found through /.well-known/caldav
    monkeypatch.setenv("JUMPADESK_PASSWORD", "wrong")
    code, _, err = jd(capsys, "connect", "--user", server.user, *where)
    assert code == 1
    assert err.startswith(f"jumpadesk: {server.label} did not accept the user name and password")
    _not_about_icloud(err)

    monkeypatch.setenv("JUMPADESK_PASSWORD", server.password)
    code, out, err = jd(capsys, "connect", "--user", server.user, *where)
    assert code == 0, err
    assert "2 calendars found" in out

    code, out, _ = jd(capsys, "calendars", "--json")
    cals = {c["name"]: c for c in json.loads(out)}
    assert set(cals) == {"Work", "Home"}
    assert all(c["access"] == "write" and c["connectable"] for c in cals.values())

    code, _, err = jd(capsys, "configure", "--linked", "Work", "--conflict", "Home")
    assert code == 0, err
    code, out, err = jd(capsys, "sync")
    assert code == 0, err
    _not_about_icloud(out, err)

    # Tuesday: the dentist (Home, 08:00-09:00) and planning (Work, 10:00-11:30), Berlin.
    code, out, _ = jd(capsys, "busy", "--from", zulu(week_day(1, "07:00")),
                      "--to", zulu(week_day(1, "12:00")), "--json")
    assert json.loads(out)["busy"] == [
        {"start": "2026-11-24T07:00:00Z", "end": "2026-11-24T08:00:00Z"},
        {"start": "2026-11-24T09:00:00Z", "end": "2026-11-24T10:30:00Z"},
    ]
    code, out, _ = jd(capsys, "events", "--from", zulu(week_day(1, "07:00")),
                      "--to", zulu(week_day(1, "12:00")))
    assert f"Busy in {server.label}" in out
    _not_about_icloud(out)

    # A phone adds an event; booking over it is refused and says what is in the way.
    server.add_event("Home", "Parent-teacher meeting", week_day(1, "13:00"),
                     week_day(1, "14:00"))
    code, _, err = jd(capsys, "book", "--in-the-past", "--start", zulu(week_day(1, "13:30")),
                      "--end", zulu(week_day(1, "14:30")), "--title", "Colour")
    assert code == cli.EXIT_SLOT_TAKEN
    assert "Parent-teacher meeting" in err and f"Busy in {server.label}" in err
    _not_about_icloud(err)

    work_before = server.hrefs("Work")
    code, out, err = jd(capsys, "book", "--in-the-past", "--start", zulu(week_day(1, "14:00")),
                        "--end", zulu(week_day(1, "15:00")), "--title", "Colour",
                        "--name", "Ann Lee", "--email", "ann@example.com", "--json")
    assert code == 0, err
    appointment_id = str(json.loads(out)["id"])
    assert len(server.hrefs("Work") - work_before) == 1  # one copy, on the server

    code, out, err = jd(capsys, "status")
    assert code == 0, err
    _not_about_icloud(out, err)

    code, out, err = jd(capsys, "cancel", appointment_id)
    assert code == 0, err
    _not_about_icloud(out, err)
    assert server.hrefs("Work") == work_before
    code, out, _ = jd(capsys, "busy", "--from", zulu(week_day(1, "14:00")),
                      "--to", zulu(week_day(1, "15:00")), "--json")
    assert json.loads(out) == {"busy": []}


def test_a_web_server_that_is_not_caldav_is_named_as_such(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    import threading
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    web = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(tmp_path)))
    thread = threading.Thread(target=web.serve_forever, daemon=True)
    thread.start()
    try:
        monkeypatch.setenv("JUMPADESK_PASSWORD", "anything")
        code, _, err = jd(capsys, "connect", "--user", "sam",
                          "--server", f"127.0.0.1:{web.server_address[1]}")
    finally:
        web.shutdown()
        web.server_close()
    assert code == 1
    assert err.startswith("jumpadesk: 127.0.0.1 did not answer like a calendar (CalDAV) server")
    _not_about_icloud(err)
    assert err.count("\n") == 1  # one sentence, no traceback
