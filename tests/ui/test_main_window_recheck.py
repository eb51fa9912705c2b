"""The window and a booking whose answer from iCloud is lost (issue 18, item 2): the
booking is kept and holds its time, the window says what is known, and its retry timer
asks iCloud again on a worker, without waiting for a sync, until iCloud answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jumpadesk.service import Desk
from jumpadesk.sync.client import CalDAVClient
from tests.helpers.window import book_through_dialog, make_window, shown
from tests.icloud_server import FIXED_WEEK, FIXED_ZONE, IcloudServer, week_day
from tests.lost_answers import AnswerLoser, icloud_losing_answers
from tests.ui.conftest import OFFSCREEN_NOISE, SUB, connect_and_sync

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def served(_icloud_seeded_storage: Path, tmp_path: Path) -> Iterator[
        tuple[IcloudServer, AnswerLoser]]:
    with icloud_losing_answers(_icloud_seeded_storage, tmp_path / "icloud") as both:
        yield both


@pytest.fixture
def desk(jumpadesk_home: Path, served: tuple[IcloudServer, AnswerLoser]) -> Desk:
    """Connected to the server that loses answers; clients that never sleep for real."""

    def factory(server_url: str, apple_id: str, password: str) -> CalDAVClient:
        return CalDAVClient(server_url, apple_id, password, sleep=lambda _s: None, timeout=10)

    d = Desk(client_factory=factory)
    d.sub_account(SUB)
    d.set_timezone(SUB, FIXED_ZONE.key)
    connect_and_sync(d, served[0])
    return d


def test_the_windows_retry_finishes_a_booking_whose_answer_was_lost_without_a_sync(
    qtbot: Any, desk: Desk, served: tuple[IcloudServer, AnswerLoser],
) -> None:
    icloud, loser = served
    window = make_window(qtbot, desk)  # no automatic sync
    window.rechecks.first_ms = 50
    window.show_week(FIXED_WEEK)
    before = set(icloud.hrefs("Work"))
    for method in ("PUT", "GET"):  # stored, and every answer about it lost
        loser.lose_next(method, "error", count=50)
    with qtbot.waitSignal(window.booking_done, timeout=60_000):
        book_through_dialog(qtbot, window, week_day(2, "12:00"), week_day(2, "13:00"),
                            "Haircut")
    said = window.statusBar().currentMessage()
    assert said == (  # the Desk's sentence (BookingUnconfirmed), headed by the title
        "\u201cHaircut\u201d is booked and its time is kept. Sent to iCloud; iCloud has not "
        "confirmed it yet (it answered with an error (HTTP 500)). It is kept as appointment "
        "1, not yet confirmed, and the time stays held: jumpadesk asks Work again with the "
        "same booking at the next command and at the next sync, and never books it twice. "
        "Cancel it if it is not wanted.")
    assert window.booking.unconfirmed_notice is not None
    window.booking.unconfirmed_notice.accept()
    item = shown(window, "appointment", "Haircut")
    assert item.busy and not item.confirmed

    # Asked again while iCloud still loses every answer: kept, and asked again later.
    icloud.reset_requests()
    with qtbot.waitSignal(window.unconfirmed_rechecked, timeout=20_000) as first:
        pass
    assert [f.outcome for f in first.args[0]] == ["unsure"]
    assert window.rechecks.timer.isActive()
    loser.clear()
    with qtbot.waitSignal(window.unconfirmed_rechecked, timeout=20_000) as second:
        pass
    assert [f.outcome for f in second.args[0]] == ["confirmed"]
    assert window.statusBar().currentMessage() == (
        "\u201cHaircut\u201d (appointment 1, Wed 25 Nov 12:00–13:00) is now confirmed: Work "
        "has it.")
    item = shown(window, "appointment", "Haircut")
    assert item.confirmed and item.status == "written"
    assert len(set(icloud.hrefs("Work")) - before) == 1
    assert not window.rechecks.timer.isActive()
    assert {r.method for r in icloud.requests} == {"PUT", "GET"}  # no sync did it
