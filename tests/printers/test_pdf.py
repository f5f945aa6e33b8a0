"""PDF output: page sizes, embedded font, extractable text, and a QR that scans once rendered."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from printers.documents import ReceiptDocument, TestPageDocument, TicketDocument
from printers.profile import PageSize
from printers.render import render_pdf

MM = 72 / 25.4


def _reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in _reader(data).pages)


@pytest.mark.parametrize(
    ("page", "size_mm"),
    [(PageSize.A6, (105, 148)), (PageSize.A5, (148, 210)), (PageSize.A4, (210, 297))],
)
def test_receipt_page_sizes(
    receipt: ReceiptDocument, page: PageSize, size_mm: tuple[int, int]
) -> None:
    first = _reader(render_pdf(receipt, page)).pages[0]
    assert float(first.mediabox.width) == pytest.approx(size_mm[0] * MM, abs=0.5)
    assert float(first.mediabox.height) == pytest.approx(size_mm[1] * MM, abs=0.5)


def test_ticket_is_one_a6_page_with_its_text(ticket: TicketDocument) -> None:
    data = render_pdf(ticket)
    reader = _reader(data)
    assert len(reader.pages) == 1
    assert float(reader.pages[0].mediabox.width) == pytest.approx(105 * MM, abs=0.5)
    text = _text(data)
    for expected in ("A-012", "Nomor Antrian", "Perekaman dan Pencetakan KTP-el", "08.15 WIT"):
        assert expected in text
    assert reader.metadata is not None and reader.metadata.title == "Nomor Antrian A-012"


def test_receipt_text_is_extractable_with_the_nik_masked(receipt: ReceiptDocument) -> None:
    for page in (PageSize.A5, PageSize.A4):
        text = _text(render_pdf(receipt, page))
        for expected in (
            "TANDA TERIMA BERKAS",
            "TT-DKPS-2511-000123",
            "9409*********001",
            "[x] Fotokopi Kartu Keluarga (KK)",
            "Maria Kambu",
        ):
            assert expected in text


def test_the_font_is_embedded(test_page: TestPageDocument) -> None:
    raw = render_pdf(test_page)
    assert b"/FontFile2" in raw  # TrueType program inside the PDF
    assert b"DejaVuSansMono" in raw


def test_copy_is_marked_in_the_pdf(ticket: TicketDocument) -> None:
    assert "SALINAN / COPY" in _text(render_pdf(ticket, copy=True))
    assert "SALINAN" not in _text(render_pdf(ticket))


def test_the_same_document_gives_the_same_pdf_bytes(receipt: ReceiptDocument) -> None:
    assert render_pdf(receipt) == render_pdf(receipt)


def test_a_long_receipt_continues_on_a_second_page(receipt: ReceiptDocument) -> None:
    many = tuple((f"Dokumen pendukung nomor {i}", i % 2 == 0) for i in range(60))
    long = ReceiptDocument(**{**receipt.__dict__, "requirements": many})
    reader = _reader(render_pdf(long, PageSize.A5))
    assert len(reader.pages) >= 2
    assert "Dokumen pendukung nomor 59" in _text(render_pdf(long, PageSize.A5))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
def test_the_vector_qr_scans_once_rasterised(ticket: TicketDocument, tmp_path: Path) -> None:
    pdf = tmp_path / "ticket.pdf"
    pdf.write_bytes(render_pdf(ticket))
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(tmp_path / "page")], check=True)
    image = Image.open(next(tmp_path.glob("page*.png")))
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [ticket.qr_payload]
