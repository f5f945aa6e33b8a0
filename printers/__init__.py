"""Printing for MPP Kiosk: documents, layouts, ESC/POS, PDF, previews and printer backends.

The package stands alone: it takes plain data and imports nothing from kiosk, ui or sync.
Typical use::

    printer = Printer("tcp://192.168.1.50:9100", PrinterProfile(paper=PAPER_58MM))
    job = printer.job(ticket)            # render once
    result = printer.print_job(job)      # retry with the same job; reprint with job.reprint()
"""

from printers.address import PrinterAddress, parse_address
from printers.backends import Backend, DummyBackend, backend_for, send
from printers.documents import (
    ComplaintSlipDocument,
    Document,
    ReceiptDocument,
    TestPageDocument,
    TicketDocument,
)
from printers.errors import (
    AddressError,
    DocumentError,
    DriverMissingError,
    JobFormatError,
    PrinterError,
    PrinterTimeoutError,
    PrinterUnreachableError,
    TransportError,
)
from printers.jobs import Output, PrintJob
from printers.labels import LABELS_BILINGUAL, LABELS_EN, LABELS_ID, Labels
from printers.printer import Printer, PrintResult
from printers.profile import PAPER_58MM, PAPER_80MM, PageSize, Paper, PrinterProfile
from printers.render import layout_document, render_escpos, render_image, render_pdf, render_png
from printers.status import PrinterState, PrinterStatus
from printers.text import CODE_PAGES, CP437, PC858, CodePage, clean_text, wrap

__all__ = [
    "CODE_PAGES",
    "CP437",
    "LABELS_BILINGUAL",
    "LABELS_EN",
    "LABELS_ID",
    "PAPER_58MM",
    "PAPER_80MM",
    "PC858",
    "AddressError",
    "Backend",
    "CodePage",
    "ComplaintSlipDocument",
    "Document",
    "DocumentError",
    "DriverMissingError",
    "DummyBackend",
    "JobFormatError",
    "Labels",
    "Output",
    "PageSize",
    "Paper",
    "PrintJob",
    "PrintResult",
    "Printer",
    "PrinterAddress",
    "PrinterError",
    "PrinterProfile",
    "PrinterState",
    "PrinterStatus",
    "PrinterTimeoutError",
    "PrinterUnreachableError",
    "ReceiptDocument",
    "TestPageDocument",
    "TicketDocument",
    "TransportError",
    "backend_for",
    "clean_text",
    "layout_document",
    "parse_address",
    "render_escpos",
    "render_image",
    "render_pdf",
    "render_png",
    "send",
    "wrap",
]
