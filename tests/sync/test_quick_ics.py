"""The quick reader (quick_ics) against the full one (icalendar): whenever the quick reader
takes an object, both give exactly the same occurrences; and it does take the shapes real
iCloud calendars are made of, so it cannot quietly stop being used."""

from __future__ import annotations

import importlib.util
import random
import sys
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jumpadesk.demo.seed import load_layout, render_template
from jumpadesk.sync.ical import BrokenEvent, ExpandedOccurrence, expand_calendar_object
from jumpadesk.sync.quick_ics import read_simple
from tests.fuzz_strategies import WINDOW, GeneratedEvent, calendar_objects
from tests.helpers.ics import FIXTURES

OWNER = "sam.rivera@icloud.com"
WIDE = (datetime(2019, 1, 1, tzinfo=UTC), datetime(2031, 1, 1, tzinfo=UTC))
OWNER_SETS = [(), (OWNER,), ("mailto:SAM.Rivera@iCloud.com ", "other@example.org")]


def both(ics: str | bytes, window: tuple[datetime, datetime] = WIDE,
         owners: tuple[str, ...] = (OWNER,)) -> list[ExpandedOccurrence] | None:
    """The quick reading (None when it declines), after checking it equals the full one."""
    quick = read_simple(ics, *window, owners)
    try:
        full: list[ExpandedOccurrence] | str = expand_calendar_object(
            ics, *window, owners, quick=False)
    except BrokenEvent as broken:
        full = f"broken: {broken}"
    if quick is not None:
        assert quick == full
    # and the public entry point gives the same, whichever way it read
    try:
        assert expand_calendar_object(ics, *window, owners) == full
    except BrokenEvent as broken:
        assert full == f"broken: {broken}"
    return quick


# -- every fixture, every owner ---------------------------------------------------------------

# The shapes iCloud writes every day: these must take the quick path.
QUICK_FIXTURES = [
    "all_day_without_dtend.ics", "apple_all_day_opaque.ics", "apple_all_day_transparent.ics",
    "apple_all_day_vacation.ics", "apple_cancelled.ics", "apple_crosses_midnight.ics",
    "apple_tentative.ics", "apple_transparent.ics", "apple_travel_time.ics",
    "apple_travel_time_free.ics", "apple_tzid_with_vtimezone.ics", "floating_time.ics",
    "iana_tzid_without_vtimezone.ics", "invite_declined_by_owner.ics",
    "invite_declined_by_other.ics", "invite_declined_by_owner_principal.ics",
    "precedence_cancelled_declined_free.ics", "precedence_declined_free_tentative.ics",
    "precedence_free_tentative.ics", "utc_times.ics",
]
# What only the full reader may read: repeats, unknown or Windows zones, damage, assumptions.
FULL_FIXTURES = [
    "apple_weekly_count.ics", "apple_override_moved.ics", "apple_rdate.ics",
    "apple_reminder_vtodo.ics", "broken_bad_dtstart.ics", "broken_dtend_before_dtstart.ics",
    "broken_garbage.ics", "broken_missing_dtstart.ics", "broken_truncated.ics",
    "broken_unknown_tzid.ics", "lenient_floating_start_zoned_end.ics",
    "lenient_tzid_on_utc.ics", "lenient_two_masters.ics", "lenient_windows_zone.ics",
    "lenient_zero_length.ics", "no_end_datetime.ics", "outlook_w_europe_standard_time.ics",
    "apple_travel_time_unreadable.ics",
]


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.ics")), ids=lambda p: p.name)
@pytest.mark.parametrize("owners", OWNER_SETS, ids=["no owner", "owner", "owner mixed case"])
def test_every_fixture_reads_the_same_both_ways(path: Path, owners: tuple[str, ...]) -> None:
    for window in (WIDE, (datetime(2026, 4, 16, 9, 45, tzinfo=UTC),
                          datetime(2026, 4, 16, 10, tzinfo=UTC))):
        quick = both(path.read_bytes(), window, owners)
        if path.name in QUICK_FIXTURES and window is WIDE:
            assert quick is not None and quick, f"{path.name} no longer takes the quick path"
        if path.name in FULL_FIXTURES:
            assert quick is None, f"{path.name} is not the simple shape"


def test_the_declined_invitation_is_read_quickly_as_declined() -> None:
    pitch = both((FIXTURES / "invite_declined_by_owner.ics").read_bytes(),
                 owners=("MAILTO:Sam.Rivera@iCloud.com",))
    assert pitch is not None
    assert [(o.busy, o.stored_reason) for o in pitch] == [(False, "declined")]


def test_travel_time_is_read_quickly_before_the_event() -> None:
    meeting = both((FIXTURES / "apple_travel_time.ics").read_bytes())
    assert meeting is not None
    assert [o.kind for o in meeting] == ["travel", "event"]
    assert meeting[0].end == meeting[1].start
    assert meeting[1].start - meeting[0].start == timedelta(minutes=30)


# -- the demo account and the benchmark's iCloud-like calendar --------------------------------


def test_the_demo_account_reads_the_same_both_ways() -> None:
    layout = load_layout()
    monday = date(2026, 11, 23)
    quick = total = 0
    for spec in layout.calendars:
        for template in layout.templates(spec):
            ics = render_template(template.read_text(encoding="utf-8"), monday,
                                  ZoneInfo("Europe/Berlin"), "demo@icloud.com")
            for owners in OWNER_SETS:
                result = both(ics, (datetime(2026, 11, 1, tzinfo=UTC),
                                    datetime(2027, 1, 1, tzinfo=UTC)), owners)
            total += 1
            quick += result is not None
    assert total > 10
    assert quick >= total // 2, f"only {quick} of {total} demo objects read quickly"


def _bench_harness():  # noqa: ANN202  (the benchmark's module, not a package)
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "harness.py"
    spec = importlib.util.spec_from_file_location("bench_harness", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_harness", module)  # its dataclasses look themselves up
    spec.loader.exec_module(module)
    return module


def test_the_benchmarks_icloud_objects_read_the_same_and_mostly_quickly() -> None:
    objects = _bench_harness().make_objects(400, date(2026, 11, 24), seed=5)
    window = (datetime(2026, 10, 1, tzinfo=UTC), datetime(2027, 3, 1, tzinfo=UTC))
    quick = 0
    for text in objects.values():
        result = both(text, window)
        repeats = "RRULE:" in text.split("END:VTIMEZONE")[-1]
        assert (result is None) == repeats  # every one-off takes the quick path
        quick += result is not None
    assert quick >= 350


# -- hand-written tricky cases ----------------------------------------------------------------

BERLIN_VTIMEZONE = (
    "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:STANDARD\r\nDTSTART:19961027T030000\r\n"
    "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
)


def calendar(*event_lines: str, head: str = "", newline: str = "\r\n") -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//iPhone OS 18.1//EN"]
    body = newline.join(lines) + newline + head.replace("\r\n", newline)
    event = ["BEGIN:VEVENT", "UID:tricky-1", *event_lines, "END:VEVENT", "END:VCALENDAR"]
    return body + newline.join(event) + newline


START = "DTSTART;TZID=Europe/Berlin:20261124T100000"
END = "DTEND;TZID=Europe/Berlin:20261124T110000"

TRICKY_QUICK = {
    "escaped commas and semicolons": [START, END, r"SUMMARY:Cut\, colour\; blow-dry \\ \n"],
    "colon, unknown escapes": [START, END, r"SUMMARY:Call: 10\:30 \x \N done\\n"],
    "quoted parameter with colons": [
        START, END, 'ATTENDEE;CN="Dr. X: Clinic; Room 2";PARTSTAT=DECLINED:mailto:sam.rivera'
        '@icloud.com', "SUMMARY:Check-up"],
    "lowercase names": ["dtstart;tzid=Europe/Berlin:20261124T100000",
                        "dtend;value=DATE-TIME:20261124T110000Z", "summary:lower",
                        "transp:transparent", "status:tentative"],
    "date without DTEND": ["DTSTART;VALUE=DATE:20261124", "SUMMARY:Holiday"],
    "date without VALUE": ["DTSTART:20261124", "DTEND:20261126", "SUMMARY:Fair"],
    "DURATION instead of DTEND": [START, "DURATION:PT1H30M", "SUMMARY:Long"],
    "DURATION over the DST change": ["DTSTART;TZID=Europe/Berlin:20261024T120000",
                                     "DURATION:P1DT1H", "SUMMARY:Over the change"],
    "DURATION in weeks": ["DTSTART:20261124T100000Z", "DURATION:P1W", "SUMMARY:Course"],
    "trailing whitespace in a title": [START, END, "SUMMARY:Spaced  ", "LOCATION: Room 1 "],
    "transparent": [START, END, "TRANSP:TRANSPARENT", "SUMMARY:Free"],
    "cancelled": [START, END, "STATUS:CANCELLED", "SUMMARY:Off"],
    "tentative": [START, END, "STATUS:TENTATIVE", "SUMMARY:Maybe"],
    "status with spaces is busy": [START, END, "STATUS:CANCELLED ", "SUMMARY:Odd"],
    "owner declined, mailto in capitals": [
        START, END, "ATTENDEE;CN=Sam Rivera;PARTSTAT=declined:MAILTO:Sam.Rivera@ICLOUD.com",
        "SUMMARY:Pitch"],
    "owner declined by EMAIL parameter": [
        START, END, "ATTENDEE;EMAIL=SAM.RIVERA@icloud.com;PARTSTAT=DECLINED:urn:uuid:1234",
        "SUMMARY:Pitch"],
    "another attendee declined": [
        START, END, "ATTENDEE;PARTSTAT=DECLINED:mailto:morgan@example.org",
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:sam.rivera@icloud.com", "SUMMARY:Pitch"],
    "travel time": [START, END, "X-APPLE-TRAVEL-DURATION;VALUE=DURATION:PT45M",
                    "SUMMARY:Site visit"],
    "travel time without VALUE": [START, END, "X-APPLE-TRAVEL-DURATION:PT1H"],
    "travel time zero": [START, END, "X-APPLE-TRAVEL-DURATION:PT0S"],
    "travel time negative": [START, END, "X-APPLE-TRAVEL-DURATION:-PT10M"],
    "travel time on an all-day event": ["DTSTART;VALUE=DATE:20261124",
                                        "X-APPLE-TRAVEL-DURATION:PT30M"],
    "two titles: the first counts": [START, END, "SUMMARY:First", "SUMMARY:Second"],
    "alarm and description": [START, END, "DESCRIPTION:a\\, b", "BEGIN:VALARM",
                              "TRIGGER:-PT15M", "DESCRIPTION:x", "ACTION:DISPLAY",
                              "END:VALARM", "SUMMARY:With alarm"],
    "unknown properties with odd values": [START, END, "SEQUENCE:abc", "GEO:nowhere",
                                           "X-FOO;X-A=1:bar", "CATEGORIES:a,b\\,c"],
    "UTC times in New York's day": ["DTSTART:20261124T030000Z", "DTEND:20261124T043000Z"],
    "floating": ["DTSTART:20261124T100000", "DTEND:20261124T101500"],
    "zone without VTIMEZONE": ["DTSTART;TZID=Asia/Kolkata:20261124T100000",
                               "DTEND;TZID=Australia/Lord_Howe:20261124T210000"],
    "quoted TZID": ['DTSTART;TZID="Europe/Berlin":20261124T100000',
                    'DTEND;TZID="Europe/Berlin":20261124T110000'],
    "unicode title": [START, END, "SUMMARY:Färben ☕ — 髪"],
    "empty title and UID": [START, END, "SUMMARY:", "LOCATION:"],
}

TRICKY_DECLINED = {
    "repeats": [START, END, "RRULE:FREQ=DAILY;COUNT=3"],
    "an exception date": [START, END, "EXDATE;TZID=Europe/Berlin:20261124T100000"],
    "an override": [START, END, "RECURRENCE-ID;TZID=Europe/Berlin:20261124T100000"],
    "zero length": [START, "DTEND;TZID=Europe/Berlin:20261124T100000"],
    "no end": [START],
    "ends before it starts": [START, "DTEND;TZID=Europe/Berlin:20261124T090000"],
    "TZID on a UTC time": ["DTSTART;TZID=Europe/Berlin:20261124T100000Z", END],
    "unknown zone": ["DTSTART;TZID=Mars/Olympus:20261124T100000",
                     "DTEND;TZID=Mars/Olympus:20261124T110000"],
    "Windows zone": ["DTSTART;TZID=W. Europe Standard Time:20261124T100000",
                     "DTEND;TZID=W. Europe Standard Time:20261124T110000"],
    "date and time mixed": ["DTSTART;VALUE=DATE:20261124", END],
    "floating and zoned mixed": ["DTSTART:20261124T100000", END],
    "date with DURATION": ["DTSTART;VALUE=DATE:20261124", "DURATION:P2D"],
    "negative DURATION": [START, "DURATION:-PT1H"],
    "DTEND and DURATION": [START, END, "DURATION:PT1H"],
    "two starts": [START, START, END],
    "odd VALUE": ["DTSTART;VALUE=PERIOD:20261124T100000Z/PT1H"],
    "a date with a zone": ["DTSTART;TZID=Europe/Berlin:20261124", "DURATION:PT1H"],
    "lowercase time": ["DTSTART:20261124t100000z", "DTEND:20261124T110000Z"],
    "no seconds": ["DTSTART:20261124T1000Z", "DTEND:20261124T110000Z"],
    "unreadable travel time": [START, END, "X-APPLE-TRAVEL-DURATION:soon"],
    "a line without a colon": [START, END, "SUMMARY"],
    "an escaped delimiter in a parameter": [START, END, "ATTENDEE;CN=a\\;b:mailto:x@y"],
    "a nested component": [START, END, "BEGIN:X-THING", "END:X-THING"],
    # icalendar reads "\\;" as an escaped ";": PARTSTAT becomes part of CN
    "a backslash before a delimiter among parameters": [
        START, END, "ATTENDEE;CN=Sam\\\\;PARTSTAT=DECLINED:mailto:sam.rivera@icloud.com"],
    "a calendar-level line with parameters": [START, END],
}


@pytest.mark.parametrize("newline", ["\r\n", "\n"], ids=["CRLF", "LF"])
@pytest.mark.parametrize("case", sorted(TRICKY_QUICK))
def test_tricky_simple_objects_are_read_quickly_and_the_same(case: str, newline: str) -> None:
    for head in ("", BERLIN_VTIMEZONE):
        ics = calendar(*TRICKY_QUICK[case], head=head, newline=newline)
        for owners in OWNER_SETS:
            assert both(ics, owners=owners) is not None, case


@pytest.mark.parametrize("case", sorted(TRICKY_DECLINED))
def test_unusual_objects_go_to_the_full_reader(case: str) -> None:
    head = "X-WR-CALNAME;X-A=1:Work\r\n" if "calendar-level" in case else ""
    assert both(calendar(*TRICKY_DECLINED[case], head=head)) is None


PARAMETERS = ["CN=Sam", 'CN="Rivera, Sam"', "CN=a\\\\", "CN=a^nb", "X-A=%41", "CN= a ",
              'CN="a:b"', "CN=a=b", "EMAIL=sam.rivera@icloud.com", 'EMAIL="SAM.Rivera@icloud.com"',
              "EMAIL=x@y.org, sam.rivera@icloud.com", "PARTSTAT=DECLINED", "partstat=declined",
              "PARTSTAT= DECLINED", 'PARTSTAT="DECLINED"', "RSVP=TRUE", "CN=a\\;b", "CN=a\\,b",
              'CN="a\\"b"', "CN=", "VALUE=CAL-ADDRESS", "CUTYPE=INDIVIDUAL", "CN=a\tb"]


@settings(max_examples=300, derandomize=True, deadline=None, database=None)
@given(st.lists(st.sampled_from(PARAMETERS), max_size=4),
       st.sampled_from(["mailto:sam.rivera@icloud.com", "MAILTO:Sam.Rivera@iCloud.com ",
                        "urn:uuid:1", "mailto:x@y.org", "", "mailto:sam.rivera\\@icloud.com"]))
def test_attendee_parameters_read_the_same_both_ways(params: list[str], address: str) -> None:
    line = ";".join(["ATTENDEE", *params]) + ":" + address
    both(calendar(START, END, line))


def test_calendar_level_oddities_go_to_the_full_reader() -> None:
    event = [START, END, "SUMMARY:x"]
    ok = calendar(*event)
    assert both(ok) is not None
    assert both(ok.replace("VERSION:2.0", "X-WR-TIMEZONE:America/New_York")) is None
    outlook_zone = BERLIN_VTIMEZONE.replace("TZID:Europe/Berlin", "TZID:Customized Time Zone")
    assert both(calendar(*event, head=outlook_zone)) is None
    two = ok.replace("END:VCALENDAR", "BEGIN:VEVENT\r\nUID:2\r\n" + START + "\r\n" + END
                     + "\r\nEND:VEVENT\r\nEND:VCALENDAR")
    assert both(two) is None
    todo = ok.replace("END:VCALENDAR", "BEGIN:VTODO\r\nUID:3\r\nEND:VTODO\r\nEND:VCALENDAR")
    assert both(todo) is None
    assert both(ok.replace("\r\nEND:VCALENDAR", "")) is None  # cut off
    assert both("\ufeff" + ok) is None
    assert both(ok.replace("VERSION:2.0\r\n", "VERSION:2.0\r\n\r\n")) is None  # a blank line
    assert both(ok.replace("VERSION:2.0", "VERSION:2.0\rX")) is None  # a lone CR
    assert both(ok.encode("utf-8")) is not None


def test_a_fold_inside_a_multibyte_character_reads_the_same() -> None:
    title = "Färbung für Frau Müller ☕ und Ölwechsel"
    line = f"SUMMARY:{title}".encode()
    cut = line.index("☕".encode()) + 1  # in the middle of the cup's three bytes
    folded = line[:cut] + b"\r\n " + line[cut:]
    ics = calendar(START, END, "SUMMARY:placeholder").encode().replace(
        b"SUMMARY:placeholder", folded)
    quick = both(ics)
    assert quick is not None
    # and a fold between whole characters gives the title back intact
    whole = line[:9] + b"\r\n " + line[9:]
    intact = both(calendar(START, END, "SUMMARY:placeholder").encode().replace(
        b"SUMMARY:placeholder", whole))
    assert intact is not None and intact[0].title == title


def test_folded_lines_everywhere_read_the_same() -> None:
    rng = random.Random(3)
    base = calendar(START, END, r"SUMMARY:A long title\, with escapes\; and more words here",
                    "LOCATION:Salon\\, Hauptstr. 12", "X-APPLE-TRAVEL-DURATION:PT20M",
                    "ATTENDEE;CN=Sam;PARTSTAT=DECLINED:mailto:sam.rivera@icloud.com",
                    head=BERLIN_VTIMEZONE)
    lines = base.split("\r\n")
    for _ in range(60):
        folded = []
        for line in lines:
            if len(line) > 3 and not line.upper().startswith(("BEGIN:", "END:")) \
                    and rng.random() < 0.5:
                at = rng.randint(1, len(line) - 1)
                line = line[:at] + "\r\n" + rng.choice(" \t") + line[at:]
            folded.append(line)
        assert both("\r\n".join(folded)) is not None


# -- generated simple events --------------------------------------------------------------

ZONES = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"]
TEXT = st.lists(st.sampled_from([*"ab ,;:\\nN\"'é☕-", "\\,", "\\;", "\\n", "\\\\", "\\:",
                                 "\\N", "\\x"]), max_size=12).map("".join)


@st.composite
def simple_events(draw: st.DrawFn) -> tuple[str, bool]:
    """(object, whether the quick reader must take it) for a lone event without repeats."""
    day = datetime(2026, 1, 1) + timedelta(days=draw(st.integers(0, 364)),
                                           minutes=15 * draw(st.integers(0, 95)))
    length = timedelta(minutes=draw(st.sampled_from([15, 30, 60, 90, 24 * 60, 0])))
    kind = draw(st.sampled_from(["utc", "zoned", "floating", "date", "date-time-value"]))
    zone = draw(st.sampled_from(ZONES))
    expect_quick = True

    def stamp(moment: datetime) -> str:
        if kind == "date":
            return moment.strftime("%Y%m%d")
        text = moment.strftime("%Y%m%dT%H%M%S")
        return text + "Z" if kind in ("utc", "date-time-value") else text

    def prop(name: str, moment: datetime) -> str:
        if kind == "zoned":
            tzid = f'"{zone}"' if draw(st.booleans()) else zone
            return f"{name};TZID={tzid}:{stamp(moment)}"
        if kind == "date":
            return f"{name};VALUE=DATE:{stamp(moment)}" if draw(st.booleans()) \
                else f"{name}:{stamp(moment)}"
        if kind == "date-time-value":
            return f"{name};VALUE=DATE-TIME:{stamp(moment)}"
        return f"{name}:{stamp(moment)}"

    if kind == "date":
        length = timedelta(days=draw(st.integers(0, 3)))
    lines = [prop("DTSTART", day)]
    end = draw(st.sampled_from(["dtend", "duration", "none"]))
    if end == "dtend":
        lines.append(prop("DTEND", day + length))
        expect_quick = length > timedelta(0)
    elif end == "duration" and kind != "date":
        minutes = int(length.total_seconds() // 60)
        lines.append(f"DURATION:PT{minutes}M" if minutes % 60 else f"DURATION:PT{minutes // 60}H")
        expect_quick = length > timedelta(0)
    else:
        expect_quick = kind == "date"
    lines.append(f"SUMMARY:{draw(TEXT)}")
    if draw(st.booleans()):
        lines.append(f"LOCATION:{draw(TEXT)}")
    lines.append(f"UID:{draw(st.sampled_from(['a-1', 'B@x', '']))}")
    status = draw(st.sampled_from(["", "CONFIRMED", "TENTATIVE", "CANCELLED", "tentative"]))
    if status:
        lines.append(f"STATUS:{status}")
    transp = draw(st.sampled_from(["", "OPAQUE", "TRANSPARENT", "Transparent"]))
    if transp:
        lines.append(f"TRANSP:{transp}")
    for _ in range(draw(st.integers(0, 2))):
        who = draw(st.sampled_from(["mailto:sam.rivera@icloud.com", "MAILTO:Sam.Rivera@iCloud.COM",
                                    "mailto:morgan@example.org", "urn:uuid:42"]))
        email = draw(st.sampled_from(["", ";EMAIL=sam.rivera@icloud.com",
                                      ';EMAIL="morgan@example.org"']))
        partstat = draw(st.sampled_from(["DECLINED", "declined", "ACCEPTED", "NEEDS-ACTION"]))
        lines.append(f'ATTENDEE;CN="Someone, Else";PARTSTAT={partstat}{email}:{who}')
    if draw(st.integers(0, 3)) == 0:
        travel = draw(st.sampled_from(["PT30M", "PT1H", "P1D", "-PT5M", "PT0S"]))
        lines.append(f"X-APPLE-TRAVEL-DURATION;VALUE=DURATION:{travel}")
    if draw(st.booleans()):
        lines.append(f"DESCRIPTION:{draw(TEXT)}")
    draw(st.randoms()).shuffle(lines)  # property order must not matter
    if draw(st.booleans()):
        at = draw(st.integers(0, len(lines)))
        lines[at:at] = ["BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    lines = [line.lower() if draw(st.integers(0, 9)) == 0 and line.startswith(
        ("SUMMARY", "STATUS", "TRANSP")) else line for line in lines]
    head = draw(st.sampled_from(["", BERLIN_VTIMEZONE]))
    ics = calendar(*lines, head=head, newline=draw(st.sampled_from(["\r\n", "\n"])))
    return ics, expect_quick


@settings(max_examples=300, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(simple_events(), st.sampled_from([
    WIDE, (datetime(2026, 3, 29, tzinfo=UTC), datetime(2026, 4, 5, tzinfo=UTC)),
    (datetime(2026, 10, 24, 11, tzinfo=UTC), datetime(2026, 10, 26, tzinfo=UTC))]),
    st.sampled_from(OWNER_SETS))
def test_generated_simple_events_read_the_same_both_ways(
    event: tuple[str, bool], window: tuple[datetime, datetime], owners: tuple[str, ...]
) -> None:
    ics, expect_quick = event
    quick = both(ics, window, owners)
    if expect_quick:
        assert quick is not None, ics


# -- repeating events: the expander's times alone give what its components give ---------------


@settings(max_examples=200, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(calendar_objects(), st.sampled_from(OWNER_SETS))
def test_generated_objects_with_repeats_read_the_same_both_ways(
    event: GeneratedEvent, owners: tuple[str, ...]
) -> None:
    for window in (WIDE, WINDOW):
        both(event.ics, window, owners)


def test_the_tally_says_which_way_each_object_was_read() -> None:
    tally: Counter[str] = Counter()
    for name in ("apple_tzid_with_vtimezone.ics", "apple_travel_time.ics",  # one-offs
                 "apple_weekly_count.ics", "apple_weekly_dst_berlin.ics",  # a lone series
                 "apple_override_moved.ics", "outlook_w_europe_standard_time.ics"):
        expand_calendar_object((FIXTURES / name).read_bytes(), *WIDE, (OWNER,), tally=tally)
    assert tally == Counter(quick=2, series=2, full=2)



@pytest.mark.parametrize("call", ["_occurrences_renamed_upstream", "_occurrences_to_components"],
                         ids=["renamed", "changed arguments"])
def test_a_series_is_still_read_when_the_expanders_private_call_changes(
    monkeypatch: pytest.MonkeyPatch, call: str
) -> None:
    """The series path asks recurring-ical-events for times through a call that is not
    its documented API: should an upgrade rename it or change what it takes, the
    documented path reads the series, with the same occurrences, rather than calling
    the event broken."""
    from jumpadesk.sync import ical_expand

    ics = (FIXTURES / "apple_weekly_dst_berlin.ics").read_bytes()
    tally: Counter[str] = Counter()
    before = expand_calendar_object(ics, *WIDE, (OWNER,), tally=tally)
    assert before and tally == Counter(series=1)
    monkeypatch.setattr(ical_expand, "SERIES_TIMES_CALL", call)
    tally.clear()
    assert expand_calendar_object(ics, *WIDE, (OWNER,), tally=tally) == before
    assert tally == Counter(full=1)
