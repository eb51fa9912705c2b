"""The busy-time rules, each proven on a real-shaped .ics file in tests/fixtures/ics/."""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import icalendar
import pytest

from jumpadesk.kinds import Reason
from jumpadesk.sync import ical, ical_expand
from jumpadesk.sync.ical import (
    REASONS,
    BrokenEvent,
    ExpandedOccurrence,
    expand_calendar_object,
)
from jumpadesk.sync.reasons import read_reason, reason_words
from tests.helpers.ics import FIXTURES

OWNER = "sam.rivera@icloud.com"
YEAR_2026 = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def expand(
    name: str,
    start: datetime = YEAR_2026[0],
    end: datetime = YEAR_2026[1],
    owners: Iterable[str] = (OWNER,),
) -> list[ExpandedOccurrence]:
    return expand_calendar_object((FIXTURES / name).read_bytes(), start, end, owners)


def events(occurrences: list[ExpandedOccurrence]) -> list[ExpandedOccurrence]:
    return [o for o in occurrences if o.kind == "event"]


def starts(occurrences: list[ExpandedOccurrence]) -> list[datetime]:
    return [o.start for o in events(occurrences)]


def only(occurrences: list[ExpandedOccurrence]) -> ExpandedOccurrence:
    assert len(occurrences) == 1, occurrences
    return occurrences[0]


def starting_at(occurrences: list[ExpandedOccurrence], start: datetime) -> ExpandedOccurrence:
    return only([o for o in events(occurrences) if o.start == start])


# --- recurrence --------------------------------------------------------------------------------


def test_weekly_count_stops_after_the_last_counted_lesson():
    assert starts(expand("apple_weekly_count.ics")) == [
        utc(2026, 1, 7, 16),
        utc(2026, 1, 14, 16),
        utc(2026, 1, 21, 16),
    ]


def test_until_ends_the_weekday_standup_on_friday_the_13th():
    assert starts(expand("apple_weekdays_until.ics")) == [
        utc(2026, 3, day, 15, 30) for day in (9, 10, 11, 12, 13)
    ]


def test_rdate_adds_the_extra_physio_dates():
    assert starts(expand("apple_rdate.ics")) == [
        utc(2026, 4, 6, 8),
        utc(2026, 4, 9, 13),
        utc(2026, 4, 15, 8),
    ]


def test_exdate_removes_the_skipped_lunch_only():
    found = starts(expand("apple_weekly_exdate.ics", utc(2026, 3, 1), utc(2026, 3, 31)))
    assert found == [
        utc(2026, 3, 2, 18),
        utc(2026, 3, 9, 17),
        utc(2026, 3, 23, 17),
        utc(2026, 3, 30, 17),
    ]


def test_moved_occurrence_appears_at_its_new_time_not_the_old_one():
    found = expand("apple_override_moved.ics", utc(2026, 4, 13), utc(2026, 4, 20))
    moved = only(events(found))
    assert moved.start == utc(2026, 4, 16, 13)
    assert moved.end == utc(2026, 4, 16, 14)
    assert moved.recurrence_id == "2026-04-14T08:00:00+00:00"
    assert moved.busy is True


def test_moved_occurrence_is_found_by_a_window_covering_only_its_new_day():
    # iCloud's own time-range query misses this one; expanding the whole object must not.
    found = expand("apple_override_moved.ics", utc(2026, 4, 16), utc(2026, 4, 17))
    assert starts(found) == [utc(2026, 4, 16, 13)]


def test_cancelled_override_never_blocks_that_instance():
    found = expand("apple_override_cancelled.ics", utc(2026, 4, 1), utc(2026, 4, 25))
    cancelled = starting_at(found, utc(2026, 4, 13, 14))
    assert (cancelled.busy, cancelled.stored_reason) == (False, "cancelled")
    assert cancelled.recurrence_id == "2026-04-13T14:00:00+00:00"
    for other in (utc(2026, 4, 6, 14), utc(2026, 4, 20, 14)):
        assert starting_at(found, other).busy is True


def test_transparent_override_makes_that_instance_free():
    found = expand("apple_override_free.ics", utc(2026, 4, 1), utc(2026, 4, 25))
    free = starting_at(found, utc(2026, 4, 15, 12))
    assert (free.busy, free.stored_reason) == (False, "free")
    assert starting_at(found, utc(2026, 4, 8, 12)).busy is True
    assert starting_at(found, utc(2026, 4, 22, 12)).busy is True


def test_override_without_its_master_is_one_instance():
    # Invited to a single instance of someone else's series: iCloud stores only the override.
    found = only(expand("apple_orphan_override.ics"))
    assert found.start == utc(2026, 4, 21, 18)
    assert found.recurrence_id == "2026-04-21T18:00:00+00:00"
    assert found.busy is True


def test_single_event_has_no_recurrence_id():
    assert only(expand("apple_tzid_with_vtimezone.ics")).recurrence_id is None


# --- time --------------------------------------------------------------------------------------


def test_tzid_with_its_vtimezone_gives_utc():
    dentist = only(expand("apple_tzid_with_vtimezone.ics"))
    assert dentist.start == utc(2026, 4, 20, 21)  # 15:00 MDT
    assert dentist.end == utc(2026, 4, 20, 22)
    assert dentist.start.utcoffset() == timedelta(0)
    assert dentist.floating is False
    assert dentist.location == "Boulder Dental, 1234 Pearl St"


def test_iana_tzid_without_vtimezone():
    call = only(expand("iana_tzid_without_vtimezone.ics"))
    assert call.start == utc(2026, 4, 19, 0)  # 09:00 in Tokyo
    assert call.floating is False


def test_windows_zone_name_with_outlook_vtimezone():
    review = only(expand("outlook_w_europe_standard_time.ics"))
    assert review.start == utc(2026, 4, 15, 12)  # 14:00 CEST
    assert review.title == "Quarterly review"


def test_windows_zone_name_without_vtimezone_uses_iana_rules():
    # 09:00 on 10 March is already daylight time (PDT, -7), not a fixed PST (-8).
    sync = only(expand("outlook_pacific_no_vtimezone.ics"))
    assert sync.start == utc(2026, 3, 10, 16)


def test_windows_zone_weekly_follows_daylight_saving():
    assert starts(expand("outlook_eastern_weekly.ics")) == [
        utc(2026, 3, 2, 16),
        utc(2026, 3, 9, 15),
        utc(2026, 3, 16, 15),
    ]


def test_customized_time_zone_is_read_per_object_not_shared():
    # Outlook calls every unmapped zone "Customized Time Zone"; icalendar caches by TZID.
    for _ in range(2):
        assert only(expand("outlook_customized_zone_sydney.ics")).start == utc(2026, 4, 14, 23)
        assert only(expand("outlook_customized_zone_chicago.ics")).start == utc(2026, 4, 15, 14)


def test_vendor_prefixed_tzid_resolves_to_its_iana_zone():
    workshop = only(expand("duration_instead_of_dtend.ics"))
    assert workshop.start == utc(2026, 4, 28, 12)  # 14:00 in Berlin


def test_utc_times_stay_utc():
    consult = only(expand("utc_times.ics"))
    assert (consult.start, consult.end) == (utc(2026, 4, 18, 7, 30), utc(2026, 4, 18, 8, 15))
    assert consult.floating is False


def test_floating_time_is_naive_wall_clock():
    pill = only(expand("floating_time.ics"))
    assert pill.floating is True
    assert pill.all_day is False
    assert pill.start == datetime(2026, 4, 10, 9, 0)
    assert pill.end == datetime(2026, 4, 10, 9, 15)
    assert pill.start.tzinfo is None


def test_floating_time_is_kept_within_fourteen_hours_of_the_window():
    # 09:00 floating could be 23:00Z the day before (UTC+10) or 19:00Z (UTC-10).
    assert expand("floating_time.ics", utc(2026, 4, 10, 20), utc(2026, 4, 11))
    assert expand("floating_time.ics", utc(2026, 4, 9, 12), utc(2026, 4, 9, 19, 30))


def test_floating_time_beyond_fourteen_hours_is_left_out():
    assert expand("floating_time.ics", utc(2026, 4, 10, 23, 30), utc(2026, 4, 11, 6)) == []
    assert expand("floating_time.ics", utc(2026, 4, 9, 12), utc(2026, 4, 9, 18, 59)) == []


def test_all_day_event_is_floating_midnight_with_exclusive_end():
    vacation = only(expand("apple_all_day_vacation.ics"))
    assert (vacation.all_day, vacation.floating) == (True, True)
    assert vacation.start == datetime(2026, 4, 6)
    assert vacation.end == datetime(2026, 4, 9)  # Monday to Wednesday inclusive
    assert vacation.start.tzinfo is None


def test_all_day_instance_is_identified_by_its_original_date():
    found = expand("apple_all_day_weekly_moved.ics")
    assert [(o.start, o.recurrence_id) for o in found] == [
        (datetime(2026, 4, 6), "2026-04-06"),
        (datetime(2026, 4, 14), "2026-04-13"),
        (datetime(2026, 4, 20), "2026-04-20"),
    ]


def test_all_day_without_dtend_lasts_one_day():
    moving = only(expand("all_day_without_dtend.ics"))
    assert (moving.start, moving.end) == (datetime(2026, 4, 25), datetime(2026, 4, 26))
    assert moving.all_day is True


def test_duration_instead_of_dtend():
    workshop = only(expand("duration_instead_of_dtend.ics"))
    assert workshop.end == utc(2026, 4, 28, 13, 30)


def test_datetime_without_end_is_zero_length_and_kept():
    # RFC 5545 3.6.1: such an event ends where it starts. Returned so it can be shown.
    parcel = only(expand("no_end_datetime.ics"))
    assert parcel.start == parcel.end == utc(2026, 4, 29, 8)
    assert parcel.busy is True


def test_weekly_event_stays_at_local_time_across_dst():
    found = expand("apple_weekly_dst_new_york.ics", utc(2026, 2, 1), utc(2026, 3, 15))
    # 09:00 New York: EST (-5) before 8 March, EDT (-4) after.
    assert starts(found) == [utc(2026, 2, 24, 14), utc(2026, 3, 3, 14), utc(2026, 3, 10, 13)]


def test_weekly_event_stays_at_local_time_across_european_dst():
    found = expand("apple_weekly_dst_berlin.ics", utc(2026, 3, 20), utc(2026, 4, 5))
    # 09:00 Berlin: CET (+1) before 29 March, CEST (+2) after.
    assert starts(found) == [utc(2026, 3, 26, 8), utc(2026, 4, 2, 7)]


def test_event_crossing_midnight_ends_next_day_and_shows_there():
    # 22:00-02:00 Berlin; the window is the next local day only.
    dinner = only(expand("apple_crosses_midnight.ics", utc(2026, 4, 10, 22), utc(2026, 4, 11, 22)))
    assert (dinner.start, dinner.end) == (utc(2026, 4, 10, 20), utc(2026, 4, 11, 0))


def test_occurrence_ending_exactly_at_window_start_is_left_out():
    assert expand("apple_tzid_with_vtimezone.ics", utc(2026, 4, 20, 22), utc(2026, 4, 21)) == []


# --- busy or free ------------------------------------------------------------------------------


def test_transparent_event_is_free():
    podcast = only(expand("apple_transparent.ics"))
    assert (podcast.busy, podcast.stored_reason) == (False, "free")


def test_all_day_event_without_transp_blocks():
    vacation = only(expand("apple_all_day_vacation.ics"))
    assert (vacation.busy, vacation.stored_reason) == (True, "busy")


def test_all_day_opaque_event_blocks():
    fair = only(expand("apple_all_day_opaque.ics"))
    assert (fair.busy, fair.stored_reason) == (True, "busy")


def test_all_day_transparent_event_is_free():
    birthday = only(expand("apple_all_day_transparent.ics"))
    assert (birthday.busy, birthday.stored_reason) == (False, "free")


def test_cancelled_event_never_blocks():
    haircut = only(expand("apple_cancelled.ics"))
    assert (haircut.busy, haircut.stored_reason) == (False, "cancelled")


def test_tentative_event_blocks():
    visit = only(expand("apple_tentative.ics"))
    assert (visit.busy, visit.stored_reason) == (True, "tentative")


def test_invitation_declined_by_the_owner_does_not_block():
    pitch = only(expand("invite_declined_by_owner.ics"))
    assert (pitch.busy, pitch.stored_reason) == (False, "declined")


@pytest.mark.parametrize(
    "owner", ["sam.rivera@icloud.com", "SAM.RIVERA@ICLOUD.COM", "mailto:Sam.Rivera@iCloud.com "]
)
def test_owner_address_ignores_case_and_mailto(owner: str):
    # Outlook's ATTENDEE line says "MAILTO:Sam.Rivera@icloud.com" and has no EMAIL parameter.
    dry_run = only(expand("outlook_invite_declined_by_owner.ics", owners=[owner]))
    assert (dry_run.busy, dry_run.stored_reason) == (False, "declined")


def test_owner_declined_as_principal_attendee_with_email_parameter():
    board = only(expand("invite_declined_by_owner_principal.ics"))
    assert (board.busy, board.stored_reason) == (False, "declined")


def test_invitation_declined_by_someone_else_still_blocks():
    budget = only(expand("invite_declined_by_other.ics"))
    assert (budget.busy, budget.stored_reason) == (True, "busy")


def test_declined_invitation_blocks_when_the_owner_is_unknown():
    pitch = only(expand("invite_declined_by_owner.ics", owners=()))
    assert (pitch.busy, pitch.stored_reason) == (True, "busy")


def test_travel_time_blocks_the_half_hour_before_the_event():
    travel, meeting = expand("apple_travel_time.ics")
    assert (travel.kind, travel.stored_reason, travel.busy) == ("travel", "travel", True)
    assert (travel.start, travel.end) == (utc(2026, 4, 16, 7, 30), utc(2026, 4, 16, 8))
    assert travel.uid == meeting.uid
    assert (meeting.kind, meeting.start, meeting.busy) == ("event", utc(2026, 4, 16, 8), True)


def test_travel_time_is_free_when_its_event_is_free():
    travel, open_house = expand("apple_travel_time_free.ics")
    assert (travel.kind, travel.start, travel.end) == (
        "travel",
        utc(2026, 4, 17, 11, 15),
        utc(2026, 4, 17, 12),
    )
    assert travel.busy is False
    assert open_house.busy is False


def test_travel_time_before_an_event_just_after_the_window_is_kept():
    found = expand("apple_travel_time.ics", utc(2026, 4, 16, 7), utc(2026, 4, 16, 8))
    assert [(o.kind, o.start) for o in found] == [("travel", utc(2026, 4, 16, 7, 30))]


def test_unreadable_travel_time_is_dropped_and_the_event_kept(caplog: pytest.LogCaptureFixture):
    visit = only(expand("apple_travel_time_unreadable.ics"))
    assert (visit.kind, visit.start, visit.busy) == ("event", utc(2026, 4, 20, 12), True)
    assert "X-APPLE-TRAVEL-DURATION" in caplog.text


def test_cancelled_beats_declined_and_transparent():
    offsite = only(expand("precedence_cancelled_declined_free.ics"))
    assert (offsite.busy, offsite.stored_reason) == (False, "cancelled")


def test_declined_beats_transparent_and_tentative():
    lunch = only(expand("precedence_declined_free_tentative.ics"))
    assert (lunch.busy, lunch.stored_reason) == (False, "declined")


def test_transparent_beats_tentative():
    webinar = only(expand("precedence_free_tentative.ics"))
    assert (webinar.busy, webinar.stored_reason) == (False, "free")


def test_every_reason_has_a_sentence_for_the_ui():
    assert REASONS["busy"] == "Busy in iCloud"
    assert REASONS["tentative"] == "Tentative in iCloud (blocks)"
    assert REASONS["free"] == "Free in iCloud"
    assert REASONS["cancelled"] == "Cancelled in iCloud"
    assert REASONS["declined"] == "Declined invitation"
    assert REASONS["travel"] == "Travel time"
    reasons = {o.reason for f in FIXTURES.glob("[!b]*.ics")
               for o in expand(f.name)}
    assert reasons <= REASONS.keys()


# --- broken objects and other components -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("broken_garbage.ics", "not iCalendar data"),
        ("broken_truncated.ics", "cut off"),
        ("broken_missing_dtstart.ics", 'event "Planning" has no start time (DTSTART)'),
        ("broken_dtend_before_dtstart.ics", 'event "Review" ends before it starts'),
        ("broken_bad_dtstart.ics", "unreadable DTSTART"),
    ],
)
def test_broken_object_raises_broken_event_with_a_readable_reason(name: str, says: str):
    with pytest.raises(BrokenEvent) as raised:
        expand(name)
    assert type(raised.value) is BrokenEvent
    assert says in str(raised.value)
    assert "\n" not in str(raised.value)


def test_unknown_tzid_is_read_in_the_business_zone_and_says_so():
    # Issue 14: never skipped (free by accident); floating, with the assumption in the reason.
    [call] = expand("broken_unknown_tzid.ics")
    assert call.floating and call.busy
    assert reason_words(*read_reason(call.stored_reason, call.busy)).endswith(
        "(time zone 'Atlantis/Poseidonia' is unknown; read in the business's zone)")


def test_a_frequency_nobody_knows_blocks_the_first_occurrence():
    [first] = expand("broken_bad_rrule.ics")
    assert first.busy and "FREQ=FORTNIGHTLY" in first.stored_reason


def test_a_minutely_rule_blocks_instead_of_being_skipped():
    [block] = expand("broken_minutely_rrule.ics")
    assert block.busy and block.reason == Reason.UNEXPANDABLE


def test_unforeseen_failure_is_still_a_broken_event(monkeypatch: pytest.MonkeyPatch):
    def fail(*_args: object) -> None:
        raise KeyError("DTEND")

    monkeypatch.setattr(ical_expand, "_occurrences_of", fail)
    monkeypatch.setattr(ical_expand, "occurrence_and_travel", fail)
    for name in ("utc_times.ics", "apple_weekly_count.ics", "apple_override_moved.ics"):
        with pytest.raises(BrokenEvent, match="could not be read"):
            expand_calendar_object((FIXTURES / name).read_bytes(), utc(2026, 1, 1),
                                   utc(2027, 1, 1), quick=False)
    with pytest.raises(BrokenEvent, match="could not be read"):
        expand("apple_weekly_count.ics")  # the quick way too


def test_reminder_list_object_with_only_a_vtodo_returns_nothing():
    assert expand("apple_reminder_vtodo.ics") == []


def test_duplicate_dtstamp_lines_as_icloud_writes_them_are_harmless():
    text = (FIXTURES / "apple_weekly_count.ics").read_text()
    assert text.count("DTSTAMP:") == 2
    assert len(expand("apple_weekly_count.ics")) == 3


def test_text_input_works_like_bytes():
    text = (FIXTURES / "utc_times.ics").read_text()
    assert expand_calendar_object(text, utc(2026, 4, 1), utc(2026, 5, 1)) == expand("utc_times.ics")


def test_naive_window_is_a_programming_error():
    with pytest.raises(ValueError):
        expand("utc_times.ics", datetime(2026, 4, 1), utc(2026, 5, 1))


# --- performance -------------------------------------------------------------------------------


def test_weekly_event_over_430_days_is_quick_and_parsed_once(monkeypatch: pytest.MonkeyPatch):
    parses = []
    real_from_ical = icalendar.Calendar.from_ical

    def counting_from_ical(*args, **kwargs):
        parses.append(1)
        return real_from_ical(*args, **kwargs)

    monkeypatch.setattr(ical.icalendar.Calendar, "from_ical", counting_from_ical)
    began = time.perf_counter()
    window_start = utc(2026, 2, 1)
    found = expand("apple_weekly_dst_new_york.ics", window_start, window_start + timedelta(430))
    took = time.perf_counter() - began
    assert len(found) == 59  # every Tuesday from 24 Feb 2026 to 6 Apr 2027
    assert found[-1].start == utc(2027, 4, 6, 13)
    assert starting_at(found, utc(2026, 11, 3, 14)).busy  # back on EST in November
    assert len(parses) == 1
    assert took < 0.5
