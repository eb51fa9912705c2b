"""Fixtures for the window's tests: a Desk on a fresh store, a Desk connected to the
iCloud-like test server, a client that can be held mid-request, a check that no
worker thread outlives its test, and the week view's `clock` and shown `view` (the week
of tests/helpers/week.py).

Qt runs offscreen (tests/conftest.py sets QT_QPA_PLATFORM before Qt is imported).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QUrl
from PySide6.QtWidgets import QApplication

from jumpadesk.service import Desk
from jumpadesk.sync.client import CalDAVClient
from jumpadesk.ui.tasks import live_tasks, wait_for_tasks
from jumpadesk.ui.translation import install_language
from jumpadesk.ui.week_view import WeekView
from tests.helpers.clock import Clock
from tests.helpers.gui_thread import StoreCallsOnGuiThread
from tests.helpers.week import NOW, shown_week_view
from tests.icloud_server import FIXED_ZONE, IcloudServer

SUB = "Main"
#: The offscreen platform cannot resize windows to fit their size hints and says so
#: whenever a shown main window's minimum size changes; a real platform does not.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


@pytest.fixture(autouse=True)
def no_store_call_on_the_gui_thread() -> Iterator[StoreCallsOnGuiThread]:
    """The window never waits on the store: a statement that code in jumpadesk/ui runs
    on the GUI thread fails the test, naming where it came from (tests/helpers/
    gui_thread.py). The test's own Desk calls are not counted."""
    with StoreCallsOnGuiThread() as calls:
        yield calls
    assert not calls.calls, calls.report()


@pytest.fixture(autouse=True)
def no_thread_left_behind(qtbot: Any) -> Iterator[None]:
    """Every Desk call a test started has ended (and been delivered) when it ends."""
    yield
    assert wait_for_tasks(20_000), "a worker thread was still running after the test"
    qtbot.waitUntil(lambda: not live_tasks(), timeout=5000)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[str]:
    """The window in German (ui/translation.install_language), English again after, with
    the default locale as it was."""
    before = QLocale()
    assert install_language(qapp, "de") == "de"
    try:
        yield "de"
    finally:
        install_language(qapp, "en")
        QLocale.setDefault(before)


@pytest.fixture
def clock() -> Clock:
    """The week view's clock: Wednesday 25 November 2026, 14:20 in Berlin."""
    return Clock(NOW)


@pytest.fixture
def view(qtbot: Any, clock: Clock) -> WeekView:
    """The week view of Monday 23 November 2026, shown, on `clock`."""
    return shown_week_view(qtbot, clock)


@pytest.fixture
def desk(jumpadesk_home: Path) -> Desk:
    """A Desk on an empty store whose sub-account "Main" keeps the seeded week's zone."""
    d = Desk()
    d.sub_account(SUB)
    d.set_timezone(SUB, FIXED_ZONE.key)
    return d


def connect_and_sync(desk: Desk, icloud: IcloudServer, *, linked: str = "Work",
                     conflicts: tuple[str, ...] = ("Home", "Work", "Family")) -> int:
    """What a finished walkthrough and a first pass leave behind (no Qt involved)."""
    connection_id = desk.connect(SUB, icloud.apple_id, icloud.password, icloud.url)
    desk.configure(SUB, linked, list(conflicts))
    report = desk.sync(SUB)
    assert report.ok, report.failures()
    return connection_id


@pytest.fixture
def connected_desk(desk: Desk, icloud: IcloudServer) -> Desk:
    """A Desk connected to the test server, Work linked, Home/Work/Family blocking,
    synced once."""
    connect_and_sync(desk, icloud)
    return desk


def week_shown(qtbot: Any, window: Any) -> None:
    """Wait until the window shows the week it is reading (the read runs off the GUI
    thread; see MainWindow.reload_schedule)."""
    qtbot.waitUntil(lambda: not window.schedule_pending, timeout=20_000)


class Gate:
    """Holds every CalDAV request of the clients it makes until `open()`: a server
    as slow as the test wants, without sleeping in the test."""

    def __init__(self) -> None:
        self._open = threading.Event()
        self.waiting = threading.Event()  # set once a request is being held

    def open(self) -> None:
        self._open.set()

    def factory(self, server_url: str, apple_id: str, password: str) -> CalDAVClient:
        gate = self

        class HeldClient(CalDAVClient):
            def request(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
                if not gate._open.is_set():
                    gate.waiting.set()
                    if not gate._open.wait(30):
                        raise AssertionError("the test never opened the gate")
                return super().request(*args, **kwargs)

        return HeldClient(server_url, apple_id, password)


@pytest.fixture
def gate() -> Iterator[Gate]:
    g = Gate()
    yield g
    g.open()  # never leave a worker stuck behind a failed assertion


class UrlRecorder:
    """Stands in for QDesktopServices.openUrl: remembers, opens nothing."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url.toString())
        return True


@pytest.fixture
def opened_urls() -> UrlRecorder:
    return UrlRecorder()


@pytest.fixture
def dark_app(qapp: Any) -> Iterator[Any]:
    """The application in a dark theme (Fusion with a dark palette), as a person with a
    dark desktop sees it; the light one back afterwards."""
    from jumpadesk.ui.colors import dark_palette

    style, palette = qapp.style().name(), qapp.palette()
    qapp.setStyle("Fusion")
    qapp.setPalette(dark_palette())
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
