"""Fetching one calendar's changes: what the server says changed, before anything is
stored.

sync-collection from the saved token (an empty token when none, or when the server
refuses it), page after page until the server says the listing is whole; objects listed
without their data are read with calendar-multiget. Servers without sync-collection are
compared by ETag listing and multiget. A listing that cannot be trusted to be whole
(cut short, paged with no way on, without its token, still paging at its deadline) is
ListingIncomplete: nothing of it may be stored, and it never deletes an event as unseen.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from jumpadesk.config import Settings
from jumpadesk.errors import ListingIncomplete, ServerFailed
from jumpadesk.language import counted, translate
from jumpadesk.sync import davxml
from jumpadesk.sync.client import CalDAVClient, Response
from jumpadesk.sync.davxml import CALDAV, DAV, tag
from jumpadesk.sync.servers import service_name

log = logging.getLogger("jumpadesk.sync.fetch")

MULTIGET_CHUNK = 100

# What is handed each response of an answer as it arrives (CalDAVClient.report).
OnResponse = Callable[[davxml.DavResponse], None] | None


class TokenRefused(Exception):
    """The server no longer knows the saved sync token (403/409, body or not)."""


class SyncUnsupported(Exception):
    """The server does not do sync-collection here: use ETags and multiget."""


@dataclass
class Fetched:
    """What the server said about one calendar, before anything is stored."""

    changes: dict[str, tuple[str, str]] = field(default_factory=dict)  # path -> etag, ics
    deleted: set[str] = field(default_factory=set)
    full: bool = False  # a complete listing: stored objects not in `seen` are gone
    seen: set[str] = field(default_factory=set)
    token: str = ""
    complete: bool = True  # False when an href was listed but could not be read yet
    method: str = "sync-collection"


def _unquote_etag(etag: str) -> str:
    return etag.strip()


def _multiget(
    client: CalDAVClient, cal_url: str, paths: list[str], fetched: Fetched,
    on_response: OnResponse = None,
) -> None:
    """Read the data of `paths` (calendar-multiget). A 404 for an href means it vanished
    since it was listed: it is deleted, and the pass still completes. An href answered
    without data (or not at all) keeps the pass from advancing the token, so it is asked
    for again next time."""
    for i in range(0, len(paths), MULTIGET_CHUNK):
        chunk = paths[i : i + MULTIGET_CHUNK]
        # RFC 4791 7.9: no Depth header on calendar-multiget.
        r = client.report(cal_url, davxml.multiget_body(chunk), depth=None,
                          on_response=on_response)
        if r.status != 207 or r.multistatus is None:
            raise ServerFailed(translate(
                "sync", "The server could not send the events (HTTP {status}); jumpadesk "
                        "will try again at the next sync.").format(status=r.status))
        got: set[str] = set()
        for item in r.multistatus.responses:
            data = item.raw_text(tag(CALDAV, "calendar-data"))
            if _vanished(item) and item.path in chunk:
                log.info("%s vanished between listing and fetch; treated as deleted", item.path)
                fetched.changes.pop(item.path, None)
                fetched.seen.discard(item.path)
                fetched.deleted.add(item.path)
                got.add(item.path)
                continue
            if item.status == 404 or not data.strip():
                continue
            fetched.changes[item.path] = (_unquote_etag(item.text(tag(DAV, "getetag"))), data)
            fetched.deleted.discard(item.path)
            got.add(item.path)
        for path in chunk:
            if path not in got:
                log.info("%s was listed but could not be read yet; asking again next sync", path)
                fetched.complete = False


def _vanished(item: davxml.DavResponse) -> bool:
    """A multiget member answered 404 (or 410): the object is not there any more."""
    if item.status in (404, 410):
        return True
    # Or per property: no data and nothing else found, the data itself "not found".
    return item.status is None and not item.props and tag(CALDAV, "calendar-data") in item.missing


@dataclass(frozen=True)
class ListingDeadline:
    """When the listing of one calendar, all its pages and fallbacks, must be done."""

    seconds: float
    ends: float

    @classmethod
    def starting_now(cls, seconds: float) -> ListingDeadline:
        return cls(seconds, time.monotonic() + seconds)

    def passed(self) -> bool:
        return time.monotonic() >= self.ends

    def words(self) -> str:
        if self.seconds >= 120 and self.seconds % 60 == 0:
            minutes = int(self.seconds // 60)
            return counted(minutes, translate("sync", "%n minute"),
                           translate("sync", "%n minutes"))
        if self.seconds == int(self.seconds):
            return counted(int(self.seconds), translate("sync", "%n second"),
                           translate("sync", "%n seconds"))
        return translate("sync", "{seconds} seconds").format(seconds=f"{self.seconds:g}")


def _sync_collection(
    client: CalDAVClient, cal_url: str, cal_path: str, token: str, deadline: ListingDeadline,
    on_response: OnResponse = None,
) -> Fetched:
    """What changed since `token` (everything when it is empty), page by page until the
    server says the listing is whole (RFC 6578 3.6: a 507 on the collection means more
    to come, asked for with the page's token); objects listed without their data are read
    with multiget afterwards. ListingIncomplete when the pages cannot be followed to
    their end before the deadline: nothing of such a listing may be stored."""
    fetched = Fetched(full=not token)
    pending: dict[str, str] = {}  # listed with an etag but without data
    asked = {token}
    current = token
    while True:
        r = _sync_report(client, cal_url, current, on_response)
        _check_sync_answer(r, current)
        assert r.multistatus is not None
        truncated = _take_page(r.multistatus.responses, cal_path, fetched, pending)
        new_token = r.multistatus.sync_token
        if not new_token:
            raise _incomplete(client, _no_token_reason(truncated, r.multistatus))
        if not truncated:
            break
        if new_token in asked:
            raise _incomplete(client, translate(
                "sync", "it said more was to come but gave back a sync token it had already "
                        "sent, so the rest could not be asked for"))
        if deadline.passed():
            raise _incomplete(client, translate(
                "sync", "it was still sending pages after {time}").format(time=deadline.words()))
        asked.add(new_token)
        current = new_token
    fetched.token = new_token
    if pending:
        _multiget(client, cal_url, sorted(pending), fetched, on_response)
    return fetched


def _no_token_reason(truncated: bool, answer: davxml.Multistatus) -> str:
    if truncated:
        return translate("sync", "it said more was to come but sent no sync token to ask for "
                                 "the rest")
    if not answer.responses:
        return translate("sync", "it listed nothing, without the sync token that must end such "
                                 "a list")
    return translate("sync", "it came without the sync token that must end such a list")


def _incomplete(client: CalDAVClient, why: str) -> ListingIncomplete:
    log.warning("a listing from %s was incomplete: %s", service_name(client.server_url), why)
    service = service_name(client.server_url, client.username)
    return ListingIncomplete(translate(
        "sync", "{service}'s list of events was incomplete: {why}. jumpadesk changed nothing, "
                "so the events it already had still block; it will ask again at the next "
                "sync.").format(service=service, why=why))


def _sync_report(client: CalDAVClient, cal_url: str, token: str,
                 on_response: OnResponse = None) -> Response:
    r = client.report(cal_url, davxml.sync_collection_body(token), depth=client.sync_depth,
                      on_response=on_response)
    if r.status == 400 and client.sync_depth == "0":
        # Some servers want Depth: 1 here; ask once more and remember it.
        conditions = davxml.error_conditions(r.body)
        if tag(DAV, "valid-sync-token") not in conditions:
            client.sync_depth = "1"
            r = client.report(cal_url, davxml.sync_collection_body(token), depth="1",
                              on_response=on_response)
    return r


def _check_sync_answer(r: Response, token: str) -> None:
    """Raise unless the server answered the sync-collection report with its changes:
    TokenRefused (the token is too old), SyncUnsupported (fall back to ETags) or a
    sentence."""
    conditions = davxml.error_conditions(r.body) if r.status != 207 else set()
    if r.status in (403, 409) or tag(DAV, "valid-sync-token") in conditions:
        if token:
            raise TokenRefused(f"HTTP {r.status}")
        raise SyncUnsupported(f"HTTP {r.status}")
    if r.status == 404:
        raise ServerFailed(translate(
            "sync", "The calendar was not found on the server; it may just have been deleted."))
    if r.status in (400, 405, 415, 422, 501):
        raise SyncUnsupported(f"HTTP {r.status}")
    if r.status != 207 or r.multistatus is None:
        raise ServerFailed(translate(
            "sync", "The server answered the sync with HTTP {status}; jumpadesk will try "
                    "again at the next sync.").format(status=r.status))


def _take_page(
    responses: list[davxml.DavResponse], cal_path: str, fetched: Fetched,
    pending: dict[str, str],
) -> bool:
    """One page of a sync-collection answer into `fetched`; True when the server says
    there is more to come."""
    truncated = False
    for item in responses:
        path = item.path
        if davxml.same_collection(path, cal_path):
            # iCloud lists the collection itself; 507 on it means "more to come".
            truncated = truncated or item.status == 507
            continue
        if item.status == 404:
            fetched.deleted.add(path)
            fetched.changes.pop(path, None)
            pending.pop(path, None)
            fetched.seen.discard(path)
            continue
        etag = _unquote_etag(item.text(tag(DAV, "getetag")))
        data = item.raw_text(tag(CALDAV, "calendar-data"))
        fetched.deleted.discard(path)
        fetched.seen.add(path)
        if data.strip():
            fetched.changes[path] = (etag, data)
            pending.pop(path, None)
        else:
            fetched.changes.pop(path, None)
            pending[path] = etag
    return truncated


def _etag_listing(
    client: CalDAVClient, cal_url: str, cal_path: str, local: dict[str, str],
    on_response: OnResponse = None,
) -> Fetched:
    """For servers without sync-collection: compare ETags, multiget what differs."""
    r = client.propfind(cal_url, davxml.ETAG_PROPFIND, "1")
    if r.status != 207 or r.multistatus is None:
        raise ServerFailed(translate(
            "sync", "The server could not list the calendar (HTTP {status}); jumpadesk will "
                    "try again at the next sync.").format(status=r.status))
    remote: dict[str, str] = {}
    for item in r.multistatus.responses:
        if davxml.same_collection(item.path, cal_path):
            if item.status == 507:  # the listing was cut short: "more to come"
                raise _incomplete(client, translate("sync", "it said it had left some events out"))
            continue
        if tag(DAV, "collection") in item.children(tag(DAV, "resourcetype")):
            continue
        if item.status == 404:
            continue
        remote[item.path] = _unquote_etag(item.text(tag(DAV, "getetag")))
    fetched = Fetched(full=True, seen=set(remote), method="etag")
    changed = sorted(p for p, e in remote.items() if not e or local.get(p) != e)
    if changed:
        _multiget(client, cal_url, changed, fetched, on_response)
    return fetched


def fetch_calendar(
    client: CalDAVClient,
    cal_url: str,
    cal_path: str,
    token: str,
    supports_sync: bool | None,
    local_etags: Callable[[], dict[str, str]],
    deadline: float = Settings.listing_deadline_seconds,
    on_response: OnResponse = None,
) -> Fetched:
    """Everything that changed in one calendar since `token`. No store writes.
    ListingIncomplete when the server's listing cannot be trusted to be whole, or is not
    whole within `deadline` seconds. `on_response` is handed each object's response as soon
    as it has arrived (what the finished fetch says is what counts)."""
    ends = ListingDeadline.starting_now(deadline)
    if supports_sync is not False:
        if token:
            try:
                return _sync_collection(client, cal_url, cal_path, token, ends, on_response)
            except TokenRefused as why:
                log.info("sync token for %s refused (%s); reading the calendar afresh",
                         cal_path, why)
            except SyncUnsupported as why:
                log.info("sync-collection not usable for %s (%s); comparing ETags",
                         cal_path, why)
                return _etag_listing(client, cal_url, cal_path, local_etags(), on_response)
        try:
            return _sync_collection(client, cal_url, cal_path, "", ends, on_response)
        except (SyncUnsupported, TokenRefused) as why:
            log.info("sync-collection not usable for %s (%s); comparing ETags", cal_path, why)
    return _etag_listing(client, cal_url, cal_path, local_etags(), on_response)
