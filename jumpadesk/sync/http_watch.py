"""The deadline of one HTTP try, kept whatever phase the answer is in.

A `Watch` closes the connection its try uses when the deadline passes, from a timer
thread: a read blocked on a server that sends a byte now and then wakes at once and
fails, in the status line, the headers or the body alike. The session's connection
pools hand each connection to the watch of the try running on that thread just before
the request goes out on it (`watch_connections`), so the watch knows the connection
before the first byte is read.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

log = logging.getLogger("jumpadesk.sync.http_watch")

_watching = threading.local()  # the Watch of the try running on this thread, if any


class Watch:
    """The deadline of one try (see the module); `expired` once it has passed."""

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
        """Close `connection` when the deadline passes (at once if it has)."""
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


@contextmanager
def watched(seconds: float) -> Iterator[Watch]:
    """A Watch for the try this thread runs now; cancelled when the try ends."""
    watch = Watch(seconds)
    _watching.watch = watch
    try:
        yield watch
    finally:
        watch.cancel()
        _watching.watch = None


def _close_quietly(connection: Any) -> None:
    try:
        connection.close()
    except Exception:  # closing from another thread may race the reader; it is closed
        log.debug("closing a connection at its deadline failed", exc_info=True)


@functools.cache
def _watched_pool(base: type[Any]) -> type[Any]:
    """`base` (a urllib3 connection pool class) whose connections join the running
    try's watch just before each request goes out on them."""

    def _validate_conn(self: Any, conn: Any) -> None:
        watch = getattr(_watching, "watch", None)
        if watch is not None:
            watch.attach(conn)
        base._validate_conn(self, conn)

    return type(f"Watched{base.__name__}", (base,), {"_validate_conn": _validate_conn})


def watch_connections(session: Any) -> None:
    """Make the session's pools hand every connection to the running try's watch."""
    for adapter in getattr(session, "adapters", {}).values():
        manager = getattr(adapter, "poolmanager", None)
        classes = getattr(manager, "pool_classes_by_scheme", None)
        if manager is None or not isinstance(classes, dict):
            continue
        manager.pool_classes_by_scheme = {
            scheme: _watched_pool(cls) for scheme, cls in classes.items()
        }
