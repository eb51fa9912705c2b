"""The words about time, staleness and conflicts that the window, the command line and
the screenshots share."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from jumpadesk.availability import ScheduleItem, StaleCalendar
from jumpadesk.schedule_problems import AppointmentConflict
from jumpadesk.wording import (
    brief_when,
    conflict_sentence,
    describe_duration,
    describe_length,
    describe_moment,
    describe_when,
    format_hour,
    format_span,
    format_time,
    join_names,
    stale_banner_text,
    stale_sentence,
    week_title,
    with_event_problems,
)

BERLIN = ZoneInfo("Europe/Berlin")


def item(start: datetime, end: datetime, all_day: bool = False, title: str = "Brunch",
         calendar: str = "Home") -> ScheduleItem:
    return ScheduleItem(start, end, title, True, "icloud", "busy", calendar, 1, "",
                        all_day=all_day)


def appointment(start: datetime, end: datetime, ref_id: int = 7) -> ScheduleItem:
    return ScheduleItem(start, end, "Haircut", True, "appointment", "appointment", "Salon", 2,
                        "", ref_id=ref_id, status="written")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


def test_clock_times_in_24_hours_or_am_pm() -> None:
    assert format_time(time(14, 30)) == "14:30"
    assert format_time(time(14, 30), am_pm=True) == "2:30 PM"
    assert format_time(time(0, 5), am_pm=True) == "12:05 AM"
    assert format_hour(9) == "09:00" and format_hour(12, am_pm=True) == "12 PM"


def test_spans_name_the_weekday_only_across_midnight() -> None:
    assert format_span(at(24, 10), at(24, 11), BERLIN) == "10:00 \u2013 11:00"
    assert format_span(at(24, 23), at(25, 0), BERLIN) == "23:00 \u2013 00:00"
    assert format_span(at(24, 23), at(25, 1), BERLIN) == "Tue 23:00 \u2013 Wed 01:00"


def test_when_briefly_and_in_full() -> None:
    haircut = item(at(24, 10), at(24, 11, 30))
    assert brief_when(haircut, BERLIN) == "Tue 10:00–11:30"
    assert describe_when(haircut, BERLIN) == "Tuesday 24 November 2026, 10:00 \u2013 11:30"
    assert describe_when(haircut, BERLIN, am_pm=True).endswith("10:00 AM \u2013 11:30 AM")
    weekend = item(datetime(2026, 11, 28, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC),
                   all_day=True)
    assert brief_when(weekend, UTC) == "all day Sat–Sun"
    assert describe_when(weekend, UTC) == (
        "Saturday 28 November \u2013 Sunday 29 November 2026, all day")
    assert describe_duration(weekend) == "2 days"
    assert describe_duration(haircut) == "1 h 30 min"


def test_weeks_and_moments() -> None:
    assert week_title(date(2026, 11, 23)) == "23 \u2013 29 November 2026"
    now = datetime(2026, 11, 25, 12, tzinfo=UTC)
    assert describe_moment(None, BERLIN, now) == "never"
    assert describe_moment(datetime(2026, 11, 25, 9, 42), BERLIN, now) == "today 10:42"
    assert describe_moment(datetime(2026, 11, 24, 17, 5, tzinfo=UTC), BERLIN,
                           now) == "yesterday 18:05"
    assert describe_moment(datetime(2026, 11, 2, 8, tzinfo=UTC), BERLIN, now) == "Mon 2 Nov 09:00"
    assert join_names(["Home", "Work", "Family"]) == "Home, Work and Family"


def test_one_wording_for_stale_calendars_everywhere() -> None:
    work = StaleCalendar(1, "Work", "a@icloud.com", datetime(2026, 11, 25, 9, 42, tzinfo=UTC),
                         "cannot reach iCloud")
    assert stale_sentence(work, BERLIN) == work.sentence(BERLIN) == (
        "Work (iCloud): last synced 10:42, cannot reach iCloud")
    banner = stale_banner_text([work], BERLIN)
    assert banner is not None and banner.splitlines()[0] == work.sentence(BERLIN)
    assert with_event_problems(banner, ["'Party' in Home ..."]) == banner + "\n'Party' in Home ..."


def test_two_servers_with_the_same_trouble_keep_their_own_names_in_the_banner() -> None:
    """The demo's iCloud stand-in and a Radicale, both on 127.0.0.1 and both down, give
    the same sentence at the same minute: still one line each, each calendar named with
    its own server (the screenshot had "Salon, Home, Work and Family (127.0.0.1)")."""
    at = datetime(2026, 11, 25, 9, 42, tzinfo=UTC)
    down = "jumpadesk could not reach 127.0.0.1."
    text = stale_banner_text([
        StaleCalendar(1, "Salon", "sam", at, down, service="127.0.0.1"),
        StaleCalendar(2, "Home", "demo@icloud.com", at, down),
        StaleCalendar(3, "Work", "demo@icloud.com", at, down),
    ], BERLIN)
    assert text is not None
    assert text.splitlines()[:2] == [
        f"Salon (127.0.0.1): last synced 10:42, {down}",
        f"Home and Work (iCloud): last synced 10:42, {down}",
    ]


def test_a_time_that_is_not_free_names_three_things_it_overlaps_then_how_many_more() -> None:
    five = [item(at(24, 9 + n), at(24, 10 + n), title=f"Meeting {n}") for n in range(5)]
    assert conflict_sentence(BERLIN, five[:1]) == (
        "That time is not free: it overlaps Meeting 0 (Home, Tue 09:00–10:00, Busy in iCloud).")
    assert conflict_sentence(BERLIN, five) == (
        "That time is not free: it overlaps Meeting 0 (Home, Tue 09:00–10:00, Busy in iCloud); "
        "Meeting 1 (Home, Tue 10:00–11:00, Busy in iCloud); Meeting 2 (Home, Tue 11:00–12:00, "
        "Busy in iCloud) and 2 more.")


def test_an_appointment_something_now_overlaps_is_worded_once_with_or_without_its_guest(
) -> None:
    haircut = appointment(at(28, 10), at(28, 11, 30))
    fair = item(datetime(2026, 11, 28, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC),
                all_day=True, title="Trade fair", calendar="Family")
    dentist = item(at(28, 11), at(28, 12), title="", calendar="Work")
    said = ("Haircut (appointment 7, Sat 10:00–11:30) now overlaps Trade fair (Family, "
            "all day Sat–Sun, Busy in iCloud); Busy (Work, Sat 11:00–12:00, Busy in iCloud).")
    # jumpadesk conflicts (availability) names everything that overlaps, in the same words
    assert AppointmentConflict(haircut, [fair, dentist]).sentence(BERLIN) == said
    assert conflict_sentence(BERLIN, [fair, dentist], haircut, at_most=None) == said
    # the window's notice names the guest to call
    assert conflict_sentence(BERLIN, [fair], haircut, guest="Anna Berg") == (
        "Haircut (Anna Berg, appointment 7, Sat 10:00–11:30) now overlaps Trade fair (Family, "
        "all day Sat–Sun, Busy in iCloud). Call Anna Berg to move it.")


def test_a_double_booked_appointment_names_its_guest_on_the_persons_clock() -> None:
    """One sentence for `jumpadesk conflicts` and the window's notice: the guest to call,
    and 12-hour times where the person's clock reads them."""
    haircut = replace(appointment(at(28, 10), at(28, 11, 30)), guest="Anna Berg")
    dentist = item(at(28, 11), at(28, 12), title="Dentist", calendar="Work")
    assert AppointmentConflict(haircut, [dentist]).sentence(BERLIN) == (
        "Haircut (Anna Berg, appointment 7, Sat 10:00–11:30) now overlaps Dentist (Work, "
        "Sat 11:00–12:00, Busy in iCloud). Call Anna Berg to move it.")
    assert AppointmentConflict(haircut, [dentist]).sentence(BERLIN, am_pm=True) == (
        "Haircut (Anna Berg, appointment 7, Sat 10:00 AM–11:30 AM) now overlaps Dentist "
        "(Work, Sat 11:00 AM–12:00 PM, Busy in iCloud). Call Anna Berg to move it.")


def test_a_length_is_said_one_way_for_an_item_a_service_and_its_buffers() -> None:
    """wording.describe_length: what Find a Time, the services list, the details' Length
    and a conflict's buffers say."""
    from jumpadesk.free_time import describe_length as free_time_words
    from jumpadesk.services.offered import Offered

    ninety = timedelta(minutes=90)
    assert [describe_length(timedelta(minutes=m)) for m in (0, 45, 60, 90)] == [
        "0 min", "45 min", "1 h", "1 h 30 min"]
    assert free_time_words is describe_length
    assert describe_duration(item(at(24, 10), at(24, 11, 30))) == "1 h 30 min"
    assert Offered("Colour", ninety, buffer_after=ninety).words() == (
        "Colour, 1 h 30 min, 1 h 30 min after")
    colour = replace(item(at(24, 10), at(24, 11)), buffer_after=ninety)
    assert conflict_sentence(BERLIN, [colour]) == (
        "That time is not free: it overlaps Brunch (Home, Tue 10:00–11:00 and 1 h 30 min kept "
        "free after, Busy in iCloud).")


def test_the_day_sheet_free_times_and_booking_name_stale_calendars_as_the_banner_does() -> None:
    """One line per server and cause (wording.stale_lines), wherever stale calendars are
    named: two iCloud calendars that could not be reached at 10:42 are one line."""
    from jumpadesk.agenda import agenda_day, stale_lines
    from jumpadesk.hours import every_day
    from jumpadesk.rows import SubAccountRow
    from jumpadesk.services.booking import StaleData
    from jumpadesk.services.free import OutOfDate

    down = "jumpadesk could not reach iCloud."
    at_1042 = datetime(2026, 11, 25, 9, 42, tzinfo=UTC)
    stale = (StaleCalendar(2, "Home", "demo@icloud.com", at_1042, down),
             StaleCalendar(3, "Work", "demo@icloud.com", at_1042, down))
    said = f"Home and Work (iCloud): last synced 10:42, {down}"
    main = SubAccountRow(1, "Main", "Europe/Berlin")
    day = agenda_day(main, date(2026, 11, 25), BERLIN, every_day(9, 18), [], {}, stale)
    assert stale_lines(day) == [f"May be out of date: {said}"]
    assert OutOfDate(main, stale).sentence() == (
        f"No times are offered for Main: its schedule may be out of date ({said}). Sync, then "
        "ask again.")
    assert str(StaleData(list(stale), BERLIN)) == (
        f"The schedule may be out of date ({said}). Confirm to book anyway.")
