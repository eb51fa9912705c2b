"""Logging: a rotating file in the user log folder, named loggers per layer.

Never log a password, an Authorization header or a whole iCalendar body. A filter
below scrubs anything that looks like an Authorization header or an app-specific
password, as a second line of defence.

The log files are private (0600, in a 0700 folder: config.private_folder). A log that
cannot be written (a full disk, a read-only folder) is given up quietly for a while
(PrivateRotatingFile): the person hears about the disk once, from the command or the
window, never as a traceback per log line on the terminal.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import time
from io import TextIOWrapper
from pathlib import Path

from jumpadesk.config import log_dir, private_opener

_SECRETS = [
    re.compile(r"(authorization\s*[:=]\s*)(basic|bearer)\s+\S+", re.IGNORECASE),
    re.compile(r"\b[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}\b"),
]


class ScrubSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        scrubbed = message
        for pattern in _SECRETS:
            scrubbed = pattern.sub(lambda m: (m.group(1) if m.lastindex else "") + "***",
                                   scrubbed)
        if scrubbed != message:
            record.msg, record.args = scrubbed, None
        return True


class PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """jumpadesk.log and its rotated copies: made 0600, and quiet when the disk refuses.

    logging.Handler.handleError prints a traceback on stderr for every record that could
    not be written: hundreds of lines on a full disk. Here the first failure closes the
    file and the records of the next RETRY_SECONDS are dropped; then writing is tried
    again (the disk may have room by then)."""

    RETRY_SECONDS = 60.0

    def __init__(self, filename: Path, *, maxBytes: int = 0, backupCount: int = 0,
                 encoding: str | None = None) -> None:  # RotatingFileHandler's names
        self.failed_at: float | None = None
        super().__init__(filename, maxBytes=maxBytes, backupCount=backupCount,
                         encoding=encoding)

    def _open(self) -> TextIOWrapper:
        # "a", as RotatingFileHandler always appends.
        return open(self.baseFilename, "a", encoding=self.encoding, errors=self.errors,
                    opener=private_opener)

    def emit(self, record: logging.LogRecord) -> None:
        if self.failed_at is not None:
            if time.monotonic() - self.failed_at < self.RETRY_SECONDS:
                return
            self.failed_at = None
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        failure = sys.exc_info()[1]
        if not isinstance(failure, OSError):
            super().handleError(record)  # a bug in a log call: logging's usual report
            return
        self.failed_at = time.monotonic()
        # None, as logging's own close() leaves it: the next emit() opens the file again.
        stream, self.stream = self.stream, None
        if stream is not None:
            try:
                stream.close()
            except OSError:
                pass  # what it still buffered is lost with the disk's refusal


def setup_logging(debug: bool = False) -> None:
    """Log to jumpadesk.log (rotating); with debug, verbosely to stderr as well."""
    root = logging.getLogger()
    if any(getattr(h, "_jumpadesk", False) for h in root.handlers):
        return
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    scrub = ScrubSecrets()
    try:
        handler: logging.Handler = PrivateRotatingFile(
            log_dir() / "jumpadesk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # a read-only or full disk must not stop the app
    handler.setFormatter(fmt)
    handler.addFilter(scrub)
    handler.setLevel(logging.DEBUG if debug else logging.INFO)
    # A mark on the handler, by which setup_logging (and the tests) find their own.
    handler._jumpadesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if debug:
        err = logging.StreamHandler(sys.stderr)
        err.setFormatter(fmt)
        err.addFilter(scrub)
        err._jumpadesk = True  # type: ignore[attr-defined]  # the mark above
        root.addHandler(err)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    # Libraries below us are chatty; their details are only wanted when debugging.
    for noisy in ("caldav", "niquests", "urllib3", "radicale", "urllib3_future"):
        logging.getLogger(noisy).setLevel(logging.INFO if debug else logging.WARNING)


def current_log_file() -> Path | None:
    """The file setup_logging() writes to, or None (not set up, or the disk refused)."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_jumpadesk", False) and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None
