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

from jumpadesk import __version__, config, language, terminal
from jumpadesk.errors import InputError, StoreError, StoreNeedsUpgrade
from jumpadesk.language import translate
from jumpadesk.models.db import (
    make_engine,
    server_sentence,
    store_errors,
    store_name,
    unreachable_sentence,
)
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
            said = translate("store", "PostgreSQL {version} answers at {where}; it holds no "
                                      "schedule yet: copy this desk's into it with `jumpadesk "
                                      "store copy-to URL`, then `jumpadesk store use URL`.")
        elif self.jumpadesk_schema:
            said = translate("store", "PostgreSQL {version} answers at {where}; it holds a "
                                      "jumpadesk schedule: switch to it with `jumpadesk store "
                                      "use URL`.")
        else:
            said = translate("store", "PostgreSQL {version} answers at {where}; it holds other "
                                      "tables; jumpadesk would add its own beside them.")
        return said.format(version=self.server_version, where=self.where)


def _probe_engine(url: URL) -> Engine:
    return create_engine(url, poolclass=NullPool,
                         connect_args={"connect_timeout": 5, "application_name": "jumpadesk"})


def _fail(exc: BaseException, url: URL) -> StoreError:
    sentence = server_sentence(exc, url)
    if sentence and sentence == unreachable_sentence(url):
        sentence = translate("store", "Cannot reach {store}: check the server's name and port, "
                                      "that it is running, and that it accepts connections "
                                      "from this computer (listen_addresses and pg_hba.conf "
                                      "on the server).").format(store=store_name(url))
    if sentence is None:
        first = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        sentence = translate("store", "The database server at {store} refused: {why}.").format(
            store=store_name(url), why=first)
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
                raise StoreError(translate(
                    "store", "The database server at {where} runs PostgreSQL {version}, which "
                             "is too old: jumpadesk needs PostgreSQL {need} or newer. Upgrade "
                             "the server or use another one.").format(
                    where=where, version=version, need=need))
            gist = conn.execute(text(
                "SELECT 1 FROM pg_available_extensions WHERE name = 'btree_gist'")).first()
            if gist is None:
                raise StoreError(translate(
                    "store", "The database server at {where} lacks the btree_gist extension "
                             "that keeps double bookings out; install PostgreSQL's contrib "
                             "package there.").format(where=where))
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


def _overlaps(rows: list[dict], pair: str) -> list[str]:
    """Each two rows of one sub-account that overlap, said by `pair` (a translated
    sentence with {first}, {first_title}, {second} and {second_title})."""
    found = []
    by_sub: dict[int, list[dict]] = {}
    for row in rows:
        by_sub.setdefault(row["sub_account_id"], []).append(row)
    for items in by_sub.values():
        items.sort(key=lambda r: r["start_ts"])
        for a, b in zip(items, items[1:], strict=False):
            if b["start_ts"] < a["end_ts"]:
                found.append(pair.format(first=a["id"], first_title=a["title"],
                                         second=b["id"], second_title=b["title"]))
    return found


def copy_to(source: Engine, url_text: str) -> dict[str, int]:
    """Copy every row of `source` into the empty shared store at `url_text`, in one
    transaction; returns the rows copied per table. Refuses a store that already holds
    a schedule, so it happens once."""
    found = check(url_text)
    if not found.empty:
        raise StoreError(translate(
            "store", "{store} already holds a schedule, so nothing was copied (a copy fills "
                     "an empty store, once). Switch to it with `jumpadesk store use "
                     "URL`.").format(store=_capital(found.where)))
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
            problems = (_overlaps(
                [r for r in rows["appointment"] if r["status"] != "cancelled"],
                translate("store", "appointments {first} \"{first_title}\" and {second} "
                                   "\"{second_title}\""))
                + _overlaps(rows["blocked_slot"], translate(
                    "store", "blocked slots {first} \"{first_title}\" and {second} "
                             "\"{second_title}\"")))
            if problems:
                raise StoreError(translate(
                    "store", "This desk's schedule has times booked twice, which the shared "
                             "store refuses: {problems}. Cancel or remove one of each, then "
                             "copy again.").format(problems="; ".join(problems[:3])))
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
    steps = "".join(f"\n  - {change}" for change in needed.changes)
    said = translate("store", "{store} has the schema of jumpadesk {made_by} ({revision}). "
                              "jumpadesk {version} upgrades it to schema {head}:{steps}\n"
                              "After this, every desk that shares it needs jumpadesk {version} "
                              "or newer: a desk with an older jumpadesk stops, naming the "
                              "version to install, until it is updated.") if needed.made_by \
        else translate("store", "{store} has the schema of an older jumpadesk ({revision}). "
                                "jumpadesk {version} upgrades it to schema {head}:{steps}\n"
                                "After this, every desk that shares it needs jumpadesk "
                                "{version} or newer: a desk with an older jumpadesk stops, "
                                "naming the version to install, until it is updated.")
    return said.format(store=_capital(needed.where), made_by=needed.made_by,
                       revision=needed.revision, version=needed.version, head=needed.head,
                       steps=steps)


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
            say(translate("store", "Upgraded {store} to schema {head}.").format(
                store=needed.where, head=needed.head))
            return True
    say(translate("store", "{store} already has the schema jumpadesk {version} uses: nothing "
                           "to upgrade.").format(store=_capital(store_name(url)),
                                                 version=__version__))
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
        return translate("store", "This desk keeps its schedule in {store} again.").format(
            store=store_name(config.local_database_url()))
    found = check(url_text)
    url = parse_url(url_text)
    if url.password:
        from jumpadesk import secrets

        try:
            secrets.save_password(*keychain_key(url), url.password)
        except Exception as exc:
            raise StoreError(translate(
                "store", "No keychain on this computer could keep the database password. Put "
                         "it in ~/.pgpass instead (host:port:database:user:password) and give "
                         "the URL without it.")) from exc
        url = URL.create(url.drivername, username=url.username, host=url.host,
                         port=url.port, database=url.database, query=url.query)
    assert url.password is None  # never a password in the settings file
    saved = url.render_as_string(hide_password=False)
    try:
        config.write_private_text(path, json.dumps({"database_url": saved}, indent=2) + "\n")
    except OSError as exc:
        raise StoreError(os_error_sentence(exc) or translate(
            "store", "jumpadesk could not save {path} ({why}).").format(
            path=path, why=exc.strerror or exc)) from exc
    sentence = translate("store", "This desk now keeps its schedule in {store}.").format(
        store=found.where)
    if found.empty:
        sentence += " " + translate(
            "store", "It is empty: to bring this desk's schedule along, switch back with "
                     "`jumpadesk store use local` and run `jumpadesk store copy-to URL` first.")
    if config.database_url_from_environment():
        sentence += " " + translate("store", "JUMPADESK_DATABASE_URL is set, and wins until it "
                                             "is unset.")
    return sentence


def describe() -> dict[str, str]:
    """Where this desk keeps its schedule and what chose it (in the current language;
    `store show --json` asks for it in English)."""
    url = database_url()
    if config.database_url_from_environment():
        chosen = "JUMPADESK_DATABASE_URL"
    elif config.chosen_store_url():
        chosen = translate("store", "jumpadesk store use (saved in {path})").format(
            path=settings_path())
    else:
        chosen = translate("store", "the default: a file in this desk's data folder")
    out = {"store": store_name(url), "chosen_by": chosen,
           "kind": "postgresql" if is_postgresql(url) else "sqlite"}
    if is_postgresql(url):
        parsed = parse_url(url)
        out["password"] = (translate("store", "in the URL")
                           if config.database_url_from_environment() and parsed.password else
                           translate("store", "in the keychain")
                           if with_saved_password(parsed).password
                           else translate("store", "from ~/.pgpass, if the server asks"))
    return out


# -- the command line (its arguments are in jumpadesk.cli, which must stay light) --------


def _say(line: str) -> None:
    for one in line.splitlines():  # the plan shows before the upgrade runs
        print(terminal.line(one), flush=True)


def run(args: argparse.Namespace) -> int:
    if args.action == "show":
        if args.json:  # the same bytes in every language
            with language.speaking(language.SOURCE):
                print(json.dumps(describe(), indent=2))
        else:
            info = describe()
            print(translate("store", "This desk keeps its schedule in {store} (chosen by "
                                     "{chosen_by}).").format(**info))
            if "password" in info:
                print(translate("store", "Database password: {password}.").format(**info))
        return 0
    if args.action == "upgrade":
        upgrade(with_saved_password(parse_url(args.url)).render_as_string(hide_password=False)
                if args.url else database_url(), say=_say)
        return 0
    if not args.url:
        raise InputError(translate("store", "Give the database URL: jumpadesk store {action} "
                                            "postgresql://USER@HOST/DATABASE").format(
            action=args.action))
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
        print(translate("store", "Copied {appointments} appointments, {blocked} blocked "
                                 "slots, {contacts} contacts and {staff} sub-accounts into "
                                 "{store}. Next: jumpadesk store use URL, at every "
                                 "desk.").format(
            appointments=counts.get("appointment", 0), blocked=counts.get("blocked_slot", 0),
            contacts=counts.get("contact", 0), staff=counts.get("sub_account", 0),
            store=store_name(parse_url(args.url))))
        return 0
    print(terminal.line(use(args.url)))
    return 0
