"""Real CalDAV servers other than iCloud, on loopback, for the other-server journey.

- Radicale as it ships (tests/local_server.py, its own Basic realm, no iCloud layer).
- Xandikos (from PyPI) as it is deployed: mounted at /dav/ behind a front that checks
  Basic passwords (Xandikos leaves sign-in to the web server in front of it) and answers
  /.well-known/caldav with Xandikos's own redirector, so a bare host is found through
  RFC 6764 only.

Both get the same calendars, made the way another client would make them (MKCALENDAR,
PUT): Work and Home, with a dentist (Home) and a planning meeting (Work) on Tuesday of
the fixed week. `add_event` writes as a phone would; `hrefs` lists a calendar's objects.
"""

from __future__ import annotations

import base64
import io
import socketserver
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer
from xml.etree import ElementTree as ET

from jumpadesk.demo.seed import home_path
from jumpadesk.demo.server import DAVRequester, LocalAccount
from tests.icloud_server import week_day
from tests.local_server import CalDAVTestServer

USER, PASSWORD = "sam", "server-password-1"
CALENDARS = {"Work": "work", "Home": "home"}

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]


def _mkcalendar_body(name: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
        f"<D:set><D:prop><D:displayname>{name}</D:displayname>"
        '<C:supported-calendar-component-set><C:comp name="VEVENT"/>'
        "</C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>"
    )


def event_ics(title: str, start: datetime, end: datetime, uid: str | None = None) -> str:
    fmt = "%Y%m%dT%H%M%SZ"
    return "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//jumpadesk tests//phone//EN",
        "BEGIN:VEVENT", f"UID:{uid or uuid.uuid4()}",
        f"DTSTAMP:{datetime.now(UTC).strftime(fmt)}",
        f"DTSTART:{start.astimezone(UTC).strftime(fmt)}",
        f"DTEND:{end.astimezone(UTC).strftime(fmt)}",
        f"SUMMARY:{title}", "END:VEVENT", "END:VCALENDAR", "",
    ])


class OtherServer:
    """What the journey needs of a server: where it is, who signs in, a phone."""

    name = ""
    label = ""  # what jumpadesk calls it in sentences and labels

    def __init__(self) -> None:
        self.user, self.password = USER, PASSWORD
        self.url = ""
        self._phone: DAVRequester | None = None
        self.home = ""

    def calendar_path(self, name: str) -> str:
        return f"{self.home}{CALENDARS[name]}/"

    def seed(self) -> None:
        assert self._phone is not None
        for name in CALENDARS:
            answer = self._phone.request("MKCALENDAR", self.calendar_path(name),
                                         _mkcalendar_body(name),
                                         {"Content-Type": "application/xml; charset=utf-8"})
            assert answer.status == 201, (name, answer.status, answer.text)
        self.add_event("Home", "Dentist", week_day(1, "08:00"), week_day(1, "09:00"))
        self.add_event("Work", "Planning", week_day(1, "10:00"), week_day(1, "11:30"))

    def add_event(self, calendar: str, title: str, start: datetime, end: datetime) -> str:
        assert self._phone is not None
        href = f"{self.calendar_path(calendar)}{uuid.uuid4()}.ics"
        answer = self._phone.request("PUT", href, event_ics(title, start, end),
                                     {"Content-Type": "text/calendar; charset=utf-8"})
        assert answer.status in (201, 204), (answer.status, answer.text)
        return href

    def hrefs(self, calendar: str) -> set[str]:
        assert self._phone is not None
        answer = self._phone.request(
            "PROPFIND", self.calendar_path(calendar),
            '<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop><D:getetag/>'
            "</D:prop></D:propfind>",
            {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"})
        assert answer.status == 207, answer.status
        root = ET.fromstring(answer.body)
        found = {h.text or "" for h in root.iter("{DAV:}href")}
        return {h for h in found if h.endswith(".ics")}

    def stop(self) -> None:
        raise NotImplementedError


class RadicaleServer(OtherServer):
    name = "radicale"
    label = "127.0.0.1"

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self._server = CalDAVTestServer(folder, [LocalAccount(USER, PASSWORD)],
                                        realm="Radicale - Password Required")
        self._server.start()
        self.url = self._server.url
        self.home = home_path(USER)
        self._phone = DAVRequester(self._server.wsgi_app, USER, PASSWORD)
        # Radicale makes the home on the user's first request.
        assert self._phone.request("PROPFIND", self.home, headers={"Depth": "0"}).status == 207
        self.seed()

    def stop(self) -> None:
        self._server.stop()


class _Threading(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True

    def server_bind(self) -> None:  # no getfqdn(): it can hang without DNS
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]
        self.setup_environ()


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


class XandikosServer(OtherServer):
    name = "xandikos"
    label = "127.0.0.1"
    MOUNT = "/dav"

    def __init__(self) -> None:
        super().__init__()
        from xandikos.web import SingleUserFilesystemBackend, XandikosApp
        from xandikos.wsgi_helpers import WellknownRedirector

        self._dir = tempfile.TemporaryDirectory(prefix="xandikos-")
        backend = SingleUserFilesystemBackend(self._dir.name)
        backend.create_principal(f"/{USER}/", create_defaults=False)
        dav = XandikosApp(backend, current_user_principal=f"/{USER}/")
        self._dav = dav
        self._front = WellknownRedirector(self._mount, self.MOUNT + "/")
        self._http = _Threading(("127.0.0.1", 0), _Quiet)
        self._http.set_app(self._signed_in)
        self._thread = threading.Thread(target=self._http.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True,
                                        name="xandikos")
        self._thread.start()
        port = self._http.server_address[1]
        self.url = f"http://127.0.0.1:{port}/"
        self.home = f"{self.MOUNT}/{USER}/calendars/"
        self._phone = DAVRequester(self._signed_in, USER, PASSWORD)
        self.seed()

    def _mount(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == self.MOUNT or path.startswith(self.MOUNT + "/"):
            environ["SCRIPT_NAME"] = self.MOUNT
            environ["PATH_INFO"] = path[len(self.MOUNT):] or "/"
            return self._dav(environ, start_response)
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"Not found\n"]

    def _signed_in(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        if environ.get("HTTP_AUTHORIZATION", "") != expected:
            start_response("401 Unauthorized",
                           [("WWW-Authenticate", 'Basic realm="Xandikos"'),
                            ("Content-Type", "text/plain")])
            return [b"Sign in\n"]
        environ["REMOTE_USER"] = USER
        # Xandikos reads its input to the end; a socket's end comes only when it closes.
        length = int(environ.get("CONTENT_LENGTH") or 0)
        environ["wsgi.input"] = io.BytesIO(environ["wsgi.input"].read(length) if length else b"")
        return self._front(environ, start_response)

    def stop(self) -> None:
        self._http.shutdown()
        self._http.server_close()
        self._thread.join(timeout=5)
        self._dir.cleanup()
