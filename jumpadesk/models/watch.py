"""Live across desks and windows: a watcher that says when someone else changed the store.

    watcher = StoreWatcher(engine, on_change=..., on_reach=...)
    watcher.start()
    ...
    watcher.stop()

`on_change(StoreChange)` is called after another desk, window or command committed a
change: on PostgreSQL within a fraction of a second (LISTEN/NOTIFY; the triggers are in
migrations/versions/0003_live_changes.py), on SQLite within `poll_seconds` (PRAGMA
data_version, which moves when any other connection commits). `on_reach(StoreReach)`
says when a shared store stops answering and when it is back; after it is back a
change of everything follows, since changes made meanwhile were not heard.

No Qt here: both callbacks run on the watcher's own thread. A window connects them to
a signal (a queued connection carries them to the GUI thread) and repaints from there.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine

from jumpadesk.models.db import store_name, store_sentence

log = logging.getLogger("jumpadesk.models.watch")

CHANNEL = "jumpadesk_changes"


@dataclass(frozen=True)
class ChangedSpan:
    """An appointment or blocked slot of a sub-account that was added, moved or removed."""

    table: str
    sub_account_id: int
    start_ts: int
    end_ts: int


@dataclass(frozen=True)
class StoreChange:
    """What changed. `everything` when the watcher cannot tell (SQLite, or after being
    out of reach): reload all. Otherwise the tables that changed and, for appointments
    and blocked slots, their sub-accounts and spans."""

    everything: bool = False
    tables: frozenset[str] = frozenset()
    spans: tuple[ChangedSpan, ...] = ()

    def touches(self, sub_account_id: int, start_ts: int, end_ts: int) -> bool:
        """Whether a view of this sub-account over [start_ts, end_ts) must reload."""
        if self.everything or self.tables - {"appointment", "blocked_slot", "contact"}:
            return True
        return any(s.start_ts < end_ts and start_ts < s.end_ts for s in self.spans
                   if s.sub_account_id == sub_account_id) or (
            # an appointment of another sub-account can block here (a shared calendar)
            any(s.table == "appointment" and s.sub_account_id != sub_account_id
                and s.start_ts < end_ts and start_ts < s.end_ts for s in self.spans))


@dataclass(frozen=True)
class StoreReach:
    """Whether the store answers; `sentence` names it when it does not."""

    reachable: bool
    sentence: str = ""
    where: str = field(default="")


def _parse(payload: str) -> tuple[str, ChangedSpan | None]:
    try:
        data = json.loads(payload)
        table = str(data["table"])
    except (ValueError, KeyError, TypeError):
        return "", None
    if "sub" in data:
        return table, ChangedSpan(table, int(data["sub"]), int(data["start"]), int(data["end"]))
    return table, None


class StoreWatcher:
    """Watches one store from a thread of its own; see the module's docstring."""

    def __init__(
        self,
        engine: Engine,
        on_change: Callable[[StoreChange], None],
        on_reach: Callable[[StoreReach], None] | None = None,
        *,
        poll_seconds: float = 0.5,
        retry_seconds: float = 1.0,
    ) -> None:
        self.engine = engine
        self.on_change = on_change
        self.on_reach = on_reach or (lambda _reach: None)
        self.poll_seconds = poll_seconds
        self.retry_seconds = retry_seconds
        self.where = store_name(engine.url)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.reachable = True

    def start(self) -> None:
        if self._thread is not None:
            return
        target = self._watch_postgres if self.engine.dialect.name == "postgresql" \
            else self._watch_sqlite
        self._thread = threading.Thread(target=target, name="jumpadesk-store-watcher",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def __enter__(self) -> StoreWatcher:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- telling --------------------------------------------------------------------

    def _tell_change(self, change: StoreChange) -> None:
        try:
            self.on_change(change)
        except Exception:  # a failing listener must not stop the watching
            log.exception("store change listener failed")

    def _tell_reach(self, reachable: bool, exc: BaseException | None = None) -> None:
        if reachable == self.reachable:
            return
        self.reachable = reachable
        sentence = "" if reachable else store_sentence(exc or Exception(), self.engine.url)
        if reachable:
            log.info("%s answers again", self.where)
        else:
            log.warning("lost %s: %s", self.where, exc)
        try:
            self.on_reach(StoreReach(reachable, sentence, self.where))
        except Exception:
            log.exception("store reach listener failed")
        if reachable:  # what changed meanwhile was not heard
            self._tell_change(StoreChange(everything=True))

    # -- PostgreSQL -----------------------------------------------------------------

    def _conninfo(self) -> str:
        url = self.engine.url.set(drivername="postgresql")
        return url.render_as_string(hide_password=False)

    def _watch_postgres(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo(), autocommit=True, connect_timeout=5,
                                     keepalives=1, keepalives_idle=10,
                                     keepalives_interval=5, keepalives_count=3,
                                     application_name="jumpadesk watcher") as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._tell_reach(True)
                    asked = time.monotonic()
                    while not self._stop.is_set():
                        tables: set[str] = set()
                        spans: list[ChangedSpan] = []
                        # Wake on the first note, then take what follows it at once (one
                        # commit's notes arrive together) and tell them in one change.
                        notes = list(conn.notifies(timeout=0.5, stop_after=1))
                        if notes:
                            notes += list(conn.notifies(timeout=0.02))
                        for note in notes:
                            table, span = _parse(note.payload)
                            if table:
                                tables.add(table)
                            if span:
                                spans.append(span)
                        if tables:
                            self._tell_change(StoreChange(tables=frozenset(tables),
                                                          spans=tuple(spans)))
                        if time.monotonic() - asked > 2:  # a quiet server may be gone
                            conn.execute("SELECT 1")
                            asked = time.monotonic()
            except psycopg.Error as exc:
                self._tell_reach(False, exc)
                self._stop.wait(self.retry_seconds)

    # -- SQLite ---------------------------------------------------------------------

    def _watch_sqlite(self) -> None:
        path = self.engine.url.database
        if not path or path == ":memory:":
            return
        conn = sqlite3.connect(path, check_same_thread=False, timeout=5)
        try:
            last = None
            while not self._stop.is_set():
                try:
                    version = conn.execute("PRAGMA data_version").fetchone()[0]
                except sqlite3.Error as exc:
                    log.warning("cannot read the store's version: %s", exc)
                    version = last
                if last is not None and version != last:
                    self._tell_change(StoreChange(everything=True))
                last = version
                self._stop.wait(self.poll_seconds)
        finally:
            conn.close()


__all__ = ["ChangedSpan", "StoreChange", "StoreReach", "StoreWatcher"]
