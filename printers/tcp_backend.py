"""Network printers on a raw TCP port (usually 9100), over a plain socket with deadlines.

A plain socket rather than python-escpos's ``Network``: every connect, chunk and read gets the
time left on one deadline, so a printer that accepts and then stops reading cannot hang a kiosk.
"""

from __future__ import annotations

import socket

from printers.address import PrinterAddress
from printers.deadline import Deadline
from printers.errors import PrinterTimeoutError, PrinterUnreachableError, TransportError
from printers.status import PrinterState, PrinterStatus, query_status

CHUNK = 4096


class SocketChannel:
    """A connected socket as a status :class:`~printers.status.Channel`."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock

    def write(self, data: bytes, deadline: Deadline) -> None:
        """Send ``data`` in chunks, each bounded by the time left."""
        view = memoryview(data)
        try:
            while view:
                self.sock.settimeout(deadline.remaining())
                sent = self.sock.send(view[:CHUNK])
                view = view[sent:]
        except TimeoutError as exc:
            raise _stalled(deadline) from exc

    def read_byte(self, deadline: Deadline) -> int | None:
        """One byte, or None on timeout or when the printer closes the connection."""
        try:
            self.sock.settimeout(deadline.remaining())
            reply = self.sock.recv(1)
        except (TimeoutError, PrinterTimeoutError):
            return None
        return reply[0] if reply else None


class TcpBackend:
    """A printer listening on ``tcp://HOST:PORT``."""

    def __init__(self, address: PrinterAddress) -> None:
        self.address = address

    def send(self, data: bytes, timeout: float, job_name: str = "") -> None:
        """Connect, send all of ``data`` and close, all within ``timeout`` seconds."""
        deadline = Deadline(timeout)
        with self._connect(deadline) as sock:
            try:
                SocketChannel(sock).write(data, deadline)
                sock.shutdown(socket.SHUT_WR)
                _drain(sock)
            except OSError as exc:  # reset or broken pipe: the printer hung up mid-job
                raise TransportError(
                    f"koneksi ke printer terputus saat mencetak ({exc})",
                    f"the printer closed the connection during the job ({exc})",
                ) from exc

    def status(self, timeout: float) -> PrinterStatus:
        """DLE EOT status over a fresh connection; OFFLINE if it cannot be opened."""
        deadline = Deadline(timeout)
        try:
            sock = self._connect(deadline)
        except TransportError as exc:
            return PrinterStatus.of(PrinterState.OFFLINE, exc.message_en)
        with sock:
            try:
                return query_status(SocketChannel(sock), deadline.remaining())
            except (OSError, TransportError) as exc:
                return PrinterStatus.of(PrinterState.UNKNOWN, str(exc))

    def _connect(self, deadline: Deadline) -> socket.socket:
        target = (self.address.host, self.address.port)
        try:
            return socket.create_connection(target, timeout=deadline.remaining())
        except TimeoutError as exc:
            raise PrinterUnreachableError(
                f"printer {self.address} tidak menjawab sambungan",
                f"printer {self.address} did not answer the connection",
            ) from exc
        except OSError as exc:  # refused, no route, unknown host
            raise PrinterUnreachableError(
                f"printer {self.address} tidak dapat dihubungi ({exc.strerror or exc})",
                f"printer {self.address} cannot be reached ({exc.strerror or exc})",
            ) from exc


def _drain(sock: socket.socket) -> None:
    # Closing with unread bytes (e.g. automatic status the printer sent) makes the kernel send
    # a reset, and some printers then drop the end of the job still in their buffer.
    sock.setblocking(False)
    try:
        while sock.recv(4096):
            pass
    except (BlockingIOError, ConnectionError):
        pass


def _stalled(deadline: Deadline) -> PrinterTimeoutError:
    return PrinterTimeoutError(
        f"printer berhenti menerima data; batas {deadline.timeout:g} detik terlewati",
        f"the printer stopped taking data; the {deadline.timeout:g} s limit passed",
    )
