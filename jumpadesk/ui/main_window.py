"""The main window: the week of one sub-account, its connections, and sync.

Two pages in a stack: Schedule (the week view) and Calendar Settings (a Connections
tab). A sub-account switcher sits in the tool bar; the status bar shows the last sync
of each account and a progress bar while a pass runs. The week shown is read off the GUI
thread, at one moment (Desk.week_snapshot), and handed to the week view whole; every Desk
call that may reach the network or the keychain (connect, sync, book, cancel, disconnect)
runs on a worker thread too.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QSystemTrayIcon,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from jumpadesk import __version__
from jumpadesk.availability import CONFLICT_HORIZON, ScheduleItem
from jumpadesk.errors import (
    BookingUnconfirmed,
    JumpadeskError,
    NoLinkedCalendar,
    SlotTaken,
    SubAccountGone,
)
from jumpadesk.hours import DEFAULT_OPENING_HOURS, OpeningHours, closed_between, describe_day
from jumpadesk.kinds import ConnectionState, Recheck, Source
from jumpadesk.logs import current_log_file
from jumpadesk.models import Appointment, BlockedSlot
from jumpadesk.models.watch import StoreChange, StoreReach
from jumpadesk.rows import SubAccountRow, SubKey
from jumpadesk.secrets import password_kept_where
from jumpadesk.service import ConnectionInfo, Desk, StaleData
from jumpadesk.sync.report import Rechecked, SyncProgress, SyncReport
from jumpadesk.sync.servers import is_icloud, service_name
from jumpadesk.ui.appearance import AppearanceMenu
from jumpadesk.ui.booking_dialog import BookingDialog, BookingRequest
from jumpadesk.ui.calendar_picker import CalendarPickerDialog
from jumpadesk.ui.change_time import ChangeTimeDialog
from jumpadesk.ui.connections_page import ConnectionsPage, connection_service, state_phrase
from jumpadesk.ui.event_details import (
    EventDetails,
    describe_when,
    format_span,
    item_title,
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
    plain_tooltip,
    tray_text,
)
from jumpadesk.ui.print_day import DayPrintDialog, Paper, open_print_day
from jumpadesk.ui.services_dialog import open_services
from jumpadesk.ui.share_page import SharePage
from jumpadesk.ui.shortcuts import ShortcutsDialog
from jumpadesk.ui.sub_accounts import SubAccountSwitcher
from jumpadesk.ui.sync_worker import SyncScheduler
from jumpadesk.ui.tasks import Task, TaskFailure, run_task
from jumpadesk.ui.week_layout import local_midnight, monday_of
from jumpadesk.ui.week_panel import WeekPanel
from jumpadesk.ui.wizard import ConnectWizard, Prefill, UrlOpener
from jumpadesk.week import UpcomingConflict, WeekSnapshot
from jumpadesk.wording import (
    describe_moment,
    join_names,
    overlap_words,
    short_when,
    stale_lines,
    stale_question,
)

log = logging.getLogger("jumpadesk.ui.main")

Ask = Callable[[str, str], bool]
Clock = Callable[[], datetime]

#: A booking whose answer from iCloud was lost is asked about again this soon, then
#: twice as late each time, up to the sync interval (every sync asks too).
RECHECK_FIRST_MS = 20_000


def utc_now() -> datetime:
    return datetime.now(UTC)


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

    def __init__(self, desk: Desk, *, sub_account: SubKey | None = None,
                 prefill: Prefill | None = None, open_url: UrlOpener | None = None,
                 ask: Ask | None = None, auto_sync: bool = True,
                 clock: Clock | None = None, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.demo = demo
        self._prefill = prefill
        self._open_url = open_url or QDesktopServices.openUrl
        self.ask: Ask = ask or _ask_with_message_box(self)
        self._auto_sync = auto_sync
        self._clock: Clock = clock or utc_now
        self._shut_down = False
        self._tasks: set[Task] = set()
        self.wizard: ConnectWizard | None = None
        self.booking_dialog: BookingDialog | None = None
        self._pending_booking: BookingRequest | None = None
        self.details_dialog: EventDetails | None = None
        self.share_dialog: QDialog | None = None
        self.share_page: SharePage | None = None
        self.change_time_dialog: ChangeTimeDialog | None = None
        self.other_server_dialog: OtherServerDialog | None = None
        self._pending_move: tuple[ScheduleItem, datetime, datetime] | None = None
        # Appointments something now overlaps, by id; and the conflicts told already.
        self._conflicts: dict[int | None, UpcomingConflict] = {}
        self._week_read: _WeekRead | None = None
        self._announced: set[tuple[object, ...]] = set()
        self.tray: QSystemTrayIcon | None = None
        self.unconfirmed_notice: QMessageBox | None = None
        self.opening_hours: OpeningHours = DEFAULT_OPENING_HOURS
        self.opening_hours_dialog: OpeningHoursDialog | None = None
        # The sub-account on screen, by reference: found by id, so a rename at another
        # desk keeps it (under its new name); never made by showing it.
        self.sub: SubAccountRow = desk.sub_account_ref(sub_account)
        self.tz = ZoneInfo(self.sub.timezone)
        self.week_monday = monday_of(self._clock().astimezone(self.tz).date())

        self.resize(1180, 780)

        self.sync = SyncScheduler(desk, parent=self)
        self.sync.started.connect(self._on_sync_started)
        self.sync.progress.connect(self._on_sync_progress)
        self.sync.finished.connect(self._on_sync_finished)
        self.sync.failed.connect(self._on_sync_failed)
        # Other desks, windows and the command line: their changes show here at once.
        self.live = LiveStore(desk.engine, parent=self)
        self.live.changed.connect(self._on_live_changed)
        self.live.reach_changed.connect(self._on_live_reach_changed)
        self._store_out_of_reach = ""
        self._cancelling = ""  # the appointment being cancelled, in words
        # Bookings iCloud has not confirmed are asked about again on a worker.
        self.recheck_timer = QTimer(self)
        self.recheck_timer.setSingleShot(True)
        self.recheck_timer.timeout.connect(self._on_recheck_timer_timeout)
        self.recheck_first_ms = RECHECK_FIRST_MS
        self._recheck_delay_ms = RECHECK_FIRST_MS

        self._build_pages()
        self._build_actions()
        self._build_status_bar()

        # The cached week, at once: no network before the window is up.
        self.week_view.set_timezone(self.tz)
        self.week_view.set_week(self.week_monday)
        self.reload()

    # -- building ----------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.week_view = WeekPanel(tz=self.tz, monday=self.week_monday, show_details=False,
                                   clock=self._clock)
        self.week_view.week_changed.connect(self._on_week_view_week_changed)
        self.week_view.item_activated.connect(self._on_week_view_item_activated)
        self.week_view.slot_selected.connect(self._on_week_view_slot_selected)
        self.week_view.delete_requested.connect(self._on_week_view_delete_requested)
        self.week_view.move_requested.connect(self._on_week_view_move_requested)

        self.connections_page = ConnectionsPage()
        self.connections_page.add_requested.connect(self._on_add_requested)
        self.connections_page.reconnect_requested.connect(self._on_reconnect_requested)
        self.connections_page.edit_calendars_requested.connect(self._on_edit_requested)
        self.connections_page.disconnect_requested.connect(self._on_disconnect_requested)
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
        self.sync_action.triggered.connect(self._on_sync_action_triggered)
        self.add_icloud_action = QAction("Add iCloud Calendar…", self)
        self.add_icloud_action.triggered.connect(self._on_add_requested)
        self.add_other_action = QAction("Add Other CalDAV Account…", self)
        self.add_other_action.triggered.connect(self.open_other_server)
        # Add New > Other CalDAV Account, beside Add New > iCloud Calendar.
        self.connections_page.add_menu.addAction("Other CalDAV Account", self.open_other_server)
        quit_action = QAction("Quit", self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        self.share_action = QAction("Share This Schedule with Other Desks…", self)
        self.share_action.triggered.connect(self.open_share_page)
        self.find_time_action = QAction("Find a Time\u2026", self)
        self.find_time_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_time_action.triggered.connect(self.open_find_time)
        self.services_action = QAction("Services\u2026", self)
        self.services_action.triggered.connect(lambda: open_services(self.desk, self))
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
        self.connect_own_action.triggered.connect(self._on_connect_own_triggered)
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

    # -- life ------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """After the window is shown: first sync, the timer, and the walkthrough when
        this sub-account has no connection yet."""
        self.live.start()
        if self._auto_sync:
            self.sync.start_timer()
            self.sync_now()
        if not self.desk.connections(self.sub):
            self.open_wizard(self._prefill)
        else:
            self.ask_for_passwords_again()

    def ask_for_passwords_again(self) -> QDialog | None:
        """A password kept only until jumpadesk last quit (no keychain here) is asked for
        again, saying why: the walkthrough for iCloud, Other CalDAV Account otherwise."""
        try:
            wanted = self.desk.passwords_to_enter_again(self.sub)
        except JumpadeskError as exc:
            log.warning("passwords to ask for not read: %s", exc)
            return None
        if not wanted:
            return None
        info, why = wanted[0]
        if is_icloud(info.server_url, account=info.apple_id):
            return self.open_wizard(Prefill(apple_id=info.apple_id, server_url=info.server_url,
                                            reconnect=True, why=why))
        return self.open_other_server(server=info.server_url, user=info.apple_id, why=why)

    @Slot()
    def shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        if self.tray is not None:
            self.tray.hide()  # no icon left behind in the panel
        if self.wizard is not None:
            self.wizard.connect_page.cancel_connect()
        self.live.stop()
        self.recheck_timer.stop()
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

    def reload(self) -> None:
        demo = " (Demo)" if self.demo else ""
        self.setWindowTitle(plain_title(f"{self.sub_name} – jumpadesk{demo}"))
        self.reload_schedule(conflicts=True, announce=True)
        self.reload_connections()

    @Slot()
    def open_opening_hours(self) -> OpeningHoursDialog:
        """Sub-account → Opening Hours…: the dialog, window-modal; OK saves them."""
        dialog = OpeningHoursDialog(self.sub_name, self.opening_hours, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_opening_hours_accepted)
        self.opening_hours_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _on_opening_hours_accepted(self) -> None:
        dialog = self.opening_hours_dialog
        if dialog is None:
            return
        self.opening_hours_dialog = None
        try:
            self.opening_hours = self.desk.set_opening_hours(self.sub, dialog.hours())
        except JumpadeskError as exc:
            self._on_task_failed_message(TaskFailure(str(exc), exc))
            return
        self.week_view.set_opening_hours(self.opening_hours)
        self.statusBar().showMessage(f"{self.sub_name}'s opening hours are saved.", 8000)

    def show_week(self, day: date) -> None:
        """Show the week containing `day`, read from the store."""
        monday = monday_of(day)
        self.week_view.set_week(monday)
        if monday != self.week_monday:
            self.week_monday = monday
            self.reload_schedule()

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
        desk, sub, monday, now = self.desk, self.sub, self.week_monday, self._clock()
        am_pm = uses_am_pm()
        ahead = (now, now + CONFLICT_HORIZON) if conflicts else None
        task = self._run(lambda: desk.week_snapshot(sub, monday, am_pm=am_pm, conflicts=ahead),
                         "week")
        task.succeeded.connect(self._on_week_read)
        task.failed.connect(self._on_week_read_failed)
        self._week_read = _WeekRead(task, conflicts, announce,
                                    [*(pending.then if pending else ()), *filter(None, [then])])

    @Slot(object)
    def _on_week_read(self, snapshot: WeekSnapshot) -> None:
        """The week, read: shown whole (and the double bookings ahead, when read, kept and
        told once)."""
        read, self._week_read = self._week_read, None
        self.opening_hours = snapshot.opening_hours
        if snapshot.conflicts is not None:
            self._conflicts = {c.appointment.ref_id: c for c in snapshot.conflicts}
        self.week_view.show_snapshot(snapshot.with_notice(self._store_out_of_reach))
        self.schedule_reloaded.emit()
        if read is not None and read.announce:
            self._announce_conflicts()
        for then in read.then if read is not None else ():
            then()

    @Slot(object)
    def _on_week_read_failed(self, failure: TaskFailure) -> None:
        read, self._week_read = self._week_read, None
        self.statusBar().showMessage(failure.sentence, 15_000)
        for then in read.then if read is not None else ():
            then()

    # -- other desks -------------------------------------------------------------------

    @Slot(StoreChange)
    def _on_live_changed(self, change: StoreChange) -> None:
        """Someone else booked, cancelled, synced or changed the sub-accounts: reload
        what it touches."""
        if self._shut_down:
            return
        if (change.everything or "sub_account" in change.tables) and \
                not self._follow_sub_account():
            return  # another sub-account is on screen now, read afresh
        start, end = self.week_span()
        if change.touches(self.sub.id, int(start.timestamp()), int(end.timestamp())):
            self.reload_schedule()
        if change.everything or change.tables & {"connection", "calendar", "calendar_role"}:
            self.reload_connections()

    def _follow_sub_account(self) -> bool:
        """The sub-accounts changed elsewhere: the switcher lists them as they are now,
        and the one on screen is followed by its id through a rename or a new zone. When
        it was removed, the window says so and shows the first one (nothing is made
        under the old name). True when the same sub-account is still on screen, as it was."""
        try:
            now = self.desk.sub_account_ref(self.sub)
        except SubAccountGone:
            self._leave_removed_sub_account()
            return False
        except JumpadeskError as exc:
            log.warning("sub-accounts not read: %s", exc)
            return True
        before = self.sub
        self.switcher.reload(now)  # current_renamed: the window shows it as it is now
        if now == before:
            return True
        if now.name != before.name:
            self.statusBar().showMessage(
                f"{before.name} is now called {now.name} (renamed at another desk).", 15_000)
        return False

    def _leave_removed_sub_account(self) -> None:
        """The sub-account on screen was removed elsewhere: show the first one, say so."""
        gone = self.sub
        try:
            first = self.desk.sub_account_ref(None)
        except JumpadeskError as exc:
            self.statusBar().showMessage(str(exc), 30_000)
            return
        self.switcher.reload(first)  # current_changed: the window shows it
        sentence = (f"{gone.name} was removed (at another desk or from the command line), "
                    f"so this window shows {first.name} now.")
        self.statusBar().showMessage(sentence, 60_000)
        self.sub_account_gone.emit(sentence)

    @Slot(StoreReach)
    def _on_live_reach_changed(self, reach: StoreReach) -> None:
        """A shared store that stops answering is named over the week, like a stale
        calendar; booking refuses until it is back (the service says so)."""
        self._store_out_of_reach = "" if reach.reachable else reach.sentence
        if not reach.reachable:
            self.statusBar().showMessage(reach.sentence, 30_000)
        else:  # a booking the store lost sight of while iCloud was asked is finished now
            self.recheck_soon(0)
        self.reload_schedule()

    # -- bookings iCloud has not confirmed ---------------------------------------------

    def recheck_soon(self, delay_ms: int | None = None) -> None:
        """Ask iCloud again about every booking left unconfirmed, after `delay_ms` (by
        default the next step of the timer's backoff), unless already due."""
        if self._shut_down:
            return
        if delay_ms is not None or not self.recheck_timer.isActive():
            self.recheck_timer.start(self._recheck_delay_ms if delay_ms is None else delay_ms)

    @Slot()
    def _on_recheck_timer_timeout(self) -> None:
        desk = self.desk

        def call() -> list[tuple[Rechecked, str]]:
            return [(found, desk.recheck_sentence(found))
                    for found in desk.finish_unconfirmed()]

        task = self._run(call, "recheck")
        task.succeeded.connect(self._on_recheck_succeeded)
        task.failed.connect(self._on_recheck_failed)

    @Slot(object)
    def _on_recheck_succeeded(self, found: list[tuple[Rechecked, str]]) -> None:
        settled = [sentence for f, sentence in found if f.outcome != Recheck.UNSURE]
        if any(f.outcome == Recheck.UNSURE for f, _ in found):
            self._recheck_later()
        else:
            self._recheck_delay_ms = self.recheck_first_ms
        told = [f for f, _ in found]
        if settled:  # told once the week shows what was settled
            self.statusBar().showMessage(" ".join(settled), 60_000)
            self.reload_schedule(conflicts=True,
                                 then=lambda: self.unconfirmed_rechecked.emit(told))
        else:
            self.unconfirmed_rechecked.emit(told)

    @Slot(object)
    def _on_recheck_failed(self, failure: TaskFailure) -> None:
        log.warning("unconfirmed bookings not asked about: %s", failure.sentence)
        self._recheck_later()

    def _recheck_later(self) -> None:
        ceiling = self.desk.settings.sync_interval_seconds * 1000
        self._recheck_delay_ms = min(self._recheck_delay_ms * 2, max(ceiling,
                                                                     self.recheck_first_ms))
        self.recheck_soon()

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

    def reload_connections(self) -> None:
        try:
            connections = self.desk.connections(self.sub)
            calendars = self.desk.calendars(self.sub)
        except JumpadeskError as exc:
            self.statusBar().showMessage(str(exc), 15_000)
            return
        self.connections_page.set_connections(self.sub_name, connections, calendars, self.tz)
        self.sync_status.setText(sync_status_text(connections, self.tz))
        self.connections_reloaded.emit()

    # -- conflicts after booking -------------------------------------------------------

    def conflicting_appointment_ids(self) -> set[int]:
        """The appointments of the sub-account on screen, not yet over, that something
        added later now overlaps (within CONFLICT_HORIZON)."""
        return {ref for ref in self._conflicts if ref is not None}

    def _announce_conflicts(self) -> None:
        """A desktop notification (the status bar without a system tray) for each
        conflict not told before, naming the appointment and its guest."""
        fresh = []
        for ref, conflict in self._conflicts.items():
            key = (self.sub.id, ref, tuple(sorted((o.title, o.start, o.calendar)
                                                  for o in conflict.overlapping)))
            if key not in self._announced:
                self._announced.add(key)
                fresh.append(conflict)
        if not fresh:
            return
        sentences = [self._conflict_sentence(conflict) for conflict in fresh]
        title = ("An appointment is double booked" if len(fresh) == 1
                 else f"{len(fresh)} appointments are double booked")
        self._notify(title, "\n".join(sentences))
        more = f" (and {len(fresh) - 1} more)" if len(fresh) > 1 else ""
        self.statusBar().showMessage(sentences[0] + more, 60_000)
        for sentence in sentences:
            self.conflict_announced.emit(sentence)

    def _conflict_sentence(self, conflict: UpcomingConflict) -> str:
        mine, guest, am_pm = conflict.appointment, conflict.guest, uses_am_pm()
        who = f"{guest}, " if guest else ""
        what = join_names([overlap_words(o, self.tz, am_pm) for o in conflict.overlapping])
        return (f"\u201c{mine.title}\u201d ({who}{short_when(mine, self.tz, am_pm)}) now "
                f"overlaps {what}. Call {guest or 'the guest'} to move it.")

    def _notify(self, title: str, text: str) -> None:
        """A desktop notification through the system tray, when there is one."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else self.windowIcon()
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("jumpadesk")
            self.tray.show()
        self.tray.showMessage(tray_text(title), tray_text(text),
                              QSystemTrayIcon.MessageIcon.Warning, 30_000)

    # -- sync ------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a pass unless one is running (then one more follows it)."""
        return self.sync.sync_now(again_if_running=True)

    @Slot()
    def _on_sync_action_triggered(self) -> None:
        if not self.sync.sync_now():
            self.statusBar().showMessage("A sync is already running.", 4000)

    @Slot()
    def _on_sync_started(self) -> None:
        self.sync_progress.setRange(0, 0)
        self.sync_progress.show()
        self.sync_action.setEnabled(False)
        self.statusBar().showMessage(f"Syncing with {self._servers()}…")

    @Slot(SyncProgress)
    def _on_sync_progress(self, progress: SyncProgress) -> None:
        if progress.calendars_total:
            self.sync_progress.setRange(0, progress.calendars_total)
            self.sync_progress.setValue(progress.calendars_done)
        if progress.calendar:
            self.statusBar().showMessage(f"Syncing {progress.calendar}…")

    @Slot(SyncReport)
    def _on_sync_finished(self, report: SyncReport) -> None:
        self._sync_ended()
        failures = report.failures()
        if failures:
            # The banner and the per-account status say which and why; keep this short.
            count = len(failures)
            self.statusBar().showMessage(
                f"Sync problem ({count} {'item' if count == 1 else 'items'}); see the "
                "banner over the week.", 30_000)
            self.statusBar().setToolTip(plain_tooltip("\n".join(failures)))
        else:
            self.statusBar().clearMessage()
            self.statusBar().setToolTip("")
        self.reload()

    @Slot(str)
    def _on_sync_failed(self, sentence: str) -> None:
        self._sync_ended()
        self.statusBar().showMessage(sentence, 30_000)
        self.reload()

    def _sync_ended(self) -> None:
        self.sync_progress.hide()
        self.sync_action.setEnabled(True)

    # -- sub-accounts ----------------------------------------------------------------

    def _show_sub_account(self, sub: SubAccountRow) -> None:
        if sub.id != self.sub.id:  # another sub-account's time is not chosen here
            self.week_view.view.clear_selection()
        self.sub = sub
        self.tz = ZoneInfo(sub.timezone)
        self.week_view.set_timezone(self.tz)
        self.reload()

    @Slot(object)
    def _on_switcher_current_changed(self, sub: SubAccountRow) -> None:
        self._show_sub_account(sub)
        try:
            connected = bool(self.desk.connections(sub))
        except JumpadeskError:
            connected = True
        if not connected:
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

    # -- connections -----------------------------------------------------------------

    def open_wizard(self, prefill: Prefill | None = None) -> ConnectWizard:
        """Open the connect walkthrough (window-modal) and return it."""
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            return self.wizard
        wizard = ConnectWizard(self.desk, self.sub, prefill=prefill,
                               open_url=self._open_url, parent=self)
        wizard.connected.connect(self._on_wizard_connected)
        wizard.connect_undone.connect(self._on_wizard_connect_undone)
        wizard.finished.connect(self._on_wizard_finished)
        self.wizard = wizard
        wizard.open()
        return wizard

    @Slot()
    def _on_add_requested(self) -> None:
        self.open_wizard(self._prefill)

    @Slot()
    def _on_connect_own_triggered(self) -> None:
        self.open_wizard(None)  # a real account: nothing of the demo's filled in

    @Slot()
    def open_other_server(self, *, server: str = "", user: str = "",
                          why: str = "") -> OtherServerDialog:
        """Add New > Other CalDAV Account (filled in, saying `why`, when a password is
        asked for again); once connected, the calendar picker follows."""
        dialog = OtherServerDialog(self.desk, self.sub, parent=self, server=server,
                                   user=user, why=why)
        dialog.connected.connect(self._on_other_server_connected)
        self.other_server_dialog = dialog
        dialog.open()
        return dialog

    @Slot(int)
    def _on_other_server_connected(self, connection_id: int) -> None:
        dialog = self.other_server_dialog
        self.reload()
        # A new account's calendars come up blocking time; a password entered again for
        # an account already there keeps the choice made for it.
        added = dialog is None or dialog.added_account
        self.edit_calendars(new_connection_id=connection_id if added else None)
        info = next((c for c in self.desk.connections(self.sub_name)
                     if c.id == connection_id), None)
        if dialog is not None and dialog.password_kept and info is not None:
            self.statusBar().showMessage(password_kept_where(
                info.apple_id, service_name(info.server_url, info.apple_id),
                dialog.password_kept), 30_000)

    @Slot(ConnectionInfo)
    def _on_reconnect_requested(self, info: ConnectionInfo) -> None:
        if not is_icloud(info.server_url, account=info.apple_id):
            self.open_other_server(server=info.server_url, user=info.apple_id)
            return
        self.open_wizard(Prefill(apple_id=info.apple_id, server_url=info.server_url,
                                 reconnect=True))

    @Slot(int)
    def _on_wizard_connected(self, _connection_id: int) -> None:
        self.reload_connections()

    @Slot(int)
    def _on_wizard_connect_undone(self, _connection_id: int) -> None:
        # A connect cancelled in the walkthrough went through late and was taken back.
        self.reload()

    @Slot(int)
    def _on_wizard_finished(self, _result: int) -> None:
        self.reload()
        if self.wizard is not None and self.wizard.connection_id is not None:
            self.sync.sync_now(again_if_running=True)

    @Slot(ConnectionInfo)
    def _on_edit_requested(self, _info: ConnectionInfo) -> None:
        self.edit_calendars()

    def edit_calendars(self, parent: QWidget | None = None, *,
                       new_connection_id: int | None = None) -> CalendarPickerDialog:
        """Open the calendar picker for this sub-account (window-modal over `parent`,
        the window by default) and return it; with `new_connection_id`, an account just
        added, whose calendars are suggested to block time."""
        dialog = CalendarPickerDialog(self.desk, self.sub, parent=parent or self,
                                      new_connection_id=new_connection_id)
        dialog.accepted.connect(self._on_calendars_edited)
        dialog.open()
        return dialog

    @Slot()
    def _on_calendars_edited(self) -> None:
        self.reload()
        self.sync.sync_now(again_if_running=True)
        if self.booking_dialog is not None:
            self.booking_dialog.show_error("")  # the calendar it asked for is chosen

    @Slot(ConnectionInfo)
    def _on_disconnect_requested(self, info: ConnectionInfo) -> None:
        self.disconnect_connection(info)

    def disconnect_connection(self, info: ConnectionInfo) -> Task | None:
        """After a confirmation, forget the connection (keychain entry and cached data)."""
        others = [n for n in self.desk.connection_users(info.id) if n != self.sub_name]
        service = connection_service(info)
        password = "app-specific password" if service == "iCloud" else "password"
        if others:
            text = (f"Stop using {info.apple_id} in {self.sub_name}? "
                    f"{join_names(others)} still use it, so its {password} and "
                    f"events stay; your calendars in {service} are not touched.")
        else:
            text = (f"Disconnect {info.apple_id}? jumpadesk forgets its {password} "
                    f"and the events it copied; your calendars in {service} are not touched. "
                    "Appointments stay in jumpadesk.")
        if not self.ask(f"Disconnect {service} account?", text):
            return None
        desk, sub = self.desk, self.sub
        task = self._run(lambda: desk.disconnect(info.id, sub), "disconnect")
        task.succeeded.connect(self._on_disconnect_succeeded)
        task.failed.connect(self._on_task_failed_message)
        return task

    @Slot(object)
    def _on_disconnect_succeeded(self, outcome: object) -> None:
        if outcome == "unlinked":
            message = (f"{self.sub_name} no longer uses that account; other "
                       "sub-accounts still do, so its password stays in the keychain.")
        else:
            message = "Disconnected."
        self.statusBar().showMessage(message, 8000)
        self.reload()

    @Slot(object)
    def _on_task_failed_message(self, failure: TaskFailure) -> None:
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

    @Slot(ScheduleItem)
    def _on_week_view_item_activated(self, item: ScheduleItem) -> None:
        self.show_details(item)

    @Slot(object, object)
    def _on_week_view_slot_selected(self, start: datetime, end: datetime) -> None:
        self.open_booking(start, end)

    def show_details(self, item: ScheduleItem) -> EventDetails:
        """The details of an item, with its actions: cancel for an appointment, remove for
        a blocked slot (EventDetails' signals; see below)."""
        if self.details_dialog is not None:
            self.details_dialog.close()
        dialog = EventDetails(item, self.tz, parent=self, actions=True,
                              extra_rows=self._guest_rows(item))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.cancel_requested.connect(self._on_details_cancel_requested)
        dialog.change_time_requested.connect(self._on_details_change_time_requested)
        dialog.unblock_requested.connect(self._on_details_unblock_requested)
        dialog.unblock_series_requested.connect(self._on_details_unblock_series_requested)
        dialog.finished.connect(self._on_details_finished)
        self.details_dialog = dialog
        dialog.open()
        return dialog

    def _guest_rows(self, item: ScheduleItem) -> list[tuple[str, str]]:
        """Who an appointment is for, from the store (the schedule item does not say)."""
        if item.source != Source.APPOINTMENT or item.ref_id is None:
            return []
        try:
            appointment = self.desk.appointment(self.sub, item.ref_id)
        except JumpadeskError:
            return []
        return [("Guest", appointment.guest_name), ("Email", appointment.guest_email),
                ("Phone", appointment.guest_phone)]

    @Slot(int)
    def _on_details_finished(self, _result: int) -> None:
        self.details_dialog = None

    @Slot(ScheduleItem)
    def _on_details_cancel_requested(self, item: ScheduleItem) -> None:
        self.cancel_appointment(item)

    @Slot(ScheduleItem)
    def _on_details_unblock_requested(self, item: ScheduleItem) -> None:
        self.remove_blocked_slot(item)

    @Slot(ScheduleItem)
    def _on_details_unblock_series_requested(self, item: ScheduleItem) -> None:
        self.remove_blocked_slot(item, every_day=True)

    @Slot(ScheduleItem)
    def _on_week_view_delete_requested(self, item: ScheduleItem) -> None:
        """Delete on a block in the week: the same confirmation as its details' button."""
        if item.source == Source.APPOINTMENT:
            self._on_details_cancel_requested(item)
        elif item.source == Source.BLOCKED:
            self._on_details_unblock_requested(item)

    @Slot(ScheduleItem, object, object)
    def _on_week_view_move_requested(self, item: ScheduleItem, start: datetime,
                                     end: datetime) -> None:
        self.move_appointment(item, start, end)

    @Slot(ScheduleItem)
    def _on_details_change_time_requested(self, item: ScheduleItem) -> None:
        self.open_change_time(item)

    def open_change_time(self, item: ScheduleItem) -> ChangeTimeDialog:
        """Ask for an appointment's new day and times; the answer moves it."""
        dialog = ChangeTimeDialog(item, self.tz, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.time_chosen.connect(
            lambda start, end: self.move_appointment(item, start, end))
        self.change_time_dialog = dialog
        dialog.open()
        return dialog

    def move_appointment(self, item: ScheduleItem, start: datetime, end: datetime,
                         *, allow_stale: bool = False) -> Task | None:
        """Give an appointment a new time, on a worker: a sync, the booking check, then
        its event changed in iCloud. Out-of-date calendars ask first; a refusal is shown
        as its sentence; either way the week reloads."""
        if item.ref_id is None:
            return None
        if not allow_stale and start < self._clock():
            state = "has passed" if end <= self._clock() else "has already begun"
            if not self.ask("Move to a past time?", f"That time {state}. Move it anyway?"):
                self.reload_schedule()
                return None
        desk, sub, ref = self.desk, self.sub, item.ref_id
        self._pending_move = (item, start, end)
        task = self._run(lambda: desk.move_appointment(sub, ref, start, end,
                                                       allow_stale=allow_stale), "move")
        task.succeeded.connect(self._on_move_succeeded)
        task.failed.connect(self._on_move_failed)
        self.statusBar().showMessage(
            f"Moving “{item_title(item)}” to {format_span(start, end, self.tz)}…")
        return task

    @Slot(object)
    def _on_move_failed(self, failure: TaskFailure) -> None:
        """Refused (the time is taken, iCloud said no, it changed on the phone): the
        sentence is shown, and the week shows the appointment where it still is."""
        pending, self._pending_move = self._pending_move, None
        if isinstance(failure.error, BookingUnconfirmed):
            self._restart_recheck()
        if isinstance(failure.error, StaleData) and pending is not None:
            question = "\n".join(["The schedule may be out of date:",
                                  *stale_lines(failure.error.stale, self.tz), "",
                                  "Time that looks free there may not be free. Move anyway?"])
            if self.ask("Move anyway?", question):
                self.move_appointment(*pending, allow_stale=True)
                return
            failure = TaskFailure("Not moved: the schedule may be out of date. Sync again, "
                                  "then try once more.", failure.error)
        self.reload_schedule()
        self._on_cancel_failed(failure)

    @Slot(object)
    def _on_move_succeeded(self, result: object) -> None:
        self.statusBar().showMessage(f"Appointment moved; {self._servers()} has the new time.",
                                     8000)
        self.reload_schedule(conflicts=True, then=lambda: self.booking_done.emit(result))

    def cancel_appointment(self, item: ScheduleItem) -> Task | None:
        """After a confirmation, cancel an appointment (deleted from iCloud too)."""
        if item.ref_id is None:
            return None
        if not self.ask("Cancel appointment?",
                        f"Cancel “{item_title(item)}” on {describe_when(item, self.tz)}? "
                        f"It is removed from its calendar in {self._servers()} too."):
            return None
        desk, sub, ref = self.desk, self.sub, item.ref_id
        task = self._run(lambda: desk.cancel(sub, ref), "cancel")
        # Said in the status bar, over whatever it said before (issue 21 item 10).
        self._cancelling = f"\u201c{item_title(item)}\u201d on {describe_when(item, self.tz)}"
        task.succeeded.connect(self._on_cancel_succeeded)
        task.failed.connect(self._on_cancel_failed)
        return task

    def remove_blocked_slot(self, item: ScheduleItem, *, every_day: bool = False) -> bool:
        """After a confirmation, remove a blocked slot so its time can be booked again:
        of a repeating one, just the item's day, or with `every_day` all of it.

        A blocked slot lives in the local store only (nothing reaches iCloud or the
        keychain), so this runs here rather than on a worker. True when it was removed."""
        if item.ref_id is None:
            return False
        only = item.start.astimezone(self.tz).date() if item.repeat and not every_day else None
        if only is not None:
            question = (f"Remove “{item_title(item)}” on {describe_when(item, self.tz)} only? "
                        f"It still blocks {item.repeat} on the other days.")
        elif item.repeat:
            question = (f"Remove “{item_title(item)}” on every day it repeats ({item.repeat})? "
                        "Those times can then be booked again.")
        else:
            question = (f"Remove “{item_title(item)}” on {describe_when(item, self.tz)}? "
                        "That time can then be booked again.")
        if not self.ask("Remove blocked slot?", question):
            return False
        try:
            done = self.desk.unblock(self.sub, item.ref_id, only=only)
        except JumpadeskError as exc:
            self.reload_schedule()
            self._on_cancel_failed(TaskFailure(str(exc), exc))
            return False
        self.statusBar().showMessage(
            done.sentence(item.ref_id) if only is not None else "Blocked slot removed.", 8000)
        self.reload_schedule(then=lambda: self.booking_done.emit(item))
        return True

    @Slot(object)
    def _on_cancel_succeeded(self, result: object) -> None:
        self.statusBar().showMessage(f"Cancelled {self._cancelling}.", 8000)
        self._on_booking_succeeded(result)

    @Slot(object)
    def _on_cancel_failed(self, failure: TaskFailure) -> None:
        self.booking_failed.emit(failure.sentence)
        self._on_task_failed_message(failure)

    # -- booking ---------------------------------------------------------------------

    def open_find_time(self) -> FindTimeDialog:
        """Find a Time (ui/find_time.py): a chosen start opens the booking form."""
        return open_find_time(self, self._clock, self)

    def open_print_day(self, paper: Paper) -> DayPrintDialog:
        """Print Day or Save Day as PDF (ui/print_day.py) for the shown day."""
        return open_print_day(self, self._clock, paper, self,
                              lambda sentence: self.statusBar().showMessage(sentence, 15_000))

    def selected_day(self) -> date | None:
        """The day of the selected time, or of the block with the focus, if any."""
        view = self.week_view.view
        span = view.selection()
        item = view.focused_item()
        moment = span[0] if span is not None else item.start if item is not None else None
        return moment.astimezone(self.tz).date() if moment is not None else None

    def open_booking(self, start: datetime, end: datetime) -> BookingDialog:
        """The booking dialog for a dragged slot; its answer goes to `submit_booking`."""
        dialog = BookingDialog(start, end, self.tz, parent=self)
        dialog.submitted.connect(self._on_booking_dialog_submitted)
        dialog.error_action_requested.connect(self._on_booking_dialog_error_action_requested)
        self.booking_dialog = dialog
        dialog.open()
        return dialog

    @Slot(BookingRequest)
    def _on_booking_dialog_submitted(self, request: BookingRequest) -> None:
        if not self._confirm_when(request):
            self._set_booking_busy(False)
            return
        self.submit_booking(request)

    def _outside_hours(self, request: BookingRequest) -> str:
        """The opening hours an appointment falls outside, in words ("Tuesday 09:00 –
        18:00"); "" when inside them, or for a blocked slot (blocking closed time is
        harmless)."""
        if request.is_block or not closed_between(self.opening_hours, request.start,
                                                  request.end, self.tz):
            return ""
        # Ending at midnight ends that day, not the next.
        last = (request.end - timedelta(microseconds=1)).astimezone(self.tz)
        days = sorted({request.start.astimezone(self.tz).weekday(), last.weekday()})
        return "; ".join(describe_day(self.opening_hours, d, uses_am_pm()) for d in days)

    def _confirm_when(self, request: BookingRequest) -> bool:
        """A time already begun or over (a walk-in booked late is fine; a slip of the
        week arrows is not), or an appointment outside the opening hours, is booked only
        after a question: one, naming both when both are so (issue 21 item 10)."""
        now = self._clock()
        verb = "Block" if request.is_block else "Book"
        state = ("" if request.start >= now
                 else "has passed" if request.end <= now else "has already begun")
        hours = self._outside_hours(request)
        if state and hours:
            return self.ask(f"{verb} a past time outside opening hours?",
                            f"That time {state}, and it is outside opening hours ({hours}). "
                            f"{verb} it anyway?")
        if state:
            return self.ask(f"{verb} a past time?", f"That time {state}. {verb} it anyway?")
        if hours:
            return self.ask("Book outside opening hours?",
                            f"That is outside opening hours ({hours}). Book anyway?")
        return True

    @Slot()
    def _on_booking_dialog_error_action_requested(self) -> None:
        """The button offered with "no calendar takes bookings yet": the calendar choice,
        over the booking dialog (which keeps its input), or the walkthrough."""
        if self.desk.connections(self.sub):
            self.edit_calendars(parent=self.booking_dialog)
            return
        if self.booking_dialog is not None:
            self.booking_dialog.reject()
            self.booking_dialog = None
        self.open_wizard(self._prefill)

    def submit_booking(self, request: BookingRequest, *, allow_stale: bool = False) -> Task:
        """Book an appointment or block a slot off the GUI thread.

        SlotTaken and other refusals show their sentence in the booking dialog;
        StaleData asks "book anyway?" and tries again with allow_stale=True."""
        desk, sub = self.desk, self.sub
        call: Callable[[], Appointment | BlockedSlot]
        if request.kind == "block":
            def call() -> BlockedSlot:
                return desk.block(sub, request.start, request.end, request.title,
                                  request.repeat)
        else:
            def call() -> Appointment:
                return desk.book(sub, request.start, request.end, request.title,
                                 request.name, request.email, request.phone,
                                 allow_stale=allow_stale)
        self._set_booking_busy(True)
        task = self._run(call, "book")
        task.succeeded.connect(self._on_booking_succeeded)
        task.failed.connect(self._on_booking_failed)
        self._pending_booking = request
        return task

    @Slot(object)
    def _on_booking_succeeded(self, result: object) -> None:
        self._set_booking_busy(False)
        if self.booking_dialog is not None:
            self.booking_dialog.accept()
            self.booking_dialog = None
        self.week_view.view.clear_selection()  # booked: not "overlaps busy time" on itself
        self.reload_schedule(conflicts=True, then=lambda: self.booking_done.emit(result))

    @Slot(object)
    def _on_booking_failed(self, failure: TaskFailure) -> None:
        self._set_booking_busy(False)
        error = failure.error
        if isinstance(error, BookingUnconfirmed):
            self._on_booking_unconfirmed(error)
            return
        if isinstance(error, NoLinkedCalendar):
            self._on_no_linked_calendar()
            return
        if isinstance(error, StaleData):
            request = self._pending_booking
            question = stale_question(error.stale, self.tz, uses_am_pm())
            if request is not None and self.ask("Book anyway?", question):
                self.submit_booking(request, allow_stale=True)
                return
            failure = TaskFailure("Not booked: the schedule may be out of date. Sync "
                                  "again, then try once more.", failure.error)
        if self.booking_dialog is not None:
            self.booking_dialog.show_error(failure.sentence)
            if isinstance(error, SlotTaken):
                self.booking_dialog.show_free_starts(error.free_starts)
        else:
            self.statusBar().showMessage(failure.sentence, 30_000)
        self.reload_schedule()
        self.booking_failed.emit(failure.sentence)

    def _on_booking_unconfirmed(self, error: BookingUnconfirmed) -> None:
        """Booked, but iCloud's answer never came: an outcome, not a failure. The
        booking is kept and blocks; the dialog closes and the window says what follows."""
        request = self._pending_booking
        if self.booking_dialog is not None:
            self.booking_dialog.accept()
            self.booking_dialog = None
        self.week_view.view.clear_selection()
        try:
            appointment: Appointment | None = self.desk.appointment(
                self.sub, error.appointment_id)
            calendars = self.desk.calendars(self.sub)
        except JumpadeskError:
            appointment, calendars = None, []
        where = next((c.name for c in calendars if appointment is not None
                      and c.id == appointment.calendar_id), "the linked calendar")
        service = self._servers()
        title = request.title if request is not None else "The appointment"
        sentence = (f"\u201c{title}\u201d is booked and its time is kept, but {service} has "
                    f"not confirmed it yet: it was sent, and {service}'s answer was lost. "
                    f"jumpadesk asks again in a moment and at every sync, and writes it to "
                    f"{where}, never twice; until then it shows as not yet in {service}.")
        self._restart_recheck()
        self.statusBar().showMessage(sentence, 120_000)
        box = message_box(QMessageBox.Icon.Information, f"Booked, not yet in {service}",
                          sentence, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_unconfirmed_notice_finished)
        box.open()
        self.unconfirmed_notice = box
        self.reload_schedule(conflicts=True, then=lambda: self.booking_done.emit(appointment))

    def _servers(self) -> str:
        """The server of this sub-account's accounts, by name (sync/servers.service_name):
        "iCloud", "Fastmail", "127.0.0.1"; "the calendar server" for none or several."""
        try:
            names = {connection_service(c) for c in self.desk.connections(self.sub)}
        except JumpadeskError:
            names = set()
        return names.pop() if len(names) == 1 else "the calendar server"

    def _restart_recheck(self) -> None:
        self._recheck_delay_ms = self.recheck_first_ms
        self.recheck_soon(self.recheck_first_ms)

    @Slot(int)
    def _on_unconfirmed_notice_finished(self, _result: int) -> None:
        self.unconfirmed_notice = None

    def _on_no_linked_calendar(self) -> None:
        """No calendar takes this sub-account's bookings yet: said in the window's words,
        with a button to choose one (or to connect iCloud, when nothing is)."""
        if self.desk.connections(self.sub):
            sentence = (f"Not booked: no calendar is chosen yet to take {self.sub_name}'s "
                        "bookings. Choose one, then press Book again.")
            action = "Choose calendar\u2026"
        else:
            sentence = (f"Not booked: {self.sub_name} has no iCloud calendar to write "
                        "bookings to yet. Connect one, then book again.")
            action = "Connect iCloud\u2026"
        if self.booking_dialog is not None:
            self.booking_dialog.show_error(sentence, action)
        else:
            self.statusBar().showMessage(sentence, 30_000)
        self.booking_failed.emit(sentence)

    def _set_booking_busy(self, busy: bool) -> None:
        if self.booking_dialog is not None:
            self.booking_dialog.set_busy(busy)

    # -- helpers ---------------------------------------------------------------------

    def _run(self, fn: Callable[[], Any], label: str) -> Task:
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


def sync_status_text(connections: list[ConnectionInfo], tz: ZoneInfo) -> str:
    """The status bar's last sync per account."""
    if not connections:
        return "No calendar account connected"
    parts = []
    for c in connections:
        when = describe_moment(c.last_sync_at, tz, am_pm=uses_am_pm())
        if c.state in (ConnectionState.OK, ConnectionState.NEW):
            parts.append(f"{c.apple_id}: synced {when}")
        else:
            phrase = state_phrase(c.state, connection_service(c))
            parts.append(f"{c.apple_id}: {phrase} (last synced {when})")
    return " · ".join(parts)
