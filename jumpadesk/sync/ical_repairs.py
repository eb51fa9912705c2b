"""Lenient reading (issue 14): small faults in an event are read the way that blocks, and
what was assumed is said; faults that leave its time unknowable make it broken.

Repaired here: a UTC time that also names a zone, several masters for one UID, a damaged
or never-occurring RRULE, an UNTIL date on a series that starts at a time, a floating end
on a zoned start. Refused: no start, a start or end that is not a time, an end before the
start, a negative duration.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

import icalendar
from icalendar.prop import vDDDTypes, vRecur

from jumpadesk.language import translate
from jumpadesk.sync.ical_component import (
    WrittenBack,
    as_list,
    date_of,
    describe,
    text_of,
    value_of,
)
from jumpadesk.sync.ical_dense import BY_RANGES, FREQUENCIES, in_range, never_occurs
from jumpadesk.sync.ical_rules import BrokenEvent, ExpandedOccurrence, is_date

# Properties whose damage makes an event's time unknowable; damage elsewhere (GEO, ATTENDEE,
# DESCRIPTION...) does not change when it blocks.
_TIME_PROPERTIES = ("DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID")
_TZID_ON_UTC = re.compile(
    r"^(?P<head>(?:DTSTART|DTEND|RECURRENCE-ID|EXDATE|RDATE)(?:;[^:\r\n]*?)?)"
    r";TZID=(?P<tzid>\"[^\"\r\n]*\"|[^;:\r\n]*)"
    r"(?P<tail>(?:;[^:\r\n]*)?:\d{8}T\d{6}Z(?:,\d{8}T\d{6}Z)*)(?P<end>\r?)$",
    re.MULTILINE | re.IGNORECASE,
)
_UTC_NAMES = frozenset({"UTC", "ETC/UTC", "GMT", "ETC/GMT", "Z", "ZULU", "ETC/ZULU",
                        "UNIVERSAL", "ETC/UNIVERSAL", "ETC/UCT", "UCT"})
_UNTIL_VALUE = re.compile(r"^\d{8}(T\d{6}Z?)?$")
_RRULE_PARTS = {
    "FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY",
    "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST",
}


def drop_tzid_on_utc(ics: str) -> tuple[str, bool]:
    """A UTC time ("...Z") that also carries a TZID: the Z is explicit, so it wins (RFC 5545
    3.3.5 forbids the pair); icalendar alone would read the digits in the TZID's zone."""
    if "TZID" not in ics.upper():
        return ics, False
    assumed = False

    def drop(match: re.Match[str]) -> str:
        nonlocal assumed
        # TZID=UTC beside a Z (some servers write it so for a UTC calendar) says the same
        # thing twice: nothing was assumed. Another zone beside a Z is a real conflict.
        if match.group("tzid").strip('"').upper() not in _UTC_NAMES:
            assumed = True
        return match.group("head") + match.group("tail") + match.group("end")

    return _TZID_ON_UTC.sub(drop, ics), assumed


def separate_extra_masters(
    events: list[icalendar.cal.Component], assumed: dict[int, list[str]]
) -> dict[str, str]:
    """Several masters for one UID: each one blocks (the reading that blocks), under an
    internal alias so the expander does not drop all but one. Returns {alias: UID}."""
    seen: set[str] = set()
    aliases: dict[str, str] = {}
    for event in events:
        if "RECURRENCE-ID" in event:
            continue
        uid = text_of(event, "UID")
        if uid in seen:
            alias = f"{uid}#jumpadesk-{len(aliases) + 1}"
            event["UID"] = icalendar.vText(alias)
            aliases[alias] = uid
            assumed.setdefault(id(event), []).append(
                "is one of several versions with the same UID; each version blocks"
            )
        seen.add(uid)
    return aliases


def with_assumptions(
    occurrence: ExpandedOccurrence, aliases: dict[str, str], texts: list[str]
) -> ExpandedOccurrence:
    """The occurrence under its event's own UID (not an alias), a blocking one carrying
    what was assumed to read it (beside its reason)."""
    uid = aliases.get(occurrence.uid, occurrence.uid)
    assumed = occurrence.assumed
    if texts and occurrence.busy and not assumed:
        assumed = "; ".join(texts)
    if uid == occurrence.uid and assumed == occurrence.assumed:
        return occurrence
    return replace(occurrence, uid=uid, assumed=assumed)


def check_event(event: icalendar.cal.Component) -> None:
    """Refuse an event whose time cannot be known, before the library guesses."""
    for name, message in getattr(event, "errors", []):
        if name in _TIME_PROPERTIES:
            raise BrokenEvent(translate("sync", "{event} has an unreadable {name}: {why}").format(
                event=describe(event), name=name, why=message))
    if "DTSTART" not in event:
        raise BrokenEvent(translate("sync", "{event} has no start time (DTSTART)").format(
            event=describe(event)))
    for name in ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID"):
        if isinstance(event.get(name), list):
            raise BrokenEvent(translate("sync", "{event} has more than one {name}").format(
                event=describe(event), name=name))
    for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
        if name in event and not isinstance(value_of(event[name]), date):  # e.g. a duration
            raise BrokenEvent(translate("sync", "{event} has a {name} that is neither a date nor a "
                                   "time").format(event=describe(event), name=name))


def check_span(event: icalendar.cal.Component, assumed: dict[int, list[str]]) -> None:
    """Refuse an event that ends before it starts, or lasts less than nothing; an end zoned
    unlike its start (one floating, one not) is read like the start."""
    start = date_of(event, "DTSTART")
    if "DTEND" in event:
        end = date_of(event, "DTEND")
        if is_date(start) != is_date(end):
            raise BrokenEvent(translate("sync", "{event} mixes a date and a date-time in "
                                   "DTSTART/DTEND").format(event=describe(event)))
        if isinstance(start, datetime) and isinstance(end, datetime) and (
                (start.tzinfo is None) != (end.tzinfo is None)):
            # Read the end in the start's terms (its wall-clock digits), as the start is.
            end = end.replace(tzinfo=start.tzinfo)
            prop = event["DTEND"]
            if isinstance(prop, vDDDTypes):  # as date_of found it
                prop.dt = end
            assumed.setdefault(id(event), []).append(
                "its start and end mix a floating and a zoned time; the end is read like the start"
            )
        if end < start:
            raise BrokenEvent(translate(
                "sync", "{event} ends before it starts (DTSTART {start}, DTEND {end})").format(
                event=describe(event), start=start.isoformat(), end=end.isoformat()))
    elif "DURATION" in event:
        duration = value_of(event["DURATION"])
        if not isinstance(duration, timedelta) or duration < timedelta(0):
            raise BrokenEvent(translate("sync", "{event} has a negative DURATION").format(
                event=describe(event)))


def repair_rrule(event: icalendar.cal.Component, assumed: dict[int, list[str]]) -> None:
    """Read a damaged RRULE the way that blocks: unknown or unreadable parts are dropped (a
    dropped UNTIL/COUNT/INTERVAL/BY part only adds occurrences); a rule whose FREQ cannot be
    read, or that counts in another calendar (RSCALE, RFC 7529), is dropped, so the event
    blocks at least its first occurrence."""
    rules = as_list(event.get("RRULE"))
    if not rules:
        return
    kept: list[vRecur] = []
    notes: list[str] = []
    for rule in rules:
        # A rule icalendar could not read is text (vBroken): it is read from that text.
        raw = rule.to_ical().decode("utf-8", errors="replace") if isinstance(
            rule, WrittenBack) else str(rule)
        raw = raw.replace("\\;", ";").replace("\\,", ",")
        parts = _rule_parts(raw)
        values = dict(parts)
        scale = values.get("RSCALE", "GREGORIAN").upper()
        freq = values.get("FREQ", "").upper()
        if scale != "GREGORIAN":
            notes.append(f"repeats by the {scale.title()} calendar (RSCALE), which jumpadesk "
                         "cannot follow; only its first occurrence blocks")
            continue
        if freq not in FREQUENCIES:
            notes.append(f"has a repeat rule jumpadesk cannot read ({raw[:60]}); only its first "
                         "occurrence blocks")
            continue
        good, dropped = _readable_parts(event, freq, parts, notes)
        rule_text = ";".join(good)
        if not _readable_rule(rule_text):  # e.g. both COUNT and UNTIL: keep the longer reading
            rule_text = ";".join(p for p in good if not p.startswith(("COUNT=", "UNTIL=")))
            dropped.append("COUNT/UNTIL")
        if never_occurs(rule_text, _start_of(event)):
            notes.append(f"has a repeat rule that can never occur ({raw[:60]}); only its "
                         "first occurrence blocks")
            continue
        if dropped:
            unknown = ", ".join(dropped)[:80]
            notes.append(f"has repeat-rule parts jumpadesk does not know ({unknown}), "
                         "which were left out")
        kept.append(vRecur.from_ical(rule_text))
    if not notes:
        return
    del event["RRULE"]
    for rule in kept:
        event.add("RRULE", rule)
    if hasattr(event, "errors"):
        event.errors[:] = [e for e in event.errors if e[0] != "RRULE"]
    assumed.setdefault(id(event), []).extend(notes)


def _rule_parts(raw: str) -> list[tuple[str, str]]:
    """An RRULE's text as (KEY, value) pairs in order, keys upper-cased, blanks skipped."""
    parts: list[tuple[str, str]] = []
    for piece in raw.split(";"):
        key, _, value = piece.partition("=")
        if key.strip():
            parts.append((key.strip().upper(), value.strip()))
    return parts


def _readable_parts(event: icalendar.cal.Component, freq: str, parts: list[tuple[str, str]],
                    notes: list[str]) -> tuple[list[str], list[str]]:
    """The parts of a rule with a readable FREQ that can be kept ("FREQ=..." first), and
    those dropped because they cannot be read or would hang the expansion."""
    good: list[str] = [f"FREQ={freq}"]
    dropped: list[str] = []
    for key, value in parts:
        if key in ("FREQ", "RSCALE", "SKIP"):
            continue
        if key == "UNTIL" and len(value) == 8 and value.isdigit():
            value = _until_day_end(event, value, notes)
        if key == "UNTIL" and not _UNTIL_VALUE.match(value):  # "PT", "2026": unreadable
            dropped.append(f"{key}={value}")
            continue
        if key in ("INTERVAL", "COUNT") and not (value.isdigit() and int(value) > 0):
            dropped.append(f"{key}={value}")  # INTERVAL=0 never moves on: it would hang
            continue
        if key in BY_RANGES:  # out-of-range values (BYMONTH=13) match nothing
            valid = [v for v in value.split(",") if in_range(key, v)]
            if valid and len(valid) < len(value.split(",")):
                dropped.append(f"{key}={value}")
                value = ",".join(valid)
        piece = f"{key}={value}"
        if key in _RRULE_PARTS and _readable_rule(f"FREQ={freq};{piece}"):
            good.append(piece)
        else:
            dropped.append(piece)
    return good, dropped


@lru_cache(maxsize=256)
def _readable_rule(text: str) -> bool:
    try:
        vRecur.from_ical(text)
    except Exception:  # icalendar raises ValueError and others
        return False
    return True


def _start_of(event: icalendar.cal.Component) -> object:
    try:
        return value_of(event["DTSTART"])
    except Exception:  # no readable start: check_event says so
        return None


def _until_day_end(event: icalendar.cal.Component, day: str, notes: list[str]) -> str:
    """UNTIL given as a date on a series that starts at a time (RFC 5545 wants the same
    type): read as the end of that day, so that day's occurrence still blocks."""
    try:
        start = value_of(event["DTSTART"])
    except Exception:  # no readable start: check_event says so
        return day
    if not isinstance(start, datetime):
        return day
    notes.append("its repeat rule ends on a date although it starts at a time; "
                 "read as the end of that day")
    try:
        end = datetime.strptime(day + "235959", "%Y%m%d%H%M%S")
        if start.tzinfo is None:
            return end.strftime("%Y%m%dT%H%M%S")
        return end.replace(tzinfo=start.tzinfo).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    except (OverflowError, ValueError):  # 99991231 west of UTC, or no such day
        return day + "T235959"

