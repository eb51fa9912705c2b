"""The words the layers agree on: states, roles, sources, statuses and reasons.

Each is a StrEnum, so a member equals its string (what the store holds and the command
line's JSON shows) while the code names it once, here.
"""

from __future__ import annotations

from enum import StrEnum


class ConnectionState(StrEnum):
    """How an account's last pass went."""

    NEW = "new"
    OK = "ok"
    AUTH_FAILED = "auth_failed"
    UNREACHABLE = "unreachable"
    ERROR = "error"


class PasswordKeeping(StrEnum):
    """Where an account's password is kept (jumpadesk.secrets). Without a system
    keychain the person chooses one of the other two before connecting."""

    KEYCHAIN = "keychain"  # the system keychain: the only place, when there is one
    FILE = "file"  # passwords.json in the data folder, readable only by its owner (0600)
    THIS_RUN = "this-run"  # in memory until jumpadesk quits; asked for again at next start


class Role(StrEnum):
    """A calendar's part in a sub-account."""

    LINKED = "linked"  # bookings are written there (it blocks too)
    CONFLICT = "conflict"  # its busy events block


class CalendarKind(StrEnum):
    EVENTS = "events"
    TASKS = "tasks"  # a Reminders list
    SUBSCRIBED = "subscribed"  # a webcal feed


class Access(StrEnum):
    READ = "read"
    WRITE = "write"


class AppointmentStatus(StrEnum):
    PENDING = "pending"  # reserved; its booker is writing it to the server right now
    # Sent, but how iCloud answered is not known (an error status, a cut connection, no
    # answer): checked again with the same UID soon after and at every sync.
    UNCONFIRMED = "unconfirmed"
    WRITTEN = "written"
    CANCELLED = "cancelled"


#: Appointment states that are not (yet) confirmed in iCloud.
NOT_CONFIRMED = (AppointmentStatus.PENDING, AppointmentStatus.UNCONFIRMED)


class Attendance(StrEnum):
    """Whether the guest came, as the front desk marked it (services/clients.py)."""

    UNMARKED = ""
    ARRIVED = "arrived"
    NO_SHOW = "no-show"


#: What `jumpadesk mark` and the window take, and the mark each sets ("clear": none).
ATTENDANCE_MARKS = {"arrived": Attendance.ARRIVED, "no-show": Attendance.NO_SHOW,
                    "clear": Attendance.UNMARKED}


class Recheck(StrEnum):
    """What checking an unconfirmed booking (or change of time) again with iCloud found."""

    CONFIRMED = "confirmed"  # iCloud has it: the appointment is written
    REFUSED = "refused"  # iCloud refused it, or proved it absent: the time was let go
    UNSURE = "unsure"  # still no answer to go by: the time stays held


class Source(StrEnum):
    """Where a schedule item comes from."""

    ICLOUD = "icloud"  # an event of a conflict calendar (any CalDAV server)
    APPOINTMENT = "appointment"
    BLOCKED = "blocked"


class OccurrenceKind(StrEnum):
    EVENT = "event"
    TRAVEL = "travel"  # the travel time before an event


class Reason(StrEnum):
    """Why an item blocks or not: the keys of jumpadesk.sync.reasons.REASONS and of
    availability.REASON_TEXT."""

    BUSY = "busy"
    TENTATIVE = "tentative"
    FREE = "free"
    CANCELLED = "cancelled"
    DECLINED = "declined"
    TRAVEL = "travel"
    UNEXPANDABLE = "unexpandable"
    UNREADABLE = "unreadable"
    APPOINTMENT = "appointment"
    BLOCKED = "blocked"
    SHARED_APPOINTMENT = "shared_appointment"
