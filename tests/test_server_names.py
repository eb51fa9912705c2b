"""Every sentence names the server in use (issue 21 item 4): a booking on a plain Radicale
on 127.0.0.1, signed in to as "sam", is sent to 127.0.0.1, not to iCloud, in the Desk's
sentences the window shows and on the command line; the Connections page and the status
bar name it too. The server is a real Radicale (no iCloud layer) behind a layer that
loses answers after doing the work (tests/lost_answers.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from jumpadesk import cli
from jumpadesk.config import Settings
from jumpadesk.demo.seed import seed_icloud_like_account
from jumpadesk.demo.server import LocalAccount
from jumpadesk.errors import BookingUnconfirmed, WriteRefused
from jumpadesk.kinds import ConnectionState
from jumpadesk.rows import ConnectionInfo
from jumpadesk.service import Desk
from jumpadesk.sync.client import CalDAVClient
from tests.helpers.cli import jd
from tests.helpers.shop import at
from tests.local_server import CalDAVTestServer, HTTPRequester
from tests.lost_answers import AnswerLoser

USER, PASSWORD = "sam", "radicale-password"
TEN, ELEVEN = at(2026, 12, 2, "10:00"), at(2026, 12, 2, "11:00")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[CalDAVTestServer, AnswerLoser]]:
    server = CalDAVTestServer(tmp_path / "radicale", [LocalAccount(USER, PASSWORD)],
                              realm="Radicale - Password Required")
    loser = AnswerLoser()
    server.put_in_front(loser.wrap)
    server.start()
    server.paths = seed_icloud_like_account(server, USER, PASSWORD)  # type: ignore[attr-defined]
    try:
        yield server, loser
    finally:
        loser.release()
        server.stop()


@pytest.fixture
def desk(jumpadesk_home: Path, served: tuple[CalDAVTestServer, AnswerLoser]) -> Desk:
    def factory(server_url: str, account: str, password: str) -> CalDAVClient:
        return CalDAVClient(server_url, account, password, sleep=lambda _s: None, timeout=1.0)

    d = Desk(settings=Settings(), client_factory=factory)
    d.set_timezone("Main", "Europe/Berlin")
    d.connect("Main", USER, PASSWORD, served[0].url)
    d.configure("Main", "Work", ["Home"])
    assert d.sync("Main").ok
    return d


def test_a_lost_answer_names_the_server_in_use_not_icloud(
    desk: Desk, served: tuple[CalDAVTestServer, AnswerLoser], capsys: pytest.CaptureFixture,
) -> None:
    loser = served[1]
    for method in ("PUT", "GET"):
        loser.lose_next(method, "error", count=50, status=503)
    with pytest.raises(BookingUnconfirmed) as unsure:
        desk.book("Main", TEN, ELEVEN, "Colour", name="Ann Lee")
    said = str(unsure.value)
    assert said.startswith("Sent to 127.0.0.1; 127.0.0.1 has not confirmed it yet (")
    assert "iCloud" not in said
    code, out, _ = jd(capsys, "status")
    assert code == 0
    assert ("Not yet confirmed: Colour (appointment 1, Wed 2026-12-02 10:00–11:00) was sent "
            "to Work; 127.0.0.1 has not confirmed it yet; the time stays held.") in out
    code, out, _ = jd(capsys, "events", "--from", cli.zulu(TEN), "--to", cli.zulu(ELEVEN))
    assert "(not yet confirmed by 127.0.0.1; the time stays held)" in out
    assert "iCloud" not in out
    # The window's title and details of it say the same.
    from jumpadesk.ui.event_details import pending_sentence
    from jumpadesk.wording import item_title

    [shown] = [i for i in desk.schedule("Main", TEN, ELEVEN) if i.source == "appointment"]
    assert item_title(shown) == "Colour (not yet in 127.0.0.1)"
    assert pending_sentence(shown).startswith(
        "Not yet in 127.0.0.1: it was sent, but 127.0.0.1 has not confirmed it")


def test_a_calendar_deleted_on_the_server_is_said_deleted_there(
    desk: Desk, served: tuple[CalDAVTestServer, AnswerLoser],
) -> None:
    server = served[0]
    phone = HTTPRequester(server.url, USER, PASSWORD)
    assert phone.request("DELETE", server.paths["Home"]).status in (200, 204)  # type: ignore[attr-defined]
    report = desk.sync("Main")
    assert any("Home was deleted in 127.0.0.1" in f for f in report.failures())
    [stale] = desk.stale("Main")
    assert "deleted in 127.0.0.1" in stale.sentence(ZoneInfo("Europe/Berlin"))
    assert "iCloud" not in stale.sentence(ZoneInfo("Europe/Berlin"))
    [home] = [c for c in desk.calendars("Main") if c.name == "Home"]
    assert home.reason == "This calendar was deleted in 127.0.0.1."  # the picker's words


def test_a_refused_booking_names_the_server_in_use(
    desk: Desk, served: tuple[CalDAVTestServer, AnswerLoser],
) -> None:
    served[1].lose_next("PUT", "error", status=409)  # refused, said after the work: undone
    served[1].lose_next("GET", "error", count=5, status=404)
    with pytest.raises(WriteRefused) as refused:
        desk.book("Main", TEN, ELEVEN, "Colour", name="Ann Lee")
    assert "127.0.0.1" in str(refused.value) and "iCloud" not in str(refused.value)


def test_the_connections_page_and_the_status_bar_name_the_server(qtbot: Any) -> None:
    from jumpadesk.ui.connections_page import ConnectionsPage
    from jumpadesk.ui.window_sync import sync_status_text

    berlin = ZoneInfo("Europe/Berlin")
    down = ConnectionInfo(1, USER, "http://127.0.0.1:5232/", ConnectionState.UNREACHABLE,
                          datetime(2026, 12, 2, 9, 0, tzinfo=berlin), "", 2)
    page = ConnectionsPage()
    qtbot.addWidget(page)
    page.set_connections("Main", [down], [], berlin)
    assert page.heading.text() == "127.0.0.1 connections for Main"
    card = page.cards()[1]
    assert "127.0.0.1</b> &nbsp;sam" in card.title.text() and "iCloud" not in card.title.text()
    assert card.state.text() == "Cannot reach 127.0.0.1"
    assert sync_status_text([down], berlin).startswith("sam: cannot reach 127.0.0.1")
    apple = ConnectionInfo(2, "anna@icloud.com", "https://caldav.icloud.com/",
                           ConnectionState.OK, None, "", 2)
    page.set_connections("Main", [apple], [], berlin)
    assert page.heading.text() == "iCloud connections for Main"
    page.set_connections("Main", [apple, down], [], berlin)
    assert page.heading.text() == "Connections for Main"


def test_a_booking_whose_account_is_gone_is_said_alike_in_the_week_and_in_status(
    desk: Desk, served: tuple[CalDAVTestServer, AnswerLoser], capsys: pytest.CaptureFixture,
) -> None:
    """One rule names an appointment's server (availability.appointment_server): once its
    only account is disconnected, the week does not guess iCloud where `status` says it
    does not know."""
    from jumpadesk.wording import item_title

    for method in ("PUT", "GET"):
        served[1].lose_next(method, "error", count=50, status=503)
    with pytest.raises(BookingUnconfirmed):
        desk.book("Main", TEN, ELEVEN, "Colour", name="Ann Lee")
    [account] = desk.connections("Main")
    desk.disconnect(account.id)

    [shown] = [i for i in desk.schedule("Main", TEN, ELEVEN) if i.source == "appointment"]
    assert item_title(shown) == "Colour (not yet in its calendar server)"
    code, out, _ = jd(capsys, "status")
    assert code == 0
    assert ("Not yet confirmed: Colour (appointment 1, Wed 2026-12-02 10:00–11:00) was sent "
            "to its calendar server; its calendar server has not confirmed it yet; the time "
            "stays held.") in out
