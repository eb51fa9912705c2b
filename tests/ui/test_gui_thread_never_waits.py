"""The window never waits on the store: with every statement the store runs held up
for 200 ms (a store a slow network away), switching weeks, switching sub-accounts,
booking, moving and removing keep the GUI thread's event loop turning.

The store is the real SQLite file, every statement delayed by SQLAlchemy's
before_cursor_execute hook on the Desk's engine, whatever thread runs it. A 10 ms
QTimer on the GUI thread (tests/helpers/gui_thread.Heartbeat) keeps the longest gap
between two of its ticks: one store call on the GUI thread shows as a gap of 200 ms or
more. The guard of tests/ui/conftest.py fails the test on any such statement too.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event

from jumpadesk.service import Desk
from tests.helpers.gui_thread import Heartbeat
from tests.helpers.window import (
    Answers,
    book_through_dialog,
    make_window,
    settled,
    shown,
)
from tests.icloud_server import FIXED_WEEK, IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE, SUB, week_shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

#: How long the store takes over each statement.
DELAY_S = 0.2
#: The longest the GUI thread may go without turning its event loop: well under one
#: delayed statement, so a single store call on the GUI thread is unmistakable, and
#: generous beside a 10 ms heartbeat on a busy machine.
LONGEST_GAP_MS = 150


class DelayedStore:
    """Holds up every statement the desk's store runs by `seconds`, while on."""

    def __init__(self, desk: Desk, seconds: float) -> None:
        self._engine = desk.engine
        self._seconds = seconds
        self.statements = 0

    def _before_cursor_execute(self, *_args: Any) -> None:
        self.statements += 1
        time.sleep(self._seconds)

    def __enter__(self) -> DelayedStore:
        event.listen(self._engine, "before_cursor_execute", self._before_cursor_execute)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self._engine, "before_cursor_execute", self._before_cursor_execute)


@pytest.fixture
def heartbeat() -> Iterator[Heartbeat]:
    beat = Heartbeat(10)
    yield beat
    beat.stop()


def test_the_gui_thread_never_waits_on_a_slow_store(
    qtbot: Any, connected_desk: Desk, icloud: IcloudServer, heartbeat: Heartbeat,
) -> None:
    connected_desk.add_sub_account("Downtown", "Europe/Berlin")
    window = make_window(qtbot, connected_desk, ask=Answers())
    window.show_week(FIXED_WEEK)
    settled(qtbot, window)
    gaps: dict[str, float] = {}

    def measured(what: str) -> None:
        gaps[what] = heartbeat.longest_gap_ms
        heartbeat.reset()

    with DelayedStore(connected_desk, DELAY_S) as store:
        heartbeat.start()
        window.show_week(FIXED_WEEK + timedelta(days=7))  # the next week
        week_shown(qtbot, window)
        window.show_week(FIXED_WEEK)
        week_shown(qtbot, window)
        measured("switching weeks")

        window.switcher.combo.setCurrentText("Downtown")
        settled(qtbot, window)
        assert window.sub_name == "Downtown"
        window.switcher.combo.setCurrentText(SUB)
        settled(qtbot, window)
        assert window.sub_name == SUB
        window.show_week(FIXED_WEEK)
        settled(qtbot, window)
        measured("switching sub-accounts")

        with qtbot.waitSignal(window.booking_done, timeout=60_000):
            book_through_dialog(qtbot, window, week_day(1, "12:00"), week_day(1, "13:00"),
                                "Haircut for Sam")
        settled(qtbot, window)
        assert shown(window, "appointment", "Haircut for Sam")
        measured("booking")

        item = shown(window, "appointment", "Haircut for Sam")
        with qtbot.waitSignal(window.booking_done, timeout=60_000):
            window.move_appointment(item, week_day(1, "15:00"), week_day(1, "16:00"))
        settled(qtbot, window)
        moved = shown(window, "appointment", "Haircut for Sam")
        assert moved.start == week_day(1, "15:00")
        measured("moving")

        with qtbot.waitSignal(window.booking_done, timeout=60_000):
            window.cancel_appointment(moved)
        with qtbot.waitSignal(window.booking_done, timeout=60_000):
            book_through_dialog(qtbot, window, week_day(2, "12:00"), week_day(2, "13:00"),
                                "Inventory", block=True)
        settled(qtbot, window)
        block = shown(window, "blocked", "Inventory")
        with qtbot.waitSignal(window.booking_done, timeout=60_000):
            window.remove_blocked_slot(block)
        settled(qtbot, window)
        measured("removing")
        heartbeat.stop()

    titles = {i.title for i in window.week_view.view.items()}
    assert "Haircut for Sam" not in titles and "Inventory" not in titles
    assert store.statements > 50  # the window did read and write through the slow store
    print("longest GUI-thread gaps (ms):", {k: round(v) for k, v in gaps.items()})
    assert max(gaps.values()) < LONGEST_GAP_MS, gaps
