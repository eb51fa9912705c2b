"""The time zone dialog finds a zone by city or country (issue 21 item 9): "berlin",
"Germany", "New York", "Zurich" typed into a real dialog over a real store, the best
match selected, and its text whole."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from jumpadesk.service import Desk
from jumpadesk.ui.sub_accounts import SubAccountDialog, TimeZoneDialog
from tests.helpers.window import make_window, saved
from tests.ui.conftest import OFFSCREEN_NOISE, SUB

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def type_into(qtbot: Any, dialog: TimeZoneDialog, text: str) -> None:
    dialog.zone.search.clear()
    qtbot.keyClicks(dialog.zone.search, text)


def test_a_zone_is_found_by_city_or_country_and_saved_by_its_name(
    qtbot: Any, desk: Desk,
) -> None:
    window = make_window(qtbot, desk)
    dialog = TimeZoneDialog(SUB, window.tz.key, window.switcher.set_timezone, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.zone.currentText() == "Europe/Berlin"  # the current one, selected
    assert dialog.zone.list.count() > 400  # every zone, to scroll through

    for typed, first in [("berlin", "Berlin, Germany (Europe/Berlin)"),
                         ("New York", "New York, United States (America/New_York)"),
                         ("zurich", "Zurich, Switzerland (Europe/Zurich)")]:
        type_into(qtbot, dialog, typed)
        assert dialog.zone.shown()[0] == first, typed
    type_into(qtbot, dialog, "Germany")
    assert dialog.zone.shown() == ["Berlin, Germany (Europe/Berlin)",
                                   "Busingen, Germany (Europe/Busingen)"]
    assert dialog.zone.currentText() == "Europe/Berlin"
    qtbot.keyClick(dialog.zone.search, Qt.Key.Key_Down)
    assert dialog.zone.currentText() == "Europe/Busingen"
    qtbot.keyClick(dialog.zone.search, Qt.Key.Key_Up)

    type_into(qtbot, dialog, "Atlantis")
    assert dialog.zone.shown() == []
    dialog.accept()
    saved(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text().startswith('"Atlantis" is not a time zone name')
    assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())

    type_into(qtbot, dialog, "New York")
    with qtbot.waitSignal(window.schedule_reloaded):
        qtbot.keyClick(dialog.zone.search, Qt.Key.Key_Return)
    assert desk.zone(SUB).key == "America/New_York"
    assert window.tz.key == "America/New_York"


def test_the_dialogs_text_is_whole_at_its_first_size(qtbot: Any, desk: Desk) -> None:
    dialog = TimeZoneDialog(SUB, "Europe/Berlin", lambda _zone: "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    intro = dialog.intro
    assert intro.height() >= intro.heightForWidth(intro.width())
    assert dialog.zone.list.height() >= dialog.zone.list.fontMetrics().height() * 8
    assert dialog.zone.search.height() >= dialog.zone.search.sizeHint().height()


def test_a_new_sub_account_is_given_a_zone_by_its_city(qtbot: Any, desk: Desk) -> None:
    window = make_window(qtbot, desk)
    dialog = SubAccountDialog("Add a sub-account", window.switcher.add, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Zurich studio")
    dialog.zone.search.setText("Zürich")  # as typed (QTest types only ASCII)
    dialog.accept()
    saved(qtbot, dialog)
    assert desk.zone("Zurich studio").key == "Europe/Zurich"
