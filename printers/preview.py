"""PNG previews of a layout at the printer's dot width, mirroring what the paper will show.

Geometry follows an Epson-style printer: font A cells of 12 x 24 dots, a line pitch of 30 dots
(ESC 2) or the character height when that is taller, the QR and logo from the same bitmaps the
ESC/POS writer sends. Glyphs come from the bundled DejaVu Sans Mono, one per 12-dot cell.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from printers.fonts import MONO_BOLD, MONO_REGULAR
from printers.layout import (
    QR_TOP_GAP,
    Align,
    Block,
    Cut,
    Feed,
    Layout,
    Picture,
    QrCode,
    TextLine,
)
from printers.profile import CELL_HEIGHT, CELL_WIDTH
from printers.raster import centred, picture_bitmap, qr_bitmap, qr_size

LINE_PITCH = 30  # dots; ESC 2 default line spacing at 180 dpi motion units
TOP_MARGIN = 12
CUT_FEED = 72  # paper fed between the last line and the cutter
FONT_PX = 20  # DejaVu Sans Mono at 20 px advances 12 dots, one font A cell


def render_preview(layout: Layout) -> Image.Image:
    """Draw ``layout`` as a grayscale image exactly ``layout.paper.dots`` pixels wide."""
    heights = [block_height(block, layout) for block in layout.blocks]
    image = Image.new("L", (layout.paper.dots, TOP_MARGIN + sum(heights) + 2), 255)
    draw = ImageDraw.Draw(image)
    y = TOP_MARGIN
    for block, height in zip(layout.blocks, heights, strict=True):
        _draw_block(image, draw, block, y, layout)
        y += height
    return image


def preview_png(layout: Layout) -> bytes:
    """The preview encoded as PNG bytes."""
    buffer = io.BytesIO()
    render_preview(layout).save(buffer, format="PNG")
    return buffer.getvalue()


def save_preview(layout: Layout, path: Path) -> None:
    """Write the preview PNG to ``path``."""
    path.write_bytes(preview_png(layout))


def block_height(block: Block, layout: Layout) -> int:
    """Paper advance of one block, in dots."""
    if isinstance(block, TextLine):
        return max(LINE_PITCH, CELL_HEIGHT * block.scale)
    if isinstance(block, QrCode):
        # The writer sends LF after the QR, so one line pitch follows it.
        return QR_TOP_GAP + qr_size(block.payload) * block.module + LINE_PITCH
    if isinstance(block, Picture):
        bitmap = picture_bitmap(block.path, block.max_width, block.max_height)
        return bitmap.height if bitmap else 0
    if isinstance(block, Feed):
        return LINE_PITCH * block.lines
    return CUT_FEED


def _draw_block(
    image: Image.Image, draw: ImageDraw.ImageDraw, block: Block, y: int, layout: Layout
) -> None:
    width = layout.paper.dots
    if isinstance(block, TextLine):
        _draw_text(draw, block, y, width)
    elif isinstance(block, QrCode):
        qr = centred(qr_bitmap(block.payload, block.module), width)
        image.paste(qr.convert("L"), (0, y + QR_TOP_GAP))
    elif isinstance(block, Picture):
        bitmap = picture_bitmap(block.path, block.max_width, block.max_height)
        if bitmap is not None:
            image.paste(centred(bitmap, width).convert("L"), (0, y))
    elif isinstance(block, Cut):
        for x in range(0, width, 16):  # dashed line where the cutter cuts
            draw.line([(x, y + CUT_FEED - 1), (x + 8, y + CUT_FEED - 1)], fill=128)


def _draw_text(draw: ImageDraw.ImageDraw, line: TextLine, y: int, width: int) -> None:
    cell = CELL_WIDTH * line.scale
    span = cell * len(line.text)
    x0 = {Align.LEFT: 0, Align.CENTER: (width - span) // 2, Align.RIGHT: width - span}[line.align]
    ink = 0
    if line.invert:
        draw.rectangle([x0, y, x0 + span - 1, y + CELL_HEIGHT * line.scale - 1], fill=0)
        ink = 255
    font = _font(line.bold, FONT_PX * line.scale)
    for i, char in enumerate(line.text):
        draw.text((x0 + i * cell, y + line.scale), char, font=font, fill=ink)


@lru_cache(maxsize=32)
def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(MONO_BOLD if bold else MONO_REGULAR), size)
