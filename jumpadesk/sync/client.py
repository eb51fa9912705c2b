"""HTTP to a CalDAV server: Basic auth, retries with backoff, one sentence per failure.

Built on the caldav library's DAVClient for the session and the auth object; requests
go through its niquests session directly, so every status (a bare 403, a 412) reaches
the caller and nothing logs a body or a header. Tests inject `sleep` so that backoff
costs no real time, and read `requests` to count what a pass cost.
"""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import caldav
from caldav.lib.http_sync import requests as http

from jumpadesk import secrets
from jumpadesk.errors import (
    AuthFailed,
    InputError,
    ServerFailed,
    ServerUnreachable,
    TLSFailure,
)
from jumpadesk.sync import davxml
from jumpadesk.sync.servers import is_icloud
from jumpadesk.wording import password_kept_until_quit

log = logging.getLogger("jumpadesk.sync.client")

# Backoff for 503, 429 and cut connections: the larger of Retry-After and this floor,
# doubling each time, never sleeping more than RETRY_BUDGET seconds in all.
RETRY_FLOOR = 2.0
RETRY_BUDGET = 30.0
TIMEOUT = 30.0

_UNREACHABLE_CAUSES = {
    "NewConnectionError",
    "NameResolutionError",
    "ConnectionRefusedError",
    "gaierror",
    "ConnectTimeoutError",
    "ConnectTimeout",
}


def auth_sentence(apple_id: str = "", url: str = "", challenge: str = "") -> str:
    """The 401 in words; about app-specific passwords only when the server is iCloud."""
    who = f" for {apple_id}" if apple_id else ""
    if not is_icloud(url, challenge, apple_id):
        return (
            f"{_host(url)} did not accept the user name and password{who}. Check both and "
            "connect again; if the server asks for an app password (many do when two-factor "
            "sign-in is on), make one in its settings and use that."
        )
    return (
        f"iCloud did not accept the Apple ID and password{who}. iCloud needs an "
        "app-specific password here, not your Apple ID password: make one at "
        "appleid.apple.com (Sign-In and Security, App-Specific Passwords) and connect "
        "again. App-specific passwords also stop working when the Apple ID password changes."
    )


def is_loopback(host: str) -> bool:
    host = (host or "").strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_server_url(url: str) -> str:
    """The URL to use, or InputError: https only, except plain http on this computer.

    A bare host ("caldav.fastmail.com", "localhost:5232/dav") gets https://, or http://
    when it is this computer (a server run locally rarely has a certificate)."""
    url = (url or "").strip()
    if url and "://" not in url and not url.startswith("/"):
        host = urlsplit("//" + url).hostname or ""
        url = ("http://" if is_loopback(host) else "https://") + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(
            f'"{url}" is not a server address; iCloud\'s is https://caldav.icloud.com/.'
        )
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InputError(
            f"jumpadesk only connects to calendar servers over https://, so that the "
            f"password cannot be read on the way; {parts.hostname} was given with http://."
        )
    if not parts.path:
        url += "/"
    return url


@dataclass
class Response:
    status: int
    headers: Mapping[str, str]
    body: bytes
    url: str
    multistatus: davxml.Multistatus | None = None

    def header(self, name: str) -> str:
        return self.headers.get(name, "") or ""

    @property
    def etag(self) -> str:
        return self.header("ETag")

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


class _Transient(Exception):
    def __init__(self, why: str, retry_after: float = 0.0, error: Exception | None = None):
        super().__init__(why)
        self.why = why
        self.retry_after = retry_after
        self.error = error


def _chain_names(exc: BaseException | None) -> set[str]:
    names: set[str] = set()
    seen = 0
    while exc is not None and seen < 10:
        names.add(type(exc).__name__)
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return names


def parse_retry_after(value: str, now: datetime | None = None) -> float:
    value = (value or "").strip()
    if not value:
        return 0.0
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0.0
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class CalDAVClient:
    """One account's HTTP conversation with its CalDAV server."""

    def __init__(
        self,
        server_url: str,
        username: str,
        password: str,
        *,
        sleep: Callable[[float], None] = time.sleep,
        retry_floor: float = RETRY_FLOOR,
        retry_budget: float = RETRY_BUDGET,
        timeout: float = TIMEOUT,
        verify: bool | str = True,
    ) -> None:
        self.server_url = check_server_url(server_url)
        self.username = username
        self._sleep = sleep
        self.retry_floor = retry_floor
        self.retry_budget = retry_budget
        self.requests = 0  # every HTTP attempt, retries included
        self.slept = 0.0
        # Depth for sync-collection: RFC 6578 says 0; fall back to 1 once if refused.
        self.sync_depth = "0"
        # Basic from the first request: iCloud offers it, and it saves a 401 per pass.
        self._dav = caldav.DAVClient(
            url=self.server_url,
            username=username,
            password=password,
            auth_type="basic",
            enable_rfc6764=False,
            timeout=int(timeout),
            ssl_verify_cert=verify,
        )
        self._timeout = timeout
        self._verify = verify

    def close(self) -> None:
        self._dav.close()

    def __enter__(self) -> CalDAVClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def url(self, base: str, href: str) -> str:
        return urljoin(base, href)

    # -- the one way out -------------------------------------------------------------

    def request(
        self,
        method: str,
        url: str,
        body: str | bytes | None = None,
        headers: Mapping[str, str] | None = None,
        *,
        parse: bool = False,
    ) -> Response:
        """Send one request, retrying 503/429/cut connections with backoff.

        Raises AuthFailed (401), ServerUnreachable, TLSFailure, ServerFailed (5xx other
        than 501, or retries used up). Other statuses are returned. With parse=True a 207 answer
        must be readable XML; one that is not (cut off) counts as a cut connection.
        """
        delay = 0.0
        slept = 0.0
        while True:
            try:
                return self._attempt(method, url, body, headers, parse)
            except _Transient as t:
                delay = max(t.retry_after, self.retry_floor, delay * 2)
                if slept + delay > self.retry_budget:
                    log.warning("%s %s: giving up after %.0f s of retries (%s)",
                                method, _where(url), slept, t.why)
                    raise self._give_up(url, t) from t.error
                log.info("%s %s: %s; retrying in %.0f s", method, _where(url), t.why, delay)
                self._sleep(delay)
                slept += delay
                self.slept += delay

    def _attempt(
        self,
        method: str,
        url: str,
        body: str | bytes | None,
        headers: Mapping[str, str] | None,
        parse: bool,
    ) -> Response:
        """One request and what its answer means: a Response, a sentence (AuthFailed,
        ServerFailed, TLSFailure, ServerUnreachable) or _Transient (worth a retry)."""
        status, answer_headers, content = self._send(method, url, body, headers)
        resp = Response(status=status, headers=answer_headers, body=content, url=url)
        log.debug("%s %s -> %s (%d bytes)", method, _where(url), status, len(content))
        if status in (429, 503):
            raise _Transient(
                f"HTTP {status}", retry_after=parse_retry_after(resp.header("Retry-After"))
            )
        if status == 401:
            challenge = next(
                (v for k, v in resp.headers.items() if k.lower() == "www-authenticate"), "")
            raise AuthFailed(auth_sentence(self.username, url, challenge))
        if status >= 500 and status != 501:  # 501: "not implemented", the caller decides
            raise ServerFailed(
                f"{_host(url)} answered with an error (HTTP {status}). This is on the "
                "server's side; jumpadesk will try again at the next sync."
            )
        if parse and status == 207:
            try:
                resp.multistatus = davxml.parse_multistatus(content)
            except davxml.BadMultistatus as exc:
                raise _Transient("unreadable answer (cut off?)", error=exc) from exc
        return resp

    def _send(
        self,
        method: str,
        url: str,
        body: str | bytes | None,
        headers: Mapping[str, str] | None,
    ) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body of one request; a connection that fails says why."""
        combined = dict(self._dav.headers)
        if headers:
            combined.update(headers)
        if not body:
            combined.pop("Content-Type", None)
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.requests += 1
        try:
            r = self._dav.session.request(
                method,
                url,
                data=data,
                headers=combined,
                auth=self._dav.auth,
                timeout=self._timeout,
                verify=self._verify,
                allow_redirects=False,
            )
            content = r.content or b""
        except http.exceptions.SSLError as exc:
            log.warning("%s %s: TLS failed (%s)", method, _where(url), type(exc).__name__)
            raise TLSFailure(
                f"The secure connection to {_host(url)} could not be set up or verified. "
                "Check that the computer's date and time are right and that no network "
                "filter or proxy intercepts secure connections."
            ) from exc
        except http.exceptions.RequestException as exc:
            names = _chain_names(exc)
            if names & _UNREACHABLE_CAUSES:
                log.warning("%s %s: unreachable (%s)", method, _where(url), type(exc).__name__)
                raise ServerUnreachable(_unreachable_sentence(url)) from exc
            raise _Transient(f"connection cut ({type(exc).__name__})", error=exc) from exc
        return int(r.status_code or 0), dict(r.headers or {}), content

    def _give_up(self, url: str, t: _Transient) -> Exception:
        if t.why.startswith("HTTP"):
            return ServerFailed(
                f"{_host(url)} is busy ({t.why}) and did not recover within "
                f"{self.retry_budget:.0f} seconds; jumpadesk will try again at the next sync."
            )
        return ServerUnreachable(
            f"The connection to {_host(url)} kept breaking off, so jumpadesk gave up after "
            f"{self.retry_budget:.0f} seconds. Check the internet connection; jumpadesk "
            "will try again at the next sync."
        )

    # -- WebDAV verbs ------------------------------------------------------------------

    def propfind(self, url: str, body: str, depth: str = "0") -> Response:
        return self.request(
            "PROPFIND",
            url,
            body,
            {"Depth": depth, "Content-Type": "application/xml; charset=utf-8"},
            parse=True,
        )

    def report(self, url: str, body: str, depth: str | None = "1") -> Response:
        headers = {"Content-Type": "application/xml; charset=utf-8"}
        if depth is not None:
            headers["Depth"] = depth
        return self.request("REPORT", url, body, headers, parse=True)

    def get(self, url: str) -> Response:
        return self.request("GET", url, None, {"Accept": "text/calendar"})

    def put(self, url: str, ics: str, headers: Mapping[str, str]) -> Response:
        combined = {"Content-Type": "text/calendar; charset=utf-8"}
        combined.update(headers)
        return self.request("PUT", url, ics, combined)

    def delete(self, url: str, headers: Mapping[str, str]) -> Response:
        return self.request("DELETE", url, None, headers)


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def _where(url: str) -> str:
    """For logs: host and path, never credentials or a query string."""
    parts = urlsplit(url)
    return f"{parts.hostname}{parts.path}"


def _unreachable_sentence(url: str) -> str:
    return (
        f"jumpadesk could not reach {_host(url)}. Check the internet connection; "
        "jumpadesk will try again at the next sync."
    )


ClientFactory = Callable[[str, str, str], CalDAVClient]


def default_client_factory(server_url: str, apple_id: str, password: str) -> CalDAVClient:
    return CalDAVClient(server_url, apple_id, password)


class StoredConnection(Protocol):
    """What a client needs of a stored connection (models.Connection)."""

    server_url: str
    apple_id: str


def password_missing(apple_id: str, server_url: str = "") -> AuthFailed:
    """The keychain lost the password: the account shows "password no longer accepted"
    and the window offers to reconnect, as for a password the server refused. Worded
    for the server in use: app-specific passwords are iCloud's."""
    from jumpadesk.sync.servers import is_icloud, service_name

    if server_url and secrets.kept_until_quit(server_url, apple_id):  # as the person chose
        return AuthFailed(password_kept_until_quit(apple_id,
                                                   service_name(server_url, apple_id)))
    if server_url and not is_icloud(server_url, account=apple_id):
        return AuthFailed(
            f"The password for {apple_id} on {service_name(server_url, apple_id)} is not in this "
            "computer's keychain any more. Connect the account again."
        )
    return AuthFailed(
        f"The app-specific password for {apple_id} is not in this computer's keychain any "
        "more. Connect the account again with an app-specific password from "
        "appleid.apple.com."
    )


def client_for(conn: StoredConnection, factory: ClientFactory | None = None) -> CalDAVClient:
    """A client for a stored connection, signed in with the keychain's password; the one
    way every part of the sync layer gets one."""
    password = secrets.get_password(conn.server_url, conn.apple_id)
    if not password:
        raise password_missing(conn.apple_id, conn.server_url)
    return (factory or default_client_factory)(conn.server_url, conn.apple_id, password)
