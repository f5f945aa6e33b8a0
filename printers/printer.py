"""The Printer facade the kiosk uses: status, render a job, print it, never raise for faults."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from printers.address import PrinterAddress, parse_address
from printers.backends import DEFAULT_STATUS_TIMEOUT, DEFAULT_TIMEOUT, Backend, backend_for
from printers.documents import Document, TestPageDocument
from printers.errors import JobFormatError, PrinterError, PrinterUnreachableError
from printers.jobs import Output, PrintJob
from printers.labels import LABELS_ID, Labels
from printers.profile import PageSize, PrinterProfile
from printers.render import DEFAULT_PROFILE
from printers.status import PrinterState, PrinterStatus


@dataclass(frozen=True)
class PrintResult:
    """How a print attempt went, with messages to show (Indonesian first) and a log detail."""

    ok: bool
    state: PrinterState
    message_id: str
    message_en: str
    job_id: str
    detail: str = ""

    @classmethod
    def refused(cls, status: PrinterStatus, job_id: str) -> PrintResult:
        """A job not sent because the printer said it cannot print."""
        return cls(False, status.state, status.message_id, status.message_en, job_id, status.detail)


class Printer:
    """One configured printer. Calls are serialised: a port-9100 printer takes one connection.

    Calls block for at most ``status_timeout`` + ``timeout`` seconds, so call them off the GUI
    thread.
    """

    def __init__(
        self,
        address: PrinterAddress | str,
        profile: PrinterProfile = DEFAULT_PROFILE,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        status_timeout: float = DEFAULT_STATUS_TIMEOUT,
        backend: Backend | None = None,
        status_reply_required: bool | None = None,
    ) -> None:
        if timeout <= 0 or status_timeout <= 0:
            raise ValueError("printer timeouts must be positive: a print must never wait forever")
        self.address = parse_address(address) if isinstance(address, str) else address
        self.profile = profile
        self.timeout = timeout
        self.status_timeout = status_timeout
        self.backend = backend or backend_for(self.address)
        # A network printer that does not answer a status query may be stalled: a small
        # job would vanish into the socket buffers and be reported as printed. So for
        # tcp:// silence refuses the job, unless the technician says the model never answers.
        if status_reply_required is None:
            status_reply_required = self.address.scheme == "tcp"
        self.status_reply_required = status_reply_required
        self._lock = threading.Lock()

    @property
    def output(self) -> Output:
        """PDF for ``pdf:`` addresses, ESC/POS for every other kind."""
        return Output.PDF if self.address.scheme == "pdf" else Output.ESCPOS

    def status(self) -> PrinterStatus:
        """The printer's state; faults become OFFLINE/UNKNOWN, never exceptions."""
        with self._lock:
            return self._status()

    def job(self, document: Document, *, copy: bool = False) -> PrintJob:
        """Render ``document`` for this printer (ESC/POS, or PDF for ``pdf:``)."""
        page = PageSize[self.address.page] if self.address.page else None
        return PrintJob.render(document, self.profile, output=self.output, page=page, copy=copy)

    def test_page(self, *, labels: Labels = LABELS_ID, printed_text: str = "") -> PrintJob:
        """A test page job describing this printer's address and profile."""
        document = TestPageDocument(
            address=str(self.address),
            paper_width=self.profile.paper.name,
            code_page=self.profile.code_page.name,
            printed_text=printed_text,
            labels=labels,
        )
        return self.job(document)

    def print_job(self, job: PrintJob, *, check_status: bool = True) -> PrintResult:
        """Check the printer, then send ``job.data``; the same job may be sent again to retry."""
        if job.output is not self.output:
            raise JobFormatError(
                "pekerjaan cetak dibuat untuk jenis printer lain",
                f"the job was rendered as {job.output.value}, this printer takes "
                f"{self.output.value}",
            )
        return self.print_data(job.data, job.name, job_id=job.job_id, check_status=check_status)

    def print_data(
        self, data: bytes, name: str, *, job_id: str = "", check_status: bool = True
    ) -> PrintResult:
        """Check the printer, then send bytes rendered earlier (and kept) for this printer."""
        with self._lock:
            before = self._status() if check_status else PrinterStatus.of(PrinterState.UNKNOWN)
            silent = before.state is PrinterState.UNKNOWN and check_status
            if not before.state.can_print or (silent and self.status_reply_required):
                return PrintResult.refused(before, job_id)
            return self._send(data, name, job_id, before)

    def print_document(self, document: Document, *, copy: bool = False) -> PrintResult:
        """Render and print ``document`` in one call."""
        return self.print_job(self.job(document, copy=copy))

    def _status(self) -> PrinterStatus:
        try:
            return self.backend.status(self.status_timeout)
        except (PrinterError, OSError) as exc:
            message_id, message_en = _messages(exc)
            return PrinterStatus(PrinterState.OFFLINE, message_id, message_en, str(exc))

    def _send(self, data: bytes, name: str, job_id: str, before: PrinterStatus) -> PrintResult:
        try:
            self.backend.send(data, self.timeout, name)
        except (PrinterError, OSError) as exc:
            unreachable = isinstance(exc, PrinterUnreachableError)
            state = PrinterState.OFFLINE if unreachable else PrinterState.UNKNOWN
            return PrintResult(False, state, *_messages(exc), job_id, str(exc))
        if before.state is PrinterState.PAPER_NEAR_END:
            return PrintResult(True, before.state, before.message_id, before.message_en, job_id)
        return PrintResult(True, before.state, "Tercetak.", "Printed.", job_id)


def _messages(exc: Exception) -> tuple[str, str]:
    if isinstance(exc, PrinterError):
        return exc.message_id, exc.message_en
    return f"Gagal mencetak: {exc}", f"Printing failed: {exc}"
