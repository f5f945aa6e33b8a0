"""Paper widths, PDF page sizes and the printer profile a station is configured with."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from printers.text import CP437, CodePage

# ESC/POS font A is 12 x 24 dots; every layout is a grid of such cells.
CELL_WIDTH = 12
CELL_HEIGHT = 24


@dataclass(frozen=True)
class Paper:
    """A printable width: ``columns`` of font A characters, ``dots`` across (12 dots each).

    ``compact`` asks layouts for a smaller number, QR and logo, for short pages such as A6.
    """

    name: str
    columns: int
    compact: bool = False

    @property
    def dots(self) -> int:
        """Printable width in dots (pixels of the preview)."""
        return self.columns * CELL_WIDTH


PAPER_58MM = Paper("58 mm", 32)
PAPER_80MM = Paper("80 mm", 48)
PAPERS = {"58": PAPER_58MM, "80": PAPER_80MM}


class PageSize(Enum):
    """PDF page sizes: width and height in mm, margin in mm and the column grid laid on it.

    The columns are chosen so that DejaVu Sans Mono comes out at about 10.5-11 pt on each page.
    """

    A6 = (105.0, 148.0, 6.0, 40)
    A5 = (148.0, 210.0, 10.0, 56)
    A4 = (210.0, 297.0, 15.0, 80)

    @property
    def paper(self) -> Paper:
        """The column grid used to lay a document out on this page."""
        return Paper(self.name, self.value[3], compact=self is PageSize.A6)


@dataclass(frozen=True)
class PrinterProfile:
    """How a thermal printer is set up: paper width, code page, native QR support."""

    paper: Paper = PAPER_80MM
    code_page: CodePage = CP437
    # Many cheap 58 mm printers lack GS ( k; they get the QR as a raster image instead.
    native_qr: bool = True
