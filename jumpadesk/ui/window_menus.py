"""The main window's actions, menus, tool bar and status bar widgets, and the small
windows its menus open: Find a Time, Services…, Print Day and Save Day as PDF, Share This
Schedule with Other Desks, Help > Keyboard Shortcuts and About.

`WindowMenus` builds them for a `MenuHost` (the main window): what each action asks of
the window (the pages, the accounts, the switcher, the opening hours) is the window's or
its controllers'; nothing here calls the store.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from jumpadesk import __version__
from jumpadesk.logs import current_log_file
from jumpadesk.ui.appearance import AppearanceMenu
from jumpadesk.ui.client_list import ClientListDialog, open_clients
from jumpadesk.ui.find_time import BookingWindow, FindTimeDialog, open_find_time
from jumpadesk.ui.language_menu import LanguageMenu
from jumpadesk.ui.plain import plain_label
from jumpadesk.ui.print_day import DayPrintDialog, Paper, PrintWindow, open_print_day
from jumpadesk.ui.services_dialog import ServicesDialog, open_services
from jumpadesk.ui.share_page import SharePage
from jumpadesk.ui.shortcuts import ShortcutsDialog
from jumpadesk.ui.sync_worker import SyncScheduler
from jumpadesk.ui.translation import translate
from jumpadesk.ui.window_connections import ConnectionsController
from jumpadesk.ui.window_sync import SyncStatus
from jumpadesk.ui.window_week import ShownWeek


class MenuHost(BookingWindow, PrintWindow, Protocol):
    """What the menus need of the window they are built for."""

    demo: bool
    accounts: ConnectionsController
    sync: SyncScheduler
    shown_week: ShownWeek

    def clock(self) -> datetime: ...
    def show_schedule(self) -> None: ...
    def show_settings(self) -> None: ...
    def reload(self) -> None: ...
    def servers(self) -> str: ...


class WindowMenus(QObject):
    """The actions of `window` (a QMainWindow that is a MenuHost), in its menus, tool bar
    and status bar; the dialogs they open are kept here while open (tests read them)."""

    def __init__(self, window: QMainWindow, host: MenuHost) -> None:
        super().__init__(window)
        self._window = window
        self._host = host
        self.share_dialog: QDialog | None = None
        self.share_page: SharePage | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self._build_page_actions()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()

    def _action(self, text: str, triggered: Callable[[], object] | None = None,
                shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if triggered is not None:
            action.triggered.connect(lambda _checked=False: triggered())
        return action

    def _build_page_actions(self) -> None:
        """Schedule and Calendar Settings, one of them checked."""
        host = self._host
        self.schedule_action = self._action(translate(
            "window_menus", "Schedule"), host.show_schedule, "Ctrl+1")
        self.schedule_action.setCheckable(True)
        self.schedule_action.setChecked(True)
        self.settings_action = self._action(translate(
            "window_menus", "Calendar Settings"), host.show_settings, "Ctrl+2")
        self.settings_action.setCheckable(True)
        group = QActionGroup(self._window)
        group.addAction(self.schedule_action)
        group.addAction(self.settings_action)

    def _build_actions(self) -> None:
        """The rest, in their order on screen."""
        host, window = self._host, self._window
        self.sync_action = self._action(translate("window_menus", "Sync Now"), None,
                                        QKeySequence(QKeySequence.StandardKey.Refresh))
        self.sync_action.setToolTip(translate(
            "window_menus", "Fetch changes from your calendars now"))
        self.connect_own_action = self._action(translate(
            "window_menus", "Connect your own iCloud…"),
                                               host.accounts.connect_own)
        self.connect_own_action.setIconText(translate(
            "window_menus", "Your iCloud…"))  # the tool bar's, kept short
        self.connect_own_action.setToolTip(
            translate("window_menus", "Walk through connecting your own iCloud calendars. In the "
                "demo they are kept "
            "only until you quit; start jumpadesk without --demo to keep them."))
        self.add_icloud_action = self._action(translate(
            "window_menus", "Add iCloud Calendar…"), host.accounts.add_icloud)
        self.add_other_action = self._action(translate("window_menus", "Add Other CalDAV Account…"),
                                             host.accounts.open_other_server)
        self.opening_hours_action = self._action(translate("window_menus", "Opening Hours…"),
                                                 host.shown_week.open_opening_hours)
        self.quit_action = self._action(translate("window_menus", "Quit"), window.close,
                                        QKeySequence(QKeySequence.StandardKey.Quit))
        self.share_action = self._action(translate(
            "window_menus", "Share This Schedule with Other Desks…"),
                                         self.open_share_page)
        self.find_time_action = self._action(translate(
            "window_menus", "Find a Time\u2026"), self.open_find_time, "Ctrl+F")
        self.services_action = self._action(translate(
            "window_menus", "Services\u2026"), self.open_services)
        self.clients_action = self._action(translate(
            "window_menus", "Clients\u2026"), self.open_clients, "Ctrl+K")
        # The day on paper (ui/print_day.py, issue 20 item 7).
        self.print_day_action = self._action(
            translate("window_menus", "Print Day\u2026"),
            lambda: self.open_print_day(Paper.PRINTER),
            QKeySequence(QKeySequence.StandardKey.Print))
        self.save_day_action = self._action(translate("window_menus", "Save Day as PDF\u2026"),
                                            lambda: self.open_print_day(Paper.PDF))
        self.shortcuts_action = self._action(
            translate("window_menus", "Keyboard Shortcuts"), self.open_shortcuts,
            QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.about_action = self._action(translate(
            "window_menus", "About jumpadesk"), self._on_about_triggered)
        host.switcher.menu_button.menu().addAction(self.opening_hours_action)

    def _build_menus(self) -> None:
        menus = self._window.menuBar()
        file_menu = menus.addMenu(translate("window_menus", "&File"))
        file_menu.addAction(self.print_day_action)
        file_menu.addAction(self.save_day_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        calendars = menus.addMenu(translate("window_menus", "&Calendars"))
        for action in (self.schedule_action, self.settings_action, self.find_time_action,
                       self.services_action, self.clients_action):
            calendars.addAction(action)
        calendars.addSeparator()
        if self._host.demo:
            calendars.addAction(self.connect_own_action)
        for action in (self.add_icloud_action, self.add_other_action, self.sync_action):
            calendars.addAction(action)
        calendars.addSeparator()
        calendars.addAction(self.share_action)
        view_menu = menus.addMenu(translate("window_menus", "&View"))
        self.appearance_menu = AppearanceMenu(self._window)  # System, Light, Dark
        view_menu.addMenu(self.appearance_menu)
        self.view_menu = view_menu
        self.language_menu = LanguageMenu(self._window)  # System, English, Deutsch
        view_menu.addMenu(self.language_menu)
        subs = menus.addMenu(translate("window_menus", "&Sub-account"))
        switcher = self._host.switcher
        for action in (switcher.add_action, switcher.rename_action, switcher.timezone_action,
                       self.opening_hours_action):
            subs.addAction(action)
        help_menu = menus.addMenu(translate("window_menus", "&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)
        self.calendars_menu = calendars

    def _build_toolbar(self) -> None:
        bar = QToolBar(translate("window_menus", "Main"))
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        switcher_label = plain_label(translate("window_menus", "Sub-account"))
        switcher_label.setContentsMargins(2, 0, 2, 0)
        bar.addWidget(switcher_label)
        bar.addWidget(self._host.switcher)
        bar.addSeparator()
        bar.addAction(self.schedule_action)
        bar.addAction(self.settings_action)
        # Before the spacer: a narrow window hides the tool bar's last buttons behind »,
        # and Sync Now is not one to hide (issue 21 item 10; 700 px in the demo).
        bar.addAction(self.sync_action)
        self.tool_bar = bar
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        if self._host.demo:
            self._add_demo_badge(bar)
        self._window.addToolBar(bar)

    def add_views(self, views: list[QAction], go_to_date: QAction) -> None:
        """Day, Week and Team on the tool bar (before Sync Now) and atop the View menu,
        with Go to Date (ui/window_views)."""
        first = self.view_menu.actions()[0]  # Appearance
        self.view_menu.insertActions(first, [*views, go_to_date])
        self.view_menu.insertSeparator(first)
        self.tool_bar.insertSeparator(self.sync_action)
        self.tool_bar.insertActions(self.sync_action, views)
        self.tool_bar.insertSeparator(self.sync_action)

    def _add_demo_badge(self, bar: QToolBar) -> None:
        """The demo says so: a "Demo" label and the way to a real account."""
        self.demo_label = plain_label(translate("window_menus", "Demo"))
        self.demo_label.setObjectName("demoLabel")
        self.demo_label.setToolTip(translate(
            "window_menus", "Sample calendars on this computer; nothing is kept "
                                   "after you quit."))
        self.demo_label.setStyleSheet(
            "QLabel#demoLabel { background: #f5a623; color: #1f1f1f; font-weight: 600;"
            " border-radius: 4px; padding: 2px 6px; margin-right: 2px; }")
        bar.addWidget(self.demo_label)
        bar.addAction(self.connect_own_action)

    def _build_status_bar(self) -> None:
        """The last sync of each account, and a progress bar while a pass runs."""
        self.sync_status = plain_label()
        self.sync_status.setObjectName("syncStatus")
        self.sync_progress = QProgressBar()
        self.sync_progress.setMaximumWidth(180)
        self.sync_progress.setMaximumHeight(14)
        self.sync_progress.setTextVisible(False)
        self.sync_progress.hide()
        bar = self._window.statusBar()
        bar.addPermanentWidget(self.sync_progress)
        bar.addPermanentWidget(self.sync_status)
        host = self._host
        self.sync_status_shown = SyncStatus(host.sync, self.sync_action, bar,
                                            self.sync_progress, self.sync_status, host.reload,
                                            host.servers)

    # -- what the menus open ------------------------------------------------------------

    def open_find_time(self) -> FindTimeDialog:
        """Find a Time (ui/find_time.py), asking with every service the business offers:
        a chosen start opens the booking form."""
        return open_find_time(self._host, self._host.clock, self._window,
                              self._host.shown_week.services)

    def open_services(self) -> ServicesDialog:
        """Calendars > Services… (ui/services_dialog.py); once closed, the services are
        read again for the booking form."""
        dialog = open_services(self._host.desk, self._window)
        dialog.finished.connect(lambda _result: self._host.shown_week.read_services())
        return dialog

    def open_clients(self) -> ClientListDialog:
        """Clients… (ui/client_list.py): find a client, open their card."""
        return open_clients(self._host.desk, self._host.clock, self._window)

    def open_print_day(self, paper: Paper) -> DayPrintDialog:
        """Print Day or Save Day as PDF (ui/print_day.py) for the shown day."""
        bar = self._window.statusBar()
        return open_print_day(self._host, self._host.clock, paper, self._window,
                              lambda sentence: bar.showMessage(sentence, 15_000))

    def open_share_page(self) -> QDialog:
        """"Share this schedule with other desks": where the store is, and a PostgreSQL
        store to test, fill and use."""
        dialog = QDialog(self._window)
        dialog.setWindowTitle(translate("window_menus", "Share This Schedule with Other Desks"))
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

    def open_shortcuts(self) -> ShortcutsDialog:
        """Help > Keyboard Shortcuts: every key of the week view (ui/shortcuts.py)."""
        dialog = ShortcutsDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts_dialog = dialog
        return dialog

    @Slot()
    def _on_about_triggered(self) -> None:
        log_file = current_log_file()
        # A windowed app has no terminal: say where its log is.
        log_line = ("<p>" + html.escape(translate("window_menus", "Log: {path}").format(
            path=log_file)) + "</p>") if log_file else ""
        QMessageBox.about(
            self._window, translate("window_menus", "About jumpadesk"),
            f"<b>jumpadesk {__version__}</b><p>"
            + html.escape(translate("window_menus", "Your iCloud calendars in your booking "
                                    "schedule, so nobody is double booked."))
            + f"</p>{log_line}",
        )


__all__ = ["MenuHost", "WindowMenus"]
