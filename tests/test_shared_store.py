"""The shared store on PostgreSQL: the database itself refuses a double booking, and the
service turns that refusal into the usual sentence."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from jumpadesk import availability
from jumpadesk.errors import InputError, SlotTaken
from jumpadesk.models import make_engine
from jumpadesk.service import Desk

HOUR = 3600
T10 = int(datetime(2026, 11, 25, 10, tzinfo=UTC).timestamp())


@pytest.fixture
def engine(pg_url: str) -> Iterator[Engine]:
    engine = make_engine(pg_url)
    yield engine
    engine.dispose()


def insert(engine: Engine, table: str, sub: int, start: int, end: int,
           status: str = "pending") -> None:
    with engine.begin() as conn:
        if table == "appointment":
            conn.execute(text(
                "INSERT INTO appointment (sub_account_id, title, start_ts, end_ts, uid, href, "
                "etag, status, guest_name, guest_email, guest_phone, created_at) VALUES "
                "(:sub, 'Haircut', :start, :end, '', '', '', :status, '', '', '', now())"),
                {"sub": sub, "start": start, "end": end, "status": status})
        else:
            conn.execute(text(
                "INSERT INTO blocked_slot (sub_account_id, title, start_ts, end_ts, created_at) "
                "VALUES (:sub, 'Lunch', :start, :end, now())"),
                {"sub": sub, "start": start, "end": end})


def refused(engine: Engine, table: str, sub: int, start: int, end: int) -> bool:
    try:
        insert(engine, table, sub, start, end)
    except IntegrityError as exc:
        assert getattr(exc.orig, "sqlstate", None) == "23P01"
        return True
    return False


def test_postgresql_refuses_overlaps_inserted_directly(engine: Engine) -> None:
    desk = Desk(engine=engine)
    main = desk.sub_account("Main").id
    other = desk.add_sub_account("Salon B").id
    assert main is not None and other is not None
    insert(engine, "appointment", main, T10, T10 + HOUR)
    insert(engine, "blocked_slot", main, T10 + 3 * HOUR, T10 + 4 * HOUR)

    # Within one sub-account nothing may overlap an appointment or a blocked slot...
    assert refused(engine, "appointment", main, T10 + HOUR // 2, T10 + 2 * HOUR)
    assert refused(engine, "appointment", main, T10 - HOUR, T10 + 2 * HOUR)
    assert refused(engine, "blocked_slot", main, T10 + HOUR // 2, T10 + HOUR)
    assert refused(engine, "appointment", main, T10 + 3 * HOUR, T10 + 3 * HOUR + 60)
    assert refused(engine, "blocked_slot", main, T10 + 2 * HOUR, T10 + 5 * HOUR)
    # ... what only touches is fine (ends are exclusive), so is another sub-account ...
    assert not refused(engine, "appointment", main, T10 + HOUR, T10 + 2 * HOUR)
    assert not refused(engine, "appointment", other, T10, T10 + HOUR)
    assert not refused(engine, "blocked_slot", other, T10 + 3 * HOUR, T10 + 4 * HOUR)
    # ... and a cancelled appointment blocks nothing.
    with engine.begin() as conn:
        conn.execute(text("UPDATE appointment SET status = 'cancelled' WHERE start_ts = :t "
                          "AND sub_account_id = :sub"), {"t": T10, "sub": main})
    assert not refused(engine, "appointment", main, T10, T10 + HOUR // 2)
    # Re-instating the cancelled one would now double book: refused too.
    with pytest.raises(IntegrityError):
        with engine.begin() as conn:
            conn.execute(text("UPDATE appointment SET status = 'written' WHERE status = "
                              "'cancelled'"))


def test_the_database_refusal_reaches_the_person_as_the_usual_sentence(
    engine: Engine, monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = Desk(engine=engine)
    desk.set_timezone("Main", "Europe/Berlin")
    start = datetime.fromtimestamp(T10, UTC)
    desk.block("Main", start, start + timedelta(hours=1), "Staff meeting")

    # A bug above the database: the check misses the slot once.
    real = availability.conflicts_with
    calls = []

    def misses_once(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return [] if len(calls) == 1 else real(*args, **kwargs)

    monkeypatch.setattr(availability, "conflicts_with", misses_once)
    with pytest.raises(SlotTaken, match=r"^That time is not free: it overlaps Staff meeting"):
        desk.block("Main", start + timedelta(minutes=30), start + timedelta(hours=2), "Delivery")
    assert [i.title for i in desk.schedule("Main", start, start + timedelta(hours=3))] == [
        "Staff meeting"]


def test_desks_adding_one_sub_account_at_the_same_moment_make_it_once(
    pg_url: str,
) -> None:
    import threading

    desks = [Desk(engine=make_engine(pg_url)) for _ in range(6)]
    start = threading.Barrier(len(desks))
    added: list[int | None] = []
    told: list[str] = []
    errors: list[BaseException] = []

    def add(desk: Desk) -> None:
        start.wait()
        try:
            added.append(desk.add_sub_account("Salon C").id)
        except InputError as exc:
            told.append(str(exc))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(d,)) for d in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    names = [s.name for s in desks[0].sub_accounts()]
    for d in desks:
        d.engine.dispose()
    assert errors == []
    assert len(added) == 1
    assert told == ['There is already a sub-account called "Salon C".'] * (len(desks) - 1)
    assert names == ["Main", "Salon C"]
