"""Calendar Settings > Connections: the calendar accounts of one sub-account, each named
by its server (sync/servers.service_name: iCloud, Fastmail, or the host).

Each connection shows its state, its last good sync and its last error, with Edit
calendars, Disconnect and, when Apple revoked the app-specific password, Reconnect.
"Add New" offers "iCloud Calendar", which opens the connect walkthrough. The page only
shows and asks: the main window does the work (wizard, confirmation, Desk calls).
"""

from __future__ import annotations

import html
from datetime import tzinfo

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jumpadesk.config import DEFAULT_SERVER_URL
from jumpadesk.kinds import ConnectionState
from jumpadesk.service import CalendarInfo, ConnectionInfo, no_usable_calendars
from jumpadesk.sync.servers import service_name
from jumpadesk.ui.calendar_picker import ERROR_COLOR, ColorSwatch
from jumpadesk.ui.colors import readable_on
from jumpadesk.ui.event_details import uses_am_pm
from jumpadesk.ui.plain import plain_label, rich_label
from jumpadesk.ui.translation import QT_TRANSLATE_NOOP, translate
from jumpadesk.wording import describe_moment

# state -> (label, colour of the badge)
STATE_LABELS: dict[str, tuple[str, str]] = {
    "new": (QT_TRANSLATE_NOOP("connections_page", "Not synced yet"), "#6D6D6D"),
    ConnectionState.OK: (QT_TRANSLATE_NOOP("connections_page", "Connected"), "#2E7D32"),
    ConnectionState.AUTH_FAILED: (
        QT_TRANSLATE_NOOP("connections_page", "Password no longer accepted"), ERROR_COLOR),
    ConnectionState.UNREACHABLE: (
        QT_TRANSLATE_NOOP("connections_page", "Cannot reach {service}"), "#B26A00"),
    "error": (QT_TRANSLATE_NOOP("connections_page", "Sync problem"), "#B26A00"),
}


#: The badge of an account that connected but has no calendar jumpadesk can use.
NO_CALENDARS_LABEL = (QT_TRANSLATE_NOOP("connections_page", "No calendars to use"),
                      "#B26A00")


# state -> how the status bar says it after the Apple ID
STATE_PHRASES: dict[str, str] = {
    ConnectionState.AUTH_FAILED: QT_TRANSLATE_NOOP("connections_page",
                                                   "password no longer accepted"),
    ConnectionState.UNREACHABLE: QT_TRANSLATE_NOOP("connections_page",
                                                   "cannot reach {service}"),
    "error": QT_TRANSLATE_NOOP("connections_page", "sync problem"),
}


def state_label(state: str, service: str = "iCloud") -> str:
    """The badge's words for a state; `service` is the server's name (service_name)."""
    label = STATE_LABELS.get(state, (state.replace("_", " ").capitalize(), ""))[0]
    return translate("connections_page", label).replace("{service}", service)


def state_phrase(state: str, service: str = "iCloud") -> str:
    """How the status bar says a state after the account ("cannot reach 127.0.0.1")."""
    phrase = STATE_PHRASES.get(state)
    if phrase is None:
        return state_label(state, service).lower()
    return translate("connections_page", phrase).replace("{service}", service)


def connection_service(info: ConnectionInfo) -> str:
    """The server's name of a connection, in the one function's words."""
    return service_name(info.server_url, info.apple_id)


class ConnectionCard(QFrame):
    """One connection: account, state badge, last sync, error, calendars, actions."""

    def __init__(self, info: ConnectionInfo, calendars: list[CalendarInfo], tz: tzinfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setObjectName("connectionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#connectionCard { border: 1px solid palette(mid); border-radius: 8px;"
            " background: palette(base); }"
        )
        # Connected, but nothing to use (no calendars, only task lists...): said so.
        self.unusable = no_usable_calendars(info.apple_id, info.server_url, calendars)
        header = self._header(info)
        self._build_details(info, tz)
        self._build_calendar_row(calendars)
        actions = self._actions(info)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(header)
        layout.addWidget(self.last_sync)
        layout.addWidget(self.error)
        layout.addWidget(self.calendars)
        layout.addLayout(actions)

    def _header(self, info: ConnectionInfo) -> QHBoxLayout:
        """The account and its state badge."""
        service = connection_service(info)
        color = STATE_LABELS.get(info.state, ("", "#6D6D6D"))[1]
        text = state_label(info.state, service)
        if self.unusable and info.state == ConnectionState.OK:
            text, color = translate("connections_page", NO_CALENDARS_LABEL[0]), \
                NO_CALENDARS_LABEL[1]
        title = rich_label(f"<b>{html.escape(service)}</b> &nbsp;{html.escape(info.apple_id)}")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title = title
        self.state = plain_label(text)
        self.state.setObjectName("stateBadge")
        self.state.setStyleSheet(
            f"color: white; background: {color}; border-radius: 9px; padding: 2px 9px;"
        )
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.state)
        return header

    def _build_details(self, info: ConnectionInfo, tz: tzinfo) -> None:
        """Last good sync, the server when it is not iCloud, the last error."""
        when = describe_moment(info.last_sync_at, tz, am_pm=uses_am_pm())
        details = [translate("connections_page", "Last good sync: {when}").format(when=when)]
        if info.server_url.rstrip("/") != DEFAULT_SERVER_URL.rstrip("/"):
            details.append(translate("connections_page", "Server: {address}").format(
                address=info.server_url))
        self.last_sync = plain_label(" · ".join(details))
        self.error = plain_label(info.last_error)
        self.error.setObjectName("connectionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(
            f"color: {readable_on(ERROR_COLOR, QPalette.ColorRole.Base)};")
        self.error.setVisible(bool(info.last_error) and info.state != ConnectionState.OK)

    def _build_calendar_row(self, calendars: list[CalendarInfo]) -> None:
        """The calendars in use, each with its colour, the linked one marked."""
        self.calendars = QWidget()
        cal_row = QHBoxLayout(self.calendars)
        cal_row.setContentsMargins(0, 0, 0, 0)
        cal_row.setSpacing(6)
        used = [c for c in calendars if c.linked or c.conflict]
        if self.unusable:
            note = plain_label(self.unusable)
            note.setObjectName("noUsableCalendars")
            note.setWordWrap(True)
            cal_row.addWidget(note, 1)
        elif used:
            for cal in used:
                cal_row.addWidget(ColorSwatch(cal.color))
                role = translate("connections_page", " (linked)") if cal.linked else ""
                cal_row.addWidget(plain_label(f"{cal.name}{role}"))
                cal_row.addSpacing(8)
        else:
            cal_row.addWidget(plain_label(translate(
                "connections_page", "No calendar chosen yet: choose them with Edit calendars.")))
        cal_row.addStretch(1)

    def _actions(self, info: ConnectionInfo) -> QHBoxLayout:
        """Reconnect (after a refused password), Edit calendars, Disconnect."""
        self.reconnect_button = QPushButton(translate("connections_page", "Reconnect…"))
        self.reconnect_button.setToolTip(
            translate("connections_page", "Apple cancels app-specific passwords when the Apple ID "
                "password changes. "
            "Make a new one and connect again.")
        )
        self.reconnect_button.setVisible(info.state == ConnectionState.AUTH_FAILED)
        self.edit_button = QPushButton(translate("connections_page", "Edit calendars…"))
        self.disconnect_button = QPushButton(translate("connections_page", "Disconnect…"))
        actions = QHBoxLayout()
        actions.addWidget(self.reconnect_button)
        actions.addWidget(self.edit_button)
        actions.addStretch(1)
        actions.addWidget(self.disconnect_button)
        return actions


class ConnectionsPage(QWidget):
    """The connections of the current sub-account.

    Signals:
        add_requested(): "Add New > iCloud Calendar" was chosen.
        reconnect_requested(object): Reconnect on a ConnectionInfo.
        edit_calendars_requested(object): Edit calendars on a ConnectionInfo.
        disconnect_requested(object): Disconnect on a ConnectionInfo (not yet confirmed).
    """

    add_requested = Signal()
    reconnect_requested = Signal(ConnectionInfo)
    edit_calendars_requested = Signal(ConnectionInfo)
    disconnect_requested = Signal(ConnectionInfo)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards: dict[int, ConnectionCard] = {}
        self.heading = plain_label()
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.add_button = QPushButton(translate("connections_page", "Add New"))
        self.add_menu = QMenu(self.add_button)
        self.add_icloud_action = QAction(translate("connections_page", "iCloud Calendar"), self)
        self.add_icloud_action.setToolTip(translate(
            "connections_page", "Connect an iCloud calendar with an app-specific "
                                          "password"))
        self.add_icloud_action.triggered.connect(self._on_add_icloud_triggered)
        self.add_menu.addAction(self.add_icloud_action)
        self.add_button.setMenu(self.add_menu)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.add_button)

        self.empty = rich_label(
            translate("connections_page", "No iCloud calendar is connected yet. Choose <b>Add New "
                "&gt; iCloud Calendar</b> "
            "to connect one; busy time in your calendars then keeps bookings off those hours.")
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("emptyConnections")
        self.no_linked = plain_label()
        self.no_linked.setObjectName("noLinkedCalendar")
        self.no_linked.setWordWrap(True)
        self.no_linked.setStyleSheet(
            f"font-weight: 600; color: {readable_on(ERROR_COLOR)};")
        self.no_linked.hide()

        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._list)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addLayout(header)
        layout.addWidget(self.empty)
        layout.addWidget(self.no_linked)
        layout.addWidget(scroll, 1)

    def set_connections(self, sub_name: str, connections: list[ConnectionInfo],
                        calendars: list[CalendarInfo], tz: tzinfo) -> None:
        services = sorted({connection_service(c) for c in connections})
        if len(services) == 1:
            heading = translate("connections_page", "{service} connections for {name}").format(
                service=services[0], name=sub_name)
        else:
            heading = translate("connections_page", "Connections for {name}").format(
                name=sub_name)
        self.heading.setText(heading)
        while self._list_layout.count():
            item = self._list_layout.takeAt(0)  # None only past the end, ruled out by count()
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop
                widget.deleteLater()
        self._cards = {}
        for info in connections:
            mine = [c for c in calendars if c.connection_id == info.id]
            card = ConnectionCard(info, mine, tz)
            card.reconnect_button.clicked.connect(self._on_card_button_clicked)
            card.edit_button.clicked.connect(self._on_card_button_clicked)
            card.disconnect_button.clicked.connect(self._on_card_button_clicked)
            self._list_layout.addWidget(card)
            self._cards[info.id] = card
        self._list_layout.addStretch(1)
        self.empty.setVisible(not connections)
        # Connected, but no calendar takes the bookings: said where calendars are chosen.
        self.no_linked.setText(translate(
            "connections_page", "No calendar takes {name}'s bookings yet, so nothing can be "
            "booked. Choose one with Edit calendars.").format(name=sub_name))
        self.no_linked.setVisible(bool(connections) and not any(
            c.linked for c in calendars if c.can_be_linked) and any(
            c.can_be_linked for c in calendars))

    def cards(self) -> dict[int, ConnectionCard]:
        return dict(self._cards)

    @Slot()
    def _on_add_icloud_triggered(self) -> None:
        self.add_requested.emit()

    @Slot()
    def _on_card_button_clicked(self) -> None:
        button = self.sender()
        for card in self._cards.values():
            if button is card.reconnect_button:
                self.reconnect_requested.emit(card.info)
            elif button is card.edit_button:
                self.edit_calendars_requested.emit(card.info)
            elif button is card.disconnect_button:
                self.disconnect_requested.emit(card.info)
