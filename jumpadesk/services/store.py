"""What every service works on: the store, the settings, the CalDAV client factory."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine
from sqlmodel import Session

from jumpadesk.config import Settings
from jumpadesk.models import make_engine
from jumpadesk.models.db import session_scope, store_errors
from jumpadesk.models.reading import SessionReader, read_at_one_moment
from jumpadesk.rows import SubAccountRow, SubKey, resolve_sub_account
from jumpadesk.store_url import database_url

if TYPE_CHECKING:  # the CalDAV stack is imported when a sync first needs it
    from jumpadesk.sync.client import ClientFactory


@dataclass(frozen=True)
class Store:
    """One data folder's (or shared) store as the services use it."""

    engine: Engine
    settings: Settings
    client_factory: ClientFactory | None = None

    @classmethod
    def open(
        cls,
        engine: Engine | None = None,
        settings: Settings | None = None,
        client_factory: ClientFactory | None = None,
    ) -> Store:
        """The given engine, or the configured store (created or migrated)."""
        settings = settings or Settings.from_env()
        if engine is None:
            url = database_url()
            with store_errors(url):
                engine = make_engine(url)
        return cls(engine, settings, client_factory)

    def session(self) -> AbstractContextManager[Session]:
        """A session that commits on success; store failures become StoreError."""
        return session_scope(self.engine)

    @contextmanager
    def reading(self, which: SubKey | None) -> Iterator[tuple[SessionReader, SubAccountRow]]:
        """A session's reader and the sub-account as stored now (never made here:
        rows.resolve_sub_account), for the availability rules (services/schedule.py)."""
        with self.session() as s:
            reader = SessionReader(s)
            yield reader, resolve_sub_account(reader, which)

    @contextmanager
    def reading_at_one_moment(
        self, which: SubKey | None
    ) -> Iterator[tuple[SessionReader, SubAccountRow]]:
        """reading(), in one transaction that sees the store as it was at its first read
        (models.reading.read_at_one_moment): what another desk commits meanwhile shows in
        all of what is read, or in none of it."""
        with self.session() as s:
            read_at_one_moment(s)
            reader = SessionReader(s)
            yield reader, resolve_sub_account(reader, which)

    def errors(self) -> AbstractContextManager[None]:
        """Around calls into the sync layer: a full disk or locked file is a sentence."""
        return store_errors(self.engine.url)
