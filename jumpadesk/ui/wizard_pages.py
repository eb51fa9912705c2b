"""The walkthrough's first pages (Before you start; Get your app-specific password) and
what every page of it shares: the account it starts with (`Prefill`), the password's
shape and hint, and the words' styles. ui/wizard_connect.py is the Connect page,
ui/wizard.py the calendar choice and the walkthrough itself."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWizardPage

from jumpadesk.config import DEFAULT_SERVER_URL
from jumpadesk.ui.plain import rich_label
from jumpadesk.ui.translation import translate

APPLE_ACCOUNT_URL = "https://appleid.apple.com"
PASSWORD_HINT = "xxxx-xxxx-xxxx-xxxx"
# Apple does not document the form, so this only drives a gentle hint, never a refusal.
PASSWORD_SHAPE = re.compile(r"^[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}$")

TIP_STYLE = (
    "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-radius: 6px; padding: 8px 10px; }"
)
NOTE_STYLE = "color: palette(placeholder-text);"

UrlOpener = Callable[[QUrl], Any]


@dataclass(frozen=True)
class Prefill:
    """What the Connect page starts with (the demo's account, or a reconnect)."""

    apple_id: str = ""
    password: str = ""
    server_url: str = DEFAULT_SERVER_URL
    reconnect: bool = False
    why: str = ""  # why the password is asked for again, said instead of Apple's reason

    @classmethod
    def from_demo(cls, demo: Any) -> Prefill:
        """From the demo server's details (`apple_id`, `password` and `url`)."""
        url = getattr(demo, "url", None) or getattr(demo, "server_url", None)
        return cls(apple_id=str(getattr(demo, "apple_id", "")),
                   password=str(getattr(demo, "password", "")),
                   server_url=str(url or DEFAULT_SERVER_URL))


def clean_password(text: str) -> str:
    """Pasted passwords come with spaces and line breaks; Apple's never contain any."""
    return "".join(text.split())


def password_hint(password: str) -> str:
    """A gentle word when the password does not look app-specific; empty when it does."""
    password = clean_password(password)
    if not password or PASSWORD_SHAPE.match(password):
        return ""
    return translate(
        "wizard_pages", "App-specific passwords usually look like {example}. If this is the "
        "password you sign in to Apple with, go back one step and make an app-specific one."
    ).format(example=PASSWORD_HINT)


def paragraph(markup: str, *, style: str = "") -> QLabel:
    """Words with markup the walkthrough wrote (anything from outside html.escape'd)."""
    label = rich_label(markup)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


class IntroPage(QWizardPage):
    """Before you start: what is needed, and what access does what."""

    def __init__(self, sub_name: str) -> None:
        super().__init__()
        self.setTitle(translate("wizard_pages", "Before you start"))
        self.setSubTitle(translate("wizard_pages", "Connect an iCloud calendar to {name}. It "
                                   "takes about two minutes.").format(name=sub_name))
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(
            translate("wizard_pages", "<p>You will need:</p><ul>"
            "<li>access to the Apple account whose calendars you want to use;</li>"
            "<li><b>two-factor authentication</b> turned on for that Apple ID "
            "(Apple requires it for the next item);</li>"
            "<li>an <b>app-specific password</b> for jumpadesk. The next step shows how "
            "to make one.</li></ul>")
        ))
        layout.addWidget(paragraph(
            translate("wizard_pages", "<b>Tip:</b> read-only access to a calendar is enough to "
                "fetch its events and "
            "block busy time. Writer access is needed for bookings to appear in iCloud; "
            "your own calendars always have it."),
            style=TIP_STYLE,
        ))
        layout.addStretch(1)


def password_refused(apple_id: str | None) -> str:
    """Why the walkthrough asks for a new password when Apple refused the saved one."""
    if apple_id:
        return translate(
            "wizard_pages", "<b>Apple no longer accepts the saved password for {account}.</b> "
            "This happens when the Apple ID password changes: Apple then cancels every "
            "app-specific password. Make a new one and connect again."
        ).format(account=html.escape(apple_id))
    return translate(
        "wizard_pages", "<b>Apple no longer accepts the saved password for this account.</b> "
        "This happens when the Apple ID password changes: Apple then cancels every "
        "app-specific password. Make a new one and connect again.")


class PasswordPage(QWizardPage):
    """Apple's steps to make an app-specific password, and a button to start them."""

    def __init__(self, open_url: UrlOpener, prefill: Prefill) -> None:
        super().__init__()
        self._open_url = open_url
        self.setTitle(translate("wizard_pages", "Get your app-specific password"))
        self.setSubTitle(translate(
            "wizard_pages", "Apple makes it for you on its website; jumpadesk never sees your "
                         "Apple ID password."))
        layout = QVBoxLayout(self)
        if prefill.reconnect and prefill.why:
            why = paragraph(html.escape(prefill.why), style=TIP_STYLE)
            why.setObjectName("reconnectWhy")
            layout.addWidget(why)
        elif prefill.reconnect:
            layout.addWidget(paragraph(password_refused(prefill.apple_id), style=TIP_STYLE))
        layout.addWidget(paragraph(
            translate("wizard_pages", "<ol>"
            "<li>Sign in at <b>appleid.apple.com</b>.</li>"
            "<li>Open <b>Sign-In and Security</b> (Security).</li>"
            "<li>Choose <b>App-Specific Passwords</b>.</li>"
            "<li>Click <b>Generate Password</b> (or <b>+</b>).</li>"
            "<li>Give it a label such as <b>jumpadesk Calendar</b>.</li>"
            "<li><b>Copy</b> the password Apple shows. You paste it in the next step.</li>"
            "</ol>")
        ))
        self.open_button = QPushButton(translate("wizard_pages", "Open appleid.apple.com"))
        self.open_button.setToolTip(translate(
            "wizard_pages", "Opens {address} in your web browser.").format(
            address=APPLE_ACCOUNT_URL))
        # Not the page's default: Enter goes Next, as on every other page.
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.no_browser = paragraph(
            translate("wizard_pages", "No web browser opened. Copy this address into one: "
                      "<b>{address}</b>").format(address=APPLE_ACCOUNT_URL),
            style=TIP_STYLE)
        self.no_browser.setObjectName("noBrowser")
        self.no_browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.no_browser.hide()
        layout.addWidget(self.no_browser)
        layout.addWidget(paragraph(
            translate("wizard_pages", "This password is <b>not</b> your Apple ID password. It "
                      "looks like <tt>{example}</tt> and Apple shows it only once. If you "
                      "change your Apple ID password later, Apple cancels it and jumpadesk "
                      "asks you to reconnect.").format(example=PASSWORD_HINT),
            style=NOTE_STYLE,
        ))
        layout.addStretch(1)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        opened = self._open_url(QUrl(APPLE_ACCOUNT_URL))
        # QDesktopServices says False when no browser took the address.
        self.no_browser.setVisible(opened is False)



__all__ = ["APPLE_ACCOUNT_URL", "NOTE_STYLE", "PASSWORD_HINT", "TIP_STYLE", "IntroPage",
           "PasswordPage", "Prefill", "UrlOpener", "clean_password", "paragraph",
           "password_hint"]
