"""What real-world calendars contain (issue 14, items 4-6 and the robustness list), each on a
small .ics file of our own in tests/fixtures/ics/lenient_*.ics: never free by accident, the
reading that blocks, and the assumption said in the event's reason."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from jumpadesk.kinds import Reason
from jumpadesk.sync import ical
from jumpadesk.sync.ical import (
    REASONS,
    BrokenEvent,
    ExpandedOccurrence,
    ReadNote,
    expand_calendar_object,
    first_occurrences,
)
from jumpadesk.sync.reasons import read_reason, reason_words
from tests.helpers.ics import FIXTURES

WINDOW = (datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def stored_words(occurrence: ExpandedOccurrence) -> str:
    """What the schedule says of an occurrence once stored: its reason read back from the
    store's column, in words (as availability.ScheduleItem.reason_text says it)."""
    return reason_words(*read_reason(occurrence.stored_reason, occurrence.busy))


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def read(name: str) -> tuple[list[ExpandedOccurrence], list[ReadNote]]:
    notes: list[ReadNote] = []
    occurrences = expand_calendar_object((FIXTURES / name).read_bytes(), *WINDOW, notes=notes)
    return occurrences, notes


def spans(occurrences: list[ExpandedOccurrence]) -> list[tuple[datetime, datetime]]:
    return [(o.start, o.end) for o in occurrences]


# --- item 4: rules too dense to expand ----------------------------------------------------------


def test_a_minutely_rule_blocks_all_it_covers_and_is_named():
    started = time.perf_counter()
    occurrences, notes = read("lenient_minutely.ics")
    assert time.perf_counter() - started < 1
    [block] = occurrences
    assert block.busy and block.reason == Reason.UNEXPANDABLE
    assert block.start == utc(2026, 11, 24, 9)
    assert block.end >= WINDOW[1]  # open-ended: to the end of the window (and beyond)
    [note] = notes
    assert note.sentence("Work") == (
        "'Team sync' in Work repeats every minute; jumpadesk cannot expand it, so it blocks "
        "all the time from Tue 24 Nov 2026 09:00 UTC on. Check it in iCloud."
    )


def test_a_minutely_rule_with_until_blocks_up_to_its_end():
    [block], [note] = read("lenient_minutely_until.ics")
    assert (block.start, block.end) == (utc(2026, 11, 24, 9), utc(2026, 11, 30, 17, 1))
    assert "to Mon 30 Nov 2026 17:01 UTC" in note.text


def test_a_short_minutely_rule_is_simply_expanded():
    text = (FIXTURES / "lenient_minutely.ics").read_text().replace(
        "RRULE:FREQ=MINUTELY", "RRULE:FREQ=MINUTELY;INTERVAL=15;COUNT=4")
    occurrences = expand_calendar_object(text, *WINDOW)
    assert [o.start.minute for o in occurrences] == [0, 15, 30, 45]
    assert {o.stored_reason for o in occurrences} == {"busy"}


def test_a_daily_rule_dense_by_its_parts_is_bounded_and_blocks():
    started = time.perf_counter()
    [block], [note] = read("lenient_dense_daily.ics")
    assert time.perf_counter() - started < 1  # expanding it took 13 s and 87,840 rows
    assert block.start == utc(2020, 11, 24) and block.end >= WINDOW[1]
    assert "about 1,440 times a day" in note.text


def test_the_window_beyond_a_dense_rule_is_still_cheap():
    far = (datetime(2030, 1, 1, tzinfo=UTC), datetime(2030, 2, 1, tzinfo=UTC))
    started = time.perf_counter()
    [block] = expand_calendar_object((FIXTURES / "lenient_minutely.ics").read_bytes(), *far)
    assert time.perf_counter() - started < 1
    assert block.start < far[0] and block.end >= far[1]


# --- item 5: RSCALE ---------------------------------------------------------------------------


def test_an_rscale_rule_blocks_at_least_its_first_occurrence_and_says_so():
    [first], [note] = read("lenient_rscale.ics")
    assert first.busy and first.all_day
    assert (first.start, first.end) == (datetime(2026, 11, 24), datetime(2026, 11, 25))
    assert "Chinese calendar (RSCALE)" in note.text
    assert "only its first occurrence blocks" in stored_words(first)


# --- item 6: small faults, read leniently ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("lenient_customized_zone.ics", "Customized Time Zone"),
        ("lenient_gmt_offset_zone.ics", "GMT-05.00/-04.00"),
        ("lenient_non_ascii_zone.ics", "Mitteleuropäische Zeit"),
    ],
)
def test_an_unknown_zone_is_read_in_the_business_zone_and_said(name: str, zone: str):
    [occurrence], [note] = read(name)
    assert occurrence.floating and occurrence.busy
    assert occurrence.start.tzinfo is None
    said = f"time zone '{zone}' is unknown; read in the business's zone"
    assert note.text == said
    assert stored_words(occurrence) == f"Busy in iCloud ({said})"


def test_a_tzid_on_a_utc_time_is_read_as_utc():
    [occurrence], [note] = read("lenient_tzid_on_utc.ics")
    assert spans([occurrence]) == [(utc(2026, 11, 24, 9), utc(2026, 11, 24, 10))]
    assert "read as UTC" in note.text


def test_tzid_utc_beside_a_z_says_the_same_thing_twice_and_assumes_nothing():
    # Radicale writes a UTC calendar's times so (the demo in a UTC computer showed a
    # warning on every event until this was read as what it is).
    occurrences, notes = read("lenient_tzid_utc_on_utc.ics")
    assert spans(occurrences) == [(utc(2026, 11, 24, 9), utc(2026, 11, 24, 10))]
    assert notes == []


def test_a_misspelt_rrule_part_is_left_out_and_the_rule_kept():
    occurrences, [note] = read("lenient_misspelt_rrule.ics")
    # INTERVALL=2 is not a part: weekly, every week (more blocked, never less).
    assert [o.start for o in occurrences] == [
        utc(2026, 11, 24, 17), utc(2026, 12, 1, 17), utc(2026, 12, 8, 17)
    ]
    assert "INTERVALL=2" in note.text


def test_an_unknown_frequency_blocks_the_first_occurrence():
    [occurrence], [note] = read("lenient_unknown_freq.ics")
    assert occurrence.start == utc(2026, 11, 24, 11) and occurrence.busy
    assert "FREQ=FORTNIGHTLY" in note.text


def test_several_masters_for_one_uid_each_block():
    occurrences, [note] = read("lenient_two_masters.ics")
    assert spans(occurrences) == [
        (utc(2026, 11, 24, 9), utc(2026, 11, 24, 10)),
        (utc(2026, 11, 25, 9), utc(2026, 11, 25, 10)),
    ]
    assert {o.uid for o in occurrences} == {"L0000011-twice"}
    assert "same UID" in note.text


def test_rdate_periods_block_their_own_lengths():
    occurrences, notes = read("lenient_rdate_period.ics")
    assert spans(occurrences) == [
        (utc(2026, 11, 24, 9), utc(2026, 11, 24, 10)),
        (utc(2026, 11, 26, 9), utc(2026, 11, 26, 12)),
        (utc(2026, 11, 27, 13), utc(2026, 11, 27, 15)),
    ]
    assert notes == []


def test_an_all_day_series_with_one_day_moved_to_a_time():
    occurrences, _ = read("lenient_all_day_series_moved_to_a_time.ics")
    assert [(o.start, o.all_day) for o in occurrences] == [
        (datetime(2026, 11, 24), True),
        (utc(2026, 11, 25, 13), False),
        (datetime(2026, 11, 26), True),
    ]


def test_until_as_a_date_on_a_timed_series_includes_that_day():
    occurrences, [note] = read("lenient_until_date_on_timed_series.ics")
    assert [o.start for o in occurrences] == [
        utc(2026, 11, 24, 8), utc(2026, 11, 25, 8), utc(2026, 11, 26, 8)
    ]
    assert "end of that day" in note.text


def test_a_windows_zone_name_is_mapped_to_its_iana_zone():
    [occurrence], notes = read("lenient_windows_zone.ics")
    assert occurrence.start == utc(2026, 11, 24, 14)  # W. Europe = Europe/Berlin, CET
    assert notes == []


def test_a_zero_length_event_is_kept_as_the_instant_it_starts_at():
    [occurrence], _ = read("lenient_zero_length.ics")
    assert occurrence.start == occurrence.end == utc(2026, 11, 24, 12) and occurrence.busy


def test_a_floating_start_with_a_zoned_end_reads_the_end_like_the_start():
    [occurrence], [note] = read("lenient_floating_start_zoned_end.ics")
    assert occurrence.floating
    assert (occurrence.start, occurrence.end) == (datetime(2026, 11, 24, 12),
                                                  datetime(2026, 11, 24, 13))
    assert "floating and a zoned time" in note.text


def test_overrides_without_their_master_each_block():
    occurrences, _ = read("lenient_orphan_overrides.ics")
    assert [o.start for o in occurrences] == [utc(2026, 11, 24, 10), utc(2026, 12, 1, 8)]


def test_every_lenient_reason_is_a_known_key_with_its_text():
    for path in FIXTURES.glob("lenient_*.ics"):
        for occurrence in read(path.name)[0]:
            assert occurrence.reason in REASONS
            assert stored_words(occurrence).startswith(REASONS[occurrence.reason])


# --- item 4: what cannot be read at all still blocks its first occurrence ---------------------


def test_an_unreadable_object_blocks_its_first_occurrence():
    [first] = first_occurrences((FIXTURES / "broken_dtend_before_dtstart.ics").read_bytes(),
                                utc(2026, 1, 1), utc(2027, 1, 1))
    assert first.busy and first.stored_reason == "unreadable"
    # DTEND 10:00 before DTSTART 11:00: the hour between them and the hour it says it starts
    berlin = ZoneInfo("Europe/Berlin")
    assert first.start == datetime(2026, 4, 30, 10, tzinfo=berlin)
    assert first.end == datetime(2026, 4, 30, 12, tzinfo=berlin)


def test_an_end_years_before_the_start_still_blocks_the_start():
    # Found by scripts/fuzz.py: the swapped span ended at the start, so the window that
    # starts there saw nothing of it.
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\n"
            "UID:x\r\nSUMMARY:Team sync\r\nDTSTART:20261001T000000Z\r\n"
            "DTEND:20190101T000000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    with pytest.raises(BrokenEvent):
        expand_calendar_object(text, utc(2026, 10, 1), utc(2027, 3, 1))
    [first] = first_occurrences(text, utc(2026, 10, 1), utc(2027, 3, 1))
    assert first.busy and first.start <= utc(2026, 10, 1) < first.end


def test_a_repeat_rule_written_as_text_is_named_and_its_first_occurrence_blocks():
    # RRULE;VALUE=TEXT: icalendar keeps the rule as text, so it cannot be expanded.
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\n"
            "UID:x\r\nSUMMARY:Team sync\r\nDTSTART:20261102T090000Z\r\n"
            "DTEND:20261102T100000Z\r\nRRULE;VALUE=TEXT:FREQ=DAILY;COUNT=3\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")
    with pytest.raises(BrokenEvent) as broken:
        expand_calendar_object(text, *WINDOW)
    assert str(broken.value) == 'event "Team sync" has an RRULE that is not a repeat rule'
    [first] = first_occurrences(text, *WINDOW)
    assert first.busy and (first.start, first.end) == (utc(2026, 11, 2, 9), utc(2026, 11, 2, 10))


def test_first_occurrences_never_raises_on_garbage():
    for name in ("broken_garbage.ics", "broken_truncated.ics", "broken_missing_dtstart.ics"):
        assert isinstance(first_occurrences((FIXTURES / name).read_bytes(), *WINDOW), list)


def test_rule_limits_are_named_constants():
    assert ical.MAX_RULE_STEPS >= 10_000 and ical.MAX_OCCURRENCES_PER_OBJECT >= 1_000


@pytest.mark.parametrize("rule", [
    "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30;COUNT=5",
    "FREQ=WEEKLY;BYDAY=MO;BYMONTHDAY=31;BYMONTH=4;COUNT=2",
    "FREQ=SECONDLY;COUNT=1;BYMONTH=0;BYHOUR=0,8;BYDAY=MO",  # found by scripts/fuzz.py
    "FREQ=DAILY;BYWEEKNO=53;BYMONTH=6",
    "FREQ=SECONDLY;COUNT=1;BYSETPOS=2;BYHOUR=0",  # found by scripts/fuzz.py
    "FREQ=DAILY;COUNT=1;BYHOUR=0,0;BYMONTH=4;BYSETPOS=-2",  # found by scripts/fuzz.py
])
def test_a_rule_that_can_never_occur_is_quick_and_blocks_its_start(rule: str):
    # The expander searched to the year 9999 for these: 4 to 24 seconds each.
    text = (FIXTURES / "lenient_minutely.ics").read_text().replace("RRULE:FREQ=MINUTELY",
                                                                   f"RRULE:{rule}")
    notes: list[ReadNote] = []
    started = time.perf_counter()
    [first] = expand_calendar_object(text, *WINDOW, notes=notes)
    assert time.perf_counter() - started < 1
    assert first.start == utc(2026, 11, 24, 9) and first.busy
    assert "can never occur" in notes[0].text


@pytest.mark.parametrize(("start", "rule"), [
    ("DTSTART;VALUE=DATE:20190101", "FREQ=HOURLY;COUNT=1000000000"),  # found by scripts/fuzz.py
    ("DTSTART;VALUE=DATE:20261124", "FREQ=MINUTELY;UNTIL=99991231"),
    ("DTSTART;TZID=America/New_York:20261124T090000", "FREQ=MINUTELY;UNTIL=99991231"),
])
def test_a_dense_rule_ending_past_the_year_9999_is_open_ended(start: str, rule: str):
    text = (FIXTURES / "lenient_minutely.ics").read_bytes().decode()
    text = text.replace("DTSTART:20261124T090000Z", start).replace("DTEND:20261124T091000Z\r\n", "")
    text = text.replace("RRULE:FREQ=MINUTELY", f"RRULE:{rule}")
    [block] = expand_calendar_object(text, *WINDOW)
    assert block.busy and block.reason == Reason.UNEXPANDABLE
    assert block.end.replace(tzinfo=None) >= WINDOW[1].replace(tzinfo=None)


def test_interval_zero_is_left_out_instead_of_hanging():
    # Found by scripts/fuzz.py: the expander never moved on from the first month.
    text = (FIXTURES / "lenient_minutely.ics").read_bytes().decode().replace(
        "RRULE:FREQ=MINUTELY", "RRULE:FREQ=MONTHLY;INTERVAL=0;BYMONTH=11;COUNT=2")
    notes: list[ReadNote] = []
    started = time.perf_counter()
    occurrences = expand_calendar_object(text, *WINDOW, notes=notes)
    assert time.perf_counter() - started < 1
    assert occurrences[0].start == utc(2026, 11, 24, 9)
    assert "INTERVAL=0" in notes[0].text


def test_a_broken_time_zone_nobody_uses_does_not_hide_the_event():
    # Found by scripts/fuzz.py: a VTIMEZONE with a junk offset made the whole object
    # unreadable, and the event in it blocked nothing.
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VTIMEZONE\r\n"
            "TZID:Customized Time Zone\r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\n"
            "TZOFFSETFROM:+0200\r\nTZOFFSETTO:junk\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
            "BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Team sync\r\nDTSTART:20261001T090000Z\r\n"
            "DTEND:20261001T100000Z\r\nRDATE;VALUE=PERIOD:20261126T090000Z/20261126T120000Z\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")
    try:
        occurrences = expand_calendar_object(text, utc(2026, 10, 1), utc(2027, 3, 1))
    except BrokenEvent:
        occurrences = first_occurrences(text, utc(2026, 10, 1), utc(2027, 3, 1))
    assert any(o.busy and o.start == utc(2026, 10, 1, 9) for o in occurrences)
