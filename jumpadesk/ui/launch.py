"""Starting the window: the person's own data, or the built-in demo.

The demo runs a local CalDAV server (Radicale) on 127.0.0.1 with an iCloud-like
account, keeps its data in a throwaway folder and its password in memory, so trying
jumpadesk never touches the person's real data or keychain.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from jumpadesk.errors import JumpadeskError

log = logging.getLogger("jumpadesk.ui.launch")


def launch_window(demo: bool = False, sub_account: str | None = None) -> int:
    from jumpadesk import secrets
    from jumpadesk.service import Desk
    from jumpadesk.ui.app import make_application, run_window

    demo_info = None
    demo_home: Path | None = None
    if demo:
        from jumpadesk.demo import start_demo

        demo_home = Path(tempfile.mkdtemp(prefix="jumpadesk-demo-"))
        os.environ["JUMPADESK_HOME"] = str(demo_home / "data")
        os.environ.pop("JUMPADESK_DATABASE_URL", None)
        secrets.use_session_keyring()
        demo_info = start_demo(demo_home / "server")
        log.info("demo server at %s", demo_info.url)
    try:
        try:
            desk = Desk()
        except JumpadeskError as exc:
            _show_fatal(make_application, str(exc))
            return 1
        default = None if sub_account in (None, "Main") else sub_account
        return run_window(desk, demo=demo_info, sub_account=default)
    finally:
        if demo_info is not None:
            demo_info.stop()
        if demo_home is not None:
            shutil.rmtree(demo_home, ignore_errors=True)


def _show_fatal(make_application, sentence: str) -> None:  # type: ignore[no-untyped-def]
    print(f"jumpadesk: {sentence}", file=sys.stderr)
    from PySide6.QtWidgets import QMessageBox

    make_application()
    QMessageBox.critical(None, "jumpadesk cannot start", sentence)
