"""Fixtures for the CalDAV layer's tests, on top of tests/conftest.py's `icloud` server.

- `store`: a fresh store: SQLite in the test's JUMPADESK_HOME, or PostgreSQL (see
  tests/conftest.py's `jumpadesk_home`).
- `sleeps` / `client_factory`: clients whose backoff sleeps are recorded, not slept.
- `sub_id`: the "Main" sub-account.
- `connected`: the iCloud-like account connected to Main, Work linked, Home and Family
  as conflict calendars (not yet synced).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from jumpadesk.models import (
    Calendar,
    CalendarObject,
    CalendarRole,
    Occurrence,
    SubAccount,
    make_engine,
    session_scope,
)
from jumpadesk.store_url import database_url
from jumpadesk.sync import api
from jumpadesk.sync.client import CalDAVClient
from jumpadesk.sync.report import SyncReport
from tests.icloud_server import IcloudServer


@pytest.fixture
def store(jumpadesk_home: Path) -> Iterator[Engine]:
    engine = make_engine(database_url())
    yield engine
    engine.dispose()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client_factory(sleeps: list[float]):  # type: ignore[no-untyped-def]
    def factory(server_url: str, apple_id: str, password: str) -> CalDAVClient:
        return CalDAVClient(server_url, apple_id, password, sleep=sleeps.append, timeout=10)

    return factory


def add_sub_account(engine: Engine, name: str) -> int:
    with session_scope(engine) as s:
        sub = SubAccount(name=name, timezone="Europe/Berlin")
        s.add(sub)
        s.flush()
        assert sub.id is not None
        return sub.id


@pytest.fixture
def sub_id(store: Engine) -> int:
    """Main, which comes with the store, in Europe/Berlin."""
    with session_scope(store) as s:
        main = s.exec(select(SubAccount).where(SubAccount.name == "Main")).one()
        main.timezone = "Europe/Berlin"
        s.add(main)
        s.flush()
        assert main.id is not None
        return main.id


def stored_calendars(engine: Engine) -> dict[str, Calendar]:
    """The calendars the store holds, by name."""
    with session_scope(engine) as s:
        return {c.name: c for c in s.exec(select(Calendar)).all()}


def calendar_ids(engine: Engine) -> dict[str, int]:
    with session_scope(engine) as s:
        return {c.name: c.id for c in s.exec(select(Calendar)).all()}  # type: ignore[misc]


def set_roles(engine: Engine, sub_id: int, linked: str | None, conflict: list[str]) -> None:
    ids = calendar_ids(engine)
    with session_scope(engine) as s:
        for role in s.exec(select(CalendarRole).where(CalendarRole.sub_account_id == sub_id)):
            s.delete(role)
        s.flush()
        if linked:
            s.add(CalendarRole(sub_account_id=sub_id, calendar_id=ids[linked], role="linked"))
        for name in conflict:
            s.add(CalendarRole(sub_account_id=sub_id, calendar_id=ids[name], role="conflict"))


@dataclass
class Connected:
    engine: Engine
    icloud: IcloudServer
    sub_id: int
    connection_id: int
    factory: object
    sleeps: list[float]

    def sync(self, **kw: object) -> SyncReport:
        return api.sync(self.engine, client_factory=self.factory, **kw)  # type: ignore[arg-type]

    def calendar(self, name: str) -> Calendar:
        with session_scope(self.engine) as s:
            cal = s.exec(select(Calendar).where(Calendar.name == name)).one()
            return cal

    def objects(self, name: str) -> dict[str, CalendarObject]:
        cal_id = self.calendar(name).id
        with session_scope(self.engine) as s:
            rows = s.exec(
                select(CalendarObject).where(CalendarObject.calendar_id == cal_id)
            ).all()
            return {o.uid: o for o in rows}

    def occurrences(self, name: str) -> list[Occurrence]:
        cal_id = self.calendar(name).id
        with session_scope(self.engine) as s:
            return list(
                s.exec(select(Occurrence).where(Occurrence.calendar_id == cal_id)).all()
            )


@pytest.fixture
def connected(
    store: Engine, icloud: IcloudServer, sub_id: int, client_factory, sleeps: list[float]
) -> Connected:
    connection_id = api.connect(
        store, sub_id, icloud.apple_id, icloud.password, icloud.url,
        client_factory=client_factory,
    )
    set_roles(store, sub_id, "Work", ["Home", "Family"])
    icloud.reset_requests()
    return Connected(store, icloud, sub_id, connection_id, client_factory, sleeps)
