"""One entry point per output: document → layout → ESC/POS bytes, PNG preview or PDF."""

from __future__ import annotations

from PIL import Image

from printers.complaint_slip_layout import layout_complaint_slip
from printers.documents import ComplaintSlipDocument, Document, ReceiptDocument, TicketDocument
from printers.escpos_writer import escpos_bytes
from printers.layout import Layout
from printers.preview import preview_png, render_preview
from printers.profile import PageSize, Paper, PrinterProfile
from printers.receipt_layout import layout_receipt
from printers.test_page_layout import layout_test_page
from printers.text import CP437, CodePage
from printers.ticket_layout import layout_ticket

DEFAULT_PROFILE = PrinterProfile()


def layout_document(
    document: Document, paper: Paper, code_page: CodePage = CP437, *, copy: bool = False
) -> Layout:
    """Lay out any document for ``paper``; ``copy`` marks a reprint."""
    if isinstance(document, TicketDocument):
        return layout_ticket(document, paper, code_page, copy=copy)
    if isinstance(document, ReceiptDocument):
        return layout_receipt(document, paper, code_page, copy=copy)
    if isinstance(document, ComplaintSlipDocument):
        return layout_complaint_slip(document, paper, code_page, copy=copy)
    return layout_test_page(document, paper, code_page, copy=copy)


def render_escpos(
    document: Document, profile: PrinterProfile = DEFAULT_PROFILE, *, copy: bool = False
) -> bytes:
    """The ESC/POS bytes of ``document`` for a thermal printer set up as ``profile``."""
    layout = layout_document(document, profile.paper, profile.code_page, copy=copy)
    return escpos_bytes(layout, native_qr=profile.native_qr)


def render_image(
    document: Document, profile: PrinterProfile = DEFAULT_PROFILE, *, copy: bool = False
) -> Image.Image:
    """A preview image of ``document`` as the thermal printer would print it."""
    return render_preview(layout_document(document, profile.paper, profile.code_page, copy=copy))


def render_png(
    document: Document, profile: PrinterProfile = DEFAULT_PROFILE, *, copy: bool = False
) -> bytes:
    """The preview of ``document`` as PNG bytes."""
    return preview_png(layout_document(document, profile.paper, profile.code_page, copy=copy))


def render_pdf(
    document: Document,
    page: PageSize | None = None,
    *,
    copy: bool = False,
    code_page: CodePage = CP437,
) -> bytes:
    """A PDF of ``document``; tickets, test pages and slips fit one page, receipts may run on."""
    page = page or default_page(document)
    layout = layout_document(document, page.paper, code_page, copy=copy)
    one_page = not isinstance(document, ReceiptDocument)
    # reportlab is loaded on the first PDF, not when a station starts.
    from printers.pdf_writer import pdf_bytes

    return pdf_bytes(layout, page, title=document_title(document), one_page=one_page)


def default_page(document: Document) -> PageSize:
    """A6 for tickets, test pages and complaint slips, A5 for receipts."""
    return PageSize.A5 if isinstance(document, ReceiptDocument) else PageSize.A6


def document_title(document: Document) -> str:
    """A short human title, used for PDF metadata and job names."""
    if isinstance(document, TicketDocument):
        return f"{document.labels.queue_number} {document.number}"
    if isinstance(document, ReceiptDocument):
        return f"{document.labels.receipt_title} {document.receipt_number}"
    if isinstance(document, ComplaintSlipDocument):
        return f"{document.labels.complaint_title} {document.tracking}"
    return document.labels.test_title
