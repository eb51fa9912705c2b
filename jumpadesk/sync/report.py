"""What a sync pass reports: progress as it goes and a result per account and calendar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from jumpadesk.kinds import Recheck


@dataclass(frozen=True)
class SyncProgress:
    """Emitted as a pass goes: for a progress bar and a status line."""

    calendars_done: int
    calendars_total: int
    objects_fetched: int
    account: str = ""
    calendar: str = ""
    # The weeks a window shows first are stored for `calendar`; the rest follows.
    shown_weeks_stored: bool = False


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
    # One sentence per event fetched in this pass that could not be read or needed an
    # assumption, naming it ("'Team sync' in Work repeats every minute; ...").
    notes: list[str] = field(default_factory=list)


@dataclass
class AccountResult:
    connection_id: int
    apple_id: str
    ok: bool = True
    error: str = ""
    requests: int = 0
    calendars: list[CalendarResult] = field(default_factory=list)


@dataclass(frozen=True)
class Rechecked:
    """What asking iCloud again about one unconfirmed booking found (sync.booking.recheck):
    `outcome`, and for a refusal or an unsure answer `why` (a sentence). The title,
    times and calendar are the appointment's after the check."""

    appointment_id: int
    sub_account_id: int
    title: str
    start_ts: int
    end_ts: int
    calendar: str
    outcome: Recheck
    why: str = ""
    change: bool = False  # a change of time (a move), not a new booking


@dataclass
class SyncReport:
    accounts: list[AccountResult] = field(default_factory=list)
    # Bookings left unconfirmed that the pass then checked again with iCloud.
    rechecked: list[Rechecked] = field(default_factory=list)

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
