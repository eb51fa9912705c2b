"""Which CalDAV server an account is on, in words: iCloud, or another (issue 14 item 7).

No network and no heavy imports: the availability rules and the sentences use it."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

_APPLE_MAIL = ("icloud.com", "me.com", "mac.com")


def is_icloud(url: str = "", challenge: str = "", account: str = "") -> bool:
    """Whether the server is iCloud: its host, iCloud's 401 challenge (realm MMCalDav), or
    a server on this computer signed in to with an Apple ID (the demo and the iCloud-like
    test server stand in for iCloud that way; a local Radicale with a user name does not)."""
    host = (urlsplit(url).hostname or "").lower() if url else ""
    if not url or host == "icloud.com" or host.endswith(".icloud.com"):
        return True
    if "mmcaldav" in challenge.lower():
        return True
    return is_loopback(host) and account.strip().lower().rpartition("@")[2] in _APPLE_MAIL


# Where the stand-ins for iCloud on this computer (the demo, the tests' iCloud-like server)
# keep an account: discovery on the first, the calendar home on the second, as iCloud
# hands out a home on a partition host (pNN-caldav.icloud.com).
_STAND_IN_HOSTS = ("127.0.0.1", "127.0.0.2", "localhost")


def password_may_go_to(server_url: str, url: str, account: str = "") -> bool:
    """Whether a request to `url` may carry the password of the account on `server_url`:
    the same host (any port), and for iCloud any of Apple's own *.icloud.com hosts (the
    calendar home lives on a partition host). Never from https to plain http, and plain
    http only on this computer."""
    home, there = urlsplit(server_url), urlsplit(url)
    home_host = (home.hostname or "").lower()
    host = (there.hostname or "").lower()
    if not host or there.scheme not in ("http", "https"):
        return False
    if there.scheme == "http" and (home.scheme == "https" or not is_loopback(host)):
        return False
    if host == home_host:
        return True
    if _apple_host(home_host) and _apple_host(host):
        return True
    return (home_host in _STAND_IN_HOSTS and host in _STAND_IN_HOSTS
            and is_icloud(server_url, account=account))


def _apple_host(host: str) -> bool:
    return host == "icloud.com" or host.endswith(".icloud.com")


_SERVICES = {"fastmail.com": "Fastmail", "mailbox.org": "mailbox.org", "posteo.de": "Posteo",
             "gmx.net": "GMX", "web.de": "WEB.DE", "yahoo.com": "Yahoo", "zoho.com": "Zoho"}


def service_name(url: str, account: str = "") -> str:
    """What to call the server in every sentence and label, in the window and on the
    command line ("Busy in Fastmail", "cannot reach 127.0.0.1", "Fastmail sam"; issue 21
    item 4): iCloud for iCloud and for its stand-ins on this computer (see is_icloud), a
    known provider's name, else the host name (a Nextcloud of one's own is named by its
    host, which says which of them). The one function for it: nothing else says
    "iCloud" of an account."""
    host = (urlsplit(url).hostname or "").lower()
    if not host or is_icloud(url, account=account):
        return "iCloud"
    for domain, name in _SERVICES.items():
        if host == domain or host.endswith("." + domain):
            return name
    return host


def is_loopback(host: str | None) -> bool:
    """Whether `host` (a URL's host name or address) is this computer: "localhost" or a
    name under it (RFC 6761), in any case and with or without the final dot of a fully
    qualified name, or a loopback address (127.0.0.0/8, ::1, and 127.x written as an
    IPv4-mapped IPv6 address). Anything else, "0.0.0.0" included, is not."""
    host = (host or "").strip().strip("[]").lower()
    name = host[:-1] if host.endswith(".") else host
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback
