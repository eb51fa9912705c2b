"""HTTP to a CalDAV server: Basic auth, retries with backoff, one sentence per failure.

Built on the caldav library's DAVClient for the session and the auth object; requests
go through its niquests session directly, so every status (a bare 403, a 412) reaches
the caller and nothing logs a body or a header. Tests inject `sleep` so that backoff
costs no real time, and read `requests` to count what a pass cost.

Every request is bounded: it goes only where the account's password may go
(servers.password_may_go_to), it has one deadline for all of its tries (a watch closes
the connection when it passes, so a server that trickles its headers or its body a byte
at a time cannot hold it), a stall timeout for a server that sends nothing, and a cap
on the size of its answer, which is read as a stream and dropped past the cap.
"""

from __future__ import annotations

import email.utils
import functools
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

import caldav
from caldav.lib.http_sync import requests as http

from jumpadesk import secrets
from jumpadesk.errors import (
    AnswerTooLarge,
    AnswerUnreadable,
    AuthFailed,
    ForeignHost,
    InputError,
    NoAnswer,
    ServerFailed,
    ServerUnreachable,
    TLSFailure,
)
from jumpadesk.sync import davxml
from jumpadesk.sync.servers import is_icloud, is_loopback, password_may_go_to

log = logging.getLogger("jumpadesk.sync.client")

# Backoff for 503, 429 and cut connections: the larger of Retry-After and this floor,
# doubling each time, never sleeping more than RETRY_BUDGET seconds in all.
RETRY_FLOOR = 2.0
RETRY_BUDGET = 30.0
# Nothing at all from the server for this long: it is not answering (never retried).
TIMEOUT = 30.0
# All the tries of one request together, from the first byte sent to the last byte read
# (the waits between tries are RETRY_BUDGET's): a listing or report may be long, one
# event's GET, PUT or DELETE is short.
LISTING_DEADLINE = 60.0
ITEM_DEADLINE = 30.0
_LISTING_METHODS = frozenset({"PROPFIND", "REPORT"})
# The most one answer may hold; a calendar's largest sync answer is a few MB.
MAX_ANSWER_BYTES = 100 * 1024 * 1024
_CHUNK = 64 * 1024
# Shorter deadlines for tests and benchmarks that run the real command line against a
# server that misbehaves: every deadline and the stall timeout become this many seconds.
DEADLINE_ENV = "JUMPADESK_REQUEST_DEADLINE"

_UNREACHABLE_CAUSES = {
    "NewConnectionError",
    "NameResolutionError",
    "ConnectionRefusedError",
    "gaierror",
    "ConnectTimeoutError",
    "ConnectTimeout",
}
# Nothing arrived within the stall timeout (before the status line or mid-body).
_STALL_CAUSES = {"ReadTimeoutError", "ReadTimeout", "TimeoutError", "timeout"}
# What a body read that breaks off may raise besides the session's own exceptions.
_READ_ERRORS = (OSError, ValueError)


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


# -- the deadline of one try ------------------------------------------------------------

_watching = threading.local()  # the _Watch of the try running on this thread, if any


class _Watch:
    """The deadline of one try. When it passes, the connection the try uses is closed
    from a timer thread: a read blocked on a server that sends a byte now and then
    wakes at once and fails, whichever phase it is in (status line, headers, body)."""

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self.started = time.monotonic()
        self.ends = self.started + seconds
        self._connections: list[Any] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, seconds), self._expire)
        self._timer.daemon = True
        self._timer.start()

    def attach(self, connection: Any) -> None:
        if connection is None:
            return
        with self._lock:
            if connection not in self._connections:
                self._connections.append(connection)
            expired = self.expired
        if expired:
            _close_quietly(connection)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            connections = list(self._connections)
        for connection in connections:
            _close_quietly(connection)

    def passed(self) -> bool:
        return self.expired or time.monotonic() >= self.ends

    def cancel(self) -> None:
        self._timer.cancel()


def _close_quietly(connection: Any) -> None:
    try:
        connection.close()
    except Exception:  # closing from another thread may race the reader; it is closed
        log.debug("closing a connection at its deadline failed", exc_info=True)


@functools.cache
def _watched_pool(base: type) -> type:
    """`base` (a urllib3 connection pool class) whose connections join the running
    try's watch just before each request goes out on them."""

    def _validate_conn(self: Any, conn: Any) -> None:
        watch = getattr(_watching, "watch", None)
        if watch is not None:
            watch.attach(conn)
        base._validate_conn(self, conn)

    return type(f"Watched{base.__name__}", (base,), {"_validate_conn": _validate_conn})


def _watch_connections(session: Any) -> None:
    """Make the session's pools hand every connection to the running try's watch."""
    for adapter in getattr(session, "adapters", {}).values():
        manager = getattr(adapter, "poolmanager", None)
        classes = getattr(manager, "pool_classes_by_scheme", None)
        if manager is None or not isinstance(classes, dict):
            continue
        manager.pool_classes_by_scheme = {
            scheme: _watched_pool(cls) for scheme, cls in classes.items()
        }


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
    """One account's HTTP conversation with its CalDAV server.

    `timeout` is the stall timeout (nothing at all from the server for that long);
    `listing_deadline` bounds a PROPFIND or REPORT and `item_deadline` a GET, PUT or
    DELETE, all tries together; `max_answer_bytes` caps one answer."""

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
        listing_deadline: float = LISTING_DEADLINE,
        item_deadline: float = ITEM_DEADLINE,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
        verify: bool | str = True,
    ) -> None:
        self.server_url = check_server_url(server_url)
        self.username = username
        self._sleep = sleep
        self.retry_floor = retry_floor
        self.retry_budget = retry_budget
        self.timeout = timeout
        self.listing_deadline = listing_deadline
        self.item_deadline = item_deadline
        self.max_answer_bytes = max_answer_bytes
        self.requests = 0  # every HTTP attempt, retries included
        self.slept = 0.0
        # Depth for sync-collection: RFC 6578 says 0; fall back to 1 once if refused.
        self.sync_depth = "0"
        # Set once the server let a request run out of time: the rest of this client's
        # requests are not sent (each would wait as long again).
        self._not_answering: NoAnswer | None = None
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
        _watch_connections(self._dav.session)
        self._verify = verify

    def close(self) -> None:
        self._dav.close()

    def __enter__(self) -> CalDAVClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def url(self, base: str, href: str) -> str:
        return urljoin(base, href)

    def check_destination(self, url: str, came_from: str = "", what: str = "") -> None:
        """ForeignHost unless the account's password may go to `url` (its own host, for
        iCloud Apple's partition hosts; never plain http after https). `came_from` is the
        address that sent jumpadesk there; `what` "home" words it as the calendars'
        home."""
        if password_may_go_to(self.server_url, url, self.username):
            return
        log.warning("refused to send credentials to %s (from %s)", _where(url),
                    _where(came_from or self.server_url))
        raise ForeignHost(_elsewhere_sentence(self.server_url, url, came_from, what,
                                              self.username))

    def deadline_for(self, method: str) -> float:
        return (self.listing_deadline if method.upper() in _LISTING_METHODS
                else self.item_deadline)

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
        """Send one request, retrying 503/429/cut connections with backoff, within the
        method's deadline (all tries together; the waits between them not counted).

        Raises ForeignHost (the URL is not the account's host: nothing is sent),
        AuthFailed (401), ServerUnreachable, NoAnswer (nothing within the stall timeout,
        or not finished by the deadline; not retried, and the client sends nothing more),
        AnswerTooLarge, TLSFailure, ServerFailed (5xx other than 501, or retries used
        up). Other statuses are returned. With parse=True a 207 answer must be readable
        XML; one that is not raises AnswerUnreadable (not retried: it would come again).
        """
        self.check_destination(url)
        if self._not_answering is not None:
            raise NoAnswer(str(self._not_answering))
        deadline = self.deadline_for(method)
        spent = 0.0  # on the network, by this request's tries
        delay = 0.0
        slept = 0.0
        tries = 0
        while True:
            tries += 1
            started = time.monotonic()
            try:
                return self._attempt(method, url, body, headers, parse, deadline - spent)
            except NoAnswer as exc:
                self._not_answering = exc
                raise
            except _Transient as t:
                spent += time.monotonic() - started
                delay = max(t.retry_after, self.retry_floor, delay * 2)
                if slept + delay > self.retry_budget or spent >= deadline:
                    log.warning("%s %s: giving up after %d tries, %.0f s of retries (%s)",
                                method, _where(url), tries, slept, t.why)
                    raise self._give_up(url, t, tries, deadline, spent) from t.error
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
        seconds: float,
    ) -> Response:
        """One try, within `seconds`, and what its answer means: a Response, a sentence
        (AuthFailed, ServerFailed, TLSFailure, ServerUnreachable and its kinds) or
        _Transient (worth a retry)."""
        status, answer_headers, content = self._send(method, url, body, headers, seconds)
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
                log.warning("%s %s: the 207 answer is not readable XML (%d bytes)",
                            method, _where(url), len(content))
                raise AnswerUnreadable(
                    f"{_host(url)} sent an answer jumpadesk could not read (not the "
                    "calendar data it asked for), a fault on the server's side; "
                    "jumpadesk will try again at the next sync."
                ) from exc
        return resp

    def _send(
        self,
        method: str,
        url: str,
        body: str | bytes | None,
        headers: Mapping[str, str] | None,
        seconds: float,
    ) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body of one try, all of it within `seconds`; a connection
        that fails, stalls, runs out of time or answers too much says why."""
        if seconds <= 0:
            raise NoAnswer(_unfinished_sentence(url, self.deadline_for(method)))
        combined = dict(self._dav.headers)
        if headers:
            combined.update(headers)
        if not body:
            combined.pop("Content-Type", None)
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.requests += 1
        stall = min(self.timeout, seconds)
        watch = _Watch(seconds)
        _watching.watch = watch
        started_answer = False
        try:
            r = self._dav.session.request(
                method,
                url,
                data=data,
                headers=combined,
                auth=self._dav.auth,
                timeout=(stall, stall),
                verify=self._verify,
                allow_redirects=False,
                stream=True,
            )
            started_answer = True
            watch.attach(getattr(r.raw, "connection", None))
            content = self._read_answer(r, method, url, watch)
        except (NoAnswer, AnswerTooLarge):
            raise
        except http.exceptions.SSLError as exc:
            if watch.expired:
                raise self._out_of_time(method, url, started_answer) from exc
            log.warning("%s %s: TLS failed (%s)", method, _where(url), type(exc).__name__)
            raise TLSFailure(
                f"The secure connection to {_host(url)} could not be set up or verified. "
                "Check that the computer's date and time are right and that no network "
                "filter or proxy intercepts secure connections."
            ) from exc
        except Exception as exc:
            if watch.expired:
                raise self._out_of_time(method, url, started_answer) from exc
            if not isinstance(exc, (http.exceptions.RequestException, *_READ_ERRORS)):
                raise
            names = _chain_names(exc)
            if names & _UNREACHABLE_CAUSES:
                log.warning("%s %s: unreachable (%s)", method, _where(url), type(exc).__name__)
                raise ServerUnreachable(_unreachable_sentence(url)) from exc
            if names & _STALL_CAUSES:
                log.warning("%s %s: nothing for %.0f s (%s)", method, _where(url), stall,
                            "mid-answer" if started_answer else "no status line")
                raise NoAnswer(_silent_sentence(url, stall, started_answer)) from exc
            raise _Transient(f"connection cut ({type(exc).__name__})", error=exc) from exc
        finally:
            watch.cancel()
            _watching.watch = None
        return int(r.status_code or 0), dict(r.headers or {}), content

    def _read_answer(self, r: Any, method: str, url: str, watch: _Watch) -> bytes:
        """The answer's body, read as a stream: dropped past the cap (a Content-Length
        over it is refused before any of it is read) or past the deadline."""
        cap = self.max_answer_bytes
        try:
            declared = int(r.headers.get("Content-Length") or 0)
        except ValueError:
            declared = 0
        if declared > cap:
            r.close()
            raise self._too_large(url, declared)
        content = bytearray()
        for chunk in r.iter_content(chunk_size=_CHUNK):
            content += chunk
            if len(content) > cap:
                r.close()
                raise self._too_large(url, len(content))
            if watch.passed():
                r.close()
                raise self._out_of_time(method, url, True)
        return bytes(content)

    def _too_large(self, url: str, seen: int) -> AnswerTooLarge:
        log.warning("%s: answer over %d bytes (%d seen or declared); not read further",
                    _where(url), self.max_answer_bytes, seen)
        return AnswerTooLarge(
            f"{_host(url)} sent more than {_megabytes(self.max_answer_bytes)} MB for one "
            "answer, so jumpadesk stopped reading it (no calendar needs that much: most "
            "likely a fault on the server); jumpadesk will try again at the next sync."
        )

    def _out_of_time(self, method: str, url: str, started_answer: bool) -> NoAnswer:
        """The deadline passed: before the status line and headers were complete, the
        server did not answer; after, it answered too slowly."""
        deadline = self.deadline_for(method)
        log.warning("%s %s: not finished within %.0f s (%s)", method, _where(url), deadline,
                    "answer under way" if started_answer else "no status line yet")
        if not started_answer:
            return NoAnswer(_silent_sentence(url, deadline))
        return NoAnswer(_unfinished_sentence(url, deadline))

    def _give_up(self, url: str, t: _Transient, tries: int, deadline: float,
                 spent: float) -> Exception:
        if t.why.startswith("HTTP"):
            return ServerFailed(
                f"{_host(url)} is busy ({t.why}) and did not recover within "
                f"{self.retry_budget:.0f} seconds; jumpadesk will try again at the next sync."
            )
        if spent >= deadline:
            return NoAnswer(_unfinished_sentence(url, deadline))
        return ServerUnreachable(
            f"The connection to {_host(url)} kept breaking off before the answer was "
            f"complete ({tries} tries), so jumpadesk gave up for now. Check the internet "
            "connection; jumpadesk will try again at the next sync."
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


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


def _silent_sentence(url: str, seconds: float, midway: bool = False) -> str:
    what = (f"stopped sending halfway through its answer for {seconds:.0f} seconds" if midway
            else f"did not answer within {seconds:.0f} seconds")
    return (
        f"{_host(url)} {what}, so jumpadesk stopped waiting (the server may be down or "
        "overloaded); jumpadesk will try again at the next sync."
    )


def _unfinished_sentence(url: str, seconds: float) -> str:
    return (
        f"{_host(url)} had not finished its answer after {seconds:.0f} seconds (it was "
        "sending very slowly), so jumpadesk stopped waiting; jumpadesk will try again at "
        "the next sync."
    )


def _elsewhere_sentence(server_url: str, url: str, came_from: str, what: str,
                        account: str) -> str:
    """Why the password was not sent to `url`, and what the person can do."""
    parts = urlsplit(url)
    target = parts.hostname or url
    origin = _host(came_from or server_url)
    home = _host(server_url)
    if parts.scheme == "http" and urlsplit(server_url).scheme == "https":
        return (
            f"{origin} sent jumpadesk to an address that is not secure (http://{target}); "
            "jumpadesk will not send the password there, so nothing was read from it."
        )
    if parts.scheme not in ("http", "https"):
        return (f"{origin} sent jumpadesk to an address it cannot use ({parts.scheme}:); "
                "nothing was sent there.")
    if what == "home":
        head = (f"{origin} says the calendars of {account or 'this account'} are on "
                f"{target}, which is not {home}, the server this account was connected with")
    else:
        head = (f"{origin} sent jumpadesk on to {target}, which is not {home}, the server "
                "this account was connected with")
    return (
        f"{head}; jumpadesk does not send the password to another server, so nothing was "
        f"read there. If the calendars really are on {target}, connect the account again "
        f"with https://{target}/ as the server address."
    )


def _unreachable_sentence(url: str) -> str:
    return (
        f"jumpadesk could not reach {_host(url)}. Check the internet connection; "
        "jumpadesk will try again at the next sync."
    )


ClientFactory = Callable[[str, str, str], CalDAVClient]


def limits_from_env() -> dict[str, float]:
    """Deadline overrides from JUMPADESK_REQUEST_DEADLINE (seconds; for tests and the
    benchmarks that run the command line against a misbehaving server)."""
    value = os.environ.get(DEADLINE_ENV, "").strip()
    try:
        seconds = float(value) if value else 0.0
    except ValueError:
        seconds = 0.0
    if seconds <= 0:
        return {}
    return {"timeout": seconds, "listing_deadline": seconds, "item_deadline": seconds}


def default_client_factory(server_url: str, apple_id: str, password: str) -> CalDAVClient:
    return CalDAVClient(server_url, apple_id, password, **limits_from_env())


class StoredConnection(Protocol):
    """What a client needs of a stored connection (models.Connection)."""

    server_url: str
    apple_id: str


def password_missing(apple_id: str, server_url: str = "") -> AuthFailed:
    """The keychain lost the password: the account shows "password no longer accepted"
    and the window offers to reconnect, as for a password the server refused. Worded
    for the server in use: app-specific passwords are iCloud's."""
    from jumpadesk.sync.servers import is_icloud, service_name

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
