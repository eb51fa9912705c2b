"""The main window: the week of one sub-account, its connections, and sync.

Two pages in a stack: Schedule (the week view) and Calendar Settings (a Connections
tab). A sub-account switcher sits in the tool bar; the status bar shows the last sync
of each account and a progress bar while a pass runs. The week shown is read off the GUI
thread, at one moment (Desk.week_snapshot), and handed to the week view whole; every other
Desk call, read or write, runs on a worker thread too (ui/tasks), never on the GUI thread.

The window builds its pages and hands the rest to its controllers: the shown week, its
services and opening hours (ui/window_week), the actions, menus and tool bar
(ui/window_menus), booking (ui/window_booking), the accounts (ui/window_connections), the
double bookings ahead (ui/window_conflicts), the sync status (ui/window_sync), the other
desks (ui/window_live) and the rechecks of unconfirmed bookings (ui/window_recheck).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.hours import OpeningHours
from jumpadesk.rows import SubAccountRow, SubKey
from jumpadesk.services.offered import Offered, offered_by
from jumpadesk.ui.desk_on_the_way import DeskOnTheWay, send_for_desk
from jumpadesk.ui.plain import ask, message_box, plain_label, plain_title
from jumpadesk.ui.tasks import Task, TaskFailure, run_task
from jumpadesk.ui.translation import translate
from jumpadesk.ui.week_layout import local_midnight, monday_of
from jumpadesk.ui.week_paint import Clock, utc_now
from jumpadesk.ui.week_panel import WeekPanel
from jumpadesk.ui.window_conflicts import ConflictWatch
from jumpadesk.ui.window_week import ShownWeek, WeekSource
from jumpadesk.week import WeekSnapshot
from jumpadesk.wording import join_names

if TYPE_CHECKING:  # types only: these load the ORM, which the first week does without
    from jumpadesk.service import Desk
    from jumpadesk.services.connections_view import ConnectionsSnapshot
    from jumpadesk.services.staff import NewStaff
    from jumpadesk.ui.booking_dialog import BookingDialog
    from jumpadesk.ui.calendar_picker import CalendarPickerDialog
    from jumpadesk.ui.connections_page import ConnectionsPage
    from jumpadesk.ui.event_details import EventDetails
    from jumpadesk.ui.live_store import LiveStore
    from jumpadesk.ui.sub_accounts import SubAccountSwitcher
    from jumpadesk.ui.sync_worker import SyncScheduler
    from jumpadesk.ui.window_booking import BookingController
    from jumpadesk.ui.window_connections import ConnectionsController, Then
    from jumpadesk.ui.window_edit import EditController
    from jumpadesk.ui.window_live import LiveFollower
    from jumpadesk.ui.window_menus import WindowMenus
    from jumpadesk.ui.window_recheck import Rechecks
    from jumpadesk.ui.window_undo import UndoController
    from jumpadesk.ui.window_views import ScheduleViews
    from jumpadesk.ui.wizard import ConnectWizard, Prefill, UrlOpener

log = logging.getLogger("jumpadesk.ui.main")

Ask = Callable[[str, str], bool]


def _ask_with_message_box(parent: QWidget) -> Ask:
    def ask_parent(title: str, text: str) -> bool:
        return ask(parent, title, text)  # the question often quotes a title: plain text
    return ask_parent


def _title(window: MainWindow) -> str:
    demo = translate("main_window", " (Demo)") if window.demo else ""
    return plain_title(f"{window.sub_name} – jumpadesk{demo}")


class MainWindow(QMainWindow):
    """The desk: the week of the chosen sub-account, its connections and sync.

    `ask(title, text) -> bool` confirms destructive or risky steps (a message box by
    default; tests hand in their own). `open_url` opens web pages (QDesktopServices by
    default). `clock()` is now, aware (the computer's clock by default; tests fix it).
    With `auto_sync=False` nothing syncs until `sync_now()` (tests). With `demo=True` the
    window is the built-in demo's: "(Demo)" in its title, a "Demo" label in the tool bar
    and a "Connect your own iCloud…" button there and in the Calendars menu, which opens
    the walkthrough for a real account (`menus.connect_own_action`).

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
    # Made once the Desk is here (attach_desk, _build_pages), which refer to each other's.
    desk: Desk
    sync: SyncScheduler
    live: LiveStore
    follower: LiveFollower
    rechecks: Rechecks
    connections_page: ConnectionsPage
    settings_tabs: QTabWidget
    accounts: ConnectionsController
    switcher: SubAccountSwitcher
    menus: WindowMenus
    views: ScheduleViews
    booking: BookingController
    edits: EditController
    undo: UndoController

    def __init__(self, desk: Desk | DeskOnTheWay, *,
                 sub_account: SubAccountRow | SubKey | None = None,
                 prefill: Prefill | None = None, open_url: UrlOpener | None = None,
                 ask: Ask | None = None, auto_sync: bool = True,
                 clock: Clock | None = None, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        """On a Desk, the whole window at once. On a DeskOnTheWay (ui/desk_on_the_way.py),
        the week first, read through the plain reader; the rest once the Desk is here
        (attach_desk), built on a worker after that week shows."""
        super().__init__(parent)
        self.demo = demo
        self.prefill = prefill
        self.ask: Ask = ask or _ask_with_message_box(self)
        self._open_url = open_url or QDesktopServices.openUrl
        self._auto_sync = auto_sync
        self.clock: Clock = clock or utc_now
        self._shut_down = False
        self._tasks: set[Task] = set()
        # The Desk on its way (None once here), and whether start() waits for it.
        self._coming = desk if isinstance(desk, DeskOnTheWay) else None
        self._start_asked = False
        self.week_source: WeekSource = desk
        # The sub-account on screen, by reference: found by id, so a rename at another
        # desk keeps it (under its new name); never made by showing it. The launcher
        # resolves a name before the window exists (a name given here is resolved here,
        # once, before the window is up).
        self.sub: SubAccountRow = (sub_account if isinstance(sub_account, SubAccountRow)
                                   else desk.sub if isinstance(desk, DeskOnTheWay)
                                   else desk.sub_account_ref(sub_account))
        self.tz = ZoneInfo(self.sub.timezone)
        self.week_monday = monday_of(self.clock().astimezone(self.tz).date())
        self.resize(1180, 780)
        # The double bookings ahead, told once each.
        self.conflicts = ConflictWatch(self, self.statusBar().showMessage, lambda: self.tz,
                                       lambda: self.sub.id)
        self.conflicts.announced.connect(self.conflict_announced)
        self.week_view = WeekPanel(tz=self.tz, monday=self.week_monday, show_details=False,
                                   clock=self.clock)
        # The week read, its services and opening hours: their own controller.
        self.shown_week = ShownWeek(
            self, self, lambda: "" if self._coming else self.follower.out_of_reach)
        self.shown_week.reloaded.connect(self.schedule_reloaded)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.week_view)
        self.setCentralWidget(self.pages)

        # The cached week, at once: no network before the window is up.
        self.week_view.set_timezone(self.tz)
        self.week_view.set_week(self.week_monday)
        if isinstance(desk, DeskOnTheWay):
            self.setWindowTitle(_title(self))
            self.reload_schedule(then=lambda: send_for_desk(self, desk))
        else:
            self.attach_desk(desk)

    def attach_desk(self, desk: Desk) -> None:
        """The Desk, here: the controllers, menus and pages built around it, and everything
        read again through it (a window shut meanwhile takes nothing)."""
        if self._shut_down:
            return
        # Imported here, for speed: they load the ORM, which the first week does without.
        from jumpadesk.ui.live_store import LiveStore
        from jumpadesk.ui.sub_accounts import SubAccountSwitcher
        from jumpadesk.ui.sync_worker import SyncScheduler
        from jumpadesk.ui.window_connections import ConnectionsController
        from jumpadesk.ui.window_live import LiveFollower
        from jumpadesk.ui.window_menus import WindowMenus
        from jumpadesk.ui.window_recheck import Rechecks
        from jumpadesk.ui.window_undo import UndoController
        from jumpadesk.ui.window_views import ScheduleViews

        self.desk = desk
        self.week_source = desk
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
            lambda connections, tz: self.menus.sync_status_shown.show_accounts(connections, tz),
            self._open_url)
        self.accounts.reloaded.connect(self.connections_reloaded)
        self.switcher = SubAccountSwitcher(self.desk, self.sub)
        self.switcher.current_changed.connect(self._on_switcher_current_changed)
        self.switcher.current_renamed.connect(self._on_switcher_current_renamed)
        self.switcher.timezone_changed.connect(self._on_switcher_timezone_changed)
        self.switcher.added.connect(self._on_switcher_added)
        self.menus = WindowMenus(self, self)
        # Day, Week and Team, and Go to Date: their own controller.
        self.views = ScheduleViews(self, self)
        self.menus.add_views(list(self.views.actions.values()), self.views.go_to_date_action)
        self.schedule_reloaded.connect(self.views.schedule_reloaded)
        self.undo = UndoController(self, self, _steps_done(self))
        self._coming = None
        self.reload()
        if self._start_asked:
            self.start()

    def _build_pages(self) -> None:
        """Booking in the week, and Calendar Settings."""
        from jumpadesk.ui.connections_page import ConnectionsPage  # for speed: attach_desk
        from jumpadesk.ui.window_booking import BookingController
        from jumpadesk.ui.window_edit import EditController

        # Booking, moving, cancelling and removing: their own controller.
        self.booking = BookingController(self, parent=self)
        self.booking.done.connect(self.booking_done)
        self.booking.failed.connect(self.booking_failed)
        self.week_view.item_activated.connect(self.booking.show_details)
        self.week_view.slot_selected.connect(self.booking.open_booking)
        self.week_view.delete_requested.connect(self.booking.delete)
        self.week_view.move_requested.connect(self.booking.move_appointment)
        # Edit… from the details; what it and booking do, Edit > Undo undoes (attach_desk).
        self.edits = EditController(self, parent=self)
        self.booking.edit_requested.connect(self.edits.open_edit)

        self.connections_page = ConnectionsPage()
        self.settings_tabs = QTabWidget()
        self.settings_tabs.setDocumentMode(True)
        self.settings_tabs.addTab(self.connections_page, translate("main_window", "Connections"))
        settings = QWidget()
        settings_layout = QVBoxLayout(settings)
        settings_layout.setContentsMargins(0, 8, 0, 0)
        title = plain_label(translate("main_window", "Calendar Settings"))
        title.setStyleSheet("font-size: 18px; font-weight: 600; padding: 4px 16px;")
        settings_layout.addWidget(title)
        settings_layout.addWidget(self.settings_tabs, 1)
        self.pages.addWidget(settings)

    # -- life ------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """After the window is shown: first sync, the timer, and the walkthrough when
        this sub-account has no connection yet (once the Desk is here)."""
        if self._coming is not None:
            self._start_asked = True
            return
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
        if self._coming is not None:  # nothing else is built yet
            self._coming.close()
            return
        if self.accounts.wizard is not None:
            self.accounts.wizard.connect_page.cancel_connect()
        self.live.stop()
        self.rechecks.stop()
        self.sync.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.shutdown()
        super().closeEvent(event)

    @property
    def is_shut_down(self) -> bool:
        return self._shut_down

    @property
    def sub_name(self) -> str:
        """The name of the sub-account on screen, as it is called now."""
        return self.sub.name

    @property
    def working(self) -> bool:
        """True while a Desk call the window (or its switcher) started runs on a worker
        (a sync pass aside: see `sync.running`)."""
        return any(t.running for t in self._tasks) or (
            self._coming is None and self.switcher.reading)

    def run_call(self, fn: Callable[[], Any], label: str) -> Task:
        """Run a Desk call on a worker (ui/tasks), counted while it runs (`working`)."""
        task = run_task(fn, label=label)
        self._tasks.add(task)
        task.ended.connect(self._on_task_ended)
        return task

    @Slot()
    def _on_task_ended(self) -> None:
        self._tasks = {t for t in self._tasks if t.running}

    @Slot(object)
    def warn(self, failure: TaskFailure) -> None:
        """A failure's sentence in the status bar and a message box that does not hold
        up the window."""
        self.statusBar().showMessage(failure.sentence, 30_000)
        box = message_box(QMessageBox.Icon.Warning, "jumpadesk", failure.sentence,
                          parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window keeps running while it is shown

    # -- pages -----------------------------------------------------------------------

    @Slot()
    def show_schedule(self) -> None:
        self.menus.schedule_action.setChecked(True)
        self.pages.setCurrentIndex(self.PAGE_SCHEDULE)
        self.views.schedule_shown()

    @Slot()
    def show_settings(self) -> None:
        self.menus.settings_action.setChecked(True)
        self.pages.setCurrentIndex(self.PAGE_SETTINGS)
        self.settings_tabs.setCurrentWidget(self.connections_page)

    # -- reading the store (ui/window_week.ShownWeek) -----------------------------------

    def reload(self, then: Callable[[ConnectionsSnapshot], None] | None = None) -> None:
        """Read the shown week, the connections and the services afresh, off the GUI
        thread (`then`: see ConnectionsController.reload)."""
        self.setWindowTitle(_title(self))
        self.reload_schedule(conflicts=True, announce=True)
        self.accounts.reload(then)
        self.shown_week.read_services()

    def reload_schedule(self, *, conflicts: bool = False, announce: bool = False,
                        then: Callable[[], None] | None = None) -> None:
        """Read the shown week off the GUI thread (ShownWeek.reload)."""
        self.shown_week.reload(conflicts=conflicts, announce=announce, then=then)

    def read_services(self) -> None:
        self.shown_week.read_services()

    def show_week(self, day: date) -> None:
        """Show the week containing `day`, read from the store."""
        self.shown_week.show_week(day)

    def week_span(self) -> tuple[datetime, datetime]:
        start = local_midnight(self.week_monday, self.tz)
        return start, local_midnight(self.week_monday + timedelta(days=7), self.tz)

    @property
    def schedule_pending(self) -> bool:
        """True while the shown week is being read (it shows when the read arrives)."""
        return self.shown_week.pending

    @property
    def week(self) -> WeekSnapshot | None:
        """The shown week as last read (None: being read for another sub-account)."""
        return self.shown_week.snapshot

    @property
    def opening_hours(self) -> OpeningHours:
        return self.shown_week.opening_hours

    @property
    def services(self) -> tuple[Offered, ...]:
        """The services the staff member on screen offers (the booking and edit forms')."""
        return tuple(offered_by(self.shown_week.services, self.sub.name))

    def selected_day(self) -> date | None:
        """The day of the selected time, or of the block with the focus, if any."""
        view = self.week_view.view
        span = view.selection()
        item = view.focused_item()
        moment = span[0] if span is not None else item.start if item is not None else None
        return moment.astimezone(self.tz).date() if moment is not None else None

    def clear_selection(self) -> None:
        """Forget the time chosen in the week view (booked, or another sub-account's)."""
        self.week_view.view.clear_selection()

    # -- sync and rechecks -------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a pass unless one is running (then one more follows it)."""
        return self.sync.sync_now(again_if_running=True)

    def restart_recheck(self) -> None:
        self.rechecks.restart()

    # -- sub-accounts ----------------------------------------------------------------

    def _show_sub_account(self, sub: SubAccountRow, then: Callable[[ConnectionsSnapshot],
                                                                    None] | None = None) -> None:
        if sub.id != self.sub.id:  # another sub-account's time is not chosen here
            self.week_view.view.clear_selection()
        self.shown_week.sub_account_changed(sub)
        self.sub = sub
        self.tz = ZoneInfo(sub.timezone)
        self.week_view.set_timezone(self.tz)
        self.reload(then)

    @Slot(object)
    def _on_switcher_current_changed(self, sub: SubAccountRow) -> None:
        def settings_when_nothing_connected(connections: ConnectionsSnapshot) -> None:
            if not connections.connected and connections.sub_account.id == self.sub.id:
                self.show_settings()

        self._show_sub_account(sub, then=settings_when_nothing_connected)

    @Slot(object)
    def _on_switcher_added(self, made: NewStaff) -> None:
        """A staff member just added with accounts already connected here: bookable at
        once when a calendar takes the bookings, else the calendar picker asks which."""
        if not made.accounts:
            return
        if made.linked is None:
            self.accounts.choose_calendars(made.sub)
            return
        blocking = [c.name for c in made.calendars if c.conflict]
        self.statusBar().showMessage(
            translate("main_window", "{name} uses {accounts} with no password asked again: "
                      "bookings go to {calendar}, and busy time in {calendars} blocks them.")
            .format(name=made.sub.name, accounts=join_names([a.apple_id for a in made.accounts]),
                    calendar=made.linked.name, calendars=join_names(blocking)), 15_000)

    @Slot(object)
    def _on_switcher_current_renamed(self, sub: SubAccountRow) -> None:
        self._show_sub_account(sub)

    @Slot(object)
    def _on_switcher_timezone_changed(self, sub: SubAccountRow) -> None:
        if sub.id != self.sub.id:
            return
        self._show_sub_account(sub)
        self.statusBar().showMessage(
            translate("main_window", "{name} now shows and books times in {zone}.").format(
                name=sub.name, zone=self.tz.key.replace('_', ' ')), 8000)

    # -- connections (ui/window_connections.ConnectionsController), as booking needs them -

    @property
    def connections(self) -> ConnectionsSnapshot:
        """The shown sub-account's accounts and calendars, as last read."""
        return self.accounts.connections

    def reload_connections(self, then: Then | None = None) -> None:
        self.accounts.reload(then)

    def open_wizard(self, prefill: Prefill | None = None) -> ConnectWizard:
        return self.accounts.open_wizard(prefill)

    def edit_calendars(self, parent: QWidget | None = None, *,
                       new_connection_id: int | None = None) -> CalendarPickerDialog:
        return self.accounts.edit_calendars(parent, new_connection_id=new_connection_id)

    def servers(self) -> str:
        """The server of this sub-account's accounts, by name, from the connections as
        last read: "iCloud", "Fastmail", "127.0.0.1"; "the calendar server" for none,
        several, or before the read is in."""
        return self.accounts.servers()

    # -- booking (ui/window_booking.BookingController), as Find a Time reaches it --------

    @property
    def booking_dialog(self) -> BookingDialog | None:
        return self.booking.booking_dialog

    @property
    def details_dialog(self) -> EventDetails | None:
        return self.booking.details_dialog

    def open_booking(self, start: datetime, end: datetime) -> BookingDialog:
        return self.booking.open_booking(start, end)


def _steps_done(window: MainWindow) -> tuple[SignalInstance, ...]:
    """What Edit > Undo undoes: cancels and moves, edits, and appointments given to
    another staff member in the team's day."""
    return (window.booking.undoable, window.edits.undoable, window.views.team.undoable)
