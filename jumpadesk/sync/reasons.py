"""What each stored reason means, in words; apart from the parser so that reading the
schedule does not import it."""

from __future__ import annotations

from jumpadesk.kinds import Reason
from jumpadesk.language import translate

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

# The store keeps a reason and what jumpadesk assumed to read the event in one column,
# "busy;<assumption>"; the schedule carries them apart (read_reason).
NOTE_SEPARATOR = ";"


def reason_words(reason: str, assumed: str = "", service: str = "iCloud") -> str:
    """A reason in words for the server in use, with what was assumed (if anything) in
    brackets: "Busy in Fastmail (time zone 'X' is unknown; read in the business's zone)"."""
    text = REASONS.get(reason, reason).replace("iCloud", service)
    return f"{text} ({assumed})" if assumed else text


def _said(service: str) -> dict[str, str]:
    """Each reason in the person's language, for the server in use."""
    return {
        Reason.BUSY: translate("reasons", "Busy in {service}").format(service=service),
        Reason.TENTATIVE: translate("reasons", "Tentative in {service} (blocks)").format(
            service=service),
        Reason.FREE: translate("reasons", "Free in {service}").format(service=service),
        Reason.CANCELLED: translate("reasons", "Cancelled in {service}").format(
            service=service),
        Reason.DECLINED: translate("reasons", "Declined invitation"),
        Reason.TRAVEL: translate("reasons", "Travel time"),
        Reason.UNEXPANDABLE: translate("reasons", "Repeats too often to show one by one; "
                                                  "blocks all the time it covers"),
        Reason.UNREADABLE: translate("reasons", "Could not be read; blocks its first "
                                                "occurrence"),
        Reason.APPOINTMENT: translate("reasons", "Appointment booked in jumpadesk"),
        Reason.SHARED_APPOINTMENT: translate("reasons", "Appointment booked in jumpadesk by "
                                                        "another sub-account"),
        Reason.BLOCKED: translate("reasons", "Blocked slot"),
    }


def reason_said(reason: str, assumed: str = "", service: str = "iCloud") -> str:
    """`reason_words` in the person's language, for what people read (the store and
    `--json` keep the English words)."""
    text = _said(service).get(reason, reason)
    return translate("reasons", "{reason} ({assumed})").format(reason=text, assumed=assumed) \
        if assumed else text


def read_reason(stored: str, busy: bool) -> tuple[Reason, str]:
    """A stored reason as the schedule carries it: the Reason, and what was assumed to read
    the event ("": nothing). A key that is not a Reason (none is ever stored) reads as
    busy or free, by whether the event blocks, and is kept as the note."""
    key, _, note = stored.partition(NOTE_SEPARATOR)
    try:
        return Reason(key), note
    except ValueError:
        return (Reason.BUSY if busy else Reason.FREE), stored


