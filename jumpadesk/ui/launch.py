"""Starting the window: the person's own data, or the built-in demo.

The demo runs a local CalDAV server (Radicale) on 127.0.0.1 with an iCloud-like
account, keeps its data in a throwaway folder and its password in memory, so trying
jumpadesk never touches the person's real data or keychain.
"""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer

from jumpadesk import terminal
from jumpadesk.errors import JumpadeskError, StoreNeedsUpgrade, UnknownSubAccount
from jumpadesk.store_file import os_error_sentence
from jumpadesk.ui.desk_on_the_way import DeskOnTheWay, desk_on_the_way
from jumpadesk.ui.plain import message_box
from jumpadesk.ui.store_upgrade import ask_to_upgrade
from jumpadesk.ui.translation import translate

if TYPE_CHECKING:
    from jumpadesk.rows import SubAccountRow
    from jumpadesk.service import Desk

log = logging.getLogger("jumpadesk.ui.launch")


def open_desk(ask: Callable[[StoreNeedsUpgrade], bool] | None = None) -> Desk | None:
    """The Desk on this data folder's store. A shared store of an older schema is
    upgraded only when the person says so (`ask`, by default the dialog of
    ui/store_upgrade.py); None when they said "Not now" (the sentence is printed, for a
    terminal: `jumpadesk store upgrade` does it later)."""
    from jumpadesk.service import Desk

    try:
        return Desk()
    except StoreNeedsUpgrade as needed:
        if not (ask or ask_to_upgrade)(needed):
            print(terminal.line(f"jumpadesk: {needed}"), file=sys.stderr)
            return None
    from jumpadesk import store_admin
    from jumpadesk.store_url import database_url

    store_admin.upgrade(database_url(), say=lambda line: log.info("%s", line))
    return Desk()


def _desk_for_window(demo_info: Any, sub_account: str | None) -> tuple[
        Desk | DeskOnTheWay, SubAccountRow] | None:
    """What the window works through, and the sub-account it shows, named once before
    the window (a mistyped name is refused, never made): the first week through the
    plain reader and the Desk after it (ui/desk_on_the_way.py); the demo's Desk first (it
    sets the demo up), or the Desk first whenever the plain reader cannot answer, as
    open_desk says it (None: "Not now" to upgrading the shared store)."""
    coming = None if demo_info is not None else desk_on_the_way(sub_account, _cannot_start)
    if coming is not None:
        return coming, coming.sub
    desk = open_desk()
    if desk is None:
        return None
    if demo_info is not None:
        from jumpadesk.demo import set_up_demo

        set_up_demo(desk, demo_info)  # the filled week at once, no walkthrough
    return desk, desk.sub_account_ref(sub_account)


def _cannot_start(sentence: str) -> None:
    """The Desk could not be made after the first week was painted: said as when it
    fails before the window (stderr and a box), and the run ends with 1."""
    _show_fatal(lambda: None, sentence)
    QCoreApplication.exit(1)


def launch_window(demo: bool = False, sub_account: str | None = None,
                  qt_arguments: Sequence[str] = ()) -> int:
    """The window, on this data folder's desk (or the demo's); `qt_arguments` are Qt's
    own options from the command line (ui/qt_arguments.py), given to the QApplication."""
    from jumpadesk.ui.app import make_application, run_window

    argv = [sys.argv[0] if sys.argv else "jumpadesk", *qt_arguments]

    demo_info = None
    _stop_signals.clear()
    previous = _quit_on_signals()
    wake = None
    try:
        app = make_application(argv)
        # Python runs signal handlers only between bytecodes: a timer lets it in while
        # Qt's event loop waits, so Ctrl+C or SIGTERM closes the window and cleans up.
        wake = QTimer(app)
        wake.timeout.connect(lambda: None)
        wake.start(250)
        _offer_desktop_entry()
        if _stop_signals:  # stopped while the offer was open: its loop ended, not ours
            raise _Stopped(_stop_signals[-1])
        if demo:
            from jumpadesk.demo import start_demo

            demo_info = start_demo(isolate=True)
        try:
            opened = _desk_for_window(demo_info, sub_account)
            if opened is None:  # "Not now" to upgrading the shared store
                return 1
            window_desk, sub = opened
        except JumpadeskError as exc:  # a damaged, full or read-only store among them
            _show_fatal(make_application, str(exc))
            return 2 if isinstance(exc, UnknownSubAccount) else 1
        except OSError as exc:  # the data folder itself could not be made or tightened
            _show_fatal(make_application, os_error_sentence(exc)
                        or translate("launch", "jumpadesk cannot use its data folder: "
                                     "{problem}.").format(problem=exc.strerror or exc))
            return 1
        return run_window(window_desk, demo=demo_info, sub_account=sub, argv=argv)
    except _Stopped as stop:
        log.info("stopped by signal %s before the window opened", stop.signum)
        return 128 + stop.signum
    finally:
        if wake is not None:
            wake.stop()
        if demo_info is not None:
            demo_info.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)


_stop_signals: list[int] = []  # the stop signals received since launch_window began
_fatal_box: list[bool] = []  # non-empty while _show_fatal makes and shows its box


class _Stopped(BaseException):
    """A stop signal arrived before the event loop ran."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _quit_on_signals() -> dict[int, Any]:
    """SIGINT, SIGTERM and SIGHUP end the window the way Quit does (the demo's folder and
    server are cleaned up); returns the handlers they replace."""

    def on_signal(signum: int, _frame: object) -> None:
        from PySide6.QtWidgets import QApplication

        _stop_signals.append(signum)
        if _fatal_box:  # noted: the box closes itself (_show_fatal), wherever this lands
            return
        app = QApplication.instance()
        if app is None or not _event_loop_running():
            raise _Stopped(signum)
        log.info("signal %s: quitting", signum)
        app.exit(0)  # every event loop, a modal one too (quit() asks windows, which may refuse)

    previous = {}
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is not None:
            previous[signum] = signal.signal(signum, on_signal)
    return previous


def _event_loop_running() -> bool:
    from PySide6.QtCore import QThread

    thread = QThread.currentThread()
    return thread.loopLevel() > 0


def _offer_desktop_entry() -> None:
    """The bundle's first start on Linux asks to join the application menu, once."""
    from jumpadesk import desktop_entry

    if not desktop_entry.should_offer():
        return
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        None, translate("launch", "Add jumpadesk to the application menu?"),
        translate("launch", "Add jumpadesk, with its icon, to your application menu so you can "
            "start it from "
        "there? (jumpadesk --uninstall-desktop-entry takes it out again.)"),
    )
    if _stop_signals:
        return  # closed by a stop signal, not answered: ask again next time
    try:
        desktop_entry.remember_offered()
        if answer == QMessageBox.StandardButton.Yes:
            desktop_entry.install()
    except OSError as exc:
        log.warning("could not add the application-menu entry: %s", exc)
        message_box(QMessageBox.Icon.Warning, "jumpadesk", translate(
            "launch", "jumpadesk could not add itself to the application menu: {problem}.")
            .format(problem=exc.strerror or exc)).exec()


def _show_fatal(make_application: Callable[[], object], sentence: str) -> None:
    """The sentence on stderr and in a message box, as plain text the person can select
    (it may name a file to restore), instead of a window on a store that is not there.
    A stop signal closes the box as OK would, whenever it comes: it is only noted (an
    exception raised into Qt's code while the box is made would be a traceback), and a
    timer in the box's own loop sees the note."""
    _fatal_box.append(True)
    try:
        print(terminal.line(f"jumpadesk: {sentence}"), file=sys.stderr)
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        make_application()
        box = QMessageBox(QMessageBox.Icon.Critical, translate(
            "launch", "jumpadesk cannot start"), sentence,
                          QMessageBox.StandardButton.Ok)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        watch = QTimer(box)
        watch.timeout.connect(lambda: box.done(0) if _stop_signals else None)
        watch.start(100)
        if not _stop_signals:
            box.exec()
    finally:
        _fatal_box.clear()
