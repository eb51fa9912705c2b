"""Issue 18, item 1: an incomplete listing changes nothing.

The iCloud-like server, with tests/hostile_listing.py in front of Work, pages its
listings, repeats or drops its sync token, lists nothing without a token, never stops
paging, or cuts its ETag listing short. Each time the shop owner checks what they would:
`busy` still shows every event it showed before, a booking over one is refused (the
schedule is out of date; booked anyway, the slot is taken), and Work is named as out of
date with a sentence that says its list was incomplete. A server that pages well is read
to its last page, however many there are, and its token is kept.

Added events sit in the weeks after the seeded one, 20 minutes each, half-hourly from
10:00 Berlin, so no two of them and no seeded event (the 09:00 stand-up, the trade
fair on Mon 30 Nov and Tue 1 Dec) touch.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from jumpadesk import cli
from jumpadesk.config import Settings
from jumpadesk.errors import SlotTaken
from jumpadesk.models import Calendar, CalendarObject, session_scope
from jumpadesk.service import Desk, StaleData
from jumpadesk.sync.client import CalDAVClient
from tests.hostile_listing import HostileListing
from tests.icloud_server import IcloudServer, week_day

SUB = "Main"
INCOMPLETE = "iCloud's list of events was incomplete"

Span = tuple[datetime, datetime]


def add_events(icloud: IcloudServer, count: int, first: int = 0) -> list[Span]:
    """`count` events in Work from the phone, 20 minutes each, 20 a day from Wednesday
    2 December, the `first`-th slot first; returns their spans."""
    spans = []
    for i in range(first, first + count):
        start = week_day(9 + i // 20, "10:00") + timedelta(minutes=30 * (i % 20))
        end = start + timedelta(minutes=20)
        icloud.add_event("Work", f"Client {i}", start, end)
        spans.append((start, end))
    return spans


def make_desk(sleeps: list[float], settings: Settings | None = None) -> Desk:
    def factory(server_url: str, apple_id: str, password: str) -> CalDAVClient:
        return CalDAVClient(server_url, apple_id, password, sleep=sleeps.append, timeout=10)

    return Desk(settings=settings or Settings(), client_factory=factory)


def open_shop(desk: Desk, icloud: IcloudServer) -> None:
    desk.set_timezone(SUB, "Europe/Berlin")
    desk.connect(SUB, icloud.apple_id, icloud.password, icloud.url)
    desk.configure(SUB, "Work", ["Home", "Family"])


def busy_spans(desk: Desk, spans: list[Span]) -> list[Span]:
    """What `busy` says over the days of `spans`."""
    start = min(s for s, _ in spans).replace(hour=0, minute=0)
    end = max(e for _, e in spans) + timedelta(days=1)
    return [(i.start, i.end) for i in desk.busy(SUB, start, end)]


def work(desk: Desk) -> tuple[int, str]:
    """How many objects the store holds for Work, and Work's saved sync token."""
    with session_scope(desk.engine) as s:
        cal = s.exec(select(Calendar).where(Calendar.name == "Work")).one()
        count = len(s.exec(select(CalendarObject.id)
                           .where(CalendarObject.calendar_id == cal.id)).all())
        return count, cal.sync_token


def stale_sentences(desk: Desk) -> list[str]:
    tz = desk.zone(SUB)
    return [s.sentence(tz) for s in desk.stale(SUB)]


def assert_fails_closed(desk: Desk, spans: list[Span], busy_before: list[Span]) -> None:
    """What the owner sees after a listing that could not be trusted."""
    assert busy_spans(desk, spans) == busy_before
    assert set(spans) <= set(busy_before)
    [line] = stale_sentences(desk)
    assert line.startswith("Work (iCloud): last synced ")
    assert INCOMPLETE in line
    start, end = spans[-1]
    with pytest.raises(StaleData) as refused:
        desk.book(SUB, start, end, "Haircut")
    assert "Work (iCloud)" in str(refused.value) and INCOMPLETE in str(refused.value)
    with pytest.raises(SlotTaken):
        desk.book(SUB, start, end, "Haircut", allow_stale=True)


# -- a server that pages well --------------------------------------------------------------


def test_a_full_listing_in_55_pages_is_read_to_its_last_page_and_its_token_kept(
    jumpadesk_home: Path, icloud: IcloudServer, sleeps: list[float]
) -> None:
    spans = add_events(icloud, 102)
    assert len(icloud.hrefs("Work")) == 110
    layer = HostileListing.install(icloud, "Work", "paged", page_size=2)
    desk = make_desk(sleeps)
    open_shop(desk, icloud)

    report = desk.sync(SUB)

    assert report.ok, report.failures()
    assert work(desk)[0] == 110
    assert layer.pages_served == 55
    assert set(spans) <= set(busy_spans(desk, spans))
    assert stale_sentences(desk) == []
    # The token kept is the server's own: the next pass asks with it and gets only news.
    later = add_events(icloud, 1, first=102)
    icloud.reset_requests()
    report = desk.sync(SUB)
    assert report.ok, report.failures()
    assert [r.fault for r in icloud.requests if r.fault] == []  # no token refused
    assert work(desk)[0] == 111 and set(later) <= set(busy_spans(desk, later))


# -- servers whose full listing cannot be trusted ----------------------------------------


@pytest.mark.parametrize("mode", ["repeat-token", "no-token", "empty-no-token",
                                  pytest.param("endless", marks=pytest.mark.slow),  # a deadline
                                  "truncated-propfind"])
def test_a_full_listing_that_cannot_be_trusted_changes_nothing(
    jumpadesk_home: Path, icloud: IcloudServer, sleeps: list[float], mode: str
) -> None:
    spans = add_events(icloud, 52)
    # A listing that never ends is given a second in all, not two minutes.
    desk = make_desk(sleeps, Settings(listing_deadline_seconds=1) if mode == "endless"
                     else Settings())
    open_shop(desk, icloud)
    assert desk.sync(SUB).ok
    busy_before = busy_spans(desk, spans)
    stored_before = work(desk)
    assert stored_before[0] == 60
    # The phone adds one (so Work's ctag moves) and the server forgets its tokens, so
    # jumpadesk reads Work afresh, through the misbehaving listing.
    added = add_events(icloud, 1, first=52)
    icloud.expire_sync_tokens()
    layer = HostileListing.install(icloud, "Work", mode, page_size=10)

    report = desk.sync(SUB)

    assert work(desk) == stored_before  # nothing deleted, nothing added, the token kept
    assert_fails_closed(desk, spans, busy_before)
    assert layer.pages_served >= 1
    assert not report.ok
    [failure] = report.failures()
    assert failure.startswith(f"Work (demo@icloud.com): {INCOMPLETE}")

    # Once the server lists properly again, the next pass brings Work up to date.
    layer.mode = ""
    report = desk.sync(SUB)
    assert report.ok, report.failures()
    assert work(desk)[0] == 61
    assert stale_sentences(desk) == []
    assert set(spans + added) <= set(busy_spans(desk, spans + added))


def test_a_changes_listing_that_repeats_its_token_does_not_hide_the_rest(
    jumpadesk_home: Path, icloud: IcloudServer, sleeps: list[float]
) -> None:
    desk = make_desk(sleeps)
    open_shop(desk, icloud)
    assert desk.sync(SUB).ok
    stored_before = work(desk)
    # 25 new events; the server lists the first 10, then says "more to come" with the
    # token it was asked with: the other 15 would read free without a word.
    spans = add_events(icloud, 25)
    layer = HostileListing.install(icloud, "Work", "repeat-token", page_size=10)

    report = desk.sync(SUB)

    assert not report.ok
    assert work(desk) == stored_before
    [line] = stale_sentences(desk)
    assert line.startswith("Work (iCloud): ") and INCOMPLETE in line
    start, end = spans[-1]
    with pytest.raises(StaleData):
        desk.book(SUB, start, end, "Haircut")
    layer.mode = ""
    assert desk.sync(SUB).ok
    assert set(spans) <= set(busy_spans(desk, spans))
    assert stale_sentences(desk) == []


# -- what the command line says -----------------------------------------------------------


def test_the_command_line_names_the_calendar_whose_list_was_incomplete(
    jumpadesk_home: Path, icloud: IcloudServer, capsys: pytest.CaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def jd(*args: str) -> tuple[int, str, str]:
        code = cli.main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    spans = add_events(icloud, 12)
    monkeypatch.setenv("JUMPADESK_PASSWORD", icloud.password)
    assert jd("connect", "--apple-id", icloud.apple_id, "--server", icloud.url)[0] == 0
    assert jd("configure", "--linked", "Work", "--conflict", "Home")[0] == 0
    assert jd("sync")[0] == 0
    window = ("--from", cli.zulu(spans[0][0] - timedelta(hours=1)),
              "--to", cli.zulu(spans[-1][1] + timedelta(hours=1)))
    _, busy_before, _ = jd("busy", *window)
    assert busy_before.count("busy") >= 12
    add_events(icloud, 1, first=12)
    icloud.expire_sync_tokens()
    HostileListing.install(icloud, "Work", "no-token", page_size=5)

    code, _, err = jd("sync")
    assert code == cli.EXIT_SYNC_FAILED
    assert f"jumpadesk: Work (demo@icloud.com): {INCOMPLETE}" in err
    code, out, _ = jd("status")
    assert code == 0
    assert "Out of date: Work (iCloud): last synced " in out and INCOMPLETE in out
    assert jd("busy", *window)[1] == busy_before
    start, end = spans[-1]
    code, _, err = jd("book", "--in-the-past", "--start", cli.zulu(start), "--end", cli.zulu(end),
                      "--title", "Haircut")
    assert code == cli.EXIT_ERROR
    assert "out of date" in err and INCOMPLETE in err
    assert err.rstrip().endswith("Add --even-if-stale to book anyway.")  # issue 21 item 10
    code, _, err = jd("book", "--in-the-past", "--start", cli.zulu(start), "--end", cli.zulu(end),
                      "--title", "Haircut", "--even-if-stale")
    assert code == cli.EXIT_SLOT_TAKEN
