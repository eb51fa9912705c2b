"""A shared (PostgreSQL) store read with plain SQL through psycopg, without the ORM.

The command line's read-only questions (services/read_only.py) run the same SQL text as
the Desk (jumpadesk.rows, jumpadesk.availability) over one psycopg 3 connection opened
read-only. The store's URL is read here without SQLAlchemy, and its password found the
way the full Desk finds it (store_url.database_url): in the URL, else, for the store chosen
with `jumpadesk store use`, the keychain (jumpadesk.secrets), else libpq's ~/.pgpass.
The keychain is not asked when the URL carries the password or ~/.pgpass has a line
for the store, so keyring is not even imported then.

Nothing here raises past `open_reader` except psycopg's own errors and ValueError for a
URL it cannot read; the caller then asks the full Desk, which words the failure.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, LiteralString, cast
from urllib.parse import parse_qsl, unquote

import psycopg
from psycopg import IsolationLevel

from jumpadesk.schema import SCHEMA_HEAD

#: The SQL's named parameters, quoted text and `::` casts: what `to_pyformat` walks over.
_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|::|:([A-Za-z_]\w*)|%")


def to_pyformat(sql: str) -> str:
    """`:name` parameters (sqlite3's and SQLAlchemy text()'s) as psycopg's `%(name)s`;
    quoted text, quoted names and `::` casts left as they are, a literal % doubled."""

    def swap(match: re.Match[str]) -> str:
        if match.group(1):
            return f"%({match.group(1)})s"
        return match.group(0).replace("%", "%%")  # psycopg reads % even inside quotes

    return _TOKENS.sub(swap, sql)


# -- the store's URL ---------------------------------------------------------------------


def connect_arguments(url: str) -> dict[str, Any]:
    """psycopg.connect's keywords for a PostgreSQL URL (postgresql://, postgres:// or
    postgresql+psycopg://; percent-encoded parts decoded; the query's keywords kept), as
    SQLAlchemy's psycopg dialect would pass them. ValueError when it is not one."""
    scheme, sep, rest = url.strip().partition("://")
    if not sep or scheme.split("+")[0] not in ("postgresql", "postgres"):
        raise ValueError("not a PostgreSQL URL")
    location, _, query = rest.partition("?")
    netloc, _, database = location.partition("/")
    userinfo, at, hostport = netloc.rpartition("@")
    if not at:
        userinfo, hostport = "", netloc
    args: dict[str, Any] = {}
    if userinfo:
        user, colon, password = userinfo.partition(":")
        if user:
            args["user"] = unquote(user)
        if colon and password:  # an empty password is none, as SQLAlchemy has it
            args["password"] = unquote(password)
    if hostport.startswith("["):  # [::1]:5432
        host, _, port = hostport[1:].partition("]")
        port = port.removeprefix(":")
    else:
        host, _, port = hostport.partition(":")
    if host:
        args["host"] = unquote(host)
    if port:
        args["port"] = int(port)
    if not database:
        raise ValueError("no database in the URL")
    args["dbname"] = unquote(database)
    for key, value in parse_qsl(query, keep_blank_values=True):
        args[key] = value
    return args


def keychain_key(url: str) -> tuple[str, str]:
    """Where `jumpadesk store use` keeps this store's password in the keychain (the same
    key as store_admin's: from the URL's own host and port, not its query's)."""
    args = connect_arguments(url.partition("?")[0])
    port = f":{args['port']}" if args.get("port") else ""
    return (f"postgresql://{args.get('host') or 'localhost'}{port}/{args['dbname']}",
            args.get("user") or "")


def pgpass_file() -> Path:
    """libpq's password file: $PGPASSFILE, else ~/.pgpass (%APPDATA%\\postgresql\\
    pgpass.conf on Windows)."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", "")) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _pgpass_fields(line: str) -> list[str]:
    fields, current, escaped = [], "", False
    for char in line:
        if escaped:
            current, escaped = current + char, False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append(current)
            current = ""
        else:
            current += char
    return [*fields, current]


def pgpass_has_line_for(args: Mapping[str, Any]) -> bool:
    """Whether libpq's password file holds a line for this store (host:port:db:user)."""
    try:
        lines = pgpass_file().read_text().splitlines()
    except (OSError, UnicodeDecodeError):
        return False
    host = str(args.get("host") or os.environ.get("PGHOST") or "localhost")
    if host.startswith("/"):  # a Unix socket counts as localhost in the password file
        host = "localhost"
    wanted = (host, str(args.get("port") or os.environ.get("PGPORT") or 5432),
              str(args["dbname"]), str(args.get("user") or os.environ.get("PGUSER") or ""))
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = _pgpass_fields(line)
        if len(fields) >= 5 and all(f in ("*", w) for f, w in zip(fields[:4], wanted,
                                                                   strict=True)):
            return True
    return False


def with_password(url: str, args: dict[str, Any], from_keychain: bool) -> dict[str, Any]:
    """The keywords with the password the full Desk would use: the URL's; else, for a
    store chosen with `jumpadesk store use`, the keychain's, unless ~/.pgpass has a line
    for it (then libpq reads it, and keyring is never loaded)."""
    if args.get("password") or not from_keychain or pgpass_has_line_for(args):
        return args
    from jumpadesk import secrets

    try:
        password = secrets.get_password(*keychain_key(url))
    except Exception:  # no keychain: libpq's ~/.pgpass still works, as on the full path
        return args
    return {**args, "password": password} if password else args


# -- the reader ----------------------------------------------------------------------------


class PsycopgReader:
    """A StoreReader over a psycopg 3 connection: the same SQL text as sqlite3 runs, its
    `:name` parameters turned into psycopg's."""

    errors = (psycopg.Error,)

    def __init__(self, connection: psycopg.Connection) -> None:
        self.connection = connection
        self._sql: dict[str, LiteralString] = {}

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple]:
        query = self._sql.get(sql)
        if query is None:
            # psycopg asks for SQL written in the code, not built from values: it is the
            # rules' own SQL text (rows.py, availability.py), its :name marks rewritten.
            query = self._sql[sql] = cast(LiteralString, to_pyformat(sql))
        with self.connection.cursor() as cursor:
            cursor.execute(query, dict(params or {}))
            return cursor.fetchall()

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read-only transaction that sees one snapshot of the store."""
        try:
            yield
        finally:
            self.connection.rollback()  # nothing to keep: it only read

    def schema_is_current(self) -> bool:
        """Whether the store's schema is the one this jumpadesk's plain SQL is written for
        (PostgreSQL has no user_version: the Alembic revision alone says it)."""
        found = self.rows("SELECT to_regclass('alembic_version') IS NOT NULL")
        if not found[0][0]:
            return False
        revision = self.rows("SELECT version_num FROM alembic_version")
        return [tuple(r) for r in revision] == [(SCHEMA_HEAD,)]

    def close(self) -> None:
        self.connection.close()


def open_reader(url: str, from_keychain: bool) -> PsycopgReader:
    """A read-only PsycopgReader on the store at `url`; `from_keychain`: the URL is the
    one chosen with `jumpadesk store use` (its password, if any, is in the keychain)."""
    args = with_password(url, connect_arguments(url), from_keychain)
    args.update(connect_timeout=5, application_name="jumpadesk")
    connection = psycopg.connect(autocommit=False, **args)
    # Every transaction on it only reads, and sees one snapshot (as SQLite's BEGIN does).
    connection.read_only = True
    connection.isolation_level = IsolationLevel.REPEATABLE_READ
    return PsycopgReader(connection)
