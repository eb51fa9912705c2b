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
import logging
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol, TypedDict
from urllib.parse import urlsplit

from caldav.davclient import DAVClient
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
from jumpadesk.language import translate
from jumpadesk.sync import davxml
from jumpadesk.sync import http_words as words
from jumpadesk.sync.http_watch import Watch, watch_connections, watched
from jumpadesk.sync.servers import is_loopback, password_may_go_to

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
        raise InputError(translate("sync", "\"{typed}\" is not a server address; iCloud's is "
                                           "https://caldav.icloud.com/.").format(typed=url))
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InputError(translate("sync", "jumpadesk only connects to calendar servers over "
                                           "https://, so that the password cannot be read on "
                                           "the way; {host} was given with http://.").format(
            host=parts.hostname))
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


class _Reading:
    """A 207 answer read as it arrives (davxml.MultistatusReader), one per try. A body
    that stops being readable XML is read to its end all the same (the try is not cut
    short for it) and is unreadable at `finish`."""

    def __init__(self, on_response: Callable[[davxml.DavResponse], None] | None) -> None:
        self._on_response = on_response
        self._reader: davxml.MultistatusReader | None = None

    def start(self) -> None:
        self._reader = davxml.MultistatusReader(self._on_response)

    def feed(self, chunk: bytes) -> None:
        if self._reader is None:
            return
        try:
            self._reader.feed(chunk)
        except davxml.BadMultistatus:
            pass  # kept by the reader: finish() raises it

    def finish(self) -> davxml.Multistatus:
        # Asked only of a 207 answer, which start() met first (CalDAVClient._send).
        assert self._reader is not None, "finish() before start()"
        return self._reader.close()


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
        self._dav = DAVClient(
            url=self.server_url,
            username=username,
            password=password,
            auth_type="basic",
            enable_rfc6764=False,
            timeout=int(timeout),
            ssl_verify_cert=verify,
        )
        watch_connections(self._dav.session)
        self._verify = verify

    def close(self) -> None:
        self._dav.close()

    def __enter__(self) -> CalDAVClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check_destination(self, url: str, came_from: str = "", what: str = "") -> None:
        """ForeignHost unless the account's password may go to `url` (its own host, for
        iCloud Apple's partition hosts; never plain http after https). `came_from` is the
        address that sent jumpadesk there; `what` "home" words it as the calendars'
        home."""
        if password_may_go_to(self.server_url, url, self.username):
            return
        log.warning("refused to send credentials to %s (from %s)", words.where(url),
                    words.where(came_from or self.server_url))
        raise ForeignHost(words.elsewhere_sentence(self.server_url, url, came_from, what,
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
        on_response: Callable[[davxml.DavResponse], None] | None = None,
    ) -> Response:
        """Send one request, retrying 503/429/cut connections with backoff, within the
        method's deadline (all tries together; the waits between them not counted).

        Raises ForeignHost (the URL is not the account's host: nothing is sent),
        AuthFailed (401), ServerUnreachable, NoAnswer (nothing within the stall timeout,
        or not finished by the deadline; not retried, and the client sends nothing more),
        AnswerTooLarge, TLSFailure, ServerFailed (5xx other than 501, or retries used
        up). Other statuses are returned. With parse=True a 207 answer must be readable
        XML; one that is not raises AnswerUnreadable (not retried: it would come again).
        A 207 answer is read as it arrives, and `on_response` (which implies parse) is
        handed each of its responses as soon as it is complete: when a try fails, what
        it was handed is superseded by the next try's, and by the returned answer.
        """
        parse = parse or on_response is not None
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
                return self._attempt(method, url, body, headers, deadline - spent,
                                     _Reading(on_response) if parse else None)
            except NoAnswer as exc:
                self._not_answering = exc
                raise
            except _Transient as t:
                spent += time.monotonic() - started
                delay = max(t.retry_after, self.retry_floor, delay * 2)
                if slept + delay > self.retry_budget or spent >= deadline:
                    log.warning("%s %s: giving up after %d tries, %.0f s of retries (%s)",
                                method, words.where(url), tries, slept, t.why)
                    raise self._give_up(url, t, tries, deadline, spent) from t.error
                log.info("%s %s: %s; retrying in %.0f s", method, words.where(url), t.why, delay)
                self._sleep(delay)
                slept += delay
                self.slept += delay

    def _attempt(
        self,
        method: str,
        url: str,
        body: str | bytes | None,
        headers: Mapping[str, str] | None,
        seconds: float,
        reading: _Reading | None,
    ) -> Response:
        """One try, within `seconds`, and what its answer means: a Response, a sentence
        (AuthFailed, ServerFailed, TLSFailure, ServerUnreachable and its kinds) or
        _Transient (worth a retry). With `reading`, a 207 answer is read as it comes."""
        status, answer_headers, content = self._send(method, url, body, headers, seconds,
                                                     reading)
        resp = Response(status=status, headers=answer_headers, body=content, url=url)
        log.debug("%s %s -> %s (%d bytes)", method, words.where(url), status, len(content))
        if status in (429, 503):
            raise _Transient(
                f"HTTP {status}", retry_after=parse_retry_after(resp.header("Retry-After"))
            )
        if status == 401:
            challenge = next(
                (v for k, v in resp.headers.items() if k.lower() == "www-authenticate"), "")
            raise AuthFailed(words.auth_sentence(self.username, url, challenge))
        if status >= 500 and status != 501:  # 501: "not implemented", the caller decides
            raise ServerFailed(translate(
                "sync", "{host} answered with an error (HTTP {status}). This is on the server's "
                        "side; jumpadesk will try again at the next sync.").format(
                host=words.host_of(url), status=status))
        if reading is not None and status == 207:
            try:
                resp.multistatus = reading.finish()
            except davxml.BadMultistatus as exc:
                log.warning("%s %s: the 207 answer is not readable XML (%d bytes)",
                            method, words.where(url), len(content))
                raise AnswerUnreadable(words.unreadable_sentence(url)) from exc
        return resp

    def _send(
        self,
        method: str,
        url: str,
        body: str | bytes | None,
        headers: Mapping[str, str] | None,
        seconds: float,
        reading: _Reading | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body of one try, all of it within `seconds`; a connection
        that fails, stalls, runs out of time or answers too much says why. A 207 body is
        fed to `reading` as it arrives."""
        if seconds <= 0:
            raise NoAnswer(words.unfinished_sentence(url, self.deadline_for(method)))
        combined = dict(self._dav.headers)
        if headers:
            combined.update(headers)
        if not body:
            combined.pop("Content-Type", None)
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.requests += 1
        stall = min(self.timeout, seconds)
        started_answer = False
        with watched(seconds) as watch:
            try:
                r = self._dav.session.request(
                    method, url, data=data, headers=combined, auth=self._dav.auth,
                    timeout=(stall, stall), verify=self._verify, allow_redirects=False,
                    stream=True,
                )
                started_answer = True
                watch.attach(getattr(r.raw, "connection", None))
                if reading is not None and r.status_code == 207:
                    reading.start()
                content = self._read_answer(r, method, url, watch, reading)
            except (NoAnswer, AnswerTooLarge):
                raise
            except Exception as exc:
                failure = self._failure(exc, method, url, watch, stall, started_answer)
                if failure is exc:
                    raise
                raise failure from exc
        return int(r.status_code or 0), dict(r.headers or {}), content

    def _failure(self, exc: Exception, method: str, url: str, watch: Watch, stall: float,
                 started_answer: bool) -> Exception:
        """What a try that raised `exc` means: out of time, TLS, unreachable, silent, or
        a cut connection worth another try (_Transient); `exc` itself when it is none of
        the session's or the socket's."""
        if watch.expired:
            return self._out_of_time(method, url, started_answer)
        if isinstance(exc, http.exceptions.SSLError):
            log.warning("%s %s: TLS failed (%s)", method, words.where(url), type(exc).__name__)
            return TLSFailure(words.tls_sentence(url))
        if not isinstance(exc, (http.exceptions.RequestException, *_READ_ERRORS)):
            return exc
        names = _chain_names(exc)
        if names & _UNREACHABLE_CAUSES:
            log.warning("%s %s: unreachable (%s)", method, words.where(url), type(exc).__name__)
            return ServerUnreachable(words.unreachable_sentence(url))
        if names & _STALL_CAUSES:
            log.warning("%s %s: nothing for %.0f s (%s)", method, words.where(url), stall,
                        "mid-answer" if started_answer else "no status line")
            return NoAnswer(words.silent_sentence(url, stall, started_answer))
        return _Transient(f"connection cut ({type(exc).__name__})", error=exc)

    def _read_answer(self, r: Any, method: str, url: str, watch: Watch,
                     reading: _Reading | None = None) -> bytes:
        """The answer's body, read as a stream: dropped past the cap (a Content-Length
        over it is refused before any of it is read) or past the deadline; each piece
        fed to `reading` as it arrives."""
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
            if reading is not None:
                reading.feed(chunk)
            if len(content) > cap:
                r.close()
                raise self._too_large(url, len(content))
            if watch.passed():
                r.close()
                raise self._out_of_time(method, url, True)
        return bytes(content)

    def _too_large(self, url: str, seen: int) -> AnswerTooLarge:
        log.warning("%s: answer over %d bytes (%d seen or declared); not read further",
                    words.where(url), self.max_answer_bytes, seen)
        return AnswerTooLarge(words.too_large_sentence(url, self.max_answer_bytes))

    def _out_of_time(self, method: str, url: str, started_answer: bool) -> NoAnswer:
        """The deadline passed: before the status line and headers were complete, the
        server did not answer; after, it answered too slowly."""
        deadline = self.deadline_for(method)
        log.warning("%s %s: not finished within %.0f s (%s)", method, words.where(url), deadline,
                    "answer under way" if started_answer else "no status line yet")
        if not started_answer:
            return NoAnswer(words.silent_sentence(url, deadline))
        return NoAnswer(words.unfinished_sentence(url, deadline))

    def _give_up(self, url: str, t: _Transient, tries: int, deadline: float,
                 spent: float) -> Exception:
        if t.why.startswith("HTTP"):
            return ServerFailed(translate(
                "sync", "{host} is busy ({why}) and did not recover within {seconds} seconds; "
                        "jumpadesk will try again at the next sync.").format(
                host=words.host_of(url), why=t.why, seconds=f"{self.retry_budget:.0f}"))
        if spent >= deadline:
            return NoAnswer(words.unfinished_sentence(url, deadline))
        return ServerUnreachable(translate(
            "sync", "The connection to {host} kept breaking off before the answer was complete "
                    "({tries} tries), so jumpadesk gave up for now. Check the internet "
                    "connection; jumpadesk will try again at the next sync.").format(
            host=words.host_of(url), tries=tries))

    # -- WebDAV verbs ------------------------------------------------------------------

    def propfind(self, url: str, body: str, depth: str = "0") -> Response:
        return self.request(
            "PROPFIND",
            url,
            body,
            {"Depth": depth, "Content-Type": "application/xml; charset=utf-8"},
            parse=True,
        )

    def report(
        self, url: str, body: str, depth: str | None = "1",
        on_response: Callable[[davxml.DavResponse], None] | None = None,
    ) -> Response:
        """A REPORT; `on_response` is handed each response of its answer as it arrives."""
        headers = {"Content-Type": "application/xml; charset=utf-8"}
        if depth is not None:
            headers["Depth"] = depth
        return self.request("REPORT", url, body, headers, parse=True, on_response=on_response)

    def get(self, url: str) -> Response:
        return self.request("GET", url, None, {"Accept": "text/calendar"})

    def put(self, url: str, ics: str, headers: Mapping[str, str]) -> Response:
        combined = {"Content-Type": "text/calendar; charset=utf-8"}
        combined.update(headers)
        return self.request("PUT", url, ics, combined)

    def delete(self, url: str, headers: Mapping[str, str]) -> Response:
        return self.request("DELETE", url, None, headers)


ClientFactory = Callable[[str, str, str], CalDAVClient]


class Limits(TypedDict, total=False):
    """Overrides of a client's stall timeout and deadlines (seconds)."""

    timeout: float
    listing_deadline: float
    item_deadline: float


def limits_from_env() -> Limits:
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


def client_for(conn: StoredConnection, factory: ClientFactory | None = None) -> CalDAVClient:
    """A client for a stored connection, signed in with the keychain's password; the one
    way every part of the sync layer gets one."""
    password = secrets.get_password(conn.server_url, conn.apple_id)
    if not password:
        raise words.password_missing(conn.apple_id, conn.server_url)
    return (factory or default_client_factory)(conn.server_url, conn.apple_id, password)
