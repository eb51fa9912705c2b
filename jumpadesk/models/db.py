"""The database: engine, schema version, sessions.

SQLite in WAL mode by default; the schema version lives in SQLite's user_version.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, create_engine

from jumpadesk.errors import StoreError
from jumpadesk.models import tables  # noqa: F401  (registers the tables)

log = logging.getLogger("jumpadesk.models")

SCHEMA_VERSION = 1
# A writer waits this long for another (a booking behind a large sync's apply) before
# the store counts as busy.
BUSY_TIMEOUT_SECONDS = 30


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for `url`, with the schema created or migrated."""
    is_sqlite = url.startswith("sqlite")
    kwargs: dict = {}
    if is_sqlite:
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_SECONDS}
    engine = create_engine(url, **kwargs)
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    _migrate(engine, url)
    return engine


def _migrate(engine: Engine, url: str) -> None:
    if not url.startswith("sqlite"):
        SQLModel.metadata.create_all(engine)
        return
    with engine.connect() as conn:
        version = conn.execute(text("PRAGMA user_version")).scalar() or 0
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"This data was written by a newer jumpadesk (schema {version}); "
            "please install the newer version."
        )
    if version == SCHEMA_VERSION:
        SQLModel.metadata.create_all(engine)
        return
    if version > 0:
        _backup(engine)
    SQLModel.metadata.create_all(engine)
    # Future migrations go here, one step per version, each in its own transaction.
    with engine.begin() as conn:
        conn.execute(text(f"PRAGMA user_version={SCHEMA_VERSION}"))
    log.info("store schema at version %s", SCHEMA_VERSION)


def _backup(engine: Engine) -> None:
    path = engine.url.database
    if path and Path(path).exists():
        backup = Path(path).with_suffix(".db.bak")
        shutil.copy2(path, backup)
        log.info("backed up the store to %s before migrating", backup)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()


def store_sentence(exc: BaseException) -> str:
    """The sentence for a database failure the environment caused (full disk, lock...)."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in text or "disk full" in text:
        return ("The disk is full, so jumpadesk could not save. Nothing was changed; free "
                "some space and try again.")
    if "locked" in text:
        return ("The jumpadesk data file is busy in another program. Close other copies of "
                "jumpadesk and try again.")
    if "readonly" in text or "read-only" in text:
        return "The jumpadesk data folder is read-only. Check its permissions and try again."
    if "unable to open" in text:
        return "The jumpadesk data file cannot be opened. Check that its folder exists."
    return f"The local data store failed ({text.splitlines()[0] if text else 'unknown error'})."
