"""A booking, a move and a cancellation whose answer from iCloud is lost (issue 18, item 2).

The iCloud-like server does the work and then the answer goes astray
(tests/lost_answers.py): an error status instead (500), a connection cut before the
status line, or silence until the client gives up. What the owner checks: the slot
stays busy and a second booking of it is refused; the sentence says what is known; the
booking is asked about again with the same UID (at once, by the next command, at every
sync) and ends up in iCloud exactly once; only iCloud refusing it, or showing it is not
there, lets the time go. Run on both stores, through the Desk the window and the
command line share, and through the command line itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from jumpadesk import cli
from jumpadesk.config import Settings
from jumpadesk.errors import (
    BookingUnconfirmed,
    ServerFailed,
    SlotTaken,
    WriteRefused,
)
from jumpadesk.service import Desk
from jumpadesk.sync.client import CalDAVClient
from tests.helpers.shop import BERLIN, at, items_at, open_shop, uid_at
from tests.icloud_server import IcloudServer
from tests.lost_answers import AnswerLoser, icloud_losing_answers

# Wednesday 2 December 2026, Berlin: from 10:00 nothing is there but what a test books.
TEN, ELEVEN = at(2026, 12, 2, "10:00"), at(2026, 12, 2, "11:00")
#: How long a silent server keeps quiet, and how long the clients here wait for it.
SILENCE, CLIENT_TIMEOUT = 4.0, 2.0


@pytest.fixture
def served(_icloud_seeded_storage: Path, tmp_path: Path) -> Iterator[
        tuple[IcloudServer, AnswerLoser]]:
    with icloud_losing_answers(_icloud_seeded_storage, tmp_path / "icloud") as both:
        yield both


@pytest.fixture
def icloud(served: tuple[IcloudServer, AnswerLoser]) -> IcloudServer:
    return served[0]


@pytest.fixture
def loser(served: tuple[IcloudServer, AnswerLoser]) -> AnswerLoser:
    return served[1]


@pytest.fixture
def desk(jumpadesk_home: Path, icloud: IcloudServer) -> Desk:
    """A connected shop (Work linked; Home and Family blocking), synced, whose clients
    record their backoff instead of sleeping and give up on silence after two seconds (once
    the shop is open: connecting and the first sync keep the usual patience, so a busy
    machine does not fail the setting up)."""
    timeout = {"now": 30.0}

    def factory(server_url: str, apple_id: str, password: str) -> CalDAVClient:
        return CalDAVClient(server_url, apple_id, password, sleep=lambda _s: None,
                            timeout=timeout["now"])

    d = Desk(settings=Settings(), client_factory=factory)
    open_shop(d, icloud)
    timeout["now"] = CLIENT_TIMEOUT
    return d


def busy_hours(desk: Desk) -> list[tuple[str, str]]:
    """The busy hours of that Wednesday from 10:00 to 18:00, Berlin."""
    return [(f"{i.start.astimezone(BERLIN):%H:%M}", f"{i.end.astimezone(BERLIN):%H:%M}")
            for i in desk.busy("Main", TEN, at(2026, 12, 2, "18:00"))]


def work_events(icloud: IcloudServer) -> set[str]:
    return set(icloud.hrefs("Work"))


def lose_everything(loser: AnswerLoser, kind: str) -> None:
    """Every PUT is done and its answer lost; so is every answer when jumpadesk looks."""
    for method in ("PUT", "GET"):
        loser.lose_next(method, kind, count=50, silence_seconds=SILENCE)


# -- a booking ---------------------------------------------------------------------------


def test_a_booking_answered_500_after_it_was_stored_is_found_at_once_and_booked_once(
    desk: Desk, icloud: IcloudServer, loser: AnswerLoser,
) -> None:
    before = work_events(icloud)
    loser.lose_next("PUT", "error")  # stored, then "500 Internal Server Error"
    appt = desk.book("Main", TEN, ELEVEN, "Colour", name="Ann Lee")
    # Asked again with the same UID at once: a 412 says our event is there.
    assert appt.status == "written" and appt.href
    [added] = work_events(icloud) - before
    assert uid_at(icloud, "Work", added) == appt.uid
    assert busy_hours(desk) == [("10:00", "11:00")]
    assert [(m, s) for m, _, s in loser.lost] == [("PUT", 201)]


@pytest.mark.parametrize("kind", ["error", "cut", "silence"])
def test_a_booking_whose_answer_is_lost_holds_its_slot_until_icloud_confirms_it(
    desk: Desk, icloud: IcloudServer, loser: AnswerLoser, kind: str,
) -> None:
    before = work_events(icloud)
    lose_everything(loser, kind)
    with pytest.raises(BookingUnconfirmed) as unsure:
        desk.book("Main", TEN, ELEVEN, "Colour", name="Ann Lee", email="ann@example.com")
    appt_id = unsure.value.appointment_id
    said = str(unsure.value)
    assert said.startswith("Sent to iCloud; iCloud has not confirmed it yet (")
    assert {"error": "HTTP 500", "cut": "never arrived",
            "silence": "never arrived"}[kind] in said
    assert f"kept as appointment {appt_id}, not yet confirmed, and the time stays held" in said
    assert "never books it twice" in said

    # The slot is taken: busy says so, the schedule shows the booking unconfirmed, and
    # booking it again is refused, even "anyway".
    assert busy_hours(desk) == [("10:00", "11:00")]
    [shown] = desk.schedule("Main", TEN, ELEVEN)
    assert (shown.title, shown.source, shown.confirmed) == ("Colour", "appointment", False)
    with pytest.raises(SlotTaken, match=r"overlaps Colour \(Work"):
        desk.book("Main", TEN, ELEVEN, "Colour", allow_stale=True, sync_first=False)
    assert len(work_events(icloud) - before) == 1  # iCloud has it, once

    # iCloud answers again: the next command finishes it with the same UID.
    loser.clear()
    [found] = desk.finish_unconfirmed()
    assert (found.appointment_id, found.outcome) == (appt_id, "confirmed")
    assert desk.recheck_sentence(found) == (
        f"\u201cColour\u201d (appointment {appt_id}, Wed 2 Dec 10:00–11:00) is now "
        "confirmed: Work has it.")
    appt = desk.appointment("Main", appt_id)
    assert appt.status == "written"
    [added] = work_events(icloud) - before
    assert uid_at(icloud, "Work", added) == appt.uid
    assert desk.sync().ok
    assert items_at(desk, TEN, ELEVEN) == [("Colour", "appointment", True, "appointment")]
    assert [c.email for c in desk.contacts()] == ["ann@example.com"]


def test_every_sync_asks_again_until_icloud_answers(
    desk: Desk, icloud: IcloudServer, loser: AnswerLoser,
) -> None:
    before = work_events(icloud)
    loser.lose_next("PUT", "error", count=4)
    loser.lose_next("GET", "error", count=2)
    with pytest.raises(BookingUnconfirmed) as unsure:
        desk.book("Main", TEN, ELEVEN, "Colour")
    report = desk.sync()  # the listing is fine; the booking's PUT still is not
    assert report.ok
    [found] = report.rechecked
    assert (found.appointment_id, found.outcome) == (unsure.value.appointment_id, "unsure")
    assert busy_hours(desk) == [("10:00", "11:00")]
    report = desk.sync()
    assert [f.outcome for f in report.rechecked] == ["confirmed"]
    assert desk.appointment("Main", unsure.value.appointment_id).status == "written"
    assert len(work_events(icloud) - before) == 1
    assert desk.sync().rechecked == []  # nothing left to ask about


def test_only_a_refusal_or_icloud_showing_it_is_not_there_lets_a_booking_go(
    desk: Desk, icloud: IcloudServer,
) -> None:
    before = work_events(icloud)
    # Not stored at all (the error comes before the work): asked again, then looked
    # for, iCloud shows it is not there, so nothing was booked and the slot is free.
    icloud.fail_next(2, status=500, method="PUT")
    with pytest.raises(WriteRefused) as refused:
        desk.book("Main", TEN, ELEVEN, "Colour")
    assert str(refused.value) == (
        "iCloud did not take the booking: it answered with an error (HTTP 500), and Work "
        "does not have it. Nothing was booked; try again.")
    assert [r.method for r in icloud.requests if r.path.endswith("@jumpadesk.ics")] == [
        "PUT", "PUT", "GET"]
    assert work_events(icloud) == before
    assert busy_hours(desk) == []
    # A refusal iCloud states lets it go at once, without asking again.
    icloud.reset_requests()
    icloud.fail_next(status=403, method="PUT")
    with pytest.raises(WriteRefused, match="only read that calendar"):
        desk.book("Main", TEN, ELEVEN, "Colour", sync_first=False)
    assert icloud.request_count("PUT") == 1 and icloud.request_count("GET") == 0
    assert busy_hours(desk) == []
    assert desk.book("Main", TEN, ELEVEN, "Colour").status == "written"


# -- a move --------------------------------------------------------------------------------


def test_a_move_whose_answer_is_lost_holds_both_times_until_icloud_answers(
    desk: Desk, icloud: IcloudServer, loser: AnswerLoser,
) -> None:
    appt = desk.book("Main", TEN, ELEVEN, "Colour")
    lose_everything(loser, "error")  # the new time is stored; no answer says so
    two, three = at(2026, 12, 2, "14:00"), at(2026, 12, 2, "15:00")
    with pytest.raises(BookingUnconfirmed) as unsure:
        desk.move_appointment("Main", appt.id, two, three)  # type: ignore[arg-type]
    assert str(unsure.value) == (
        "The new time was sent to iCloud; iCloud has not confirmed it yet (it answered "
        f"with an error (HTTP 500)). Appointment {appt.id} is kept at the new time, Wed 2 "
        "Dec 14:00–15:00, and its old time, Wed 2 Dec 10:00–11:00, stays held as iCloud "
        "last showed it, until iCloud answers: jumpadesk asks again at the next command "
        "and at the next sync.")
    assert busy_hours(desk) == [("10:00", "11:00"), ("14:00", "15:00")]
    for start in (TEN, two):
        with pytest.raises(SlotTaken):
            desk.book("Main", start, start + timedelta(hours=1), "Perm", sync_first=False,
                      allow_stale=True)

    loser.clear()
    [found] = desk.finish_unconfirmed()
    assert found.outcome == "confirmed"
    assert busy_hours(desk) == [("14:00", "15:00")]
    moved = desk.appointment("Main", appt.id)  # type: ignore[arg-type]
    assert (moved.status, moved.href) == ("written", appt.href)
    in_icloud = icloud.get_event("Work", appt.href)
    assert in_icloud is not None and f"DTSTART:{two.astimezone(UTC):%Y%m%dT%H%M%SZ}" in in_icloud


def test_a_move_icloud_never_stored_keeps_the_old_time_and_says_so(
    desk: Desk, icloud: IcloudServer,
) -> None:
    appt = desk.book("Main", TEN, ELEVEN, "Colour")
    icloud.fail_next(2, status=500, method="PUT")  # before the work: nothing stored
    with pytest.raises(ServerFailed) as refused:
        desk.move_appointment("Main", appt.id, at(2026, 12, 2, "14:00"),  # type: ignore[arg-type]
                              at(2026, 12, 2, "15:00"))
    assert str(refused.value) == (
        "iCloud did not take the new time (it answered with an error (HTTP 500)) and "
        f"still has the old one, so appointment {appt.id} keeps its old time here. Try "
        "again.")
    assert busy_hours(desk) == [("10:00", "11:00")]
    assert desk.appointment("Main", appt.id).status == "written"  # type: ignore[arg-type]


# -- a cancellation ------------------------------------------------------------------------


def test_a_cancellation_whose_answer_is_lost_is_asked_again_and_done_once(
    desk: Desk, icloud: IcloudServer, loser: AnswerLoser,
) -> None:
    before = work_events(icloud)
    appt = desk.book("Main", TEN, ELEVEN, "Colour")
    loser.lose_next("DELETE", "error")  # deleted, then "500"
    assert desk.cancel("Main", appt.id).status == "cancelled"  # type: ignore[arg-type]
    assert work_events(icloud) == before
    assert busy_hours(desk) == []


def test_a_cancellation_never_answered_keeps_the_appointment_and_its_time(
    desk: Desk, icloud: IcloudServer, loser: AnswerLoser,
) -> None:
    appt = desk.book("Main", TEN, ELEVEN, "Colour")
    loser.lose_next("DELETE", "error", count=2)
    with pytest.raises(ServerFailed) as lost:
        desk.cancel("Main", appt.id)  # type: ignore[arg-type]
    assert str(lost.value) == (
        "The cancellation was sent to iCloud, but iCloud has not confirmed it (it answered "
        "with an error (HTTP 500)); it may be cancelled there already. Appointment "
        f"{appt.id} is kept, and its time stays held, until iCloud confirms: cancel it "
        "again once iCloud answers.")
    assert desk.appointment("Main", appt.id).status == "written"  # type: ignore[arg-type]
    assert busy_hours(desk) == [("10:00", "11:00")]
    assert desk.cancel("Main", appt.id).status == "cancelled"  # type: ignore[arg-type]
    assert busy_hours(desk) == []


# -- the command line ------------------------------------------------------------------------


def jd(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_shows_an_unconfirmed_booking_and_the_next_command_finishes_it(
    desk: Desk, icloud: IcloudServer, loser: AnswerLoser, capsys: pytest.CaptureFixture,
) -> None:
    before = work_events(icloud)
    span = ("--from", cli.zulu(TEN), "--to", cli.zulu(ELEVEN))
    lose_everything(loser, "error")
    code, out, err = jd(capsys, "book", "--in-the-past",
                        "--start", cli.zulu(TEN), "--end", cli.zulu(ELEVEN),
                        "--title", "Colour")
    assert (code, out) == (1, "")
    assert err.startswith("jumpadesk: Sent to iCloud; iCloud has not confirmed it yet "
                          "(it answered with an error (HTTP 500)). It is kept as appointment 1")
    code, out, err = jd(capsys, "book", "--in-the-past",
                        "--start", cli.zulu(TEN), "--end", cli.zulu(ELEVEN),
                        "--title", "Colour", "--even-if-stale")
    assert code == 3 and "overlaps Colour (Work" in err

    code, out, err = jd(capsys, "status")
    assert code == 0
    assert ("Not yet confirmed: Colour (appointment 1, Wed 2026-12-02 10:00–11:00) was sent "
            "to Work; iCloud has not confirmed it yet; the time stays held.") in out
    code, out, err = jd(capsys, "events", *span)
    assert ("busy Colour [#1] (not yet confirmed by iCloud; the time stays held) (Work: "
            "Appointment booked in jumpadesk)") in out
    assert err == ""  # asked again, still no answer: nothing new to say
    code, out, _ = jd(capsys, "busy", *span, "--json")
    assert json.loads(out)["busy"] == [{"start": cli.zulu(TEN), "end": cli.zulu(ELEVEN)}]

    loser.clear()
    code, out, err = jd(capsys, "events", *span, "--json")
    assert code == 0
    assert err == ("jumpadesk: \u201cColour\u201d (appointment 1, Wed 2 Dec 10:00–11:00) is "
                   "now confirmed: Work has it.\n")
    assert [(e["title"], e["confirmed"]) for e in json.loads(out)] == [("Colour", True)]
    assert len(work_events(icloud) - before) == 1
    code, out, err = jd(capsys, "status")
    assert "Not yet confirmed" not in out and err == ""

