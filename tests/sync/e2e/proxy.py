"""A TCP proxy between a station and the server that can cut the line or swallow replies.

- `cut()`: the network is down — new connections are refused, open ones dropped.
- `drop_next_reply()`: the next answer the server sends is read (so the server has done
  its work and committed) and thrown away, and the station's connection is closed — the
  reply lost on its way back.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType


class FlakyProxy:
    """Listens on 127.0.0.1 (a free port) and forwards to `upstream_port`."""

    def __init__(self, upstream_port: int) -> None:
        self._upstream = upstream_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._drops = 0
        self.dropped = 0
        self._open: set[socket.socket] = set()
        self._closing = False
        self._listen()

    def _listen(self) -> None:
        threading.Thread(target=self._accept, args=(self._listener,), daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cut(self) -> None:
        """Refuse every connection until `mend()` (nothing listens); drop the open ones."""
        _close(self._listener)
        with self._lock:
            sockets = list(self._open)
        for sock in sockets:
            _close(sock)

    def mend(self) -> None:
        """The network is back: listen on the same port again."""
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self._listen()

    def drop_next_reply(self, count: int = 1) -> None:
        """Swallow the next `count` replies of the server."""
        with self._lock:
            self._drops += count

    def close(self) -> None:
        self._closing = True
        self.cut()
        _close(self._listener)

    def __enter__(self) -> FlakyProxy:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _accept(self, listener: socket.socket) -> None:
        while not self._closing:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(("127.0.0.1", self._upstream), timeout=5)
            except OSError:
                _close(client)
                continue
            server.settimeout(None)
            with self._lock:
                self._open.update((client, server))
            threading.Thread(target=self._pipe, args=(client, server, False), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, True), daemon=True).start()

    def _pipe(self, source: socket.socket, target: socket.socket, replies: bool) -> None:
        try:
            with contextlib.suppress(OSError):  # either side closed: the line ends
                while data := source.recv(65536):
                    if replies and self._take_drop():
                        self.dropped += 1
                        break  # the server answered (it committed); the station never hears it
                    target.sendall(data)
        finally:
            for sock in (source, target):
                _close(sock)
                with self._lock:
                    self._open.discard(sock)

    def _take_drop(self) -> bool:
        with self._lock:
            if self._drops > 0:
                self._drops -= 1
                return True
            return False


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
