"""jumpadesk in the Linux application menu, the freedesktop.org way.

`jumpadesk --install-desktop-entry` writes `applications/jumpadesk.desktop` and the icon
(`icons/hicolor/NxN/apps/jumpadesk.png` in every size drawn, and `scalable/` for the SVG)
under the user's data folder ($XDG_DATA_HOME, else ~/.local/share); running it again
rewrites the same files. `--uninstall-desktop-entry` removes exactly those files. The
bundle's first start on Linux asks whether to do it (`should_offer()`; asked once).

The entry starts the bundle's executable when jumpadesk runs from the PyInstaller bundle,
else the `jumpadesk` script beside the running Python (the virtual environment's). Its
name is the Qt application's desktop file name, so window managers match the window to
the entry (StartupWMClass on X11, the app id on Wayland). Imports no Qt.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from jumpadesk import APP_NAME, __version__
from jumpadesk.config import PRIVATE_FILE_MODE, home_dir, replace_whole, resource_path
from jumpadesk.language import translate

#: The entry's file name without .desktop: QGuiApplication.setDesktopFileName() and
#: the X11 WM_CLASS (the application name) are both this.
DESKTOP_ID = APP_NAME
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def data_home() -> Path:
    """$XDG_DATA_HOME when it is an absolute path (the spec ignores a relative one),
    else ~/.local/share."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """What the entry runs: the bundle's executable, or the `jumpadesk` script."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.executable).with_name("jumpadesk")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script.absolute())]
    found = shutil.which("jumpadesk")
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "jumpadesk"]


def exec_argument(arg: str) -> str:
    """One Exec= argument quoted as the Desktop Entry spec asks: double quotes around an
    argument with a reserved character, a backslash before `"`, backquote, `$` and
    backslash inside them, then the string-value escape (backslash doubled) and `%%`."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if arg and not (set(arg) & reserved):
        quoted = arg
    else:
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        quoted = f'"{inner}"'
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry_text(command: list[str]) -> str:
    """The .desktop file for `command` (a list of arguments)."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=jumpadesk",
        "GenericName=Booking Calendar",
        "Comment=Your iCloud calendars in your booking schedule, so nobody is double booked",
        "Exec=" + " ".join(exec_argument(a) for a in command),
        f"Icon={DESKTOP_ID}",
        "Terminal=false",
        "Categories=Office;Calendar;",
        "Keywords=iCloud;CalDAV;booking;appointments;schedule;",
        "StartupNotify=true",
        f"StartupWMClass={DESKTOP_ID}",
        f"X-Jumpadesk-Version={__version__}",
    ]
    return "\n".join(lines) + "\n"


def entry_path(base: Path | None = None) -> Path:
    return (base or data_home()) / "applications" / f"{DESKTOP_ID}.desktop"


def icon_paths(base: Path | None = None) -> dict[Path, Path]:
    """Where each icon goes -> the resource it is copied from (only those that exist)."""
    hicolor = (base or data_home()) / "icons" / "hicolor"
    wanted = {
        hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png":
            resource_path("icons", f"jumpadesk-{size}.png")
        for size in ICON_SIZES
    }
    wanted[hicolor / "scalable" / "apps" / f"{DESKTOP_ID}.svg"] = resource_path(
        "icons", "jumpadesk.svg"
    )
    return {target: source for target, source in wanted.items() if source.is_file()}


def install(base: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Write the entry and its icons; returns the files written. Safe to run again."""
    written = []
    for target, source in icon_paths(base).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    entry = entry_path(base)
    entry.parent.mkdir(parents=True, exist_ok=True)
    # Written beside and renamed, so a menu watching the folder never reads half a file.
    text = desktop_entry_text(command or launcher_command())
    replace_whole(entry, lambda partial: partial.write_text(text, encoding="utf-8"),
                  mode=0o644)
    written.append(entry)
    return written


def uninstall(base: Path | None = None) -> list[Path]:
    """Remove the entry and the icons install() writes; returns the files removed."""
    removed = []
    for target in [entry_path(base), *icon_paths(base)]:
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        removed.append(target)
    return removed


def offered_marker() -> Path:
    """Present once the bundle has asked whether to add the entry (asked once, ever)."""
    return home_dir() / "desktop-entry-offered"


def should_offer(frozen: bool | None = None) -> bool:
    """Whether the window should ask to add the entry: the bundle on Linux, with no
    entry yet, never asked before. `frozen` defaults to whether this is the bundle."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    return (bool(frozen) and sys.platform.startswith("linux")
            and not entry_path().exists() and not offered_marker().exists())


def remember_offered() -> None:
    offered_marker().touch(mode=PRIVATE_FILE_MODE)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--install-desktop-entry", action="store_true",
                       help=translate("cli", "add jumpadesk to your Linux application menu"))
    group.add_argument("--uninstall-desktop-entry", action="store_true",
                       help=translate("cli", "remove jumpadesk from your Linux application "
                                             "menu"))


def run_from_args(args: argparse.Namespace) -> int:
    """The two flags as a command: one sentence on stdout, or on stderr and 1."""
    if not sys.platform.startswith("linux"):
        print("jumpadesk: " + translate("cli", "The application-menu entry is for Linux; on "
                                               "macOS move jumpadesk.app to Applications "
                                               "instead."), file=sys.stderr)
        return 1
    try:
        if args.install_desktop_entry:
            written = install()
            print(translate("cli", "Added jumpadesk to the application menu: {path} (and "
                                   "{icons} icon files).").format(path=entry_path(),
                                                                  icons=len(written) - 1))
        else:
            removed = uninstall()
            print(translate("cli", "Removed jumpadesk from the application menu ({files} "
                                   "files).").format(files=len(removed))
                  if removed else translate("cli", "jumpadesk was not in the application menu."))
    except OSError as exc:
        print("jumpadesk: " + translate("cli", "Could not change the application menu in "
                                               "{folder}: {why}.").format(
            folder=data_home(), why=exc.strerror or exc), file=sys.stderr)
        return 1
    return 0
