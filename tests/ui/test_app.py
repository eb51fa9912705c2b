"""The application's names: the About box (version, log file) and the desktop file name
that the Linux application-menu entry is matched by."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from jumpadesk import __version__
from jumpadesk.desktop_entry import DESKTOP_ID
from jumpadesk.logs import setup_logging
from jumpadesk.service import Desk
from jumpadesk.ui.app import make_application
from jumpadesk.ui.main_window import MainWindow
from tests.ui.conftest import OFFSCREEN_NOISE, SUB

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def logging_to_file(jumpadesk_home: Path) -> Iterator[Path]:
    """setup_logging() as the app does it, into the test's JUMPADESK_HOME; undone after."""
    root = logging.getLogger()
    earlier = [h for h in root.handlers if getattr(h, "_jumpadesk", False)]
    level = root.level
    for handler in earlier:
        root.removeHandler(handler)
    setup_logging()
    try:
        yield jumpadesk_home / "logs" / "jumpadesk.log"
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_jumpadesk", False)]:
            root.removeHandler(handler)
            handler.close()
        for handler in earlier:
            root.addHandler(handler)
        root.setLevel(level)


def test_about_box_shows_the_version_and_where_the_log_is(
    qtbot: Any, desk: Desk, logging_to_file: Path
) -> None:
    window = MainWindow(desk, sub_account=desk.sub_account_ref(SUB), auto_sync=False,
                        ask=lambda *_: True)
    qtbot.addWidget(window)
    window.show()
    about = next(a for a in window.findChildren(QAction) if a.text() == "About jumpadesk")
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    about.trigger()  # QMessageBox.about runs its own loop until read_and_close accepts it
    assert len(seen) == 1
    assert f"jumpadesk {__version__}" in seen[0]
    assert f"Log: {logging_to_file}" in seen[0]


def test_the_window_is_matched_to_the_desktop_entry_by_name() -> None:
    app = make_application()
    assert QGuiApplication.desktopFileName() == DESKTOP_ID
    assert app.applicationName() == DESKTOP_ID  # Qt's X11 WM_CLASS: StartupWMClass
    assert app.applicationVersion() == __version__
