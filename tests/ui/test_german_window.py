"""Issue 22: under German the window speaks German, with no English left.

A widget walk over the main window, its menus and tool bar, the connections page, the
walkthrough's pages, the booking form, an appointment's details, Services…, Opening
Hours, Find a Time, Add Sub-account, Time Zone, Print Day, Keyboard Shortcuts, Share and
Other CalDAV Account, the team's day, Go to Date, the edit form, Edit > Undo, Clients…,
a client's card and who booked an appointment, opened under German
(ui/translation.install_language): every label, button, menu and action, window title,
tab, placeholder, header, list entry and tooltip is compared with the English of the
catalogue's ui sentences and with the English words the window is made of. What the data
says (calendar, event and account names, times, addresses) and proper names (iCloud,
CalDAV, Apple ID, jumpadesk) are allowed."""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableWidget,
    QTabWidget,
    QWidget,
    QWizard,
)

from jumpadesk import language, store_admin
from jumpadesk.errors import StoreNeedsUpgrade
from jumpadesk.service import Desk
from jumpadesk.ui.attendance import AttendancePanel
from jumpadesk.ui.calendar_picker import CalendarPicker
from jumpadesk.ui.edit_appointment import EditAppointmentDialog
from jumpadesk.ui.event_details import describe_when, tooltip_html, uses_am_pm
from jumpadesk.ui.password_keeping import PasswordKeepingChoice
from jumpadesk.ui.print_day import Paper
from jumpadesk.ui.store_upgrade import StoreUpgradeDialog
from jumpadesk.ui.sub_accounts import SubAccountDialog, TimeZoneDialog
from jumpadesk.ui.week_focus import spoken_item
from jumpadesk.ui.zone_picker import ZonePicker
from jumpadesk.wording import describe_moment, join_names
from tests.helpers.team import add_alex
from tests.helpers.window import Answers, click_in_week, make_window, settled, shown
from tests.icloud_server import FIXED_WEEK, IcloudServer, week_day
from tests.ui.conftest import OFFSCREEN_NOISE, SUB

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

UI = Path(__file__).resolve().parents[2] / "jumpadesk" / "ui"
CATALOGUE = language.catalogue_path("de")
#: Words the window is made of in English and German never uses; a visible text with
#: one of them (outside what the data says) is English left over.
ENGLISH_WORDS = frozenset("""
the and your you with this that these those of for are is not to from into at on by
book booking bookings booked appointment appointments calendar calendars time times day
days week weeks today add remove cancel save print open close connect show hide find
free busy next previous settings sync syncing help file view quit about services service
hours opening account accounts password guest title repeat repeats until new edit choose
blocked block blocks slot travel linked access read write reminders subscribed none
after before every other desk desks share schedule length buffer colour color part
morning afternoon evening any anyone when where which what who whose done test copy use
back only yet keyboard shortcuts key action user address enter look looks like or
upgrade store more click drag select selected reason mon tue wed thu fri sat sun monday
tuesday wednesday thursday friday saturday sunday january february march june july
october december
""".split())
#: Names that are the same in every language.
PROPER = frozenset({"icloud", "caldav", "apple", "jumpadesk", "pdf", "postgresql", "fastmail",
                    "nextcloud", "radicale", "xandikos", "mailbox", "org", "demo", "utc", "ok",
                    "id", "tab", "shift", "esc", "t"})


@functools.cache
def ui_contexts() -> frozenset[str]:
    return frozenset({path.stem for path in UI.glob("*.py")} | {"day_sheet"})


def catalogue_messages() -> list[tuple[str, str, str]]:
    """(context, English, German) of every ui sentence in the German catalogue."""
    root = ElementTree.parse(CATALOGUE).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        if name not in ui_contexts():
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            german = "" if translation is None else (translation.text or "")
            found.append((name, message.findtext("source") or "", german))
    return found


@functools.cache
def english_pieces() -> frozenset[str]:
    """The English of the ui sentences German says differently, split at their
    placeholders; the pieces of two words or more."""
    pieces: set[str] = set()
    for _context, english, german in catalogue_messages():
        if english == german:
            continue
        for piece in re.split(r"\{\w+\}|%n|<[^>]+>", english):
            piece = piece.strip(" .,:;()\u2026&")
            if len(piece.split()) >= 2 and piece not in german:
                pieces.add(piece)
    return frozenset(pieces)


def plain(text: str) -> str:
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a person reads on a widget and its children."""
    widgets = [widget, *widget.findChildren(QWidget)]
    for w in widgets:
        kind = type(w).__name__
        if w.isWindow():
            yield f"{kind} title", w.windowTitle()
        yield f"{kind} tooltip", plain(w.toolTip())
        if isinstance(w, QLabel):
            yield kind, plain(w.text())
        if isinstance(w, QAbstractButton):
            yield kind, w.text()
        if isinstance(w, QGroupBox):
            yield kind, w.title()
        if isinstance(w, QLineEdit):
            yield f"{kind} placeholder", w.placeholderText()
        if isinstance(w, QComboBox):
            yield from ((kind, w.itemText(i)) for i in range(w.count()))
            if w.lineEdit() is not None:
                yield f"{kind} placeholder", w.lineEdit().placeholderText()
        if isinstance(w, QTabWidget):
            yield from ((f"{kind} tab", w.tabText(i)) for i in range(w.count()))
        if isinstance(w, QListWidget):
            yield from ((kind, w.item(i).text()) for i in range(w.count()))
        if isinstance(w, QTableWidget):
            for column in range(w.columnCount()):
                header = w.horizontalHeaderItem(column)
                yield f"{kind} header", header.text() if header is not None else ""
                for row in range(w.rowCount()):
                    item = w.item(row, column)
                    yield kind, item.text() if item is not None else ""
        if isinstance(w, QWizard):
            for page_id in w.pageIds():
                page = w.page(page_id)
                yield "wizard page", page.title()
                yield "wizard page", plain(page.subTitle())
                yield from texts_of(page)
        for action in w.actions():
            yield from texts_of_action(action)


def texts_of_action(action: QAction) -> Iterator[tuple[str, str]]:
    yield "action", action.text()
    yield "action", action.iconText()
    yield "action tooltip", action.toolTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield "menu", menu.title()
        for inner in menu.actions():
            yield from texts_of_action(inner)


def english_left(where: str, text: str, names: set[str], pieces: frozenset[str]) -> str | None:
    """Why `text` reads as English, or None."""
    if not text.strip():
        return None
    rest = text
    for name in sorted(names, key=len, reverse=True):  # what the data says
        rest = rest.replace(name, " ")
    rest = re.sub(r"\S+@\S+|https?://\S+|\S+\.(com|org|net)\S*|postgresql://\S+", " ", rest)
    words = {w.lower() for w in re.findall(r"[A-Za-z\u00c0-\u017f]+", rest.replace("&", ""))}
    english = sorted(words & ENGLISH_WORDS - PROPER)
    if english:
        return f"{where}: {text!r} has English words {english}"
    for piece in pieces:
        if piece in rest:
            return f"{where}: {text!r} has the catalogue's English {piece!r}"
    return None


def data_names(window: Any, opened: list[QWidget]) -> set[str]:
    """What the store and the server say, shown as it is in any language, and what the
    layers below the window say (wording, store_admin: their words are issue 22's other
    half, not the window's): the moment of a last sync, where the schedule is kept, the
    time zone database's places."""
    names = {SUB, "Jana Weber", "jana@example.com", store_admin.describe()["store"]}
    week = window.week
    for item in week.items if week is not None else ():
        names |= {item.title, item.calendar, item.account, item.guest, item.location,
                  describe_when(item, window.tz)}  # wording's, as the details say it
    snapshot = window.accounts.connections
    names |= {c.apple_id for c in snapshot.connections}
    names |= {c.name for c in snapshot.calendars}
    names |= {value for c in snapshot.calendars for value in vars(c).values()
              if isinstance(value, str)}  # why a calendar cannot be used: services' words
    names |= {c.server_url for c in snapshot.connections}
    names |= {describe_moment(c.last_sync_at, window.tz, am_pm=uses_am_pm())
              for c in snapshot.connections}
    for top in opened:
        for picker in top.findChildren(ZonePicker):
            names |= {picker.list.item(i).text() for i in range(picker.list.count())}
        for calendars in top.findChildren(CalendarPicker):
            names.add(join_names([c.name for c in calendars.conflict_calendars()]))
    return {n for n in names if n}


def test_the_whole_window_speaks_german(qtbot: Any, german: str, connected_desk: Desk,
                                        tmp_path: Path) -> None:
    connected_desk.book(SUB, week_day(0, "10:00"), week_day(0, "11:00"), "Haircut",
                        "Jana Weber")
    # A service offered by one staff member: its "von Main" and Find a Time's service.
    connected_desk.add_service("Färben", timedelta(hours=1), staff=[SUB])
    window = make_window(qtbot, connected_desk)
    window.show_week(FIXED_WEEK)
    qtbot.waitUntil(lambda: window.week is not None
                    and any(i.title == "Haircut" for i in window.week.items)
                    and bool(window.shown_week.services), timeout=20_000)
    window.show_settings()
    window.show_schedule()
    opened: list[QWidget] = [window]
    opened.append(window.open_booking(week_day(2, "10:00"), week_day(2, "11:00")))
    window.booking_dialog.set_kind("block")
    window.booking_dialog.reject()
    opened.append(window.open_booking(week_day(2, "12:00"), week_day(2, "13:00")))
    haircut = shown(window, "appointment", "Haircut")
    opened.append(click_in_week(qtbot, window, haircut))
    opened.append(window.booking.open_change_time(haircut))
    picker = window.accounts.edit_calendars()
    qtbot.waitUntil(lambda: bool(picker.picker.rows()), timeout=20_000)
    opened.append(picker)
    services = window.menus.open_services()
    qtbot.waitUntil(lambda: services.list.count() == 1, timeout=20_000)
    opened.append(services)
    opened.append(window.shown_week.open_opening_hours())
    opened.append(window.menus.open_find_time())
    opened.append(window.menus.open_print_day(Paper.PDF))
    opened.append(window.menus.open_shortcuts())
    opened.append(window.menus.open_share_page())
    opened.append(window.accounts.open_other_server())
    opened.append(window.open_wizard())
    opened.append(SubAccountDialog("Unterkonto hinzufügen", lambda _n, _z: "", parent=window))
    opened.append(TimeZoneDialog(SUB, "Europe/Berlin", lambda _z: "", parent=window))
    names = data_names(window, opened)
    pieces = english_pieces()
    found = []
    for top in opened:
        assert top is not None
        for where, text in texts_of(top):
            why = english_left(where, text, names, pieces)
            if why:
                found.append(why)
    assert found == [], "\n".join(sorted(set(found)))
    # The standard buttons are Qt's own, in German too.
    texts = {b.text() for top in opened for b in top.findChildren(QAbstractButton)}
    assert "Abbrechen" in texts and "Cancel" not in texts


def test_a_first_start_speaks_german_too(qtbot: Any, german: str, desk: Desk) -> None:
    """Nothing connected yet: the empty connections page, the walkthrough, the choice of
    where a password stays without a keychain, and a shared store's upgrade question."""
    window = make_window(qtbot, desk)
    window.show_settings()
    opened: list[QWidget] = [window, window.open_wizard(), PasswordKeepingChoice(window),
                             StoreUpgradeDialog(StoreNeedsUpgrade(
                                 "the shared schedule", "0007", "0008", "0.4.0", "0.3.0",
                                 ["a column"]), window)]
    names = data_names(window, opened) | {"The shared schedule", "a column"}  # errors.py's
    found = [why for top in opened for where, text in texts_of(top)
             if (why := english_left(where, text, names, english_pieces()))]
    assert found == [], "\n".join(sorted(set(found)))


def test_the_week_says_its_days_and_title_the_german_way(
    qtbot: Any, german: str, desk: Desk
) -> None:
    window = make_window(qtbot, desk)
    window.show_week(FIXED_WEEK)
    nav = window.week_view.navigator
    qtbot.waitUntil(lambda: "November" in nav.title_label.text())
    assert nav.title_label.text() == "23.\u201329. November 2026"
    assert nav.info_label.text().startswith("KW 48")
    assert nav.today_button.text() == "Heute"
    caps = window.week_view.view.painter._static_state(1.0)[-1]  # the header as painted
    assert caps == ("MO", "DI", "MI", "DO", "FR", "SA", "SO")


def test_the_team_day_the_edit_form_and_undo_speak_german(
    qtbot: Any, german: str, connected_desk: Desk, icloud: IcloudServer
) -> None:
    """The team's day (its bar, Staff, Go to Date, giving an appointment to another
    staff member), Edit… from an appointment's details and Edit > Undo named after the
    change, with the status bar's sentence while it is undone."""
    add_alex(connected_desk, icloud)
    connected_desk.book(SUB, week_day(0, "10:00"), week_day(0, "11:00"), "Haircut",
                        "Jana Weber")
    answers = Answers(yes=False)
    window = make_window(qtbot, connected_desk, ask=answers)
    window.show_week(FIXED_WEEK)
    qtbot.waitUntil(lambda: window.week is not None
                    and any(i.title == "Haircut" for i in window.week.items), timeout=20_000)
    haircut = shown(window, "appointment", "Haircut")
    opened: list[QWidget] = [window]

    details = click_in_week(qtbot, window, haircut)
    assert details.edit_button is not None and details.edit_button.text() == "Bearbeiten …"
    details.edit_button.click()
    form = window.edits.dialog
    assert isinstance(form, EditAppointmentDialog)
    qtbot.waitUntil(form.save_button.isEnabled, timeout=20_000)
    names = data_names(window, [window, form])
    found = [why for where, text in texts_of(form)
             if (why := english_left(where, text, names, english_pieces()))]
    form.phone_edit.setText("+49 30 1234567")
    with qtbot.waitSignal(window.edits.done, timeout=30_000):
        form.save_button.click()
    settled(qtbot, window)
    undo = window.undo.undo_action
    assert window.undo.edit_menu.title() == "&Bearbeiten"
    assert undo.text() == "Änderung von Haircut \u00b7 Jana Weber rückgängig machen"

    team = window.views.team
    with qtbot.waitSignal(team.reloaded, timeout=20_000):
        window.views.show("team")
    with qtbot.waitSignal(team.reloaded, timeout=20_000):
        team.set_day(FIXED_WEEK)
    assert team.panel.title.text() == "Montag, 23. November 2026"
    staff = {row.name: row for row in team.panel.staff()}
    main, alex = staff[SUB], staff["Alex"]
    team.give(haircut, main, alex, haircut.start, haircut.end)
    opened.append(window.views.go_to_date())
    names = data_names(window, opened) | {"Alex", main.name}
    pieces = english_pieces()
    found += [why for top in opened for where, text in texts_of(top)
              if (why := english_left(where, text, names, pieces))]
    found += [why for title, question in answers.asked
              if (why := english_left("question", f"{title} {question}", names, pieces))]
    assert answers.asked and answers.asked[-1][0] == "An einen anderen Mitarbeiter geben"

    with qtbot.waitSignal(window.undo.undone, timeout=30_000):
        undo.trigger()
        undoing = window.statusBar().currentMessage()
    assert undoing == "Die Änderung von Haircut \u00b7 Jana Weber wird rückgängig gemacht …"
    assert found == [], "\n".join(sorted(set(found)))


def test_the_clients_and_who_booked_speak_german(
    qtbot: Any, german: str, connected_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Clients… (Ctrl+K), a client's card with its notes and visits, and the details'
    who booked it, Arrived, No-show and Clear Mark, with a refusal and a saved note."""
    monkeypatch.setenv("JUMPADESK_DESK_NAME", "Empfang")
    desk = connected_desk
    desk.book(SUB, week_day(-6, "14:00"), week_day(-6, "15:00"), "Colour", "Jana Weber",
              "jana@example.com", "+49 30 7654321")
    desk.book(SUB, week_day(0, "12:00"), week_day(0, "12:30"), "Fringe", "Jana Weber",
              "jana@example.com")
    window = make_window(qtbot, desk)
    window.show_week(FIXED_WEEK)
    qtbot.waitUntil(lambda: window.week is not None
                    and any(i.title == "Fringe" for i in window.week.items), timeout=20_000)
    details = click_in_week(qtbot, window, shown(window, "appointment", "Fringe"))
    panel = details.findChild(AttendancePanel)
    assert isinstance(panel, AttendancePanel)
    qtbot.waitUntil(lambda: panel.record is not None, timeout=20_000)
    assert panel.booked_label.text().startswith("Gebucht an diesem Platz, ")
    assert panel.mark_label.text() == "Kunde: nicht markiert"
    with qtbot.waitSignal(panel.answered, timeout=20_000):
        panel.buttons["no-show"].click()  # 07:00; it starts at 12:00
    assert panel.status_label.text().endswith(
        "hat noch nicht begonnen: Sie können den Gast erst als nicht erschienen markieren, "
        "wenn der Termin begonnen hat.")
    opened: list[QWidget] = [details]

    found_in = window.menus.open_clients()
    qtbot.waitUntil(lambda: not found_in.searching, timeout=20_000)
    opened.append(found_in)
    card = found_in.open_chosen()
    assert card is not None
    qtbot.waitUntil(lambda: card.card is not None and not card.reading, timeout=20_000)
    assert card.windowTitle() == "Kunde: Jana Weber"
    assert card.counts_label.text() == "Erschienen: nie, nicht erschienen: nie"
    with qtbot.waitSignal(card.answered, timeout=20_000):
        card.save_notes_button.click()  # no notes: cleared
    assert card.status_label.text() == "Die Notizen zu Jana Weber wurden gelöscht."
    opened.append(card)
    names = data_names(window, opened) | {"Colour", "Fringe", "jana@example.com",
                                          "+49 30 7654321", "Empfang"}
    pieces = english_pieces()
    found = [why for top in opened for where, text in texts_of(top)
             if (why := english_left(where, text, names, pieces))]
    assert found == [], "\n".join(sorted(set(found)))


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "This plugin does not support raise",
                           "This plugin does not support grabbing the keyboard")  # the menu
def test_a_block_s_arrived_and_no_show_speak_german(
    qtbot: Any, german: str, connected_desk: Desk,
) -> None:
    """A marked block's tooltip and spoken name, and its menu of marks, in German."""
    came = connected_desk.book(SUB, week_day(1, "05:00"), week_day(1, "06:00"), "Colour",
                               "Jana Weber")
    gone = connected_desk.book(SUB, week_day(1, "07:00"), week_day(1, "08:00"), "Fringe",
                               "Ida Lund")
    connected_desk.mark_attendance(came.id, "arrived", now=week_day(1, "12:00"))
    connected_desk.mark_attendance(gone.id, "no-show", now=week_day(1, "12:00"))
    window = make_window(qtbot, connected_desk)
    assert window.week is not None
    items = {i.ref_id: i for i in window.week.items if i.source == "appointment"}
    assert "<b>Erschienen</b>" in tooltip_html(items[came.id], window.tz)
    assert "<b>Nicht erschienen</b>" in tooltip_html(items[gone.id], window.tz)
    assert spoken_item(items[came.id], window.tz).endswith("Termin, Kunde erschienen")
    assert spoken_item(items[gone.id], window.tz).endswith("Termin, Kunde nicht erschienen")
    view = window.week_view.view
    menu = window.views.marks.offer(view, items[came.id], QPoint(0, 0))
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["Erschienen", "Nicht erschienen",
                                                  "Markierung löschen"]
    menu.close()
