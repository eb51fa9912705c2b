"""Issue 23, item 1: a large change stores the weeks a window shows first.

A calendar that brings at least Settings.shown_weeks_first_from objects stores those with
an occurrence in this week or the next four, and their occurrences, in a transaction of
its own, and says so (SyncProgress.shown_weeks_stored); the rest follows. Only once the
whole listing is in: nothing is deleted and no token or ctag saved before the last
transaction, and a listing that cannot be trusted stores nothing at all.

The tests look at the store at the moment the pass says the shown weeks are in (its
progress callback runs inside the pass, between the two transactions).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from jumpadesk.config import Settings
from jumpadesk.models import Calendar, Occurrence, session_scope
from jumpadesk.sync.report import SyncProgress
from tests.hostile_listing import HostileListing

EARLY = Settings(shown_weeks_first_from=5)


def _monday() -> datetime:
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return today - timedelta(days=today.weekday())


def add_near_and_far(icloud, prefix: str) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """Three events in Work within this week and the next two, three a quarter ahead;
    returns their titles (near, far)."""
    near, far = [], []
    for i in range(3):
        start = _monday() + timedelta(days=2 + 7 * i, hours=9 + i)
        icloud.add_event("Work", f"{prefix} near {i}", start, start + timedelta(hours=1))
        near.append(f"{prefix} near {i}")
        start = _monday() + timedelta(days=95 + 7 * i, hours=9 + i)
        icloud.add_event("Work", f"{prefix} far {i}", start, start + timedelta(hours=1))
        far.append(f"{prefix} far {i}")
    return near, far


@dataclass
class Moment:
    """What the store held for Work when the pass said its shown weeks were in."""

    titles: set[str]
    token: str
    ctag: str
    last_sync_at: datetime | None


def watch_work(connected) -> tuple[list[Moment], object]:  # type: ignore[no-untyped-def]
    seen: list[Moment] = []

    def progress(p: SyncProgress) -> None:
        if p.shown_weeks_stored and p.calendar == "Work":
            work = connected.calendar("Work")
            titles = {o.title for o in connected.occurrences("Work")}
            seen.append(Moment(titles, work.sync_token, work.ctag, work.last_sync_at))

    return seen, progress


def test_a_first_sync_stores_the_shown_weeks_before_the_rest(connected):
    near, far = add_near_and_far(connected.icloud, "Client")
    seen, progress = watch_work(connected)

    report = connected.sync(settings=EARLY, progress=progress)

    assert report.ok, report.failures()
    [moment] = seen
    assert set(near) <= moment.titles  # this week and the next two: in already
    assert not set(far) & moment.titles  # a quarter ahead: not yet
    # Not synced yet: no token, no ctag, not fresh; the calendar is still out of date.
    assert (moment.token, moment.ctag, moment.last_sync_at) == ("", "", None)
    # Then everything, with the token; and each object counted once as changed.
    titles = {o.title for o in connected.occurrences("Work")}
    assert set(near) | set(far) <= titles
    work = connected.calendar("Work")
    assert work.sync_token and work.ctag and work.last_sync_at
    [result] = [c for c in report.accounts[0].calendars if c.name == "Work"]
    assert result.changed == len(connected.objects("Work"))
    # One occurrence row per occurrence: stored ahead and then again would be two.
    with session_scope(connected.engine) as s:
        rows = s.exec(select(Occurrence.object_id, Occurrence.start_ts)
                      .where(Occurrence.calendar_id == work.id)).all()
    assert len(rows) == len(set(rows))


def test_a_small_change_is_stored_in_one_transaction(connected):
    add_near_and_far(connected.icloud, "Client")
    seen, progress = watch_work(connected)

    report = connected.sync(settings=Settings(shown_weeks_first_from=1000), progress=progress)

    assert report.ok, report.failures()
    assert seen == []


def test_deletions_wait_for_the_whole_listing(connected):
    near, far = add_near_and_far(connected.icloud, "Client")
    assert connected.sync(settings=EARLY).ok
    [gone] = [o for o in connected.objects("Work").values() if "Client near 0" in o.ics]
    # The phone deletes one near event and adds more; the server forgets its tokens, so
    # Work is read afresh (a full listing, which is what can delete).
    connected.icloud.delete_event("Work", gone.href)
    more_near, more_far = add_near_and_far(connected.icloud, "Walk-in")
    connected.icloud.expire_sync_tokens()
    seen, progress = watch_work(connected)

    report = connected.sync(settings=EARLY, progress=progress)

    assert report.ok, report.failures()
    [moment] = seen
    assert set(more_near) <= moment.titles
    assert "Client near 0" in moment.titles  # deleted on the server, still here
    titles = {o.title for o in connected.occurrences("Work")}
    assert "Client near 0" not in titles  # gone once the whole listing was in
    assert set(more_near) | set(more_far) | set(near[1:]) | set(far) <= titles


def test_a_listing_that_cannot_be_trusted_stores_nothing_ahead(connected):
    assert connected.sync(settings=EARLY).ok
    before = (connected.objects("Work"), connected.calendar("Work").sync_token)
    near, _ = add_near_and_far(connected.icloud, "Client")
    connected.icloud.expire_sync_tokens()
    HostileListing.install(connected.icloud, "Work", "no-token", page_size=3)
    seen, progress = watch_work(connected)

    report = connected.sync(settings=Settings(shown_weeks_first_from=1), progress=progress)

    assert not report.ok
    assert seen == []
    assert (connected.objects("Work"), connected.calendar("Work").sync_token) == before
    assert not set(near) & {o.title for o in connected.occurrences("Work")}
    with session_scope(connected.engine) as s:
        work = s.exec(select(Calendar).where(Calendar.name == "Work")).one()
        assert "incomplete" in work.last_error
