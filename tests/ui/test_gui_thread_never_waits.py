"""The window never waits on the store: with every statement the store runs held up
for 300 ms (a store a slow network away), switching weeks, switching sub-accounts,
booking, moving and removing keep the GUI thread's event loop turning.

On SQLite the store is the real file, every statement delayed by SQLAlchemy's
before_cursor_execute hook on the Desk's engine, whatever thread runs it. On PostgreSQL
the window's Desk reaches the real server through a TCP proxy that holds up everything
the client sends by 300 ms (tests/delaying_proxy.py). A 10 ms QTimer on the GUI thread
(tests/helpers/gui_thread.Heartbeat) keeps the longest gap between two of its ticks: one
store call on the GUI thread shows as a gap of 300 ms or more. The gap must stay under
50 ms once the time the GUI thread stood ready without a CPU (a shared, busy machine) is
taken out, as Linux reports it; where it is not reported, the whole gap under 250 ms. The
guard of tests/ui/conftest.py fails the test on any store statement there too.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event

from jumpadesk.service import Desk
from tests.conftest import store_kinds
from tests.delaying_proxy import DelayingProxy
from tests.helpers.gui_thread import Heartbeat
from tests.helpers.window import (
    Answers,
    book_through_dialog,
    make_window,
    settled,
    shown,
)
from tests.icloud_server import FIXED_WEEK, week_day
from tests.ui.conftest import OFFSCREEN_NOISE, SUB, week_shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

#: How long the store takes over each statement (each message, on PostgreSQL).
DELAY_S = 0.3
#: The longest the GUI thread may run or wait without turning its event loop, time spent
#: waiting for a CPU aside (measured 12-20 ms at load 4 on two cores, while the whole gap
#: was 26-61 ms).
LONGEST_HELD_MS = 50
#: Where the kernel does not say how long the thread waited for a CPU: the whole gap,
#: under one delayed statement, so one store call on the GUI thread is unmistakable, and
#: generous beside a 10 ms heartbeat on a busy machine (painting and a shared CPU alone
#: have been seen to hold it up to about 150 ms).
LONGEST_GAP_MS = 250


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
def slow_desk(store_kind: str, connected_desk: Desk, request: pytest.FixtureRequest,
              monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Desk, Callable[[], int]]]:
    """A Desk on the test's store, every statement of it held up by DELAY_S; and how
    many statements (SQLite) or messages (PostgreSQL) were held up so far."""
    if store_kind == "sqlite":
        with DelayedStore(connected_desk, DELAY_S) as store:
            yield connected_desk, lambda: store.statements
        return
    server = request.getfixturevalue("postgres_server")
    url = os.environ["JUMPADESK_DATABASE_URL"]
    with DelayingProxy(server.port, DELAY_S) as proxy:
        monkeypatch.setenv("JUMPADESK_DATABASE_URL",
                           url.replace(f":{server.port}/", f":{proxy.port}/"))
        slow = Desk()
        yield slow, lambda: proxy.forwarded
        slow.engine.dispose()


@pytest.fixture
def heartbeat() -> Iterator[Heartbeat]:
    beat = Heartbeat(10)
    yield beat
    beat.stop()


@pytest.mark.parametrize("store_kind", store_kinds())
def test_the_gui_thread_never_waits_on_a_slow_store(
    qtbot: Any, connected_desk: Desk, slow_desk: tuple[Desk, Callable[[], int]],
    heartbeat: Heartbeat,
) -> None:
    connected_desk.add_sub_account("Downtown", "Europe/Berlin")
    desk, held_up = slow_desk
    window = make_window(qtbot, desk, ask=Answers())
    window.show_week(FIXED_WEEK)
    settled(qtbot, window)
    gaps: dict[str, float] = {}
    held: dict[str, float] = {}
    before = held_up()

    def measured(what: str) -> None:
        gaps[what] = heartbeat.longest_gap_ms
        if heartbeat.longest_held_ms is not None:
            held[what] = heartbeat.longest_held_ms
        heartbeat.reset()

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
        window.booking.move_appointment(item, week_day(1, "15:00"), week_day(1, "16:00"))
    settled(qtbot, window)
    moved = shown(window, "appointment", "Haircut for Sam")
    assert moved.start == week_day(1, "15:00")
    measured("moving")

    with qtbot.waitSignal(window.booking_done, timeout=60_000):
        window.booking.cancel_appointment(moved)
    with qtbot.waitSignal(window.booking_done, timeout=60_000):
        book_through_dialog(qtbot, window, week_day(2, "12:00"), week_day(2, "13:00"),
                            "Inventory", block=True)
    settled(qtbot, window)
    block = shown(window, "blocked", "Inventory")
    with qtbot.waitSignal(window.booking_done, timeout=60_000):
        window.booking.remove_blocked_slot(block)
    settled(qtbot, window)
    measured("removing")
    heartbeat.stop()

    titles = {i.title for i in window.week_view.view.items()}
    assert "Haircut for Sam" not in titles and "Inventory" not in titles
    window.live.stop()
    # the window did read and write through the slow store
    assert held_up() - before > 50
    print("longest GUI-thread gaps (ms):", {k: round(v) for k, v in gaps.items()})
    print("less waiting for a CPU (ms):", {k: round(v) for k, v in held.items()})
    if held:
        assert max(held.values()) < LONGEST_HELD_MS, (held, gaps)
    else:
        assert max(gaps.values()) < LONGEST_GAP_MS, gaps
