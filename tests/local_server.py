"""The demo's Radicale (jumpadesk.demo.server) with what only tests need.

`CalDAVTestServer` adds a WSGI layer in front of Radicale (tests/icloud_server.py's
iCloud layer, the benchmarks' request counter), more listening sockets (the partition
host on 127.0.0.2), accounts added and passwords changed while it runs, and a context
manager. `cut_short()` is an answer that breaks off mid-way, as a dropped connection
does. `HTTPRequester` sends plain DAV requests over a socket, as a client would.
"""

from __future__ import annotations

import http.client
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from jumpadesk.demo.server import (
    DAVRequester,
    DAVResponse,
    Listener,
    LocalAccount,
    LocalCalDAVServer,
)

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]


class CalDAVTestServer(LocalCalDAVServer):
    """LocalCalDAVServer, optionally behind `wsgi_wrapper`, with test controls.

    `wsgi_wrapper` wraps the Radicale app before it is served; `wsgi_app` stays the
    unwrapped app, so requests sent to it in-process (seeding, "the phone") go past it.
    """

    def __init__(
        self,
        folder: Path,
        accounts: Iterable[LocalAccount],
        host: str = "127.0.0.1",
        port: int = 0,
        wsgi_wrapper: Callable[[WSGIApp], WSGIApp] | None = None,
        *,
        realm: str | None = None,
    ) -> None:
        if realm is not None:
            self.realm = realm  # before Radicale is built: it reads the realm then
        super().__init__(folder, accounts, host, port)
        self._served: WSGIApp = wsgi_wrapper(self.wsgi_app) if wsgi_wrapper else self.wsgi_app
        self._more_listeners: list[Listener] = []

    def served_app(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        return self._served(environ, start_response)

    def put_in_front(self, wrapper: Callable[[WSGIApp], WSGIApp]) -> None:
        """One more WSGI layer in front of everything served (tests/hostile_listing.py);
        requests sent in-process to `wsgi_app` still go past it."""
        with self._lock:
            self._served = wrapper(self._served)

    def add_listener(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Serve what start() serves on one more socket; returns its URL."""
        with self._lock:
            listener = Listener(self.served_app, host, port)
            self._more_listeners.append(listener)
            return listener.url

    def stop(self) -> None:
        with self._lock:
            listeners, self._more_listeners = self._more_listeners, []
        for listener in listeners:
            listener.stop()
        super().stop()

    def __enter__(self) -> CalDAVTestServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def add_account(self, account: LocalAccount) -> None:
        with self._lock:
            self._passwords[account.user] = account.password
            self._write_users()

    def set_password(self, user: str, password: str) -> None:
        """Change a password at once (as an Apple ID password change revokes app passwords)."""
        with self._lock:
            if user not in self._passwords:
                raise KeyError(user)
            self._passwords[user] = password
            self._write_users()


def cut_short(body: bytes, keep: int | None) -> Iterator[bytes]:
    """A WSGI answer body that breaks off: the status line, the headers and the first
    `keep` bytes of `body` go out, then the connection closes. With `keep` None not even
    the status line goes out. (wsgiref takes ConnectionAbortedError for a client that went
    away: it stops quietly and the server closes the socket.)"""
    if keep is not None:
        yield body[:keep]  # even b"" sends the status line and headers
    raise ConnectionAbortedError("connection cut on purpose")


class HTTPRequester(DAVRequester):
    """DAVRequester over a real socket. `base_url` is e.g. "http://127.0.0.1:8000/";
    paths are server paths or absolute URLs on that server."""

    def __init__(self, base_url: str, user: str, password: str) -> None:
        super().__init__(self._no_app, user, password)  # requests go over the socket
        self.base_url = base_url

    @staticmethod
    def _no_app(environ: dict, start_response: Callable) -> Iterable[bytes]:
        raise RuntimeError("HTTPRequester sends over HTTP, never in-process")

    def _send(self, method: str, path: str, data: bytes, headers: dict) -> DAVResponse:
        base = urlsplit(self.base_url)
        conn = http.client.HTTPConnection(base.hostname or "127.0.0.1", base.port, timeout=30)
        try:
            conn.request(method, path, body=data, headers=headers)
            answer = conn.getresponse()
            return DAVResponse(
                answer.status, {k.lower(): v for k, v in answer.getheaders()}, answer.read()
            )
        finally:
            conn.close()
