"""Print jobs: a document rendered once to bytes, resent unchanged on retry, re-rendered as a copy.

Keeping the bytes means a retry prints exactly what the first attempt would have, and a reprint
is visibly marked "SALINAN / COPY" so a copy can never pass for a second original ticket.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from enum import Enum

from printers.documents import ComplaintSlipDocument, Document, ReceiptDocument, TicketDocument
from printers.profile import PageSize, PrinterProfile
from printers.render import DEFAULT_PROFILE, render_escpos, render_pdf


class Output(Enum):
    """What kind of bytes a printer takes."""

    ESCPOS = "escpos"
    PDF = "pdf"


@dataclass(frozen=True)
class PrintJob:
    """A rendered document. ``data`` is what goes to the printer, every time it is sent."""

    document: Document = field(repr=False)  # may hold (masked) personal data: keep out of logs
    data: bytes = field(repr=False)
    output: Output
    profile: PrinterProfile
    page: PageSize | None
    copy: bool
    job_id: str

    @classmethod
    def render(
        cls,
        document: Document,
        profile: PrinterProfile = DEFAULT_PROFILE,
        *,
        output: Output = Output.ESCPOS,
        page: PageSize | None = None,
        copy: bool = False,
    ) -> PrintJob:
        """Render ``document`` once for ``output``; ``page`` applies to PDF only."""
        if output is Output.PDF:
            data = render_pdf(document, page, copy=copy, code_page=profile.code_page)
        else:
            data = render_escpos(document, profile, copy=copy)
        return cls(document, data, output, profile, page, copy, uuid.uuid4().hex[:12])

    def reprint(self) -> PrintJob:
        """A new job for the same document, marked as a copy."""
        return PrintJob.render(
            self.document, self.profile, output=self.output, page=self.page, copy=True
        )

    @property
    def name(self) -> str:
        """A file-safe name such as ``tiket-A-012-3f2a9c1d0b7e`` (PDF file names, CUPS titles)."""
        kind, reference = _kind_and_reference(self.document)
        suffix = "-salinan" if self.copy else ""
        return f"{kind}-{_slug(reference)}{suffix}-{self.job_id}"


def _kind_and_reference(document: Document) -> tuple[str, str]:
    if isinstance(document, TicketDocument):
        return "tiket", document.number
    if isinstance(document, ReceiptDocument):
        return "tanda-terima", document.receipt_number
    if isinstance(document, ComplaintSlipDocument):
        return "pengaduan", document.tracking
    return "uji", "printer"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9-]+", "_", text).strip("_") or "x"
