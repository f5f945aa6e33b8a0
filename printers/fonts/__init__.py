"""Bundled TrueType fonts (DejaVu Sans Mono, Bitstream Vera licence) for previews and PDFs.

They ship inside the package so that a preview or a PDF looks the same on every station,
whatever fonts the machine happens to have.
"""

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent
MONO_REGULAR = FONT_DIR / "DejaVuSansMono.ttf"
MONO_BOLD = FONT_DIR / "DejaVuSansMono-Bold.ttf"
# Advance width of every DejaVu Sans Mono glyph, as a fraction of the font size (1233/2048 em).
MONO_ADVANCE = 1233 / 2048
