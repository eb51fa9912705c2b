"""Text from servers and invitations, on screen as the characters it is, never as markup.

Anyone who can send the owner an invitation chooses its title, and a server chooses its
calendars' names, so a title like ``<img src=file:///...><a href=...>`` must read as
those characters. Qt shows a label, a tooltip or a message box as rich text whenever
its text merely looks like HTML (Qt::mightBeRichText), so every label here says what it
holds: `plain_label` for words that may carry such text, `rich_label` for markup the
app wrote itself (whatever it embeds from outside goes through html.escape first).
Tooltips have no format of their own: `plain_tooltip` hands Qt escaped rich text that
shows the literal characters. Message boxes come from `message_box` and `ask`.

Text painted with QPainter.drawText (the week's blocks, the legend, the stale banner),
status bar messages and combo box items are plain already; a window title too, but for
Qt's "[*]" placeholder (`plain_title` keeps it). A plain label without a buddy shows
'&' as it is ("Work & Home"); no button, action or menu text carries a name today (one
that did would need its '&' doubled). A desktop notification goes through `tray_text`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # QtGui's Qt namespace: convertFromPlainText
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows `text` as it is: '<b>' reads as those three characters."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def rich_label(html: str, parent: QWidget | None = None) -> QLabel:
    """A label of markup the app wrote; anything from outside in it is html.escape'd."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(html)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as it is, line breaks kept ("" stays "": no tooltip).
    Qt decides per tooltip whether it is rich text; escaped rich text always reads as
    the characters given."""
    if not text:
        return ""
    return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpaceNormal)


def message_box(icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                parent: QWidget | None = None) -> QMessageBox:
    """A message box whose text is shown as it is (QMessageBox's own guess is rich text
    for anything that looks like HTML)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes/No question, No the default, its text shown as it is; True for Yes."""
    box = message_box(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.exec()
    answer = box.standardButton(box.clickedButton())
    box.deleteLater()
    return answer == QMessageBox.StandardButton.Yes


def plain_title(text: str) -> str:
    """A window title that shows `text` as it is: Qt drops "[*]" from titles (its
    placeholder for "modified") unless it is doubled."""
    return text.replace("[*]", "[*][*]")


_TRAY_BRACKETS = str.maketrans({"<": "\u2039", ">": "\u203a"})


def tray_text(text: str) -> str:
    """A desktop notification's text with '<' and '>' as '‹' and '›'.

    On Linux Qt hands the text to the notification server over D-Bus as it is, and most
    servers read markup there (links, images); others show it raw, so escaping would
    show '&lt;' on those. Without angle brackets no server finds a tag."""
    return text.translate(_TRAY_BRACKETS)


__all__ = [
    "ask",
    "message_box",
    "plain_label",
    "plain_title",
    "plain_tooltip",
    "rich_label",
    "tray_text",
]
