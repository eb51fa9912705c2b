"""Which store this desk opens, as a URL: JUMPADESK_DATABASE_URL, else the shared store
chosen with `jumpadesk store use` (its password from the keychain, or libpq's ~/.pgpass),
else the data folder's SQLite file.

Below the store and its administration: models/db.py opens what `database_url` names,
store_admin.py checks and saves what a person types (`parse_url`). The command line's
read-only path reads the same URL without SQLAlchemy (pg_reading.py).
"""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from jumpadesk import config
from jumpadesk.errors import InputError
from jumpadesk.language import translate


def is_postgresql(url: str) -> bool:
    return url.startswith(("postgresql", "postgres"))


def parse_url(url: str) -> URL:
    """A PostgreSQL URL as SQLAlchemy takes it (postgresql:// means psycopg 3 here)."""
    try:
        parsed = make_url(url.strip())
    except ArgumentError as exc:
        raise InputError(translate(
            "store", "\"{url}\" is not a database URL; write it like "
                     "postgresql://desk@server.local/salon.").format(url=url)) from exc
    if not is_postgresql(parsed.drivername):
        raise InputError(translate("store", "A shared store is a PostgreSQL database: give a "
                                            "URL like postgresql://desk@server.local/salon."))
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if not parsed.database:
        raise InputError(translate("store", "The URL needs the database's name at its end, "
                                            "like postgresql://desk@server.local/salon."))
    return parsed


def keychain_key(url: URL) -> tuple[str, str]:
    """The keychain's (service, account) for a shared store's password."""
    port = f":{url.port}" if url.port else ""
    return f"postgresql://{url.host or 'localhost'}{port}/{url.database}", url.username or ""


def with_saved_password(url: URL) -> URL:
    """The URL with the password this desk keeps in its keychain, when it keeps one."""
    if url.password:
        return url
    # keyring is loaded only when a shared store without a password in its URL is opened
    from jumpadesk import secrets

    try:
        password = secrets.get_password(*keychain_key(url))
    except Exception:  # no keychain: libpq's ~/.pgpass still works
        return url
    return url.set(password=password) if password else url


def database_url() -> str:
    """SQLAlchemy URL of the store: JUMPADESK_DATABASE_URL, else the shared store chosen
    with `jumpadesk store use` (its password from the keychain, or ~/.pgpass), else the
    data folder's SQLite file."""
    from_env = config.database_url_from_environment()
    if from_env:
        return from_env
    chosen = config.chosen_store_url()
    if chosen:
        return with_saved_password(parse_url(chosen)).render_as_string(hide_password=False)
    return config.local_database_url()
