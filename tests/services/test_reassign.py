"""Giving an appointment to another staff member (issue 20 item 1): checked in the
target's booking transaction, written to the target's linked calendar and taken out of
the old one only after iCloud accepted, one change in place when both use the same
calendar; a refusal or a failure leaves it where it was, holding its time. Against the
iCloud-like server, on SQLite and PostgreSQL, through Desk and `jumpadesk move --to`."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote

import pytest

from jumpadesk import cli
from jumpadesk.errors import NotFound, ServerFailed, SlotTaken, WriteRefused
from jumpadesk.service import Desk
from jumpadesk.services.offered import NotOffered
from tests.helpers.shop import at, busy_on, three_staff
from tests.icloud_server import IcloudServer

DAY = at(2026, 12, 2).date()
TEN, ELEVEN, NOON = at(2026, 12, 2, "10:00"), at(2026, 12, 2, "11:00"), at(2026, 12, 2, "12:00")


@pytest.fixture
def desk(jumpadesk_home: Path, icloud: IcloudServer) -> Desk:
    """Ann books into Work, Bea into Home, Cem into Work too; Family blocks all three."""
    return three_staff(icloud)


def test_given_to_another_calendar_it_is_written_there_first_then_deleted_from_the_old(
    desk: Desk, icloud: IcloudServer,
) -> None:
    appt = desk.book("Ann", TEN, ELEVEN, "Haircut", "Ann Lee", phone="+49 30 1234")
    old_href = unquote(appt.href)
    icloud.reset_requests()

    given = desk.reassign("Ann", appt.id, "Bea", sync_first=False)

    writes = [(r.method, r.path, r.status) for r in icloud.requests
              if r.method in ("PUT", "DELETE")]
    assert [(m, "/home/" in p, "/work/" in p) for m, p, _ in writes] == [
        ("PUT", True, False), ("DELETE", False, True)]
    assert writes[1][1] == old_href
    assert given.id == appt.id and given.guest_name == "Ann Lee"
    assert given.uid != appt.uid and "/home/" in unquote(given.href)
    assert icloud.get_event("Work", appt.uid) is None
    assert "Ann Lee" in (icloud.get_event("Home", given.href) or "")
    assert ("10:00", "11:00") in busy_on(desk, DAY, sub="Bea")
    assert ("10:00", "11:00") not in busy_on(desk, DAY, sub="Ann")
    with pytest.raises(NotFound):
        desk.appointment("Ann", appt.id)
    # A sync brings the event back as the appointment it is: one block, Bea's.
    assert desk.sync("Bea").ok and desk.sync("Ann").ok
    assert [(i.title, i.source) for i in desk.schedule("Bea", TEN, ELEVEN)] == [
        ("Haircut", "appointment")]
    assert desk.schedule("Ann", TEN, ELEVEN) == []


def test_given_within_one_calendar_it_is_one_change_in_place(
    desk: Desk, icloud: IcloudServer,
) -> None:
    appt = desk.book("Ann", TEN, ELEVEN, "Colour", "Jana Weber")
    icloud.reset_requests()

    given = desk.reassign("Ann", appt.id, "Cem", ELEVEN, NOON, sync_first=False)

    assert icloud.request_count("PUT") == 1 and icloud.request_count("DELETE") == 0
    assert given.href == appt.href and given.uid == appt.uid
    assert ("11:00", "12:00") in busy_on(desk, DAY, sub="Cem")
    assert busy_on(desk, DAY, sub="Ann").count(("10:00", "11:00")) == 0
    assert "T100000Z" in (icloud.get_event("Work", appt.href) or "")  # 11:00 Berlin


def test_a_time_taken_at_the_target_is_refused_before_iCloud_is_asked(
    desk: Desk, icloud: IcloudServer,
) -> None:
    appt = desk.book("Ann", TEN, ELEVEN, "Haircut", "Ann Lee")
    desk.book("Bea", at(2026, 12, 2, "10:30"), NOON, "Perm", "Eva Roth")
    icloud.reset_requests()

    with pytest.raises(SlotTaken) as taken:
        desk.reassign("Ann", appt.id, "Bea", sync_first=False)

    assert "Perm" in str(taken.value)
    assert icloud.request_count("PUT") == 0 and icloud.request_count("DELETE") == 0
    assert desk.appointment("Ann", appt.id).href == appt.href
    assert ("10:00", "11:00") in busy_on(desk, DAY, sub="Ann")


def test_a_refused_write_leaves_it_with_its_staff_member(
    desk: Desk, icloud: IcloudServer,
) -> None:
    appt = desk.book("Ann", TEN, ELEVEN, "Haircut", "Ann Lee")
    icloud.fail_next(1, status=403, method="PUT", path="/home/")
    icloud.reset_requests()

    with pytest.raises(WriteRefused) as refused:
        desk.reassign("Ann", appt.id, "Bea", sync_first=False)

    assert str(refused.value).startswith(f"Appointment {appt.id} stays with Ann")
    assert icloud.request_count("DELETE") == 0
    assert icloud.get_event("Work", appt.href) is not None
    assert desk.appointment("Ann", appt.id).status == "written"
    assert ("10:00", "11:00") in busy_on(desk, DAY, sub="Ann")
    assert ("10:00", "11:00") not in busy_on(desk, DAY, sub="Bea")


def test_an_old_event_that_cannot_be_deleted_stays_held_for_both(
    desk: Desk, icloud: IcloudServer,
) -> None:
    appt = desk.book("Ann", TEN, ELEVEN, "Haircut", "Ann Lee")
    icloud.fail_next(2, status=500, method="DELETE", path="/work/")

    with pytest.raises(ServerFailed) as failed:
        desk.reassign("Ann", appt.id, "Bea", sync_first=False)

    sentence = str(failed.value)
    assert "now with Bea" in sentence and f"appointment {appt.id} is still held for Ann" in sentence
    assert icloud.get_event("Work", appt.href) is not None
    assert desk.appointment("Ann", appt.id).status == "written"
    assert ("10:00", "11:00") in busy_on(desk, DAY, sub="Ann")
    assert ("10:00", "11:00") in busy_on(desk, DAY, sub="Bea")


def test_move_to_on_the_command_line(desk: Desk, icloud: IcloudServer,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    appt = desk.book("Ann", TEN, ELEVEN, "Haircut", "Ann Lee")

    code = cli.main(["--sub-account", "Ann", "move", str(appt.id), "--to", "Bea",
                     "--start", ELEVEN.isoformat(), "--end", NOON.isoformat()])

    assert code == 0
    said = capsys.readouterr().out.strip()
    assert said.startswith(f"Gave appointment {appt.id} to Bea: \u201cHaircut\u201d for Ann Lee")
    assert "11:00" in said
    assert ("11:00", "12:00") in busy_on(desk, DAY, sub="Bea")
    assert cli.main(["--sub-account", "Ann", "move", str(appt.id)]) == 2
    assert "--start" in capsys.readouterr().err


def test_a_refused_change_within_one_calendar_puts_it_back_with_its_staff_member(
    desk: Desk, icloud: IcloudServer,
) -> None:
    appt = desk.book("Ann", TEN, ELEVEN, "Colour", "Jana Weber")
    icloud.fail_next(1, status=403, method="PUT", path="/work/")

    with pytest.raises(WriteRefused):
        desk.reassign("Ann", appt.id, "Cem", ELEVEN, NOON, sync_first=False)

    kept = desk.appointment("Ann", appt.id)
    assert (kept.start_ts, kept.end_ts, kept.status) == (appt.start_ts, appt.end_ts, "written")
    assert ("10:00", "11:00") in busy_on(desk, DAY, sub="Ann")
    assert ("11:00", "12:00") not in busy_on(desk, DAY, sub="Cem")


def test_a_service_the_target_does_not_offer_is_refused_and_it_stays(
    desk: Desk, icloud: IcloudServer,
) -> None:
    desk.add_service("Colour", timedelta(hours=1), staff=["Ann", "Cem"])
    appt = desk.book("Ann", TEN, None, "", "Jana Weber", service="Colour")
    icloud.reset_requests()

    with pytest.raises(NotOffered) as refused:
        desk.reassign("Ann", appt.id, "Bea", sync_first=False)

    assert str(refused.value) == "Bea does not offer Colour; it is offered by Ann, Cem."
    assert icloud.request_count("PUT") == 0 and icloud.request_count("DELETE") == 0
    assert desk.appointment("Ann", appt.id).href == appt.href
    assert ("10:00", "11:00") in busy_on(desk, DAY, sub="Ann")
    # Cem offers it: given in place, in the one calendar they share
    assert desk.reassign("Ann", appt.id, "Cem", sync_first=False).href == appt.href
