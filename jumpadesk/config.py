"""Where things live: data, logs and resources (platformdirs; JUMPADESK_HOME overrides)."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import stat
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import platformdirs

from jumpadesk import APP_NAME, APP_ORG

DEFAULT_SERVER_URL = "https://caldav.icloud.com/"
DEFAULT_SUB_ACCOUNT = "Main"


def home_dir() -> Path:
    """The data folder: $JUMPADESK_HOME, else the platform's user data folder. Private to
    the person (private_folder)."""
    override = os.environ.get("JUMPADESK_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_ORG))
    return private_folder(path)


def log_dir() -> Path:
    """Logs go beside the data when JUMPADESK_HOME is set, else to the platform's log folder
    (private too: they name guests and calendars)."""
    override = os.environ.get("JUMPADESK_HOME")
    path = (
        Path(override) / "logs"
        if override
        else Path(platformdirs.user_log_dir(APP_NAME, APP_ORG))
    )
    return private_folder(path)


# -- private by default ----------------------------------------------------------------
# The data folder holds guests' names, emails and phones and the titles of private blocked
# time; the logs name calendars and events. Other users of the computer read none of it:
# folders 0700, files 0600, whatever the umask. On Windows the per-user folders
# (%LOCALAPPDATA%) are private to the person by their ACL already, and chmod cannot say
# more there, so nothing is changed.

PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_POSIX = os.name == "posix"
_tightened: set[Path] = set()


def private_folder(path: Path) -> Path:
    """`path` made if missing (0700), else tightened once per process: it and everything
    in it lose the group's and others' rights (the owner's stay as they are, so a folder
    the person made read-only stays read-only)."""
    try:
        path.mkdir(mode=PRIVATE_FOLDER_MODE)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        return private_folder(path)
    except FileExistsError:
        pass
    else:
        if _POSIX:
            os.chmod(path, PRIVATE_FOLDER_MODE)  # a umask such as 0277 must not lock us out
        _tightened.add(path)
        return path
    if path not in _tightened:
        _tightened.add(path)
        tighten(path)
    return path


def tighten(folder: Path) -> None:
    """Take the group's and others' rights from `folder` and everything under it (links
    are not followed). Whatever cannot be changed (a file of another user) is left."""
    if not _POSIX:
        return
    _strip_group_and_others(folder)
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            _strip_group_and_others(Path(root, name))


def _strip_group_and_others(path: Path) -> None:
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode) or not mode & 0o077:
            return
        os.chmod(path, stat.S_IMODE(mode) & ~0o077)
    except OSError:
        pass


def private_opener(path: str, flags: int) -> int:
    """For open(..., opener=private_opener): a new file is made 0600 (an existing one keeps
    its mode; the data folder's tightening at start took care of it)."""
    return os.open(path, flags, PRIVATE_FILE_MODE)


def replace_whole(path: Path, fill: Callable[[Path], object],
                  mode: int = PRIVATE_FILE_MODE) -> None:
    """Write the file at `path` whole or not at all: `fill` writes a new file beside it
    (made with `mode`, 0600 unless told, under another name), which then replaces `path`
    in one step, so nobody ever reads half of it; the new file is gone whatever fails.
    The one way jumpadesk writes a file whole (settings, the passwords file, the menu
    entry, a saved day sheet: store_file.save_whole). OSError as it comes."""
    handle, partial = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial",
                                       dir=path.parent)
    os.close(handle)
    try:
        os.chmod(partial, mode)
        fill(Path(partial))
        os.replace(partial, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(partial)


def write_private_text(path: Path, text: str) -> None:
    """Write a small settings file, 0600, replacing it whole."""
    replace_whole(path, lambda partial: partial.write_text(text, encoding="utf-8"))


#: In the data folder: the shared store chosen with `jumpadesk store use` (no password).
STORE_SETTINGS = "store.json"


def local_database_url() -> str:
    """The data folder's own SQLite file."""
    return f"sqlite:///{home_dir() / 'jumpadesk.db'}"


def database_url_from_environment() -> str | None:
    return os.environ.get("JUMPADESK_DATABASE_URL") or None


def chosen_store_url() -> str | None:
    """The shared store chosen with `jumpadesk store use`, as saved (no password)."""
    try:
        saved = json.loads((home_dir() / STORE_SETTINGS).read_text())
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return None
    url = saved.get("database_url") if isinstance(saved, dict) else None
    return url if isinstance(url, str) and url else None


def desk_name() -> str:
    """This desk's name, as other desks sharing its store call it: $JUMPADESK_DESK_NAME,
    else the computer's name."""
    return os.environ.get("JUMPADESK_DESK_NAME") or platform.node() or "another desk"


def resource_path(*parts: str) -> Path:
    """A file under resources/, from a source checkout or a PyInstaller bundle."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)


@dataclass(frozen=True)
class Settings:
    """Tunables with the defaults a shop owner never needs to touch."""

    expand_days_back: int = 30
    expand_days_ahead: int = 400
    sync_interval_seconds: int = 120
    stale_after_seconds: int = 600
    # All the pages of one calendar's listing; a listing still paging then is incomplete.
    listing_deadline_seconds: float = 120.0
    # A calendar bringing at least this many objects stores those of the weeks a window
    # shows first (this one and the next four) ahead of the rest.
    shown_weeks_first_from: int = 200
    # Accounts a sync pass asks at the same time (1: one after another).
    accounts_at_once: int = 8

    @property
    def stale_after(self) -> timedelta:
        """How old a calendar's last good sync may be before its free time is not trusted."""
        return timedelta(seconds=self.stale_after_seconds)

    @classmethod
    def from_env(cls) -> Settings:
        def _int(name: str, default: int) -> int:
            try:
                return int(os.environ.get(name, default))
            except ValueError:
                return default

        return cls(
            expand_days_back=_int("JUMPADESK_DAYS_BACK", cls.expand_days_back),
            expand_days_ahead=_int("JUMPADESK_DAYS_AHEAD", cls.expand_days_ahead),
            sync_interval_seconds=_int("JUMPADESK_SYNC_INTERVAL", cls.sync_interval_seconds),
            stale_after_seconds=_int("JUMPADESK_STALE_AFTER", cls.stale_after_seconds),
        )
