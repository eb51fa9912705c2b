"""Text from servers is text (issue 18, item 4): an invitation's title, a calendar's name,
an event's location, an account, a sub-account, a guest and a blocked slot, each made of
markup (bold, a red font, a local image, a link), '&', a bidirectional override and Qt's
window-title placeholder "[*]", are shown in every place of the real window as those
characters, never rendered.

The calendar and its events come from the iCloud-like server (the calendar renamed and
the events added as another device would); the sub-account, the guest, the blocked slot
and the account name are the owner's own input, so they go into the store.

Each place is checked twice: the widget that shows the text shows it literally, and a
walk over every label, text box, tooltip and window title alive at that moment finds no
hostile text rendered as markup (`assert_nothing_rendered`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMessageBox,
    QTextEdit,
    QToolTip,
    QWidget,
)
from sqlmodel import select

from jumpadesk.availability import ScheduleItem
from jumpadesk.models import Connection
from jumpadesk.service import Desk
from jumpadesk.ui.booking_dialog import BookingDialog
from jumpadesk.ui.calendar_picker import CalendarPickerDialog
from jumpadesk.ui.main_window import MainWindow
from jumpadesk.ui.sub_accounts import TimeZoneDialog
from jumpadesk.ui.wizard import Prefill
from tests.helpers.phone import rename_calendar
from tests.helpers.window import (
    Answers,
    book_through_dialog,
    click_in_week,
    seeded_monday_morning,
    settled,
    shown_items,
    sync_and_wait,
)
from tests.icloud_server import FIXED_WEEK, FIXED_ZONE, IcloudServer, make_event, week_day
from tests.ui.conftest import OFFSCREEN_NOISE, week_shown

# The tooltips' windows cannot be raised offscreen.
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "This plugin does not support raise")

RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: what follows reads backwards

# Each hostile text carries a word of its own in capitals, so a walk can tell whose it
# meets (and a time zone such as America/Yakutat is not taken for one).
TITLE = ('<b>ZEBRA</b> [*] <font color=red size=7>red</font> <img src="file:///etc/zebra.png"> '
         f'<a href="https://evil.example/">link</a> & co {RLO}oc')
LOCATION = '<a href="https://evil.example/map">URCHIN street</a> <img src="file:///u.png">'
ALL_DAY = '<i>QUOKKA</i> <img src="file:///etc/quokka.png"> & day'
CALENDAR = f'Work & Home <img src="file:///etc/yak.png"> <u>YAK</u> {RLO}emoh'
ACCOUNT = '<b>XERUS</b>&amp;<img src="file:///etc/x.png">@icloud.com'
SUB = '<font color=red>WOMBAT</font> [*] & Sons'
GUEST = '<img src="file:///etc/vole.png"><a href="https://evil.example/">VOLE</a> & co'
APPOINTMENT = "<h1>TAPIR</h1> trim"
BLOCK = '<font size=7 color=red>OKAPI</font> lunch'
URL = "<b>GNU</b> <img src=file:///etc/gnu.png>"
HOSTILE = {"ZEBRA": TITLE, "URCHIN": LOCATION, "QUOKKA": ALL_DAY, "YAK": CALENDAR,
           "XERUS": ACCOUNT, "WOMBAT": SUB, "VOLE": GUEST, "TAPIR": APPOINTMENT,
           "OKAPI": BLOCK, "GNU": URL}


# -- what a widget shows ---------------------------------------------------------------


def rendered(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """The characters a label (or a tooltip: AutoText) with this text shows: the text
    itself when Qt shows it plain, else what its rich text renders to."""
    plain = (text_format == Qt.TextFormat.PlainText
             or (text_format == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(text)))
    if plain:
        return text
    document = QTextDocument()
    if text_format == Qt.TextFormat.MarkdownText:
        document.setMarkdown(text)
    else:
        document.setHtml(text)
    return document.toPlainText()


def assert_literal(shown: str, where: str) -> int:
    """Every hostile text `shown` mentions is there character for character (its markup
    visible, not rendered); returns how many it mentions."""
    met = 0
    for word, literal in HOSTILE.items():
        if word in shown:
            met += 1
            assert literal in shown, f"{where} does not show it as it is: {shown!r}"
    return met


def label_shows(label: QLabel, literal: str) -> None:
    """`label` shows `literal` as its characters."""
    shown = rendered(label.text(), label.textFormat())
    assert literal in shown, f"{label.objectName() or label}: {shown!r}"


def assert_nothing_rendered(where: str) -> int:
    """Walk every label, text box, tooltip and window title alive: none renders hostile
    text as markup. Returns how many of them show hostile text (so a walk that met none
    can be told)."""
    met = 0
    for widget in QApplication.allWidgets():
        name = f"{where}: {type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel):
            met += assert_literal(rendered(widget.text(), widget.textFormat()), name)
        elif isinstance(widget, QTextEdit):
            met += assert_literal(widget.toPlainText(), name)
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):  # plain by nature
                met += assert_literal(widget.itemText(i), name)
        if widget.toolTip():
            met += assert_literal(rendered(widget.toolTip()), f"{name} tooltip")
        if widget.isWindow() and widget.windowHandle() is not None:  # shown
            met += assert_literal(widget.windowHandle().title(), f"{name} title")
    return met


def tooltip_at(widget: QWidget, pos: QPoint) -> str:
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))
    return QToolTip.text()


def answer_next_message_box(yes: bool, seen: list[tuple[str, Qt.TextFormat]]) -> None:
    """Answer the next modal message box (a question runs its own event loop) after
    noting its text and format and walking the widgets while it is up."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append((box.text(), box.textFormat()))
        try:  # a failed check fails the test (pytest-qt), the box answered all the same
            assert_nothing_rendered("a question")
            label_shows(box.findChild(QLabel, "qt_msgbox_label"), box.text())
        finally:
            box.button(QMessageBox.StandardButton.Yes if yes
                       else QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer)


# -- the hostile week --------------------------------------------------------------------


@pytest.fixture
def hostile_desk(jumpadesk_home: Path, icloud: IcloudServer) -> Iterator[Desk]:
    """A sub-account called SUB connected to the server, whose Home calendar is called
    CALENDAR and holds an invitation titled TITLE (Monday 15:00, at LOCATION), another
    one over an appointment booked there (Tuesday 12:30, TITLE again) and four all-day
    events on Saturday (ALL_DAY), synced; the appointment (APPOINTMENT for GUEST,
    Tuesday 12:00) and a blocked slot (BLOCK, Monday 17:00) made at this desk."""
    rename_calendar(icloud, "Home", CALENDAR)
    icloud.put_event("Home", make_event(TITLE, week_day(0, "15:00"), week_day(0, "16:00"),
                                        extra=[f"LOCATION:{LOCATION}"]))
    saturday = FIXED_WEEK.replace(day=FIXED_WEEK.day + 5)
    for n in range(4):
        icloud.add_event("Home", f"{ALL_DAY} {n}", saturday,
                         saturday.replace(day=saturday.day + 1))
    desk = Desk()
    desk.add_sub_account(SUB, FIXED_ZONE.key)
    desk.connect(SUB, icloud.apple_id, icloud.password, icloud.url)
    desk.configure(SUB, "Work", [CALENDAR, "Work", "Family"])
    assert desk.sync(SUB).ok
    desk.book(SUB, week_day(1, "12:00"), week_day(1, "13:00"), APPOINTMENT, GUEST,
              "vole@example.com", "+49 30 1234567")
    desk.block(SUB, week_day(0, "17:00"), week_day(0, "18:00"), BLOCK)
    icloud.add_event("Home", TITLE, week_day(1, "12:30"), week_day(1, "13:30"))
    assert desk.sync(SUB).ok
    yield desk


def hostile_window(qtbot: Any, desk: Desk, ask: Any = "answers") -> MainWindow:
    """The window of SUB on the week, as make_window opens Main's; `ask=None` asks with
    real message boxes."""
    window = MainWindow(desk, sub_account=desk.sub_account_ref(SUB), auto_sync=False,
                        clock=seeded_monday_morning,
                        ask=Answers() if ask == "answers" else ask)
    qtbot.addWidget(window)
    window.show()
    window.show_week(FIXED_WEEK)
    week_shown(qtbot, window)
    return window


def item_titled(window: MainWindow, source: str, title: str) -> ScheduleItem:
    return next(i for i in shown_items(window) if i.source == source and i.title == title)


def rename_account(desk: Desk, name: str) -> None:
    """The account as the owner typed it at connect (the store holds what was typed)."""
    with desk.store.session() as s:
        for connection in s.exec(select(Connection)).all():
            connection.apple_id = name
            s.add(connection)


# -- the week, the details, booking and the questions -----------------------------------


def test_the_week_and_its_dialogs_show_hostile_titles_as_text(
    qtbot: Any, hostile_desk: Desk
) -> None:
    window = hostile_window(qtbot, hostile_desk, ask=None)  # real message boxes
    view = window.week_view.view
    invitation = item_titled(window, "icloud", TITLE)
    assert invitation.calendar == CALENDAR and invitation.location == LOCATION

    # The week paints its blocks with drawText, which is plain: the title's first
    # characters are the markup's.
    local = invitation.start.astimezone(window.tz)
    view.scroll_to_minute(local.hour * 60 - 60)
    assert view.scene.texts_of(invitation)[0][0].startswith("<b>ZEBRA</b>")
    assert CALENDAR in [e.label for e in window.week_view.legend.entries()]
    # Hover: the block's tooltip, and "+2 more" on Saturday naming the hidden all-day ones.
    [rect] = view.visible_rects_of(invitation)
    tip = rendered(tooltip_at(view, rect.center().toPoint()))
    assert TITLE in tip and CALENDAR in tip and LOCATION in tip, tip
    more = view.week_layout().more_row_rect(5)
    assert more is not None
    tip = rendered(tooltip_at(view, more.center().toPoint()))
    assert tip.count(ALL_DAY) >= 2, tip
    # The double booking found at start is said in the status bar (plain by nature).
    said = window.statusBar().currentMessage()
    assert APPOINTMENT in said and GUEST in said and TITLE in said, said
    assert assert_nothing_rendered("the week") > 0

    # The invitation's details: title, calendar, location.
    details = click_in_week(qtbot, window, invitation)
    title = details.findChild(QLabel, "detailsTitle")
    assert title.textFormat() == Qt.TextFormat.PlainText
    label_shows(title, TITLE)
    assert details.windowHandle().title() == TITLE  # "[*]" kept
    shown = [rendered(label.text(), label.textFormat()) for label in details.findChildren(QLabel)]
    assert any(CALENDAR in text for text in shown), shown
    assert any(LOCATION in text for text in shown), shown
    assert assert_nothing_rendered("an invitation's details") >= 3
    details.reject()

    # The appointment's: its title, its guest, and what overlaps it.
    appointment = item_titled(window, "appointment", APPOINTMENT)
    details = click_in_week(qtbot, window, appointment)
    assert details.fields["Guest"] == GUEST
    label_shows(details.findChild(QLabel, "detailsTitle"), APPOINTMENT)
    label_shows(details.warning_labels["overlap"], TITLE)
    label_shows(details.warning_labels["overlap"], CALENDAR)
    assert any(GUEST in rendered(label.text(), label.textFormat())
               for label in details.findChildren(QLabel))
    assert assert_nothing_rendered("an appointment's details") >= 4
    details.reject()

    # The blocked slot's.
    details = click_in_week(qtbot, window, item_titled(window, "blocked", BLOCK))
    label_shows(details.findChild(QLabel, "detailsTitle"), BLOCK)
    assert assert_nothing_rendered("a blocked slot's details") >= 1
    details.reject()

    # Booking over the invitation: the refusal in the dialog names it as it is.
    with qtbot.waitSignal(window.booking_failed, timeout=20_000):
        dialog = book_through_dialog(qtbot, window, week_day(0, "15:00"),
                                     week_day(0, "16:00"), "Haircut")
    assert isinstance(dialog, BookingDialog)
    assert TITLE in dialog.error_text()
    label_shows(dialog.error_label, TITLE)
    assert assert_nothing_rendered("the booking dialog's refusal") >= 1
    dialog.reject()

    # Moving the appointment onto it: refused, said in a message box.
    with qtbot.waitSignal(window.booking_failed, timeout=30_000):
        window.booking.move_appointment(appointment, week_day(0, "15:00"), week_day(0, "16:00"))
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1 and TITLE in boxes[0].text()
    assert boxes[0].textFormat() == Qt.TextFormat.PlainText
    label_shows(boxes[0].findChild(QLabel, "qt_msgbox_label"), TITLE)
    assert assert_nothing_rendered("the refused move's message") >= 1
    boxes[0].accept()

    # Cancelling it asks first, in a message box that quotes the title.
    seen: list[tuple[str, Qt.TextFormat]] = []
    answer_next_message_box(False, seen)
    item = item_titled(window, "appointment", APPOINTMENT)
    assert window.booking.cancel_appointment(item) is None
    [(text, text_format)] = seen
    assert APPOINTMENT in text and text_format == Qt.TextFormat.PlainText


# -- settings, switcher, walkthrough, status line ----------------------------------------


def test_settings_status_line_and_walkthrough_show_hostile_names_as_text(
    qtbot: Any, hostile_desk: Desk, icloud: IcloudServer
) -> None:
    window = hostile_window(qtbot, hostile_desk)
    assert window.windowHandle().title().startswith(SUB)  # "[*]" kept
    switcher = window.switcher.combo
    assert SUB in [switcher.itemText(i) for i in range(switcher.count())]

    # A sync that cannot read the calendar: the banner and the status bar name it.
    icloud.add_event("Home", "Moved meeting", week_day(2, "08:00"), week_day(2, "09:00"))
    icloud.fail_next(50, status=500, path="/home/")
    sync_and_wait(qtbot, window)
    assert CALENDAR in (window.week_view.view.stale_banner_text() or "")  # painted: plain
    assert CALENDAR in rendered(window.statusBar().toolTip())
    assert assert_nothing_rendered("after a failed sync") > 0
    icloud.clear_faults()

    # The account as typed at connect; the status line and the connections page.
    rename_account(hostile_desk, ACCOUNT)
    window.reload()
    settled(qtbot, window)
    label_shows(window.menus.sync_status, ACCOUNT)
    window.show_settings()
    page = window.connections_page
    label_shows(page.heading, SUB)
    [card] = page.cards().values()
    labels = [rendered(label.text(), label.textFormat()) for label in card.findChildren(QLabel)]
    assert any(ACCOUNT in text for text in labels), labels
    assert any(CALENDAR in text for text in labels), labels
    assert assert_nothing_rendered("the connections page") >= 3

    # Edit calendars: the picker's rows and its sentence.
    picker_dialog = window.edit_calendars()
    assert isinstance(picker_dialog, CalendarPickerDialog)
    row = picker_dialog.picker.row(CALENDAR)
    label_shows(row.name, CALENDAR)
    label_shows(row.account, ACCOUNT)
    summary = picker_dialog.picker.findChild(QLabel, "pickerSummary")
    label_shows(summary, CALENDAR)
    assert assert_nothing_rendered("the calendar picker") >= 3
    picker_dialog.reject()

    # The sub-account's time zone, asked in its own dialog.
    zone = TimeZoneDialog(SUB, FIXED_ZONE.key, lambda _zone: "", parent=window)
    zone.show()
    assert any(SUB in rendered(label.text(), label.textFormat())
               for label in zone.findChildren(QLabel))
    assert assert_nothing_rendered("the time zone dialog") >= 1
    zone.reject()

    # The walkthrough: its first page names the sub-account; a reconnect the account.
    wizard = window.open_wizard(Prefill(apple_id=ACCOUNT, server_url=icloud.url,
                                        reconnect=True))
    assert assert_nothing_rendered("the walkthrough") >= 1
    assert any(ACCOUNT in rendered(label.text(), label.textFormat())
               for label in wizard.password_page.findChildren(QLabel))
    wizard.reject()
    wizard = window.open_wizard(None)
    assert SUB in wizard.intro_page.subTitle()
    assert assert_nothing_rendered("the walkthrough's first page") >= 1
    wizard.reject()

    # The share page answers with the address typed.
    window.menus.open_share_page()
    share = window.menus.share_page
    assert share is not None
    share.url.setText(URL)
    share.test_button.click()
    qtbot.waitUntil(lambda: "GNU" in share.answer.text(), timeout=20_000)
    label_shows(share.answer, URL)
    assert assert_nothing_rendered("the share page") >= 1
    assert window.menus.share_dialog is not None
    window.menus.share_dialog.reject()


def test_plain_tooltips_and_message_boxes_keep_every_character(qtbot: Any) -> None:
    """The helpers themselves: '&', '<', line breaks and a bidirectional override; a
    desktop notification without angle brackets."""
    from jumpadesk.ui.plain import message_box, plain_label, plain_tooltip, rich_label, tray_text

    text = f"Work & Home\n{TITLE}"
    assert rendered(plain_tooltip(text)) == text
    assert plain_tooltip("") == ""
    box = message_box(QMessageBox.Icon.Warning, "jumpadesk", TITLE)
    assert rendered(box.text(), box.textFormat()) == TITLE
    label = plain_label(TITLE)
    assert rendered(label.text(), label.textFormat()) == TITLE
    assert rendered(rich_label("<b>Bold</b>").text(), Qt.TextFormat.RichText) == "Bold"
    # A desktop notification may be read as markup by the notification server: no tags.
    assert "<" not in tray_text(TITLE) and ">" not in tray_text(TITLE)
    assert tray_text(TITLE).startswith("\u2039b\u203aZEBRA")
    for widget in (box, label):
        widget.deleteLater()
