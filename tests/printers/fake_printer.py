"""A fake port-9100 printer on 127.0.0.1: records jobs, answers DLE EOT, misbehaves on demand."""

from __future__ import annotations

import socket
import threading
from enum import Enum


class Mode(Enum):
    """How the fake printer behaves."""

    READY = "ready"
    PAPER_NEAR_END = "paper_near_end"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    SILENT = "silent"  # reads everything, never answers a status query
    REFUSE = "refuse"  # nothing listens: connections are refused
    STALL = "stall"  # accepts, then never reads
    CLOSE_MID_JOB = "close_mid_job"  # reads a little, then hangs up


# DLE EOT n replies (bits 1 and 4 always set): n=1 printer, n=2 offline cause, n=4 paper sensor.
REPLIES: dict[Mode, dict[int, int]] = {
    Mode.READY: {1: 0x12, 2: 0x12, 4: 0x12},
    Mode.PAPER_NEAR_END: {1: 0x12, 2: 0x12, 4: 0x1E},
    Mode.PAPER_OUT: {1: 0x1A, 2: 0x32, 4: 0x72},
    Mode.COVER_OPEN: {1: 0x1A, 2: 0x16, 4: 0x12},
}
DLE_EOT = b"\x10\x04"
CLOSE_AFTER = 2048  # bytes read before a CLOSE_MID_JOB printer hangs up
SMALL_BUFFER = 4096  # receive buffer of a stalled printer, so the sender's data backs up fast


class FakePrinter:
    """A TCP printer in a background thread. Use as a context manager or call :meth:`stop`."""

    def __init__(self, mode: Mode = Mode.READY) -> None:
        self.mode = mode
        # Each closed connection's bytes by the order it was accepted (connections run on
        # their own threads and may close in any order).
        self._finished: dict[int, bytes] = {}
        self._accepted = 0
        self._done = threading.Condition()
        self._open: list[socket.socket] = []
        self._stop = threading.Event()
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if mode is Mode.STALL:
            self._server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, SMALL_BUFFER)
        self._server.bind(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        if mode is Mode.REFUSE:
            self._server.close()  # the port was free a moment ago; now nobody listens on it
            return
        self._server.listen(8)
        self._server.settimeout(0.1)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def address(self) -> str:
        """The printer address string for this fake."""
        return f"tcp://127.0.0.1:{self.port}"

    @property
    def jobs(self) -> list[bytes]:
        """Bytes of each finished connection that was a print job (not a status query)."""
        with self._done:
            return [data for data in self.connections if not data.startswith(DLE_EOT)]

    def wait_for_connections(self, count: int, timeout: float = 3.0) -> list[bytes]:
        """Wait until ``count`` connections have closed; return every connection's bytes."""
        with self._done:
            self._done.wait_for(lambda: len(self.connections) >= count, timeout)
            return list(self.connections)

    def stop(self) -> None:
        """Close everything and let the threads end."""
        self._stop.set()
        if self.mode is Mode.REFUSE:
            return
        self._thread.join(2)
        self._server.close()
        for conn in self._open:
            conn.close()

    def __enter__(self) -> FakePrinter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._open.append(conn)
            self._accepted += 1
            if self.mode is not Mode.STALL:  # a stalled printer never reads a byte
                handler = threading.Thread(
                    target=self._handle, args=(conn, self._accepted), daemon=True
                )
                handler.start()

    @property
    def connections(self) -> list[bytes]:
        """The bytes of every closed connection, in the order they were opened."""
        return [data for _, data in sorted(self._finished.items())]

    def _handle(self, conn: socket.socket, index: int) -> None:
        received = bytearray()
        conn.settimeout(0.1)
        while not self._stop.is_set():
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                break
            if not chunk:
                break
            start = max(0, len(received) - 2)  # a query may span two reads
            received += chunk
            self._answer_queries(conn, bytes(received[start:]))
            if self.mode is Mode.CLOSE_MID_JOB and len(received) >= CLOSE_AFTER:
                break
        conn.close()
        with self._done:
            self._finished[index] = bytes(received)
            self._done.notify_all()

    def _answer_queries(self, conn: socket.socket, data: bytes) -> None:
        replies = REPLIES.get(self.mode)
        if replies is None:
            return
        at = data.find(DLE_EOT)
        while 0 <= at < len(data) - 2:
            n = data[at + 2]
            if n in replies:
                conn.sendall(bytes([replies[n]]))
            at = data.find(DLE_EOT, at + 3)
