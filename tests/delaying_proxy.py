"""A TCP proxy on 127.0.0.1 in front of a server, holding up everything a client sends
by `delay` seconds before passing it on: a server a slow network away, every round trip
at least `delay` long. Answers pass at once. Real sockets, no protocol knowledge: it
carries PostgreSQL's wire protocol as it is.

    with DelayingProxy(pg_port, 0.2) as proxy:
        url = f"postgresql+psycopg://...@127.0.0.1:{proxy.port}/db"
"""

from __future__ import annotations

import socket
import threading
import time


class DelayingProxy:
    def __init__(self, target_port: int, delay: float, host: str = "127.0.0.1") -> None:
        self._target = (host, target_port)
        self._delay = delay
        self._listener = socket.create_server((host, 0))
        self.port: int = self._listener.getsockname()[1]
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._closed = False
        self.forwarded = 0  # chunks a client sent, each held up by `delay`

    def __enter__(self) -> DelayingProxy:
        threading.Thread(target=self._accept, name="delaying-proxy", daemon=True).start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._closed = True
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                try:
                    sock.close()
                except OSError:
                    pass

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(self._target, timeout=30)
            server.settimeout(None)
            with self._lock:
                self._sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True),
                             daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False),
                             daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, held_up: bool) -> None:
        try:
            while chunk := source.recv(65536):
                if held_up:
                    self.forwarded += 1
                    time.sleep(self._delay)
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
