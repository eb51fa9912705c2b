"""Busy time and what blocks: the one place that answers "is this slot free?".

The window and the command line both call these functions. Times in and out are
aware datetimes in UTC; floating and all-day iCloud events are placed in the
sub-account's zone here, at the query boundary.

They read the store through a `StoreReader` (jumpadesk.rows): plain SQL, run by the
services inside their own session and transaction (models.reading.SessionReader), or by
the command line's read-only questions over a plain sqlite3 connection, so that asking
`jumpadesk busy` does not load the ORM. Nothing heavy is imported here.

What is wrong with a schedule once read (double bookings made later, calendars too old
to trust, events that could not be read) is reported by jumpadesk.schedule_problems.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from jumpadesk import wording
from jumpadesk.errors import InputError
from jumpadesk.kinds import (
    NOT_CONFIRMED,
    AppointmentStatus,
    OccurrenceKind,
    Reason,
    Role,
    Source,
)
from jumpadesk.language import translate
from jumpadesk.repeats import Repeat, occurrences
from jumpadesk.rows import (
    APPOINTMENT_COLUMNS,
    BLOCKED_SLOT_COLUMNS,
    CALENDAR_COLUMNS,
    CONNECTION_COLUMNS,
    OCCURRENCE_COLUMNS,
    AppointmentRow,
    BlockedSlotRow,
    CalendarRow,
    ConnectionRow,
    OccurrenceRow,
    StoreReader,
    SubAccountLike,
    epoch,
    id_marks,
    owner_addresses_of,
)
from jumpadesk.sync.reasons import REASONS, read_reason, reason_said, reason_words
from jumpadesk.sync.servers import service_name

# A floating time can sit up to 14 hours either side of UTC.
FLOAT_SLACK = int(timedelta(hours=14).total_seconds())

APPOINTMENT_COLOR = "#2E7D32"
#: An appointment iCloud has not confirmed yet: the same green, faded toward grey.
PENDING_COLOR = "#6E8F70"
BLOCKED_COLOR = "#6D6D6D"

#: How far ahead double bookings are looked for: by the window after every sync, booking
#: and switch (which announces them), and by `jumpadesk conflicts` and `status` unless
#: told otherwise (`--days`).
CONFLICT_HORIZON = timedelta(days=90)

REASON_TEXT: dict[str, str] = {
    **REASONS,
    Reason.APPOINTMENT: "Appointment booked in jumpadesk",
    Reason.SHARED_APPOINTMENT: "Appointment booked in jumpadesk by another sub-account",
    Reason.BLOCKED: "Blocked slot",
}


@dataclass(frozen=True)
class Interval:
    start: datetime
    end: datetime


@dataclass(frozen=True)
class ScheduleItem:
    """One thing on the schedule: an iCloud occurrence, an appointment or a blocked slot.

    `reason` is why it blocks or not, and `assumed` what jumpadesk assumed to read its
    event ("": nothing; the store keeps both in one column, sync.reasons.read_reason).
    An appointment's `status` is its row's (None for the rest), and its `calendar` the
    linked calendar it was written to. `overlapped_by` names what
    busy time now overlaps an appointment that was free when booked (empty otherwise;
    the window fills it from `appointment_overlaps`, for the details and the painter).
    """

    start: datetime
    end: datetime
    title: str
    busy: bool
    source: Source
    reason: Reason
    calendar: str
    calendar_id: int | None
    color: str
    all_day: bool = False
    kind: OccurrenceKind = OccurrenceKind.EVENT
    ref_id: int | None = None
    location: str = ""
    account: str = ""
    service: str = "iCloud"  # the server's name in words: "Busy in Fastmail"
    status: AppointmentStatus | None = None
    overlapped_by: tuple[str, ...] = ()
    repeat: str = ""  # a repeating blocked slot's rule in words: "every weekday ..."
    assumed: str = ""
    guest: str = ""  # an appointment's guest: who is coming
    # An appointment's service buffers: the staff member is kept this long before and
    # after it (blocks_from..blocks_until), while start..end is the service itself.
    buffer_before: timedelta = timedelta(0)
    buffer_after: timedelta = timedelta(0)
    attendance: str = ""  # an appointment's mark: whether the guest came (kinds.Attendance)

    @property
    def blocks_from(self) -> datetime:
        """Where the time this item keeps from booking begins: its start, less a buffer."""
        return self.start - self.buffer_before

    @property
    def blocks_until(self) -> datetime:
        """Where the time this item keeps from booking ends: its end, plus a buffer."""
        return self.end + self.buffer_after

    @property
    def confirmed(self) -> bool:
        """False for an appointment iCloud has not confirmed yet (it still blocks)."""
        return not (self.source == Source.APPOINTMENT and self.status in NOT_CONFIRMED)

    @property
    def reason_text(self) -> str:
        if self.reason in REASONS:  # worded for the server, with what was assumed
            return reason_words(self.reason, self.assumed, self.service)
        return REASON_TEXT.get(self.reason, self.reason)

    @property
    def reason_said(self) -> str:
        """`reason_text` in the person's language (`reason_text` stays English for JSON)."""
        return reason_said(self.reason, self.assumed, self.service)

    @property
    def struck(self) -> bool:
        """Shown struck through: an iCloud event that was cancelled or declined (it is
        on the calendar but never blocks)."""
        return self.source == Source.ICLOUD and self.reason in (Reason.CANCELLED, Reason.DECLINED)


@dataclass(frozen=True)
class StaleCalendar:
    """A conflict calendar whose data cannot be trusted right now."""

    calendar_id: int
    name: str
    account: str
    last_sync_at: datetime | None
    error: str
    service: str = "iCloud"

    def sentence(self, tz: ZoneInfo) -> str:
        """"Work (iCloud): last synced 10:42, cannot reach iCloud" (jumpadesk.wording)."""
        return wording.stale_sentence(self, tz)


def as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime where an instant was expected")
    return moment.astimezone(UTC)


def merge_intervals(intervals: Iterable[tuple[datetime, datetime]]) -> list[Interval]:
    """Sorted, merged (touching intervals join), empty ones dropped."""
    merged: list[list[datetime]] = []
    for start, end in sorted(intervals):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [Interval(s, e) for s, e in merged]


def zone_of(sub_account: SubAccountLike) -> ZoneInfo:
    return ZoneInfo(sub_account.timezone)


#: The times jumpadesk works with: from 1970 (the store counts seconds from then, and
#: Windows places no earlier ones) to the end of 2199. Anything outside is refused with a
#: sentence, rather than overflowing a calendar's arithmetic somewhere inside.
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)


def outside_sentence(moment: datetime, written: str | None = None) -> str | None:
    """The refusal of an aware time outside EARLIEST..LATEST, or None when it is inside.
    `written`: the time as the person wrote it, to quote."""
    inside = EARLIEST.year <= moment.year <= LATEST.year  # then astimezone cannot overflow
    if inside and EARLIEST <= moment.astimezone(UTC) < LATEST:
        return None
    what = f'"{written}"' if written is not None else f"{moment:%Y-%m-%d %H:%M}"
    return translate("errors", "{time} is outside the times jumpadesk works with: from {first} "
                     "to the end of {last}.").format(time=what, first=EARLIEST.year,
                                                     last=LATEST.year - 1)


def validate_span(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    """Both ends as UTC instants; InputError for a time without a zone, outside the times
    jumpadesk works with, or an empty span."""
    if start.tzinfo is None or end.tzinfo is None:
        raise InputError(translate("errors", "Times need a time zone, for example "
                                             "2026-11-25T10:00+01:00 or ...Z."))
    for moment in (start, end):
        refusal = outside_sentence(moment)
        if refusal:
            raise InputError(refusal)
    if end <= start:
        raise InputError(translate("errors", "The end time must be after the start time."))
    return start.astimezone(UTC), end.astimezone(UTC)


def instant(ts: int) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def _place(ts: int, floating: bool, tz: ZoneInfo) -> datetime:
    if floating:
        wall = datetime.fromtimestamp(ts, UTC).replace(tzinfo=None)
        return wall.replace(tzinfo=tz).astimezone(UTC)
    return datetime.fromtimestamp(ts, UTC)


def _place_expanded(moment: datetime, floating: bool, tz: ZoneInfo) -> datetime:
    if floating or moment.tzinfo is None:
        return moment.replace(tzinfo=tz).astimezone(UTC)
    return moment.astimezone(UTC)


# The calendars whose busy time blocks a sub-account: its conflict ones and its linked one.
BLOCKING_CALENDAR_IDS = ("SELECT r.calendar_id FROM calendar_role r WHERE r.sub_account_id = :sub "
                          "AND r.role IN (:conflict, :linked)")
BLOCKING_ROLES = {"conflict": Role.CONFLICT.value, "linked": Role.LINKED.value}


def conflict_calendars(reader: StoreReader, sub_account: SubAccountLike) -> list[CalendarRow]:
    """The calendars whose busy time blocks this sub-account: conflict ones and the linked one."""
    rows = reader.rows(
        f"SELECT {CALENDAR_COLUMNS} FROM calendar c "
        "JOIN calendar_role r ON r.calendar_id = c.id "
        "WHERE r.sub_account_id = :sub AND r.role IN (:conflict, :linked)",
        {"sub": sub_account.id, **BLOCKING_ROLES})
    seen: dict[int, CalendarRow] = {}
    for row in rows:
        cal = CalendarRow.of(row)
        seen.setdefault(cal.id, cal)
    return sorted(seen.values(), key=lambda c: (c.order, c.name))


def accounts_of(reader: StoreReader, calendars: list[CalendarRow]) -> dict[int, ConnectionRow]:
    """The accounts (connections) of `calendars`, by id."""
    ids = sorted({c.connection_id for c in calendars})
    if not ids:
        return {}
    marks, values = id_marks("c", ids)
    rows = reader.rows(f"SELECT {CONNECTION_COLUMNS} FROM connection n WHERE n.id IN ({marks})",
                       values)
    return {conn.id: conn for conn in map(ConnectionRow.of, rows)}


@dataclass(frozen=True)
class OwnEvents:
    """Our own bookings' events as iCloud holds them, left out of the iCloud items
    because the appointments show them. A booking iCloud has confirmed is left out
    wherever its event is; one not yet confirmed only at its own time, so a copy at
    another time (the old time of a move whose answer was lost) still blocks there."""

    everywhere: frozenset[str] = frozenset()
    at: dict[str, set[tuple[int, int]]] | None = None

    def hides(self, uid: str, start_ts: int, end_ts: int) -> bool:
        if uid in self.everywhere:
            return True
        return self.at is not None and (start_ts, end_ts) in self.at.get(uid, ())


def _icloud_items(
    reader: StoreReader, sub_account: SubAccountLike, calendars: list[CalendarRow],
    conns: dict[int, ConnectionRow], start: datetime, end: datetime,
    own: OwnEvents,
) -> list[ScheduleItem]:
    """iCloud occurrences in [start, end), leaving out our own bookings' events where
    the appointments show them (`own`)."""
    tz = zone_of(sub_account)
    s, e = epoch(start), epoch(end)
    items: list[ScheduleItem] = []
    for cal in calendars:
        conn = conns.get(cal.connection_id)
        account = conn.apple_id if conn else ""
        service = connection_server(conn)
        covered = (
            cal.expanded_to > 0
            and cal.expanded_from <= s - FLOAT_SLACK
            and e + FLOAT_SLACK <= cal.expanded_to
        )
        if covered:
            rows = reader.rows(
                f"SELECT {OCCURRENCE_COLUMNS} FROM occurrence o WHERE o.calendar_id = :cal "
                "AND o.start_ts < :before AND o.end_ts > :after",
                {"cal": cal.id, "before": e + FLOAT_SLACK, "after": s - FLOAT_SLACK})
            for occ in map(OccurrenceRow.of, rows):
                if occ.uid and own.hides(occ.uid, occ.start_ts, occ.end_ts):
                    continue
                o_start = _place(occ.start_ts, occ.floating, tz)
                o_end = _place(occ.end_ts, occ.floating, tz)
                if o_start < end and o_end > start or (o_start == o_end and start <= o_start < end):
                    reason, assumed = read_reason(occ.reason, occ.busy)
                    items.append(_item_from(cal, account, occ.title, o_start, o_end, occ.busy,
                                            reason, assumed, occ.all_day, occ.kind, occ.id,
                                            occ.location, service))
        else:
            items.extend(_expand_on_demand(reader, cal, account, start, end, tz, conn, own))
    return items


def _item_from(cal: CalendarRow, account: str, title: str, start: datetime, end: datetime,
               busy: bool, reason: Reason, assumed: str, all_day: bool, kind: OccurrenceKind,
               ref_id: int | None, location: str, service: str = "iCloud") -> ScheduleItem:
    return ScheduleItem(
        start=start, end=end, title=title, busy=busy, source=Source.ICLOUD, reason=reason,
        calendar=cal.name, calendar_id=cal.id, color=cal.color or "#888888", all_day=all_day,
        kind=kind, ref_id=ref_id, location=location, account=account, service=service,
        assumed=assumed,
    )


def connection_server(conn: ConnectionRow | None) -> str:
    """The server's name in labels ("Busy in Fastmail"); iCloud when not known."""
    return service_name(conn.server_url, conn.apple_id) if conn else "iCloud"


#: An appointment's server, in words, when no account is known for it any more.
NO_SERVER_KNOWN = "its calendar server"


def appointment_server(appt: AppointmentRow) -> str:
    """The server an appointment goes to, in words (sync/servers.service_name: "iCloud",
    "Fastmail", the host): its calendar's account's, else (its calendar gone with its
    account) its sub-account's linked calendar's (the row reads both, rows.
    APPOINTMENT_COLUMNS); "its calendar server" when neither is known. The one rule for
    the week's labels, booking's sentences and `jumpadesk status`."""
    return service_name(appt.server_url, appt.account) if appt.server_url else NO_SERVER_KNOWN


def server_of(reader: StoreReader, appointment_id: int) -> str:
    """appointment_server of the stored appointment (NO_SERVER_KNOWN when it is gone)."""
    rows = reader.rows(f"SELECT {APPOINTMENT_COLUMNS} FROM appointment a WHERE a.id = :id",
                       {"id": appointment_id})
    return appointment_server(AppointmentRow.of(rows[0])) if rows else NO_SERVER_KNOWN


def _expand_on_demand(
    reader: StoreReader, cal: CalendarRow, account: str, start: datetime, end: datetime,
    tz: ZoneInfo, conn: ConnectionRow | None, own: OwnEvents,
) -> list[ScheduleItem]:
    """Outside the stored span: expand from the raw objects rather than answer "free"."""
    # Here, not at the top: most questions are answered from the store without the parser.
    from jumpadesk.sync.ical import BrokenEvent, expand_calendar_object, first_occurrences

    owners = owner_addresses_of(conn.owner_addresses) if conn else []
    items: list[ScheduleItem] = []
    objects = reader.rows("SELECT o.ics FROM calendar_object o WHERE o.calendar_id = :cal",
                          {"cal": cal.id})
    slack = timedelta(seconds=FLOAT_SLACK)
    for (ics,) in objects:
        try:
            expanded = expand_calendar_object(ics, start - slack, end + slack, owners)
        except BrokenEvent:  # never free by accident: its first occurrence still blocks
            expanded = first_occurrences(ics, start - slack, end + slack, owners)
        for occ in expanded:
            if occ.uid and own.hides(occ.uid, epoch(occ.start), epoch(occ.end)):
                continue
            o_start = _place_expanded(occ.start, occ.floating, tz)
            o_end = _place_expanded(occ.end, occ.floating, tz)
            if o_start < end and o_end > start:
                items.append(_item_from(cal, account, occ.title, o_start, o_end, occ.busy,
                                        occ.reason, occ.assumed, occ.all_day, occ.kind, None,
                                        occ.location, connection_server(conn)))
    return items


def _local_items(
    reader: StoreReader, sub_account: SubAccountLike, start: datetime, end: datetime
) -> list[ScheduleItem]:
    span = {"sub": sub_account.id, "s": epoch(start), "e": epoch(end)}
    items: list[ScheduleItem] = []
    appts = reader.rows(
        f"SELECT {APPOINTMENT_COLUMNS} FROM appointment a WHERE a.sub_account_id = :sub "
        "AND a.status != :cancelled AND a.start_ts - 60 * a.buffer_before_minutes < :e "
        "AND a.end_ts + 60 * a.buffer_after_minutes > :s",
        {**span, "cancelled": AppointmentStatus.CANCELLED.value})
    for a in map(AppointmentRow.of, appts):
        items.append(ScheduleItem(
            start=instant(a.start_ts), end=instant(a.end_ts),
            title=a.title, busy=True, source=Source.APPOINTMENT, reason=Reason.APPOINTMENT,
            calendar=a.calendar_name if a.calendar_name is not None else "Appointments",
            calendar_id=a.calendar_id,
            color=PENDING_COLOR if a.status in NOT_CONFIRMED else APPOINTMENT_COLOR,
            ref_id=a.id, status=a.status, guest=a.guest_name,
            service=appointment_server(a),
            buffer_before=timedelta(minutes=a.buffer_before_minutes),
            buffer_after=timedelta(minutes=a.buffer_after_minutes),
            attendance=a.attendance,
        ))
    items.extend(blocked_items(reader, sub_account, start, end))
    return items


def blocked_items(
    reader: StoreReader, sub_account: SubAccountLike, start: datetime, end: datetime
) -> list[ScheduleItem]:
    """The sub-account's blocked slots in [start, end): a repeating one's occurrences
    there (jumpadesk.repeats, in the sub-account's zone), each carrying its rule in
    words (`repeat`)."""
    # A repeating slot's occurrences end at most a day after their local day begins,
    # and that day is at most a day from the UTC one: two days back is always enough.
    first_day = (start - timedelta(days=2)).date().isoformat()
    slots = reader.rows(
        f"SELECT {BLOCKED_SLOT_COLUMNS} FROM blocked_slot b WHERE b.sub_account_id = :sub "
        "AND b.start_ts < :e AND (b.end_ts > :s OR (b.repeat_rule != '' "
        "AND (b.repeat_until = '' OR b.repeat_until >= :first_day)))",
        {"sub": sub_account.id, "s": epoch(start), "e": epoch(end), "first_day": first_day})
    tz = zone_of(sub_account)
    items: list[ScheduleItem] = []
    for b in map(BlockedSlotRow.of, slots):
        first = (instant(b.start_ts), instant(b.end_ts))
        repeat = Repeat.from_columns(b.repeat_rule, b.repeat_days, b.repeat_until,
                                     b.repeat_skipped)
        spans = [first] if repeat is None else occurrences(repeat, *first, tz, start, end)
        for o_start, o_end in spans:
            if o_start < end and o_end > start:
                items.append(ScheduleItem(
                    start=o_start, end=o_end,
                    title=b.title, busy=True, source=Source.BLOCKED, reason=Reason.BLOCKED,
                    calendar="Blocked", calendar_id=None, color=BLOCKED_COLOR, ref_id=b.id,
                    repeat=repeat.words() if repeat is not None else "",
                ))
    return items


def _shared_appointment_items(
    reader: StoreReader, sub_account: SubAccountLike, calendars: list[CalendarRow],
    conns: dict[int, ConnectionRow], start: datetime, end: datetime,
) -> list[ScheduleItem]:
    """Appointments other sub-accounts wrote (or are writing) to this one's conflict
    calendars: they block here from the moment their row exists, before any sync."""
    by_id = {c.id: c for c in calendars}
    if not by_id:
        return []
    rows = reader.rows(
        f"SELECT {APPOINTMENT_COLUMNS} FROM appointment a WHERE a.sub_account_id != :sub "
        f"AND a.calendar_id IN ({BLOCKING_CALENDAR_IDS}) AND a.status != :cancelled "
        "AND a.start_ts < :e AND a.end_ts > :s",
        {"sub": sub_account.id, **BLOCKING_ROLES, "cancelled": AppointmentStatus.CANCELLED.value,
         "s": epoch(start), "e": epoch(end)})
    items = []
    for a in map(AppointmentRow.of, rows):
        assert a.calendar_id is not None  # the SQL asks for appointments in these calendars
        cal = by_id[a.calendar_id]
        conn = conns.get(cal.connection_id)
        items.append(_item_from(
            cal, conn.apple_id if conn else "", a.title, instant(a.start_ts),
            instant(a.end_ts), True, Reason.SHARED_APPOINTMENT, "", False,
            OccurrenceKind.EVENT, None, "",
        ))
    return items


def _own_events(reader: StoreReader, sub_account: SubAccountLike) -> OwnEvents:
    """The bookings shown as bookings here: this sub-account's own, and other
    sub-accounts' in its conflict calendars (their iCloud copies are the same event)."""
    rows = reader.rows(
        "SELECT a.uid, a.status, a.start_ts, a.end_ts FROM appointment a "
        f"WHERE a.sub_account_id = :sub OR a.calendar_id IN ({BLOCKING_CALENDAR_IDS})",
        {"sub": sub_account.id, **BLOCKING_ROLES})
    everywhere: set[str] = set()
    at: dict[str, set[tuple[int, int]]] = {}
    for uid, status, start_ts, end_ts in rows:
        if not uid:
            continue
        if status in NOT_CONFIRMED:
            at.setdefault(uid, set()).add((start_ts, end_ts))
        else:
            everywhere.add(uid)
    return OwnEvents(frozenset(everywhere), at)


def schedule_between(
    reader: StoreReader, sub_account: SubAccountLike, start: datetime, end: datetime
) -> list[ScheduleItem]:
    """Everything on the schedule in [start, end): iCloud occurrences (busy and free) from
    the conflict calendars, appointments and blocked slots, sorted by start.

    An appointment already synced back from the linked calendar is shown once, as the
    appointment.
    """
    start, end = as_utc(start), as_utc(end)
    calendars = conflict_calendars(reader, sub_account)
    conns = accounts_of(reader, calendars)
    # By UID, in the stored span and past it alike (expanded items carry no row id).
    own = _own_events(reader, sub_account)
    icloud = _icloud_items(reader, sub_account, calendars, conns, start, end, own)
    items = (icloud + _local_items(reader, sub_account, start, end)
             + _shared_appointment_items(reader, sub_account, calendars, conns, start, end))
    return sorted(items, key=lambda i: (i.start, i.end, i.title))


def busy_between(
    reader: StoreReader, sub_account: SubAccountLike, start: datetime, end: datetime
) -> list[Interval]:
    """Merged busy intervals in [start, end), clipped to it: what blocks a booking there
    (blocks_booking), so `busy` and `book` agree."""
    start, end = as_utc(start), as_utc(end)
    spans = [
        (max(i.blocks_from, start), min(i.blocks_until, end))
        for i in schedule_between(reader, sub_account, start, end)
        if blocks_booking(i, start, end)
    ]
    return merge_intervals(spans)


def free_events_between(
    reader: StoreReader, sub_account: SubAccountLike, start: datetime, end: datetime
) -> list[ScheduleItem]:
    """iCloud events that are shown but never block (free, cancelled, declined)."""
    return [i for i in schedule_between(reader, sub_account, start, end) if not i.busy]


def blocks_booking(item: ScheduleItem, start: datetime, end: datetime) -> bool:
    """Whether `item` keeps [start, end) from being booked: it is busy, takes time (an
    event without length takes none, as in a CalDAV free-busy answer; it is still shown)
    and overlaps the span. The one rule the booking check and the week's preview of a
    selected or dragged time both apply. An appointment's service buffers block too
    (blocks_from..blocks_until)."""
    return (item.busy and item.start < item.end and item.blocks_from < end
            and start < item.blocks_until)


def conflicts_with(
    reader: StoreReader, sub_account: SubAccountLike, start: datetime, end: datetime
) -> list[ScheduleItem]:
    """The busy items that a booking of [start, end) would collide with: the ones
    busy_between counts, so `busy` and `book` agree (blocks_booking)."""
    start, end = as_utc(start), as_utc(end)
    return [i for i in schedule_between(reader, sub_account, start, end)
            if blocks_booking(i, start, end)]


def repeat_conflicts(
    reader: StoreReader, sub_account: SubAccountLike, repeat: Repeat,
    first_start: datetime, first_end: datetime,
) -> list[ScheduleItem]:
    """What a blocked slot repeating by `repeat` from [first_start, first_end) would land
    on, as a one-off blocked slot may not: the sub-account's appointments and blocked
    slots (their repeats expanded), and other sub-accounts' appointments in its conflict
    calendars. Looked for up to the last of those plus a week (every repeat has shown
    its pattern by then), or to the rule's last day."""
    tz = zone_of(sub_account)
    latest = [end for (end,) in reader.rows(
        "SELECT max(a.end_ts) FROM appointment a WHERE a.status != :cancelled AND "
        f"(a.sub_account_id = :sub OR a.calendar_id IN ({BLOCKING_CALENDAR_IDS}))",
        {"sub": sub_account.id, **BLOCKING_ROLES, "cancelled": AppointmentStatus.CANCELLED.value})
        if end is not None]
    latest += [end for (end,) in reader.rows(
        "SELECT max(b.end_ts) FROM blocked_slot b WHERE b.sub_account_id = :sub",
        {"sub": sub_account.id}) if end is not None]
    horizon = max([first_end, *map(instant, latest)]) + timedelta(days=8)
    if repeat.until is not None:
        last_day = datetime.combine(repeat.until + timedelta(days=2), datetime.min.time(), tz)
        horizon = min(horizon, last_day.astimezone(UTC))
    start = as_utc(first_start)
    calendars = conflict_calendars(reader, sub_account)
    candidates = [i for i in (_local_items(reader, sub_account, start, horizon)
                              + _shared_appointment_items(reader, sub_account, calendars,
                                                          accounts_of(reader, calendars),
                                                          start, horizon))
                  if i.busy and i.end > i.start]
    return sorted((i for i in candidates
                   if occurrences(repeat, first_start, first_end, tz, i.start, i.end)),
                  key=lambda i: (i.start, i.end, i.title))
