"""A WSGI layer that lets a request reach the server and then loses the answer.

The layer sits in front of the iCloud-like server (tests/icloud_server.py), outside its
iCloud layer. For the requests chosen, the server does the work first (a PUT is stored,
a DELETE deletes), and then the client hears:

- "error": an error status instead of the real answer (500 by default);
- "cut": nothing; the connection closes before the status line;
- "silence": nothing for `silence_seconds` (the client's read times out), then a cut;
- "hold": the real answer, but only once the test calls `release()` (meanwhile the test
  can pull the store away from under the waiting command).

`arrived` is set when a chosen request has been done by the server, so a test knows the
moment to act. Every request the layer took is in `lost` as (method, path, the server's
own status).
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.client import responses
from pathlib import Path
from typing import Any

from tests.icloud_server import IcloudServer
from tests.local_server import WSGIApp, cut_short

KINDS = ("error", "cut", "silence", "hold")


@dataclass
class _Rule:
    kind: str
    remaining: int
    method: str
    path: str = ""
    status: int = 500
    silence_seconds: float = 0.0

    def matches(self, method: str, path: str) -> bool:
        return method == self.method and self.path in path


@dataclass
class AnswerLoser:
    """The layer. `wrap` goes to CalDAVTestServer.put_in_front."""

    lost: list[tuple[str, str, int]] = field(default_factory=list)
    arrived: threading.Event = field(default_factory=threading.Event)
    _released: threading.Event = field(default_factory=threading.Event)
    _rules: list[_Rule] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _app: WSGIApp | None = None

    def wrap(self, app: WSGIApp) -> AnswerLoser:
        self._app = app
        return self

    def lose_next(self, method: str, kind: str = "error", count: int = 1, *, path: str = "",
                  status: int = 500, silence_seconds: float = 5.0) -> None:
        """Lose the answers to the next `count` requests of `method` (any part of the
        decoded path matching `path`), the way `kind` says."""
        if kind not in KINDS:
            raise ValueError(kind)
        self._released.clear()
        with self._lock:
            self._rules.append(_Rule(kind, count, method.upper(), path, status,
                                     silence_seconds))

    def clear(self) -> None:
        """Answer everything again, and let any held or silent answer go."""
        with self._lock:
            self._rules.clear()
        self.release()

    def release(self) -> None:
        self._released.set()

    def _take(self, method: str, path: str) -> _Rule | None:
        with self._lock:
            for rule in self._rules:
                if rule.remaining > 0 and rule.matches(method, path):
                    rule.remaining -= 1
                    if rule.remaining == 0:
                        self._rules.remove(rule)
                    return rule
        return None

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        assert self._app is not None
        method = environ["REQUEST_METHOD"].upper()
        path = environ.get("PATH_INFO", "")
        rule = self._take(method, path)
        if rule is None:
            return self._app(environ, start_response)
        status, headers, body = _call(self._app, environ)  # the server does the work
        with self._lock:
            self.lost.append((method, path, int(status.split(" ", 1)[0])))
        self.arrived.set()
        if rule.kind == "error":
            start_response(f"{rule.status} {responses.get(rule.status, 'Error')}",
                           [("Content-Type", "text/plain"), ("Content-Length", "12")])
            return [b"Server Error"]
        if rule.kind == "silence":
            self._released.wait(rule.silence_seconds)
            return cut_short(b"", None)
        if rule.kind == "hold":
            self._released.wait(120)
        elif rule.kind == "cut":
            return cut_short(b"", None)
        start_response(status, headers)
        return [body]


def _call(app: WSGIApp, environ: dict) -> tuple[str, list[tuple[str, str]], bytes]:
    started: dict[str, Any] = {}

    def start_response(status: str, headers: list, exc_info: Any = None) -> None:
        started["status"], started["headers"] = status, list(headers)

    result = app(environ, start_response)
    try:
        body = b"".join(result)
    finally:
        close = getattr(result, "close", None)
        if close is not None:
            close()
    return started["status"], started["headers"], body


@contextmanager
def icloud_losing_answers(seeded: Path, folder: Path) -> Iterator[
        tuple[IcloudServer, AnswerLoser]]:
    """The tests' iCloud-like account (a copy of the seeded storage in `folder`) behind
    an AnswerLoser, running."""
    shutil.copytree(seeded, folder)
    server = IcloudServer(folder, seed=False)
    loser = AnswerLoser()
    server.server.put_in_front(loser.wrap)
    server.start()
    try:
        yield server, loser
    finally:
        loser.release()
        server.stop()
