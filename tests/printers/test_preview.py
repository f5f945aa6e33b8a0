"""PNG previews: printer width, the QR decodes back to its payload, the layout matches the bytes."""

from __future__ import annotations

import io

import pytest
import zxingcpp
from PIL import Image, ImageOps

from printers.documents import Document, TicketDocument
from printers.layout import TextLine
from printers.preview import TOP_MARGIN, block_height
from printers.profile import PAPER_58MM, PAPER_80MM, Paper, PrinterProfile
from printers.render import layout_document, render_escpos, render_image, render_png
from tests.printers.escpos_parse import parse

PAPERS = [PAPER_58MM, PAPER_80MM]


@pytest.fixture(params=["ticket", "receipt", "test_page", "ticket_with_logo"])
def document(request: pytest.FixtureRequest) -> Document:
    return request.getfixturevalue(request.param)  # type: ignore[no-any-return]


@pytest.mark.parametrize("paper", PAPERS, ids=lambda p: p.name)
@pytest.mark.parametrize("native_qr", [True, False], ids=["native", "raster"])
def test_qr_in_the_preview_decodes_to_the_payload(
    document: Document, paper: Paper, native_qr: bool
) -> None:
    png = render_png(document, PrinterProfile(paper=paper, native_qr=native_qr))
    image = Image.open(io.BytesIO(png))
    assert image.width == paper.dots
    results = zxingcpp.read_barcodes(image)
    assert [r.text for r in results if r.format == zxingcpp.BarcodeFormat.QRCode] == [
        document.qr_payload
    ]


@pytest.mark.parametrize("paper", PAPERS, ids=lambda p: p.name)
def test_preview_shows_the_same_lines_as_the_escpos_bytes(document: Document, paper: Paper) -> None:
    profile = PrinterProfile(paper=paper)
    layout = layout_document(document, paper)
    layout_lines = [(b.text, b.scale, b.bold) for b in layout.blocks if isinstance(b, TextLine)]
    printed = [
        (line.text, line.scale, line.bold) for line in parse(render_escpos(document, profile)).lines
    ]
    assert layout_lines == printed


def test_big_number_is_huge_and_centred_in_the_preview(ticket: TicketDocument) -> None:
    for paper in PAPERS:
        layout = layout_document(ticket, paper)
        image = render_image(ticket, PrinterProfile(paper=paper)).convert("L")
        top = TOP_MARGIN
        for block in layout.blocks:
            if isinstance(block, TextLine) and block.text == "A-012":
                break
            top += block_height(block, layout)
        band = image.crop((0, top, image.width, top + block_height(block, layout)))
        left, upper, right, lower = ImageOps.invert(band).getbbox() or (0, 0, 0, 0)
        assert right - left >= paper.dots * 0.6
        assert lower - upper >= 80  # capitals 10 mm tall or more on a 203 dpi printer
        assert abs(left - (image.width - right)) <= 12  # centred within one character cell


def test_nothing_is_drawn_outside_the_paper(document: Document) -> None:
    for paper in PAPERS:
        image = render_image(document, PrinterProfile(paper=paper))
        layout = layout_document(document, paper)
        for block in layout.blocks:
            if isinstance(block, TextLine):
                assert len(block.text) * 12 * block.scale <= image.width
