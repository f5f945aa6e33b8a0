"""Layout of the queue ticket: hall, agency, the number very large, service, wait, QR."""

from __future__ import annotations

from printers.documents import TicketDocument
from printers.layout import Align, Layout, LayoutBuilder
from printers.profile import Paper
from printers.text import CodePage


def layout_ticket(
    doc: TicketDocument, paper: Paper, code_page: CodePage, *, copy: bool = False
) -> Layout:
    """Lay out a ticket; ``copy`` adds the reprint banner at the top and the bottom."""
    b = LayoutBuilder(paper, code_page)
    labels = doc.labels
    if copy:
        b.banner(labels.copy_mark)
        b.feed()
    b.picture(doc.logo)
    b.biggest(doc.hall, limit=2)
    b.text(doc.agency, align=Align.CENTER)
    b.rule()
    b.text(labels.queue_number, align=Align.CENTER)
    b.biggest(doc.number)
    if doc.priority:
        b.banner(doc.priority, scale=1)
    b.text(doc.service, align=Align.CENTER, bold=True)
    b.feed()
    b.pair(doc.date_text, doc.time_text)
    b.rule()
    b.row(labels.people_ahead, str(doc.people_ahead), bold=True)
    b.row(labels.estimated_wait, doc.wait_text, bold=True)
    b.rule()
    b.qr(doc.qr_payload)
    for line in doc.instructions:
        b.text(line, align=Align.CENTER)
    if doc.footer:
        b.rule()
        b.text(doc.footer, align=Align.CENTER)
    if copy:
        b.feed()
        b.banner(labels.copy_mark)
    b.cut()
    return b.build()
