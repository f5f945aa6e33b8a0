"""Layout of the proof of submission (tanda terima): references, form data, checklist, QR."""

from __future__ import annotations

from printers.documents import ReceiptDocument
from printers.layout import Align, Layout, LayoutBuilder
from printers.profile import Paper
from printers.text import CodePage


def layout_receipt(
    doc: ReceiptDocument, paper: Paper, code_page: CodePage, *, copy: bool = False
) -> Layout:
    """Lay out a receipt; ``copy`` adds the reprint banner at the top and the bottom."""
    b = LayoutBuilder(paper, code_page)
    labels = doc.labels
    if copy:
        b.banner(labels.copy_mark)
        b.feed()
    if doc.hall:
        b.text(doc.hall, align=Align.CENTER, bold=True)
    b.biggest(labels.receipt_title, limit=2)
    b.text(doc.agency, align=Align.CENTER)
    b.rule("=")
    b.row(labels.receipt_number, doc.receipt_number, bold=True)
    b.row(labels.ticket_number, doc.ticket_number)
    b.row(labels.service, doc.service)
    if doc.form_summary:
        b.rule()
        b.text(labels.form_summary, bold=True)
        for label, value in doc.form_summary:
            b.row(label, value)
    _checklist(b, doc)
    b.rule()
    b.row(labels.completion, doc.completion_text, bold=True)
    b.row(labels.officer, doc.officer)
    b.row(labels.issued_at, doc.issued_text)
    b.rule()
    b.qr(doc.qr_payload, share=0.5)
    b.text(labels.verify_hint, align=Align.CENTER)
    if copy:
        b.feed()
        b.banner(labels.copy_mark)
    b.cut()
    return b.build()


def _checklist(b: LayoutBuilder, doc: ReceiptDocument) -> None:
    if not doc.requirements:
        return
    b.rule()
    b.text(doc.labels.requirements, bold=True)
    for item, received in doc.requirements:
        # ASCII boxes print on every code page, unlike a check mark glyph.
        b.hanging("[x] " if received else "[ ] ", item)
    if doc.checked:
        status = doc.labels.documents_complete if doc.complete else doc.labels.documents_incomplete
        b.text(status.upper(), align=Align.CENTER, bold=True)
