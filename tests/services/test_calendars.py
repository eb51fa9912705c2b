"""Which calendars can be used for what, and finding the one a person names."""

from __future__ import annotations

import pytest

from jumpadesk.errors import InputError, NotConnected, NotFound
from jumpadesk.models import Calendar
from jumpadesk.services import calendars
from jumpadesk.services.calendars import (
    REASON_TASKS,
    CalendarInfo,
    calendar_usability,
    deleted_reason,
    find_calendar,
)
from jumpadesk.services.store import Store


def info(cal_id: int, name: str, url: str = "") -> CalendarInfo:
    return CalendarInfo(
        id=cal_id, name=name, url=url or f"https://p.example/cal/{cal_id}/", color="",
        access="write", kind="events", connectable=True, reason=None, linked=False,
        conflict=False, account="a@icloud.com", connection_id=1, order=cal_id, deleted=False,
    )


def test_what_cannot_be_connected_says_why() -> None:
    assert calendar_usability(Calendar(connection_id=1, path="/w/")) == (True, None)
    gone = Calendar(connection_id=1, path="/w/", deleted_on_server=True, kind="tasks")
    assert calendar_usability(gone) == (False, deleted_reason("iCloud"))
    assert calendar_usability(Calendar(connection_id=1, path="/r/", kind="tasks")) == (
        False, REASON_TASKS)
    feed = Calendar(connection_id=1, path="/h/", kind="subscribed",
                    source_url="webcal://holidays.example/de.ics")
    usable, reason = calendar_usability(feed)
    assert not usable and "a webcal feed from webcal://holidays.example/de.ics" in reason


def test_a_calendar_is_found_by_url_then_name_then_name_in_any_case() -> None:
    cals = [info(1, "Work"), info(2, "work"), info(3, "Home"), info(4, "Home")]
    assert find_calendar(cals, "https://p.example/cal/3") is cals[2]
    assert find_calendar(cals, " work ") is cals[1]
    assert find_calendar(cals, "Work") is cals[0]
    with pytest.raises(InputError, match='More than one calendar is called "home"'):
        find_calendar(cals, "home")
    with pytest.raises(NotFound, match="Calendars: Home, Work, work."):
        find_calendar(cals, "Family")


def test_configure_needs_a_connection_first(store: Store) -> None:
    assert calendars.calendars(store, "Main") == []
    with pytest.raises(NotConnected, match="no calendar account connected yet"):
        calendars.configure(store, "Main", "Work", [])


def test_an_account_with_nothing_to_block_time_with_is_said_so_with_why() -> None:
    """Issue 21 item 3: one sentence for an account that connected but has no calendar
    jumpadesk can use; nothing when it has one."""
    from dataclasses import replace

    from jumpadesk.services.calendars import no_usable_calendars

    icloud, fastmail = "https://caldav.icloud.com/", "https://caldav.fastmail.com/"
    events = info(1, "Work")
    tasks = replace(info(2, "Reminders"), kind="tasks", connectable=False)
    feed = replace(info(3, "Holidays"), kind="subscribed", connectable=False)
    gone = replace(info(4, "Old"), connectable=False, deleted=True)
    assert no_usable_calendars("a@icloud.com", icloud, [events, tasks]) is None
    head = "a@icloud.com on iCloud is connected but has no calendars jumpadesk can use: "
    assert no_usable_calendars("a@icloud.com", icloud, [tasks]) == (
        head + "it has only Reminders lists, which hold tasks, not events.")
    assert no_usable_calendars("a@icloud.com", icloud, [feed, gone]) == (
        head + "it has only subscribed calendars, whose events iCloud does not serve.")
    assert no_usable_calendars("a@icloud.com", icloud, [tasks, feed]) == (
        head + "it has only Reminders lists and subscribed calendars, which cannot block "
        "time.")
    assert no_usable_calendars("me@fastmail.com", fastmail, [gone]) == (
        "me@fastmail.com on Fastmail is connected but has no calendars jumpadesk can use: "
        "its calendars were deleted on Fastmail.")
