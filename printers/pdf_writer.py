"""PDF pages (A6 ticket, A5/A4 receipt, test page) drawn from the same layout as the thermal print.

The page is treated as a printer whose dots are scaled to the page width: the same columns,
wrapping and line pitch as the paper, in the embedded DejaVu Sans Mono, so the text stays
selectable and extractable. The QR is drawn as vector squares from the very matrix the thermal
printer and the preview use (not reportlab's own QR widget, which may pick another version).
"""

from __future__ import annotations

import io
from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from printers.fonts import MONO_ADVANCE, MONO_BOLD, MONO_REGULAR
from printers.layout import QR_TOP_GAP, Align, Block, Cut, Feed, Layout, Picture, QrCode, TextLine
from printers.preview import block_height
from printers.profile import CELL_HEIGHT, CELL_WIDTH, PageSize
from printers.raster import picture_bitmap, qr_matrix

FONT = "MPPMono"
FONT_BOLD = "MPPMono-Bold"
ASCENT = 0.76  # baseline position in the 24-dot cell, as a fraction of the cell height


def pdf_bytes(layout: Layout, page: PageSize, *, title: str = "", one_page: bool = False) -> bytes:
    """Draw ``layout`` on ``page``-sized pages; ``one_page`` shrinks it to fit a single page."""
    _register_fonts()
    width, height, margin = page.value[0] * mm, page.value[1] * mm, page.value[2] * mm
    heights = [_advance(block, layout) for block in layout.blocks]
    unit = (width - 2 * margin) / layout.paper.dots  # points per printer dot
    if one_page:
        unit = min(unit, (height - 2 * margin) / max(1, sum(heights)))
    buffer = io.BytesIO()
    # invariant=1 leaves out the creation date and random id: the same job gives the same bytes.
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1)
    canvas.setTitle(title)
    canvas.setAuthor("MPP Kiosk")
    _draw_pages(canvas, layout, _Frame(width, height, margin, unit))
    canvas.save()
    return buffer.getvalue()


class _Frame:
    """Page geometry: a column of ``dots * unit`` points centred between the margins."""

    def __init__(self, width: float, height: float, margin: float, unit: float) -> None:
        self.width, self.height, self.margin, self.unit = width, height, margin, unit

    def left(self, dots: int) -> float:
        """X of the column's left edge, the column being ``dots`` wide."""
        return (self.width - dots * self.unit) / 2


def _draw_pages(canvas: Canvas, layout: Layout, frame: _Frame) -> None:
    top = frame.height - frame.margin
    for block in layout.blocks:
        advance = _advance(block, layout) * frame.unit
        if top - advance < frame.margin - 0.01 and top < frame.height - frame.margin:
            canvas.showPage()  # long receipts continue on the next page
            top = frame.height - frame.margin
        _draw_block(canvas, block, top, layout, frame)
        top -= advance


def _draw_block(canvas: Canvas, block: Block, top: float, layout: Layout, frame: _Frame) -> None:
    if isinstance(block, TextLine):
        _draw_text(canvas, block, top, layout.paper.dots, frame)
    elif isinstance(block, QrCode):
        _draw_qr(canvas, block, top, layout.paper.dots, frame)
    elif isinstance(block, Picture):
        _draw_picture(canvas, block, top, layout.paper.dots, frame)
    elif not isinstance(block, Feed | Cut):
        raise TypeError(f"unexpected block {block!r}")


def _draw_text(canvas: Canvas, line: TextLine, top: float, dots: int, frame: _Frame) -> None:
    cell = CELL_WIDTH * line.scale * frame.unit
    span = cell * len(line.text)
    column = dots * frame.unit
    offset = {Align.LEFT: 0.0, Align.CENTER: (column - span) / 2, Align.RIGHT: column - span}
    x = frame.left(dots) + offset[line.align]
    cell_height = CELL_HEIGHT * line.scale * frame.unit
    if line.invert:
        canvas.setFillGray(0)
        canvas.rect(x, top - cell_height, span, cell_height, stroke=0, fill=1)
    canvas.setFillGray(1 if line.invert else 0)
    canvas.setFont(FONT_BOLD if line.bold else FONT, cell / MONO_ADVANCE)
    canvas.drawString(x, top - cell_height * ASCENT, line.text)
    canvas.setFillGray(0)


def _draw_qr(canvas: Canvas, block: QrCode, top: float, dots: int, frame: _Frame) -> None:
    matrix = qr_matrix(block.payload)
    module = block.module * frame.unit
    x0 = frame.left(dots) + (dots * frame.unit - len(matrix) * module) / 2
    top -= QR_TOP_GAP * frame.unit
    path = canvas.beginPath()
    for row, cells in enumerate(matrix):
        for col, dark in enumerate(cells):
            if dark:
                path.rect(x0 + col * module, top - (row + 1) * module, module, module)
    canvas.drawPath(path, stroke=0, fill=1)


def _draw_picture(canvas: Canvas, block: Picture, top: float, dots: int, frame: _Frame) -> None:
    bitmap = picture_bitmap(block.path, block.max_width, block.max_height)
    if bitmap is None:
        return
    w, h = bitmap.width * frame.unit, bitmap.height * frame.unit
    x = frame.left(dots) + (dots * frame.unit - w) / 2
    # The page gets the original colour logo at the size the thermal print uses.
    canvas.drawImage(ImageReader(str(block.path)), x, top - h, w, h, mask="auto")


def _advance(block: Block, layout: Layout) -> int:
    """Height in dots. Text is set solid (1.2 x the font size, the usual leading): the thermal
    30-dot pitch would waste a fifth of a page. A cut has no height on paper."""
    if isinstance(block, TextLine):
        return CELL_HEIGHT * block.scale
    if isinstance(block, Feed):
        return CELL_HEIGHT * block.lines
    if isinstance(block, QrCode | Picture):
        return block_height(block, layout)
    return 0


@lru_cache(maxsize=1)
def _register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(MONO_REGULAR)))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(MONO_BOLD)))
