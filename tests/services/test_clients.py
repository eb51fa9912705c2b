"""The business's clients (issue 20 item 4), on both stores: found by name, email or
phone across the staff; one card per person however many staff members they booked
with; arrived from the appointment's day on, no-show once it started, neither for a
cancelled one; notes kept; who booked each appointment and when."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from jumpadesk.errors import InputError, NotFound
from jumpadesk.models import Appointment
from jumpadesk.service import Desk
from tests.helpers.clock import next_week
from tests.helpers.shop import opened_desk
from tests.icloud_server import IcloudServer, week_day


@pytest.fixture
def desk(jumpadesk_home: Path, icloud: IcloudServer, monkeypatch: pytest.MonkeyPatch) -> Desk:
    """Main and Maria (on Main's account), Ann booked with both (twice before, once
    next week), Bob once by phone; booked at the desk called Front desk."""
    monkeypatch.setenv("JUMPADESK_DESK_NAME", "Front desk")
    desk = opened_desk(icloud)
    desk.add_staff("Maria", use=[icloud.apple_id])
    desk.book("Main", week_day(1, "14:00"), week_day(1, "15:00"), "Colour", "Ann Lee",
              "ann@example.com", "+49 151 2345 678")
    desk.book("Maria", week_day(1, "16:00"), week_day(1, "16:30"), "Cut", "Ann Lee",
              "ANN@example.com")
    desk.book("Main", next_week(1, "10:00"), next_week(1, "11:00"), "Fringe", "Ann Lee",
              "ann@example.com")
    desk.book("Main", week_day(1, "17:00"), week_day(1, "17:30"), "Beard", "Bob Brown",
              phone="0171 99 88 77")
    return desk


def test_clients_are_found_by_name_email_or_phone_once_across_the_staff(desk: Desk) -> None:
    ann = desk.find_clients("ann")
    assert [(c.name, c.email, c.phone, c.staff) for c in ann] == [
        ("Ann Lee", "ann@example.com", "+49 151 2345 678", ("Main", "Maria"))]
    assert [c.name for c in desk.find_clients("EXAMPLE.COM")] == ["Ann Lee"]
    assert [c.name for c in desk.find_clients("151 2345")] == ["Ann Lee"]
    assert [c.name for c in desk.find_clients("0171-998")] == ["Bob Brown"]
    assert [c.name for c in desk.find_clients("")] == ["Ann Lee", "Bob Brown"]
    assert desk.find_clients("Clara") == []
    only_maria = desk.find_clients("", "Maria", whole_business=False)
    assert [(c.name, c.staff) for c in only_maria] == [("Ann Lee", ("Maria",))]


def test_a_clients_card_has_every_appointment_with_its_staff_member_and_who_booked_it(
    desk: Desk,
) -> None:
    [ann] = desk.find_clients("ann")
    card = desk.client_card(ann.id)
    assert card == desk.client_card("Ann@Example.com")  # by email, the same card
    assert [(v.title, v.staff) for v in card.upcoming] == [("Fringe", "Main")]
    assert [(v.title, v.staff) for v in card.past] == [("Cut", "Maria"), ("Colour", "Main")]
    assert {v.booked_by for v in (*card.upcoming, *card.past)} == {"Front desk"}
    assert card.past[1].line() == "#1 Tue 24 Nov 2026 14:00\u201315:00 Colour with Main"
    assert card.counts() == "Arrived never, no-show never"
    with pytest.raises(NotFound, match="There is no client with the email address "
                                       "clara@example.com."):
        desk.client_card("clara@example.com")

    record = desk.booking_record(card.past[1].id)
    assert record.booked_words().startswith("Booked at this desk, ")
    booked_at = record.booked_at
    assert abs(booked_at - datetime.now(UTC)) < timedelta(minutes=10)


def test_the_desk_that_booked_is_named_from_another_desk(
    desk: Desk, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("JUMPADESK_DESK_NAME", "Back office")
    record = desk.booking_record(1)
    local = record.booked_at.astimezone(next_week(0, "00:00").tzinfo)
    assert record.booked_words() == (
        f"Booked by Front desk, {local:%a} {local.day} {local:%b %Y} {local:%H:%M}")


def test_arrived_from_its_day_on_no_show_once_started_and_neither_when_cancelled(
    desk: Desk,
) -> None:
    [ann] = desk.find_clients("ann")
    fringe = desk.client_card(ann.id).upcoming[0]
    with pytest.raises(InputError) as early:
        desk.mark_attendance(fringe.id, "arrived")
    local = fringe.start.astimezone(next_week(0, "00:00").tzinfo)
    assert str(early.value) == (
        f"\u201cFringe\u201d for Ann Lee on {local:%A} {local.day} {local:%B %Y}, "
        "10:00 \u2013 11:00 is not today: a guest can be marked arrived from "
        f"{local:%A} {local.day} {local:%B %Y} on.")
    that_morning = fringe.start - timedelta(hours=2)
    with pytest.raises(InputError, match="has not started yet"):
        desk.mark_attendance(fringe.id, "no-show", now=that_morning)
    assert desk.mark_attendance(fringe.id, "arrived", now=that_morning).startswith(
        "Marked \u201cFringe\u201d for Ann Lee on ")
    colour, cut = desk.client_card(ann.id).past[1], desk.client_card(ann.id).past[0]
    assert desk.mark_attendance(colour.id, "no-show") == (
        "Marked \u201cColour\u201d for Ann Lee on Tuesday 24 November 2026, 14:00 \u2013 "
        "15:00 as a no-show.")
    card = desk.client_card(ann.id)
    assert (card.arrived, card.no_show) == (1, 1)
    assert card.counts() == "Arrived once, no-show once"
    assert [v.attendance for v in card.past] == ["", "no-show"]

    desk.cancel("Maria", cut.id)
    with pytest.raises(InputError) as cancelled:
        desk.mark_attendance(cut.id, "arrived")
    assert str(cancelled.value) == (
        "\u201cCut\u201d for Ann Lee on Tuesday 24 November 2026, 16:00 \u2013 16:30 was "
        "cancelled, so it cannot be marked arrived.")
    assert desk.mark_attendance(colour.id, "clear") == (
        "Cleared the mark on \u201cColour\u201d for Ann Lee on Tuesday 24 November 2026, "
        "14:00 \u2013 15:00.")
    assert desk.client_card(ann.id).no_show == 0
    with pytest.raises(NotFound, match="There is no appointment 99."):
        desk.mark_attendance(99, "arrived")
    with pytest.raises(NotFound, match="There is no appointment 1 in Maria."):
        desk.mark_attendance(1, "arrived", "Maria")


def test_notes_are_kept_on_the_client_and_too_long_ones_refused(desk: Desk) -> None:
    [ann] = desk.find_clients("ann")
    assert desk.set_client_notes(ann.id, "  Allergic to ammonia.\nLikes tea.  ") == (
        "Saved the notes on Ann Lee.")
    assert desk.client_card("ann@example.com").notes == "Allergic to ammonia.\nLikes tea."
    with pytest.raises(InputError, match="Notes can be at most 4000 characters long; these "
                                         "are 4001. Nothing was saved."):
        desk.set_client_notes(ann.id, "x" * 4001)
    assert desk.client_card(ann.id).notes == "Allergic to ammonia.\nLikes tea."
    assert desk.set_client_notes(ann.id, "") == "Cleared the notes on Ann Lee."


def test_an_appointment_booked_before_desks_were_recorded_says_so(desk: Desk) -> None:
    with desk.session() as s:  # as revision 0010 leaves a row booked before it
        row = s.get(Appointment, 1)
        assert row is not None
        row.booked_by = ""
        s.add(row)
    record = desk.booking_record(1)
    local = record.booked_at.astimezone(next_week(0, "00:00").tzinfo)
    assert record.booked_words() == (
        f"Booked {local:%a} {local.day} {local:%b %Y} {local:%H:%M}, before jumpadesk "
        "recorded which desk")
    assert desk.client_card(1).past[-1].booked_by == ""
