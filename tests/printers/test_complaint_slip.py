"""The complaint slip (tanda pengaduan): the tracking number large, the facts, never the text."""

from __future__ import annotations

import dataclasses

import pytest

from printers import (
    LABELS_EN,
    PAPER_58MM,
    ComplaintSlipDocument,
    DocumentError,
    PageSize,
    PrinterProfile,
    render_escpos,
    render_pdf,
)
from printers.jobs import PrintJob
from printers.render import layout_document
from tests.printers.escpos_parse import parse

SLIP = ComplaintSlipDocument(
    hall="MPP Kabupaten Mimika",
    tracking="ADU-K7QF-2M9X",
    agency="Dinas Kependudukan dan Pencatatan Sipil Kabupaten Mimika",
    category="Petugas tidak ramah",
    filed_text="Senin, 23 November 2026, 10.15 WIT",
    contact="••••••••••789",
    ticket_number="A1-012",
)


def test_the_slip_prints_the_number_biggest_and_the_facts() -> None:
    printed = parse(render_escpos(SLIP))
    lines = printed.texts()
    assert "TANDA PENGADUAN" in lines
    assert "ADU-K7QF-2M9X" in lines
    text = "\n".join(lines)
    for fact in ("Petugas tidak ramah", "A1-012", "**********789", "23 November 2026"):
        assert fact in text
    assert "Cek status di kiosk dengan nomor ini." in text
    layout = layout_document(SLIP, PAPER_58MM)
    number = next(b for b in layout.blocks if getattr(b, "text", "") == "ADU-K7QF-2M9X")
    assert number.scale >= 2, "large enough to copy out by hand"  # type: ignore[union-attr]


def test_without_contact_or_ticket_those_lines_are_left_out() -> None:
    bare = dataclasses.replace(SLIP, contact=None, ticket_number=None)
    text = "\n".join(parse(render_escpos(bare)).texts())
    assert "Kontak" not in text and "No. Antrian" not in text


def test_english_words_and_a_pdf_page() -> None:
    english = dataclasses.replace(SLIP, labels=LABELS_EN)
    text = "\n".join(parse(render_escpos(english)).texts())
    assert "COMPLAINT SLIP" in text and "Check the status at the kiosk" in text
    assert render_pdf(english, PageSize.A6).startswith(b"%PDF")
    job = PrintJob.render(SLIP, PrinterProfile())
    assert job.name.startswith("pengaduan-ADU-K7QF-2M9X-")


def test_a_tracking_number_must_be_printable() -> None:
    with pytest.raises(DocumentError):
        dataclasses.replace(SLIP, tracking="ADU–K7QF")
