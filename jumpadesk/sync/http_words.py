"""What the CalDAV client says when a request fails, one sentence each, worded for the
server in use (app-specific passwords are iCloud's), never with a credential in it."""

from __future__ import annotations

from urllib.parse import urlsplit

from jumpadesk import secrets
from jumpadesk.errors import AuthFailed
from jumpadesk.language import translate
from jumpadesk.secrets import password_kept_until_quit
from jumpadesk.sync.servers import is_icloud, service_name


def auth_sentence(apple_id: str = "", url: str = "", challenge: str = "") -> str:
    """The 401 in words; about app-specific passwords only when the server is iCloud."""
    if not is_icloud(url, challenge, apple_id):
        refused = translate("sync", "{host} did not accept the user name and password for "
                                    "{account}.") if apple_id else \
            translate("sync", "{host} did not accept the user name and password.")
        return refused.format(host=host_of(url), account=apple_id) + " " + translate(
            "sync", "Check both and connect again; if the server asks for an app password "
                    "(many do when two-factor sign-in is on), make one in its settings and use "
                    "that.")
    refused = translate("sync", "iCloud did not accept the Apple ID and password for "
                                "{account}.") if apple_id else \
        translate("sync", "iCloud did not accept the Apple ID and password.")
    return refused.format(account=apple_id) + " " + translate(
        "sync", "iCloud needs an app-specific password here, not your Apple ID password: make "
                "one at appleid.apple.com (Sign-In and Security, App-Specific Passwords) and "
                "connect again. App-specific passwords also stop working when the Apple ID "
                "password changes.")


def host_of(url: str) -> str:
    return urlsplit(url).hostname or url


def where(url: str) -> str:
    """For logs: host and path, never credentials or a query string."""
    parts = urlsplit(url)
    return f"{parts.hostname}{parts.path}"


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


def silent_sentence(url: str, seconds: float, midway: bool = False) -> str:
    said = translate("sync", "{host} stopped sending halfway through its answer for {seconds} "
                             "seconds, so jumpadesk stopped waiting (the server may be down or "
                             "overloaded); jumpadesk will try again at the next sync.") \
        if midway else \
        translate("sync", "{host} did not answer within {seconds} seconds, so jumpadesk "
                          "stopped waiting (the server may be down or overloaded); jumpadesk "
                          "will try again at the next sync.")
    return said.format(host=host_of(url), seconds=f"{seconds:.0f}")


def unfinished_sentence(url: str, seconds: float) -> str:
    return translate("sync", "{host} had not finished its answer after {seconds} seconds (it "
                             "was sending very slowly), so jumpadesk stopped waiting; jumpadesk "
                             "will try again at the next sync.").format(
        host=host_of(url), seconds=f"{seconds:.0f}")


def elsewhere_sentence(server_url: str, url: str, came_from: str, what: str,
                        account: str) -> str:
    """Why the password was not sent to `url`, and what the person can do."""
    parts = urlsplit(url)
    target = parts.hostname or url
    origin = host_of(came_from or server_url)
    home = host_of(server_url)
    if parts.scheme == "http" and urlsplit(server_url).scheme == "https":
        return translate("sync", "{origin} sent jumpadesk to an address that is not secure "
                                 "(http://{target}); jumpadesk will not send the password "
                                 "there, so nothing was read from it.").format(
            origin=origin, target=target)
    if parts.scheme not in ("http", "https"):
        return translate("sync", "{origin} sent jumpadesk to an address it cannot use "
                                 "({scheme}:); nothing was sent there.").format(
            origin=origin, scheme=parts.scheme)
    if what == "home":
        head = translate("sync", "{origin} says the calendars of {account} are on {target}, "
                                 "which is not {home}, the server this account was connected "
                                 "with").format(
            origin=origin, account=account or translate("sync", "this account"),
            target=target, home=home)
    else:
        head = translate("sync", "{origin} sent jumpadesk on to {target}, which is not "
                                 "{home}, the server this account was connected with").format(
            origin=origin, target=target, home=home)
    return translate("sync", "{refusal}; jumpadesk does not send the password to another "
                             "server, so nothing was read there. If the calendars really are "
                             "on {target}, connect the account again with https://{target}/ "
                             "as the server address.").format(refusal=head, target=target)


def unreachable_sentence(url: str) -> str:
    return translate("sync", "jumpadesk could not reach {host}. Check the internet "
                             "connection; jumpadesk will try again at the next sync.").format(
        host=host_of(url))


def unreadable_sentence(url: str) -> str:
    return translate("sync", "{host} sent an answer jumpadesk could not read (not the "
                             "calendar data it asked for), a fault on the server's side; "
                             "jumpadesk will try again at the next sync.").format(
        host=host_of(url))


def tls_sentence(url: str) -> str:
    return translate("sync", "The secure connection to {host} could not be set up or "
                             "verified. Check that the computer's date and time are right and "
                             "that no network filter or proxy intercepts secure "
                             "connections.").format(host=host_of(url))


def too_large_sentence(url: str, cap: int) -> str:
    return translate("sync", "{host} sent more than {megabytes} MB for one answer, so "
                             "jumpadesk stopped reading it (no calendar needs that much: most "
                             "likely a fault on the server); jumpadesk will try again at the "
                             "next sync.").format(host=host_of(url), megabytes=megabytes(cap))


def password_missing(apple_id: str, server_url: str = "") -> AuthFailed:
    """The keychain lost the password: the account shows "password no longer accepted"
    and the window offers to reconnect, as for a password the server refused. Worded
    for the server in use: app-specific passwords are iCloud's."""
    if server_url and secrets.kept_until_quit(server_url, apple_id):  # as the person chose
        return AuthFailed(password_kept_until_quit(apple_id, service_name(server_url, apple_id)))
    if server_url and not is_icloud(server_url, account=apple_id):
        return AuthFailed(translate(
            "sync", "The password for {account} on {service} is not in this computer's keychain "
                    "any more. Connect the account again.").format(
            account=apple_id, service=service_name(server_url, apple_id)))
    return AuthFailed(translate(
        "sync", "The app-specific password for {account} is not in this computer's keychain "
                "any more. Connect the account again with an app-specific password from "
                "appleid.apple.com.").format(account=apple_id))
