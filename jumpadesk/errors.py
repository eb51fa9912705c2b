"""Errors the environment or the person causes (not bugs).

Every one carries a sentence a shop owner can act on: str(error) is that sentence.
The command line prints it; the window shows it. Anything else is a bug.
"""

from __future__ import annotations

from jumpadesk.language import translate


class JumpadeskError(Exception):
    """A known failure with a sentence for the person."""

    @property
    def sentence(self) -> str:
        return str(self)


class InputError(JumpadeskError):
    """The person's input cannot be used (a time without a zone, an end before its start)."""


class NotFound(JumpadeskError):
    """A named thing (calendar, appointment, sub-account) does not exist."""


class NotConnected(JumpadeskError):
    """The sub-account has no calendar account connected, or no linked calendar, yet."""


class NoLinkedCalendar(NotConnected):
    """No linked calendar is chosen, so a booking has nowhere to go. The sentence is the
    command line's; the window recognises this kind and words it itself."""


class SlotTaken(JumpadeskError):
    """A booking overlaps busy time; `conflicts` says what blocks it, `free_starts` the
    nearest starts (UTC datetimes) where the same length is free (services/free.py)."""

    def __init__(self, sentence: str, conflicts: list | None = None,
                 free_starts: list | None = None) -> None:
        super().__init__(sentence)
        self.conflicts = conflicts or []
        self.free_starts = free_starts or []


class StoreError(JumpadeskError):
    """The local store cannot be read or written (disk full, file locked, newer schema)."""


class StoreNeedsUpgrade(StoreError):
    """A shared store other desks use has an older schema than this jumpadesk's. It is
    not upgraded without being asked: once it is, every desk needs this version. The
    sentence is the command line's; the window asks with the parts."""

    def __init__(self, where: str, revision: str, head: str, version: str,
                 made_by: str | None, changes: list[str]) -> None:
        self.where = where  # "the shared schedule on db.local:5432 (salon)"
        self.revision = revision  # the store's schema now
        self.head = head  # the schema this jumpadesk needs
        self.version = version  # this jumpadesk's version: what every desk will need
        self.made_by = made_by  # the jumpadesk that made the store's schema, when known
        self.changes = changes  # what the upgrade does, one line per revision
        said = translate("errors", "{store} has the schema of jumpadesk {made_by} ({revision}); "
                                   "this desk runs jumpadesk {version}, which needs schema "
                                   "{head}. Run `jumpadesk store upgrade` to upgrade it; after "
                                   "that every desk that shares it needs jumpadesk {version} or "
                                   "newer.") if made_by else \
            translate("errors", "{store} has the schema of an older jumpadesk ({revision}); "
                                "this desk runs jumpadesk {version}, which needs schema {head}. "
                                "Run `jumpadesk store upgrade` to upgrade it; after that every "
                                "desk that shares it needs jumpadesk {version} or newer.")
        super().__init__(said.format(store=f"{where[:1].upper()}{where[1:]}", made_by=made_by,
                                     revision=revision, version=version, head=head))


class UnknownAccount(NotFound):
    """An Apple ID (or user name) named to be used without its password that is not
    connected at this desk for any sub-account; nothing is made."""


class UnknownSubAccount(NotFound):
    """A sub-account named on the command line (or kept by a window) that the store does
    not have; nothing is made on the fly."""

    def __init__(self, name: str, known: list[str]) -> None:
        self.name = name
        self.known = known
        said = translate("errors", "There is no sub-account named '{name}'; there are: "
                                   "{known}.") if known else \
            translate("errors", "There is no sub-account named '{name}'; there are none yet.")
        super().__init__(said.format(name=name, known=", ".join(known)))


class SubAccountGone(NotFound):
    """A sub-account a window was showing was removed (at another desk, or from the
    command line) since it was chosen."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(translate("errors", "The sub-account '{name}' was removed (at another "
                                             "desk or from the command line).").format(
            name=name))


class DamagedStore(StoreError):
    """The store's file is damaged (empty, not SQLite, cut short, malformed pages). It is
    not opened, never taken for a fresh start; the sentence names it and the newest
    backup beside it."""

    def __init__(self, sentence: str, path: object) -> None:
        super().__init__(sentence)
        self.path = path


class KeychainUnavailable(JumpadeskError):
    """No usable system keychain; the password is never written anywhere else instead."""

    def __init__(self, sentence: str | None = None) -> None:
        super().__init__(
            sentence
            or translate("errors", "No system keychain is available on this computer, so "
                                   "jumpadesk cannot keep the app-specific password safely. "
                                   "Install or unlock a keychain (for example GNOME Keyring or "
                                   "KWallet) and try again.")
        )


class NoKeychain(KeychainUnavailable):
    """Found before connecting: no system keychain keeps what it is given, and the
    person has not yet chosen where else the password goes. The sentence is the command
    line's; the window recognises this kind and offers the choice itself."""

    def __init__(self, sentence: str | None = None) -> None:
        super().__init__(
            sentence
            or translate("errors", "This computer has no system keychain to keep the password "
                                   "in, so jumpadesk did not connect. Connect again with "
                                   "--password-in-file to keep it in a file in jumpadesk's data "
                                   "folder that only you can read (anyone who can read your "
                                   "files as you could read it), or with --password-for-this-run "
                                   "to keep it nowhere (each later command then reads it from "
                                   "JUMPADESK_PASSWORD).")
        )


class SyncError(JumpadeskError):
    """A CalDAV failure; subclasses below say which kind."""


class AuthFailed(SyncError):
    """The server refused the Apple ID and password (HTTP 401)."""


class ServerUnreachable(SyncError):
    """No answer: no network, DNS failure, refused or cut connection, timeout."""


class NoAnswer(ServerUnreachable):
    """The request went out but no complete answer came back in time: nothing at all
    within the stall timeout, or an answer still unfinished at the request's deadline.
    For a write, whether the server stored it is unknown."""


class AnswerTooLarge(ServerUnreachable):
    """The server sent more than jumpadesk reads for one answer; it stopped reading.
    For a write, whether the server stored it is unknown."""


class ForeignHost(SyncError):
    """A server sent jumpadesk to another host (a redirect, a calendar home elsewhere) or
    from https to plain http; the password was not sent there."""


class TLSFailure(SyncError):
    """The secure connection could not be established or verified."""


class ServerFailed(SyncError):
    """The server answered with an error (5xx, or an unexpected status)."""


class ListingIncomplete(ServerFailed):
    """A calendar's listing cannot be trusted to be whole (cut short, paged without a way
    on, without its sync token, or still paging at its deadline): nothing of it is
    stored, and the calendar is out of date until a listing is whole again."""


class AnswerUnreadable(ServerFailed):
    """A complete answer that is not what was asked for (a 207 that is not readable XML).
    Asking again would bring the same, so it is not retried."""


class WriteRefused(SyncError):
    """The server refused a write (403: read-only calendar, or Apple said no)."""


class BookingUnconfirmed(SyncError):
    """A booking was sent but iCloud's answer never arrived, so it may be there or not.
    It is kept as pending (its time stays taken); the next sync finishes it, once."""

    def __init__(self, sentence: str, appointment_id: int) -> None:
        super().__init__(sentence)
        self.appointment_id = appointment_id


class ChangedOnServer(SyncError):
    """The object changed on the server since it was read (412)."""


class CannotSave(JumpadeskError):
    """A file the person asked for (a day sheet, a CSV) could not be written where they
    said; nothing is left half written there."""
