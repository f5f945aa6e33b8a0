"""Printer backends: the Backend protocol, the in-memory dummy, and the address → backend factory.

Every backend sends with a timeout and reports a :class:`PrinterStatus`; expected faults raise
:class:`TransportError` subclasses, never hang. Hardware drivers load only when used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from printers.address import PrinterAddress, parse_address
from printers.cups_backend import CupsBackend
from printers.errors import PrinterUnreachableError
from printers.file_backends import FileBackend, PdfBackend
from printers.serial_backend import SerialBackend
from printers.status import PrinterState, PrinterStatus
from printers.tcp_backend import TcpBackend
from printers.usb_backend import UsbBackend

DEFAULT_TIMEOUT = 10.0
DEFAULT_STATUS_TIMEOUT = 2.0


class Backend(Protocol):
    """Something that takes a print job's bytes and can say how the printer is."""

    address: PrinterAddress

    def send(self, data: bytes, timeout: float, job_name: str = "") -> None:
        """Deliver ``data`` within ``timeout`` seconds or raise a TransportError."""

    def status(self, timeout: float) -> PrinterStatus:
        """The printer's state, found within ``timeout`` seconds."""


class DummyBackend:
    """Keeps every job in memory for tests and demos; ``dummy:?state=…`` simulates a fault."""

    def __init__(self, address: PrinterAddress) -> None:
        self.address = address
        self.jobs: list[bytes] = []
        self.state = PrinterState(address.state or "ready")

    @property
    def output(self) -> bytes:
        """Everything received so far, as a printer would have seen it."""
        return b"".join(self.jobs)

    def send(self, data: bytes, timeout: float, job_name: str = "") -> None:
        """Record ``data``; a simulated offline printer refuses it."""
        if self.state is PrinterState.OFFLINE:
            raise PrinterUnreachableError(
                "printer simulasi sedang offline", "the simulated printer is offline"
            )
        self.jobs.append(bytes(data))

    def status(self, timeout: float) -> PrinterStatus:
        """The simulated state."""
        return PrinterStatus.of(self.state, "dummy")


def backend_for(address: PrinterAddress | str) -> Backend:
    """Build the backend for ``address`` (parsed if given as a string)."""
    parsed = parse_address(address) if isinstance(address, str) else address
    factories: dict[str, Callable[[PrinterAddress], Backend]] = {
        "usb": UsbBackend,
        "tcp": TcpBackend,
        "serial": SerialBackend,
        "cups": CupsBackend,
        "file": FileBackend,
        "pdf": PdfBackend,
        "dummy": DummyBackend,
    }
    return factories[parsed.scheme](parsed)


def send(address: PrinterAddress | str, data: bytes, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Send raw ``data`` to the printer at ``address`` within ``timeout`` seconds."""
    backend_for(address).send(data, timeout)
