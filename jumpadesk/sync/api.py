"""What the rest of the app asks of the CalDAV layer. One implementation, used by the
command line and by the window's sync worker alike.

Every function takes the SQLAlchemy engine of the store and an optional
`client_factory` (tests hand in a client for a local server or a broken one).
Failures raise jumpadesk.errors.SyncError subclasses whose str() is a sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine

from jumpadesk.config import Settings
from jumpadesk.errors import NotConnected


@dataclass(frozen=True)
class SyncProgress:
    """Emitted as a pass goes: for a progress bar and a status line."""

    calendars_done: int
    calendars_total: int
    objects_fetched: int
    account: str = ""
    calendar: str = ""


@dataclass
class CalendarResult:
    calendar_id: int
    name: str
    ok: bool = True
    error: str = ""
    changed: int = 0  # objects added or changed
    deleted: int = 0
    broken: int = 0  # objects skipped because they could not be read
    skipped_unchanged: bool = False  # the ctag had not moved


@dataclass
class AccountResult:
    connection_id: int
    apple_id: str
    ok: bool = True
    error: str = ""
    requests: int = 0
    calendars: list[CalendarResult] = field(default_factory=list)


@dataclass
class SyncReport:
    accounts: list[AccountResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(a.ok and all(c.ok for c in a.calendars) for a in self.accounts)

    @property
    def requests(self) -> int:
        return sum(a.requests for a in self.accounts)

    def failures(self) -> list[str]:
        """One sentence per failed account or calendar, naming it."""
        out: list[str] = []
        for a in self.accounts:
            if not a.ok:
                out.append(f"{a.apple_id}: {a.error}")
            for c in a.calendars:
                if not c.ok:
                    out.append(f"{c.name} ({a.apple_id}): {c.error}")
        return out


ProgressCallback = Callable[[SyncProgress], None]


def connect(
    engine: Engine,
    sub_account_id: int,
    apple_id: str,
    password: str,
    server_url: str,
    *,
    client_factory: Callable | None = None,
) -> int:
    """Check the credentials, discover the calendars, keep the password in the keychain
    (only after the server accepted it), link the connection to the sub-account.
    Returns the connection id."""
    raise NotConnected("Connecting to iCloud is not available in this build yet.")


def sync(
    engine: Engine,
    *,
    sub_account_id: int | None = None,
    progress: ProgressCallback | None = None,
    client_factory: Callable | None = None,
    settings: Settings | None = None,
) -> SyncReport:
    """One pass over the connections of one sub-account (or all of them when None);
    each account is fetched once even when several sub-accounts use it."""
    raise NotConnected("This sub-account has no iCloud connection yet.")


def write_appointment(
    engine: Engine, appointment_id: int, *, client_factory: Callable | None = None
) -> None:
    """Write a stored (pending) appointment to its linked calendar exactly once."""
    raise NotConnected("This sub-account has no linked iCloud calendar yet.")


def delete_appointment(
    engine: Engine, appointment_id: int, *, client_factory: Callable | None = None
) -> None:
    """Delete a written appointment's event from iCloud (If-Match on its ETag)."""
    raise NotConnected("This sub-account has no linked iCloud calendar yet.")


def disconnect(engine: Engine, connection_id: int) -> None:
    """Forget a connection: its keychain entry, calendars and cached events."""
    raise NotConnected("There is no such connection.")
