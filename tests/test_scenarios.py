"""A shop owner's days against the iCloud-like server, one per failure of today's tools
(../shared/PEERS.md), driving the real service layer (`Desk`) the window and the command
line share.

Every test opens the shop the way a person would (connect with the app-specific
password, choose the linked and the conflict calendars, sync), lets the day happen
(the phone changes things, iCloud has a bad moment) and checks what the owner would
check: which Berlin hours are busy, whether a booking goes through, which calendars
the staleness banner names, what the iCloud calendars hold afterwards.

Expected hours come from the shapes of the events (resources/demo/README.md and the
events the phone writes below), worked out by hand, never from the code under test.
The seeded week is Monday 2026-11-23, Europe/Berlin.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from jumpadesk.config import Settings
from jumpadesk.errors import (
    AuthFailed,
    BookingUnconfirmed,
    InputError,
    NotConnected,
    SlotTaken,
)
from jumpadesk.service import Desk, StaleData
from jumpadesk.sync.client import CalDAVClient
from tests.helpers.shop import BERLIN, at, busy_on, items_at, open_shop, uid_at
from tests.icloud_server import IcloudServer, make_event

NEW_YORK = ZoneInfo("America/New_York")
CALENDARS = ("Home", "Work", "Family", "Reminders", "US Holidays")


# -- the shop ------------------------------------------------------------------------------


@pytest.fixture
def sleeps() -> list[float]:
    """Backoff the clients asked for; recorded, never slept."""
    return []


@pytest.fixture
def desk(jumpadesk_home: Path, sleeps: list[float]) -> Desk:
    """The desk of a fresh data folder, as `Desk()` opens it, with clients that never
    sleep for real."""

    def factory(server_url: str, apple_id: str, password: str) -> CalDAVClient:
        return CalDAVClient(server_url, apple_id, password, sleep=sleeps.append, timeout=10)

    return Desk(settings=Settings(), client_factory=factory)


def all_hrefs(icloud: IcloudServer) -> dict[str, set[str]]:
    return {name: set(icloud.hrefs(name)) for name in CALENDARS}


def grown(before: dict[str, set[str]], after: dict[str, set[str]]) -> dict[str, int]:
    """How many objects each calendar gained or lost; calendars that did not move are
    left out."""
    out = {}
    for name in before:
        if before[name] != after[name]:
            out[name] = len(after[name] - before[name]) - len(before[name] - after[name])
    return out


def calendar_text(*lines: str, vtimezones: Iterable[str] = ()) -> str:
    """A VCALENDAR around raw lines, CRLF as on the wire."""
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//iPhone OS 18.1//EN",
            *vtimezones, *lines, "END:VCALENDAR"]
    return "\r\n".join(body) + "\r\n"


BERLIN_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19810329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19961027T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""".replace("\n", "\r\n")


# -- 1. times shifted by a zone offset -----------------------------------------------------

# What Exchange sends: a Windows zone name and its own VTIMEZONE (rules from 1601).
OUTLOOK_PACIFIC = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Pat Supplier:mailto:pat@supplier.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:demo@icloud.com
RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=SU
UID:040000008200E00074C5B7101A82E00800000000OUTLOOK1
SUMMARY;LANGUAGE=en-US:Supplier call (Seattle)
DTSTART;TZID=Pacific Standard Time:20261019T080000
DTEND;TZID=Pacific Standard Time:20261019T083000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261001T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")


def test_new_york_and_outlook_times_block_the_right_berlin_hours_across_daylight_saving(
    desk: Desk, icloud: IcloudServer,
) -> None:
    # Europe leaves summer time on 25 Oct 2026 and enters it on 28 Mar 2027; the USA a
    # week later (1 Nov) and two weeks earlier (14 Mar). In between, New York and Seattle
    # are an hour closer to Berlin: a one-offset zone puts these calls an hour wrong there.
    icloud.add_event("Work", "Call with Boston", at(2026, 10, 20, "10:00", NEW_YORK),
                     at(2026, 10, 20, "10:30", NEW_YORK), rrule="FREQ=WEEKLY;BYDAY=TU")
    icloud.put_event("Work", OUTLOOK_PACIFIC)
    open_shop(desk, icloud, conflicts=())

    # The seeded one-off: 10:00 in New York on Thursday 26 Nov is 16:00 in Berlin.
    assert ("16:00", "16:30") in busy_on(desk, date(2026, 11, 26))
    assert ("15:00", "15:30") not in busy_on(desk, date(2026, 11, 26))

    # Tuesdays, 10:00 New York: both on summer time, Europe only on winter time, both winter.
    assert busy_on(desk, date(2026, 10, 20)) == [("16:00", "16:30")]
    assert busy_on(desk, date(2026, 10, 27)) == [("15:00", "15:30")]
    assert busy_on(desk, date(2026, 11, 3)) == [("16:00", "16:30")]
    assert busy_on(desk, date(2027, 3, 9)) == [("16:00", "16:30")]
    assert busy_on(desk, date(2027, 3, 16)) == [("15:00", "15:30")]
    assert busy_on(desk, date(2027, 3, 30)) == [("16:00", "16:30")]
    # Mondays (after the 09:00 stand-up), 08:00 in Seattle from Outlook.
    assert busy_on(desk, date(2026, 10, 19)) == [("09:00", "09:30"), ("17:00", "17:30")]
    assert busy_on(desk, date(2026, 10, 26)) == [("09:00", "09:30"), ("16:00", "16:30")]
    assert busy_on(desk, date(2026, 11, 2)) == [("09:00", "09:30"), ("17:00", "17:30")]
    assert busy_on(desk, date(2027, 3, 8)) == [("09:00", "09:30"), ("17:00", "17:30")]
    assert busy_on(desk, date(2027, 3, 15)) == [("09:00", "09:30"), ("16:00", "16:30")]
    assert busy_on(desk, date(2027, 3, 29)) == [("09:00", "09:30"), ("17:00", "17:30")]

    # In the odd weeks the hour a one-offset zone would block is bookable, the real one not.
    with pytest.raises(SlotTaken) as taken:
        desk.book("Main", at(2027, 3, 16, "15:00"), at(2027, 3, 16, "15:30"), "Fitting")
    assert "Call with Boston" in str(taken.value)
    with pytest.raises(SlotTaken) as taken:
        desk.book("Main", at(2027, 3, 15, "16:00"), at(2027, 3, 15, "16:30"), "Fitting")
    assert "Supplier call (Seattle)" in str(taken.value)
    assert desk.book("Main", at(2027, 3, 16, "16:00"), at(2027, 3, 16, "16:30"), "Fitting").href


def test_a_zone_the_server_wrote_wrongly_does_not_move_a_named_zone(
    desk: Desk, icloud: IcloudServer,
) -> None:
    # A client sent no VTIMEZONE; the server made one up whose summer rule ends in March
    # 2026 (Radicale really does this). Read literally, every later New York time would be
    # an hour late in summer. The IANA name is what the sender meant.
    icloud.put_event("Work", calendar_text(
        "BEGIN:VEVENT", "UID:NO-VTIMEZONE-1", "DTSTAMP:20261001T120000Z",
        "SUMMARY:Wholesaler call", "DTSTART;TZID=America/New_York:20261021T100000",
        "DTEND;TZID=America/New_York:20261021T103000", "RRULE:FREQ=WEEKLY;BYDAY=TH",
        "END:VEVENT"))
    # And Outlook's name for Berlin, without any VTIMEZONE at all.
    icloud.put_event("Work", calendar_text(
        "BEGIN:VEVENT", "UID:WINDOWS-NAME-1", "DTSTAMP:20261001T120000Z",
        "SUMMARY:Accountant (Outlook)", "DTSTART;TZID=W. Europe Standard Time:20261020T070000",
        "DTEND;TZID=W. Europe Standard Time:20261020T073000", "RRULE:FREQ=WEEKLY;BYDAY=TU",
        "END:VEVENT"))
    served = icloud.get_event("Work", "NO-VTIMEZONE-1")
    assert served is not None and "BEGIN:VTIMEZONE" in served  # the made-up one is there
    open_shop(desk, icloud, conflicts=())

    assert busy_on(desk, date(2026, 10, 22)) == [("16:00", "16:30")]  # both summer
    assert busy_on(desk, date(2026, 10, 29)) == [("15:00", "15:30")]  # Europe winter
    assert busy_on(desk, date(2026, 12, 3)) == [("16:00", "16:30")]
    assert busy_on(desk, date(2027, 6, 3)) == [("16:00", "16:30")]  # both summer again
    for day in (date(2026, 10, 20), date(2026, 10, 27), date(2027, 6, 1)):
        assert busy_on(desk, day) == [("07:00", "07:30")]


# -- 2. all-day events ---------------------------------------------------------------------


def test_all_day_events_block_by_their_own_transp_and_the_whole_local_day(
    desk: Desk, icloud: IcloudServer,
) -> None:
    icloud.add_event("Home", "Bank holiday (shop open)", date(2026, 12, 2), date(2026, 12, 3),
                     transp="TRANSPARENT")
    icloud.add_event("Family", "Stocktaking", date(2026, 12, 3), date(2026, 12, 4),
                     transp="OPAQUE")
    open_shop(desk, icloud)

    # Friday 27: "Moving day" has no TRANSP, so it is opaque: midnight to midnight Berlin.
    assert busy_on(desk, date(2026, 11, 27)) == [("00:00", "24:00")]
    # Wednesday 25: "Mum's birthday" is transparent; only the timed events block.
    assert busy_on(desk, date(2026, 11, 25)) == [
        ("14:30", "15:30"), ("16:00", "16:30"), ("20:00", "24:00"),
    ]
    assert ("Mum's birthday", "icloud", False, "free") in items_at(
        desk, at(2026, 11, 25), at(2026, 11, 26))
    # Next year's birthday repeats, and is just as free.
    assert not any(
        title == "Mum's birthday" and busy
        for title, _, busy, _ in items_at(desk, at(2027, 11, 25), at(2027, 11, 26))
    )

    assert desk.book("Main", at(2026, 12, 2, "10:00"), at(2026, 12, 2, "11:00"), "Perm").href
    with pytest.raises(SlotTaken) as taken:
        desk.book("Main", at(2026, 12, 3, "10:00"), at(2026, 12, 3, "11:00"), "Perm")
    assert "Stocktaking" in str(taken.value) and "Family" in str(taken.value)
    # The trade fair (two all-day dates, TRANSP:OPAQUE) fills both days, not one, not three.
    assert busy_on(desk, date(2026, 11, 30)) == [("00:00", "24:00")]
    assert busy_on(desk, date(2026, 12, 1)) == [("00:00", "24:00")]
    assert ("00:00", "24:00") not in busy_on(desk, date(2026, 12, 2))
    # 23:30 on the Thursday before moving day is Thursday in Berlin (22:30 UTC), so free.
    assert desk.book("Main", at(2026, 11, 26, "22:30"), at(2026, 11, 26, "23:59"), "Late").href


def test_all_day_events_fill_the_day_of_each_sub_accounts_own_zone(
    desk: Desk, icloud: IcloudServer,
) -> None:
    open_shop(desk, icloud, conflicts=["Home"])
    open_shop(desk, icloud, sub="New York desk", linked=None, conflicts=["Home"],
              zone="America/New_York")
    # Moving day (Fri 27) is a date, not an instant: each desk's own Friday.
    assert busy_on(desk, date(2026, 11, 27), sub="New York desk", zone=NEW_YORK)[0] == (
        "00:00", "24:00")
    busy = desk.busy("New York desk", at(2026, 11, 26, "12:00", NEW_YORK),
                     at(2026, 11, 28, "12:00", NEW_YORK))
    moving = [i for i in busy if i.end - i.start >= timedelta(hours=24)]
    assert [(i.start, i.end) for i in moving] == [
        (at(2026, 11, 27, zone=NEW_YORK), at(2026, 11, 28, zone=NEW_YORK))]


# -- 3. repeating events -------------------------------------------------------------------


def _pilates() -> str:
    """Tuesdays 18:00 from 1 Dec; 8 Dec moved to Wednesday 19:00, 15 Dec skipped
    (EXDATE), 22 Dec cancelled (an override with STATUS:CANCELLED)."""
    uid = "PILATES-WEEKLY-1"
    stamp = "DTSTAMP:20261120T100000Z"
    return calendar_text(
        "BEGIN:VEVENT", f"UID:{uid}", stamp, "SUMMARY:Pilates",
        "DTSTART;TZID=Europe/Berlin:20261201T180000", "DTEND;TZID=Europe/Berlin:20261201T190000",
        "RRULE:FREQ=WEEKLY;BYDAY=TU", "EXDATE;TZID=Europe/Berlin:20261215T180000",
        "END:VEVENT",
        "BEGIN:VEVENT", f"UID:{uid}", stamp, "SUMMARY:Pilates (moved)",
        "RECURRENCE-ID;TZID=Europe/Berlin:20261208T180000",
        "DTSTART;TZID=Europe/Berlin:20261209T190000", "DTEND;TZID=Europe/Berlin:20261209T200000",
        "SEQUENCE:1", "END:VEVENT",
        "BEGIN:VEVENT", f"UID:{uid}", stamp, "SUMMARY:Pilates",
        "RECURRENCE-ID;TZID=Europe/Berlin:20261222T180000",
        "DTSTART;TZID=Europe/Berlin:20261222T180000", "DTEND;TZID=Europe/Berlin:20261222T190000",
        "STATUS:CANCELLED", "SEQUENCE:1", "END:VEVENT",
        vtimezones=[BERLIN_VTIMEZONE],
    )


def test_a_weekly_event_blocks_every_real_week_with_its_moved_and_cancelled_instances(
    desk: Desk, icloud: IcloudServer,
) -> None:
    icloud.put_event("Work", _pilates())
    # Half past midnight in Berlin is still the previous day in UTC: BYDAY must be Berlin's.
    icloud.add_event("Work", "Night inventory", at(2026, 11, 30, "00:30"),
                     at(2026, 11, 30, "01:30"), rrule="FREQ=WEEKLY;BYDAY=MO,TH")
    open_shop(desk, icloud, conflicts=())

    # The stand-up, Mon/Wed/Fri 09:00 since 28 Sep 2026: every week, before and after both
    # daylight-saving changes, inside the stored span and past it (expanded on demand).
    moved_or_skipped = {date(2026, 11, 25), date(2026, 11, 27)}
    fair = {date(2026, 11, 30), date(2026, 12, 1)}  # the trade fair, all day
    monday = date(2026, 9, 28)
    while monday < date(2028, 4, 1):
        for offset in range(5):
            day = monday + timedelta(days=offset)
            if day in fair:
                continue
            morning = desk.busy("Main", at(day.year, day.month, day.day, "08:00"),
                                at(day.year, day.month, day.day, "10:00"))
            hours = [(f"{i.start.astimezone(BERLIN):%H:%M}",
                      f"{i.end.astimezone(BERLIN):%H:%M}") for i in morning]
            standup = offset in (0, 2, 4) and day not in moved_or_skipped
            assert hours == ([("09:00", "09:30")] if standup else []), day
        monday += timedelta(days=7)
    assert ("11:00", "11:30") in busy_on(desk, date(2026, 11, 27))  # the moved Friday

    # Pilates: every Tuesday at 18:00, except the moved, skipped and cancelled ones.
    skipped = {date(2026, 12, 8), date(2026, 12, 15), date(2026, 12, 22)}
    for day in (date(2026, 12, 8) + timedelta(weeks=n) for n in range(30)):  # 1 Dec: fair
        evening = desk.busy("Main", at(day.year, day.month, day.day, "17:00"),
                            at(day.year, day.month, day.day, "21:00"))
        hours = [(f"{i.start.astimezone(BERLIN):%H:%M}", f"{i.end.astimezone(BERLIN):%H:%M}")
                 for i in evening]
        assert hours == ([] if day in skipped else [("18:00", "19:00")]), day
    assert ("19:00", "20:00") in busy_on(desk, date(2026, 12, 9))
    assert ("Pilates", "icloud", False, "cancelled") in items_at(
        desk, at(2026, 12, 22, "17:00"), at(2026, 12, 22, "21:00"))

    # Night inventory: Mondays and Thursdays at 00:30 Berlin; a rule applied to UTC dates
    # would put it on Tuesdays and Fridays instead.
    for day in (date(2026, 12, 3), date(2026, 12, 7), date(2027, 7, 1), date(2027, 7, 5)):
        assert ("00:30", "01:30") in busy_on(desk, day), day
    for day in (date(2026, 12, 4), date(2026, 12, 8), date(2027, 7, 2), date(2027, 7, 6)):
        assert ("00:30", "01:30") not in busy_on(desk, day), day

    # The owner books into the freed Tuesdays, and not into the moved one.
    assert desk.book("Main", at(2026, 12, 15, "18:00"), at(2026, 12, 15, "19:00"), "Cut").href
    assert desk.book("Main", at(2026, 12, 22, "18:00"), at(2026, 12, 22, "19:00"), "Cut").href
    with pytest.raises(SlotTaken) as taken:
        desk.book("Main", at(2026, 12, 9, "19:30"), at(2026, 12, 9, "20:00"), "Cut")
    assert "Pilates (moved)" in str(taken.value)


# -- 4. a calendar that cannot be read -----------------------------------------------------


def _break_family(icloud: IcloudServer, fault: str) -> None:
    """From now on iCloud cannot serve the Family calendar's contents."""
    if fault == "cut":
        icloud.cut_next(100, method="REPORT", path="/family/")
    else:
        icloud.fail_next(100, status=int(fault), method="REPORT", path="/family/")


@pytest.mark.parametrize("fault", ["500", "503", "cut"])
def test_a_calendar_that_cannot_be_read_is_never_taken_as_free(
    desk: Desk, icloud: IcloudServer, sleeps: list[float], fault: str,
) -> None:
    open_shop(desk, icloud)
    # Someone adds an evening to the shared family calendar; then iCloud cannot serve it.
    icloud.add_event("Family", "Parents' evening", at(2026, 12, 3, "17:00"),
                     at(2026, 12, 3, "19:00"))
    _break_family(icloud, fault)

    report = desk.sync()
    assert not report.ok
    [failure] = report.failures()
    assert failure.startswith("Family")
    [stale] = desk.stale()
    assert stale.name == "Family" and stale.last_sync_at is not None
    assert stale.sentence(BERLIN).startswith("Family (iCloud): last synced ")
    # What was read before still blocks: Thursday's school play.
    assert ("17:00", "18:30") in busy_on(desk, date(2026, 11, 26))

    before = all_hrefs(icloud)
    for start, end in (("17:30", "18:30"), ("10:00", "11:00")):  # over it, and elsewhere
        with pytest.raises(StaleData) as asked:
            desk.book("Main", at(2026, 12, 3, start), at(2026, 12, 3, end), "Trim")
        assert [s.name for s in asked.value.stale] == ["Family"]
        assert "Family" in str(asked.value) and "Confirm" in str(asked.value)
    assert all_hrefs(icloud) == before
    # The owner confirms: booked, once, in the linked calendar.
    desk.book("Main", at(2026, 12, 3, "10:00"), at(2026, 12, 3, "11:00"), "Trim",
              allow_stale=True)
    assert grown(before, all_hrefs(icloud)) == {"Work": 1}
    if fault == "503":
        assert sleeps and min(sleeps) >= 2  # backed off (recorded, never slept)

    icloud.clear_faults()
    assert desk.sync().ok
    assert desk.stale() == []
    with pytest.raises(SlotTaken) as taken:
        desk.book("Main", at(2026, 12, 3, "17:30"), at(2026, 12, 3, "18:30"), "Trim")
    assert "Parents' evening" in str(taken.value) and "Family" in str(taken.value)


def test_a_calendar_never_read_makes_booking_ask_first(desk: Desk, icloud: IcloudServer) -> None:
    open_shop(desk, icloud, sync=False)
    _break_family(icloud, "503")
    assert not desk.sync().ok
    [stale] = desk.stale()
    assert stale.name == "Family" and "never synced" in stale.sentence(BERLIN)
    # The school play was never read, so nothing here says busy; booking must not trust it.
    with pytest.raises(StaleData):
        desk.book("Main", at(2026, 11, 26, "17:00"), at(2026, 11, 26, "18:00"), "Trim")
    icloud.clear_faults()
    with pytest.raises(SlotTaken) as taken:
        desk.book("Main", at(2026, 11, 26, "17:00"), at(2026, 11, 26, "18:00"), "Trim")
    assert "School play" in str(taken.value)


def test_when_icloud_cannot_be_reached_every_calendar_is_stale(
    desk: Desk, icloud: IcloudServer,
) -> None:
    open_shop(desk, icloud)
    icloud.cut_next(100, method="PROPFIND")
    report = desk.sync()
    assert not report.ok
    [conn] = desk.connections()
    assert conn.state == "unreachable"
    assert sorted(s.name for s in desk.stale()) == ["Family", "Home", "Work"]
    assert all("last synced" in s.sentence(BERLIN) for s in desk.stale())
    # The last good copy still blocks.
    assert busy_on(desk, date(2026, 11, 27)) == [("00:00", "24:00")]
    with pytest.raises(StaleData):
        desk.book("Main", at(2026, 12, 3, "10:00"), at(2026, 12, 3, "11:00"), "Trim")
    icloud.clear_faults()
    assert desk.sync().ok and desk.stale() == []
    assert desk.connections()[0].state == "ok"


def test_a_conflict_calendar_deleted_in_icloud_is_reported_not_dropped(
    desk: Desk, icloud: IcloudServer,
) -> None:
    open_shop(desk, icloud)
    assert icloud.phone_request("DELETE", icloud.calendar_path("Family")).status in (200, 204)
    report = desk.sync()
    assert not report.ok
    [failure] = report.failures()
    assert failure.startswith("Family") and "deleted in iCloud" in failure
    [stale] = desk.stale()
    assert stale.name == "Family" and "deleted in iCloud" in stale.sentence(BERLIN)
    # What the sentence says is what the desk does: the last known school play still blocks.
    assert "still block" in failure
    assert ("17:00", "18:30") in busy_on(desk, date(2026, 11, 26))
    with pytest.raises(StaleData):
        desk.book("Main", at(2026, 12, 3, "10:00"), at(2026, 12, 3, "11:00"), "Trim")
    # Choosing the calendars again without it ends the question.
    desk.configure("Main", "Work", ["Home"])
    assert desk.stale() == [] and desk.sync().ok
    assert ("17:00", "18:30") not in busy_on(desk, date(2026, 11, 26))


# -- 5. declined and cancelled -------------------------------------------------------------


def _invitation(uid: str, summary: str, start: datetime, end: datetime,
                owner_partstat: str, other_partstat: str = "ACCEPTED",
                owner: str = "mailto:demo@icloud.com", status: str | None = None) -> str:
    return make_event(summary, start, end, uid=uid, status=status, extra=[
        "ORGANIZER;CN=Sam:mailto:sam@supplier.example",
        f"ATTENDEE;CN=Kim;PARTSTAT={other_partstat}:mailto:kim@supplier.example",
        f"ATTENDEE;PARTSTAT={owner_partstat};ROLE=REQ-PARTICIPANT:{owner}",
    ])


def find_href(icloud: IcloudServer, calendar: str, summary: str) -> str:
    for href in icloud.hrefs(calendar):
        text = icloud.get_event(calendar, href) or ""
        if f"SUMMARY:{summary}\r\n" in text or f"SUMMARY:{summary}\n" in text:
            return href
    raise AssertionError(f"no {summary!r} in {calendar}")


def test_declined_and_cancelled_events_never_block(desk: Desk, icloud: IcloudServer) -> None:
    day = (2026, 12, 2)  # a Wednesday: the stand-up at 09:00
    icloud.put_event("Work", _invitation("INV-DECLINED", "Wholesale fair", at(*day, "10:00"),
                                         at(*day, "11:00"), "DECLINED",
                                         owner="mailto:DEMO@iCloud.com"))
    icloud.put_event("Work", _invitation("INV-OTHER", "Team dinner", at(*day, "12:00"),
                                         at(*day, "13:00"), "ACCEPTED", other_partstat="DECLINED"))
    icloud.put_event("Work", _invitation("INV-CANCELLED", "Supplier demo", at(*day, "14:00"),
                                         at(*day, "15:00"), "ACCEPTED", status="CANCELLED"))
    open_shop(desk, icloud, conflicts=())

    assert busy_on(desk, date(*day)) == [("09:00", "09:30"), ("12:00", "13:00")]
    # The seeded ones: Monday's declined lunch, Tuesday's cancelled board review.
    assert busy_on(desk, date(2026, 11, 23)) == [("09:00", "09:30")]
    assert busy_on(desk, date(2026, 11, 24)) == [("10:00", "11:30")]
    shown = items_at(desk, at(*day), at(2026, 12, 3))
    assert ("Wholesale fair", "icloud", False, "declined") in shown
    assert ("Supplier demo", "icloud", False, "cancelled") in shown

    assert desk.book("Main", at(*day, "10:00"), at(*day, "11:00"), "Colour").href
    assert desk.book("Main", at(*day, "14:00"), at(*day, "15:00"), "Colour").href
    with pytest.raises(SlotTaken) as taken:
        desk.book("Main", at(*day, "12:30"), at(*day, "13:30"), "Colour")
    assert "Team dinner" in str(taken.value)

    # On the phone the owner declines Friday's design review, accepted until now.
    href = find_href(icloud, "Work", "Design review")
    cal = icalendar.Calendar.from_ical(icloud.get_event("Work", href))
    [event] = cal.walk("VEVENT")
    for attendee in event["ATTENDEE"]:
        if str(attendee).lower() == "mailto:demo@icloud.com":
            attendee.params["PARTSTAT"] = "DECLINED"
    icloud.put_event("Work", cal.to_ical().decode(), href=href)
    assert ("14:00", "15:00") in busy_on(desk, date(2026, 11, 27))  # not synced yet
    assert desk.sync().ok
    assert ("14:00", "15:00") not in busy_on(desk, date(2026, 11, 27))
    assert desk.book("Main", at(2026, 11, 27, "14:00"), at(2026, 11, 27, "15:00"), "Perm").href


# -- 6. login failures ---------------------------------------------------------------------


def test_a_wrong_password_says_an_app_specific_password_is_needed(
    desk: Desk, icloud: IcloudServer, keyring_backend,  # type: ignore[no-untyped-def]
) -> None:
    for wrong in ("MyAppleIDPassword1", "abcd-efgh-ijkl-mnop"):
        icloud.reset_requests()
        with pytest.raises(AuthFailed) as refused:
            desk.connect("Main", icloud.apple_id, wrong, icloud.url)
        sentence = refused.value.sentence
        assert "app-specific password" in sentence
        assert "not your Apple ID password" in sentence and "appleid.apple.com" in sentence
        assert icloud.apple_id in sentence
        # One try: Apple locks an Apple ID that keeps failing to sign in.
        assert [r.status for r in icloud.requests] == [401]
    assert keyring_backend.passwords == {}
    assert desk.connections() == [] and desk.calendars() == []
    with pytest.raises(InputError) as empty:
        desk.connect("Main", icloud.apple_id, "  \n", icloud.url)
    assert "app-specific password" in str(empty.value)

    desk.connect("Main", icloud.apple_id, f" {icloud.password[:9]} {icloud.password[9:]}\n",
                 icloud.url)  # pasted with spaces and a newline
    assert list(keyring_backend.passwords.values()) == [icloud.password]
    assert [c.state for c in desk.connections()] == ["ok"]


# -- 7. written once, to the linked calendar only ------------------------------------------


def test_a_booking_is_written_to_the_linked_calendar_only(
    desk: Desk, icloud: IcloudServer,
) -> None:
    open_shop(desk, icloud, linked="Home", conflicts=["Work", "Family"])
    open_shop(desk, icloud, sub="Anna", linked="Work", conflicts=["Family"])
    day = (2026, 12, 2)

    before = all_hrefs(icloud)
    mine = desk.book("Main", at(*day, "10:00"), at(*day, "11:00"), "Colour",
                     name="Ann Lee", email="ann@example.com")
    after = all_hrefs(icloud)
    assert grown(before, after) == {"Home": 1}
    [href] = after["Home"] - before["Home"]
    assert uid_at(icloud, "Home", href) == mine.uid

    anna = desk.book("Anna", at(*day, "11:00"), at(*day, "12:00"), "Cut")
    assert grown(after, all_hrefs(icloud)) == {"Work": 1}
    assert anna.uid != mine.uid

    # Each desk sees its own booking once, as the appointment; Main sees Anna's in Work.
    assert desk.sync("Main").ok and desk.sync("Anna").ok
    assert items_at(desk, at(*day, "10:00"), at(*day, "11:00")) == [
        ("Colour", "appointment", True, "appointment")]
    assert items_at(desk, at(*day, "11:00"), at(*day, "12:00"), sub="Anna") == [
        ("Cut", "appointment", True, "appointment")]
    with pytest.raises(SlotTaken) as taken:
        desk.book("Main", at(*day, "11:00"), at(*day, "11:30"), "Colour")
    assert "Cut" in str(taken.value) and "Work" in str(taken.value)

    # A desk with conflict calendars but no linked one writes nowhere.
    open_shop(desk, icloud, sub="Bob", linked=None, conflicts=["Work"])
    before = all_hrefs(icloud)
    with pytest.raises(NotConnected) as refused:
        desk.book("Bob", at(*day, "15:00"), at(*day, "16:00"), "Shave")
    assert "linked calendar" in str(refused.value)
    assert all_hrefs(icloud) == before


def test_a_booking_shows_once_however_far_ahead_or_back_it_is(
    desk: Desk, icloud: IcloudServer,
) -> None:
    open_shop(desk, icloud)
    # Beyond the stored span (400 days ahead, 30 back) the schedule is expanded on demand;
    # the booking, synced back from Work, must still be shown once, as the appointment.
    # The days are counted from today, so they stay beyond the span whenever this runs.
    today = date.today()
    days = ((today + timedelta(days=Settings.expand_days_ahead + 60), "Far ahead"),
            (today - timedelta(days=Settings.expand_days_back + 30), "Looked back"))
    for day, title in days:
        desk.book("Main", at(day.year, day.month, day.day, "10:00"),
                  at(day.year, day.month, day.day, "11:00"), title)
    assert desk.sync().ok
    for day, title in days:
        assert items_at(desk, at(day.year, day.month, day.day, "10:00"),
                        at(day.year, day.month, day.day, "11:00")) == [
            (title, "appointment", True, "appointment")], day


def test_the_busy_hours_and_the_booking_check_agree_on_an_event_without_length(
    desk: Desk, icloud: IcloudServer,
) -> None:
    # An event with a start and no end (RFC 5545: it ends when it starts), as another
    # client can leave one: shown on the schedule, but it takes no time.
    icloud.put_event("Work", calendar_text(
        "BEGIN:VEVENT", "UID:NO-LENGTH-1", "DTSTAMP:20261120T100000Z",
        "SUMMARY:Call back Mrs Ray", "DTSTART;TZID=Europe/Berlin:20261203T100000", "END:VEVENT"))
    open_shop(desk, icloud, conflicts=())
    assert [t for t, *_ in items_at(desk, at(2026, 12, 3, "09:00"), at(2026, 12, 3, "11:00"))] == [
        "Call back Mrs Ray"]
    assert busy_on(desk, date(2026, 12, 3)) == []
    # What `busy` calls free, `book` accepts.
    assert desk.book("Main", at(2026, 12, 3, "09:30"), at(2026, 12, 3, "10:30"), "Trim").href
    assert busy_on(desk, date(2026, 12, 3)) == [("09:30", "10:30")]


# -- 8. availability from the store --------------------------------------------------------


def test_availability_comes_from_the_store_without_asking_icloud(
    desk: Desk, icloud: IcloudServer,
) -> None:
    open_shop(desk, icloud)
    icloud.reset_requests()

    assert busy_on(desk, date(2026, 11, 24)) == [("08:00", "09:00"), ("10:00", "11:30")]
    for day in range(365):  # the owner pages through a year, day by day
        d = date(2026, 11, 23) + timedelta(days=day)
        desk.busy("Main", at(d.year, d.month, d.day), at(d.year, d.month, d.day) + timedelta(1))
    # Past the stored span (expanded on demand from the stored objects): the stand-up.
    assert busy_on(desk, date(2028, 6, 5)) == [("09:00", "09:30")]
    assert desk.schedule("Main", at(2026, 11, 23), at(2026, 11, 30))
    assert desk.conflicts("Main", at(2026, 11, 24, "08:30"), at(2026, 11, 24, "10:30"))
    assert desk.stale() == []
    assert desk.calendars() and desk.connections()
    assert icloud.requests == []


# -- 9. changes made on the phone ----------------------------------------------------------


def test_a_change_and_a_deletion_on_the_phone_arrive_with_the_next_sync(
    desk: Desk, icloud: IcloudServer,
) -> None:
    open_shop(desk, icloud)
    icloud.reset_requests()
    quiet = desk.sync()
    assert quiet.ok and quiet.requests == 1 and len(icloud.requests) == 1

    # The phone: moving day is off, the client visit moves to the morning, and next
    # Wednesday's stand-up is skipped.
    icloud.delete_event("Home", find_href(icloud, "Home", "Moving day"))
    visit = find_href(icloud, "Work", "Client visit")
    cal = icalendar.Calendar.from_ical(icloud.get_event("Work", visit))
    [event] = cal.walk("VEVENT")
    for name, hhmm in (("DTSTART", "10:00"), ("DTEND", "11:00")):
        del event[name]
        event.add(name, at(2026, 11, 26, hhmm))
    icloud.put_event("Work", cal.to_ical().decode(), href=visit)
    standup = find_href(icloud, "Work", "Team stand-up")
    text = icloud.get_event("Work", standup)
    assert text is not None
    text = text.replace("RRULE:", "EXDATE;TZID=Europe/Berlin:20261202T090000\r\nRRULE:", 1)
    icloud.put_event("Work", text, href=standup)

    # Until the next sync the desk shows what it had.
    assert busy_on(desk, date(2026, 11, 27)) == [("00:00", "24:00")]
    report = desk.sync()
    assert report.ok
    # Friday: the moved stand-up, the design review, the haircut (floating, Berlin wall time).
    assert busy_on(desk, date(2026, 11, 27)) == [
        ("11:00", "11:30"), ("14:00", "15:00"), ("16:00", "16:45")]
    # Thursday: the night shift until 09:30 runs into the visit's travel (09:15) and visit.
    assert busy_on(desk, date(2026, 11, 26)) == [
        ("00:00", "11:00"), ("16:00", "16:30"), ("17:00", "18:30")]
    assert busy_on(desk, date(2026, 12, 2)) == []
    assert desk.book("Main", at(2026, 11, 26, "14:00"), at(2026, 11, 26, "15:00"), "Perm").href

    # The server forgets every sync token; a deletion still arrives (full read).
    icloud.expire_sync_tokens()
    icloud.delete_event("Work", find_href(icloud, "Work", "Design review"))
    assert desk.sync().ok
    assert busy_on(desk, date(2026, 11, 27)) == [("11:00", "11:30"), ("16:00", "16:45")]

    icloud.reset_requests()
    quiet = desk.sync()
    assert quiet.ok and quiet.requests == 1 and len(icloud.requests) == 1


# -- 10. a revoked app-specific password ---------------------------------------------------


def test_a_revoked_password_is_reported_and_reconnecting_recovers(
    desk: Desk, icloud: IcloudServer, keyring_backend,  # type: ignore[no-untyped-def]
) -> None:
    open_shop(desk, icloud)
    new_password = icloud.revoke_password()  # the Apple ID password was changed
    icloud.add_event("Work", "Supplier visit", at(2026, 12, 3, "10:00"), at(2026, 12, 3, "11:00"))

    report = desk.sync()
    assert not report.ok
    [failure] = report.failures()
    assert "app-specific password" in failure and "Apple ID password changes" in failure
    [conn] = desk.connections()
    assert conn.state == "auth_failed" and "app-specific password" in conn.last_error
    stale = desk.stale()
    assert sorted(s.name for s in stale) == ["Family", "Home", "Work"]
    assert all("app-specific password" in s.error for s in stale)
    assert busy_on(desk, date(2026, 11, 27)) == [("00:00", "24:00")]  # still what it knew

    # The next passes leave Apple alone (it locks IDs that keep failing) and still say why.
    icloud.reset_requests()
    again = desk.sync()
    assert not again.ok and "app-specific password" in again.failures()[0]
    assert icloud.requests == []
    before = all_hrefs(icloud)
    with pytest.raises(StaleData):
        desk.book("Main", at(2026, 12, 3, "14:00"), at(2026, 12, 3, "15:00"), "Trim")
    with pytest.raises(AuthFailed) as refused:
        desk.book("Main", at(2026, 12, 3, "14:00"), at(2026, 12, 3, "15:00"), "Trim",
                  allow_stale=True)
    assert "app-specific password" in str(refused.value)
    assert all_hrefs(icloud) == before
    assert items_at(desk, at(2026, 12, 3, "14:00"), at(2026, 12, 3, "15:00")) == []

    desk.connect("Main", icloud.apple_id, new_password, icloud.url)
    assert list(keyring_backend.passwords.values()) == [new_password]
    assert desk.sync().ok
    assert desk.connections()[0].state == "ok" and desk.stale() == []
    assert ("10:00", "11:00") in busy_on(desk, date(2026, 12, 3))


# -- what none of them does ----------------------------------------------------------------


def test_a_broken_event_is_counted_and_still_blocks_while_the_rest_still_block(
    desk: Desk, icloud: IcloudServer,
) -> None:
    """Issue 14: an unknown zone is read in the business's zone (said in the reason); an
    event that ends before it starts is counted broken, named, and blocks from its end to
    an hour past its start (the span between the two, and its start): never free by
    accident."""
    def broken(uid: str, *times: str) -> str:
        return calendar_text("BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261120T100000Z",
                             "SUMMARY:Broken", *times, "END:VEVENT")

    mars = broken("BROKEN-ZONE", "DTSTART;TZID=Mars/Olympus_Mons:20261203T120000",
                  "DTEND;TZID=Mars/Olympus_Mons:20261203T130000")
    icloud.put_event("Home", mars)
    icloud.put_event("Home", broken("BROKEN-BACKWARDS", "DTSTART:20261202T120000Z",
                                    "DTEND:20261202T110000Z"))
    open_shop(desk, icloud, sync=False)
    report = desk.sync()
    assert report.ok, report.failures()
    counted = {c.name: c.broken for a in report.accounts for c in a.calendars}
    assert counted == {"Home": 1, "Work": 0, "Family": 0}
    assert ("12:00", "13:00") in busy_on(desk, date(2026, 12, 3))  # Mars read as Berlin
    assert ("12:00", "14:00") in busy_on(desk, date(2026, 12, 2))  # 11:00-13:00 UTC
    assert any("cannot be read" in line and "Home" in line for line in desk.event_problems())
    # Everything else in Home still blocks.
    assert busy_on(desk, date(2026, 11, 27)) == [("00:00", "24:00")]
    assert ("20:00", "24:00") in busy_on(desk, date(2026, 11, 25))
    with pytest.raises(SlotTaken):
        desk.book("Main", at(2026, 11, 26, "08:00"), at(2026, 11, 26, "09:00"), "Perm")

    # Mended on the phone: it blocks as before, and nothing is assumed any more.
    icloud.put_event("Home", mars.replace("Mars/Olympus_Mons", "Europe/Berlin"))
    assert desk.sync().ok
    assert ("12:00", "13:00") in busy_on(desk, date(2026, 12, 3))
    assert not any("Mars" in line for line in desk.event_problems())


def test_every_blocked_slot_says_which_calendar_which_event_which_rule(
    desk: Desk, icloud: IcloudServer,
) -> None:
    open_shop(desk, icloud)
    with pytest.raises(SlotTaken) as taken:
        desk.book("Main", at(2026, 11, 26, "13:30"), at(2026, 11, 26, "14:00"), "Perm")
    sentence = str(taken.value)
    assert "Client visit" in sentence and "Work" in sentence and "Travel time" in sentence
    [(cal, title, reason)] = [(c.calendar, c.title, c.reason) for c in taken.value.conflicts]
    assert (cal, title, reason) == ("Work", "Client visit", "travel")
    with pytest.raises(SlotTaken) as taken:
        desk.book("Main", at(2026, 11, 27, "09:00"), at(2026, 11, 27, "10:00"), "Perm")
    assert {(c.calendar, c.title) for c in taken.value.conflicts} == {("Home", "Moving day")}
    assert "Moving day (Home" in str(taken.value)


def test_a_booking_is_written_once_when_the_answer_to_its_put_is_cut(
    desk: Desk, icloud: IcloudServer,
) -> None:
    open_shop(desk, icloud)
    before = all_hrefs(icloud)
    icloud.reset_requests()
    icloud.cut_next(1, method="PUT")  # iCloud stores it, the answer never arrives
    appt = desk.book("Main", at(2026, 12, 2, "10:00"), at(2026, 12, 2, "11:00"), "Colour",
                     email="ann@example.com")
    assert appt.status == "written"
    after = all_hrefs(icloud)
    assert grown(before, after) == {"Work": 1}
    [href] = after["Work"] - before["Work"]
    assert uid_at(icloud, "Work", href) == appt.uid
    puts = [(r.status, r.fault) for r in icloud.requests if r.method == "PUT"]
    assert [fault for _, fault in puts] == ["cut", ""] and puts[1][0] == 412

    assert desk.sync().ok
    assert items_at(desk, at(2026, 12, 2, "10:00"), at(2026, 12, 2, "11:00")) == [
        ("Colour", "appointment", True, "appointment")]
    desk.cancel("Main", appt.id)  # type: ignore[arg-type]
    assert all_hrefs(icloud) == before


def test_a_booking_whose_answer_never_arrives_is_kept_and_finished_once(
    desk: Desk, icloud: IcloudServer, sleeps: list[float],
) -> None:
    open_shop(desk, icloud)
    before = all_hrefs(icloud)
    slot = (at(2026, 12, 2, "10:00"), at(2026, 12, 2, "11:00"))
    # iCloud stores the first PUT; that answer and every retry's answer are lost.
    icloud.cut_next(20, method="PUT")
    with pytest.raises(BookingUnconfirmed) as unsure:
        desk.book("Main", *slot, "Colour", name="Ann Lee", email="ann@example.com")
    sentence = str(unsure.value)
    assert "not yet confirmed" in sentence and "next sync" in sentence
    assert f"appointment {unsure.value.appointment_id}," in sentence  # `jumpadesk cancel N`
    assert sleeps  # retried with backoff, recorded not slept
    assert grown(before, all_hrefs(icloud)) == {"Work": 1}  # it is in iCloud after all
    # The desk says so too: the slot is taken by the booking, the guest is a contact.
    assert items_at(desk, *slot) == [("Colour", "appointment", True, "appointment")]
    assert [c.email for c in desk.contacts()] == ["ann@example.com"]
    icloud.clear_faults()
    with pytest.raises(SlotTaken) as taken:
        desk.book("Main", *slot, "Colour")  # the owner tries again
    assert "Colour (Work" in str(taken.value)  # the calendar it was written to

    assert desk.sync().ok  # finishes the booking: found in Work, not written again
    appt = desk.appointment("Main", unsure.value.appointment_id)
    assert appt.status == "written"
    after = all_hrefs(icloud)
    assert grown(before, after) == {"Work": 1}
    [href] = after["Work"] - before["Work"]
    assert uid_at(icloud, "Work", href) == appt.uid
    assert items_at(desk, *slot) == [("Colour", "appointment", True, "appointment")]
    desk.cancel("Main", appt.id)  # type: ignore[arg-type]
    assert all_hrefs(icloud) == before


@pytest.mark.parametrize("stored", [True, False], ids=["stored", "not-stored"])
def test_an_unconfirmed_booking_can_be_cancelled_before_the_next_sync(
    desk: Desk, icloud: IcloudServer, stored: bool,
) -> None:
    open_shop(desk, icloud)
    before = all_hrefs(icloud)
    icloud.cut_next(20, method="PUT", after_processing=stored)
    with pytest.raises(BookingUnconfirmed) as unsure:
        desk.book("Main", at(2026, 12, 2, "10:00"), at(2026, 12, 2, "11:00"), "Colour")
    assert grown(before, all_hrefs(icloud)) == ({"Work": 1} if stored else {})
    icloud.clear_faults()
    cancelled = desk.cancel("Main", unsure.value.appointment_id)
    assert cancelled.status == "cancelled"
    assert all_hrefs(icloud) == before  # never left behind in iCloud
    assert desk.sync().ok
    assert all_hrefs(icloud) == before  # and not written by the sync afterwards
    assert items_at(desk, at(2026, 12, 2, "10:00"), at(2026, 12, 2, "11:00")) == []
