"""Where the schedule is kept, and moving it to a PostgreSQL server shared by several desks.

`jumpadesk store` shows the store; `store test URL` checks a PostgreSQL URL before
anything depends on it; `store copy-to URL` copies this desk's schedule into an empty
shared store, once; `store use URL` switches this desk to it (`store use local` back);
`store upgrade` brings a shared store to this jumpadesk's schema, after saying what that
does and that every desk sharing it then needs this version (a shared store is never
upgraded on the side: models.db.make_engine refuses with StoreNeedsUpgrade).

The choice is saved in the data folder's store.json, never with a password: a password
given in the URL goes to the system keychain (service `jumpadesk`); without one, libpq
reads ~/.pgpass (%APPDATA%\\postgresql\\pgpass.conf on Windows). JUMPADESK_DATABASE_URL
overrides both. No Qt here; the window's share page can call the same functions.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, delete, func, inspect, select, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel

from jumpadesk import __version__, config, terminal
from jumpadesk.errors import InputError, StoreError, StoreNeedsUpgrade
from jumpadesk.models.db import make_engine, server_sentence, store_errors, store_name
from jumpadesk.store_file import os_error_sentence
from jumpadesk.store_url import (
    database_url,
    is_postgresql,
    keychain_key,
    parse_url,
    with_saved_password,
)

log = logging.getLogger("jumpadesk.store")

#: PostgreSQL 13 is the oldest with btree_gist as a trusted extension (a database's
#: owner may create it) and DROP DATABASE ... WITH (FORCE).
MIN_SERVER_VERSION = 130000
#: Tables whose rows are the business's own: a store holding any is not "empty".
DATA_TABLES = ("sub_account", "connection", "appointment", "blocked_slot", "contact")
#: A store's own record of the jumpadesk versions that made its schema: never copied.
STORE_OWN_TABLES = ("store_version",)


@dataclass(frozen=True)
class StoreCheck:
    """What `store test` found at a URL."""

    where: str
    server_version: str
    empty: bool
    jumpadesk_schema: bool

    def sentence(self) -> str:
        if self.empty:
            state = ("it holds no schedule yet: copy this desk's into it with "
                     "`jumpadesk store copy-to URL`, then `jumpadesk store use URL`")
        elif self.jumpadesk_schema:
            state = "it holds a jumpadesk schedule: switch to it with `jumpadesk store use URL`"
        else:
            state = "it holds other tables; jumpadesk would add its own beside them"
        return f"PostgreSQL {self.server_version} answers at {self.where}; {state}."


def _probe_engine(url: URL) -> Engine:
    return create_engine(url, poolclass=NullPool,
                         connect_args={"connect_timeout": 5, "application_name": "jumpadesk"})


def _fail(exc: BaseException, url: URL) -> StoreError:
    sentence = server_sentence(exc, url)
    if sentence and sentence.startswith("Cannot reach"):
        sentence = (f"Cannot reach {store_name(url)}: check the server's name and port, that "
                    "it is running, and that it accepts connections from this computer "
                    "(listen_addresses and pg_hba.conf on the server).")
    if sentence is None:
        first = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        sentence = f"The database server at {store_name(url)} refused: {first}."
    return StoreError(sentence)


def check(url_text: str, min_version: int = MIN_SERVER_VERSION) -> StoreCheck:
    """Connect to a PostgreSQL URL and say whether jumpadesk can keep its schedule there;
    a StoreError with a sentence when not (wrong password, unreachable server, missing
    database, too old a server, no btree_gist)."""
    url = with_saved_password(parse_url(url_text))
    where = store_name(url)
    engine = _probe_engine(url)
    try:
        with engine.connect() as conn:
            number = int(conn.execute(text("SHOW server_version_num")).scalar() or 0)
            version = str(conn.execute(text("SHOW server_version")).scalar()).split()[0]
            if number < min_version:
                need = f"{min_version // 10000}"
                raise StoreError(
                    f"The database server at {where} runs PostgreSQL {version}, which is too "
                    f"old: jumpadesk needs PostgreSQL {need} or newer. Upgrade the server "
                    "or use another one."
                )
            gist = conn.execute(text(
                "SELECT 1 FROM pg_available_extensions WHERE name = 'btree_gist'")).first()
            if gist is None:
                raise StoreError(
                    f"The database server at {where} lacks the btree_gist extension that "
                    "keeps double bookings out; install PostgreSQL's contrib package there."
                )
            inspector = inspect(conn)
            has_schema = inspector.has_table("sub_account")
            empty = True
            if has_schema:
                # The first sub-account comes with a new store: alone, it is no schedule.
                empty = not any(
                    conn.execute(text(f"SELECT EXISTS (SELECT 1 FROM {t})")).scalar()
                    for t in DATA_TABLES if t != "sub_account" and inspector.has_table(t)
                ) and (conn.execute(text("SELECT count(*) FROM sub_account")).scalar() or 0) <= 1
            return StoreCheck(where, version, empty, has_schema)
    except DBAPIError as exc:
        raise _fail(exc, url) from exc
    finally:
        engine.dispose()


# -- copying a local store into an empty shared one ------------------------------------


def _overlaps(rows: list[dict], what: str) -> list[str]:
    found = []
    by_sub: dict[int, list[dict]] = {}
    for row in rows:
        by_sub.setdefault(row["sub_account_id"], []).append(row)
    for items in by_sub.values():
        items.sort(key=lambda r: r["start_ts"])
        for a, b in zip(items, items[1:], strict=False):
            if b["start_ts"] < a["end_ts"]:
                found.append(f'{what} {a["id"]} "{a["title"]}" and {b["id"]} "{b["title"]}"')
    return found


def copy_to(source: Engine, url_text: str) -> dict[str, int]:
    """Copy every row of `source` into the empty shared store at `url_text`, in one
    transaction; returns the rows copied per table. Refuses a store that already holds
    a schedule, so it happens once."""
    found = check(url_text)
    if not found.empty:
        raise StoreError(
            f"{found.where[0].upper()}{found.where[1:]} already holds a schedule, so "
            "nothing was copied (a copy fills an empty store, once). Switch to it with "
            "`jumpadesk store use URL`."
        )
    url = with_saved_password(parse_url(url_text))
    try:
        target = make_engine(url.render_as_string(hide_password=False))
    except DBAPIError as exc:
        raise _fail(exc, url) from exc
    tables = [t for t in SQLModel.metadata.sorted_tables  # parents before children
              if t.name not in STORE_OWN_TABLES]
    counts: dict[str, int] = {}
    try:
        with source.connect() as src, target.begin() as dst:
            # The new store came with a first sub-account; the copy brings this desk's.
            dst.execute(delete(SQLModel.metadata.tables["sub_account"]))
            if source.dialect.name == "sqlite":
                src.exec_driver_sql("BEGIN")  # one snapshot of a store that may be in use
            rows = {t.name: [dict(r) for r in src.execute(select(t)).mappings()]
                    for t in tables}
            problems = (_overlaps([r for r in rows["appointment"] if r["status"] != "cancelled"],
                                  "appointments")
                        + _overlaps(rows["blocked_slot"], "blocked slots"))
            if problems:
                raise StoreError(
                    "This desk's schedule has times booked twice, which the shared store "
                    f"refuses: {'; '.join(problems[:3])}. Cancel or remove one of each, "
                    "then copy again."
                )
            for t in tables:
                if rows[t.name]:
                    dst.execute(t.insert(), rows[t.name])
                counts[t.name] = len(rows[t.name])
                if "id" in t.c and t.c.id.primary_key:
                    # new rows at any desk continue after the copied ids
                    top = dst.execute(select(func.max(t.c.id))).scalar()
                    dst.execute(text("SELECT setval(pg_get_serial_sequence(:t, 'id'), "
                                     ":v, :called)"),
                                {"t": t.name, "v": top or 1, "called": top is not None})
    except DBAPIError as exc:
        raise _fail(exc, url) from exc
    finally:
        target.dispose()
    log.info("copied the local store into %s: %s", found.where, counts)
    return counts


# -- upgrading a shared store -------------------------------------------------------


def upgrade_plan(needed: StoreNeedsUpgrade) -> str:
    """What `store upgrade` is about to do, and what it means for the other desks."""
    made = f"jumpadesk {needed.made_by}" if needed.made_by else "an older jumpadesk"
    steps = "".join(f"\n  - {change}" for change in needed.changes)
    return (f"{_capital(needed.where)} has the schema of {made} ({needed.revision}). "
            f"jumpadesk {needed.version} upgrades it to schema {needed.head}:{steps}\n"
            f"After this, every desk that shares it needs jumpadesk {needed.version} or "
            "newer: a desk with an older jumpadesk stops, naming the version to install, "
            "until it is updated.")


def upgrade(url: str, say: Callable[[str], None] = print) -> bool:
    """Bring the store at `url` to this jumpadesk's schema, saying first what that does
    (upgrade_plan), then that it is done. False when there was nothing to do. A store
    from a newer jumpadesk is refused with the sentence naming that version."""
    with store_errors(url):
        try:
            make_engine(url).dispose()
        except StoreNeedsUpgrade as needed:
            say(upgrade_plan(needed))
            make_engine(url, upgrade_shared=True).dispose()
            say(f"Upgraded {needed.where} to schema {needed.head}.")
            return True
    say(f"{_capital(store_name(url))} already has the schema jumpadesk {__version__} uses: "
        "nothing to upgrade.")
    return False


def _capital(text_: str) -> str:
    return text_[:1].upper() + text_[1:]


# -- choosing the store ---------------------------------------------------------------


def settings_path() -> Path:
    return config.home_dir() / config.STORE_SETTINGS


def use(url_text: str) -> str:
    """Make this desk keep its schedule at `url_text` ("local": the data folder's file).
    Returns the sentence to show."""
    path = settings_path()
    if url_text.strip().lower() in ("local", "sqlite"):
        path.unlink(missing_ok=True)
        return (f"This desk keeps its schedule in {store_name(config.local_database_url())} "
                "again.")
    found = check(url_text)
    url = parse_url(url_text)
    if url.password:
        from jumpadesk import secrets

        try:
            secrets.save_password(*keychain_key(url), url.password)
        except Exception as exc:
            raise StoreError(
                "No keychain on this computer could keep the database password. Put it in "
                "~/.pgpass instead (host:port:database:user:password) and give the URL "
                "without it."
            ) from exc
        url = URL.create(url.drivername, username=url.username, host=url.host,
                         port=url.port, database=url.database, query=url.query)
    assert url.password is None  # never a password in the settings file
    saved = url.render_as_string(hide_password=False)
    try:
        config.write_private_text(path, json.dumps({"database_url": saved}, indent=2) + "\n")
    except OSError as exc:
        raise StoreError(os_error_sentence(exc) or f"jumpadesk could not save {path} "
                         f"({exc.strerror or exc}).") from exc
    sentence = f"This desk now keeps its schedule in {found.where}."
    if found.empty:
        sentence += (" It is empty: to bring this desk's schedule along, switch back with "
                     "`jumpadesk store use local` and run `jumpadesk store copy-to URL` first.")
    if config.database_url_from_environment():
        sentence += " JUMPADESK_DATABASE_URL is set, and wins until it is unset."
    return sentence


def describe() -> dict[str, str]:
    """Where this desk keeps its schedule and what chose it."""
    url = database_url()
    if config.database_url_from_environment():
        chosen = "JUMPADESK_DATABASE_URL"
    elif config.chosen_store_url():
        chosen = f"jumpadesk store use (saved in {settings_path()})"
    else:
        chosen = "the default: a file in this desk's data folder"
    out = {"store": store_name(url), "chosen_by": chosen,
           "kind": "postgresql" if is_postgresql(url) else "sqlite"}
    if is_postgresql(url):
        parsed = parse_url(url)
        out["password"] = ("in the URL" if config.database_url_from_environment()
                           and parsed.password else
                           "in the keychain" if with_saved_password(parsed).password
                           else "from ~/.pgpass, if the server asks")
    return out


# -- the command line (its arguments are in jumpadesk.cli, which must stay light) --------


def _say(line: str) -> None:
    for one in line.splitlines():  # the plan shows before the upgrade runs
        print(terminal.line(one), flush=True)


def run(args: argparse.Namespace) -> int:
    if args.action == "show":
        info = describe()
        if args.json:
            print(json.dumps(info, indent=2))
        else:
            print(f"This desk keeps its schedule in {info['store']} "
                  f"(chosen by {info['chosen_by']}).")
            if "password" in info:
                print(f"Database password: {info['password']}.")
        return 0
    if args.action == "upgrade":
        upgrade(with_saved_password(parse_url(args.url)).render_as_string(hide_password=False)
                if args.url else database_url(), say=_say)
        return 0
    if not args.url:
        raise InputError(f"Give the database URL: jumpadesk store {args.action} "
                         "postgresql://USER@HOST/DATABASE")
    if args.action == "test":
        print(terminal.line(check(args.url).sentence()))  # the server's version in it
        return 0
    if args.action == "copy-to":
        from jumpadesk.models import make_engine as open_store

        source = open_store(database_url())
        try:
            counts = copy_to(source, args.url)
        finally:
            source.dispose()
        print(f"Copied {counts.get('appointment', 0)} appointments, "
              f"{counts.get('blocked_slot', 0)} blocked slots, {counts.get('contact', 0)} "
              f"contacts and {counts.get('sub_account', 0)} sub-accounts into "
              f"{store_name(parse_url(args.url))}. Next: jumpadesk store use URL, at every desk.")
        return 0
    print(terminal.line(use(args.url)))
    return 0
