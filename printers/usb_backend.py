"""USB printers (``usb:VID:PID``) through python-escpos's ``Usb`` class and pyusb.

python-escpos finds and claims the device; the writes and status reads then go to the pyusb
device directly, each with a real timeout (``Usb`` with timeout 0 blocks forever, and its
``_read`` has no timeout at all). Importing escpos is contained: it calls logging.basicConfig
and makes a temp folder per import unless ``ESCPOS_CAPABILITIES_PICKLE_DIR`` is set.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import os
import tempfile
from collections.abc import Callable
from typing import Any, Protocol

from printers.address import PrinterAddress
from printers.deadline import Deadline
from printers.errors import (
    DriverMissingError,
    PrinterTimeoutError,
    PrinterUnreachableError,
    TransportError,
)
from printers.status import PrinterState, PrinterStatus, query_status

DEFAULT_IN_EP, DEFAULT_OUT_EP = 0x82, 0x01
CHUNK = 4096


class UsbDevice(Protocol):
    """The part of a pyusb ``Device`` we use; timeouts are in milliseconds."""

    def write(self, endpoint: int, data: bytes, timeout: int) -> int:
        """Write to an OUT endpoint."""

    def read(self, endpoint: int, size: int, timeout: int) -> Any:
        """Read from an IN endpoint."""


class UsbChannel:
    """A claimed USB printer as a status :class:`~printers.status.Channel`."""

    def __init__(self, device: UsbDevice, in_ep: int, out_ep: int) -> None:
        self.device, self.in_ep, self.out_ep = device, in_ep, out_ep

    def write(self, data: bytes, deadline: Deadline) -> None:
        """Write ``data`` in chunks; a USB timeout means the printer stopped taking data."""
        for start in range(0, len(data), CHUNK):
            try:
                self.device.write(self.out_ep, data[start : start + CHUNK], _ms(deadline))
            except Exception as exc:  # pyusb raises USBTimeoutError or USBError
                raise _usb_error(exc) from exc

    def read_byte(self, deadline: Deadline) -> int | None:
        """One status byte, or None when the printer sends nothing in time."""
        try:
            reply = self.device.read(self.in_ep, 16, _ms(deadline))
        except Exception:  # a timeout or a device without an IN endpoint: no answer
            return None
        return int(reply[0]) if len(reply) else None


Releaser = Callable[[], None]
Opener = Callable[[PrinterAddress, float], tuple[UsbDevice, Releaser]]


class UsbBackend:
    """A USB printer; ``opener`` (for tests) returns a device and a function that releases it."""

    def __init__(self, address: PrinterAddress, opener: Opener | None = None) -> None:
        self.address = address
        self.opener = opener or open_with_escpos
        self.in_ep = address.in_ep or DEFAULT_IN_EP
        self.out_ep = address.out_ep or DEFAULT_OUT_EP

    def send(self, data: bytes, timeout: float, job_name: str = "") -> None:
        """Claim the printer, write ``data`` and release it within ``timeout`` seconds."""
        deadline = Deadline(timeout)
        device, release = self.opener(self.address, deadline.remaining())
        try:
            UsbChannel(device, self.in_ep, self.out_ep).write(data, deadline)
        finally:
            release()

    def status(self, timeout: float) -> PrinterStatus:
        """DLE EOT status; OFFLINE when the device is not found."""
        deadline = Deadline(timeout)
        try:
            device, release = self.opener(self.address, deadline.remaining())
        except (TransportError, DriverMissingError) as exc:
            return PrinterStatus.of(PrinterState.OFFLINE, exc.message_en)
        try:
            channel = UsbChannel(device, self.in_ep, self.out_ep)
            return query_status(channel, deadline.remaining())
        except TransportError as exc:
            return PrinterStatus.of(PrinterState.UNKNOWN, exc.message_en)
        finally:
            release()


def open_with_escpos(address: PrinterAddress, timeout: float) -> tuple[UsbDevice, Releaser]:
    """Find and claim the printer with python-escpos; return the pyusb device and its release."""
    usb_class = _escpos_usb_class()
    printer = usb_class(
        idVendor=address.vendor_id,
        idProduct=address.product_id,
        timeout=max(1, int(timeout * 1000)),
        in_ep=address.in_ep or DEFAULT_IN_EP,
        out_ep=address.out_ep or DEFAULT_OUT_EP,
    )
    try:
        printer.open()
    except Exception as exc:  # escpos DeviceNotFoundError, pyusb USBError, no libusb backend
        raise PrinterUnreachableError(
            f"printer USB {address} tidak ditemukan ({exc})",
            f"USB printer {address} was not found ({exc})",
        ) from exc
    return printer.device, printer.close


def _escpos_usb_class() -> Any:
    if importlib.util.find_spec("usb") is None:
        raise DriverMissingError(
            "paket pyusb belum terpasang; pasang dengan: pip install pyusb",
            "the pyusb package is not installed; install it with: pip install pyusb",
        )
    return import_escpos_printer().Usb


def import_escpos_printer() -> Any:
    """Import ``escpos.printer`` without its side effects on the host program.

    escpos 3.1 calls ``logging.basicConfig()`` and ``mkdtemp()`` at import; the latter runs even
    when ``ESCPOS_CAPABILITIES_PICKLE_DIR`` is set (it is the default argument of a dict get), so
    every import would leave an empty folder in /tmp.
    """
    pickle_dir = os.environ.setdefault(
        "ESCPOS_CAPABILITIES_PICKLE_DIR", os.path.join(tempfile.gettempdir(), "mpp-escpos")
    )
    os.makedirs(pickle_dir, exist_ok=True)
    root = logging.getLogger()
    guard = logging.NullHandler()
    root.addHandler(guard)  # basicConfig() does nothing while the root logger has a handler
    real_mkdtemp = tempfile.mkdtemp
    tempfile.mkdtemp = lambda *args, **kwargs: pickle_dir  # type: ignore[assignment]
    try:
        return importlib.import_module("escpos.printer")
    finally:
        tempfile.mkdtemp = real_mkdtemp
        root.removeHandler(guard)


def _ms(deadline: Deadline) -> int:
    return max(1, int(deadline.remaining() * 1000))


def _usb_error(exc: Exception) -> TransportError:
    if "timeout" in type(exc).__name__.lower() or "timed out" in str(exc).lower():
        return PrinterTimeoutError(
            "printer USB berhenti menerima data", "the USB printer stopped taking data"
        )
    return TransportError(f"gagal menulis ke printer USB ({exc})", f"writing to USB failed ({exc})")
