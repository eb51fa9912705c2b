"""Render the connect walkthrough and the main window, on the demo account, to PNGs.

    python scripts/render_screens.py [--out shots] [--scale 2] [--onscreen] [--dark]
                                     [--language de]

Starts the demo (a local CalDAV server with an iCloud-like account, in a throwaway
folder, with the password kept in memory), opens the window as a first start does,
walks through the wizard for real (a wrong password first, then the right one), syncs,
and saves one picture per step: the wizard (the iCloud connect dialog), the week, a
booking refused, one made with the keys (the week just after it: no red selection left
on it), its details, Change time, Other CalDAV Account (empty and refused), opening
hours, repeating blocks, the time zone, the settings, the week at 700 px wide and a
sample week with a calendar coloured near the appointments' green.
Headless unless --onscreen; to look at them as a person would, under a real X server,
light and dark:

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python scripts/render_screens.py --onscreen --out /tmp/shots/light
    (the same with --dark --out /tmp/shots/dark)

`--language de` renders them in German (JUMPADESK_LANGUAGE: the window's catalogue, Qt's
own buttons and the German locale's dates), e.g. at 1024×700 to look for clipped words.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def wait_until(app, condition: Callable[[], bool], timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Let the event loop run until `condition` holds (the work is on worker threads)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the window")
        app.processEvents()
        time.sleep(0.01)


def settle(app, rounds: int = 8) -> None:  # type: ignore[no-untyped-def]
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


def shoot(app, widget, out: Path, name: str, *, settle_first: bool = True) -> Path:  # type: ignore[no-untyped-def]
    if settle_first:
        settle(app)
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)
    return path


def render(out: Path, width: int, height: int, *, dark: bool = False) -> list[Path]:
    from jumpadesk.demo import start_demo

    demo = start_demo(isolate=True)
    try:
        return _render_with_demo(demo, out, width, height, dark)
    finally:
        demo.stop()


def _render_with_demo(demo, out: Path, width: int, height: int, dark: bool) -> list[Path]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWizard

    from jumpadesk.service import Desk
    from jumpadesk.ui.app import make_application
    from jumpadesk.ui.main_window import MainWindow
    from jumpadesk.ui.tasks import wait_for_tasks
    from jumpadesk.ui.wizard import ConnectWizard, Prefill

    app = make_application()
    if dark:
        from jumpadesk.ui.colors import dark_palette

        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    desk = Desk()
    window = MainWindow(desk, prefill=Prefill.from_demo(demo), auto_sync=False,
                        ask=lambda _title, _text: True, open_url=lambda _url: True)
    window.resize(width, height)
    window.show()
    window.start()  # no connection yet: the walkthrough opens by itself, once the
    wait_until(app, lambda: window.accounts.wizard is not None)  # connections are read on a worker
    wizard = window.accounts.wizard
    assert wizard is not None
    settle(app)

    shots.append(shoot(app, wizard, out, "1-before-you-start"))
    wizard.next()
    shots.append(shoot(app, wizard, out, "2-app-specific-password"))
    wizard.next()
    shots.append(shoot(app, wizard, out, "3-connect-prefilled"))

    page = wizard.connect_page
    right_password = page.password.text()
    page.password.setText("MyAppleIdPassword1")
    page.show_password.setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    # Before the event loop delivers the answer: what the person sees while waiting.
    shots.append(shoot(app, wizard, out, "4-connect-checking", settle_first=False))
    wait_until(app, lambda: page.error.isVisible())
    shots.append(shoot(app, wizard, out, "5-connect-wrong-password"))

    page.show_password.setChecked(False)
    page.password.setText(right_password)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wait_until(app, lambda: wizard.currentId() == ConnectWizard.PAGE_CONFIGURE)
    shots.append(shoot(app, wizard, out, "6-choose-calendars"))

    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_until(app, lambda: not window.sync.running and bool(desk.connections(window.sub_name))
               and desk.connections(window.sub_name)[0].last_sync_at is not None)
    settle(app, 20)
    window.show_schedule()
    shots.append(shoot(app, window, out, "7-main-window-week"))
    # Two guests of today in the team's day: one arrived (✓), one a no-show (✗, struck,
    # faded); cancelled again after the shot, so the screens that follow are as they were.
    guests = _guests_of_today(desk, window)
    window.views.show("team")  # Alt+3: the team's day, in the window
    wait_until(app, lambda: not window.views.team.pending)
    window.views.team.panel.view.scroll_to_morning(window.views.team.panel.scroll_area)
    settle(app, 10)
    shots.append(shoot(app, window, out, "7b-main-window-team"))
    window.views.show("week")
    for ref in guests:
        desk.cancel(window.sub_name, ref)
    window.reload_schedule()

    shots += _render_booking(app, window, desk, out)

    shots.append(_render_narrow(app, window, out, width, height))
    radicale = _other_account_server(demo)
    shots += _render_other_connected(app, window, radicale, out)

    window.show_settings()
    shots.append(shoot(app, window, out, "8-calendar-settings-connections"))

    dialog = window.edit_calendars()
    shots.append(shoot(app, dialog, out, "9-edit-calendars"))
    dialog.reject()

    # Conflict calendars that cannot be reached: the banner names them and their servers.
    window.show_schedule()
    demo.server.stop()
    radicale.stop()
    window.sync_now()
    wait_until(app, lambda: not window.sync.running, timeout=90)
    settle(app, 20)
    shots.append(shoot(app, window, out, "10-main-window-stale"))

    window.close()
    wait_for_tasks(30_000)

    # The demo's calendars are blue, red and purple; the sample week's Studio in sea green
    # (#2E8B57, near the appointments' own) shows appointments still stand apart.
    import render_week  # beside this script

    shots.append(render_week.render(out / "25-week-green-calendar.png", width, height,
                                    dark=dark, green_calendar=True))
    print(shots[-1])
    import render_team  # beside this script: a salon's five staff members side by side

    shots.append(render_team.render(out / "26-team-day.png", width, height, dark=dark))
    return shots


def _guests_of_today(desk, window) -> list[int]:  # type: ignore[no-untyped-def]
    """Book two guests early today and mark one arrived, the other a no-show; their ids."""
    from datetime import datetime, time, timedelta

    sub, tz = window.sub_name, window.tz
    today = window.clock().astimezone(tz).date()
    free = [start for hour in range(9, 18)
            if not desk.conflicts(sub, start := datetime.combine(today, time(hour), tz),
                                  start + timedelta(minutes=45))]  # the demo's day varies
    ids = []
    guests = (("Haircut", "Ann Lee", "arrived"), ("Colour", "Eva Roth", "no-show"))
    for start, (title, guest, mark) in zip(free, guests, strict=False):
        appt = desk.book(sub, start, start + timedelta(minutes=45), title, guest)
        desk.mark_attendance(appt.id, mark, now=start + timedelta(hours=1))
        ids.append(appt.id)
    return ids


def _free_hour(desk, sub: str, monday, tz, after=None):  # type: ignore[no-untyped-def]
    """The first free hour of the working week shown (starting after `after`, if given),
    as (start, end) in UTC."""
    from datetime import UTC, datetime, time, timedelta

    for day in range(5):
        for hour in range(9, 18):
            start = datetime.combine(monday + timedelta(days=day), time(hour), tz)
            end = start + timedelta(hours=1)
            if (after is None or start >= after) and not desk.conflicts(sub, start, end):
                return start.astimezone(UTC), end.astimezone(UTC)
    raise SystemExit("no free hour in the demo week")


def _render_narrow(app, window, out: Path, width: int, height: int) -> Path:  # type: ignore[no-untyped-def]
    """The week at 700 px wide: Sync Now still on the tool bar, not behind »."""
    window.show_schedule()
    window.resize(700, height)
    settle(app, 20)
    shot = shoot(app, window, out, "24-week-700px")
    window.resize(width, height)
    settle(app, 20)
    return shot


def _book_with_keys(app, window, desk, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """A free hour after now selected in the week, Enter, the form filled, Book: the week
    as it is just after (the new appointment, and no selection over it saying it
    overlaps busy time)."""
    from datetime import datetime

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    sub, tz = window.sub_name, window.tz
    start, end = _free_hour(desk, sub, window.week_monday, tz, after=datetime.now(tz))
    view = window.week_view.view
    local, local_end = start.astimezone(tz), end.astimezone(tz)
    view.select_slot((local.date() - window.week_monday).days,
                     local.hour * 60 + local.minute, local_end.hour * 60 + local_end.minute)
    view.scroll_to_minute(max(0, local.hour * 60 - 180))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Return)
    dialog = window.booking_dialog
    assert dialog is not None, "Enter on a selected time opens the booking form"
    dialog.title_edit.setText("Cut and colour")
    dialog.name_edit.setText("Lea Braun")
    shots = [shoot(app, dialog, out, "12a-booking-with-the-keys")]
    done: list[object] = []
    window.booking_done.connect(done.append)
    dialog.ok_button.click()
    wait_until(app, lambda: bool(done))
    settle(app, 20)
    shots.append(shoot(app, window, out, "12b-booking-just-made"))
    if view.selection() is not None:
        print("  the booking just made is still shown selected", file=sys.stderr)
    return shots


def _render_booking(app, window, desk, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """A booking refused over busy time, one made, and the details of what was made."""
    shots: list[Path] = []
    sub, tz = window.sub_name, window.tz
    busy = next(i for i in window.week_view.items()
                if i.source == "icloud" and i.busy and not i.all_day)
    dialog = window.open_booking(busy.start, busy.end)
    dialog.title_edit.setText("Haircut")
    dialog.name_edit.setText("Jana Weber")
    dialog.ok_button.click()
    wait_until(app, lambda: bool(dialog.error_text()))
    shots.append(shoot(app, dialog, out, "11-booking-refused"))
    dialog.reject()

    shots += _book_with_keys(app, window, desk, out)

    start, end = _free_hour(desk, sub, window.week_monday, tz)
    dialog = window.open_booking(start, end)
    dialog.title_edit.setText("Balayage")
    dialog.name_edit.setText("Mia Schulz")
    dialog.email_edit.setText("mia@example.com")
    dialog.phone_edit.setText("+49 30 1234567")
    shots.append(shoot(app, dialog, out, "12-new-appointment"))
    done: list[object] = []
    window.booking_done.connect(done.append)
    dialog.ok_button.click()
    wait_until(app, lambda: bool(done))

    finder = window.menus.open_find_time()  # Ctrl+F: 45 minutes with anyone, from today
    wait_until(app, lambda: finder.results.count() > 0 or bool(finder.status_label.text()
                                                               .startswith("No free")))
    shots.append(shoot(app, finder, out, "12b-find-a-time"))
    finder.reject()
    shots += _render_services_and_paper(app, window, desk, out)

    start, end = _free_hour(desk, sub, window.week_monday, tz)
    desk.block(sub, start, end, "Staff meeting")
    window.reload_schedule()
    wait_until(app, lambda: not window.schedule_pending)
    made = {i.source: i for i in window.week_view.items()
            if i.source in ("appointment", "blocked") and i.title != "Cut and colour"}
    for name, source in (("13-appointment-details", "appointment"),
                         ("14-blocked-slot-details", "blocked")):
        details = window.booking.show_details(made[source])
        _attendance_read(app, details)
        shots.append(shoot(app, details, out, name))
        details.reject()
    shots.append(_render_edit(app, window, made["appointment"], out))
    shots += _render_clients(app, window, desk, out)
    shots += _render_change_time(app, window, made["appointment"], out)
    shots += _render_other_server(app, window, out)
    shots += _render_hours_and_repeats(app, window, desk, out)
    return shots


def _render_edit(app, window, item, out: Path) -> Path:  # type: ignore[no-untyped-def]
    """Edit… from an appointment's details: the form filled from the store."""
    form = window.edits.open_edit(item)
    wait_until(app, form.save_button.isEnabled)
    shot = shoot(app, form, out, "13e-edit-appointment")
    form.reject()
    return shot


def _attendance_read(app, details) -> None:  # type: ignore[no-untyped-def]
    """Wait until an appointment's details say who booked it (read on a worker)."""
    from jumpadesk.ui.attendance import AttendancePanel

    panel = details.findChild(AttendancePanel)
    if panel is not None:
        wait_until(app, lambda: panel.record is not None)


def _render_clients(app, window, desk, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """Clients… (Ctrl+K) searched for "mia", and Mia Schulz's card: notes, a visit this
    week marked arrived, one next week."""
    from datetime import datetime, timedelta

    from jumpadesk.errors import JumpadeskError

    sub, tz = window.sub_name, window.tz
    [mia] = desk.find_clients("mia@example.com")
    desk.set_client_notes(mia.id, "Sensitive scalp: ammonia-free colour only.\n"
                                  "Prefers the first appointment of the day.")
    start, end = _free_hour(desk, sub, window.week_monday + timedelta(days=7), tz)
    desk.book(sub, start, end, "Cut and colour", "Mia Schulz", "mia@example.com")
    for visit in desk.client_card(mia.id).past:
        try:
            desk.mark_attendance(visit.id, "arrived", now=datetime.now(tz))
        except JumpadeskError:
            pass
    found = window.menus.open_clients()
    found.search_edit.setText("mia")
    wait_until(app, lambda: not found.searching and found.results.count() > 0)
    shots = [shoot(app, found, out, "13b-clients")]
    card = found.open_chosen()
    assert card is not None
    wait_until(app, lambda: card.card is not None and not card.reading)
    shots.append(shoot(app, card, out, "13c-client-card"))
    card.reject()
    found.reject()
    return shots


def _render_services_and_paper(app, window, desk, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """Services… with two services, Print Day, and the day sheet it prints (painted to a
    PDF by the function the printer gets, then turned into a picture by Ghostscript when
    it is installed)."""
    import shutil
    import subprocess
    from datetime import timedelta

    from jumpadesk.day_sheet import save_pdf
    from jumpadesk.ui.print_day import Paper
    from jumpadesk.ui.services_dialog import open_services

    shots: list[Path] = []
    if not desk.services():
        desk.add_service("Cut and colour", timedelta(hours=1), timedelta(0),
                         timedelta(minutes=15))
        desk.add_service("Beard trim", timedelta(minutes=30), timedelta(0), timedelta(0))
    services = open_services(desk, window)
    wait_until(app, lambda: services.list.count() > 0)
    shots.append(shoot(app, services, out, "12c-services"))
    services.reject()
    paper = window.menus.open_print_day(Paper.PDF)
    shots.append(shoot(app, paper, out, "12d-print-day"))
    paper.reject()
    days = desk.agenda_days(window.sub, paper.chosen_day())
    pdf = save_pdf(out / "12e-day-sheet.pdf", days)
    if shutil.which("gs"):  # Ghostscript (ImageMagick's policy refuses PDF on Debian)
        png = out / "12e-day-sheet.png"
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r80",
                        "-dFirstPage=1", "-dLastPage=1", f"-sOutputFile={png}", str(pdf)],
                       check=False)
        if png.exists():
            print(png)
            shots.append(png)
    return shots


def _render_hours_and_repeats(app, window, desk, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """Opening hours with a lunch break on Tuesday, the week with a weekday lunch block
    on every day, Block time with Repeat, the series' details, and the time zone found
    by its country."""
    from datetime import UTC, datetime, time, timedelta

    from jumpadesk.errors import SlotTaken
    from jumpadesk.hours import DayHours
    from jumpadesk.repeats import Repeat

    shots: list[Path] = []
    sub, tz = window.sub_name, window.tz
    hours = desk.opening_hours(sub)
    desk.set_opening_hours(sub, (hours[0], DayHours(time(9), time(12, 30), time(13, 30),
                                                    time(18)), *hours[2:]))
    window.reload()
    wait_until(app, lambda: not window.schedule_pending)  # the hours come with the week
    dialog = window.shown_week.open_opening_hours()
    shots.append(shoot(app, dialog, out, "19-opening-hours"))
    dialog.reject()

    from jumpadesk.ui.sub_accounts import SubAccountDialog

    adding = SubAccountDialog("Add a sub-account", lambda _name, _zone: "", parent=window)
    adding.zone.setCurrentText(window.switcher.default_timezone())
    window.switcher.read_accounts(adding)
    wait_until(app, lambda: bool(adding.uses))
    adding.name.setText("Alex")
    adding.uses[0][0].setChecked(True)
    shots.append(shoot(app, adding, out, "19b-add-staff-member"))
    adding.reject()
    adding.deleteLater()

    monday = window.week_monday
    for at in (time(12, 30), time(13, 15), time(14, 0)):
        start = datetime.combine(monday, at, tz)
        try:
            desk.block(sub, start, start + timedelta(minutes=45), "Lunch",
                       Repeat.make("weekdays"))
            break
        except SlotTaken:
            continue
    window.reload_schedule()
    window.week_view.view.scroll_to_minute(8 * 60)
    shots.append(shoot(app, window, out, "20-week-lunch-break-and-repeating-block"))

    lunch = next(i for i in window.week_view.items() if i.title == "Lunch")
    details = window.booking.show_details(lunch)
    shots.append(shoot(app, details, out, "21-repeating-block-details"))
    details.reject()

    start = datetime.combine(monday + timedelta(days=3), time(17), tz).astimezone(UTC)
    booking = window.open_booking(start, start + timedelta(hours=1))
    booking.set_kind("block")
    booking.title_edit.setText("Inventory")
    booking.repeat_combo.setCurrentIndex(booking.repeat_combo.findData("weekly"))
    booking.until_box.setChecked(True)
    shots.append(shoot(app, booking, out, "22-block-time-repeat"))
    booking.reject()

    from jumpadesk.ui.sub_accounts import TimeZoneDialog

    zone = TimeZoneDialog(sub, tz.key, lambda _zone: "", parent=window)
    zone.show()
    zone.zone.search.setText("Germany")
    shots.append(shoot(app, zone, out, "23-time-zone-by-country"))
    zone.reject()
    return shots


def _render_change_time(app, window, item, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """Change time…: as opened, then with To before From (its sentence shown whole)."""
    from PySide6.QtCore import QTime

    dialog = window.booking.open_change_time(item)
    shots = [shoot(app, dialog, out, "15-change-time")]
    opened = dialog.start_edit.time()
    dialog.start_edit.setTime(opened.addSecs(3 * 3600))  # To follows, keeping the length
    shots.append(shoot(app, dialog, out, "15b-change-time-from-later"))
    dialog.start_edit.setTime(opened)
    start = dialog.start_edit.time()
    dialog.end_edit.setTime(QTime(start.hour(), 0) if start.minute() else start.addSecs(-1800))
    shots.append(shoot(app, dialog, out, "16-change-time-end-before-start"))
    dialog.reject()
    return shots


OTHER_USER, OTHER_PASSWORD = "sam", "server-password"


def _other_account_server(demo):  # type: ignore[no-untyped-def]
    """A plain Radicale on 127.0.0.1 (not iCloud-like: its user is not an Apple ID) with
    one calendar, Salon, and a supplier's visit in it on Tuesday at 16:00."""
    from datetime import UTC, datetime, time, timedelta

    from jumpadesk.demo.seed import home_path
    from jumpadesk.demo.server import LocalAccount, LocalCalDAVServer

    server = LocalCalDAVServer(demo.data_folder / "other-server",
                               [LocalAccount(OTHER_USER, OTHER_PASSWORD)])
    server.start()
    phone = server.requester(OTHER_USER)
    home = home_path(OTHER_USER)
    phone.request("PROPFIND", home, headers={"Depth": "0"})  # Radicale makes the home
    xml = {"Content-Type": "application/xml; charset=utf-8"}
    made = phone.request("MKCALENDAR", f"{home}salon/", (
        '<?xml version="1.0" encoding="utf-8"?><C:mkcalendar xmlns:D="DAV:" '
        'xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>'
        "<D:displayname>Salon</D:displayname><C:supported-calendar-component-set>"
        '<C:comp name="VEVENT"/></C:supported-calendar-component-set></D:prop></D:set>'
        "</C:mkcalendar>"), xml)
    if made.status != 201:
        raise SystemExit(f"could not make the other server's calendar ({made.status})")
    today = datetime.now(UTC).date()
    tuesday = today - timedelta(days=today.weekday()) + timedelta(days=1)
    start = datetime.combine(tuesday, time(16), UTC)
    fmt = "%Y%m%dT%H%M%SZ"
    event = "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//jumpadesk screens//EN", "BEGIN:VEVENT",
        "UID:supplier-visit@screens", f"DTSTAMP:{start.strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{(start + timedelta(minutes=45)).strftime(fmt)}",
        "SUMMARY:Supplier visit", "END:VEVENT", "END:VCALENDAR", ""])
    phone.request("PUT", f"{home}salon/supplier-visit.ics", event,
                  {"Content-Type": "text/calendar; charset=utf-8"})
    return server


def _render_other_connected(app, window, server, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """Other CalDAV Account connected to the Radicale on 127.0.0.1: the calendar choice
    (both accounts' calendars, named by their servers), then the week with Salon's event."""
    from jumpadesk.ui.calendar_picker import CalendarPickerDialog

    dialog = window.accounts.open_other_server()
    wait_until(app, lambda: not dialog.keeping.is_checking)
    dialog.server.setText(server.url)
    dialog.user.setText(OTHER_USER)
    dialog.password.setText(OTHER_PASSWORD)
    shots = [shoot(app, dialog, out, "18b-other-caldav-filled-in")]
    dialog.connect_button.click()
    wait_until(app, lambda: dialog.connection_id is not None
               or (dialog.error.isVisible() and not dialog.is_busy))
    if dialog.connection_id is None:
        shots.append(shoot(app, dialog, out, "18c-other-caldav-not-connected"))
        dialog.reject()
        return shots
    wait_until(app, lambda: any(isinstance(w, CalendarPickerDialog) and w.isVisible()
                                for w in app.topLevelWidgets()))
    picker = next(w for w in app.topLevelWidgets()
                  if isinstance(w, CalendarPickerDialog) and w.isVisible())
    shots.append(shoot(app, picker, out, "18c-other-caldav-calendars"))
    picker.accept()  # Save
    window.sync_now()
    wait_until(app, lambda: not window.sync.running, timeout=90)
    window.show_schedule()
    window.reload_schedule()
    wait_until(app, lambda: not window.schedule_pending)
    window.week_view.view.scroll_to_minute(8 * 60)
    shots.append(shoot(app, window, out, "18d-week-with-other-caldav-account"))
    return shots


def _render_other_server(app, window, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """Add New > Other CalDAV Account: empty, then refused on a port where nothing listens."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dialog = window.accounts.open_other_server()
    wait_until(app, lambda: not dialog.keeping.is_checking)
    shots = [shoot(app, dialog, out, "17-other-caldav-account")]
    dialog.server.setText(f"127.0.0.1:{port}")
    dialog.user.setText("sam")
    dialog.password.setText("server-password")
    dialog.connect_button.click()
    wait_until(app, lambda: dialog.error.isVisible() and not dialog.is_busy)
    shots.append(shoot(app, dialog, out, "18-other-caldav-refused"))
    dialog.reject()
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("shots"))
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=820)
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio")
    parser.add_argument("--onscreen", action="store_true", help="use the real display")
    parser.add_argument("--dark", action="store_true", help="with a dark palette")
    parser.add_argument("--language", default="en",
                        help="the window's language, e.g. de (default: English)")
    args = parser.parse_args(argv)
    os.environ["JUMPADESK_LANGUAGE"] = args.language
    if not args.onscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    render(args.out, args.width, args.height, dark=args.dark)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
