"""Run as its own process (`python -m tests.ui.other_server_probe PORT`), on a screen the
test chose (QT_QPA_PLATFORM=offscreen:configfile=..., QT_SCALE_FACTOR): opens Add New >
Other CalDAV Account, types a server at 127.0.0.1:PORT where nothing listens and a user
name and password, chooses a file for the password when there is no keychain (the
dialog at its tallest), presses Enter in the password field, waits for the refusal, and
prints what a person would look at as JSON: the sentence, whether it shows whole, the
fields' heights against what they need, and the dialog's place on the screen."""

from __future__ import annotations

import json
import sys
import time


def main(port: int) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from jumpadesk.service import Desk
    from jumpadesk.ui.other_server import OtherServerDialog

    app = QApplication([])
    dialog = OtherServerDialog(Desk(), "Main")
    dialog.show()
    dialog.server.setText(f"127.0.0.1:{port}")
    dialog.user.setText("sam")
    dialog.password.setText("server-password-1")
    dialog.password.setFocus()

    def until(condition) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + 60
        while not condition() and time.monotonic() < deadline and dialog.isVisible():
            app.processEvents()
            time.sleep(0.01)

    until(lambda: not dialog.keeping.is_checking)  # the keychain asked
    if dialog.keeping.isVisible():  # no keychain (as the test chose): a file, then Enter
        dialog.keeping.in_a_file.setChecked(True)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    until(lambda: dialog.error.isVisible() and not dialog.is_busy)
    for _ in range(20):
        app.processEvents()
    error = dialog.error
    screen = app.primaryScreen()
    print(json.dumps({
        "visible": dialog.isVisible(),
        "choice_shown": dialog.keeping.isVisible(),
        "sentence": error.text() if error.isVisible() else "",
        "error_height": error.height(),
        "error_needs": error.heightForWidth(error.width()),
        "error_inside": dialog.rect().contains(error.geometry()),
        "fields": [[f.height(), f.sizeHint().height()]
                   for f in (dialog.server, dialog.user, dialog.password)],
        "dialog": [dialog.width(), dialog.height()],
        "screen": [screen.geometry().width(), screen.geometry().height()],
        "pixel_ratio": dialog.devicePixelRatio(),
    }))
    dialog.reject()
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1])))
