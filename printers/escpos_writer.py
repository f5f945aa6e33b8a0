"""ESC/POS bytes from a layout, written by hand rather than through python-escpos.

Why not python-escpos's ``Dummy``: a handful of commands is all a ticket needs, and writing them
gives exact, reviewable bytes with no capability profile (the default one has no paper width and
the "simple" one cannot cut), no ``logging.basicConfig`` and no temp folder on import, and a
centred native QR (``qr(center=True, native=True)`` raises there). Tests still compare our QR
sequence against python-escpos's, so the two agree.

Each text line carries its full style (alignment, bold, size, inverse). That costs a few bytes but
makes every line independent of the previous one: a reprint differs from the original only by
the inserted "copy" lines, and a printer that resets mid-job recovers at the next line.
"""

from __future__ import annotations

from printers.layout import QR_TOP_GAP, Align, Cut, Feed, Layout, Picture, QrCode, TextLine
from printers.raster import centred, picture_bitmap, qr_bitmap, raster_command

ESC = b"\x1b"
GS = b"\x1d"
LF = b"\n"
INIT = ESC + b"@"
LINE_SPACING_DEFAULT = ESC + b"2"
# GS V 66 0: feed up to the cutter, then cut leaving a hinge (partial cut).
PARTIAL_CUT = GS + b"V\x42\x00"
QR_MODEL_2 = GS + b"(k\x04\x001A2\x00"
QR_EC_M = GS + b"(k\x03\x001E1"
QR_PRINT = GS + b"(k\x03\x001Q0"


def escpos_bytes(layout: Layout, *, native_qr: bool = True) -> bytes:
    """Render ``layout`` to the bytes of one print job, starting with ESC @."""
    out = bytearray(INIT + code_page(layout.code_page.escpos_number) + LINE_SPACING_DEFAULT)
    for block in layout.blocks:
        if isinstance(block, TextLine):
            out += text_line(block, layout)
        elif isinstance(block, QrCode):
            out += qr_native(block) if native_qr else qr_raster(block, layout.paper.dots)
        elif isinstance(block, Picture):
            out += picture(block, layout.paper.dots)
        elif isinstance(block, Feed):
            out += ESC + b"d" + bytes([block.lines])
        elif isinstance(block, Cut):
            out += PARTIAL_CUT
    return bytes(out)


def code_page(number: int) -> bytes:
    """ESC t n: select character code table ``number``."""
    return ESC + b"t" + bytes([number])


def style(align: Align, bold: bool, scale: int, invert: bool) -> bytes:
    """ESC a, ESC E, GS ! and GS B setting the whole style of the next line."""
    size = (scale - 1) << 4 | (scale - 1)  # same multiplier across and down
    return (
        ESC + b"a" + bytes([align.value])
        + ESC + b"E" + bytes([int(bold)])
        + GS + b"!" + bytes([size])
        + GS + b"B" + bytes([int(invert)])
    )  # fmt: skip


def text_line(line: TextLine, layout: Layout) -> bytes:
    """One styled line of text followed by LF."""
    head = style(line.align, line.bold, line.scale, line.invert)
    return head + layout.code_page.encode(line.text) + LF


def qr_native(block: QrCode) -> bytes:
    """GS ( k: model 2, module size, error correction M, store the data, print; centred."""
    data = block.payload.encode("ascii")
    store = GS + b"(k" + (len(data) + 3).to_bytes(2, "little") + b"1P0" + data
    size = GS + b"(k\x03\x001C" + bytes([block.module])
    head = style(Align.CENTER, False, 1, False) + qr_gap()
    return head + QR_MODEL_2 + size + QR_EC_M + store + QR_PRINT + LF


def qr_raster(block: QrCode, width: int) -> bytes:
    """The same QR as a GS v 0 raster image, for printers without native QR support."""
    bitmap = centred(qr_bitmap(block.payload, block.module), width)
    return style(Align.LEFT, False, 1, False) + qr_gap() + raster_command(bitmap) + LF


def qr_gap() -> bytes:
    """ESC J n: feed a few dots so the QR keeps clear of the line above."""
    return ESC + b"J" + bytes([QR_TOP_GAP])


def picture(block: Picture, width: int) -> bytes:
    """A centred raster picture, or nothing if the file cannot be read."""
    bitmap = picture_bitmap(block.path, block.max_width, block.max_height)
    if bitmap is None:
        return b""
    return style(Align.LEFT, False, 1, False) + raster_command(centred(bitmap, width))
