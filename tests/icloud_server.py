"""Radicale made to behave like iCloud, for tests: a thin WSGI layer of our own in front of it.

What the layer adds to the demo's Radicale (jumpadesk.demo.server):
- a partition host: the calendar home is answered as an absolute URL on a second loopback
  address (http://127.0.0.2:P2/...), served by a second socket over the same app; with
  `absolute_hrefs` every href comes back absolute on that host;
- the 401 challenge `X-MobileMe-AuthToken realm="MMCalDav", Basic realm="MMCalDav"`;
- opaque sync tokens that `expire_sync_tokens()` makes stale: a sync-collection REPORT
  carrying one gets a bare 403 (no D:valid-sync-token body), as do unknown tokens;
- sync-collection answers list the collection itself as a member;
- the resourcetype iCloud gives (CS:shared on the read-only Family, CS:shared-owner on
  Work, C:schedule-inbox/outbox, CS:notification), and no empty CS:source on calendars
  that are not subscriptions (Radicale answers `<CS:source><href/></CS:source>`);
- refusals iCloud makes: a VEVENT without DTEND or DURATION (403), a component a calendar
  does not take (403), free-busy-query (400); `If-Match: *` broken as on iCloud (412 on
  an existing object, creates a missing one);
- faults on demand: N answers with a status (503 with Retry-After) and connections cut
  mid-answer, optionally only for one method and/or path;
- answers iCloud has been seen to give (issue 14): "ghost" hrefs that sync-collection
  lists (an etag, no data) but that a calendar-multiget answers 404; propstat blocks whose
  status is empty or missing; properties reported in a 404 block; extra resource types
  (a collection both CS:subscribed and C:calendar);
- a log of every request that went through it (method, path, host, status).

"Phone" helpers (put_event, delete_event, ...) write straight into Radicale, in-process,
past the layer: no faults, not counted, like a change made on another device. Writes
into a read-only calendar go in as its owner would.

What Radicale does differently from iCloud on its own, as the demo serves it (checked in
tests/test_icloud_server.py; items marked * are made iCloud-like by the layer above):
- The principal is the calendar home, `/<Apple ID>/`, with the "@" percent-encoded in
  hrefs (`/demo%40icloud.com/`); iCloud has `/<number>/principal/` and the home as an
  absolute URL on a partition host (`https://p180-caldav.icloud.com/<number>/calendars/`).*
  A Depth-1 PROPFIND on the principal therefore works (iCloud answers 400).
- A calendar shared read-only has no CS:shared in its resourcetype (*): only its
  current-user-privilege-set tells (D:read and C:read-free-busy; writable ones also have
  D:all, D:write, D:write-properties, D:write-content). No CS:shared-owner either (*).
- Every calendar answers CS:source, with an empty D:href (*: iCloud only on
  subscriptions). A subscription (tag VSUBSCRIBED) answers CS:source as a D:href like
  iCloud, an empty C:supported-calendar-component-set and a getctag.
- There is no scheduling inbox/outbox or notification collection: the seeding makes them
  as plain collections, so their resourcetype is D:collection only (*).
- The 401 challenge is a single `Basic realm=...`, not iCloud's two (*).
- sync-collection does not list the collection itself (*), and refuses a bad token with a
  403 that carries D:valid-sync-token (*: iCloud sends a bare 403). Sync tokens are URIs
  under http://radicale.org/ns/sync/ (* opaque strings).
- getctag and sync tokens are content hashes: a calendar changed and changed back gets
  its old ctag and token again.
- It accepts a VEVENT without DTEND or DURATION (*), honours `If-Match: *` (*), answers
  free-busy-query (*), accepts events in the VTODO-only list (*), accepts the same UID
  in two calendars, and finds a moved occurrence by its new date with a time-range query:
  iCloud does none of these.
- It refuses an event with two DTSTAMP lines (iCloud serves such data), so that quirk
  cannot be stored here; and it re-serialises what it stores (property order, folding).
- It gzips answers when asked to; answers are HTTP/1.0, one request per connection.
"""

from __future__ import annotations

import base64
import io
import json
import os
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit
from xml.etree import ElementTree as ET
from zoneinfo import ZoneInfo

from jumpadesk.demo.seed import (
    AccountLayout,
    CalendarSpec,
    home_path,
    load_layout,
    seed_icloud_like_account,
)
from jumpadesk.demo.server import DAVResponse, LocalAccount
from tests.local_server import CalDAVTestServer, cut_short

PARTITION_HOST = "127.0.0.2"
APPLE_ID = "demo@icloud.com"
PASSWORD = "wxyz-abcd-efgh-ijkl"
#: The seeded events sit in this week (Monday) in this zone: see resources/demo/README.md.
FIXED_WEEK = date(2026, 11, 23)
FIXED_ZONE = ZoneInfo("Europe/Berlin")

CHALLENGE = 'X-MobileMe-AuthToken realm="MMCalDav", Basic realm="MMCalDav"'

D = "DAV:"
C = "urn:ietf:params:xml:ns:caldav"
CS = "http://calendarserver.org/ns/"
NAMESPACES = {"D": D, "C": C, "CS": CS, "I": "http://apple.com/ns/ical/"}


def _clark(name: str) -> str:
    prefix, local = name.split(":", 1)
    return f"{{{NAMESPACES[prefix]}}}{local}"


@dataclass(frozen=True)
class RequestRecord:
    """One request the layer saw. `status` is None when the connection was cut before
    the status line; `fault` is "", "status" (injected), "cut" or "expired-token"."""

    method: str
    path: str  # percent-decoded, e.g. /demo@icloud.com/home/
    host: str  # host:port the client addressed
    status: int | None
    fault: str = ""
    depth: str | None = None
    authenticated: bool = False


@dataclass
class _Fault:
    kind: str  # "status" or "cut"
    remaining: int
    method: str | None = None
    path: str | None = None
    status: int = 503
    retry_after: int | None = None
    after_processing: bool = True

    def matches(self, method: str, path: str) -> bool:
        if self.method and self.method.upper() != method:
            return False
        return not self.path or self.path in path


def icloud_resourcetypes(layout: AccountLayout) -> dict[str, tuple[str, ...]]:
    """{slug: what iCloud adds to the resourcetype that Radicale cannot ("CS:shared")},
    from the `icloud_resourcetype` entries of the layout's layout.json."""
    if layout.folder is None:
        return {}
    data = json.loads((layout.folder / "layout.json").read_text(encoding="utf-8"))
    return {c["slug"]: tuple(c.get("icloud_resourcetype", ())) for c in data["calendars"]}


class IcloudLayer:
    """The WSGI middleware. Build it, hand `wrap` to CalDAVTestServer as wsgi_wrapper."""

    def __init__(self, layout: AccountLayout, users: Iterable[str]) -> None:
        self.layout = layout
        self.partition_url = ""  # set once the second socket listens
        self.absolute_hrefs = False
        self.list_collection_in_sync = True
        self.requests: list[RequestRecord] = []
        self._app: Callable | None = None
        self._lock = threading.Lock()
        self._faults: list[_Fault] = []
        self._generation = 0
        self._tokens: dict[str, tuple[str, int]] = {}
        self._token_names: dict[tuple[str, int], str] = {}
        self._specs: dict[str, CalendarSpec] = {}
        self._icloud_types = icloud_resourcetypes(layout)
        self._resourcetypes: dict[str, tuple[str, ...]] = {}
        # Issue 14's answers, keyed by decoded collection path (/demo@icloud.com/work/).
        self.ghosts: dict[str, list[str]] = {}
        self.not_found_props: dict[str, tuple[str, ...]] = {}
        self.extra_resourcetypes: dict[str, tuple[str, ...]] = {}
        self.error_status_text: str | None = None  # "" empties, "missing" drops it
        # Lines Radicale holds for ones it would refuse (put_event_as_is): marker -> original.
        self.substitutions: dict[str, str] = {}
        # Runs once, just before the next calendar-multiget reaches Radicale.
        self.before_multiget: Callable[[], None] | None = None
        for user in users:
            self.add_user(user)

    def add_user(self, user: str) -> None:
        for spec in self.layout.calendars:
            self._specs[f"/{user}/{spec.slug}/"] = spec
            self._resourcetypes[f"/{user}/{spec.slug}/"] = self._icloud_types.get(spec.slug, ())

    def wrap(self, app: Callable) -> IcloudLayer:
        self._app = app
        return self

    # -- switches

    def add_fault(self, fault: _Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def expire_sync_tokens(self) -> None:
        with self._lock:
            self._generation += 1

    def _take_fault(self, method: str, path: str) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.remaining > 0 and fault.matches(method, path):
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def _record(self, environ: dict, status: int | None, fault: str = "") -> None:
        record = RequestRecord(
            method=environ["REQUEST_METHOD"].upper(),
            path=environ.get("PATH_INFO", ""),
            host=environ.get("HTTP_HOST", f"{environ['SERVER_NAME']}:{environ['SERVER_PORT']}"),
            status=status,
            fault=fault,
            depth=environ.get("HTTP_DEPTH"),
            authenticated="HTTP_AUTHORIZATION" in environ,
        )
        with self._lock:
            self.requests.append(record)

    # -- the request

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        method = environ["REQUEST_METHOD"].upper()
        path = environ.get("PATH_INFO", "")
        environ.pop("HTTP_ACCEPT_ENCODING", None)  # plain answers, so they can be rewritten
        fault = self._take_fault(method, path)
        if fault and fault.kind == "status":
            headers = [("Content-Type", "text/plain")]
            if fault.retry_after is not None:
                headers.append(("Retry-After", str(fault.retry_after)))
            self._record(environ, fault.status, "status")
            return self._answer(start_response, fault.status, headers, b"Service Unavailable")
        if fault and fault.kind == "cut" and not fault.after_processing:
            self._record(environ, None, "cut")
            return cut_short(b"", None)

        status, headers, body, fault_name = self._handle(environ, method, path)
        if fault and fault.kind == "cut":
            self._record(environ, status if body else None, "cut")
            self._answer(start_response, status, headers, body)
            return cut_short(body, len(body) // 2 if body else None)
        self._record(environ, status, fault_name)
        return self._answer(start_response, status, headers, body)

    def _handle(
        self, environ: dict, method: str, path: str
    ) -> tuple[int, list[tuple[str, str]], bytes, str]:
        if method == "REPORT":
            request = _read_body(environ)
            root = _parse(request)
            if root is not None and root.tag == _clark("C:free-busy-query"):
                return 400, [("Content-Type", "text/plain")], b"Bad Request", ""
            if root is not None and root.tag == _clark("C:calendar-multiget"):
                hook, self.before_multiget = self.before_multiget, None
                if hook is not None:
                    hook()
            if root is not None and root.tag == _clark("D:sync-collection"):
                token = root.find(_clark("D:sync-token"))
                if token is not None and (token.text or "").strip():
                    real = self._real_token(token.text.strip())
                    if real is None:
                        return 403, [("Content-Type", "text/plain")], b"", "expired-token"
                    token.text = real
                    _replace_body(environ, _serialize(root))
        elif method == "PUT":
            refusal = self._refuse_put(environ, path)
            if refusal:
                return 403, [("Content-Type", "text/plain")], refusal.encode(), ""
            if environ.get("HTTP_IF_MATCH", "").strip() == "*":
                # iCloud: If-Match: * fails on an existing object and creates a missing one.
                del environ["HTTP_IF_MATCH"]
                environ["HTTP_IF_NONE_MATCH"] = "*"

        status, headers, body = self._call_inner(environ)
        if status == 401:
            headers = [(k, v) for k, v in headers if k.lower() != "www-authenticate"]
            headers.append(("WWW-Authenticate", CHALLENGE))
        if status == 207 and method in ("PROPFIND", "REPORT") and body:
            body = self._rewrite_multistatus(body, path, method)
        for marker, original in list(self.substitutions.items()):
            if method in ("GET", "REPORT") and body:
                body = body.replace(marker.encode(), original.encode())
            headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
        return status, headers, body, ""

    def _call_inner(self, environ: dict) -> tuple[int, list[tuple[str, str]], bytes]:
        started: dict[str, Any] = {}

        def start_response(status: str, headers: list, exc_info: Any = None) -> None:
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
        return started["status"], started["headers"], body

    @staticmethod
    def _answer(
        start_response: Callable, status: int, headers: list[tuple[str, str]], body: bytes
    ) -> list[bytes]:
        from http.client import responses

        headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
        headers.append(("Content-Length", str(len(body))))
        start_response(f"{status} {responses.get(status, 'Unknown')}", headers)
        return [body]

    # -- iCloud's refusals

    def _refuse_put(self, environ: dict, path: str) -> str:
        body = _read_body(environ)
        spec = self._specs.get(path.rsplit("/", 1)[0] + "/")
        try:
            from icalendar import Calendar

            calendar = Calendar.from_ical(body.decode("utf-8"))
        except Exception:  # let Radicale give its own answer to what it cannot read
            return ""
        kinds = {
            c.name for c in calendar.subcomponents if c.name in ("VEVENT", "VTODO", "VJOURNAL")
        }
        if spec is not None and spec.kind == "calendar" and not kinds <= set(spec.components):
            return "component not supported by this calendar"
        for event in calendar.walk("VEVENT"):
            if "DTEND" not in event and "DURATION" not in event:
                return "an event needs DTEND or DURATION"
        return ""

    # -- sync tokens

    def _real_token(self, opaque: str) -> str | None:
        with self._lock:
            found = self._tokens.get(opaque)
            if found is None or found[1] != self._generation:
                return None
            return found[0]

    def _opaque_token(self, real: str) -> str:
        with self._lock:
            key = (real, self._generation)
            name = self._token_names.get(key)
            if name is None:
                name = "HwoQEgwAA" + base64.urlsafe_b64encode(os.urandom(15)).decode("ascii")
                self._token_names[key] = name
                self._tokens[name] = key
            return name

    # -- answers

    def _rewrite_multistatus(self, body: bytes, request_path: str, method: str) -> bytes:
        root = _parse(body)
        if root is None:
            return body
        for token in root.iter(_clark("D:sync-token")):
            if token.text and token.text.strip():
                token.text = self._opaque_token(token.text.strip())
        for home_set in root.iter(_clark("C:calendar-home-set")):
            for href in home_set.iter(_clark("D:href")):
                if href.text and self.partition_url:
                    href.text = self.partition_url + href.text.lstrip("/")
        for response in root.findall(_clark("D:response")):
            href = response.find(_clark("D:href"))
            if href is None or not href.text:
                continue
            member = unquote(urlsplit(href.text).path)
            extras = self._resourcetypes.get(member, ()) + self.extra_resourcetypes.get(
                member, ()
            )
            for resourcetype in response.iter(_clark("D:resourcetype")):
                for extra in extras:
                    ET.SubElement(resourcetype, _clark(extra))
            _drop_empty_source(response)
            if method == "PROPFIND" and member in self.not_found_props:
                _report_not_found(response, self.not_found_props[member])
            if method == "PROPFIND" and self.error_status_text is not None:
                _blank_error_statuses(response, self.error_status_text)
        if method == "REPORT" and root.find(_clark("D:sync-token")) is not None:
            if self.list_collection_in_sync:
                itself = ET.Element(_clark("D:response"))
                ET.SubElement(itself, _clark("D:href")).text = quote(request_path)
                propstat = ET.SubElement(itself, _clark("D:propstat"))
                ET.SubElement(ET.SubElement(propstat, _clark("D:prop")), _clark("D:getetag"))
                ET.SubElement(propstat, _clark("D:status")).text = "HTTP/1.1 404 Not Found"
                root.insert(0, itself)
            for ghost in self.ghosts.get(unquote(request_path), []):
                listed = ET.SubElement(root, _clark("D:response"))
                ET.SubElement(listed, _clark("D:href")).text = quote(request_path + ghost)
                propstat = ET.SubElement(listed, _clark("D:propstat"))
                prop = ET.SubElement(propstat, _clark("D:prop"))
                ET.SubElement(prop, _clark("D:getetag")).text = '"ghost"'
                ET.SubElement(propstat, _clark("D:status")).text = "HTTP/1.1 200 OK"
        if self.absolute_hrefs and self.partition_url:
            for response in root.findall(_clark("D:response")):
                href = response.find(_clark("D:href"))
                if href is not None and href.text and href.text.startswith("/"):
                    href.text = self.partition_url + href.text.lstrip("/")
        return _serialize(root)


def _read_body(environ: dict) -> bytes:
    if "jumpadesk.body" in environ:
        return environ["jumpadesk.body"]
    length = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(length) if length > 0 else b""
    _replace_body(environ, body)
    return body


def _replace_body(environ: dict, body: bytes) -> None:
    environ["jumpadesk.body"] = body
    environ["wsgi.input"] = io.BytesIO(body)
    environ["CONTENT_LENGTH"] = str(len(body))


def _parse(body: bytes) -> ET.Element | None:
    try:
        return ET.fromstring(body) if body.strip() else None
    except ET.ParseError:
        return None


def _serialize(root: ET.Element) -> bytes:
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _drop_empty_source(response: ET.Element) -> None:
    """Radicale answers CS:source with an empty href on any calendar; iCloud only has it
    on subscriptions: report it as not found instead."""
    for propstat in response.findall(_clark("D:propstat")):
        prop = propstat.find(_clark("D:prop"))
        status = propstat.find(_clark("D:status"))
        if prop is None or status is None or " 200 " not in (status.text or ""):
            continue
        for source in prop.findall(_clark("CS:source")):
            href = source.find(_clark("D:href"))
            if href is None or not (href.text or "").strip():
                prop.remove(source)
                missing = ET.SubElement(response, _clark("D:propstat"))
                ET.SubElement(ET.SubElement(missing, _clark("D:prop")), _clark("CS:source"))
                ET.SubElement(missing, _clark("D:status")).text = "HTTP/1.1 404 Not Found"


def _report_not_found(response: ET.Element, names: tuple[str, ...]) -> None:
    """Move properties (e.g. "D:current-user-privilege-set") out of the 200 block into a
    404 block, empty, as iCloud reports what it does not have."""
    clarks = {_clark(n) for n in names}
    for propstat in response.findall(_clark("D:propstat")):
        prop = propstat.find(_clark("D:prop"))
        if prop is None:
            continue
        for el in list(prop):
            if el.tag in clarks:
                prop.remove(el)
    missing = ET.SubElement(response, _clark("D:propstat"))
    prop = ET.SubElement(missing, _clark("D:prop"))
    for clark in sorted(clarks):
        ET.SubElement(prop, clark)
    ET.SubElement(missing, _clark("D:status")).text = "HTTP/1.1 404 Not Found"


def _blank_error_statuses(response: ET.Element, text: str) -> None:
    """Every non-2xx propstat status emptied (text "") or dropped ("missing")."""
    for propstat in response.findall(_clark("D:propstat")):
        status = propstat.find(_clark("D:status"))
        if status is None or " 2" in (status.text or " 200 "):
            continue
        if text == "missing":
            propstat.remove(status)
        else:
            status.text = text


# ---------------------------------------------------------------------------- the server


class IcloudServer:
    """An iCloud-like account on loopback: the demo's Radicale behind IcloudLayer.

    Attributes once started: `url` (http://127.0.0.1:P1/, where discovery starts),
    `partition_url` (http://127.0.0.2:P2/, where the calendar home is), `apple_id`,
    `password`, `requests` (RequestRecord list), `week_monday`, `zone`, `calendars`
    ({name: path}), `layer`, `server`.
    """

    def __init__(
        self,
        folder: Path,
        *,
        apple_id: str = APPLE_ID,
        password: str = PASSWORD,
        layout: AccountLayout | None = None,
        week_monday: date = FIXED_WEEK,
        zone: tzinfo = FIXED_ZONE,
        seed: bool = True,
    ) -> None:
        self.folder = Path(folder)
        self.apple_id = apple_id
        self.password = password
        self.layout = layout or load_layout()
        self.week_monday = week_monday
        self.zone = zone
        self._seed = seed
        self.layer = IcloudLayer(self.layout, [apple_id])
        self.server = CalDAVTestServer(
            self.folder, [LocalAccount(apple_id, password)], wsgi_wrapper=self.layer.wrap
        )
        self.partition_url = ""
        self.calendars: dict[str, str] = {
            spec.name: f"{home_path(apple_id)}{quote(spec.slug)}/" for spec in self.layout.calendars
        }

    # -- lifecycle

    def start(self) -> IcloudServer:
        self.server.start()
        self.partition_url = self.server.add_listener(PARTITION_HOST)
        self.layer.partition_url = self.partition_url
        if self._seed:
            self.calendars = seed_icloud_like_account(
                self.server,
                self.apple_id,
                self.password,
                self.layout,
                events_for_week=self.week_monday,
                zone=self.zone,
            )
            self._seed = False
        return self

    def stop(self) -> None:
        self.server.stop()

    def __enter__(self) -> IcloudServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def add_account(self, apple_id: str, password: str, *, events: bool = True) -> dict[str, str]:
        """A second Apple ID on the same server, same layout; returns {name: path}.
        Its events (with `events`) are the same templates, so the same UIDs."""
        self.server.add_account(LocalAccount(apple_id, password))
        self.layer.add_user(apple_id)
        return seed_icloud_like_account(
            self.server,
            apple_id,
            password,
            self.layout,
            events_for_week=self.week_monday if events else None,
            zone=self.zone,
        )

    # -- where things are

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def home_url(self) -> str:
        """The calendar home as iCloud hands it out: absolute, on the partition host."""
        return self.partition_url + home_path(self.apple_id).lstrip("/")

    def calendar_path(self, name: str) -> str:
        """Server path of a calendar by display name or slug: /demo%40icloud.com/home/."""
        if name in self.calendars:
            return self.calendars[name]
        spec = next(s for s in self.layout.calendars if name in (s.name, s.slug))
        return self.calendars[spec.name]

    def calendar_url(self, name: str) -> str:
        """Absolute URL of a calendar on the partition host, as discovery finds it."""
        return self.partition_url + self.calendar_path(name).lstrip("/")

    # -- the request log

    @property
    def requests(self) -> list[RequestRecord]:
        return self.layer.requests

    def reset_requests(self) -> None:
        with self.layer._lock:
            self.layer.requests.clear()

    def request_count(self, method: str | None = None, path: str | None = None) -> int:
        return sum(
            1
            for r in self.requests
            if (method is None or r.method == method.upper()) and (path is None or path in r.path)
        )

    # -- faults

    def fail_next(
        self,
        count: int = 1,
        *,
        status: int = 503,
        retry_after: int | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """Answer the next `count` matching requests with `status` (default 503), with a
        Retry-After header when given. `path` matches any part of the decoded path."""
        self.layer.add_fault(
            _Fault("status", count, method, path, status=status, retry_after=retry_after)
        )

    def cut_next(
        self,
        count: int = 1,
        *,
        method: str | None = None,
        path: str | None = None,
        after_processing: bool = True,
    ) -> None:
        """Cut the connection of the next `count` matching requests mid-answer: headers
        and half the body go out (nothing when there is no body), then the
        socket closes. With after_processing (the default) the server did the work first:
        a PUT is stored although the client never hears so."""
        self.layer.add_fault(_Fault("cut", count, method, path, after_processing=after_processing))

    def clear_faults(self) -> None:
        self.layer.clear_faults()

    def expire_sync_tokens(self) -> None:
        """Every sync token handed out so far gets a bare 403 from now on."""
        self.layer.expire_sync_tokens()

    def add_ghost(self, calendar: str, name: str = "ghost.ics") -> str:
        """From now on sync-collection lists `name` in `calendar` (an etag, no data) although
        nothing is stored there, so a calendar-multiget of it answers 404: an event that
        vanished between listing and fetch. Returns the ghost's path."""
        path = unquote(self.calendar_path(calendar))
        self.layer.ghosts.setdefault(path, []).append(name)
        return path + name

    def report_not_found(self, calendar: str, *names: str) -> None:
        """Listings report these properties of `calendar` in a 404 block, empty."""
        self.layer.not_found_props[unquote(self.calendar_path(calendar))] = names

    def blank_error_statuses(self, text: str = "") -> None:
        """PROPFIND answers give non-2xx propstat blocks an empty status (text "") or none
        at all ("missing")."""
        self.layer.error_status_text = text

    def add_resourcetype(self, calendar: str, *types: str) -> None:
        """Listings add these (e.g. "CS:subscribed") to `calendar`'s resourcetype."""
        self.layer.extra_resourcetypes[unquote(self.calendar_path(calendar))] = types

    def revoke_password(self, new_password: str | None = None) -> str:
        """What an Apple ID password change does to app-specific passwords: the old one
        gets 401 from now on. Returns the new password."""
        self.password = new_password or "zzzz-" + uuid.uuid4().hex[:14]
        self.server.set_password(self.apple_id, self.password)
        return self.password

    # -- another device ("the phone")

    def _href(self, calendar: str, uid_or_href: str) -> str:
        if uid_or_href.startswith("/"):
            return uid_or_href
        name = uid_or_href if uid_or_href.endswith(".ics") else f"{uid_or_href}.ics"
        return self.calendar_path(calendar) + quote(name)

    def phone_request(
        self, method: str, path: str, body: bytes | str = b"", headers: dict | None = None
    ) -> DAVResponse:
        """A request straight to Radicale (no faults, not logged), with full rights."""
        return self.server.requester().request(method, path, body, headers)

    def put_event(self, calendar: str, ics: str, href: str | None = None) -> str:
        """Create or replace an object as another device would; returns its href."""
        if href is None:
            uid = next(
                (line[4:].strip() for line in ics.splitlines() if line.startswith("UID:")), None
            )
            href = self._href(calendar, uid or str(uuid.uuid4()).upper())
        elif not href.startswith("/"):
            href = self._href(calendar, href)
        answer = self.phone_request(
            "PUT", href, ics, {"Content-Type": "text/calendar; charset=utf-8"}
        )
        if answer.status not in (201, 204):
            raise AssertionError(f"phone PUT {href}: HTTP {answer.status} {answer.text[:200]}")
        return href

    def put_event_as_is(self, calendar: str, ics: str) -> str:
        """Put an object Radicale would refuse but iCloud keeps (an RSCALE rule): Radicale
        stores a stand-in in which each such RRULE line is an X- property, and the layer
        hands the original lines back in every answer. Returns the href."""
        lines = ics.split("\r\n") if "\r\n" in ics else ics.split("\n")
        stand_in = []
        for line in lines:
            if line.upper().startswith("RRULE") and "RSCALE" in line.upper():
                marker = f"X-JUMPADESK-STAND-IN:{uuid.uuid4().hex}"
                self.layer.substitutions[marker] = line
                line = marker
            stand_in.append(line)
        return self.put_event(calendar, "\r\n".join(stand_in))

    def add_event(
        self, calendar: str, summary: str, start: datetime | date, end: datetime | date, **kw: Any
    ) -> str:
        """Build an event with make_event(...) and put it; returns its UID."""
        uid = kw.pop("uid", None) or str(uuid.uuid4()).upper()
        self.put_event(calendar, make_event(summary, start, end, uid=uid, **kw))
        return uid

    def delete_event(self, calendar: str, uid_or_href: str) -> None:
        href = self._href(calendar, uid_or_href)
        answer = self.phone_request("DELETE", href)
        if answer.status not in (200, 204):
            raise AssertionError(f"phone DELETE {href}: HTTP {answer.status}")

    def get_event(self, calendar: str, uid_or_href: str) -> str | None:
        """The stored text of an object, or None when there is none."""
        answer = self.phone_request("GET", self._href(calendar, uid_or_href))
        return answer.text if answer.status == 200 else None

    def hrefs(self, calendar: str) -> list[str]:
        """The hrefs of every object in a calendar (percent-encoded, as the server lists)."""
        body = (
            '<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop><D:getetag/>'
            "</D:prop></D:propfind>"
        )
        path = self.calendar_path(calendar)
        answer = self.phone_request("PROPFIND", path, body, {"Depth": "1"})
        root = ET.fromstring(answer.body)
        hrefs = [h.text or "" for h in root.iter(_clark("D:href"))]
        return sorted(h for h in hrefs if h.rstrip("/") != path.rstrip("/"))


def make_event(
    summary: str,
    start: datetime | date,
    end: datetime | date,
    *,
    uid: str | None = None,
    transp: str | None = None,
    status: str | None = None,
    rrule: str | None = None,
    exdates: Iterable[datetime | date] = (),
    extra: Iterable[str] = (),
) -> str:
    """iCalendar text of one VEVENT. Aware datetimes keep their zone (TZID with a
    VTIMEZONE; UTC as ...Z), naive ones are floating, dates are all-day. `extra` lines
    (e.g. "X-APPLE-TRAVEL-DURATION;VALUE=DURATION:PT30M") go in as they are."""
    from icalendar import Calendar, Event, vRecur

    calendar = Calendar()
    calendar.add("prodid", "-//Apple Inc.//iPhone OS 18.1//EN")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", uid or str(uuid.uuid4()).upper())
    event.add("dtstamp", datetime.now(ZoneInfo("UTC")))
    event.add("summary", summary)
    event.add("dtstart", start)
    event.add("dtend", end)
    if transp:
        event.add("transp", transp)
    if status:
        event.add("status", status)
    if rrule:
        event.add("rrule", vRecur.from_ical(rrule))
    for exdate in exdates:
        event.add("exdate", exdate)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    text = calendar.to_ical().decode("utf-8")
    lines = list(extra)
    if lines:
        text = text.replace("END:VEVENT", "\r\n".join([*lines, "END:VEVENT"]), 1)
    return text


def build_seeded_folder(folder: Path, **kwargs: Any) -> dict[str, str]:
    """Seed an IcloudServer's storage in `folder` once (then copy it for each test)."""
    server = IcloudServer(folder, **kwargs)
    try:
        server.start()
        return dict(server.calendars)
    finally:
        server.stop()


def week_day(offset: int, hhmm: str = "00:00", zone: tzinfo = FIXED_ZONE) -> datetime:
    """A wall time in the seeded week: week_day(1, "10:00") is Tuesday 10:00 Berlin."""
    hour, minute = (int(x) for x in hhmm.split(":"))
    day = FIXED_WEEK + timedelta(days=offset)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
