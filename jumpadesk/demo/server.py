"""The demo's CalDAV server: Radicale 3 embedded in this process, on loopback.

It serves Radicale from a threaded wsgiref server in a daemon thread; accounts are
checked against a plain htpasswd file and per-calendar rights come from a Radicale
rights file, so one calendar can be read-only for its user, as a calendar shared with
them is on iCloud. jumpadesk.demo.seed fills it with an iCloud-like calendar home.
"""

from __future__ import annotations

import base64
import io
import logging
import re
import secrets
import socketserver
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

__all__ = ["DAVRequester", "DAVResponse", "Listener", "LocalAccount", "LocalCalDAVServer"]

log = logging.getLogger("jumpadesk.demo.server")

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]

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


class _RequestHandler(WSGIRequestHandler):
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
        self.server_name, self.server_port = self.bound()
        self.setup_environ()

    def bound(self) -> tuple[str, int]:
        """The host and port the socket is bound to (the port chosen, when 0 was asked)."""
        host, port = self.server_address[:2]
        # An AF_INET socket's host is text; typeshed also allows the bytes of AF_UNIX.
        return (host if isinstance(host, str) else bytes(host).decode()), port


class Listener:
    """One listening socket serving a WSGI app from a daemon thread."""

    def __init__(self, app: WSGIApp, host: str, port: int) -> None:
        self._server = _ThreadingWSGIServer((host, port), _RequestHandler)
        self._server.set_app(app)
        self.host, self.port = self._server.bound()
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
    folder keeps them). `admin` is a service account allowed everything (seeding, writing
    into read-only calendars as their owner would).

    The socket serves `served_app()`, which is Radicale itself; a subclass may put a
    layer in front of it. `wsgi_app` is always Radicale: requests sent to it in-process
    go past any such layer.
    """

    realm = "jumpadesk local CalDAV"

    def __init__(
        self,
        folder: Path,
        accounts: Iterable[LocalAccount],
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.folder = Path(folder)
        self.host = host
        self.port = port
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
        self._listener: Listener | None = None
        self._radicale: WSGIApp | None = None
        self._rebuild()

    # -- lifecycle

    def start(self) -> None:
        """Listen on host:port (port 0: a free one) in a daemon thread."""
        with self._lock:
            if self._listener is not None:
                return
            _quiet_radicale()
            self._listener = Listener(self.served_app, self.host, self.port)
            self.port = self._listener.port
            log.info("local CalDAV server listening on %s", self._listener.url)

    def stop(self) -> None:
        """Close the listening socket; the storage folder stays."""
        with self._lock:
            listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()

    @property
    def running(self) -> bool:
        return self._listener is not None

    @property
    def url(self) -> str:
        """Base URL of the socket, ending in /, e.g. http://127.0.0.1:PORT/."""
        if self._listener is None:
            raise RuntimeError("the local CalDAV server is not started")
        return self._listener.url

    # -- the app

    def wsgi_app(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        """The Radicale WSGI app (stable even when the rights change and Radicale is rebuilt)."""
        app = self._radicale
        assert app is not None
        return app(environ, start_response)

    def served_app(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        """What the socket serves: Radicale."""
        return self.wsgi_app(environ, start_response)

    def requester(self, user: str | None = None) -> DAVRequester:
        """Plain DAV requests in-process (no socket, no layer) as `user` or as admin."""
        if user is None or user == self.admin.user:
            return DAVRequester(self.wsgi_app, self.admin.user, self.admin.password)
        return DAVRequester(self.wsgi_app, user, self._passwords[user])

    # -- accounts and rights

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


def basic_authorization(user: str, password: str) -> str:
    """The Authorization header value for HTTP Basic."""
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


class DAVRequester:
    """Plain DAV requests as one account, in-process against a WSGI app (no socket).

    Paths are server paths ("/demo%40icloud.com/home/") or absolute URLs on the server.
    """

    def __init__(self, app: WSGIApp, user: str, password: str) -> None:
        self.app = app
        self.user = user
        self.authorization = basic_authorization(user, password)

    def request(
        self,
        method: str,
        path: str,
        body: bytes | str = b"",
        headers: Mapping[str, str] | None = None,
    ) -> DAVResponse:
        data = body.encode("utf-8") if isinstance(body, str) else body
        all_headers = {"Authorization": self.authorization, **(headers or {})}
        if path.startswith(("http://", "https://")):
            parts = urlsplit(path)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
        return self._send(method, path, data, all_headers)

    def _send(self, method: str, path: str, data: bytes, headers: dict) -> DAVResponse:
        """In-process: the request as a WSGI environ, straight to the app."""
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

        result = self.app(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        return DAVResponse(started["status"], started["headers"], body)
