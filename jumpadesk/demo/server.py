"""A CalDAV server on loopback that stands in for iCloud: Radicale 3 embedded in this process.

The demo (jumpadesk.demo) and the tests (tests/icloud_server.py) both run it. It serves
Radicale from a threaded wsgiref server in a daemon thread; accounts are checked against a
plain htpasswd file and per-calendar rights come from a Radicale rights file, so one
calendar can be read-only for its user, as a calendar shared with them is on iCloud.

`seed_icloud_like_account()` builds the calendar home of an iCloud account (Home, Work,
a read-only Family, a VTODO-only Reminders list, a subscribed US Holidays, the
scheduling inbox/outbox) and can fill it with the sample events of resources/demo/
placed in a given week.

What Radicale does differently from iCloud (checked in tests/test_icloud_server.py;
items marked * are made iCloud-like for the tests by tests/icloud_server.py):
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
- There is no scheduling inbox/outbox or notification collection: they are made here as
  plain collections, so their resourcetype is D:collection only (*).
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
import http.client
import io
import json
import logging
import re
import secrets
import socket
import socketserver
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit
from wsgiref.simple_server import ServerHandler, WSGIRequestHandler, WSGIServer
from xml.sax.saxutils import escape as xml_escape
from zoneinfo import ZoneInfo

from jumpadesk.config import resource_path

__all__ = [
    "CUT_AFTER_BODY_BYTES",
    "AccountLayout",
    "CalendarSpec",
    "DAVRequester",
    "DAVResponse",
    "LocalAccount",
    "LocalCalDAVServer",
    "load_layout",
    "render_template",
    "resource_path",
    "seed_icloud_like_account",
]

log = logging.getLogger("jumpadesk.demo.server")

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]

#: A WSGI layer sets this key in the environ to cut the connection on purpose: the
#: server sends the status line and headers and this many bytes of the body, then closes
#: the socket. A negative value closes it before any of the answer.
CUT_AFTER_BODY_BYTES = "jumpadesk.cut_after_body_bytes"

ADMIN_USER = "jumpadesk-admin"


@dataclass(frozen=True)
class LocalAccount:
    """An account of the local server; `user` looks like an Apple ID."""

    user: str
    password: str = field(repr=False)


# ---------------------------------------------------------------------------- serving


class _LogStream(io.TextIOBase):
    """wsgi.errors / the handler's stderr (tracebacks of a failing app) into our log."""

    def write(self, text: str) -> int:
        if text.strip():
            log.warning("wsgi: %s", text.rstrip())
        return len(text)


class _ServerHandler(ServerHandler):
    """wsgiref's handler, able to cut the connection mid-answer when the environ asks."""

    _in_body = False
    _body_sent = 0
    _was_cut = False

    def _cut_after(self) -> int | None:
        value = self.environ.get(CUT_AFTER_BODY_BYTES) if self.environ else None
        return int(value) if value is not None else None

    def send_headers(self) -> None:
        self._in_body = False
        super().send_headers()
        self._in_body = True

    def _write(self, data: bytes) -> None:
        cut = self._cut_after()
        if cut is None or self._was_cut:
            super()._write(data)
            return
        if not self._in_body:
            if cut < 0:
                # Nothing at all: a head cut short can still parse as an HTTP/1.0 answer.
                self._cut()
            super()._write(data)
            return
        room = cut - self._body_sent
        if len(data) <= room:
            self._body_sent += len(data)
            super()._write(data)
            return
        super()._write(data[: max(room, 0)])
        self._cut()

    def finish_content(self) -> None:
        super().finish_content()
        if self._cut_after() is not None and not self._was_cut:
            self._cut()  # the whole answer fit under the limit: cut before the client is done

    def _cut(self) -> None:
        self._was_cut = True
        connection = self.request_handler.connection
        try:
            connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        log.debug("cut the connection on purpose")
        # wsgiref's run() treats this as a client that went away: no traceback.
        raise ConnectionAbortedError("connection cut on purpose")


class _RequestHandler(WSGIRequestHandler):
    def handle(self) -> None:
        self.raw_requestline = self.rfile.readline(65537)
        if len(self.raw_requestline) > 65536:
            self.requestline = self.request_version = self.command = ""
            self.send_error(414)
            return
        if not self.parse_request():
            return
        handler = _ServerHandler(
            self.rfile, self.wfile, self.get_stderr(), self.get_environ(), multithread=True
        )
        handler.request_handler = self
        handler.run(self.server.get_app())

    def get_stderr(self) -> io.TextIOBase:
        return _LogStream()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - wsgiref's name
        log.debug("%s %s", self.address_string(), format % args)


class _ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    request_queue_size = 64

    def server_bind(self) -> None:
        # HTTPServer.server_bind asks getfqdn(), which can hang on a machine without DNS.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = host, port
        self.setup_environ()


class _Listener:
    """One listening socket serving a WSGI app from a daemon thread."""

    def __init__(self, app: WSGIApp, host: str, port: int) -> None:
        self._server = _ThreadingWSGIServer((host, port), _RequestHandler)
        self._server.set_app(app)
        self.host, self.port = self._server.server_address[:2]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.02},
            name=f"caldav-{self.host}:{self.port}",
            daemon=True,
        )
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


# ---------------------------------------------------------------------------- server


class LocalCalDAVServer:
    """Radicale 3 embedded in this process, on loopback.

    Files under `folder`: `collections/` (Radicale's storage), `config/users` (plain
    htpasswd), `config/rights` (Radicale rights file) and `config/read_only.txt` (the
    collections that are read-only for their user, kept so a server restarted on the same
    folder keeps them).

    `wsgi_wrapper`, when given, wraps the Radicale app before it is served (the tests'
    iCloud layer). `wsgi_app` stays the unwrapped Radicale app: requests sent to it
    in-process bypass the wrapper. `admin` is a service account allowed everything
    (seeding, writing into read-only calendars as their owner would).
    """

    def __init__(
        self,
        folder: Path,
        accounts: Iterable[LocalAccount],
        host: str = "127.0.0.1",
        port: int = 0,
        wsgi_wrapper: Callable[[WSGIApp], WSGIApp] | None = None,
        *,
        realm: str = "jumpadesk local CalDAV",
    ) -> None:
        self.folder = Path(folder)
        self.host = host
        self.port = port
        self.realm = realm
        self.admin = LocalAccount(ADMIN_USER, secrets.token_urlsafe(18))
        self._passwords: dict[str, str] = {a.user: a.password for a in accounts}
        self._lock = threading.RLock()
        self._config_dir = self.folder / "config"
        self._storage_dir = self.folder / "collections"
        self._config_dir.mkdir(parents=True, exist_ok=True)
        # Radicale warns when it has to make its root folder itself.
        (self._storage_dir / "collection-root").mkdir(parents=True, exist_ok=True)
        self._read_only_file = self._config_dir / "read_only.txt"
        self._read_only: list[str] = []
        if self._read_only_file.exists():
            lines = self._read_only_file.read_text(encoding="utf-8").splitlines()
            self._read_only = [line for line in lines if line.strip()]
        self._listeners: list[_Listener] = []
        self._radicale: WSGIApp | None = None
        self._rebuild()
        self._served: WSGIApp = wsgi_wrapper(self.wsgi_app) if wsgi_wrapper else self.wsgi_app

    # -- lifecycle

    def start(self) -> None:
        """Listen on host:port (port 0: a free one) in a daemon thread."""
        with self._lock:
            if self._listeners:
                return
            _quiet_radicale()
            listener = _Listener(self._served, self.host, self.port)
            self._listeners.append(listener)
            self.port = listener.port
            log.info("local CalDAV server listening on %s", listener.url)

    def add_listener(
        self, host: str = "127.0.0.1", port: int = 0, app: WSGIApp | None = None
    ) -> str:
        """Serve `app` (default: what start() serves) on one more socket; returns its URL."""
        with self._lock:
            listener = _Listener(app or self._served, host, port)
            self._listeners.append(listener)
            return listener.url

    def stop(self) -> None:
        """Close every listening socket; the storage folder stays."""
        with self._lock:
            listeners, self._listeners = self._listeners, []
        for listener in listeners:
            listener.stop()

    def __enter__(self) -> LocalCalDAVServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return bool(self._listeners)

    @property
    def url(self) -> str:
        """Base URL of the main socket, ending in /, e.g. http://127.0.0.1:PORT/."""
        if not self._listeners:
            raise RuntimeError("the local CalDAV server is not started")
        return self._listeners[0].url

    # -- the app

    def wsgi_app(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        """The Radicale WSGI app (stable even when the rights change and Radicale is rebuilt)."""
        app = self._radicale
        assert app is not None
        return app(environ, start_response)

    def requester(self, user: str | None = None) -> DAVRequester:
        """Plain DAV requests in-process (no socket, no wrapper) as `user` or as admin."""
        if user is None or user == self.admin.user:
            return DAVRequester(self.wsgi_app, self.admin.user, self.admin.password)
        return DAVRequester(self.wsgi_app, user, self._passwords[user])

    # -- accounts and rights

    @property
    def users(self) -> list[str]:
        return list(self._passwords)

    def add_account(self, account: LocalAccount) -> None:
        with self._lock:
            self._passwords[account.user] = account.password
            self._write_users()

    def set_password(self, user: str, password: str) -> None:
        """Change a password at once (as an Apple ID password change revokes app passwords)."""
        with self._lock:
            if user not in self._passwords:
                raise KeyError(user)
            self._passwords[user] = password
            self._write_users()

    def set_read_only(self, user: str, calendar: str) -> None:
        """Make `calendar` (a slug under the user's home, or a path) read-only for `user`."""
        path = calendar.strip("/")
        if "/" not in path:
            path = f"{user}/{path}"
        with self._lock:
            entry = f"{user}\t{path}"
            if entry in self._read_only:
                return
            self._read_only.append(entry)
            self._read_only_file.write_text("\n".join(self._read_only) + "\n", encoding="utf-8")
            self._rebuild()

    def _write_users(self) -> None:
        users_file = self._config_dir / "users"
        lines = [f"{self.admin.user}:{self.admin.password}"]
        for user, password in self._passwords.items():
            if ":" in user or "\n" in user + password:
                raise ValueError("a user name cannot hold ':' or a line break")
            lines.append(f"{user}:{password}")
        users_file.touch(mode=0o600, exist_ok=True)
        users_file.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def _write_rights(self) -> None:
        # First matching section wins. Radicale: upper-case R/W act on plain collections
        # (the root, a home), lower-case r/w on calendars and their events.
        sections = [("admin", re.escape(self.admin.user), ".*", "RrWw")]
        for n, entry in enumerate(self._read_only):
            user, path = entry.split("\t", 1)
            sections.append((f"read-only-{n}", re.escape(user), re.escape(path), "r"))
        sections += [
            ("root", ".+", "", "R"),
            ("home", ".+", "{user}", "RW"),
            ("calendars", ".+", "{user}/[^/]+", "Rrw"),
        ]
        text = "".join(
            f"[{name}]\nuser: {user}\ncollection: {collection}\npermissions: {permissions}\n\n"
            for name, user, collection, permissions in sections
        )
        (self._config_dir / "rights").write_text(text.replace("%", "%%"), encoding="utf-8")

    def _rebuild(self) -> None:
        """(Re)create the Radicale app: it reads the rights file only when it starts."""
        from radicale import Application
        from radicale import config as radicale_config

        with self._lock:
            self._write_users()
            self._write_rights()
            configuration = radicale_config.load()
            configuration.update(
                {
                    "server": {"max_connections": "64", "delay_on_error": "0"},
                    "auth": {
                        "type": "htpasswd",
                        "htpasswd_filename": str(self._config_dir / "users"),
                        "htpasswd_encryption": "plain",
                        "realm": self.realm,
                        "delay": "0",
                    },
                    "rights": {"type": "from_file", "file": str(self._config_dir / "rights")},
                    "storage": {
                        "type": "multifilesystem",
                        "filesystem_folder": str(self._storage_dir),
                        "_filesystem_fsync": "False",
                    },
                    "web": {"type": "none"},
                },
                "jumpadesk.demo.server",
                privileged=True,
            )
            _quiet_radicale()
            self._radicale = Application(configuration)


def _quiet_radicale() -> None:
    radicale_log = logging.getLogger("radicale")
    if radicale_log.level == logging.NOTSET or radicale_log.level < logging.WARNING:
        radicale_log.setLevel(logging.WARNING)


# ---------------------------------------------------------------------------- requests


@dataclass
class DAVResponse:
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


class DAVRequester:
    """Plain DAV requests as one account: in-process against a WSGI app, or over HTTP.

    `target` is a WSGI app or a base URL such as "http://127.0.0.1:8000/". Paths are
    server paths ("/demo%40icloud.com/home/") or absolute URLs on the same server.
    """

    def __init__(self, target: WSGIApp | str, user: str, password: str) -> None:
        self.target = target
        self.user = user
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._authorization = f"Basic {token}"

    def request(
        self,
        method: str,
        path: str,
        body: bytes | str = b"",
        headers: Mapping[str, str] | None = None,
    ) -> DAVResponse:
        data = body.encode("utf-8") if isinstance(body, str) else body
        all_headers = {"Authorization": self._authorization, **(headers or {})}
        if path.startswith(("http://", "https://")):
            parts = urlsplit(path)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
        if isinstance(self.target, str):
            return self._over_http(method, path, data, all_headers)
        return self._in_process(method, path, data, all_headers)

    def _over_http(self, method: str, path: str, data: bytes, headers: dict) -> DAVResponse:
        base = urlsplit(str(self.target))
        conn = http.client.HTTPConnection(base.hostname or "127.0.0.1", base.port, timeout=30)
        try:
            conn.request(method, path, body=data, headers=headers)
            answer = conn.getresponse()
            return DAVResponse(
                answer.status, {k.lower(): v for k, v in answer.getheaders()}, answer.read()
            )
        finally:
            conn.close()

    def _in_process(self, method: str, path: str, data: bytes, headers: dict) -> DAVResponse:
        raw_path, _, query = path.partition("?")
        environ: dict[str, Any] = {
            "REQUEST_METHOD": method.upper(),
            "SCRIPT_NAME": "",
            "PATH_INFO": unquote(raw_path, "iso-8859-1"),
            "QUERY_STRING": query,
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "80",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1",
            "CONTENT_LENGTH": str(len(data)),
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(data),
            "wsgi.errors": _LogStream(),
            "wsgi.multithread": True,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
        }
        for name, value in headers.items():
            key = name.upper().replace("-", "_")
            if key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
                environ[key] = value
            else:
                environ[f"HTTP_{key}"] = value
        started: dict[str, Any] = {}

        def start_response(status: str, response_headers: list, exc_info: Any = None) -> None:
            started["status"] = int(status.split(" ", 1)[0])
            started["headers"] = {k.lower(): v for k, v in response_headers}

        app: WSGIApp = self.target  # type: ignore[assignment]
        result = app(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        return DAVResponse(started["status"], started["headers"], body)


# ---------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class CalendarSpec:
    """One collection of an iCloud-like calendar home.

    kind: "calendar", "subscribed" (a webcal subscription: CS:subscribed, `source`),
    or "inbox" / "outbox" / "notification" (made as plain collections).
    `icloud_resourcetype` lists what iCloud adds to the resourcetype that Radicale
    cannot (e.g. "CS:shared"); tests/icloud_server.py adds it.
    """

    slug: str
    name: str
    kind: str = "calendar"
    color: str = ""
    order: int = 0
    components: tuple[str, ...] = ("VEVENT",)
    read_only: bool = False
    source: str = ""
    icloud_resourcetype: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CalendarSpec:
        return cls(
            slug=data["slug"],
            name=data.get("name", data["slug"]),
            kind=data.get("kind", "calendar"),
            color=data.get("color", ""),
            order=int(data.get("order", 0)),
            components=tuple(data.get("components", ("VEVENT",))),
            read_only=bool(data.get("read_only", False)),
            source=data.get("source", ""),
            icloud_resourcetype=tuple(data.get("icloud_resourcetype", ())),
        )


@dataclass(frozen=True)
class AccountLayout:
    """The collections of a calendar home; events are templates in `folder/<slug>/*.ics`."""

    calendars: tuple[CalendarSpec, ...]
    folder: Path | None = None

    def by_name(self, name: str) -> CalendarSpec:
        for spec in self.calendars:
            if name in (spec.name, spec.slug):
                return spec
        raise KeyError(name)

    def templates(self, spec: CalendarSpec) -> list[Path]:
        if self.folder is None:
            return []
        return sorted((self.folder / spec.slug).glob("*.ics"))


def load_layout(folder: Path | None = None) -> AccountLayout:
    """The iCloud-like layout in `folder`/layout.json (default: resources/demo)."""
    folder = Path(folder) if folder else resource_path("demo")
    data = json.loads((folder / "layout.json").read_text(encoding="utf-8"))
    return AccountLayout(tuple(CalendarSpec.from_dict(c) for c in data["calendars"]), folder)


# ---------------------------------------------------------------------------- templates

_TOKEN = re.compile(r"\{\{\s*([A-Z]+)([+-]\d+)?(?:\s+([^}]+?))?\s*\}\}")


def _zone_key(zone: tzinfo) -> str:
    key = getattr(zone, "key", None)
    if key:
        return str(key)
    if zone is UTC:
        return "UTC"
    raise ValueError(f"the zone {zone!r} has no IANA name")


def render_template(
    text: str, monday: date, zone: tzinfo, user: str, *, now: datetime | None = None
) -> str:
    """Fill an event template's placeholders and return iCalendar text (CRLF lines).

    {{DATE+N}}         the date N days after `monday`: 20261124
    {{LOCAL+N HH:MM}}  that day at HH:MM as a wall time (after TZID=...): 20261124T093000
    {{UTC+N HH:MM}}    that wall time in `zone`, in UTC: 20261124T083000Z
    {{TZID}}           the IANA name of `zone`
    {{VTIMEZONE}}      a VTIMEZONE for `zone`; {{VTIMEZONE America/New_York}} for another
    {{USER}}           the account's address (for ATTENDEE lines)
    {{STAMP}}          now in UTC (DTSTAMP)
    """
    from icalendar import Timezone

    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    zones_written: set[str] = set()

    def when(offset: str | None, hhmm: str | None) -> datetime:
        day = monday + timedelta(days=int(offset or 0))
        hour, minute = (int(x) for x in (hhmm or "00:00").split(":"))
        return datetime.combine(day, time(hour, minute), tzinfo=zone)

    def replace(match: re.Match[str]) -> str:
        name, offset, arg = match.groups()
        if name == "DATE":
            return (monday + timedelta(days=int(offset or 0))).strftime("%Y%m%d")
        if name == "LOCAL":
            return when(offset, arg).strftime("%Y%m%dT%H%M%S")
        if name == "UTC":
            return when(offset, arg).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        if name == "TZID":
            return _zone_key(zone)
        if name == "VTIMEZONE":
            key = arg or _zone_key(zone)
            if key in zones_written:  # one VTIMEZONE per zone in an object
                return ""
            zones_written.add(key)
            vtimezone = Timezone.from_tzinfo(
                ZoneInfo(key),
                first_date=date(monday.year - 1, 1, 1),
                last_date=date(monday.year + 2, 12, 31),
            )
            return vtimezone.to_ical().decode("utf-8").strip()
        if name == "USER":
            return user
        if name == "STAMP":
            return stamp
        raise ValueError(f"unknown placeholder {match.group(0)}")

    filled = _TOKEN.sub(replace, text)
    lines = [line.rstrip("\r") for line in filled.splitlines() if line.strip()]
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------------------- seeding

_NS = (
    'xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav" '
    'xmlns:CS="http://calendarserver.org/ns/" xmlns:I="http://apple.com/ns/ical/"'
)


def _mkcol_body(spec: CalendarSpec) -> str:
    props = [f"<D:displayname>{xml_escape(spec.name)}</D:displayname>"]
    if spec.kind == "calendar":
        props.append("<D:resourcetype><D:collection/><C:calendar/></D:resourcetype>")
        comps = "".join(f'<C:comp name="{c}"/>' for c in spec.components)
        props.append(
            f"<C:supported-calendar-component-set>{comps}</C:supported-calendar-component-set>"
        )
    elif spec.kind == "subscribed":
        props.append("<D:resourcetype><D:collection/><CS:subscribed/></D:resourcetype>")
        # Radicale keeps the text and answers it inside a D:href, as iCloud does.
        props.append(f"<CS:source>{xml_escape(spec.source)}</CS:source>")
    else:
        props.append("<D:resourcetype><D:collection/></D:resourcetype>")
    if spec.color:
        props.append(f"<I:calendar-color>{xml_escape(spec.color)}</I:calendar-color>")
    if spec.order:
        props.append(f"<I:calendar-order>{spec.order}</I:calendar-order>")
    return (
        f'<?xml version="1.0" encoding="utf-8"?><D:mkcol {_NS}><D:set><D:prop>'
        + "".join(props)
        + "</D:prop></D:set></D:mkcol>"
    )


def home_path(user: str) -> str:
    """The calendar home of `user` as the server writes it in hrefs."""
    return f"/{quote(user)}/"


def seed_icloud_like_account(
    server: LocalCalDAVServer,
    user: str,
    password: str,
    layout: AccountLayout | None = None,
    *,
    events_for_week: date | datetime | None = None,
    zone: tzinfo | None = None,
) -> dict[str, str]:
    """Create an iCloud-like calendar home for `user` and return {calendar name: path}.

    The account must be one of the server's. Collections come from `layout` (default:
    resources/demo/layout.json); read-only ones are made so through the rights file.
    With `events_for_week`, the event templates are filled in for the week that holds
    that day (Monday first) in `zone` (default UTC) and written as the calendars' owner
    would. Requests go in-process to the Radicale app, past any wrapper.
    """
    layout = layout or load_layout()
    zone = zone or UTC
    as_user = DAVRequester(server.wsgi_app, user, password)
    home = home_path(user)
    # Radicale creates the home on the user's first request; this also checks the password.
    answer = as_user.request("PROPFIND", home, headers={"Depth": "0"})
    if answer.status != 207:
        raise RuntimeError(f"the local server refused {user}: HTTP {answer.status}")
    admin = server.requester()
    paths: dict[str, str] = {}
    monday: date | None = None
    if events_for_week is not None:
        day = events_for_week.date() if isinstance(events_for_week, datetime) else events_for_week
        monday = day - timedelta(days=day.weekday())
    for spec in layout.calendars:
        path = f"{home}{quote(spec.slug)}/"
        answer = admin.request(
            "MKCOL", path, _mkcol_body(spec), {"Content-Type": "application/xml; charset=utf-8"}
        )
        if answer.status not in (201, 405):  # 405: it exists already
            raise RuntimeError(f"could not create {spec.name}: HTTP {answer.status}")
        if spec.read_only:
            server.set_read_only(user, spec.slug)
        paths[spec.name] = path
        if monday is None:
            continue
        for template in layout.templates(spec):
            text = render_template(template.read_text(encoding="utf-8"), monday, zone, user)
            uid = re.search(r"^UID:(.+?)\r?$", text, re.MULTILINE)
            name = uid.group(1).strip() if uid else template.stem
            answer = admin.request(
                "PUT",
                f"{path}{quote(name)}.ics",
                text,
                {"Content-Type": "text/calendar; charset=utf-8"},
            )
            if answer.status not in (201, 204):
                raise RuntimeError(
                    f"could not write {template.name} into {spec.name}: HTTP {answer.status}"
                )
    log.info("seeded %d collections for an account", len(paths))
    return paths
