"""Qt's own command-line options (`-style Fusion`, `-platform xcb`, `-reverse`, ...),
taken out of the arguments before jumpadesk's parser reads them and handed to the
QApplication the window makes (issue 21 item 10), so a desktop launcher or a person used
to Qt programs can pass them instead of hearing "unknown command".

No Qt import here: `__main__` splits the arguments before it knows whether the window
opens at all. The options are the ones QGuiApplication and QApplication document, with
one or two leading dashes, the value after "=" or as the next argument."""

from __future__ import annotations

from collections.abc import Sequence

#: Qt options that take a value.
WITH_VALUE = frozenset({
    "style", "stylesheet", "platform", "platformpluginpath", "platformtheme", "plugin",
    "qmljsdebugger", "session", "display", "geometry", "qwindowgeometry", "qwindowtitle",
    "qwindowicon", "name", "title", "visual", "font", "fn", "bg", "background", "fg",
    "foreground", "btn", "button", "ncols", "fontengine",
})
#: Qt options that are flags.
FLAGS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync", "cmap",
                   "qwindowalwaysontop"})


def split_qt_arguments(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(jumpadesk's arguments, Qt's), each in its order. Everything after "--" is
    jumpadesk's."""
    ours: list[str] = []
    qt: list[str] = []
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            ours.extend(args[i:])
            break
        single = arg.startswith("-") and not arg.startswith("--")
        name, has_value, _ = arg[1:].partition("=")
        if single and name in WITH_VALUE:
            qt.append(arg)
            if not has_value and i + 1 < len(args):
                qt.append(args[i + 1])
                i += 1
        elif single and not has_value and name in FLAGS:
            qt.append(arg)
        else:
            ours.append(arg)
        i += 1
    return ours, qt


__all__ = ["split_qt_arguments"]
