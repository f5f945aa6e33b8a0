"""Serial printers (``serial:/dev/ttyUSB0?baudrate=19200``, ``serial:COM3``) through pyserial.

pyserial is imported only when a serial printer is used, so stations without one need not
install it. Reads and writes carry pyserial timeouts taken from one deadline.
"""

from __future__ import annotations

import importlib
from typing import Any

from printers.address import PrinterAddress
from printers.deadline import Deadline
from printers.errors import (
    DriverMissingError,
    PrinterTimeoutError,
    PrinterUnreachableError,
    TransportError,
)
from printers.status import PrinterState, PrinterStatus, query_status

CHUNK = 1024


class SerialChannel:
    """An open pyserial port as a status :class:`~printers.status.Channel`."""

    def __init__(self, port: Any, timeout_error: type[Exception]) -> None:
        self.port = port
        self.timeout_error = timeout_error  # pyserial's SerialTimeoutException

    def write(self, data: bytes, deadline: Deadline) -> None:
        """Write ``data`` in chunks, each with the time left as its write timeout."""
        for start in range(0, len(data), CHUNK):
            self.port.write_timeout = deadline.remaining()
            try:
                self.port.write(data[start : start + CHUNK])
            except self.timeout_error as exc:
                raise PrinterTimeoutError(
                    "printer serial berhenti menerima data",
                    "the serial printer stopped taking data",
                ) from exc
        self.port.flush()

    def read_byte(self, deadline: Deadline) -> int | None:
        """One byte, or None if none arrives before the deadline."""
        try:
            self.port.timeout = deadline.remaining()
        except PrinterTimeoutError:
            return None
        reply = self.port.read(1)
        return reply[0] if reply else None


class SerialBackend:
    """A printer on a serial port."""

    def __init__(self, address: PrinterAddress) -> None:
        self.address = address

    def send(self, data: bytes, timeout: float, job_name: str = "") -> None:
        """Open the port, write ``data`` and close, within ``timeout`` seconds."""
        deadline = Deadline(timeout)
        port = self._open(deadline)
        try:
            _channel(port).write(data, deadline)
        except OSError as exc:
            raise TransportError(
                f"gagal menulis ke port serial ({exc})",
                f"writing to the serial port failed ({exc})",
            ) from exc
        finally:
            port.close()

    def status(self, timeout: float) -> PrinterStatus:
        """DLE EOT status over the port; OFFLINE if the port cannot be opened."""
        deadline = Deadline(timeout)
        try:
            port = self._open(deadline)
        except TransportError as exc:
            return PrinterStatus.of(PrinterState.OFFLINE, exc.message_en)
        try:
            port.reset_input_buffer()  # drop stale bytes so replies line up with queries
            return query_status(_channel(port), deadline.remaining())
        except (OSError, TransportError) as exc:
            return PrinterStatus.of(PrinterState.UNKNOWN, str(exc))
        finally:
            port.close()

    def _open(self, deadline: Deadline) -> Any:
        serial = _pyserial()
        try:
            return serial.serial_for_url(
                self.address.path,
                baudrate=self.address.baudrate,
                timeout=deadline.remaining(),
                write_timeout=deadline.remaining(),
            )
        except (OSError, ValueError, serial.SerialException) as exc:
            raise PrinterUnreachableError(
                f"port serial {self.address.path} tidak dapat dibuka ({exc})",
                f"serial port {self.address.path} cannot be opened ({exc})",
            ) from exc


def _pyserial() -> Any:
    try:
        return importlib.import_module("serial")
    except ImportError as exc:
        raise DriverMissingError(
            "paket pyserial belum terpasang; pasang dengan: pip install pyserial",
            "the pyserial package is not installed; install it with: pip install pyserial",
        ) from exc


def _channel(port: Any) -> SerialChannel:
    return SerialChannel(port, _pyserial().SerialTimeoutException)
