"""A small HTTP server on 127.0.0.x that misbehaves on purpose, on raw sockets.

What a WSGI layer cannot do, this does byte by byte: an answer trickled a byte at a
time (its body, or its status line and headers too), a server that takes the request
and never answers, an answer far larger than any calendar (generated as it is sent,
never held in memory), a redirect to another address or to plain http. In between it
can stand in front of a real CalDAV server (`forward_to`), passing requests through,
so an account can be connected first and the misbehaviour start mid-life.

Every request it reads is recorded (`requests`: method, path, lower-cased headers),
so a test can check, for instance, that no Authorization header ever reached it.
One request per connection: every answer says `Connection: close`.

    with HostileServer("127.0.0.3") as foreign:
        foreign.behave(redirect("http://127.0.0.1:8/"))
        ...
        assert not foreign.saw_credentials()

`tls_for()` makes a self-signed certificate for an https HostileServer.
"""

from __future__ import annotations

import datetime
import http.client
import ipaddress
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit


@dataclass(frozen=True)
class SeenRequest:
    method: str
    path: str
    headers: dict[str, str] = field(repr=False)
    body: bytes = field(repr=False, default=b"")

    @property
    def authorized(self) -> bool:
        return "authorization" in self.headers


class _Stopped(Exception):
    """The server is stopping: a handler that waits gives up."""


@dataclass
class Answer:
    """What to send for one request: a status, headers and a body, and how.

    `body` is bytes, or an iterator of bytes (sent as it is produced, so a 1 GB body is
    never held). `length` sets Content-Length (None: chunked when the body is an
    iterator, the body's length when it is bytes). `trickle` sends one byte every that
    many seconds: the body only, or, with `trickle_headers`, the status line and headers
    as well. `silent` reads the request and sends nothing, ever. `pieces` sends a bytes
    body chunked, in pieces of these sizes (over and over), `gap` seconds apart.
    `cut_after` closes the connection once that many bytes of the body went out."""

    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | Callable[[], Iterator[bytes]] = b""
    length: int | None = None
    trickle: float = 0.0
    trickle_headers: bool = False
    silent: bool = False
    forward: bool = False
    pieces: tuple[int, ...] = ()
    gap: float = 0.0
    cut_after: int | None = None


def canned(status: int, body: bytes = b"", content_type: str = "application/xml") -> Answer:
    return Answer(status, [("Content-Type", content_type)], body)


def redirect(location: str, status: int = 301) -> Answer:
    return Answer(status, [("Location", location), ("Content-Type", "text/plain")], b"moved")


def silent() -> Answer:
    return Answer(silent=True)


def trickle(body: bytes, every: float = 2.0, *, headers_too: bool = False,
            status: int = 207) -> Answer:
    return Answer(status, [("Content-Type", "application/xml; charset=utf-8")], body,
                  trickle=every, trickle_headers=headers_too)


def oversized(size: int, *, declared: bool = True, status: int = 207) -> Answer:
    """A multistatus `size` bytes long, produced 1 MiB at a time. With `declared` its
    Content-Length says so up front; without, it comes chunked, its size unknown."""
    head = (b'<?xml version="1.0" encoding="utf-8"?>\n<D:multistatus xmlns:D="DAV:">'
            b"<D:response><D:href>/x/</D:href><D:propstat><D:prop><D:displayname>")
    tail = b"</D:displayname></D:prop></D:propstat></D:response></D:multistatus>"

    def produce() -> Iterator[bytes]:
        yield head
        left = size - len(head) - len(tail)
        block = b"x" * (1 << 20)
        while left > 0:
            piece = block[: min(left, len(block))]
            left -= len(piece)
            yield piece
        yield tail

    return Answer(status, [("Content-Type", "application/xml; charset=utf-8")], produce,
                  length=size if declared else None)


def forward() -> Answer:
    """Pass the request through to the server given as `forward_to`, unchanged."""
    return Answer(forward=True)


class HostileServer:
    """A threaded raw-socket HTTP/1.1 server on `host` (a loopback address).

    `behave(answer)` sets what every following request gets; `behave(answer, count=n)`
    only the next n, after which the previous behaviour returns; `behave(answer,
    method="REPORT")` what every request of that method gets. `forward_to` is the
    base URL of a real server that `forward()` passes requests to. With `tls` (an
    ssl.SSLContext for the server side) it speaks https."""

    def __init__(self, host: str = "127.0.0.1", *, forward_to: str = "",
                 tls: ssl.SSLContext | None = None) -> None:
        self.host = host
        self.forward_to = forward_to
        self._tls = tls
        self._sock: socket.socket | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._default = canned(404, b"", "text/plain")
        self._next: list[Answer] = []
        self._by_method: dict[str, Answer] = {}
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []
        self.requests: list[SeenRequest] = []
        self.bytes_sent = 0

    # -- lifecycle

    def start(self) -> HostileServer:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, 0))
        sock.listen(16)
        sock.settimeout(0.2)
        self._sock = sock
        thread = threading.Thread(target=self._accept, name="hostile-http", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def stop(self) -> None:
        self._stop.set()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in list(self._threads):
            thread.join(timeout=5)
        if self._sock is not None:
            self._sock.close()

    def __enter__(self) -> HostileServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._sock is not None
        return self._sock.getsockname()[1]

    @property
    def url(self) -> str:
        scheme = "https" if self._tls else "http"
        return f"{scheme}://{self.host}:{self.port}/"

    # -- what it does

    def behave(self, answer: Answer, count: int | None = None, *,
               method: str | None = None) -> None:
        """From now on `answer` for every request (for every `method` request, with
        `method`), or for the next `count` only."""
        with self._lock:
            if method is not None:
                self._by_method[method.upper()] = answer
            elif count is None:
                self._default = answer
                self._next.clear()
                self._by_method.clear()
            else:
                self._next.extend([answer] * count)

    def saw_credentials(self) -> bool:
        with self._lock:
            return any(r.authorized for r in self.requests)

    def _answer_for(self, seen: SeenRequest) -> Answer:
        with self._lock:
            if self._next:
                return self._next.pop(0)
            return self._by_method.get(seen.method, self._default)

    # -- serving

    def _accept(self) -> None:
        assert self._sock is not None
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            with self._lock:
                self._threads.append(thread)
            thread.start()

    def _serve(self, raw: socket.socket) -> None:
        conn = raw
        try:
            if self._tls is not None:
                raw.settimeout(10)
                conn = self._tls.wrap_socket(raw, server_side=True)
            conn.settimeout(None)
            with self._lock:
                self._conns.append(conn)
            seen = self._read_request(conn)
            if seen is None:
                return
            with self._lock:
                self.requests.append(seen)
            self._send(conn, seen, self._answer_for(seen))
        except (OSError, _Stopped, ssl.SSLError):
            pass
        finally:
            with self._lock:
                if conn in self._conns:
                    self._conns.remove(conn)
            try:
                conn.close()
            except OSError:
                pass

    def _read_request(self, conn: socket.socket) -> SeenRequest | None:
        data = b""
        while b"\r\n\r\n" not in data:
            piece = conn.recv(65536)
            if not piece:
                return None
            data += piece
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, path, _version = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length") or 0)
        while len(rest) < length:
            piece = conn.recv(65536)
            if not piece:
                break
            rest += piece
        return SeenRequest(method.upper(), path, headers, rest[:length])

    def _send(self, conn: socket.socket, seen: SeenRequest, answer: Answer) -> None:
        if answer.silent:
            self._stop.wait()
            raise _Stopped()
        if answer.forward:
            answer = self._forwarded(seen)
        body = answer.body
        chunks: Iterator[bytes]
        if callable(body):
            chunks = body()
            chunked = answer.length is None
        elif answer.pieces:
            chunks = _in_pieces(body, answer.pieces)
            chunked = True
        else:
            chunks = iter([body])
            chunked = False
        headers = list(answer.headers)
        if chunked:
            headers.append(("Transfer-Encoding", "chunked"))
        else:
            length = answer.length if answer.length is not None else len(body)  # type: ignore[arg-type]
            headers.append(("Content-Length", str(length)))
        headers.append(("Connection", "close"))
        reason = http.client.responses.get(answer.status, "Unknown")
        head = f"HTTP/1.1 {answer.status} {reason}\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
        if answer.trickle and answer.trickle_headers:
            self._trickle(conn, head.encode("latin-1"), answer.trickle)
        else:
            self._write(conn, head.encode("latin-1"))
        sent = 0
        for chunk in chunks:
            if not chunk:
                continue
            if answer.cut_after is not None and sent + len(chunk) >= answer.cut_after:
                chunk = chunk[: answer.cut_after - sent]
                if chunk:
                    self._write(conn, f"{len(chunk):x}\r\n".encode() + chunk if chunked
                                else chunk)
                return  # the connection closes mid-answer
            sent += len(chunk)
            piece = (f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n") if chunked else chunk
            if answer.trickle:
                self._trickle(conn, piece, answer.trickle)
            else:
                self._write(conn, piece)
            if answer.gap and self._stop.wait(answer.gap):
                raise _Stopped()
        if chunked:
            self._write(conn, b"0\r\n\r\n")

    def _write(self, conn: socket.socket, data: bytes) -> None:
        if self._stop.is_set():
            raise _Stopped()
        conn.sendall(data)
        self.bytes_sent += len(data)

    def _trickle(self, conn: socket.socket, data: bytes, every: float) -> None:
        for i in range(len(data)):
            self._write(conn, data[i : i + 1])
            if self._stop.wait(every):
                raise _Stopped()

    def _forwarded(self, seen: SeenRequest) -> Answer:
        """The request passed to `forward_to` as it came; its answer as the real server
        gave it."""
        base = urlsplit(self.forward_to)
        upstream = http.client.HTTPConnection(base.hostname or "127.0.0.1", base.port,
                                              timeout=30)
        try:
            skip = {"host", "content-length", "connection", "accept-encoding"}
            headers = {k: v for k, v in seen.headers.items() if k not in skip}
            upstream.request(seen.method, seen.path, body=seen.body or None, headers=headers)
            got = upstream.getresponse()
            drop = {"content-length", "transfer-encoding", "connection"}
            return Answer(got.status, [(k, v) for k, v in got.getheaders()
                                       if k.lower() not in drop], got.read())
        finally:
            upstream.close()


def _in_pieces(body: bytes, sizes: tuple[int, ...]) -> Iterator[bytes]:
    at, k = 0, 0
    while at < len(body):
        size = max(1, sizes[k % len(sizes)])
        yield body[at : at + size]
        at += size
        k += 1


def tls_for(host: str, folder: Path) -> tuple[ssl.SSLContext, str]:
    """A server-side TLS context with a fresh self-signed certificate for the address
    `host`, and the path of that certificate, for a client to trust (verify=path)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]),
                       critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path = folder / f"{host}.pem"
    key_path = folder / f"{host}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_path, key_path)
    return context, str(cert_path)
