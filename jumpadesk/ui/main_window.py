"""The main window: the week of one sub-account, its connections, and sync.

Two pages in a stack: Schedule (the week view) and Calendar Settings (a Connections
tab). A sub-account switcher sits in the tool bar; the status bar shows the last sync
of each account and a progress bar while a pass runs. The week shown is read off the GUI
thread, at one moment (Desk.week_snapshot), and handed to the week view whole; every other
Desk call, read or write, runs on a worker thread too (ui/tasks), never on the GUI thread.

The window builds its pages, reads the week and hands the rest to its controllers:
booking (ui/window_booking), the accounts (ui/window_connections), the double bookings
ahead (ui/window_conflicts), the sync status (ui/window_sync), the other desks
(ui/window_live) and the rechecks of unconfirmed bookings (ui/window_recheck).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from jumpadesk import __version__
from jumpadesk.availability import CONFLICT_HORIZON, ScheduleItem
from jumpadesk.hours import DEFAULT_OPENING_HOURS, OpeningHours
from jumpadesk.logs import current_log_file
from jumpadesk.rows import SubAccountRow, SubKey
from jumpadesk.service import Desk
from jumpadesk.services.connections_view import ConnectionsSnapshot
from jumpadesk.services.offered import Offered
from jumpadesk.ui.appearance import AppearanceMenu
from jumpadesk.ui.booking_dialog import BookingDialog, BookingRequest
from jumpadesk.ui.calendar_picker import CalendarPickerDialog
from jumpadesk.ui.change_time import ChangeTimeDialog
from jumpadesk.ui.connections_page import ConnectionsPage
from jumpadesk.ui.event_details import (
    EventDetails,
    uses_am_pm,
)
from jumpadesk.ui.find_time import FindTimeDialog, open_find_time
from jumpadesk.ui.live_store import LiveStore
from jumpadesk.ui.opening_hours import OpeningHoursDialog
from jumpadesk.ui.other_server import OtherServerDialog
from jumpadesk.ui.plain import (
    ask,
    message_box,
    plain_label,
    plain_title,
)
from jumpadesk.ui.print_day import DayPrintDialog, Paper, open_print_day
from jumpadesk.ui.services_dialog import ServicesDialog, open_services
from jumpadesk.ui.share_page import SharePage
from jumpadesk.ui.shortcuts import ShortcutsDialog
from jumpadesk.ui.sub_accounts import SubAccountSwitcher
from jumpadesk.ui.sync_worker import SyncScheduler
from jumpadesk.ui.tasks import Task, TaskFailure, run_task
from jumpadesk.ui.week_layout import local_midnight, monday_of
from jumpadesk.ui.week_paint import Clock, utc_now
from jumpadesk.ui.week_panel import WeekPanel
from jumpadesk.ui.window_booking import BookingController
from jumpadesk.ui.window_conflicts import ConflictWatch
from jumpadesk.ui.window_connections import ConnectionsController, Then
from jumpadesk.ui.window_live import LiveFollower
from jumpadesk.ui.window_recheck import Rechecks
from jumpadesk.ui.window_sync import SyncStatus
from jumpadesk.ui.wizard import ConnectWizard, Prefill, UrlOpener
from jumpadesk.week import WeekSnapshot

log = logging.getLogger("jumpadesk.ui.main")

Ask = Callable[[str, str], bool]

@dataclass
class _WeekRead:
    """The read of the shown week on its way: what was asked of it, and what runs once
    the week shows it (a newer request takes these over and the older read is dropped)."""

    task: Task
    conflicts: bool = False
    announce: bool = False
    then: list[Callable[[], None]] = field(default_factory=list)


def _ask_with_message_box(parent: QWidget) -> Ask:
    def ask_parent(title: str, text: str) -> bool:
        return ask(parent, title, text)  # the question often quotes a title: plain text
    return ask_parent


class MainWindow(QMainWindow):
    """The desk: the week of the chosen sub-account, its connections and sync.

    `ask(title, text) -> bool` confirms destructive or risky steps (a message box by
    default; tests hand in their own). `open_url` opens web pages (QDesktopServices by
    default). `clock()` is now, aware (the computer's clock by default; tests fix it).
    With `auto_sync=False` nothing syncs until `sync_now()` (tests). With `demo=True` the
    window is the built-in demo's: "(Demo)" in its title, a "Demo" label in the tool bar
    and a "Connect your own iCloud…" button there and in the Calendars menu, which opens
    the walkthrough for a real account (`connect_own_action`).

    Signals:
        schedule_reloaded(): the week view got fresh items from the store.
        connections_reloaded(): the Connections page was refilled.
        booking_done(object): a booking, block, cancel or unblock went through (its
            result; for an unblock, the ScheduleItem removed).
        booking_failed(str): one did not; the sentence was shown.
        unconfirmed_rechecked(list): the retry timer asked iCloud again about bookings
            it had not confirmed; what it found (sync.report.Rechecked each).
        conflict_announced(str): an appointment something added in iCloud later now
            overlaps was announced (once per conflict); the sentence shown.
        sub_account_gone(str): the sub-account on screen was removed elsewhere; the
            window moved to the first one and said so (the sentence).
    """

    schedule_reloaded = Signal()
    connections_reloaded = Signal()
    booking_done = Signal(object)  # an Appointment, a BlockedSlot or the ScheduleItem removed
    booking_failed = Signal(str)
    unconfirmed_rechecked = Signal(list)
    conflict_announced = Signal(str)
    sub_account_gone = Signal(str)

    PAGE_SCHEDULE, PAGE_SETTINGS = 0, 1
    # Made by the _build_* methods, which refer to each other's.
    opening_hours_action: QAction
    sync_status_shown: SyncStatus

    def __init__(self, desk: Desk, *, sub_account: SubAccountRow | SubKey | None = None,
                 prefill: Prefill | None = None, open_url: UrlOpener | None = None,
                 ask: Ask | None = None, auto_sync: bool = True,
                 clock: Clock | None = None, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.demo = demo
        self.prefill = prefill
        self._open_url = open_url or QDesktopServices.openUrl
        self.ask: Ask = ask or _ask_with_message_box(self)
        self._auto_sync = auto_sync
        self.clock: Clock = clock or utc_now
        self._shut_down = False
        self._tasks: set[Task] = set()
        self.share_dialog: QDialog | None = None
        self.share_page: SharePage | None = None
        self._week_read: _WeekRead | None = None
        self._snapshot: WeekSnapshot | None = None
        #: The services the business offers, as last read (the booking form's).
        self.services: tuple[Offered, ...] = ()
        self.opening_hours: OpeningHours = DEFAULT_OPENING_HOURS
        self._hours_of: int | None = None  # the sub-account whose hours those are
        self.opening_hours_dialog: OpeningHoursDialog | None = None
        # The sub-account on screen, by reference: found by id, so a rename at another
        # desk keeps it (under its new name); never made by showing it. The launcher
        # resolves a name before the window exists (a name given here is resolved here,
        # once, before the window is up).
        self.sub: SubAccountRow = (sub_account if isinstance(sub_account, SubAccountRow)
                                   else desk.sub_account_ref(sub_account))
        self.tz = ZoneInfo(self.sub.timezone)
        self.week_monday = monday_of(self.clock().astimezone(self.tz).date())

        self.resize(1180, 780)

        self.sync = SyncScheduler(desk, parent=self)
        # Other desks, windows and the command line: their changes show here at once.
        self.live = LiveStore(desk.engine, parent=self)
        self.follower = LiveFollower(self, self.live, lambda: self.rechecks.soon(0))
        self.follower.sub_account_gone.connect(self.sub_account_gone)
        # Bookings iCloud has not confirmed are asked about again on a worker.
        self.rechecks = Rechecks(self, parent=self)
        self.rechecks.rechecked.connect(self.unconfirmed_rechecked)

        self._build_pages()
        # The accounts: the Connections page, connecting, the calendars, disconnecting.
        self.accounts = ConnectionsController(
            self, self, self.connections_page,
            lambda connections, tz: self.sync_status_shown.show_accounts(connections, tz),
            self._open_url)
        self.accounts.reloaded.connect(self.connections_reloaded)
        self._build_actions()
        self._build_status_bar()
        # The double bookings ahead, told once each.
        self.conflicts = ConflictWatch(self, self.statusBar().showMessage, lambda: self.tz,
                                       lambda: self.sub.id)
        self.conflicts.announced.connect(self.conflict_announced)

        # The cached week, at once: no network before the window is up.
        self.week_view.set_timezone(self.tz)
        self.week_view.set_week(self.week_monday)
        self.reload()

    # -- building ----------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.week_view = WeekPanel(tz=self.tz, monday=self.week_monday, show_details=False,
                                   clock=self.clock)
        self.week_view.week_changed.connect(self._on_week_view_week_changed)
        # Booking, moving, cancelling and removing: their own controller.
        self.booking = BookingController(self, parent=self)
        self.booking.done.connect(self.booking_done)
        self.booking.failed.connect(self.booking_failed)
        self.week_view.item_activated.connect(self.booking.show_details)
        self.week_view.slot_selected.connect(self.booking.open_booking)
        self.week_view.delete_requested.connect(self.booking.delete)
        self.week_view.move_requested.connect(self.booking.move_appointment)

        self.connections_page = ConnectionsPage()
        self.settings_tabs = QTabWidget()
        self.settings_tabs.setDocumentMode(True)
        self.settings_tabs.addTab(self.connections_page, "Connections")
        settings = QWidget()
        settings_layout = QVBoxLayout(settings)
        settings_layout.setContentsMargins(0, 8, 0, 0)
        title = plain_label("Calendar Settings")
        title.setStyleSheet("font-size: 18px; font-weight: 600; padding: 4px 16px;")
        settings_layout.addWidget(title)
        settings_layout.addWidget(self.settings_tabs, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.week_view)
        self.pages.addWidget(settings)
        self.setCentralWidget(self.pages)

    def _build_actions(self) -> None:
        """The window's actions, menus and tool bar (long: one flat list of them, in
        their order on screen)."""
        self._build_demo_and_hours_actions()
        self.switcher = SubAccountSwitcher(self.desk, self.sub)
        self.switcher.current_changed.connect(self._on_switcher_current_changed)
        self.switcher.current_renamed.connect(self._on_switcher_current_renamed)
        self.switcher.timezone_changed.connect(self._on_switcher_timezone_changed)
        self.switcher.menu_button.menu().addAction(self.opening_hours_action)

        self.schedule_action = QAction("Schedule", self)
        self.schedule_action.setShortcut(QKeySequence("Ctrl+1"))
        self.schedule_action.setCheckable(True)
        self.schedule_action.setChecked(True)
        self.schedule_action.triggered.connect(self.show_schedule)
        self.settings_action = QAction("Calendar Settings", self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+2"))
        self.settings_action.setCheckable(True)
        self.settings_action.triggered.connect(self.show_settings)
        group = QActionGroup(self)
        group.addAction(self.schedule_action)
        group.addAction(self.settings_action)
        self.sync_action = QAction("Sync Now", self)
        self.sync_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.sync_action.setToolTip("Fetch changes from your calendars now")
        self.add_icloud_action = QAction("Add iCloud Calendar…", self)
        self.add_icloud_action.triggered.connect(self.accounts.add_icloud)
        self.add_other_action = QAction("Add Other CalDAV Account…", self)
        self.add_other_action.triggered.connect(self.accounts.open_other_server)
        quit_action = QAction("Quit", self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        self.share_action = QAction("Share This Schedule with Other Desks…", self)
        self.share_action.triggered.connect(self.open_share_page)
        self.find_time_action = QAction("Find a Time\u2026", self)
        self.find_time_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_time_action.triggered.connect(self.open_find_time)
        self.services_action = QAction("Services\u2026", self)
        self.services_action.triggered.connect(self.open_services)
        # The day on paper (ui/print_day.py, issue 20 item 7).
        self.print_day_action = QAction("Print Day\u2026", self)
        self.print_day_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_day_action.triggered.connect(lambda: self.open_print_day(Paper.PRINTER))
        self.save_day_action = QAction("Save Day as PDF\u2026", self)
        self.save_day_action.triggered.connect(lambda: self.open_print_day(Paper.PDF))
        about_action = QAction("About jumpadesk", self)
        about_action.triggered.connect(self._on_about_triggered)
        self._build_menus(quit_action, about_action)
        self._build_toolbar()

    def _build_menus(self, quit_action: QAction, about_action: QAction) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addAction(self.print_day_action)
        file_menu.addAction(self.save_day_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        calendars = menus.addMenu("&Calendars")
        calendars.addAction(self.schedule_action)
        calendars.addAction(self.settings_action)
        calendars.addAction(self.find_time_action)
        calendars.addAction(self.services_action)
        calendars.addSeparator()
        if self.demo:
            calendars.addAction(self.connect_own_action)
        calendars.addAction(self.add_icloud_action)
        calendars.addAction(self.add_other_action)
        calendars.addAction(self.sync_action)
        calendars.addSeparator()
        calendars.addAction(self.share_action)
        view_menu = menus.addMenu("&View")
        self.appearance_menu = AppearanceMenu(self)  # System, Light, Dark (issue 21 item 10)
        view_menu.addMenu(self.appearance_menu)
        subs = menus.addMenu("&Sub-account")
        subs.addAction(self.switcher.add_action)
        subs.addAction(self.switcher.rename_action)
        subs.addAction(self.switcher.timezone_action)
        subs.addAction(self.opening_hours_action)
        help_menu = menus.addMenu("&Help")
        self.shortcuts_action = QAction("Keyboard Shortcuts", self)
        self.shortcuts_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(about_action)
        self.calendars_menu = calendars

    def _build_toolbar(self) -> None:
        bar = QToolBar("Main")
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        switcher_label = plain_label("Sub-account")
        switcher_label.setContentsMargins(2, 0, 2, 0)
        bar.addWidget(switcher_label)
        bar.addWidget(self.switcher)
        bar.addSeparator()
        bar.addAction(self.schedule_action)
        bar.addAction(self.settings_action)
        # Before the spacer: a narrow window hides the tool bar's last buttons behind »,
        # and Sync Now is not one to hide (issue 21 item 10; 700 px in the demo).
        bar.addAction(self.sync_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        if self.demo:
            self._add_demo_badge(bar)
        self.addToolBar(bar)

    def _build_demo_and_hours_actions(self) -> None:
        self.connect_own_action = QAction("Connect your own iCloud…", self)
        self.connect_own_action.setIconText("Your iCloud…")  # the tool bar's, kept short
        self.connect_own_action.setToolTip(
            "Walk through connecting your own iCloud calendars. In the demo they are kept "
            "only until you quit; start jumpadesk without --demo to keep them.")
        self.connect_own_action.triggered.connect(self.accounts.connect_own)
        self.opening_hours_action = QAction("Opening Hours…", self)
        self.opening_hours_action.triggered.connect(self.open_opening_hours)

    def _add_demo_badge(self, bar: QToolBar) -> None:
        """The demo says so: a "Demo" label and the way to a real account."""
        self.demo_label = plain_label("Demo")
        self.demo_label.setObjectName("demoLabel")
        self.demo_label.setToolTip("Sample calendars on this computer; nothing is kept "
                                   "after you quit.")
        self.demo_label.setStyleSheet(
            "QLabel#demoLabel { background: #f5a623; color: #1f1f1f; font-weight: 600;"
            " border-radius: 4px; padding: 2px 6px; margin-right: 2px; }")
        bar.addWidget(self.demo_label)
        bar.addAction(self.connect_own_action)

    def _build_status_bar(self) -> None:
        self.sync_status = plain_label()
        self.sync_status.setObjectName("syncStatus")
        self.sync_progress = QProgressBar()
        self.sync_progress.setMaximumWidth(180)
        self.sync_progress.setMaximumHeight(14)
        self.sync_progress.setTextVisible(False)
        self.sync_progress.hide()
        bar = self.statusBar()
        bar.addPermanentWidget(self.sync_progress)
        bar.addPermanentWidget(self.sync_status)
        self.sync_status_shown = SyncStatus(self.sync, self.sync_action, bar,
                                            self.sync_progress, self.sync_status, self.reload,
                                            self.servers)

    # -- life ------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """After the window is shown: first sync, the timer, and the walkthrough when
        this sub-account has no connection yet."""
        self.live.start()
        if self._auto_sync:
            self.sync.start_timer()
            self.sync_now()
        self.accounts.reload(then=self.accounts.offer_connecting)

    @Slot()
    def shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        self.conflicts.hide_tray()
        if self.wizard is not None:
            self.wizard.connect_page.cancel_connect()
        self.live.stop()
        self.rechecks.stop()
        self.sync.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.shutdown()
        super().closeEvent(event)

    @property
    def sub_name(self) -> str:
        """The name of the sub-account on screen, as it is called now."""
        return self.sub.name

    # -- pages -----------------------------------------------------------------------

    @Slot()
    def show_schedule(self) -> None:
        self.schedule_action.setChecked(True)
        self.pages.setCurrentIndex(self.PAGE_SCHEDULE)

    @Slot()
    def show_settings(self) -> None:
        self.settings_action.setChecked(True)
        self.pages.setCurrentIndex(self.PAGE_SETTINGS)
        self.settings_tabs.setCurrentWidget(self.connections_page)

    # -- reading the store -----------------------------------------------------------

    def reload(self, then: Callable[[ConnectionsSnapshot], None] | None = None) -> None:
        """Read the shown week and the connections afresh, off the GUI thread (`then`:
        see reload_connections)."""
        demo = " (Demo)" if self.demo else ""
        self.setWindowTitle(plain_title(f"{self.sub_name} – jumpadesk{demo}"))
        self.reload_schedule(conflicts=True, announce=True)
        self.accounts.reload(then)
        self.read_services()

    def read_services(self) -> None:
        """Read the services the business offers off the GUI thread, for the booking
        form (at start, with every reload, after Services… and a change elsewhere)."""
        task = self.run_call(self.desk.services, "services")
        task.succeeded.connect(self._on_services_read)

    @Slot(object)
    def _on_services_read(self, services: list[Offered]) -> None:
        self.services = tuple(services)

    @Slot()
    def open_opening_hours(self) -> OpeningHoursDialog | None:
        """Sub-account → Opening Hours…: the dialog, window-modal; OK saves them. Just
        after a switch of sub-account, once its hours are read (None until then): never
        another sub-account's hours under this one's name."""
        if self._hours_of != self.sub.id:
            self.reload_schedule(then=self._open_opening_hours_once_read)
            return None
        dialog = OpeningHoursDialog(self.sub_name, self.opening_hours, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_opening_hours_accepted)
        self.opening_hours_dialog = dialog
        dialog.open()
        return dialog

    def _open_opening_hours_once_read(self) -> None:
        if self._hours_of == self.sub.id:
            self.open_opening_hours()

    @Slot()
    def _on_opening_hours_accepted(self) -> None:
        dialog = self.opening_hours_dialog
        if dialog is None:
            return
        self.opening_hours_dialog = None
        desk, sub, hours = self.desk, self.sub, dialog.hours()
        task = self.run_call(lambda: desk.set_opening_hours(sub, hours), "opening hours")
        task.succeeded.connect(lambda saved: self._on_opening_hours_saved(sub, saved))
        task.failed.connect(self.warn)

    def _on_opening_hours_saved(self, sub: SubAccountRow, hours: OpeningHours) -> None:
        if sub.id == self.sub.id:  # not another sub-account's, chosen meanwhile
            self.opening_hours, self._hours_of = hours, sub.id
            self.week_view.set_opening_hours(hours)
        self.statusBar().showMessage(f"{sub.name}'s opening hours are saved.", 8000)
        self.reload_schedule()

    def show_week(self, day: date) -> None:
        """Show the week containing `day`, read from the store."""
        self.week_view.set_week(monday_of(day))
        self._on_week_view_week_changed(day)

    def week_span(self) -> tuple[datetime, datetime]:
        start = local_midnight(self.week_monday, self.tz)
        return start, local_midnight(self.week_monday + timedelta(days=7), self.tz)

    @property
    def schedule_pending(self) -> bool:
        """True while the shown week is being read (it shows when the read arrives)."""
        return self._week_read is not None

    def reload_schedule(self, *, conflicts: bool = False, announce: bool = False,
                        then: Callable[[], None] | None = None) -> None:
        """Read the shown week off the GUI thread, at one moment (Desk.week_snapshot): its
        items, banner, legend and opening hours; with `conflicts` the double bookings
        ahead too (CONFLICT_HORIZON), told with `announce`. `then` runs once the week
        shows what was read (or the read failed). A read still on its way is dropped for
        this one, which takes over what was asked of it."""
        pending, self._week_read = self._week_read, None
        if pending is not None:
            pending.task.cancel()
            conflicts, announce = conflicts or pending.conflicts, announce or pending.announce
        desk, sub, monday, now = self.desk, self.sub, self.week_monday, self.clock()
        am_pm = uses_am_pm()
        ahead = (now, now + CONFLICT_HORIZON) if conflicts else None
        task = self.run_call(lambda: desk.week_snapshot(sub, monday, am_pm=am_pm,
                                                        conflicts=ahead), "week")
        task.succeeded.connect(self._on_week_read)
        task.failed.connect(self._on_week_read_failed)
        self._week_read = _WeekRead(task, conflicts, announce,
                                    [*(pending.then if pending else ()), *filter(None, [then])])

    @Slot(object)
    def _on_week_read(self, snapshot: WeekSnapshot) -> None:
        """The week, read: shown whole (and the double bookings ahead, when read, kept and
        told once)."""
        read, self._week_read = self._week_read, None
        self._snapshot = snapshot
        self.opening_hours, self._hours_of = snapshot.opening_hours, snapshot.sub_account.id
        if snapshot.conflicts is not None:
            self.conflicts.found(snapshot.conflicts)
        self.week_view.show_snapshot(snapshot.with_notice(self.follower.out_of_reach))
        self.schedule_reloaded.emit()
        if read is not None and read.announce:
            self.conflicts.announce()
        for then in read.then if read is not None else ():
            then()

    @Slot(object)
    def _on_week_read_failed(self, failure: TaskFailure) -> None:
        read, self._week_read = self._week_read, None
        self.statusBar().showMessage(failure.sentence, 15_000)
        for then in read.then if read is not None else ():
            then()

    # -- bookings iCloud has not confirmed (ui/window_recheck.Rechecks) ---------------

    def restart_recheck(self) -> None:
        self.rechecks.restart()

    def open_share_page(self) -> QDialog:
        """"Share this schedule with other desks": where the store is, and a PostgreSQL
        store to test, fill and use."""
        dialog = QDialog(self)
        dialog.setWindowTitle("Share This Schedule with Other Desks")
        layout = QVBoxLayout(dialog)
        page = SharePage(dialog)
        layout.addWidget(page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(640, 360)
        self.share_dialog = dialog
        self.share_page = page
        dialog.open()
        return dialog

    @property
    def working(self) -> bool:
        """True while a Desk call the window (or its switcher) started runs on a worker
        (a sync pass aside: see `sync.running`)."""
        return any(t.running for t in self._tasks) or self.switcher.reading

    def conflicting_appointment_ids(self) -> set[int]:
        """The appointments of the sub-account on screen, not yet over, that something
        added later now overlaps (within CONFLICT_HORIZON)."""
        return self.conflicts.appointment_ids()

    # -- sync ------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a pass unless one is running (then one more follows it)."""
        return self.sync.sync_now(again_if_running=True)

    # -- sub-accounts ----------------------------------------------------------------

    def _show_sub_account(self, sub: SubAccountRow, then: Callable[[ConnectionsSnapshot],
                                                                    None] | None = None) -> None:
        if sub.id != self.sub.id:  # another sub-account's time is not chosen here
            self.week_view.view.clear_selection()
        if sub.id != self.sub.id:  # nor its opening hours: this one's are read anew
            self.opening_hours, self._hours_of = DEFAULT_OPENING_HOURS, None
        self.sub = sub
        self.tz = ZoneInfo(sub.timezone)
        self._snapshot = None
        self.week_view.set_timezone(self.tz)
        self.reload(then)

    @Slot(object)
    def _on_switcher_current_changed(self, sub: SubAccountRow) -> None:
        self._show_sub_account(sub, then=self._settings_when_nothing_connected)

    def _settings_when_nothing_connected(self, connections: ConnectionsSnapshot) -> None:
        if not connections.connected and connections.sub_account.id == self.sub.id:
            self.show_settings()

    @Slot(object)
    def _on_switcher_current_renamed(self, sub: SubAccountRow) -> None:
        self._show_sub_account(sub)

    @Slot(object)
    def _on_switcher_timezone_changed(self, sub: SubAccountRow) -> None:
        if sub.id != self.sub.id:
            return
        self._show_sub_account(sub)
        self.statusBar().showMessage(
            f"{sub.name} now shows and books times in {self.tz.key.replace('_', ' ')}.", 8000)

    @Slot(object)
    def warn(self, failure: TaskFailure) -> None:
        """A failure's sentence in the status bar and a message box that does not hold
        up the window."""
        self.statusBar().showMessage(failure.sentence, 30_000)
        box = message_box(QMessageBox.Icon.Warning, "jumpadesk", failure.sentence,
                          parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window keeps running while it is shown

    # -- the week view ---------------------------------------------------------------

    @Slot(object)
    def _on_week_view_week_changed(self, day: date) -> None:
        monday = monday_of(day)
        if monday != self.week_monday:
            self.week_monday = monday
            self.reload_schedule()

    # -- connections (ui/window_connections.ConnectionsController), as tests reach them --

    @property
    def connections(self) -> ConnectionsSnapshot:
        """The shown sub-account's accounts and calendars, as last read."""
        return self.accounts.connections

    @property
    def wizard(self) -> ConnectWizard | None:
        return self.accounts.wizard

    @property
    def other_server_dialog(self) -> OtherServerDialog | None:
        return self.accounts.other_server_dialog

    @property
    def is_shut_down(self) -> bool:
        return self._shut_down

    def reload_connections(self, then: Then | None = None) -> None:
        self.accounts.reload(then)

    def open_wizard(self, prefill: Prefill | None = None) -> ConnectWizard:
        return self.accounts.open_wizard(prefill)

    def open_other_server(self, *, server: str = "", user: str = "",
                          why: str = "") -> OtherServerDialog:
        return self.accounts.open_other_server(server=server, user=user, why=why)

    def edit_calendars(self, parent: QWidget | None = None, *,
                       new_connection_id: int | None = None) -> CalendarPickerDialog:
        return self.accounts.edit_calendars(parent, new_connection_id=new_connection_id)

    def servers(self) -> str:
        """The server of this sub-account's accounts, by name, from the connections as
        last read: "iCloud", "Fastmail", "127.0.0.1"; "the calendar server" for none,
        several, or before the read is in."""
        return self.accounts.servers()

    # -- booking (ui/window_booking.BookingController), as tests and menus reach it ------

    @property
    def week(self) -> WeekSnapshot | None:
        """The shown week as last read (None: being read for another sub-account)."""
        return self._snapshot

    @property
    def booking_dialog(self) -> BookingDialog | None:
        return self.booking.booking_dialog

    @property
    def details_dialog(self) -> EventDetails | None:
        return self.booking.details_dialog

    @property
    def change_time_dialog(self) -> ChangeTimeDialog | None:
        return self.booking.change_time_dialog

    @property
    def unconfirmed_notice(self) -> QMessageBox | None:
        return self.booking.unconfirmed_notice

    def open_find_time(self) -> FindTimeDialog:
        """Find a Time (ui/find_time.py): a chosen start opens the booking form."""
        return open_find_time(self, self.clock, self)

    def open_services(self) -> ServicesDialog:
        """Calendars > Services… (ui/services_dialog.py); once closed, the services are
        read again for the booking form."""
        dialog = open_services(self.desk, self)
        dialog.finished.connect(lambda _result: self.read_services())
        return dialog

    def open_print_day(self, paper: Paper) -> DayPrintDialog:
        """Print Day or Save Day as PDF (ui/print_day.py) for the shown day."""
        return open_print_day(self, self.clock, paper, self,
                              lambda sentence: self.statusBar().showMessage(sentence, 15_000))

    def selected_day(self) -> date | None:
        """The day of the selected time, or of the block with the focus, if any."""
        view = self.week_view.view
        span = view.selection()
        item = view.focused_item()
        moment = span[0] if span is not None else item.start if item is not None else None
        return moment.astimezone(self.tz).date() if moment is not None else None

    def open_booking(self, start: datetime, end: datetime) -> BookingDialog:
        return self.booking.open_booking(start, end)

    def submit_booking(self, request: BookingRequest, *, allow_stale: bool = False) -> Task:
        return self.booking.submit_booking(request, allow_stale=allow_stale)

    def show_details(self, item: ScheduleItem) -> EventDetails:
        return self.booking.show_details(item)

    def open_change_time(self, item: ScheduleItem) -> ChangeTimeDialog:
        return self.booking.open_change_time(item)

    def move_appointment(self, item: ScheduleItem, start: datetime, end: datetime,
                         *, allow_stale: bool = False) -> Task | None:
        return self.booking.move_appointment(item, start, end, allow_stale=allow_stale)

    def cancel_appointment(self, item: ScheduleItem) -> Task | None:
        return self.booking.cancel_appointment(item)

    def remove_blocked_slot(self, item: ScheduleItem, *,
                            every_day: bool = False) -> Task | None:
        return self.booking.remove_blocked_slot(item, every_day=every_day)

    def clear_selection(self) -> None:
        """Forget the time chosen in the week view (booked, or another sub-account's)."""
        self.week_view.view.clear_selection()

    # -- helpers ---------------------------------------------------------------------

    def run_call(self, fn: Callable[[], Any], label: str) -> Task:
        """Run a Desk call on a worker (ui/tasks), counted while it runs (`working`)."""
        task = run_task(fn, label=label)
        self._tasks.add(task)
        task.ended.connect(self._on_task_ended)
        return task

    @Slot()
    def _on_task_ended(self) -> None:
        self._tasks = {t for t in self._tasks if t.running}

    @Slot()
    def open_shortcuts(self) -> ShortcutsDialog:
        """Help > Keyboard Shortcuts: every key of the week view (ui/shortcuts.py)."""
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts_dialog = dialog
        return dialog

    @Slot()
    def _on_about_triggered(self) -> None:
        log_file = current_log_file()
        # A windowed app has no terminal: say where its log is.
        log_line = f"<p>Log: {html.escape(str(log_file))}</p>" if log_file else ""
        QMessageBox.about(
            self, "About jumpadesk",
            f"<b>jumpadesk {__version__}</b><p>Your iCloud calendars in your booking "
            f"schedule, so nobody is double booked.</p>{log_line}",
        )

    def open_url(self, url: str) -> None:
        self._open_url(QUrl(url))
