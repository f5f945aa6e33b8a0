"""Backends that write files: raw bytes appended to a file or device, or one PDF per job.

``file:`` also serves Linux printer device nodes such as ``/dev/usb/lp0``. A device opened
non-blocking reports "busy" instead of blocking, so a jammed printer cannot hang the caller;
on a device the DLE EOT status is read back the same way.
"""

from __future__ import annotations

import hashlib
import os
import re
import select
import stat
from pathlib import Path

from printers.address import PrinterAddress
from printers.deadline import Deadline
from printers.errors import PrinterUnreachableError, TransportError
from printers.status import PrinterState, PrinterStatus, query_status

POLL_STEP = 0.05  # seconds between retries of a busy device


class FdChannel:
    """A non-blocking file descriptor as a status :class:`~printers.status.Channel`."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def write(self, data: bytes, deadline: Deadline) -> None:
        """Write all of ``data``, waiting while the device is busy, until the deadline."""
        view = memoryview(data)
        while view:
            try:
                view = view[os.write(self.fd, view) :]
            except BlockingIOError:
                select.select([], [self.fd], [], min(POLL_STEP, deadline.remaining()))

    def read_byte(self, deadline: Deadline) -> int | None:
        """One byte, or None if nothing comes before the deadline."""
        while not deadline.expired():
            try:
                chunk = os.read(self.fd, 1)
            except BlockingIOError:
                chunk = None
            if chunk:
                return chunk[0]
            select.select([self.fd], [], [], min(POLL_STEP, max(0.0, deadline.remaining())))
        return None


class FileBackend:
    """``file:/path``: append each job's bytes to a file, or write them to a device node."""

    def __init__(self, address: PrinterAddress) -> None:
        self.address = address
        self.path = Path(address.path)

    def send(self, data: bytes, timeout: float, job_name: str = "") -> None:
        """Append ``data``; a busy device gets until ``timeout`` to take it."""
        deadline = Deadline(timeout)
        fd = self._open(os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        try:
            FdChannel(fd).write(data, deadline)
        except OSError as exc:
            raise _failed(self.path, exc) from exc
        finally:
            os.close(fd)

    def status(self, timeout: float) -> PrinterStatus:
        """READY for a writable file; for a device node, its DLE EOT status."""
        if self.path.is_char_device():
            try:
                fd = self._open(os.O_RDWR)
            except TransportError as exc:
                return PrinterStatus.of(PrinterState.OFFLINE, exc.message_en)
            try:
                return query_status(FdChannel(fd), timeout)
            except (OSError, TransportError) as exc:
                return PrinterStatus.of(PrinterState.UNKNOWN, str(exc))
            finally:
                os.close(fd)
        return _writable_status(self.path.parent)

    def _open(self, flags: int) -> int:
        try:
            return os.open(self.path, flags | os.O_NONBLOCK, 0o644)
        except OSError as exc:
            raise PrinterUnreachableError(
                f"berkas {self.path} tidak dapat dibuka ({exc.strerror})",
                f"file {self.path} cannot be opened ({exc.strerror})",
            ) from exc


class PdfBackend:
    """``pdf:/dir``: each job is one PDF file in the folder, named after the job."""

    def __init__(self, address: PrinterAddress) -> None:
        self.address = address
        self.folder = Path(address.path)

    def send(self, data: bytes, timeout: float, job_name: str = "") -> None:
        """Write ``data`` (a PDF) atomically; resending a job rewrites the same file."""
        target = self.path_for(job_name, data)
        partial = target.with_suffix(".pdf.part")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(data)
            os.replace(partial, target)  # no half-written PDF is ever visible
        except OSError as exc:
            raise _failed(target, exc) from exc

    def status(self, timeout: float) -> PrinterStatus:
        """READY when the folder exists (or can be made) and is writable."""
        return _writable_status(self.folder if self.folder.exists() else self.folder.parent)

    def path_for(self, job_name: str, data: bytes = b"") -> Path:
        """Where a job of this name is written."""
        return self.folder / f"{_safe_name(job_name, data)}.pdf"


def _safe_name(job_name: str, data: bytes) -> str:
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", job_name).strip("._")
    return name or "job-" + hashlib.sha256(data).hexdigest()[:12]


def _writable_status(folder: Path) -> PrinterStatus:
    try:
        mode = folder.stat().st_mode
    except OSError as exc:
        return PrinterStatus.of(PrinterState.OFFLINE, f"{folder}: {exc.strerror}")
    if stat.S_ISDIR(mode) and os.access(folder, os.W_OK):
        return PrinterStatus.of(PrinterState.READY, str(folder))
    return PrinterStatus.of(PrinterState.OFFLINE, f"{folder} is not a writable folder")


def _failed(path: Path, exc: OSError) -> TransportError:
    return TransportError(
        f"gagal menulis ke {path} ({exc.strerror or exc})",
        f"writing to {path} failed ({exc.strerror or exc})",
    )
