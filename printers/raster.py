"""Bitmaps shared by the ESC/POS writer and the preview: QR matrices, logos, GS v 0 raster data.

Both outputs take their pictures from here, so the preview shows the very dots the printer gets.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import qrcode
from PIL import Image

log = logging.getLogger(__name__)

GS = b"\x1d"
# Some printers drop a raster image taller than their buffer; bands keep each command small.
RASTER_BAND_ROWS = 256
LOGO_THRESHOLD = 160  # gray level (0-255) at or above which a logo pixel stays paper-white


@lru_cache(maxsize=64)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR modules (model 2, error correction M, smallest version) without quiet zone."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(payload)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


@lru_cache(maxsize=256)
def qr_size(payload: str) -> int:
    """Modules per side of the payload's QR, found without drawing it.

    Laying out a ticket needs only the size; drawing the matrix (the mask search) is
    the slowest step of a ticket and the printer's native QR does it in hardware.
    """
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(payload)
    version: int = code.best_fit()
    return 17 + 4 * version


def qr_bitmap(payload: str, module: int) -> Image.Image:
    """The QR as a 1-bit image (black = print), ``module`` pixels per module."""
    matrix = qr_matrix(payload)
    size = len(matrix)
    small = Image.new("1", (size, size), 1)
    small.putdata([0 if cell else 1 for row in matrix for cell in row])
    return small.resize((size * module, size * module), Image.Resampling.NEAREST)


def picture_bitmap(path: Path, max_width: int, max_height: int) -> Image.Image | None:
    """The PNG at ``path`` as a dithered 1-bit image that fits the box, or None if unreadable.

    A missing or broken logo must never stop a ticket from printing, so it is only logged.
    """
    try:
        with Image.open(path) as source:
            rgba = source.convert("RGBA")
    except (OSError, ValueError) as exc:
        log.warning("logo %s not printed: %s", path, exc)
        return None
    flat = Image.new("RGBA", rgba.size, "white")
    flat.alpha_composite(rgba)  # transparent areas become paper, not black
    flat.thumbnail((max_width, max_height), Image.Resampling.LANCZOS)
    # Logos are flat artwork: a threshold keeps fills solid where dithering turns them to noise.
    gray = flat.convert("L").point(lambda v: 255 if v >= LOGO_THRESHOLD else 0)
    return gray.convert("1", dither=Image.Dither.NONE)


def centred(bitmap: Image.Image, width: int) -> Image.Image:
    """``bitmap`` padded with white to ``width`` pixels, centred.

    Padding the image itself centres it on printers that ignore ESC a for raster images.
    """
    canvas = Image.new("1", (width, bitmap.height), 1)
    canvas.paste(bitmap, ((width - bitmap.width) // 2, 0))
    return canvas


def raster_command(bitmap: Image.Image) -> bytes:
    """GS v 0 commands printing a 1-bit image, in bands of at most 256 rows."""
    width_bytes = (bitmap.width + 7) // 8
    padded = Image.new("1", (width_bytes * 8, bitmap.height), 1)
    padded.paste(bitmap, (0, 0))
    # PIL packs white as 1; ESC/POS wants 1 for a printed (black) dot.
    data = bytes(b ^ 0xFF for b in padded.tobytes())
    out = bytearray()
    for top in range(0, bitmap.height, RASTER_BAND_ROWS):
        rows = min(RASTER_BAND_ROWS, bitmap.height - top)
        band = data[top * width_bytes : (top + rows) * width_bytes]
        out += GS + b"v0\x00" + width_bytes.to_bytes(2, "little") + rows.to_bytes(2, "little")
        out += band
    return bytes(out)
