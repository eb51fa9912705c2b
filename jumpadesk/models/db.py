"""The database: engine, schema migrations, sessions.

SQLite in WAL mode by default (one computer); PostgreSQL (psycopg 3) for a store shared
by several desks. One schema on both, created and migrated with Alembic (the revisions
are in jumpadesk/models/migrations/versions/). SQLite's user_version still carries a
schema number so that a jumpadesk from before migrations refuses a newer store.

A SQLite file is checked before it is opened, and made whole and private when missing
(jumpadesk.store_file): only a missing file is a fresh start, a damaged one is named.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, SQLAlchemyError
from sqlmodel import Session, create_engine

from jumpadesk import __version__, store_file
from jumpadesk.config import PRIVATE_FILE_MODE
from jumpadesk.errors import DamagedStore, StoreError, StoreNeedsUpgrade
from jumpadesk.language import translate
from jumpadesk.models import tables  # noqa: F401  (registers the tables)
from jumpadesk.schema import SCHEMA_HEAD, SCHEMA_VERSION
from jumpadesk.store_url import is_postgresql

if TYPE_CHECKING:  # alembic loads only when a store must be made or upgraded
    from alembic.config import Config
    from alembic.script import Script, ScriptDirectory

log = logging.getLogger("jumpadesk.models")

#: The Alembic revision a store from before migrations is stamped with.
FIRST_REVISION = "0001"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: Advisory lock key held while a desk migrates a PostgreSQL store (others wait).
MIGRATION_LOCK = 0x6A6400
# A writer waits this long for another (a booking behind a large sync's apply) before
# the store counts as busy.
BUSY_TIMEOUT_SECONDS = 30


def _newer_sentence(revision: object) -> str:
    return translate("store", "This data was written by a newer jumpadesk (schema {revision}); "
                              "please install the newer version.").format(revision=revision)


def _newer_named_sentence(**values: str) -> str:
    return translate("store", "{where} was upgraded by a newer jumpadesk, {version} (schema "
                              "{revision}), and this desk runs jumpadesk {ours}: install "
                              "jumpadesk {version} or newer here to use it.").format(**values)


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str, *, upgrade_shared: bool = False) -> Engine:
    """An engine for `url`, with the schema created or migrated. A SQLite store (this
    desk's alone) is upgraded after its backup; a shared store that other desks use is
    upgraded only with `upgrade_shared` (`jumpadesk store upgrade`, or the window after
    asking): else StoreNeedsUpgrade."""
    is_sqlite = url.startswith("sqlite")
    kwargs: dict = {}
    if is_sqlite:
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_SECONDS}
    elif is_postgresql(url):
        # A server gone quiet must not hang the window: give up connecting after 5 s,
        # and test pooled connections before use (the server may have restarted).
        kwargs["connect_args"] = {"connect_timeout": 5, "application_name": "jumpadesk"}
        kwargs["pool_pre_ping"] = True
        # A sync of many accounts at once (Settings.accounts_at_once, 8) holds two
        # connections an account at its peak (its account lock and its session), beside
        # the window's reads: room for that above the pool's usual five, opened only
        # while needed, so no pass waits for a connection another pass holds.
        kwargs["max_overflow"] = 25
    if is_sqlite:
        _prepare_sqlite_file(url)
    engine = create_engine(url, **kwargs)
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    # SQLite's failures (damaged, read-only, full) become sentences here; a server's stay
    # as they are for the callers that word them themselves (store_admin, Store.open).
    try:
        with store_errors(url) if is_sqlite else nullcontext():
            _migrate(engine, upgrade_shared)
    except BaseException:
        engine.dispose()
        raise
    return engine


def parsed_url(url: object) -> URL | None:
    """A store's URL as SQLAlchemy reads it (`url`: one already read, or its text), or
    None when it cannot be read."""
    if isinstance(url, URL):
        return url
    try:
        return make_url(str(url))
    except ArgumentError:
        return None


def sqlite_file(url: object) -> Path | None:
    """The file of a SQLite URL, or None (not SQLite, or a database in memory)."""
    parsed = parsed_url(url)
    if parsed is None or not parsed.drivername.startswith("sqlite"):
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _prepare_sqlite_file(url: str) -> None:
    """A damaged file is refused (DamagedStore); a missing one is made, whole and 0600."""
    path = sqlite_file(url)
    if path is None or store_file.check(path):
        return
    if not path.parent.is_dir():
        raise StoreError(store_file.cannot_open_sentence(path, sqlite3.SQLITE_CANTOPEN)
                         or store_file.cannot_open_folder_sentence())
    try:
        store_file.create(path)
    except OSError as exc:
        raise StoreError(store_file.read_only_sentence(path)  # names the folder, not the
                         or store_file.os_error_sentence(exc)  # file it was making
                         or translate("store", "The jumpadesk data file {path} cannot be "
                                               "made ({why}).").format(
                             path=path, why=exc.strerror or exc)) from exc
    except sqlite3.Error as exc:
        raise StoreError(store_sentence(exc, url)) from exc


def _alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config())


def _head(script: ScriptDirectory) -> str:
    """The revision this jumpadesk's migrations end at."""
    head = script.get_current_head()
    if head is None:  # only if the package lost its revisions
        raise RuntimeError(f"no schema revisions in {MIGRATIONS}")
    return head


def _state(conn: Connection) -> tuple[str | None, bool, int]:
    """(Alembic revision, whether jumpadesk's tables exist, SQLite user_version)."""
    from alembic.runtime.migration import MigrationContext

    revision = MigrationContext.configure(conn).get_current_revision()
    has_tables = inspect(conn).has_table("sub_account")
    user_version = 0
    if conn.dialect.name == "sqlite":
        user_version = conn.execute(text("PRAGMA user_version")).scalar() or 0
    return revision, has_tables, user_version


def _check_not_newer(conn: Connection, script: ScriptDirectory, revision: str | None,
                     user_version: int) -> None:
    if user_version > SCHEMA_VERSION:
        raise StoreError(_newer_sentence(user_version))
    known = {r.revision for r in script.walk_revisions()}
    if revision is not None and revision not in known:
        made_by = version_that_made(conn, revision)
        if made_by:
            raise StoreError(_newer_named_sentence(
                where=_capital(store_name(conn.engine.url)), version=made_by,
                revision=revision, ours=__version__))
        raise StoreError(_newer_sentence(revision))


def version_that_made(conn: Connection, revision: str | None) -> str | None:
    """The jumpadesk version that brought the store to `revision` (table store_version,
    since revision 0006), or None when the store does not say."""
    if revision is None or not inspect(conn).has_table("store_version"):
        return None
    return conn.execute(text("SELECT app_version FROM store_version WHERE revision = :r"),
                        {"r": revision}).scalar()


def _record_version(conn: Connection, revision: str) -> None:
    """This jumpadesk brought the store to `revision`: an older desk names its version."""
    conn.execute(text("DELETE FROM store_version WHERE revision = :r"), {"r": revision})
    conn.execute(text("INSERT INTO store_version (revision, app_version, upgraded_at) "
                      "VALUES (:r, :v, :at)"),
                 {"r": revision, "v": __version__, "at": tables.utcnow()})


def _check_may_upgrade(conn: Connection, script: ScriptDirectory, revision: str | None,
                       has_tables: bool, upgrade_shared: bool) -> None:
    """A shared store that other desks already use is not upgraded without being asked:
    once upgraded, those desks need this jumpadesk too."""
    if upgrade_shared or not has_tables or conn.dialect.name == "sqlite":
        return
    raise StoreNeedsUpgrade(
        store_name(conn.engine.url), revision or FIRST_REVISION, _head(script),
        __version__, version_that_made(conn, revision),
        [_first_paragraph(r.doc) for r in _revisions_after(script, revision)],
    )


def _revisions_after(script: ScriptDirectory, revision: str | None) -> list[Script]:
    """The revisions an upgrade from `revision` runs, oldest first."""
    steps = list(script.walk_revisions(base="base", head="heads"))
    steps.reverse()
    names = [r.revision for r in steps]
    start = names.index(revision) + 1 if revision in names else 0
    return steps[start:]


def _first_paragraph(doc: str) -> str:
    return " ".join((doc or "").split("\n\n")[0].split())


def _capital(text_: str) -> str:
    return text_[:1].upper() + text_[1:]


def _lock_for_migration(conn: Connection) -> None:
    """Only one desk migrates at a time; the others wait, then find the work done."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql("SELECT 1")  # SQLAlchemy's transaction, then SQLite's
        dbapi = conn.connection.dbapi_connection
        if not getattr(dbapi, "in_transaction", False):
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def _at_head(engine: Engine) -> bool:
    """The store is already at this jumpadesk's schema: one SELECT, without loading alembic
    (most starts). SCHEMA_HEAD is kept equal to alembic's head by a test."""
    try:
        with engine.connect() as conn:
            revisions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
            user_version = SCHEMA_VERSION
            if conn.dialect.name == "sqlite":
                user_version = conn.execute(text("PRAGMA user_version")).scalar() or 0
    except SQLAlchemyError as exc:  # no table yet, or a store that cannot be read: the long way
        if sqlite_code(exc) in DAMAGE_CODES:
            raise  # damaged: said at once (store_errors), without loading alembic first
        return False
    return [r[0] for r in revisions] == [SCHEMA_HEAD] and user_version == SCHEMA_VERSION


def _migrate(engine: Engine, upgrade_shared: bool = False) -> None:
    if _at_head(engine):
        return
    from alembic import command

    script = _script()
    head = _head(script)
    with engine.connect() as conn:
        revision, has_tables, user_version = _state(conn)
        _check_not_newer(conn, script, revision, user_version)
        if revision == head and (engine.dialect.name != "sqlite"
                                 or user_version == SCHEMA_VERSION):
            return
        _check_may_upgrade(conn, script, revision, has_tables, upgrade_shared)
    with engine.connect() as conn:
        _lock_for_migration(conn)
        # Read again under the lock: outside it, a store another desk was making a moment
        # ago can read half made (its tables there, its revision not yet).
        revision, has_tables, user_version = _state(conn)
        _check_not_newer(conn, script, revision, user_version)
        if revision != head:
            _check_may_upgrade(conn, script, revision, has_tables, upgrade_shared)
        if has_tables and conn.dialect.name == "sqlite" and (
                revision != head or user_version != SCHEMA_VERSION):
            _backup(engine, revision or f"v{user_version}")  # a reader beside our lock
        cfg = _alembic_config(conn)
        if revision is None and has_tables:
            log.info("store from before migrations: stamping it %s", FIRST_REVISION)
            command.stamp(cfg, FIRST_REVISION)
        if revision != head:
            command.upgrade(cfg, "head")
            _record_version(conn, head)
        if conn.dialect.name == "sqlite":
            conn.execute(text(f"PRAGMA user_version={SCHEMA_VERSION}"))
        conn.commit()
    log.info("store schema at revision %s", head)


def _backup(engine: Engine, version: str) -> None:
    """A consistent copy of the SQLite file (with what its WAL holds) before migrating,
    named by the version it had: jumpadesk.db.v1.bak, jumpadesk.db.0002.bak..."""
    path = engine.url.database
    if not path or not Path(path).exists():
        return
    backup = Path(path).with_suffix(f".db.{version}.bak")
    os.close(os.open(backup, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE))
    if os.name == "posix":
        os.chmod(backup, PRIVATE_FILE_MODE)  # it holds the guests too: private at any umask
    source = sqlite3.connect(path)
    try:
        target = sqlite3.connect(backup)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    log.info("backed up the store to %s before migrating", backup)


@contextmanager
def store_errors(url: object = None) -> Iterator[None]:
    """Around any work on the store: a failure the environment caused (full disk, a
    locked file, a shared store out of reach) becomes a StoreError with its sentence.
    The one place where database errors are translated."""
    try:
        yield
    except OperationalError as exc:
        raise store_failure(exc, url) from exc
    except DatabaseError as exc:  # SQLite's "malformed" and "not a database" come as these
        if sqlite_code(exc) not in DAMAGE_CODES:
            raise
        raise store_failure(exc, url) from exc


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error; a failure the
    environment caused reaches the caller as a StoreError (store_errors)."""
    session = Session(engine, expire_on_commit=False)
    try:
        with store_errors(engine.url):
            yield session
            session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def is_overlap_refusal(exc: BaseException) -> bool:
    """The database itself refused a double booking (PostgreSQL's exclusion constraints
    and trigger, SQLSTATE 23P01; see migrations/versions/0002_shared_store.py)."""
    return getattr(getattr(exc, "orig", None), "sqlstate", None) == "23P01"


def store_name(url: object) -> str:
    """Where a store is, for a sentence: "the shared schedule on db.example:5432 (salon)"
    or the SQLite file; never the password."""
    try:
        parsed = parsed_url(url)
    except Exception:  # an unparsable URL is named as it is, less anything after '@'
        parsed = None
    if parsed is None:
        return translate("store", "the shared schedule")
    if parsed.drivername.startswith("sqlite"):
        return translate("store", "the data file {path}").format(path=parsed.database)
    host = parsed.host or translate("store", "this computer")
    port = f":{parsed.port}" if parsed.port else ""
    return translate("store", "the shared schedule on {host} ({database})").format(
        host=f"{host}{port}", database=parsed.database)


# PostgreSQL's SQLSTATEs (Appendix A of its manual) that the person can act on.
PG_INVALID_PASSWORD = "28P01"
PG_UNKNOWN_DATABASE = "3D000"
PG_CONNECTION_CLASS = "08"  # connection exceptions
PG_SHUTTING_DOWN = ("57P01", "57P02", "57P03")  # admin/crash shutdown, cannot connect now
# What libpq says when it never got as far as a server error (refused, unknown host,
# timeout, a connection that broke off).
_UNREACHABLE_MESSAGES = (
    "connection refused", "failed to resolve host", "timeout expired", "could not connect",
    "server closed the connection", "terminating connection", "connection is closed",
    "connection failed", "no route to host", "network is unreachable",
    "the connection is lost", "consuming input failed",
)


def sqlstate_of(exc: BaseException) -> str | None:
    """The SQLSTATE of a PostgreSQL error (psycopg's `sqlstate`), or None."""
    return getattr(getattr(exc, "orig", exc), "sqlstate", None) or None


def server_sentence(exc: BaseException, url: object) -> str | None:
    """The sentence for a PostgreSQL failure the person can act on, or None.

    Classified by SQLSTATE. A failure while connecting carries none (libpq keeps the
    server's code of a refused start-up to itself, and a refused or timed-out
    connection never had one), so there the client's message is all there is."""
    state = sqlstate_of(exc)
    if state is not None:
        return _sentence_for_sqlstate(state, url)
    return _sentence_for_startup_failure(str(getattr(exc, "orig", exc)).lower(), url)


def _sentence_for_sqlstate(state: str, url: object) -> str | None:
    if state == PG_INVALID_PASSWORD:
        return _password_refused(url)
    if state == PG_UNKNOWN_DATABASE:
        return _no_database(url)
    if state.startswith(PG_CONNECTION_CLASS) or state in PG_SHUTTING_DOWN:
        return unreachable_sentence(url)
    return None


def _sentence_for_startup_failure(low: str, url: object) -> str | None:
    if "password authentication failed" in low or "no password supplied" in low:
        return _password_refused(url)
    if "does not exist" in low and "database" in low:
        return _no_database(url)
    if "role" in low and "does not exist" in low:
        return translate("store", "The database server does not know that user ({store}). "
                                  "Create it first (see the README), then try again.").format(
            store=store_name(url))
    if any(message in low for message in _UNREACHABLE_MESSAGES):
        return unreachable_sentence(url)
    return None


def _password_refused(url: object) -> str:
    user = getattr(url, "username", None)
    return (translate("store", "The database server refused the password for the user "
                               "\"{user}\" of {store}. Check the password in ~/.pgpass "
                               "or the keychain (jumpadesk store use --help).") if user else
            translate("store", "The database server refused the password of {store}. Check "
                               "the password in ~/.pgpass or the keychain (jumpadesk store use "
                               "--help).")).format(user=user, store=store_name(url))


def _no_database(url: object) -> str:
    name = store_name(url).rsplit("(", 1)[-1].rstrip(")")
    return translate("store", "There is no database {name} on that server yet. Create it "
                              "first (see the README's five lines), then try again.").format(
        name=name)


def unreachable_sentence(url: object) -> str:
    return translate("store", "Cannot reach {store}. Nothing can be booked until it is back: "
                              "check that the server is running and this computer is on its "
                              "network.").format(store=store_name(url))


#: SQLite's result codes for a damaged file: it is named, with the backup to restore.
DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a failure (sqlite3's `sqlite_errorcode`, as
    qutebrowser's misc/sql.py reads it), or None when it is not an SQLite error."""
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def store_failure(exc: BaseException, url: object = None) -> StoreError:
    """The StoreError for a database failure (DamagedStore for a damaged SQLite file)."""
    path = sqlite_file(url) if url is not None else None
    sentence = store_sentence(exc, url)
    if path is not None and sqlite_code(exc) in DAMAGE_CODES:
        return DamagedStore(sentence, path)
    return StoreError(sentence)


def store_sentence(exc: BaseException, url: object = None) -> str:
    """The sentence for a database failure the environment caused (full disk, lock, a
    damaged or read-only file, a shared store out of reach...): SQLite's by its result
    code (store_file.sqlite_sentence, naming the file when `url` says which), PostgreSQL's
    by SQLSTATE."""
    if url is not None and not str(getattr(url, "drivername", url)).startswith("sqlite"):
        sentence = server_sentence(exc, url)
        if sentence:
            return sentence
    path = sqlite_file(url) if url is not None else None
    sentence = store_file.sqlite_sentence(sqlite_code(exc), path)
    if sentence:
        return sentence
    text = str(getattr(exc, "orig", exc))
    return translate("store", "The local data store failed ({why}).").format(
        why=text.splitlines()[0] if text else translate("store", "unknown error"))
