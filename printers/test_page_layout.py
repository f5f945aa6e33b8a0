"""Layout of the printer test page: the setup it was printed with and every print feature."""

from __future__ import annotations

from printers.documents import TestPageDocument
from printers.layout import Align, Layout, LayoutBuilder, TextLine
from printers.profile import Paper
from printers.text import CodePage

# Characters a catalogue may contain; the test page shows what they become on this printer.
CLEANING_SAMPLE = "é ñ ü ç “quotes” — • ± ½"


def layout_test_page(
    doc: TestPageDocument, paper: Paper, code_page: CodePage, *, copy: bool = False
) -> Layout:
    """Lay out a test page: setup, column ruler, bold and large text, inverse, QR, cut."""
    b = LayoutBuilder(paper, code_page)
    labels = doc.labels
    if copy:
        b.banner(labels.copy_mark)
    b.biggest(labels.test_title, limit=2)
    if doc.printed_text:
        b.text(doc.printed_text, align=Align.CENTER)
    b.rule("=")
    b.row(labels.address, doc.address)
    b.row(labels.paper, f"{doc.paper_width}, {paper.columns} {labels.columns}")
    b.row(labels.code_page, doc.code_page)
    b.rule()
    b.blocks.extend(_ruler(paper.columns))
    b.rule()
    b.text(labels.normal_text)
    b.text(labels.bold_text, bold=True)
    b.text(labels.double_text, scale=2)
    b.banner(labels.inverse_text, scale=1)
    b.text(f"{labels.cleaning_sample}: {CLEANING_SAMPLE}")
    b.rule()
    b.qr(doc.qr_payload, share=0.4)
    b.text(labels.test_qr_hint, align=Align.CENTER)
    b.text(labels.test_end, align=Align.CENTER)
    b.cut()
    return b.build()


def _ruler(columns: int) -> list[TextLine]:
    # Built directly: the builder collapses runs of spaces, which the tens line needs.
    tens = "".join(str(i // 10 % 10) if i % 10 == 0 else " " for i in range(1, columns + 1))
    units = "".join(str(i % 10) for i in range(1, columns + 1))
    return [TextLine(tens), TextLine(units)]
