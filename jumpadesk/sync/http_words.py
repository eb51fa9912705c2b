"""What the CalDAV client says when a request fails, one sentence each, worded for the
server in use (app-specific passwords are iCloud's), never with a credential in it."""

from __future__ import annotations

from urllib.parse import urlsplit

from jumpadesk import secrets
from jumpadesk.errors import AuthFailed
from jumpadesk.secrets import password_kept_until_quit
from jumpadesk.sync.servers import is_icloud, service_name


def auth_sentence(apple_id: str = "", url: str = "", challenge: str = "") -> str:
    """The 401 in words; about app-specific passwords only when the server is iCloud."""
    who = f" for {apple_id}" if apple_id else ""
    if not is_icloud(url, challenge, apple_id):
        return (
            f"{host_of(url)} did not accept the user name and password{who}. Check both and "
            "connect again; if the server asks for an app password (many do when two-factor "
            "sign-in is on), make one in its settings and use that."
        )
    return (
        f"iCloud did not accept the Apple ID and password{who}. iCloud needs an "
        "app-specific password here, not your Apple ID password: make one at "
        "appleid.apple.com (Sign-In and Security, App-Specific Passwords) and connect "
        "again. App-specific passwords also stop working when the Apple ID password changes."
    )


def host_of(url: str) -> str:
    return urlsplit(url).hostname or url


def where(url: str) -> str:
    """For logs: host and path, never credentials or a query string."""
    parts = urlsplit(url)
    return f"{parts.hostname}{parts.path}"


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


def silent_sentence(url: str, seconds: float, midway: bool = False) -> str:
    what = (f"stopped sending halfway through its answer for {seconds:.0f} seconds" if midway
            else f"did not answer within {seconds:.0f} seconds")
    return (
        f"{host_of(url)} {what}, so jumpadesk stopped waiting (the server may be down or "
        "overloaded); jumpadesk will try again at the next sync."
    )


def unfinished_sentence(url: str, seconds: float) -> str:
    return (
        f"{host_of(url)} had not finished its answer after {seconds:.0f} seconds (it was "
        "sending very slowly), so jumpadesk stopped waiting; jumpadesk will try again at "
        "the next sync."
    )


def elsewhere_sentence(server_url: str, url: str, came_from: str, what: str,
                        account: str) -> str:
    """Why the password was not sent to `url`, and what the person can do."""
    parts = urlsplit(url)
    target = parts.hostname or url
    origin = host_of(came_from or server_url)
    home = host_of(server_url)
    if parts.scheme == "http" and urlsplit(server_url).scheme == "https":
        return (
            f"{origin} sent jumpadesk to an address that is not secure (http://{target}); "
            "jumpadesk will not send the password there, so nothing was read from it."
        )
    if parts.scheme not in ("http", "https"):
        return (f"{origin} sent jumpadesk to an address it cannot use ({parts.scheme}:); "
                "nothing was sent there.")
    if what == "home":
        head = (f"{origin} says the calendars of {account or 'this account'} are on "
                f"{target}, which is not {home}, the server this account was connected with")
    else:
        head = (f"{origin} sent jumpadesk on to {target}, which is not {home}, the server "
                "this account was connected with")
    return (
        f"{head}; jumpadesk does not send the password to another server, so nothing was "
        f"read there. If the calendars really are on {target}, connect the account again "
        f"with https://{target}/ as the server address."
    )


def unreachable_sentence(url: str) -> str:
    return (
        f"jumpadesk could not reach {host_of(url)}. Check the internet connection; "
        "jumpadesk will try again at the next sync."
    )


def unreadable_sentence(url: str) -> str:
    return (
        f"{host_of(url)} sent an answer jumpadesk could not read (not the calendar data it "
        "asked for), a fault on the server's side; jumpadesk will try again at the next "
        "sync."
    )


def tls_sentence(url: str) -> str:
    return (
        f"The secure connection to {host_of(url)} could not be set up or verified. Check "
        "that the computer's date and time are right and that no network filter or proxy "
        "intercepts secure connections."
    )


def too_large_sentence(url: str, cap: int) -> str:
    return (
        f"{host_of(url)} sent more than {megabytes(cap)} MB for one answer, so jumpadesk "
        "stopped reading it (no calendar needs that much: most likely a fault on the "
        "server); jumpadesk will try again at the next sync."
    )


def password_missing(apple_id: str, server_url: str = "") -> AuthFailed:
    """The keychain lost the password: the account shows "password no longer accepted"
    and the window offers to reconnect, as for a password the server refused. Worded
    for the server in use: app-specific passwords are iCloud's."""
    if server_url and secrets.kept_until_quit(server_url, apple_id):  # as the person chose
        return AuthFailed(password_kept_until_quit(apple_id, service_name(server_url, apple_id)))
    if server_url and not is_icloud(server_url, account=apple_id):
        return AuthFailed(
            f"The password for {apple_id} on {service_name(server_url, apple_id)} is not in this "
            "computer's keychain any more. Connect the account again."
        )
    return AuthFailed(
        f"The app-specific password for {apple_id} is not in this computer's keychain any "
        "more. Connect the account again with an app-specific password from "
        "appleid.apple.com."
    )
