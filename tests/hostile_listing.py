"""A server whose listings misbehave on purpose (issue 18, item 1): a WSGI layer put in
front of the iCloud-like server (tests/icloud_server.py) that answers one calendar's
listings the ways a broken or overloaded server does.

A sync-collection REPORT on that calendar goes in as usual; the layer keeps the whole
answer and hands it out in pages of `page_size` members, as RFC 6578 section 3.6 pages
("more to come": the collection itself listed with 507, and a token for the next page).
Asking with a page token gets the next page from what was kept, so paging costs nothing
real. What the pages do is the `mode`:

- "paged": well behaved; the last page is complete and carries the server's real token.
- "repeat-token": from page `bad_page` on, a page says "more to come" but hands back the
  token it was asked with.
- "no-token": from page `bad_page` on, a page says "more to come" and carries no token.
- "empty-no-token": the first answer lists nothing and carries no token (RFC 6578
  requires one).
- "endless": the pages never end: after the real ones, empty pages, each with "more to
  come" and a new token.
- "truncated-propfind": sync-collection is not done here (501), and the ETag listing (a
  Depth-1 PROPFIND of the calendar) keeps the first `page_size` members and lists the
  collection with 507, as a listing cut short.

Use: `layer = HostileListing.install(icloud, "Work", "no-token", page_size=10)`; set
`layer.mode = ""` to let everything through again. `pages_served` counts the pages.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit
from xml.etree import ElementTree as ET

from tests.icloud_server import IcloudServer, _clark, _parse, _read_body, _serialize

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]

MODES = ("", "paged", "repeat-token", "no-token", "empty-no-token", "endless",
         "truncated-propfind")
_PAGE_TOKEN = "hostile-page-"


@dataclass
class _Listing:
    """One whole sync-collection answer, kept to be handed out page by page."""

    collection: str  # the request path, as the client asked it
    members: list[ET.Element]  # <D:response> elements, the collection itself left out
    itself: ET.Element | None  # the collection's own entry, as the server listed it
    token: str  # the server's real token, for the last page


class HostileListing:
    """The layer; see the module docstring. `path` is the calendar's decoded path."""

    def __init__(self, path: str, mode: str = "paged", page_size: int = 10,
                 bad_page: int = 1) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}")
        self.path = path
        self.mode = mode
        self.page_size = page_size
        self.bad_page = bad_page
        self.pages_served = 0
        self._app: WSGIApp | None = None
        self._lock = threading.Lock()
        self._listings: dict[int, _Listing] = {}
        self._ids = itertools.count(1)

    @classmethod
    def install(cls, icloud: IcloudServer, calendar: str, mode: str = "paged",
                **kwargs: int) -> HostileListing:
        """Put a layer in front of `icloud` for one of its calendars (by name)."""
        layer = cls(unquote(icloud.calendar_path(calendar)), mode, **kwargs)
        icloud.server.put_in_front(layer.wrap)
        return layer

    def wrap(self, app: WSGIApp) -> HostileListing:
        self._app = app
        return self

    # -- the request

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        method = environ["REQUEST_METHOD"].upper()
        path = environ.get("PATH_INFO", "")
        if self.mode and path == self.path:
            root = _parse(_read_body(environ)) if method in ("REPORT", "PROPFIND") else None
            if root is not None and root.tag == _clark("D:sync-collection"):
                if self.mode == "truncated-propfind":  # a server without sync-collection
                    return _answer(start_response, 501, b"", [("Content-Type", "text/plain")])
                return self._sync(environ, start_response, root)
            if (root is not None and method == "PROPFIND" and self.mode == "truncated-propfind"
                    and environ.get("HTTP_DEPTH") == "1"):
                return self._truncated_propfind(environ, start_response)
        assert self._app is not None
        return self._app(environ, start_response)

    def _sync(self, environ: dict, start_response: Callable, root: ET.Element) -> list[bytes]:
        sent = (root.findtext(_clark("D:sync-token")) or "").strip()
        if sent.startswith(_PAGE_TOKEN):
            listing_id, _, page = sent[len(_PAGE_TOKEN):].partition("-")
            with self._lock:
                listing = self._listings.get(int(listing_id))
            if listing is None:
                return _answer(start_response, 403, b"")
            return _answer(start_response, 207, self._page(int(listing_id), listing,
                                                           int(page), sent))
        status, headers, body = self._inner(environ)
        answer = _parse(body) if status == 207 else None
        if answer is None:
            return _answer(start_response, status, body, headers)
        if self.mode == "empty-no-token":
            self.pages_served += 1
            return _answer(start_response, 207, _multistatus([], None))
        listing = _Listing(collection=environ.get("PATH_INFO", ""), members=[], itself=None,
                           token=(answer.findtext(_clark("D:sync-token")) or "").strip())
        for response in answer.findall(_clark("D:response")):
            href = unquote(urlsplit(response.findtext(_clark("D:href")) or "").path)
            if href.rstrip("/") == self.path.rstrip("/"):
                listing.itself = response
            else:
                listing.members.append(response)
        listing_id = next(self._ids)
        with self._lock:
            self._listings[listing_id] = listing
        return _answer(start_response, 207, self._page(listing_id, listing, 0, sent))

    def _page(self, listing_id: int, listing: _Listing, page: int, sent: str) -> bytes:
        """Page `page` of a kept listing, as the mode has it."""
        self.pages_served += 1
        size = max(1, self.page_size)
        last = max(0, (len(listing.members) - 1) // size)
        members = listing.members[page * size:(page + 1) * size]
        following = f"{_PAGE_TOKEN}{listing_id}-{page + 1}"
        more = _more_to_come(listing.collection)
        if self.mode == "endless" and page >= last:
            return _multistatus([*members, more], following)
        if page >= last:
            itself = [listing.itself] if listing.itself is not None else []
            return _multistatus([*itself, *members], listing.token)
        if self.mode == "repeat-token" and page >= self.bad_page:
            return _multistatus([more, *members], sent)
        if self.mode == "no-token" and page >= self.bad_page:
            return _multistatus([more, *members], None)
        return _multistatus([more, *members], following)

    def _truncated_propfind(self, environ: dict, start_response: Callable) -> list[bytes]:
        status, headers, body = self._inner(environ)
        answer = _parse(body) if status == 207 else None
        if answer is None:
            return _answer(start_response, status, body, headers)
        self.pages_served += 1
        kept: list[ET.Element] = []
        members = 0
        for response in answer.findall(_clark("D:response")):
            href = unquote(urlsplit(response.findtext(_clark("D:href")) or "").path)
            if href.rstrip("/") == self.path.rstrip("/"):
                kept.append(response)
            elif members < self.page_size:
                kept.append(response)
                members += 1
        kept.append(_more_to_come(environ.get("PATH_INFO", "")))
        return _answer(start_response, 207, _multistatus(kept, None))

    def _inner(self, environ: dict) -> tuple[int, list[tuple[str, str]], bytes]:
        started: dict[str, object] = {}

        def start_response(status: str, headers: list, exc_info: object = None) -> None:
            started["status"] = int(status.split(" ", 1)[0])
            started["headers"] = list(headers)

        assert self._app is not None
        result = self._app(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        return started["status"], started["headers"], body  # type: ignore[return-value]


def _more_to_come(collection: str) -> ET.Element:
    """The collection itself with 507: RFC 6578's "the answer was truncated"."""
    response = ET.Element(_clark("D:response"))
    ET.SubElement(response, _clark("D:href")).text = quote(unquote(collection))
    ET.SubElement(response, _clark("D:status")).text = "HTTP/1.1 507 Insufficient Storage"
    return response


def _multistatus(responses: list[ET.Element], token: str | None) -> bytes:
    root = ET.Element(_clark("D:multistatus"))
    root.extend(responses)
    if token is not None:
        ET.SubElement(root, _clark("D:sync-token")).text = token
    return _serialize(root)


def _answer(start_response: Callable, status: int, body: bytes,
            headers: list[tuple[str, str]] | None = None) -> list[bytes]:
    from http.client import responses

    kept = [(k, v) for k, v in (headers or [("Content-Type", "application/xml")])
            if k.lower() != "content-length"]
    kept.append(("Content-Length", str(len(body))))
    start_response(f"{status} {responses.get(status, 'Unknown')}", kept)
    return [body]
