"""WebDAV/CalDAV XML: the request bodies jumpadesk sends and a reader for 207 answers.

Plain XML on purpose: the caldav library's high-level calls hide things iCloud needs
(subscribed calendars, bare 403s, duplicate hrefs), so the few bodies we send are here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NoReturn
from urllib.parse import quote, unquote, urlsplit
from xml.sax.saxutils import escape

from lxml import etree

DAV = "DAV:"
CALDAV = "urn:ietf:params:xml:ns:caldav"
CS = "http://calendarserver.org/ns/"
ICAL = "http://apple.com/ns/ical/"

_NS = (
    f'xmlns:D="{DAV}" xmlns:C="{CALDAV}" xmlns:CS="{CS}" xmlns:I="{ICAL}"'
)
_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'

# Characters left as they are in a normalised path (RFC 3986 pchar minus "%").
_SAFE = "/:@!$&'()*+,;=-._~"


class BadMultistatus(ValueError):
    """A 207 answer that is not readable XML (often an answer cut off mid-way)."""


def tag(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


def norm_path(href: str) -> str:
    """The path of an href or URL, in one spelling whatever the server's escaping."""
    try:
        path = urlsplit(href).path or "/"
    except ValueError:  # a malformed URL (an unclosed IPv6 bracket): keep it as written
        path = href
    return quote(unquote(path), safe=_SAFE)


def same_collection(a: str, b: str) -> bool:
    return norm_path(a).rstrip("/") == norm_path(b).rstrip("/")


# -- request bodies ------------------------------------------------------------------

PRINCIPAL_PROPFIND = (
    _HEAD + f"<D:propfind {_NS}><D:prop><D:current-user-principal/></D:prop></D:propfind>"
)

HOME_PROPFIND = (
    _HEAD
    + f"<D:propfind {_NS}><D:prop>"
    "<C:calendar-home-set/><C:calendar-user-address-set/><D:displayname/>"
    "</D:prop></D:propfind>"
)

# The one request of a quiet sync: the home's listing with every calendar's ctag.
LISTING_PROPFIND = (
    _HEAD
    + f"<D:propfind {_NS}><D:prop>"
    "<D:resourcetype/><D:displayname/><I:calendar-color/><I:calendar-order/>"
    "<C:supported-calendar-component-set/><D:current-user-privilege-set/>"
    "<CS:getctag/><D:sync-token/><CS:source/><D:supported-report-set/>"
    "</D:prop></D:propfind>"
)

ETAG_PROPFIND = (
    _HEAD + f"<D:propfind {_NS}><D:prop><D:getetag/><D:resourcetype/></D:prop></D:propfind>"
)


def sync_collection_body(token: str) -> str:
    return (
        _HEAD
        + f"<D:sync-collection {_NS}>"
        f"<D:sync-token>{escape(token)}</D:sync-token>"
        "<D:sync-level>1</D:sync-level>"
        "<D:prop><D:getetag/><C:calendar-data/></D:prop>"
        "</D:sync-collection>"
    )


def multiget_body(hrefs: list[str]) -> str:
    refs = "".join(f"<D:href>{escape(h)}</D:href>" for h in hrefs)
    return (
        _HEAD
        + f"<C:calendar-multiget {_NS}>"
        "<D:prop><D:getetag/><C:calendar-data/></D:prop>"
        f"{refs}</C:calendar-multiget>"
    )


# -- reading a 207 ---------------------------------------------------------------------


@dataclass
class DavResponse:
    """One <D:response>: its href, its own status (sync-collection uses it for deletions),
    and the properties found (200) or reported missing."""

    href: str
    status: int | None = None
    props: dict[str, etree._Element] = field(default_factory=dict)
    missing: set[str] = field(default_factory=set)

    @property
    def path(self) -> str:
        return norm_path(self.href)

    def text(self, name: str) -> str:
        el = self.props.get(name)
        if el is None:
            return ""
        return "".join(el.itertext()).strip()

    def raw_text(self, name: str) -> str:
        """Text without stripping (calendar data keeps its line ends)."""
        el = self.props.get(name)
        return "".join(el.itertext()) if el is not None else ""

    def hrefs(self, name: str) -> list[str]:
        el = self.props.get(name)
        if el is None:
            return []
        return [(h.text or "").strip() for h in el.iter(tag(DAV, "href")) if (h.text or "").strip()]

    def children(self, name: str) -> set[str]:
        """Clark names of the child elements of a property (resourcetype and alike)."""
        el = self.props.get(name)
        if el is None:
            return set()
        return {c.tag for c in el.iter() if c is not el and isinstance(c.tag, str)}

    def components(self) -> set[str] | None:
        """supported-calendar-component-set as names, or None when not reported."""
        el = self.props.get(tag(CALDAV, "supported-calendar-component-set"))
        if el is None:
            return None
        return {
            (c.get("name") or "").upper() for c in el.iter(tag(CALDAV, "comp")) if c.get("name")
        }


@dataclass
class Multistatus:
    responses: list[DavResponse]
    sync_token: str = ""


def _status_code(text: str | None) -> int | None:
    # "HTTP/1.1 404 Not Found"
    if not text:
        return None
    parts = text.split()
    if len(parts) >= 2 and parts[1].isdigit():
        return int(parts[1])
    return None


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


_MULTISTATUS = tag(DAV, "multistatus")
_RESPONSE = tag(DAV, "response")


def parse_multistatus(body: bytes) -> Multistatus:
    """A whole 207 answer read at once (see MultistatusReader)."""
    reader = MultistatusReader()
    reader.feed(body)
    return reader.close()


class MultistatusReader:
    """A 207 answer read as it arrives: `feed` it the pieces, and each <D:response> that
    is complete is handed to `on_response` at once (the sync pass reads the calendar
    data in it while the rest is still coming); `close` gives the whole Multistatus.

    What it takes is what a whole parse takes: the responses directly under a
    D:multistatus root, each with an href, and the root's D:sync-token. An answer that
    is empty, not XML, or another document raises BadMultistatus, from `feed` as soon
    as that shows and from `close` in any case; after that nothing more is handed on."""

    def __init__(self, on_response: Callable[[DavResponse], None] | None = None) -> None:
        # Only the ends of responses are events: one per object, not per element.
        self._parser = etree.XMLPullParser(
            events=("start", "end"), tag=(_MULTISTATUS, _RESPONSE), resolve_entities=False,
            no_network=True, huge_tree=True)
        self._on_response = on_response
        self._root: etree._Element | None = None
        self._responses: list[DavResponse] = []
        self._fed = False  # anything but white space
        self._failed: BadMultistatus | None = None

    def feed(self, data: bytes) -> None:
        if self._failed is not None:
            raise self._failed
        if not self._fed and data.strip():
            self._fed = True
        try:
            self._parser.feed(data)
            self._take_events()
        except etree.XMLSyntaxError as exc:
            self._fail(str(exc))

    def close(self) -> Multistatus:
        if self._failed is not None:
            raise self._failed
        if not self._fed:
            self._fail("empty answer")
        try:
            root = self._parser.close()
            self._take_events()
        except etree.XMLSyntaxError as exc:
            self._fail(str(exc))
        if root.tag != _MULTISTATUS:  # a document with neither a multistatus nor a response
            self._fail(f"unexpected root element {root.tag}")
        self._root = root
        token = (self._root.findtext(tag(DAV, "sync-token")) or "").strip()
        return Multistatus(responses=self._responses, sync_token=token)

    def _fail(self, why: str) -> NoReturn:
        self._failed = BadMultistatus(why)
        raise self._failed

    def _take_events(self) -> None:
        for event, element in self._parser.read_events():
            if self._root is None:
                # The document's first element is the root: a multistatus, or it is not
                # the answer (a D:multistatus further in does not count).
                root = element.getroottree().getroot()
                if root.tag != _MULTISTATUS:
                    self._fail(f"unexpected root element {root.tag}")
                self._root = root
            if (event != "end" or element.tag != _RESPONSE
                    or element.getparent() is not self._root):
                continue
            item = _response_of(element)
            if item is None:
                continue
            self._responses.append(item)
            if self._on_response is not None:
                self._on_response(item)


def _response_of(resp: etree._Element) -> DavResponse | None:
    """One <D:response>; None when it has no href."""
    href_el = resp.find(tag(DAV, "href"))
    if href_el is None or not (href_el.text or "").strip():
        return None
    item = DavResponse(href=(href_el.text or "").strip())
    item.status = _status_code(resp.findtext(tag(DAV, "status")))
    for propstat in resp.findall(tag(DAV, "propstat")):
        # An empty or missing status is not 200 (iCloud sends one on its 404 block):
        # such properties count as not found, never as empty values.
        code = _status_code(propstat.findtext(tag(DAV, "status"))) or 0
        prop = propstat.find(tag(DAV, "prop"))
        if prop is None:
            continue
        for el in prop:
            if not isinstance(el.tag, str):
                continue
            if 200 <= code < 300:
                item.props[el.tag] = el
            else:
                item.missing.add(el.tag)
    return item


def error_conditions(body: bytes) -> set[str]:
    """Clark names of the preconditions in a <D:error> body (empty when none)."""
    if not body or not body.strip():
        return set()
    try:
        root = etree.fromstring(body, parser=_PARSER)
    except etree.XMLSyntaxError:
        return set()
    if root.tag != tag(DAV, "error"):
        return set()
    return {c.tag for c in root if isinstance(c.tag, str)}
