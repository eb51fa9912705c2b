"""Reading a calendar object into what the store keeps of it: its occurrences in the
stored span and the sentence it needs (unreadable, or read with an assumption).

`read_object` is the one way a sync reads an object, whether stored already or still
arriving; `EarlyReader` reads the objects of an answer on a worker thread while the
rest of the answer is still coming in (the client hands each response over as soon as
it is complete), so that reading overlaps downloading.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType

from jumpadesk.language import translate
from jumpadesk.sync import davxml
from jumpadesk.sync.davxml import CALDAV, tag
from jumpadesk.sync.ical import (
    BrokenEvent,
    ExpandedOccurrence,
    ReadNote,
    broken_sentence,
    expand_calendar_object,
    first_occurrences,
)

log = logging.getLogger("jumpadesk.sync.object_reader")


@dataclass(frozen=True)
class ObjectReading:
    """What one object's text gives: its occurrences in the window, the sentence stored
    on it ("" when it was read cleanly), and how it was read ("quick", "series", "full"
    or "broken")."""

    ics: str
    occurrences: list[ExpandedOccurrence]
    error: str
    how: str

    @property
    def broken(self) -> bool:
        return self.how == "broken"


def read_object(
    ics: str, calendar: str, href: str, owners: list[str], window: tuple[datetime, datetime]
) -> ObjectReading:
    """Read one object of `calendar`. Never free by accident: an object that cannot be
    read blocks what still has a readable start (its first occurrence), and says so by
    name."""
    notes: list[ReadNote] = []
    tally: Counter[str] = Counter()
    try:
        expanded = expand_calendar_object(ics, window[0], window[1], owners, notes,
                                          tally=tally)
    except BrokenEvent as exc:
        fallback = first_occurrences(ics, window[0], window[1], owners)
        log.warning("a broken event %s in %r: %s", href, calendar, exc)
        error = broken_sentence(calendar, str(exc) or translate("sync", "unreadable event"),
                                bool(fallback))
        return ObjectReading(ics, fallback, error, "broken")
    # A readable object that needed an assumption keeps that sentence too.
    error = " ".join(note.sentence(calendar) for note in notes)
    how = next(iter(tally), "full")
    return ObjectReading(ics, expanded, error, how)


_DONE = None  # what ends the worker's queue


class EarlyReader:
    """Reads the calendar data of an answer's responses on a worker thread as they
    arrive (`take` is the client's on_response), keyed by path. A reading stands only
    for the text it was made from: the caller matches it against what the finished
    fetch says each object holds (a try that failed half-way, or a listing that names
    an object twice, leaves readings that nothing uses)."""

    def __init__(self, calendar: str, owners: list[str],
                 window: tuple[datetime, datetime]) -> None:
        self._calendar = calendar
        self._owners = owners
        self._window = window
        self._queue: queue.SimpleQueue[tuple[str, str] | None] = queue.SimpleQueue()
        self._readings: dict[str, ObjectReading] = {}
        self._thread: threading.Thread | None = None
        self._abandoned = False  # the fetch failed: what is left is not read

    def take(self, item: davxml.DavResponse) -> None:
        """One response of the answer, as soon as it is complete."""
        if item.status in (404, 410):
            return
        data = item.raw_text(tag(CALDAV, "calendar-data"))
        if not data.strip():
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, daemon=True,
                                            name=f"early reader of {self._calendar}")
            self._thread.start()
        self._queue.put((item.path, data))

    def _work(self) -> None:
        while (job := self._queue.get()) is not _DONE:
            if self._abandoned:
                continue
            path, ics = job
            try:
                self._readings[path] = read_object(ics, self._calendar, path, self._owners,
                                                   self._window)
            except Exception:  # read again in the store's transaction, where it counts
                log.exception("reading %s early failed", path)

    def readings(self) -> dict[str, ObjectReading]:
        """Every reading made, once the worker has read all it was handed."""
        self._stop()
        return dict(self._readings)

    def _stop(self) -> None:
        if self._thread is not None:
            self._queue.put(_DONE)
            self._thread.join()
            self._thread = None

    def __enter__(self) -> EarlyReader:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if error is not None:
            self._abandoned = True
        self._stop()
