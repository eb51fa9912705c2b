"""Time zone names: the computer's own, and one a person typed, checked.

Low in the house on purpose: the store's first sub-account is made in the computer's
zone by a migration (models/migrations/versions/0006_store_version.py), and the
services check the zones people type.
"""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jumpadesk.errors import InputError

log = logging.getLogger("jumpadesk.zones")


def system_timezone() -> str:
    """The computer's IANA zone name; UTC only when the system has none."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
        if name:
            ZoneInfo(name)
            return name
    except Exception:  # an unreadable system zone is not a reason to refuse to start
        log.warning("could not read the system time zone; using UTC")
    return "UTC"


def check_zone(name: str) -> str:
    """`name` when it is a time zone name; else InputError with an example."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(f'"{name}" is not a time zone name; use one like Europe/Berlin.') from exc
    return name
