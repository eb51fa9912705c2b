"""The Qt application: names, icon, and the one entry the launcher calls.

    from jumpadesk.ui.app import run_window
    exit_code = run_window(desk, demo=demo_info, sub_account="Main")

`run_window(desk, demo=None, *, sub_account=None, argv=None) -> int`
    Makes (or reuses) the QApplication, opens the main window on `sub_account`
    (default: the business's first sub-account, Main unless renamed) and runs the event loop
    until the window closes; returns the exit code.

    - `desk`: the `jumpadesk.service.Desk` the window works through (the same one the
      command line uses), or a `ui/desk_on_the_way.DeskOnTheWay`: the window paints its
      first week through the plain reader and builds the Desk on a worker after that.
      The window never touches the network or the keychain itself: every Desk call
      that may (connect, sync, book, cancel, disconnect) runs on a worker thread.
    - `demo`: the running demo server's details, or None. Anything with `apple_id`,
      `password` and `url` (or `server_url`) attributes, e.g. what
      `jumpadesk.demo.start_demo()` returns. With it, the window is the demo's: "Demo"
      in its title and tool bar, and a "Connect your own iCloud…" button that opens the
      walkthrough (the launcher has already connected and synced the demo account with
      `jumpadesk.demo.set_up_demo`, so the filled week shows at once).
    - At start the cached week shows at once; the first sync starts right after the
      window is up, then every `desk.settings.sync_interval_seconds`. With no connection
      yet in the sub-account (a first start), the connect walkthrough opens by itself.
    - On quit the window waits for a running sync pass and any running Desk call.

`make_application(argv=None) -> QApplication` sets the application name, organisation,
version and icon, and the language (ui/translation.install_language); `app_icon()` is
the icon alone.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from jumpadesk import APP_NAME, APP_ORG, __version__
from jumpadesk.config import resource_path
from jumpadesk.rows import SubAccountRow
from jumpadesk.ui.appearance import apply_saved_appearance
from jumpadesk.ui.desk_on_the_way import DeskOnTheWay
from jumpadesk.ui.tasks import wait_for_tasks
from jumpadesk.ui.translation import install_language

if TYPE_CHECKING:
    from jumpadesk.service import Desk  # a type only: it loads the ORM
    from jumpadesk.ui.main_window import MainWindow

log = logging.getLogger("jumpadesk.ui.app")

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The jumpadesk icon in every size drawn (PNGs rendered from icons/jumpadesk.svg)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"jumpadesk-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, created once, with jumpadesk's names and icon."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_ORG)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName("jumpadesk")
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    QGuiApplication.setDesktopFileName("jumpadesk")
    app.setWindowIcon(app_icon())
    install_language(app)  # the window's language and locale, and the words below it
    return app


def open_window(desk: Desk | DeskOnTheWay, demo: Any = None, *,
                sub_account: SubAccountRow | str | None = None) -> MainWindow:
    """The main window, shown, not yet started (run_window starts it once the event loop
    runs); a demo's window when `demo` is given. `sub_account` as the launcher resolved
    it (a name is resolved here; None: the business's first, Main unless renamed). On a
    DeskOnTheWay, the window paints its first week before the Desk is here."""
    from jumpadesk.ui.main_window import MainWindow

    # Named once, before the window and its event loop: the window holds the reference.
    sub = (sub_account if isinstance(sub_account, SubAccountRow)
           else desk.sub if isinstance(desk, DeskOnTheWay)
           else desk.sub_account_ref(sub_account))
    window = MainWindow(desk, sub_account=sub, demo=demo is not None)
    window.show()
    return window


def run_window(desk: Desk | DeskOnTheWay, demo: Any = None, *,
               sub_account: SubAccountRow | str | None = None,
               argv: Sequence[str] | None = None) -> int:
    """Open the main window and run until it closes; see the module docstring."""
    app = make_application(argv)
    apply_saved_appearance(app)  # View > Appearance as last chosen
    window = open_window(desk, demo, sub_account=sub_account)
    QTimer.singleShot(0, window.start)
    app.aboutToQuit.connect(window.shutdown)
    code = app.exec()
    if not wait_for_tasks(10_000):
        log.warning("a background call was still running when jumpadesk quit")
    return code
