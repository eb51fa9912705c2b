"""A full disk during a sync is a sentence, keeps what was there, and heals on the next pass."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import event, text

from jumpadesk.errors import StoreError
from jumpadesk.models import make_engine
from jumpadesk.service import Desk
from tests.icloud_server import IcloudServer, week_day


def test_sync_on_a_full_disk_says_so_and_the_next_pass_catches_up(
    icloud: IcloudServer, jumpadesk_home: Path
) -> None:
    engine = make_engine(f"sqlite:///{jumpadesk_home / 'jumpadesk.db'}")
    desk = Desk(engine=engine)
    desk.connect("Main", icloud.apple_id, icloud.password, icloud.url)
    desk.configure("Main", "Work", ["Home"])
    assert desk.sync("Main").ok
    monday = week_day(0, "00:00")
    before = desk.schedule("Main", monday, monday + timedelta(days=7))

    for i in range(40):  # enough new data that it cannot fit in the capped file
        icloud.add_event("Home", f"Fitting {i} " + "x" * 400, week_day(5, "08:00"),
                         week_day(5, "09:00"))
    with engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar()

    def _cap(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(engine, "connect", _cap)
    engine.dispose()
    sentences: list[str] = []
    try:
        report = desk.sync("Main")
        sentences = report.failures()
    except StoreError as exc:
        sentences = [str(exc)]
    assert any("disk is full" in s for s in sentences), sentences
    event.remove(engine, "connect", _cap)
    engine.dispose()

    assert desk.schedule("Main", monday, monday + timedelta(days=7)) == before
    assert desk.sync("Main").ok
    titles = {i.title for i in desk.schedule("Main", monday, monday + timedelta(days=7))}
    assert sum(t.startswith("Fitting ") for t in titles) == 40
