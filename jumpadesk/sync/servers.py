"""Which CalDAV server an account is on, in words: iCloud, or another (issue 14 item 7).

No network and no heavy imports: the availability rules and the sentences use it."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


def is_icloud(url: str = "", challenge: str = "") -> bool:
    """Whether the server is iCloud: its host, or iCloud's 401 challenge (realm MMCalDav,
    which the iCloud-like test and demo servers on loopback also send)."""
    host = (urlsplit(url).hostname or "").lower() if url else ""
    return not url or host == "icloud.com" or host.endswith(".icloud.com") or (
        "mmcaldav" in challenge.lower())


_SERVICES = {"fastmail.com": "Fastmail", "mailbox.org": "mailbox.org", "posteo.de": "Posteo",
             "gmx.net": "GMX", "web.de": "WEB.DE", "yahoo.com": "Yahoo", "zoho.com": "Zoho"}


def service_name(url: str) -> str:
    """What to call the server in sentences and labels ("Busy in Fastmail"): iCloud for
    iCloud and for the loopback servers that stand in for it (demo, tests), a known
    provider's name, else the host name."""
    host = (urlsplit(url).hostname or "").lower()
    if not host or is_icloud(url) or _loopback(host):
        return "iCloud"
    for domain, name in _SERVICES.items():
        if host == domain or host.endswith("." + domain):
            return name
    return host


def _loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
