"""Where things live: data, logs and resources (platformdirs; JUMPADESK_HOME overrides)."""

from __future__ import annotations

import json
import os
import platform
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from jumpadesk import APP_NAME, APP_ORG

DEFAULT_SERVER_URL = "https://caldav.icloud.com/"
DEFAULT_SUB_ACCOUNT = "Main"


def home_dir() -> Path:
    """The data folder: $JUMPADESK_HOME, else the platform's user data folder."""
    override = os.environ.get("JUMPADESK_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_ORG))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """Logs go beside the data when JUMPADESK_HOME is set, else to the platform's log folder."""
    override = os.environ.get("JUMPADESK_HOME")
    path = (
        Path(override) / "logs"
        if override
        else Path(platformdirs.user_log_dir(APP_NAME, APP_ORG))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


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


def database_url() -> str:
    """SQLAlchemy URL of the store: JUMPADESK_DATABASE_URL, else the shared store chosen
    with `jumpadesk store use` (its password from the keychain, or ~/.pgpass), else the
    data folder's SQLite file."""
    from_env = database_url_from_environment()
    if from_env:
        return from_env
    chosen = chosen_store_url()
    if chosen:
        from jumpadesk.store_admin import parse_url, with_saved_password

        return with_saved_password(parse_url(chosen)).render_as_string(hide_password=False)
    return local_database_url()


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
