"""The window opened on a store it cannot use says why, in a message box, instead of
starting afresh on top of it: a damaged file (named with its path and the backup to
restore) or a data folder the system refuses."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from jumpadesk.ui.launch import launch_window
from tests.concurrency.procs import DeskProcesses
from tests.hostile_disk import plain_user, start_window
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def read_the_box(seen: list[tuple[str, str, Qt.TextFormat]]) -> None:
    """Once the box is up: note its title, text and text format, then press OK. A window
    that opens instead is noted and closed (the app quits)."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append((box.windowTitle(), box.text(), box.textFormat()))
        box.button(QMessageBox.StandardButton.Ok).click()
        return
    opened = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    if opened:
        seen.append(("a window opened instead", type(opened[0]).__name__,
                     Qt.TextFormat.AutoText))
        QApplication.exit(0)
        return
    QTimer.singleShot(20, lambda: read_the_box(seen))


def test_the_window_on_an_emptied_store_names_it_and_the_backup_and_starts_nothing(
    jumpadesk_home: Path, qtbot: Any
) -> None:
    store = jumpadesk_home / "jumpadesk.db"
    backup = jumpadesk_home / "jumpadesk.db.0004.bak"
    from jumpadesk.service import Desk

    desk = Desk()
    desk.block("Main", *_an_hour(), "Stock take")
    desk.engine.dispose()  # closed: what the WAL held is in the file
    backup.write_bytes(store.read_bytes())
    store.write_bytes(b"")
    seen: list[tuple[str, str, Qt.TextFormat]] = []
    QTimer.singleShot(0, lambda: read_the_box(seen))

    assert launch_window() == 1

    [(title, text, text_format)] = seen
    assert title == "jumpadesk cannot start"
    assert text.startswith(f"The jumpadesk data file {store} is damaged (it is empty: 0 bytes)")
    assert f"copy {backup} (saved " in text
    assert text_format == Qt.TextFormat.PlainText  # a path is text, whatever it holds
    assert store.stat().st_size == 0
    assert not Path(f"{store}-wal").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_window_in_a_folder_it_may_not_write_says_so(tmp_path: Path) -> None:
    desk = DeskProcesses(tmp_path)
    parent = tmp_path / "read-only"
    parent.mkdir(mode=0o500)
    home = parent / "jumpadesk"
    window = start_window(desk, prepare=plain_user(), env={"JUMPADESK_HOME": str(home)})
    try:
        said = window.stderr.readline()  # type: ignore[union-attr]
        assert said == (f"jumpadesk: jumpadesk cannot make {home}: {parent} is read-only for "
                        "this user. Make it writable for your user and try again.\n")
        window.send_signal(signal.SIGTERM)  # closes the box, as OK would
        assert window.wait(timeout=30) == 1
        assert "Traceback" not in window.stderr.read()  # type: ignore[union-attr]
    finally:
        parent.chmod(0o700)
        if window.poll() is None:
            window.kill()
            window.wait()


def _an_hour():  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    start = datetime(2026, 11, 25, 10, tzinfo=UTC)
    return start, start.replace(hour=11)
