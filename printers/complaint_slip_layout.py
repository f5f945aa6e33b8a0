"""Layout of the complaint slip (tanda pengaduan): the tracking number large, what it is about."""

from __future__ import annotations

from printers.documents import ComplaintSlipDocument
from printers.layout import Align, Layout, LayoutBuilder
from printers.profile import Paper
from printers.text import CodePage


def layout_complaint_slip(
    doc: ComplaintSlipDocument, paper: Paper, code_page: CodePage, *, copy: bool = False
) -> Layout:
    """Lay out a complaint slip; ``copy`` adds the reprint banner at the top."""
    b = LayoutBuilder(paper, code_page)
    labels = doc.labels
    if copy:
        b.banner(labels.copy_mark)
        b.feed()
    if doc.hall:
        b.text(doc.hall, align=Align.CENTER, bold=True)
    b.biggest(labels.complaint_title, limit=2)
    b.rule("=")
    b.text(labels.tracking_number, align=Align.CENTER)
    b.biggest(doc.tracking, limit=3)
    b.rule()
    b.row(labels.agency, doc.agency)
    b.row(labels.category, doc.category)
    b.row(labels.issued_at, doc.filed_text)
    if doc.ticket_number:
        b.row(labels.ticket_number, doc.ticket_number)
    if doc.contact:
        b.row(labels.contact, doc.contact)
    b.rule()
    b.text(labels.check_status, align=Align.CENTER, bold=True)
    b.text(labels.text_withheld, align=Align.CENTER)
    b.cut()
    return b.build()
