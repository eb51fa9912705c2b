"""Connecting an account: principal, partition-host home, credentials checked before
anything is kept, one sentence per failure (issue 3, section 1)."""

from __future__ import annotations

import socket

import keyring
import pytest
from keyring.backends import fail
from sqlmodel import select

from jumpadesk.errors import (
    AuthFailed,
    InputError,
    KeychainUnavailable,
    ServerFailed,
    ServerUnreachable,
    TLSFailure,
)
from jumpadesk.models import Calendar, Connection, SubAccountConnection, session_scope
from jumpadesk.sync import api
from jumpadesk.sync.client import CalDAVClient, check_server_url
from jumpadesk.sync.servers import is_icloud, password_may_go_to
from tests.icloud_server import PARTITION_HOST


def _connections(engine) -> list[Connection]:  # type: ignore[no-untyped-def]
    with session_scope(engine) as s:
        return list(s.exec(select(Connection)).all())


def test_connect_finds_the_home_on_the_partition_host_and_keeps_the_password(
    store, icloud, sub_id, client_factory, keyring_backend
):
    cid = api.connect(store, sub_id, icloud.apple_id, icloud.password, icloud.url,
                      client_factory=client_factory)
    [conn] = _connections(store)
    assert conn.id == cid
    assert conn.state == "ok"
    assert conn.home_url == icloud.home_url
    assert conn.home_url.startswith(f"http://{PARTITION_HOST}:")
    assert conn.principal_url.startswith(icloud.url)
    # Three requests: principal, home, listing; every one with credentials from the start.
    assert [r.method for r in icloud.requests] == ["PROPFIND"] * 3
    assert all(r.authenticated for r in icloud.requests)
    assert icloud.requests[2].host.startswith(PARTITION_HOST)
    # The password went to the keychain, nowhere else.
    assert list(keyring_backend.passwords.values()) == [icloud.password]
    with session_scope(store) as s:
        assert s.get(SubAccountConnection, (sub_id, cid)) is not None
        paths = {c.path for c in s.exec(select(Calendar)).all()}
    # Keyed by path, never by host.
    assert all(p.startswith("/") and PARTITION_HOST not in p for p in paths)


def test_owner_addresses_are_kept_one_per_line(store, icloud, sub_id, client_factory):
    api.connect(store, sub_id, icloud.apple_id, icloud.password, icloud.url,
                client_factory=client_factory)
    [conn] = _connections(store)
    lines = conn.owner_addresses.splitlines()
    assert "mailto:demo@icloud.com" in lines  # the Apple ID, beside the server's addresses
    assert "/demo%40icloud.com/" in lines  # Radicale's calendar-user-address-set


def test_wrong_password_says_app_specific_password_and_keeps_nothing(
    store, icloud, sub_id, client_factory, keyring_backend
):
    with pytest.raises(AuthFailed) as caught:
        api.connect(store, sub_id, icloud.apple_id, "my-apple-id-password", icloud.url,
                    client_factory=client_factory)
    sentence = str(caught.value)
    assert "app-specific password" in sentence
    assert "not your Apple ID password" in sentence
    assert "appleid.apple.com" in sentence
    assert "my-apple-id-password" not in sentence
    assert keyring_backend.passwords == {}
    assert _connections(store) == []


def test_reconnecting_after_a_revoked_password_updates_the_keychain(
    store, icloud, sub_id, client_factory, keyring_backend
):
    api.connect(store, sub_id, icloud.apple_id, icloud.password, icloud.url,
                client_factory=client_factory)
    new = icloud.revoke_password()
    report = api.sync(store, client_factory=client_factory)
    assert not report.ok
    assert "app-specific password" in report.accounts[0].error
    [conn] = _connections(store)
    assert conn.state == "auth_failed"
    # Apple locks an Apple ID that keeps failing: the next passes do not sign in again.
    icloud.reset_requests()
    again = api.sync(store, client_factory=client_factory)
    assert not again.ok and "app-specific password" in again.failures()[0]
    assert icloud.requests == []
    api.connect(store, sub_id, icloud.apple_id, new, icloud.url, client_factory=client_factory)
    [conn] = _connections(store)
    assert conn.state == "ok"
    assert api.sync(store, client_factory=client_factory).ok
    assert list(keyring_backend.passwords.values()) == [new]


def test_plain_http_is_refused_unless_loopback():
    with pytest.raises(InputError) as caught:
        check_server_url("http://caldav.example.com/")
    assert "https://" in str(caught.value)
    for url in ("http://127.0.0.1:8/", "http://localhost:8/", "http://[::1]:8/",
                "http://127.0.0.2/", "https://caldav.icloud.com/"):
        assert check_server_url(url) == url
    assert check_server_url("https://caldav.icloud.com") == "https://caldav.icloud.com/"


def test_this_computer_is_known_in_every_spelling():
    # One rule (sync.servers.is_loopback) for where plain http may go and for the
    # stand-ins for iCloud on this computer: a fully qualified "localhost." and 127.0.0.1
    # written as an IPv4-mapped IPv6 address are this computer too.
    for url in ("http://localhost.:8/", "http://LOCALHOST.:8/", "http://[::ffff:127.0.0.1]:8/",
                "http://cal.localhost:8/"):
        assert check_server_url(url) == url
    assert check_server_url("localhost.:5232/dav") == "http://localhost.:5232/dav"
    assert is_icloud("http://[::ffff:127.0.0.2]:8/", account="demo@icloud.com")
    assert password_may_go_to("http://localhost.:8/", "http://localhost.:8/home/")
    # Names that merely look like it are not: the password never goes there over http.
    for url in ("http://localhost.example.com/", "http://127.0.0.1.nip.io/",
                "http://0.0.0.0:8/", "http://[::ffff:10.0.0.1]:8/"):
        with pytest.raises(InputError):
            check_server_url(url)
    assert check_server_url("localhost.example.com") == "https://localhost.example.com/"
    assert not password_may_go_to("https://localhost.example.com/",
                                  "http://localhost.example.com/home/")


def test_plain_http_to_another_host_sends_nothing(store, sub_id, client_factory):
    with pytest.raises(InputError):
        api.connect(store, sub_id, "a@icloud.com", "x", "http://caldav.example.com/",
                    client_factory=client_factory)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_server_has_its_own_sentence(store, sub_id, client_factory, sleeps):
    with pytest.raises(ServerUnreachable) as caught:
        api.connect(store, sub_id, "a@icloud.com", "x", f"http://127.0.0.1:{_closed_port()}/",
                    client_factory=client_factory)
    assert "could not reach 127.0.0.1" in str(caught.value)
    assert sleeps == []  # a refused connection is not retried for 30 s


def test_tls_failure_has_its_own_sentence(store, icloud, sub_id):
    # https to a plain-http port: the handshake fails.
    url = icloud.url.replace("http://", "https://")
    with pytest.raises(TLSFailure) as caught:
        api.connect(store, sub_id, icloud.apple_id, icloud.password, url,
                    client_factory=lambda u, a, p: CalDAVClient(u, a, p, sleep=lambda _: None))
    assert "secure connection" in str(caught.value)
    assert _connections(store) == []


def test_server_error_has_its_own_sentence(store, icloud, sub_id, client_factory):
    icloud.fail_next(1, status=500)
    with pytest.raises(ServerFailed) as caught:
        api.connect(store, sub_id, icloud.apple_id, icloud.password, icloud.url,
                    client_factory=client_factory)
    assert "HTTP 500" in str(caught.value)
    assert _connections(store) == []


def test_no_keychain_means_nothing_is_kept(store, icloud, sub_id, client_factory):
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeychainUnavailable):
        api.connect(store, sub_id, icloud.apple_id, icloud.password, icloud.url,
                    client_factory=client_factory)
    assert _connections(store) == []


def test_disconnect_removes_everything_of_the_connection(connected, keyring_backend):
    report = connected.sync()
    assert report.ok
    assert connected.objects("Work")
    api.disconnect(connected.engine, connected.connection_id)
    assert keyring_backend.passwords == {}
    with session_scope(connected.engine) as s:
        assert s.exec(select(Connection)).all() == []
        assert s.exec(select(Calendar)).all() == []
        from jumpadesk.models import CalendarObject, CalendarRole, Occurrence

        assert s.exec(select(CalendarObject)).all() == []
        assert s.exec(select(Occurrence)).all() == []
        assert s.exec(select(CalendarRole)).all() == []
        assert s.exec(select(SubAccountConnection)).all() == []


def test_logs_never_hold_the_password_an_authorization_header_or_event_bodies(
    store, icloud, sub_id, client_factory, caplog
):
    import logging

    from tests.sync.conftest import set_roles

    caplog.set_level(logging.DEBUG)
    api.connect(store, sub_id, icloud.apple_id, icloud.password, icloud.url,
                client_factory=client_factory)
    set_roles(store, sub_id, "Work", ["Home", "Family"])
    icloud.cut_next(1, method="REPORT")
    assert api.sync(store, client_factory=client_factory).ok
    with pytest.raises(AuthFailed):
        api.connect(store, sub_id, icloud.apple_id, "wrong-one", icloud.url,
                    client_factory=client_factory)
    text = caplog.text
    assert text  # something was logged
    assert icloud.password not in text and "wrong-one" not in text
    assert "Authorization" not in text and "Basic " not in text
    assert "BEGIN:VCALENDAR" not in text and "BEGIN:VEVENT" not in text
