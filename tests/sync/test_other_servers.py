"""Other CalDAV servers (issue 14, item 7): plain Radicale, without the iCloud layer, gets
sentences worded for the server in use; a connect that fails promises no next sync."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from jumpadesk.demo.seed import seed_icloud_like_account
from jumpadesk.demo.server import LocalAccount
from jumpadesk.errors import AuthFailed, ServerFailed, ServerUnreachable
from jumpadesk.sync import api
from jumpadesk.sync.http_words import auth_sentence
from jumpadesk.sync.servers import is_icloud, service_name
from tests.icloud_server import IcloudServer
from tests.local_server import CalDAVTestServer

USER, PASSWORD = "sam", "radicale-password"


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[CalDAVTestServer]:
    server = CalDAVTestServer(tmp_path / "radicale", [LocalAccount(USER, PASSWORD)],
                               realm="Radicale - Password Required")
    server.start()
    seed_icloud_like_account(server, USER, PASSWORD)
    try:
        yield server
    finally:
        server.stop()


def test_plain_radicale_connects(store, radicale, sub_id, client_factory):
    connection_id = api.connect(store, sub_id, USER, PASSWORD, radicale.url,
                                client_factory=client_factory)
    assert connection_id


def test_a_wrong_password_on_another_server_is_not_about_apple(
    store, radicale, sub_id, client_factory
):
    with pytest.raises(AuthFailed) as refused:
        api.connect(store, sub_id, USER, "wrong", radicale.url, client_factory=client_factory)
    sentence = str(refused.value)
    assert sentence.startswith("127.0.0.1 did not accept the user name and password for sam.")
    assert "app-specific" not in sentence and "appleid" not in sentence


def test_a_wrong_password_on_icloud_still_explains_app_specific_passwords(
    store, icloud: IcloudServer, sub_id, client_factory
):
    with pytest.raises(AuthFailed, match="app-specific password"):
        api.connect(store, sub_id, icloud.apple_id, "MyAppleIDPassword1", icloud.url,
                    client_factory=client_factory)


def test_which_server_is_icloud():
    assert is_icloud("https://caldav.icloud.com/")
    assert is_icloud("https://p180-caldav.icloud.com:443/123/calendars/")
    assert is_icloud("http://127.0.0.1:8000/", 'X-MobileMe-AuthToken realm="MMCalDav"')
    assert not is_icloud("https://caldav.fastmail.com/dav/", 'Basic realm="Fastmail"')
    assert not is_icloud("https://evilicloud.com/")
    assert "fastmail.com did not accept" in auth_sentence("me", "https://caldav.fastmail.com/")


def test_a_server_failing_at_connect_promises_no_next_sync(
    store, icloud: IcloudServer, sub_id, client_factory
):
    icloud.fail_next(100, status=500)
    with pytest.raises(ServerFailed) as failed:
        api.connect(store, sub_id, icloud.apple_id, icloud.password, icloud.url,
                    client_factory=client_factory)
    sentence = str(failed.value)
    assert "next sync" not in sentence
    assert sentence.endswith("nothing was saved; connect again once the server answers.")


def test_an_unreachable_server_at_connect_promises_no_next_sync(store, sub_id, client_factory):
    with pytest.raises(ServerUnreachable) as failed:
        api.connect(store, sub_id, USER, PASSWORD, "http://127.0.0.1:9/",
                    client_factory=client_factory)
    assert "next sync" not in str(failed.value) and "nothing was saved" in str(failed.value)


def test_events_and_staleness_are_worded_for_the_server_in_use(connected):
    """Busy in Fastmail, not Busy in iCloud, once the account is on Fastmail."""
    from sqlmodel import select

    from jumpadesk import availability, schedule_problems
    from jumpadesk.models import Connection, SubAccount, session_scope
    from jumpadesk.models.reading import SessionReader
    from tests.icloud_server import week_day

    assert connected.sync().ok
    with session_scope(connected.engine) as s:
        conn = s.get(Connection, connected.connection_id)
        conn.server_url = "https://caldav.fastmail.com/dav/"  # type: ignore[union-attr]
        s.add(conn)
    with session_scope(connected.engine) as s:
        sub = s.exec(select(SubAccount)).one()
        reader = SessionReader(s)
        items = availability.schedule_between(reader, sub, week_day(0), week_day(7))
        stale = schedule_problems.stale_calendars(reader, sub, week_day(30), timedelta(minutes=10))
    texts = {i.reason_text for i in items if i.source == "icloud"}
    assert "Busy in Fastmail" in texts and not any("iCloud" in t for t in texts)
    assert stale and all("(Fastmail)" in c.sentence(ZoneInfo("Europe/Berlin")) for c in stale)


def test_service_names():
    assert service_name("https://caldav.icloud.com/") == "iCloud"
    # The demo and the iCloud-like test server stand in for iCloud with an Apple ID...
    assert service_name("http://127.0.0.1:5232/", "demo@icloud.com") == "iCloud"
    # ...a Radicale or Xandikos run on this computer with a user name is not iCloud.
    assert service_name("http://127.0.0.1:5232/", "sam") == "127.0.0.1"
    assert service_name("https://caldav.fastmail.com/dav/") == "Fastmail"
    assert service_name("https://dav.mailbox.org/") == "mailbox.org"
    assert service_name("https://cloud.example.org/remote.php/dav") == "cloud.example.org"


def test_a_missing_password_for_another_server_is_not_about_apple(connected):
    from jumpadesk.models import Connection, session_scope

    with session_scope(connected.engine) as s:
        conn = s.get(Connection, connected.connection_id)
        conn.server_url = "https://caldav.fastmail.com/dav/"  # type: ignore[union-attr]
        s.add(conn)
    report = connected.sync()
    [sentence] = report.failures()
    assert "on Fastmail is not in this computer's keychain" in sentence
    assert "app-specific" not in sentence


def test_a_bare_host_is_a_server_address():
    from jumpadesk.sync.client import check_server_url

    assert check_server_url("caldav.fastmail.com") == "https://caldav.fastmail.com/"
    assert check_server_url("cloud.example.org/remote.php/dav/") == (
        "https://cloud.example.org/remote.php/dav/")
    assert check_server_url("localhost:5232") == "http://localhost:5232/"  # this computer
    assert check_server_url("127.0.0.1:5232/") == "http://127.0.0.1:5232/"


def test_empty_fields_for_another_server_are_not_about_apple(jumpadesk_home):
    from jumpadesk.errors import InputError
    from jumpadesk.service import Desk

    desk = Desk()
    for user, password in (("", "secret"), ("sam", "")):
        with pytest.raises(InputError) as refused:
            desk.connect("Main", user, password, "https://caldav.fastmail.com/")
        assert str(refused.value) == "Enter the user name and the password for the server."
    with pytest.raises(InputError, match="Apple ID"):
        desk.connect("Main", "", "secret", "https://caldav.icloud.com/")


def test_a_server_found_only_through_well_known(store, sub_id, client_factory):
    """Xandikos mounted at /dav/: its root answers 404, /.well-known/caldav redirects."""
    from sqlmodel import select

    from jumpadesk.models import Calendar, Connection, session_scope
    from tests.other_servers import XandikosServer

    server = XandikosServer()
    try:
        for address in (server.url, server.url + "dav/", server.url + ".well-known/caldav"):
            api.connect(store, sub_id, server.user, server.password, address,
                        client_factory=client_factory)
    finally:
        server.stop()
    with session_scope(store) as s:
        homes = {c.home_url for c in s.exec(select(Connection)).all()}
        names = sorted(c.name for c in s.exec(select(Calendar)).all())
    assert homes == {server.url + "dav/sam/calendars/"}
    assert names == ["Home", "Home", "Home", "Work", "Work", "Work"]
