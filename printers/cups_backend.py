"""CUPS queues (``cups:QUEUE``): raw bytes handed to ``lp -d QUEUE -o raw``, with a timeout."""

from __future__ import annotations

import subprocess

from printers.address import PrinterAddress
from printers.deadline import Deadline
from printers.errors import DriverMissingError, PrinterTimeoutError, TransportError
from printers.status import PrinterState, PrinterStatus


class CupsBackend:
    """A CUPS queue, for printers the operating system already drives."""

    def __init__(self, address: PrinterAddress) -> None:
        self.address = address

    def send(self, data: bytes, timeout: float, job_name: str = "") -> None:
        """Submit ``data`` as one raw job; ``lp`` returns once CUPS has spooled it."""
        command = ["lp", "-d", self.address.queue, "-o", "raw"]
        if job_name:
            command += ["-t", job_name]
        result = _run(command, data, Deadline(timeout))
        if result.returncode != 0:
            reason = result.stderr.decode(errors="replace").strip() or f"exit {result.returncode}"
            raise TransportError(
                f"CUPS menolak pekerjaan cetak: {reason}", f"CUPS refused the print job: {reason}"
            )

    def status(self, timeout: float) -> PrinterStatus:
        """OFFLINE for a missing or disabled queue; otherwise UNKNOWN, as CUPS cannot see paper."""
        try:
            result = _run(["lpstat", "-p", self.address.queue], b"", Deadline(timeout))
        except (DriverMissingError, TransportError) as exc:
            return PrinterStatus.of(PrinterState.OFFLINE, exc.message_en)
        text = (result.stdout + result.stderr).decode(errors="replace").strip()
        if result.returncode != 0 or "disabled" in text:
            return PrinterStatus.of(PrinterState.OFFLINE, text)
        return PrinterStatus.of(PrinterState.UNKNOWN, text)


def _run(command: list[str], data: bytes, deadline: Deadline) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            command, input=data, capture_output=True, timeout=deadline.remaining(), check=False
        )
    except FileNotFoundError as exc:
        raise DriverMissingError(
            f"perintah {command[0]} tidak ada; pasang CUPS (paket cups-client)",
            f"the {command[0]} command is missing; install CUPS (package cups-client)",
        ) from exc
    except subprocess.TimeoutExpired as exc:
        raise PrinterTimeoutError(
            f"{command[0]} tidak selesai dalam {deadline.timeout:g} detik",
            f"{command[0]} did not finish within {deadline.timeout:g} s",
        ) from exc
