"""What each stored reason means, in words; apart from the parser so that reading the
schedule does not import it."""

from __future__ import annotations

REASONS: dict[str, str] = {
    "busy": "Busy in iCloud",
    "tentative": "Tentative in iCloud (blocks)",
    "free": "Free in iCloud",
    "cancelled": "Cancelled in iCloud",
    "declined": "Declined invitation",
    "travel": "Travel time",
}
