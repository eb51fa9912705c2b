"""A dialog grows to show a sentence whole.

Qt sizes a window once, when it is first shown; a word-wrapped label that gets a longer
sentence later (an error, a warning) is then squeezed into the height there is: its
lines clipped top and bottom, and the line edits above it pressed flat. A layout with
word-wrapped labels also gives its window no minimum height (its height depends on its
width), so Qt never grows the window by itself. `grow_to_fit` asks the layout how tall
it must be at the window's width and makes the window at least that tall.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def grow_to_fit(window: QWidget) -> None:
    """Make `window` (a dialog) tall enough for its layout at its current width: every
    field at its size hint, every wrapped sentence whole. It never shrinks."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return  # not shown yet: Qt sizes it to fit when it is (QWidget.adjustSize)
    layout.activate()
    width = window.width()
    needed = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
              else layout.totalSizeHint().height())
    needed = max(needed, layout.totalMinimumSize().height())
    if window.height() < needed:
        window.resize(width, needed)
