"""Credentials stay with their host (issue 18, item 3): a redirect to another address
or to plain http, or a calendar home handed out on another server, is refused with a
sentence; the other server never sees the password, and nothing of it is saved.

127.0.0.1 is the account's server, 127.0.0.2 its partition host (as iCloud's
pNN-caldav.icloud.com), 127.0.0.3 the foreign host, a HostileServer that records
every request it gets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from jumpadesk.errors import ForeignHost
from jumpadesk.models import Calendar, Connection, session_scope
from jumpadesk.sync import api
from jumpadesk.sync.client import CalDAVClient
from jumpadesk.sync.servers import password_may_go_to
from tests.hostile_http import HostileServer, canned, redirect, tls_for

FOREIGN = "127.0.0.3"

# What a server would answer a PROPFIND of the principal with: if jumpadesk followed a
# redirect here, this would be enough for it to carry on.
PRINCIPAL_ANSWER = (
    b'<?xml version="1.0" encoding="utf-8"?><D:multistatus xmlns:D="DAV:" '
    b'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:response><D:href>/</D:href><D:propstat>'
    b"<D:prop><D:current-user-principal><D:href>/p/</D:href></D:current-user-principal>"
    b"<C:calendar-home-set><D:href>/p/</D:href></C:calendar-home-set></D:prop>"
    b"<D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response></D:multistatus>"
)
EMPTY_LISTING = (
    b'<?xml version="1.0" encoding="utf-8"?><D:multistatus xmlns:D="DAV:">'
    b"</D:multistatus>"
)


@pytest.fixture
def foreign() -> Iterator[HostileServer]:
    with HostileServer(FOREIGN) as server:
        server.behave(canned(207, PRINCIPAL_ANSWER))
        yield server


def _connections(engine) -> list[Connection]:  # type: ignore[no-untyped-def]
    with session_scope(engine) as s:
        return list(s.exec(select(Connection)).all())


def test_a_redirect_to_another_host_at_connect_is_refused_and_the_password_kept(
    store, sub_id, client_factory, foreign, keyring_backend
):
    with HostileServer("127.0.0.1") as server:
        server.behave(redirect(foreign.url + "dav/"))
        with pytest.raises(ForeignHost) as caught:
            api.connect(store, sub_id, "sam@icloud.com", "pw-1234", server.url,
                        client_factory=client_factory)
        assert [r.method for r in server.requests] == ["PROPFIND"]
    sentence = str(caught.value)
    assert f"sent jumpadesk on to {FOREIGN}, which is not 127.0.0.1" in sentence
    assert f"connect the account again with https://{FOREIGN}/ as the server" in sentence
    assert foreign.requests == []  # not even asked without the password
    assert _connections(store) == []
    assert keyring_backend.passwords == {}


def test_https_is_never_followed_to_plain_http_even_on_the_same_host(
    store, sub_id, tmp_path: Path, keyring_backend
):
    context, certificate = tls_for("127.0.0.1", tmp_path)
    with HostileServer("127.0.0.1") as plain, \
            HostileServer("127.0.0.1", tls=context) as secure:
        plain.behave(canned(207, PRINCIPAL_ANSWER))
        secure.behave(redirect(plain.url + "dav/"))
        with pytest.raises(ForeignHost) as caught:
            api.connect(store, sub_id, "sam@icloud.com", "pw-1234", secure.url,
                        client_factory=lambda u, a, p: CalDAVClient(
                            u, a, p, sleep=lambda _: None, verify=certificate))
        assert len(secure.requests) == 1 and secure.requests[0].authorized
        assert plain.requests == []
    assert "not secure (http://127.0.0.1)" in str(caught.value)
    assert _connections(store) == []
    assert keyring_backend.passwords == {}


def test_a_calendar_home_moved_to_another_host_is_refused_and_never_saved(
    connected, foreign
):
    icloud = connected.icloud
    assert connected.sync().ok
    home_before = icloud.home_url
    work_before = connected.objects("Work")
    # The principal names a home on the foreign host, as if the account had moved there,
    # and the stored home answers 404 (its listing is the first request of a sync).
    foreign.behave(canned(207, EMPTY_LISTING))
    icloud.layer.partition_url = foreign.url

    for _ in range(2):  # refused at every sync until the person connects again
        icloud.fail_next(1, status=404, method="PROPFIND", path="/demo@icloud.com/")
        report = connected.sync()
        assert not report.ok
        [failure] = report.failures()
        assert failure.startswith("demo@icloud.com: ")
        assert f"the calendars of demo@icloud.com are on {FOREIGN}" in failure
        assert "connect the account again" in failure

    assert foreign.requests == []
    assert not foreign.saw_credentials()
    with session_scope(connected.engine) as s:
        conn = s.get(Connection, connected.connection_id)
        assert conn is not None
        assert conn.home_url == home_before
        calendars = s.exec(select(Calendar)).all()
        assert calendars and not any(c.deleted_on_server for c in calendars)
    assert connected.objects("Work").keys() == work_before.keys()  # still blocking


def test_a_stored_home_on_another_host_is_never_asked(connected, foreign):
    # A home saved by an older version that followed the server elsewhere.
    with session_scope(connected.engine) as s:
        conn = s.get(Connection, connected.connection_id)
        assert conn is not None
        conn.home_url = foreign.url + "demo%40icloud.com/"
        s.add(conn)
    report = connected.sync()
    assert not report.ok
    assert f"{FOREIGN}, which is not 127.0.0.1" in report.failures()[0]
    assert foreign.requests == []


@pytest.mark.parametrize(("server", "url", "account", "allowed"), [
    # iCloud: the home lives on a partition host, and hrefs come back on either.
    ("https://caldav.icloud.com/", "https://p180-caldav.icloud.com:443/1/calendars/",
     "a@icloud.com", True),
    ("https://p180-caldav.icloud.com/", "https://caldav.icloud.com/", "a@icloud.com", True),
    ("https://caldav.icloud.com/", "https://icloud.com.example.net/", "a@icloud.com", False),
    ("https://caldav.icloud.com/", "https://example.net/", "a@icloud.com", False),
    ("https://caldav.icloud.com/", "http://p180-caldav.icloud.com/", "a@icloud.com", False),
    # Another server: its own host only, on any port, never plain http.
    ("https://dav.example.net/", "https://dav.example.net:8443/x/", "sam", True),
    ("https://dav.example.net/", "https://example.net/", "sam", False),
    ("https://dav.example.net/", "http://dav.example.net/", "sam", False),
    ("https://dav.example.net/", "https://p1-caldav.icloud.com/", "sam", False),
    # On this computer: the iCloud stand-in's partition host, and nothing else.
    ("http://127.0.0.1:5/", "http://127.0.0.2:6/", "a@icloud.com", True),
    ("http://127.0.0.1:5/", "http://127.0.0.3:6/", "a@icloud.com", False),
    ("http://127.0.0.1:5/", "http://127.0.0.2:6/", "sam", False),
    ("http://127.0.0.1:5/", "webcal://127.0.0.1:5/", "a@icloud.com", False),
])
def test_where_a_password_may_go(server, url, account, allowed):
    assert password_may_go_to(server, url, account) is allowed
