"""What a start loads before the person sees their week: a process of its own each, so
what is in sys.modules is what that start imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import jd

ROOT = Path(__file__).resolve().parent.parent

WINDOW_PROBE = """\
import sys
from datetime import date

from PySide6.QtCore import QEventLoop

from jumpadesk.service import Desk
from jumpadesk.ui.app import make_application
from jumpadesk.ui.main_window import MainWindow
from jumpadesk.ui.week_view import WeekView

app = make_application(["jumpadesk"])
window = MainWindow(Desk(), sub_account="Main", auto_sync=False, ask=lambda *_: True)
window.show_week(date(2026, 12, 14))
window.show()
view = window.findChild(WeekView)
while not view.isVisible() or window.schedule_pending:
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
view.grab()
print(sorted(item.title for item in view.items()))
print("keyring" in sys.modules)
window.close()
window.shutdown()
"""


@pytest.mark.slow  # a window in a process of its own
def test_the_window_paints_its_first_week_without_loading_the_keychain(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture,
) -> None:
    assert jd(capsys, "timezone", "Europe/Berlin")[0] == 0
    assert jd(capsys, "block", "--start", "2026-12-14T09:00Z", "--end", "2026-12-14T10:00Z",
              "--title", "Inventory")[0] == 0
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", WINDOW_PROBE], capture_output=True,
                          text=True, env=env, timeout=120, cwd=ROOT)
    assert done.stdout.splitlines()[-2:] == ["['Inventory']", "False"], done.stderr[-2000:]


FIRST_WEEK_PROBE = """\
import sys
from datetime import date

from PySide6.QtCore import QEventLoop

from jumpadesk.ui.app import make_application
from jumpadesk.ui.desk_on_the_way import desk_on_the_way
from jumpadesk.ui.main_window import MainWindow
from jumpadesk.ui.week_view import WeekView

app = make_application(["jumpadesk"])
window = MainWindow(desk_on_the_way("Main"), auto_sync=False, ask=lambda *_: True)
window.show_week(date(2026, 12, 14))
window.show()
view = window.findChild(WeekView)
while not view.isVisible() or window.schedule_pending:
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
view.grab()
print(window.windowTitle(), sorted(item.title for item in view.items()))
print("sqlalchemy" in sys.modules)
while window.working or window.schedule_pending or not hasattr(window, "menus"):
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
print(type(window.desk).__name__, window.week and window.week.banner,
      sorted(item.title for item in view.items()),
      window.menus.sync_action.text(), window.connections.sub_account.name)
window.close()
window.shutdown()
"""


@pytest.mark.slow  # a window in a process of its own
def test_the_window_paints_its_first_week_before_loading_the_orm(
    jumpadesk_home: Path, capsys: pytest.CaptureFixture,
) -> None:
    """The launcher's path: the week painted through the plain reader with no
    SQLAlchemy loaded, then the Desk, built after it, answers the whole window."""
    assert jd(capsys, "timezone", "Europe/Berlin")[0] == 0
    assert jd(capsys, "block", "--start", "2026-12-14T09:00Z", "--end", "2026-12-14T10:00Z",
              "--title", "Inventory")[0] == 0
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", FIRST_WEEK_PROBE], capture_output=True,
                          text=True, env=env, timeout=120, cwd=ROOT)
    assert done.stdout.splitlines()[-3:] == [
        "Main – jumpadesk ['Inventory']", "False",
        "Desk None ['Inventory'] Sync Now Main"], done.stderr[-2000:]
