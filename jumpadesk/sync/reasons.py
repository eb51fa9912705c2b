"""What each stored reason means, in words; apart from the parser so that reading the
schedule does not import it."""

from __future__ import annotations

from jumpadesk.kinds import Reason

REASONS: dict[str, str] = {
    Reason.BUSY: "Busy in iCloud",
    Reason.TENTATIVE: "Tentative in iCloud (blocks)",
    Reason.FREE: "Free in iCloud",
    Reason.CANCELLED: "Cancelled in iCloud",
    Reason.DECLINED: "Declined invitation",
    Reason.TRAVEL: "Travel time",
    Reason.UNEXPANDABLE: "Repeats too often to show one by one; blocks all the time it covers",
    Reason.UNREADABLE: "Could not be read; blocks its first occurrence",
}

# A reason may carry what jumpadesk assumed to read the event: "busy;<assumption>".
NOTE_SEPARATOR = ";"


def describe_reason(reason: str, service: str = "iCloud") -> str:
    """The text for a stored reason: REASONS[key] worded for the server in use ("Busy in
    Fastmail"), plus any assumption in brackets."""
    key, _, note = reason.partition(NOTE_SEPARATOR)
    text = REASONS.get(key, key).replace("iCloud", service)
    return f"{text} ({note})" if note else text


def reason_key(reason: str) -> str:
    """The REASONS key of a stored reason (without its assumption)."""
    return reason.partition(NOTE_SEPARATOR)[0]

