"""The store itself: schema version, WAL, and a full disk that loses nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, text

from jumpadesk.errors import StoreError
from jumpadesk.models import SCHEMA_VERSION, make_engine
from jumpadesk.service import Desk


def test_new_store_has_schema_version_and_wal(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'j.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA user_version")).scalar() == SCHEMA_VERSION
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_a_store_from_a_newer_version_is_refused_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text(f"PRAGMA user_version={SCHEMA_VERSION + 1}"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer jumpadesk"):
        make_engine(f"sqlite:///{path}")


def test_full_disk_is_a_sentence_and_keeps_what_was_saved(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'j.db'}")
    desk = Desk(engine=engine)
    start = datetime(2026, 11, 25, 9, tzinfo=UTC)
    kept = desk.block("Main", start, start + timedelta(hours=1), "Kept")

    # SQLite's page limit makes every later write fail exactly as a full disk does.
    with engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar()

    @event.listens_for(engine, "connect")
    def _cap(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    engine.dispose()
    saved = 0
    with pytest.raises(StoreError, match="disk is full"):
        for i in range(1, 200):
            desk.block("Main", start + timedelta(days=i), start + timedelta(days=i, hours=1),
                       "x" * 2000)
            saved += 1
    event.remove(engine, "connect", _cap)
    engine.dispose()
    items = desk.schedule("Main", start, start + timedelta(days=400))
    # Everything saved before the disk filled is there; the failed write left no trace.
    assert [i.title for i in items] == ["Kept"] + ["x" * 2000] * saved
    assert items[0].ref_id == kept.id
